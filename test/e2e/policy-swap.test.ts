// Each stream uses the policy that was live at its first message: a swap while a stream is open
// changes only streams that start afterwards; the version goes into every decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemblePipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';
import type { CompiledPolicy } from '../../src/policy/types.ts';

const mk = (action: 'deny' | 'allow') => compilePolicy(`version: 1
detectors:
  word: { type: patterns, patterns: [{ id: w, literal: "forbidden", type: WORD }] }
default:
  request:
    detectors: [word]
    findings: { WORD: { action: ${action} } }
`, { source: `${action}.yaml`, baseDir: import.meta.dirname, hmacKey: Buffer.alloc(32) });

test('a policy swap mid-stream applies to new streams only; decisions carry the version', async () => {
  const strict = mk('deny');
  const lax = mk('allow');
  assert.notEqual(strict.version, lax.version);
  let live: CompiledPolicy = strict;
  const audit = new MemoryAuditSink();
  const p = assemblePipeline({ policies: { current: () => live, close() {} }, audit, approvals: new MemoryApprovalStore() });
  const body = Buffer.from(JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'a forbidden word' }] }));
  const headers = [[':method', 'POST'], [':path', '/v1/chat/completions'], [':authority', 'x'], ['content-type', 'application/json']] as const;

  const first = p.factory.create({ metadata: {}, observability: false });
  await first.requestHeaders(headers, false);
  live = lax; // reload while `first` is open
  const firstResult = await first.requestBody(body, true, 'BUFFERED');
  assert.equal(firstResult.kind, 'deny', 'the open stream keeps the policy it started with');
  first.close('complete');

  const second = p.factory.create({ metadata: {}, observability: false });
  await second.requestHeaders(headers, false);
  const secondResult = await second.requestBody(body, true, 'BUFFERED');
  assert.equal(secondResult.kind, 'continue');
  second.close('complete');

  assert.deepEqual(audit.records.map((r) => r.policyVersion), [strict.version, lax.version]);
  assert.equal(firstResult.kind === 'deny' && (firstResult.metadata?.llm_boundary as Record<string, unknown>).policy_version, strict.version);
});
