// The recognizer recipe shared by the PII (and some secret) recognizers: one or more RE2 patterns, an
// optional validator (checksum, range checks) that confirms, rescales or rejects a candidate, context
// words that raise the score, and examples that must / must not match. A recognizer module exports
// one `Recognizer`; an engine compiles every active recognizer's patterns into one RE2.Set so text
// that holds no candidate is scanned once.
//
// Score meaning (all recognizers):
//   >= 0.8  validated: a checksum or strict structural check passed, or a strong structure plus context;
//   0.6–0.8 strong format without checksum (e-mail, dashed SSN, IPv4);
//   0.3–0.6 weak: the format alone is ambiguous; context words lift these above 0.6;
//   < 0.3   very weak (only reported when a policy threshold is set that low).
import { GuardError } from '../core/errors.ts';
import { compile, compileSet, escapeLiteral, matchAll, matchAllAtCandidates, matchAllSkipping, matchFew, type Match, type Re2, type SetPool } from '../core/regex.ts';
import { CAT_OTHER, categoryOf } from '../core/charclass.ts';
import type { Finding, ScanMemo } from '../core/types.ts';
import { isAsciiDigit, isAsciiLetter, isAsciiWord, isUnspacedScript } from '../core/units.ts';
import { DECODE_SHAPES, primeDecodeGate } from './normalize.ts';

export interface RecognizerPattern {
  /** Short name that appears in explanations. */
  readonly name: string;
  /** RE2 source. */
  readonly regex: string;
  readonly caseInsensitive?: boolean;
  /** Base score before validation and context. */
  readonly score: number;
  /** Capture group (1-based) that holds the entity; the rest of the match is context. */
  readonly group?: number;
  /** Drop the candidate unless a context word is near. */
  readonly contextRequired?: boolean;
  /** Where matches can start (a speed hint; findings are the same without it): see Anchor. */
  readonly anchor?: Anchor;
  /**
   * What the engine's one-pass RE2.Set looks for instead of `regex` (a speed hint; findings are the
   * same without it): a pattern that matches somewhere in every text `regex` matches somewhere in, with
   * a short reach, for a `regex` whose counted repetitions after a narrower first character make a set's
   * automaton build a state per byte on long runs of characters (see core/regex.ts machineLike).
   */
  readonly setSource?: string;
}

/**
 * A literal every match of a pattern contains: one of `literals` starts at most `within` UTF-16 units
 * after the match start (and is followed by an ASCII letter when `letterAfter`). Literals are lower-case
 * and found in any letter case, unless caseSensitive (for literals without letters, such as "@" or
 * "://", caseSensitive spares lower-casing the text). Matching then skips text before the next
 * occurrence, and stops searching when none is left (anchoredMatches).
 */
export interface Anchor {
  readonly literals: readonly string[];
  readonly within: number;
  readonly caseSensitive?: boolean;
  readonly letterAfter?: boolean;
}

/** Outcome of a validator: null rejects the candidate. */
export interface Validation {
  /** Replace the pattern score. */
  readonly score?: number;
  /** Short, content-free note for the explanation (e.g. "luhn", "mod97"). */
  readonly note?: string;
  /** Narrow the span (offsets relative to the text). */
  readonly start?: number;
  readonly end?: number;
}

/** A raw hit produced by a custom recognizer (one that is not pattern-driven). */
export interface RawHit {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly note: string;
}

export interface Recognizer {
  /** Unique id, e.g. "credit_card", "es_dni". */
  readonly id: string;
  /** Finding type emitted. */
  readonly type: string;
  /** ISO 3166 alpha-2 country for national identifiers; undefined for global entities. */
  readonly country?: string;
  readonly patterns: readonly RecognizerPattern[];
  /** Longest entity span in UTF-16 units (without context). */
  readonly maxLength: number;
  /** Lower-case context words/phrases that raise the score when found near the candidate. */
  readonly context?: readonly string[];
  /** Added to the score when context is present (default 0.35). */
  readonly contextBoost?: number;
  /** How far (UTF-16 units) before the candidate context is looked for; half that after (default 48). */
  readonly contextWindow?: number;
  validate?(value: string, text: string, start: number, end: number): Validation | null;
  /**
   * Custom recognizers find candidates themselves (after the `prefilter` pattern hit). When the
   * recognizer declares `shapes`, the engine passes `live`: per shape, whether it matches anywhere in
   * `text` (from the engine's one RE2.Set pass); without it the recognizer works that out itself.
   */
  custom?(text: string, live?: readonly boolean[], memo?: ScanMemo): RawHit[];
  /**
   * The regexes `custom` runs, in its own order. The engine adds them to its one-pass RE2.Set so a
   * shape that matches nowhere costs no separate pass.
   */
  readonly shapes?: readonly ShapeSource[];
  /** RE2 source used in the shared prefilter for custom recognizers. */
  readonly prefilter?: string;
  /** Texts that must produce a finding of `type`, and near misses that must not. */
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

/** A regex a custom recognizer runs itself (RE2 source; case-insensitive if compiled with "i"). */
export interface ShapeSource {
  readonly source: string;
  readonly caseInsensitive?: boolean;
}

interface CompiledPattern {
  readonly rec: Recognizer;
  readonly pat: RecognizerPattern | null;
  readonly re: Re2 | null;
}

export interface RecognizerEngineOptions {
  /** Detector id stamped on findings. */
  readonly detector: string;
  /** Extra context words per finding type (lower-cased on use). */
  readonly extraContext?: Readonly<Record<string, readonly string[]>>;
  /**
   * Also answer normalisation's decode gate (DECODE_SHAPES) in the engine's one set pass and hand it
   * to primeDecodeGate (ASCII text only), so normalising the text just scanned needs no set pass of
   * its own (and, when no shape occurs, no work at all). For detectors that scan through views.
   */
  readonly primeDecode?: boolean;
  /** Make the engine's full set (recognisers, shapes, decode shapes) a member of this pool (SetPool). */
  readonly setPool?: SetPool;
}

/** Compiled set of recognizers. Build once per policy load; `scan` is pure and reentrant. */
export interface RecognizerEngine {
  readonly maxMatchLength: number;
  /** Findings in `text`; `memo` is handed to the custom recognizers (DetectionContext.memo). */
  scan(text: string, memo?: ScanMemo): Finding[];
}

/**
 * Whether code point `cp` is a word character for context boundaries: an ASCII letter, or beyond ASCII
 * a Unicode letter, mark or number (\p{L}\p{M}\p{N}). Punctuation and symbols are not, whatever their
 * code point: a context word right after a curly quote, a bullet or a dash starts at a word boundary.
 * ASCII digits are not either, so a word glued to the number it labels still counts ("ssn123-45-6789",
 * "date2021-03-04").
 */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  // A lone surrogate (half of a pair cut by the window, or malformed text) counts as a word character.
  return categoryOf(cp) !== CAT_OTHER;
}

/** Whether the character ending just before `s[i]` is a word character (false at the start). */
function wordBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isWordCodePoint(0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00));
  }
  return isWordCodePoint(c);
}

/** Whether the character starting at `s[i]` is a word character (false past the end). */
function wordAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  return isWordCodePoint(s.codePointAt(i)!);
}

/** A word character a boundary is looked for around: not one of a script written without spaces (CJK, kana, Thai, Hangul). */
function isSpacedLetter(s: string, i: number): boolean {
  return wordAt(s, i) && !isUnspacedScript(s.charCodeAt(i));
}

/** The same at the character ending before `s[i]`. */
function isSpacedLetterBefore(s: string, i: number): boolean {
  return wordBefore(s, i) && !isUnspacedScript(s.charCodeAt(i - 1));
}

/**
 * Whether a context word occurs near [start, end): up to `window` units before, half that after.
 * A word must start at a word boundary ("dl#" not in "handl#"); words of up to 4 characters must
 * also end at one ("sin" not in "business"), longer ones may be prefixes ("licen" → licence/license).
 * A word of one or two characters ("m:", "id") must not follow a digit either ("DirectMap2M:" is no "m:").
 * A word that begins (ends) in a script written without spaces needs no boundary there ("我的身份证号是").
 */
export function hasContext(text: string, start: number, end: number, words: readonly string[], window: number): boolean {
  if (words.length === 0) return false;
  const a = Math.max(0, start - window);
  const b = Math.min(text.length, end + (window >> 1));
  // Long word lists (phone, postal code) on an ASCII window: one pass over the window instead of one
  // string search per word. Short lists are cheaper as string searches.
  if (words.length >= CONTEXT_SCAN_MIN_WORDS && start >= 0 && start <= end && end <= text.length && isAsciiRange(text, a, start) && isAsciiRange(text, end, b)) {
    return asciiContext(text, a, start, end, b, wordIndex(words));
  }
  const w = text.slice(a, start).toLowerCase() + ' ' + text.slice(end, b).toLowerCase();
  for (const word of words) {
    let i = w.indexOf(word);
    while (i >= 0) {
      const okStart = (!wordBefore(w, i) && !(word.length <= 2 && i > 0 && isAsciiDigit(w.charCodeAt(i - 1)))) || !isSpacedLetter(word, 0) || camelAt(text, a, start, end, i);
      const okEnd = word.length > 4 || !wordAt(w, i + word.length) || !isSpacedLetterBefore(word, word.length) || camelAt(text, a, start, end, i + word.length);
      if (okStart && okEnd) return true;
      i = w.indexOf(word, i + 1);
    }
  }
  return false;
}

/**
 * text[s, e) is an argument in a call: "(" or "," before it (a space between allowed), ")" or "," after
 * it, and an unclosed "(" right after a name earlier on the line, at most 60 characters back (within
 * the 64 units of left context a stream's window is given) ("setTimeout(fn, 86400000)"; not
 * "phones: 5551234567, 5559876543, 5550001111"). PHONE and CREDIT_CARD ask it of a bare run of digits.
 */
export function callArgument(text: string, s: number, e: number): boolean {
  let b = s - 1;
  if (b >= 0 && text.charCodeAt(b) === 32) b--;
  const before = b >= 0 ? text.charCodeAt(b) : -1;
  const after = e < text.length ? text.charCodeAt(e) : -1;
  if (!((before === 40 || before === 44) && (after === 41 || after === 44))) return false;
  for (let k = b; k >= 1 && k >= s - 60; k--) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 41) return false;
    if (c === 40) return isAsciiWord(text.charCodeAt(k - 1));
  }
  return false;
}

/**
 * text[s, e) is an operand of a product or a power: "*" or "^" right before or after it ("88157*x**56 - 126842*x**55",
 * "4828147466240000*t**12": numbers in code and its docs). PHONE, CREDIT_CARD and the national identifiers ask it.
 */
export function arithmeticOperand(text: string, s: number, e: number): boolean {
  const b = text.charCodeAt(s - 1);
  const a = text.charCodeAt(e);
  return b === 42 || b === 94 || a === 42 || a === 94;
}

/**
 * hasContext reading only the `reach` units before `start` (a word that introduces what follows it: "order",
 * "serial", "bytes"), not the text after.
 */
export function hasContextBefore(text: string, start: number, words: readonly string[], reach: number): boolean {
  const from = Math.max(0, start - reach);
  return hasContext(text.slice(from, start), start - from, start - from, words, reach);
}

/**
 * Whether position `i` of a context window (text[a, start), one space, text[end, b), lower-cased) is a
 * camel-case word boundary in the text: an ASCII capital after an ASCII lower-case letter ("patientDateOfBirth",
 * "userSsn", "dobValue"). Field names of JSON records and code carry their context words so.
 */
function camelAt(text: string, a: number, start: number, end: number, i: number): boolean {
  const n1 = start - a;
  if (i === n1 || i === n1 + 1) return false; // at the gap between the two sides
  const at = i < n1 ? a + i : end + (i - n1 - 1);
  const c = text.charCodeAt(at);
  const p = text.charCodeAt(at - 1);
  return c >= 65 && c <= 90 && p >= 97 && p <= 122;
}

const CONTEXT_SCAN_MIN_WORDS = 16;
const CONTEXT_PRECHECK_HITS = 8;

// One-entry cache of the lower-cased current text (for noContextAnywhere).
let lowerText: string | null = null;
let lowerValue = '';

/**
 * Per word list, what noContextAnywhere searches for: each word itself, or, for a word holding spaces,
 * its longest space-free part; null when a word is empty or all spaces (built once per list).
 */
const probeLists = new WeakMap<readonly string[], readonly string[] | null>();

function probesOf(words: readonly string[]): readonly string[] | null {
  let probes = probeLists.get(words);
  if (probes === undefined) {
    const out: string[] = [];
    for (const w of words) {
      let longest = '';
      for (const part of w.split(' ')) if (part.length > longest.length) longest = part;
      out.push(longest);
    }
    probes = out.every((x) => x.length > 0) ? out : null;
    probeLists.set(words, probes);
  }
  return probes;
}

/**
 * True only if hasContext is false for every window of `text`: the text is ASCII (lower-casing a
 * slice is then slicing the lower-cased text) and no word's probe occurs in the lower-cased text. A
 * window is its two halves joined by a space; a word without spaces found in it lies inside one half,
 * and of a word with spaces every space-free part does, so its longest part would occur in the whole
 * text. Exported for tests.
 */
export function noContextAnywhere(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  if (!isAsciiText(text)) return false;
  const probes = probesOf(words);
  if (probes === null) return false;
  const bytes = asciiUnits(text);
  if (bytes !== null) return !containsWord(bytes, wordIndex(probes));
  if (text !== lowerText) {
    lowerValue = text.toLowerCase();
    lowerText = text;
  }
  for (const w of probes) if (lowerValue.includes(w)) return false;
  return true;
}

/**
 * Whether some word of `idx` occurs in the lower-cased ASCII text `bytes`: the searches of
 * noContextAnywhere in one pass over the bytes, without a lower-cased copy of the text (ASCII
 * lower-casing is A–Z → a–z, one unit for one unit). A word is tried wherever its first unit occurs.
 * A word starting beyond ASCII (not indexed) or holding a capital or a non-ASCII unit never matches
 * lower-cased ASCII text, as in the string search.
 */
function containsWord(bytes: Uint8Array, idx: WordIndex): boolean {
  if (idx.empty) return true;
  const byFirst = idx.byFirst;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    const list = byFirst[c >= 65 && c <= 90 ? c + 32 : c];
    if (list === undefined) continue;
    for (const word of list) {
      const len = word.length;
      if (i + len > n) continue;
      let k = 1;
      for (; k < len; k++) {
        const d = bytes[i + k];
        if ((d >= 65 && d <= 90 ? d + 32 : d) !== word[k]) break;
      }
      if (k === len) return true;
    }
  }
  return false;
}

function isAsciiRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Context words grouped by first UTF-16 unit, as char codes (built once per word list). */
interface WordIndex {
  /** Some word is empty: it occurs everywhere, so every window has context. */
  readonly empty: boolean;
  /** Per ASCII first unit, the words starting with it (a word starting beyond ASCII cannot occur in an ASCII window). */
  readonly byFirst: readonly (readonly Uint16Array[] | undefined)[];
}
const wordIndexes = new WeakMap<readonly string[], WordIndex>();

function wordIndex(words: readonly string[]): WordIndex {
  let idx = wordIndexes.get(words);
  if (idx === undefined) {
    const byFirst: (Uint16Array[] | undefined)[] = new Array(128).fill(undefined);
    let empty = false;
    for (const w of words) {
      if (w.length === 0) { empty = true; continue; }
      const codes = Uint16Array.from({ length: w.length }, (_, i) => w.charCodeAt(i));
      if (codes[0] >= 128) continue;
      (byFirst[codes[0]] ??= []).push(codes);
    }
    idx = { empty, byFirst };
    wordIndexes.set(words, idx);
  }
  return idx;
}

/** isWordCodePoint on a unit of an ASCII window (callers treat positions outside it as non-word characters). */
function isLetterCode(c: number): boolean {
  return isWordCodePoint(c);
}

/** Scratch for the lower-cased window of asciiContext (synchronous use only). */
let windowUnits = new Uint8Array(256);

/**
 * hasContext on an ASCII window: the window string lower(text[a, start)) + ' ' + lower(text[end, b))
 * is built as bytes in a scratch array instead of strings (ASCII lower-casing is A–Z → a–z, one unit
 * for one unit). Each word is tried at every position where its first unit occurs, with the same
 * boundary rules, so the answer is the one the string searches give.
 */
function asciiContext(text: string, a: number, start: number, end: number, b: number, idx: WordIndex): boolean {
  if (idx.empty) return true;
  const n1 = start - a;
  const n = n1 + 1 + (b - end);
  if (windowUnits.length < n) windowUnits = new Uint8Array(Math.max(n, windowUnits.length * 2));
  const w = windowUnits;
  for (let k = 0; k < n1; k++) {
    const c = text.charCodeAt(a + k);
    w[k] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  w[n1] = 32;
  for (let k = n1 + 1; k < n; k++) {
    const c = text.charCodeAt(end + k - n1 - 1);
    w[k] = c >= 65 && c <= 90 ? c + 32 : c;
  }
  const byFirst = idx.byFirst;
  for (let i = 0; i < n; i++) {
    const list = byFirst[w[i]];
    if (list === undefined) continue;
    for (const word of list) {
      const len = word.length;
      if (i + len > n) continue;
      let k = 1;
      while (k < len && w[i + k] === word[k]) k++;
      if (k < len) continue;
      const okStart = i === 0 || (!isLetterCode(w[i - 1]) && !(len <= 2 && isAsciiDigit(w[i - 1]))) || !isLetterCode(word[0]) || camelAt(text, a, start, end, i);
      const okEnd = len > 4 || i + len >= n || !isLetterCode(w[i + len]) || !isLetterCode(word[len - 1]) || camelAt(text, a, start, end, i + len);
      if (okStart && okEnd) return true;
    }
  }
  return false;
}

export function buildRecognizerEngine(recs: readonly Recognizer[], opts: RecognizerEngineOptions): RecognizerEngine {
  const compiled: CompiledPattern[] = [];
  const sources: string[] = [];
  let maxLen = 0;
  for (const rec of recs) {
    const window = rec.contextWindow ?? 48;
    maxLen = Math.max(maxLen, rec.maxLength + window + (window >> 1));
    if (rec.custom !== undefined) {
      if (rec.prefilter === undefined) throw new Error(`recognizer ${rec.id}: custom recognizer needs a prefilter`);
      compiled.push({ rec, pat: null, re: null });
      sources.push(rec.prefilter);
      continue;
    }
    for (const pat of rec.patterns) {
      compiled.push({ rec, pat, re: compile(`${rec.id}/${pat.name}`, pat.regex, pat.caseInsensitive ? 'i' : '') });
      const source = pat.setSource ?? pat.regex;
      sources.push(pat.caseInsensitive ? `(?i:${source})` : source);
    }
  }
  const set = compileSet(opts.detector, sources);
  // The same set extended with the custom recognizers' shapes: one pass answers both which
  // recognizers to run and which of their shapes can match. If it cannot answer (RE2.Set gives up on
  // pathological input) the plain set above is used, exactly as without shapes.
  const shapeBase = new Map<Recognizer, number>();
  const fullSources = sources.slice();
  for (const rec of recs) {
    if (rec.custom === undefined || rec.shapes === undefined || rec.shapes.length === 0) continue;
    shapeBase.set(rec, fullSources.length - sources.length);
    for (const sh of rec.shapes) fullSources.push(sh.caseInsensitive ? `(?i:${sh.source})` : sh.source);
  }
  // Normalisation's decode shapes go last: live flags for primeDecodeGate, nothing else reads them.
  const decodeBase = fullSources.length;
  if (opts.primeDecode === true) fullSources.push(...DECODE_SHAPES);
  let fullSet: ReturnType<typeof compileSet> | null = null;
  if (fullSources.length > sources.length) {
    try {
      fullSet = opts.setPool !== undefined ? opts.setPool.member(`${opts.detector}/shapes`, fullSources, opts.detector) : compileSet(`${opts.detector}/shapes`, fullSources);
    } catch {
      fullSet = null; // too large for one RE2.Set: each recognizer then prefilters its own shapes
    }
  }
  const nSources = sources.length;
  const ctxWords = new Map<Recognizer, string[]>();
  for (const rec of recs) {
    const extra = opts.extraContext?.[rec.type] ?? [];
    ctxWords.set(rec, [...(rec.context ?? []), ...extra.map((w) => w.toLowerCase())]);
  }

  return {
    maxMatchLength: maxLen,
    scan(text: string, memo?: ScanMemo): Finding[] {
      if (text.length === 0 || set.size === 0) return [];
      let hits: number[];
      let shapeLive: boolean[] | null = null;
      let all: number[] | null = null;
      // Malformed text (lone surrogates; see literalGate) takes the unoptimised path: the plain set only.
      if (fullSet !== null && text.isWellFormed()) {
        try {
          all = fullSet.match(text);
        } catch {
          all = null;
        }
      }
      if (all !== null) {
        hits = [];
        shapeLive = new Array<boolean>(decodeBase - nSources).fill(false);
        let decodeLive: boolean[] | null = null;
        if (decodeBase < fullSources.length) decodeLive = new Array<boolean>(DECODE_SHAPES.length).fill(false);
        for (const i of all) {
          if (i < nSources) hits.push(i);
          else if (i < decodeBase) shapeLive[i - nSources] = true;
          else decodeLive![i - decodeBase] = true;
        }
        // Before the early return below: a text with no candidate is normalised next all the same.
        if (decodeLive !== null) primeDecodeGate(text, decodeLive);
      } else {
        hits = set.match(text);
      }
      if (hits.length === 0) return [];
      const out: Finding[] = [];
      const seenCustom = new Set<Recognizer>();
      // Per recogniser with context-required patterns (date of birth, passport and driving licence have
      // several), whether the text holds none of its words: asked once, on its first such pattern hit.
      let noContext: Map<Recognizer, boolean> | null = null;
      for (const i of hits) {
        const { rec, pat, re } = compiled[i];
        const words = ctxWords.get(rec)!;
        const window = rec.contextWindow ?? 48;
        const boost = rec.contextBoost ?? 0.35;
        if (pat === null || re === null) {
          if (seenCustom.has(rec)) continue;
          seenCustom.add(rec);
          const base = shapeBase.get(rec);
          const live = shapeLive !== null && base !== undefined ? shapeLive.slice(base, base + rec.shapes!.length) : undefined;
          const found = rec.custom!(text, live, memo);
          // Many hits (log lines full of dates): when no context word occurs anywhere in the text, no
          // window holds one either (see noContextAnywhere), so one search replaces a window per hit.
          const none = found.length >= CONTEXT_PRECHECK_HITS && noContextAnywhere(text, words);
          for (const h of found) {
            const ctx = !none && hasContext(text, h.start, h.end, words, window);
            const score = Math.min(1, ctx ? h.score + boost : h.score);
            out.push({ detector: opts.detector, type: rec.type, start: h.start, end: h.end, score: round(score), explanation: `${rec.id}: ${h.note}${ctx ? '; context' : ''}` });
          }
          continue;
        }
        // A pattern that needs a context word, in a text that holds none of its recogniser's words: no
        // candidate can be reported, so its matches are not looked for.
        if (pat.contextRequired === true) {
          noContext ??= new Map();
          let none = noContext.get(rec);
          if (none === undefined) noContext.set(rec, (none = noContextAnywhere(text, words)));
          if (none) continue;
        }
        for (const m of pat.anchor === undefined ? matchAllFast(re, text) : anchoredMatches(pat.anchor, re, text, ANCHORED_BYTES)) {
          if (m.end === m.start) continue;
          let start = m.start;
          let end = m.end;
          if (pat.group !== undefined) {
            const g = m.groups[pat.group - 1];
            if (g === undefined || g.length === 0) continue;
            const rel = text.slice(m.start, m.end).lastIndexOf(g);
            if (rel < 0) continue;
            start = m.start + rel;
            end = start + g.length;
          }
          if (pat.contextRequired && !hasContext(text, start, end, words, window)) continue;
          if (rec.country !== undefined && gluedToNumber(text, start, end)) continue;
          const value = text.slice(start, end);
          let score = pat.score;
          let note = pat.name;
          if (rec.validate !== undefined) {
            const v = rec.validate(value, text, start, end);
            if (v === null) continue;
            if (v.score !== undefined) score = v.score;
            if (v.note !== undefined) note += `, ${v.note}`;
            if (v.start !== undefined) start = v.start;
            if (v.end !== undefined) end = v.end;
          }
          const ctx = hasContext(text, start, end, words, window);
          if (pat.contextRequired && !ctx) continue;
          if (ctx) score = Math.min(1, score + boost);
          out.push({ detector: opts.detector, type: rec.type, start, end, score: round(score), explanation: `${rec.id}: ${note}${ctx ? '; context' : ''}` });
        }
      }
      return dedupe(out);
    },
  };
}

/**
 * A national identifier's match text[start, end) that starts with a digit is part of another number: a float's
 * fraction or integer part ("11.615898132184", "446982500250.5"), its exponent after it ("-8.90384387e-02" read as
 * a DNI "90384387e"), a field between colons ("arn:aws:iam::509284790694:user/x": an AWS account), an operand of a
 * product or a power ("371438283744*x3**7"), or a bare run of digits passed to a call ("sqrt(405639795226)").
 */
function gluedToNumber(text: string, start: number, end: number): boolean {
  if (!isAsciiDigit(text.charCodeAt(start))) return false;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (before === 46 && isAsciiDigit(text.charCodeAt(start - 2))) return true; // "."
  if (after === 46 && isAsciiDigit(text.charCodeAt(end + 1))) return true;
  if (before === 58 && after === 58) return true; // ":"
  if (arithmeticOperand(text, start, end)) return true;
  let digits = true;
  for (let k = start; k < end && digits; k++) digits = isAsciiDigit(text.charCodeAt(k));
  if (digits && callArgument(text, start, end)) return true;
  // An exponent: "e" or "E", then a sign or a digit, right after the match or as its last character.
  const expAt = (k: number): boolean => (text.charCodeAt(k) | 32) === 101 && (text.charCodeAt(k + 1) === 43 || text.charCodeAt(k + 1) === 45 || isAsciiDigit(text.charCodeAt(k + 1))) && isAsciiDigit(text.charCodeAt(k - 1));
  return expAt(end) || expAt(end - 1);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Sort by position and drop exact duplicates (same span and type), keeping the highest score. */
export function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type) || b.score - a.score);
  const out: Finding[] = [];
  for (const f of findings) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.start === f.start && prev.end === f.end && prev.type === f.type) continue;
    out.push(f);
  }
  return out;
}

/**
 * A one-pass prefilter over a custom recognizer's own regexes (its "shapes"): `live(text)` says which
 * of them match anywhere in `text`, so the recognizer runs only those (a regex that matches nowhere
 * yields no candidates, so skipping it changes nothing). One RE2.Set pass replaces one pass per shape.
 * If the set cannot answer (RE2.Set gives up on pathological input), every shape is reported live,
 * which is exactly the behaviour without the prefilter. Build once at module load.
 */
export interface ShapeGate {
  /** Per shape index: may it match in `text`? */
  live(text: string): readonly boolean[];
}

export function shapeGate(id: string, shapes: readonly ShapeSource[]): ShapeGate {
  const set = compileSet(id, shapes.map((s) => (s.caseInsensitive ? `(?i:${s.source})` : s.source)));
  const all: readonly boolean[] = shapes.map(() => true);
  return {
    live(text: string): readonly boolean[] {
      // Malformed text (lone surrogates; see literalGate) takes the unoptimised path: every shape runs.
      if (!text.isWellFormed()) return all;
      let hits: number[];
      try {
        hits = set.match(text);
      } catch {
        return all;
      }
      const out = new Array<boolean>(shapes.length).fill(false);
      for (const i of hits) out[i] = true;
      return out;
    },
  };
}

/**
 * `words.some((w) => text.includes(w))` in one RE2.Set pass instead of one string search per word
 * (the words become escaped literal patterns, so the answer is the same). Falls back to the string
 * searches if the set cannot answer. Build once at module load.
 */
export interface LiteralGate {
  any(text: string): boolean;
}

export function literalGate(id: string, words: readonly string[]): LiteralGate {
  const set = compileSet(id, words.map(escapeLiteral));
  return {
    any(text: string): boolean {
      // Malformed text (lone surrogates, which re2 only sees after core/regex.ts has replaced them)
      // takes the plain string searches: the answer cannot depend on that replacement.
      if (!text.isWellFormed()) return words.some((w) => text.includes(w));
      try {
        return set.match(text).length > 0;
      } catch {
        return words.some((w) => text.includes(w));
      }
    },
  };
}

// One-entry cache: the text of the current scan as bytes when it is ASCII. The hand-written scanners
// (tokens, capitalised runs, digit shapes, ISO dates) walk it with typed-array loads, which are
// cheaper than charCodeAt (most of all on sliced or concatenated strings). Synchronous use only: the
// bytes are valid until the next call with another text.
let unitsText: string | null = null;
let unitsValue: Uint8Array | null = null;
let unitsScratch: Buffer = Buffer.allocUnsafeSlow(1 << 14);
const UNITS_MAX = 1 << 20;

/** The UTF-16 units of `text` as bytes when every unit is ASCII (see above), else null. */
export function asciiUnits(text: string): Uint8Array | null {
  if (text === unitsText) return unitsValue;
  const n = text.length;
  let value: Uint8Array | null = null;
  if (n <= UNITS_MAX && Buffer.byteLength(text, 'utf8') === n) { // a lone surrogate takes 3 bytes
    if (unitsScratch.length < n) unitsScratch = Buffer.allocUnsafeSlow(Math.max(n, unitsScratch.length * 2));
    unitsScratch.write(text, 0, n, 'latin1');
    value = unitsScratch.subarray(0, n);
  }
  unitsText = text;
  unitsValue = value;
  return value;
}

// One-entry cache: the recognizers of one scan ask about the same text in turn (synchronously).
let asciiText: string | null = null;
let asciiValue = false;

/** Whether every UTF-16 unit of `text` is ASCII (one-entry cache). */
export function isAsciiText(text: string): boolean {
  if (text === asciiText) return asciiValue;
  // Every unit below 0x80 exactly when the UTF-8 length is the unit count (a lone surrogate takes 3 bytes).
  const ascii = Buffer.byteLength(text, 'utf8') === text.length;
  asciiText = text;
  asciiValue = ascii;
  return ascii;
}

/**
 * The non-ASCII characters that JavaScript lower-cases into ASCII (U+0130 İ → "i̇", U+212A Kelvin
 * sign → "k") or that RE2's case-insensitive matching folds onto an ASCII letter (U+017F ſ ~ s,
 * U+212A ~ k). test/detectors/pii-fold.test.ts derives this list from both over every code point.
 */
export const ASCII_FOLDING: readonly string[] = ['\u0130', '\u017f', '\u212a'];

// One-entry cache (the recognizers of one scan ask about the same text in turn).
let foldText: string | null = null;
let foldValue = false;

/**
 * Whether, for a list of lower-case phrases, "the lower-cased text contains a phrase" equals "the
 * case-insensitive alternation of the phrases matches the text" (which the engine's one set pass
 * answers). True for ASCII text, and for well-formed text without an ASCII_FOLDING character:
 * there every other non-ASCII character lower-cases to one non-ASCII unit and RE2 folds it onto no
 * ASCII letter, so an ASCII phrase character matches the same ASCII text characters both ways. A
 * phrase's own non-ASCII characters must fold alike in both (test/detectors/pii-fold.test.ts checks
 * the engine shapes that rely on this: "’", "ó").
 */
export function foldsLikeAscii(text: string): boolean {
  if (text === foldText) return foldValue;
  let value = isAsciiText(text);
  if (!value && text.isWellFormed()) {
    value = true;
    for (const c of ASCII_FOLDING) if (text.includes(c)) value = false;
  }
  foldText = text;
  foldValue = value;
  return value;
}

/**
 * The same matches as `matchAll(re, text)` (same order, offsets and groups), by the cheapest walk on
 * ASCII text: one with at most FEW_MATCHES matches is read from its bytes (matchFew); more matches
 * are collected through one native `replace` walk instead of one `exec` call per match (`exec`
 * builds a result object per match, which dominates on match-dense text such as log lines full of
 * dates and numbers), where the offsets re2 hands the callback are exact and O(1). Other text, an
 * empty match (where the two walks step differently) or named groups take `matchAll`.
 */
export function matchAllFast(re: Re2, text: string): Match[] {
  if (!isAsciiText(text)) return matchAll(re, text);
  const few = matchFew(re, text, Math.max(FEW_MATCHES, Math.floor(text.length / FEW_CHARS)));
  if (few !== null) return few;
  const out: Match[] = [];
  let fallback = false;
  re.lastIndex = 0;
  // The Re2 type is declared as a RegExp; re2's instance method replace(str, fn) is what runs here.
  (re as unknown as { replace(s: string, fn: (...args: unknown[]) => string): string }).replace(text, (...args: unknown[]): string => {
    const m = args[0] as string;
    const last = args.length - 1;
    if (m.length === 0 || typeof args[last] !== 'string') {
      fallback = true;
      return '';
    }
    const start = args[last - 1] as number;
    out.push({ start, end: start + m.length, groups: args.slice(1, last - 1) as (string | undefined)[] });
    return '';
  });
  re.lastIndex = 0;
  return fallback ? matchAll(re, text) : out;
}

/**
 * matchAll(re, text) for a regex with anchor `a`, scanning from each next anchor occurrence only, or,
 * given `sticky` (the regex compiled with "y") and a zero `within`, trying an anchored match at each
 * occurrence. `mayOccur(j)` false says literal j occurs nowhere in the text. A case-insensitive anchor
 * is looked for in the lower-cased text, so text is skipped through only where foldsLikeAscii holds:
 * there lower-casing keeps every offset and finds a literal exactly where RE2's case-insensitive match
 * can start (U+017F "ſ" matches "s" in RE2, not after lower-casing). The next occurrence of each literal
 * is remembered while the scan moves forward. `bytes`: see matchAllSkipping.
 */
export function anchoredMatches(a: Anchor, re: Re2, text: string, opts: AnchoredOptions = {}): Match[] {
  if (a.caseSensitive !== true && !foldsLikeAscii(text)) return matchAll(re, text);
  const { lowerOf, mayOccur = () => true, sticky = null } = opts;
  let lower: string | null = null;
  const lowered = lowerOf ?? ((): string => (lower ??= text.toLowerCase()));
  const lits = a.literals;
  const letter = a.letterAfter === true;
  const at = new Array<number>(lits.length);
  for (let j = 0; j < lits.length; j++) at[j] = mayOccur(j) ? -2 : -1;
  const next = (pos: number): number => {
    const hay = a.caseSensitive === true ? text : lowered();
    let first = -1;
    for (let j = 0; j < lits.length; j++) {
      let p = at[j];
      if (p === -1) continue; // no occurrence at or after an earlier position
      if (p < pos) {
        p = hay.indexOf(lits[j], pos);
        if (letter) while (p >= 0 && !isAsciiLetter(hay.charCodeAt(p + lits[j].length))) p = hay.indexOf(lits[j], p + 1);
        at[j] = p;
      }
      if (p >= 0 && (first < 0 || p < first)) first = p;
    }
    return first < 0 ? -1 : Math.max(pos, first - a.within);
  };
  // A match starts at its literal (within 0): one anchored try per occurrence, no scan.
  return sticky !== null && a.within === 0 ? matchAllAtCandidates(re, sticky, text, next) : matchAllSkipping(re, text, next, opts.bytes === true);
}

export interface AnchoredOptions {
  /** The lower-cased text, when the caller has it. */
  readonly lowerOf?: () => string;
  /** false: literal j occurs nowhere in the text. */
  readonly mayOccur?: (j: number) => boolean;
  /** The regex compiled with "y", for a zero `within`: one anchored try per occurrence, no scan. */
  readonly sticky?: Re2 | null;
  /** Read the first matches of short ASCII text from its bytes (see matchAllSkipping). */
  readonly bytes?: boolean;
}

/**
 * The anchored recognizer patterns (e-mail, host, URL) have at most one capture group, so a match read
 * from bytes costs a Buffer or two, less than the string walk's conversion of the whole text.
 */
const ANCHORED_BYTES: AnchoredOptions = { bytes: true };

/**
 * Matches matchFew reads from bytes before it leaves a text to the string walks (see there): two, or one
 * per FEW_CHARS characters of a longer text. On a 256 K-character document a pass over the bytes cost
 * 1.5 ns per character and ~1.8 µs per match, the string walk 6–8 ns per character (node-re2 converts
 * the text, and replace() copies it) and ~0.5 µs per match: bytes are cheaper up to one match per ~260
 * characters. With two, every recogniser pattern the set found in a long document read all of it as a
 * string: PII on documents of 256 K characters cost 102 ns per character against 32 on 4 KB texts.
 */
const FEW_MATCHES = 2;
const FEW_CHARS = 256;

/** Characters adjacent to a candidate, to reject digits glued to longer numbers (RE2 has no lookaround). */
export function charBefore(text: string, start: number): string {
  return start > 0 ? text[start - 1] : '';
}
export function charAfter(text: string, end: number): string {
  return end < text.length ? text[end] : '';
}
/** text[start, end) is part of a longer figure joined by hyphens: a "-" right before or right after it. */
export function hyphenJoined(text: string, start: number, end: number): boolean {
  return charBefore(text, start) === '-' || charAfter(text, end) === '-';
}
/** text[start, end) is part of a longer dotted figure: a "." right before it, or a "." and a digit right after it (a full stop is not). */
export function dotJoined(text: string, start: number, end: number): boolean {
  const next = charAfter(text, end + 1);
  return charBefore(text, start) === '.' || (charAfter(text, end) === '.' && next >= '0' && next <= '9');
}

/**
 * A recognizer whose bounded work budget ran out on this text (adversarial, digit-heavy input). It
 * must not silently skip the rest, so it fails like a detector timeout and the policy's
 * detector_timeout action applies (deny by default; allow is counted as fail-open).
 */
export function workExhausted(recognizer: string): GuardError {
  return new GuardError('detector_timeout', `${recognizer} recognizer work budget exhausted`);
}
