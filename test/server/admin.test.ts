// Admin HTTP server: /metrics, /healthz, /readyz, route table, bearer-token auth.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { AdminServer, readJson, tokenMatches, type AdminRoute } from '../../src/server/admin.ts';
import { protocolErrors } from '../../src/observability/metrics.ts';

let ready = false;
const routes: AdminRoute[] = [
  { method: 'GET', path: '/audit', auth: true, handler: async (_req, url) => ({ status: 200, body: { q: url.searchParams.get('q') } }) },
  {
    method: 'POST',
    path: '/approvals/:id/grant',
    auth: true,
    handler: async (req, _url, params) => ({ status: 200, body: { id: params.id, body: await readJson(req) } }),
  },
  { method: 'GET', path: '/public', auth: false, handler: async () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'hi' }) },
  { method: 'GET', path: '/boom', auth: false, handler: async () => { throw new Error('x'); } },
];
const withToken = new AdminServer({ routes, token: 's3cret-token', ready: () => ready });
const noToken = new AdminServer({ routes, ready: () => true });
let base = '';
let baseNoToken = '';

before(async () => {
  base = `http://${await withToken.listen({ host: '127.0.0.1', port: 0 })}`;
  baseNoToken = `http://${await noToken.listen({ host: '127.0.0.1', port: 0 })}`;
});
after(async () => {
  await withToken.close();
  await noToken.close();
});

test('/metrics serves the shared registry in Prometheus text format', async () => {
  protocolErrors.inc({ kind: 'missing_oneof' }, 0);
  const r = await fetch(`${base}/metrics`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /text\/plain/);
  const text = await r.text();
  assert.match(text, /# TYPE llm_boundary_protocol_errors_total counter/);
  assert.match(text, /llm_boundary_active_streams/);
});

test('/healthz is live; /readyz follows the ready callback', async () => {
  assert.equal((await fetch(`${base}/healthz`)).status, 200);
  ready = false;
  assert.equal((await fetch(`${base}/readyz`)).status, 503);
  ready = true;
  assert.equal((await fetch(`${base}/readyz`)).status, 200);
});

test('auth routes: 401 without or with a wrong token, 200 with the right one', async () => {
  assert.equal((await fetch(`${base}/audit`)).status, 401);
  assert.equal((await fetch(`${base}/audit`, { headers: { authorization: 'Bearer wrong' } })).status, 401);
  assert.equal((await fetch(`${base}/audit`, { headers: { authorization: 's3cret-token' } })).status, 401);
  const ok = await fetch(`${base}/audit?q=x`, { headers: { authorization: 'Bearer s3cret-token' } });
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { q: 'x' });
});

test('auth routes answer 503 when no admin token is configured; public routes still work', async () => {
  const r = await fetch(`${baseNoToken}/audit`, { headers: { authorization: 'Bearer anything' } });
  assert.equal(r.status, 503);
  assert.match(await r.text(), /admin token not configured/);
  const p = await fetch(`${baseNoToken}/public`);
  assert.equal(p.status, 200);
  assert.equal(await p.text(), 'hi');
});

test('path parameters and JSON bodies; 404, 405, 400 and 500 answers', async () => {
  const r = await fetch(`${base}/approvals/ap%201/grant`, {
    method: 'POST',
    headers: { authorization: 'Bearer s3cret-token', 'content-type': 'application/json' },
    body: JSON.stringify({ approver: 'bob' }),
  });
  assert.equal(r.status, 200);
  assert.deepEqual(await r.json(), { id: 'ap 1', body: { approver: 'bob' } });
  const bad = await fetch(`${base}/approvals/x/grant`, { method: 'POST', headers: { authorization: 'Bearer s3cret-token' }, body: '{nope' });
  assert.equal(bad.status, 400);
  assert.equal((await fetch(`${base}/nope`)).status, 404);
  assert.equal((await fetch(`${base}/public`, { method: 'POST' })).status, 405);
  assert.equal((await fetch(`${base}/boom`)).status, 500);
});

test('tokenMatches is exact and case-insensitive only in the scheme', () => {
  assert.equal(tokenMatches('Bearer abc', 'abc'), true);
  assert.equal(tokenMatches('bearer abc', 'abc'), true);
  assert.equal(tokenMatches('Bearer abcd', 'abc'), false);
  assert.equal(tokenMatches('Bearer ABC', 'abc'), false);
  assert.equal(tokenMatches('Basic abc', 'abc'), false);
  assert.equal(tokenMatches(undefined, 'abc'), false);
});
