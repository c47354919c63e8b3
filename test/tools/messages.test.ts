import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MCP_APPROVAL_REQUIRED, MCP_TOOL_DENIED, approvalMessage, declarationPointers, filterToolsListBody, filterToolsListResult, mcpToolDenied,
} from '../../src/tools/messages.ts';
import { compileToolPolicy } from '../../src/tools/compile.ts';
import { evaluateToolCall, filterDeclarations } from '../../src/tools/evaluate.ts';
import { MemoryApprovalStore } from '../../src/tools/approvals.ts';
import { GuardError } from '../../src/core/errors.ts';
import { call, ctx } from './helpers.ts';

const policy = compileToolPolicy({ deny: ['rm_*'], per_tool: { deploy: { approval: 'required' } } });

test('MCP: approval-held tools/call becomes a JSON-RPC error with the approval id', async () => {
  const store = new MemoryApprovalStore();
  const d = await evaluateToolCall(policy, call('deploy', { env: 'prod' }, 'mcp'), ctx(), store);
  const body = mcpToolDenied(7, d);
  assert.equal(body.jsonrpc, '2.0');
  assert.equal(body.id, 7);
  assert.equal(body.error.code, MCP_APPROVAL_REQUIRED);
  assert.deepEqual(Object.keys(body.error.data).sort(), ['approval_id', 'expires', 'status', 'tool']);
  assert.equal(body.error.data.approval_id, d.approvalId);
  assert.equal(body.error.data.status, 'pending');
  assert.equal(body.error.data.tool, 'deploy');
  assert.ok(body.error.message.includes(d.approvalId!));
  assert.ok(!body.error.message.includes('prod'));
});

test('MCP: denied tools/call carries reason and rule; null id when absent', async () => {
  const d = await evaluateToolCall(policy, call('rm_rf', { path: '/' }, 'mcp'), ctx(), new MemoryApprovalStore());
  const body = mcpToolDenied(undefined, d);
  assert.equal(body.id, null);
  assert.equal(body.error.code, MCP_TOOL_DENIED);
  assert.deepEqual(body.error.data, { tool: 'rm_rf', reason: 'tool_denied', rule: 'deny:rm_*' });
  assert.equal(body.error.message, 'Tool call "rm_rf" was blocked by policy (tool_denied: tool is on the deny list).');
});

test('approvalMessage: nothing for allow, bounded tool names', () => {
  assert.equal(approvalMessage({ action: 'allow', tool: 'x', argumentHash: '', rule: 'allow', reason: 'allowed', risk: 'low' }), '');
  const m = approvalMessage({ action: 'deny', tool: 'y'.repeat(1000), argumentHash: '', rule: 'x', reason: 'tool_denied', risk: 'low' });
  assert.ok(m.length < 250);
});

test('tools/list results lose the tools the caller may not use', () => {
  const list = {
    jsonrpc: '2.0', id: 1,
    result: { tools: [{ name: 'search' }, { name: 'rm_all' }, { name: 'deploy' }, { name: 'rm_one', description: 'x' }], nextCursor: 'c' },
  };
  const strip = filterDeclarations(policy, list.result.tools.map((t, i) => ({ name: t.name, pointer: `/result/tools/${i}` })), ctx());
  assert.deepEqual(strip.sort(), ['rm_all', 'rm_one']);
  const out = filterToolsListResult(list, strip);
  assert.equal(out.removed, 2);
  assert.deepEqual(out.body, { jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'search' }, { name: 'deploy' }], nextCursor: 'c' } });
  assert.equal(list.result.tools.length, 4, 'input untouched');
  // Batches and unrelated messages.
  const batch = filterToolsListResult([list, { jsonrpc: '2.0', id: 2, result: { content: [] } }, { jsonrpc: '2.0', id: 3, error: {} }], strip);
  assert.equal(batch.removed, 2);
  assert.deepEqual((batch.body as unknown[])[1], { jsonrpc: '2.0', id: 2, result: { content: [] } });
  const buf = filterToolsListBody(Buffer.from(JSON.stringify(list)), strip);
  assert.equal(buf.removed, 2);
  assert.deepEqual(JSON.parse(buf.body.toString()).result.tools.map((t: { name: string }) => t.name), ['search', 'deploy']);
  const same = Buffer.from(' {"result":{"tools":[{"name":"search"}]}} ');
  assert.equal(filterToolsListBody(same, strip).body, same);
  assert.throws(() => filterToolsListBody(Buffer.from('event: message\ndata: {}\n\n'), strip), (e: unknown) => e instanceof GuardError && e.code === 'malformed_body');
});

test('declarationPointers maps names to the pointers to remove', () => {
  const decls = [{ name: 'a', pointer: '/tools/0' }, { name: 'b', pointer: '/tools/1' }, { name: 'a', pointer: '/tools/2' }];
  assert.deepEqual(declarationPointers(decls, ['a']), ['/tools/0', '/tools/2']);
});
