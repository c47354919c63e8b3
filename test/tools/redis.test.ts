// RedisApprovalStore against the real Redis at 127.0.0.1:6379. Each run uses its own key prefix and
// deletes its keys at the end.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { RedisApprovalStore, createApprovalStore } from '../../src/tools/approvals.ts';
import { compileToolPolicy } from '../../src/tools/compile.ts';
import { evaluateToolCall } from '../../src/tools/evaluate.ts';
import { call, ctx } from './helpers.ts';

const URL_ = 'redis://127.0.0.1:6379';
const prefix = `llmb-test-${process.pid}-${randomBytes(4).toString('hex')}:`;
let admin: Redis;
const stores: RedisApprovalStore[] = [];

function store(opts: { now?: () => number } = {}): RedisApprovalStore {
  const s = new RedisApprovalStore({ url: URL_, prefix, ...opts });
  stores.push(s);
  return s;
}

before(() => {
  admin = new Redis(URL_);
});

after(async () => {
  let cursor = '0';
  do {
    const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await admin.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await Promise.all(stores.map((s) => s.close()));
  await admin.quit();
});

test('lifecycle: pending -> listed -> granted -> consumed exactly once', async () => {
  const s = store();
  const rec = await s.request('acme|svc', 'send_email', 'h-life', 60_000);
  assert.equal(rec.status, 'pending');
  assert.equal((await s.request('acme|svc', 'send_email', 'h-life', 60_000)).id, rec.id, 'idempotent');
  assert.ok((await s.listPending()).some((r) => r.id === rec.id));
  assert.equal((await s.consume('acme|svc', 'send_email', 'h-life')).status, 'pending');
  const g = await s.grant(rec.id, { approver: 'alice', note: 'fine' });
  assert.ok(g.ok);
  assert.equal(g.ok && g.record.approver, 'alice');
  assert.ok(!(await s.listPending()).some((r) => r.id === rec.id));
  assert.deepEqual((await s.listFor('acme|svc')).map((r) => r.status), ['granted']);
  const c1 = await s.consume('acme|svc', 'send_email', 'h-life');
  assert.equal(c1.status, 'consumed');
  assert.equal(c1.status === 'consumed' && c1.record.id, rec.id);
  assert.equal((await s.consume('acme|svc', 'send_email', 'h-life')).status, 'none');
  assert.equal((await s.get(rec.id))?.status, 'consumed');
  assert.deepEqual(await s.listFor('acme|svc'), []);
  const again = await s.grant(rec.id);
  assert.equal(!again.ok && again.error, 'not_pending');
  const fresh = await s.request('acme|svc', 'send_email', 'h-life', 60_000);
  assert.notEqual(fresh.id, rec.id);
});

test('rejection sticks for the TTL; unknown ids are not found', async () => {
  const s = store();
  const rec = await s.request('u', 't', 'h-rej', 60_000);
  assert.ok((await s.reject(rec.id, { approver: 'bob' })).ok);
  const c = await s.consume('u', 't', 'h-rej');
  assert.equal(c.status, 'rejected');
  assert.equal((await s.request('u', 't', 'h-rej', 60_000)).id, rec.id);
  const nf = await s.grant('apr_' + 'A'.repeat(22));
  assert.equal(!nf.ok && nf.error, 'not_found');
  assert.equal(await s.get('apr_' + 'A'.repeat(22)), undefined);
  assert.equal(await s.get('../../etc'), undefined);
});

test('two replicas racing to consume one grant: exactly one wins', async () => {
  const a = store();
  const b = store();
  for (let round = 0; round < 5; round++) {
    const hash = `h-race-${round}`;
    const rec = await a.request('racer', 'wire', hash, 60_000);
    assert.ok((await b.grant(rec.id)).ok);
    const attempts = await Promise.all(
      Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? a : b).consume('racer', 'wire', hash)),
    );
    assert.equal(attempts.filter((r) => r.status === 'consumed').length, 1, `round ${round}`);
    assert.ok(attempts.every((r) => r.status === 'consumed' || r.status === 'none'));
  }
});

test('two replicas requesting the same call at once share one pending approval', async () => {
  const a = store();
  const b = store();
  const recs = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).request('dup', 't', 'h-dup', 60_000)));
  assert.equal(new Set(recs.map((r) => r.id)).size, 1);
});

test('TTL expiry (logical clock): expired grants do not pass and a new approval is made', async () => {
  let now = Date.now();
  const s = store({ now: () => now });
  const rec = await s.request('ttl', 't', 'h-ttl', 1000);
  assert.ok((await s.grant(rec.id)).ok);
  now += 1000;
  assert.equal((await s.consume('ttl', 't', 'h-ttl')).status, 'none');
  const late = await s.grant(rec.id);
  assert.equal(!late.ok && late.error, 'not_found');
  const fresh = await s.request('ttl', 't', 'h-ttl', 1000);
  assert.notEqual(fresh.id, rec.id);
  assert.equal(fresh.status, 'pending');
  now += 999;
  assert.ok((await s.listPending()).some((r) => r.id === fresh.id));
  assert.equal((await s.consume('ttl', 't', 'h-ttl')).status, 'pending');
  now += 1;
  assert.ok(!(await s.listPending()).some((r) => r.id === fresh.id));
  assert.equal((await s.get(fresh.id))?.status, 'expired');
  const expiredGrant = await s.grant(fresh.id);
  assert.equal(!expiredGrant.ok && expiredGrant.error, 'expired');
});

test('Redis drops approval keys after TTL + grace (real clock, short TTL)', async () => {
  const s = new RedisApprovalStore({ url: URL_, prefix, graceMs: 50 });
  stores.push(s);
  const rec = await s.request('gone', 't', 'h-gone', 100);
  assert.equal((await s.get(rec.id))?.status, 'pending');
  await sleep(400); // well past 100 ms TTL + 50 ms grace; only gets more certain under load
  assert.equal(await s.get(rec.id), undefined);
  assert.equal((await s.consume('gone', 't', 'h-gone')).status, 'none');
});

test('end to end through evaluateToolCall across two replicas', async () => {
  const policy = compileToolPolicy({ per_tool: { deploy: { approval: 'required' } }, approval_ttl: 60 });
  const r1 = store();
  const r2 = store();
  const c = ctx();
  const held = await evaluateToolCall(policy, call('deploy', { env: 'prod', v: 3 }), c, r1);
  assert.equal(held.action, 'approve');
  assert.equal((await evaluateToolCall(policy, call('deploy', { v: 3, env: 'prod' }), c, r2)).approvalId, held.approvalId);
  assert.ok((await r2.grant(held.approvalId!)).ok);
  const results = await Promise.all([
    evaluateToolCall(policy, call('deploy', { env: 'prod', v: 3 }), c, r1),
    evaluateToolCall(policy, call('deploy', { env: 'prod', v: 3 }), c, r2),
  ]);
  assert.deepEqual(results.map((d) => d.action).sort(), ['allow', 'approve']);
});

test('unreachable Redis rejects (callers fail closed)', async () => {
  const s = createApprovalStore('redis://127.0.0.1:1', { prefix, timeoutMs: 100 });
  try {
    await assert.rejects(evaluateToolCall(compileToolPolicy({ per_tool: { x: { approval: 'required' } } }), call('x', {}), ctx(), s));
  } finally {
    await s.close();
  }
});
