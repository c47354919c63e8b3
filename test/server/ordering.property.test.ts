// Property: whatever the chunking and however long each chunk's async work takes, a STREAMED body
// gets exactly one reply per chunk, in order, so the upstream sees the transformed chunks in order.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { TEST_MESSAGE_TIMEOUT_MS, TestFactory, sleep, startTestServer, type TestServer } from './helpers.ts';

const factory = new TestFactory();
let srv: TestServer;
let envoy: EnvoyExtProcClient;

before(async () => {
  srv = await startTestServer(factory);
  envoy = new EnvoyExtProcClient({
    target: srv.target,
    messageTimeoutMs: TEST_MESSAGE_TIMEOUT_MS,
    processingMode: { request_body_mode: 'STREAMED', response_body_mode: 'STREAMED' },
  });
});
after(async () => {
  envoy.close();
  await srv.close();
});

test('STREAMED replies stay 1:1 and in order under random chunking and random async delays', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 1, max: 3 }),
      fc.boolean(),
      async (chunks, delays, coalesce, emptyFinal) => {
        let i = 0;
        const tag = (b: Buffer): Buffer => Buffer.from(`[${b.toString('utf8')}]`);
        factory.script = {
          requestBody: async (chunk) => {
            await sleep(delays[i++ % delays.length]);
            return { kind: 'continue', body: tag(chunk) };
          },
          responseBody: async (chunk) => {
            await sleep(delays[i++ % delays.length]);
            return { kind: 'continue', body: tag(chunk) };
          },
        };
        const r = await envoy.exchange(
          { body: chunks, coalesce, emptyFinalChunk: emptyFinal },
          () => ({ status: 200, body: [...chunks].reverse(), coalesce, emptyFinalChunk: emptyFinal }),
        );
        // What the exchange saw, in order, is exactly what Envoy sent; each reply applied to its own chunk.
        const seen = (phase: string): string[] => factory.last.calls.filter((c) => c.phase === phase).map((c) => c.chunk!.toString('utf8'));
        const reqSeen = seen('request_body');
        const respSeen = seen('response_body');
        assert.equal(r.upstream!.body.toString('utf8'), reqSeen.map((s) => `[${s}]`).join(''));
        assert.equal(r.downstream.body.toString('utf8'), respSeen.map((s) => `[${s}]`).join(''));
        assert.equal(reqSeen.join(''), chunks.join(''));
        assert.equal(respSeen.join(''), [...chunks].reverse().join(''));
        assert.equal(r.replies.filter((m) => m.response === 'request_body').length, reqSeen.length);
        assert.deepEqual(r.events, []);
      },
    ),
    { numRuns: 25 },
  );
});
