// Envoy closes every ext_proc stream with a half-close immediately followed by RST_STREAM(CANCEL).
// Node rate-limits received RST_STREAM frames (burst 1,000, then 33/s) and tears the session down with
// GOAWAY past it, which would fail every exchange sharing Envoy's connection (src/server/http2-limits.ts
// lifts the limit). This drives 1,200 exchanges closed exactly that way, fast, over ONE connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../src/commands/serve.ts';
import { parseServeOptions } from '../../src/config/options.ts';
import { H2Call, H2Client, frame } from '../../bench/lib/h2grpc.ts';
import { PROCESS_PATH, bodyMsg, requestHeadersMsg, responseHeadersMsg } from '../../bench/lib/wire.ts';
import { requestHeaders, responseHeaders } from '../../bench/lib/payloads.ts';
import { createPipeline } from '../../bench/noop-pipeline.ts';

test('1,200 exchanges closed Envoy-style (half-close + cancel) on one connection: no GOAWAY', async () => {
  const server = await startServer(
    parseServeOptions(['--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0', '--audit-store', 'none', '--log-level', 'silent']),
    createPipeline(),
  );
  const c = new H2Client(server.grpcAddress);
  let goaway: number | undefined;
  c.session.on('goaway', (code: number) => (goaway ??= code));
  const msgs = [
    requestHeadersMsg(requestHeaders(7), false, 'BUFFERED', 'BUFFERED'),
    bodyMsg('request', Buffer.from('{"a":1}'), true),
    responseHeadersMsg(responseHeaders('application/json', 7), false),
    bodyMsg('response', Buffer.from('{"b":2}'), true),
  ].map(frame);
  let done = 0;
  let failed: string | undefined;
  try {
    for (let i = 0; i < 1200 && failed === undefined && !c.session.destroyed; i++) {
      await new Promise<void>((resolve) => {
        const call = new H2Call(c, PROCESS_PATH);
        let step = 0;
        call.on('data', () => {
          if (++step < msgs.length) return call.write(msgs[step]);
          done++;
          call.end();
          call.cancel();
          resolve();
        });
        call.on('error', (e: Error) => {
          failed = e.message;
          resolve();
        });
        call.write(msgs[0]);
      });
    }
  } finally {
    c.close();
    await server.shutdown();
  }
  assert.equal(failed, undefined);
  assert.equal(goaway, undefined);
  assert.equal(done, 1200);
});
