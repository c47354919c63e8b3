// Loading a gitleaks TOML configuration as an extra rule source. gitleaks patterns are Go RE2 syntax
// and so are ours (node-re2 wraps the same engine), so most compile unchanged; the few that do not
// (e.g. repetition counts above RE2's limit of 1000) are skipped and reported with their id.
// Supported per rule: regex, secretGroup (default: first non-empty capture group), entropy,
// keywords (prefilter), allowlists (regexes with regexTarget secret|match|line, stopwords,
// condition OR|AND). Path-only rules and path/commit allow-list criteria do not apply to LLM
// traffic and are ignored (a path-only allow-list never fires). The global [allowlist] regexes and
// stopwords apply to every gitleaks rule.
import { readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { GuardError } from '../../core/errors.ts';
import { compile, type Re2 } from '../../core/regex.ts';
import type { SecretAllowlist, SecretRule } from './rule.ts';

/** Streaming hold-back assumed for gitleaks rules, whose patterns carry no length bound. */
export const GITLEAKS_MAX_LENGTH = 512;

export interface GitleaksLoadResult {
  readonly rules: readonly SecretRule[];
  /** Rules that could not be used, with why (never the pattern text). */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
  /** Number of [[rules]] entries in the file. */
  readonly total: number;
}

type Tbl = Record<string, unknown>;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function compileList(id: string, sources: string[]): Re2[] {
  const out: Re2[] = [];
  for (const [i, s] of sources.entries()) out.push(compile(`${id}/allow${i}`, s));
  return out;
}

function allowlistOf(id: string, t: Tbl): SecretAllowlist | null {
  const regexes = compileList(id, strings(t.regexes));
  const stopwords = strings(t.stopwords).map((w) => w.toLowerCase());
  const hasPaths = strings(t.paths).length > 0 || strings(t.commits).length > 0;
  const and = typeof t.condition === 'string' && t.condition.toUpperCase() === 'AND';
  if (and && hasPaths) return null; // a path criterion can never hold here, so the AND never does
  if (regexes.length === 0 && stopwords.length === 0) return null;
  const target = t.regexTarget === 'match' || t.regexTarget === 'line' ? t.regexTarget : 'secret';
  return { regexes, stopwords, target, and };
}

/** Parse gitleaks TOML text into secret rules of type SECRET. */
export function parseGitleaksToml(text: string, source = 'gitleaks.toml'): GitleaksLoadResult {
  let doc: Tbl;
  try {
    doc = parseToml(text) as Tbl;
  } catch (err) {
    throw new GuardError('policy_error', `${source}: invalid TOML: ${(err as Error).message}`);
  }
  const globalAl: SecretAllowlist[] = [];
  const globals = [doc.allowlist, ...(Array.isArray(doc.allowlists) ? doc.allowlists : [])];
  for (const g of globals) {
    if (g === null || typeof g !== 'object') continue;
    try {
      const al = allowlistOf('gitleaks:global', g as Tbl);
      if (al !== null) globalAl.push(al);
    } catch {
      // a broken global allow-list entry only makes us report more, never less
    }
  }
  const rulesIn = Array.isArray(doc.rules) ? (doc.rules as Tbl[]) : [];
  const rules: SecretRule[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const r of rulesIn) {
    const id = typeof r.id === 'string' ? r.id : `#${rules.length + skipped.length}`;
    if (typeof r.regex !== 'string' || r.regex.length === 0) {
      skipped.push({ id, reason: 'path-only rule' });
      continue;
    }
    const ruleId = `gitleaks:${id}`;
    try {
      compile(ruleId, r.regex); // surface compile errors here, with the rule id
      const allowlists: SecretAllowlist[] = [...globalAl];
      const als = Array.isArray(r.allowlists) ? (r.allowlists as Tbl[]) : r.allowlist !== undefined ? [r.allowlist as Tbl] : [];
      for (const a of als) {
        const al = allowlistOf(ruleId, a);
        if (al !== null) allowlists.push(al);
      }
      const keywords = strings(r.keywords).map((k) => k.toLowerCase());
      const entropy = typeof r.entropy === 'number' ? r.entropy : undefined;
      const group = typeof r.secretGroup === 'number' ? r.secretGroup : undefined;
      rules.push({
        id: ruleId,
        type: 'SECRET',
        regex: r.regex,
        group,
        keywords: keywords.length > 0 ? keywords : undefined,
        entropy,
        score: entropy !== undefined ? 0.8 : 0.7,
        maxLength: GITLEAKS_MAX_LENGTH,
        allowlists,
      });
    } catch (err) {
      skipped.push({ id, reason: (err as Error).message.replace(r.regex, '<pattern>') });
    }
  }
  return { rules, skipped, total: rulesIn.length };
}

/** Read and parse a gitleaks TOML file. Throws GuardError('policy_error') when unreadable or invalid. */
export function loadGitleaksRules(path: string): GitleaksLoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new GuardError('policy_error', `cannot read gitleaks file ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  return parseGitleaksToml(text, path);
}
