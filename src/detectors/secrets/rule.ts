// The secret-rule recipe (after gitleaks' rule model): an RE2 pattern, an optional capture group that
// holds the secret, keywords that must appear in the text (a cheap prefilter), an entropy floor on the
// secret, a validator for formats with internal structure (JWT header, GitHub checksum shape, …) and
// stop words that mark placeholders. Built-in rules also carry a generator of synthetic secrets so
// tests and the evaluation never need a real credential.
import { compile, compileSet, escapeLiteral, matchAll, type PatternSet, type Re2 } from '../../core/regex.ts';
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
  /** Minimum Shannon entropy (bits/char) of the secret. */
  readonly entropy?: number;
  readonly score: number;
  /** Longest match in UTF-16 units (bounds the streaming hold-back). */
  readonly maxLength: number;
  validate?(secret: string): { score?: number; note?: string } | null;
  /** Secrets containing one of these (lower-case) are placeholders, not secrets. */
  readonly stopwords?: readonly string[];
  /** Allow-lists (gitleaks semantics): a candidate any allow-list accepts is dropped. */
  readonly allowlists?: readonly SecretAllowlist[];
  /** Custom finder (private-key blocks); replaces regex matching after the prefilter fires. */
  find?(text: string): { start: number; end: number; score: number; note: string }[];
  /** Synthetic sample text containing one secret of this kind (never a real credential). */
  sample?(rand: Rand): string;
}

/** Placeholder fragments common in docs and examples. */
export const COMMON_STOPWORDS: readonly string[] = [
  'example', 'xxxx', 'your_', 'your-', '<your', 'changeme', 'placeholder', 'dummy', 'redacted', '********', 'insert', '${', '{{',
];

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
}

/** Compile rules into one engine: one trigger RE2.Set (keywords, keyword-less patterns) in front of per-rule matching. */
export function buildSecretEngine(detector: string, rules: readonly SecretRule[], extraStopwords: readonly string[] = []): SecretEngine {
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
    compiled.push({ rule, re: compile(rule.id, rule.regex, rule.caseInsensitive ? 'i' : ''), keywordIdx: idx, trigger: -1 });
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
    if (c.keywordIdx.length === 0 || c.rule.find !== undefined) {
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
  const kwSet = trigSet === null ? compileSet(`${detector}/keywords`, keywords.map(escapeLiteral), 'i') : null;
  const hit = new Uint8Array(triggerSources.length);
  const stop = [...extraStopwords.map((s) => s.toLowerCase())];
  const maxLen = rules.reduce((m, r) => Math.max(m, r.maxLength), 0);

  return {
    maxMatchLength: maxLen,
    ruleCount: compiled.length,
    scan(text: string): Finding[] {
      if (text.length === 0 || compiled.length === 0) return [];
      hit.fill(0);
      const fired = trigSet !== null ? trigSet.match(text) : kwSet!.match(text);
      if (fired.length === 0 && trigSet !== null) return [];
      for (const i of fired) hit[i] = 1;
      const out: Finding[] = [];
      for (let i = 0; i < compiled.length; i++) {
        const { rule, re, keywordIdx, trigger } = compiled[i];
        if (keywordIdx.length > 0) {
          let any = false;
          for (const k of keywordIdx) if (hit[k] === 1) { any = true; break; }
          if (!any) continue;
        }
        if (trigger >= 0 && trigSet !== null && hit[trigger] !== 1) continue;
        if (rule.find !== undefined) {
          for (const h of rule.find(text)) {
            out.push({ detector, type: rule.type, start: h.start, end: h.end, score: h.score, explanation: `${rule.id}: ${h.note}` });
          }
          continue;
        }
        for (const m of matchAll(re, text)) {
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
            const v = rule.validate(secret);
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

/** Catch-all types that give way to a specific finding over the same bytes. */
const CATCH_ALL = new Set(['GENERIC_SECRET', 'SECRET']);

/**
 * Drop catch-all findings (generic keyword rule, gitleaks-file rules) that overlap a specific finding:
 * the specific type says more, and policy should see one finding per secret.
 */
function suppressWeaker(fs: Finding[]): Finding[] {
  const specific = fs.filter((f) => !CATCH_ALL.has(f.type));
  const generic = fs.filter((f) => f.type === 'GENERIC_SECRET');
  const keep = (f: Finding, over: Finding[]): boolean => !over.some((g) => g !== f && f.start < g.end && g.start < f.end);
  const out = specific.slice();
  for (const f of fs) {
    if (f.type === 'GENERIC_SECRET' && keep(f, specific)) out.push(f);
    else if (f.type === 'SECRET' && keep(f, specific) && keep(f, generic)) out.push(f);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
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
