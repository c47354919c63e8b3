// NL_BSN: Dutch citizen service number, 9 digits passing the "11-proof" (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11).
// One in eleven random 9-digit numbers passes, so a context word is required.
import { digitsOf, weightedSum } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export function bsnValid(d: string): boolean {
  if (d.length !== 9 || d === '000000000') return false;
  return weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0;
}

export const recognizer: Recognizer = {
  id: 'nl_bsn',
  type: 'NL_BSN',
  country: 'NL',
  patterns: [{ name: 'bsn', regex: '\\b\\d{4}\\.?\\d{2}\\.?\\d{3}\\b|\\b\\d{3}[ .]\\d{3}[ .]\\d{3}\\b', score: 0.4, contextRequired: true }],
  maxLength: 11,
  context: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'citizen service number'],
  validate(value) {
    return bsnValid(digitsOf(value)) ? { score: 0.5, note: '11-proof' } : null;
  },
  examples: {
    match: ['BSN 111222333', 'burgerservicenummer: 123456782'],
    noMatch: ['BSN 111222334', 'order 111222333'],
  },
};
