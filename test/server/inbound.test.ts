// The inbound scheduler (src/server/inbound.ts): a per-slice time budget on inbound ext_proc message
// processing. Unit tests drive it with synthetic targets whose delivery burns wall time; the last two
// tests run real Process calls whose per-chunk work is synchronous and slow, so one HTTP/2 read holds
// more work than a slice allows.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { InboundScheduler, type InboundTarget } from '../../src/server/inbound.ts';
import { inboundScheduling } from '../../src/observability/metrics.ts';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import type { BodyMode, Exchange, ExchangeFactory, ExchangeStart, PhaseResult } from '../../src/pipeline/types.ts';
import { TEST_MESSAGE_TIMEOUT_MS, TestExchange, startTestServer, type TestServer } from './helpers.ts';

function burn(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** A target recording (name, message, arrivedAt) in delivery order, burning `costMs` per message. */
class Recorder implements InboundTarget<number> {
  readonly name: string;
  readonly log: Array<[string, number, number]>;
  readonly costMs: number;
  constructor(name: string, log: Array<[string, number, number]>, costMs: number) {
    this.name = name;
    this.log = log;
    this.costMs = costMs;
  }
  deliver(msg: number, arrivedAt: number): void {
    this.log.push([this.name, msg, arrivedAt]);
    burn(this.costMs);
  }
}

const deferred = inboundScheduling.child({ outcome: 'deferred' });
const forced = inboundScheduling.child({ outcome: 'forced' });
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));
const until = async (cond: () => boolean): Promise<void> => {
  for (let i = 0; i < 10_000 && !cond(); i++) await tick();
  assert.ok(cond(), 'condition not reached');
};

test('budget 0: every message is delivered synchronously, nothing is queued', () => {
  const s = new InboundScheduler<number>({ budgetMs: 0 });
  const log: Array<[string, number, number]> = [];
  const a = new Recorder('a', log, 0.2);
  const before = deferred.value;
  for (let i = 0; i < 20; i++) s.submit(a, i);
  assert.equal(log.length, 20);
  assert.equal(s.queued, 0);
  assert.equal(deferred.value, before);
});

test('a burst larger than the budget is split into slices, in arrival order across targets, with the event loop turning between slices', async () => {
  const s = new InboundScheduler<number>({ budgetMs: 2 });
  const log: Array<[string, number, number]> = [];
  const a = new Recorder('a', log, 0.5);
  const b = new Recorder('b', log, 0.5);
  const before = deferred.value;
  // One synchronous run, like one socket read holding 40 messages of two streams.
  const submitted: Array<[string, number]> = [];
  for (let i = 0; i < 40; i++) {
    const t = i % 3 === 0 ? b : a;
    s.submit(t, i);
    submitted.push([t.name, i]);
  }
  const inFirstRun = log.length;
  assert.ok(inFirstRun >= 1 && inFirstRun <= 6, `first run delivered ${inFirstRun} messages within a 2 ms budget at 0.5 ms each`);
  assert.equal(s.queued, 40 - inFirstRun);
  assert.equal(deferred.value - before, 40 - inFirstRun);
  // Something else waiting on the loop (a reply flush, a timer, another socket) runs before the queue is done.
  let otherRanAfter = -1;
  setImmediate(() => (otherRanAfter = log.length));
  await until(() => s.queued === 0);
  assert.ok(otherRanAfter >= 0 && otherRanAfter < 40, `other work ran after ${otherRanAfter} deliveries, before the last`);
  assert.deepEqual(log.map(([n, m]) => [n, m]), submitted, 'delivery order is arrival order');
  // Arrival times are the receipt times, not the delivery times.
  const lastArrival = log[39][2];
  assert.ok(lastArrival <= log[inFirstRun - 1][2] + 50, 'queued messages keep their arrival time');
});

test('a message arriving while others are queued waits behind them, even in a fresh loop turn', async () => {
  const s = new InboundScheduler<number>({ budgetMs: 1 });
  const log: Array<[string, number, number]> = [];
  const a = new Recorder('a', log, 0.6);
  for (let i = 0; i < 8; i++) s.submit(a, i);
  await tick(); // one slice ran; the rest is still queued
  assert.ok(s.queued > 0 && log.length < 8, `queued ${s.queued}, delivered ${log.length}`);
  const late = new Recorder('late', log, 0);
  s.submit(late, 99);
  assert.equal(log[log.length - 1][0], 'a', 'the late message did not jump the queue');
  await until(() => s.queued === 0);
  assert.deepEqual(log.map(([n, m]) => `${n}${m}`), ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'late99']);
});

test('the queue is bounded: at the bound the oldest messages are processed synchronously, order kept, counted as forced', async () => {
  const s = new InboundScheduler<number>({ budgetMs: 1, maxQueued: 3 });
  const log: Array<[string, number, number]> = [];
  const a = new Recorder('a', log, 0.5);
  const before = forced.value;
  for (let i = 0; i < 12; i++) s.submit(a, i);
  assert.ok(s.queued <= 3, `queue held ${s.queued} messages over a bound of 3`);
  assert.ok(forced.value - before >= 12 - 3 - 3, 'forced deliveries counted');
  await until(() => s.queued === 0);
  assert.deepEqual(log.map(([, m]) => m), [...Array(12).keys()]);
});

test('invalid options are refused', () => {
  assert.throws(() => new InboundScheduler({ budgetMs: -1 }), /budgetMs/);
  assert.throws(() => new InboundScheduler({ budgetMs: Number.NaN }), /budgetMs/);
  assert.throws(() => new InboundScheduler({ budgetMs: 1, maxQueued: 0 }), /maxQueued/);
});

// ---- through the real server -------------------------------------------------------------------

/** Exchange whose response chunks are answered synchronously after `costMs` of work (the product's streaming path is synchronous too). */
class SlowSyncExchange implements Exchange {
  private readonly inner: TestExchange;
  private readonly costMs: number;
  constructor(start: ExchangeStart, costMs: number) {
    this.inner = new TestExchange(start, {});
    this.costMs = costMs;
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
  responseBody(chunk: Buffer): PhaseResult {
    burn(this.costMs);
    return { kind: 'continue', body: Buffer.from(`<${chunk.toString('utf8')}>`) };
  }
}

const servers: TestServer[] = [];
const clients: EnvoyExtProcClient[] = [];
after(async () => {
  for (const c of clients) c.close();
  for (const s of servers) await s.close();
});

async function concurrentStreams(turnBudgetMs: number): Promise<{ deferred: number }> {
  const factory: ExchangeFactory = { create: (st) => new SlowSyncExchange(st, 0.3) };
  const srv = await startTestServer(factory, { turnBudgetMs });
  servers.push(srv);
  const envoy = new EnvoyExtProcClient({
    target: srv.target,
    messageTimeoutMs: TEST_MESSAGE_TIMEOUT_MS,
    processingMode: { request_body_mode: 'NONE', response_body_mode: 'STREAMED' },
  });
  clients.push(envoy);
  const before = deferred.value;
  const streams = 8;
  const chunks = (k: number): string[] => Array.from({ length: 30 }, (_, i) => `s${k}c${i}`);
  const results = await Promise.all(Array.from({ length: streams }, (_, k) => envoy.exchange({}, () => ({ status: 200, body: chunks(k) }))));
  results.forEach((r, k) => {
    assert.equal(r.downstream.status, 200);
    assert.equal(r.downstream.reset, false);
    assert.deepEqual(r.events, [], `stream ${k}: ${r.events.join(',')}`);
    assert.equal(r.downstream.body.toString('utf8'), chunks(k).map((c) => `<${c}>`).join('') + '<>', `stream ${k}: replies 1:1 and in order (the last for Envoy's empty end-of-stream chunk)`);
  });
  return { deferred: deferred.value - before };
}

test('server: with a 1 ms budget, 8 concurrent streams of slow synchronous chunks are answered 1:1 and in order, and some messages waited a turn', async () => {
  const r = await concurrentStreams(1);
  assert.ok(r.deferred > 0, 'no message was deferred although each costs 0.3 ms and they arrive in bursts');
});

test('server: budget 0 (--turn-budget-ms 0) processes every message on arrival', async () => {
  const r = await concurrentStreams(0);
  assert.equal(r.deferred, 0);
});
