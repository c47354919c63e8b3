// In-process driver for CPU profiling the pipeline without gRPC:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-exchange.ts [buffered|sse] [N]
// then: node bench/profile-summary.ts /tmp/prof/*.cpuprofile
// buffered: N non-streaming exchanges (4 KB request, 2 KB response); sse: N SSE responses of 500
// tokens fed in 20-byte chunks. Prints per-phase timings; not part of the test suite.
import { randomBytes } from 'node:crypto';
import { assemblePipeline } from '../src/pipeline/index.ts';
import { loadEmbeddedPolicy } from '../src/policy/compile.ts';
import { NoneAuditSink } from '../src/audit/writer.ts';
import { createApprovalStore } from '../src/tools/index.ts';
import { Samples } from './lib/stats.ts';
import { chatRequest4k, chatResponse2k, chatStream, chunks, requestHeaders, responseHeaders, streamRequest } from './lib/payloads.ts';

const [which = 'buffered', nArg] = process.argv.slice(2);
const N = Number(nArg ?? (which === 'sse' ? 20 : 500));
const policy = loadEmbeddedPolicy({ hmacKey: randomBytes(32), installKey: false });
const p = assemblePipeline({ policies: { current: () => policy, close() {} }, audit: new NoneAuditSink(), approvals: createApprovalStore('memory') });

if (which === 'buffered') {
  const req = chatRequest4k(), res = chatResponse2k();
  const rq = new Samples(), rs = new Samples();
  for (let i = 0; i < N; i++) {
    const ex = p.factory.create({ metadata: {}, observability: false, requestBodyMode: 'BUFFERED', responseBodyMode: 'BUFFERED' });
    await ex.requestHeaders(requestHeaders(req.length), false);
    const t1 = performance.now();
    await ex.requestBody(req, true, 'BUFFERED');
    const t2 = performance.now();
    await ex.responseHeaders(responseHeaders('application/json', res.length), false);
    await ex.responseBody(res, true, 'BUFFERED');
    const t3 = performance.now();
    if (i >= N / 5) {
      rq.add(t2 - t1);
      rs.add(t3 - t2);
    }
    ex.close('complete');
  }
  process.stdout.write(JSON.stringify({ requestBodyMs: rq.summary(), responseMs: rs.summary() }) + '\n');
} else {
  const body = streamRequest();
  const parts = chunks(chatStream(500), 20);
  const per = new Samples();
  let cpuUs = 0;
  let counted = 0;
  for (let i = 0; i < N; i++) {
    const ex = p.factory.create({ metadata: {}, observability: false, requestBodyMode: 'BUFFERED', responseBodyMode: 'STREAMED' });
    await ex.requestHeaders(requestHeaders(body.length), false);
    await ex.requestBody(body, true, 'BUFFERED');
    await ex.responseHeaders(responseHeaders('text/event-stream'), false);
    const c0 = process.cpuUsage();
    for (let k = 0; k < parts.length; k++) {
      const t = performance.now();
      await ex.responseBody(parts[k], k === parts.length - 1, 'STREAMED');
      if (i >= N / 5) per.add(performance.now() - t);
    }
    const c = process.cpuUsage(c0);
    if (i >= N / 5) {
      cpuUs += c.user + c.system;
      counted += parts.length;
    }
    ex.close('complete');
  }
  // CPU per chunk of the response path (user + system; after the first fifth as warm-up).
  process.stdout.write(JSON.stringify({ chunks: parts.length, perChunkMs: per.summary(), cpuUsPerChunk: Math.round((cpuUs / Math.max(1, counted)) * 100) / 100 }) + '\n');
}
