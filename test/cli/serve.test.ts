// The CLI as a child process: listening line with bound addresses, serving through the Envoy client,
// unix sockets, admin auth, health, SIGTERM drain (NOT_SERVING, open stream finishes, exit 0), and
// start-up errors with exit code 2.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { clientConstructor } from '../../src/server/protos.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'src/cli.ts');
const fixture = path.join(root, 'test/cli/fixtures/pipeline.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-cli-'));
const tokenFile = path.join(tmp, 'admin-token');
fs.writeFileSync(tokenFile, 'cli-token\n');
const children: ChildProcess[] = [];

after(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Started {
  child: ChildProcess;
  grpc: string;
  admin: string;
  exit: Promise<number | null>;
  stderr: () => string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

function start(args: string[]): Promise<Started> {
  const child = spawn(
    process.execPath,
    [cli, 'serve', '--admin-listen', '127.0.0.1:0', '--audit-store', 'none', '--admin-token-file', tokenFile, '--log-level', 'warn', ...args],
    { env: { ...process.env, LLM_BOUNDARY_PIPELINE_MODULE: fixture }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d) => {
      buf += d;
      for (const line of buf.split('\n')) {
        if (!line.includes('"listening"')) continue;
        const j = JSON.parse(line) as { grpc: string; admin: string };
        resolve({ child, grpc: j.grpc, admin: j.admin, exit, stderr: () => stderr });
        return;
      }
    });
    exit.then((code) => reject(new Error(`serve exited ${code} before listening: ${stderr}`)));
  });
}

async function waitFor<T>(f: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await f();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('condition not reached');
}

test('serve on 127.0.0.1:0: prints bound addresses, serves ext_proc, admin auth, SIGTERM drains and exits 0', async () => {
  const s = await start(['--grpc-listen', '127.0.0.1:0', '--grace-ms', '10000', '--deadline-ms', '15000']);
  assert.match(s.grpc, /^127\.0\.0\.1:[1-9][0-9]*$/);
  assert.match(s.admin, /^127\.0\.0\.1:[1-9][0-9]*$/);
  const admin = `http://${s.admin}`;

  const envoy = new EnvoyExtProcClient({ target: s.grpc, messageTimeoutMs: 20_000 });
  const r = await envoy.exchange({});
  assert.equal(r.downstream.status, 200);
  assert.match(r.upstream!.headers.find(([k]) => k === 'x-test-pipeline')?.[1] ?? '', /^cli-/);
  assert.equal(r.upstream!.headers.find(([k]) => k === 'x-deadline-ms')?.[1], '15000');

  assert.equal((await fetch(`${admin}/readyz`)).status, 200);
  assert.equal((await fetch(`${admin}/test/release`, { method: 'POST' })).status, 401);

  // ext_authz is served on the same port when the pipeline provides authorize.
  const Authz = clientConstructor('envoy.service.auth.v3.Authorization');
  const ac = new Authz(s.grpc, grpc.credentials.createInsecure()) as any;
  const check = (p: string): Promise<any> =>
    new Promise((resolve, reject) =>
      ac.Check({ attributes: { request: { http: { method: 'POST', path: p, host: 'api', headers: { 'x-request-id': 'r1' } } } } }, (err: Error | null, res: any) => (err ? reject(err) : resolve(res))),
    );
  const allowed = await check('/v1/chat/completions');
  assert.equal(allowed.status.code, 0);
  assert.equal(allowed.ok_response.headers[0].header.key, 'x-authz');
  const denied = await check('/blocked/x');
  assert.equal(denied.status.code, grpc.status.PERMISSION_DENIED);
  assert.equal(denied.denied_response.body, 'blocked');
  ac.close();
  const metrics = await (await fetch(`${admin}/metrics`)).text();
  assert.match(metrics, /llm_boundary_processing_seconds_count\{phase="request_headers"\} [1-9]/);

  // Health Watch, then a held in-flight exchange, then SIGTERM.
  const Health = clientConstructor('grpc.health.v1.Health');
  const hc = new Health(s.grpc, grpc.credentials.createInsecure()) as any;
  const statuses: string[] = [];
  const watch = hc.Watch({ service: '' });
  watch.on('data', (m: any) => statuses.push(m.status));
  watch.on('error', () => {});
  await waitFor(async () => (statuses.length > 0 ? true : undefined));
  assert.equal(statuses[0], 'SERVING');

  const held = envoy.exchange({ headers: [['x-hold', '1']] });
  await waitFor(async () => (((await (await fetch(`${admin}/test/inflight`)).json()) as { inFlight: number }).inFlight === 1 ? true : undefined));
  s.child.kill('SIGTERM');
  await waitFor(async () => (statuses.includes('NOT_SERVING') ? true : undefined));
  assert.equal((await fetch(`${admin}/readyz`)).status, 503, 'not ready while draining');

  // New streams are refused while draining.
  const refused = await new EnvoyExtProcClient({ target: s.grpc, messageTimeoutMs: 20_000 }).exchange({});
  assert.equal(refused.downstream.status, 500);
  assert.ok(refused.events.includes('grpc_error'));

  // The open stream still completes.
  const rel = await fetch(`${admin}/test/release`, { method: 'POST', headers: { authorization: 'Bearer cli-token' } });
  assert.equal(rel.status, 200);
  const done = await held;
  assert.equal(done.downstream.status, 200);
  assert.match(done.upstream!.headers.find(([k]) => k === 'x-test-pipeline')?.[1] ?? '', /^cli-/);
  envoy.close();
  assert.equal(await s.exit, 0);
  hc.close();
  assert.doesNotMatch(s.stderr(), /Error/);
});

test('serve on a unix socket', async () => {
  const sock = path.join(tmp, 'lb.sock');
  const s = await start(['--grpc-listen', `unix:${sock}`, '--grace-ms', '0', '--deadline-ms', '15000']);
  assert.equal(s.grpc, `unix:${sock}`);
  const envoy = new EnvoyExtProcClient({ target: `unix:${sock}`, messageTimeoutMs: 20_000 });
  const r = await envoy.exchange({});
  assert.equal(r.downstream.status, 200);
  assert.ok(r.upstream!.headers.some(([k]) => k === 'x-test-pipeline'));
  envoy.close();
  s.child.kill('SIGINT');
  assert.equal(await s.exit, 0);
});

test('start-up errors exit with code 2 and a clear message', async () => {
  const [bad, unknown, env, cmd] = await Promise.all([
    run(['serve', '--grpc-listen', '127.0.0.1:99999']),
    run(['serve', '--frobnicate']),
    run(['serve'], { LLM_BOUNDARY_DEADLINE_MS: 'soon' }),
    run(['launch']),
  ]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--grpc-listen: port 99999 out of range/);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown flag --frobnicate/);
  assert.equal(env.code, 2);
  assert.match(env.stderr, /--deadline-ms: 'soon'/);
  assert.equal(cmd.code, 2);
  assert.match(cmd.stderr, /unknown command 'launch'/);
});

test('--help and --version', async () => {
  const [h, sh, v] = await Promise.all([run(['--help']), run(['serve', '--help']), run(['--version'])]);
  assert.equal(h.code, 0);
  assert.match(h.stdout, /serve/);
  assert.match(h.stdout, /policy/);
  assert.equal(sh.code, 0);
  assert.match(sh.stdout, /LLM_BOUNDARY_GRPC_LISTEN/);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /^llm-boundary \d+\.\d+\.\d+/);
});
