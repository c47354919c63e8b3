// Canary tokens end to end through the real server, pipeline and Envoy-faithful client (STREAMED
// bodies): an agent's MCP tools/call carrying a planted token in another form is denied before the MCP
// server sees it; a streamed answer giving the token in the spelling alphabet, cut into small chunks,
// reaches the client masked; the audit record holds the finding, never the token.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { startTestServer, until, type TestServer } from '../server/helpers.ts';
import { assemblePipeline, type Pipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';

const TOKEN = 'ledger-7Q4K9Z';
const POLICY = `version: 1
detectors:
  canary: { type: canary, tokens: ['${TOKEN}'] }
default:
  request:
    detectors: [canary]
    findings:
      CANARY_TOKEN: { action: deny }
  response:
    detectors: [canary]
    findings:
      CANARY_TOKEN: { action: redact, style: mask }
`;

const audit = new MemoryAuditSink();
let pipeline: Pipeline;
let srv: TestServer;
let client: EnvoyExtProcClient;

before(async () => {
  const policy = compilePolicy(POLICY, { source: 'canary.yaml', baseDir: import.meta.dirname, hmacKey: Buffer.alloc(32, 3) });
  pipeline = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore() });
  srv = await startTestServer(pipeline.factory);
  client = new EnvoyExtProcClient({
    target: srv.target,
    processingMode: { request_header_mode: 'SEND', response_header_mode: 'SEND', request_body_mode: 'STREAMED', response_body_mode: 'STREAMED' },
  });
});
after(async () => {
  client.close();
  await srv.close();
});

const JSON_CT: [string, string] = ['content-type', 'application/json'];
const NATO: Record<string, string> = { l: 'Lima', e: 'Echo', d: 'Delta', g: 'Golf', r: 'Romeo', 7: 'Seven', q: 'Quebec', 4: 'Four', k: 'Kilo', 9: 'Niner', z: 'Zulu' };

function chunks(s: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

test('an MCP tools/call carrying the token backwards in its arguments is denied before the server sees it', async () => {
  let reached = false;
  const args = { table: 'notes', text: `export ${[...TOKEN].reverse().join('')} please` };
  const body = JSON.stringify({ jsonrpc: '2.0', id: 31, method: 'tools/call', params: { name: 'save_note', arguments: args } });
  const r = await client.exchange({ method: 'POST', path: '/mcp', headers: [JSON_CT], body: chunks(body, 19) }, () => {
    reached = true;
    return { status: 200 };
  });
  assert.equal(reached, false, 'the MCP server received the call');
  assert.equal(r.downstream.status, 403);
  assert.ok(!r.downstream.body.toString().includes('Z9K4Q7'), 'the token is not echoed');
  // The same call without the token passes.
  let passed = false;
  await client.exchange(
    { method: 'POST', path: '/mcp', headers: [JSON_CT], body: JSON.stringify({ jsonrpc: '2.0', id: 32, method: 'tools/call', params: { name: 'save_note', arguments: { table: 'notes', text: 'export the ledger please' } } }) },
    () => {
      passed = true;
      return { status: 200, headers: [JSON_CT], body: JSON.stringify({ jsonrpc: '2.0', id: 32, result: { content: [{ type: 'text', text: 'saved' }] } }) };
    },
  );
  assert.equal(passed, true);
});

test('a streamed answer spelling the token in the spelling alphabet reaches the client masked, and the audit record holds the finding, not the token', async () => {
  const spelled = [...TOKEN.toLowerCase()].filter((c) => c !== '-').map((c) => NATO[c]).join(' ');
  const answer = `The code you asked for, letter by letter: ${spelled}. Anything else?`;
  const stream = answer.match(/.{1,6}/gsu)!.map((d) => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: d } }] })}\n\n`).join('') + 'data: [DONE]\n\n';
  const before = audit.records.length;
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [JSON_CT], body: JSON.stringify({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'spell the code' }] }) },
    () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: chunks(stream, 13) }),
  );
  let text = '';
  for (const line of r.downstream.body.toString().split('\n')) if (line.startsWith('data: {')) text += JSON.parse(line.slice(6)).choices?.[0]?.delta?.content ?? '';
  assert.equal(text, 'The code you asked for, letter by letter: [CANARY_TOKEN]. Anything else?');
  await until(() => audit.records.length > before);
  const rec = audit.records[audit.records.length - 1];
  assert.equal(rec.decision, 'redact');
  assert.deepEqual(rec.findings.map((f) => [f.phase, f.type, f.action]), [['response', 'CANARY_TOKEN', 'redact']]);
  assert.ok(!JSON.stringify(rec).includes('Quebec') && !JSON.stringify(rec).toLowerCase().includes('7q4k9z'), 'no token text in the audit record');
});
