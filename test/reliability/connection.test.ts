// One Envoy connection carries every ext_proc stream, and Envoy ends each stream with a reset
// (half-close, then cancel). Node's HTTP/2 rapid-reset limit (1000 resets, then 33/s) used to tear
// the whole connection down after ~1000 quick exchanges, failing every exchange in flight on it.
// The server started by `serve` lifts that limit (src/server/http2-limits.ts); this test runs well
// past 1000 exchanges on one connection, closed exactly like Envoy closes them, and expects none lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { parseServeOptions } from '../../src/config/options.ts';
import { startServer } from '../../src/commands/serve.ts';
import { applyHttp2Limits } from '../../src/server/http2-limits.ts';
import { assemblePipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { patternsPolicy } from './helpers.ts';

test('grpc-js still exposes the options object the HTTP/2 limits are applied to', () => {
  assert.equal(applyHttp2Limits(new grpc.Server()), true);
});

test('1600 exchanges on one connection, each ended with half-close + cancel like Envoy: no connection teardown', async () => {
  const policy = patternsPolicy();
  const p = assemblePipeline({ policies: { current: () => policy, close() {} }, audit: new MemoryAuditSink(), approvals: new MemoryApprovalStore() });
  const options = parseServeOptions(['--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0', '--audit-store', 'none', '--grace-ms', '0', '--deadline-ms', '10000'], {});
  const srv = await startServer(options, { factory: p.factory, ready: () => true, adminRoutes: [], close: () => p.close() });
  const c = new EnvoyExtProcClient({ target: srv.grpcAddress });
  const h = (k: string, v: string) => ({ key: k, raw_value: Buffer.from(v) });
  const failures: string[] = [];
  try {
    for (let i = 0; i < 1600; i++) {
      const call = c.rawCall();
      const status = new Promise<grpc.StatusObject>((r) => call.on('status', r));
      call.on('error', () => {});
      const reply = new Promise<Record<string, unknown>>((r) => call.once('data', r));
      call.write({ request_headers: { headers: { headers: [h(':method', 'GET'), h(':path', '/'), h(':authority', 'api.openai.com')] }, end_of_stream: true } });
      const first = await Promise.race([reply, status]);
      if (!('request_headers' in first)) failures.push(`#${i}: no reply (${(first as grpc.StatusObject).code} ${(first as grpc.StatusObject).details})`);
      call.end();
      call.cancel();
      const st = await status;
      // OK (server finished first) or CANCELLED (our cancel) are normal closes; anything else is a failure.
      if (st.code !== grpc.status.OK && st.code !== grpc.status.CANCELLED) failures.push(`#${i}: ${st.code} ${st.details}`);
      if (failures.length > 5) break;
    }
  } finally {
    c.close();
    await srv.shutdown('test');
  }
  assert.deepEqual(failures, []);
});
