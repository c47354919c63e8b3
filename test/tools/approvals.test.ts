// Approval lifecycle against the in-memory store, driven through evaluateToolCall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileToolPolicy } from '../../src/tools/compile.ts';
import { evaluateToolCall } from '../../src/tools/evaluate.ts';
import { MemoryApprovalStore, createApprovalStore, isApprovalId, newApprovalId } from '../../src/tools/approvals.ts';
import { registry } from '../../src/observability/metrics.ts';
import { call, ctx, identity } from './helpers.ts';

const policy = compileToolPolicy({ per_tool: { send_email: { risk: 'high', approval: 'required' } }, approval_ttl: 60 });

async function metric(name: string, labels: Record<string, string>): Promise<number> {
  const m = await registry.getSingleMetric(name)!.get();
  const v = m.values.find((x) => Object.entries(labels).every(([k, val]) => x.labels[k] === val));
  return v?.value ?? 0;
}

test('approval ids are random and well-formed', () => {
  const ids = new Set(Array.from({ length: 200 }, newApprovalId));
  assert.equal(ids.size, 200);
  for (const id of ids) assert.ok(isApprovalId(id), id);
  assert.equal(isApprovalId('apr_short'), false);
  assert.equal(isApprovalId('apr_' + 'a'.repeat(21) + '*'), false);
  assert.equal(isApprovalId('xyz_' + 'a'.repeat(22)), false);
});

test('held -> granted -> identical retry passes once -> next retry held again', async () => {
  let now = 1_000_000;
  const store = new MemoryApprovalStore({ now: () => now });
  const c = ctx();
  const args = { to: 'a@example.com', body: 'hi' };
  const requestedBefore = await metric('llm_boundary_approvals_total', { event: 'requested' });

  const first = await evaluateToolCall(policy, call('send_email', args), c, store);
  assert.equal(first.action, 'approve');
  assert.ok(first.approvalId && isApprovalId(first.approvalId));
  assert.equal(first.approvalExpiresAt, now + 60_000);
  assert.equal(await metric('llm_boundary_approvals_total', { event: 'requested' }), requestedBefore + 1);

  // Asking again (any key order) before a decision returns the same pending approval.
  const again = await evaluateToolCall(policy, call('send_email', { body: 'hi', to: 'a@example.com' }), c, store);
  assert.equal(again.action, 'approve');
  assert.equal(again.approvalId, first.approvalId);
  assert.equal((await store.listPending()).length, 1);

  now += 1000;
  const g = await store.grant(first.approvalId!, { approver: 'alice', note: 'ok' });
  assert.equal(g.ok, true);
  assert.equal((await store.listPending()).length, 0);
  // A different argument hash or a different caller does not ride on the grant.
  assert.equal((await evaluateToolCall(policy, call('send_email', { ...args, body: 'other' }), c, store)).action, 'approve');
  assert.equal((await evaluateToolCall(policy, call('send_email', args), ctx({ identity: identity('someone-else') }), store)).action, 'approve');

  const pass = await evaluateToolCall(policy, call('send_email', args), c, store);
  assert.equal(pass.action, 'allow');
  assert.equal(pass.rule, 'approval:granted');
  assert.equal(pass.approvalId, first.approvalId);
  assert.equal((await store.get(first.approvalId!))!.status, 'consumed');

  const after = await evaluateToolCall(policy, call('send_email', args), c, store);
  assert.equal(after.action, 'approve');
  assert.notEqual(after.approvalId, first.approvalId);
  // A consumed approval cannot be granted again.
  const re = await store.grant(first.approvalId!);
  assert.equal(re.ok, false);
  assert.equal(!re.ok && re.error, 'not_pending');
});

test('rejected approvals deny retries until they expire; expiry makes a new pending approval', async () => {
  let now = 5_000_000;
  const store = new MemoryApprovalStore({ now: () => now });
  const c = ctx();
  const held = await evaluateToolCall(policy, call('send_email', { to: 'x' }), c, store);
  const rj = await store.reject(held.approvalId!, { approver: 'bob' });
  assert.equal(rj.ok && rj.record.status, 'rejected');
  const denied = await evaluateToolCall(policy, call('send_email', { to: 'x' }), c, store);
  assert.equal(denied.action, 'deny');
  assert.equal(denied.reason, 'approval_rejected');
  now += 60_000; // TTL passes
  const fresh = await evaluateToolCall(policy, call('send_email', { to: 'x' }), c, store);
  assert.equal(fresh.action, 'approve');
  assert.notEqual(fresh.approvalId, held.approvalId);
});

test('a grant that expires before the retry does not pass; late grants are refused', async () => {
  let now = 9_000_000;
  const store = new MemoryApprovalStore({ now: () => now });
  const c = ctx();
  const held = await evaluateToolCall(policy, call('send_email', { to: 'y' }), c, store);
  assert.equal((await store.grant(held.approvalId!)).ok, true);
  now += 60_001;
  const retry = await evaluateToolCall(policy, call('send_email', { to: 'y' }), c, store);
  assert.equal(retry.action, 'approve');
  assert.notEqual(retry.approvalId, held.approvalId);
  now += 60_001;
  const late = await store.grant(retry.approvalId!);
  assert.equal(!late.ok && late.error, 'expired');
  assert.equal((await store.get(retry.approvalId!))?.status, 'expired');
});

test('approval needs an authenticated caller (fails closed)', async () => {
  const store = new MemoryApprovalStore();
  const d = await evaluateToolCall(policy, call('send_email', {}), ctx({ identity: identity(undefined) }), store);
  assert.equal(d.action, 'deny');
  assert.equal(d.reason, 'approval_needs_identity');
  assert.equal((await store.listPending()).length, 0);
});

test('tenant is part of the binding', async () => {
  const store = new MemoryApprovalStore();
  const a = ctx({ identity: identity('svc', [], 'acme') });
  const b = ctx({ identity: identity('svc', [], 'globex') });
  const held = await evaluateToolCall(policy, call('send_email', {}), a, store);
  await store.grant(held.approvalId!);
  assert.equal((await evaluateToolCall(policy, call('send_email', {}), b, store)).action, 'approve');
  assert.equal((await evaluateToolCall(policy, call('send_email', {}), a, store)).action, 'allow');
});

test('decisions are counted by api and action', async () => {
  const store = new MemoryApprovalStore();
  const p = compileToolPolicy({ deny: ['rm'] });
  const before = await metric('llm_boundary_tool_decisions_total', { api: 'mcp', action: 'deny' });
  await evaluateToolCall(p, call('rm', {}, 'mcp'), ctx(), store);
  await evaluateToolCall(p, call('rm', {}, 'mcp'), ctx(), store);
  assert.equal(await metric('llm_boundary_tool_decisions_total', { api: 'mcp', action: 'deny' }), before + 2);
});

test('memory store is bounded and validates input', async () => {
  const store = new MemoryApprovalStore({ maxRecords: 2 });
  await store.request('a', 't', 'h1', 1000);
  await store.request('a', 't', 'h2', 1000);
  await assert.rejects(store.request('a', 't', 'h3', 1000), /full/);
  await assert.rejects(store.request('a', 't', 'h4', 0), /ttl/);
  await assert.rejects(store.request('a', 't', 'h4', 10, 'not-an-id'), /malformed approval id/);
  assert.equal((await store.grant('apr_' + 'x'.repeat(22))).ok, false);
  assert.equal(createApprovalStore('memory') instanceof MemoryApprovalStore, true);
  assert.throws(() => createApprovalStore('postgres://x'), /unknown state store/);
});

test('listFor returns a caller\'s live approvals only', async () => {
  let now = 100;
  const store = new MemoryApprovalStore({ now: () => now });
  const p1 = await store.request('me', 't', 'h1', 1000);
  await store.request('me', 't', 'h2', 50);
  await store.request('you', 't', 'h1', 1000);
  await store.grant(p1.id);
  now += 100;
  const mine = await store.listFor('me');
  assert.deepEqual(mine.map((r) => [r.argHash, r.status]), [['h1', 'granted']]);
});
