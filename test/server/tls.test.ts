// gRPC listener with TLS and mTLS, and the SPIFFE-id allow-list, through startServer in-process.
// Certificates are generated with the openssl CLI (skipped with a message when it is missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { parseServeOptions } from '../../src/config/options.ts';
import { startServer, type Pipeline } from '../../src/commands/serve.ts';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { TestFactory } from './helpers.ts';
import { uriSans } from '../../src/server/tls.ts';

function haveOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function makePki(dir: string): void {
  const o = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  };
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  o('req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=llm-boundary-test-ca', '-days', '2');
  const leaf = (name: string, san: string): void => {
    fs.writeFileSync(path.join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
    o('req', '-new', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    o('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`);
  };
  leaf('server', 'DNS:localhost,IP:127.0.0.1');
  leaf('envoy', 'URI:spiffe://cluster.local/ns/istio-system/sa/istio-ingressgateway');
  leaf('intruder', 'URI:spiffe://cluster.local/ns/default/sa/intruder');
}

test('uriSans parses the peer certificate subjectaltname string', () => {
  assert.deepEqual(uriSans('DNS:a, URI:spiffe://x/y, IP Address:1.2.3.4, URI:https://z'), ['spiffe://x/y', 'https://z']);
  assert.deepEqual(uriSans(undefined), []);
});

test('mTLS with a SPIFFE allow-list: allowed peer served, other peer refused, no client cert rejected', { skip: !haveOpenssl() && 'openssl CLI not found' }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-tls-'));
  makePki(dir);
  const f = (n: string): string => path.join(dir, n);
  const options = parseServeOptions(
    [
      '--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0', '--audit-store', 'none', '--grace-ms', '0', '--deadline-ms', '10000',
      '--tls-cert', f('server.crt'), '--tls-key', f('server.key'), '--tls-client-ca', f('ca.crt'),
      '--allowed-spiffe-ids', 'spiffe://cluster.local/ns/istio-system/sa/istio-ingressgateway',
    ],
    {},
  );
  const factory = new TestFactory({ requestHeaders: () => ({ kind: 'continue', headers: { set: [['x-mtls', 'ok']] } }) });
  const pipeline: Pipeline = { factory, ready: () => true, adminRoutes: [], close: async () => {} };
  const srv = await startServer(options, pipeline);
  const ca = fs.readFileSync(f('ca.crt'));
  const creds = (name: string): grpc.ChannelCredentials =>
    grpc.credentials.createSsl(ca, fs.readFileSync(f(`${name}.key`)), fs.readFileSync(f(`${name}.crt`)));

  const tlsName = { 'grpc.ssl_target_name_override': 'localhost' };
  const good = new EnvoyExtProcClient({ target: srv.grpcAddress, credentials: creds('envoy'), channelOptions: tlsName, messageTimeoutMs: 10_000 });
  const r = await good.exchange({});
  assert.equal(r.downstream.status, 200);
  assert.equal(r.upstream!.headers.find(([k]) => k === 'x-mtls')?.[1], 'ok');

  const bad = new EnvoyExtProcClient({ target: srv.grpcAddress, credentials: creds('intruder'), channelOptions: tlsName, messageTimeoutMs: 10_000 });
  const r2 = await bad.exchange({});
  assert.equal(r2.grpcStatus?.code, grpc.status.PERMISSION_DENIED);
  assert.equal(r2.downstream.status, 500);

  const anon = new EnvoyExtProcClient({ target: srv.grpcAddress, credentials: grpc.credentials.createSsl(ca), channelOptions: tlsName, messageTimeoutMs: 10_000 });
  const r3 = await anon.exchange({});
  assert.equal(r3.downstream.status, 500, 'handshake without a client certificate fails');
  assert.notEqual(r3.grpcStatus?.code, grpc.status.OK);

  for (const c of [good, bad, anon]) c.close();
  await srv.shutdown('test');
  fs.rmSync(dir, { recursive: true, force: true });
});
