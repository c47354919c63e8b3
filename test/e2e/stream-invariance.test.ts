// The streaming guarantee through the whole stack (server, pipeline, stream engine, real detectors of
// the default policy), for every fixture stream and both streaming body modes: whatever way Envoy
// chunks the upstream bytes, the client receives the same bytes, and no email from the fixture ever
// reaches it.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { EnvoyExtProcClient, type BodyMode } from '../envoy/client.ts';
import { startTestServer, type TestServer } from '../server/helpers.ts';
import { assemblePipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { loadEmbeddedPolicy } from '../../src/policy/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';

let srv: TestServer;
const clients = new Map<BodyMode, EnvoyExtProcClient>();

before(async () => {
  const policy = loadEmbeddedPolicy({ hmacKey: Buffer.alloc(32, 4) });
  const pipeline = assemblePipeline({ policies: { current: () => policy, close() {} }, audit: new MemoryAuditSink(), approvals: new MemoryApprovalStore() });
  srv = await startTestServer(pipeline.factory);
  for (const mode of ['STREAMED', 'FULL_DUPLEX_STREAMED'] as const) {
    clients.set(mode, new EnvoyExtProcClient({
      target: srv.target,
      messageTimeoutMs: 10000,
      processingMode: {
        request_header_mode: 'SEND',
        response_header_mode: 'SEND',
        request_body_mode: 'BUFFERED',
        response_body_mode: mode,
        response_trailer_mode: mode === 'FULL_DUPLEX_STREAMED' ? 'SEND' : undefined,
      },
    }));
  }
});
after(async () => {
  for (const c of clients.values()) c.close();
  await srv.close();
});

const dir = new URL('../fixtures/streams/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.sse'));
const PATHS: Record<string, string> = { anthropic: '/v1/messages', 'openai-responses': '/v1/responses', mcp: '/mcp', 'openai-completions': '/v1/completions' };
const pathFor = (f: string) => Object.entries(PATHS).find(([k]) => f.startsWith(k))?.[1] ?? '/v1/chat/completions';
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

function cut(bytes: Buffer, points: number[]): Buffer[] {
  const sorted = [...new Set(points.map((p) => p % bytes.length))].filter((p) => p > 0).sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of sorted) {
    out.push(bytes.subarray(prev, p));
    prev = p;
  }
  out.push(bytes.subarray(prev));
  return out;
}

async function run(mode: BodyMode, fixture: string, chunks: Buffer[]): Promise<Buffer> {
  const c = clients.get(mode)!;
  const r = await c.exchange(
    { method: 'POST', path: pathFor(fixture), headers: [['content-type', 'application/json']], body: JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content: 'hi' }] }) },
    () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: chunks }),
  );
  assert.equal(r.downstream.reset, false);
  return r.downstream.body;
}

for (const fixture of fixtures) {
  test(`${fixture}: output is independent of chunking and never carries a raw email`, async () => {
    const bytes = readFileSync(new URL(fixture, dir));
    const emails = bytes.toString().match(EMAIL) ?? [];
    const reference = await run('STREAMED', fixture, [bytes]);
    for (const e of emails) assert.ok(!reference.toString().includes(e), `${e} leaked`);
    if (emails.length > 0) assert.ok(reference.toString().includes('[EMAIL]'), 'emails are masked, not dropped');
    assert.ok(reference.length > bytes.length / 2, 'the stream went through');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), fc.constantFrom<BodyMode>('STREAMED', 'FULL_DUPLEX_STREAMED'), async (points, mode) => {
        const out = await run(mode, fixture, cut(bytes, points));
        assert.equal(out.toString(), reference.toString());
      }),
      { numRuns: 12, seed: 20261121 },
    );
    // One byte at a time.
    const bytewise = await run('STREAMED', fixture, [...bytes].map((b) => Buffer.from([b])));
    assert.equal(bytewise.toString(), reference.toString());
  });
}
