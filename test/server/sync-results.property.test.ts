// Exchange.responseBody may return its result directly (the product's per-chunk streaming path does).
// Property: however sync results, async results and synchronous throws are mixed, STREAMED replies
// stay 1:1 and in order, a synchronous throw is answered by onError like a rejected promise, and the
// Exchange is never called for a chunk before its previous call settled.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import type { BodyMode, Exchange, ExchangeFactory, ExchangeStart, PhaseResult } from '../../src/pipeline/types.ts';
import { TEST_MESSAGE_TIMEOUT_MS, TestExchange, sleep, startTestServer, type TestServer } from './helpers.ts';

type Behaviour = 'sync' | 'async' | 'throw' | 'reject';
let plan: Behaviour[] = [];
let overlap = false;
const seen: string[] = [];

class MixedExchange implements Exchange {
  private readonly inner: TestExchange;
  private n = 0;
  private running = false;
  constructor(start: ExchangeStart) {
    this.inner = new TestExchange(start, { onError: () => ({ kind: 'continue', body: Buffer.from('{E}') }) });
  }
  get decisionId(): string { return this.inner.decisionId; }
  requestHeaders = (h: Parameters<Exchange['requestHeaders']>[0], eos: boolean) => this.inner.requestHeaders(h, eos);
  requestBody = (c: Buffer, eos: boolean, m: BodyMode) => this.inner.requestBody(c, eos, m);
  requestTrailers = (t: Parameters<Exchange['requestTrailers']>[0]) => this.inner.requestTrailers(t);
  responseHeaders = (h: Parameters<Exchange['responseHeaders']>[0], eos: boolean) => this.inner.responseHeaders(h, eos);
  responseTrailers = (t: Parameters<Exchange['responseTrailers']>[0]) => this.inner.responseTrailers(t);
  onDeadline = (p: Parameters<Exchange['onDeadline']>[0]) => this.inner.onDeadline(p);
  onError = (p: Parameters<Exchange['onError']>[0], e: unknown) => this.inner.onError(p, e);
  close = (r: Parameters<Exchange['close']>[0]) => this.inner.close(r);

  responseBody(chunk: Buffer): PhaseResult | Promise<PhaseResult> {
    if (this.running) overlap = true;
    seen.push(chunk.toString('utf8'));
    const b = plan[this.n++ % plan.length];
    const result: PhaseResult = { kind: 'continue', body: Buffer.from(`[${chunk.toString('utf8')}]`) };
    if (b === 'sync') return result;
    if (b === 'throw') throw new Error('sync failure');
    this.running = true;
    return sleep(1).then(() => {
      this.running = false;
      if (b === 'reject') throw new Error('async failure');
      return result;
    });
  }
}

const factory: ExchangeFactory = { create: (s) => new MixedExchange(s) };
let srv: TestServer;
let envoy: EnvoyExtProcClient;

before(async () => {
  srv = await startTestServer(factory);
  envoy = new EnvoyExtProcClient({
    target: srv.target,
    messageTimeoutMs: TEST_MESSAGE_TIMEOUT_MS,
    processingMode: { request_body_mode: 'BUFFERED', response_body_mode: 'STREAMED' },
  });
});
after(async () => {
  envoy.close();
  await srv.close();
});

test('property: mixed sync / async / throwing per-chunk results keep STREAMED replies 1:1 and in order', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 14 }),
      fc.array(fc.constantFrom<Behaviour>('sync', 'async', 'throw', 'reject'), { minLength: 1, maxLength: 14 }),
      fc.integer({ min: 1, max: 3 }),
      async (chunks, behaviours, coalesce) => {
        plan = behaviours;
        overlap = false;
        seen.length = 0;
        const r = await envoy.exchange({ body: ['q'] }, () => ({ status: 200, body: chunks, coalesce }));
        const expected = seen.map((s, k) => {
          const b = behaviours[k % behaviours.length];
          return b === 'throw' || b === 'reject' ? '{E}' : `[${s}]`;
        });
        assert.equal(seen.join(''), chunks.join(''));
        assert.equal(r.downstream.body.toString('utf8'), expected.join(''));
        assert.equal(r.replies.filter((m) => m.response === 'response_body').length, seen.length);
        assert.equal(overlap, false, 'a chunk was passed before the previous call settled');
        assert.deepEqual(r.events, []);
      },
    ),
    { numRuns: 40 },
  );
});
