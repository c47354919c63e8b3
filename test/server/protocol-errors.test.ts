// ext_proc server under protocol abuse: missing/unknown oneof, out-of-order and duplicate messages,
// undecodable bytes, oversized messages, the stream cap. Never a crash; a clear non-OK status.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { TestFactory, startTestServer, until, type TestServer } from './helpers.ts';
import { protocolErrors, rejectedStreams } from '../../src/observability/metrics.ts';

const factory = new TestFactory();
let srv: TestServer;
let envoy: EnvoyExtProcClient;

before(async () => {
  srv = await startTestServer(factory);
  envoy = new EnvoyExtProcClient({ target: srv.target, messageTimeoutMs: 10_000 });
});
after(async () => {
  envoy.close();
  await srv.close();
});

async function counter(metric: { get(): Promise<{ values: Array<{ labels: Record<string, unknown>; value: number }> }> }, labels: Record<string, string>): Promise<number> {
  const v = (await metric.get()).values.find((x) => Object.entries(labels).every(([k, val]) => x.labels[k] === val));
  return v?.value ?? 0;
}

/** Sends messages on a fresh Process call and resolves with the final status. */
function runRaw(msgs: Array<Record<string, unknown>>, c: EnvoyExtProcClient = envoy): Promise<grpc.StatusObject> {
  return new Promise((resolve) => {
    const call = c.rawCall();
    call.on('data', () => {});
    call.on('error', () => {});
    call.on('status', (s) => resolve(s));
    for (const m of msgs) call.write(m);
  });
}

/** A client that sends raw bytes as ProcessingRequest. */
function rawBytesCall(target: string, payloads: Buffer[]): Promise<grpc.StatusObject> {
  const Ctor = grpc.makeGenericClientConstructor(
    {
      Process: {
        path: '/envoy.service.ext_proc.v3.ExternalProcessor/Process',
        requestStream: true,
        responseStream: true,
        requestSerialize: (b: Buffer) => b,
        requestDeserialize: (b: Buffer) => b,
        responseSerialize: (b: Buffer) => b,
        responseDeserialize: (b: Buffer) => b,
      },
    },
    'RawExtProc',
  );
  const client = new Ctor(target, grpc.credentials.createInsecure());
  return new Promise((resolve) => {
    const call = (client as any).Process() as grpc.ClientDuplexStream<Buffer, Buffer>;
    call.on('data', () => {});
    call.on('error', () => {});
    call.on('status', (s) => {
      client.close();
      resolve(s);
    });
    for (const p of payloads) call.write(p);
  });
}

const hdrs = { request_headers: { headers: { headers: [{ key: ':path', raw_value: Buffer.from('/') }] } }, metadata_context: {} };

test('a message with no request oneof member: INVALID_ARGUMENT, counted', async () => {
  const before = await counter(protocolErrors, { kind: 'missing_oneof' });
  const s = await runRaw([{ metadata_context: {} }]);
  assert.equal(s.code, grpc.status.INVALID_ARGUMENT);
  assert.match(s.details, /oneof/);
  assert.equal(await counter(protocolErrors, { kind: 'missing_oneof' }), before + 1);
});

test('an unknown field where the oneof should be (newer Envoy): decoded, then INVALID_ARGUMENT', async () => {
  // Field 20, wire type 2, length 0: unknown to us, skipped by the decoder, leaving no oneof member.
  const s = await rawBytesCall(srv.target, [Buffer.from([0xa2, 0x01, 0x00])]);
  assert.equal(s.code, grpc.status.INVALID_ARGUMENT);
});

test('undecodable bytes: a non-OK status from grpc-js, the server keeps serving', async () => {
  const s = await rawBytesCall(srv.target, [Buffer.from([0xff, 0xff, 0xff, 0xff])]);
  assert.notEqual(s.code, grpc.status.OK);
  factory.script = {};
  const r = await envoy.exchange({});
  assert.equal(r.downstream.status, 200);
});

test('body before headers: FAILED_PRECONDITION and the exchange closes with error', async () => {
  const before = await counter(protocolErrors, { kind: 'out_of_order' });
  const n = factory.exchanges.length;
  const s = await runRaw([{ request_body: { body: Buffer.from('x'), end_of_stream: true }, metadata_context: {} }]);
  assert.equal(s.code, grpc.status.FAILED_PRECONDITION);
  assert.match(s.details, /request_body before request_headers/);
  assert.equal(await counter(protocolErrors, { kind: 'out_of_order' }), before + 1);
  assert.equal(factory.exchanges.length, n + 1);
  assert.equal(await factory.last.closed, 'error');
});

test('duplicate headers, body after end_of_stream, duplicate BUFFERED body: FAILED_PRECONDITION', async () => {
  factory.script = {};
  const s1 = await runRaw([hdrs, hdrs]);
  assert.equal(s1.code, grpc.status.FAILED_PRECONDITION);
  assert.match(s1.details, /duplicate request_headers/);
  assert.equal(await factory.last.closed, 'error');

  const eosHeaders = { ...hdrs, request_headers: { ...hdrs.request_headers, end_of_stream: true } };
  const s2 = await runRaw([eosHeaders, { request_body: { body: Buffer.from('x') }, metadata_context: {} }]);
  assert.equal(s2.code, grpc.status.FAILED_PRECONDITION);
  assert.match(s2.details, /after end_of_stream/);

  const s3 = await runRaw([
    { ...hdrs, protocol_config: { request_body_mode: 'BUFFERED' } },
    { request_body: { body: Buffer.from('a'), end_of_stream: false }, metadata_context: {} },
    { request_body: { body: Buffer.from('b'), end_of_stream: true }, metadata_context: {} },
  ]);
  assert.equal(s3.code, grpc.status.FAILED_PRECONDITION);
  assert.match(s3.details, /second request_body message in BUFFERED mode/);
});

test('GRPC body mode (not implemented by Envoy) is refused with INVALID_ARGUMENT', async () => {
  const s = await runRaw([{ ...hdrs, protocol_config: { request_body_mode: 'GRPC' } }]);
  assert.equal(s.code, grpc.status.INVALID_ARGUMENT);
  assert.match(s.details, /GRPC/);
});

test('a message above --max-message-bytes is refused with RESOURCE_EXHAUSTED (Envoy answers 500)', async (t) => {
  const small = await startTestServer(factory, { maxMessageBytes: 64 * 1024 });
  const c = new EnvoyExtProcClient({ target: small.target, processingMode: { request_body_mode: 'BUFFERED' }, messageTimeoutMs: 10_000 });
  t.after(async () => {
    c.close();
    await small.close();
  });
  factory.script = {};
  const r = await c.exchange({ body: Buffer.alloc(100 * 1024, 0x61) });
  assert.equal(r.grpcStatus?.code, grpc.status.RESOURCE_EXHAUSTED);
  assert.equal(r.downstream.status, 500);
  await until(() => small.extproc.openStreams === 0); // the refused stream released its slot
  assert.equal(factory.last.closeReasons.length, 1);
  const ok = await c.exchange({ body: Buffer.alloc(1024, 0x61) });
  assert.equal(ok.downstream.status, 200);
});

test('beyond --max-streams new streams get RESOURCE_EXHAUSTED and are counted; freed slots are reused', async (t) => {
  const capped = await startTestServer(factory, { maxStreams: 2, deadlineMs: 10_000 });
  const c = new EnvoyExtProcClient({ target: capped.target, messageTimeoutMs: 10_000 });
  t.after(async () => {
    c.close();
    await capped.close();
  });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  factory.script = { requestHeaders: async () => (await gate, { kind: 'continue' }) };
  const open = [c.rawCall(), c.rawCall()];
  for (const call of open) {
    call.on('data', () => {});
    call.on('error', () => {});
    call.write(hdrs);
  }
  await until(() => capped.extproc.openStreams === 2);
  const before = await counter(rejectedStreams, { reason: 'capacity' });
  const s = await runRaw([hdrs], c);
  assert.equal(s.code, grpc.status.RESOURCE_EXHAUSTED);
  assert.equal(await counter(rejectedStreams, { reason: 'capacity' }), before + 1);
  release();
  for (const call of open) {
    call.end();
    call.cancel();
  }
  await until(() => capped.extproc.openStreams === 0);
  factory.script = {};
  const r = await c.exchange({});
  assert.equal(r.downstream.status, 200);
});

test('draining: new streams get UNAVAILABLE, open ones finish', async (t) => {
  const d = await startTestServer(factory, { deadlineMs: 10_000 });
  const c = new EnvoyExtProcClient({ target: d.target, messageTimeoutMs: 10_000 });
  t.after(async () => {
    c.close();
    await d.close();
  });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  factory.script = { requestHeaders: async () => (await gate, { kind: 'continue', headers: { set: [['x-late', '1']] } }) };
  const inflight = c.exchange({});
  await until(() => d.extproc.openStreams === 1);
  d.extproc.drain();
  const s = await runRaw([hdrs], c);
  assert.equal(s.code, grpc.status.UNAVAILABLE);
  release();
  const r = await inflight;
  assert.equal(r.upstream!.headers.find(([k]) => k === 'x-late')?.[1], '1');
  assert.equal(await d.extproc.waitIdle(5000), true);
});
