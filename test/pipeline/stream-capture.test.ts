// Audit content of streamed responses: the record keeps exactly what the client received (redacted),
// cut at MAX_CAPTURE_CHARS with a marker, however the stream was chunked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemblePipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { MAX_CAPTURE_CHARS } from '../../src/pipeline/capture.ts';
import { loadEmbeddedPolicy } from '../../src/policy/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';
import type { PhaseResult } from '../../src/pipeline/types.ts';

const REQUEST = JSON.stringify({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'list the contacts' }] });

function sse(deltas: readonly string[]): Buffer {
  return Buffer.from(deltas.map((d) => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: d } }] })}\n\n`).join('') + 'data: [DONE]\n\n');
}

/** Streams `body` in `size`-byte chunks through one exchange; returns what was released and the audit record. */
async function stream(body: Buffer, size: number) {
  const audit = new MemoryAuditSink();
  const policy = loadEmbeddedPolicy({ hmacKey: Buffer.alloc(32, 7) });
  const p = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore() });
  const ex = p.factory.create({ metadata: {}, observability: false, requestBodyMode: 'BUFFERED', responseBodyMode: 'STREAMED' });
  await ex.requestHeaders([[':method', 'POST'], [':path', '/v1/chat/completions'], [':authority', 'api.openai.com'], ['content-type', 'application/json']], false);
  await ex.requestBody(Buffer.from(REQUEST), true, 'BUFFERED');
  await ex.responseHeaders([[':status', '200'], ['content-type', 'text/event-stream']], false);
  const out: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) {
    const r: PhaseResult = await ex.responseBody(body.subarray(i, i + size), i + size >= body.length, 'STREAMED');
    assert.equal(r.kind, 'continue');
    if (r.kind === 'continue' && r.body !== undefined) out.push(r.body);
  }
  ex.close('complete');
  await p.close();
  assert.equal(audit.records.length, 1);
  return { released: Buffer.concat(out).toString('utf8'), record: audit.records[0] };
}

test('a streamed response is recorded as released: redacted, whatever the chunk size', async () => {
  const deltas = ['Write to ', 'ana.lopez', '@example.org', ' or ', 'call the desk.'];
  for (const size of [7, 20, 4096]) {
    const { released, record } = await stream(sse(deltas), size);
    assert.ok(!released.includes('ana.lopez@example.org'), 'the e-mail is masked in the stream');
    assert.equal(record.content?.capture, 'redacted');
    assert.equal(record.content?.response, released);
  }
});

test('a long streamed response is recorded up to the capture limit, with a truncation marker', async () => {
  const deltas = Array.from({ length: 4000 }, (_, i) => `line ${i} of a long answer that keeps going; `);
  const { released, record } = await stream(sse(deltas), 20);
  assert.ok(released.length > MAX_CAPTURE_CHARS + 10_000);
  const kept = record.content?.response ?? '';
  assert.equal(kept.slice(0, MAX_CAPTURE_CHARS), released.slice(0, MAX_CAPTURE_CHARS));
  assert.match(kept.slice(MAX_CAPTURE_CHARS), /^…\[truncated \d+ chars\]$/);
});

test('phone numbers in a streamed answer are masked alike whatever the chunking (re-scans answered from the exchange\'s memo)', async () => {
  // Small chunks re-scan the held text many times, so most phone verdicts come from the exchange's
  // ScanMemo; one large chunk classifies each number once. The released answer must be the same.
  const rows = ['Ana Lopez', 'Ben Okafor', 'Chen Wei', 'Dana Levi'].map((n, i) => `| ${n} | 020 7946 03${10 + i} | +44 20 7946 09${50 + i} |\n`);
  const deltas = rows.join('').match(/.{1,4}/gs)!;
  const whole = await stream(sse(deltas), 1 << 20);
  for (const n of ['020 7946 0310', '020 7946 0313', '+44 20 7946 0950', '+44 20 7946 0953']) assert.ok(!whole.released.includes(n), n);
  for (const size of [7, 20]) assert.equal((await stream(sse(deltas), size)).released, whole.released, `chunks of ${size}`);
});
