// AU_TFN: Australian Tax File Number, 9 digits with weights 1,4,3,7,5,8,6,9,10 summing to 0 mod 11
// (8-digit legacy TFNs are not checked). Context required.
import { digitsOf, weightedSum } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export function tfnValid(d: string): boolean {
  return d.length === 9 && weightedSum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

export const recognizer: Recognizer = {
  id: 'au_tfn',
  type: 'AU_TFN',
  country: 'AU',
  patterns: [{ name: 'tfn', regex: '\\b\\d{3} ?\\d{3} ?\\d{3}\\b', score: 0.4, contextRequired: true }],
  maxLength: 11,
  context: ['tfn', 'tax file'],
  validate(value) {
    return tfnValid(digitsOf(value)) ? { score: 0.5, note: 'weights' } : null;
  },
  examples: {
    match: ['TFN 123 456 782', 'tax file number 876543210'],
    noMatch: ['TFN 123 456 789', 'account 123456782'],
  },
};
