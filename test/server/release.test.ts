// A finished ext_proc call must not keep its Exchange (bodies, parsed segments, findings) reachable.
// grpc-js's per-call objects reference the stream processor through the call's listeners and can outlive
// the call, and a direction's deadline timer stayed armed after its last decision: the processor then
// held the exchange for up to deadlineMs, and under load every finished exchange survived young-generation
// collections (BENCHMARKS.md finding 17).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import type { ExchangeFactory, ExchangeStart } from '../../src/pipeline/types.ts';
import { TEST_MESSAGE_TIMEOUT_MS, TestExchange, sleep, startTestServer, until, type TestServer } from './helpers.ts';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const refs: WeakRef<TestExchange>[] = [];
let closed = 0;
const factory: ExchangeFactory = {
  create(start: ExchangeStart) {
    const ex = new TestExchange(start, {});
    const close = ex.close.bind(ex);
    ex.close = (r) => {
      closed++;
      close(r);
    };
    refs.push(new WeakRef(ex));
    return ex;
  },
};
let srv: TestServer;
let envoy: EnvoyExtProcClient;

before(async () => {
  // The test server's deadline is 5 s: an armed timer would hold a finished exchange that long.
  srv = await startTestServer(factory);
  envoy = new EnvoyExtProcClient({
    target: srv.target,
    messageTimeoutMs: TEST_MESSAGE_TIMEOUT_MS,
    processingMode: { request_body_mode: 'BUFFERED', response_body_mode: 'STREAMED' },
  });
});
after(async () => {
  envoy.close();
  await srv.close();
});

test('finished exchanges are released at once: none is reachable after a full collection', async () => {
  const n = 5;
  for (let i = 0; i < n; i++) {
    const r = await envoy.exchange({ body: [`request ${i} `.repeat(200)] }, () => ({ status: 200, body: ['a', 'b', 'c'] }));
    assert.equal(r.downstream.status, 200);
  }
  await until(() => closed === n);
  // Let the calls' last events run, then collect in a later turn (WeakRefs made in a job stay alive to its end).
  await sleep(20);
  gc();
  await sleep(0);
  gc();
  const alive = refs.filter((r) => r.deref() !== undefined).length;
  assert.equal(refs.length, n);
  assert.equal(alive, 0, `${alive} of ${n} finished exchanges still reachable`);
});
