// NO_FNR: Norwegian national identity number (fødselsnummer), eleven digits: the birth date DDMMYY (D
// numbers add 40 to the day, H numbers 40 to the month), a three-digit individual number and two mod-11
// check digits (weights 3 7 6 1 8 9 4 5 2, then 5 4 3 2 7 6 5 4 3 2; a remainder giving 10 is never
// issued). Eleven bare digits are also a Brazilian telephone number or an account number, so a context
// word is required.
import { allDigits, digitsOf, isDayOfTwoDigitYear, weightedSum } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

function check(d: string, weights: readonly number[]): number {
  const k = 11 - (weightedSum(d, weights) % 11);
  return k === 11 ? 0 : k;
}

export function fnrValid(d: string): boolean {
  if (d.length !== 11 || !allDigits(d)) return false;
  if (check(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) !== d.charCodeAt(9) - 48) return false;
  if (check(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) !== d.charCodeAt(10) - 48) return false;
  let day = Number(d.slice(0, 2));
  let month = Number(d.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 40) month -= 40;
  // The individual number fixes the century; the date check takes either century that has the day.
  return isDayOfTwoDigitYear(Number(d.slice(4, 6)), month, day);
}

export const recognizer: Recognizer = {
  id: 'no_fnr',
  type: 'NO_FNR',
  country: 'NO',
  patterns: [{ name: 'fnr', regex: '\\b\\d{6} ?\\d{5}\\b', score: 0.4, contextRequired: true }],
  maxLength: 12,
  context: ['fødselsnummer', 'fodselsnummer', 'personnummer', 'fnr', 'd-nummer', 'national identity number'],
  validate(value) {
    return fnrValid(digitsOf(value)) ? { score: 0.5, note: 'check digits, date' } : null;
  },
  examples: {
    match: ['fødselsnummer 29100207042', 'Fnr: 291002 07042', 'd-nummer 43022014103'],
    noMatch: ['fødselsnummer 29100207043', 'kundenummer 29100207042'],
  },
};
