// Admin approval routes, called as handler functions (the admin server does auth and routing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { approvalRoutes, type AdminRoute } from '../../src/tools/admin.ts';
import { MemoryApprovalStore } from '../../src/tools/approvals.ts';
import { compileToolPolicy } from '../../src/tools/compile.ts';
import { evaluateToolCall } from '../../src/tools/evaluate.ts';
import { argumentHash } from '../../src/tools/hash.ts';
import { call, ctx } from './helpers.ts';

function req(body = ''): IncomingMessage {
  return Readable.from(body === '' ? [] : [Buffer.from(body)]) as unknown as IncomingMessage;
}

async function hit(routes: AdminRoute[], method: string, path: string, body = '') {
  const url = new URL(`http://admin.local${path}`);
  // Emulate a parameterised router: '/approvals/:id/grant' matches '/approvals/<x>/grant'.
  const route = routes.find((r) => {
    if (r.method !== method) return false;
    const want = r.path.split('/');
    const got = url.pathname.split('/');
    return want.length === got.length && want.every((seg, i) => seg.startsWith(':') || seg === got[i]);
  });
  assert.ok(route, `no route for ${method} ${path}`);
  const res = await route.handler(req(body), url, {});
  return { status: res.status, headers: res.headers ?? {}, json: JSON.parse(String(res.body)) as Record<string, any> };
}

test('all routes require auth and cover list/get/grant/reject', () => {
  const routes = approvalRoutes(new MemoryApprovalStore());
  assert.deepEqual(routes.map((r) => `${r.method} ${r.path}`), [
    'GET /approvals', 'GET /approvals/:id', 'POST /approvals/:id/grant', 'POST /approvals/:id/reject',
  ]);
  assert.ok(routes.every((r) => r.auth === true));
});

test('list shows pending approvals without argument values; grant then consume', async () => {
  const store = new MemoryApprovalStore();
  const routes = approvalRoutes(store);
  const policy = compileToolPolicy({ per_tool: { send_email: { approval: 'required' } } });
  const args = { to: 'ceo@example.com', body: 'secret plans' };
  const held = await evaluateToolCall(policy, call('send_email', args), ctx(), store);

  const list = await hit(routes, 'GET', '/approvals');
  assert.equal(list.status, 200);
  assert.equal(list.headers['content-type'], 'application/json; charset=utf-8');
  assert.equal(list.json.approvals.length, 1);
  const item = list.json.approvals[0];
  assert.deepEqual(Object.keys(item).sort(), ['arg_hash', 'created', 'expires', 'id', 'identity', 'status', 'tool']);
  assert.equal(item.id, held.approvalId);
  assert.equal(item.tool, 'send_email');
  assert.equal(item.arg_hash, argumentHash(args));
  assert.equal(item.identity, '|spiffe://cluster.local/ns/app/sa/agent');
  const text = JSON.stringify(list.json);
  assert.ok(!text.includes('ceo@example.com') && !text.includes('secret plans'));

  const one = await hit(routes, 'GET', `/approvals/${held.approvalId}`);
  assert.equal(one.status, 200);
  assert.equal(one.json.approval.status, 'pending');

  const g = await hit(routes, 'POST', `/approvals/${held.approvalId}/grant`, '{"approver":"alice","note":"looks fine"}');
  assert.equal(g.status, 200);
  assert.equal(g.json.approval.status, 'granted');
  assert.equal(g.json.approval.approver, 'alice');
  assert.equal((await hit(routes, 'GET', '/approvals')).json.approvals.length, 0);
  const twice = await hit(routes, 'POST', `/approvals/${held.approvalId}/reject`);
  assert.equal(twice.status, 409);
  assert.equal(twice.json.error, 'not_pending');

  assert.equal((await evaluateToolCall(policy, call('send_email', args), ctx(), store)).action, 'allow');
  assert.equal((await hit(routes, 'GET', `/approvals/${held.approvalId}`)).json.approval.status, 'consumed');
});

test('reject with an empty body; errors are clear', async () => {
  const store = new MemoryApprovalStore();
  const routes = approvalRoutes(store);
  const rec = await store.request('a|b', 'tool', 'h', 60_000);
  const bad = await hit(routes, 'POST', `/approvals/${rec.id}/grant`, '{"approver":');
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error, 'bad_request');
  assert.equal((await hit(routes, 'POST', `/approvals/${rec.id}/grant`, '{"who":"x"}')).status, 400);
  assert.equal((await hit(routes, 'POST', `/approvals/${rec.id}/grant`, '[1]')).status, 400);
  assert.equal((await hit(routes, 'POST', `/approvals/${rec.id}/grant`, JSON.stringify({ note: 'x'.repeat(3000) }))).status, 400);
  assert.equal((await hit(routes, 'POST', `/approvals/${rec.id}/grant`, 'x'.repeat(10_000))).status, 413);
  const r = await hit(routes, 'POST', `/approvals/${rec.id}/reject`);
  assert.equal(r.status, 200);
  assert.equal(r.json.approval.status, 'rejected');
  assert.equal((await hit(routes, 'GET', '/approvals/apr_doesnotexist')).status, 404);
  assert.equal((await hit(routes, 'POST', '/approvals/apr_AAAAAAAAAAAAAAAAAAAAAA/grant')).status, 404);
});

test('expired approvals answer 410 on grant', async () => {
  let now = 10_000;
  const store = new MemoryApprovalStore({ now: () => now });
  const routes = approvalRoutes(store);
  const rec = await store.request('a|b', 'tool', 'h', 1000);
  now += 1001;
  const res = await hit(routes, 'POST', `/approvals/${rec.id}/grant`);
  assert.equal(res.status, 410);
  assert.equal(res.json.error, 'expired');
});

test('through the real admin server: bearer token required, then the curl flow works', async () => {
  const { AdminServer } = await import('../../src/server/admin.ts');
  const store = new MemoryApprovalStore();
  const server = new AdminServer({ routes: approvalRoutes(store), token: 'test-token', ready: () => true });
  const addr = await server.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://${addr}`;
  const auth = { authorization: 'Bearer test-token' };
  try {
    const rec = await store.request('acme|svc', 'deploy', 'h', 60_000);
    assert.equal((await fetch(`${base}/approvals`)).status, 401);
    assert.equal((await fetch(`${base}/approvals`, { headers: { authorization: 'Bearer nope' } })).status, 401);
    const list = await fetch(`${base}/approvals`, { headers: auth });
    assert.equal(list.status, 200);
    assert.deepEqual(((await list.json()) as { approvals: { id: string }[] }).approvals.map((a) => a.id), [rec.id]);
    const g = await fetch(`${base}/approvals/${rec.id}/grant`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ approver: 'alice' }),
    });
    assert.equal(g.status, 200);
    assert.equal(((await g.json()) as { approval: { status: string } }).approval.status, 'granted');
    assert.equal((await store.consume('acme|svc', 'deploy', 'h')).status, 'consumed');
    assert.equal((await fetch(`${base}/approvals/${rec.id}`, { headers: auth })).status, 200);
    assert.equal((await fetch(`${base}/approvals/${rec.id}/reject`, { method: 'POST', headers: auth })).status, 409);
  } finally {
    await server.close();
  }
});
