// Reversed English ("FlipAttack" and kin: an instruction written back to front, by whole sentence or word
// by word, with a request to flip it back), and upside-down text ("ʇdɯoɹd ɯǝʇsʎs", letters turned over and
// written back to front). Read as written, such text is letter soup to the model and to every rule; the
// injection detector scores its flipped readings too, as it scores decoded payloads. Whether a text is
// written so is told by words of reversed English that are no words of any language the rules read ("eht",
// "uoy", "snoitcurtsni"): the rule prefilter's one literal set pass looks for them in the normalised text
// (rules.ts), and a text holding REVERSED_MIN distinct ones is read flipped; and by turned letters
// (turnedBack). Linear: each reading is one copy of the text.
import { compile, test } from '../../core/regex.ts';
import { codeUnits } from '../../core/units.ts';

/**
 * Common English words and words of instructions, each reversed, none a word itself ("dna" (DNA), "era",
 * "si", "ton", "saw" are left out, and "woh", a word of romanised Hindi). Written reversed, as they appear
 * in such text.
 */
export const REVERSED_WORDS: readonly string[] = [
  'eht', 'uoy', 'ruoy', 'siht', 'taht', 'htiw', 'lla', 'tahw', 'morf', 'evah', 'lliw', 'dluohs', 'tuoba', 'hcihw',
  'ereht', 'rieht', 'yeht', 'meht', 'dluow', 'dluoc', 'esaelp', 'ekam', 'llet', 'etirw', 'erongi',
  'snoitcurtsni', 'suoiverp', 'tpmorp', 'metsys', 'laever', 'tnirp', 'drowssap', 'terces', 'selur', 'drager',
];

/** Distinct reversed words (REVERSED_WORDS) a text holds, at least, to be read flipped. */
export const REVERSED_MIN = 3;

/** RE2 source matching a reversed word (exported for the cascade gate's combined pre-check, index.ts). */
export const REVERSED_PATTERN = `(?i:\\b(?:${REVERSED_WORDS.join('|')})\\b)`; // the flag scoped: the gate joins it with other patterns
const RE_ANY = compile('injection/reversed', REVERSED_PATTERN);

/**
 * Whether the raw `text` holds a reversed word at all (a pre-check for the cascade gate, which reads the
 * raw text and does not run the rule prefilter): such a text is scored by the full path.
 */
export function mayBeReversed(text: string): boolean {
  return test(RE_ANY, text);
}

/** `s` with its code points in reverse order. */
function flip(s: string): string {
  return Array.from(s).reverse().join('');
}

/**
 * The readings of a text written reversed: the whole text flipped (a sentence written back to front), and
 * each whitespace-separated word flipped in place (words written back to front in their order).
 */
export function flippedReadings(text: string): string[] {
  let words = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
      words += flip(text.slice(from, i)) + (i < text.length ? text[i] : '');
      from = i + 1;
    }
  }
  return [flip(text), words];
}

/**
 * Letters turned upside down, as "flip text" generators write them, each with the letter it stands for
 * (ASCII letters that are another turned over swap: b q, d p, n u).
 */
const UPSIDE_DOWN: ReadonlyMap<number, string> = new Map(
  [['ɐ', 'a'], ['ɔ', 'c'], ['ǝ', 'e'], ['ɟ', 'f'], ['ƃ', 'g'], ['ɥ', 'h'], ['ᴉ', 'i'], ['ı', 'i'], ['ɾ', 'j'], ['ʞ', 'k'],
    ['ɯ', 'm'], ['ɹ', 'r'], ['ʇ', 't'], ['ʌ', 'v'], ['ʍ', 'w'], ['ʎ', 'y'], ['b', 'q'], ['q', 'b'], ['d', 'p'], ['p', 'd'],
    ['n', 'u'], ['u', 'n'], ['˙', '.'], ['¿', '?'], ['¡', '!'], ['‾', '_'], ["'", ','], [',', "'"]].map(([k, v]) => [k.codePointAt(0)!, v]),
);

/** UPSIDE_DOWN's keys that are not ASCII, as a table: below U+0300 by code point, ᴉ at 0x300, ‾ at 0x301. */
const TURNED = (() => {
  const t = new Uint8Array(0x302);
  for (const k of UPSIDE_DOWN.keys()) if (k >= 0x80) t[k < 0x300 ? k : k === 0x1d09 ? 0x300 : 0x301] = 1;
  return t;
})();

/** Distinct turned letters (not ASCII) a text holds, at least, to be read turned back. */
const UPSIDE_DOWN_MIN = 3;

/**
 * The text turned back (each letter of UPSIDE_DOWN to the one it stands for, the whole read back to front),
 * when it holds UPSIDE_DOWN_MIN distinct turned letters that are not ASCII; else null. Linear.
 */
export function turnedBack(text: string): string | null {
  const seen = new Set<number>();
  const u = codeUnits(text);
  for (let i = 0; i < text.length && seen.size < UPSIDE_DOWN_MIN; i++) {
    const c = u[i];
    if (c >= 0xa1 && TURNED[c < 0x300 ? c : c === 0x1d09 ? 0x300 : c === 0x203e ? 0x301 : 0] === 1) seen.add(c);
  }
  if (seen.size < UPSIDE_DOWN_MIN) return null;
  let out = '';
  for (const ch of Array.from(text).reverse()) out += UPSIDE_DOWN.get(ch.codePointAt(0)!) ?? ch;
  return out;
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** RIGHT-TO-LEFT OVERRIDE, and what ends its run: POP DIRECTIONAL FORMATTING or a line break. */
const RLO = '\u202e';
const PDF = 0x202c;

/**
 * `text` with each run after a right-to-left override (U+202E, up to a pop, U+202C, or the end of its line) written
 * back to front, the controls dropped, as it is shown; null when the text holds no override. An instruction stored back
 * to front behind an override reads right on screen and to a model that renders it, while the text's own order is
 * letter soup (Hackett et al. 2025, "bidirectional text": scored 0.04-0.67). The run is turned by code points (what a
 * tool that reverses a string does), or with `clusters` by grapheme clusters, a letter's marks kept after it (what a
 * renderer shows, so what one who checks the display stores); null with `clusters` when that reads the same. Linear.
 */
export function overrideReading(text: string, clusters = false): string | null {
  const at = text.indexOf(RLO);
  if (at < 0) return null;
  let out = text.slice(0, at);
  let differs = false;
  let i = at;
  while (i < text.length) {
    if (text.startsWith(RLO, i)) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== PDF && text.charCodeAt(end) !== 0x0a && !text.startsWith(RLO, end)) end++;
      const body = text.slice(i + 1, end);
      const parts = clusters ? [...GRAPHEMES.segment(body)].map((g) => g.segment) : [...body];
      if (clusters && parts.some((p) => p.length > 2 || (p.length === 2 && (p.charCodeAt(0) < 0xd800 || p.charCodeAt(0) > 0xdbff)))) differs = true;
      out += parts.reverse().join('');
      i = end < text.length && text.charCodeAt(end) === PDF ? end + 1 : end;
      continue;
    }
    const next = text.indexOf(RLO, i);
    const stop = next < 0 ? text.length : next;
    out += text.slice(i, stop);
    i = stop;
  }
  return clusters && !differs ? null : out;
}
