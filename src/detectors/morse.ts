// Morse code, shared by the normaliser (normalize.ts: a run of Morse code in a text is a decoded view, as
// base64 is) and by system_prompt_secrets' projections (leaks/projections.ts: a protected value spelled
// in Morse code in an answer). The table is ITU-R M.1677-1's letters, digits and punctuation.
//
// Symbols: a dot is '.', '·', '•', '∙' or '⋅'; a dash is '-', '_', '−', '‐' or '‒'. Not the en and em
// dashes: prose puts them between words, where they would read as a "t".

/** Letters and digits by code. */
export const MORSE: ReadonlyMap<string, string> = new Map(Object.entries({
  '.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i', '.---': 'j',
  '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r', '...': 's', '-': 't',
  '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z',
  '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6', '--...': '7', '---..': '8', '----.': '9',
}));

/** Punctuation by code (the normaliser's decoding only: an e-mail address or a sentence spelled in Morse code). */
const MORSE_PUNCTUATION: ReadonlyMap<string, string> = new Map(Object.entries({
  '.-.-.-': '.', '--..--': ',', '..--..': '?', '.----.': "'", '-.-.--': '!', '-..-.': '/', '-.--.': '(', '-.--.-': ')',
  '.-...': '&', '---...': ':', '-.-.-.': ';', '-...-': '=', '.-.-.': '+', '-....-': '-', '..--.-': '_', '.-..-.': '"',
  '...-..-': '$', '.--.-.': '@',
}));

/** '.' for a dot symbol, '-' for a dash symbol, '' otherwise. */
export function morseSymbol(c: number): string {
  if (c === 0x2e || c === 0xb7 || c === 0x2022 || c === 0x2219 || c === 0x22c5) return '.';
  if (c === 0x2d || c === 0x5f || c === 0x2212 || c === 0x2010 || c === 0x2012) return '-';
  return '';
}

/** morseSymbol's characters as an RE2 character class body. */
export const MORSE_SYMBOL_CLASS = '.\\x{b7}\\x{2022}\\x{2219}\\x{22c5}\\-_\\x{2212}\\x{2010}\\x{2012}';

/** Codes in the shortest run decoded. */
export const MORSE_MIN_TOKENS = 5;
/**
 * A run of Morse code the normaliser decodes (RE2): at least MORSE_MIN_TOKENS codes of one to seven
 * symbols, separated by spaces or tabs, or by a '/' or '|' with optional spaces around it. A line break
 * ends a run.
 */
export const SRC_MORSE = `[${MORSE_SYMBOL_CLASS}]{1,7}(?:(?:[ \\t]*[/|][ \\t]*|[ \\t]+)[${MORSE_SYMBOL_CLASS}]{1,7}){${MORSE_MIN_TOKENS - 1},}`;
/** Shortest text that can hold such a run (five one-symbol codes and four spaces). */
export const MORSE_MIN_LENGTH = 2 * MORSE_MIN_TOKENS - 1;

/**
 * The text a SRC_MORSE match spells, lower-cased, a word break ('/', '|', two spaces or more, a tab)
 * written as one space; or null when it does not read as a message: one character repeated
 * ("- - - - -", "--- --- ---"), no dot or no dash at all ("... . . ...", an ellipsis), or
 * more than one code in eight that is no letter, digit or punctuation mark (such codes are written as
 * '?'). Linear in the span.
 */
export function decodeMorse(span: string): string | null {
  return readMorse(span)?.text ?? null;
}

/**
 * decodeMorse with the characters each decoded character was read from: character k of `text` from
 * span[from[k], to[k]) (a code; a word break's space from the separators between two codes).
 */
export function readMorse(span: string): { text: string; from: number[]; to: number[] } | null {
  const n = span.length;
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let code = '';
  let codeStart = 0;
  let codeEnd = 0;
  let tokens = 0;
  let unknown = 0;
  let dots = false;
  let dashes = false;
  let gap = 0; // separator units since the last code (a '/' or '|' counts as a word break)
  let wordBreak = false;
  const seen = new Set<string>();
  const flush = (): void => {
    if (code === '') return;
    const ch = MORSE.get(code) ?? MORSE_PUNCTUATION.get(code);
    if (ch === undefined) unknown++;
    else seen.add(ch);
    out += ch ?? '?';
    from.push(codeStart);
    to.push(codeEnd);
    tokens++;
    code = '';
  };
  for (let i = 0; i < n; i++) {
    const c = span.charCodeAt(i);
    const s = morseSymbol(c);
    if (s !== '') {
      if (gap > 0) {
        flush();
        if (wordBreak) {
          out += ' ';
          from.push(codeEnd);
          to.push(i);
        }
        gap = 0;
        wordBreak = false;
      }
      if (code === '') codeStart = i;
      codeEnd = i + 1;
      if (s === '.') dots = true;
      else dashes = true;
      code += s;
      continue;
    }
    gap++;
    if (c === 0x2f || c === 0x7c || c === 0x09 || gap >= 2) wordBreak = true;
  }
  flush();
  if (tokens < MORSE_MIN_TOKENS || !dots || !dashes || seen.size < 2 || unknown * 8 > tokens) return null;
  return { text: out, from, to };
}

/**
 * A letter or digit (ASCII, or a non-ASCII unit that is no Morse symbol or space): glued to a code, it
 * makes the code part of a word.
 */
function isGlue(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && morseSymbol(c) === '' && c !== 0x2028 && c !== 0x2029 && c !== 0x3000);
}

/**
 * The part of a SRC_MORSE match text[start, end) that is Morse code: a first code glued to the letter or
 * digit before it ("wait... -- ---") and a last code glued to the one after it are words' punctuation,
 * not codes, and are left out with the separator next to them; a full stop written right after the last
 * code ("… .----." at the end of a sentence) is the sentence's when the code without it is a letter or
 * digit and the code with it is none. Returns the range kept, or null when nothing is left.
 */
export function morseBounds(text: string, start: number, end: number): { start: number; end: number } | null {
  let a = start;
  let b = end;
  if (a > 0 && isGlue(text.charCodeAt(a - 1))) {
    while (a < b && morseSymbol(text.charCodeAt(a)) !== '') a++;
    while (a < b && morseSymbol(text.charCodeAt(a)) === '') a++;
  }
  if (b < text.length && isGlue(text.charCodeAt(b))) {
    while (b > a && morseSymbol(text.charCodeAt(b - 1)) !== '') b--;
    while (b > a && morseSymbol(text.charCodeAt(b - 1)) === '') b--;
  }
  if (b > a && text.charCodeAt(b - 1) === 0x2e) {
    let k = b;
    let code = '';
    while (k > a && code.length <= 7 && morseSymbol(text.charCodeAt(k - 1)) !== '') code = morseSymbol(text.charCodeAt(--k)) + code;
    if (!MORSE.has(code) && MORSE.has(code.slice(0, -1))) b--;
  }
  return b > a ? { start: a, end: b } : null;
}
