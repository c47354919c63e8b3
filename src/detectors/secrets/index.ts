// The secrets detector: built-in rules (./builtin.ts) plus, optionally, rules from a gitleaks TOML
// file, compiled into one engine (a trigger RE2.Set in front of per-rule matching) and
// scanned through normalisation (../views.ts). Build once per policy load; scan() is pure.
import { isAbsolute, resolve } from 'node:path';
import type { SetPool } from '../../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../../core/types.ts';
import { logger } from '../../observability/logger.ts';
import { DEFAULT_VIEW_OPTIONS, decodeLimit, mergeSameType, scanJsonViews, scanViews, type ViewOptions } from '../views.ts';
import { BUILTIN_RULES } from './builtin.ts';
import { makeGenericRule } from './generic.ts';
import { PEM_BODY_NOTE } from './private-key.ts';
import { loadGitleaksRules } from './gitleaks.ts';
import { buildSecretEngine, suppressWeaker, type SecretRule } from './rule.ts';

/** Ids of the built-in rules. */
export const BUILTIN_RULE_IDS: readonly string[] = BUILTIN_RULES.map((r) => r.id);

/**
 * Built-in rules whose own pattern also joins the prefilter set (see buildSecretEngine): those whose
 * keywords are common in ordinary text ("key", "secret", "://", "sk-" as in "task-id", "eyJ" in any
 * base64 JSON, "ghp_" and "hf_" in identifiers …), so the keyword alone would often run a pass that
 * finds nothing. Rules with distinctive keywords stay keyword-gated only: a smaller, faster DFA.
 */
const BUILTIN_GATED: ReadonlySet<string> = new Set([
  'generic-secret', 'connection-string', 'aws-secret-access-key', 'github-token', 'openai-api-key', 'huggingface-token', 'jwt', 'discord-webhook', 'azure-sas-signature',
]);

/** Closed set of secret finding types ('SECRET' is used by gitleaks-file rules). */
export const SECRET_TYPES: readonly string[] = [...new Set([...BUILTIN_RULES.map((r) => r.type), 'SECRET'])];

export interface SecretsConfig {
  readonly id: string;
  /** Built-in rule ids to enable (default: all). */
  readonly rules?: readonly string[];
  /** gitleaks TOML file; relative paths resolve against baseDir. */
  readonly gitleaksFile?: string;
  readonly baseDir?: string;
  /** Entropy floor (bits/char) for the generic keyword rule (default 3.5). */
  readonly entropy?: number;
  /** Extra lower-case stop words marking placeholders. */
  readonly stopwords?: readonly string[];
  readonly views?: Partial<ViewOptions>;
  /** Share the prefilter pass with the policy's other detectors of the same phases (SetPool). */
  readonly setPool?: SetPool;
}

/**
 * Body lines without their BEGIN line are not reported in decoded text: a piece of a long base64 run
 * (normalize.ts pieces) starts inside the document it encodes, where a certificate's lines read as a key's.
 * A base64-encoded key is found on the run itself (private-key-base64).
 */
const BODY_LINES = `private-key: ${PEM_BODY_NOTE}`;

export function createSecretsDetector(cfg: SecretsConfig): Detector {
  const wanted = cfg.rules === undefined ? null : new Set(cfg.rules);
  if (wanted !== null) {
    for (const r of wanted) if (!BUILTIN_RULE_IDS.includes(r)) throw new Error(`detector ${cfg.id}: unknown secrets rule ${JSON.stringify(r)}`);
  }
  let rules: SecretRule[] = BUILTIN_RULES.filter((r) => wanted === null || wanted.has(r.id));
  if (cfg.entropy !== undefined) rules = rules.map((r) => (r.id === 'generic-secret' ? makeGenericRule(cfg.entropy) : r));
  if (cfg.gitleaksFile !== undefined) {
    const path = isAbsolute(cfg.gitleaksFile) ? cfg.gitleaksFile : resolve(cfg.baseDir ?? '.', cfg.gitleaksFile);
    const loaded = loadGitleaksRules(path);
    for (const s of loaded.skipped) logger.warn({ detector: cfg.id, rule: s.id, reason: s.reason }, 'gitleaks rule skipped');
    rules = rules.concat(loaded.rules);
  }
  const engine = buildSecretEngine(cfg.id, rules, cfg.stopwords ?? [], BUILTIN_GATED, cfg.setPool);
  const views: ViewOptions = { ...DEFAULT_VIEW_OPTIONS, original: 'near_changes', ...cfg.views };
  return {
    id: cfg.id,
    maxMatchLength: Math.max(engine.maxMatchLength, views.decode ? views.maxDecodeSpan : 0),
    spanwise: true,
    scan(text: string, ctx: DetectionContext): Finding[] {
      let found = scanViews(text, (t, decoded) => (decoded ? engine.scan(t).filter((f) => f.explanation !== BODY_LINES) : engine.scan(t)), views, ctx.rot13 === true);
      // JSON inside a JSON string (`"{\"api_key\":\"sk-…\"}"`, `\\n`-escaped PEM, `\u002F`): the rules also
      // read the unescaped text, one and two levels deep, their findings mapped back onto the escaped bytes.
      const unescaped = scanJsonViews(text, (t) => engine.scan(t));
      // One finding per secret region, also across views (a vendor token found in the original text inside a
      // password a decoded or unescaped view found): the most specific type keeps the union of the bytes.
      found = suppressWeaker(unescaped.length > 0 ? mergeSameType(found.concat(unescaped)) : found, true);
      const limit = decodeLimit(cfg.id, text, views, ctx.rot13 === true);
      return limit === null ? found : [limit, ...found];
    },
  };
}

/** Synthetic samples for every built-in rule that has a generator (tests, evaluation). */
export function secretSamples(rand: () => number, perRule = 1): { rule: string; type: string; text: string }[] {
  const out: { rule: string; type: string; text: string }[] = [];
  for (const r of BUILTIN_RULES) {
    if (r.sample === undefined) continue;
    for (let i = 0; i < perRule; i++) out.push({ rule: r.id, type: r.type, text: r.sample(rand) });
  }
  return out;
}
