// CA_SIN: Canadian Social Insurance Number, 9 digits (first not 0 or 8), Luhn-valid; context required.
import { digitsOf, luhn } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export const recognizer: Recognizer = {
  id: 'ca_sin',
  type: 'CA_SIN',
  country: 'CA',
  patterns: [{ name: 'sin', regex: '\\b\\d{3}[ \\-]?\\d{3}[ \\-]?\\d{3}\\b', score: 0.4, contextRequired: true }],
  maxLength: 11,
  context: ['sin', 'social insurance', 'numéro d’assurance sociale', "numéro d'assurance sociale", 'nas'],
  validate(value) {
    const d = digitsOf(value);
    if (d[0] === '0' || d[0] === '8' || !luhn(d)) return null;
    return { score: 0.5, note: 'luhn' };
  },
  examples: {
    match: ['SIN 193 456 787', 'social insurance number: 130-692-544'],
    noMatch: ['SIN 193 456 788', 'SIN 046 454 286', 'code 193456787'],
  },
};
