// ZA_ID: South African identity number, thirteen digits: the birth date YYMMDD, a four-digit sequence
// (0000-4999 female, 5000-9999 male), citizenship (0 citizen, 1 permanent resident, 2 refugee), a
// digit that was once a race code (8 or 9 in numbers issued for decades) and a Luhn check digit. Luhn,
// date and citizenship leave about one random 13-digit number in 100, and 13-digit numbers are also
// product barcodes (EAN-13), so a context word is required.
import { digitsOf, isDayOfTwoDigitYear, luhn } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export function zaIdValid(d: string): boolean {
  if (d.length !== 13 || !luhn(d)) return false;
  const c = d.charCodeAt(10) - 48;
  if (c < 0 || c > 2) return false;
  return isDayOfTwoDigitYear(Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6)));
}

export const recognizer: Recognizer = {
  id: 'za_id',
  type: 'ZA_ID',
  country: 'ZA',
  patterns: [{ name: 'id', regex: '\\b\\d{6} ?\\d{4} ?\\d{3}\\b', score: 0.4, contextRequired: true }],
  maxLength: 15,
  context: ['id number', 'id no', 'identity number', 'rsa id', 'sa id', 'south african id', 'identiteitsnommer', 'id-nommer'],
  validate(value) {
    return zaIdValid(digitsOf(value)) ? { score: 0.5, note: 'luhn, date' } : null;
  },
  examples: {
    match: ['SA ID number: 8001015009087', 'identity number 800101 5009 087'],
    noMatch: ['ID number: 8001015009088', 'ID number: 8013015009086', 'barcode 8001015009087'],
  },
};
