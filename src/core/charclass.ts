// The general category of a code point as RE2 reads it (letter; mark or number; other), cached per BMP
// code unit and for a bounded number of astral code points: word boundaries of the PII context words
// (detectors/recognizer.ts) and of the injection detector's spelled and typo readings
// (detectors/injection/spelled.ts, typos.ts).
import { compile, test } from './regex.ts';
import { isAsciiAlnum, isAsciiLetter } from './units.ts';

export const CAT_OTHER = 1;
export const CAT_MARK_OR_NUMBER = 2;
export const CAT_LETTER = 3;
/** A lone surrogate (half of a pair cut by a window, or malformed text). */
export const CAT_SURROGATE = 4;

const RE_LETTER = compile('core/letter', '^\\p{L}$');
const RE_MARK_OR_NUMBER = compile('core/mark-or-number', '^[\\p{M}\\p{N}]$');
/** Per BMP code unit: 0 not yet known, else its CAT_ value. */
const BMP = new Uint8Array(0x10000);
/** Astral code points asked about (few distinct ones occur; at most ASTRAL_MAX are kept). */
const astral = new Map<number, number>();
const ASTRAL_MAX = 4096;

function read(ch: string): number {
  return test(RE_LETTER, ch) ? CAT_LETTER : test(RE_MARK_OR_NUMBER, ch) ? CAT_MARK_OR_NUMBER : CAT_OTHER;
}

/** CAT_LETTER, CAT_MARK_OR_NUMBER, CAT_OTHER or (a unit U+D800–DFFF) CAT_SURROGATE for code point `cp`. */
export function categoryOf(cp: number): number {
  if (cp <= 0xffff) {
    let k = BMP[cp];
    if (k === 0) {
      k = cp >= 0xd800 && cp <= 0xdfff ? CAT_SURROGATE : read(String.fromCharCode(cp));
      BMP[cp] = k;
    }
    return k;
  }
  let k = astral.get(cp);
  if (k === undefined) {
    k = read(String.fromCodePoint(cp));
    if (astral.size < ASTRAL_MAX) astral.set(cp, k);
  }
  return k;
}

/** A single letter: an ASCII letter, or a letter of another script (one code unit, so the BMP). */
export function isLetterUnit(c: number): boolean {
  return c < 0x80 ? isAsciiLetter(c) : categoryOf(c) === CAT_LETTER;
}

/** A letter, digit or combining mark of any script (ASCII letters and digits included): what a word is made of. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return isAsciiAlnum(c);
  const k = categoryOf(c);
  return k === CAT_LETTER || k === CAT_MARK_OR_NUMBER;
}

const RE_MARK = compile('core/mark', '^\\p{M}$');
/** Per BMP code unit: 0 not yet known, 1 a combining mark, 2 not. */
const MARKS = new Uint8Array(0x10000);

/** A combining mark (\p{M}) in the Basic Multilingual Plane; CAT_MARK_OR_NUMBER without the numbers. */
export function isMark(c: number): boolean {
  if (c > 0xffff) return false;
  if (MARKS[c] === 0) MARKS[c] = categoryOf(c) === CAT_MARK_OR_NUMBER && test(RE_MARK, String.fromCharCode(c)) ? 1 : 2;
  return MARKS[c] === 1;
}

/**
 * `s` in lower case without its accents (canonical decomposition, combining diacritics U+0300-036F dropped:
 * "Política" -> "politica", "Ïgnörë" -> "ignore"); code units may shrink, so for comparisons and look-ups only.
 */
export function withoutAccents(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    out += ch;
  }
  return out.toLowerCase();
}
