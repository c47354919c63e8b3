// POSTAL_CODE (Canada): "K1A 0B1" — letter-digit-letter, digit-letter-digit. The letters D, F, I, O, Q
// and U never appear, and W and Z never start a code, which keeps random alphanumerics out. 0.6 alone,
// higher after a province code or a postal context word. (UK and US codes: postal-code.ts.)
import type { Recognizer } from '../recognizer.ts';

const FIRST = '[ABCEGHJ-NPRSTVXY]';
const LETTER = '[ABCEGHJ-NPRSTV-Z]';

export const recognizer: Recognizer = {
  id: 'postal_code_ca',
  type: 'POSTAL_CODE',
  country: 'CA',
  patterns: [{ name: 'ca', regex: `\\b${FIRST}\\d${LETTER}[ \\-]?\\d${LETTER}\\d\\b`, score: 0.6 }],
  maxLength: 7,
  context: ['postal code', 'postcode', 'code postal', ' on ', ' qc ', ' bc ', ' ab ', ' mb ', ' sk ', ' ns ', ' nb ', ' nl ', ' pe ', 'ontario', 'quebec', 'canada'],
  contextBoost: 0.2,
  contextWindow: 32,
  examples: {
    match: ['Ottawa, ON K1A 0B1', 'postal code: H2X-1Y4', 'V6B 4Y8'],
    noMatch: ['D1A 0B1', 'K1A 0B', 'model W1A 1B1'],
  },
};
