// ext_authz adapter over a real gRPC connection: CheckRequest -> AuthzInput and AuthzResult ->
// CheckResponse, read back the way Envoy reads it (doc §4.2/§4.3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { registerAuthz } from '../../src/server/authz.ts';
import type { AuthzInput, AuthzResult } from '../../src/server/authz.ts';
import { clientConstructor, fromStruct, toStruct } from '../../src/server/protos.ts';

type Behaviour = (input: AuthzInput) => Promise<AuthzResult>;
let behaviour: Behaviour = async () => ({ allowed: true, headers: [] });
const seen: AuthzInput[] = [];

let server: grpc.Server;
let client: grpc.Client & { Check: Function };

before(async () => {
  server = new grpc.Server();
  registerAuthz(server, async (input) => { seen.push(input); return behaviour(input); }, { deadlineMs: 100 });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
  const Ctor = clientConstructor('envoy.service.auth.v3.Authorization');
  client = new Ctor(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as grpc.Client & { Check: Function };
});

after(() => {
  client.close();
  server.forceShutdown();
});

function check(req: unknown): Promise<any> {
  return new Promise((resolve, reject) => {
    client.Check(req, (err: grpc.ServiceError | null, res: unknown) => (err ? reject(err) : resolve(res)));
  });
}

function envoyCheck(overrides: { http?: Record<string, unknown>; attrs?: Record<string, unknown> } = {}): unknown {
  return {
    attributes: {
      source: { principal: 'spiffe://cluster.local/ns/apps/sa/agent', address: { socket_address: { address: '10.0.0.7', port_value: 51234 } } },
      destination: { principal: 'spiffe://cluster.local/ns/istio-system/sa/gateway' },
      request: {
        http: {
          id: '1234567890',
          method: 'POST',
          headers: {
            ':method': 'POST', ':path': '/v1/chat/completions?x=1', ':authority': 'llm.example', ':scheme': 'https',
            'content-type': 'application/json', 'x-request-id': 'req-abc', 'x-envoy-auth-partial-body': 'false',
          },
          path: '/v1/chat/completions?x=1',
          host: 'llm.example',
          scheme: 'https',
          protocol: 'HTTP/1.1',
          size: '42',
          raw_body: Buffer.from('{"model":"m","messages":[]}'),
          ...overrides.http,
        },
      },
      context_extensions: { route: 'chat' },
      metadata_context: { filter_metadata: { 'envoy.filters.http.jwt_authn': toStruct({ jwt_payload: { sub: 'alice', roles: ['dev'] } }) } },
      ...overrides.attrs,
    },
  };
}

test('CheckRequest fields reach authorize as a plain AuthzInput', async () => {
  behaviour = async () => ({ allowed: true, headers: [] });
  seen.length = 0;
  await check(envoyCheck());
  const input = seen[0];
  assert.equal(input.method, 'POST');
  assert.equal(input.path, '/v1/chat/completions?x=1');
  assert.equal(input.host, 'llm.example');
  assert.equal(input.scheme, 'https');
  assert.equal(input.protocol, 'HTTP/1.1');
  assert.equal(input.headers.get('content-type'), 'application/json');
  assert.equal(input.headers.get(':authority'), 'llm.example');
  assert.equal(input.body.toString(), '{"model":"m","messages":[]}');
  assert.equal(input.partialBody, false);
  assert.equal(input.peerPrincipal, 'spiffe://cluster.local/ns/apps/sa/agent');
  // x-request-id, not Envoy's internal stream id (§4.5).
  assert.equal(input.requestId, 'req-abc');
  assert.deepEqual(input.metadata, { 'envoy.filters.http.jwt_authn': { jwt_payload: { sub: 'alice', roles: ['dev'] } } });
  assert.deepEqual(input.contextExtensions, { route: 'chat' });
});

test('body falls back to the UTF-8 `body` string; partial body and raw header_map are honoured', async () => {
  behaviour = async () => ({ allowed: true, headers: [] });
  seen.length = 0;
  await check(envoyCheck({ http: { raw_body: undefined, body: 'héllo', headers: { 'x-envoy-auth-partial-body': 'true' } } }));
  assert.equal(seen[0].body.toString('utf8'), 'héllo');
  assert.equal(seen[0].partialBody, true);
  assert.equal(seen[0].requestId, undefined);

  // encode_raw_headers: header_map with raw_value; duplicates comma-joined like Envoy's map form.
  await check(envoyCheck({ http: { headers: undefined, header_map: { headers: [
    { key: 'X-Tenant', raw_value: Buffer.from('acme') },
    { key: 'accept', raw_value: Buffer.from('a') },
    { key: 'accept', raw_value: Buffer.from('b') },
    { key: 'x-request-id', value: 'legacy-value' },
  ] } } }));
  const h = seen[1].headers;
  assert.equal(h.get('x-tenant'), 'acme');
  assert.equal(h.get('accept'), 'a,b');
  assert.equal(seen[1].requestId, 'legacy-value');
});

test('allow: status code 0 is always present, headers use `value` with append false, metadata is a Struct', async () => {
  behaviour = async () => ({
    allowed: true,
    headers: [['X-LLM-Boundary-Decision', 'allow'], ['x-llm-boundary-decision-id', 'd-1']],
    metadata: { decision_id: 'd-1', action: 'allow', findings: 0 },
  });
  const res = await check(envoyCheck());
  // A missing status would also mean allow, but we set it so intent is explicit on the wire.
  assert.ok(res.status, 'status is set');
  assert.equal(res.status.code ?? 0, 0);
  assert.equal(res.http_response, 'ok_response');
  const headers = res.ok_response.headers;
  assert.equal(headers.length, 2);
  assert.equal(headers[0].header.key, 'x-llm-boundary-decision');
  assert.equal(headers[0].header.value, 'allow');
  assert.equal(headers[0].header.raw_value, undefined, 'ext_authz ignores raw_value; we must not rely on it');
  assert.deepEqual(headers[0].append, { value: false });
  assert.deepEqual(fromStruct(res.dynamic_metadata), { decision_id: 'd-1', action: 'allow', findings: 0 });
});

test('deny: PERMISSION_DENIED with a DeniedHttpResponse carrying status, headers and body', async () => {
  behaviour = async () => ({
    allowed: false,
    status: 403,
    headers: [['content-type', 'application/json'], ['x-llm-boundary-decision', 'deny']],
    body: '{"error":"prompt injection"}',
    metadata: { decision_id: 'd-2', action: 'deny' },
  });
  const res = await check(envoyCheck());
  assert.equal(res.status.code, grpc.status.PERMISSION_DENIED);
  assert.equal(res.http_response, 'denied_response');
  assert.equal(res.denied_response.status.code, 'Forbidden');
  assert.equal(res.denied_response.body, '{"error":"prompt injection"}');
  assert.deepEqual(res.denied_response.headers.map((h: any) => [h.header.key, h.header.value, h.append.value]), [
    ['content-type', 'application/json', false],
    ['x-llm-boundary-decision', 'deny', false],
  ]);
  assert.deepEqual(fromStruct(res.dynamic_metadata), { decision_id: 'd-2', action: 'deny' });
});

test('deny with a status outside the named enum values still travels (proto3 enums are open)', async () => {
  behaviour = async () => ({ allowed: false, status: 451, headers: [], body: 'unavailable' });
  const res = await check(envoyCheck());
  assert.equal(Number(res.denied_response.status.code), 451);
  // Out-of-range statuses become a 403 rather than an invalid local reply.
  behaviour = async () => ({ allowed: false, status: 42, headers: [], body: '' });
  const res2 = await check(envoyCheck());
  assert.equal(res2.denied_response.status.code, 'Forbidden');
});

test('header injection attempts in a decision are dropped, valid headers kept', async () => {
  behaviour = async () => ({ allowed: true, headers: [['x-ok', 'fine'], ['x-bad', 'a\r\nset-cookie: x'], [':path', '/admin'], ['bad name', 'v']] });
  const res = await check(envoyCheck());
  assert.deepEqual(res.ok_response.headers.map((h: any) => h.header.key), ['x-ok']);
});

test('authorize throwing or hanging fails closed with a denial, never an allow or a gRPC error', async () => {
  behaviour = async () => { throw new Error('boom: secret prompt text'); };
  const res = await check(envoyCheck());
  assert.equal(res.status.code, grpc.status.PERMISSION_DENIED);
  assert.equal(res.denied_response.status.code, 'InternalServerError');
  assert.ok(!res.denied_response.body.includes('secret prompt'), 'error text never reaches the client');

  behaviour = () => new Promise(() => {});
  const res2 = await check(envoyCheck());
  assert.equal(res2.status.code, grpc.status.PERMISSION_DENIED);
  assert.equal(res2.denied_response.status.code, 'ServiceUnavailable');
});

test('a Check without attributes.request.http is INVALID_ARGUMENT', async () => {
  seen.length = 0;
  await assert.rejects(check({}), (err: grpc.ServiceError) => err.code === grpc.status.INVALID_ARGUMENT && /request\.http/.test(err.details));
  assert.equal(seen.length, 0);
});
