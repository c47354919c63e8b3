// Chaos: llm-boundary (a child process: `node src/cli.ts serve`) is SIGKILLed in the middle of
// exchanges and the Envoy-faithful client shows the outcome Envoy documents: failure_mode_allow
// false → a 500 local reply before response headers went downstream, a reset after; true → the
// exchange continues unmodified. PostgreSQL (audit) and Redis (approvals) become unreachable through
// a TCP proxy we control (the real services keep running): requests get the policy's fail mode, the
// stores recover on their own when the proxy resumes, and nothing acknowledged is lost.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { EnvoyExtProcClient, type EnvoyConfig } from '../envoy/client.ts';
import { createAuditSink } from '../../src/audit/writer.ts';
import { RedisApprovalStore } from '../../src/tools/approvals.ts';
import { assemblePipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';
import { ExtProcServer } from '../../src/server/extproc.ts';
import * as grpc from '@grpc/grpc-js';
import { PATTERNS_POLICY, TcpProxy, killChildren, patternsPolicy, spawnServe, until } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chaos-'));
const policyFile = path.join(tmp, 'policy.yaml');
fs.writeFileSync(policyFile, PATTERNS_POLICY);

after(() => {
  killChildren();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const MODES: EnvoyConfig['processingMode'] = {
  request_header_mode: 'SEND',
  response_header_mode: 'SEND',
  request_body_mode: 'BUFFERED',
  response_body_mode: 'STREAMED',
};
const chat = (content: string): string => JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content }] });
const REQ = { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']] as [string, string][] };
const SSE = ['data: {"choices":[{"index":0,"delta":{"content":"mail bob@example.com "}}]}\n\n', 'data: [DONE]\n\n'];

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

for (const failureModeAllow of [false, true]) {
  test(`SIGKILL mid-exchange, failure_mode_allow ${failureModeAllow}: ${failureModeAllow ? 'continue unmodified' : '500 before response headers, reset after'}`, async () => {
    // Before response headers: killed while the upstream is answering.
    const a = await spawnServe(['--policy', policyFile, '--audit-store', 'none', '--log-level', 'warn']);
    const c1 = new EnvoyExtProcClient({ target: a.grpc, processingMode: MODES, allowModeOverride: true, failureModeAllow, messageTimeoutMs: 10_000 });
    const r1 = await c1.exchange({ ...REQ, body: chat('card 4111111111111111') }, async (up) => {
      assert.ok(!up.body.toString().includes('4111111111111111'), 'the request was processed before the kill');
      a.child.kill('SIGKILL');
      await a.exit;
      return { status: 200, headers: [['content-type', 'text/event-stream']], body: SSE };
    });
    c1.close();
    if (failureModeAllow) {
      assert.equal(r1.downstream.status, 200);
      assert.equal(r1.downstream.reset, false);
      assert.equal(r1.downstream.body.toString(), SSE.join(''), 'the response continues unmodified (not scanned)');
    } else {
      assert.equal(r1.downstream.status, 500, 'fail closed: local 500 before response headers');
      assert.ok(!r1.downstream.body.toString().includes('bob@example.com'));
    }

    // After response headers went downstream (response headers not sent to the processor).
    const b = await spawnServe(['--policy', policyFile, '--audit-store', 'none', '--log-level', 'warn']);
    const c2 = new EnvoyExtProcClient({
      target: b.grpc,
      processingMode: { ...MODES, response_header_mode: 'SKIP' },
      failureModeAllow,
      messageTimeoutMs: 10_000,
    });
    const r2 = await c2.exchange({ ...REQ, body: chat('hello') }, async () => {
      b.child.kill('SIGKILL');
      await b.exit;
      return { status: 200, headers: [['content-type', 'text/event-stream']], body: SSE };
    });
    c2.close();
    if (failureModeAllow) {
      assert.equal(r2.downstream.reset, false);
      assert.equal(r2.downstream.body.toString(), SSE.join(''));
    } else {
      assert.equal(r2.downstream.reset, true, 'fail closed after headers: the downstream stream is reset');
      assert.equal(r2.downstream.status, 200);
    }
  });
}

test('PostgreSQL audit store unreachable: fail closed (503) or open (counted) per policy; recovers; no acknowledged record lost', async (t) => {
  if (!(await reachable(5432))) return t.skip('PostgreSQL is not running on 127.0.0.1:5432');
  const proxy = new TcpProxy(5432);
  await proxy.start();
  const schema = `lb_h9_${randomBytes(4).toString('hex')}`;
  const spec = `postgres://postgres@127.0.0.1:${proxy.port}/test?schema=${schema}`;
  const audit = await createAuditSink(spec, { keyPath: path.join(tmp, 'audit-key.pem'), retryMinMs: 20, retryMaxMs: 200, probeIntervalMs: 100, flushDelayMs: 1, sqliteWorker: false });
  const closedPolicy = patternsPolicy();
  const openPolicy = patternsPolicy(PATTERNS_POLICY.replace('  audit: { capture: redacted }\n', '  audit: { capture: redacted }\n  on_failure: { audit_unavailable: allow }\n'));
  const mk = async (policy: typeof closedPolicy) => {
    const pipeline = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore() });
    const server = new grpc.Server();
    const extproc = new ExtProcServer({ factory: pipeline.factory, deadlineMs: 5000, maxStreams: 100 });
    extproc.register(server);
    const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
    return { pipeline, server, client: new EnvoyExtProcClient({ target: `127.0.0.1:${port}`, processingMode: MODES, allowModeOverride: true, messageTimeoutMs: 10_000 }) };
  };
  const closed = await mk(closedPolicy);
  const open = await mk(openPolicy);
  const ids: string[] = [];
  const send = async (c: EnvoyExtProcClient) => {
    const r = await c.exchange({ ...REQ, body: chat('hello') }, () => ({ status: 200, headers: [['content-type', 'application/json']], body: '{"choices":[]}' }));
    const id = r.downstream.headers.find(([k]) => k === 'x-llm-boundary-decision')?.[1];
    if (id) ids.push(id);
    return r;
  };
  const db = new pg.Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' });
  await db.connect();
  try {
    await until(() => audit.healthy(), 10_000, 'audit store up');
    for (let i = 0; i < 3; i++) assert.equal((await send(closed.client)).downstream.status, 200);

    proxy.pause();
    // Records keep being accepted (queued) while the writer finds out the store is gone.
    await send(open.client);
    await until(() => !audit.healthy(), 10_000, 'audit store marked down');
    const denied = await send(closed.client);
    assert.equal(denied.downstream.status, 503, 'fail closed: no audit, no inference');
    assert.equal(denied.upstream, undefined);
    const allowed = await send(open.client);
    assert.equal(allowed.downstream.status, 200, 'fail open when the policy says so');

    proxy.resume();
    await until(() => audit.healthy(), 15_000, 'audit store recovered');
    assert.equal((await send(closed.client)).downstream.status, 200);
    // A record is appended when Envoy closes the stream, just after the client got its answer, so
    // poll (bounded) until the last exchanges' records are in.
    let missing: string[] = ids;
    for (let attempt = 0; attempt < 50 && missing.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 100));
      await (audit as { flush(): Promise<void> }).flush();
      const rows = await db.query(`SELECT decision_id FROM ${schema}.audit_entries WHERE kind = 'record'`).catch(async () => db.query(`SELECT decision_id FROM ${schema}.audit_entries`));
      const stored = new Set(rows.rows.map((r: { decision_id: string | null }) => r.decision_id));
      missing = ids.filter((id) => !stored.has(id));
    }
    assert.deepEqual(missing, [], 'every exchange answered before, during and after the outage has its record');
    assert.ok(ids.length >= 6);
  } finally {
    closed.client.close();
    open.client.close();
    closed.server.forceShutdown();
    open.server.forceShutdown();
    await audit.close({ timeoutMs: 2000 });
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await db.end();
    await proxy.close();
  }
});

const TOOLS_POLICY = `version: 1
identity:
  - header: { name: x-llm-identity }
detectors:
  pii:
    type: patterns
    patterns:
      - { id: mail, regex: "[a-z]+@[a-z]+\\\\.com", type: EMAIL, max_length: 64 }
default:
  request:
    detectors: [pii]
    findings:
      "*": { action: allow }
  response:
    detectors: [pii]
    findings:
      EMAIL: { action: redact, style: mask }
  tools:
    per_tool:
      transfer_funds: { risk: high, approval: required }
`;

test('Redis approval store unreachable: tool calls needing approval fail closed; a pending approval survives the outage and passes once after the grant', async (t) => {
  if (!(await reachable(6379))) return t.skip('Redis is not running on 127.0.0.1:6379');
  const proxy = new TcpProxy(6379);
  await proxy.start();
  const prefix = `lb-h9-${randomBytes(4).toString('hex')}:`;
  const approvals = new RedisApprovalStore({ url: `redis://127.0.0.1:${proxy.port}`, prefix, timeoutMs: 300 });
  const policy = patternsPolicy(TOOLS_POLICY);
  const pipeline = assemblePipeline({ policies: { current: () => policy, close() {} }, audit: new MemoryAuditSink(), approvals });
  const server = new grpc.Server();
  const extproc = new ExtProcServer({ factory: pipeline.factory, deadlineMs: 8000, maxStreams: 100 });
  extproc.register(server);
  const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  const client = new EnvoyExtProcClient({ target: `127.0.0.1:${port}`, processingMode: MODES, allowModeOverride: true, messageTimeoutMs: 20_000 });
  const body = JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'transfer_funds', arguments: { amount: 10, to: 'a' } } });
  let reached = 0;
  const send = () =>
    client.exchange({ method: 'POST', path: '/mcp', headers: [['content-type', 'application/json'], ['x-llm-identity', 'agent-9']], body }, () => {
      reached++;
      return { status: 200, headers: [['content-type', 'application/json']], body: JSON.stringify({ jsonrpc: '2.0', id: 5, result: { content: [{ type: 'text', text: 'done' }] } }) };
    });
  const raw = new Redis(6379, '127.0.0.1');
  try {
    const held = JSON.parse((await send()).downstream.body.toString());
    assert.equal(held.error.code, -32002, 'held for approval');
    const id = held.error.data.approval_id as string;

    proxy.pause();
    const during = await send();
    assert.equal(reached, 0);
    assert.ok(during.downstream.status >= 500 || JSON.parse(during.downstream.body.toString()).error !== undefined, 'fail closed while the store is unreachable');
    assert.equal(during.upstream, undefined);

    proxy.resume();
    // The approval requested before the outage is still pending in Redis (acknowledged = stored).
    const rec = await until(async () => (await approvals.get(id).catch(() => undefined))?.status === 'pending', 10_000, 'store reachable again');
    void rec;
    const granted = await approvals.grant(id, { approver: 'ops' });
    assert.equal(granted.ok, true);
    const after1 = await send();
    assert.equal(reached, 1, 'the granted call reached the upstream');
    assert.equal(JSON.parse(after1.downstream.body.toString()).result.content[0].text, 'done');
    const after2 = JSON.parse((await send()).downstream.body.toString());
    assert.equal(after2.error.code, -32002, 'the grant passed exactly once');
  } finally {
    client.close();
    server.forceShutdown();
    await approvals.close();
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length > 0) await raw.del(...keys);
    raw.disconnect();
    await proxy.close();
  }
});


