// ext_proc server: deny/reset semantics, deadlines, errors, reply ordering under async work,
// concurrency, close reasons.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { EnvoyExtProcClient, type EnvoyConfig } from '../envoy/client.ts';
import { TEST_MESSAGE_TIMEOUT_MS, TestFactory, sleep, startTestServer, until, type TestServer } from './helpers.ts';
import type { PhaseResult } from '../../src/pipeline/types.ts';

const factory = new TestFactory();
let srv: TestServer;
const clients: EnvoyExtProcClient[] = [];

before(async () => {
  srv = await startTestServer(factory);
});
after(async () => {
  for (const c of clients) c.close();
  await srv.close();
});

function client(cfg: Omit<EnvoyConfig, 'target'>): EnvoyExtProcClient {
  const c = new EnvoyExtProcClient({ target: srv.target, messageTimeoutMs: TEST_MESSAGE_TIMEOUT_MS, ...cfg });
  clients.push(c);
  return c;
}

const deny = (status: number, body: string): PhaseResult => ({ kind: 'deny', status, headers: [['x-llm-boundary-decision', 'deny']], body: Buffer.from(body), details: 'prompt injection' });

test('deny on request headers: local reply, upstream never reached, stream completes', async () => {
  factory.script = { requestHeaders: () => deny(403, 'blocked by policy') };
  const c = client({});
  let upstreamCalled = false;
  const r = await c.exchange({}, () => {
    upstreamCalled = true;
    return { status: 200 };
  });
  assert.equal(upstreamCalled, false);
  assert.equal(r.upstream, undefined);
  assert.equal(r.downstream.status, 403);
  assert.equal(r.downstream.body.toString(), 'blocked by policy');
  assert.equal(r.downstream.details, 'prompt_injection');
  assert.deepEqual(r.downstream.headers.find(([k]) => k === 'x-llm-boundary-decision'), ['x-llm-boundary-decision', 'deny']);
  const ir = r.replies[0].immediate_response as any;
  assert.equal(ir.headers.set_headers[0].header.value, undefined, 'raw_value only');
  assert.deepEqual(ir.headers.set_headers[0].append, { value: false });
  assert.equal(await factory.last.closed, 'complete');
});

test('deny on a BUFFERED request body after a STREAMED-free request: 4xx local reply with metadata', async () => {
  factory.script = { requestBody: () => ({ ...deny(400, '{"error":"bad"}'), metadata: { llm_boundary: { action: 'deny' } } } as PhaseResult) };
  const c = client({ processingMode: { request_body_mode: 'BUFFERED' } });
  const r = await c.exchange({ body: '{}' });
  assert.equal(r.downstream.status, 400);
  assert.deepEqual(r.dynamicMetadata.llm_boundary, { action: 'deny' });
});

test('deny on response headers replaces the upstream response; deny on a STREAMED response chunk resets downstream', async () => {
  factory.script = { responseHeaders: () => deny(502, 'upstream blocked') };
  const c = client({ processingMode: { response_body_mode: 'STREAMED' } });
  const r = await c.exchange({}, () => ({ status: 200, body: ['a', 'b'] }));
  assert.equal(r.downstream.status, 502);
  assert.equal(r.downstream.reset, false);
  assert.equal(r.downstream.body.toString(), 'upstream blocked');

  let n = 0;
  factory.script = { responseBody: (chunk) => (++n === 2 ? deny(403, 'leak') : { kind: 'continue', body: chunk }) };
  const r2 = await c.exchange({}, () => ({ status: 200, body: ['first ', 'second ', 'third'] }));
  assert.equal(r2.downstream.reset, true, 'headers already went downstream: a reset, not a local reply');
  assert.equal(r2.downstream.status, 200);
  assert.equal(r2.downstream.body.toString(), 'first ');
});

test('reset result: the server ends the call with a non-OK status (500 before response headers, reset after)', async () => {
  factory.script = { requestHeaders: () => ({ kind: 'reset', details: 'policy_reset' }) };
  const c = client({});
  const r = await c.exchange({});
  assert.equal(r.downstream.status, 500);
  assert.equal(r.grpcStatus?.code, grpc.status.PERMISSION_DENIED);
  assert.equal(r.grpcStatus?.details, 'policy_reset');
  assert.ok(r.events.includes('grpc_error'));

  factory.script = { responseBody: (_c, eos) => (eos ? { kind: 'reset', details: 'stream_blocked' } : { kind: 'continue' }) };
  const c2 = client({ processingMode: { response_body_mode: 'STREAMED' } });
  const r2 = await c2.exchange({}, () => ({ status: 200, body: ['ok ', 'ok'] }));
  assert.equal(r2.downstream.reset, true);
  assert.equal(r2.downstream.body.toString(), 'ok ok');
});

test('STREAMED: async work finishing in any order still yields exactly one reply per chunk, in order', async () => {
  const delays = [25, 1, 15, 0, 8, 3, 12, 0];
  let i = 0;
  factory.script = {
    requestBody: async (chunk) => {
      await sleep(delays[i++ % delays.length]);
      return { kind: 'continue', body: Buffer.from(`<${chunk.toString()}>`) };
    },
  };
  const c = client({ processingMode: { request_body_mode: 'STREAMED' } });
  const chunks = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const r = await c.exchange({ body: chunks });
  assert.equal(r.upstream!.body.toString(), '<a><b><c><d><e><f><g><>');
  const bodyReplies = r.replies.filter((m) => m.response === 'request_body');
  assert.equal(bodyReplies.length, chunks.length + 1);
  assert.deepEqual(r.events, []);
});

test('internal deadline: a slow phase gets exchange.onDeadline; late results are discarded and order holds', async (t) => {
  // Own server with a short deadline. Chunk 1 resolves only after the test released it, long after
  // its deadline: its late result must not be used. Assertions do not depend on machine speed.
  const short = await startTestServer(factory, { deadlineMs: 50 });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let n = 0;
  factory.script = {
    requestBody: async (chunk) => {
      if (++n === 1) await gate;
      return { kind: 'continue', body: Buffer.from(chunk.toString().toUpperCase()) };
    },
    onDeadline: () => ({ kind: 'continue' }),
  };
  const c = new EnvoyExtProcClient({ target: short.target, processingMode: { request_body_mode: 'STREAMED' }, messageTimeoutMs: TEST_MESSAGE_TIMEOUT_MS });
  t.after(async () => {
    release();
    c.close();
    await short.close();
  });
  const r = await c.exchange({ body: ['late', 'x', 'y'], emptyFinalChunk: false });
  release();
  const ex = factory.last;
  assert.equal(ex.deadlines[0], 'request_body');
  assert.equal(r.upstream!.body.toString().slice(0, 4), 'late', 'late result discarded: first chunk unchanged');
  assert.equal(r.replies.filter((m) => m.response === 'request_body').length, 3);

  factory.script = { requestHeaders: () => new Promise(() => {}) };
  const r2 = await c.exchange({});
  assert.equal(r2.downstream.status, 504, 'default onDeadline of the test double denies with 504');
  assert.deepEqual(factory.last.deadlines, ['request_headers']);
  assert.deepEqual(r2.events, [], 'the server answered before Envoy timed out');
});

test('a throwing phase gets exchange.onError; an invalid result is treated as an error', async () => {
  factory.script = {
    requestHeaders: () => {
      throw new Error('detector exploded');
    },
  };
  const r = await client({}).exchange({});
  assert.equal(r.downstream.status, 500);
  assert.equal(factory.last.errors.length, 1);
  assert.equal((factory.last.errors[0].err as Error).message, 'detector exploded');

  factory.script = { requestHeaders: () => ({ kind: 'bogus' }) as unknown as PhaseResult, onError: () => ({ kind: 'continue' }) };
  const r2 = await client({}).exchange({});
  assert.equal(r2.downstream.status, 200);
  assert.equal(factory.last.errors.length, 1);
});

test('if onDeadline/onError themselves throw, the call ends with an error status (fail closed)', async () => {
  factory.script = {
    requestHeaders: () => {
      throw new Error('x');
    },
    onError: () => {
      throw new Error('y');
    },
  };
  const r = await client({}).exchange({});
  assert.equal(r.downstream.status, 500);
  assert.equal(r.grpcStatus?.code, grpc.status.PERMISSION_DENIED);
});

test('request and response directions are independent: a slow request body does not delay response headers', async (t) => {
  // Raw call so both directions can be interleaved as Envoy does with an early upstream response.
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  factory.script = {
    requestBody: async () => {
      await gate;
      return { kind: 'continue' };
    },
    responseHeaders: () => ({ kind: 'continue', headers: { set: [['x-r', '1']] } }),
  };
  const s = await startTestServer(factory, { deadlineMs: 5000 });
  const c = new EnvoyExtProcClient({ target: s.target });
  t.after(async () => {
    release();
    c.close();
    await s.close();
  });
  const call = c.rawCall();
  const got: string[] = [];
  call.on('data', (m: any) => got.push(m.response));
  call.on('error', () => {});
  const md = { metadata_context: {} };
  call.write({ request_headers: { headers: { headers: [] } }, protocol_config: { request_body_mode: 'STREAMED' }, ...md });
  call.write({ request_body: { body: Buffer.from('a'), end_of_stream: false }, ...md });
  call.write({ response_headers: { headers: { headers: [{ key: ':status', raw_value: Buffer.from('200') }] }, end_of_stream: true }, ...md });
  await until(() => got.length === 2);
  assert.deepEqual(got, ['request_headers', 'response_headers']);
  release();
  await until(() => got.length === 3);
  assert.equal(got[2], 'request_body');
  call.end();
  call.cancel();
});

test('300 simultaneous streams are served correctly and all exchanges close', async (t) => {
  factory.script = {
    requestBody: async (chunk) => {
      await sleep(chunk.length % 5);
      return { kind: 'continue', body: Buffer.from(chunk.toString().toUpperCase()) };
    },
  };
  // A generous deadline: this test is about concurrency, not timing, on a shared 2-core machine.
  const s = await startTestServer(factory, { deadlineMs: 10_000 });
  const c = new EnvoyExtProcClient({ target: s.target, processingMode: { request_body_mode: 'BUFFERED' }, messageTimeoutMs: 20_000 });
  t.after(async () => {
    c.close();
    await s.close();
  });
  const before = factory.exchanges.length;
  const results = await Promise.all(
    Array.from({ length: 300 }, (_, i) => c.exchange({ body: `request number ${i}` })),
  );
  results.forEach((r, i) => {
    assert.equal(r.downstream.status, 200);
    assert.equal(r.upstream!.body.toString(), `REQUEST NUMBER ${i}`);
  });
  const mine = factory.exchanges.slice(before);
  assert.equal(mine.length, 300);
  await until(() => mine.every((e) => e.closeReasons.length === 1));
  await until(() => s.extproc.openStreams === 0);
});

test('Envoy closing with outstanding work closes the exchange as cancelled; normal close as complete', async () => {
  factory.script = { requestHeaders: () => new Promise(() => {}) , onDeadline: () => ({ kind: 'continue' }) };
  const c = client({});
  const call = c.rawCall();
  call.on('error', () => {});
  call.write({ request_headers: { headers: { headers: [] }, end_of_stream: true }, metadata_context: {} });
  await until(() => factory.last?.calls.length === 1 && factory.last.calls[0].phase === 'request_headers');
  const ex = factory.last;
  call.end();
  call.cancel();
  assert.equal(await ex.closed, 'cancelled');
  assert.equal(ex.closeReasons.length, 1);
});
