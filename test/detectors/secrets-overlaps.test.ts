// One finding per secret region (secrets/rule.ts suppressWeaker): the kept findings are found by binary search
// over a sorted, disjoint list. This property compares it with the plain quadratic reading of the same rule
// (every kept finding checked for every finding), on random clusters of overlapping findings of every rank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../src/core/types.ts';
import { suppressWeaker } from '../../src/detectors/secrets/rule.ts';

const rank = (type: string): number => (type === 'SECRET' ? 0 : type === 'GENERIC_SECRET' ? 1 : type === 'HTTP_CREDENTIAL' || type === 'CONNECTION_STRING' ? 2 : 3);

/** The rule read plainly: clusters of overlapping findings, each resolved by checking every kept finding. */
function reference(fs: Finding[], widenCatchAll: boolean): Finding[] {
  if (fs.length <= 1) return fs;
  const sorted = fs.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    let end = sorted[i].end;
    while (j < sorted.length && sorted[j].start < end) end = Math.max(end, sorted[j++].end);
    const order = sorted.slice(i, j).sort((a, b) => rank(b.type) - rank(a.type) || b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Finding[] = [];
    for (const f of order) {
      let first = -1;
      let last = -1;
      for (let k = 0; k < kept.length; k++) {
        if (!(f.start < kept[k].end && kept[k].start < f.end)) continue;
        if (first < 0 || kept[k].start < kept[first].start) first = k;
        if (last < 0 || kept[k].end > kept[last].end) last = k;
      }
      if (first < 0) {
        kept.push(f);
        continue;
      }
      const widen = (k: Finding): boolean => widenCatchAll || rank(f.type) >= 2 || rank(f.type) === rank(k.type);
      if (f.start < kept[first].start && widen(kept[first])) kept[first] = { ...kept[first], start: f.start };
      if (f.end > kept[last].end && widen(kept[last])) kept[last] = { ...kept[last], end: f.end };
    }
    out.push(...kept.sort((a, b) => a.start - b.start));
    i = j;
  }
  return out;
}

const finding = fc.record({
  start: fc.nat({ max: 200 }),
  len: fc.integer({ min: 1, max: 60 }),
  type: fc.constantFrom('SECRET', 'GENERIC_SECRET', 'HTTP_CREDENTIAL', 'CONNECTION_STRING', 'GITHUB_TOKEN', 'JWT'),
  score: fc.constantFrom(0.5, 0.7, 0.9),
}).map(({ start, len, type, score }): Finding => ({ detector: 'secrets', type, start, end: start + len, score, explanation: type }));

test('property: suppressWeaker keeps what the plain quadratic reading keeps, disjoint and sorted', () => {
  fc.assert(
    fc.property(fc.array(finding, { maxLength: 40 }), fc.boolean(), (fs, widen) => {
      const got = suppressWeaker(fs, widen);
      assert.deepEqual(got, reference(fs, widen));
      for (let i = 1; i < got.length; i++) assert.ok(got[i - 1].end <= got[i].start, 'kept findings overlap');
    }),
    { numRuns: 2000 },
  );
});

test('a cluster of many findings: each kept token once, the catch-all over them all gives way', () => {
  const tokens: Finding[] = Array.from({ length: 500 }, (_, i) => ({ detector: 'secrets', type: 'GITHUB_TOKEN', start: i * 50, end: i * 50 + 40, score: 0.9, explanation: 'x' }));
  const generic: Finding = { detector: 'secrets', type: 'GENERIC_SECRET', start: 0, end: 25_000, score: 0.5, explanation: 'g' };
  const got = suppressWeaker([generic, ...tokens]);
  assert.equal(got.length, 500);
  assert.deepEqual(got, tokens);
});
