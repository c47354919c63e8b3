// Load and validate a policy document (YAML or JSON): parse keeping source positions, validate
// against the composed JSON Schema (Ajv, strict, every error collected), then semantic checks.
// Every problem is reported as file:line:col so CI output points at the offending key.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { GuardError } from '../core/errors.ts';
import { buildPolicySchema } from './schema.ts';

/** One problem found in a policy. */
export interface PolicyIssue {
  readonly file: string;
  /** 1-based; 0 when unknown. */
  readonly line: number;
  readonly column: number;
  /** JSON pointer of the offending value. */
  readonly pointer: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export function formatIssue(i: PolicyIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.severity}: ${i.message}${i.pointer ? ` (at ${i.pointer})` : ''}`;
}

/** A policy that failed to load: code 'policy_error', with every issue found. */
export class PolicyError extends GuardError {
  readonly issues: readonly PolicyIssue[];
  constructor(issues: readonly PolicyIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super('policy_error', errors.length > 0 ? errors.map(formatIssue).join('\n') : 'invalid policy');
    this.name = 'PolicyError';
    this.issues = issues;
  }
}

// ---- the raw document, as written (snake_case keys) -------------------------------------------

export interface RawFindingRule {
  action: 'allow' | 'flag' | 'redact' | 'deny';
  threshold?: number;
  style?: 'mask' | 'partial' | 'hash' | 'placeholder' | 'remove';
  keep?: number;
}
export interface RawPhase {
  detectors?: string[];
  findings?: Record<string, RawFindingRule>;
}
export interface RawRuleBody {
  mode?: 'enforce' | 'monitor';
  format?: string;
  request?: RawPhase;
  response?: RawPhase;
  tools?: unknown;
  budgets?: { max_body_bytes?: number; max_messages?: number; max_prompt_tokens?: number };
  on_failure?: Record<string, 'deny' | 'allow'>;
  deny_status?: number;
  stream_block?: 'error_event' | 'reset';
  audit?: { capture?: 'none' | 'hash' | 'redacted' | 'full' };
}
export interface RawMatch {
  hosts?: string[];
  paths?: string[];
  methods?: string[];
  headers?: Record<string, string>;
  identities?: string[];
  tenants?: string[];
  roles?: string[];
}
export interface RawRule extends RawRuleBody {
  id: string;
  description?: string;
  match: RawMatch;
}
export type RawIdentitySource =
  | { header: { name: string; tenant_header?: string; roles_header?: string } }
  | { xfcc: { header?: string; tenant_header?: string; roles_header?: string } }
  | { jwt: { namespace?: string; payload_key?: string; principal_claim?: string; tenant_claim?: string; roles_claim?: string } }
  | { peer: { tenant_header?: string; roles_header?: string } };
export interface RawPolicy {
  version: 1;
  description?: string;
  settings?: { decision_header?: string; hmac_key_env?: string };
  identity?: RawIdentitySource[];
  detectors?: Record<string, { type: string; [param: string]: unknown }>;
  default: RawRuleBody;
  rules?: RawRule[];
  shadow?: { file?: string; policy?: RawPolicy };
}

/** A parsed, schema-valid policy with the means to point back into its source. */
export interface LoadedPolicy {
  readonly source: string;
  readonly doc: RawPolicy;
  /** Source position of a JSON path (key=true: the key of the last element rather than its value). */
  locate(path: readonly (string | number)[], key?: boolean): { line: number; column: number };
  issue(path: readonly (string | number)[], message: string, severity?: 'error' | 'warning', key?: boolean): PolicyIssue;
}

let validator: ValidateFunction | undefined;

/** The compiled schema validator (built once per process from the registries). */
export function policyValidator(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  validator = ajv.compile(buildPolicySchema());
  return validator;
}

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

function fromPointer(ptr: string): string[] {
  if (ptr === '') return [];
  return ptr.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Find the YAML node at a path; returns the deepest node reached and, for maps, the key node. */
function nodeAt(doc: Document, path: readonly (string | number)[], wantKey: boolean): Node | null {
  let node: unknown = doc.contents;
  let last: Node | null = (doc.contents as Node | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return last;
      if (wantKey && i === path.length - 1) return (pair.key as Node) ?? last;
      node = pair.value;
      if (node && typeof node === 'object' && 'range' in node) last = node as Node;
      else return (pair.key as Node) ?? last;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (!item) return last;
      node = item;
      last = item as Node;
    } else {
      return last;
    }
  }
  return last;
}

/** 1-based line/column of a JSON path in a parsed YAML document (key=true: the last key, not its value). */
export function positionIn(doc: Document, lc: LineCounter, path: readonly (string | number)[], key = false): { line: number; column: number } {
  const n = nodeAt(doc, path, key);
  if (!n?.range) return { line: 1, column: 1 };
  const lp = lc.linePos(n.range[0]);
  return { line: lp.line, column: lp.col };
}

function describeAjvError(e: ErrorObject): { path: string[]; message: string; key: boolean } {
  const path = fromPointer(e.instancePath);
  const where = e.instancePath === '' ? 'policy' : `\`${path[path.length - 1]}\``;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return { path: [...path, String(p.additionalProperty)], message: `unknown key \`${String(p.additionalProperty)}\``, key: true };
    case 'required':
      return { path, message: `${where} is missing required key \`${String(p.missingProperty)}\``, key: false };
    case 'enum':
      return { path, message: `${where} must be one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, key: false };
    case 'const':
      return { path, message: `${where} must be ${JSON.stringify(p.allowedValue)}`, key: false };
    case 'propertyNames':
      return { path: [...path, String(p.propertyName)], message: `invalid name \`${String(p.propertyName)}\``, key: true };
    case 'pattern':
      return { path, message: `${where} must match ${String(p.pattern)}`, key: false };
    default:
      return { path, message: `${where} ${e.message ?? 'is invalid'}`, key: false };
  }
}

/**
 * Parse and schema-validate policy text. Throws PolicyError listing every problem (YAML syntax,
 * schema). Semantic checks that need the registries and cross-references run in compile.ts through
 * the returned `issue` helper, so they carry positions too.
 */
export function loadPolicyText(text: string, source: string): LoadedPolicy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };
  const locate = (path: readonly (string | number)[], key = false) => {
    const n = nodeAt(doc, path, key);
    return n?.range ? pos(n.range[0]) : { line: 1, column: 1 };
  };
  const issue = (path: readonly (string | number)[], message: string, severity: 'error' | 'warning' = 'error', key = false): PolicyIssue => ({
    file: source,
    ...locate(path, key),
    pointer: toPointer(path),
    message,
    severity,
  });

  if (doc.errors.length > 0) {
    throw new PolicyError(
      doc.errors.map((e) => ({
        file: source,
        ...pos(e.pos[0]),
        pointer: '',
        message: `syntax: ${e.message.split('\n')[0]}`,
        severity: 'error' as const,
      })),
    );
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    throw new PolicyError([{ file: source, line: 1, column: 1, pointer: '', message: `syntax: ${(err as Error).message}`, severity: 'error' }]);
  }
  const validate = policyValidator();
  if (!validate(value)) {
    const seen = new Set<string>();
    const issues: PolicyIssue[] = [];
    for (const e of validate.errors ?? []) {
      // "must match then schema" / "must match if" wrappers repeat what the nested error says.
      if (e.keyword === 'if' || e.keyword === 'allOf') continue;
      const d = describeAjvError(e);
      const i = issue(d.path, d.message, 'error', d.key);
      const k = `${i.line}:${i.column}:${i.message}`;
      if (seen.has(k)) continue;
      seen.add(k);
      issues.push(i);
    }
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new PolicyError(issues);
  }
  return { source, doc: value as RawPolicy, locate, issue };
}
