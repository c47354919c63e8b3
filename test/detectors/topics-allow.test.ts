// Topic lists and allow patterns from policy, through the pipeline: a topic term is found on word
// boundaries (any case, any whitespace inside phrases) and min_hits is honoured; an allow-listed span
// suppresses overlapping findings of other detectors but not a whole-message classifier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTopicsDetector } from '../../src/detectors/topics.ts';
import { applyAllowList } from '../../src/detectors/allow.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import { evaluateExchange } from '../../src/pipeline/evaluate.ts';

const ctx = { role: 'user' as const, kind: 'message_text' as const, untrusted: false, direction: 'request' as const };

test('topics: word-boundary, case-insensitive terms and phrases; min_hits', () => {
  const d = createTopicsDetector('t', [
    { name: 'weapons', terms: ['rifle', 'hand grenade'], minHits: 1 },
    { name: 'medical', terms: ['diagnosis', 'prescription'], minHits: 2 },
  ]);
  const f = d.scan('Where to buy a RIFLE or a hand   grenade? Not a rifleman.', ctx);
  assert.deepEqual(f.map((x) => [x.type, x.start, x.end]), [['TOPIC_WEAPONS', 15, 20], ['TOPIC_WEAPONS', 26, 40]]);
  assert.deepEqual(d.scan('my diagnosis was fine', ctx), [], 'below min_hits');
  assert.equal(d.scan('diagnosis and prescription', ctx).length, 2);
});

test('allow list removes overlapping span-wise findings only', () => {
  const found = [
    { detector: 'pii', type: 'EMAIL', start: 5, end: 20, score: 1, explanation: '' },
    { detector: 'pii', type: 'EMAIL', start: 30, end: 40, score: 1, explanation: '' },
    { detector: 'inj', type: 'PROMPT_INJECTION', start: 0, end: 50, score: 0.9, explanation: '' },
    { detector: 'ok', type: 'ALLOW', start: 5, end: 20, score: 1, explanation: '' },
  ];
  const kept = applyAllowList(found, (id) => id !== 'inj');
  assert.deepEqual(kept.map((f) => [f.type, f.start]), [['EMAIL', 30], ['PROMPT_INJECTION', 0]]);
});

const POLICY = `version: 1
detectors:
  mail: { type: patterns, patterns: [{ id: m, regex: "[a-z]+@[a-z]+\\\\.com", type: EMAIL, max_length: 64 }] }
  ok: { type: allow, patterns: [{ id: support, literal: "help@acme.com" }] }
  topics: { type: topics, topics: { weapons: { terms: [rifle, hand grenade] } } }
default:
  request:
    detectors: [mail, ok, topics]
    findings:
      EMAIL: { action: redact, style: mask }
      TOPIC_WEAPONS: { action: deny }
`;

const run = async (content: string) => {
  const policy = compilePolicy(POLICY, { source: 'p.yaml', baseDir: import.meta.dirname, hmacKey: Buffer.alloc(32) });
  return evaluateExchange(policy, {
    request: { method: 'POST', path: '/v1/chat/completions', headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ model: 'm', messages: [{ role: 'user', content }] })) },
  });
};

test('through the pipeline: allow-listed address kept, other address masked, topic denied', async () => {
  const r = await run('write to help@acme.com and bob@corp.com');
  assert.equal(r.request.enforced, 'redact');
  const sent = JSON.parse(r.requestBody!.toString()).messages[0].content;
  assert.equal(sent, 'write to help@acme.com and [EMAIL]');
  const d = await run('price of a Hand Grenade?');
  assert.equal(d.request.enforced, 'deny');
  assert.ok(d.request.reasons.includes('finding:TOPIC_WEAPONS'));
});
