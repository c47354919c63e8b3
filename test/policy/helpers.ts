// Shared helpers for the policy tests.
import type { Identity, RequestFacts } from '../../src/core/types.ts';
import { compilePolicy, compilePolicyReport } from '../../src/policy/compile.ts';
import { PolicyError } from '../../src/policy/load.ts';
import type { CompiledPolicy } from '../../src/policy/types.ts';

export const KEY = Buffer.alloc(32, 7);

export function compile(text: string, source = 'test.yaml'): CompiledPolicy {
  return compilePolicy(text, { source, baseDir: import.meta.dirname, hmacKey: KEY });
}

export function report(text: string, source = 'test.yaml') {
  return compilePolicyReport(text, { source, baseDir: import.meta.dirname, hmacKey: KEY });
}

/** The PolicyError a text produces, or a failure. */
export function errorsOf(text: string, source = 'test.yaml'): string[] {
  try {
    compilePolicyReport(text, { source, baseDir: import.meta.dirname, hmacKey: KEY });
  } catch (err) {
    if (err instanceof PolicyError) return err.issues.filter((i) => i.severity === 'error').map((i) => `${i.line}:${i.column} ${i.message}`);
    throw err;
  }
  throw new Error('expected the policy to be rejected');
}

export function facts(o: Partial<Omit<RequestFacts, 'headers' | 'identity'>> & { headers?: Record<string, string>; identity?: Partial<Identity> } = {}): RequestFacts {
  return {
    host: o.host ?? 'api.openai.com',
    path: o.path ?? '/v1/chat/completions',
    method: o.method ?? 'POST',
    headers: new Map(Object.entries(o.headers ?? {})),
    identity: { source: 'none', roles: [], ...o.identity },
  };
}

/** A small policy using only the built-in `patterns` detector. */
export const BASE = `version: 1
settings:
  decision_header: x-decision
identity:
  - header: { name: x-llm-identity, tenant_header: x-tenant-id, roles_header: x-llm-roles }
detectors:
  blocklist:
    type: patterns
    patterns:
      - { id: codename, literal: "Project Falcon", type: CONFIDENTIAL }
  cards:
    type: patterns
    patterns:
      - { id: card, regex: "\\\\b4[0-9]{15}\\\\b", type: CREDIT_CARD, max_length: 16 }
      - { id: mail, regex: "[a-z]+@[a-z]+\\\\.com", type: EMAIL, max_length: 64 }
default:
  request:
    detectors: [blocklist, cards]
    findings:
      CONFIDENTIAL: { action: deny }
      CREDIT_CARD: { action: redact, style: partial, keep: 4 }
      "*": { action: flag }
  response:
    detectors: [cards]
    findings:
      EMAIL: { action: redact, style: mask }
      cards: { action: redact, style: hash }
  budgets: { max_messages: 50 }
  on_failure: { unknown_content_type: allow }
rules:
  - id: payments
    match: { paths: ["/v1/chat/*"], identities: ["spiffe://*/ns/payments/**"] }
    mode: monitor
    request:
      findings:
        CONFIDENTIAL: { action: redact }
    budgets: { max_body_bytes: 1024 }
  - id: acme-admins
    match: { tenants: [acme], roles: [admin], methods: [POST], headers: { x-env: "prod*" } }
    deny_status: 451
    request:
      detectors: [blocklist]
  - id: anthropic
    match: { hosts: ["*.anthropic.com"] }
    format: anthropic.messages
    on_failure: { compressed_body: allow }
    stream_block: reset
    audit: { capture: hash }
`;
