// Policy compiler: validated document -> deep-frozen CompiledPolicy. Runs once per load (start-up
// and each reload), never per request. Detectors are built once per policy and shared by every rule
// that names them; globs become RE2 programs; every finding rule becomes a frozen FindingRule.
//
// Inheritance (documented in README `policy`): a rule field that is omitted takes the `default`
// rule's value, which in turn falls back to the built-in value:
//   mode, format, tools, deny_status, stream_block        -> whole value replaced
//   budgets, on_failure, audit                            -> merged key by key (rule wins)
//   request / response: detectors                         -> list replaced
//   request / response: findings                          -> merged per finding type (rule wins)
import { topicType } from '../detectors/topics.ts';
import { ALLOW_TYPE } from '../detectors/allow.ts';
import { INJECTION_TYPES } from '../detectors/injection/index.ts';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiFormat, Detector, FailureKind, Finding, RedactionStyle, RequestFacts, Segment } from '../core/types.ts';
import { FAILURE_KINDS } from '../core/types.ts';
import { SetPool } from '../core/regex.ts';
import * as registry from '../detectors/registry.ts';
import { buildDetector } from '../detectors/registry.ts';
import { logger } from '../observability/logger.ts';
import { compileToolPolicy } from '../tools/compile.ts';
import type { CompiledToolPolicy } from '../tools/types.ts';
import { compileGlobs, type GlobList } from './glob.ts';
import { compileIdentity } from './identity.ts';
import {
  formatIssue, loadPolicyText, PolicyError, type LoadedPolicy, type PolicyIssue, type RawFindingRule, type RawMatch,
  type RawPhase, type RawPolicy, type RawRuleBody,
} from './load.ts';
import type { AuditCapture, Budgets, CompiledPhase, CompiledPolicy, CompiledRule, FailAction, FindingRule } from './types.ts';

/** Built-in values for anything neither a rule nor `default` sets. */
export const BUILTIN_DEFAULTS = Object.freeze({
  mode: 'enforce' as const,
  budgets: Object.freeze({ max_body_bytes: 8 * 1024 * 1024, max_messages: 1000, max_prompt_tokens: 256_000 }),
  denyStatus: 403,
  streamBlock: 'error_event' as const,
  auditCapture: 'redacted' as AuditCapture,
  decisionHeader: 'x-llm-boundary-decision',
  hmacKeyEnv: 'LLM_BOUNDARY_HMAC_KEY',
  /** Finding types a rule does not mention are flagged (recorded, not blocked) unless `*` says otherwise. */
  fallbackFinding: Object.freeze({ action: 'flag' as const }),
  partialKeep: 4,
});


/** Registry types whose finding types are all listed in the registry's FINDING_TYPES. */
const REGISTRY_TYPED = new Set(['pii', 'secrets', 'canary', 'system_prompt_echo', 'system_prompt_probe', 'exfil_links']);

export interface CompileOptions {
  /** File path for messages and the `source` field, or 'embedded'. */
  readonly source: string;
  /** Directory relative paths (shadow file, detector assets) resolve against. */
  readonly baseDir: string;
  /** Environment for the HMAC key lookup (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Use this key instead of the environment / install key (tests, embedding). */
  readonly hmacKey?: Buffer;
  /** Where the per-install HMAC key file lives when the env var is unset (default $LLM_BOUNDARY_STATE_DIR or ./data). */
  readonly stateDir?: string;
  /**
   * false: when the env var is unset use a random key for this compile instead of reading/creating the
   * install key file (offline tooling such as `policy validate` / `policy test` must not write state).
   */
  readonly installKey?: boolean;
}

export interface CompileReport {
  readonly policy: CompiledPolicy;
  readonly warnings: readonly PolicyIssue[];
}

/** Freeze plain objects and arrays recursively; class instances (detectors, RE2 programs) are left alone. */
export function deepFreeze<T>(v: T): T {
  if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return v;
  const proto = Object.getPrototypeOf(v);
  if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return v;
  Object.freeze(v);
  for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  return v;
}

/** JSON with sorted keys: the canonical form hashed into the policy version. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

let installKey: Buffer | undefined;

/**
 * The HMAC key for keyed-hash redaction: the env var named by settings.hmac_key_env when set (at
 * least 16 bytes), else a random 32-byte key kept in <stateDir>/hmac.key (created 0600 on first use),
 * else — read-only file system — a random key for this process only (hashes then differ across
 * restarts and replicas; set the env var in production).
 */
function resolveHmacKey(envName: string, opts: CompileOptions, issue: (m: string) => PolicyIssue): Buffer {
  if (opts.hmacKey) return opts.hmacKey;
  const env = opts.env ?? process.env;
  const v = env[envName];
  if (v !== undefined && v !== '') {
    const key = Buffer.from(v, 'utf8');
    if (key.length < 16) throw new PolicyError([issue(`HMAC key from $${envName} is shorter than 16 bytes`)]);
    return key;
  }
  if (opts.installKey === false) return randomBytes(32);
  if (installKey) return installKey;
  const dir = opts.stateDir ?? env.LLM_BOUNDARY_STATE_DIR ?? 'data';
  const file = resolve(dir, 'hmac.key');
  try {
    const k = readFileSync(file);
    if (k.length >= 32) return (installKey = k.subarray(0, 32));
  } catch {
    // not there yet: create below
  }
  const k = randomBytes(32);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, k, { mode: 0o600, flag: 'wx' });
    installKey = k;
  } catch {
    try {
      const again = readFileSync(file); // lost a creation race with another process
      if (again.length >= 32) return (installKey = again.subarray(0, 32));
    } catch {
      // fall through
    }
    logger.warn({ envName }, 'no HMAC key configured and the state directory is not writable: using a per-process key');
    installKey = k;
  }
  return k;
}

/** The closed set of finding types the registry modules declare, or null when none is exported. */
function registryFindingTypes(): Set<string> | null {
  const mod = registry as unknown as Record<string, unknown>;
  const out = new Set<string>();
  let found = false;
  for (const name of ['ENTITY_TYPES', 'FINDING_TYPES', 'INJECTION_TYPES']) {
    const v = mod[name];
    const list = v instanceof Set ? [...v] : Array.isArray(v) ? v : v && typeof v === 'object' ? Object.keys(v) : null;
    if (list) {
      found = true;
      for (const t of list) if (typeof t === 'string') out.add(t);
    }
  }
  return found ? out : null;
}

function toStyle(r: RawFindingRule): RedactionStyle {
  switch (r.style ?? 'mask') {
    case 'partial':
      return { kind: 'partial', keep: r.keep ?? BUILTIN_DEFAULTS.partialKeep };
    case 'hash':
      return { kind: 'hash' };
    case 'placeholder':
      return { kind: 'placeholder' };
    case 'remove':
      return { kind: 'remove' };
    default:
      return { kind: 'mask' };
  }
}

function toFindingRule(r: RawFindingRule): FindingRule {
  return deepFreeze({ action: r.action, threshold: r.threshold ?? 0, style: toStyle(r) });
}

interface Ctx {
  readonly loaded: LoadedPolicy;
  readonly errors: PolicyIssue[];
  readonly warnings: PolicyIssue[];
  readonly detectors: ReadonlyMap<string, Detector>;
  readonly knownTypes: Set<string>;
  /** Every detector in the policy has a visible closed set: an unknown finding type is an error, else a warning. */
  readonly knownComplete: boolean;
}

function compilePhase(
  ctx: Ctx,
  where: readonly (string | number)[],
  phaseName: 'request' | 'response',
  rule: RawPhase | undefined,
  dflt: RawPhase | undefined,
): CompiledPhase {
  const names = rule?.detectors ?? dflt?.detectors ?? [];
  const detectorsPath = rule?.detectors ? [...where, phaseName, 'detectors'] : ['default', phaseName, 'detectors'];
  const detectors: Detector[] = [];
  names.forEach((n, i) => {
    const d = ctx.detectors.get(n);
    if (!d) {
      if (ctx.loaded.doc.detectors?.[n] === undefined) {
        ctx.errors.push(ctx.loaded.issue([...detectorsPath, i], `detector \`${n}\` is not defined under \`detectors\``));
      }
      return;
    }
    detectors.push(d);
  });
  const findings: Record<string, RawFindingRule> = { ...(dflt?.findings ?? {}), ...(rule?.findings ?? {}) };
  const table = new Map<string, FindingRule>();
  for (const [type, fr] of Object.entries(findings)) {
    const src = rule?.findings?.[type] !== undefined ? [...where, phaseName, 'findings', type] : ['default', phaseName, 'findings', type];
    if (fr.keep !== undefined && fr.style !== 'partial') ctx.errors.push(ctx.loaded.issue([...src, 'keep'], '`keep` applies only to style `partial`', 'error', true));
    if (fr.style !== undefined && fr.action !== 'redact') ctx.warnings.push(ctx.loaded.issue([...src, 'style'], `\`style\` has no effect with action \`${fr.action}\``, 'warning', true));
    if (fr.style === 'placeholder' && phaseName === 'response') {
      ctx.warnings.push(ctx.loaded.issue([...src, 'style'], 'placeholders in responses are never restored; prefer `mask` or `hash`', 'warning', true));
    }
    const isDetectorKey = type !== '*' && type[0] >= 'a' && type[0] <= 'z';
    if (isDetectorKey) {
      if (ctx.loaded.doc.detectors?.[type] === undefined) {
        ctx.errors.push(ctx.loaded.issue(src, `findings key \`${type}\` names no detector defined under \`detectors\``, 'error', true));
      } else if (!names.includes(type)) {
        ctx.warnings.push(ctx.loaded.issue(src, `detector \`${type}\` does not run in the ${phaseName} phase of this rule`, 'warning', true));
      }
    } else if (type !== '*' && !ctx.knownTypes.has(type)) {
      const msg = `finding type \`${type}\` is not emitted by any registered detector or declared pattern`;
      if (ctx.knownComplete) ctx.errors.push(ctx.loaded.issue(src, msg, 'error', true));
      else ctx.warnings.push(ctx.loaded.issue(src, msg, 'warning', true));
    }
    table.set(type, toFindingRule(fr));
  }
  const fallback = table.get('*') ?? toFindingRule(BUILTIN_DEFAULTS.fallbackFinding);
  let holdBack = 0;
  for (const d of detectors) if (d.spanwise) holdBack = Math.max(holdBack, d.maxMatchLength);
  const frozenDetectors = Object.freeze(detectors);
  return Object.freeze({
    detectors: frozenDetectors,
    holdBack,
    findings: deepFreeze(Object.fromEntries(table)),
    ruleFor(finding: Finding, _segment: Pick<Segment, 'role' | 'kind' | 'untrusted'>): FindingRule | null {
      // Most specific first: the finding type, then the detector instance, then `*`, then flag.
      const r = table.get(finding.type) ?? table.get(finding.detector) ?? fallback;
      if (r.action === 'allow' || finding.score < r.threshold) return null;
      return r;
    },
  });
}

interface Matcher {
  (facts: RequestFacts): boolean;
}

/** Host without port, lower-case (handles [v6]:port). */
export function hostOnly(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    return end > 0 ? h.slice(0, end + 1) : h;
  }
  const colon = h.lastIndexOf(':');
  if (colon > 0 && h.indexOf(':') === colon) h = h.slice(0, colon);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/** Path without query or fragment. */
export function pathOnly(path: string): string {
  let end = path.length;
  const q = path.indexOf('?');
  if (q >= 0) end = q;
  const f = path.indexOf('#');
  if (f >= 0 && f < end) end = f;
  return path.slice(0, end);
}

function compileMatch(ctx: Ctx, path: readonly (string | number)[], m: RawMatch): Matcher | null {
  const checks: Matcher[] = [];
  const glob = (key: string, globs: string[] | undefined, sep: '/' | '.' | '', ci: boolean): GlobList | null => {
    if (!globs) return null;
    try {
      return compileGlobs(`${String(path[path.length - 1])}.${key}`, globs, { sep, caseInsensitive: ci });
    } catch (err) {
      ctx.errors.push(ctx.loaded.issue([...path, key], `invalid glob: ${(err as Error).message}`));
      return null;
    }
  };
  if (m.methods) {
    const set = new Set(m.methods);
    checks.push((f) => set.has(f.method.toUpperCase()));
  }
  const hosts = glob('hosts', m.hosts, '.', true);
  if (hosts) checks.push((f) => hosts.matches(hostOnly(f.host)));
  const paths = glob('paths', m.paths, '/', false);
  if (paths) checks.push((f) => paths.matches(pathOnly(f.path)));
  if (m.headers) {
    for (const [name, value] of Object.entries(m.headers)) {
      const g = glob(`headers.${name}`, [value], '', false);
      if (g) checks.push((f) => {
        const v = f.headers.get(name);
        return v !== undefined && g.matches(v);
      });
    }
  }
  const ids = glob('identities', m.identities, '/', false);
  if (ids) checks.push((f) => f.identity.principal !== undefined && ids.matches(f.identity.principal));
  if (m.tenants) {
    const set = new Set(m.tenants);
    checks.push((f) => f.identity.tenant !== undefined && set.has(f.identity.tenant));
  }
  if (m.roles) {
    const set = new Set(m.roles);
    checks.push((f) => f.identity.roles.some((r) => set.has(r)));
  }
  if (checks.length === 0) return null;
  return (f) => checks.every((c) => c(f));
}

function compileRuleBody(
  ctx: Ctx,
  id: string,
  where: readonly (string | number)[],
  body: RawRuleBody,
  dflt: RawRuleBody,
  toolsCache: Map<unknown, CompiledToolPolicy>,
): CompiledRule {
  const budgetsRaw = { ...BUILTIN_DEFAULTS.budgets, ...(dflt.budgets ?? {}), ...(body.budgets ?? {}) };
  const budgets: Budgets = {
    maxBodyBytes: budgetsRaw.max_body_bytes,
    maxMessages: budgetsRaw.max_messages,
    maxPromptTokens: budgetsRaw.max_prompt_tokens,
  };
  const onFailureRaw = { ...(dflt.on_failure ?? {}), ...(body.on_failure ?? {}) };
  const onFailure = {} as Record<FailureKind, FailAction>;
  for (const k of FAILURE_KINDS) onFailure[k] = onFailureRaw[k] ?? 'deny';
  const format = body.format ?? dflt.format ?? 'auto';
  const toolsSection = body.tools !== undefined ? body.tools : dflt.tools;
  let tools = toolsCache.get(toolsSection ?? null);
  if (!tools) {
    try {
      tools = compileToolPolicy(toolsSection);
    } catch (err) {
      ctx.errors.push(ctx.loaded.issue(body.tools !== undefined ? [...where, 'tools'] : ['default', 'tools'], `tools: ${(err as Error).message}`));
      tools = compileToolPolicy(undefined);
    }
    toolsCache.set(toolsSection ?? null, tools);
  }
  const rule: CompiledRule = {
    id,
    mode: body.mode ?? dflt.mode ?? BUILTIN_DEFAULTS.mode,
    ...(format !== 'auto' ? { formatOverride: format as ApiFormat } : {}),
    request: compilePhase(ctx, where, 'request', body.request, dflt.request),
    response: compilePhase(ctx, where, 'response', body.response, dflt.response),
    tools,
    budgets: Object.freeze(budgets),
    onFailure: Object.freeze(onFailure),
    denyStatus: body.deny_status ?? dflt.deny_status ?? BUILTIN_DEFAULTS.denyStatus,
    streamBlock: body.stream_block ?? dflt.stream_block ?? BUILTIN_DEFAULTS.streamBlock,
    auditCapture: body.audit?.capture ?? dflt.audit?.capture ?? BUILTIN_DEFAULTS.auditCapture,
  };
  return Object.freeze(rule);
}

function compileLoaded(loaded: LoadedPolicy, opts: CompileOptions, depth: number): CompileReport {
  const doc: RawPolicy = loaded.doc;
  const errors: PolicyIssue[] = [];
  const warnings: PolicyIssue[] = [];

  // Detectors: one instance per named entry, shared by every rule and phase that references it. Their
  // RE2.Set prefilters over the same texts share one pass (SetPool), compiled once they are all built.
  const detectors = new Map<string, Detector>();
  const setPool = new SetPool();
  const knownFromRegistry = registryFindingTypes();
  const known = new Set<string>(knownFromRegistry ?? []);
  let complete = true;
  for (const [name, inst] of Object.entries(doc.detectors ?? {})) {
    const { type, ...params } = inst;
    try {
      detectors.set(name, buildDetector(type, name, params, { baseDir: opts.baseDir, setPool }));
    } catch (err) {
      errors.push(loaded.issue(['detectors', name], `detector \`${name}\` (${type}): ${(err as Error).message}`, 'error', true));
    }
    if (type === 'patterns') {
      for (const p of (params.patterns as Array<{ type: string }> | undefined) ?? []) known.add(p.type);
    } else if (type === 'injection') {
      for (const t of INJECTION_TYPES) known.add(t);
    } else if (type === 'topics') {
      for (const name of Object.keys((params.topics as Record<string, unknown> | undefined) ?? {})) known.add(topicType(name));
    } else if (type === 'allow') {
      known.add(ALLOW_TYPE);
    } else if (type === 'remote_classifier') {
      const t = (params.finding_type as string | undefined) ?? 'PROMPT_INJECTION';
      known.add(t);
      if (t === 'PROMPT_INJECTION') known.add('INDIRECT_PROMPT_INJECTION');
    } else if (knownFromRegistry === null || !REGISTRY_TYPED.has(type)) {
      complete = false; // a detector whose closed set we cannot see: unknown types become warnings
    }
  }
  const ctx: Ctx = { loaded, errors, warnings, detectors, knownTypes: known, knownComplete: complete };

  // Rules.
  const dflt = doc.default;
  const toolsCache = new Map<unknown, CompiledToolPolicy>();
  const seen = new Map<string, number>();
  const rules: Array<{ rule: CompiledRule; match: Matcher | null }> = [];
  let catchAllAt = -1;
  (doc.rules ?? []).forEach((r, i) => {
    const where = ['rules', i];
    if (r.id === 'default') errors.push(loaded.issue([...where, 'id'], 'rule id `default` is reserved for the default rule'));
    const prev = seen.get(r.id);
    if (prev !== undefined) errors.push(loaded.issue([...where, 'id'], `duplicate rule id \`${r.id}\` (first at rules[${prev}])`));
    else seen.set(r.id, i);
    if (catchAllAt >= 0) warnings.push(loaded.issue(where, `rule \`${r.id}\` is unreachable: rules[${catchAllAt}] matches every request`, 'warning'));
    const match = compileMatch(ctx, [...where, 'match'], r.match);
    if (match === null && catchAllAt < 0) catchAllAt = i;
    rules.push({ rule: compileRuleBody(ctx, r.id, where, r, dflt, toolsCache), match });
  });
  const defaultRule = compileRuleBody(ctx, 'default', ['default'], dflt, {}, toolsCache);
  // Detectors share a set pass only with those that run in exactly the same phases: a merged set read
  // for one of them alone would cost more than its own.
  const phasesOf = new Map<string, string[]>();
  [...rules.map((r) => r.rule), defaultRule].forEach((rule, i) => {
    for (const [name, phase] of [['request', rule.request], ['response', rule.response]] as const) {
      for (const d of phase.detectors) {
        const list = phasesOf.get(d.id);
        if (list === undefined) phasesOf.set(d.id, [`${i}/${name}`]);
        else list.push(`${i}/${name}`);
      }
    }
  });
  setPool.groupBy((owner) => phasesOf.get(owner)?.join(' ') ?? '');
  if (errors.length === 0) setPool.seal();

  // Unused detectors are almost always a mistake (a typo in a rule's list, or a leftover).
  const used = new Set<string>();
  for (const body of [dflt, ...(doc.rules ?? [])]) {
    for (const n of body.request?.detectors ?? []) used.add(n);
    for (const n of body.response?.detectors ?? []) used.add(n);
  }
  for (const name of Object.keys(doc.detectors ?? {})) {
    if (!used.has(name)) warnings.push(loaded.issue(['detectors', name], `detector \`${name}\` is defined but no rule uses it`, 'warning', true));
  }

  // Shadow candidate: compiled like a live policy, one level deep.
  let shadow: CompiledPolicy | undefined;
  if (doc.shadow) {
    if (depth > 0) {
      errors.push(loaded.issue(['shadow'], 'a shadow policy cannot itself declare a shadow', 'error', true));
    } else {
      try {
        if (doc.shadow.file !== undefined) {
          const file = isAbsolute(doc.shadow.file) ? doc.shadow.file : resolve(opts.baseDir, doc.shadow.file);
          let text: string;
          try {
            text = readFileSync(file, 'utf8');
          } catch (err) {
            throw new PolicyError([loaded.issue(['shadow', 'file'], `cannot read shadow policy: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)]);
          }
          const sub = compileLoaded(loadPolicyText(text, file), { ...opts, source: file, baseDir: dirname(file) }, depth + 1);
          shadow = sub.policy;
          warnings.push(...sub.warnings);
        } else if (doc.shadow.policy !== undefined) {
          const inner = doc.shadow.policy;
          const sub = compileLoaded(
            {
              source: loaded.source,
              doc: inner,
              locate: (p, k) => loaded.locate(['shadow', 'policy', ...p], k),
              issue: (p, m, s, k) => loaded.issue(['shadow', 'policy', ...p], m, s, k),
            },
            opts,
            depth + 1,
          );
          shadow = sub.policy;
          warnings.push(...sub.warnings);
        }
      } catch (err) {
        if (err instanceof PolicyError) errors.push(...err.issues.filter((x) => x.severity === 'error'));
        else errors.push(loaded.issue(['shadow'], (err as Error).message));
      }
    }
  }

  const hmacEnv = doc.settings?.hmac_key_env ?? BUILTIN_DEFAULTS.hmacKeyEnv;
  let hmacKey: Buffer | undefined;
  try {
    hmacKey = resolveHmacKey(hmacEnv, opts, (m) => loaded.issue(['settings', 'hmac_key_env'], m));
  } catch (err) {
    if (err instanceof PolicyError) errors.push(...err.issues);
    else throw err;
  }

  // Findings inherited from `default` are checked once per rule: report each problem once.
  const uniq = (list: PolicyIssue[]) => {
    const seen = new Set<string>();
    return list
      .filter((i) => {
        const k = `${i.file}|${i.pointer}|${i.message}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort((a, b) => a.line - b.line || a.column - b.column);
  };
  if (errors.length > 0) throw new PolicyError([...uniq(errors), ...uniq(warnings)]);

  const version = createHash('sha256')
    .update(canonicalJson(doc))
    .update('\n')
    .update(shadow?.version ?? '')
    .digest('hex')
    .slice(0, 12);
  const resolveIdentity = compileIdentity(doc.identity ?? []);
  const ruleList = Object.freeze(rules.map((r) => r.rule));
  const matchers = rules.map((r) => r.match);
  const policy: CompiledPolicy = {
    version,
    source: opts.source,
    resolveIdentity,
    select(facts: RequestFacts): CompiledRule {
      for (let i = 0; i < matchers.length; i++) {
        const m = matchers[i];
        if (m === null || m(facts)) return ruleList[i];
      }
      return defaultRule;
    },
    ...(shadow ? { shadow } : {}),
    decisionHeader: doc.settings?.decision_header ?? BUILTIN_DEFAULTS.decisionHeader,
    hmacKey: hmacKey!,
    rules: ruleList,
    defaultRule,
  };
  return { policy: Object.freeze(policy), warnings: uniq(warnings) };
}

/**
 * Compile policy text (YAML or JSON) into a frozen CompiledPolicy. Throws PolicyError (code
 * 'policy_error') with every issue, positioned as file:line:col. Warnings are logged; use
 * compilePolicyReport to get them.
 */
export function compilePolicy(text: string, opts: CompileOptions): CompiledPolicy {
  const r = compilePolicyReport(text, opts);
  for (const w of r.warnings) logger.warn({ policy: opts.source }, formatIssue(w));
  return r.policy;
}

/** compilePolicy, returning the warnings instead of logging them (for `policy validate`). */
export function compilePolicyReport(text: string, opts: CompileOptions): CompileReport {
  return compileLoaded(loadPolicyText(text, opts.source), opts, 0);
}

/** Read and compile a policy file; relative references resolve against its directory. */
export function loadPolicyFile(file: string, opts: Partial<CompileOptions> = {}): CompiledPolicy {
  const abs = resolve(file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new PolicyError([{ file, line: 0, column: 0, pointer: '', message: `cannot read policy: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, severity: 'error' }]);
  }
  return compilePolicy(text, { ...opts, source: file, baseDir: dirname(abs) });
}

/** Path of the embedded default policy shipped in the package. */
export const EMBEDDED_POLICY_PATH = fileURLToPath(new URL('../../policies/default.yaml', import.meta.url));

/** The embedded default policy (used when no --policy is given). Its source is 'embedded'. */
export function loadEmbeddedPolicy(opts: Partial<CompileOptions> = {}): CompiledPolicy {
  const text = readFileSync(EMBEDDED_POLICY_PATH, 'utf8');
  return compilePolicy(text, { ...opts, source: 'embedded', baseDir: dirname(EMBEDDED_POLICY_PATH) });
}
