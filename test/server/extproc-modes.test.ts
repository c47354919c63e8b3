// ext_proc server: every body mode in both directions, trailers, observability mode, mode_override,
// replies built the way Envoy needs them. Driven by the Envoy-faithful client (test/envoy/client.ts).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { EnvoyExtProcClient, type EnvoyConfig } from '../envoy/client.ts';
import { TEST_MESSAGE_TIMEOUT_MS, TestFactory, startTestServer, until, type TestServer } from './helpers.ts';

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

const upper = (b: Buffer): Buffer => Buffer.from(b.toString('utf8').toUpperCase());
const header = (h: ReadonlyArray<readonly [string, string]>, n: string): string | undefined => h.find(([k]) => k === n)?.[1];

test('headers-only default mode: header mutations use raw_value only and append=false; metadata flows both ways', async () => {
  factory.script = {
    requestHeaders: () => ({
      kind: 'continue',
      headers: { set: [['x-llm-boundary', 'checked']], remove: ['x-remove-me'] },
      metadata: { llm_boundary: { decision_id: 'abc', score: 0.5, nested: { ok: true } } },
    }),
    responseHeaders: () => ({ kind: 'continue', headers: { set: [['x-decision', 'allow']] } }),
  };
  const c = client({ metadata: { 'envoy.filters.http.jwt_authn': { sub: 'alice' } } });
  const r = await c.exchange(
    { path: '/v1/chat/completions', headers: [['x-remove-me', '1'], ['host', 'llm.internal']] },
    (up) => {
      assert.equal(header(up.headers, 'x-llm-boundary'), 'checked');
      assert.equal(header(up.headers, 'x-remove-me'), undefined);
      assert.equal(header(up.headers, ':authority'), 'llm.internal');
      return { status: 200, headers: [['content-type', 'application/json']], body: '{}' };
    },
  );
  assert.equal(r.downstream.status, 200);
  assert.equal(header(r.downstream.headers, 'x-decision'), 'allow');
  assert.deepEqual(r.dynamicMetadata.llm_boundary, { decision_id: 'abc', score: 0.5, nested: { ok: true } });
  const ex = factory.last;
  assert.deepEqual(ex.start.metadata, { 'envoy.filters.http.jwt_authn': { sub: 'alice' } });
  assert.equal(ex.start.requestBodyMode, 'NONE');
  assert.equal(ex.start.observability, false);
  // Pseudo-headers first, lower-case, host as :authority.
  const reqHeaders = ex.calls[0].headers!;
  assert.deepEqual(reqHeaders.slice(0, 4).map(([k]) => k), [':authority', ':path', ':method', ':scheme']);
  // Wire shape of the reply: raw_value only, append explicitly false, exactly one oneof member.
  const reply = r.replies[0];
  assert.equal(reply.response, 'request_headers');
  const set = ((reply.request_headers as any).response.header_mutation.set_headers as any[])[0];
  assert.equal(set.header.key, 'x-llm-boundary');
  assert.equal(set.header.value, undefined);
  assert.equal(Buffer.from(set.header.raw_value).toString(), 'checked');
  assert.deepEqual(set.append, { value: false });
  assert.equal(await ex.closed, 'complete');
});

test('BUFFERED request: body replaced, content-length fixed in the same reply, exchange sees the whole body', async () => {
  factory.script = {
    requestBody: (chunk) => ({ kind: 'continue', body: Buffer.from(chunk.toString().replace('secret-value', '[REDACTED]')) }),
  };
  const c = client({ processingMode: { request_body_mode: 'BUFFERED' } });
  const body = JSON.stringify({ messages: [{ role: 'user', content: 'my key is secret-value ok' }] });
  const r = await c.exchange({ headers: [['content-type', 'application/json'], ['content-length', String(body.length)]], body: [body.slice(0, 10), body.slice(10)] });
  assert.equal(r.downstream.status, 200);
  const up = r.upstream!;
  assert.equal(up.body.toString(), body.replace('secret-value', '[REDACTED]'));
  assert.equal(header(up.headers, 'content-length'), String(up.body.length));
  const calls = factory.last.calls.filter((x) => x.phase === 'request_body');
  assert.equal(calls.length, 1);
  assert.equal(calls[0].chunk!.toString(), body);
  assert.equal(calls[0].eos, true);
  assert.equal(calls[0].mode, 'BUFFERED');
});

test('BUFFERED request with trailers: body eos=false, then trailers (mutated); response BUFFERED deny replaces the upstream response', async () => {
  factory.script = {
    requestTrailers: () => ({ kind: 'continue', headers: { set: [['x-trailer-checked', 'yes']] } }),
    responseBody: () => ({ kind: 'deny', status: 403, headers: [['content-type', 'application/json']], body: Buffer.from('{"error":"blocked"}'), details: 'output blocked' }),
  };
  const c = client({ processingMode: { request_body_mode: 'BUFFERED', request_trailer_mode: 'SEND', response_body_mode: 'BUFFERED' } });
  const r = await c.exchange({ body: 'hello', trailers: [['grpc-status', '0']] }, () => ({ status: 200, body: 'model output' }));
  assert.deepEqual(r.upstream!.trailers, [['grpc-status', '0'], ['x-trailer-checked', 'yes']]);
  const calls = factory.last.calls;
  const rb = calls.find((x) => x.phase === 'request_body')!;
  assert.equal(rb.eos, false);
  assert.ok(calls.some((x) => x.phase === 'request_trailers'));
  // Deny while response headers are still held: local reply replaces the upstream response.
  assert.equal(r.downstream.status, 403);
  assert.equal(r.downstream.reset, false);
  assert.equal(r.downstream.body.toString(), '{"error":"blocked"}');
  assert.equal(header(r.downstream.headers, 'content-type'), 'application/json');
  assert.equal(r.downstream.details, 'output_blocked');
});

test('STREAMED response: coalesced first chunk, one reply per chunk in order, final empty eos chunk, content-length stripped', async () => {
  factory.script = { responseBody: (chunk) => ({ kind: 'continue', body: upper(chunk) }) };
  const c = client({ processingMode: { response_body_mode: 'STREAMED' } });
  const chunks = ['data: a\n\n', 'data: b\n\n', 'data: c\n\n', 'data: d\n\n'];
  const r = await c.exchange({}, () => ({ status: 200, headers: [['content-length', '36']], body: chunks, coalesce: 2 }));
  assert.equal(r.downstream.body.toString(), chunks.join('').toUpperCase());
  assert.equal(header(r.downstream.headers, 'content-length'), undefined);
  const bodyCalls = factory.last.calls.filter((x) => x.phase === 'response_body');
  assert.deepEqual(bodyCalls.map((x) => x.chunk!.toString()), ['data: a\n\ndata: b\n\n', 'data: c\n\n', 'data: d\n\n', '']);
  assert.deepEqual(bodyCalls.map((x) => x.eos), [false, false, false, true]);
  assert.ok(bodyCalls.every((x) => x.mode === 'STREAMED'));
  // Body replies in STREAMED carry no header mutation (Envoy ignores it there).
  for (const rep of r.replies.filter((m) => m.response === 'response_body')) {
    assert.equal((rep.response_body as any).response.header_mutation, undefined);
  }
});

test('STREAMED request with trailers: chunks eos=false, trailers after all chunk replies', async () => {
  factory.script = { requestBody: (chunk) => ({ kind: 'continue', body: upper(chunk) }) };
  const c = client({ processingMode: { request_body_mode: 'STREAMED', request_trailer_mode: 'SEND' } });
  const r = await c.exchange({ body: ['ab', 'cd', 'ef'], trailers: [['x-t', '1']] });
  assert.equal(r.upstream!.body.toString(), 'ABCDEF');
  assert.deepEqual(r.upstream!.trailers, [['x-t', '1']]);
  const phases = factory.last.calls.map((x) => x.phase);
  assert.deepEqual(phases.slice(0, 5), ['request_headers', 'request_body', 'request_body', 'request_body', 'request_trailers']);
  assert.ok(factory.last.calls.filter((x) => x.phase === 'request_body').every((x) => x.eos === false));
});

test('STREAMED with send_body_without_waiting_for_header_response: headers reply still first', async () => {
  factory.script = { requestBody: (chunk) => ({ kind: 'continue', body: upper(chunk) }) };
  const c = client({ processingMode: { request_body_mode: 'STREAMED' }, sendBodyWithoutWaitingForHeaderResponse: true });
  const r = await c.exchange({ body: ['x', 'y'] });
  assert.equal(r.upstream!.body.toString(), 'XY');
  assert.deepEqual(r.events, []);
});

test('FULL_DUPLEX_STREAMED request: M:N streamed_response, held-back bytes flushed at end of stream', async () => {
  // Hold everything back until the end, then emit the transformed body in one piece.
  const held: Buffer[] = [];
  factory.script = {
    requestBody: (chunk, eos) => {
      held.push(chunk);
      return eos ? { kind: 'continue', body: upper(Buffer.concat(held.splice(0))) } : { kind: 'continue', body: Buffer.alloc(0) };
    },
  };
  const c = client({ processingMode: { request_body_mode: 'FULL_DUPLEX_STREAMED', request_trailer_mode: 'SEND' } });
  const r = await c.exchange({ body: ['one ', 'two ', 'three'] });
  assert.equal(r.upstream!.body.toString(), 'ONE TWO THREE');
  const sr = r.replies.filter((m) => m.response === 'request_body').map((m) => (m.request_body as any).response.body_mutation.streamed_response);
  assert.equal(sr.length, 1, 'empty non-final results produce no reply');
  assert.equal(sr[0].end_of_stream, true);
  assert.equal(factory.last.calls.filter((x) => x.phase === 'request_body').every((x) => x.mode === 'FULL_DUPLEX_STREAMED'), true);
});

test('FULL_DUPLEX_STREAMED response with trailers: unchanged chunks are forwarded by the server, then the trailers reply', async () => {
  factory.script = {
    responseTrailers: () => ({ kind: 'continue', body: Buffer.from('[tail]'), headers: { set: [['x-done', '1']] } }),
  };
  const c = client({ processingMode: { response_body_mode: 'FULL_DUPLEX_STREAMED', response_trailer_mode: 'SEND' } });
  const r = await c.exchange({}, () => ({ status: 200, headers: [['content-length', '6']], body: ['abc', 'def'], trailers: [['grpc-status', '0']] }));
  assert.equal(r.downstream.body.toString(), 'abcdef[tail]');
  assert.deepEqual(r.downstream.trailers, [['grpc-status', '0'], ['x-done', '1']]);
  assert.equal(header(r.downstream.headers, 'content-length'), undefined);
  const last = r.replies[r.replies.length - 1];
  assert.equal(last.response, 'response_trailers');
});

test('BUFFERED_PARTIAL: the exchange sees what Envoy buffered (truncated, eos=false); the rest flows unexamined', async () => {
  factory.script = { requestBody: (chunk) => ({ kind: 'continue', body: upper(chunk) }) };
  const c = client({ processingMode: { request_body_mode: 'BUFFERED_PARTIAL' }, bufferLimit: 8 });
  const r = await c.exchange({ body: ['aaaaa', 'bbbbb', 'ccccc'] });
  assert.equal(r.upstream!.body.toString(), 'AAAAABBBBBccccc');
  const call = factory.last.calls.find((x) => x.phase === 'request_body')!;
  assert.equal(call.chunk!.toString(), 'aaaaabbbbb');
  assert.equal(call.eos, false);
  assert.equal(call.mode, 'BUFFERED_PARTIAL');

  const small = await c.exchange({ body: 'tiny' });
  assert.equal(small.upstream!.body.toString(), 'TINY');
  assert.equal(factory.last.calls.find((x) => x.phase === 'request_body')!.eos, true);
});

test('NONE: bodies pass through without body messages', async () => {
  factory.script = {};
  const c = client({});
  const r = await c.exchange({ body: 'request body' }, () => ({ status: 201, body: 'response body' }));
  assert.equal(r.upstream!.body.toString(), 'request body');
  assert.equal(r.downstream.status, 201);
  assert.equal(r.downstream.body.toString(), 'response body');
  assert.deepEqual(factory.last.calls.map((x) => x.phase), ['request_headers', 'response_headers']);
});

test('observability mode: the exchange sees everything, the server sends no reply at all', async () => {
  factory.script = {
    requestHeaders: () => ({ kind: 'deny', status: 403, headers: [], body: Buffer.alloc(0), details: 'x' }),
    responseBody: (c) => ({ kind: 'continue', body: upper(c) }),
  };
  const c = client({ observabilityMode: true, processingMode: { request_body_mode: 'STREAMED', response_body_mode: 'STREAMED' } });
  const before = factory.exchanges.length;
  const r = await c.exchange({ body: ['a', 'b'] }, () => ({ status: 200, body: ['x', 'y'] }));
  await until(() => factory.exchanges.length === before + 1);
  assert.equal(r.downstream.status, 200);
  assert.equal(r.downstream.body.toString(), 'xy');
  const ex = factory.last;
  assert.equal(ex.start.observability, true);
  await until(() => ex.calls.length === 6);
  assert.deepEqual(ex.calls.map((x) => x.phase), ['request_headers', 'request_body', 'request_body', 'response_headers', 'response_body', 'response_body']);
  assert.equal(r.log.filter((e) => e.dir === 'received').length, 0);
  assert.ok(r.log.filter((e) => e.dir === 'sent').every((e) => e.msg.observability_mode === true && e.msg.protocol_config === undefined));
});

test('mode_override: STREAMED response body after a NONE configuration, honoured only with allow_mode_override', async () => {
  factory.script = {
    responseHeaders: () => ({ kind: 'continue', responseBodyMode: 'STREAMED', headers: { remove: ['content-length'] } }),
    responseBody: (c) => ({ kind: 'continue', body: upper(c) }),
  };
  const on = client({ allowModeOverride: true, processingMode: { request_body_mode: 'BUFFERED' } });
  const r = await on.exchange({ body: 'q' }, () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: ['data: x\n\n', 'data: y\n\n'] }));
  assert.ok(r.events.includes('mode_override'));
  assert.equal(r.downstream.body.toString(), 'DATA: X\n\nDATA: Y\n\n');
  const mo = r.replies.find((m) => m.response === 'response_headers')!.mode_override as any;
  // Both body modes are sent: unset would mean NONE for the request direction.
  assert.equal(mo.request_body_mode, 'BUFFERED');
  assert.equal(mo.response_body_mode, 'STREAMED');
  assert.ok(factory.last.calls.filter((x) => x.phase === 'response_body').every((x) => x.mode === 'STREAMED'));

  const off = client({ allowModeOverride: false });
  const r2 = await off.exchange({}, () => ({ status: 200, body: ['data: x\n\n'] }));
  assert.ok(r2.events.includes('mode_override_ignored'));
  assert.equal(r2.downstream.body.toString(), 'data: x\n\n');
  assert.equal(factory.last.calls.filter((x) => x.phase === 'response_body').length, 0);
});

test('Envoy before 1.34 (no protocol_config): modes are inferred and replies still match', async () => {
  factory.script = { requestBody: (c) => ({ kind: 'continue', body: upper(c) }) };
  const c = client({ protocolConfig: false, processingMode: { request_body_mode: 'BUFFERED' } });
  const r = await c.exchange({ headers: [['content-length', '5']], body: 'hello' });
  assert.equal(r.upstream!.body.toString(), 'HELLO');
  assert.equal(factory.last.start.requestBodyMode, undefined);
  assert.equal(factory.last.calls.find((x) => x.phase === 'request_body')!.mode, 'BUFFERED');
});

test('many large FDS replies under write back-pressure arrive complete and in order', async () => {
  factory.script = { responseBody: (chunk) => ({ kind: 'continue', body: chunk }) };
  const c = client({ processingMode: { response_body_mode: 'FULL_DUPLEX_STREAMED', response_trailer_mode: 'SEND' } });
  const chunks = Array.from({ length: 256 }, (_, i) => Buffer.alloc(32 * 1024, 65 + (i % 26)));
  const r = await c.exchange({}, () => ({ status: 200, body: chunks }));
  assert.equal(r.downstream.body.length, 256 * 32 * 1024);
  assert.ok(r.downstream.body.equals(Buffer.concat(chunks)));
  assert.equal(r.replies.filter((m) => m.response === 'response_body').length, 256);
});
