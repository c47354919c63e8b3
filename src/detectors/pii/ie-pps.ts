// IE_PPS: Irish Personal Public Service Number, seven digits and a check letter, optionally a second
// letter (A, B, H or W; since 2013 A or B for new numbers). The check: digits weighted 8 down to 2, the
// second letter's place in the alphabet weighted 9 (W counts 0), mod 23, written as a letter (0 = W,
// 1 = A, …). One random seven-digit-and-letter token in 23 passes: 0.5 alone, 0.85 with a context word.
import type { Recognizer } from '../recognizer.ts';

const LETTERS = 'WABCDEFGHIJKLMNOPQRSTUV';

/** `v`: upper-case, 8 or 9 characters. */
export function ppsValid(v: string): boolean {
  if (v.length !== 8 && v.length !== 9) return false;
  let s = 0;
  for (let i = 0; i < 7; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    s += c * (8 - i);
  }
  if (v.length === 9) {
    const second = LETTERS.indexOf(v[8]);
    if (second < 0 || !'ABHW'.includes(v[8])) return false;
    s += second * 9;
  }
  return LETTERS[s % 23] === v[7];
}

export const recognizer: Recognizer = {
  id: 'ie_pps',
  type: 'IE_PPS',
  country: 'IE',
  patterns: [{ name: 'pps', regex: '\\b\\d{7}[A-Wa-w][ABHWabhw]?\\b', score: 0.4 }],
  maxLength: 9,
  context: ['pps', 'ppsn', 'personal public service', 'rsi number'],
  validate(value) {
    return ppsValid(value.toUpperCase()) ? { score: 0.5, note: 'check letter' } : null;
  },
  examples: {
    match: ['PPS number 1234567T', 'PPSN: 1234567FA'],
    noMatch: ['PPS number 1234567U', 'PPS 1234567TC'],
  },
};
