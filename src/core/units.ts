// UTF-16 code units of a string in a reused typed array. Loops over a typed array are much cheaper
// in V8 than loops over charCodeAt (which re-checks the string's representation on every call:
// ~1.5-3 ns per character here, against well under 1 for the array), and the copy is native.

/**
 * Buffer.write(text, offset, 'utf16le') copies a string's UTF-16 code units natively (unpaired
 * surrogates included), ~0.1 µs per KB; its byte order is the Uint16Array order only on
 * little-endian machines.
 */
export const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

const KEEP_UNITS = 1 << 17;
let units = new Uint16Array(4096);
let unitBytes = Buffer.from(units.buffer);

/**
 * The UTF-16 code units of `text` in a reused scratch array: valid until the next call (Node runs
 * scans on one thread; callers read it in a loop that calls nothing that could call this again).
 * Texts longer than KEEP_UNITS get an array of their own, so one large request does not pin memory.
 */
export function codeUnits(text: string): Uint16Array {
  const n = text.length;
  let u = units;
  let bytes = unitBytes;
  if (u.length < n) {
    u = new Uint16Array(n > KEEP_UNITS ? n : KEEP_UNITS);
    bytes = Buffer.from(u.buffer);
    if (n <= KEEP_UNITS) {
      units = u;
      unitBytes = bytes;
    }
  }
  if (LITTLE_ENDIAN) bytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < n; i++) u[i] = text.charCodeAt(i);
  return u;
}

/** The UTF-16 code units of `text` in a new array the caller owns (a native copy, as codeUnits). */
export function ownCodeUnits(text: string): Uint16Array {
  const u = new Uint16Array(text.length);
  if (LITTLE_ENDIAN) Buffer.from(u.buffer).write(text, 0, 'utf16le');
  else for (let i = 0; i < u.length; i++) u[i] = text.charCodeAt(i);
  return u;
}

/** An ASCII letter (A-Z, a-z); false for NaN (a position past the end). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A code unit of Thai (U+0E00-0E7F): no spaces between its words, spaces between its phrases. */
export function isThai(c: number): boolean {
  return c >= 0x0e00 && c <= 0x0e7f;
}

/**
 * A code unit of a script written without spaces between words, or whose words take particles
 * (Thai, Hangul, kana, CJK ideographs): word boundaries there are not marked by spaces.
 */
export function isUnspacedScript(c: number): boolean {
  return (
    isThai(c) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** A UTF-16 unit that starts an astral character (a high surrogate). */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** A UTF-16 unit that ends an astral character (a low surrogate). */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** ASCII digit. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII letter, digit or underscore: RE2's \w (non-ASCII is never a word byte), what its \b reads. */
export function isAsciiWord(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x5f;
}

/** Value of an ASCII hex digit (either case), or -1. */
export function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/**
 * A typed array twice as long as `a` that starts with `a`'s elements: for per-text buffers grown by
 * doubling. (Plain arrays grown by push cost several times more per element past ~100 K elements: V8
 * moves their backing store out of the young generation, and storing into it then costs more.)
 */
export function doubled<A extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: A): A {
  const b = new (a.constructor as new (length: number) => A)(a.length * 2);
  b.set(a);
  return b;
}

/** Whether `text` holds "rot13", "rot-13" or "rot 13" in any letter case. */
export function hasRot13Marker(text: string): boolean {
  // Exactly `text.toLowerCase()` containing a marker: the only characters whose lower case is r, o
  // or t are R, O and T (and 1, 3, '-', ' ' are their own lower case).
  for (let i = text.indexOf('13', 3); i >= 0; i = text.indexOf('13', i + 1)) {
    let j = i;
    const sep = text.charCodeAt(j - 1);
    if (sep === 0x2d || sep === 0x20) j--;
    if (j < 3) continue;
    if ((text.charCodeAt(j - 3) | 0x20) === 0x72 && (text.charCodeAt(j - 2) | 0x20) === 0x6f && (text.charCodeAt(j - 1) | 0x20) === 0x74) return true;
  }
  return false;
}

/**
 * A combining mark of the blocks that attach to any script (Combining Diacritical Marks, their Extended
 * and Supplement blocks, the marks for symbols, the half marks). Stacked on letters as decoration
 * ("Zalgo" text; strike-through and underline styling, U+0336 or U+0332 after every letter) they split
 * every word for a pattern; the normalisers drop them (src/detectors/normalize.ts, injection/normalize.ts).
 * The marks of a script's own blocks (Devanagari, Thai, Arabic, Hebrew …) are parts of its letters.
 */
export function isStackedMark(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

/** Whitespace as RE2's \s reads it (ASCII mode): TAB, LF, FF, CR, SPACE (no VT). */
export function isReSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** A blank: SPACE or TAB. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Unicode White_Space (the code points NFKC and the normalisers treat as spaces): ASCII, NEL, no-break, ideographic, the U+2000 block. */
export function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85;
}
