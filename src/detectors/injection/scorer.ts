// Fast window scoring for the injection model: the raw linear sum of every window of one normalised
// text, bit-identical to `margin(extractFeatures(text, a, b, rules, cfg))` for each window, but without
// building the sparse vectors.
//
// Why it is faster: overlapping windows (stride = window / 2) see most n-grams twice. Here every
// n-gram of the text is hashed and looked up once, and given a compact per-text id (the table and the
// weight read happen once per distinct bucket per text instead of once per window). A window is then
// the concatenation of precomputed id runs, with only the few n-grams that touch its edges (the
// virtual spaces before and after the window, and words cut by the window) recomputed the slow way.
// Counting per window uses small dense arrays indexed by compact id and an epoch stamp.
//
// Bit-identity: the sum is taken in exactly the order extractFeatures emits features (first-seen order
// of buckets: character n-grams, then unspaced-script grams, then words; then rule features), with the
// same float32 roundings of the values, so the result is equal with ===, not merely close.
//
// Scratch buffers are module-level and reused (Node runs scans on one thread); buffers grown for a very
// long text are dropped afterwards so a single large request does not pin memory.
import { FNV_OFFSET, FNV_PRIME, SEED_BIGRAM, SEED_CHAR, SEED_CJK, SEED_WORD, isUnspacedScript, isWordUnit, type FeatureConfig } from './features.ts';

const LOG1P = Float64Array.from({ length: 256 }, (_, i) => Math.log1p(i));
const fround = Math.fround;

/** Texts longer than this are scored window by window (each window its own range): bounded memory. */
const WHOLE_TEXT_LIMIT = 1 << 18;
/** Scratch capacity above which buffers are released after the call. */
const KEEP_CAPACITY = 1 << 17;

// ---- bucket -> compact id table (open addressing), per range ----
// Interleaved [bucket, id] pairs so a probe touches one cache line.
let table = new Int32Array(2048).fill(-1);
let tMask = 1023;

// ---- per compact id ----
let idSlot = new Int32Array(1024); // table slot, for clearing
let idW = new Int32Array(1024); // int16 weight of the bucket
let idBucket = new Int32Array(1024); // the bucket
let idStamp = new Int32Array(1024); // window epoch of the last count
let idCnt = new Float32Array(1024); // count in the current window (float32 like extractFeatures)
let order = new Int32Array(1024); // first-seen order within the current window
let vals = new Float64Array(1024); // log1p(count) per position of `order`
let nIds = 0;
let wLoaded = 0; // ids below this have idW set
let epoch = 0;

// ---- per position / word of the current range ----
let charEv = new Int32Array(0);
let cjkUni = new Int32Array(0);
let cjkBi = new Int32Array(0);
let wStart = new Int32Array(0);
let wEnd = new Int32Array(0);
let wHash = new Uint32Array(0);
let wUni = new Int32Array(0);
let wBi = new Int32Array(0);

function nextPow2(n: number): number {
  let s = 1024;
  while (s < n) s *= 2;
  return s;
}

/** Size the scratch for a range of `n` positions whose windows need at most `maxIds` distinct ids. */
function prepare(n: number, grams: number, maxIds: number, store = true): void {
  // The table starts small (a probe that stays in L1 matters more than anything else here) and
  // doubles when half full; the per-id arrays are sized for the worst case up front.
  const tSize = nextPow2(Math.min(maxIds, n * 2) * 2);
  if (table.length < tSize * 2 || table.length > tSize * 8) {
    table = new Int32Array(tSize * 2).fill(-1);
  } else {
    for (let k = 0; k < nIds; k++) table[idSlot[k] << 1] = -1;
  }
  tMask = (table.length >> 1) - 1;
  nIds = 0;
  wLoaded = 0;
  if (idSlot.length < maxIds) {
    const cap = nextPow2(maxIds);
    idSlot = new Int32Array(cap);
    idW = new Int32Array(cap);
    idBucket = new Int32Array(cap);
    idStamp = new Int32Array(cap);
    idCnt = new Float32Array(cap);
    order = new Int32Array(cap);
    epoch = 0;
  }
  if (!store) return;
  if (charEv.length < n * grams) charEv = new Int32Array(nextPow2(n * grams));
  if (cjkUni.length < n) {
    const cap = nextPow2(n);
    cjkUni = new Int32Array(cap);
    cjkBi = new Int32Array(cap);
  }
  const words = (n >> 1) + 2;
  if (wStart.length < words) {
    const cap = nextPow2(words);
    wStart = new Int32Array(cap);
    wEnd = new Int32Array(cap);
    wHash = new Uint32Array(cap);
    wUni = new Int32Array(cap);
    wBi = new Int32Array(cap);
  }
}

function release(): void {
  // The table and the per-id arrays are released together: prepare() clears the table through idSlot.
  if (table.length > KEEP_CAPACITY * 4 || idSlot.length > KEEP_CAPACITY) {
    table = new Int32Array(2048).fill(-1);
    tMask = 1023;
    nIds = 0;
    wLoaded = 0;
    if (idSlot.length > KEEP_CAPACITY) {
      idSlot = new Int32Array(1024);
      idW = new Int32Array(1024);
      idBucket = new Int32Array(1024);
      idStamp = new Int32Array(1024);
      idCnt = new Float32Array(1024);
      order = new Int32Array(1024);
      epoch = 0;
    }
  }
  if (vals.length > KEEP_CAPACITY) vals = new Float64Array(1024);
  if (charEv.length > KEEP_CAPACITY * 3) charEv = new Int32Array(0);
  if (cjkUni.length > KEEP_CAPACITY) {
    cjkUni = new Int32Array(0);
    cjkBi = new Int32Array(0);
  }
  if (wStart.length > KEEP_CAPACITY) {
    wStart = new Int32Array(0);
    wEnd = new Int32Array(0);
    wHash = new Uint32Array(0);
    wUni = new Int32Array(0);
    wBi = new Int32Array(0);
  }
}

/** Double the table and re-insert every id (ids and their order do not change). */
function growTable(): void {
  const size = (tMask + 1) * 2;
  const t = new Int32Array(size * 2).fill(-1);
  const mask = size - 1;
  for (let id = 0; id < nIds; id++) {
    const b = idBucket[id];
    let slot = (Math.imul(b, 0x9e3779b1) >>> 0) & mask;
    while (t[slot << 1] !== -1) slot = (slot + 1) & mask;
    t[slot << 1] = b;
    t[(slot << 1) + 1] = id;
    idSlot[id] = slot;
  }
  table = t;
  tMask = mask;
}

// Bitmap of non-zero weights per weight vector (1 bit per bucket: 128 KB for 2^20 buckets, so it stays
// in L2 while the 2 MB int16 vector does not; about two thirds of the buckets a text touches have a
// zero weight and then need no read of the vector at all).
const nonZero = new WeakMap<Int16Array, Int32Array>();

function nonZeroBits(weights: Int16Array): Int32Array {
  let bits = nonZero.get(weights);
  if (bits === undefined) {
    bits = new Int32Array((weights.length + 31) >>> 5);
    for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) bits[i >>> 5] |= 1 << (i & 31);
    nonZero.set(weights, bits);
  }
  return bits;
}

/** Read the weights of the ids assigned since the last call, in one batch of independent loads. */
function loadWeights(weights: Int16Array): void {
  const bits = nonZeroBits(weights);
  const wts = idW;
  const bks = idBucket;
  for (let id = wLoaded; id < nIds; id++) {
    const b = bks[id];
    wts[id] = (bits[b >>> 5] >>> (b & 31)) & 1 ? weights[b] : 0;
  }
  wLoaded = nIds;
}

/** Compact id of bucket `b` in the current range (assigned on first sight; its weight is read later by loadWeights). */
function idOf(b: number, weights: Int16Array): number {
  if (nIds * 2 > tMask) growTable();
  let slot = (Math.imul(b, 0x9e3779b1) >>> 0) & tMask;
  for (;;) {
    const k = table[slot << 1];
    if (k === b) return table[(slot << 1) + 1];
    if (k === -1) {
      const id = nIds++;
      table[slot << 1] = b;
      table[(slot << 1) + 1] = id;
      idSlot[id] = slot;
      idBucket[id] = b;
      idStamp[id] = 0;
      return id;
    }
    slot = (slot + 1) & tMask;
  }
}

/** Count `id` in the current window (first sight appends it to `order`). Returns the new order length. */
function add(id: number, m: number): number {
  if (idStamp[id] !== epoch) {
    idStamp[id] = epoch;
    idCnt[id] = 1;
    order[m] = id;
    return m + 1;
  }
  idCnt[id] += 1;
  return m;
}

/** Count the character n-grams starting at `i` of window [a, b) (virtual spaces at a - 1 and b), exactly as extractFeatures. */
function edgeGrams(text: string, i: number, a: number, b: number, cfg: FeatureConfig, weights: Int16Array, m: number): number {
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  const mask = (1 << cfg.hashBits) - 1;
  let h = FNV_OFFSET ^ SEED_CHAR;
  for (let k = 0; k < cmax; k++) {
    const p = i + k;
    if (p > b) break;
    const c = p < a || p === b ? 0x20 : text.charCodeAt(p);
    h = Math.imul(h ^ c, FNV_PRIME);
    if (k + 1 >= cmin) m = add(idOf(Math.imul(h ^ (k + 1), FNV_PRIME) & mask, weights), m);
  }
  return m;
}

function wordHash(text: string, from: number, to: number): number {
  let h = FNV_OFFSET ^ SEED_WORD;
  for (let p = from; p < to; p++) h = Math.imul(h ^ text.charCodeAt(p), FNV_PRIME);
  return h >>> 0;
}

function bigramBucket(prev: number, wh: number, mask: number): number {
  return (Math.imul((prev ^ SEED_BIGRAM) + Math.imul(wh, 0x27d4eb2d), FNV_PRIME) >>> 0) & mask;
}

/** State of the current range, set by scanRange. */
let rLo = 0;
let rHi = 0;
let rWords = 0;
let rCjk = false;

/** Hash every n-gram and word of text[lo, hi) once (as if the range were the whole text). */
function scanRange(text: string, lo: number, hi: number, cfg: FeatureConfig, weights: Int16Array, windows: number): void {
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  const grams = cmax - cmin + 1;
  const mask = (1 << cfg.hashBits) - 1;
  const n = hi - lo;
  // Distinct ids are bounded by the events: grams per position, 2 per position for unspaced scripts,
  // 2 per word, plus the recomputed edge n-grams and words of every window.
  const maxIds = Math.min(n * (grams + 4) + windows * ((cmax + 1) * grams + 8) + 64, (1 << cfg.hashBits) + 64);
  prepare(n, grams, maxIds);
  rLo = lo;
  rHi = hi;
  // Character n-grams that lie fully inside the range: charEv[(i - lo) * grams + (len - cmin)].
  // The table lookup is inlined here (hottest loop); the arrays are not reallocated during a call.
  let tab = table;
  let tm = tMask;
  const ev = charEv;
  const slots = idSlot;
  const bks = idBucket;
  const stamps = idStamp;
  let ids = nIds;
  for (let i = lo; i + cmax <= hi; i++) {
    let h = FNV_OFFSET ^ SEED_CHAR;
    const base = (i - lo) * grams - cmin + 1;
    for (let k = 0; k < cmax; k++) {
      h = Math.imul(h ^ text.charCodeAt(i + k), FNV_PRIME);
      if (k + 1 < cmin) continue;
      const bucket = Math.imul(h ^ (k + 1), FNV_PRIME) & mask;
      let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & tm;
      let id = -1;
      for (;;) {
        const key = tab[slot << 1];
        if (key === bucket) {
          id = tab[(slot << 1) + 1];
          break;
        }
        if (key === -1) {
          id = ids++;
          tab[slot << 1] = bucket;
          tab[(slot << 1) + 1] = id;
          slots[id] = slot;
          bks[id] = bucket;
          stamps[id] = 0;
          if (ids * 2 > tm) {
            nIds = ids;
            growTable();
            tab = table;
            tm = tMask;
          }
          break;
        }
        slot = (slot + 1) & tm;
      }
      ev[base + k] = id;
    }
  }
  nIds = ids;
  // Unspaced-script unigrams and bigrams (bigram with the previous position when both are unspaced).
  rCjk = false;
  if (cfg.cjkGrams === 1) {
    let prev = -1;
    for (let p = lo; p < hi; p++) {
      const c = text.charCodeAt(p);
      if (!isUnspacedScript(c)) {
        cjkUni[p - lo] = -1;
        prev = -1;
        continue;
      }
      rCjk = true;
      cjkUni[p - lo] = idOf((Math.imul(FNV_OFFSET ^ SEED_CJK ^ c, FNV_PRIME) >>> 0) & mask, weights);
      cjkBi[p - lo] = prev >= 0 ? idOf((Math.imul(Math.imul(FNV_OFFSET ^ SEED_CJK ^ prev, FNV_PRIME) ^ c ^ 0x10000, FNV_PRIME) >>> 0) & mask, weights) : -1;
      prev = c;
    }
  }
  // Words: maximal runs of word units, with unigram and (global) bigram ids.
  let nw = 0;
  let h = 0;
  let inWord = false;
  let ws = 0;
  for (let p = lo; p <= hi; p++) {
    const c = p < hi ? text.charCodeAt(p) : 0x20;
    if (isWordUnit(c)) {
      if (!inWord) {
        h = FNV_OFFSET ^ SEED_WORD;
        inWord = true;
        ws = p;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (inWord) {
      inWord = false;
      const wh = h >>> 0;
      if (nw >= wStart.length) growWords(nw + 1);
      wStart[nw] = ws;
      wEnd[nw] = p;
      wHash[nw] = wh;
      wUni[nw] = idOf(wh & mask, weights);
      wBi[nw] = cfg.wordNgramMax >= 2 && nw > 0 ? idOf(bigramBucket(wHash[nw - 1], wh, mask), weights) : -1;
      nw++;
    }
  }
  rWords = nw;
  loadWeights(weights);
}

function growWords(need: number): void {
  const cap = nextPow2(need);
  const copy = <T extends Int32Array | Uint32Array>(a: T, b: T): T => {
    b.set(a);
    return b;
  };
  wStart = copy(wStart, new Int32Array(cap));
  wEnd = copy(wEnd, new Int32Array(cap));
  wHash = copy(wHash, new Uint32Array(cap));
  wUni = copy(wUni, new Int32Array(cap));
  wBi = copy(wBi, new Int32Array(cap));
}

/**
 * Raw sum of window [a, b) (inside the current range) with rule features `ruleFeats`: equal to
 * `(margin(extractFeatures(text, a, b, ruleFeats, cfg)) - bias) / scale` computed the same way.
 */
function windowSum(text: string, a: number, b: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  const grams = cmax - cmin + 1;
  const mask = (1 << cfg.hashBits) - 1;
  const dim = 1 << cfg.hashBits;
  if (++epoch >= 0x7fffffff) {
    idStamp.fill(0);
    epoch = 1;
  }
  let m = 0;
  const ep = epoch;
  const stamps = idStamp;
  const cnts = idCnt;
  const ord = order;
  // Character n-grams starting at a - 1 .. b - 1. Those at positions a .. b - cmax lie inside the window
  // and are a contiguous run of charEv; the others touch a virtual space and are recomputed.
  const interiorEnd = b - cmax; // i <= interiorEnd: all n-grams at i lie inside [a, b)
  m = edgeGrams(text, a - 1, a, b, cfg, weights, m);
  if (interiorEnd >= a) {
    const ev = charEv;
    const to = (interiorEnd - rLo + 1) * grams;
    for (let q = (a - rLo) * grams; q < to; q++) {
      const id = ev[q];
      if (stamps[id] !== ep) {
        stamps[id] = ep;
        cnts[id] = 1;
        ord[m++] = id;
      } else cnts[id] += 1;
    }
  }
  for (let i = Math.max(a, interiorEnd + 1); i < b; i++) m = edgeGrams(text, i, a, b, cfg, weights, m);
  if (rCjk) {
    for (let p = a; p < b; p++) {
      const u = cjkUni[p - rLo];
      if (u < 0) continue;
      m = add(u, m);
      if (p > a) {
        const bi = cjkBi[p - rLo];
        if (bi >= 0) m = add(bi, m);
      }
    }
  }
  // Words overlapping [a, b); the first and last may be cut by the window and are rehashed.
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
    const wh = cut ? wordHash(text, s < a ? a : s, e > b ? b : e) : wHash[j];
    m = add(cut ? idOf(wh & mask, weights) : wUni[j], m);
    if (bigrams && j > lo) m = add(cut || prevCut ? idOf(bigramBucket(prevH, wh, mask), weights) : wBi[j], m);
    prevH = wh;
    prevCut = cut;
  }
  return finish(m, ruleFeats, cfg, weights);
}

/** The window's raw sum from its counted ids order[0, m) and its rule features. */
function finish(m: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  const dim = 1 << cfg.hashBits;
  const cnts = idCnt;
  const ord = order;
  // Values exactly as extractFeatures computes them: v = log1p(count) in float64 for the norm, stored
  // as float32, scaled by 1 / norm and stored as float32 again; then summed in first-seen order.
  loadWeights(weights); // ids first seen at this window's edges
  if (vals.length < m) vals = new Float64Array(nextPow2(m));
  const vs = vals;
  let sq = 0;
  for (let k = 0; k < m; k++) {
    const cnt = cnts[ord[k]];
    const v = cnt < 256 ? LOG1P[cnt] : Math.log1p(cnt);
    vs[k] = v;
    sq += v * v;
  }
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  const wts = idW;
  let z = 0;
  // A zero weight adds +0, which leaves z unchanged (z is never -0: it starts at +0 and every term is
  // a product of an integer and a positive value), so those terms are skipped.
  for (let k = 0; k < m; k++) {
    const w = wts[ord[k]];
    if (w !== 0) z += w * fround(fround(vs[k]) * inv);
  }
  // Rule features (value 1), de-duplicated and range-checked like extractFeatures.
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
 * The raw sum of a text scored as one window [a, b): counts directly while hashing (no stored runs),
 * in the same order as extractFeatures. Most prompts fit one window.
 */
function singleSum(text: string, a: number, b: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  const grams = cmax - cmin + 1;
  const mask = (1 << cfg.hashBits) - 1;
  const n = b - a;
  prepare(n, grams, Math.min(n * (grams + 4) + (cmax + 1) * grams + 72, (1 << cfg.hashBits) + 64), false);
  if (++epoch >= 0x7fffffff) {
    idStamp.fill(0);
    epoch = 1;
  }
  const ep = epoch;
  let m = edgeGrams(text, a - 1, a, b, cfg, weights, 0);
  let tab = table;
  let tm = tMask;
  const slots = idSlot;
  const bks = idBucket;
  const stamps = idStamp;
  const cnts = idCnt;
  const ord = order;
  let ids = nIds;
  for (let i = a; i + cmax <= b; i++) {
    let h = FNV_OFFSET ^ SEED_CHAR;
    for (let k = 0; k < cmax; k++) {
      h = Math.imul(h ^ text.charCodeAt(i + k), FNV_PRIME);
      if (k + 1 < cmin) continue;
      const bucket = Math.imul(h ^ (k + 1), FNV_PRIME) & mask;
      let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & tm;
      for (;;) {
        const key = tab[slot << 1];
        if (key === bucket) {
          const id = tab[(slot << 1) + 1];
          if (stamps[id] !== ep) {
            stamps[id] = ep;
            cnts[id] = 1;
            ord[m++] = id;
          } else cnts[id] += 1;
          break;
        }
        if (key === -1) {
          const id = ids++;
          tab[slot << 1] = bucket;
          tab[(slot << 1) + 1] = id;
          slots[id] = slot;
          bks[id] = bucket;
          stamps[id] = ep;
          cnts[id] = 1;
          ord[m++] = id;
          if (ids * 2 > tm) {
            nIds = ids;
            growTable();
            tab = table;
            tm = tMask;
          }
          break;
        }
        slot = (slot + 1) & tm;
      }
    }
  }
  nIds = ids;
  for (let i = Math.max(a, b - cmax + 1); i < b; i++) m = edgeGrams(text, i, a, b, cfg, weights, m);
  if (cfg.cjkGrams === 1) {
    let prev = -1;
    for (let p = a; p < b; p++) {
      const c = text.charCodeAt(p);
      if (!isUnspacedScript(c)) {
        prev = -1;
        continue;
      }
      m = add(idOf((Math.imul(FNV_OFFSET ^ SEED_CJK ^ c, FNV_PRIME) >>> 0) & mask, weights), m);
      if (prev >= 0) m = add(idOf((Math.imul(Math.imul(FNV_OFFSET ^ SEED_CJK ^ prev, FNV_PRIME) ^ c ^ 0x10000, FNV_PRIME) >>> 0) & mask, weights), m);
      prev = c;
    }
  }
  let prevWord = 0;
  let havePrev = false;
  let h = 0;
  let inWord = false;
  const bigrams = cfg.wordNgramMax >= 2;
  for (let p = a; p <= b; p++) {
    const c = p < b ? text.charCodeAt(p) : 0x20;
    if (isWordUnit(c)) {
      if (!inWord) {
        h = FNV_OFFSET ^ SEED_WORD;
        inWord = true;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
    } else if (inWord) {
      inWord = false;
      const wh = h >>> 0;
      m = add(idOf(wh & mask, weights), m);
      if (bigrams && havePrev) m = add(idOf(bigramBucket(prevWord, wh, mask), weights), m);
      prevWord = wh;
      havePrev = true;
    }
  }
  return finish(m, ruleFeats, cfg, weights);
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
  const n = text.length;
  if (ranges.length === 1) {
    out[0] = singleSum(text, ranges[0][0], ranges[0][1], ruleFeats[0], cfg, weights);
  } else if (n <= WHOLE_TEXT_LIMIT) {
    scanRange(text, 0, n, cfg, weights, ranges.length);
    for (let k = 0; k < ranges.length; k++) out[k] = windowSum(text, ranges[k][0], ranges[k][1], ruleFeats[k], cfg, weights);
  } else {
    // A window of the text is exactly the whole-text window of its own range: score each on its own.
    for (let k = 0; k < ranges.length; k++) {
      const [a, b] = ranges[k];
      scanRange(text, a, b, cfg, weights, 1);
      out[k] = windowSum(text, a, b, ruleFeats[k], cfg, weights);
    }
  }
  release();
}
