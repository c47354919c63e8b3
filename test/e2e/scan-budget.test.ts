// Detectors on a large buffered body stop at the scan budget and the policy's detector_timeout action
// answers (deny by default, a counted allow when chosen), instead of Envoy's message timeout firing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemblePipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { loadEmbeddedPolicy } from '../../src/policy/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';

function bigConversation(messages: number): Buffer {
  const para = 'The quarterly report covers revenue, churn and hiring plans across three regions. '.repeat(25);
  const msgs = Array.from({ length: messages }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', content: `${i}: ${para}` }));
  return Buffer.from(JSON.stringify({ model: 'm', messages: msgs }));
}

const headers = [[':method', 'POST'], [':path', '/v1/chat/completions'], [':authority', 'x'], ['content-type', 'application/json']] as const;

test('a body whose scan exceeds the budget gets the detector_timeout decision promptly', async () => {
  const policy = loadEmbeddedPolicy({ hmacKey: Buffer.alloc(32) });
  const audit = new MemoryAuditSink();
  const p = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore(), scanBudgetMs: 1 });
  const ex = p.factory.create({ metadata: {}, observability: false });
  await ex.requestHeaders(headers, false);
  const r = await ex.requestBody(bigConversation(200), true, 'BUFFERED');
  assert.equal(r.kind, 'deny');
  ex.close('complete');
  assert.ok(audit.records[0].phases[0].reasons.includes('failure:detector_timeout'));

  // The same body with an ample budget is scanned to the end and allowed.
  const q = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore(), scanBudgetMs: 60_000 });
  const ex2 = q.factory.create({ metadata: {}, observability: false });
  await ex2.requestHeaders(headers, false);
  assert.equal((await ex2.requestBody(bigConversation(200), true, 'BUFFERED')).kind, 'continue');
  ex2.close('complete');
});
