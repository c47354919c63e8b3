// The secret-rule recipe (after gitleaks' rule model): an RE2 pattern, an optional capture group that
// holds the secret, keywords that must appear in the text (a cheap prefilter), an entropy floor on the
// secret, a validator for formats with internal structure (JWT header, GitHub checksum shape, …) and
// stop words that mark placeholders. Built-in rules also carry a generator of synthetic secrets so
// tests and the evaluation never need a real credential.
import { compile, compileSet, escapeLiteral, matchAll, type Match, type PatternSet, type Re2, type SetPool } from '../../core/regex.ts';
import { anchoredMatches, type Anchor } from '../recognizer.ts';
import { DECODE_SHAPES, primeDecodeGate } from '../normalize.ts';
import type { Finding } from '../../core/types.ts';
import { shannonEntropy } from '../checksums.ts';
import { mulberry32 } from '../../core/prng.ts';

/** Deterministic random source in [0, 1) used by sample generators. */
export type Rand = () => number;

export interface SecretRule {
  /** Unique id, e.g. "github-pat", "gitleaks:aws-access-token". */
  readonly id: string;
  /** Finding type (one of SECRET_TYPES). */
  readonly type: string;
  readonly regex: string;
  readonly caseInsensitive?: boolean;
  /** Capture group (1-based) holding the secret; 0/undefined = the whole match. */
  readonly group?: number;
  /** Lower-case literals; when set, one must occur in the text for the rule to run. */
  readonly keywords?: readonly string[];
  /** Where matches can start (a speed hint; findings are the same without it): see Anchor. */
  readonly anchor?: Anchor;
  /** Minimum Shannon entropy (bits/char) of the secret. */
  readonly entropy?: number;
  readonly score: number;
  /** Longest match in UTF-16 units (bounds the streaming hold-back). */
  readonly maxLength: number;
  /**
   * Checks a candidate; null drops it. `text` and `end` (where the secret ends in it) let a rule read what follows
   * the value (a call's "(" after an identifier); `matchStart`, where the rule's match starts, what precedes it (the
   * key name a generic secret follows).
   */
  validate?(secret: string, text: string, end: number, matchStart: number): { score?: number; note?: string } | null;
  /** Secrets containing one of these (lower-case) are placeholders, not secrets. */
  readonly stopwords?: readonly string[];
  /**
   * The secret is a password a person chose (a connection string's, a URL's, a .netrc entry's), not a
   * generated token: placeholderShape then drops only runs of masking characters (x, X, *), not values
   * of one or two distinct characters or runs of zeros ("000000", "121212" are real, weak passwords).
   */
  readonly password?: boolean;
  /** Allow-lists (gitleaks semantics): a candidate any allow-list accepts is dropped. */
  readonly allowlists?: readonly SecretAllowlist[];
  /** Custom finder (private-key blocks); replaces regex matching after the prefilter fires. */
  find?(text: string): { start: number; end: number; score: number; note: string }[];
  /**
   * The custom finder runs on every text, without a trigger pattern (its regex is unused): for a finder
   * whose own linear scan is cheaper than any pattern that could gate it (seed phrases).
   */
  readonly always?: boolean;
  /** Synthetic sample text containing one secret of this kind (never a real credential). */
  sample?(rand: Rand): string;
}

/** Placeholder fragments common in docs and examples. */
export const COMMON_STOPWORDS: readonly string[] = [
  'example', 'xxxx', 'your_', 'your-', '<your', 'changeme', 'placeholder', 'dummy', 'redacted', '********', 'insert', '${', '{{',
];

/** Longest run of one repeated character in `s` that `masking` accepts. */
function longestRun(s: string, masking: (c: string) => boolean): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = masking(s[i]) && i > 0 && s[i] === s[i - 1] ? run + 1 : masking(s[i]) ? 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

function distinct(s: string, from: number, to: number): number {
  const seen = new Set<string>();
  for (let i = from; i < to && seen.size <= 2; i++) seen.add(s[i]);
  return seen.size;
}

/**
 * A value of the shape documentation and redacted logs write in place of a secret: a run of eight or
 * more of one masking character (x, X, 0, *: `sk-xxxxxxxxxxxxxxxxxxxx`, `ghp_000000000000…`,
 * `AKIAXXXXXXXXXXXXXXXX`), or a value of at most two distinct characters, also after a vendor prefix
 * (its longest run of letters and digits, when that is eight or more characters and at least half of
 * it: `sk-proj-aaaaaaaaaaaaaaaaaaaa`). No generated token has either shape except by a chance of
 * about 62^-7. Password rules (SecretRule.password) keep the second shape and runs of zeros.
 */
export function placeholderShape(secret: string, password = false): boolean {
  const masking = password ? (c: string): boolean => c === 'x' || c === 'X' || c === '*' : (c: string): boolean => c === 'x' || c === 'X' || c === '0' || c === '*';
  if (longestRun(secret, masking) >= 8) return true;
  if (password) return false;
  if (distinct(secret, 0, secret.length) <= 2) return true;
  // The longest run of ASCII letters and digits.
  let bestStart = 0;
  let bestLen = 0;
  let start = 0;
  for (let i = 0; i <= secret.length; i++) {
    const c = i < secret.length ? secret.charCodeAt(i) : 0;
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum) continue;
    if (i - start > bestLen) {
      bestLen = i - start;
      bestStart = start;
    }
    start = i + 1;
  }
  return bestLen >= 8 && 2 * bestLen >= secret.length && distinct(secret, bestStart, bestStart + bestLen) <= 2;
}

export interface SecretAllowlist {
  readonly regexes: readonly Re2[];
  /** Lower-case fragments; the secret containing one is allowed. */
  readonly stopwords: readonly string[];
  /** What the regexes are applied to (default the secret). */
  readonly target: 'secret' | 'match' | 'line';
  /** AND: every configured criterion must hold; OR (default): any one. */
  readonly and: boolean;
}

function allowed(al: SecretAllowlist, secret: string, match: string, line: string): boolean {
  const target = al.target === 'match' ? match : al.target === 'line' ? line : secret;
  const lower = secret.toLowerCase();
  const checks: boolean[] = [];
  if (al.regexes.length > 0) checks.push(al.regexes.some((r) => matchAll(r, target).length > 0));
  if (al.stopwords.length > 0) checks.push(al.stopwords.some((w) => lower.includes(w)));
  if (checks.length === 0) return false;
  return al.and ? checks.every(Boolean) : checks.some(Boolean);
}

export interface SecretEngine {
  readonly maxMatchLength: number;
  readonly ruleCount: number;
  scan(text: string): Finding[];
}

interface Compiled {
  readonly rule: SecretRule;
  readonly re: Re2;
  readonly keywordIdx: readonly number[];
  /** Index of this rule's own pattern in the trigger set, or -1 (the keywords gate it; matchAll decides). */
  readonly trigger: number;
  /** Per anchor literal: its keyword index (the prefilter knows whether it occurs), or -1. */
  readonly anchorKw: Int32Array;
  /** The pattern compiled sticky, for anchors at the match start (within 0): tried at each literal. */
  readonly sticky: Re2 | null;
}

/**
 * Compile rules into one engine: one trigger RE2.Set (keywords, keyword-less patterns) in front of
 * per-rule matching. The patterns of the rules in `gatedIds` (a few, with small DFAs: the built-in
 * ones) also join the prefilter. With `pool`, the prefilter's fast set is a member of it (one pass with
 * the other detectors' sets over each text; SetPool).
 */
export function buildSecretEngine(detector: string, rules: readonly SecretRule[], extraStopwords: readonly string[] = [], gatedIds: ReadonlySet<string> = new Set(), pool?: SetPool): SecretEngine {
  const keywords: string[] = [];
  const kwIndex = new Map<string, number>();
  const compiled: Compiled[] = [];
  for (const rule of rules) {
    const idx: number[] = [];
    for (const k of rule.keywords ?? []) {
      const key = k.toLowerCase();
      let i = kwIndex.get(key);
      if (i === undefined) {
        i = keywords.length;
        keywords.push(key);
        kwIndex.set(key, i);
      }
      idx.push(i);
    }
    const anchorKw = new Int32Array(rule.anchor?.literals.length ?? 0).fill(-1);
    if (rule.anchor !== undefined && rule.anchor.caseSensitive !== true) {
      rule.anchor.literals.forEach((lit, j) => {
        anchorKw[j] = kwIndex.get(lit) ?? -1;
      });
    }
    const flags = rule.caseInsensitive ? 'i' : '';
    const sticky = rule.anchor?.within === 0 ? compile(rule.id, rule.regex, flags + 'y') : null;
    if (rule.always === true && rule.find === undefined) throw new Error(`secrets rule ${rule.id}: always needs find`);
    compiled.push({ rule, re: compile(rule.id, rule.regex, flags), keywordIdx: idx, trigger: -1, anchorKw, sticky });
  }
  const source = (r: SecretRule): string => (r.caseInsensitive ? `(?i:${r.regex})` : r.regex);
  // One prefilter pass per text: the keywords plus the patterns of the rules that have no keywords
  // (and of custom finders, which only run when their pattern occurs). A keyword-gated rule whose
  // keyword occurs is then matched directly: its matchAll finds nothing exactly when a pattern set
  // would not have listed it, so the findings are those of a full pattern-set prefilter at a
  // fraction of the cost (a set of every pattern is the slowest DFA of all).
  const triggerSources = keywords.map((k) => `(?i:${escapeLiteral(k)})`);
  for (let i = 0; i < compiled.length; i++) {
    const c = compiled[i];
    if (c.rule.always !== true && (c.keywordIdx.length === 0 || c.rule.find !== undefined)) {
      compiled[i] = { ...c, trigger: triggerSources.length };
      triggerSources.push(source(c.rule));
    }
  }
  let trigSet: PatternSet | null = null;
  try {
    trigSet = compileSet(`${detector}/triggers`, triggerSources);
  } catch {
    trigSet = null; // too large for one set: fall back to keyword-gated per-rule matching
  }
  // The fast set: the trigger set, plus the patterns of the keyword-gated rules listed in
  // `gatedIds` (a gated rule then also needs its own pattern to occur: its matchAll would find
  // nothing otherwise, so this only skips passes that find nothing), plus normalisation's decode
  // shapes, whose answer primes normalize() for this very text (scanViews normalises it next). One
  // DFA pass instead of up to three. If it cannot be built, or fails on a text (RE2.Set gives up on
  // pathological input), the plain trigger set answers as before.
  const nTrig = triggerSources.length;
  const gateSources: string[] = [];
  const gateOf = new Int32Array(compiled.length).fill(-1);
  for (let i = 0; i < compiled.length; i++) {
    const c = compiled[i];
    if (c.trigger < 0 && c.keywordIdx.length > 0 && gatedIds.has(c.rule.id)) {
      gateOf[i] = gateSources.length;
      gateSources.push(source(c.rule));
    }
  }
  const nGate = gateSources.length;
  let fast: PatternSet | null = null;
  if (trigSet !== null) {
    try {
      const fastSources = triggerSources.concat(gateSources, DECODE_SHAPES);
      fast = pool !== undefined ? pool.member(`${detector}/triggers+gates+decode`, fastSources, detector) : compileSet(`${detector}/triggers+gates+decode`, fastSources);
    } catch {
      fast = null;
    }
  }
  const gateHit = new Uint8Array(nGate);
  const kwSet = trigSet === null ? compileSet(`${detector}/keywords`, keywords.map(escapeLiteral), 'i') : null;
  const hit = new Uint8Array(triggerSources.length);
  /** Fill hit (and gateHit); false when the gates are unknown (every gated rule then runs). */
  const prefilter = (text: string): { any: boolean; gates: boolean } => {
    hit.fill(0);
    if (fast !== null) {
      let all: number[] | null = null;
      try {
        all = fast.match(text);
      } catch {
        all = null;
      }
      if (all !== null) {
        gateHit.fill(0);
        const live = DECODE_SHAPES.map(() => false);
        let any = false;
        for (const i of all) {
          if (i < nTrig) {
            hit[i] = 1;
            any = true;
          } else if (i < nTrig + nGate) gateHit[i - nTrig] = 1;
          else live[i - nTrig - nGate] = true;
        }
        primeDecodeGate(text, live);
        return { any, gates: true };
      }
    }
    const fired = trigSet !== null ? trigSet.match(text) : kwSet!.match(text);
    for (const i of fired) hit[i] = 1;
    return { any: fired.length > 0 || trigSet === null, gates: false };
  };
  const always = compiled.filter((c) => c.rule.always === true);
  const stop = [...extraStopwords.map((s) => s.toLowerCase())];
  const maxLen = rules.reduce((m, r) => Math.max(m, r.maxLength), 0);

  return {
    maxMatchLength: maxLen,
    ruleCount: compiled.length,
    scan(text: string): Finding[] {
      if (text.length === 0 || compiled.length === 0) return [];
      const pre = prefilter(text);
      if (!pre.any && always.length === 0) return [];
      let lower: string | null = null;
      const lowerOf = (): string => (lower ??= text.toLowerCase());
      const out: Finding[] = [];
      for (let i = 0; i < compiled.length; i++) {
        const { rule, re, keywordIdx, trigger } = compiled[i];
        if (!pre.any && rule.always !== true) continue; // (an always rule has no trigger and no gate)
        if (keywordIdx.length > 0) {
          let any = false;
          for (const k of keywordIdx) if (hit[k] === 1) { any = true; break; }
          if (!any) continue;
        }
        if (trigger >= 0 && trigSet !== null && hit[trigger] !== 1) continue;
        if (pre.gates && gateOf[i] >= 0 && gateHit[gateOf[i]] !== 1) continue;
        if (rule.find !== undefined) {
          for (const h of rule.find(text)) {
            out.push({ detector, type: rule.type, start: h.start, end: h.end, score: h.score, explanation: `${rule.id}: ${h.note}` });
          }
          continue;
        }
        for (const m of matches(compiled[i], re, text, lowerOf, hit)) {
          if (m.end === m.start) continue;
          let start = m.start;
          let end = m.end;
          const gi = rule.group ?? 0;
          if (gi > 0 || m.groups.length > 0) {
            const g = gi > 0 ? m.groups[gi - 1] : m.groups.find((x) => x !== undefined && x.length > 0);
            if (gi > 0 && (g === undefined || g.length === 0)) continue;
            if (g !== undefined && g.length > 0) {
              const rel = text.slice(m.start, m.end).lastIndexOf(g);
              if (rel >= 0) {
                start = m.start + rel;
                end = start + g.length;
              }
            }
          }
          const secret = text.slice(start, end);
          const lower = secret.toLowerCase();
          if ((rule.stopwords ?? []).some((s) => lower.includes(s)) || stop.some((s) => lower.includes(s))) continue;
          if (placeholderShape(secret, rule.password === true)) continue;
          if (rule.allowlists !== undefined && rule.allowlists.length > 0) {
            const matchText = text.slice(m.start, m.end);
            const line = lineAt(text, m.start, m.end);
            if (rule.allowlists.some((al) => allowed(al, secret, matchText, line))) continue;
          }
          let score = rule.score;
          let note = 'pattern';
          if (rule.entropy !== undefined) {
            const h = shannonEntropy(secret);
            if (h < rule.entropy) continue;
            note += `, entropy ${h.toFixed(1)}`;
          }
          if (rule.validate !== undefined) {
            const v = rule.validate(secret, text, end, m.start);
            if (v === null) continue;
            if (v.score !== undefined) score = v.score;
            if (v.note !== undefined) note += `, ${v.note}`;
          }
          out.push({ detector, type: rule.type, start, end, score: Math.round(score * 1000) / 1000, explanation: `${rule.id}: ${note}` });
        }
      }
      return suppressWeaker(out);
    },
  };
}

/**
 * matchAll(re, text), skipping text where the rule's anchor says no match can start. A
 * case-insensitive anchor is looked for in the lower-cased text, so text is skipped through only where
 * foldsLikeAscii holds: there lower-casing keeps every offset and finds a literal exactly where RE2's
 * case-insensitive match can start (U+017F "ſ" matches "s" in RE2, not after lower-casing). A literal that
 * is also a keyword the prefilter saw nowhere (hit 0) is not searched for; the next occurrence of
 * each literal is remembered while the scan moves forward.
 */
function matches(c: Compiled, re: Re2, text: string, lowerOf: () => string, hit: Uint8Array): Match[] {
  const a = c.rule.anchor;
  if (a === undefined) return matchAll(re, text);
  return anchoredMatches(a, re, text, { lowerOf, mayOccur: (j) => c.anchorKw[j] < 0 || hit[c.anchorKw[j]] === 1, sticky: c.sticky });
}

/**
 * How much a finding's type says about the secret, for findings over the same bytes: a vendor's or a format's
 * own type (GITHUB_TOKEN, JWT, PRIVATE_KEY …) most, then the credential a container carries (a connection
 * string's or a URL's password, a command line's), then the generic keyword rules, then gitleaks-file rules.
 */
function rank(type: string): number {
  if (type === 'SECRET') return 0;
  if (type === 'GENERIC_SECRET') return 1;
  if (type === 'HTTP_CREDENTIAL' || type === 'CONNECTION_STRING') return 2;
  return 3;
}

/**
 * One finding per secret region: of findings that overlap, the one of the most specific type (rank; then the
 * higher score, then the longer span) is kept, and takes in the bytes of a container credential it replaces,
 * so a redaction still covers all of them (`--password="ghp_…-x9"`: GITHUB_TOKEN over the whole value); a
 * catch-all finding only gives way, unless `widenCatchAll` (findings of different views of a text, where the
 * engine's own pass has already settled each view's: a catch-all left over a specific finding was read in
 * another view, and before there was one finding per secret both were redacted, so the union keeps every byte
 * redacted as then). A weaker finding over two kept ones widens the first at its start and the last at its
 * end. Findings that overlap nothing pass unchanged; the result is sorted by start.
 */
export function suppressWeaker(fs: Finding[], widenCatchAll = false): Finding[] {
  if (fs.length <= 1) return fs; // nothing to give way to
  const sorted = fs.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  // Clusters of findings that overlap one another, directly or through others.
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    let end = sorted[i].end;
    while (j < sorted.length && sorted[j].start < end) end = Math.max(end, sorted[j++].end);
    if (j === i + 1) out.push(sorted[i]);
    else for (const f of resolveCluster(sorted.slice(i, j), widenCatchAll)) out.push(f);
    i = j;
  }
  return out;
}

function resolveCluster(cluster: Finding[], widenCatchAll: boolean): Finding[] {
  const order = cluster.slice().sort((a, b) => rank(b.type) - rank(a.type) || b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Pairwise disjoint and sorted by start (so by end too), and stays so: a finding is inserted where nothing it
  // overlaps is kept, and widening moves a kept finding's start or end only over bytes of the finding that
  // overlaps it, which no other kept finding holds. The kept findings a finding overlaps are found by binary
  // search, so a cluster costs its size times a logarithm plus the overlaps, not its size squared.
  const kept: Finding[] = [];
  for (const f of order) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid].end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === kept.length || kept[lo].start >= f.end) {
      kept.splice(lo, 0, f);
      continue;
    }
    const first = lo;
    let last = lo;
    while (last + 1 < kept.length && kept[last + 1].start < f.end) last++;
    // A catch-all's reading of where a value ends is looser than a specific rule's (`token:ghp_…@github.com/o`
    // reads on into the host): in one view its bytes are taken in only by a finding of its own rank.
    const widen = (k: Finding): boolean => widenCatchAll || rank(f.type) >= 2 || rank(f.type) === rank(k.type);
    if (f.start < kept[first].start && widen(kept[first])) kept[first] = { ...kept[first], start: f.start };
    if (f.end > kept[last].end && widen(kept[last])) kept[last] = { ...kept[last], end: f.end };
  }
  return kept;
}

function lineAt(text: string, start: number, end: number): string {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  return text.slice(a, Math.min(b, a + 4096));
}

/** Random string over `alphabet` (for sample generators). */
export function randomString(rand: Rand, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const B64 = ALNUM + '+/';
export const B64URL = ALNUM + '-_';
export const HEX = '0123456789abcdef';

/** A small deterministic PRNG (mulberry32) for reproducible samples. */
export function seededRand(seed: number): Rand {
  return mulberry32(seed);
}
