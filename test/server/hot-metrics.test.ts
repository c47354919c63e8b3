// hot-metrics (src/observability/hot-metrics.ts) replace prom-client's Histogram and Counter for the
// per-message series: the /metrics text and the JSON view must be exactly what prom-client prints for
// the same observations, including "no series before the first observation".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import client from 'prom-client';
import { HotCounter, HotHistogram } from '../../src/observability/hot-metrics.ts';

const BUCKETS = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05];

function pair() {
  const a = new client.Registry();
  const b = new client.Registry();
  const ref = {
    h: new client.Histogram({ name: 't_seconds', help: 'h help', labelNames: ['phase'] as const, buckets: BUCKETS, registers: [a] }),
    c: new client.Counter({ name: 't_bytes_total', help: 'c help', labelNames: ['direction'] as const, registers: [a] }),
  };
  const hot = {
    h: new HotHistogram({ name: 't_seconds', help: 'h help', labelNames: ['phase'] as const, buckets: BUCKETS, registers: [b] }),
    c: new HotCounter({ name: 't_bytes_total', help: 'c help', labelNames: ['direction'] as const, registers: [b] }),
  };
  return { a, b, ref, hot };
}

test('no series before the first observation, even with bound children', async () => {
  const { a, b, hot } = pair();
  hot.h.child({ phase: 'x' });
  hot.c.child({ direction: 'request' });
  assert.equal(await b.metrics(), await a.metrics());
});

test('property: same observations, same /metrics text and JSON as prom-client', async () => {
  const op = fc.oneof(
    fc.record({ k: fc.constant('h' as const), label: fc.constantFrom('request_body', 'response_body', 'authz'), v: fc.oneof(fc.double({ min: 0, max: 0.2, noNaN: true }), fc.constantFrom(...BUCKETS)), bound: fc.boolean() }),
    fc.record({ k: fc.constant('c' as const), label: fc.constantFrom('request', 'response'), v: fc.nat(100_000), bound: fc.boolean() }),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(op, { maxLength: 60 }), async (ops) => {
      const { a, b, ref, hot } = pair();
      for (const o of ops) {
        if (o.k === 'h') {
          ref.h.observe({ phase: o.label }, o.v);
          if (o.bound) hot.h.child({ phase: o.label }).observe(o.v);
          else hot.h.observe({ phase: o.label }, o.v);
        } else {
          ref.c.inc({ direction: o.label }, o.v);
          if (o.bound) hot.c.child({ direction: o.label }).inc(o.v);
          else hot.c.inc({ direction: o.label }, o.v);
        }
      }
      assert.equal(await b.metrics(), await a.metrics());
      assert.deepEqual(await b.getMetricsAsJSON(), await a.getMetricsAsJSON());
    }),
    { numRuns: 200 },
  );
});

test('invalid input is refused like prom-client: unknown label, non-finite value, negative counter increment', () => {
  const { hot } = pair();
  assert.throws(() => hot.h.observe({ phase: 'x', other: 'y' } as never, 1));
  assert.throws(() => hot.h.observe({} as never, 1));
  assert.throws(() => hot.h.child({ phase: 'x' }).observe(Number.NaN), TypeError);
  assert.throws(() => hot.c.child({ direction: 'request' }).inc(-1));
});
