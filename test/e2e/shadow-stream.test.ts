// Shadow mode on streamed responses: the candidate policy judges what the live stream saw, the
// disagreement is counted and both decisions are in the audit record; the live decision reaches
// Envoy's dynamic metadata with the last chunk; each phase is counted once in the decisions metric.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { startTestServer, until, type TestServer } from '../server/helpers.ts';
import { assemblePipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';
import { registry } from '../../src/observability/metrics.ts';

const DETECTORS = `detectors:
  mail: { type: patterns, patterns: [{ id: m, regex: "[a-z]+@[a-z]+\\\\.com", type: EMAIL, max_length: 64 }] }`;
const POLICY = `version: 1
${DETECTORS}
default:
  response:
    detectors: [mail]
    findings: { EMAIL: { action: flag } }
shadow:
  policy:
    version: 1
    ${DETECTORS.replaceAll('\n', '\n    ')}
    default:
      response:
        detectors: [mail]
        findings: { EMAIL: { action: redact, style: mask } }
`;

const audit = new MemoryAuditSink();
let srv: TestServer;
let client: EnvoyExtProcClient;
before(async () => {
  const policy = compilePolicy(POLICY, { source: 'shadow.yaml', baseDir: import.meta.dirname, hmacKey: Buffer.alloc(32) });
  assert.ok(policy.shadow);
  const p = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore() });
  srv = await startTestServer(p.factory);
  client = new EnvoyExtProcClient({ target: srv.target, allowModeOverride: true, messageTimeoutMs: 5000, processingMode: { request_header_mode: 'SEND', response_header_mode: 'SEND', request_body_mode: 'BUFFERED', response_body_mode: 'STREAMED' } });
});
after(async () => {
  client.close();
  await srv.close();
});

const value = async (name: string, labels: Record<string, string>) =>
  (await registry.getSingleMetric(name)!.get()).values.filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x)).reduce((a, v) => a + v.value, 0);

test('a streamed response: shadow disagreement counted and recorded; live decision in metadata; one decision count per phase', async () => {
  const before = await value('llm_boundary_shadow_disagreements_total', { phase: 'response', live: 'allow', shadow: 'redact' });
  const decisionsBefore = await value('llm_boundary_decisions_total', { phase: 'response' });
  const events = ['mail ', 'bob@corp.com', ' now'].map((d) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: d } }] })}\n\n`).concat('data: [DONE]\n\n');
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content: 'x' }] }) },
    () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: events }),
  );
  assert.ok(r.downstream.body.toString().includes('bob@corp.com'), 'live policy only flags');
  assert.equal(r.dynamicMetadata.llm_boundary?.response_action, 'allow');
  assert.equal(r.dynamicMetadata.llm_boundary?.response_reasons, 'finding:EMAIL');
  assert.equal((await value('llm_boundary_shadow_disagreements_total', { phase: 'response', live: 'allow', shadow: 'redact' })) - before, 1);
  assert.equal((await value('llm_boundary_decisions_total', { phase: 'response' })) - decisionsBefore, 1);
  const id = r.downstream.headers.find(([k]) => k === 'x-llm-boundary-decision')?.[1];
  await until(() => audit.records.some((a) => a.decisionId === id));
  const rec = audit.records.find((a) => a.decisionId === id)!;
  assert.equal(rec.decision, 'allow');
  assert.equal(rec.shadow?.decision, 'redact');
  assert.deepEqual(rec.shadow?.reasons, ['finding:EMAIL']);
});
