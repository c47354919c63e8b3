// Feature extraction for the injection classifier: hashed character n-grams (3-4 in the shipped model)
// and word 1-2-grams of the normalised text (presence or log-scaled counts, L2-normalised together),
// plus one binary feature per rule that fired inside the window. Hashing is 32-bit FNV-1a over UTF-16
// code units, masked to `hashBits`; rule features sit after the hashed block at index
// (1 << hashBits) + ruleIndex.
//
// A small open-addressing count table is reused across calls (Node runs scans on one thread), so
// extraction allocates only the output arrays and is linear in the window length.
import { isUnspacedScript } from '../../core/units.ts';

/** Feature configuration, stored in the model file. Lifetime: immutable per model. */
export interface FeatureConfig {
  readonly hashBits: number;
  readonly charNgramMin: number;
  readonly charNgramMax: number;
  /** Word n-grams up to this order (1 = unigrams only, 2 = plus bigrams). */
  readonly wordNgramMax: number;
  /** Number of rule features (equals the rule count the model was trained with). */
  readonly ruleCount: number;
  /** Window length and stride in UTF-16 code units of the normalised text. */
  readonly window: number;
  readonly stride: number;
  /** Upper bound on windows per text and scale; longer texts get proportionally wider windows. */
  readonly maxWindows: number;
  /**
   * Second, finer scale (0 = off): short windows so an instruction buried in a longer document or after
   * a long system prompt is not diluted by the surrounding benign text.
   */
  readonly subWindow: number;
  readonly subStride: number;
  /**
   * Texts longer than `longAbove` characters (absent / 0 = never, as before injection-v4.12) are cut into
   * windows of `longWindow` (stride `longStride`) instead of `window`: in a long document an instruction is a
   * small part of a full window and its n-grams are diluted by the text around it. The window count is
   * bounded as for the coarse scale (maxWindows scaled by window / longWindow, so texts widen their windows
   * from the same length on).
   */
  readonly longAbove?: number;
  readonly longWindow?: number;
  readonly longStride?: number;
  /**
   * 1 = add character unigrams and bigrams over runs of scripts written without spaces between words
   * (CJK ideographs, kana, Hangul, Thai), where word features see a whole clause as one "word" and
   * 3-5-grams are too sparse. Absent / 0 in older models (off).
   */
  readonly cjkGrams?: number;
  /**
   * N-gram feature values before L2 normalisation: 'log' = log1p(count) (absent in older models),
   * 'presence' = 1 for every distinct bucket of the window.
   */
  readonly values?: 'log' | 'presence';
}

export const DEFAULT_FEATURES: Omit<FeatureConfig, 'ruleCount'> = {
  hashBits: 20,
  charNgramMin: 3,
  charNgramMax: 4,
  wordNgramMax: 2,
  window: 1024,
  stride: 512,
  maxWindows: 64,
  subWindow: 0,
  subStride: 0,
  longAbove: 2048,
  longWindow: 512,
  longStride: 256,
  cjkGrams: 1,
  values: 'presence',
};

/** A sparse feature vector. Indices are unique, in first-seen order. */
export interface SparseVec {
  readonly idx: Int32Array;
  /** float32 (the scorer reproduces its roundings). */
  readonly val: Float32Array;
}

// Hash constants (exported for scorer.ts, which must hash exactly like extractFeatures).
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
export const SEED_CHAR = 0x9e3779b1;
export const SEED_WORD = 0x85ebca6b;
export const SEED_BIGRAM = 0xc2b2ae35;
export const SEED_CJK = 0x27d4eb2f;

/** Scripts written without spaces between words: Thai, Hangul jamo/syllables, kana, CJK ideographs. */
/** Hash bucket of an unspaced-script (CJK/Thai) character unigram. */
export function cjkUnigram(c: number, mask: number): number {
  return (Math.imul(FNV_OFFSET ^ SEED_CJK ^ c, FNV_PRIME) >>> 0) & mask;
}

/** Hash bucket of an unspaced-script character bigram. */
export function cjkBigram(prev: number, c: number, mask: number): number {
  return (Math.imul(Math.imul(FNV_OFFSET ^ SEED_CJK ^ prev, FNV_PRIME) ^ c ^ 0x10000, FNV_PRIME) >>> 0) & mask;
}

/** Bucket of the word bigram (previous word's hash, this word's hash). */
export function bigramBucket(prev: number, wh: number, mask: number): number {
  return (Math.imul((prev ^ SEED_BIGRAM) + Math.imul(wh, 0x27d4eb2d), FNV_PRIME) >>> 0) & mask;
}

// Per-call counting table: open addressing on bucket index, sized to the window so it stays in cache.
const LOG1P = Float64Array.from({ length: 256 }, (_, i) => Math.log1p(i));

let keys = new Int32Array(0);
let counts = new Float32Array(0);
let order = new Int32Array(0);
let tableMask = 0;
let used = 0;

function resetTable(maxItems: number): void {
  let size = 1024;
  while (size < maxItems * 2) size *= 2;
  if (keys.length < size) {
    keys = new Int32Array(size).fill(-1);
    counts = new Float32Array(size);
    order = new Int32Array(size);
  } else {
    // Clear only the slots the previous call used (the table is larger than most calls need).
    for (let k = 0; k < used; k++) keys[order[k]] = -1;
  }
  tableMask = size - 1;
  used = 0;
}

function addBucket(b: number): void {
  let slot = Math.imul(b, 0x9e3779b1) >>> 0 & tableMask;
  for (;;) {
    const k = keys[slot];
    if (k === b) {
      counts[slot] += 1;
      return;
    }
    if (k === -1) {
      keys[slot] = b;
      counts[slot] = 1;
      order[used++] = slot;
      return;
    }
    slot = (slot + 1) & tableMask;
  }
}

/** Word characters: ASCII letters/digits, apostrophe-free; any non-ASCII code unit except common punctuation blocks. */
export function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
  if (c >= 0x2000 && c <= 0x2bff) return false; // general punctuation, arrows, math, boxes
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xbf || c === 0xa1 || c === 0x60c || c === 0x964 || c === 0x965) return false;
  return true;
}

/** Windows of one scale over a text of length `len`. Always covers the whole text. */
function scaleWindows(len: number, window: number, stride: number, maxWindows: number, out: Array<[number, number]>): void {
  if (len <= window) {
    out.push([0, len]);
    return;
  }
  let w = window;
  let s = stride;
  let n = Math.ceil((len - w) / s) + 1;
  if (n > maxWindows) {
    // Widen windows (keeping the overlap ratio) so the count stays bounded and coverage stays complete.
    s = Math.ceil(len / (maxWindows + 1));
    w = Math.ceil((s * window) / stride);
    n = Math.ceil((len - w) / s) + 1;
  }
  for (let k = 0; k < n; k++) {
    const a = Math.min(k * s, Math.max(0, len - w));
    out.push([a, Math.min(len, a + w)]);
  }
}

/**
 * Window boundaries [start, end) over a text of length `len`: the coarse scale covering the whole text (the
 * long-text windows instead, above `longAbove`), then the fine scale when the text is longer than one fine
 * window.
 */
export function windowsOf(len: number, cfg: FeatureConfig): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const long = cfg.longAbove !== undefined && cfg.longAbove > 0 && len > cfg.longAbove;
  if (long) scaleWindows(len, cfg.longWindow!, cfg.longStride!, Math.round((cfg.maxWindows * cfg.window) / cfg.longWindow!), out);
  else scaleWindows(len, cfg.window, cfg.stride, cfg.maxWindows, out);
  if (cfg.subWindow > 0 && len > cfg.subWindow) scaleWindows(len, cfg.subWindow, cfg.subStride, cfg.maxWindows, out);
  return out;
}

/**
 * Features of `text.slice(start, end)` (normalised text) with the given rule indices fired in it.
 * Returns hashed n-gram features (log1p count, L2-normalised) followed by binary rule features.
 */
export function extractFeatures(text: string, start: number, end: number, rules: readonly number[], cfg: FeatureConfig): SparseVec {
  const dim = 1 << cfg.hashBits;
  const mask = dim - 1;
  const n = end - start;
  resetTable((n + 2) * (cfg.charNgramMax - cfg.charNgramMin + 1) + 4 * n + 8);
  // Character n-grams, with a virtual space at both ends so word edges are marked.
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  for (let i = start - 1; i < end; i++) {
    let h = FNV_OFFSET ^ SEED_CHAR;
    for (let k = 0; k < cmax; k++) {
      const p = i + k;
      if (p > end) break;
      const c = p < start || p === end ? 0x20 : text.charCodeAt(p);
      h = Math.imul(h ^ c, FNV_PRIME);
      if (k + 1 >= cmin) addBucket(Math.imul(h ^ (k + 1), FNV_PRIME) & mask);
    }
  }
  // Unigrams and bigrams of unspaced-script characters.
  if (cfg.cjkGrams === 1) {
    let prev = -1;
    for (let p = start; p < end; p++) {
      const c = text.charCodeAt(p);
      if (!isUnspacedScript(c)) {
        prev = -1;
        continue;
      }
      addBucket(cjkUnigram(c, mask));
      if (prev >= 0) addBucket(cjkBigram(prev, c, mask));
      prev = c;
    }
  }
  // Word unigrams and bigrams.
  let prevWord = 0;
  let havePrev = false;
  let h = 0;
  let inWord = false;
  for (let p = start; p <= end; p++) {
    const c = p < end ? text.charCodeAt(p) : 0x20;
    if (isWordUnit(c)) {
      if (!inWord) {
        h = FNV_OFFSET ^ SEED_WORD;
        inWord = true;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (inWord) {
      inWord = false;
      const wh = h >>> 0;
      addBucket(wh & mask);
      if (cfg.wordNgramMax >= 2 && havePrev) addBucket(bigramBucket(prevWord, wh, mask));
      prevWord = wh;
      havePrev = true;
    }
  }
  const nt = used;
  const presence = cfg.values === 'presence';
  const idx = new Int32Array(nt + rules.length);
  const val = new Float32Array(nt + rules.length);
  let sq = 0;
  for (let k = 0; k < nt; k++) {
    const slot = order[k];
    const cnt = counts[slot];
    const v = presence ? 1 : cnt < LOG1P.length ? LOG1P[cnt] : Math.log1p(cnt);
    idx[k] = keys[slot];
    val[k] = v;
    sq += v * v;
  }
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  for (let k = 0; k < nt; k++) val[k] *= inv;
  let m = nt;
  const seen = new Set<number>();
  for (const r of rules) {
    if (r < 0 || r >= cfg.ruleCount || seen.has(r)) continue;
    seen.add(r);
    idx[m] = dim + r;
    val[m] = 1;
    m++;
  }
  return m === idx.length ? { idx, val } : { idx: idx.subarray(0, m), val: val.subarray(0, m) };
}
