import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalJson } from '../../src/audit/canonical.ts';
import { isGuardError } from '../../src/core/errors.ts';

test('canonical JSON sorts keys by UTF-16 code units and drops whitespace', () => {
  assert.equal(canonicalJson({ b: 1, a: [true, null, 'x'], A: { d: 2, c: 1 } }), '{"A":{"c":1,"d":2},"a":[true,null,"x"],"b":1}');
  // RFC 8785 orders by UTF-16 code units: \r (0x0D) < '1' (0x31) < € (0x20AC) < 😀 (high surrogate 0xD83D).
  assert.equal(canonicalJson({ '\u{1F600}': 1, '\u20ac': 2, '\r': 3, '1': 4 }), '{"\\r":3,"1":4,"€":2,"😀":1}');
});

test('numbers serialise as JavaScript does; non-finite become null; undefined keys are omitted', () => {
  assert.equal(canonicalJson([1e21, 1e-7, -0, 0.1 + 0.2, 333333333.3333333]), '[1e+21,1e-7,0,0.30000000000000004,333333333.3333333]');
  assert.equal(canonicalJson({ a: Number.NaN, b: Infinity, c: undefined, d: [undefined] }), '{"a":null,"b":null,"d":[null]}');
});

test('non-JSON data is refused with a GuardError', () => {
  for (const bad of [{ a: 1n }, { f: () => 1 }, new Map(), { s: Symbol('x') }]) {
    assert.throws(() => canonicalJson(bad), (e: unknown) => isGuardError(e) && e.code === 'internal');
  }
  const deep: Record<string, unknown> = {};
  let cur = deep;
  for (let i = 0; i < 100; i++) {
    cur.x = {};
    cur = cur.x as Record<string, unknown>;
  }
  assert.throws(() => canonicalJson(deep), /nested too deeply/);
});

test('property: canonical form is stable under a JSON round trip and independent of key insertion order', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
      const c = canonicalJson(v);
      assert.equal(canonicalJson(JSON.parse(c)), c);
      assert.deepEqual(JSON.parse(c), JSON.parse(JSON.stringify(v)));
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        const reversed = Object.fromEntries(Object.entries(v).reverse());
        assert.equal(canonicalJson(reversed), c);
      }
    }),
    { numRuns: 300 },
  );
});
