// Braille (Unicode Braille Patterns, U+2800–28FF), as a model writes English text in it when asked (and
// garak's InjectBraille probe encodes payloads): the normaliser reads a run of Braille cells as a decoded
// view (normalize.ts), as it reads Morse code. Uncontracted English braille (grade 1, the Unified English
// Braille letters and punctuation): letters; the number sign (⠼) turns a–j into 1–9 and 0 until a cell
// that is no letter a–j, the grade 1 indicator (⠰) or a capital sign; the capital sign (⠠) makes the next
// letter a capital, two of them the word; the blank cell (⠀) and spaces are word breaks. Contractions (grade 2)
// are not read.

/** Letters by cell (the dot pattern's offset from U+2800). */
const LETTERS: ReadonlyMap<number, string> = new Map(
  [[0x01, 'a'], [0x03, 'b'], [0x09, 'c'], [0x19, 'd'], [0x11, 'e'], [0x0b, 'f'], [0x1b, 'g'], [0x13, 'h'], [0x0a, 'i'], [0x1a, 'j'],
    [0x05, 'k'], [0x07, 'l'], [0x0d, 'm'], [0x1d, 'n'], [0x15, 'o'], [0x0f, 'p'], [0x1f, 'q'], [0x17, 'r'], [0x0e, 's'], [0x1e, 't'],
    [0x25, 'u'], [0x27, 'v'], [0x3a, 'w'], [0x2d, 'x'], [0x3d, 'y'], [0x35, 'z']],
);
/** Digits after the number sign: a–j. */
const DIGITS = 'jabcdefghi';
/** Punctuation of one cell, and of two (a prefix cell, then a cell). */
const PUNCT: ReadonlyMap<number, string> = new Map([[0x02, ','], [0x06, ';'], [0x12, ':'], [0x32, '.'], [0x16, '!'], [0x26, '?'], [0x24, '-'], [0x04, "'"]]);
const PUNCT2: ReadonlyMap<number, string> = new Map([[0x0801, '@'], [0x380c, '/'], [0x2824, '_'], [0x1023, '('], [0x101c, ')'], [0x2c0c, '&'], [0x0836, '$'], [0x1016, '+'], [0x1036, '=']]);
const NUMBER_SIGN = 0x3c;
const CAPITAL = 0x20;
/** The grade 1 indicator: a letter a–j after digits is a letter. */
const LETTER_SIGN = 0x30;
const BLANK = 0x00;

/** Whether a code unit is a Braille cell. */
export function isBraille(c: number): boolean {
  return c >= 0x2800 && c <= 0x28ff;
}

/** Cells (spaces and blank cells between them allowed) in the shortest run read. */
export const BRAILLE_MIN_CELLS = 4;
/** A run of Braille cells (RE2): at least BRAILLE_MIN_CELLS cells, spaces between them, on one line. */
export const SRC_BRAILLE = `[\\x{2800}-\\x{28ff}](?:[\\x{2800}-\\x{28ff} ]*[\\x{2800}-\\x{28ff}]){${BRAILLE_MIN_CELLS - 1}}(?:[\\x{2800}-\\x{28ff} ]*[\\x{2800}-\\x{28ff}])*`;

/**
 * The text a run of Braille spells, with the characters each character of it was read from: character k
 * from span[from[k], to[k]); null when it does not read as text (more than one cell in eight that is no
 * letter, digit or punctuation mark, or fewer than three letters or digits). Linear.
 */
export function readBraille(span: string): { text: string; from: number[]; to: number[] } | null {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let numeric = false;
  let caps = 0; // 1: the next letter; 2: the word
  let capStart = -1;
  let unknown = 0;
  let wordy = 0;
  let cells = 0;
  const put = (ch: string, a: number, b: number): void => {
    out += ch;
    from.push(capStart >= 0 ? capStart : a);
    to.push(b);
    capStart = -1;
  };
  for (let i = 0; i < span.length; i++) {
    const c = span.charCodeAt(i);
    if (c === 0x20 || c === 0x2800 + BLANK) {
      if (!out.endsWith(' ') && out.length > 0) put(' ', i, i + 1);
      numeric = false;
      caps = 0;
      capStart = -1;
      continue;
    }
    if (!isBraille(c)) return null;
    cells++;
    const d = c - 0x2800;
    if (d === NUMBER_SIGN) { numeric = true; if (capStart < 0) capStart = i; continue; }
    if (d === CAPITAL) { caps = caps === 1 ? 2 : 1; numeric = false; if (capStart < 0) capStart = i; continue; }
    if (d === LETTER_SIGN) { numeric = false; if (capStart < 0) capStart = i; continue; }
    const letter = LETTERS.get(d);
    if (letter !== undefined) {
      const k = DIGITS.indexOf(letter);
      if (numeric && k >= 0) put(String(k), i, i + 1);
      else {
        numeric = false;
        put(caps > 0 ? letter.toUpperCase() : letter, i, i + 1);
        if (caps === 1) caps = 0;
      }
      wordy++;
      continue;
    }
    numeric = numeric && d === 0x32; // a full stop inside a number ("3.5") keeps it numeric
    const two = i + 1 < span.length && isBraille(span.charCodeAt(i + 1)) ? PUNCT2.get((d << 8) | (span.charCodeAt(i + 1) - 0x2800)) : undefined;
    if (two !== undefined) {
      put(two, i, i + 2);
      i++;
      cells++;
      continue;
    }
    const one = PUNCT.get(d);
    if (one !== undefined) put(one, i, i + 1);
    else {
      unknown++;
      put('?', i, i + 1);
    }
  }
  if (unknown * 8 > cells || wordy < 3) return null;
  return { text: out, from, to };
}
