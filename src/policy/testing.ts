// `llm-boundary policy test`: run policy test cases (YAML files) through the real pipeline and report
// PASS/FAIL per case, like `opa test`. A case is a request (and optionally a response) plus what the
// policy must decide; see README `policy` for the file format. The evaluation itself (parse -> detect
// -> decide -> mutate) is injected, so this module only loads cases, compares and reports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { loadEmbeddedPolicy, loadPolicyFile } from './compile.ts';
import { LineCounter, parseDocument } from 'yaml';
import { PolicyError, formatIssue, positionIn } from './load.ts';
import type { CompiledPolicy, PhaseDecision } from './types.ts';

/** One HTTP exchange to evaluate (shape of src/pipeline/evaluate.ts `evaluateExchange` input). */
export interface ExchangeInput {
  readonly request: {
    readonly method: string;
    readonly path: string;
    readonly host?: string;
    readonly headers: Record<string, string>;
    readonly body: Buffer;
  };
  readonly response?: { readonly status: number; readonly headers: Record<string, string>; readonly body: Buffer };
  /** Envoy filter_metadata (namespace -> object), e.g. JWT claims from jwt_authn. */
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly peerPrincipal?: string;
}

export interface ExchangeOutcome {
  readonly request: PhaseDecision;
  readonly response?: PhaseDecision;
  /** The request body as forwarded upstream (after redaction), when it was changed. */
  readonly requestBody?: Buffer;
  readonly responseBody?: Buffer;
  /** The local reply when the exchange was denied. */
  readonly denied?: { readonly status: number; readonly body: Buffer };
}

export type ExchangeEvaluator = (policy: CompiledPolicy, input: ExchangeInput) => Promise<ExchangeOutcome>;

interface PhaseExpect {
  decision?: 'allow' | 'redact' | 'deny';
  enforced?: 'allow' | 'redact' | 'deny';
  reasons?: string[];
  reasons_exclude?: string[];
  status?: number;
  body_contains?: string[];
  body_not_contains?: string[];
}
interface RawBody {
  body?: unknown;
  body_file?: string;
  headers?: Record<string, string>;
}
interface RawCase {
  name: string;
  request: RawBody & { method?: string; path?: string; host?: string };
  response?: RawBody & { status?: number };
  metadata?: Record<string, unknown>;
  peer_principal?: string;
  expect: {
    rule?: string;
    identity?: { principal?: string | null; tenant?: string | null; source?: string; roles?: string[] };
    request?: PhaseExpect;
    response?: PhaseExpect;
  };
}
interface RawSuite {
  policy: string;
  cases: RawCase[];
}

const phaseExpectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    decision: { enum: ['allow', 'redact', 'deny'] },
    enforced: { enum: ['allow', 'redact', 'deny'] },
    reasons: { type: 'array', items: { type: 'string' } },
    reasons_exclude: { type: 'array', items: { type: 'string' } },
    status: { type: 'integer' },
    body_contains: { type: 'array', items: { type: 'string' } },
    body_not_contains: { type: 'array', items: { type: 'string' } },
  },
};
const bodyProps = {
  body: { type: ['object', 'array', 'string'] },
  body_file: { type: 'string', minLength: 1 },
  headers: { type: 'object', additionalProperties: { type: 'string' } },
};

/** JSON Schema of a policy test file. */
export const POLICY_TEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['policy', 'cases'],
  properties: {
    policy: { type: 'string', minLength: 1 },
    cases: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'request', 'expect'],
        properties: {
          name: { type: 'string', minLength: 1 },
          request: {
            type: 'object',
            additionalProperties: false,
            properties: { ...bodyProps, method: { type: 'string' }, path: { type: 'string' }, host: { type: 'string' } },
          },
          response: {
            type: 'object',
            additionalProperties: false,
            properties: { ...bodyProps, status: { type: 'integer' } },
          },
          metadata: { type: 'object' },
          peer_principal: { type: 'string' },
          expect: {
            type: 'object',
            additionalProperties: false,
            properties: {
              rule: { type: 'string' },
              identity: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  principal: { type: ['string', 'null'] },
                  tenant: { type: ['string', 'null'] },
                  source: { enum: ['header', 'xfcc', 'jwt', 'peer', 'none'] },
                  roles: { type: 'array', items: { type: 'string' } },
                },
              },
              request: phaseExpectSchema,
              response: phaseExpectSchema,
            },
          },
        },
      },
    },
  },
};

let suiteValidator: ValidateFunction | undefined;

export interface TestSummary {
  readonly passed: number;
  readonly failed: number;
  /** Files that could not be loaded (bad format, bad policy). */
  readonly errors: number;
}

export interface RunOptions {
  /** The pipeline evaluator; null when unavailable (cases needing it then fail with a clear message). */
  readonly evaluate: ExchangeEvaluator | null;
  readonly write: (line: string) => void;
  /** Directory paths are shown relative to (default cwd). */
  readonly cwd?: string;
}

/** Test files under a path: the file itself, or every *.yaml / *.yml / *.json below a directory (sorted). */
export function findTestFiles(target: string): string[] {
  const st = statSync(target);
  if (st.isFile()) return [target];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && (e.name.endsWith('.yaml') || e.name.endsWith('.yml') || e.name.endsWith('.json'))) out.push(p);
    }
  };
  walk(target);
  return out;
}

function bodyOf(b: RawBody | undefined, baseDir: string): Buffer {
  if (!b) return Buffer.alloc(0);
  if (b.body_file !== undefined) return readFileSync(resolve(baseDir, b.body_file));
  if (b.body === undefined) return Buffer.alloc(0);
  if (typeof b.body === 'string') return Buffer.from(b.body, 'utf8');
  return Buffer.from(JSON.stringify(b.body), 'utf8');
}

function lower(h: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) out[k.toLowerCase()] = v;
  return out;
}

/** Build the evaluator input for a case (exported for tests). */
export function caseInput(c: RawCase, baseDir: string): ExchangeInput {
  const reqHeaders = lower(c.request.headers);
  const hasJsonBody = c.request.body !== undefined && typeof c.request.body !== 'string';
  if (hasJsonBody && reqHeaders['content-type'] === undefined) reqHeaders['content-type'] = 'application/json';
  const input: ExchangeInput = {
    request: {
      method: (c.request.method ?? 'POST').toUpperCase(),
      path: c.request.path ?? '/v1/chat/completions',
      host: c.request.host ?? 'api.openai.com',
      headers: reqHeaders,
      body: bodyOf(c.request, baseDir),
    },
    ...(c.response
      ? (() => {
          const h = lower(c.response.headers);
          if (c.response.body !== undefined && typeof c.response.body !== 'string' && h['content-type'] === undefined) h['content-type'] = 'application/json';
          return { response: { status: c.response.status ?? 200, headers: h, body: bodyOf(c.response, baseDir) } };
        })()
      : {}),
    ...(c.metadata ? { metadata: c.metadata } : {}),
    ...(c.peer_principal !== undefined ? { peerPrincipal: c.peer_principal } : {}),
  };
  return input;
}

function checkPhase(label: string, e: PhaseExpect, d: PhaseDecision | undefined, body: Buffer | undefined, fails: string[]): void {
  if (!d) {
    fails.push(`${label}: no decision was made (was the exchange denied earlier?)`);
    return;
  }
  const got = `${d.action} [${d.reasons.join(', ')}] by rule ${d.ruleId}`;
  if (e.decision !== undefined && d.action !== e.decision) fails.push(`${label}: expected decision ${e.decision}, got ${got}`);
  if (e.enforced !== undefined && d.enforced !== e.enforced) fails.push(`${label}: expected enforced ${e.enforced}, got ${d.enforced}`);
  for (const r of e.reasons ?? []) if (!d.reasons.includes(r)) fails.push(`${label}: expected reason ${r}, got ${got}`);
  for (const r of e.reasons_exclude ?? []) if (d.reasons.includes(r)) fails.push(`${label}: unexpected reason ${r}`);
  if (e.status !== undefined && d.denyStatus !== e.status) fails.push(`${label}: expected status ${e.status}, got ${d.denyStatus ?? 'none'}`);
  if (e.body_contains || e.body_not_contains) {
    const text = body?.toString('utf8') ?? '';
    // Never echo body content: the case file already has it; say which expectation failed.
    (e.body_contains ?? []).forEach((s, i) => {
      if (!text.includes(s)) fails.push(`${label}: body does not contain body_contains[${i}]`);
    });
    (e.body_not_contains ?? []).forEach((s, i) => {
      if (text.includes(s)) fails.push(`${label}: body still contains body_not_contains[${i}]`);
    });
  }
}

/** Evaluate one case; returns the list of failed expectations (empty = pass). */
export async function runCase(policy: CompiledPolicy, c: RawCase, baseDir: string, evaluate: ExchangeEvaluator | null): Promise<string[]> {
  const fails: string[] = [];
  const input = caseInput(c, baseDir);
  const headers = new Map(Object.entries(input.request.headers));
  const identity = policy.resolveIdentity({ headers, ...(input.metadata ? { metadata: input.metadata } : {}), ...(input.peerPrincipal !== undefined ? { peerPrincipal: input.peerPrincipal } : {}) });
  const ei = c.expect.identity;
  if (ei) {
    if (ei.principal !== undefined && (identity.principal ?? null) !== ei.principal) fails.push(`identity: expected principal ${JSON.stringify(ei.principal)}, got ${JSON.stringify(identity.principal ?? null)}`);
    if (ei.tenant !== undefined && (identity.tenant ?? null) !== ei.tenant) fails.push(`identity: expected tenant ${JSON.stringify(ei.tenant)}, got ${JSON.stringify(identity.tenant ?? null)}`);
    if (ei.source !== undefined && identity.source !== ei.source) fails.push(`identity: expected source ${ei.source}, got ${identity.source}`);
    if (ei.roles !== undefined && JSON.stringify([...identity.roles].sort()) !== JSON.stringify([...ei.roles].sort())) fails.push(`identity: expected roles ${JSON.stringify(ei.roles)}, got ${JSON.stringify(identity.roles)}`);
  }
  if (c.expect.rule !== undefined) {
    const rule = policy.select({ host: input.request.host ?? '', path: input.request.path, method: input.request.method, headers, identity });
    if (rule.id !== c.expect.rule) fails.push(`rule: expected ${c.expect.rule}, got ${rule.id}`);
  }
  if (c.expect.request || c.expect.response) {
    if (!evaluate) {
      fails.push('the pipeline evaluator (src/pipeline/evaluate.ts evaluateExchange) is not available in this build');
      return fails;
    }
    let out: ExchangeOutcome;
    try {
      out = await evaluate(policy, input);
    } catch (err) {
      fails.push(`evaluation failed: ${(err as { code?: string }).code ?? ''} ${(err as Error).message}`.trim());
      return fails;
    }
    if (c.expect.request) {
      const body = out.request.enforced === 'deny' ? out.denied?.body : (out.requestBody ?? input.request.body);
      checkPhase('request', c.expect.request, out.request, body, fails);
    }
    if (c.expect.response) {
      const body = out.response?.enforced === 'deny' ? out.denied?.body : (out.responseBody ?? input.response?.body);
      checkPhase('response', c.expect.response, out.response, body, fails);
    }
  }
  return fails;
}

/** Run every test file under `target`. Writes an opa-test-like report through `write`. */
export async function runPolicyTests(target: string, opts: RunOptions): Promise<TestSummary> {
  const cwd = opts.cwd ?? process.cwd();
  const show = (p: string) => relative(cwd, p) || p;
  suiteValidator ??= new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true }).compile(POLICY_TEST_SCHEMA);
  const policies = new Map<string, CompiledPolicy>();
  let passed = 0;
  let failed = 0;
  let errors = 0;
  for (const file of findTestFiles(target)) {
    const baseDir = dirname(resolve(file));
    opts.write(`${show(file)}:`);
    let suite: RawSuite;
    try {
      suite = parseSuite(readFileSync(file, 'utf8'), show(file));
    } catch (err) {
      errors++;
      opts.write(`  ERROR: ${(err as Error).message.split('\n').join('\n    ')}`);
      continue;
    }
    let policy: CompiledPolicy;
    try {
      const p = suite.policy === 'embedded' ? 'embedded' : resolve(baseDir, suite.policy);
      let cached = policies.get(p);
      if (!cached) {
        cached = p === 'embedded' ? loadEmbeddedPolicy({ installKey: false }) : loadPolicyFile(show(p), { installKey: false });
        policies.set(p, cached);
      }
      policy = cached;
    } catch (err) {
      errors++;
      const msg = err instanceof PolicyError ? err.issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n    ') : (err as Error).message;
      opts.write(`  ERROR: policy ${suite.policy} does not load:\n    ${msg}`);
      continue;
    }
    for (const c of suite.cases) {
      let fails: string[];
      try {
        fails = await runCase(policy, c, baseDir, opts.evaluate);
      } catch (err) {
        fails = [`error: ${(err as Error).message}`];
      }
      if (fails.length === 0) {
        passed++;
        opts.write(`  PASS: ${c.name}`);
      } else {
        failed++;
        opts.write(`  FAIL: ${c.name}`);
        for (const f of fails) opts.write(`    ${f}`);
      }
    }
  }
  opts.write('-'.repeat(80));
  const total = passed + failed;
  opts.write(`PASS: ${passed}/${total}`);
  if (failed > 0) opts.write(`FAIL: ${failed}/${total}`);
  if (errors > 0) opts.write(`ERROR: ${errors} file(s) could not be loaded`);
  return { passed, failed, errors };
}

function parseSuite(text: string, file: string): RawSuite {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, merge: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const p = lc.linePos(e.pos[0]);
    throw new Error(`${file}:${p.line}:${p.col}: ${e.message.split('\n')[0]}`);
  }
  const value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  if (!suiteValidator!(value)) {
    const msgs = (suiteValidator!.errors ?? []).map((e) => {
      const path: string[] = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/');
      const extraKey = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty: string }).additionalProperty) : undefined;
      const p = positionIn(doc, lc, extraKey === undefined ? path : [...path, extraKey], extraKey !== undefined);
      const extra = extraKey === undefined ? '' : ` \`${extraKey}\``;
      return `${file}:${p.line}:${p.column}: ${e.instancePath || 'file'} ${e.message ?? 'invalid'}${extra}`;
    });
    throw new Error(msgs.join('\n'));
  }
  return value as RawSuite;
}
