// IT_FISCAL_CODE: Italian codice fiscale (16 characters: surname/name letters, birth year, month
// letter, day (+40 for women), municipality, check character). Digits may be replaced by letters
// (omocodia). The check character is the standard odd/even table sum mod 26.
import type { Recognizer } from '../recognizer.ts';

// Values for characters in odd (1st, 3rd, …) positions; index = digit or letter (A=0).
const ODD_DIGIT = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTER = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

export function fiscalCodeValid(v: string): boolean {
  if (v.length !== 16) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = v.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    const idx = isDigit ? c - 48 : c - 65;
    if (idx < 0 || idx > 25) return false;
    if (i % 2 === 0) sum += isDigit ? ODD_DIGIT[idx] : ODD_LETTER[idx];
    else sum += idx;
  }
  return String.fromCharCode(65 + (sum % 26)) === v[15];
}

const D = '[0-9LMNPQRSTUV]';

export const recognizer: Recognizer = {
  id: 'it_fiscal_code',
  type: 'IT_FISCAL_CODE',
  country: 'IT',
  patterns: [{ name: 'codice-fiscale', regex: `\\b[A-Za-z]{6}${D}{2}[ABCDEHLMPRSTabcdehlmprst]${D}{2}[A-Za-z]${D}{3}[A-Za-z]\\b`, score: 0.4 }],
  maxLength: 16,
  context: ['codice fiscale', 'fiscal code', 'cf:', 'c.f.'],
  contextBoost: 0.1,
  validate(value) {
    return fiscalCodeValid(value.toUpperCase()) ? { score: 0.9, note: 'check char' } : null;
  },
  examples: {
    match: ['codice fiscale RSSMRA85T10A562S', 'CF: MRTMTT25D09F205Z'],
    noMatch: ['RSSMRA85T10A562T', 'RSSMRA85X10A562S'],
  },
};
