// Fast window scoring for the injection model: the raw linear sum of every window of one normalised
// text, bit-identical to `margin(extractFeatures(text, a, b, rules, cfg))` for each window, but without
// building the sparse vectors. Used by model.ts score(); training keeps the reference path.
//
// Two paths:
//  - one window (most prompts): buckets are counted in place in a small table of packed
//    (bucket, count) entries while hashing, then summed; nothing is allocated per call.
//  - several windows: overlapping windows (stride = window / 2) see most n-grams twice. Consecutive
//    windows spanning at most WHOLE_TEXT_LIMIT characters are grouped; each n-gram of the group is
//    hashed and looked up once and given a compact id. A window is then a run of precomputed ids, with
//    only the n-grams that touch its edges (the virtual spaces before and after it, and words it cuts)
//    recomputed. Counting per window uses small dense arrays indexed by id (counts are zero between
//    windows: the finish clears the ids it read), without branches, like the one-window path.
// Weights are read from a packed copy of the non-zero entries (bitmap + rank + values, ~470 KB, stays
// in L2) instead of the dense 2 MB vector; zero-weight terms are skipped (adding +0 changes nothing).
//
// Bit-identity: the sums are taken in exactly the order extractFeatures emits features (first-seen
// order of buckets: character n-grams, then unspaced-script grams, then words; then rule features one
// by one), with the same float32 roundings of the values, so results are equal with ===, not merely
// close. Presence values (injection-v4) are simpler: every n-gram of a window has the same value, so
// margin() defines the sum as the integer sum of their weights times that value (exact in any order), and
// the finish only adds weights (presenceSum, presenceFinish). test/detectors/injection-scorer.test.ts
// checks both kinds against the training path.
//
// Scratch buffers are module-level and reused (Node runs scans on one thread, and nothing here yields);
// buffers grown for a very long window are dropped afterwards so one large request does not pin memory.
import { LITTLE_ENDIAN } from '../../core/units.ts';
import { FNV_OFFSET, FNV_PRIME, SEED_BIGRAM, SEED_CHAR, SEED_WORD, cjkBigram, cjkUnigram, isUnspacedScript, isWordUnit, type FeatureConfig } from './features.ts';

const LOG1P = Float64Array.from({ length: 256 }, (_, i) => Math.log1p(i));
/** isWordUnit over ASCII as a table (the word loops test every character). */
const WORD_ASCII = Uint8Array.from({ length: 0x80 }, (_, c) => (isWordUnit(c) ? 1 : 0));
const fround = Math.fround;

/**
 * Longest range hashed at once for the windows inside it (the per-range scratch holds several int32
 * per character; keeping ranges bounded keeps it small and reused across calls).
 */
const WHOLE_TEXT_LIMIT = 1 << 14;
/** Scratch capacity above which buffers are released after the call. */
const KEEP_CAPACITY = 1 << 17;

// ---- bucket -> compact id table (open addressing), per range ----
// Interleaved [bucket, id] pairs so a probe touches one cache line. Empty slots have the key -1 (the id
// field is ignored), so the table is cleared with fill(-1).
let table = new Int32Array(2048).fill(-1);
let tMask = 1023;

// ---- per compact id ----
let idW = new Int32Array(1024); // int16 weight of the bucket
let idBucket = new Int32Array(1024); // the bucket
// Count in the current window (exact integers, as in the float32 counts of extractFeatures: windows are
// far below 2^24). Zero for every id outside windowSum: finish() resets the counts it reads.
let idCnt = new Int32Array(1024);
let order = new Int32Array(1024); // first-seen order within the current window
let nIds = 0;
let wLoaded = 0; // ids below this have idW set

// ---- single-window path: (bucket, count) counted in place (no compact ids needed) ----
// Layout of sTable for S slots: one int32 entry per slot in [0, S), then the used slots in first-seen
// order in [S, 2S) (one array: optimised code re-checks each typed array it touches inside a loop).
// An entry is bucket | count << KEY_BITS (count mod 4096), 0 when empty (a used slot has a count >= 1):
// half the memory and memory operations of [bucket, count] pairs (the table of a 1 KB window is 64 KB
// instead of 128, and every n-gram probes it). A count of 4096 wraps (the carry leaves the int32) and
// corrupts the table; it takes that many occurrences of one bucket, so only windows far wider than one
// (or crafted collisions) can reach it. The finish detects it (the counts it read sum to less than the
// events counted, sEvents) and the window is then scored by the multi-window path (see singleSum). The
// finish resets every entry it reads, so the table is empty between calls.
const KEY_BITS = 20;
let sTable = new Int32Array(2048);
let sEvents = 0; // count() calls of the current window
let chars = new Uint16Array(2048); // the window's characters between its two virtual spaces
let charsBytes = Buffer.from(chars.buffer); // the same memory, for Buffer.write
let fBucket = new Int32Array(1024); // finish: the counts read
let fPos = new Int32Array(1024); // singleFinish: positions of the non-zero weights among the packed values; finish: the non-zero weights
let fVal = new Float32Array(1024); // singleFinish, finish: log1p(count) as float32 (= fround)

// ---- the current range's characters (multi-window path): rBuf[p - rLo], then a space at rBuf[n] ----
let rBuf = new Uint16Array(0);
let rBytes = Buffer.from(rBuf.buffer);

// ---- per position / word of the current range ----
let charEv = new Int32Array(0);
let cjkUni = new Int32Array(0);
let cjkBi = new Int32Array(0);
let wStart = new Int32Array(0);
let wEnd = new Int32Array(0);
let wHash = new Uint32Array(0);
let wUni = new Int32Array(0);
let wBi = new Int32Array(0);

function setChars(c: Uint16Array<ArrayBuffer>): void {
  chars = c;
  charsBytes = Buffer.from(c.buffer);
}

function nextPow2(n: number): number {
  let s = 1024;
  while (s < n) s *= 2;
  return s;
}

/** Size the scratch for a range of `n` positions whose windows need at most `maxIds` distinct ids. */
function prepare(n: number, grams: number, maxIds: number): void {
  // The table starts small (a probe that stays in L1 matters more than anything else here) and
  // doubles when half full; the per-id arrays are sized for the worst case up front.
  const tSize = nextPow2(Math.min(maxIds, n * 2) * 2);
  if (table.length < tSize * 2 || table.length > tSize * 4) table = new Int32Array(tSize * 2).fill(-1);
  else if (nIds > 0) table.fill(-1); // a memset: cheaper than clearing the used slots one by one (they are scattered)
  tMask = (table.length >> 1) - 1;
  nIds = 0;
  wLoaded = 0;
  if (idBucket.length < maxIds) {
    const cap = nextPow2(maxIds);
    idW = new Int32Array(cap);
    idBucket = new Int32Array(cap);
    idCnt = new Int32Array(cap);
    order = new Int32Array(cap);
  }
  if (rBuf.length < n + 1) {
    rBuf = new Uint16Array(nextPow2(n + 1));
    rBytes = Buffer.from(rBuf.buffer);
  }
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
  if (table.length > KEEP_CAPACITY * 4 || idBucket.length > KEEP_CAPACITY) {
    table = new Int32Array(2048).fill(-1);
    tMask = 1023;
    nIds = 0;
    wLoaded = 0;
    if (idBucket.length > KEEP_CAPACITY) {
      idW = new Int32Array(1024);
      idBucket = new Int32Array(1024);
      idCnt = new Int32Array(1024);
      order = new Int32Array(1024);
    }
  }
  if (rBuf.length > KEEP_CAPACITY) {
    rBuf = new Uint16Array(0);
    rBytes = Buffer.from(rBuf.buffer);
  }
  if (sTable.length > KEEP_CAPACITY * 4) sTable = new Int32Array(2048);
  if (chars.length > KEEP_CAPACITY) setChars(new Uint16Array(2048));
  if (fBucket.length > KEEP_CAPACITY) {
    fBucket = new Int32Array(1024);
    fPos = new Int32Array(1024);
    fVal = new Float32Array(1024);
  }
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
  }
  table = t;
  tMask = mask;
}

// Packed copy of a weight vector's non-zero entries: a bitmap (1 bit per bucket), the number of non-zero
// entries before each 32-bit word of it, and the non-zero values in bucket order. About 470 KB for 2^20
// buckets and ~107k non-zero weights, so it stays in L2, while the dense 2 MB int16 vector does not: a
// weight read was the single most expensive line of scoring (a cache miss per distinct n-gram).
// The values read are the same int16 numbers as in the dense vector.
interface PackedWeights {
  /** [bits, rank] of each 32-bit word of the bitmap, interleaved so a lookup touches one cache line. */
  readonly index: Int32Array;
  readonly vals: Int16Array;
}

const packed = new WeakMap<Int16Array, PackedWeights>();

function packWeights(weights: Int16Array): PackedWeights {
  let p = packed.get(weights);
  if (p === undefined) {
    const words = (weights.length + 31) >>> 5;
    const index = new Int32Array(words * 2);
    let count = 0;
    for (let i = 0; i < weights.length; i++) if (weights[i] !== 0) count++;
    // One trailing 0: loadWeights reads it for the buckets whose bit is clear (without a branch).
    const vals = new Int16Array(count + 1);
    count = 0;
    for (let w = 0; w < words; w++) {
      index[2 * w + 1] = count;
      for (let i = w << 5; i < Math.min(weights.length, (w + 1) << 5); i++) {
        if (weights[i] === 0) continue;
        index[2 * w] |= 1 << (i & 31);
        vals[count++] = weights[i];
      }
    }
    p = { index, vals };
    packed.set(weights, p);
  }
  return p;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Read the weights of the ids assigned since the last call (from the packed copy). */
function loadWeights(weights: Int16Array): void {
  const { index, vals } = packWeights(weights);
  const wts = idW;
  const bks = idBucket;
  // Branch-free (about 60% of the buckets have no weight, unpredictably): a bucket whose bit is clear
  // reads the trailing 0 of vals (always the same, cached, entry) instead of its rank's entry.
  const zero = vals.length - 1;
  const end = nIds;
  for (let id = wLoaded; id < end; id++) {
    const b = bks[id];
    const word = (b >>> 5) << 1;
    const x = index[word];
    const sh = b & 31;
    const r = index[word + 1] + popcount(x & ~(-1 << sh));
    wts[id] = vals[zero + ((r - zero) & -((x >>> sh) & 1))];
  }
  wLoaded = end;
}

/** Compact id of bucket `b` in the current range (assigned on first sight; its weight is read later by loadWeights). */
function idOf(b: number): number {
  if (nIds * 2 > tMask) growTable();
  const ids = nIds;
  const id = put(table, tMask, idBucket, ids, b);
  nIds = ids + 1 + ((id - ids) >> 31); // +1 exactly when id === ids (new)
  return id;
}

/**
 * The id of `bucket` in table t (tm = slots - 1), a new id `ids` when it is not there yet (then the caller
 * advances ids: the result equals ids exactly when the bucket is new). No branch on "new or seen"
 * (about half of the n-grams are new, unpredictably): the id is selected with the mask key >> 31, which
 * is -1 only for the empty key -1 (buckets are >= 0); the bucket of id `ids` is written either way
 * (overwritten by the next new id when not new).
 */
function put(t: Int32Array, tm: number, bks: Int32Array, ids: number, bucket: number): number {
  let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & tm;
  let key = t[slot << 1];
  while (key !== bucket && key !== -1) {
    slot = (slot + 1) & tm;
    key = t[slot << 1];
  }
  const empty = key >> 31;
  const id = (t[(slot << 1) + 1] & ~empty) | (ids & empty);
  t[slot << 1] = bucket;
  t[(slot << 1) + 1] = id;
  bks[ids] = bucket;
  return id;
}

/** Count `id` in the current window (first sight appends it to `order`, without a branch: see count()). Returns the new order length. */
function add(id: number, m: number): number {
  const c = idCnt[id];
  idCnt[id] = c + 1;
  order[m] = id;
  return m + ((c - 1) >>> 31);
}

/** Count the character n-grams starting at `i` of window [a, b) (virtual spaces at a - 1 and b), exactly as extractFeatures. */
function edgeGrams(text: string, i: number, a: number, b: number, cfg: FeatureConfig, m: number): number {
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  const mask = (1 << cfg.hashBits) - 1;
  let h = FNV_OFFSET ^ SEED_CHAR;
  for (let k = 0; k < cmax; k++) {
    const p = i + k;
    if (p > b) break;
    const c = p < a || p === b ? 0x20 : text.charCodeAt(p);
    h = Math.imul(h ^ c, FNV_PRIME);
    if (k + 1 >= cmin) m = add(idOf(Math.imul(h ^ (k + 1), FNV_PRIME) & mask), m);
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
  // The range is copied once into rBuf (typed-array reads in the loops below; see singleSum), with a
  // space after it that ends the last word.
  const buf = rBuf;
  if (LITTLE_ENDIAN && lo === 0 && hi === text.length) rBytes.write(text, 0, 'utf16le');
  else for (let p = lo; p < hi; p++) buf[p - lo] = text.charCodeAt(p);
  buf[n] = 0x20;
  // Character n-grams that lie fully inside the range: charEv[(i - lo) * grams + (len - cmin)].
  charIds(buf, n, cmin, cmax, mask);
  // Words (their ids first: ids are labels, their numbering does not affect the sums), then the
  // unspaced-script grams, skipped when no code unit can be of such a script.
  const top = wordIds(buf, n, lo, mask, cfg.wordNgramMax >= 2);
  rCjk = false;
  if (cfg.cjkGrams === 1 && top >= 0x0e00) {
    // Unigrams and bigrams (bigram with the previous position when both are unspaced).
    let prev = -1;
    for (let q = 0; q < n; q++) {
      const c = buf[q];
      if (c < 0x0e00 || !isUnspacedScript(c)) {
        cjkUni[q] = -1;
        prev = -1;
        continue;
      }
      rCjk = true;
      cjkUni[q] = idOf(cjkUnigram(c, mask));
      cjkBi[q] = prev >= 0 ? idOf(cjkBigram(prev, c, mask)) : -1;
      prev = c;
    }
  }
  loadWeights(weights);
}

/**
 * Words of buf[0, n] (buf[n] is a space; text position = q + lo): maximal runs of word units, with
 * unigram and (global) bigram ids, into wStart/wEnd/wHash/wUni/wBi; sets rWords. Returns the largest
 * code unit seen. There are at most (n + 1) / 2 words, which prepare() provides for.
 */
function wordIds(buf: Uint16Array, n: number, lo: number, mask: number, bigrams: boolean): number {
  const h0 = (FNV_OFFSET ^ SEED_WORD) | 0;
  const prime = FNV_PRIME | 0;
  const ws = wStart;
  const we = wEnd;
  const wh = wHash;
  const wu = wUni;
  const wb = wBi;
  const bks = idBucket;
  let t = table;
  let tm = tMask | 0;
  let ids = nIds | 0;
  let nw = 0;
  let h = 0;
  let inWord = false;
  let start = 0;
  let prevH = 0;
  let top = 0;
  for (let q = 0; q <= n; q++) {
    const c = buf[q];
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
      if ((ids + 2) * 2 > tm) {
        nIds = ids;
        growTable();
        t = table;
        tm = tMask | 0;
      }
      const hw = h >>> 0;
      ws[nw] = start + lo;
      we[nw] = q + lo;
      wh[nw] = hw;
      let id = put(t, tm, bks, ids, hw & mask);
      wu[nw] = id;
      ids += 1 + ((id - ids) >> 31);
      if (bigrams && nw > 0) {
        id = put(t, tm, bks, ids, bigramBucket(prevH, hw, mask));
        wb[nw] = id;
        ids += 1 + ((id - ids) >> 31);
      } else wb[nw] = -1;
      prevH = hw;
      nw++;
    }
  }
  nIds = ids;
  rWords = nw;
  return top;
}

/**
 * Ids of the character n-grams of buf[0, n) that lie fully inside it, into charEv (see scanRange), in
 * event order (ids are assigned in first-seen order). Like charGrams: int32 locals, the shipped model's
 * 3..4 configuration unrolled with the characters sliding along, and no branch on "new or seen" (put()).
 */
function charIds(buf: Uint16Array, n: number, cmin: number, cmax: number, mask: number): void {
  const h0 = (FNV_OFFSET ^ SEED_CHAR) | 0;
  const prime = FNV_PRIME | 0;
  const lo = cmin | 0;
  const hi = cmax | 0;
  const m = mask | 0;
  const grams = hi - lo + 1;
  const ev = charEv;
  const bks = idBucket;
  let t = table;
  let tm = tMask | 0;
  let ids = nIds | 0;
  const last = (n | 0) - hi; // starts i <= last have all cmax characters inside
  let i = 0;
  if (lo === 3 && hi === 4 && last >= 0) {
    let c1 = buf[0];
    let c2 = buf[1];
    let c3 = buf[2];
    for (; i <= last; i++) {
      if ((ids + 2) * 2 > tm) {
        nIds = ids;
        growTable();
        t = table;
        tm = tMask | 0;
      }
      const c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = buf[i + 3];
      const h3 = Math.imul(Math.imul(Math.imul(h0 ^ c0, prime) ^ c1, prime) ^ c2, prime);
      const h4 = Math.imul(h3 ^ c3, prime);
      const q = i * 2;
      let id = put(t, tm, bks, ids, Math.imul(h3 ^ 3, prime) & m);
      ev[q] = id;
      ids += 1 + ((id - ids) >> 31);
      id = put(t, tm, bks, ids, Math.imul(h4 ^ 4, prime) & m);
      ev[q + 1] = id;
      ids += 1 + ((id - ids) >> 31);
    }
  }
  for (; i <= last; i++) {
    if ((ids + grams) * 2 > tm) {
      nIds = ids;
      growTable();
      t = table;
      tm = tMask | 0;
    }
    let h = h0;
    const base = i * grams - lo + 1;
    for (let k = 0; k < hi; k++) {
      h = Math.imul(h ^ buf[i + k], prime);
      if (k + 1 < lo) continue;
      const id = put(t, tm, bks, ids, Math.imul(h ^ (k + 1), prime) & m);
      ev[base + k] = id;
      ids += 1 + ((id - ids) >> 31);
    }
  }
  nIds = ids;
}

/**
 * Raw sum of window [a, b) (inside the current range) with rule features `ruleFeats`: equal to
 * `(margin(extractFeatures(text, a, b, ruleFeats, cfg)) - bias) / scale` computed the same way.
 */
function windowSum(text: string, a: number, b: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  const cmax = cfg.charNgramMax;
  const grams = cmax - cfg.charNgramMin + 1;
  const mask = (1 << cfg.hashBits) - 1;
  let m = 0;
  // Character n-grams starting at a - 1 .. b - 1. Those at positions a .. b - cmax lie inside the window
  // and are a contiguous run of charEv; the others touch a virtual space and are recomputed.
  const interiorEnd = b - cmax; // i <= interiorEnd: all n-grams at i lie inside [a, b)
  m = edgeGrams(text, a - 1, a, b, cfg, m);
  if (interiorEnd >= a) m = countRun(charEv, (a - rLo) * grams, (interiorEnd - rLo + 1) * grams, m);
  for (let i = Math.max(a, interiorEnd + 1); i < b; i++) m = edgeGrams(text, i, a, b, cfg, m);
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
    m = add(cut ? idOf(wh & mask) : wUni[j], m);
    if (bigrams && j > lo) m = add(cut || prevCut ? idOf(bigramBucket(prevH, wh, mask)) : wBi[j], m);
    prevH = wh;
    prevCut = cut;
  }
  return finish(m, ruleFeats, cfg, weights);
}

/**
 * Counts the ids ev[from, to) into idCnt, appending first sights to `order` from position m; returns
 * the new order length. Branch-free like count(): the id is always written at order[m], and m advances
 * only when the count was 0 (about half of a window's n-gram events are first sights, unpredictably).
 */
function countRun(ev: Int32Array, from: number, to: number, m: number): number {
  const cnts = idCnt;
  const ord = order;
  let mm = m | 0;
  for (let q = from | 0; q < to; q++) {
    const id = ev[q];
    const c = cnts[id];
    cnts[id] = c + 1;
    ord[mm] = id;
    mm += (c - 1) >>> 31;
  }
  return mm;
}

/**
 * The window's raw sum from its counted ids order[0, m) and its rule features; resets their counts to 0.
 * Values exactly as extractFeatures computes them: v = log1p(count) in float64 for the norm, stored as
 * float32, scaled by 1 / norm and stored as float32 again; then summed in first-seen order. A zero weight
 * adds +0, which leaves z unchanged (z is never -0: it starts at +0 and every term is a product of an
 * integer and a positive value), so only the non-zero-weight terms are summed. As in singleFinish, they
 * are selected without a branch (the former `if (w !== 0)` mispredicted and serialised the loop): one
 * loop computes the values and the norm and compacts (weight, value) of the non-zero weights, a second
 * sums them.
 */
function finish(m: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  loadWeights(weights); // ids first seen at this window's edges
  if (cfg.values === 'presence') return ruleSum(presenceSum(m), ruleFeats, cfg, weights);
  finishScratch(m);
  return ruleSum(finishSum(m, fPos, fVal, fBucket), ruleFeats, cfg, weights);
}

/**
 * Presence values (model.ts margin): the window's m distinct ids each have the value 1 / sqrt(m) as
 * float32, so the sum is the integer sum of their weights times that value. Resets their counts.
 */
function presenceSum(m: number): number {
  const cnts = idCnt;
  const ord = order;
  const wts = idW;
  let s = 0;
  for (let k = 0; k < m; k++) {
    const id = ord[k];
    cnts[id] = 0;
    s += wts[id];
  }
  return m > 0 ? s * fround(1 / Math.sqrt(m)) : 0;
}

/** Room for m entries in the finish scratch: fPos and fVal (finish and singleFinish), fBucket (finish). */
function finishScratch(m: number): void {
  if (fVal.length >= m) return;
  const cap = nextPow2(m);
  fBucket = new Int32Array(cap);
  fPos = new Int32Array(cap);
  fVal = new Float32Array(cap);
}

function finishSum(m: number, fw: Int32Array, fv: Float32Array, fc: Int32Array): number {
  const cnts = idCnt;
  const ord = order;
  const wts = idW;
  let sq = 0;
  let nz = 0;
  let big = 0;
  // Counts of 256 and more (only in very wide windows) take Math.log1p; a call in this loop would make
  // the compiler re-check every typed array on every iteration, so they are handled by redoing the loop
  // from the saved counts (fc) below.
  for (let k = 0; k < m; k++) {
    const id = ord[k];
    const cnt = cnts[id];
    cnts[id] = 0;
    fc[k] = cnt;
    big |= cnt;
    const v = LOG1P[cnt & 255];
    sq += v * v;
    const w = wts[id];
    fw[nz] = w;
    fv[nz] = v; // nz <= k: entries past nz are scratch
    nz += (w | -w) >>> 31; // 1 when w !== 0 (the entry is overwritten otherwise)
  }
  if (big > 255) {
    sq = 0;
    nz = 0;
    for (let k = 0; k < m; k++) {
      const cnt = fc[k];
      const v = cnt < 256 ? LOG1P[cnt] : Math.log1p(cnt);
      sq += v * v;
      const w = wts[ord[k]];
      fw[nz] = w;
      fv[nz] = v;
      nz += (w | -w) >>> 31;
    }
  }
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  let z = 0;
  for (let k = 0; k < nz; k++) z += fw[k] * fround(fv[k] * inv);
  return z;
}

/** Adds the rule features (value 1), de-duplicated and range-checked like extractFeatures, to z one by one (same rounding as margin()). */
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
 * The raw sum of a text scored as one window [a, b), in the same order as extractFeatures: buckets are
 * counted in place while hashing, then summed from the packed weights. Most prompts fit one window.
 *
 * This is most of the injection detector's time on a 1 KB prompt, so it is written for the CPU:
 *  - the window is copied once into `chars` with its two virtual spaces, so the n-gram loops read a
 *    typed array without edge tests (charCodeAt re-checks the string's representation on every call);
 *  - the passes (character n-grams, unspaced-script grams, words, finish) are separate functions with
 *    int32 locals, so each hot loop keeps its values in registers; the shipped model's 3..4-gram loop is unrolled
 *    (other configurations, such as older 3..5 models, take the general loop);
 *  - counting (count()) and the finish (singleFinish()) have no branch on unpredictable outcomes.
 */
function singleSum(text: string, a: number, b: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  if (cfg.hashBits > KEY_BITS) return rangeSum(text, a, b, ruleFeats, cfg, weights);
  const cmin = cfg.charNgramMin;
  const cmax = cfg.charNgramMax;
  const mask = (1 << cfg.hashBits) - 1;
  const n = b - a;
  // Upper bound on distinct buckets: every event could be new.
  const maxItems = Math.min((n + 2) * (cmax - cmin + 1) + 4 * n + 8, (1 << cfg.hashBits) + 8);
  let size = 1024;
  while (size < maxItems * 2) size *= 2;
  if (sTable.length < size * 2 || sTable.length > size * 8) sTable = new Int32Array(size * 2);
  // The window with a virtual space before and after it: buf[0] and buf[n + 1]; text[p] is buf[p - a + 1].
  if (chars.length < n + 2) setChars(new Uint16Array(nextPow2(n + 2)));
  const buf = chars;
  buf[0] = 0x20;
  if (LITTLE_ENDIAN && a === 0 && b === text.length) charsBytes.write(text, 2, 'utf16le');
  else for (let p = a; p < b; p++) buf[p - a + 1] = text.charCodeAt(p);
  buf[n + 1] = 0x20;
  const t = sTable;
  // charGrams counts one n-gram of each length L at starts 0 .. n + 2 - L of buf.
  sEvents = 0;
  for (let len = cmin; len <= cmax; len++) sEvents += Math.max(0, n + 3 - len);
  let used = charGrams(buf, n, cmin, cmax, mask, t);
  if (cfg.cjkGrams === 1) used = cjkGrams(buf, n, mask, t, used);
  used = wordGrams(buf, n, mask, cfg.wordNgramMax >= 2, t, used);
  const z = cfg.values === 'presence' ? presenceFinish(t, used, packWeights(weights)) : singleFinish(t, used, packWeights(weights));
  // NaN: a count wrapped (see sTable).
  return z === z ? ruleSum(z, ruleFeats, cfg, weights) : rangeSum(text, a, b, ruleFeats, cfg, weights);
}

/** Window [a, b) scored by the multi-window path (full int32 counts, any hashBits) as a range of its own. */
function rangeSum(text: string, a: number, b: number, ruleFeats: readonly number[], cfg: FeatureConfig, weights: Int16Array): number {
  scanRange(text, a, b, cfg, weights, 1);
  return windowSum(text, a, b, ruleFeats, cfg, weights);
}

/** Unspaced-script unigrams and bigrams of buf[1, n] (as extractFeatures), counted like count(). */
function cjkGrams(buf: Uint16Array, n: number, mask: number, t: Int32Array, used: number): number {
  const tm = (t.length >> 1) - 1;
  const ob = tm + 1;
  let events = 0;
  let prev = -1;
  for (let q = 1; q <= n; q++) {
    const c = buf[q];
    if (c < 0x0e00 || !isUnspacedScript(c)) {
      prev = -1;
      continue;
    }
    used = count(t, tm, ob, used, cjkUnigram(c, mask));
    events++;
    if (prev >= 0) {
      used = count(t, tm, ob, used, cjkBigram(prev, c, mask));
      events++;
    }
    prev = c;
  }
  sEvents += events;
  return used;
}

/** Word unigrams and bigrams of buf[1, n + 1] (buf[n + 1] is the closing virtual space), as extractFeatures. */
function wordGrams(buf: Uint16Array, n: number, mask: number, bigrams: boolean, t: Int32Array, used: number): number {
  const tm = (t.length >> 1) - 1;
  const ob = tm + 1;
  const h0 = (FNV_OFFSET ^ SEED_WORD) | 0;
  const prime = FNV_PRIME | 0;
  let prevWord = 0;
  let havePrev = false;
  let h = 0;
  let inWord = false;
  let events = 0;
  for (let q = 1; q <= n + 1; q++) {
    const c = buf[q];
    if (c < 0x80 ? WORD_ASCII[c] === 1 : isWordUnit(c)) {
      if (!inWord) {
        h = h0;
        inWord = true;
      }
      h = Math.imul(h ^ c, prime);
    } else if (inWord) {
      inWord = false;
      const wh = h >>> 0;
      used = count(t, tm, ob, used, wh & mask);
      events++;
      if (bigrams && havePrev) {
        used = count(t, tm, ob, used, bigramBucket(prevWord, wh, mask));
        events++;
      }
      prevWord = wh;
      havePrev = true;
    }
  }
  sEvents += events;
  return used;
}

/**
 * Counts the character n-grams of buf[0, n + 2) (a window between its two virtual spaces) into the
 * table t (see sTable), the loop of extractFeatures: grams of cmin..cmax characters starting at
 * buf[j] for j = 0 .. n (text positions a - 1 .. b - 1), as long as they end at or before buf[n + 1].
 * Returns the number of slots used. A function of its own, with everything in locals and int32, so the
 * hot loop keeps its values in registers (imported bindings and untyped parameters are re-read and
 * re-checked on every use in optimised code).
 */
function charGrams(buf: Uint16Array, n: number, cmin: number, cmax: number, mask: number, t: Int32Array): number {
  const h0 = (FNV_OFFSET ^ SEED_CHAR) | 0;
  const prime = FNV_PRIME | 0;
  const tm = ((t.length >> 1) - 1) | 0;
  const ob = tm + 1;
  const lo = cmin | 0;
  const hi = cmax | 0;
  const m = mask | 0;
  let used = 0;
  // Starts j <= full have all cmax characters; the shipped model's configuration (3..4) is unrolled.
  const full = (n | 0) + 2 - hi;
  let j = 0;
  if (lo === 3 && hi === 4 && full >= 0) {
    let c0 = 0;
    let c1 = buf[0];
    let c2 = buf[1];
    let c3 = buf[2];
    for (; j <= full; j++) {
      c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = buf[j + 3];
      const h3 = Math.imul(Math.imul(Math.imul(h0 ^ c0, prime) ^ c1, prime) ^ c2, prime);
      const h4 = Math.imul(h3 ^ c3, prime);
      used = count(t, tm, ob, used, Math.imul(h3 ^ 3, prime) & m);
      used = count(t, tm, ob, used, Math.imul(h4 ^ 4, prime) & m);
    }
  }
  for (; j <= n; j++) {
    const len = j <= full ? hi : n + 2 - j;
    let h = h0;
    for (let k = 0; k < len; k++) {
      h = Math.imul(h ^ buf[j + k], prime);
      if (k + 1 >= lo) used = count(t, tm, ob, used, Math.imul(h ^ (k + 1), prime) & m);
    }
  }
  return used;
}

/**
 * Count `bucket` in the single-window table t (see sTable; tm = slots - 1, the first-seen order of slots
 * starts at t[ob]); returns the new number of slots used. No branch on "seen before or new" (about half
 * of the n-grams are new, unpredictably, and that branch mispredicted often): an empty entry is 0, so
 * (e | bucket) + one count is right for both, the slot is always written at t[ob + used], and `used`
 * advances by the sign of (e - 1) & ~e, which is negative only for e === 0. The key width is a constant:
 * as a parameter it cost ~5% (one more register in charGrams' unrolled loop).
 */
function count(t: Int32Array, tm: number, ob: number, used: number, bucket: number): number {
  let slot = (Math.imul(bucket, 0x9e3779b1) >>> 0) & tm;
  let e = t[slot];
  while (e !== 0 && (e & KEY_MASK) !== bucket) {
    slot = (slot + 1) & tm;
    e = t[slot];
  }
  t[slot] = (e | bucket) + KEY_ONE;
  t[ob + used] = slot;
  return used + (((e - 1) & ~e) >>> 31);
}

const KEY_MASK = (1 << KEY_BITS) - 1;
const KEY_ONE = 1 << KEY_BITS;

/**
 * The weighted sum of the m buckets counted in t (see sTable), exactly as extractFeatures and margin
 * compute it (see finish()): the norm over every bucket in first-seen order, then the sum over the
 * non-zero-weight buckets in the same order (a zero weight adds +0, which leaves z unchanged). NaN when
 * a count wrapped (see sTable); the table is cleared either way.
 * Two loops without unpredictable branches: (1) per bucket, log1p(count) (stored as float32, i.e.
 * fround(v)) and the norm, and from the bitmap and rank of the bucket, without a branch, the positions
 * of the non-zero weights among the packed values (about 40% of the distinct buckets) with their values;
 * (2) those weights, summed. A branch skipping zero weights mispredicted often and serialised the
 * weight reads.
 */
function singleFinish(t: Int32Array, m: number, pw: PackedWeights): number {
  finishScratch(m);
  const pos = fPos;
  const vs = fVal;
  const { index, vals: wv } = pw;
  let sq = 0;
  let nz = 0;
  let total = 0;
  const ob = t.length >> 1;
  for (let k = 0; k < m; k++) {
    const slot = t[ob + k];
    const e = t[slot];
    t[slot] = 0;
    const bucket = e & KEY_MASK;
    const cnt = e >>> KEY_BITS;
    total += cnt;
    const v = cnt < 256 ? LOG1P[cnt] : Math.log1p(cnt);
    sq += v * v;
    const word = (bucket >>> 5) << 1;
    const x = index[word];
    const sh = bucket & 31;
    pos[nz] = index[word + 1] + popcount(x & ~(-1 << sh));
    vs[nz] = v;
    nz += (x >>> sh) & 1; // the entry is overwritten when the bit is clear
  }
  if (total !== sEvents) return NaN;
  const inv = sq > 0 ? 1 / Math.sqrt(sq) : 0;
  let z = 0;
  for (let k = 0; k < nz; k++) z += wv[pos[k]] * fround(vs[k] * inv);
  return z;
}

/**
 * singleFinish for presence values (see presenceSum): the integer sum of the m buckets' weights, read
 * without a branch (a bucket whose bit is clear reads the trailing 0 of the packed values), times
 * 1 / sqrt(m) as float32. NaN when a count wrapped; the table is cleared either way.
 */
function presenceFinish(t: Int32Array, m: number, pw: PackedWeights): number {
  const { index, vals: wv } = pw;
  const zero = wv.length - 1;
  let s = 0;
  let total = 0;
  const ob = t.length >> 1;
  for (let k = 0; k < m; k++) {
    const slot = t[ob + k];
    const e = t[slot];
    t[slot] = 0;
    const bucket = e & KEY_MASK;
    total += e >>> KEY_BITS;
    const word = (bucket >>> 5) << 1;
    const x = index[word];
    const sh = bucket & 31;
    const r = index[word + 1] + popcount(x & ~(-1 << sh));
    s += wv[zero + ((r - zero) & -((x >>> sh) & 1))];
  }
  if (total !== sEvents) return NaN;
  return m > 0 ? s * fround(1 / Math.sqrt(m)) : 0;
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
  if (ranges.length === 1) {
    out[0] = singleSum(text, ranges[0][0], ranges[0][1], ruleFeats[0], cfg, weights);
  } else {
    // Windows come in increasing order. Consecutive windows are grouped so that their union spans at
    // most WHOLE_TEXT_LIMIT characters; each group is hashed once (scanRange over the union: a window
    // inside a range is scored exactly as inside the whole text) and its windows summed from that.
    // A window wider than the limit is scored on its own.
    let k = 0;
    while (k < ranges.length) {
      const lo = ranges[k][0];
      let j = k;
      while (j + 1 < ranges.length && ranges[j + 1][0] >= lo && ranges[j + 1][1] - lo <= WHOLE_TEXT_LIMIT) j++;
      let hi = ranges[k][1];
      for (let q = k; q <= j; q++) hi = Math.max(hi, ranges[q][1]);
      if (j === k) {
        out[k] = singleSum(text, ranges[k][0], ranges[k][1], ruleFeats[k], cfg, weights);
      } else {
        scanRange(text, lo, hi, cfg, weights, j - k + 1);
        for (let q = k; q <= j; q++) out[q] = windowSum(text, ranges[q][0], ranges[q][1], ruleFeats[q], cfg, weights);
      }
      k = j + 1;
    }
  }
  release();
}
