// Word tokens and phrase gazetteers for the dictionary-driven PII recognizers (LOCATION, ORGANIZATION,
// NRP, TITLE). No regular expressions: one linear pass over the characters produces word tokens, and
// gazetteer phrases are looked up by their first token in a Map, so the cost is linear in the text
// (times the small, bounded number of phrases that share a first word).
//
// Lifetime: gazetteers are built once at module load; `tokenList` keeps a one-entry cache because the
// several recognizers of one scan call it on the same text in turn (synchronously, so it is safe).

import { codeUnits } from '../../core/units.ts';
import { asciiUnits } from '../recognizer.ts';

/** One word token: a run of letters/digits with inner apostrophes or hyphens ("O'Neil", "Winston-Salem"). */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased text. */
  readonly lower: string;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Every letter is upper case and there are at least two of them ("USA", "LLC"). */
  readonly allCaps: boolean;
  /** Only digits. */
  readonly digits: boolean;
  /** Every unit is ASCII (so `lower` has the token's length and ASCII lower-casing). */
  readonly ascii: boolean;
}

const T_CAP = 1;
const T_ALL_CAPS = 2;
const T_DIGITS = 4;
const T_ASCII = 8;
/** The raw text must be lower-cased (it has capitals or is not ASCII). */
const T_FOLD = 16;

/**
 * The word tokens of one text as parallel arrays (offsets and flags), with each token's lower-case
 * text made on first use: most tokens (lower-case words between the capitalised ones) are never
 * looked up, and one object and one string per token were most of tokenizing's cost. Token i has the
 * fields of `Token`, read through the methods of the same name.
 */
export class TokenList {
  readonly length: number;
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly flags: Uint8Array;
  private readonly lowers: (string | undefined)[];
  /** Offsets, ascending, of upper-case units that follow a joining ' ’ - inside a token ("O'Neil": N). */
  readonly joinedCaps: readonly number[];
  /** Offsets, ascending, of digits that follow a joining ' ’ - inside a token ("x-123": 1). */
  readonly joinedDigits: readonly number[];

  constructor(text: string, starts: Int32Array, ends: Int32Array, flags: Uint8Array, length: number, joinedCaps: readonly number[], joinedDigits: readonly number[]) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
    this.length = length;
    this.lowers = new Array<string | undefined>(length);
    this.joinedCaps = joinedCaps;
    this.joinedDigits = joinedDigits;
  }
  /** Whether token i starts with an ASCII digit. */
  digitFirst(i: number): boolean {
    const c = this.text.charCodeAt(this.starts[i]);
    return c >= 48 && c <= 57;
  }

  start(i: number): number {
    return this.starts[i];
  }
  end(i: number): number {
    return this.ends[i];
  }
  cap(i: number): boolean {
    return (this.flags[i] & T_CAP) !== 0;
  }
  allCaps(i: number): boolean {
    return (this.flags[i] & T_ALL_CAPS) !== 0;
  }
  digits(i: number): boolean {
    return (this.flags[i] & T_DIGITS) !== 0;
  }
  ascii(i: number): boolean {
    return (this.flags[i] & T_ASCII) !== 0;
  }
  /** Token length in UTF-16 units. */
  size(i: number): number {
    return this.ends[i] - this.starts[i];
  }
  /** The token's own text. */
  raw(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }
  /** Lower-case text of token i ('' past either end, like a missing word). */
  lower(i: number): string {
    if (i < 0 || i >= this.length) return '';
    let w = this.lowers[i];
    if (w === undefined) {
      const raw = this.text.slice(this.starts[i], this.ends[i]);
      // An ASCII token without capitals is its own lower-case form.
      w = (this.flags[i] & T_FOLD) !== 0 ? raw.toLowerCase() : raw;
      this.lowers[i] = w;
    }
    return w;
  }
  /** The text between tokens i-1 and i. */
  gap(i: number): string {
    return this.text.slice(this.ends[i - 1], this.starts[i]);
  }
  /** Token i as an object (tests and gazetteer building). */
  token(i: number): Token {
    return { start: this.start(i), end: this.end(i), lower: this.lower(i), cap: this.cap(i), allCaps: this.allCaps(i), digits: this.digits(i), ascii: this.ascii(i) };
  }
}

function isLower(c: string): boolean {
  if (c >= 'a' && c <= 'z') return true;
  if (c < '\u00c0') return false;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
function isUpper(c: string): boolean {
  if (c >= 'A' && c <= 'Z') return true;
  if (c < '\u00c0') return false;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
/** Letter or digit (cased letters only beyond Latin-1: caseless scripts do not carry capitalisation cues). */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isDigit(c) || isLower(c) || isUpper(c) || (c >= '\u00c0' && c !== '\u00d7' && c !== '\u00f7' && c <= '\u024f'));
}

// Per UTF-16 unit classification, computed once per unit with the predicates above (so the flags
// are exactly what they say) and cached for the process: tokenizing then costs a table lookup per
// character instead of string comparisons and case conversions.
const F_KNOWN = 1;
const F_WORD = 2;
const F_UPPER = 4;
const F_LOWER = 8;
const F_DIGIT = 16;
const unitFlags = new Uint8Array(0x10000);

function computeFlags(code: number): number {
  const c = String.fromCharCode(code);
  return F_KNOWN | (isWordChar(c) ? F_WORD : 0) | (isUpper(c) ? F_UPPER : 0) | (isLower(c) ? F_LOWER : 0) | (isDigit(c) ? F_DIGIT : 0);
}
for (let code = 0; code < 0x80; code++) unitFlags[code] = computeFlags(code);

let cacheText: string | null = null;
let cacheTokens: TokenList | null = null;

/** Flags of a UTF-16 unit (table lookup; computed and cached on first sight). */
function flagsOf(code: number): number {
  const f = unitFlags[code];
  if (f !== 0) return f;
  const g = computeFlags(code);
  unitFlags[code] = g;
  return g;
}

// Token arrays are carved out of a shared slab instead of a new ArrayBuffer per text: allocating an
// ArrayBuffer (a native backing store, zeroed and tracked by the GC) cost as much as tokenizing a
// short prompt. A region is never handed out twice: when the slab is used up a new one is made, and
// an old slab lives on only as long as some TokenList still views it.
const SLAB_BYTES = 1 << 18;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** A fresh region for `cap` tokens (starts, ends, flags), at a 4-byte aligned offset; its bytes may be stale. */
function carve(cap: number): [Int32Array, Int32Array, Uint8Array] {
  const size = (cap * 9 + 3) & ~3;
  if (slabUsed + size > slab.byteLength) {
    slab = new ArrayBuffer(Math.max(SLAB_BYTES, size));
    slabUsed = 0;
  }
  const at = slabUsed;
  slabUsed += size;
  return [new Int32Array(slab, at, cap), new Int32Array(slab, at + cap * 4, cap), new Uint8Array(slab, at + cap * 8, cap)];
}

/**
 * Token capacity a tokenizer starts with for a text of `n` units: room for the common case (a token per
 * ~6 units); grown by doubling, never past (n + 1) / 2 tokens. The three arrays share one region of
 * the slab (see carve); only the first `count` entries are ever written or read, so stale bytes in
 * the region are never seen.
 */
function firstCapacity(n: number): number {
  return Math.min((n + 1) >> 1, 16 + (n >> 2));
}

/** Token arrays of capacity `cap` (a region of the slab, see carve) holding the tokens made so far. */
function grown(cap: number, starts: Int32Array, ends: Int32Array, flags: Uint8Array): [Int32Array, Int32Array, Uint8Array] {
  const next = carve(cap);
  next[0].set(starts);
  next[1].set(ends);
  next[2].set(flags);
  return next;
}

/** Tokenize `text` into word tokens (bounded by the text length; cached for the last text). */
export function tokenList(text: string): TokenList {
  if (text === cacheText && cacheTokens !== null) return cacheTokens;
  // ASCII text is read from a byte copy by a loop specialised for it (typed-array loads are cheaper
  // than charCodeAt on sliced or concatenated strings); other text unit by unit. Both make the same tokens.
  const bytes = asciiUnits(text);
  const list = bytes !== null ? tokenizeAscii(text, bytes) : tokenizeUnits(text);
  cacheText = text;
  cacheTokens = list;
  return list;
}

/**
 * The general tokenizer (any UTF-16 text), for text with non-ASCII units. Not cached: exported so
 * tests can hold tokenizeAscii to it.
 */
export function tokenizeUnits(text: string): TokenList {
  const n = text.length;
  // The units from a typed-array copy: cheaper to read than charCodeAt (nothing below calls codeUnits).
  const u = codeUnits(text);
  let cap0 = firstCapacity(n);
  let [starts, ends, flags] = carve(cap0);
  let count = 0;
  const joinedCaps: number[] = [];
  const joinedDigits: number[] = [];
  let i = 0;
  while (i < n) {
    let c = u[i];
    let f = flagsOf(c);
    if ((f & F_WORD) === 0) { i++; continue; }
    const start = i;
    const cap = (f & F_UPPER) !== 0;
    // Counts per UTF-16 unit of the word characters (the joining ' ’ - count as nothing). Surrogates
    // are never word characters, so a token is a run of BMP units: per-unit counts equal per-code-point
    // counts. `units` ORs every unit in (word characters and a joining ’): >= 0x80 means not ASCII.
    let letters = 0;
    let uppers = 0;
    let digits = 0;
    let units = 0;
    for (;;) {
      if ((f & F_DIGIT) !== 0) digits++;
      else if ((f & F_UPPER) !== 0) { uppers++; letters++; } else if ((f & F_LOWER) !== 0) letters++;
      units |= c;
      i++;
      if (i >= n) break;
      c = u[i];
      f = flagsOf(c);
      if ((f & F_WORD) !== 0) continue;
      // Inner apostrophe / hyphen joins two word parts.
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 45)) {
        const c2 = u[i + 1];
        const f2 = flagsOf(c2);
        if ((f2 & F_WORD) !== 0) {
          if (c === 0x2019) units |= c;
          if ((f2 & F_UPPER) !== 0) joinedCaps.push(i + 1);
          else if ((f2 & F_DIGIT) !== 0) joinedDigits.push(i + 1);
          i++;
          c = c2;
          f = f2;
          continue;
        }
      }
      break;
    }
    const ascii = units < 0x80;
    if (count === cap0) {
      cap0 = Math.min((n + 1) >> 1, cap0 * 2);
      [starts, ends, flags] = grown(cap0, starts, ends, flags);
    }
    starts[count] = start;
    ends[count] = i;
    flags[count] = (cap ? T_CAP : 0) | (uppers >= 2 && uppers === letters ? T_ALL_CAPS : 0) | (digits === i - start ? T_DIGITS : 0) |
      (ascii ? T_ASCII : T_FOLD) | (uppers > 0 ? T_FOLD : 0);
    count++;
  }
  return new TokenList(text, starts, ends, flags, count, joinedCaps, joinedDigits);
}

/** unitFlags of the 128 ASCII units (all computed at load), for the ASCII loop. */
const ASCII_FLAGS = unitFlags.slice(0, 128);

/**
 * tokenizeUnits for ASCII text, from its bytes (every unit < 0x80). The same tokens and flags with less
 * work per unit: the table needs no lazy fill, every token is ASCII, and the per-token counts become
 * bit accumulations: a unit is a digit, an upper-case or a lower-case letter or a joining ' - (never
 * two of these), so "every unit a digit" is the AND of the units' flags (a joiner has no digit flag,
 * as it makes the count fall short of the length), "every letter upper case" is "no lower-case flag
 * in the OR", and only the upper-case count is kept (for "at least two").
 */
function tokenizeAscii(text: string, bytes: Uint8Array): TokenList {
  const n = text.length;
  let cap0 = firstCapacity(n);
  let [starts, ends, flags] = carve(cap0);
  let count = 0;
  const joinedCaps: number[] = [];
  const joinedDigits: number[] = [];
  const table = ASCII_FLAGS;
  let i = 0;
  while (i < n) {
    let f = table[bytes[i]];
    if ((f & F_WORD) === 0) { i++; continue; }
    const start = i;
    const first = f;
    let any = 0;
    let every = F_DIGIT;
    let uppers = 0;
    for (;;) {
      any |= f;
      every &= f;
      uppers += (f >> 2) & 1; // F_UPPER
      if (++i >= n) break;
      const c = bytes[i];
      f = table[c];
      if ((f & F_WORD) !== 0) continue;
      // Inner apostrophe / hyphen joins two word parts.
      if ((c === 39 || c === 45) && i + 1 < n) {
        const f2 = table[bytes[i + 1]];
        if ((f2 & F_WORD) !== 0) {
          if ((f2 & F_UPPER) !== 0) joinedCaps.push(i + 1);
          else if ((f2 & F_DIGIT) !== 0) joinedDigits.push(i + 1);
          every = 0; // the joiner counts as no digit
          i++;
          f = f2;
          continue;
        }
      }
      break;
    }
    if (count === cap0) {
      cap0 = Math.min((n + 1) >> 1, cap0 * 2);
      [starts, ends, flags] = grown(cap0, starts, ends, flags);
    }
    starts[count] = start;
    ends[count] = i;
    flags[count] = ((first & F_UPPER) !== 0 ? T_CAP : 0) | (uppers >= 2 && (any & F_LOWER) === 0 ? T_ALL_CAPS : 0) |
      (every !== 0 ? T_DIGITS : 0) | T_ASCII | (uppers > 0 ? T_FOLD : 0);
    count++;
  }
  return new TokenList(text, starts, ends, flags, count, joinedCaps, joinedDigits);
}

/** tokenList(text) when it is already made (the last text tokenized), else null: for scanners that use the tokens only when they cost nothing. */
export function cachedTokenList(text: string): TokenList | null {
  return text === cacheText ? cacheTokens : null;
}

/** The tokens of `text` as objects (tests and gazetteer building; recognizers use tokenList). */
export function tokenize(text: string): Token[] {
  const list = tokenList(text);
  return Array.from({ length: list.length }, (_, i) => list.token(i));
}

/** The text between two adjacent tokens. */
export function gap(_text: string, toks: TokenList, i: number): string {
  return toks.gap(i);
}

/** Gaps allowed inside a multi-word name: one or two spaces, an abbreviation dot ("St. Louis", "U.S"), an ampersand ("AT&T"). */
export function isNameGap(g: string): boolean {
  return g === ' ' || g === '  ' || g === '.' || g === '. ' || g === '\u00a0' || g === ' & ' || g === '&';
}

/** Lower-case connector words that may appear inside capitalised names ("Rio de Janeiro", "Bank of America"). */
export const CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'les', 'el', 'of', 'the', 'and', 'upon', 'on', 'am', 'an', 'der', 'den', 'es', 'au', 'sur', 'y', 'en', 'al']);

/** Words that start sentences and are capitalised for that reason only. */
export const STOP = new Set(['i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'you', 'he', 'she', 'they', 'my', 'our', 'your', 'his', 'her', 'their',
  'please', 'thanks', 'thank', 'hi', 'hello', 'dear', 'yes', 'no', 'not', 'if', 'when', 'what', 'who', 'why', 'how', 'where', 'and', 'or', 'but', 'so',
  'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'of', 'as', 'is', 'are', 'was', 'were', 'be', 'all', 'any', 'some', 'each', 'every', 'our', 'new', 'old',
  'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had', 'here', 'there', 'then', 'also', 'after', 'before']);

/** French/Italian elided article before a capitalised word ("d'Ivoire", "l'Aquila"). */
function elided(w: string): boolean {
  return w.length > 2 && (w[0] === 'd' || w[0] === 'l') && (w[1] === "'" || w[1] === '’');
}

/** A phrase in a gazetteer. */
export interface Phrase<T> {
  readonly tokens: readonly string[];
  readonly data: T;
}

/** Phrases indexed by first token, longest first. */
export interface Gazetteer<T> {
  readonly byFirst: ReadonlyMap<string, readonly Phrase<T>[]>;
  readonly maxTokens: number;
}

/** Split a gazetteer entry into lower-case tokens the same way `tokenize` splits text. */
export function phraseTokens(s: string): string[] {
  return tokenize2(s).map((t) => t.lower);
}

// Tokenizing entries must not disturb the cache used for scanned text.
function tokenize2(s: string): Token[] {
  const saveT = cacheText;
  const saveK = cacheTokens;
  const t = tokenize(s);
  cacheText = saveT;
  cacheTokens = saveK;
  return t;
}

export function buildGazetteer<T>(entries: Iterable<readonly [string, T]>): Gazetteer<T> {
  const byFirst = new Map<string, Phrase<T>[]>();
  let maxTokens = 1;
  for (const [name, data] of entries) {
    const tokens = phraseTokens(name);
    if (tokens.length === 0) continue;
    maxTokens = Math.max(maxTokens, tokens.length);
    const list = byFirst.get(tokens[0]) ?? [];
    if (!list.some((p) => p.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, data });
    byFirst.set(tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst, maxTokens };
}

/**
 * The longest gazetteer phrase starting at token i: every non-connector token capitalised (or all
 * capitals), gaps between tokens are name gaps. Returns the phrase and the index after it.
 */
export function matchAt<T>(g: Gazetteer<T>, text: string, toks: TokenList, i: number): { phrase: Phrase<T>; next: number } | null {
  if (!toks.cap(i)) return null;
  const list = g.byFirst.get(toks.lower(i));
  if (list === undefined) return null;
  outer: for (const p of list) {
    if (i + p.tokens.length > toks.length) continue;
    for (let k = 1; k < p.tokens.length; k++) {
      const lower = toks.lower(i + k);
      if (lower !== p.tokens[k]) continue outer;
      if (!toks.cap(i + k) && !CONNECTORS.has(lower) && !elided(lower)) continue outer;
      if (!isNameGap(gap(text, toks, i + k))) continue outer;
    }
    return { phrase: p, next: i + p.tokens.length };
  }
  return null;
}

/** One to three spaces, tabs or newlines. */
export function isSpaceGap(g: string): boolean {
  if (g.length === 0 || g.length > 3) return false;
  for (const c of g) if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\u00a0') return false;
  return true;
}

/** The previous token's lower-case text, skipping an article ("in the Netherlands"), or '' at a sentence break. */
export function prevWord(text: string, toks: TokenList, i: number, skipArticle = true): string {
  let j = i - 1;
  if (j < 0) return '';
  // A gap with punctuation breaks the phrase.
  if (!isSpaceGap(text.slice(toks.end(j), toks.start(j + 1)))) return '';
  if (skipArticle && toks.lower(j) === 'the' && j > 0) {
    const g = text.slice(toks.end(j - 1), toks.start(j));
    if (g === ' ' || g === '\n') j--;
  }
  return toks.lower(j);
}

/**
 * Whether [start, end) sits on a Title Case heading line: it starts the line (after optional markdown
 * markers "#", "*", "-", "1.") and the line ends right after it (or after a colon). Headings capitalise
 * every word ("## Major Features", "Managed Services:"), so capitalisation says nothing there.
 */
export function onHeadingLine(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '#' || text[i] === '*' || text[i] === '-' || text[i] === '>' ||
    text[i] === '.' || (text[i] >= '0' && text[i] <= '9'))) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === ':' || text[j] === '*' || text[j] === '\r')) j++;
  return j >= text.length || text[j] === '\n';
}
