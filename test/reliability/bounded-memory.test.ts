// Bounded memory: every per-stream cap produces its defined outcome (request body over
// max_body_bytes → 413 before the upstream; response over it → local error; one SSE event over the
// event cap → stream reset; JSON deeper than the parser cap → refused), the stream hold-back stays
// bounded while a response streams, the global stream cap answers RESOURCE_EXHAUSTED, and a client
// that stops reading replies cannot make the server buffer without bound (write back-pressure stops
// the server reading that stream).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { EnvoyExtProcClient, type EnvoyConfig, type EnvoyResult } from '../envoy/client.ts';
import { ExtProcServer } from '../../src/server/extproc.ts';
import type { Exchange, ExchangeFactory } from '../../src/pipeline/types.ts';
import { PIPELINE_LIMITS } from '../../src/pipeline/index.ts';
import { protoRoot } from '../../src/server/protos.ts';
import http2 from 'node:http2';
import { PATTERNS_POLICY, patternsPolicy, sleep, startRealServer, until, type RealServer } from './helpers.ts';

const LIMIT = 64 * 1024;
const POLICY = PATTERNS_POLICY.replace('  audit: { capture: redacted }\n', `  audit: { capture: redacted }\n  budgets: { max_body_bytes: ${LIMIT} }\n`);

let srv: RealServer;
const clients: EnvoyExtProcClient[] = [];
const MODES: EnvoyConfig['processingMode'] = {
  request_header_mode: 'SEND',
  response_header_mode: 'SEND',
  request_body_mode: 'STREAMED',
  response_body_mode: 'STREAMED',
};

before(async () => {
  srv = await startRealServer({ policy: patternsPolicy(POLICY) });
});
after(async () => {
  for (const c of clients) c.close();
  await srv.close();
});

function client(extra: Partial<EnvoyConfig> = {}): EnvoyExtProcClient {
  const c = new EnvoyExtProcClient({ target: srv.target, processingMode: MODES, allowModeOverride: true, messageTimeoutMs: 10_000, bufferLimit: 64 * 1024 * 1024, ...extra });
  clients.push(c);
  return c;
}

const chat = (content: string): string => JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content }] });
const sseEvent = (d: string): string => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: d } }] })}\n\n`;
const REQ = { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']] as [string, string][] };

/** Bytes held by the server after each response_body reply: cumulative in minus cumulative out. */
function heldAfterEachChunk(r: EnvoyResult): number[] {
  const sent: Buffer[] = [];
  const held: number[] = [];
  let inSum = 0;
  let outSum = 0;
  let k = 0;
  for (const e of r.log) {
    const m = e.msg as Record<string, { body?: Buffer; response?: { body_mutation?: { body?: Buffer } } }>;
    if (e.dir === 'sent' && m.response_body) sent.push(m.response_body.body ?? Buffer.alloc(0));
    if (e.dir === 'received' && m.response_body) {
      const chunk = sent[k++] ?? Buffer.alloc(0);
      inSum += chunk.length;
      outSum += (m.response_body.response?.body_mutation?.body ?? chunk).length;
      held.push(inSum - outSum);
    }
  }
  return held;
}

test('request body over max_body_bytes: 413 local reply, the upstream is never reached (STREAMED chunks held only up to the cap)', async () => {
  let reached = false;
  const chunks = Array.from({ length: 40 }, () => Buffer.alloc(4096, 'a'));
  chunks[0] = Buffer.from('{"model":"m","messages":[{"role":"user","content":"');
  const r = await client().exchange({ ...REQ, body: chunks }, () => {
    reached = true;
    return { status: 200 };
  });
  assert.equal(reached, false);
  assert.equal(r.downstream.status, 413);
  // Every chunk before the refusal was answered with an empty body: nothing leaked upstream early.
  for (const e of r.log) {
    const rb = (e.msg as { request_body?: { response?: { body_mutation?: { body?: Buffer } } } }).request_body;
    if (e.dir === 'received' && rb) assert.equal(rb.response?.body_mutation?.body?.length ?? 0, 0);
  }
});

test('request body over max_body_bytes in BUFFERED mode: 413', async () => {
  const big = chat('x'.repeat(LIMIT + 10));
  const r = await client({ processingMode: { ...MODES, request_body_mode: 'BUFFERED' } }).exchange({ ...REQ, body: big });
  assert.equal(r.downstream.status, 413);
  assert.equal(r.upstream, undefined);
});

test('JSON nested deeper than the parser cap is refused with a local reply (fail closed), never parsed recursively', async () => {
  const deep = '{"model":"m","messages":' + '['.repeat(5000) + ']'.repeat(5000) + '}';
  const r = await client({ processingMode: { ...MODES, request_body_mode: 'BUFFERED' } }).exchange({ ...REQ, body: deep });
  assert.equal(r.upstream, undefined);
  assert.ok(r.downstream.status >= 400 && r.downstream.status < 600, `status ${r.downstream.status}`);
});

test('JSON response over max_body_bytes: a local error, the oversized body is not forwarded', async () => {
  const body = JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: 'y'.repeat(LIMIT + 100) } }] });
  const r = await client().exchange({ ...REQ, body: chat('hi') }, () => ({ status: 200, headers: [['content-type', 'application/json']], body }));
  assert.ok(r.downstream.status >= 500 || r.downstream.reset, `status ${r.downstream.status}`);
  assert.ok(r.downstream.body.length < LIMIT, 'the oversized body did not reach the client');
});

test('SSE hold-back stays bounded while a long response streams in random chunks', async () => {
  let text = '';
  for (let i = 0; i < 400; i++) text += sseEvent(`token ${i} mail bob@example.com `);
  const buf = Buffer.from(text);
  const chunks: Buffer[] = [];
  let seed = 7;
  for (let i = 0; i < buf.length; ) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const n = 1 + (seed % 700);
    chunks.push(buf.subarray(i, i + n));
    i += n;
  }
  const r = await client().exchange({ ...REQ, body: chat('hi') }, () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: chunks }));
  assert.equal(r.downstream.status, 200);
  assert.equal(r.downstream.reset, false);
  assert.ok(!r.downstream.body.toString().includes('bob@example.com'), 'e-mail masked in the stream');
  const held = heldAfterEachChunk(r);
  assert.equal(held.length, chunks.length + 1, 'one reply per chunk plus the final empty chunk');
  // An event is held until complete, plus the detector hold-back: never the whole stream.
  const maxEvent = Math.max(...text.split('\n\n').map((e) => e.length + 2));
  assert.ok(Math.max(...held) <= maxEvent + 1024, `max held ${Math.max(...held)} > ${maxEvent + 1024}`);
  // Everything was released by the end (masking and re-serialising may change lengths slightly).
  assert.ok(held[held.length - 1] <= 0, `still held at the end: ${held[held.length - 1]}`);
});

const OVERSIZED_EVENT = (): Buffer[] => {
  const chunk = Buffer.alloc(128 * 1024, 'z');
  return [Buffer.from(sseEvent('before ' + 'b'.repeat(500))), Buffer.from('data: '), ...Array.from({ length: Math.ceil(PIPELINE_LIMITS.maxEventBytes / chunk.length) + 2 }, () => chunk)];
};

test('one SSE event larger than the event cap (stream_block: error_event): an error event ends the stream, held bytes never exceed the cap', async () => {
  const chunks = OVERSIZED_EVENT();
  const r = await client().exchange({ ...REQ, body: chat('hi') }, () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: chunks }));
  assert.equal(r.downstream.status, 200);
  // Held bytes up to the refusal (after it, the rest of the stream is discarded, not held).
  const held = heldAfterEachChunk(r);
  const refusedAt = r.log.filter((e) => e.dir === 'received' && (e.msg as { response_body?: unknown }).response_body).findIndex((e) =>
    ((e.msg as { response_body: { response?: { body_mutation?: { body?: Buffer } } } }).response_body.response?.body_mutation?.body ?? Buffer.alloc(0)).toString().includes('error'));
  assert.ok(refusedAt > 0, 'an error event was sent');
  assert.ok(Math.max(0, ...held.slice(0, refusedAt)) <= PIPELINE_LIMITS.maxEventBytes, `held ${Math.max(...held.slice(0, refusedAt))}`);
  const out = r.downstream.body.toString();
  assert.ok(out.includes('before'), 'events before the oversized one were released');
  assert.ok(!out.includes('zzzz'), 'no byte of the oversized event was forwarded');
  assert.ok(out.includes('error'), 'the client gets an error event');
});

test('one SSE event larger than the event cap (stream_block: reset): the downstream stream is reset', async () => {
  const resetSrv = await startRealServer({ policy: patternsPolicy(POLICY.replace('  audit: { capture: redacted }\n', '  audit: { capture: redacted }\n  stream_block: reset\n')) });
  const c = new EnvoyExtProcClient({ target: resetSrv.target, processingMode: MODES, allowModeOverride: true, messageTimeoutMs: 10_000, bufferLimit: 64 * 1024 * 1024 });
  try {
    const r = await c.exchange({ ...REQ, body: chat('hi') }, () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: OVERSIZED_EVENT() }));
    assert.equal(r.downstream.reset, true);
    assert.ok(!r.downstream.body.toString().includes('zzzz'));
  } finally {
    c.close();
    await resetSrv.close();
  }
});

test('global stream cap: the stream beyond --max-streams gets RESOURCE_EXHAUSTED; a slot frees when a stream ends', async () => {
  const capped = await startRealServer({ policy: patternsPolicy(POLICY), maxStreams: 3 });
  const c = new EnvoyExtProcClient({ target: capped.target });
  try {
    const hdrs = { headers: { headers: [{ key: ':method', raw_value: Buffer.from('GET') }, { key: ':path', raw_value: Buffer.from('/') }] }, end_of_stream: true };
    const open: grpc.ClientDuplexStream<Record<string, unknown>, Record<string, unknown>>[] = [];
    for (let i = 0; i < 3; i++) {
      const call = c.rawCall();
      call.on('error', () => {});
      const got = new Promise((r) => call.once('data', r));
      call.write({ request_headers: hdrs });
      await got; // admitted and answered; the stream stays open
      open.push(call);
    }
    assert.equal(capped.extproc.openStreams, 3);
    const extra = c.rawCall();
    const status = new Promise<grpc.StatusObject>((r) => extra.on('status', r));
    extra.on('error', () => {});
    extra.on('data', () => {});
    extra.write({ request_headers: hdrs });
    assert.equal((await status).code, grpc.status.RESOURCE_EXHAUSTED);
    open[0].end();
    open[0].cancel();
    await until(() => capped.extproc.openStreams === 2);
    const again = c.rawCall();
    again.on('error', () => {});
    const got = new Promise((r) => again.once('data', r));
    again.write({ request_headers: hdrs });
    await got;
    for (const s of [...open.slice(1), again]) s.cancel();
    await until(() => capped.extproc.openStreams === 0);
  } finally {
    c.close();
    await capped.close();
  }
});

/** gRPC length-prefixed frame of one ProcessingRequest. */
function frame(obj: Record<string, unknown>): Buffer {
  const T = protoRoot().lookupType('envoy.service.ext_proc.v3.ProcessingRequest');
  const bytes = T.encode(T.fromObject(obj)).finish();
  const out = Buffer.alloc(5 + bytes.length);
  out.writeUInt32BE(bytes.length, 1);
  Buffer.from(bytes).copy(out, 5);
  return out;
}

test('a client that stops reading replies: the server stops reading that stream (bounded work queued), then finishes in order', async () => {
  // Count the response chunks the server has taken in (handed to the exchange).
  let taken = 0;
  const inner = srv.pipeline.factory;
  const factory: ExchangeFactory = {
    create(start) {
      const ex: Exchange = inner.create(start);
      const orig = ex.responseBody.bind(ex);
      ex.responseBody = (chunk, eos, mode) => {
        taken++;
        return orig(chunk, eos, mode);
      };
      return ex;
    },
  };
  const server = new grpc.Server();
  const extproc = new ExtProcServer({ factory, deadlineMs: 10_000, maxStreams: 100 });
  extproc.register(server);
  const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  // A raw HTTP/2 peer: grpc-js clients keep reading into memory whatever the application does, so
  // the stall is made with per-stream flow control (a paused node:http2 stream grants no window).
  const session = http2.connect(`http://127.0.0.1:${port}`);
  session.on('error', () => {});
  let stop = false;
  try {
    const req = session.request({ ':method': 'POST', ':path': '/envoy.service.ext_proc.v3.ExternalProcessor/Process', 'content-type': 'application/grpc', te: 'trailers' });
    req.on('error', () => {});
    req.pause();
    const h = (k: string, v: string) => ({ key: k, raw_value: Buffer.from(v) });
    req.write(frame({
      request_headers: { headers: { headers: [h(':method', 'POST'), h(':path', '/v1/chat/completions'), h('content-type', 'application/json')] }, end_of_stream: false },
      protocol_config: { request_body_mode: 'BUFFERED', response_body_mode: 'STREAMED' },
    }));
    req.write(frame({ request_body: { body: Buffer.from(chat('hi')), end_of_stream: true } }));
    req.write(frame({ response_headers: { headers: { headers: [h(':status', '200'), h('content-type', 'text/event-stream')] }, end_of_stream: false } }));
    const N = 300;
    const payload = Buffer.from(sseEvent('x'.repeat(64 * 1024 - 120)));
    // The peer honours its own write back-pressure (a flood past the server's HTTP/2 session memory
    // is reset by the transport with ENHANCE_YOUR_CALM, a separate cap).
    let sent = 0;
    const writer = (async () => {
      for (let i = 0; i < N && !stop; i++) {
        if (!req.write(frame({ response_body: { body: payload, end_of_stream: i === N - 1 } }))) {
          await new Promise<void>((r) => {
            req.once('drain', r);
            req.once('close', r);
          });
        }
        sent++;
      }
    })();
    // Let the server run as far as it can while the peer reads nothing.
    let last = -1;
    for (let i = 0; i < 100 && taken !== last; i++) {
      last = taken;
      await sleep(100);
    }
    const takenWhileStalled = taken;
    assert.ok(takenWhileStalled > 0, 'the server started on the stream');
    assert.ok(takenWhileStalled < N / 3, `server took ${takenWhileStalled} of ${N} 64 KiB chunks while the peer was not reading`);
    // Now read: one reply per message, in order, and the stream completes.
    let buf = Buffer.alloc(0);
    let replies = 0;
    req.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 5 && buf.length >= 5 + buf.readUInt32BE(1)) {
        buf = buf.subarray(5 + buf.readUInt32BE(1));
        replies++;
      }
    });
    req.resume();
    await until(() => replies === N + 3, 30_000, `all replies (got ${replies}, taken ${taken}, sent ${sent})`);
    await writer;
    assert.equal(taken, N);
    req.close();
    await until(() => extproc.openStreams === 0);
  } finally {
    stop = true;
    session.destroy();
    extproc.closeAll();
    server.forceShutdown();
  }
});
