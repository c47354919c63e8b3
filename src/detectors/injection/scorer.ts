// Fast window scoring for the injection model: the raw linear sum of every window of one normalised
// text, bit-identical to `(margin(extractFeatures(text, a, b, rules, cfg)) - bias) / scale` for each
// window, without building sparse vectors. Used by model.ts score(); training keeps the reference path.
//
// Presence-valued models (injection-v4 and later, the shipped one): every distinct n-gram bucket of a
// window has the same value 1 / sqrt(m), m being the number of distinct buckets, so margin() defines the
// window's raw sum as (integer sum of their weights) * fround(1 / sqrt(m)): exact in any order (model.ts
// margin). Counts and first-seen order do not matter, only which buckets occur, so a window is scored
// with one bit per bucket in a bitmap of all 2^hashBits buckets (128 KB for 2^20: stays in L2):
//  - each n-gram event tests and sets its bucket's bit; the bucket is always written at list[m], and m
//    advances only when the bit was clear (about half of the events are new, unpredictably: no branch,
//    no probe loop);
//  - at the window's end the listed (distinct) buckets' weights are summed from the dense int16 vector and
//    their bitmap words zeroed, so the bitmap is empty between windows. Those reads are independent of each
//    other, so their cache misses overlap; reading the weight inside the event loop instead (masked by the
//    new bit) measured slower, and so did a packed copy of the non-zero weights (rank arithmetic on every
//    read), which the earlier id-table scorer used.
// Until the twenty-fifth round n-grams were given compact ids through an open-addressing table and
// counted per window (needed for log counts); the bitmap does a quarter fewer instructions per byte and
// reads less scattered memory (BENCHMARKS.md finding 27).
//
// Each group of consecutive windows spanning at most WHOLE_TEXT_LIMIT characters (one window, for most
// prompts) is hashed once into per-position buckets (character n-grams inside the range, unspaced-script
// grams, words with their bigrams), and each window then reads its run of those and recomputes only what
// touches its edges (the virtual spaces before and after it, and words it cuts), exactly as
// extractFeatures sees the window on its own. (A fused hash-and-test pass for a lone window measured no
// faster than storing its buckets first.)
//
// Log-count models (values 'log': older model files and training experiments; none ships) are scored by
// the reference path itself (extractFeatures and margin's sum), exact by construction and slower.
// test/detectors/injection-scorer.test.ts holds both kinds to the training path.
//
// Scratch buffers are module-level and reused (scans run on one thread and nothing here yields); buffers
// grown for a very long window are dropped afterwards (release).
import { LITTLE_ENDIAN, isUnspacedScript } from '../../core/units.ts';
import { FNV_OFFSET, FNV_PRIME, SEED_CHAR, SEED_WORD, bigramBucket, cjkBigram, cjkUnigram, extractFeatures, isWordUnit, type FeatureConfig } from './features.ts';

/** isWordUnit over ASCII as a table (the word loops test every character). */
const WORD_ASCII = Uint8Array.from({ length: 0x80 }, (_, c) => (isWordUnit(c) ? 1 : 0));
const fround = Math.fround;
/** Longest range hashed at once for the windows inside it (its per-position scratch stays small and reused). */
const WHOLE_TEXT_LIMIT = 1 << 14;
/** Scratch capacity above which buffers are released after the call. */
const KEEP_CAPACITY = 1 << 17;

/** One bit per bucket; all zero between windows. */
let seen = new Int32Array(1 << 15);
/** The current window's distinct buckets in list[0, distinct) (see mark); sized for every event of the window. */
let list = new Int32Array(4096);
/** Distinct buckets of the current window so far: list[0, distinct). */
let distinct = 0;

/** The current range's characters, then a space (presenceRange). */
let buf = new Uint16Array(2048);
let bufBytes = Buffer.from(buf.buffer);
// Per position of the current range: bucket of the character n-gram of each length that lies inside the
// range (charB[q * grams + len - cmin]), unspaced-script unigram and bigram buckets (-1: none).
let charB = new Int32Array(0);
let cjkU = new Int32Array(0);
let cjkB = new Int32Array(0);
// Per word of the current range: start, end (text positions), hash, unigram and bigram (with the previous
// word of the range) buckets.
let wStart = new Int32Array(0);
let wEnd = new Int32Array(0);
let wHash = new Int32Array(0);
let wUni = new Int32Array(0);
let wBi = new Int32Array(0);
let rLo = 0;
let rWords = 0;
let rCjk = false;

function nextPow2(n: number): number {
  let s = 1024;
  while (s < n) s *= 2;
  return s;
}

/** Prepare the bitmap for `hashBits` and the list for a window of at most `events` n-gram events. */
function begin(hashBits: number, events: number): void {
  const words = Math.max(1, 1 << Math.max(0, hashBits - 5));
  if (seen.length !== words) seen = new Int32Array(words);
  if (list.length < events + 1) list = new Int32Array(nextPow2(events + 1));
  distinct = 0;
}

/** The window's raw sum: its distinct buckets' weights, summed; clears their bitmap words. */
function end(ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  const m = distinct;
  const ls = list;
  const sn = seen;
  let s = 0;
  for (let k = 0; k < m; k++) {
    const b = ls[k];
    sn[b >>> 5] = 0;
    s += weights[b];
  }
  const z = m > 0 ? s * fround(1 / Math.sqrt(m)) : 0;
  return ruleSum(z, ruleFeats, cfg, weights);
}

/** Adds the rule features (value 1), de-duplicated and range-checked like extractFeatures, one by one (as margin()). */
function ruleSum(z: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  const dim = 1 << cfg.hashBits;
  for (let k = 0; k < ruleFeats.length; k++) {
    const r = ruleFeats[k];
    if (r < 0 || r >= cfg.ruleCount) continue;
    let dup = false;
    for (let q = 0; q < k; q++) if (ruleFeats[q] === r) dup = true;
    if (dup) continue;
    z += weights[dim + r] * 1;
  }
  return z;
}

/**
 * Test and set bucket b in bitmap sn; write it at ls[m]; returns m + 1 when it was new, else m (see the
 * header). Small enough to be inlined into the loops below.
 */
function mark(sn: Int32Array, ls: Int32Array, m: number, b: number): number {
  const word = b >>> 5;
  const sh = b & 31;
  const x = sn[word];
  sn[word] = x | (1 << sh);
  ls[m] = b;
  return m + (((x >>> sh) & 1) ^ 1);
}

/** One event outside the run of interior character n-grams (edges, words, unspaced-script grams). */
function addEvent(b: number): void {
  distinct = mark(seen, list, distinct, b);
}

/** The events ev[from, to) (buckets), with the state in locals: most of a window's events are this run. */
function addRun(ev: Int32Array, from: number, to: number): void {
  const sn = seen;
  const ls = list;
  let m = distinct | 0;
  for (let q = from | 0; q < to; q++) m = mark(sn, ls, m, ev[q]);
  distinct = m;
}

function setBuf(b: Uint16Array<ArrayBuffer>): void {
  buf = b;
  bufBytes = Buffer.from(b.buffer);
}

// ---------- ranges and windows ----------

/**
 * Hash every n-gram and word of text[lo, hi) once into per-position buckets (as if the range were the
 * whole text); the windows inside it are then summed by presenceWindow.
 */
function presenceRange(text: string, lo: number, hi: number, cfg: FeatureConfig): void {
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  const grams = cmax - cmin + 1;
  const mask = (1 << cfg.hashBits) - 1;
  const n = hi - lo;
  if (buf.length < n + 1) setBuf(new Uint16Array(nextPow2(n + 1)));
  if (charB.length < n * grams) charB = new Int32Array(nextPow2(n * grams));
  if (cjkU.length < n) {
    cjkU = new Int32Array(nextPow2(n));
    cjkB = new Int32Array(nextPow2(n));
  }
  const words = (n >> 1) + 2;
  if (wStart.length < words) {
    const cap = nextPow2(words);
    wStart = new Int32Array(cap);
    wEnd = new Int32Array(cap);
    wHash = new Int32Array(cap);
    wUni = new Int32Array(cap);
    wBi = new Int32Array(cap);
  }
  rLo = lo;
  const bf = buf;
  if (LITTLE_ENDIAN && lo === 0 && hi === text.length) bufBytes.write(text, 0, 'utf16le');
  else for (let p = lo; p < hi; p++) bf[p - lo] = text.charCodeAt(p);
  bf[n] = 0x20; // ends the last word
  rangeChars(bf, n, cmin, cmax, mask);
  const top = rangeWords(bf, n, lo, mask, cfg.wordNgramMax >= 2);
  rCjk = false;
  if (cfg.cjkGrams === 1 && top >= 0x0e00) {
    let prev = -1;
    for (let q = 0; q < n; q++) {
      const c = bf[q];
      if (c < 0x0e00 || !isUnspacedScript(c)) {
        cjkU[q] = -1;
        prev = -1;
        continue;
      }
      rCjk = true;
      cjkU[q] = cjkUnigram(c, mask);
      cjkB[q] = prev >= 0 ? cjkBigram(prev, c, mask) : -1;
      prev = c;
    }
  }
}

/** Buckets of the character n-grams of bf[0, n) that lie fully inside it, into charB (see presenceRange). */
function rangeChars(bf: Uint16Array, n: number, cmin: number, cmax: number, mask: number): void {
  const h0 = (FNV_OFFSET ^ SEED_CHAR) | 0;
  const prime = FNV_PRIME | 0;
  const lo = cmin | 0;
  const hi = cmax | 0;
  const mk = mask | 0;
  const grams = hi - lo + 1;
  const ev = charB;
  const last = (n | 0) - hi; // starts i <= last have all cmax characters inside
  let i = 0;
  if (lo === 3 && hi === 4 && last >= 0) {
    let c1 = bf[0];
    let c2 = bf[1];
    let c3 = bf[2];
    for (; i <= last; i++) {
      const c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = bf[i + 3];
      const h3 = Math.imul(Math.imul(Math.imul(h0 ^ c0, prime) ^ c1, prime) ^ c2, prime);
      ev[i * 2] = Math.imul(h3 ^ 3, prime) & mk;
      ev[i * 2 + 1] = Math.imul(Math.imul(h3 ^ c3, prime) ^ 4, prime) & mk;
    }
  }
  for (; i <= last; i++) {
    let h = h0;
    const base = i * grams - lo + 1;
    for (let k = 0; k < hi; k++) {
      h = Math.imul(h ^ bf[i + k], prime);
      if (k + 1 >= lo) ev[base + k] = Math.imul(h ^ (k + 1), prime) & mk;
    }
  }
}

/**
 * Words of bf[0, n] (bf[n] is a space; text position = q + lo): maximal runs of word units, with their
 * unigram and (range-wide) bigram buckets; sets rWords. Returns the largest code unit seen.
 */
function rangeWords(bf: Uint16Array, n: number, lo: number, mask: number, bigrams: boolean): number {
  const h0 = (FNV_OFFSET ^ SEED_WORD) | 0;
  const prime = FNV_PRIME | 0;
  const ws = wStart;
  const we = wEnd;
  const wh = wHash;
  const wu = wUni;
  const wb = wBi;
  let nw = 0;
  let h = 0;
  let inWord = false;
  let start = 0;
  let prevH = 0;
  let top = 0;
  for (let q = 0; q <= n; q++) {
    const c = bf[q];
    top = c > top ? c : top;
    if (c < 0x80 ? WORD_ASCII[c] === 1 : isWordUnit(c)) {
      if (!inWord) {
        h = h0;
        inWord = true;
        start = q;
      }
      h = Math.imul(h ^ c, prime);
    } else if (inWord) {
      inWord = false;
      const hw = h >>> 0;
      ws[nw] = start + lo;
      we[nw] = q + lo;
      wh[nw] = hw;
      wu[nw] = hw & mask;
      wb[nw] = bigrams && nw > 0 ? bigramBucket(prevH, hw, mask) : -1;
      prevH = hw;
      nw++;
    }
  }
  rWords = nw;
  return top;
}

/** The character n-grams starting at `i` of window [a, b) (virtual spaces at a - 1 and b), exactly as extractFeatures. */
function edgeGrams(text: string, i: number, a: number, b: number, cfg: FeatureConfig): void {
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  const mask = (1 << cfg.hashBits) - 1;
  let h = FNV_OFFSET ^ SEED_CHAR;
  for (let k = 0; k < cmax; k++) {
    const p = i + k;
    if (p > b) break;
    const c = p < a || p === b ? 0x20 : text.charCodeAt(p);
    h = Math.imul(h ^ c, FNV_PRIME);
    if (k + 1 >= cmin) addEvent(Math.imul(h ^ (k + 1), FNV_PRIME) & mask);
  }
}

function wordHash(text: string, from: number, to: number): number {
  let h = FNV_OFFSET ^ SEED_WORD;
  for (let p = from; p < to; p++) h = Math.imul(h ^ text.charCodeAt(p), FNV_PRIME);
  return h >>> 0;
}

/**
 * Raw sum of window [a, b) inside the range of the last presenceRange call, with rule features
 * `ruleFeats`: equal to `(margin(extractFeatures(text, a, b, ruleFeats, cfg)) - bias) / scale`.
 */
function presenceWindow(text: string, a: number, b: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  const cmax = cfg.charNgramMax;
  const grams = cmax - cfg.charNgramMin + 1;
  const mask = (1 << cfg.hashBits) - 1;
  const n = b - a;
  begin(cfg.hashBits, (n + 2) * grams + 4 * n + 8);
  // Character n-grams starting at a - 1 .. b - 1. Those at positions a .. b - cmax lie inside the window
  // and are a contiguous run of charB; the others touch a virtual space and are recomputed.
  const interiorEnd = b - cmax;
  edgeGrams(text, a - 1, a, b, cfg);
  if (interiorEnd >= a) addRun(charB, (a - rLo) * grams, (interiorEnd - rLo + 1) * grams);
  for (let i = Math.max(a, interiorEnd + 1); i < b; i++) edgeGrams(text, i, a, b, cfg);
  if (rCjk) {
    for (let p = a; p < b; p++) {
      const u = cjkU[p - rLo];
      if (u < 0) continue;
      addEvent(u);
      if (p > a) {
        const bi = cjkB[p - rLo];
        if (bi >= 0) addEvent(bi);
      }
    }
  }
  // Words overlapping [a, b); the first and last may be cut by the window and are rehashed, and a bigram
  // with a cut word is recomputed.
  let lo = 0;
  let hi = rWords;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wEnd[mid] > a) hi = mid;
    else lo = mid + 1;
  }
  const bigrams = cfg.wordNgramMax >= 2;
  let prevH = 0;
  let prevCut = false;
  for (let j = lo; j < rWords && wStart[j] < b; j++) {
    const s = wStart[j];
    const e = wEnd[j];
    const cut = s < a || e > b;
    const wh = cut ? wordHash(text, s < a ? a : s, e > b ? b : e) : wHash[j] >>> 0;
    addEvent(cut ? wh & mask : wUni[j]);
    if (bigrams && j > lo) addEvent(cut || prevCut ? bigramBucket(prevH, wh, mask) : wBi[j]);
    prevH = wh;
    prevCut = cut;
  }
  return end(ruleFeats, cfg, weights);
}

/** Drop scratch buffers grown past KEEP_CAPACITY by a very long text. */
function release(): void {
  if (list.length > KEEP_CAPACITY * 4) list = new Int32Array(4096);
  if (buf.length > KEEP_CAPACITY) setBuf(new Uint16Array(2048));
  if (charB.length > KEEP_CAPACITY * 3) charB = new Int32Array(0);
  if (cjkU.length > KEEP_CAPACITY) {
    cjkU = new Int32Array(0);
    cjkB = new Int32Array(0);
  }
  if (wStart.length > KEEP_CAPACITY) {
    wStart = new Int32Array(0);
    wEnd = new Int32Array(0);
    wHash = new Int32Array(0);
    wUni = new Int32Array(0);
    wBi = new Int32Array(0);
  }
}

// ---------- log counts: the reference path ----------

/** Raw sum of window [a, b) of a log-count model: margin()'s sum over extractFeatures' vector, in its order. */
function referenceSum(text: string, a: number, b: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  const v = extractFeatures(text, a, b, ruleFeats, cfg);
  let z = 0;
  for (let k = 0; k < v.idx.length; k++) z += weights[v.idx[k]] * v.val[k];
  return z;
}

/**
 * Raw sums (before bias and scale) of the windows `ranges` of `text`, into `out[k]`. `ruleFeats[k]` are
 * the rule feature positions fired in window k. `weights` is the dense int16 weight vector of length
 * (1 << hashBits) + ruleCount. Per call; keeps no reference to its arguments.
 */
export function windowSums(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  ruleFeats: ReadonlyArray<readonly number[]>,
  cfg: FeatureConfig,
  weights: Int16Array,
  out: Float64Array,
): void {
  if (cfg.values !== 'presence') {
    for (let k = 0; k < ranges.length; k++) out[k] = referenceSum(text, ranges[k][0], ranges[k][1], ruleFeats[k], cfg, weights);
    return;
  }
  // Windows come in increasing order. Consecutive windows are grouped so that their union spans at most
  // WHOLE_TEXT_LIMIT characters; each group is hashed once (over the union: a window inside a range is
  // scored exactly as inside the whole text) and its windows summed from that. A window alone in its
  // group (one window, or one wider than the limit) is a range of its own.
  let k = 0;
  while (k < ranges.length) {
    const lo = ranges[k][0];
    let j = k;
    while (j + 1 < ranges.length && ranges[j + 1][0] >= lo && ranges[j + 1][1] - lo <= WHOLE_TEXT_LIMIT) j++;
    let hi = ranges[k][1];
    for (let q = k; q <= j; q++) hi = Math.max(hi, ranges[q][1]);
    presenceRange(text, lo, hi, cfg);
    for (let q = k; q <= j; q++) out[q] = presenceWindow(text, ranges[q][0], ranges[q][1], ruleFeats[q], cfg, weights);
    k = j + 1;
  }
  release();
}
