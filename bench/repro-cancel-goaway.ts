// Reproduction (not a test): Envoy closes each ext_proc stream with a half-close immediately followed
// by a cancel (RST_STREAM). Against `llm-boundary serve`, after roughly a thousand such exchanges on
// one HTTP/2 connection the server ends the whole connection with GOAWAY (INTERNAL_ERROR), failing
// every other exchange multiplexed on it. With half-close only (no cancel) 3,000 exchanges pass.
//   node bench/repro-cancel-goaway.ts [cancel|nocancel]
// Uses the no-op pipeline, so it is the server stack (grpc-js over node:http2), not the pipeline.
import { startServer } from '../src/commands/serve.ts';
import { parseServeOptions } from '../src/config/options.ts';
import { H2Call, H2Client, frame } from './lib/h2grpc.ts';
import { PROCESS_PATH, bodyMsg, requestHeadersMsg, responseHeadersMsg } from './lib/wire.ts';
import { requestHeaders, responseHeaders } from './lib/payloads.ts';
import { createPipeline } from './noop-pipeline.ts';

const mode = process.argv[2] ?? 'cancel';
const server = await startServer(
  parseServeOptions(['--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0', '--audit-store', 'none', '--log-level', 'error']),
  createPipeline(),
);
const c = new H2Client(server.grpcAddress);
let goaway: string | undefined;
c.session.on('goaway', (code: number, last: number) => (goaway ??= `GOAWAY error code ${code}, last stream id ${last}`));
const msgs = [
  requestHeadersMsg(requestHeaders(7), false, 'BUFFERED', 'BUFFERED'),
  bodyMsg('request', Buffer.from('{"a":1}'), true),
  responseHeadersMsg(responseHeaders('application/json', 7), false),
  bodyMsg('response', Buffer.from('{"b":2}'), true),
].map(frame);
let done = 0;
let failed: string | undefined;
for (let i = 0; i < 3000 && !failed && !c.session.destroyed; i++) {
  await new Promise<void>((resolve) => {
    const call = new H2Call(c, PROCESS_PATH);
    let step = 0;
    call.on('data', () => {
      if (++step < msgs.length) return call.write(msgs[step]);
      done++;
      call.end();
      if (mode === 'cancel') call.cancel();
      resolve();
    });
    call.on('error', (e) => {
      failed = e.message;
      resolve();
    });
    call.write(msgs[0]);
  });
}
process.stdout.write(`${mode}: ${done} exchanges completed sequentially on one connection; ${goaway ?? 'no GOAWAY'}${failed ? `; then: ${failed}` : ''}\n`);
c.close();
await server.shutdown();
process.exit(0);
