// Text normalisation for the injection classifier and its rules. Injection detection is a whole-segment
// decision, so no offset map back to the original text is needed: we only produce a canonical copy that
// folds the usual evasion tricks (see docs/landscape.md §8) and count what was hidden.
//
// Steps, in order:
//  1. Unicode tag characters (U+E0000..E007F) outside emoji flag sequences are decoded to the ASCII they
//     encode and appended to the text, so a smuggled instruction is scanned like visible text.
//  2. Invisible format characters (Cf: zero-width, bidi controls, soft hyphen, ...) and variation
//     selectors are removed and counted. ZWJ between two emoji is kept out of the count (it is legitimate).
//  3. NFKC (full-width forms, ligatures, compatibility digits) and lower-casing.
//  4. Per token: mixed-script Latin/Cyrillic/Greek look-alikes are folded to Latin, and leetspeak digits
//     or symbols inside alphabetic tokens are folded to letters ("1gn0r3" -> "ignore").
//  5. Runs of single letters separated by single spaces ("i g n o r e") are joined.
//  6. Whitespace runs collapse to one space.
// No regular expressions are used here: everything is code-point arithmetic, linear in the input.
//
// When src/detectors/normalize.ts (owned by the PII/secrets helper) offers an equivalent, this module
// can delegate steps 2-3 to it; the model records `normalizer: "inj-norm-v2"` so a behavioural change
// here requires retraining (v2: Greek capitals and the palochka read as the Latin capitals they look like,
// ӏ ү օ folded, Mongolian variation selectors and the unassigned default-ignorable planes stripped).

import { codeUnits, isAsciiLetter, isStackedMark, isWhiteSpace } from '../../core/units.ts';
import { accentBase, decoratedTokens, isAccented, mayBeStyled, styledOf } from '../../core/styled.ts';
import { isLetterUnit } from '../../core/charclass.ts';

/** Identifier of this normalisation, recorded in the model file. Bump when the output changes. */
export const NORMALIZER_ID = 'inj-norm-v2';

/** Result of normalising one text. Lifetime: per scan; holds no reference to the input. */
export interface Normalized {
  /** Canonical text (lower-case, folded, whitespace-collapsed, decoded tag payload appended). */
  readonly text: string;
  /** Count of removed invisible format characters (excluding emoji joiners and flag tags). */
  readonly invisible: number;
  /** Count of Unicode tag characters that were not part of an emoji flag sequence. */
  readonly tags: number;
  /**
   * Positions in `text` of the spaces that stand for a paragraph break (whitespace holding two line breaks
   * or more, "\n\n"; a break inside a run of single letters the normaliser joins is not kept), in order. The
   * model scores a long text's paragraphs as windows too (model.ts); `text` is the same with or without them.
   */
  readonly breaks: readonly number[];
}

const CONFUSABLES: ReadonlyMap<number, string> = new Map(
  (
    [
      // Cyrillic
      ['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'e'], ['к', 'k'], ['м', 'm'], ['н', 'h'], ['о', 'o'],
      ['р', 'p'], ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'], ['і', 'i'], ['ї', 'i'],
      ['ј', 'j'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['һ', 'h'], ['ɡ', 'g'], ['ո', 'n'], ['ս', 'u'], ['ӏ', 'l'],
      ['ү', 'y'], ['օ', 'o'],
      // Greek
      ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'],
      ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['γ', 'y'], ['ω', 'w'], ['ϲ', 'c'], ['ϳ', 'j'],
      // Latin look-alikes outside ASCII that NFKC keeps
      ['ı', 'i'], ['ɑ', 'a'], ['ɩ', 'i'], ['ʏ', 'y'], ['ᴀ', 'a'], ['ᴇ', 'e'], ['ɪ', 'i'], ['ᴏ', 'o'],
    ] as const
  ).map(([k, v]) => [k.codePointAt(0)!, v]),
);

/** Leetspeak symbols and the letters they stand for (spelled.ts folds heavy leetspeak with the same table). */
export const LEET: ReadonlyMap<number, string> = new Map(
  (
    [
      ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['8', 'b'], ['9', 'g'],
      ['@', 'a'], ['$', 's'], ['!', 'i'],
    ] as const
  ).map(([k, v]) => [k.codePointAt(0)!, v]),
);

/** LEET as a flat table over ASCII (all its keys are ASCII): the per-character check in the token loop. */
const LEET_ASCII = new Uint8Array(0x80);
for (const k of LEET.keys()) LEET_ASCII[k] = 1;

const isSpace = isWhiteSpace;

/** Emoji-ish code points (pictographs, dingbats, regional indicators) for ZWJ / tag-sequence exemptions. */
function isEmoji(c: number): boolean {
  return (c >= 0x1f000 && c <= 0x1faff) || (c >= 0x2600 && c <= 0x27bf) || c === 0x2764;
}

/** Invisible format code points we strip: zero-width, bidi controls, soft hyphen, word joiner, BOM, etc. */
function isInvisible(c: number): boolean {
  return (
    c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 || c === 0x17b4 || c === 0x17b5 ||
    (c >= 0x180b && c <= 0x180f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) ||
    c === 0x3164 || c === 0xfeff || c === 0xffa0 || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfff0 && c <= 0xfffb) ||
    (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) || (c >= 0xe0080 && c <= 0xe0fff)
  );
}

/**
 * Normalise `input` for scanning. Pure and linear in the input length.
 * The output is what rules and the classifier see; it is never shown to anyone.
 */
export function normalizeForInjection(input: string): Normalized {
  if (input === lastInput && lastResult !== null) return lastResult;
  let out: Normalized;
  // ASCII text (the common case): nothing to strip, NFKC is the identity, lower-casing stays ASCII, so
  // pass 2 runs on the lower-cased text directly (no second slice pass where spaced letters need joining).
  // Buffer.byteLength counts UTF-8 bytes natively: equal to the length iff every code unit is < 0x80.
  if (Buffer.byteLength(input, 'utf8') === input.length) {
    const s = input.toLowerCase();
    const breaks: number[] = [];
    out = { text: tokens(s, breaks), invisible: 0, tags: 0, breaks };
  } else out = normalizeGeneral(input);
  lastInput = input;
  lastResult = out;
  return out;
}

/**
 * The last input and its result: within one scan of the injection detector the same segment is
 * normalised by the model and again by the reply directives (a segment without line breaks) or by the
 * gate's floor check and the model; the second call is answered from here. The detector forgets it when
 * its scan ends (forgetLastNormalized), so nothing is kept between scans.
 */
let lastInput: string | null = null;
let lastResult: Normalized | null = null;

/** Drop the remembered input and result (the injection detector, at the end of each scan). */
export function forgetLastNormalized(): void {
  lastInput = null;
  lastResult = null;
}

const LETTER_ASCII = Uint8Array.from({ length: 0x80 }, (_, c) => (isAsciiLetter(c) ? 1 : 0));
/**
 * Class of each ASCII unit for sliceTokens: C_LETTER, C_LEET (a LEET key), C_SPACE (whitespace as
 * isSpace() sees it: space and \t \n \v \f \r), or 0. The classes are exclusive.
 */
const C_LETTER = 1;
const C_LEET = 2;
const C_SPACE = 4;
const ASCII_CLASS = Uint8Array.from({ length: 0x80 }, (_, c) =>
  isAsciiLetter(c) ? C_LETTER : LEET_ASCII[c] === 1 ? C_LEET : c === 0x20 || (c >= 0x09 && c <= 0x0d) ? C_SPACE : 0);

/** Steps 4-6 of `s` (sliceTokens, else tokenPass), with its paragraph breaks into `breaks`. */
function tokens(s: string, breaks: number[]): string {
  const fast = sliceTokens(s, breaks);
  if (fast !== null) return fast;
  breaks.length = 0;
  return tokenPass(s, breaks);
}

/** Whether whitespace s[i, j) holds two line breaks or more (a blank line: a paragraph break). */
function isParagraphBreak(s: string, i: number, j: number): boolean {
  let lines = 0;
  for (let k = i; k < j; k++) {
    const c = s.charCodeAt(k);
    if ((c === 0x0a || c === 0x2029) && ++lines >= 2) return true;
  }
  return false;
}

/**
 * Steps 4-6 (token folding, spaced letters, whitespace) on a lower-cased NFKC text `s`, built from
 * slices of `s`: whitespace runs other than a single space between two tokens collapse to one space
 * (none at the ends), tokens holding a non-ASCII unit go through foldToken, ASCII tokens with
 * leetspeak between letters through the equivalent foldAsciiLeet, and every other token is kept as
 * it is (mostly-ASCII text allocates nothing per token). Returns null when a run of >= 4
 * single-letter tokens needs joining (tokenPass handles it). Equal to tokenPass(s) for every string
 * (test/detectors/injection-fastpaths.test.ts checks it on random strings). Exported for that test.
 */
export function sliceTokens(s: string, breaks?: number[]): string | null {
  const n = s.length;
  // The text so far, only once something differs from s: concatenated (V8 keeps a rope and flattens it
  // once), not pushed to an array and joined, which cost ~3 times more per piece past ~100 K characters.
  let out: string | null = null;
  let from = 0; // start of the pending unchanged region
  let singles = 0; // consecutive single-letter tokens
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c < 0x80 ? (ASCII_CLASS[c] & C_SPACE) !== 0 : isSpace(c)) {
      // A whitespace run starts at i: find its end.
      let j = i + 1;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (!(d < 0x80 ? (ASCII_CLASS[d] & C_SPACE) !== 0 : isSpace(d))) break;
      }
      if (!(j - i === 1 && c === 0x20 && i > 0 && j < n)) {
        out = (out ?? '') + s.slice(from, i);
        if (i > 0 && j < n) {
          if (breaks !== undefined && j - i >= 2 && isParagraphBreak(s, i, j)) breaks.push(out.length);
          out += ' ';
        }
        from = j;
      }
      i = j;
      continue;
    }
    // A token starts at i: read it to the next whitespace, counting its letters and leet symbols (one
    // table read per ASCII unit; C_LETTER is 1 and C_LEET 2, so the counts add bits of the class).
    const start = i;
    let letters = 0;
    let leet = 0;
    let wide = false; // the token holds a non-ASCII unit
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 0x80) {
        const k = ASCII_CLASS[c];
        if ((k & C_SPACE) !== 0) break;
        letters += k & C_LETTER;
        leet += (k & C_LEET) >> 1;
      } else if (isSpace(c)) break;
      else wide = true;
    }
    // Token [start, i) ended.
    if (i - start === 1 && letters === 1) {
      if (++singles >= 4) return null;
    } else singles = 0;
    let folded: string | null = null;
    if (wide) {
      const tok = s.slice(start, i);
      const f = foldToken(tok);
      if (f !== tok) folded = f;
    } else if (leet > 0 && letters >= 2 && letters >= leet) folded = foldAsciiLeet(s, start, i);
    if (folded !== null) {
      out = (out ?? '') + s.slice(from, start) + folded;
      from = i;
    }
  }
  if (out === null) return s;
  return from < n ? out + s.slice(from) : out;
}

/**
 * foldToken for an ASCII token s[t0, t1) known to fold leetspeak (no confusables exist in ASCII): each
 * LEET symbol with an ASCII letter next to it in the token becomes its letter, except '!' / '$' as the
 * last character. Same result as foldToken(s.slice(t0, t1)), built from slices.
 */
function foldAsciiLeet(s: string, t0: number, t1: number): string {
  let out = '';
  let from = t0;
  for (let k = t0; k < t1; k++) {
    const c = s.charCodeAt(k);
    if (LEET_ASCII[c] !== 1) continue;
    if (k === t1 - 1 && (c === 0x21 || c === 0x24)) continue;
    const before = k > t0 && LETTER_ASCII[s.charCodeAt(k - 1)] === 1;
    const after = k + 1 < t1 && LETTER_ASCII[s.charCodeAt(k + 1)] === 1;
    if (!before && !after) continue;
    out += s.slice(from, k) + LEET_TO[c];
    from = k + 1;
  }
  return from === t0 ? s.slice(t0, t1) : out + s.slice(from, t1);
}

/** LEET replacement letters by ASCII code. */
const LEET_TO: string[] = Array.from({ length: 0x80 }, (_, c) => LEET.get(c) ?? '');

/** The general path (any input; exported for the equivalence test of the ASCII fast path). */
export function normalizeGeneral(input: string): Normalized {
  // Pass 1: strip invisibles, decode tags. Fast path: pure text without any candidate code point.
  let visible = input;
  let invisible = 0;
  let tags = 0;
  if (needsPass1(input)) {
    const r = stripHidden(input);
    visible = r.text;
    invisible = r.invisible;
    tags = r.tags;
  }
  // Pass 2: NFKC + lower-case, then token-wise folding and whitespace collapse. Capitals whose lower case
  // folds to another letter (Greek Η, Ν, Υ look like H, N, Y; η, ν, υ like n, v, u) are read as the Latin
  // capitals they look like first, in words that also hold a Latin letter.
  const nf = visible.normalize('NFKC');
  const s = (mayHoldCapitalLookalike(nf) ? capitalLookalikes(nf) : nf).toLowerCase();
  const breaks: number[] = [];
  return { text: tokens(s, breaks), invisible, tags, breaks };
}

/**
 * Steps 4-6 by tokens (the reference sliceTokens is held to, and the path for texts with spaced
 * letters to join): tokens are sliced, and only tokens containing a leet symbol or a non-ASCII
 * character go through foldToken. Exported for that test.
 */
export function tokenPass(s: string, breaks?: number[]): string {
  // One pass, the output concatenated as it goes (an array of every token, joined at the end, cost ~4
  // times more per token past ~100 K characters). Runs of single-letter tokens are held in `run` until
  // they end: four or more are joined into one word, fewer stay separate tokens.
  let out = '';
  let any = false; // a token has been written to out
  let run = '';
  const runGaps: boolean[] = []; // per letter of the run: the whitespace before it is a paragraph break
  let start = -1;
  let special = false;
  let lines = 0; // line breaks since the last token
  let gapBreak = false; // the whitespace before the current token is a paragraph break
  const flush = (): void => {
    if (run.length >= 4) {
      if (breaks !== undefined && any && runGaps[0]) breaks.push(out.length);
      out = any ? out + ' ' + run : run;
    } else {
      for (let k = 0; k < run.length; k++) {
        if (breaks !== undefined && any && runGaps[k]) breaks.push(out.length);
        out = any ? out + ' ' + run[k] : run[k];
        any = true;
      }
    }
    any = true;
    run = '';
    runGaps.length = 0;
  };
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    if (isSpace(c)) {
      if (c === 0x0a || c === 0x2029) lines++;
      if (start < 0) continue;
      const tok = special ? foldToken(s.slice(start, i)) : s.slice(start, i);
      start = -1;
      if (tok.length === 1 && isAsciiLetter(tok.charCodeAt(0))) {
        run += tok;
        runGaps.push(gapBreak);
        continue;
      }
      if (run.length > 0) flush();
      if (breaks !== undefined && any && gapBreak) breaks.push(out.length);
      out = any ? out + ' ' + tok : tok;
      any = true;
    } else {
      if (start < 0) {
        start = i;
        special = false;
        // The newline that ended the previous token counts for this gap (isSpace read it above).
        gapBreak = lines >= 2;
        lines = 0;
      }
      if (c >= 0x80 || LEET_ASCII[c] === 1) special = true;
    }
  }
  if (run.length > 0) flush();
  return out;
}

/**
 * `text` with its words made only of Cyrillic and Greek look-alikes of Latin letters written in Latin letters where
 * they stand among Latin words (a word with an ASCII letter within two words of it, and no word with a letter of another
 * script that is no look-alike within three), or null when it has no such word. The normaliser folds look-alikes only
 * inside words that mix them with Latin letters, since a word wholly of Cyrillic or Greek letters may be just that
 * ("как", "не", "Карта"); but among English words "іѕ", "а", "αі" and "ѕее" (each letter a look-alike) are English
 * words disguised, and an attack with its letters swapped for look-alikes at random has many such short words. A
 * reading the injection detector scores besides the text (index.ts), as plainReading is: the model's features and
 * the split stay those of NORMALIZER_ID.
 */
export function lookalikeReading(text: string): string | null {
  if (Buffer.byteLength(text, 'utf8') === text.length) return null;
  const n = text.length;
  const table = lookalikes();
  const words: number[] = []; // start, end, kind of each word (WORD_LATIN, WORD_OTHER, WORD_LOOKALIKE)
  let disguised = false;
  for (let i = 0; i < n;) {
    if (letterKind(text.charCodeAt(i)) === NOT_LETTER) { i++; continue; }
    const start = i;
    let ascii = false;
    let other = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      const k = letterKind(c);
      if (k === NOT_LETTER) break;
      if (c < 0x80) ascii = true;
      else if (k === OTHER_LETTER) other = true;
    }
    const kind = ascii ? WORD_LATIN : other ? WORD_OTHER : WORD_LOOKALIKE;
    if (kind === WORD_LOOKALIKE) disguised = true;
    words.push(start, i, kind);
  }
  if (!disguised) return null;
  const kindAt = (w: number): number => (w >= 0 && w < words.length / 3 ? words[3 * w + 2] : -1);
  let out = '';
  let from = 0;
  for (let w = 0; w < words.length / 3; w++) {
    if (kindAt(w) !== WORD_LOOKALIKE) continue;
    let latin = false;
    let other = false;
    for (let d = -3; d <= 3; d++) {
      const k = kindAt(w + d);
      if (k === WORD_OTHER) other = true;
      else if (k === WORD_LATIN && d >= -2 && d <= 2) latin = true;
    }
    if (!latin || other) continue;
    out += text.slice(from, words[3 * w]);
    for (let i = words[3 * w]; i < words[3 * w + 1]; i++) out += table.get(text.charCodeAt(i))!;
    from = words[3 * w + 1];
  }
  return from === 0 ? null : out + text.slice(from);
}

const WORD_LATIN = 0;
const WORD_OTHER = 1;
const WORD_LOOKALIKE = 2;

/** letterKind's answers: no letter, a letter that is no look-alike (ASCII letters included), a look-alike. */
const NOT_LETTER = 1;
const OTHER_LETTER = 2;
const LOOKALIKE_LETTER = 3;
/** letterKind's answer per code unit, read once each (0: not yet). */
const LETTER_KIND = new Uint8Array(0x10000);

/** What a code unit is to lookalikeReading (a letter of any script, one code unit; a look-alike of a Latin letter). */
function letterKind(c: number): number {
  let k = LETTER_KIND[c];
  if (k === 0) {
    k = !isLetterUnit(c) ? NOT_LETTER : lookalikes().has(c) ? LOOKALIKE_LETTER : OTHER_LETTER;
    LETTER_KIND[c] = k;
  }
  return k;
}

/**
 * The Latin letter each Cyrillic or Greek look-alike (CONFUSABLES, their capitals, CAPITAL_LOOKALIKES) stands for,
 * in its case; built when first read.
 */
let lookalikeTable: ReadonlyMap<number, string> | null = null;
function lookalikes(): ReadonlyMap<number, string> {
  if (lookalikeTable !== null) return lookalikeTable;
  const m = new Map<number, string>();
  for (const [c, l] of CONFUSABLES) {
    if (c > 0xffff) continue;
    m.set(c, l);
    const upper = String.fromCharCode(c).toUpperCase();
    if (upper.length === 1 && upper.charCodeAt(0) !== c && upper.toLowerCase() === String.fromCharCode(c)) m.set(upper.charCodeAt(0), l.toUpperCase());
  }
  for (const [c, l] of CAPITAL_LOOKALIKES) m.set(c, l);
  lookalikeTable = m;
  return m;
}

/**
 * `text` with its styled letters and digits plain (unstyle) and the marks stacked on ASCII characters
 * dropped (unstack), as the shared normaliser reads them ("i̶g̶n̶o̶r̶e̶", "ɪɢɴᴏʀᴇ", "🅘🅖🅝🅞🅡🅔", "ïġṅȯṙė"), or
 * null when that changes nothing. A reading the injection detector scores besides the text (index.ts), not
 * a step of normalizeForInjection: the model's features and the dataset split (dataset.ts groups texts by
 * their normalised form) stay those of NORMALIZER_ID: made a step, it moved four dataset texts to the other
 * side of the split and changed the features of four more (flags, small capitals, decorated words).
 */
export function plainReading(text: string): string | null {
  if (Buffer.byteLength(text, 'utf8') === text.length) return null; // ASCII (natively, as normalizeForInjection checks)
  // Invisible characters out first: one between a letter and its stacked mark ("i\u200b\u0336") left
  // the mark after a non-ASCII unit, and unstack kept it.
  const visible = needsPass1(text) ? stripHidden(text).text : text;
  const styled = mayStyle(visible) ? unstyle(visible) : visible;
  let plain = mayStack(styled) ? unstack(styled) : styled;
  // Marks stacked on letters NFKC turns into ASCII (mathematical bold, full-width, circled letters): read
  // after NFKC, as the shared normaliser does.
  if (markAfterNonAscii(plain)) {
    const nf = plain.normalize('NFKC');
    if (mayStack(nf)) plain = unstack(nf);
  }
  // Underlines, overlines and strike-through overlays on letters of any script (seventy-fourth round: on Hindi, Chinese
  // or Russian letters they stayed, and of the TRAIN-side attacks underlined letter by letter 74% stayed flagged).
  if (decorated(plain)) plain = undecorate(plain);
  return plain === visible ? null : plain;
}

/**
 * Combining marks that only decorate, in no orthography: overline (U+0305), low line and double low line (U+0332,
 * U+0333), the overlays (U+0334-0338: tilde, short and long stroke, short and long solidus) and double overline
 * (U+033F), which "fancy text" generators put on every character to underline or strike it through. A mark of a
 * language (a Russian stress mark, a Vietnamese tone written decomposed) is none of them.
 */
function isDecoration(c: number): boolean {
  return c === 0x305 || c === 0x332 || c === 0x333 || (c >= 0x334 && c <= 0x338) || c === 0x33f;
}

/** Whether `s` holds a decorating mark (isDecoration). */
function decorated(s: string): boolean {
  const u = codeUnits(s);
  for (let i = 0; i < s.length; i++) if (u[i] >= 0x305 && u[i] <= 0x33f && isDecoration(u[i])) return true;
  return false;
}

/** `s` without its decorating marks (isDecoration). */
function undecorate(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isDecoration(s.charCodeAt(i))) continue;
    out += s.slice(from, i);
    from = i + 1;
  }
  return out + s.slice(from);
}

/**
 * Whether `s` holds a styled letter or a decorated token (a pre-check for unstyle): one pass over its code
 * units, and the decorated tokens only for a text with three accented letters or more (a long document in
 * a language with accents takes that second pass, and usually no more).
 */
function mayStyle(s: string): boolean {
  const u = codeUnits(s);
  let accented = 0;
  for (let i = 0; i < s.length; i++) {
    const c = u[i];
    if (c < 0xc0) continue;
    if (mayBeStyled(c)) return true;
    if (isAccented(c)) accented++;
  }
  return accented >= 3 && decoratedTokens(s).length > 0;
}

/**
 * `s` with styled letters and digits read as plain ones (core/styled.ts: small capitals, negative circled
 * and squared letters, regional indicators, parenthesised letters and digits) and the letters of decorated
 * tokens ("ġṅȯṙė") without their marks, before NFKC, as the shared normaliser reads them.
 */
function unstyle(s: string): string {
  let deco: readonly number[] | null = null;
  let d = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    const cp = c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c;
    const w = cp > 0xffff ? 2 : 1;
    let plain: string | undefined;
    if (mayBeStyled(c)) plain = styledOf(cp);
    else if (isAccented(c)) {
      deco ??= decoratedTokens(s);
      while (d < deco.length && deco[d + 1] <= i) d += 2;
      if (d < deco.length && deco[d] <= i) plain = accentBase(c);
    }
    if (plain !== undefined) {
      out += s.slice(from, i) + plain;
      from = i + w;
    }
    i += w;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Whether `s` holds a mark isStackedMark names right after a character other than ASCII and such marks. */
function markAfterNonAscii(s: string): boolean {
  const u = codeUnits(s);
  for (let i = 1; i < s.length; i++) if (u[i] >= 0x300 && isStackedMark(u[i]) && u[i - 1] >= 0x80 && !isStackedMark(u[i - 1])) return true;
  return false;
}

/** Whether `s` holds a mark isStackedMark names right after an ASCII character (a pre-check for unstack). */
function mayStack(s: string): boolean {
  const u = codeUnits(s);
  for (let i = 1; i < s.length; i++) if (u[i] >= 0x300 && isStackedMark(u[i]) && u[i - 1] < 0x80) return true;
  return false;
}

/**
 * `s` without the marks isStackedMark names that follow an ASCII character (directly or after other such
 * marks): "i̶g̶n̶o̶r̶e̶", Zalgo text and an acute on every letter read as the letters under them. A mark after
 * any other character stays (a stress mark in Russian, a tone on a precomposed letter). As the shared
 * normaliser reads such text (src/detectors/normalize.ts).
 */
function unstack(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) continue;
    let j = i + 1;
    while (j < s.length && isStackedMark(s.charCodeAt(j))) j++;
    if (j > i + 1) {
      out += s.slice(from, i + 1);
      from = j;
    }
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Whether any code unit could be an invisible, a variation selector or a tag (surrogates included). */
function needsPass1(input: string): boolean {
  const u = codeUnits(input); // a typed-array copy: cheaper to read than charCodeAt
  for (let i = 0; i < input.length; i++) {
    const c = u[i];
    if (c < 0xad) continue;
    if (c === 0xad || c === 0x34f || c === 0x61c || (c >= 0x115f && c <= 0x1160) || (c >= 0x17b4 && c <= 0x17b5) || (c >= 0x180b && c <= 0x180f)) return true;
    if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f)) return true;
    if (c === 0x3164 || c === 0xfeff || c === 0xffa0 || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfff0 && c <= 0xfffb)) return true;
    if (c >= 0xd800 && c <= 0xdbff) return true; // astral plane: tags, emoji, musical symbols; check slowly
  }
  return false;
}

function stripHidden(input: string): { text: string; invisible: number; tags: number } {
  let out = ''; // concatenated, not an array joined at the end (see tokenPass)
  let hidden = '';
  let invisible = 0;
  let tags = 0;
  let prev = 0; // previous kept code point
  let inFlag = false; // inside a U+1F3F4 tag sequence
  let runStart = 0;
  for (let i = 0; i < input.length; ) {
    const at = i;
    const c = input.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    let drop = false;
    if (c >= 0xe0000 && c <= 0xe007f) {
      drop = true;
      if (inFlag) {
        if (c === 0xe007f) inFlag = false;
      } else {
        tags++;
        if (c >= 0xe0020 && c <= 0xe007e) hidden += String.fromCharCode(c - 0xe0000);
      }
    } else if (c === 0x200d || c === 0x200c) {
      // ZWJ between emoji, and ZWJ/ZWNJ after a letter of a script that uses them orthographically
      // (Arabic, Hebrew, Indic, Southeast Asian), are legitimate; elsewhere they are invisible separators.
      drop = true;
      inFlag = false;
      const next = i < input.length ? input.codePointAt(i)! : 0;
      const emojiJoin = c === 0x200d && isEmoji(prev) && isEmoji(next);
      const scriptJoin = prev >= 0x0590 && prev <= 0x1fff;
      if (!emojiJoin && !scriptJoin) invisible++;
    } else if (c >= 0xfe00 && c <= 0xfe0f && isEmoji(prev)) {
      drop = true; // emoji presentation selector
    } else if (isInvisible(c)) {
      drop = true;
      invisible++;
      inFlag = false;
    } else {
      inFlag = c === 0x1f3f4;
      prev = c;
    }
    if (drop) {
      if (at > runStart) out += input.slice(runStart, at);
      runStart = i;
    }
  }
  if (runStart < input.length) out += input.slice(runStart);
  if (hidden.length > 0) out += '\n' + hidden;
  return { text: out, invisible, tags };
}

/**
 * Capitals that look like Latin capitals but lower-case to letters that look like other Latin letters (or
 * none): Greek Η Ν Υ Μ Ζ, Cyrillic palochka Ӏ. Mapped before lower-casing, like CONFUSABLES after it, and
 * only in mixed-script words.
 */
const CAPITAL_LOOKALIKES: ReadonlyMap<number, string> = new Map(
  ([['Η', 'H'], ['Ν', 'N'], ['Υ', 'Y'], ['Μ', 'M'], ['Ζ', 'Z'], ['Ӏ', 'I']] as const).map(([k, v]) => [k.codePointAt(0)!, v]),
);

function mayHoldCapitalLookalike(s: string): boolean {
  for (const c of CAPITAL_LOOKALIKES.keys()) if (s.includes(String.fromCharCode(c))) return true;
  return false;
}

/** `s` with CAPITAL_LOOKALIKES replaced in each whitespace-delimited word that also holds an ASCII letter. */
function capitalLookalikes(s: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isSpace(s.charCodeAt(i))) continue;
    const word = s.slice(start, i);
    let latin = false;
    for (let k = 0; k < word.length && !latin; k++) latin = isAsciiLetter(word.charCodeAt(k));
    if (latin) {
      for (let k = 0; k < word.length; k++) out += CAPITAL_LOOKALIKES.get(word.charCodeAt(k)) ?? word[k];
    } else out += word;
    if (i < s.length) out += s[i];
    start = i + 1;
  }
  return out;
}

/** Fold confusables and leetspeak inside one whitespace-delimited token (lower-case already). */
function foldToken(tok: string): string {
  let latin = 0;
  let conf = 0;
  let leet = 0;
  let letters = 0;
  for (let i = 0; i < tok.length; ) {
    const c = tok.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (isAsciiLetter(c)) {
      latin++;
      letters++;
    } else if (CONFUSABLES.has(c)) {
      conf++;
      letters++;
    } else if (LEET.has(c)) leet++;
  }
  // Mixed Latin + look-alike letters: an evasion, fold to Latin. Pure Cyrillic/Greek words stay as they are.
  const foldConf = conf > 0 && latin > 0;
  // Leet symbols count only between letters of a mostly-alphabetic token ("h4ck3r", "1gn0re", "@ct").
  const foldLeet = leet > 0 && letters >= 2 && letters >= leet;
  if (!foldConf && !foldLeet) return tok;
  let out = '';
  const cps = Array.from(tok);
  for (let k = 0; k < cps.length; k++) {
    const ch = cps[k];
    const c = ch.codePointAt(0)!;
    if (foldConf && CONFUSABLES.has(c)) out += CONFUSABLES.get(c)!;
    else if (foldLeet && LEET.has(c) && isLeetPosition(cps, k)) out += LEET.get(c)!;
    else out += ch;
  }
  return out;
}

/**
 * A leet symbol is folded when a letter touches it on either side. Punctuation-like symbols at the end of
 * a token ("hello!", "US$") are left alone: there they are punctuation, not letters.
 */
function isLeetPosition(cps: readonly string[], k: number): boolean {
  const letterAt = (j: number): boolean => {
    if (j < 0 || j >= cps.length) return false;
    const c = cps[j].codePointAt(0)!;
    return isAsciiLetter(c) || CONFUSABLES.has(c);
  };
  if (k === cps.length - 1 && (cps[k] === '!' || cps[k] === '$')) return false;
  return letterAt(k - 1) || letterAt(k + 1);
}
