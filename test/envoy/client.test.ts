// The Envoy-faithful client itself, against a scripted raw ext_proc server: it must reproduce
// Envoy's reactions (doc §3.4, §3.6, §3.7, §3.9, §3.11) so that tests using it mean something.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { extProcService } from '../../src/server/protos.ts';
import { EnvoyExtProcClient, applyHeaderMutation, type EnvoyConfig } from './client.ts';

type Msg = Record<string, any>;
/** Per received message: what to write back (nothing, one or several messages, or a status). */
type Responder = (msg: Msg, call: grpc.ServerDuplexStream<Msg, Msg>) => void;

let responder: Responder = () => {};
const received: Msg[] = [];
let server: grpc.Server;
let target = '';
const clients: EnvoyExtProcClient[] = [];

before(async () => {
  server = new grpc.Server();
  server.addService(extProcService(), {
    Process: (call: grpc.ServerDuplexStream<Msg, Msg>) => {
      call.on('data', (m: Msg) => {
        received.push(m);
        responder(m, call);
      });
      call.on('error', () => {});
      call.on('end', () => {
        try {
          call.end();
        } catch {
          // closed
        }
      });
    },
  });
  const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  target = `127.0.0.1:${port}`;
});
after(() => {
  for (const c of clients) c.close();
  server.forceShutdown();
});

function client(cfg: Omit<EnvoyConfig, 'target'> = {}): EnvoyExtProcClient {
  const c = new EnvoyExtProcClient({ target, messageTimeoutMs: 2000, ...cfg });
  clients.push(c);
  return c;
}

const opt = (key: string, header: Record<string, unknown>, append?: boolean): Msg => ({
  header: { key, ...header },
  ...(append !== undefined ? { append: { value: append } } : {}),
});

/** Echo the right reply type for every message, optionally with a header mutation on request headers. */
function echo(reqHeaderMutation?: Msg): Responder {
  return (m, call) => {
    const which = m.request as string;
    if (which.endsWith('_trailers')) call.write({ [which]: {} });
    else if (which === 'request_headers' && reqHeaderMutation) call.write({ request_headers: { response: { header_mutation: reqHeaderMutation } } });
    else call.write({ [which]: { response: {} } });
  };
}

test('first message carries protocol_config and empty metadata_context; every message has metadata_context; raw_value only', async () => {
  received.length = 0;
  responder = echo();
  const r = await client({ processingMode: { request_body_mode: 'BUFFERED' } }).exchange({ headers: [['Host', 'h.example'], ['X-Up', 'A']], body: 'x' });
  assert.equal(r.downstream.status, 200);
  assert.equal(received[0].request, 'request_headers');
  assert.equal(received[0].protocol_config.request_body_mode, 'BUFFERED');
  assert.deepEqual(received[0].metadata_context, {});
  assert.ok(received.every((m) => m.metadata_context !== undefined));
  assert.ok(received.slice(1).every((m) => m.protocol_config === undefined));
  const hs = received[0].request_headers.headers.headers as Msg[];
  assert.deepEqual(hs.slice(0, 4).map((h) => h.key), [':authority', ':path', ':method', ':scheme']);
  assert.ok(hs.every((h) => h.value === undefined && Buffer.isBuffer(h.raw_value)));
  assert.ok(hs.some((h) => h.key === 'x-up'));
  assert.ok(!hs.some((h) => h.key === 'host'));
});

test('mutation rules: value-only → empty header, value+raw_value → 500, append=true adds, protected headers ignored', async () => {
  responder = echo({ set_headers: [opt('x-value-only', { value: 'v' })] });
  const r1 = await client().exchange({});
  assert.deepEqual(r1.upstream!.headers.find(([k]) => k === 'x-value-only'), ['x-value-only', '']);

  responder = echo({ set_headers: [opt('x-both', { value: 'v', raw_value: Buffer.from('v') })] });
  const r2 = await client().exchange({});
  assert.equal(r2.downstream.status, 500);
  assert.equal(r2.upstream, undefined);

  responder = echo({
    set_headers: [
      opt('x-dup', { raw_value: Buffer.from('2') }, true),
      opt(':authority', { raw_value: Buffer.from('evil') }),
      opt('x-envoy-foo', { raw_value: Buffer.from('1') }),
      opt('x-over', { raw_value: Buffer.from('new') }),
    ],
    remove_headers: [':path', 'host'],
  });
  const r3 = await client().exchange({ headers: [['x-dup', '1'], ['x-over', 'old'], ['x-over', 'old2']] });
  const up = r3.upstream!.headers;
  assert.deepEqual(up.filter(([k]) => k === 'x-dup'), [['x-dup', '1'], ['x-dup', '2']]);
  assert.equal(up.find(([k]) => k === ':authority')?.[1], 'api.example.com');
  assert.equal(up.find(([k]) => k === 'x-envoy-foo'), undefined);
  assert.deepEqual(up.filter(([k]) => k === 'x-over'), [['x-over', 'new']]);
  assert.ok(up.some(([k]) => k === ':path'));
});

test('BUFFERED body mutation with a stale content-length → 500; STREAMED strips content-length', async () => {
  responder = (m, call) => {
    if (m.request === 'request_body') call.write({ request_body: { response: { body_mutation: { body: Buffer.from('longer body') } } } });
    else call.write({ [m.request]: { response: {} } });
  };
  const r = await client({ processingMode: { request_body_mode: 'BUFFERED' } }).exchange({ headers: [['content-length', '3']], body: 'abc' });
  assert.equal(r.downstream.status, 500);
  assert.ok(r.events.includes('invalid_mutation'));

  responder = echo();
  const s = await client({ processingMode: { request_body_mode: 'STREAMED' } }).exchange({ headers: [['content-length', '3']], body: ['a', 'bc'] });
  assert.equal(s.upstream!.headers.find(([k]) => k === 'content-length'), undefined);
  assert.equal(s.upstream!.body.toString(), 'abc');
});

test('spurious reply: 500 fail-closed; with failure_mode_allow processing stops and the exchange continues', async () => {
  responder = (m, call) => {
    if (m.request === 'request_headers') call.write({ response_headers: { response: {} } });
    else call.write({ [m.request]: { response: {} } });
  };
  const closed = await client().exchange({});
  assert.equal(closed.downstream.status, 500);
  assert.equal(closed.downstream.details, 'spurious_message');

  const open = await client({ failureModeAllow: true }).exchange({}, () => ({ status: 201 }));
  assert.equal(open.downstream.status, 201);
  assert.ok(open.events.includes('fail_open'));

  responder = (_m, call) => call.write({ dynamic_metadata: { fields: {} } });
  const unhandled = await client().exchange({});
  assert.equal(unhandled.downstream.details, 'unhandled_message');
});

test('no reply within message_timeout → 504; a gRPC error → 500; an OK close → continue unmodified', async () => {
  responder = () => {};
  const t = await client({ messageTimeoutMs: 50 }).exchange({});
  assert.equal(t.downstream.status, 504);
  assert.equal(t.downstream.details, 'ext_proc_error_per-message_timeout_exceeded');

  responder = (_m, call) => call.emit('error', { code: grpc.status.INTERNAL, details: 'boom' });
  const e = await client().exchange({});
  assert.equal(e.downstream.status, 500);
  assert.match(e.downstream.details ?? '', /^ext_proc_error_gRPC_error_13/);

  responder = (_m, call) => call.end();
  const ok = await client().exchange({}, () => ({ status: 202, body: 'fine' }));
  assert.equal(ok.downstream.status, 202);
  assert.ok(ok.events.includes('server_closed'));
});

test('immediate_response: missing status means 200; in a STREAMED response body it is a reset', async () => {
  responder = (_m, call) => call.write({ immediate_response: { body: Buffer.from('x') } });
  const r = await client().exchange({});
  assert.equal(r.downstream.status, 200);
  assert.equal(r.downstream.body.toString(), 'x');

  responder = (m, call) => {
    if (m.request === 'response_body') call.write({ immediate_response: { status: { code: 403 } } });
    else call.write({ [m.request]: { response: {} } });
  };
  const s = await client({ processingMode: { response_body_mode: 'STREAMED' } }).exchange({}, () => ({ status: 200, body: ['a', 'b'] }));
  assert.equal(s.downstream.reset, true);
});

test('applyHeaderMutation drops content-length sets when Envoy strips it', () => {
  const out = applyHeaderMutation([['content-length', '3']], { set_headers: [opt('content-length', { raw_value: Buffer.from('9') })] }, { removeContentLength: true, statusOnError: 500 });
  assert.deepEqual(out, [['content-length', '3']]);
});

test('FDS requires trailer mode SEND (Envoy rejects the config otherwise)', async () => {
  await assert.rejects(client({ processingMode: { request_body_mode: 'FULL_DUPLEX_STREAMED' } }).exchange({}), /requires request_trailer_mode SEND/);
});

test('override_message_timeout extends the timer only with max_message_timeout; allowed_override_modes filters mode_override', async () => {
  responder = (m, call) => {
    if (m.request === 'request_headers') {
      call.write({ override_message_timeout: { seconds: 5 } });
      setTimeout(() => call.write({ request_headers: { response: {} } }), 1500);
    } else call.write({ [m.request]: { response: {} } });
  };
  const extended = await client({ messageTimeoutMs: 1000, maxMessageTimeoutMs: 10_000 }).exchange({});
  assert.equal(extended.downstream.status, 200);
  assert.ok(extended.events.includes('override_message_timeout'));
  const ignored = await client({ messageTimeoutMs: 1000 }).exchange({});
  assert.equal(ignored.downstream.status, 504);
  assert.ok(ignored.events.includes('override_message_timeout_ignored'));

  responder = (m, call) => {
    if (m.request === 'response_headers') call.write({ response_headers: { response: {} }, mode_override: { response_body_mode: 'STREAMED' } });
    else call.write({ [m.request]: { response: {} } });
  };
  const listed = await client({ allowModeOverride: true, allowedOverrideModes: [{ response_body_mode: 'STREAMED' }] }).exchange({}, () => ({ status: 200, body: 'x' }));
  assert.ok(listed.events.includes('mode_override'));
  const unlisted = await client({ allowModeOverride: true, allowedOverrideModes: [{ response_body_mode: 'BUFFERED' }] }).exchange({}, () => ({ status: 200, body: 'x' }));
  assert.ok(unlisted.events.includes('mode_override_ignored'));
});
