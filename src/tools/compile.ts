// Compiles the `tools` section of a policy rule into a deep-frozen CompiledToolPolicy. Called by the
// policy compiler (src/policy) once per rule per load; nothing here runs per request except the
// closures it returns. Every glob and pattern is compiled to RE2 here, so a bad policy fails the load.
//
// Section shape (validated by TOOLS_SCHEMA):
//   allow:        [glob]      if present, only these tools may be called (everything else denied)
//   deny:         [glob]      always denied; deny wins over allow
//   max_calls:    n           calls per exchange; the (n+1)th is denied
//   default_risk: low|medium|high (default medium) for tools no per_tool entry rates
//   on_tainted:   { high: deny|approve (deny), medium: allow|approve|deny (allow) }
//   approval_ttl: seconds an approval (pending or granted) stays valid (default 900)
//   per_tool:     { <glob>: { risk, approval: required|none, arguments: { <json-pointer>: constraint } } }
//   when:         [ { identities, roles, tenants, ...any of allow/deny/max_calls/default_risk/on_tainted/per_tool } ]
// `when` entries are tried in order; the first whose identities/roles/tenants all match (a missing
// criterion matches everyone) is overlaid on the base: its keys replace the base keys, except `deny`,
// which is the union (a sub-rule can deny more, never un-deny), and `per_tool`, whose entries are
// consulted before the base entries (so base argument constraints still apply to tools it does not name).
import { Ajv, type ValidateFunction } from 'ajv';
import type { Identity } from '../core/types.ts';
import { GuardError } from '../core/errors.ts';
import { compileSet, PatternError } from '../core/regex.ts';
import { compileGlobs, NO_GLOBS, type GlobList } from './glob.ts';
import { canonicalJson } from './hash.ts';
import { compileHostAllowList } from './url.ts';
import type {
  CompiledArgumentConstraint, CompiledToolPolicy, CompiledToolScope, CompiledToolSettings, TaintGate, ToolRisk,
} from './types.ts';

const GLOBS = { type: 'array', maxItems: 1000, items: { type: 'string', minLength: 1, maxLength: 512 } };
const RISK = { type: 'string', enum: ['low', 'medium', 'high'] };
const JSON_POINTER = '^(/([^~/]|~[01])*)*$';

const CONSTRAINT = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    required: { type: 'boolean' },
    pattern: { type: 'string', minLength: 1, maxLength: 4096 },
    case_insensitive: { type: 'boolean' },
    enum: {
      type: 'array',
      minItems: 1,
      items: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }] },
    },
    minimum: { type: 'number' },
    maximum: { type: 'number' },
    max_length: { type: 'integer', minimum: 0 },
    hosts: { ...GLOBS, minItems: 1 },
    schemes: { type: 'array', minItems: 1, items: { type: 'string', enum: ['http', 'https', 'ws', 'wss', 'ftp'] } },
  },
};

const TOOL_SETTINGS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    risk: RISK,
    approval: { type: 'string', enum: ['required', 'none'] },
    arguments: {
      type: 'object',
      propertyNames: { type: 'string', pattern: JSON_POINTER },
      additionalProperties: CONSTRAINT,
    },
  },
};

const SCOPE_PROPERTIES = {
  allow: GLOBS,
  deny: GLOBS,
  max_calls: { type: 'integer', minimum: 0 },
  default_risk: RISK,
  on_tainted: {
    type: 'object',
    additionalProperties: false,
    properties: {
      high: { type: 'string', enum: ['deny', 'approve'] },
      medium: { type: 'string', enum: ['allow', 'approve', 'deny'] },
    },
  },
  per_tool: { type: 'object', propertyNames: { type: 'string', minLength: 1, maxLength: 512 }, additionalProperties: TOOL_SETTINGS },
};

/** JSON Schema of a rule's `tools` section (Ajv strict-clean; no $schema so it embeds in any draft). */
export const TOOLS_SCHEMA: Readonly<Record<string, unknown>> = deepFreeze({
  type: 'object',
  additionalProperties: false,
  properties: {
    ...SCOPE_PROPERTIES,
    approval_ttl: { type: 'integer', minimum: 1, maximum: 604800 },
    when: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { identities: GLOBS, roles: GLOBS, tenants: GLOBS, ...SCOPE_PROPERTIES },
      },
    },
  },
});

/** Defaults that apply when the section does not say. */
export const TOOL_DEFAULTS = Object.freeze({
  defaultRisk: 'medium' as ToolRisk,
  onTainted: Object.freeze({ high: 'deny', medium: 'allow' }) as TaintGate,
  approvalTtlSeconds: 900,
});

let validator: ValidateFunction | undefined;
function validate(section: unknown): void {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(TOOLS_SCHEMA as Record<string, unknown>);
  if (!validator(section)) {
    const msgs = (validator.errors ?? []).slice(0, 5).map((e) => `tools${e.instancePath}: ${e.message ?? 'invalid'}`);
    throw new GuardError('policy_error', msgs.join('; '));
  }
}

const DISABLED: CompiledToolPolicy = Object.freeze({ enabled: false });

/**
 * Compile a rule's `tools` section. `undefined`/`null` → governance disabled (everything allowed).
 * Throws GuardError('policy_error') naming the offending key for any invalid section, glob or pattern.
 */
export function compileToolPolicy(section: unknown): CompiledToolPolicy {
  if (section === undefined || section === null) return DISABLED;
  validate(section);
  const s = section as Record<string, unknown>;
  try {
    const base = compileScope('base', s, null);
    const whens = ((s.when as Record<string, unknown>[] | undefined) ?? []).map((w, i) => ({
      identities: optGlobs(`tools.when[${i}].identities`, w.identities, { separator: '/' }),
      roles: optGlobs(`tools.when[${i}].roles`, w.roles),
      tenants: optGlobs(`tools.when[${i}].tenants`, w.tenants),
      scope: compileScope(`when:${i}`, w, base),
    }));
    const scopeFor = (identity: Identity): CompiledToolScope => {
      for (const w of whens) {
        if (w.identities && !(identity.principal !== undefined && w.identities.matches(identity.principal))) continue;
        if (w.roles && !identity.roles.some((r) => w.roles!.matches(r))) continue;
        if (w.tenants && !(identity.tenant !== undefined && w.tenants.matches(identity.tenant))) continue;
        return w.scope;
      }
      return base;
    };
    const ttl = (s.approval_ttl as number | undefined) ?? TOOL_DEFAULTS.approvalTtlSeconds;
    return deepFreeze({ enabled: true, approvalTtlMs: ttl * 1000, scopeFor });
  } catch (err) {
    if (err instanceof GuardError) throw err;
    if (err instanceof PatternError) throw new GuardError('policy_error', err.message, { cause: err });
    throw new GuardError('policy_error', `tools: ${(err as Error).message}`, { cause: err });
  }
}

function optGlobs(id: string, v: unknown, opts: { separator?: string } = {}): GlobList | null {
  return Array.isArray(v) ? compileGlobs(id, v as string[], opts) : null;
}

function compileScope(label: string, s: Record<string, unknown>, base: CompiledToolScope | null): CompiledToolScope {
  const where = label === 'base' ? 'tools' : `tools.${label}`;
  const allow = s.allow !== undefined ? compileGlobs(`${where}.allow`, s.allow as string[]) : (base?.allow ?? null);
  const ownDeny = s.deny !== undefined ? (s.deny as string[]) : [];
  const deny = base
    ? (ownDeny.length > 0 ? compileGlobs(`${where}.deny`, [...base.deny.patterns, ...ownDeny]) : base.deny)
    : (ownDeny.length > 0 ? compileGlobs(`${where}.deny`, ownDeny) : NO_GLOBS);
  const maxCalls = s.max_calls !== undefined ? (s.max_calls as number) : (base?.maxCalls ?? null);
  const defaultRisk = (s.default_risk as ToolRisk | undefined) ?? base?.defaultRisk ?? TOOL_DEFAULTS.defaultRisk;
  const ot = s.on_tainted as Partial<TaintGate> | undefined;
  const baseTaint = base?.onTainted ?? TOOL_DEFAULTS.onTainted;
  const onTainted: TaintGate = ot ? { high: ot.high ?? baseTaint.high, medium: ot.medium ?? baseTaint.medium } : baseTaint;

  const own = Object.entries((s.per_tool as Record<string, Record<string, unknown>> | undefined) ?? {}).map(
    ([glob, t]) => compileSettings(`${where}.per_tool[${JSON.stringify(glob)}]`, glob, t, defaultRisk),
  );
  const settingsFor = makeSettingsLookup(where, own, base);
  // Scopes are reachable only through the scopeFor closure, so freeze them here.
  return deepFreeze({ label, allow, deny, maxCalls, defaultRisk, onTainted, settingsFor });
}

function makeSettingsLookup(
  where: string, own: CompiledToolSettings[], base: CompiledToolScope | null,
): (name: string) => CompiledToolSettings | null {
  const exact = new Map<string, CompiledToolSettings>();
  const globbed: CompiledToolSettings[] = [];
  for (const t of own) {
    if (t.glob.includes('*') || t.glob.includes('?')) globbed.push(t);
    else if (!exact.has(t.glob)) exact.set(t.glob, t);
  }
  const list = compileGlobs(`${where}.per_tool`, globbed.map((t) => t.glob));
  return (name: string) => {
    const e = exact.get(name);
    if (e) return e;
    const i = list.firstMatch(name);
    if (i >= 0) return globbed[i];
    return base ? base.settingsFor(name) : null;
  };
}

function compileSettings(where: string, glob: string, t: Record<string, unknown>, defaultRisk: ToolRisk): CompiledToolSettings {
  const args = (t.arguments as Record<string, Record<string, unknown>> | undefined) ?? {};
  const constraints = Object.entries(args).map(([ptr, c]) => compileConstraint(`${where}.arguments[${JSON.stringify(ptr)}]`, ptr, c));
  return deepFreeze({
    glob,
    risk: (t.risk as ToolRisk | undefined) ?? defaultRisk,
    approval: t.approval === 'required',
    constraints,
  });
}

function compileConstraint(where: string, pointer: string, c: Record<string, unknown>): CompiledArgumentConstraint {
  const checks: ((v: unknown) => string | null)[] = [];
  if (c.schemes !== undefined && c.hosts === undefined) throw new GuardError('policy_error', `${where}: schemes needs hosts`);
  if (c.case_insensitive !== undefined && c.pattern === undefined) throw new GuardError('policy_error', `${where}: case_insensitive needs pattern`);
  if (c.hosts !== undefined) {
    const list = compileHostAllowList(`${where}.hosts`, c.hosts as string[], (c.schemes as string[] | undefined) ?? ['https', 'http']);
    checks.push((v) => list.check(v));
  }
  if (c.pattern !== undefined) {
    const set = compileSet(`${where}.pattern`, [c.pattern as string], c.case_insensitive === true ? 'i' : '');
    checks.push((v) => (typeof v !== 'string' ? 'not_a_string' : set.match(v).length > 0 ? null : 'pattern_mismatch'));
  }
  if (c.enum !== undefined) {
    const values = [...(c.enum as unknown[])];
    checks.push((v) => (values.some((x) => x === v) ? null : 'not_in_enum'));
  }
  const min = c.minimum as number | undefined;
  const max = c.maximum as number | undefined;
  if (min !== undefined && max !== undefined && min > max) throw new GuardError('policy_error', `${where}: minimum > maximum`);
  if (min !== undefined || max !== undefined) {
    checks.push((v) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'not_a_number';
      if (min !== undefined && v < min) return 'below_minimum';
      if (max !== undefined && v > max) return 'above_maximum';
      return null;
    });
  }
  if (c.max_length !== undefined) {
    const maxLen = c.max_length as number;
    checks.push((v) => {
      // Strings count code points (like JSON Schema maxLength); other values their canonical JSON length.
      let n = 0;
      if (typeof v === 'string') {
        for (const _ of v) if (++n > maxLen) break;
      } else {
        n = canonicalJson(v).length;
      }
      return n > maxLen ? 'too_long' : null;
    });
  }
  return {
    pointer,
    required: c.required === true,
    check(v: unknown): string | null {
      for (const f of checks) {
        const r = f(v);
        if (r !== null) return r;
      }
      return null;
    },
  };
}

/** Freeze a plain object graph (functions are frozen as objects; closures keep their own state). */
function deepFreeze<T>(o: T): T {
  if (o !== null && (typeof o === 'object' || typeof o === 'function') && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const k of Reflect.ownKeys(o as object)) deepFreeze((o as Record<string | symbol, unknown>)[k]);
  }
  return o;
}
