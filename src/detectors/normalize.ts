// Text normalisation for detection. Detectors scan a normalised copy of untrusted text so that
// look-alike characters, invisible characters and simple encodings do not hide an entity or an
// instruction; findings are then mapped back to the ORIGINAL text through an offset map, because
// redaction must rewrite the bytes the client actually sent.
//
// Steps, in order, per code point cluster (a starter plus whatever composes with it):
//   1. styled letters and digits and the letters of decorated words read as plain ones (core/styled.ts:
//      small capitals, negative circled letters, "ġṅȯṙė" …), then NFKC (full-width forms, ligatures,
//      mathematical alphanumerics, compatibility spaces);
//   2. removal of invisible, zero-width and bidi control characters (ZWJ kept inside emoji sequences),
//      of Unicode tag characters U+E0000–E007F, whose hidden ASCII is returned as decoded text, and of
//      marks stacked on a letter as decoration ("Zalgo" text, strike-through styling: every one on an
//      ASCII character, and any NFKC did not compose; core/units.ts isStackedMark);
//   3. confusable folding: a compact table of Cyrillic/Greek/IPA look-alikes to Latin (a subset of
//      UTS #39 confusables, chosen for the letters attackers use most); a Unicode dash or minus sign
//      (U+2010–U+2015, U+2212) with a digit beside it reads as '-' ("555–123–4567");
//   4. optional whitespace folding (runs of whitespace become one space);
//   5. optional leetspeak folding (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s …) inside tokens that also
//      contain letters. This destroys numbers and e-mail addresses, so only keyword/rule matchers use it.
// Then bounded decoding of embedded base64, base32, hex, string escapes, %xx and rot13 spans, runs of Morse
// code (morse.ts) and Braille (braille.ts), of bytes written as eight-bit groups or as variation selectors
// (and tag-character payloads): each decoded text is normalised again up to a depth limit and returned for
// scanning, tied to the original span that encoded it.
// With `pieces`, whole-text copies too: the text read as rot13, with character references decoded, with
// spelled-out runs joined ("j a n e . d o e"), and (`numberWords`) with numbers written in words read as
// digits ("four one one one …"); the last two are counted as `spelled`.
//
// Everything is linear in the input: one pass over the code points, RE2 for span candidates, and hard
// limits on how much is decoded.
import { isUtf8 } from 'node:buffer';
import { compile, compileSet, isAscii, matchAll, someNonAscii } from '../core/regex.ts';
import { codeUnits, hasRot13Marker, hexValue, isAsciiAlnum, isAsciiLetter, isBlank, isReSpace, isStackedMark, isWhiteSpace } from '../core/units.ts';
import { decodeCharRefs, hidesText, refEnd, refStart } from '../core/charrefs.ts';
import { accentBase, decoratedTokens, isAccented, mayBeStyled, styledOf } from '../core/styled.ts';
import { MORSE_MIN_LENGTH, SRC_MORSE, morseBounds, morseSymbol, readMorse } from './morse.ts';
import { BRAILLE_MIN_CELLS, SRC_BRAILLE, readBraille } from './braille.ts';

/** Closed set of normalisation signals (usable as metric labels). */
export type SignalName =
  | 'invisible'
  | 'bidi'
  | 'tag'
  | 'private_use'
  | 'confusable'
  | 'nfkc'
  | 'marks'
  | 'styled'
  | 'leet'
  | 'base64'
  | 'hex'
  | 'url'
  | 'rot13'
  | 'morse'
  | 'binary'
  | 'escapes'
  | 'base32'
  | 'braille'
  | 'variation_selectors'
  | 'char_refs'
  | 'spelled'
  | 'decode_limit'
  | 'decode_budget';

export const SIGNAL_NAMES: readonly SignalName[] = [
  'invisible', 'bidi', 'tag', 'private_use', 'confusable', 'nfkc', 'marks', 'styled', 'leet', 'base64', 'hex', 'url', 'rot13', 'morse', 'binary', 'escapes', 'base32', 'braille', 'variation_selectors', 'char_refs', 'spelled', 'decode_limit', 'decode_budget',
];

export interface NormalizeOptions {
  /** Fold Cyrillic/Greek look-alikes to Latin (default true). */
  readonly confusables?: boolean;
  /** Fold runs of whitespace into a single space (default false). */
  readonly whitespace?: boolean;
  /** Fold leetspeak inside letter tokens (default false: keyword matching only). */
  readonly leet?: boolean;
  /** Decode embedded base64 / hex / %xx / rot13 / Morse code / binary / tag payloads (default true). */
  readonly decode?: boolean;
  /** Longest encoded span that is decoded, in UTF-16 code units (default 4096). */
  readonly maxDecodeSpan?: number;
  /** Total decoded characters per call, all depths (default 65536). */
  readonly maxDecodedTotal?: number;
  /** Nesting depth: base64 inside base64 … (default 2). */
  readonly maxDepth?: number;
  /** Decoded spans per call, all depths (default 32). */
  readonly maxSpans?: number;
  /**
   * Read runs of base64, hex, eight-bit groups, %xx and Morse code of any length, in overlapping pieces of
   * this many decoded bytes (PIECE_OVERLAP shared); default 0: a run longer than maxDecodeSpan is skipped,
   * counted as decode_limit, and a shorter one read whole.
   */
  readonly pieces?: number;
  /**
   * Read the text as rot13 too, whether or not it names rot13 (the top level only): a stream whose earlier
   * text named it, or an answer to a request that asked for it. Without it, only a text that holds a
   * marker ("rot13", "rot-13", "rot 13") is read so.
   */
  readonly rot13?: boolean;
  /**
   * Read numbers written in words ("four one one one …", "double five", "null eins sieben"; numberWordsCopy)
   * as their digits, a whole-text copy counted as `spelled` (the top level, with `pieces` only; default false:
   * the injection detector's decoding does not ask for it).
   */
  readonly numberWords?: boolean;
}

/** A piece of decoded text found inside the input. start/end are offsets of the ENCODED span in the original text. */
export interface DecodedSpan {
  readonly start: number;
  readonly end: number;
  readonly encoding: 'base64' | 'hex' | 'url' | 'rot13' | 'morse' | 'binary' | 'escapes' | 'base32' | 'braille' | 'variation_selectors' | 'char_refs' | 'spelled' | 'tags';
  /** 1 for a span of the input, 2 for a span inside decoded text, … */
  readonly depth: number;
  /** Decoded and normalised text. */
  readonly text: string;
  /**
   * Offsets of `text` to offsets of the original: the characters the bytes of a finding were read from
   * (base64's groups of four, hex pairs, eight-bit groups, %xx escapes, Morse codes; rot13 in place);
   * absent for tag characters, whose findings cover start..end.
   */
  readonly toOriginal?: (s: number, e: number) => [number, number];
  /**
   * The text read another way as a whole (rot13, character references decoded, spelled-out runs joined,
   * numbers written in words read as digits), not an encoded span inside it: start..end is (a prefix of) the
   * whole text.
   */
  readonly copy?: boolean;
}

/**
 * Result of normalize(). Read-only: the result of the last input is memoised and handed to every
 * caller that normalises the same text with the same options (signals and decoded are frozen).
 */
export interface Normalized {
  /** Normalised text. */
  readonly text: string;
  /** For each UTF-16 unit of `text`: start offset in the original of the cluster it came from. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of `text`: end offset (exclusive) in the original. */
  readonly ends: Int32Array;
  /** Counts of what normalisation saw. */
  readonly signals: Readonly<Record<SignalName, number>>;
  readonly decoded: readonly DecodedSpan[];
  /** True when `text` differs from the input. */
  readonly changed: boolean;
  /** Map [start,end) in `text` to [start,end) in the original. Monotone in both arguments. */
  toOriginal(start: number, end: number): [number, number];
  /**
   * The original ranges normalisation changed, as ascending, disjoint [start, end) pairs in one flat
   * array (empty when `text` is the input): everything outside them is copied unchanged into `text`.
   */
  changes(): readonly number[];
}

// Invisible / format characters removed before scanning. Ranges are inclusive.
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5],
  [0x180b, 0x180f], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f],
  [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff9, 0xfffb],
  [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0100, 0xe01ef],
];
const BIDI = new Set([0x200e, 0x200f, 0x061c, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

function isInvisible(cp: number): boolean {
  if (cp < 0xad) return false;
  for (const [a, b] of INVISIBLE_RANGES) if (cp >= a && cp <= b) return true;
  return false;
}

function isEmoji(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0x2764;
}

function isPrivateUse(cp: number): boolean {
  return (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0xf0000 && cp <= 0xffffd) || (cp >= 0x100000 && cp <= 0x10fffd);
}

const isSpace = isWhiteSpace;

// Look-alikes → Latin. Full-width and mathematical letters are already handled by NFKC.
const CONFUSABLES: ReadonlyMap<number, string> = (() => {
  const pairs =
    // Cyrillic lower / upper
    'а:a е:e о:o р:p с:c у:y х:x ѕ:s і:i ј:j һ:h ԁ:d ԛ:q ԝ:w ӏ:l ɡ:g ʏ:y ѵ:v ү:y ҳ:x ԍ:g ԃ:d ' +
    'А:A В:B Е:E К:K М:M Н:H О:O Р:P С:C Т:T Х:X У:Y Ѕ:S І:I Ј:J Ԛ:Q Ԝ:W Ү:Y Ӏ:I ' +
    // Greek lower / upper
    'α:a ο:o ρ:p ν:v ι:i κ:k υ:u χ:x ϲ:c ϳ:j ε:e τ:t ' +
    'Α:A Β:B Ε:E Ζ:Z Η:H Ι:I Κ:K Μ:M Ν:N Ο:O Ρ:P Τ:T Υ:Y Χ:X Ϲ:C ' +
    // Latin/IPA variants not folded by NFKC. Not "ß": a letter of German, not a look-alike; folding it
    // to "ss" made every German text that holds one a changed text, scanned a second time (as its
    // normalised copy) by PII and secrets, for nothing a detector needs (the address words list both
    // spellings; the e-mail pattern takes Latin-1 letters).
    'ı:i ɑ:a ɩ:i ɪ:i ʟ:l ᴅ:d ᴇ:e ᴋ:k ᴍ:m ᴏ:o ᴘ:p ᴛ:t ᴜ:u ᴠ:v ᴡ:w ᴢ:z';
  const m = new Map<number, string>();
  for (const p of pairs.split(' ')) {
    if (p.length === 0) continue;
    const [from, to] = p.split(':');
    m.set(from.codePointAt(0)!, to);
  }
  return m;
})();

/** The Latin letter a look-alike folds to (case kept), or undefined when `cp` is none. */
export function confusableOf(cp: number): string | undefined {
  return CONFUSABLES.get(cp);
}

const LEET: ReadonlyMap<string, string> = new Map([
  ['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['8', 'b'], ['9', 'g'],
  ['@', 'a'], ['$', 's'], ['!', 'i'], ['|', 'l'], ['+', 't'],
]);

function emptySignals(): Record<SignalName, number> {
  return { invisible: 0, bidi: 0, tag: 0, private_use: 0, confusable: 0, nfkc: 0, marks: 0, styled: 0, leet: 0, base64: 0, hex: 0, url: 0, rot13: 0, morse: 0, binary: 0, escapes: 0, base32: 0, braille: 0, variation_selectors: 0, char_refs: 0, spelled: 0, decode_limit: 0, decode_budget: 0 };
}

/** Longest run of code points folded into one normalisation cluster (bounds per-cluster NFKC work). */
const MAX_CLUSTER = 16;

const RE_MARK = compile('normalize/mark', '^\\p{M}$');
/** Per code point: can it compose with / attach to what precedes it? Cached: text has few distinct code points. */
const joinCache = new Map<number, boolean>();

/** NFKC with a per-code-point cache for the common single-code-point cluster. */
const nfkcCache = new Map<string, string>();
function nfkc(cluster: string): string {
  if (cluster.length > 2) return cluster.normalize('NFKC');
  let v = nfkcCache.get(cluster);
  if (v === undefined) {
    v = cluster.normalize('NFKC');
    if (nfkcCache.size < 65536) nfkcCache.set(cluster, v);
  }
  return v;
}

function joinsPrevious(cp: number, ch: string): boolean {
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11a8 && cp <= 0x11c2)) return true; // Hangul V/T jamo compose with L/LV
  let j = joinCache.get(cp);
  if (j === undefined) {
    j = matchAll(RE_MARK, ch).length > 0;
    if (joinCache.size < 65536) joinCache.set(cp, j);
  }
  return j;
}

/** Per BMP code unit: 0 not yet known, 1 normalisation may change a text holding it, 2 it cannot. */
const MAY_CHANGE = new Uint8Array(0x10000);

function unitMayChange(c: number): boolean {
  let v = MAY_CHANGE[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const may = (c >= 0xd800 && c <= 0xdfff) || ch.normalize('NFKC') !== ch || isInvisible(c) || BIDI.has(c) || CONFUSABLES.has(c) || styledOf(c) !== undefined ||
      (c >= 0x300 && joinsPrevious(c, ch));
    v = may ? 1 : 2;
    MAY_CHANGE[c] = v;
  }
  return v === 1;
}

/** U+2010–U+2015 (hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar) and U+2212 (minus sign). */
function isNumberDash(cp: number): boolean {
  return (cp >= 0x2010 && cp <= 0x2015) || cp === 0x2212;
}

/** An ASCII digit or a full-width one (NFKC reads it as ASCII). */
function isDigitUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Whether the unit before input[cs, ce) or the one after it is a digit. */
function digitNear(input: string, cs: number, ce: number): boolean {
  return (cs > 0 && isDigitUnit(input.charCodeAt(cs - 1))) || (ce < input.length && isDigitUnit(input.charCodeAt(ce)));
}

/** Whether some Unicode dash of `input` touches a digit, so the walk folds it (see Walk.cluster). */
function hasNumberDash(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isNumberDash(c) && digitNear(input, i, i + 1)) return true;
  }
  return false;
}

/**
 * Whether normalize() may return a text other than `input`: false when no code unit of it can be
 * changed by NFKC, invisible or bidi stripping, look-alike or styled-letter folding, alone or as a mark
 * joining the character before it (every astral character counts as changeable), it holds no Unicode
 * dash touching a digit (folded to '-'; a dash in prose is kept, so it alone does not count), and it
 * holds no decorated token (core/styled.ts decoratedTokens). A cheap pre-check, never wrong when it
 * says false; callers use it to choose an order of work, not a result.
 */
export function mayChange(input: string): boolean {
  if (someNonAscii(input, unitMayChange)) return true;
  if (someNonAscii(input, isNumberDash) && hasNumberDash(input)) return true;
  // decoratedTokens is empty without an accented letter, and memoised for the walk that follows.
  return !isAscii(input) && decoratedTokens(input).length > 0;
}

interface Core {
  text: string;
  /** The text before leetspeak folding (same offsets): decoding candidates are searched here. */
  plain: string;
  /** Offset map of `text` (null: the identity). */
  map: PieceMap | null;
  tagRuns: { start: number; end: number; text: string }[];
}

/** ASCII word classes of the confusable-signal tracking: 1 letter, 2 digit, 0 separator. */
const ASCII_WORD_CLASS = Uint8Array.from({ length: 0x80 }, (_, c) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : c >= 0x30 && c <= 0x39 ? 2 : 0);

/** No ASCII code point is folded as a confusable, so ASCII runs can skip the table (checked, not assumed). */
const CONFUSABLES_ASCII_FREE = [...CONFUSABLES.keys()].every((cp) => cp >= 0x80);

function hasLetter(code: Uint16Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ASCII_WORD_CLASS[code[k]] === 1) return true;
  return false;
}

type CoreOptions = Required<Pick<NormalizeOptions, 'confusables' | 'whitespace' | 'leet'>>;
type TagRun = { start: number; end: number; text: string };

/**
 * The offset map of a normalised text, stored as pieces instead of two integers per unit: most text
 * is runs of units that map to themselves, and allocating and filling a per-unit map cost more than
 * the walk that produced it. A piece starting at normalised unit `norm` is either a run (unit k maps
 * to [orig + k - norm, orig + k - norm + 1)) or a cluster (every unit maps to [orig, end)); it lasts
 * until the next piece starts. Lookups are binary searches over the pieces.
 */
export class PieceMap {
  // Per piece: first normalised unit, original start, original end of a cluster (-1 for a run).
  private readonly norm: number[] = [];
  private readonly orig: number[] = [];
  private readonly end: number[] = [];

  /**
   * Units from k on map to [cs, ce) each (a cluster) or, when ce is cs + 1, to consecutive originals
   * from cs (a run, extending the previous run when both sides continue it).
   */
  add(k: number, cs: number, ce: number): void {
    const p = this.norm.length - 1;
    if (ce === cs + 1) {
      if (!(p >= 0 && this.end[p] < 0 && this.orig[p] + (k - this.norm[p]) === cs)) this.push(k, cs, -1);
    } else if (!(p >= 0 && this.end[p] === ce && this.orig[p] === cs)) {
      this.push(k, cs, ce);
    }
  }

  /** The last unit k (a folded space) now also covers original text up to `ce`. */
  extendLast(k: number, ce: number): void {
    const start = this.startAt(k);
    const p = this.norm.length - 1;
    if (this.norm[p] === k) {
      this.orig[p] = start;
      this.end[p] = ce;
    } else {
      this.push(k, start, ce);
    }
  }

  private push(k: number, o: number, e: number): void {
    this.norm.push(k);
    this.orig.push(o);
    this.end.push(e);
  }

  private piece(k: number): number {
    const norm = this.norm;
    let lo = 0;
    let hi = norm.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (norm[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  startAt(k: number): number {
    const p = this.piece(k);
    return this.end[p] < 0 ? this.orig[p] + (k - this.norm[p]) : this.orig[p];
  }

  endAt(k: number): number {
    const p = this.piece(k);
    return this.end[p] < 0 ? this.orig[p] + (k - this.norm[p]) + 1 : this.end[p];
  }

  /**
   * The original ranges that `text` (the normalised text this map was built for) does not copy
   * unchanged from `input`, as ascending, merged [start, end) pairs in one flat array: units folded
   * or decomposed, and original units no normalised unit covers (removed characters). Linear: one
   * comparison per unit of a run, one slice comparison per cluster.
   */
  changes(input: string, text: string): number[] {
    const out: number[] = [];
    const mark = (a: number, b: number): void => {
      if (b <= a) return;
      const last = out.length - 1;
      if (last > 0 && out[last] >= a) out[last] = Math.max(out[last], b);
      else out.push(a, b);
    };
    const pieces = this.norm.length;
    let covered = 0;
    for (let p = 0; p < pieces; p++) {
      const k0 = this.norm[p];
      const k1 = p + 1 < pieces ? this.norm[p + 1] : text.length;
      const o0 = this.orig[p];
      if (o0 > covered) mark(covered, o0);
      if (this.end[p] < 0) {
        for (let k = k0; k < k1; k++) {
          const o = o0 + (k - k0);
          if (text.charCodeAt(k) !== input.charCodeAt(o)) mark(o, o + 1);
        }
        covered = Math.max(covered, o0 + (k1 - k0));
      } else {
        const e = this.end[p];
        if (text.slice(k0, k1) !== input.slice(o0, e)) mark(o0, e);
        covered = Math.max(covered, e);
      }
    }
    mark(covered, input.length);
    return out;
  }

  /** The per-unit arrays of the first n units (what `Normalized.starts` / `ends` expose). */
  unitArrays(n: number): { starts: Int32Array; ends: Int32Array } {
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      starts[k] = this.startAt(k);
      ends[k] = this.endAt(k);
    }
    return { starts, ends };
  }
}

/**
 * The state of one normalisation walk. A class rather than closures inside normalizeCore: V8 keeps
 * optimised code and type feedback per method, while closures made anew on every call kept being
 * deoptimised and re-optimised (measured: the per-cluster walk ran at ~85 ns per character).
 */
class Walk {
  readonly input: string;
  readonly opts: CoreOptions;
  readonly signals: Record<SignalName, number>;
  readonly outParts: string[] = [];
  /** The offset map, piece by piece (see PieceMap). */
  readonly map = new PieceMap();
  units = 0;
  readonly tagRuns: TagRun[] = [];
  curTag: TagRun | null = null;
  lastEmittedCp = -1;
  lastWasFoldedSpace = false;
  // Mixed-script tracking for the confusable signal: count folds only in words that also have ASCII letters.
  wordLatin = false;
  wordFolds = 0;
  /** Decorated tokens of the input (core/styled.ts), as flat [start, end) pairs: read when first needed. */
  decorated: readonly number[] | null = null;
  /** Index into `decorated` of the first range not ending before the cluster being walked. */
  decoratedAt = 0;

  constructor(input: string, opts: CoreOptions, signals: Record<SignalName, number>) {
    this.input = input;
    this.opts = opts;
    this.signals = signals;
  }

  emit(s: string, cs: number, ce: number): void {
    for (let k = 0; k < s.length; k++) {
      this.outParts.push(s[k]);
      this.map.add(this.units, cs, ce);
      this.units++;
    }
  }

  flushWord(): void {
    if (this.wordLatin && this.wordFolds > 0) this.signals.confusable += this.wordFolds;
    this.wordLatin = false;
    this.wordFolds = 0;
  }

  /**
   * input[a, b), all ASCII and each unit its own cluster: itself, at its own offsets (NFKC,
   * invisible stripping and confusable folding are the identity on ASCII; callers exclude
   * whitespace folding). The per-unit word tracking reduced to what it leaves behind: only the run's
   * first separator (neither letter nor digit) can flush folds counted before the run, and a word is
   * Latin afterwards when a letter follows the run's last separator.
   */
  emitAscii(a: number, b: number, code: Uint16Array): void {
    this.outParts.push(this.input.slice(a, b));
    this.map.add(this.units, a, a + 1);
    this.units += b - a;
    let first = a;
    while (first < b && ASCII_WORD_CLASS[code[first]] !== 0) first++;
    if (hasLetter(code, a, first)) this.wordLatin = true;
    if (first < b) {
      this.flushWord();
      let last = b - 1;
      while (ASCII_WORD_CLASS[code[last]] !== 0) last--;
      this.wordLatin = hasLetter(code, last + 1, b);
    }
    this.lastEmittedCp = code[b - 1];
    this.lastWasFoldedSpace = false;
  }

  /**
   * Whether the cluster at original offset cs lies in a decorated token (clusters are walked in order).
   * decoratedTokens reads the input's code units into the scratch array normalizeCore's ASCII-run scan
   * holds: the same text's units, so what that scan reads is unchanged.
   */
  inDecorated(cs: number): boolean {
    const d = (this.decorated ??= decoratedTokens(this.input));
    while (this.decoratedAt < d.length && d[this.decoratedAt + 1] <= cs) this.decoratedAt += 2;
    return this.decoratedAt < d.length && d[this.decoratedAt] <= cs;
  }

  cluster(cluster: string, cs: number, ce: number): void {
    const signals = this.signals;
    let nf = cluster;
    let asciiOnly = true;
    for (let k = 0; k < cluster.length; k++) if (cluster.charCodeAt(k) >= 0x80) { asciiOnly = false; break; }
    if (!asciiOnly) {
      // A styled letter or digit (core/styled.ts) is read as the plain one, before NFKC (which turns "⒜" into "(a)").
      const first = cluster.charCodeAt(0);
      if (mayBeStyled(first)) {
        const cp = cluster.codePointAt(0)!;
        const plain = styledOf(cp);
        if (plain !== undefined) {
          signals.styled++;
          cluster = plain + cluster.slice(cp > 0xffff ? 2 : 1);
        }
      } else if (isAccented(first) && this.inDecorated(cs)) {
        // A letter of a decorated token ("ġṅȯṙė"): its ASCII letter.
        signals.styled++;
        cluster = accentBase(first)! + cluster.slice(1);
      }
      // An ASCII character under stacked marks (core/units.ts isStackedMark) is read as itself, before
      // NFKC could compose one of them with it: an acute on every letter of an address ("jáńé.dóé@…") is
      // decoration too. A text written decomposed ("e" + U+0301) is read without its accents here.
      if (cluster.charCodeAt(0) < 0x80) {
        let kept = cluster[0];
        for (let k = 1; k < cluster.length; k++) if (!isStackedMark(cluster.charCodeAt(k))) kept += cluster[k];
        if (kept.length < cluster.length) {
          signals.marks += cluster.length - kept.length;
          cluster = kept;
        }
      }
      nf = nfkc(cluster);
      if (nf !== cluster) signals.nfkc++;
    }
    for (const ch of nf) {
      const cp = ch.codePointAt(0)!;
      // Unicode tag block: hidden ASCII payload. Removed from the text, returned as decoded text.
      if (cp >= 0xe0000 && cp <= 0xe007f) {
        signals.tag++;
        if (cp >= 0xe0020 && cp <= 0xe007e) {
          const c = String.fromCharCode(cp - 0xe0000);
          const cur = this.curTag;
          if (cur !== null && cur.end === cs) {
            cur.end = ce;
            cur.text += c;
          } else if (cur !== null && cur.end === ce) {
            cur.text += c;
          } else {
            if (cur !== null) this.tagRuns.push(cur);
            this.curTag = { start: cs, end: ce, text: c };
          }
        }
        continue;
      }
      if (cp === 0x200d && isEmoji(this.lastEmittedCp)) {
        this.emit(ch, cs, ce); // ZWJ inside an emoji sequence is meaningful; keep it
        this.lastEmittedCp = cp;
        continue;
      }
      if (isInvisible(cp)) {
        signals.invisible++;
        if (BIDI.has(cp)) signals.bidi++;
        continue;
      }
      if (isStackedMark(cp)) {
        signals.marks++; // a mark NFKC did not compose with its letter: decoration (strike-through, Zalgo text)
        continue;
      }
      if (isPrivateUse(cp)) signals.private_use++;
      if (this.opts.whitespace && isSpace(cp)) {
        this.flushWord();
        if (this.lastWasFoldedSpace) {
          this.map.extendLast(this.units - 1, ce);
        } else {
          this.emit(' ', cs, ce);
          this.lastWasFoldedSpace = true;
        }
        this.lastEmittedCp = 0x20;
        continue;
      }
      this.lastWasFoldedSpace = false;
      let outCh = ch;
      // A Unicode dash or minus sign touching a digit ("555–123–4567", "−12") reads as the ASCII hyphen
      // the number patterns take; elsewhere ("a — b") it stays.
      if (isNumberDash(cp) && digitNear(this.input, cs, ce)) outCh = '-';
      if (this.opts.confusables) {
        const f = CONFUSABLES.get(cp);
        if (f !== undefined) {
          outCh = f;
          this.wordFolds++;
        }
      }
      if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) this.wordLatin = true;
      else if (outCh === ch && !(cp >= 0x30 && cp <= 0x39) && cp < 0x80) this.flushWord();
      else if (outCh === ch && cp >= 0x80 && !isLetterish(cp)) this.flushWord();
      this.emit(outCh, cs, ce);
      this.lastEmittedCp = cp;
    }
  }
}

/**
 * The per-cluster walk, with runs of ASCII copied through in bulk (`asciiRuns`). Without whitespace
 * folding an ASCII code point is its own cluster and maps to itself, so a run is emitted as one
 * slice with the identity offset map; only the run's last unit takes the cluster path when non-ASCII
 * text follows it, because a combining mark after it joins its cluster ("e" + U+0301 is one
 * cluster, NFKC "é"). Output and signals are those of the plain walk (`asciiRuns` false), which the
 * property tests compare it with. Before this, a text with a single non-ASCII character (an
 * ellipsis, a non-breaking space, an accented name) was walked cluster by cluster from start to end.
 */
function normalizeCore(input: string, opts: CoreOptions, signals: Record<SignalName, number>, asciiRuns = true): Core {
  const walk = new Walk(input, opts, signals);
  let i = 0;
  const n = input.length;
  let cluster = '';
  let cs = 0;
  let clusterCps = 0;
  const bulk = asciiRuns && !opts.whitespace && CONFUSABLES_ASCII_FREE;
  // The code units, for the ASCII-run scan (the cluster path below calls nothing that reuses them).
  const u = bulk ? codeUnits(input) : null;
  while (i < n) {
    if (u !== null && u[i] < 0x80) {
      let j = i + 1;
      while (j < n && u[j] < 0x80) j++;
      const to = j < n ? j - 1 : j; // a mark after the run's last unit would join its cluster
      if (to > i) {
        if (cluster.length > 0) walk.cluster(cluster, cs, i);
        cluster = '';
        walk.emitAscii(i, to, u);
        i = to;
        continue;
      }
    }
    const cp = input.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    const ch = w === 1 ? input[i] : input.slice(i, i + 2);
    if (cluster.length > 0 && cp >= 0x300 && clusterCps < MAX_CLUSTER && joinsPrevious(cp, ch)) {
      cluster += ch; // a mark (or Hangul vowel/trailing jamo) belongs to the cluster before it
      clusterCps++;
    } else {
      if (cluster.length > 0) walk.cluster(cluster, cs, i);
      cluster = ch;
      cs = i;
      clusterCps = 1;
    }
    i += w;
  }
  if (cluster.length > 0) walk.cluster(cluster, cs, n);
  walk.flushWord();
  if (walk.curTag !== null) walk.tagRuns.push(walk.curTag);

  const plain = walk.outParts.join('');
  const text = opts.leet ? foldLeet(plain, signals) : plain;
  return { text, plain, map: walk.map, tagRuns: walk.tagRuns };
}

/**
 * The walk alone, for tests: its text (after leetspeak folding when on), offset map, signals and tag
 * runs; `asciiRuns` false gives the plain per-cluster walk the bulk ASCII path must reproduce.
 */
export function normalizeWalk(input: string, opts: CoreOptions, asciiRuns: boolean): { text: string; starts: Int32Array; ends: Int32Array; tagRuns: readonly TagRun[]; signals: Record<SignalName, number> } {
  const signals = emptySignals();
  const core = normalizeCore(input, opts, signals, asciiRuns);
  return { text: core.text, ...core.map!.unitArrays(core.text.length), tagRuns: core.tagRuns, signals };
}

function isLetterish(cp: number): boolean {
  // Cheap approximation: anything above Latin-1 punctuation that is not a general punctuation/symbol block.
  return !((cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xfe30 && cp <= 0xfe4f));
}

/** Leetspeak folding, 1:1 per UTF-16 unit so the offset map stays valid. Only inside tokens that contain a letter. */
function foldLeet(text: string, signals: Record<SignalName, number>): string {
  const chars = text.split('');
  let i = 0;
  while (i < chars.length) {
    if (!isTokenChar(chars[i])) { i++; continue; }
    let j = i;
    let letters = 0;
    let leet = 0;
    while (j < chars.length && isTokenChar(chars[j])) {
      const c = chars[j].charCodeAt(0);
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      else if (LEET.has(chars[j])) leet++;
      j++;
    }
    if (letters > 0 && leet > 0 && j - i >= 3) {
      for (let k = i; k < j; k++) {
        const f = LEET.get(chars[k]);
        if (f !== undefined) { chars[k] = f; signals.leet++; }
      }
    }
    i = j;
  }
  return chars.join('');
}

function isTokenChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || LEET.has(ch);
}

// Candidate encoded spans (RE2, compiled once).
const SRC_BASE64 = '[A-Za-z0-9+/]{20,}={0,2}|[A-Za-z0-9_\\-]{20,}={0,2}';
const RE_BASE64 = compile('normalize/base64', SRC_BASE64);
// The two character classes of SRC_BASE64 (bit 1: [A-Za-z0-9+/], bit 2: [A-Za-z0-9_-]), for ASCII.
const B64_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) t[c] = 3;
  }
  t[0x2b] = 1; // +
  t[0x2f] = 1; // /
  t[0x5f] = 2; // _
  t[0x2d] = 2; // -
  return t;
})();

function b64Class(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? B64_CLASS[c] : 0; // NaN (past the end) compares false: class 0
}

/**
 * Smallest s >= pos where 20 characters of one class of SRC_BASE64 start, or -1. Such a window lies
 * in a run of characters of either class that covers one of the positions pos+19, pos+39, …; only
 * the runs around those positions are read.
 */
function base64WindowFrom(text: string, pos: number): number {
  const n = text.length;
  for (let j = pos + 19; j < n; j += 20) {
    if (b64Class(text, j) === 0) continue;
    let a = j;
    while (a > pos && b64Class(text, a - 1) !== 0) a--;
    let b = j + 1;
    while (b < n && b64Class(text, b) !== 0) b++;
    if (b - a >= 20) {
      let runA = 0;
      let runB = 0;
      for (let i = a; i < b; i++) {
        const k = b64Class(text, i);
        runA = k & 1 ? runA + 1 : 0;
        runB = k & 2 ? runB + 1 : 0;
        if (runA >= 20 || runB >= 20) return i - 19;
      }
    }
    while (j + 20 < b) j += 20; // the rest of this run holds no window
  }
  return -1;
}

/**
 * matchAll(RE_BASE64, text) for an ASCII text, in JS: the leftmost window of 20 characters of one
 * class starts each match; the first alternative ([A-Za-z0-9+/]) wins where both would match; both
 * repetitions are greedy, then up to two '='. Property-tested against RE2.
 */
export function base64Spans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  let pos = 0;
  while (pos + 20 <= n) {
    const s = base64WindowFrom(text, pos);
    if (s < 0) break;
    let e = s;
    while (e < n && (b64Class(text, e) & 1) !== 0) e++;
    if (e - s < 20) {
      e = s;
      while (e < n && (b64Class(text, e) & 2) !== 0) e++;
    }
    if (text.charCodeAt(e) === 0x3d) e++;
    if (text.charCodeAt(e) === 0x3d) e++;
    out.push({ start: s, end: e });
    pos = e;
  }
  return out;
}

const SRC_HEX = '(?:[0-9A-Fa-f]{2}){10,}|(?:\\\\x[0-9A-Fa-f]{2}){4,}|(?:[0-9A-Fa-f]{2}[ :]){5,}[0-9A-Fa-f]{2}';
const RE_HEX = compile('normalize/hex', SRC_HEX);
const SRC_URL = '[^\\s%]*(?:%[0-9A-Fa-f]{2}[^\\s%]*){2,}';
const RE_URL = compile('normalize/url', SRC_URL);
const RE_MORSE = compile('normalize/morse', SRC_MORSE);
/** Four bytes or more as groups of eight bits, with or without a space between them ("01001000 01101001 …"). */
const SRC_BINARY = '\\b(?:[01]{8} ?){3,}[01]{8}\\b';
const RE_BINARY = compile('normalize/binary', SRC_BINARY);
/** Shortest text SRC_BINARY matches. */
const BINARY_MIN_LENGTH = 32;
/**
 * Escapes of string literals ("\u0040", "\u{1F600}", "\U0001F600", "\x40"), two or more, with other
 * characters between them but no whitespace (JSON, JavaScript, Python and C source: "jane\u002edoe\u0040…"),
 * simple escapes ("\n", "\"") read through. Decoded by escapeBytes.
 */
const SRC_ESC_PLAIN = '(?:[^\\s\\\\]|\\\\[nrt"\'/\\\\])*';
const SRC_ESCAPES = `${SRC_ESC_PLAIN}(?:\\\\(?:u[0-9A-Fa-f]{4}|u\\{[0-9A-Fa-f]{1,6}\\}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2})${SRC_ESC_PLAIN}){2,}`;
const RE_ESCAPES = compile('normalize/escapes', SRC_ESCAPES);
/**
 * Base32 (RFC 4648: upper-case letters and 2–7, '=' padding), sixteen characters or more (ten bytes).
 * Upper case only, as encoders write it: base64 candidates need both cases, so these are read here.
 */
const SRC_BASE32 = '[A-Z2-7]{16,}={0,6}';
const RE_BASE32 = compile('normalize/base32', SRC_BASE32);
const RE_BRAILLE = compile('normalize/braille', SRC_BRAILLE);
/** A rot13 marker ("rot13", "rot-13", "rot 13", any case); for ASCII text the same as hasRot13Marker. */
const SRC_ROT13_MARKER = '(?i:rot[- ]?13)';
/**
 * Eight characters one to three spaces apart: what a spelled-out run (spelledCopy) holds at least, so a
 * text this matches nowhere has none (only the first may end a longer word; the others are single).
 */
const SRC_SPELLED = '[A-Za-z0-9@._+:/\\-](?: {1,3}[A-Za-z0-9@._+:/\\-]){7}';

/**
 * What a number word reads as (NUMBER_WORDS): 'unit' one digit, 'teen' two; 'tens' its two digits alone
 * ("twenty"), its first before a unit word one space or hyphen on ("twenty-three"); 'times' the digit of the
 * unit word after it, `times` times ("double five").
 */
interface NumberWord {
  readonly kind: 'unit' | 'teen' | 'tens' | 'times';
  readonly digits: string;
  readonly times: number;
}

/**
 * Number words, lower-case: the digit words of English (zero, "oh" and "o" too), Spanish, French, German
 * ("zwo" and "fuenf" too) and Italian, and English teens, tens, "double" and "triple".
 */
const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = (() => {
  const m = new Map<string, NumberWord>();
  const put = (word: string, w: NumberWord): void => {
    const had = m.get(word);
    if (had !== undefined && had.digits !== w.digits) throw new Error(`number word ${word}: ${had.digits} or ${w.digits}`);
    m.set(word, w);
  };
  // Per language, the words of 0 to 9 (alternatives joined by '|').
  for (const digits of [
    'zero|oh|o one two three four five six seven eight nine',
    'cero uno dos tres cuatro cinco seis siete ocho nueve',
    'zéro un deux trois quatre cinq six sept huit neuf',
    'null eins zwei|zwo drei vier fünf|fuenf sechs sieben acht neun',
    'zero uno due tre quattro cinque sei sette otto nove',
  ]) {
    digits.split(' ').forEach((words, d) => {
      for (const w of words.split('|')) put(w, { kind: 'unit', digits: String(d), times: 0 });
    });
  }
  'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').forEach((w, k) => put(w, { kind: 'teen', digits: String(10 + k), times: 0 }));
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, k) => put(w, { kind: 'tens', digits: String(20 + 10 * k), times: 0 }));
  put('double', { kind: 'times', digits: '', times: 2 });
  put('triple', { kind: 'times', digits: '', times: 3 });
  return m;
})();

/** Longest number word (code units). */
const NUMBER_WORD_MAX = Math.max(...[...NUMBER_WORDS.keys()].map((w) => w.length));
/** Every prefix of a number word: what the last word of a text still being written may grow into one from. */
const NUMBER_WORD_PREFIXES: ReadonlySet<string> = new Set([...NUMBER_WORDS.keys()].flatMap((w) => Array.from({ length: w.length }, (_, k) => w.slice(0, k + 1))));

/**
 * A separator between the words of a number written in words (numberSepEnd): one to three spaces or tabs,
 * then a comma, full stop, hyphen or slash and up to three more; or that character and up to three.
 */
const SRC_NUMBER_SEP = '(?:[ \\t]{1,3}(?:[,.\\-/][ \\t]{0,3})?|[,.\\-/][ \\t]{0,3})';
/**
 * Three number words in a row, the first at a word boundary: what a number written in words
 * (numberWordsCopy) holds at least, so a text this matches nowhere has none. Wider than the reading (no
 * boundary after the last word; RE2 folds a few more letters), never narrower.
 */
const SRC_NUMBER_WORDS = (() => {
  const word = `(?i:${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
  return `\\b${word}${SRC_NUMBER_SEP}${word}${SRC_NUMBER_SEP}${word}`;
})();
const RE_NUMBER_WORDS = compile('normalize/number-words', SRC_NUMBER_WORDS);
const DECODE_SET = compileSet('normalize/decode', [SRC_HEX, SRC_BASE64, SRC_URL, SRC_MORSE, SRC_BINARY, SRC_ESCAPES, SRC_BASE32, SRC_BRAILLE, SRC_NUMBER_WORDS]);
/**
 * DECODE_SHAPES' index of each DECODE_SET pattern (the rot13 marker, index 3, and the spelled run's, 6, are
 * not in the set).
 */
const SET_SHAPE = [0, 1, 2, 4, 5, 7, 8, 9, 10];
const ALL_LIVE: readonly boolean[] = [true, true, true, false, true, true, true, true, true, true, true];

/**
 * What decoding looks for in a text: the candidate shapes (hex, base64, %xx), the rot13 marker, the
 * candidate shapes of Morse code and binary, a spelled-out run's, those of string escapes, base32 and
 * Braille, and a number written in words, in this order. A detector that runs its own RE2.Set over an ASCII
 * segment can add these to its set and hand the answer to primeDecodeGate(), so normalising that segment
 * needs no pass of its own.
 */
export const DECODE_SHAPES: readonly string[] = [SRC_HEX, SRC_BASE64, SRC_URL, SRC_ROT13_MARKER, SRC_MORSE, SRC_BINARY, SRC_SPELLED, SRC_ESCAPES, SRC_BASE32, SRC_BRAILLE, SRC_NUMBER_WORDS];
let primedText: string | null = null;
let primedLive: readonly boolean[] = [];

/**
 * Record, for `text`, which DECODE_SHAPES match anywhere in it (live[i] for DECODE_SHAPES[i], as an
 * RE2.Set over `text` answers it). The next normalisation of that same text uses it instead of its
 * own passes wherever it decodes that text itself: all of it when the text is ASCII, and when
 * normalising changes nothing in a non-ASCII text (an em dash, curly quotes). Exact on any text: a
 * shape the set saw nowhere would decode nothing (RE2 sees a lone surrogate as U+FFFD in both), and
 * the rot13 marker's answer equals hasRot13Marker (only R, O and T lower-case to r, o, t, and RE2
 * folds no other letter onto them). One entry; any later prime replaces it.
 */
export function primeDecodeGate(text: string, live: readonly boolean[]): void {
  if (live.length !== DECODE_SHAPES.length) return;
  primedText = text;
  primedLive = live;
}

/**
 * Which of RE_HEX, RE_BASE64, RE_URL, RE_MORSE, RE_BINARY, RE_ESCAPES, RE_BASE32, RE_BRAILLE and
 * RE_NUMBER_WORDS match anywhere in `text` (all, if the set cannot answer), indexed as DECODE_SHAPES (the
 * rot13 marker's entry is left false, the spelled run's true: maySpell answers it).
 */
function decodeGate(text: string): readonly boolean[] {
  // Malformed text (lone surrogates) takes the unoptimised path: every pass runs, no set call.
  if (!text.isWellFormed()) return ALL_LIVE;
  let hits: number[];
  try {
    hits = DECODE_SET.match(text);
  } catch {
    return ALL_LIVE;
  }
  const out = [false, false, false, false, false, false, true, false, false, false, false];
  for (const i of hits) out[SET_SHAPE[i]] = true;
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decoded bytes that read as text, or null: valid UTF-8, almost no control characters, and letters or
 * digits in three characters of ten at least (digits since the thirty-seventh round: a card number or
 * phone number encoded in base64 or hex was dropped, "my card is 4111 1111 1111 1111" having 27% letters;
 * no decoded span appeared or went on the injection datasets or the benchmark corpora with the change).
 */
function textOf(bytes: Uint8Array): string | null {
  if (bytes.length < 4 || !isUtf8(bytes)) return null; // checked first: a throwing decode is slow
  let s: string;
  try {
    s = utf8.decode(bytes);
  } catch {
    return null;
  }
  return textLike(s) ? s : null;
}

/** Almost no control characters, and letters or digits in three characters of ten at least (textOf). */
function textLike(s: string): boolean {
  let bad = 0;
  let wordy = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) bad++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0x80) wordy++;
  }
  return bad <= s.length * 0.03 && wordy >= s.length * 0.3;
}

/** Decoded text of bytes[a, b), and the byte each of its UTF-16 units starts at (`at(length)` is b). */
interface Piece {
  readonly text: string;
  readonly a: number;
  readonly b: number;
  at(x: number): number;
}

/**
 * bytes[p, q) read as text: UTF-8 (a character cut by either edge left out, see wholeChars), or, when
 * that fails, UTF-16 of mostly Latin-1 text, little- or big-endian (every other byte mostly zero: what
 * PowerShell's -EncodedCommand and Windows tools write); null when neither reads as text (textOf's rule).
 */
function readPiece(bytes: Uint8Array, p: number, q: number): Piece | null {
  const [a, b] = wholeChars(bytes, p, q);
  const s = textOf(bytes.subarray(a, b));
  if (s !== null) return { text: s, a, b, at: (x) => a + Buffer.byteLength(s.slice(0, x), 'utf8') };
  if (q - p < 8) return null;
  // Zero bytes at even and at odd offsets: the high bytes mostly zero (Latin-1 text, some other characters
  // among it), the low bytes almost never.
  const zeros = [0, 0];
  for (let i = p; i < q; i++) {
    if (i - p === 64 && zeros[0] + zeros[1] < 8) return null; // binary bytes, as most runs that are not UTF-8 text
    if (bytes[i] === 0) zeros[(i - p) & 1]++;
  }
  const half = (q - p) >> 1;
  const high = zeros[0] >= half * 0.6 && zeros[1] <= half * 0.05 ? 0 : zeros[1] >= half * 0.6 && zeros[0] <= half * 0.05 ? 1 : -1;
  if (high < 0) return null;
  // Units of two bytes from p: low then high (little-endian) when the zeros are at odd offsets, high then
  // low otherwise (big-endian, or a little-endian stream cut after a low byte: the same characters).
  const n = half;
  let t = '';
  for (let k = 0; k < n; k++) {
    const x = bytes[p + 2 * k];
    const y = bytes[p + 2 * k + 1];
    t += String.fromCharCode(high === 1 ? x | (y << 8) : (x << 8) | y);
  }
  if (!textLike(t)) return null;
  return { text: t, a: p, b: p + 2 * n, at: (u) => p + 2 * u };
}

/**
 * The bytes a candidate run (base64, hex, eight-bit groups, %xx, Morse code) stands for, and the
 * characters each byte was read from: byte k from candidate[from(k), to(k)) (computed, not stored: most
 * candidates never read as text). A run's last incomplete unit (one base64 character past a whole group,
 * a lone hex digit) is left out rather than failing the run: in a stream, a run may be cut anywhere.
 */
interface EncodedBytes {
  readonly bytes: Uint8Array;
  from(k: number): number;
  to(k: number): number;
}

/** The encodings read as runs of bytes (rot13 and tag characters are read otherwise). */
type RunEncoding = 'base64' | 'hex' | 'binary' | 'url' | 'morse' | 'escapes' | 'base32' | 'braille' | 'variation_selectors';

/** Variation selectors in a row, at least, for a run to be read as bytes (one after an emoji or an ideograph is its own). */
const SELECTOR_MIN_RUN = 4;

/**
 * Bytes hidden in runs of variation selectors ("emoji smuggling": U+FE00–FE0F stand for bytes 0–15,
 * U+E0100–E01EF for 16–255, one byte each, usually after an emoji): invisible, removed from the normalised
 * text, and read by a model told how. Runs of at least SELECTOR_MIN_RUN, in ORIGINAL offsets: byte k is
 * input[from(k), to(k)) (one code unit, or a surrogate pair).
 */
function selectorRuns(input: string): { start: number; run: EncodedBytes }[] {
  const out: { start: number; run: EncodedBytes }[] = [];
  let bytes: number[] = [];
  let offs: number[] = [];
  const flush = (end: number): void => {
    if (bytes.length >= SELECTOR_MIN_RUN) {
      const at = Int32Array.from(offs, (o) => o - offs[0]);
      const n = at.length;
      const last = end - offs[0];
      out.push({ start: offs[0], run: { bytes: Uint8Array.from(bytes), from: (k) => at[k], to: (k) => (k + 1 < n ? at[k + 1] : last) } });
    }
    bytes = [];
    offs = [];
  };
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0xfe00 && c <= 0xfe0f) {
      bytes.push(c - 0xfe00);
      offs.push(i);
      continue;
    }
    if (c === 0xdb40 && i + 1 < input.length) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdd00 && d <= 0xddef) {
        bytes.push(16 + d - 0xdd00);
        offs.push(i);
        i++;
        continue;
      }
    }
    if (bytes.length > 0) flush(i);
  }
  flush(input.length);
  return out;
}

/**
 * Bytes of a base64 candidate read from character `shift` on (an alignment, see alignments), or null when
 * the run cannot hold text: text encoded as base64 mixes letter cases; long words and hex do not.
 */
function base64Bytes(s: string, shift: number): EncodedBytes | null {
  // A wrapped run (joinWrapped) holds line breaks: read without them, each byte placed on its own characters.
  let breaks = false;
  for (let i = 0; i < s.length && !breaks; i++) {
    const c = s.charCodeAt(i);
    breaks = c === 0x0a || c === 0x0d || c === 0x5c;
  }
  if (!breaks) return base64Plain(s, shift);
  const pos: number[] = [];
  let t = '';
  for (let i = 0; i < s.length;) {
    const b = i >= shift ? wrapBreak(s, i) : 0;
    if (b > 0) { i += b; continue; }
    pos.push(i);
    t += s[i];
    i++;
  }
  const eb = base64Plain(t, shift);
  if (eb === null) return null;
  return {
    bytes: eb.bytes,
    from: (k) => pos[eb.from(k)],
    to: (k) => {
      const e = eb.to(k);
      return e >= t.length ? s.length : pos[e - 1] + 1;
    },
  };
}

/** Length of the line break at text[i] between the lines of a wrapped base64 run: CR LF, LF, or their JSON escapes; 0 when none. */
function wrapBreak(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x0a) return 1;
  if (c === 0x0d) return text.charCodeAt(i + 1) === 0x0a ? 2 : 0;
  if (c !== 0x5c) return 0;
  const d = text.charCodeAt(i + 1);
  if (d === 0x6e) return 2; // \n
  return d === 0x72 && text.charCodeAt(i + 2) === 0x5c && text.charCodeAt(i + 3) === 0x6e ? 4 : 0; // \r\n
}

/** Shortest line of a wrapped base64 run joined by joinWrapped (MIME and the base64 tool wrap at 76, PEM at 64, the GitHub contents API at 60). */
const WRAP_MIN = 40;

/**
 * Base64 candidates (ascending) with the lines of one wrapped run joined into one candidate: consecutive
 * candidates separated by a line break alone (wrapBreak), every line but the last of the same length, a
 * multiple of four of at least WRAP_MIN, and the last no longer, padding only at its end. A JSON-escaped
 * break's letter (n) is a base64 character, so there the next candidate starts one character early. Read
 * line by line, a run split an entity or a word at every line's end, and JSON's escaped breaks misaligned
 * every line after the first (a file from the GitHub contents API was unread).
 */
function joinWrapped(text: string, found: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  // A stream's window may start inside a wrapped run: its first line is then the end of one, of any length
  // (shorter than a candidate, too), joined to the whole lines after it; the run is read at its alignment.
  let cands = found;
  let head = 0;
  while (head < text.length && isBase64Char(text.charCodeAt(head))) head++;
  if (head > 0 && head < 20 && wrapBreak(text, head) > 0) cands = [{ start: 0, end: head }, ...found];
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    let width = c.end - c.start;
    if (c.start === 0 && k + 1 < cands.length) {
      const b = wrapBreak(text, c.end);
      const next = cands[k + 1];
      const w = next.end - (c.end + b);
      if (b > 0 && (next.start === c.end + b || (next.start === c.end + b - 1 && b >= 2)) && w >= WRAP_MIN && w % 4 === 0 && width <= w &&
        headReads(text, c.end, c.end + b, c.end + b + w)) width = w;
    }
    let end = c.end;
    let j = k;
    if (width >= WRAP_MIN && width % 4 === 0 && text.charCodeAt(c.end - 1) !== 0x3d) {
      let open = true; // the run's last line so far is a whole one: a short last line may follow
      while (j + 1 < cands.length) {
        const b = wrapBreak(text, end);
        if (b === 0) break;
        const next = cands[j + 1];
        const data = end + b;
        if (next.start !== data && !(next.start === data - 1 && b >= 2)) break;
        const len = next.end - data;
        if (len <= 0 || len > width) break;
        end = next.end;
        j++;
        if (len < width || text.charCodeAt(next.end - 1) === 0x3d) { // the last line
          open = false;
          break;
        }
      }
      // A last line too short to be a candidate of its own ("IDExMTEuIA=="): taken when it is padded, or when
      // the line before and it read as text together (a word after the run, "Done.", is no line of it).
      const b = open ? wrapBreak(text, end) : 0;
      if (b > 0) {
        let q = end + b;
        while (q < text.length && q - end - b < 20 && isBase64Char(text.charCodeAt(q))) q++;
        let p = q;
        while (p < text.length && p - q < 2 && text.charCodeAt(p) === 0x3d) p++;
        const tail = q - end - b;
        if (tail > 0 && tail < 20 && !isBase64Char(text.charCodeAt(p)) &&
          (p > q || textOf(Buffer.from(text.slice(Math.max(c.start, end - width), end) + text.slice(end + b, q), 'base64')) !== null)) end = p;
      }
    }
    // The head line alone, not joined, was no candidate.
    if (end !== c.end) out.push({ start: c.start, end });
    else if (c !== cands[0] || cands === found) out.push(c);
    k = j;
  }
  return out;
}

/**
 * Whether text[0, headEnd), the end of a wrapped line where a window starts, and the whole line at [lineStart,
 * lineEnd) read as text together at the alignment the whole lines give (a word on a line of its own before a
 * run, "Attachment", does not).
 */
function headReads(text: string, headEnd: number, lineStart: number, lineEnd: number): boolean {
  const shift = headEnd % 4;
  const eb = base64Plain(text.slice(0, headEnd) + text.slice(lineStart, lineEnd), shift);
  return eb !== null && readPiece(eb.bytes, 0, Math.min(eb.bytes.length, PIECE_BYTES)) !== null;
}

/** A character of base64 or base64url (no padding). */
export function isBase64Char(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x2b || c === 0x2f || c === 0x2d || c === 0x5f;
}

/** base64Bytes of a run without line breaks. */
function base64Plain(s: string, shift: number): EncodedBytes | null {
  let end = s.length;
  while (end > shift && s.charCodeAt(end - 1) === 0x3d) end--;
  if ((end - shift) % 4 === 1) end--;
  let upper = false;
  let lower = false;
  let url = false;
  for (let i = shift; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    else if (c === 0x2d || c === 0x5f) url = true;
  }
  if (!upper || !lower) return null;
  const bytes = Buffer.from(s.slice(shift, end), url ? 'base64url' : 'base64');
  const last = bytes.length - 1;
  return {
    bytes,
    from: (k) => shift + 4 * ((k / 3) | 0),
    // The padding (or a dropped character) goes with the last group; an unpadded last group is shorter than
    // four characters, and a byte in it ends with the run (not past it: a JSON string's closing quote).
    to: (k) => (k >= last ? s.length : Math.min(s.length, shift + 4 * ((k / 3) | 0) + 4)),
  };
}

/**
 * Bytes of a hex candidate (RE_HEX's three shapes: contiguous pairs, "\x41\x42" escapes, pairs separated
 * by ' ' or ':'); contiguous pairs read from digit `shift` on.
 */
function hexBytes(s: string, shift: number): EncodedBytes {
  const escaped = s.startsWith('\\x');
  const spaced = s.length >= 3 && !escaped && !isHex(s.charCodeAt(2));
  const width = escaped ? 4 : spaced ? 3 : 2;
  const first = escaped ? 2 : shift; // the first digit of byte 0
  const n = escaped ? s.length >> 2 : spaced ? (s.length + 1) / 3 | 0 : (s.length - shift) >> 1;
  const bytes = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const a = first + width * k;
    bytes[k] = (hexValue(s.charCodeAt(a)) << 4) | hexValue(s.charCodeAt(a + 1));
  }
  return { bytes, from: (k) => width * k + (escaped ? 0 : shift), to: (k) => first + width * k + 2 };
}

/**
 * Bytes of eight-bit groups, spaced by single spaces or not (RE_BINARY allows both in one run); from bit
 * `shift` on (an unspaced run cut inside a group, see alignments).
 */
function binaryBytes(s: string, shift: number): EncodedBytes {
  const cap = s.length >> 3;
  const bytes = new Uint8Array(cap);
  const starts = new Int32Array(cap);
  let n = 0;
  for (let i = shift; i + 8 <= s.length;) {
    if (s.charCodeAt(i) === 0x20) { i++; continue; }
    let v = 0;
    for (let j = 0; j < 8; j++) v = (v << 1) | (s.charCodeAt(i + j) - 48);
    bytes[n] = v;
    starts[n] = i;
    n++;
    i += 8;
  }
  return { bytes: bytes.subarray(0, n), from: (k) => starts[k], to: (k) => starts[k] + 8 };
}

/**
 * Alignments a run of `enc` may have been cut at when it starts the scanned text (a stream's window may
 * start inside a run): contiguous base64 in groups of four, contiguous hex digits in pairs, unspaced bits
 * in eights (such a run is no RE_BINARY match: see cutBitRuns). The other shapes realign themselves: spaced
 * or escaped units start a match only at a whole unit, and %xx and Morse code at an escape or a code.
 */
function alignments(enc: RunEncoding, s: string): number {
  if (enc === 'base64') return 4;
  if (enc === 'hex') return s.startsWith('\\x') || (s.length >= 3 && !isHex(s.charCodeAt(2))) ? 1 : 2;
  if (enc === 'binary') return s.includes(' ') ? 1 : 8;
  if (enc === 'base32') return 8;
  return 1;
}

/**
 * Runs of unspaced bits that RE_BINARY cannot match because a cut left them no whole number of groups: one
 * that starts the text (a stream's window starting inside it) or ends it (a run still arriving), at least
 * BINARY_MIN_LENGTH + 8 bits, not a multiple of eight, at word boundaries otherwise. Read at the alignment
 * that reads as text (a run that starts the text) and without its last incomplete group.
 */
function cutBitRuns(text: string): { start: number; end: number }[] {
  const isBit = (i: number): boolean => text.charCodeAt(i) === 0x30 || text.charCodeAt(i) === 0x31;
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  let e = 0;
  while (e < n && isBit(e)) e++;
  if (e >= BINARY_MIN_LENGTH + 8 && e % 8 !== 0 && (e === n || !isWordChar(text.charCodeAt(e)))) out.push({ start: 0, end: e });
  if (e === n) return out;
  let s = n;
  while (s > 0 && isBit(s - 1)) s--;
  if (n - s >= BINARY_MIN_LENGTH + 8 && (n - s) % 8 !== 0 && s > 0 && !isWordChar(text.charCodeAt(s - 1))) out.push({ start: s, end: n });
  return out;
}

/** A character of RE2's \w (ASCII): what a word boundary is between. */
function isWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x5f;
}

function runBytes(enc: RunEncoding, s: string, shift: number): EncodedBytes | null {
  switch (enc) {
    case 'base64': return base64Bytes(s, shift);
    case 'hex': return hexBytes(s, shift);
    case 'binary': return binaryBytes(s, shift);
    case 'url': return percentBytes(s);
    case 'morse': return spelledBytes(readMorse(s));
    case 'escapes': return escapeBytes(s);
    case 'base32': return base32Bytes(s, shift);
    case 'braille': return spelledBytes(readBraille(s));
    case 'variation_selectors': return null; // read in the original (selectorRuns), not from a candidate's text
  }
}

/**
 * Bytes decoded per piece of a long run for the detectors that redact (views.ts), and how much
 * consecutive pieces share (any piece size).
 */
export const PIECE_BYTES = 384;
export const PIECE_OVERLAP = 128;

/**
 * bytes[a, b) with a character cut by either edge left out: up to three continuation bytes at the start,
 * an incomplete sequence at the end. Returns [a, b].
 */
function wholeChars(bytes: Uint8Array, a: number, b: number): [number, number] {
  for (let k = 0; k < 3 && a < b && (bytes[a] & 0xc0) === 0x80; k++) a++;
  let i = b - 1;
  while (i > a && b - i < 4 && (bytes[i] & 0xc0) === 0x80) i--;
  if (i >= a) {
    const lead = bytes[i];
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (i + need > b) b = i;
  }
  return [a, b];
}

/** Whether `text` holds a Morse symbol (morse.ts): short texts without one cannot hold a run to decode. */
function hasMorseSymbol(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (morseSymbol(text.charCodeAt(i)) !== '') return true;
  return false;
}

/**
 * Bytes of a %xx candidate (RE_URL): each escape one byte from its three characters, the other
 * characters their UTF-8 bytes from themselves (one UTF-16 unit each); null with fewer than two escapes.
 */
function percentBytes(s: string): EncodedBytes | null {
  const bytes: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let escapes = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 0x25 && i + 2 < s.length && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      bytes.push((hexValue(s.charCodeAt(i + 1)) << 4) | hexValue(s.charCodeAt(i + 2)));
      from.push(i);
      to.push(i + 3);
      escapes++;
      i += 2;
    } else {
      for (const x of Buffer.from(s[i], 'utf8')) {
        bytes.push(x);
        from.push(i);
        to.push(i + 1);
      }
    }
  }
  if (escapes < 2) return null;
  return { bytes: Uint8Array.from(bytes), from: (k) => from[k], to: (k) => to[k] };
}

/**
 * `s` with its %xx escapes and its string escapes (\uXXXX, \u{…}, \xXX, \n …) read, as the 'url' and
 * 'escapes' spans are: for text too short to be such a span on its own (the injection detector's words
 * escaped one at a time, "%61%6e%64"). Each kind is read only where its bytes are UTF-8 text; `s` as it is
 * when nothing is read.
 */
export function decodeEscapes(s: string): string {
  let out = s;
  if (out.includes('%')) out = bytesText(percentBytes(out)) ?? out;
  if (out.includes('\\')) out = bytesText(escapeBytes(out)) ?? out;
  return out;
}

/** Runs of one encoding in a text above which they are read in place (runsInPlace) rather than one span each. */
export const RUNS_IN_PLACE = 8;

/** Longest run of base64, base32 or hex read in place (runsInPlace); longer ones are read in pieces, each a span. */
const IN_PLACE_CHARS = 512;

/** A run read whole: where it stands, what it says (the UTF-8 text of its bytes) and its bytes. */
interface DecodedRun {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly bytes: EncodedBytes;
}

/**
 * The runs of string escapes or %xx (RE_ESCAPES or RE_URL matches) whose bytes are UTF-8, decoded. A run need
 * not read as text on its own, as a span must (a short word escaped is one): both encodings say which
 * characters they stand for, where a base64 token may be any identifier.
 */
function decodeRuns(text: string, runs: readonly { start: number; end: number }[], enc: 'url' | 'escapes'): DecodedRun[] {
  const out: DecodedRun[] = [];
  for (const r of runs) {
    const eb = runBytes(enc, text.slice(r.start, r.end), 0);
    const s = bytesText(eb);
    if (eb !== null && s !== null) out.push({ start: r.start, end: r.end, text: s, bytes: eb });
  }
  return out;
}

/**
 * `text` with each of `runs` (ascending, not overlapping) replaced by what it says, every unit of the copy
 * placed on the characters it was read from (through `place`, the text's own map to the original). Null when
 * there is no run.
 */
function runsInPlace(text: string, runs: readonly DecodedRun[], place: (s: number, e: number) => [number, number]):
  { text: string; place: (s: number, e: number) => [number, number] } | null {
  if (runs.length === 0) return null;
  const parts: string[] = [];
  // Per unit of the copy: the first and one past the last unit of `text` it was read from.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const keep = (a: number, b: number): void => {
    parts.push(text.slice(a, b));
    for (let i = a; i < b; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  };
  for (const r of runs) {
    const s = r.text;
    const eb = r.bytes;
    keep(at, r.start);
    parts.push(s);
    // Byte offsets of each unit: a surrogate pair's two units share the four bytes of their code point.
    let b0 = 0;
    for (let x = 0; x < s.length; x++) {
      const c = s.charCodeAt(x);
      const pair = c >= 0xd800 && c <= 0xdbff && x + 1 < s.length;
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
      for (let k = 0; k < (pair ? 2 : 1); k++) {
        starts.push(r.start + eb.from(b0));
        ends.push(r.start + eb.to(b0 + n - 1));
      }
      if (pair) x++;
      b0 += n;
    }
    at = r.end;
  }
  keep(at, text.length);
  return { text: parts.join(''), place: (x, y) => place(starts[x] ?? text.length, y > x ? ends[y - 1] : (starts[x] ?? text.length)) };
}

/** The UTF-8 text of `b`, or null when there are no bytes or they are no UTF-8. */
function bytesText(b: EncodedBytes | null): string | null {
  if (b === null) return null;
  try {
    return utf8.decode(b.bytes);
  } catch {
    return null;
  }
}

/** The byte a simple escape (backslash and this character) stands for, or -1. */
function simpleEscape(c: number): number {
  switch (c) {
    case 0x6e: return 0x0a; // n
    case 0x72: return 0x0d; // r
    case 0x74: return 0x09; // t
    case 0x22: case 0x27: case 0x2f: case 0x5c: return c; // " ' / backslash
    default: return -1;
  }
}

/**
 * Bytes of a candidate of RE_ESCAPES: "\uXXXX" (a surrogate pair's two escapes one character),
 * "\u{X…}" and "\UXXXXXXXX" the UTF-8 of their code point, "\xXX" one byte, simple escapes their byte,
 * other characters their UTF-8 from themselves; each byte from the characters it was read from. Null for
 * a run of "\x" escapes alone (hex reads those).
 */
function escapeBytes(s: string): EncodedBytes | null {
  const bytes: number[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let wide = false;
  let plain = false;
  const put = (cp: number, a: number, b: number): void => {
    for (const x of Buffer.from(String.fromCodePoint(cp), 'utf8')) {
      bytes.push(x);
      from.push(a);
      to.push(b);
    }
  };
  const hexAt = (i: number, n: number): number => {
    let v = 0;
    for (let k = 0; k < n; k++) {
      const h = hexValue(s.charCodeAt(i + k));
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  };
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    const e = c === 0x5c ? s.charCodeAt(i + 1) : -1;
    if (e === 0x75 && s.charCodeAt(i + 2) === 0x7b) { // \u{X…}
      const close = s.indexOf('}', i + 3);
      const v = close > i + 3 && close <= i + 9 ? hexAt(i + 3, close - i - 3) : -1;
      if (v >= 0 && v <= 0x10ffff) {
        put(v >= 0xd800 && v <= 0xdfff ? 0xfffd : v, i, close + 1);
        wide = true;
        i = close + 1;
        continue;
      }
    } else if (e === 0x75 || e === 0x55) { // \uXXXX, \UXXXXXXXX
      const n = e === 0x75 ? 4 : 8;
      let v = hexAt(i + 2, n);
      let end = i + 2 + n;
      if (v >= 0xd800 && v <= 0xdbff && s.charCodeAt(end) === 0x5c && s.charCodeAt(end + 1) === 0x75) {
        const lo = hexAt(end + 2, 4);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
          end += 6;
        }
      }
      if (v >= 0 && v <= 0x10ffff) {
        put(v >= 0xd800 && v <= 0xdfff ? 0xfffd : v, i, end);
        wide = true;
        i = end;
        continue;
      }
    } else if (e === 0x78) { // \xXX
      const v = hexAt(i + 2, 2);
      if (v >= 0) {
        bytes.push(v);
        from.push(i);
        to.push(i + 4);
        i += 4;
        continue;
      }
    } else if (e >= 0) {
      const v = simpleEscape(e);
      if (v >= 0) {
        bytes.push(v);
        from.push(i);
        to.push(i + 2);
        plain = true;
        i += 2;
        continue;
      }
    }
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    put(s.codePointAt(i)!, i, i + w);
    plain = true;
    i += w;
  }
  if (!wide && !plain) return null;
  return { bytes: Uint8Array.from(bytes), from: (k) => from[k], to: (k) => to[k] };
}

/** Value of a base32 character (RFC 4648 alphabet), or -1. */
function base32Value(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x32 && c <= 0x37) return c - 0x32 + 26;
  return -1;
}

/**
 * Bytes of a base32 candidate read from character `shift` on (a run cut inside a group of eight, see
 * alignments): byte k from the group of eight characters that holds it (as base64's groups of four, so a
 * finding masked in place leaves the rest of the run decodable); the padding, and characters of no whole
 * byte, go with the last byte.
 */
function base32Bytes(s: string, shift: number): EncodedBytes | null {
  let end = s.length;
  while (end > shift && s.charCodeAt(end - 1) === 0x3d) end--;
  const n = ((end - shift) * 5) >> 3;
  if (n < 4) return null;
  const bytes = new Uint8Array(n);
  let acc = 0;
  let bits = 0;
  let k = 0;
  for (let i = shift; i < end && k < n; i++) {
    acc = ((acc << 5) | base32Value(s.charCodeAt(i))) & 0x1fff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[k++] = (acc >> bits) & 0xff;
    }
  }
  const last = n - 1;
  return {
    bytes,
    from: (b) => shift + 8 * ((b / 5) | 0),
    to: (b) => (b >= last ? s.length : Math.min(s.length, shift + 8 * ((b / 5) | 0) + 8)),
  };
}

/**
 * Bytes of the ASCII text a run of Morse code or Braille spells (morse.ts readMorse, braille.ts readBraille),
 * each character from its code or cells; null when the run does not read as text.
 */
function spelledBytes(r: { text: string; from: number[]; to: number[] } | null): EncodedBytes | null {
  if (r === null) return null;
  const bytes = new Uint8Array(r.text.length);
  for (let k = 0; k < bytes.length; k++) bytes[k] = r.text.charCodeAt(k);
  return { bytes, from: (k) => r.from[k], to: (k) => r.to[k] };
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** rot13 of the ASCII letters of `s` (case kept); other characters unchanged. */
export function rot13(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + 13) % 26) + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + 13) % 26) + 97);
    else out += s[i];
  }
  return out;
}

interface DecodeBudget {
  spans: number;
  chars: number;
}

/**
 * Normalise `input` for scanning. Pure; linear in the input length; bounded decoding work.
 */
export function normalize(input: string, options: NormalizeOptions = {}): Normalized {
  const hit = memoGet(input, options);
  if (hit !== undefined) return hit;
  if (isPlain(input, options, 1)) {
    // The common case (ASCII text with nothing to decode): no work, shared frozen parts.
    const n = new NormalizedText(input, input, null, NO_SIGNALS, NO_DECODED);
    memoPut(input, options, n);
    return n;
  }
  const signals = emptySignals();
  const budget: DecodeBudget = { spans: options.maxSpans ?? 32, chars: options.maxDecodedTotal ?? 65536 };
  const n = normalizeAt(input, options, signals, budget, 1);
  Object.freeze(signals);
  Object.freeze(n.decoded);
  memoPut(input, options, n);
  return n;
}

/** normalize(input, options) when it is memoised (another detector normalised the same text), else undefined. */
export function normalizedIfKnown(input: string, options: NormalizeOptions): Normalized | undefined {
  return memoGet(input, options);
}

// Several detectors of one set (secrets, pii, canary) normalise the same segment with the same
// options; the result of the last text is kept, for a few option combinations, and shared. Results
// are immutable (signals and decoded are frozen), so sharing one is invisible to callers.
const MEMO_SLOTS = 4;
let memoText: string | null = null;
const memoOpts: NormalizeOptions[] = [];
const memoVals: Normalized[] = [];

function sameOptions(a: NormalizeOptions, b: NormalizeOptions): boolean {
  return a === b || (a.confusables === b.confusables && a.whitespace === b.whitespace && a.leet === b.leet && a.decode === b.decode &&
    a.maxDecodeSpan === b.maxDecodeSpan && a.maxDecodedTotal === b.maxDecodedTotal && a.maxDepth === b.maxDepth && a.maxSpans === b.maxSpans &&
    a.pieces === b.pieces && (a.rot13 === true) === (b.rot13 === true) && (a.numberWords === true) === (b.numberWords === true));
}

function memoGet(text: string, options: NormalizeOptions): Normalized | undefined {
  if (text !== memoText) return undefined;
  for (let i = 0; i < memoOpts.length; i++) if (sameOptions(memoOpts[i], options)) return memoVals[i];
  return undefined;
}

function memoPut(text: string, options: NormalizeOptions, n: Normalized): void {
  if (text !== memoText) {
    memoText = text;
    memoOpts.length = 0;
    memoVals.length = 0;
  }
  if (memoOpts.length >= MEMO_SLOTS) {
    memoOpts.shift();
    memoVals.shift();
  }
  // A copy of the options: the caller may mutate its object later.
  memoOpts.push({ ...options });
  memoVals.push(n);
}

/**
 * The result object. The offset map of an identity normalisation (ASCII input, no folding) is only
 * materialised when `starts`/`ends` are read; toOriginal() answers from the identity without it.
 */
class NormalizedText implements Normalized {
  readonly text: string;
  readonly signals: Readonly<Record<SignalName, number>>;
  readonly decoded: DecodedSpan[];
  readonly changed: boolean;
  /** The offset map (null: the identity). */
  readonly #map: PieceMap | null;
  #starts: Int32Array | null = null;
  #ends: Int32Array | null = null;
  readonly #len: number;
  readonly #input: string;
  #changes: readonly number[] | null = null;

  constructor(input: string, text: string, map: PieceMap | null, signals: Readonly<Record<SignalName, number>>, decoded: DecodedSpan[] = []) {
    this.#input = input;
    this.text = text;
    this.signals = signals;
    this.decoded = decoded;
    this.changed = text !== input;
    this.#map = map;
    this.#len = input.length;
  }

  get starts(): Int32Array {
    if (this.#starts === null) this.#materialise();
    return this.#starts!;
  }

  get ends(): Int32Array {
    if (this.#ends === null) this.#materialise();
    return this.#ends!;
  }

  /** Per-unit arrays, built on first read (detectors use toOriginal). */
  #materialise(): void {
    if (this.#map !== null) {
      ({ starts: this.#starts, ends: this.#ends } = this.#map.unitArrays(this.text.length));
      return;
    }
    const n = this.#len;
    const st = new Int32Array(n);
    const en = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      st[i] = i;
      en[i] = i + 1;
    }
    this.#starts = st;
    this.#ends = en;
  }

  changes(): readonly number[] {
    if (this.#changes === null) this.#changes = Object.freeze(!this.changed ? [] : this.#map !== null ? this.#map.changes(this.#input, this.text) : [0, this.#len]);
    return this.#changes;
  }

  toOriginal(s: number, e: number): [number, number] {
    const len = this.#len;
    const map = this.#map;
    const n = map !== null ? this.text.length : len;
    if (n === 0) return [0, Math.min(len, 0)];
    if (e <= s) {
      const p = s >= n ? len : this.#startAt(Math.max(0, s));
      return [p, p];
    }
    const a = s >= n ? len : this.#startAt(Math.max(0, s));
    const b = e - 1 >= n ? len : this.#endAt(e - 1);
    return [a, Math.max(a, b)];
  }

  // Offsets of unit k, 0 <= k < n (a non-integer k is read as an Int32Array would: undefined, here NaN).
  #startAt(k: number): number {
    if (!Number.isInteger(k)) return NaN;
    return this.#map === null ? k : this.#map.startAt(k);
  }

  #endAt(k: number): number {
    if (!Number.isInteger(k)) return NaN;
    return this.#map === null ? k + 1 : this.#map.endAt(k);
  }
}

/**
 * Whether a tag run is an emoji flag's subdivision code (U+1F3F4, the code in tag letters and digits, then
 * CANCEL TAG: the flags of England, Scotland, Wales): an emoji, not a payload, so it is not decoded and
 * takes no span of the budget (forty Welsh flags in an answer spent it). The injection detector's own
 * normaliser reads such a sequence as an emoji too (injection/normalize.ts stripHidden).
 */
function isFlagTag(input: string, t: TagRun): boolean {
  if (t.text.length < 3 || t.text.length > 7 || t.start < 2 || input.codePointAt(t.start - 2) !== 0x1f3f4 || input.codePointAt(t.end) !== 0xe007f) return false;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

/**
 * Longest text read again as a whole (rot13, character references decoded, spelled runs joined: the
 * `copy` spans, with NormalizeOptions.pieces; code units); a longer one is reported unread.
 */
const WHOLE_COPY_MAX = 1 << 20;

/** Characters in a row, one space apart, at least, for a run to be read as spelled out; letters among them, at least. */
const SPELLED_MIN = 8;
const SPELLED_LETTERS = 3;

/** A character that may be one of a spelled-out run: an ASCII letter or digit, or one of @ . _ - + : / */
function isSpelledUnit(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x40 || c === 0x2e || c === 0x5f || c === 0x2d || c === 0x2b || c === 0x3a || c === 0x2f;
}


/** What may stand before a spelled run's first character: whitespace, or an opening bracket or quote. */
function opensSpelled(c: number): boolean {
  return isReSpace(c) || c === 0x28 || c === 0x22 || c === 0x27;
}

/** Whether the unit at j ends there: the edge, whitespace, or closing punctuation (a full stop before whitespace or the edge). */
function unitEnds(text: string, j: number): boolean {
  if (j + 1 >= text.length) return true;
  const c = text.charCodeAt(j + 1);
  if (isReSpace(c) || c === 0x2c || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x22 || c === 0x27) return true;
  return c === 0x2e && (j + 2 >= text.length || isReSpace(text.charCodeAt(j + 2)));
}

/**
 * Start of the single characters one space apart that end `text` (a spelled-out run still being written,
 * however short yet: later characters may make it one), or text.length when it does not end in one.
 */
export function spelledTail(text: string): number {
  let i = text.length;
  while (i > 0 && text.length - i < 3 && text.charCodeAt(i - 1) === 0x20) i--; // the spaces after the last character so far
  let start = text.length;
  while (i > 0 && isSpelledUnit(text.charCodeAt(i - 1)) && (i === 1 || opensSpelled(text.charCodeAt(i - 2)))) {
    start = i - 1;
    // Back over one space, or a gap of two or three between spelled words, to the character before it.
    let g = i - 1;
    while (g > 0 && i - 1 - g < 3 && text.charCodeAt(g - 1) === 0x20) g--;
    if (g === i - 1 || g === 0) break;
    i = g;
  }
  return start;
}

/**
 * Whether `text` may hold a spelled-out run (spelledCopy): SPELLED_MIN single characters in a row, one
 * space apart. Reads only around its spaces (found natively), so prose costs a few steps per word.
 */
export function maySpell(text: string): boolean {
  let run = 0;
  for (let p = text.indexOf(' '); p >= 0; p = text.indexOf(' ', p + 1)) {
    if (p > 0 && text.charCodeAt(p - 1) === 0x20) continue; // inside a gap between spelled words
    // A single character before this space: whitespace, an opening bracket or quote, or the edge before it.
    const single = p > 0 && !isReSpace(text.charCodeAt(p - 1)) && (p === 1 || opensSpelled(text.charCodeAt(p - 2)));
    if (!single) { run = 0; continue; }
    if (++run >= SPELLED_MIN - 1) return true;
  }
  return false;
}

/**
 * `text` with every spelled-out run joined ("j a n e . d o e @ e x a m p l e . c o m": at least SPELLED_MIN
 * single characters one space apart, or two or three between words (read as one space), SPELLED_LETTERS of
 * them letters, whitespace, an opening bracket or quote
 * or the edge before the first, and whitespace, closing punctuation or the edge after each), and the original offset of each unit of the result (its length at the end); null when the
 * text holds no such run. Linear.
 */
export function spelledCopy(text: string): { text: string; map: Int32Array } | null {
  return maySpell(text) ? joinSpelled(text) : null;
}

/** spelledCopy of a text maySpell passed. */
function joinSpelled(text: string): { text: string; map: Int32Array } | null {
  const n = text.length;
  let out = '';
  let map: Int32Array | null = null;
  let m = 0;
  let last = 0;
  for (let i = 0; i < n;) {
    // A run's first unit: one character with whitespace, an opening bracket or quote, or the edge before it,
    // and a space after it.
    if (!isSpelledUnit(text.charCodeAt(i)) || (i > 0 && !opensSpelled(text.charCodeAt(i - 1))) || i + 1 >= n || text.charCodeAt(i + 1) !== 0x20) {
      i++;
      continue;
    }
    // Next units: one space on, or two or three (a gap between spelled words, read as one space), one
    // character that ends there (unitEnds). at: the units; gap: whether a word gap comes before each.
    // A gap joins two spelled words of two characters or more each ("T  -  o  -  r" is no word).
    const at = [i];
    const gap = [false];
    let letters = isAsciiLetter(text.charCodeAt(i)) ? 1 : 0;
    let j = i;
    let word = 1;
    for (;;) {
      let g = j + 1;
      while (g < n && g - j <= 4 && text.charCodeAt(g) === 0x20) g++;
      const spaces = g - j - 1;
      if (spaces < 1 || spaces > 3 || g >= n || !isSpelledUnit(text.charCodeAt(g)) || !unitEnds(text, g)) break;
      if (spaces > 1 && (word < 2 || g + 2 >= n || text.charCodeAt(g + 1) !== 0x20 || !isSpelledUnit(text.charCodeAt(g + 2)))) break;
      word = spaces > 1 ? 1 : word + 1;
      j = g;
      at.push(j);
      gap.push(spaces > 1);
      if (isAsciiLetter(text.charCodeAt(j))) letters++;
    }
    // text[i, j] is the run.
    if (at.length >= SPELLED_MIN && letters >= SPELLED_LETTERS) {
      map ??= new Int32Array(n + 1);
      for (let k = last; k < i; k++) map[m++] = k;
      out += text.slice(last, i);
      for (let q = 0; q < at.length; q++) {
        if (gap[q]) {
          map[m++] = at[q - 1] + 1;
          out += ' ';
        }
        map[m++] = at[q];
        out += text[at[q]];
      }
      last = j + 1;
    }
    i = j + 1;
  }
  if (map === null) return null;
  for (let k = last; k < n; k++) map[m++] = k;
  map[m] = n;
  out += text.slice(last);
  return { text: out, map: map.subarray(0, m + 1) };
}

/** Digits a number written in words holds at least to be read (numberWordsCopy). */
const NUMBER_RUN_DIGITS = 7;
/**
 * Word tokens in a row a number written in words holds at least, and digits other than nought its words
 * read as ("null, null, null" in JSON, "oh, oh, oh" are no number; "double one" holds two).
 */
const NUMBER_RUN_WORDS = 3;
/** Digit groups written as digits before a run's first word token that are read with it, at most. */
const NUMBER_RUN_LEAD = 4;

/** One token of a number written in words: a number word (or two: "double five", "twenty-three"), or a group of digits. */
interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
  /** A number word (not a group of digits). */
  readonly word: boolean;
}

/** A unit of a word, for number words: an ASCII letter, digit or '_', or a Latin letter (U+00C0–024F but × and ÷). */
function isNumberWordUnit(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x5f || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** A comma, full stop, hyphen or slash: the one mark a separator between number words may hold. */
function isNumberMark(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x2d || c === 0x2f;
}

/** End of the word that starts at i. */
function numberWordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isNumberWordUnit(text.charCodeAt(j))) j++;
  return j;
}

/** Start of the word that ends at j (not before `bound`). */
function numberWordStart(text: string, j: number, bound: number): number {
  let i = j;
  while (i > bound && isNumberWordUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Start of the next word when a separator between number words (SRC_NUMBER_SEP: one to three spaces or
 * tabs, then one comma, full stop, hyphen or slash and up to three more; or that mark and up to three)
 * starts at i and a word follows it; else -1.
 */
function numberSepEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && j - i < 4 && isBlank(text.charCodeAt(j))) j++;
  if (j - i > 3) return -1;
  if (j < n && isNumberMark(text.charCodeAt(j))) {
    const k = ++j;
    while (j < n && j - k < 4 && isBlank(text.charCodeAt(j))) j++;
    if (j - k > 3) return -1;
  }
  return j === i || j >= n || !isNumberWordUnit(text.charCodeAt(j)) ? -1 : j;
}

/** numberSepEnd backwards: the end of the word before, when a separator ends at i and a word ends where it starts; else -1. */
function numberSepStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && i - j < 4 && isBlank(text.charCodeAt(j - 1))) j--;
  if (i - j > 3) return -1;
  if (j > 0 && isNumberMark(text.charCodeAt(j - 1))) {
    const k = --j;
    while (j > 0 && k - j < 4 && isBlank(text.charCodeAt(j - 1))) j--;
    if (k - j > 3) return -1;
  }
  return j === i || j === 0 || !isNumberWordUnit(text.charCodeAt(j - 1)) ? -1 : j;
}

/** Whether text[i, j) is ASCII digits only. */
function isNumeral(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return j > i;
}

/** The number word text[i, j) is (any case), or undefined. */
function numberWordAt(text: string, i: number, j: number): NumberWord | undefined {
  if (j - i > NUMBER_WORD_MAX || !isAsciiLetter(text.charCodeAt(i))) return undefined;
  return NUMBER_WORDS.get(text.slice(i, j).toLowerCase());
}

/** Whether the word text[i, j) may be one of a number written in words: a number word or a group of digits. */
function mayBeNumberToken(text: string, i: number, j: number): boolean {
  return isNumeral(text, i, j) || numberWordAt(text, i, j) !== undefined;
}

/**
 * The token of a number written in words that starts with the word at i, or null: a group of digits; a unit
 * word or a teen; a tens word, with the unit word one space or hyphen on that completes it ("twenty-three",
 * "twenty three"; not zero); "double" or "triple" with the unit word one space or hyphen on.
 */
function numberTokenAt(text: string, i: number): NumberToken | null {
  const j = numberWordEnd(text, i);
  if (isNumeral(text, i, j)) return { start: i, end: j, digits: text.slice(i, j), word: false };
  const w = numberWordAt(text, i, j);
  if (w === undefined) return null;
  if (w.kind === 'unit' || w.kind === 'teen') return { start: i, end: j, digits: w.digits, word: true };
  // The unit word after a tens word or "double": one space or hyphen on.
  const c = text.charCodeAt(j);
  let unit: NumberWord | undefined;
  let e = j;
  if ((c === 0x20 || c === 0x2d) && j + 1 < text.length) {
    e = numberWordEnd(text, j + 1);
    unit = numberWordAt(text, j + 1, e);
    if (unit !== undefined && unit.kind !== 'unit') unit = undefined;
  }
  if (w.kind === 'tens') {
    return unit === undefined || unit.digits === '0'
      ? { start: i, end: j, digits: w.digits, word: true }
      : { start: i, end: e, digits: w.digits[0] + unit.digits, word: true };
  }
  return unit === undefined ? null : { start: i, end: e, digits: unit.digits.repeat(w.times), word: true };
}

/**
 * The run of a chain of tokens that is read, or null: from up to NUMBER_RUN_LEAD groups of digits before its
 * first word token to its end, when that holds NUMBER_RUN_DIGITS digits, NUMBER_RUN_WORDS word tokens in a
 * row, and NUMBER_RUN_WORDS digits other than nought read from words ("one zero zero zero double one zero"
 * holds three, as "one zero zero zero one one zero" does).
 */
function numberRun(chain: readonly NumberToken[]): readonly NumberToken[] | null {
  let first = 0;
  while (first < chain.length && !chain[first].word) first++;
  if (first === chain.length) return null;
  const from = Math.max(0, first - NUMBER_RUN_LEAD);
  let digits = 0;
  let row = 0;
  let most = 0;
  let nonzero = 0;
  for (let k = from; k < chain.length; k++) {
    const t = chain[k];
    digits += t.digits.length;
    if (!t.word) {
      row = 0;
      continue;
    }
    if (++row > most) most = row;
    for (let d = 0; d < t.digits.length; d++) if (t.digits.charCodeAt(d) !== 0x30) nonzero++;
  }
  return digits >= NUMBER_RUN_DIGITS && most >= NUMBER_RUN_WORDS && nonzero >= NUMBER_RUN_WORDS ? chain.slice(from) : null;
}

/**
 * Where a chain of number tokens that holds the word at s can start: back from that word over separators
 * and words that may be tokens (mayBeNumberToken), not before `bound` (where the scan so far ended, a point
 * no chain crosses). No chain crosses the point returned either.
 */
function numberChainStart(text: string, s: number, bound: number): number {
  let c = numberWordStart(text, s, bound);
  while (c > bound) {
    const e = numberSepStart(text, c);
    if (e <= bound) break;
    const b = numberWordStart(text, e, bound);
    if (!mayBeNumberToken(text, b, e)) break;
    c = b;
  }
  return c;
}

/**
 * Scan text from `from` (a point no chain crosses) word by word: each chain of number tokens (one token,
 * then a separator and a token, again and again), and its run when one is read (numberRun), pushed to
 * `runs`. Stops at the first word at or after `until` that no chain reached, and returns where it stopped.
 */
function scanNumberChains(text: string, from: number, until: number, runs: (readonly NumberToken[])[]): number {
  const n = text.length;
  const chain: NumberToken[] = [];
  let p = from;
  for (;;) {
    while (p < n && !isNumberWordUnit(text.charCodeAt(p))) p++;
    if (p >= n || p >= until) return p;
    let t = numberTokenAt(text, p);
    if (t === null) {
      p = numberWordEnd(text, p);
      continue;
    }
    chain.length = 0;
    for (;;) {
      chain.push(t);
      const q = numberSepEnd(text, t.end);
      const u = q < 0 ? null : numberTokenAt(text, q);
      if (u === null) break;
      t = u;
    }
    const run = numberRun(chain);
    if (run !== null) runs.push(run);
    p = t.end;
  }
}

/** A text with its numbers written in words read as digits (as long as the text), and the original span of each unit. */
export interface NumberWordsCopy {
  readonly text: string;
  /** Per unit of `text`, and one more (`text.length` maps to the original's length): where it starts in the original. */
  readonly starts: Int32Array;
  /** Per unit of `text`, and one more: where it ends in the original. */
  readonly ends: Int32Array;
}

/**
 * `text` with every number written in words read as its digits ("my number is five five five, two six
 * seven one" → "my number is 5552671" and spaces), or null when it holds none. A number is a chain of
 * tokens (digit words of English, Spanish, French, German and Italian, "oh" and "o" for zero; English teens
 * and tens, "twenty-three"; "double" and "triple" before a digit word; groups of digits), one separator
 * apart (one to three spaces or tabs, with one comma, full stop, hyphen or slash among them at most; no line
 * break, no "and"); it is read when it holds NUMBER_RUN_DIGITS digits, NUMBER_RUN_WORDS word tokens in a row
 * and as many digits other than nought read from words (numberRun), and only from up to NUMBER_RUN_LEAD groups of digits before its
 * first word. The digits are joined without separators; each maps to its whole token (both words of "double
 * five", each digit of a group to itself). Spaces follow them up to the run's own length, each an empty span
 * at the run's end, so the copy is as long as the text and every other unit keeps its offset: a context word
 * is as far from an entity in the copy as in the text (a stream's window hands the detectors a bounded stretch
 * of text before what it decides, hold.ts), and the rest of the text maps to itself. Looks only where
 * RE_NUMBER_WORDS (three number words in a row) matches; linear.
 */
export function numberWordsCopy(text: string): NumberWordsCopy | null {
  const found = matchAll(RE_NUMBER_WORDS, text);
  if (found.length === 0) return null;
  const runs: (readonly NumberToken[])[] = [];
  let pos = 0;
  for (const m of found) {
    if (m.end <= pos) continue;
    pos = scanNumberChains(text, m.start > pos ? numberChainStart(text, m.start, pos) : pos, m.end, runs);
  }
  if (runs.length === 0) return null;
  const n = text.length;
  const starts = new Int32Array(n + 1);
  const ends = new Int32Array(n + 1);
  let out = '';
  let m = 0;
  let last = 0;
  for (const run of runs) {
    for (let k = last; k < run[0].start; k++, m++) {
      starts[m] = k;
      ends[m] = k + 1;
    }
    out += text.slice(last, run[0].start);
    for (const t of run) {
      for (let d = 0; d < t.digits.length; d++, m++) {
        starts[m] = t.word ? t.start : t.start + d;
        ends[m] = t.word ? t.end : t.start + d + 1;
      }
      out += t.digits;
    }
    // Spaces up to the run's own length (a token has no more digits than characters), each an empty span at
    // its end: the copy keeps every other unit where it was.
    // (m was run[0].start before the digits: the copy so far is as long as the text.)
    last = run[run.length - 1].end;
    out += ' '.repeat(last - m);
    for (; m < last; m++) {
      starts[m] = last;
      ends[m] = last;
    }
  }
  for (let k = last; k < n; k++, m++) {
    starts[m] = k;
    ends[m] = k + 1;
  }
  starts[m] = n;
  ends[m] = n;
  out += text.slice(last);
  return { text: out, starts: starts.subarray(0, m + 1), ends: ends.subarray(0, m + 1) };
}

/**
 * Start of a number written in words that `text` may end in, still being written (later text may make it
 * one, or a longer one: numberWordsCopy), or text.length when it ends in none: the last word, when it may
 * grow into a number word or is digits, or a separator so far after a word that may be a token, and the
 * words that may be tokens before them, one separator apart, from NUMBER_RUN_LEAD groups of digits before
 * the first number word among them (the last NUMBER_RUN_LEAD groups when there is none).
 */
export function numberWordsTail(text: string): number {
  const n = text.length;
  // Word starts of the chain, last first, and whether each is a number word (or may grow into one).
  const at: number[] = [];
  const word: boolean[] = [];
  let c: number;
  if (n > 0 && isNumberWordUnit(text.charCodeAt(n - 1))) {
    c = numberWordStart(text, n, 0);
    const digits = isNumeral(text, c, n);
    if (!digits && (n - c > NUMBER_WORD_MAX || !isAsciiLetter(text.charCodeAt(c)) || !NUMBER_WORD_PREFIXES.has(text.slice(c, n).toLowerCase()))) return n;
    at.push(c);
    word.push(!digits);
  } else {
    c = n;
  }
  for (;;) {
    const e = numberSepStart(text, c);
    if (e < 0) break;
    const b = numberWordStart(text, e, 0);
    if (!mayBeNumberToken(text, b, e)) break;
    at.push(b);
    word.push(!isNumeral(text, b, e));
    c = b;
  }
  if (at.length === 0) return n;
  // The first number word of the chain (its last entry), and up to NUMBER_RUN_LEAD groups before it.
  const first = word.lastIndexOf(true);
  return at[Math.min(at.length - 1, first + NUMBER_RUN_LEAD)];
}


const NO_SIGNALS: Readonly<Record<SignalName, number>> = Object.freeze(emptySignals());
const NO_DECODED: DecodedSpan[] = Object.freeze([]) as unknown as DecodedSpan[];

/**
 * Whether `input` normalises to itself with nothing decoded and no signal: ASCII, no whitespace or
 * leetspeak folding, and no decoding (off, too deep, or a primed gate that saw no candidate shape, no
 * rot13 reading asked for and no character reference hiding text; a primed gate also saw no spelled-out run).
 */
function isPlain(input: string, options: NormalizeOptions, depth: number): boolean {
  if (options.whitespace === true || options.leet === true) return false;
  const decode = (options.decode ?? true) && depth <= (options.maxDepth ?? 2);
  if (decode && (!(input === primedText && !primedLive.includes(true)) || (options.rot13 === true && depth === 1) ||
    ((options.pieces ?? 0) > 0 && input.includes('&') && hidesText(input)))) return false;
  return isAscii(input);
}

function normalizeAt(input: string, options: NormalizeOptions, signals: Record<SignalName, number>, budget: DecodeBudget, depth: number): Normalized {
  const whitespace = options.whitespace ?? false;
  const leet = options.leet ?? false;
  let result: NormalizedText;
  let core: Core;
  // Fast path: NFKC, invisible stripping and confusable folding are the identity on ASCII. The
  // offset map is then the identity too: it is only materialised if a caller reads `starts`/`ends`.
  if (isPlain(input, options, depth)) return new NormalizedText(input, input, null, signals);
  const identity = !whitespace && !leet && isAscii(input);
  const invisibleBefore = signals.invisible;
  if (identity) {
    core = { text: input, plain: input, map: null, tagRuns: [] };
    result = new NormalizedText(input, input, null, signals);
  } else {
    core = normalizeCore(input, { confusables: options.confusables ?? true, whitespace, leet }, signals);
    result = new NormalizedText(input, core.text, core.map, signals);
  }
  const toOriginal = (s: number, e: number): [number, number] => result.toOriginal(s, e);
  const decoded = result.decoded;
  const maxDepth = options.maxDepth ?? 2;
  if ((options.decode ?? true) && depth <= maxDepth) {
    const maxSpan = options.maxDecodeSpan ?? 4096;
    const pieces = options.pieces ?? 0;
    // One decoded text: normalised and decoded again one level deeper. `map` takes offsets of the decoded
    // text to the original (runs of bytes); without it a finding covers the whole span.
    // `more`: another piece of the run just added, which takes no span of the budget.
    // `copy`: a whole-text copy (copyOf, DecodedSpan.copy), its characters not charged.
    const add = (start: number, end: number, encoding: DecodedSpan['encoding'], text: string, map?: (s: number, e: number) => [number, number], more = false, copy = false): boolean => {
      if ((!more && budget.spans <= 0) || (!copy && budget.chars < text.length)) {
        signals.decode_limit++;
        signals.decode_budget++;
        return false;
      }
      if (!copy) budget.chars -= text.length;
      if (!more) {
        budget.spans--;
        if (encoding !== 'tags') signals[encoding]++;
      }
      const inner = normalizeAt(text, options, signals, budget, depth + 1);
      const own = map === undefined ? undefined : (s: number, e: number): [number, number] => map(...inner.toOriginal(s, e));
      decoded.push({ start, end, encoding, depth, text: inner.text, toOriginal: own, ...(copy ? { copy } : {}) });
      for (const d of inner.decoded) {
        if (map === undefined) decoded.push({ start, end, encoding: d.encoding, depth: d.depth, text: d.text });
        else {
          const [a, b] = map(d.start, d.end);
          const dm = d.toOriginal;
          decoded.push({ start: a, end: b, encoding: d.encoding, depth: d.depth, text: d.text, toOriginal: (x, y) => (dm === undefined ? [a, b] : map(...dm(x, y))) });
        }
      }
      return true;
    };
    for (const t of core.tagRuns) if (!isFlagTag(input, t)) add(t.start, t.end, 'tags', t.text);
    // Each piece of a run of bytes that reads as text (readPiece), mapped through `place` (offsets in the
    // run's own text to the original); one budget span per run. False when the budget ran out.
    const readRun = (run: EncodedBytes, first: Piece | null, size: number, enc: RunEncoding, place: (s: number, e: number) => [number, number]): boolean => {
      const bytes = run.bytes;
      let counted = false;
      for (let p = 0; p < bytes.length; p += size - PIECE_OVERLAP) {
        const q = Math.min(bytes.length, p + size);
        const piece = p === 0 ? first : readPiece(bytes, p, q);
        if (piece !== null) {
          // Offsets of the piece's text (UTF-16 units) to its bytes, to the run's characters, to the original.
          const { a, b } = piece;
          const map = (x: number, y: number): [number, number] => {
            const bx = piece.at(x);
            const by = Math.max(bx + 1, piece.at(y));
            return place(run.from(Math.min(bx, b - 1)), run.to(Math.min(by, b) - 1));
          };
          const [s0, e0] = place(run.from(a), run.to(b - 1));
          if (!add(s0, e0, enc, piece.text, map, counted)) return false;
          counted = true;
        }
        if (q >= bytes.length) break;
      }
      return true;
    };
    // Runs of variation selectors (invisible, so only a text that had some removed can hold one), read
    // in the original, where they are.
    if (!identity && signals.invisible - invisibleBefore >= SELECTOR_MIN_RUN) {
      for (const { start, run } of selectorRuns(input)) {
        if (pieces === 0 && run.bytes.length > maxSpan) { signals.decode_limit++; continue; }
        if (budget.spans <= 0) { signals.decode_limit++; signals.decode_budget++; break; }
        const size = pieces === 0 ? Infinity : Math.max(pieces, 2 * PIECE_OVERLAP);
        const first = readPiece(run.bytes, 0, Math.min(run.bytes.length, size));
        if (first === null && run.bytes.length <= size) continue;
        if (!readRun(run, first, size, 'variation_selectors', (x, y) => [start + x, start + y])) break;
      }
    }
    const text = core.plain;
    // Runs read in place (runsInPlace), one whole-text copy per encoding, made after the runs read one span each.
    const inPlace: { enc: RunEncoding; runs: readonly DecodedRun[] }[] = [];
    // Candidates of `re` (cut down to their encoded part by `bounds`, when given): bytes that read as text,
    // each finding mapped to the characters of its own bytes. A run longer than maxSpan is skipped, or
    // (pieces) read in overlapping pieces of that many bytes, each of which must read as text on its own (every
    // piece: bytes that are not text, an image's or a prefix written to hide what follows, do not end the
    // reading); one budget span per run. A run that starts the text may have been cut there: the first
    // alignment whose first piece reads as text is taken (the run's own, when none does).
    const tryRuns = (
      re: typeof RE_BASE64, enc: RunEncoding,
      bounds?: (text: string, start: number, end: number) => { start: number; end: number } | null,
      cut: readonly { start: number; end: number }[] = [],
      given?: readonly { start: number; end: number }[],
    ): void => {
      const candidates = given ?? (re === RE_BASE64 ? joinWrapped(text, isAscii(text) ? base64Spans(text) : matchAll(re, text)) : matchAll(re, text));
      // Many short runs of base64, base32 or hex that read as text whole (the message bodies of a mail API's
      // listing) are read in place, as one whole-text copy: one span each would spend the budget. A run that
      // starts the text (which may have been cut there) and longer runs keep their reading in pieces.
      let inPlaceStarts: Set<number> | null = null;
      // The bytes read for that decision, by candidate start: the reading below reuses them (one decoding each).
      let readAt: Map<number, EncodedBytes | null> | null = null;
      if (pieces > 0 && candidates.length > RUNS_IN_PLACE && (enc === 'base64' || enc === 'base32' || enc === 'hex')) {
        const whole: DecodedRun[] = [];
        readAt = new Map();
        for (const m of candidates) {
          if (m.start === 0 || m.end - m.start > IN_PLACE_CHARS) continue;
          const eb = runBytes(enc, text.slice(m.start, m.end), 0);
          readAt.set(m.start, eb);
          const s = eb === null ? null : textOf(eb.bytes);
          if (s !== null) whole.push({ start: m.start, end: m.end, text: s, bytes: eb! });
        }
        if (whole.length > RUNS_IN_PLACE) {
          inPlace.push({ enc, runs: whole });
          inPlaceStarts = new Set(whole.map((r) => r.start));
        }
      }
      for (const found of cut.length > 0 ? [...candidates, ...cut].sort((x, y) => x.start - y.start) : candidates) {
        if (inPlaceStarts !== null && inPlaceStarts.has(found.start)) continue;
        const m = bounds === undefined ? found : bounds(text, found.start, found.end);
        if (m === null) continue;
        if (pieces === 0 && m.end - m.start > maxSpan) { signals.decode_limit++; continue; }
        if (budget.spans <= 0) { signals.decode_limit++; signals.decode_budget++; return; }
        const src = text.slice(m.start, m.end);
        const size = pieces === 0 ? Infinity : Math.max(pieces, 2 * PIECE_OVERLAP);
        let eb: EncodedBytes | null = null;
        let first: Piece | null = null;
        for (let shift = 0, tries = m.start === 0 ? alignments(enc, src) : 1; shift < tries && first === null; shift++) {
          const e = shift === 0 && readAt !== null && readAt.has(m.start) ? readAt.get(m.start)! : runBytes(enc, src, shift);
          if (e === null) continue;
          first = readPiece(e.bytes, 0, Math.min(e.bytes.length, size));
          if (eb === null || first !== null) eb = e;
        }
        if (eb === null || (first === null && eb.bytes.length <= size)) continue;
        if (!readRun(eb, first, size, enc, (x, y) => toOriginal(m.start + x, m.start + y))) return;
      }
    };
    const pct = text.includes('%');
    const primed = text === primedText ? primedLive : null;
    let live: readonly boolean[] | null = primed;
    if (text.length >= 16 || pct || (text.length >= MORSE_MIN_LENGTH && hasMorseSymbol(text)) || (text.length >= BRAILLE_MIN_CELLS && !isAscii(text))) {
      // One RE2.Set pass says which candidate shapes occur at all; a shape that matches nowhere
      // would decode nothing, so skipping its pass changes nothing.
      live ??= decodeGate(text);
      if (text.length >= 20) {
        if (live[0]) tryRuns(RE_HEX, 'hex');
        if (live[1]) tryRuns(RE_BASE64, 'base64');
      }
      // Many runs of escapes or of %xx (JSON from an encoder that escapes every non-ASCII character, a table of
      // code points, a page of links with encoded queries) are read in place, as one whole-text copy each:
      // one span per run would spend the budget on ordinary data, and a payload cut into many runs is read
      // whole only in place.
      if (pct && live[2]) {
        const runs = matchAll(RE_URL, text);
        if (pieces > 0 && runs.length > RUNS_IN_PLACE) inPlace.push({ enc: 'url', runs: decodeRuns(text, runs, 'url') });
        else tryRuns(RE_URL, 'url', undefined, [], runs);
      }
      if (live[4]) tryRuns(RE_MORSE, 'morse', morseBounds);
      if (text.length >= BINARY_MIN_LENGTH) {
        const cut = cutBitRuns(text);
        if (live[5] || cut.length > 0) tryRuns(RE_BINARY, 'binary', undefined, cut);
      }
      if (live[7]) {
        const runs = matchAll(RE_ESCAPES, text);
        if (pieces > 0 && runs.length > RUNS_IN_PLACE) inPlace.push({ enc: 'escapes', runs: decodeRuns(text, runs, 'escapes') });
        else tryRuns(RE_ESCAPES, 'escapes', undefined, [], runs);
      }
      if (live[8]) tryRuns(RE_BASE32, 'base32');
      if (live[9]) tryRuns(RE_BRAILLE, 'braille');
    }
    // Whole-text copies (DecodedSpan.copy): the text read another way, each unit mapped in place. Not charged
    // to the budget: a copy costs one more reading of the text, linear like the first. With `pieces` only (the
    // rot13 copy without them reads the first maxSpan characters, as before pieces); a text over
    // WHOLE_COPY_MAX is reported unread.
    const copyOf = (encoding: DecodedSpan['encoding'], read: () => { text: string; place: (s: number, e: number) => [number, number] } | null): void => {
      if (text.length > WHOLE_COPY_MAX) {
        signals.decode_limit++;
        signals.decode_budget++;
        return;
      }
      const c = read();
      if (c !== null) add(...c.place(0, c.text.length), encoding, c.text, c.place, false, true);
    };
    for (const { enc, runs } of inPlace) copyOf(enc, () => runsInPlace(text, runs, toOriginal));
    // HTML character references that hide characters (`jane&#46;doe&#64;example&#46;com`, a sentence written
    // as `&#73;&#103;…`; core/charrefs.ts hidesText).
    if (pieces > 0 && text.includes('&') && hidesText(text)) {
      copyOf('char_refs', () => {
        const r = decodeCharRefs(text);
        return { text: r.text, place: (x, y) => toOriginal(refStart(r, x), refEnd(r, y)) };
      });
    }
    // Spelled-out runs ("j a n e . d o e @ …", what a model writes when told to spell a value out), joined.
    if (pieces > 0 && depth === 1 && text.length >= 2 * SPELLED_MIN - 1 && (primed === null || primed[6]) && maySpell(text)) {
      copyOf('spelled', () => {
        const sp = joinSpelled(text);
        return sp === null ? null : { text: sp.text, place: (x, y) => toOriginal(sp.map[x], y > x ? sp.map[y - 1] + 1 : sp.map[x]) };
      });
    }
    // Numbers written in words ("five five five, two six seven one"), read as digits, each over its words
    // (where the gate saw three number words in a row; a short text the gate did not read, by the reading's own look).
    if (pieces > 0 && depth === 1 && options.numberWords === true && (live === null || live[10])) {
      copyOf('spelled', () => {
        const nw = numberWordsCopy(text);
        return nw === null ? null : { text: nw.text, place: (x, y) => toOriginal(nw.starts[x], y > x ? nw.ends[y - 1] : nw.starts[x]) };
      });
    }
    // rot13 keeps every unit in place: a finding maps to its own characters.
    if ((options.rot13 === true && depth === 1) || (primed !== null ? primed[3] : hasRot13Marker(text))) {
      if (pieces > 0) copyOf('rot13', () => ({ text: rot13(text), place: toOriginal }));
      else if (text.length <= WHOLE_COPY_MAX) {
        const upto = Math.min(text.length, maxSpan);
        add(...toOriginal(0, upto), 'rot13', rot13(text.slice(0, upto)), toOriginal, false, true);
      }
    }
  }
  return result;
}
