import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { argumentHash, canonicalJson } from '../../src/tools/hash.ts';

test('canonical JSON: sorted keys, no whitespace, JSON.stringify scalars', () => {
  assert.equal(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: -0, y: 1e21, x: 0.1 } }),
    '{"a":[true,null,"x"],"b":1,"c":{"x":0.1,"y":1e+21,"z":0}}');
  assert.equal(canonicalJson('é\n"\u2028\ud800'), '"é\\n\\"\u2028\\ud800"');
  // Keys sort by UTF-16 code units (so "\u00e9" < "\ud83d..." < "\uff01").
  assert.equal(canonicalJson({ '\uff01': 1, '😀': 2, 'é': 3, B: 4, a: 5 }), '{"B":4,"a":5,"é":3,"😀":2,"！":1}');
  assert.equal(argumentHash({}), createHash('sha256').update('{}').digest('hex'));
  assert.equal(argumentHash({ a: 1 }), '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  assert.throws(() => canonicalJson(Number.NaN));
  assert.throws(() => canonicalJson(() => 1));
});

test('whitespace and key order never change the hash', () => {
  const a = JSON.parse('{ "url" : "https://x.test", "opts": {"b":2, "a" : [1, 2]} }');
  const b = JSON.parse('{"opts":{"a":[1,2],"b":2},"url":"https://x.test"}');
  assert.equal(argumentHash(a), argumentHash(b));
  assert.notEqual(argumentHash({ opts: { a: [2, 1] } }), argumentHash({ opts: { a: [1, 2] } }));
  assert.notEqual(argumentHash({ a: '1' }), argumentHash({ a: 1 }));
});

/** Rebuild a value with every object's keys in a shuffled order (by a seed). */
function permute(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) return v.map((x, i) => permute(x, seed + i));
  if (v === null || typeof v !== 'object') return v;
  const entries = Object.entries(v as Record<string, unknown>);
  let s = seed >>> 0;
  for (let i = entries.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of entries) {
    Object.defineProperty(out, k, { value: permute(x, seed + k.length), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

test('property: key-order permutations and re-serialisation give the same hash', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), fc.nat(), fc.integer({ min: 0, max: 4 }), (v, seed, indent) => {
      const h = argumentHash(v);
      assert.equal(argumentHash(permute(v, seed)), h);
      // Whatever whitespace a client used, parsing it back hashes identically.
      assert.equal(argumentHash(JSON.parse(JSON.stringify(permute(v, seed + 1), null, indent))), h);
      // And the canonical text round-trips to an equal value.
      assert.equal(canonicalJson(JSON.parse(canonicalJson(v))), canonicalJson(v));
    }),
    { numRuns: 300 },
  );
});

test('property: different canonical texts give different hashes', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (a, b) => {
      fc.pre(canonicalJson(a) !== canonicalJson(b));
      assert.notEqual(argumentHash(a), argumentHash(b));
    }),
    { numRuns: 200 },
  );
});
