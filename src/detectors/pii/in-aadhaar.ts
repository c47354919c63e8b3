// IN_AADHAAR: 12 digits, first digit 2–9, Verhoeff check digit. One in ten random numbers passes,
// so the score stays weak without an "aadhaar"/"uidai" context word.
import { digitsOf, verhoeff } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export const recognizer: Recognizer = {
  id: 'in_aadhaar',
  type: 'IN_AADHAAR',
  country: 'IN',
  patterns: [{ name: 'aadhaar', regex: '\\b[2-9]\\d{3}[ \\-]?\\d{4}[ \\-]?\\d{4}\\b', score: 0.3 }],
  maxLength: 14,
  context: ['aadhaar', 'aadhar', 'uidai', 'uid'],
  contextBoost: 0.55,
  validate(value) {
    return verhoeff(digitsOf(value)) ? { score: 0.35, note: 'verhoeff' } : null;
  },
  examples: {
    match: ['Aadhaar: 2345 6789 0124', 'my aadhaar number is 499118665246'],
    noMatch: ['Aadhaar 2345 6789 0125', 'aadhaar 1234 5678 9012'],
  },
};
