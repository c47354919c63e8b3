// SetPool: several detectors' RE2.Set prefilters answered by one merged pass per text. A member must
// answer exactly as its own compiled set would, whatever the other members hold, in whatever order
// texts and members are asked, when the pool grows after use and when the merged set cannot answer;
// and the PII and secrets detectors built on one pool must find exactly what they find alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileSet, SetPool } from '../../src/core/regex.ts';
import { setSizes } from './set-spy.ts';
import type { DetectionContext, Detector } from '../../src/core/types.ts';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import { createSecretsDetector } from '../../src/detectors/secrets/index.ts';
import { benchRule } from '../../bench/detectors.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import { denseRecords, detectorCorpus, withCharacter } from '../../bench/lib/payloads.ts';

// Members overlap (shared sources are stored once) and differ in case-insensitivity and anchors.
const MEMBERS: readonly (readonly string[])[] = [
  ['[a-z]+@[a-z]+', '\\d{3}-\\d{4}', '(?i)key', 'é|😀'],
  ['(?i)key', '\\bsk-[a-z0-9]{3,}', '\\d{3}-\\d{4}', '^x', 'zz$'],
  ['(?m)^\\w', 'é|😀', '[^ ]{5}', 'q'],
];

const unit = fc.oneof(
  fc.constantFrom('a', 'b@c', 'x', 'zz', 'q', ' ', '\n', '555-1234', 'sk-ab1', 'KEY', 'é', '😀', '\ud800', 'longword'),
  fc.string({ maxLength: 3 }),
);
const textArb = fc.array(unit, { maxLength: 20 }).map((xs) => xs.join(''));

test('a pool member answers exactly as its own set, for any order of texts and members', () => {
  const pool = new SetPool();
  const members = MEMBERS.map((m, i) => pool.member(`m${i}`, m));
  const own = MEMBERS.map((m, i) => compileSet(`own${i}`, m));
  pool.seal();
  // A sequence of (text, member) questions: texts repeat (cache hits), equal texts arrive as distinct
  // strings, and more texts come between two questions about one text than the pool remembers.
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(7), fc.nat(2)), { minLength: 1, maxLength: 40 }), fc.array(textArb, { minLength: 8, maxLength: 8 }), (asks, texts) => {
    for (const [t, m] of asks) {
      const text = t === 7 ? [...texts[0]].join('') : texts[t]; // 7: a copy of text 0
      assert.deepEqual(members[m].match(text), own[m].match(text), `member ${m} on ${JSON.stringify(text)}`);
    }
  }), { numRuns: 300 });
  // Buffers are answered too (never from the remembered answers: a Buffer can change).
  const buf = Buffer.from('sk-abc 555-1234');
  assert.deepEqual(members[1].match(buf), own[1].match(buf));
  buf.write('xx-abc 000-0000');
  assert.deepEqual(members[1].match(buf), own[1].match(buf));
});

test('a member added after the pool was used joins it; earlier members still answer right', () => {
  const pool = new SetPool();
  const a = pool.member('a', ['abc', '\\d+']);
  assert.deepEqual(a.match('x abc 12'), [0, 1]);
  const b = pool.member('b', ['\\d+', 'x ', 'abc']);
  // The same text again: the answer remembered before b joined must not serve b.
  assert.deepEqual(b.match('x abc 12'), [0, 1, 2]);
  assert.deepEqual(a.match('x abc 12'), [0, 1]);
  assert.deepEqual(b.match('x y'), [1]);
  assert.deepEqual(a.match('x y'), []);
  // Joined, not merely answered: one pass serves both on a new text.
  const got: number[][] = [];
  assert.equal(setPasses(() => got.push(a.match('abc zz 7'), b.match('abc zz 7'))), 1);
  assert.deepEqual(got, [[0, 1], [0, 2]]);
});

test('when the merged set cannot be built or cannot answer, each member answers from its own set', () => {
  // A budget too small for any automaton: RE2 refuses the merged set (or gives up on a text).
  const pool = new SetPool({ maxMem: 1 });
  const members = MEMBERS.map((m, i) => pool.member(`m${i}`, m));
  const own = MEMBERS.map((m, i) => compileSet(`own${i}`, m));
  pool.seal();
  fc.assert(fc.property(textArb, fc.nat(2), (text, m) => {
    assert.deepEqual(members[m].match(text), own[m].match(text));
  }), { numRuns: 200 });
});

/** Counts RE2.Set passes while `f` runs. */
const setPasses = (f: () => void): number => setSizes(f).length;

test('members share a pass only within their group; a member alone in its group reads with its own set', () => {
  const pool = new SetPool();
  const [a, b, c] = MEMBERS.map((m, i) => pool.member(`m${i}`, m, ['x', 'x', 'y'][i]));
  const own = MEMBERS.map((m, i) => compileSet(`own${i}`, m));
  pool.groupBy((owner) => owner);
  pool.seal();
  const text = 'KEY 555-1234 sk-abc é longword q zz';
  const want = own.map((o) => o.match(text));
  const got: number[][] = [];
  assert.equal(setPasses(() => {
    got.push(a.match(text), b.match(text));
  }), 1, 'a and b share one pass');
  assert.equal(setPasses(() => got.push(c.match(text))), 1, 'c reads alone');
  assert.deepEqual(got, want);
  // Regrouped: all three in one group, one pass for all of them on a new text.
  pool.groupBy(() => 'all');
  const next = 'x 555-1234 key';
  const wantNext = own.map((o) => o.match(next));
  const gotNext: number[][] = [];
  assert.equal(setPasses(() => {
    for (const m of [a, b, c]) gotNext.push(m.match(next));
  }), 1);
  assert.deepEqual(gotNext, wantNext);
});

const REQ: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };
const RES: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };

/** The same PII and secrets detectors, built alone and on one pool. */
function pair(): { alone: Detector[]; pooled: Detector[] } {
  const pool = new SetPool();
  const pooled = [createSecretsDetector({ id: 'secrets', setPool: pool }), createPiiDetector({ id: 'pii', setPool: pool })];
  pool.seal();
  return { alone: [createSecretsDetector({ id: 'secrets' }), createPiiDetector({ id: 'pii' })], pooled };
}

test('PII and secrets on one pool find exactly what they find alone (corpus, dense records, non-ASCII text)', () => {
  const { alone, pooled } = pair();
  const corpus = detectorCorpus(96 * 1024);
  const texts = [...corpus, ...denseRecords(24 * 1024), ...withCharacter(corpus.slice(0, 20), '\u2026'), ...withCharacter(corpus.slice(20, 40), '\u00a0')];
  let findings = 0;
  for (const text of texts) {
    for (const ctx of [REQ, RES]) {
      // Asked in the order the embedded policy asks (secrets, then PII), so PII's answer comes from
      // the pass secrets caused.
      for (let d = 0; d < 2; d++) {
        const want = alone[d].scan(text, ctx);
        assert.deepEqual(pooled[d].scan(text, ctx), want);
        findings += want.length;
      }
    }
  }
  assert.ok(findings > 1000, `the texts hold findings of both detectors (${findings})`);
});

test('PII and secrets on one pool: random mixes of entities, encodings, non-ASCII text and lone surrogates', () => {
  const { alone, pooled } = pair();
  const piece = fc.constantFrom(
    'jane.doe@example.com', '+44 20 7946 0958', '4111 1111 1111 1111', 'AKIAIOSFODNN7EXAMPLE', 'ghp_' + 'a1B2'.repeat(9),
    'password=Tr0ub4dor&3x', 'QUtJQUlPU0ZPRE5ON0VYQU1QTEU=', '616b69612d6b65792d303132333435', '%41%4B%49%41', 'Maria Lopez',
    '221B Baker Street, London NW1 6XE', '1990-02-14', 'DE89370400440532013000', '123-45-6789', '…', '\u00a0', 'ß', '\ud800',
    ' ', '\n', 'lorem ipsum ', 'rot13: frperg', '10.0.0.1',
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((xs) => xs.join(' ')), (text) => {
    for (let d = 0; d < 2; d++) assert.deepEqual(pooled[d].scan(text, REQ), alone[d].scan(text, REQ));
  }), { numRuns: 150 });
});

test('a compiled policy gives secrets and PII one set pass where they run in the same phases, and their own sets where not', () => {
  const text = 'Please mail jane.doe@example.com the key AKIAIOSFODNN7EXAMPLE by Friday.';
  const pair = (phase: { detectors: readonly Detector[] }): Detector[] => phase.detectors.filter((d) => d.id === 'secrets' || d.id === 'pii');
  // The embedded policy runs both in both phases.
  const embedded = benchRule();
  assert.equal(pair(embedded.request).length, 2, 'the embedded request phase runs secrets and PII');
  assert.equal(setPasses(() => { for (const d of pair(embedded.request)) d.scan(text, REQ); }), 1);
  // Secrets in the request phase only: sharing would make secrets alone read PII's patterns in the
  // response phase, so each keeps its own set.
  const yaml = [
    'version: 1',
    'detectors:',
    '  secrets: { type: secrets }',
    '  pii: { type: pii }',
    'default:',
    '  request:',
    '    detectors: [secrets, pii]',
    '  response:',
    '    detectors: [pii]',
  ].join('\n');
  const policy = compilePolicy(yaml, { source: 't', baseDir: '.', hmacKey: Buffer.alloc(32, 1), installKey: false });
  const rule = policy.select({ host: 'h', path: '/v1/chat/completions', method: 'POST', headers: new Map(), identity: { source: 'none', roles: [] } });
  assert.equal(pair(rule.request).length, 2);
  assert.equal(setPasses(() => { for (const d of pair(rule.request)) d.scan(text, REQ); }), 2);
  assert.equal(setPasses(() => { for (const d of pair(rule.response)) d.scan(text, RES); }), 1);
});
