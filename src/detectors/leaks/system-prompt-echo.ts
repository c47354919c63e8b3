// SYSTEM_PROMPT_ECHO: the response repeats the request's own system prompt (DetectionContext
// .systemPrompts) verbatim or nearly so, in plain text or in an encoding.
//
// Units. Both sides are normalised (NFKC, invisibles removed, look-alikes folded) and cut into units:
// words (runs of letters, digits and marks), single characters of scripts written without spaces
// (Chinese, Japanese kana, Thai, …), where a word would be a whole clause, and words spelled out letter
// by letter (mergeSpelled). A unit is keyed lower-cased, look-alikes folded in either case, with English
// person and contraction forms folded together ("you"/"I"/"me", "your"/"my", "are"/"am", "don"+"t" as
// "do"+"not", …), so a prompt restated in the first person or with its contractions changed is the
// same sequence; units are compared by the hash of their key.
//
// Alignment. An echo is a chain of response units matched, in order, to prompt units: consecutive
// matches are at most GAP units apart on each side, so words inserted, dropped or replaced here and
// there do not break it. Chains start at a response unit found in the prompt (at every occurrence, unless
// the unit is COMMON there: such units only continue chains) and are continued greedily at the nearest
// prompt position within GAP; two chains that reach the same pair keep the heavier. A chain is a finding
// when its matches weigh `minWords` words (a character of an unspaced script counts half, a person word
// nothing), at least half of the units it spans on each side (plus one) are matched, and three in five
// of its steps go to the very next prompt unit (a prompt's words shuffled are its vocabulary, not its
// text). Overlapping findings merge; each spans the echoed units in the ORIGINAL response text.
//
// Views. The normalised text; the same units read as rot13 (an ASCII word whose rot13 form is a prompt
// word); and the decoded payloads of the shared normaliser (base64, hex, %xx, Morse code, eight-bit groups,
// tag characters), read as one text in order, whose findings cover the encoded spans they come from.
//
// Streams. Every decision about a unit depends only on the units before it and on at most GAP + 1
// units after it, so a chain whose last match is more than GAP + 1 units before the end of a window is
// final. The hold point (holdTextFor) is the start of the earliest chain that could still grow, in any
// view, read without a last unit that may still grow; a trailing spelled word, or one or two letters
// that may start one, are held from their first letter. With a span of one unit and the trailing
// encoded run (hold.ts spanStrategy), an answer that is not echoing its prompt holds back its last word.
//
// Only echoes of at least `minWords` words (default 8) are caught; shorter overlaps are common phrases.
// Paraphrases, translations, summaries and other ciphers are not caught. Cost: linear in the response
// (at most MAX_CHAINS chains alive, each continued by reading at most GAP + 1 prompt units).
import { compile, matchAll } from '../../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../../core/types.ts';
import { normalize, rot13, type NormalizeOptions } from '../normalize.ts';
import { DEFAULT_VIEW_OPTIONS, normalizeOptions } from '../views.ts';
import { doubled } from '../../core/units.ts';
import { foldLetter, unspaced } from './projections.ts';

const WORD = compile('echo/word', '^[\\p{L}\\p{N}\\p{M}]$');
/**
 * Units of a system prompt read for its index: bounds the memory a cached prompt holds (CACHE_SIZE of
 * them). Response texts are read whole: their cost is linear and nothing of them is kept. (Until the
 * twenty-eighth round responses were cut at 200,000 words too, so an echo after that went unseen.)
 */
const MAX_PROMPT_WORDS = 200_000;
const CACHE_SIZE = 64;
/** Units skipped at most between two matches of a chain, on either side. */
const GAP = 3;
/** A unit found more often than this in a prompt starts no chain (it still continues one). */
const COMMON = 8;
/** Chains alive at once at most (new chains beyond it are not started; see the header). */
const MAX_CHAINS = 256;

export interface EchoConfig {
  readonly id: string;
  readonly minWords?: number;
}

/** English person and contraction forms folded together (see the header). */
const FOLD: ReadonlyMap<string, string> = new Map([
  ['i', 'you'], ['me', 'you'], ['u', 'you'], ['my', 'your'], ['mine', 'yours'], ['myself', 'yourself'],
  ['am', 'are'], ['re', 'are'], ['m', 'are'], ['ve', 'have'], ['ll', 'will'], ['d', 'would'],
  ['don', 'do'], ['dont', 'do'], ['doesn', 'does'], ['didn', 'did'], ['isn', 'is'], ['aren', 'are'], ['wasn', 'was'],
  ['weren', 'were'], ['haven', 'have'], ['hasn', 'has'], ['hadn', 'had'], ['won', 'will'], ['wouldn', 'would'],
  ['shouldn', 'should'], ['couldn', 'could'], ['mustn', 'must'], ['needn', 'need'], ['t', 'not'], ['cannot', 'can'],
]);

/** Per non-ASCII code point: letter or number? (RE2 once per distinct code point, then cached.) */
const wordCache = new Map<number, boolean>();
export function isWordCp(cp: number, ch: string): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let v = wordCache.get(cp);
  if (v === undefined) {
    v = matchAll(WORD, ch).length > 0;
    if (wordCache.size < 65536) wordCache.set(cp, v);
  }
  return v;
}

/** FNV-1a over UTF-16 code units. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h === 0 ? 1 : h;
}

/**
 * An open-addressing table from key hashes (never 0) to numbers: `get` returns -1 when absent. Faster
 * than a Map for the per-unit lookups here.
 */
class HashTable {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  readonly mask: number;
  /** 32 − log2(slots): the slot is the top bits of the key times the golden ratio. */
  readonly shift: number;
  size = 0;
  constructor(capacity: number) {
    let n = 16;
    let bits = 4;
    while (n < 2 * capacity) {
      n *= 2;
      bits++;
    }
    this.keys = new Int32Array(n);
    this.values = new Int32Array(n);
    this.mask = n - 1;
    this.shift = 32 - bits;
  }
  slot(h: number): number {
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== 0 && this.keys[i] !== h) i = (i + 1) & this.mask;
    return i;
  }
  get(h: number): number {
    if (h === 0) return -1;
    const i = this.slot(h);
    return this.keys[i] === h ? this.values[i] : -1;
  }
  set(h: number, v: number): void {
    const i = this.slot(h);
    if (this.keys[i] !== h) {
      this.keys[i] = h;
      this.size++;
    }
    this.values[i] = v;
  }
}

/** FOLD by key hash (units are compared by the hash of their folded key; see unitsOf). */
const FOLD_HASH = new HashTable(FOLD.size);
/** A byte per 10-bit slice of a hash: 1 where a FOLD key's hash may be (skips most lookups). */
const FOLD_FILTER = new Uint8Array(1024);
for (const [from, to] of FOLD) {
  FOLD_HASH.set(hashString(from), hashString(to));
  FOLD_FILTER[hashString(from) >>> 22] = 1;
}

/** Longest FOLD key: longer units are not looked up. */
const FOLD_LONGEST = Math.max(...[...FOLD.keys()].map((x) => x.length));
/** Keys of person words (after FOLD): they continue a chain but add nothing to its weight (unitWeight). */
const PERSON: ReadonlySet<number> = new Set(['you', 'your', 'yours', 'yourself', 'are'].map(hashString));

/** Per non-ASCII code point: its key characters (lower-cased, look-alikes folded in either case), cached. */
const letterCache = new Map<number, string>();

function foldedOf(cp: number): string {
  let f = letterCache.get(cp);
  if (f === undefined) {
    f = cp > 0xffff ? String.fromCodePoint(cp).toLowerCase() : foldLetter(String.fromCharCode(cp));
    if (letterCache.size < 65536) letterCache.set(cp, f);
  }
  return f;
}

/**
 * Units of a text: unit j is text.slice(starts[j], ends[j]), j < count, compared by `hashes[j]`, the hash
 * of its key: lower-cased, look-alikes folded in either case ("ВАША" and "ваша" are one word), then FOLD;
 * `raw[j]` is that hash before FOLD (the rot13 view compares it, PromptIndex.rot13); `single[j]` is 1
 * for a character of an unspaced script, 2 for a word spelled out letter by letter (mergeSpelled). A hash stands for its key (two keys of one prompt and
 * response that collide make at most a stray match, which a chain of `minWords` does not rest on). Typed
 * arrays in two reused sets (the response and its decoded payloads), and no unit strings: arrays of
 * tens of thousands of short strings cost up to 5 times more per unit past ~64 K characters (V8 moves
 * a large backing store out of the young generation, and every young string stored into it then takes
 * the write barrier's slow path).
 */
class Units {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  hashes = new Int32Array(256);
  raw = new Int32Array(256);
  single = new Uint8Array(256);
  count = 0;
  grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.hashes = doubled(this.hashes);
    this.raw = doubled(this.raw);
    this.single = doubled(this.single);
  }
  /** Drops arrays grown past 64 K units by a long text. */
  release(): void {
    if (this.starts.length > 1 << 16) Object.assign(this, new Units());
  }
}

const RESPONSE_UNITS = new Units();
const DECODED_UNITS = new Units();

/** Appends unit [start, end) with key hash h to `us` (setUnit). */
function pushUnit(us: Units, start: number, end: number, h: number, single: number): void {
  if (us.count === us.starts.length) us.grow();
  setUnit(us, us.count++, start, end, h, single);
}

/** Writes unit c: [start, end) with key hash h (FOLD applied in `hashes`). */
function setUnit(us: Units, c: number, start: number, end: number, h: number, single: number): void {
  const raw = h === 0 ? 1 : h;
  let hh = raw;
  if (end - start <= FOLD_LONGEST && FOLD_FILTER[raw >>> 22] === 1) {
    const f = FOLD_HASH.get(raw);
    if (f !== -1) hh = f;
  }
  us.starts[c] = start;
  us.ends[c] = end;
  us.hashes[c] = hh;
  us.raw[c] = raw;
  us.single[c] = single;
}

/** An ASCII code unit's key character (a letter lower-cased, a digit), 0 for a separator. */
const ASCII_KEY = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : 0));

function unitsOf(text: string, us: Units = new Units(), max = Infinity): Units {
  us.count = 0;
  let start = -1;
  let h = FNV_OFFSET;
  const len = text.length;
  let i = 0;
  while (i < len && us.count < max) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const k = ASCII_KEY[c];
      if (k !== 0) {
        if (start < 0) {
          start = i;
          h = FNV_OFFSET;
        }
        h = Math.imul(h ^ k, FNV_PRIME);
      } else if (start >= 0) {
        pushUnit(us, start, i, h, 0);
        start = -1;
      }
      i++;
      continue;
    }
    // codePointAt without the call: a surrogate pair is one code point, a lone surrogate is itself.
    let cp = c;
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    if (isWordCp(cp, w === 1 ? text[i] : text.slice(i, i + 2))) {
      const single = cp >= 0x0e00 && unspaced(cp);
      if (single && start >= 0) {
        pushUnit(us, start, i, h, 0);
        start = -1;
      }
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      const f = foldedOf(cp);
      for (let q = 0; q < f.length; q++) h = Math.imul(h ^ f.charCodeAt(q), FNV_PRIME);
      if (single) {
        pushUnit(us, start, i + w, h, 1);
        start = -1;
      }
    } else if (start >= 0) {
      pushUnit(us, start, i, h, 0);
      start = -1;
    }
    i += w;
  }
  if (start >= 0 && us.count < max) pushUnit(us, start, i, h, 0);
  mergeSpelled(text, us);
  return us;
}

/** A unit of one ASCII letter. */
function letterUnit(text: string, us: Units, j: number): boolean {
  if (us.ends[j] - us.starts[j] !== 1) return false;
  const c = text.charCodeAt(us.starts[j]) | 0x20;
  return c >= 97 && c <= 122;
}

/** text[a, b) equals text[c, d). */
function sameText(text: string, a: number, b: number, c: number, d: number): boolean {
  if (b - a !== d - c) return false;
  for (let q = 0; q < b - a; q++) if (text.charCodeAt(a + q) !== text.charCodeAt(c + q)) return false;
  return true;
}

/** text[a, b) holds an apostrophe ("I'm", "I’d" are words, not spelling). */
function apostrophe(text: string, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (text.charCodeAt(q) === 0x27 || text.charCodeAt(q) === 0x2019) return true;
  return false;
}

/** A separator between spelled letters: 1 to `max` characters, no line break. */
function spellGap(text: string, a: number, b: number, max: number): boolean {
  if (b - a < 1 || b - a > max) return false;
  for (let q = a; q < b; q++) if (text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13) return false;
  return true;
}

/**
 * Letters spelled out ("Y o u   a r e", "y-o-u a-r-e") read as the words they spell: a run starts at
 * three one-letter units with the same separator between them (at most 3 characters, no apostrophe),
 * which then joins letters into a word; any other short separator ends the word and the run goes on. Each word is one unit (`single`
 * 2), hashed as the word written out. Every choice depends only on the text before it.
 */
function mergeSpelled(text: string, us: Units): void {
  const n = us.count;
  let out = 0;
  let j = 0;
  while (j < n) {
    const starts = j + 2 < n && letterUnit(text, us, j) && letterUnit(text, us, j + 1) && letterUnit(text, us, j + 2) &&
      spellGap(text, us.ends[j], us.starts[j + 1], 3) && !apostrophe(text, us.ends[j], us.starts[j + 1]) &&
      sameText(text, us.ends[j], us.starts[j + 1], us.ends[j + 1], us.starts[j + 2]);
    if (!starts) {
      if (out !== j) copyUnit(us, j, out);
      out++;
      j++;
      continue;
    }
    const ja = us.ends[j];
    const jb = us.starts[j + 1];
    let from = j;
    let k = j;
    for (;;) {
      const next = k + 1;
      const joins = next < n && letterUnit(text, us, next) && sameText(text, us.ends[k], us.starts[next], ja, jb);
      if (joins) {
        k = next;
        continue;
      }
      // The word from..k ends: one unit (a lone letter stays as it is).
      if (k > from) {
        let h = FNV_OFFSET;
        for (let q = from; q <= k; q++) h = Math.imul(h ^ (text.charCodeAt(us.starts[q]) | 0x20), FNV_PRIME);
        setUnit(us, out++, us.starts[from], us.ends[k], h, 2);
      } else {
        if (out !== from) copyUnit(us, from, out);
        out++;
      }
      if (next < n && letterUnit(text, us, next) && spellGap(text, us.ends[k], us.starts[next], 5)) {
        from = next;
        k = next;
        continue;
      }
      j = next;
      break;
    }
  }
  us.count = out;
}

function copyUnit(us: Units, from: number, to: number): void {
  us.starts[to] = us.starts[from];
  us.ends[to] = us.ends[from];
  us.hashes[to] = us.hashes[from];
  us.raw[to] = us.raw[from];
  us.single[to] = us.single[from];
}

/**
 * What a match of a unit adds to a chain: 2 for a word, 1 for a character of an unspaced script (see
 * unitsOf), 0 for a person word, so that an assistant saying who it is ("I am the support assistant for
 * Acme Bank") does not count the words that make it first person.
 */
function unitWeight(hash: number, single: boolean): number {
  return PERSON.has(hash) ? 0 : single ? 1 : 2;
}

interface PromptIndex {
  /** Unit ids in order. */
  readonly ids: Int32Array;
  /** Key hash → id. */
  readonly vocabulary: HashTable;
  /**
   * The rot13 view: hash of the rot13 form of an ASCII-letter prompt unit (before FOLD) → the unit's id,
   * compared with a response unit's `raw` hash: the response unit read as rot13 is that prompt unit.
   */
  readonly rot13: HashTable;
  /** Per id: its positions in `ids`, or null when the unit is COMMON there (it starts no chain). */
  readonly positions: (Int32Array | null)[];
  /** Per id: the weight a match of it adds (unitWeight). */
  readonly weights: Uint8Array;
  /** Units of the prompt. */
  readonly count: number;
  /** Matched weight a whole echo of the prompt would have (spaced words 2, unspaced characters 1). */
  readonly weight: number;
}

/** Prompt ids of the units of the view being read (−1: none), reused. */
let rid = new Int32Array(1024);

/**
 * Chains (see the header), as parallel arrays indexed by chain number; a finished chain's number is
 * reused (`free`), so the arrays hold about as many chains as are alive at once. One instance, reused.
 */
class Chains {
  startJ = new Int32Array(256);
  lastJ = new Int32Array(256);
  startI = new Int32Array(256);
  lastI = new Int32Array(256);
  weight = new Int32Array(256);
  matched = new Int32Array(256);
  /** Matches that follow the chain's previous match in the prompt directly. */
  adjacent = new Int32Array(256);
  size = 0;
  readonly free: number[] = [];
  reset(): void {
    this.size = 0;
    this.free.length = 0;
  }
  add(j: number, i: number, w: number): number {
    let c = this.free.pop();
    if (c === undefined) {
      if (this.size === this.startJ.length) {
        this.startJ = doubled(this.startJ);
        this.lastJ = doubled(this.lastJ);
        this.startI = doubled(this.startI);
        this.lastI = doubled(this.lastI);
        this.weight = doubled(this.weight);
        this.matched = doubled(this.matched);
        this.adjacent = doubled(this.adjacent);
      }
      c = this.size++;
    }
    this.startJ[c] = j;
    this.lastJ[c] = j;
    this.startI[c] = i;
    this.lastI[c] = i;
    this.weight[c] = w;
    this.matched[c] = 1;
    this.adjacent[c] = 0;
    return c;
  }
}

const CHAINS = new Chains();
/** Per prompt position: `token` when a chain reached it at the current unit, and which chain. */
let reachedAt = new Int32Array(1024);
let reachedBy = new Int32Array(1024);
let token = 0;

/** A chain that became an echo: response units [from, to] (inclusive), with its matched words. */
interface Echo {
  readonly from: number;
  readonly to: number;
  readonly words: number;
}

/**
 * The chains of response unit ids `rid` (−1: not a prompt unit) against `p`. Returns
 * the echoes (chains of at least `need` weight and half density each side), and in `live` the smallest
 * start unit of a chain that later units could still extend (rid.length when none).
 */
function align(rid: Int32Array, n: number, p: PromptIndex, need: number): { echoes: Echo[]; live: number } {
  const ch = CHAINS;
  ch.reset();
  let active: number[] = [];
  let next: number[] = [];
  const echoes: Echo[] = [];
  const pids = p.ids;
  const m = p.count;
  if (reachedAt.length < m) {
    reachedAt = new Int32Array(m);
    reachedBy = new Int32Array(m);
    token = 0;
  }
  const finish = (c: number): void => {
    ch.free.push(c);
    const matched = ch.matched[c];
    if (ch.weight[c] < need) return;
    // At most one unmatched unit per match, plus one (an opening word such as "my" in "my instructions:"
    // that matched the prompt's first word), on each side.
    if (2 * matched + 1 < ch.lastJ[c] - ch.startJ[c] + 1 || 2 * matched + 1 < ch.lastI[c] - ch.startI[c] + 1) return;
    if (5 * ch.adjacent[c] < 3 * (matched - 1)) return;
    echoes.push({ from: ch.startJ[c], to: ch.lastJ[c], words: matched });
  };
  for (let j = 0; j < n; j++) {
    const w = rid[j];
    if (w < 0) continue;
    const wt = p.weights[w];
    const tk = ++token;
    next.length = 0;
    for (let q = 0; q < active.length; q++) {
      const c = active[q];
      if (j - ch.lastJ[c] > GAP + 1) {
        finish(c);
        continue;
      }
      const li = ch.lastI[c];
      const stop = Math.min(m - 1, li + GAP + 1);
      let hit = -1;
      for (let i = li + 1; i <= stop; i++) {
        if (pids[i] === w) {
          hit = i;
          break;
        }
      }
      if (hit < 0) {
        next.push(c);
        continue;
      }
      if (reachedAt[hit] === tk) {
        // Two chains at the same pair continue alike from here: keep the heavier one going.
        const other = reachedBy[hit];
        if (ch.weight[c] + wt <= ch.weight[other]) {
          finish(c);
          continue;
        }
        finish(other);
        next[next.indexOf(other)] = c;
      } else next.push(c);
      reachedAt[hit] = tk;
      reachedBy[hit] = c;
      if (hit === li + 1) ch.adjacent[c]++;
      ch.lastJ[c] = j;
      ch.lastI[c] = hit;
      ch.weight[c] += wt;
      ch.matched[c]++;
    }
    const pos = p.positions[w];
    if (pos !== null) {
      for (let k = 0; k < pos.length && next.length < MAX_CHAINS; k++) {
        if (reachedAt[pos[k]] !== tk) next.push(ch.add(j, pos[k], wt));
      }
    }
    const t = active;
    active = next;
    next = t;
  }
  let live = n;
  for (const c of active) {
    if (n - 1 - ch.lastJ[c] <= GAP && ch.startJ[c] < live) live = ch.startJ[c];
    finish(c);
  }
  return { echoes, live };
}

/**
 * Normalisation options: those of the other detectors' views (views.ts DEFAULT_VIEW_OPTIONS), so the
 * normalised text and payloads they computed for the same text are shared; and, for a text with a
 * whitespace-free run longer than 512 characters (a whole prompt in base64 or hex), which those views
 * read in overlapping pieces, the normaliser's whole-run reading up to its default bound of 4,096: this
 * detector reads the payloads joined, where overlapping pieces would repeat words.
 */
const VIEW_DECODE: NormalizeOptions = normalizeOptions(DEFAULT_VIEW_OPTIONS);
const LONG_DECODE: NormalizeOptions = { decode: true };

/** A whitespace-free run longer than VIEW_DECODE's payload bound. */
function longRun(text: string): boolean {
  const bound = VIEW_DECODE.maxDecodeSpan!;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) run = 0;
    else if (++run > bound) return true;
  }
  return false;
}

export function createSystemPromptEchoDetector(cfg: EchoConfig): Detector {
  const k = cfg.minWords ?? 8;
  if (!Number.isInteger(k) || k < 3) throw new Error(`detector ${cfg.id}: min_words must be an integer >= 3`);
  const need = 2 * k;
  // Indexes per system prompt text; a policy has few distinct system prompts at a time.
  const cache = new Map<string, PromptIndex>();
  const indexOf = (prompt: string): PromptIndex => {
    const hit = cache.get(prompt);
    if (hit !== undefined) {
      cache.delete(prompt);
      cache.set(prompt, hit);
      return hit;
    }
    const text = normalize(prompt, { decode: false }).text;
    const us = unitsOf(text, new Units(), MAX_PROMPT_WORDS);
    const vocabulary = new HashTable(us.count);
    const ids = new Int32Array(us.count);
    const counts: number[] = [];
    const weightOf: number[] = [];
    let weight = 0;
    for (let j = 0; j < us.count; j++) {
      const key = us.hashes[j];
      let id = vocabulary.get(key);
      if (id === -1) {
        id = vocabulary.size;
        vocabulary.set(key, id);
        counts.push(0);
        weightOf.push(unitWeight(key, us.single[j] === 1));
      }
      ids[j] = id;
      counts[id]++;
      weight += weightOf[id];
    }
    const weights = Uint8Array.from(weightOf);
    const rotTable = new HashTable(us.count);
    for (let j = 0; j < us.count; j++) {
      const word = text.slice(us.starts[j], us.ends[j]).toLowerCase();
      let letters = true;
      for (let q = 0; q < word.length && letters; q++) letters = word.charCodeAt(q) >= 97 && word.charCodeAt(q) <= 122;
      if (letters) rotTable.set(hashString(rot13(word)), ids[j]);
    }
    const positions: (Int32Array | null)[] = counts.map((c) => (c > COMMON ? null : new Int32Array(c)));
    const fill = new Int32Array(counts.length);
    for (let j = 0; j < us.count; j++) {
      const pos = positions[ids[j]];
      if (pos !== null) pos[fill[ids[j]]++] = j;
    }
    const v: PromptIndex = { ids, vocabulary, rot13: rotTable, positions, weights, count: us.count, weight };
    cache.set(prompt, v);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return v;
  };
  /** Prompts that could be echoed at all (a whole echo reaches `need`). */
  const indexes = (ctx: DetectionContext): PromptIndex[] => {
    const out: PromptIndex[] = [];
    for (const p of ctx.systemPrompts ?? []) {
      const ix = indexOf(p);
      if (ix.weight >= need) out.push(ix);
    }
    return out;
  };

  /**
   * Reads `text` against each prompt in every view. `onEcho(start, end, words, prompt)`: an echo at
   * original offsets; returns the smallest original offset at which a chain could still grow.
   */
  const read = (text: string, prompts: readonly PromptIndex[], onEcho: ((s: number, e: number, words: number, p: PromptIndex) => void) | null): number => {
    let live = text.length;
    const n = normalize(text, longRun(text) ? LONG_DECODE : VIEW_DECODE);
    const us = unitsOf(n.text, RESPONSE_UNITS);
    // For the hold point, a last unit that reaches the end of the text may be the start of a longer one
    // ("br" of "brief"): chains are read without it (the trailing word is held anyway, hold.ts), so no
    // decision about a chain rests on it.
    // A spelled word (mergeSpelled) may grow while no more than a separator follows it: it is dropped too,
    // and held from its start (the trailing-word hold does not reach back over its separators).
    let count = us.count;
    if (onEcho === null && count > 0) {
      const last = count - 1;
      if (us.single[last] === 2 && n.text.length - us.ends[last] <= 3) {
        count--;
        live = n.toOriginal(us.starts[last], us.starts[last])[0];
      } else if (us.ends[last] === n.text.length) count--;
      // One or two letters at the end may be the start of a spelled word: held from the first.
      let first = -1;
      for (let q = us.count - 1, after = n.text.length; q >= 0 && q >= us.count - 2; q--) {
        if (us.single[q] !== 0 || !letterUnit(n.text, us, q) || after - us.ends[q] > 3 || (after < n.text.length && !spellGap(n.text, us.ends[q], after, 3)) || apostrophe(n.text, us.ends[q], after)) break;
        first = q;
        after = us.starts[q];
      }
      // Those letters may merge into one spelled unit at their first letter's index: chains are read
      // without them, so a chain that such a word could continue is still alive.
      if (first >= 0) {
        live = Math.min(live, n.toOriginal(us.starts[first], us.starts[first])[0]);
        count = Math.min(count, first);
      }
    }
    // Decoded payloads, in order, read as one text: a unit maps back to its payload's encoded span
    // (`owner`). Most texts have none: then nothing is built. The normaliser's whole-text copies
    // (DecodedSpan.copy: rot13, which the rot13 view above reads unit by unit; spelled-out runs joined,
    // which mergeSpelled reads; character references decoded) are left out: an echo there would cover the
    // whole answer.
    const payloads = n.decoded.length > 0 ? n.decoded.filter((d) => d.copy !== true) : [];
    const spans = payloads.length > 0 ? payloads.sort((x, y) => x.start - y.start || x.end - y.end) : null;
    const ju = spans === null ? null : unitsOf(spans.map((d) => d.text).join('\n'), DECODED_UNITS);
    const owner = new Int32Array(ju === null ? 0 : ju.count);
    if (spans !== null && ju !== null) {
      for (let j = 0, sp = 0, spanEnd = spans[0].text.length; j < ju.count; j++) {
        while (sp < spans.length - 1 && ju.starts[j] > spanEnd) spanEnd += 1 + spans[++sp].text.length;
        owner[j] = sp;
      }
    }
    const units = Math.max(us.count, owner.length);
    if (rid.length < units) rid = new Int32Array(Math.max(units, 2 * rid.length));
    for (const p of prompts) {
      // Plain, then rot13 (when any unit read as rot13 is a prompt unit; a chain can start at any one).
      for (let view = 0; view < 2; view++) {
        const table = view === 0 ? p.vocabulary : p.rot13;
        const hashes = view === 0 ? us.hashes : us.raw;
        let found = 0;
        for (let j = 0; j < us.count; j++) {
          const id = table.get(hashes[j]);
          rid[j] = id;
          if (id >= 0) found++;
        }
        if (found === 0) continue;
        const a = align(rid, count, p, need);
        if (a.live < count) live = Math.min(live, n.toOriginal(us.starts[a.live], us.starts[a.live])[0]);
        if (onEcho !== null) {
          for (const e of a.echoes) {
            const [s, end] = n.toOriginal(us.starts[e.from], us.ends[e.to]);
            onEcho(s, end, e.words, p);
          }
        }
      }
      if (spans !== null && ju !== null && ju.count > 0) {
        for (let j = 0; j < ju.count; j++) rid[j] = p.vocabulary.get(ju.hashes[j]);
        const a = align(rid, ju.count, p, need);
        if (a.live < ju.count) live = Math.min(live, spans[owner[a.live]].start);
        if (onEcho !== null) {
          for (const e of a.echoes) {
            let s = Infinity;
            let end = -1;
            for (let q = owner[e.from]; q <= owner[e.to]; q++) {
              s = Math.min(s, spans[q].start);
              end = Math.max(end, spans[q].end);
            }
            onEcho(s, end, e.words, p);
          }
        }
      }
    }
    RESPONSE_UNITS.release();
    DECODED_UNITS.release();
    if (rid.length > 1 << 16) rid = new Int32Array(1024);
    return live;
  };

  return {
    id: cfg.id,
    // A minimal echo: `minWords` matched words over at most twice as many units of up to ~20 characters.
    maxMatchLength: k * 40,
    spanwise: true,
    // Without a system prompt of at least k words there is nothing to echo: the stream holds nothing.
    // Otherwise one unit (with the trailing word or encoded run, hold.ts spanStrategy), and holdTextFor.
    holdFor(ctx: DetectionContext): number {
      return indexes(ctx).length > 0 ? 1 : 0;
    },
    holdTextFor(ctx: DetectionContext): ((text: string) => number) | undefined {
      const prompts = indexes(ctx);
      if (prompts.length === 0) return undefined;
      return (text: string): number => read(text, prompts, null);
    },
    scan(text: string, ctx: DetectionContext): Finding[] {
      if (text.length === 0) return [];
      const prompts = indexes(ctx);
      if (prompts.length === 0) return [];
      const raw: { s: number; e: number; words: number; p: PromptIndex }[] = [];
      read(text, prompts, (s, e, words, p) => raw.push({ s, e, words, p }));
      // One finding per overlapping group, scored by its longest echo.
      raw.sort((a, b) => a.s - b.s || b.e - a.e);
      const out: Finding[] = [];
      let cur: (typeof raw)[number] | null = null;
      const flush = (): void => {
        if (cur === null) return;
        const units = Math.max(cur.p.count, 1);
        const score = Math.min(0.99, 0.6 + 0.3 * Math.min(1, cur.words / (3 * k)) + 0.1 * Math.min(1, cur.words / units));
        out.push({
          detector: cfg.id, type: 'SYSTEM_PROMPT_ECHO', start: cur.s, end: cur.e, score: Math.round(score * 1000) / 1000,
          explanation: `echo of ${cur.words} words (system prompt has ${cur.p.count})`,
        });
      };
      for (const r of raw) {
        if (cur !== null && r.s < cur.e) {
          cur = { s: cur.s, e: Math.max(cur.e, r.e), words: Math.max(cur.words, r.words), p: r.words > cur.words ? r.p : cur.p };
          continue;
        }
        flush();
        cur = r;
      }
      flush();
      return out;
    },
  };
}
