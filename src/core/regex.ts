// The only module that imports re2. Every pattern applied to untrusted text (from code, policy or a
// gitleaks file) is compiled here, at load time, into a linear-time RE2 program. Unsupported syntax
// (backreferences, lookaround) is rejected with the rule id in the message.
import RE2 from 're2';
import { isHighSurrogate, isLowSurrogate } from './units.ts';

export type Re2 = InstanceType<typeof RE2>;

export class PatternError extends Error {
  readonly ruleId: string;
  constructor(ruleId: string, message: string) {
    super(`pattern ${JSON.stringify(ruleId)}: ${message}`);
    this.name = 'PatternError';
    this.ruleId = ruleId;
  }
}

/**
 * Compile one pattern. `flags` is a subset of "imsuy"; "g" and "u" are always added. "y" (sticky)
 * makes a pattern for matchAt(): matched only where it is told to start.
 */
export function compile(ruleId: string, source: string, flags = ''): Re2 {
  const f = new Set((flags + 'gu').split(''));
  for (const c of f) if (!'gimsuy'.includes(c)) throw new PatternError(ruleId, `unsupported flag ${c}`);
  try {
    return new RE2(source, [...f].join(''));
  } catch (err) {
    throw new PatternError(ruleId, (err as Error).message);
  }
}

/**
 * RE2 memory budget of one pattern set (RE2's default is 8 MB). The compiled program takes part of the
 * budget and the matching DFA caches its states in half of the rest; with the PII set (~80 patterns,
 * Unicode classes) the default left so little that PII-dense text (presidio-synth-pii) kept flushing
 * and rebuilding the state cache: the set pass cost ~100 µs per text, 3 µs with this budget, and the
 * PII detector ran 3x faster on that data. The budget is a ceiling, not an allocation: states are
 * built as text needs them (a few MB in practice); in the worst case each set's cache is bounded by it.
 */
const SET_MAX_MEM = 32 << 20;

/** A multi-pattern prefilter: which of many patterns match anywhere in a text, in one pass. */
export interface PatternSet {
  /** Indexes (into the source list) of the patterns that match somewhere in `text`. */
  match(text: string | Buffer): number[];
  readonly size: number;
}

/**
 * Compile a multi-pattern prefilter. A text that machineLike or slowFor picks out (one on which the whole
 * set would build an automaton state per byte) is answered from several small sets instead (SplitSet),
 * with the same answer.
 */
export function compileSet(setId: string, sources: readonly string[], flags = ''): PatternSet {
  if (sources.length === 0) return { match: () => [], size: 0 };
  let set: InstanceType<typeof RE2.Set>;
  try {
    set = new RE2.Set(sources as string[], flags + 'u', { maxMem: SET_MAX_MEM });
  } catch (err) {
    throw new PatternError(setId, (err as Error).message);
  }
  const groups = splitGroups(sources);
  let split: SplitSet | undefined; // built at the first text that needs it
  return {
    size: sources.length,
    match: (text) => {
      const bytes = typeof text === 'string' ? subject(text) : text;
      if (groups !== null && (machineLike(bytes) || slowFor(set, bytes))) {
        return (split ??= new SplitSet(sources, flags, groups)).match(bytes);
      }
      return set.match(bytes);
    },
  };
}

/**
 * Texts shorter than this are always matched by the whole set: the states a short text can create cost
 * little (machineLike).
 */
const MACHINE_MIN_BYTES = 128;
/** A run of non-space bytes longer than this counts towards machineLike's share of long runs. */
const MACHINE_RUN = 32;

/**
 * Whether one RE2.Set over many patterns is likely to be slow on `bytes`: at least a third of them lie in
 * runs of more than MACHINE_RUN bytes without a space or control character, and those runs are varied and
 * hold letters (variedRuns): base64 and PEM blocks, JSON carrying a file, UUID lists, signed URLs, long
 * identifiers. A set's automaton is a DFA built lazily, one state per distinct combination of its
 * patterns' partial matches. On prose few combinations occur and states are reused from text to text; in
 * a long run of letters and digits many patterns with counted repetitions (key and token shapes, IPv6
 * groups, domain labels, digit runs) are partway through a match at once, at offsets that differ from
 * byte to byte, so the set builds a new state for nearly every byte of a new text: 13-20 µs per byte with
 * the PII and secrets patterns together, against 5-40 ns on prose (BENCHMARKS.md finding 29). A few
 * patterns per set keep the combinations few, so on such texts compileSet's sets answer from several
 * small sets (SplitSet). The answer is the same either way (which patterns match somewhere); only its
 * cost differs. Digit-dense text (number and phone lists, dates, CSV rows of numbers, hex dumps) and runs
 * of a repeated unit ("aaaa…", "&#58;&#58;…") are left to the whole set: it builds few states there, and
 * the small sets cost more. Deterministic; one pass, which stops early on prose, and a second over at most
 * MACHINE_SAMPLE bytes for texts with long runs. The last answer is kept for the same Buffer (subject()
 * hands the same one out for the same string). What it misses, slowFor catches by timing.
 */
export function machineLike(bytes: Buffer): boolean {
  if (bytes === machineBytes) return machineAnswer;
  const n = bytes.length;
  let answer = false;
  if (n >= MACHINE_MIN_BYTES) {
    const need = Math.ceil(n / 3);
    let run = 0;
    let long = 0;
    for (let i = 0; i < n; i++) {
      if (bytes[i] <= 0x20) {
        if (run > MACHINE_RUN) long += run;
        run = 0;
        // Stop once the rest of the text could not bring the long runs to a third (prose: soon).
        if (long + n - i - 1 < need) break;
      } else {
        run++;
      }
    }
    if (run > MACHINE_RUN) long += run;
    answer = long >= need && variedRuns(bytes);
  }
  machineBytes = bytes;
  machineAnswer = answer;
  return answer;
}

/**
 * Whether the first MACHINE_SAMPLE four-byte windows without a space are varied (at least a quarter of
 * them new to the text) and hold letters (at least a quarter of their last bytes are ASCII letters: the
 * patterns that run into each other there are key, token, hex and label shapes; in runs of digits and
 * punctuation, CSV rows of numbers, the whole set builds few states and is the cheaper one).
 */
function variedRuns(bytes: Buffer): boolean {
  const stamp = (machineStamp = (machineStamp + 1) >>> 0 || 1);
  let sampled = 0;
  let novel = 0;
  let letters = 0;
  let run = 0;
  let h = 0;
  for (let i = 0; i < bytes.length && sampled < MACHINE_SAMPLE; i++) {
    const c = bytes[i];
    if (c <= 0x20) {
      run = 0;
      continue;
    }
    h = ((h << 8) | c) >>> 0; // the four bytes ending here
    if (++run < 4) continue;
    sampled++;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) letters++;
    const k = Math.imul(h, 0x9e3779b1) >>> (32 - MACHINE_GRAM_BITS);
    if (machineGrams[k] !== stamp) {
      machineGrams[k] = stamp;
      novel++;
    }
  }
  return novel * 4 >= sampled && letters * 4 >= sampled;
}

/** Texts at least this long are probed by slowFor (a shorter one costs a set pass at most ~80 ms however it is built). */
const PROBE_MIN_BYTES = 4096;
/** Each of the probe's two reads takes this many bytes from the text's start. */
const PROBE_BYTES = 1024;
/** A first read slower than this per byte calls for the second: ~50x a cold pass over prose, a seventh of a set that builds a state per byte. */
const PROBE_NS_PER_BYTE = 2000;
/**
 * A second read slower than this per byte marks the text: a third of a set that builds a state per byte
 * (13-20 µs), three times a fresh set's second kilobyte of prose (1.4-1.8 µs measured right after a start).
 */
const CONFIRM_NS_PER_BYTE = 5000;
/** Texts probed slow (by Buffer; the same Buffer serves a string's every set, see subject()). */
const probedSlow = new WeakMap<Buffer, boolean>();

/**
 * Whether `set` builds states on `bytes` as on machine-like text although machineLike said no (text
 * shaped in a way it does not recognise, such as digits mixed at random with spaces and hyphens: 14 µs
 * per byte): the set reads the first PROBE_BYTES, timed, and the next PROBE_BYTES against a higher
 * bound when the first were slow. Reading them again in the full pass costs little, since their states
 * are then cached, so prose pays about nothing; a text shaped to blow the set up costs the probe (~40
 * ms) and is then read by the small sets. Depends on the machine's speed only through the plan, never
 * through the answer. Remembered per Buffer. Exported for tests.
 */
export function slowFor(set: { match(b: Buffer): number[] }, bytes: Buffer): boolean {
  if (bytes.length < PROBE_MIN_BYTES) return false;
  const known = probedSlow.get(bytes);
  if (known !== undefined) return known;
  // A set that has read little so far builds states on any text, so on a fresh set the first kilobyte
  // of prose crosses the first bound (2.9-4.5 µs per byte on the merged PII + secrets set right after a
  // start): a text is marked only when the next kilobyte, read with the first one's states built, crosses
  // the higher second bound. A text that makes the set build a state per byte is slow in both.
  const slow = probeSlow(set, bytes, 0, PROBE_NS_PER_BYTE) && probeSlow(set, bytes, PROBE_BYTES, CONFIRM_NS_PER_BYTE);
  probedSlow.set(bytes, slow);
  return slow;
}

/** Whether the set reads bytes[from, from + PROBE_BYTES) slower than `nsPerByte`. */
function probeSlow(set: { match(b: Buffer): number[] }, bytes: Buffer, from: number, nsPerByte: number): boolean {
  const t0 = process.hrtime.bigint();
  set.match(bytes.subarray(from, from + PROBE_BYTES));
  return Number(process.hrtime.bigint() - t0) > PROBE_BYTES * nsPerByte;
}

/** Bits of variedRuns' 4-gram table, and how many 4-grams of a text it reads at most. */
const MACHINE_GRAM_BITS = 14;
const MACHINE_SAMPLE = 4096;
/** Per table slot, the call that saw it last (no clearing between calls). */
const machineGrams = new Uint32Array(1 << MACHINE_GRAM_BITS);
let machineStamp = 0;
let machineBytes: Buffer | null = null;
let machineAnswer = false;

/** Patterns per small set of a SplitSet (plain literals share one set: they keep few states together). */
const SPLIT_GROUP = 2;

/**
 * The sources of one set as several small RE2.Sets (machineLike): the plain literals together, the other
 * patterns SPLIT_GROUP at a time, in order. match() answers as the whole set does: the indexes of the
 * sources that match somewhere, ascending.
 */
class SplitSet {
  private readonly sets: InstanceType<typeof RE2.Set>[] = [];
  /** Per small set, the source index of each of its patterns. */
  private readonly index: Int32Array[] = [];

  constructor(sources: readonly string[], flags: string, groups: readonly number[][]) {
    for (const g of groups) {
      // Each source already compiled in the whole set, so a small set of them compiles too.
      this.sets.push(new RE2.Set(g.map((i) => sources[i]), flags + 'u', { maxMem: SET_MAX_MEM }));
      this.index.push(Int32Array.from(g));
    }
  }

  match(bytes: Buffer): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.sets.length; k++) {
      const at = this.index[k];
      for (const j of this.sets[k].match(bytes)) out.push(at[j]);
    }
    return out.sort((a, b) => a - b);
  }
}

/** The source indexes of a SplitSet's small sets; null when there would be only one (all literals, or too few patterns). */
function splitGroups(sources: readonly string[]): number[][] | null {
  const literal: number[] = [];
  const other: number[] = [];
  sources.forEach((s, i) => (isPlainLiteral(s) ? literal : other).push(i));
  const groups: number[][] = literal.length > 0 ? [literal] : [];
  for (let k = 0; k < other.length; k += SPLIT_GROUP) groups.push(other.slice(k, k + SPLIT_GROUP));
  return groups.length < 2 ? null : groups;
}

/** A source that is a plain literal, optionally case-insensitive as `(?i:...)`: no class, group, repetition or anchor. */
function isPlainLiteral(source: string): boolean {
  let s = source;
  if (s.startsWith('(?i:') && s.endsWith(')')) s = s.slice(4, -1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      // An escaped punctuation character stands for itself; an escaped letter or digit is a class, an
      // assertion or a code (\d, \b, \x{..}, \1).
      const e = s[++i];
      if (e === undefined || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9')) return false;
      continue;
    }
    if ('[](){}*+?|.^$'.includes(c)) return false;
  }
  return true;
}

/**
 * One RE2.Set pass for the pattern sets of several detectors that scan the same texts (the PII
 * recognisers' set and the secrets prefilter, both carrying normalisation's decode shapes). A set pass
 * costs little per pattern but much per byte: ~2 ns per byte at least, and among the other detectors'
 * work 2 to 4 times what it costs alone, because its automaton's states fall out of the CPU caches
 * between calls. One pass over a merged set reads the text once and keeps one automaton warm
 * (BENCHMARKS.md finding 28).
 *
 * member() returns a PatternSet that answers as compileSet() over the same sources would. Members are
 * grouped by their owner (groupBy; by default all in one group): a group's merged set (sources
 * deduplicated across its members) runs once per text and each member reads its own indexes out of
 * the answer, ascending as node-re2 returns them. A merged set only pays when every member of its
 * group reads the same texts, so the policy groups the detectors that run in exactly the same phases;
 * a member alone in its group has a set of its own sources. The last few answers of a group are kept,
 * keyed by the text (string equality: an equal text has the same answer; Buffers, which can change,
 * are not kept), so the second detector to ask about a segment or one of its normalised views does not
 * scan it again. A member compiles a set of its own also when its group's set cannot be built or fails
 * on a text (RE2.Set gives up when its automaton outgrows the memory budget; the failure is remembered
 * for that text). One difference from compileSet: a source RE2 rejects is reported by the member's
 * match(), not by member(), so members suit callers that treat a throwing match() as "no answer" (both
 * callers do: they fall back to a plainer set).
 *
 * Lifetime: one pool per compiled policy (policy/compile.ts). Members are added while detectors are
 * built; groupBy() and seal() follow once the policy's phases are known (otherwise the first match
 * builds the groups); adding a member or regrouping afterwards builds them again at the next match.
 */
export class SetPool {
  private readonly members: PoolMember[] = [];
  private groupOf: (owner: string) => string = () => '';
  /** Whether members' groups are built for the current members and grouping. */
  private built = false;
  private readonly maxMem: number;

  /** `maxMem`: a merged set's RE2 memory budget (default: two sets' worth, SET_MAX_MEM each). */
  constructor(opts: { readonly maxMem?: number } = {}) {
    this.maxMem = opts.maxMem ?? SET_MAX_MEM * 2;
  }

  /** `owner` names the member's detector for groupBy (default: setId). */
  member(setId: string, sources: readonly string[], owner = setId): PatternSet {
    if (sources.length === 0) return compileSet(setId, sources);
    const m: PoolMember = { setId, sources, owner, group: null, at: new Int32Array(sources.length), own: undefined };
    this.members.push(m);
    this.built = false;
    return {
      size: sources.length,
      match: (text) => {
        if (!this.built) this.seal();
        const hits = m.group === null ? null : m.group.hits(text);
        if (hits === null) return (m.own ??= compileSet(m.setId, m.sources)).match(text);
        const out: number[] = [];
        for (let i = 0; i < m.at.length; i++) if (hits[m.at[i]] === 1) out.push(i);
        return out;
      },
    };
  }

  /** Members whose owners map to the same key share a merged set. */
  groupBy(groupOf: (owner: string) => string): void {
    this.groupOf = groupOf;
    this.built = false;
  }

  /** Build the groups and compile their merged sets now (policy load) rather than at the first match. */
  seal(): void {
    if (this.built) return;
    this.built = true;
    const byKey = new Map<string, PoolMember[]>();
    for (const m of this.members) {
      const key = this.groupOf(m.owner);
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [m]);
      else list.push(m);
    }
    for (const list of byKey.values()) {
      const group = list.length > 1 ? new PoolGroup(list, this.maxMem) : null; // alone: its own set
      for (const m of list) m.group = group;
    }
  }
}

interface PoolMember {
  readonly setId: string;
  readonly sources: readonly string[];
  readonly owner: string;
  group: PoolGroup | null;
  /** Index of each source in its group's merged set. */
  readonly at: Int32Array;
  own: PatternSet | undefined;
}

/** Members sharing one merged set and its recent answers. */
class PoolGroup {
  private readonly size: number;
  /** The merged set; null when RE2 refused it. */
  private readonly merged: InstanceType<typeof RE2.Set> | null;
  /** Recent answers, newest last: the text and its merged-set hits as flags (null: the set failed on it). */
  private readonly recent: { text: string; hits: Uint8Array | null }[] = [];

  constructor(members: readonly PoolMember[], maxMem: number) {
    const sources: string[] = [];
    const index = new Map<string, number>();
    for (const m of members) {
      for (let i = 0; i < m.sources.length; i++) {
        let k = index.get(m.sources[i]);
        if (k === undefined) {
          k = sources.length;
          sources.push(m.sources[i]);
          index.set(m.sources[i], k);
        }
        m.at[i] = k;
      }
    }
    this.size = sources.length;
    let merged: InstanceType<typeof RE2.Set> | null = null;
    try {
      merged = new RE2.Set(sources, 'u', { maxMem });
    } catch {
      // RE2 refused the merged set: every member answers from its own
    }
    this.merged = merged;
  }

  /** The merged set's answer for `text` as one flag per source, or null when it has none (or declines a machine-like text). */
  hits(text: string | Buffer): Uint8Array | null {
    const r = this.recent;
    if (typeof text === 'string') for (let i = r.length - 1; i >= 0; i--) if (r[i].text === text) return r[i].hits;
    let hits: Uint8Array | null = null;
    const bytes = typeof text === 'string' ? subject(text) : text;
    // A machine-like text would make the merged set build a state per byte: every member answers from
    // its own set instead, which compileSet splits for such texts (machineLike, slowFor).
    if (this.merged !== null && !machineLike(bytes) && !slowFor(this.merged, bytes)) {
      try {
        const found = this.merged.match(bytes);
        hits = new Uint8Array(this.size);
        for (const k of found) hits[k] = 1;
      } catch {
        hits = null;
      }
    }
    if (typeof text === 'string') {
      if (r.length === POOL_RECENT) r.shift();
      r.push({ text, hits });
    }
    return hits;
  }
}

/** Answers a pool group keeps: a segment and its normalised views. */
const POOL_RECENT = 4;

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly (string | undefined)[];
}

/**
 * ASCII texts at least this long are matched as bytes when matches are returned (matchAll,
 * matchAllSkipping, matchAt). On bytes node-re2 returns every match and group as a new Buffer
 * (several microseconds per match), while on a string it converts the whole text once per regex
 * object (about 1.4 ns per character) and then returns cheap strings: these calls usually find a
 * match (a set said the pattern occurs), so bytes only pay off on long texts. Sets and test() never
 * return matches and always take bytes.
 */
const MATCHALL_BYTES_MIN = 4096;

/**
 * All non-overlapping matches, leftmost first. Offsets are UTF-16 code units. Long ASCII text is
 * matched as bytes (matchAllAscii); other non-ASCII text has its first BYTE_MATCHES matches read from
 * its UTF-8 bytes (no string conversion: most regexes that run find one or two matches, see matchFew)
 * and the rest, if any, from the string; short ASCII text is matched as a string.
 */
export function matchAll(re: Re2, input: string): Match[] {
  const n = input.length;
  if (n >= MATCHALL_BYTES_MIN) {
    const bytes = asciiBytes(input);
    if (bytes !== null) return matchAllAscii(re, bytes, input);
    if (n > SCRATCH_MAX) return stringWalk(re, input, [], 0);
  } else if (Buffer.byteLength(input, 'utf8') === n) {
    return stringWalk(re, input, [], 0); // ASCII (a lone surrogate takes 3 bytes): the cached bytes stay
  }
  const bytes = subject(input);
  const out: Match[] = [];
  re.lastIndex = 0;
  while (out.length < BYTE_MATCHES) {
    const m = execBytes(re, bytes);
    if (m === null) {
      re.lastIndex = 0;
      return out;
    }
    const match = utf8Match(m, input, bytes);
    // An empty match: the string walk goes on from it (it steps over empty matches by its own rule).
    if (match.end === match.start) return stringWalk(re, input, out, match.start);
    out.push(match);
  }
  return stringWalk(re, input, out, out[out.length - 1].end);
}

/** matchAll's walk over the string, from UTF-16 offset `from`, after the matches already in `out`. */
function stringWalk(re: Re2, input: string, out: Match[], from: number): Match[] {
  const text = wellFormed(input);
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(text);
    if (m === null) break;
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, groups: m.slice(1) });
    // An empty match advances by one code point, never into the middle of a surrogate pair (node-re2
    // maps lastIndex to UTF-8 offsets and answers inconsistently from inside a pair).
    if (end === start) re.lastIndex = end + (isHighSurrogate(text.charCodeAt(end)) && isLowSurrogate(text.charCodeAt(end + 1)) ? 2 : 1);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * matchAll, with the scan told where matches cannot start: `next(pos)` returns a position <= the
 * start of every match at or after `pos` (and >= pos), or -1 when no match starts at or after
 * `pos`. The answer equals matchAll(re, input) whenever `next` keeps that promise (in UTF-16 offsets
 * of `input`); the text it skips is never scanned. Non-ASCII text is scanned on its UTF-8 bytes
 * (skipUtf8); a text longer than the byte scratch is matched in full (matchAll). ASCII text shorter
 * than MATCHALL_BYTES_MIN is matched as a string unless `bytes`: for a pattern without capture groups a
 * match from bytes costs one Buffer, less than converting the text, most of which the skipping
 * never reads.
 */
export function matchAllSkipping(re: Re2, input: string, next: (pos: number) => number, bytes = false): Match[] {
  if (asciiBytes(input) === null) return input.length > SCRATCH_MAX ? matchAll(re, input) : skipUtf8(re, input, next, false);
  const out: Match[] = [];
  let pos = next(0);
  re.lastIndex = -1;
  while (pos >= 0 && pos <= input.length) {
    if (re.lastIndex !== pos) re.lastIndex = pos; // after a match exec leaves it at the match end
    let match: Match;
    if (out.length < BYTE_MATCHES && (bytes || input.length >= MATCHALL_BYTES_MIN)) {
      // Fetched again after every call of `next`, which may have used this module on another text.
      const m = execBytes(re, asciiBytes(input)!);
      if (m === null) break;
      match = asciiMatch(m);
    } else {
      // Short or match-dense text: one string conversion, then cheap string results (same offsets: ASCII).
      const m = re.exec(input);
      if (m === null) break;
      match = { start: m.index, end: m.index + m[0].length, groups: m.slice(1) };
    }
    out.push(match);
    pos = next(match.end === match.start ? match.end + 1 : match.end);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * matchAll for a pattern whose every match starts at a candidate position: `next(pos)` returns the
 * smallest candidate >= pos (or -1), and each candidate is tried with one anchored match of
 * `sticky` (the same pattern compiled with "y"), in order. Equals matchAll(re, input) whenever
 * `next` keeps that promise, and costs the tries instead of a scan: bounded work per candidate even
 * where RE2's DFA gives up on the unanchored program. Non-ASCII text as in matchAllSkipping.
 */
export function matchAllAtCandidates(re: Re2, sticky: Re2, input: string, next: (pos: number) => number): Match[] {
  if (!sticky.sticky) throw new Error('matchAllAtCandidates needs a sticky pattern');
  if (asciiBytes(input) === null) return input.length > SCRATCH_MAX ? matchAll(re, input) : skipUtf8(sticky, input, next, true);
  const out: Match[] = [];
  let pos = next(0);
  while (pos >= 0 && pos <= input.length) {
    const m = matchAt(sticky, input, pos, out.length >= BYTE_MATCHES);
    if (m === null || m.end === m.start) {
      if (m !== null) out.push(m);
      pos = next(pos + 1);
      continue;
    }
    out.push(m);
    pos = next(m.end);
  }
  return out;
}

/** node-re2 exec on bytes: the match and its groups come back as Buffers, `index` in bytes. */
type ByteExecArray = { readonly index: number; readonly length: number; readonly [i: number]: Buffer | undefined };

function execBytes(re: Re2, bytes: Buffer): ByteExecArray | null {
  return (re as unknown as { exec(b: Buffer): ByteExecArray | null }).exec(bytes);
}

function asciiMatch(m: ByteExecArray): Match {
  const groups: (string | undefined)[] = new Array(m.length - 1);
  for (let i = 1; i < m.length; i++) {
    const g = m[i];
    groups[i - 1] = g === undefined ? undefined : g.toString('latin1');
  }
  return { start: m.index, end: m.index + m[0]!.length, groups };
}

/**
 * The match of a sticky pattern (compiled with "y") that starts exactly at `pos` (UTF-16 offset, at
 * a code point boundary), or null: what matchAll would report at `pos` if its scan reached `pos`
 * there. Costs the match, not a scan of the text. Short texts, and any text with `dense` (the caller
 * expects many matches), go to RE2 as a string: converted once per regex object and text, then
 * cheaper per match than bytes (see MATCHALL_BYTES_MIN).
 */
export function matchAt(re: Re2, input: string, pos: number, dense = false): Match | null {
  if (!re.sticky) throw new Error('matchAt needs a sticky pattern');
  const bytes = dense || input.length < MATCHALL_BYTES_MIN ? null : asciiBytes(input);
  re.lastIndex = pos;
  let out: Match | null = null;
  if (bytes !== null) {
    const m = execBytes(re, bytes);
    if (m !== null) out = asciiMatch(m);
  } else {
    const m = re.exec(wellFormed(input));
    if (m !== null) out = { start: m.index, end: m.index + m[0].length, groups: m.slice(1) };
  }
  re.lastIndex = 0;
  return out;
}

/**
 * matchAll over the bytes of an ASCII text: byte offsets are UTF-16 offsets, every code point is
 * one unit, and node-re2 skips its per-call string conversion (a UTF-8 copy of the whole text for
 * every regex object that sees it). Groups come back as Buffers and are turned into strings here.
 */
function matchAllAscii(re: Re2, bytes: Buffer, input: string): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (;;) {
    let match: Match;
    if (out.length < BYTE_MATCHES) {
      const m = execBytes(re, bytes);
      if (m === null) break;
      match = asciiMatch(m);
    } else {
      const m = re.exec(input); // match-dense: string results are cheaper (lastIndex carries over)
      if (m === null) break;
      match = { start: m.index, end: m.index + m[0].length, groups: m.slice(1) };
    }
    out.push(match);
    if (match.end === match.start) re.lastIndex = match.end + 1;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The matches of `re` in an ASCII `text` read from its bytes, when there are at most `max` of them
 * and none is empty; else null (also for non-ASCII text, which matchAll reads from bytes itself), and
 * the caller walks the string. The engine's set said the pattern occurs, so most calls find one or
 * two matches: on bytes node-re2 skips converting the text (a UTF-8 copy of all of it for every regex
 * object that sees it), but builds each match and group as a Buffer, so match-dense text is cheaper
 * as a string. On ASCII bytes, byte offsets are UTF-16 offsets and a group's Latin-1 decoding is its
 * string, so the matches are those of matchAll.
 */
export function matchFew(re: Re2, text: string, max: number): Match[] | null {
  if (text.length > SCRATCH_MAX) return null;
  const bytes = asciiBytes(text);
  if (bytes === null) return null;
  const out: Match[] = [];
  re.lastIndex = 0;
  for (;;) {
    const m = execBytes(re, bytes);
    if (m === null) break;
    if (m[0]!.length === 0 || out.length === max) {
      re.lastIndex = 0;
      return null;
    }
    out.push(asciiMatch(m));
  }
  re.lastIndex = 0;
  return out;
}

/** A Match from node-re2's exec on `bytes`, the UTF-8 form (subject) of the non-ASCII `text`. */
function utf8Match(m: ByteExecArray, text: string, bytes: Buffer): Match {
  const groups: (string | undefined)[] = new Array(m.length - 1);
  for (let i = 1; i < m.length; i++) {
    const g = m[i];
    groups[i - 1] = g === undefined ? undefined : g.toString('utf8');
  }
  return { start: utf16Offset(text, bytes, m.index), end: utf16Offset(text, bytes, m.index + m[0]!.length), groups };
}

// Offsets between the UTF-8 bytes of a non-ASCII text and its UTF-16 units: for each non-ASCII code
// point, the byte offset just after it and how many more bytes than units the text has up to there.
// Built from the bytes on the first offset asked for a text (one entry, like the byte caches below).
let mapText: string | null = null;
let mapEnds = new Int32Array(64);
let mapExcess = new Int32Array(64);
let mapCount = 0;

function mapFor(text: string, bytes: Buffer): void {
  if (mapText === text) return;
  if (mapEnds.length > 1 << 16) {
    // Made for a long text full of non-ASCII: not kept for the texts after it.
    mapEnds = new Int32Array(64);
    mapExcess = new Int32Array(64);
  }
  let k = 0;
  let excess = 0;
  const n = bytes.length;
  // ASCII runs are skipped four bytes at a time (aligned words of the buffer's memory without a high bit).
  const off = bytes.byteOffset;
  const words = new Uint32Array(bytes.buffer, 0, (off + n) >> 2);
  for (let i = 0; i < n; ) {
    if (((off + i) & 3) === 0) {
      let w = (off + i) >> 2;
      while (w < words.length && (words[w] & 0x80808080) === 0) w++;
      i = (w << 2) - off;
      if (i >= n) break;
    }
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // A lead byte: 2 bytes (one unit), 3 (one unit; a lone surrogate arrives as U+FFFD) or 4 (a pair).
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    i += len;
    excess += len === 4 ? 2 : len - 1;
    if (k === mapEnds.length) {
      const ends = new Int32Array(k * 2);
      ends.set(mapEnds);
      const exc = new Int32Array(k * 2);
      exc.set(mapExcess);
      mapEnds = ends;
      mapExcess = exc;
    }
    mapEnds[k] = i;
    mapExcess[k] = excess;
    k++;
  }
  mapCount = k;
  mapText = text;
}

/**
 * Whether `pred` holds for one of the non-ASCII code units of `text` (a surrogate pair is asked about
 * by its low surrogate; a lone surrogate by itself). Walks the text's UTF-8 bytes, kept for the RE2
 * calls that follow on the same text, skipping ASCII four bytes at a time.
 */
export function someNonAscii(text: string, pred: (unit: number) => boolean): boolean {
  if (isAscii(text)) return false;
  if (text.length > SCRATCH_MAX) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80 && pred(c)) return true;
    }
    return false;
  }
  mapFor(text, subject(text));
  // The code point k ends at byte mapEnds[k], which is unit mapEnds[k] - mapExcess[k].
  for (let k = 0; k < mapCount; k++) if (pred(text.charCodeAt(mapEnds[k] - mapExcess[k] - 1))) return true;
  return false;
}

/** How many of the mapped code points end at or before `at`: a byte offset, or with `units` a UTF-16 one. */
function endedBy(at: number, units: boolean): number {
  let lo = 0;
  let hi = mapCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mapEnds[mid] - (units ? mapExcess[mid] : 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The UTF-16 offset of byte offset `at` (a code point boundary) of `bytes`, the UTF-8 form of `text`. */
function utf16Offset(text: string, bytes: Buffer, at: number): number {
  mapFor(text, bytes);
  const k = endedBy(at, false);
  return k === 0 ? at : at - mapExcess[k - 1];
}

/** The byte offset in `bytes` (the UTF-8 form of `text`) of UTF-16 offset `at`, a code point boundary. */
function utf8Offset(text: string, bytes: Buffer, at: number): number {
  mapFor(text, bytes);
  const k = endedBy(at, true);
  return k === 0 ? at : at + mapExcess[k - 1];
}

/**
 * matchAllSkipping / matchAllAtCandidates on a non-ASCII text, from its UTF-8 bytes: every try starts
 * at the byte offset of the UTF-16 position `next` gave, and matches come back in UTF-16 offsets.
 * With `sticky`, each candidate gets one anchored try; without, the scan resumes from it.
 */
function skipUtf8(re: Re2, input: string, next: (pos: number) => number, sticky: boolean): Match[] {
  const out: Match[] = [];
  let pos = next(0);
  while (pos >= 0 && pos <= input.length) {
    // Inside a surrogate pair, go on from the code point after it: no match starts inside a pair.
    if (pos > 0 && pos < input.length && isLowSurrogate(input.charCodeAt(pos)) && isHighSurrogate(input.charCodeAt(pos - 1))) pos++;
    // Fetched again after every call of `next`, which may have used this module on another text.
    const bytes = subject(input);
    re.lastIndex = utf8Offset(input, bytes, pos);
    const m = execBytes(re, bytes);
    const match = m === null ? null : utf8Match(m, input, bytes);
    if (sticky) {
      if (match !== null) out.push(match);
      pos = next(match === null || match.end === match.start ? pos + 1 : match.end);
      continue;
    }
    if (match === null) break;
    out.push(match);
    pos = next(match.end === match.start ? match.end + 1 : match.end);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Matches taken from bytes before a scan switches to the string (node-re2 builds a Buffer per match
 * and group from bytes, a string from a string; the string costs one conversion of the text).
 */
const BYTE_MATCHES = 2;

// One-entry cache of the last ASCII text's bytes. Detectors run many regexes and sets over the same
// segment; node-re2 converts a JS string to UTF-8 on every call of a different regex object, which
// cost more than the matching itself. The bytes live in a reusable scratch buffer: every function
// here finishes with them before returning and nothing it returns references them.
const SCRATCH_MAX = 1 << 20;
let scratch: Buffer = Buffer.allocUnsafeSlow(1 << 14);
let cachedText: string | null = null;
let cachedBytes: Buffer | null = null;
// The UTF-8 bytes of cachedText when it is not ASCII (only for subject(): offsets in them are not
// UTF-16 offsets). In the scratch when the encoding fitted, else made on first use.
let cachedUtf8: Buffer | null = null;

const encoder = new TextEncoder();

// The same for the last text longer than SCRATCH_MAX, in a buffer of its own. Without it every call on such
// a text encoded all of it again: matchAt, called once per candidate, made a secrets scan of 1.05 M
// characters with ~20,000 candidates take 5.7 s against 31 ms at half that length.
let bigText: string | null = null;
let bigBytes: Buffer | null = null; // its bytes when it is ASCII
let bigUtf8: Buffer | null = null; // its UTF-8 bytes when it is not

/** Whether every UTF-16 unit of `text` is below 0x80 (lone surrogates are not ASCII). */
export function isAscii(text: string): boolean {
  return asciiBytes(text) !== null;
}

/** The UTF-8 bytes of `text` when it is ASCII (valid until the next call), else null. */
function asciiBytes(text: string): Buffer | null {
  if (text === cachedText) return cachedBytes;
  const n = text.length;
  if (n > SCRATCH_MAX) {
    if (text !== bigText) {
      // A lone surrogate takes three bytes (U+FFFD), so a text is ASCII exactly when its bytes are as many as its units.
      const b = Buffer.from(text, 'utf8');
      bigText = text;
      bigBytes = b.length === n ? b : null;
      bigUtf8 = bigBytes === null ? b : null;
    }
    return bigBytes;
  }
  if (scratch.length < n) scratch = Buffer.allocUnsafeSlow(Math.min(SCRATCH_MAX, Math.max(n, scratch.length * 2)));
  // One pass both encodes and decides: the text is ASCII exactly when every unit became one byte.
  const r = encoder.encodeInto(text, scratch);
  cachedText = text;
  cachedBytes = r.read === n && r.written === n ? scratch.subarray(0, n) : null;
  cachedUtf8 = cachedBytes === null && r.read === n ? scratch.subarray(0, r.written) : null;
  return cachedBytes;
}

/**
 * What RE2 is given for `text` where no offsets come back (sets, test()): its UTF-8 bytes, kept for
 * the next call on the same text (node-re2 would convert a string again for every set and regex).
 * Both encoders write a lone surrogate as U+FFFD, as wellFormed() does.
 */
function subject(text: string): Buffer {
  const ascii = asciiBytes(text);
  if (ascii !== null) return ascii;
  if (text.length > SCRATCH_MAX) return bigUtf8!; // asciiBytes made it
  return (cachedUtf8 ??= Buffer.from(text, 'utf8'));
}

/**
 * RE2 (through node-re2) stops matching after a lone UTF-16 surrogate, so a JSON "\ud800" escape in
 * front of a secret would hide it from every detector. Lone surrogates are replaced by U+FFFD, which
 * keeps every offset (same length) and never creates a match on its own.
 */
export function wellFormed(text: string): string {
  return text.isWellFormed() ? text : text.toWellFormed();
}

/** Whether `re` matches anywhere in `text` (stateless: resets lastIndex, sees past lone surrogates). */
export function test(re: Re2, text: string): boolean {
  re.lastIndex = 0;
  const ok = (re as unknown as { test(s: Buffer): boolean }).test(subject(text));
  re.lastIndex = 0;
  return ok;
}

/** Escape a literal so it matches itself in RE2 syntax. */
export function escapeLiteral(s: string): string {
  let out = '';
  for (const ch of s) out += '\\^$.|?*+()[]{}/-'.includes(ch) ? '\\' + ch : ch;
  return out;
}
