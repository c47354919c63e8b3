// Shared fixtures for the audit tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditRecord } from '../../src/audit/types.ts';

export function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmb-audit-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A realistic record; i varies time, identity, decision, detectors and tools. */
export function makeRecord(i: number, over: Partial<AuditRecord> = {}): AuditRecord {
  const decisions = ['allow', 'redact', 'deny'] as const;
  const decision = decisions[i % 3];
  return {
    decisionId: `d-${i}`,
    requestId: `r-${i}`,
    time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    source: 'ext_proc',
    identity: `spiffe://cluster.local/ns/apps/sa/agent-${i % 4}`,
    tenant: 'acme',
    route: { host: 'api.openai.com', path: '/v1/chat/completions', method: 'POST' },
    format: 'openai.chat',
    model: 'gpt-4o',
    policyVersion: 'v1',
    ruleId: 'default',
    mode: 'enforce',
    decision,
    phases: [{ phase: 'request', action: decision, enforced: decision, reasons: decision === 'allow' ? [] : ['pii'], latencyMs: 0.42 }],
    findings: decision === 'allow' ? [] : [{ phase: 'request', detector: i % 2 ? 'pii' : 'secrets', type: i % 2 ? 'email' : 'aws_key', where: '/messages/0/content', start: 3, end: 20, score: 1, action: decision }],
    tools: i % 5 === 0 ? [{ tool: 'run_sql', argumentHash: 'ab'.repeat(32), action: 'deny', rule: 'no-sql' }] : [],
    failOpen: [],
    content: { capture: 'hash', request: 'cd'.repeat(32) },
    ...over,
  };
}

/** Poll cond every 5 ms until true, failing after ~5 s (a bound, not a timing assertion). */
export async function waitFor(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('timed out waiting for ' + what);
}
