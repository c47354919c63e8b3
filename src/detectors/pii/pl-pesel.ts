// PL_PESEL: Polish national identification number, eleven digits: the birth date YYMMDD (the month
// carries the century: +80 for the 1800s, +20 for the 2000s, +40, +60 for later ones), a four-digit
// serial whose last digit is the sex, and a check digit (weights 1,3,7,9,1,3,7,9,1,3; 10 minus the sum
// mod 10). One random eleven-digit number in ten passes the check and the date, so a context word is
// required.
import { allDigits, isCalendarDate, weightedSum } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

const CENTURY = [1900, 2000, 2100, 2200, 1800];

export function peselValid(d: string): boolean {
  if (d.length !== 11 || !allDigits(d)) return false;
  if ((10 - (weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 !== d.charCodeAt(10) - 48) return false;
  const m = Number(d.slice(2, 4));
  return isCalendarDate(CENTURY[Math.floor(m / 20)] + Number(d.slice(0, 2)), m % 20, Number(d.slice(4, 6)));
}

export const recognizer: Recognizer = {
  id: 'pl_pesel',
  type: 'PL_PESEL',
  country: 'PL',
  patterns: [{ name: 'pesel', regex: '\\b\\d{11}\\b', score: 0.4, contextRequired: true }],
  maxLength: 11,
  context: ['pesel'],
  validate(value) {
    return peselValid(value) ? { score: 0.5, note: 'check digit, date' } : null;
  },
  examples: {
    match: ['PESEL: 44051401359', 'numer PESEL 02270803624'],
    noMatch: ['PESEL: 44051401358', 'PESEL 44133101350', 'zamówienie 44051401359'],
  },
};
