// JP_MY_NUMBER: Japanese individual number (マイナンバー, 個人番号), twelve digits, often written
// 4-4-4, the last a check digit: 11 − (Σ Pn × Qn mod 11), Pn the n-th of the first eleven digits from the
// right and Qn = n + 1 up to n = 6, n − 5 above; a remainder of 0 or 1 gives 0. Twelve digits in
// groups of four are also card fragments and Aadhaar numbers, so a context word is required.
import { allDigits, digitsOf } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export function myNumberValid(d: string): boolean {
  if (d.length !== 12 || !allDigits(d)) return false;
  let s = 0;
  for (let n = 1; n <= 11; n++) s += (d.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = s % 11;
  return (r <= 1 ? 0 : 11 - r) === d.charCodeAt(11) - 48;
}

export const recognizer: Recognizer = {
  id: 'jp_my_number',
  type: 'JP_MY_NUMBER',
  country: 'JP',
  patterns: [{ name: 'my number', regex: '\\b\\d{4}[ -]?\\d{4}[ -]?\\d{4}\\b', score: 0.4, contextRequired: true }],
  maxLength: 14,
  context: ['マイナンバー', '個人番号', 'my number', 'mynumber', 'individual number'],
  validate(value) {
    return myNumberValid(digitsOf(value)) ? { score: 0.5, note: 'check digit' } : null;
  },
  examples: {
    match: ['マイナンバー：1234 5678 9018', '私の個人番号は123456789018です'],
    noMatch: ['マイナンバー：1234 5678 9017', 'order 1234 5678 9018'],
  },
};
