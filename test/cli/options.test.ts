// serve option parsing: flags, env fallbacks, defaults, and clear errors for bad values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OptionsError, SERVE_FLAGS, parseListen, parseServeOptions, serveHelp } from '../../src/config/options.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-opts-'));
const tokenFile = path.join(tmp, 'token');
fs.writeFileSync(tokenFile, 'tok-123\n');

test('defaults', () => {
  const o = parseServeOptions([], {});
  assert.deepEqual(o.grpcListen, { kind: 'tcp', host: '0.0.0.0', port: 50051 });
  assert.deepEqual(o.adminListen, { kind: 'tcp', host: '0.0.0.0', port: 9464 });
  assert.equal(o.deadlineMs, 150);
  assert.equal(o.maxMessageBytes, 16777216);
  assert.equal(o.maxStreams, 10000);
  assert.equal(o.graceMs, 20000);
  assert.equal(o.logLevel, 'info');
  assert.deepEqual(o.auditStore, { kind: 'sqlite', path: 'data/audit.sqlite' });
  assert.equal(o.auditKeyFile, 'data/audit-key.pem');
  assert.deepEqual(o.stateStore, { kind: 'memory' });
  assert.equal(o.policyFile, undefined);
  assert.equal(o.adminToken, undefined);
  assert.deepEqual(o.allowedSpiffeIds, []);
  assert.ok(Object.isFrozen(o));
});

test('flags beat env, env beats defaults; both --x v and --x=v forms', () => {
  const env = { LLM_BOUNDARY_DEADLINE_MS: '90', LLM_BOUNDARY_MAX_STREAMS: '7', LLM_BOUNDARY_GRPC_LISTEN: 'unix:/tmp/lb.sock' };
  const o = parseServeOptions(['--deadline-ms=120', '--audit-store', 'postgres://postgres@127.0.0.1:5432/test', '--state-store', 'redis://127.0.0.1:6379'], env);
  assert.equal(o.deadlineMs, 120);
  assert.equal(o.maxStreams, 7);
  assert.deepEqual(o.grpcListen, { kind: 'unix', path: '/tmp/lb.sock' });
  assert.deepEqual(o.auditStore, { kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
  assert.deepEqual(o.stateStore, { kind: 'redis', url: 'redis://127.0.0.1:6379', host: '127.0.0.1', port: 6379, tls: false });
  assert.equal(parseServeOptions(['--audit-store', 'none'], {}).auditStore.kind, 'none');
});

test('admin token from a file or from LLM_BOUNDARY_ADMIN_TOKEN', () => {
  assert.equal(parseServeOptions(['--admin-token-file', tokenFile], {}).adminToken, 'tok-123');
  assert.equal(parseServeOptions([], { LLM_BOUNDARY_ADMIN_TOKEN: 'env-tok' }).adminToken, 'env-tok');
  const empty = path.join(tmp, 'empty');
  fs.writeFileSync(empty, '  \n');
  assert.throws(() => parseServeOptions(['--admin-token-file', empty], {}), /is empty/);
});

test('listen addresses', () => {
  assert.deepEqual(parseListen('x', '127.0.0.1:0'), { kind: 'tcp', host: '127.0.0.1', port: 0 });
  assert.deepEqual(parseListen('x', '[::1]:8080'), { kind: 'tcp', host: '::1', port: 8080 });
  assert.deepEqual(parseListen('x', 'unix:///run/lb.sock'), { kind: 'unix', path: '/run/lb.sock' });
  for (const bad of ['127.0.0.1', '127.0.0.1:', '127.0.0.1:65536', 'h:12a', '::1:80', 'unix:', ':80']) {
    assert.throws(() => parseListen('grpc-listen', bad), OptionsError, bad);
  }
});

test('bad values fail with a message naming the flag', () => {
  const cases: Array<[string[], Record<string, string>, RegExp]> = [
    [['--bogus', '1'], {}, /unknown flag --bogus/],
    [['--deadline-ms', 'abc'], {}, /--deadline-ms: 'abc' is not a non-negative integer/],
    [['--deadline-ms', '0'], {}, /--deadline-ms: 0 out of range/],
    [[], { LLM_BOUNDARY_MAX_STREAMS: '-5' }, /--max-streams/],
    [['--max-message-bytes', '1.5'], {}, /--max-message-bytes/],
    [['--grpc-listen', 'localhost:99999'], {}, /port 99999 out of range/],
    [['--policy', path.join(tmp, 'missing.yaml')], {}, /--policy: cannot read .*ENOENT/],
    [['--policy', tmp], {}, /--policy: .* is not a file/],
    [['--log-level', 'loud'], {}, /--log-level/],
    [['--audit-store', 'mysql://x'], {}, /--audit-store/],
    [['--state-store', 'etcd://x'], {}, /--state-store/],
    [['--tls-cert', tokenFile], {}, /--tls-cert and --tls-key must be given together/],
    [['--tls-client-ca', tokenFile], {}, /--tls-client-ca needs/],
    [['--allowed-spiffe-ids', 'spiffe://a/b'], {}, /needs mTLS/],
    [['--allowed-spiffe-ids', 'not-spiffe'], {}, /is not a spiffe:\/\/ id/],
    [['--deadline-ms'], {}, /needs a value/],
    [['--deadline-ms', '5', '--deadline-ms', '6'], {}, /given twice/],
    [['serve'], {}, /unexpected argument 'serve'/],
  ];
  for (const [argv, env, re] of cases) {
    assert.throws(() => parseServeOptions(argv, env), (e: unknown) => e instanceof OptionsError && re.test(e.message), `${argv.join(' ')} ${JSON.stringify(env)}`);
  }
});

test('TLS files are read at start-up', () => {
  const o = parseServeOptions(['--tls-cert', tokenFile, '--tls-key', tokenFile, '--tls-client-ca', tokenFile, '--allowed-spiffe-ids', 'spiffe://cluster.local/ns/istio-system/sa/gw, spiffe://x/y'], {});
  assert.equal(o.tls?.cert.toString(), 'tok-123\n');
  assert.ok(o.tls?.clientCa);
  assert.deepEqual(o.allowedSpiffeIds, ['spiffe://cluster.local/ns/istio-system/sa/gw', 'spiffe://x/y']);
});

test('every flag has an upper-snake env var and appears in --help', () => {
  const help = serveHelp();
  for (const f of SERVE_FLAGS) {
    assert.equal(f.env, 'LLM_BOUNDARY_' + f.name.toUpperCase().replaceAll('-', '_'));
    assert.ok(help.includes(`--${f.name}`));
    assert.ok(help.includes(f.env));
  }
});
