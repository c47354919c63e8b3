import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStreamToolGate } from '../../src/tools/gate.ts';
import { compileToolPolicy } from '../../src/tools/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/approvals.ts';
import { call, ctx, identity, rawCall } from './helpers.ts';

const policy = compileToolPolicy({
  deny: ['shell'],
  max_calls: 3,
  per_tool: { deploy: { approval: 'required' }, send: { risk: 'high' } },
});

test('stream gate: allow, deny (replace or block), malformed, max_calls across the stream', async () => {
  const store = new MemoryApprovalStore();
  const g = await createStreamToolGate(policy, ctx({ callsSoFar: 1 }), store);
  assert.deepEqual(g.gate(call('search', { q: 1 })), { action: 'allow' });
  const denied = g.gate(call('shell', { cmd: 'rm -rf /' }));
  assert.equal(denied.action, 'replace');
  assert.ok(denied.action === 'replace' && denied.text.includes('tool_denied') && !denied.text.includes('rm -rf'));
  // Third call in the exchange (1 before + 2 here) hits max_calls = 3.
  const over = g.gate(call('search', {}));
  assert.equal(over.action, 'replace');
  assert.equal(g.decisions.map((d) => d.reason).join(','), 'allowed,tool_denied,max_calls_exceeded');

  const blocking = await createStreamToolGate(policy, ctx(), store, { onDeny: 'block' });
  assert.deepEqual(blocking.gate(rawCall('search', '{"q": "unterminated')), { action: 'block', reason: 'tool:malformed_arguments' });
  assert.deepEqual(blocking.gate(call('send', {})), { action: 'allow' });
  const tainted = await createStreamToolGate(policy, ctx({ tainted: true }), store, { onDeny: 'block' });
  assert.deepEqual(tainted.gate(call('send', {})), { action: 'block', reason: 'tool:tainted_context' });
});

test('stream gate: approval flow works from the pre-stream snapshot', async () => {
  const store = new MemoryApprovalStore();
  const c = ctx();
  const args = { env: 'prod', version: '1.2.3' };

  const g1 = await createStreamToolGate(policy, c, store);
  const held = g1.gate(call('deploy', args));
  assert.equal(held.action, 'replace');
  const id = g1.decisions[0].approvalId!;
  assert.ok(held.action === 'replace' && held.text.includes(id));
  await g1.settle();
  const pending = await store.get(id);
  assert.equal(pending?.status, 'pending', 'the id shown to the client is the stored one');

  // Retry before approval shows the same id again.
  const g2 = await createStreamToolGate(policy, c, store);
  g2.gate(call('deploy', { version: '1.2.3', env: 'prod' }));
  assert.equal(g2.decisions[0].approvalId, id);

  assert.ok((await store.grant(id)).ok);
  const g3 = await createStreamToolGate(policy, c, store);
  assert.deepEqual(g3.gate(call('deploy', args)), { action: 'allow' });
  // The same grant is not reused within the stream either.
  assert.equal(g3.gate(call('deploy', args)).action, 'replace');
  await g3.settle();
  assert.equal((await store.get(id))?.status, 'consumed');

  const g4 = await createStreamToolGate(policy, c, store);
  g4.gate(call('deploy', args));
  assert.equal(g4.decisions[0].action, 'approve');
  assert.notEqual(g4.decisions[0].approvalId, id);
  await g4.settle();

  const rej = await store.reject(g4.decisions[0].approvalId!);
  assert.ok(rej.ok);
  const g5 = await createStreamToolGate(policy, c, store);
  const r = g5.gate(call('deploy', args));
  assert.ok(r.action === 'replace' && r.text.includes('approval_rejected'));
});

test('stream gate: anonymous callers cannot get approvals', async () => {
  const g = await createStreamToolGate(policy, ctx({ identity: identity(undefined) }), new MemoryApprovalStore(), { onDeny: 'block' });
  assert.deepEqual(g.gate(call('deploy', {})), { action: 'block', reason: 'tool:approval_needs_identity' });
});
