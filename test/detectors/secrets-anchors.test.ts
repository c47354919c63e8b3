// The secrets engine's speed-ups must not change a finding: rule anchors (a literal every match
// contains, at most `within` units after its start) let matching skip text, and the patterns of the
// built-in keyword rules join the prefilter set. Both are checked here against plain matching on
// random texts built from samples, near misses, the anchor literals in any case, and non-ASCII.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile, matchAll } from '../../src/core/regex.ts';
import { BUILTIN_RULES } from '../../src/detectors/secrets/builtin.ts';
import { ALNUM, buildSecretEngine, randomString, seededRand } from '../../src/detectors/secrets/rule.ts';
import { anchoredMatches } from '../../src/detectors/recognizer.ts';
import { createSecretsDetector } from '../../src/detectors/secrets/index.ts';
import type { DetectionContext } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };

const r = seededRand(2024);
const samples = BUILTIN_RULES.flatMap((rule) => (rule.sample === undefined ? [] : Array.from({ length: 3 }, () => rule.sample!(r))));
// Matches whose anchor literal sits as far from the match start as each bound allows.
const farthest = [
  `jdbc:abcdefghijklmnop://app:${randomString(r, ALNUM, 12)}@db.internal:5432/x`,
  `COCKROACHDB://u:${randomString(r, ALNUM, 10)}@h`,
  `jdbc:abcdefghijklmnop+abcdefghijklmnopqrstuvwx://app:${randomString(r, ALNUM, 12)}@db.internal/x`,
  `encryption_key = "${randomString(r, ALNUM, 24)}1"`,
  `Encryption-Key: ${randomString(r, ALNUM, 20)}9`,
  `refresh_token=${randomString(r, ALNUM, 30)}7`,
  `https://canary.discordapp.com/api/webhooks/${randomString(r, '0123456789', 18)}/${randomString(r, ALNUM, 64)}`,
  `https://hooks.slack.com/services/T${randomString(r, ALNUM, 8)}/B${randomString(r, ALNUM, 10)}/${randomString(r, ALNUM, 24)}`,
  `AWS_SECRET_ACCESS_KEY="${randomString(r, ALNUM, 40)}"`,
  `aws.secret-access.key: ${randomString(r, ALNUM, 40)}`,
  `?x=1&sig=${randomString(r, ALNUM, 44)}%3D`,
  `{"private_key_id": "${randomString(r, '0123456789abcdef', 40)}"}`,
];
const literals = BUILTIN_RULES.flatMap((rule) => [...(rule.anchor?.literals ?? []), ...(rule.anchor?.literals ?? []).map((l) => l.toUpperCase())]);
// Non-ASCII text is skipped through on its UTF-8 bytes; \u017f (RE2 folds it onto "s"), \u212a (onto "k")
// and \u0130 (lower-cases to two units) must send it to plain matching instead.
const noise = [' ', '\n', '"', "'", '=', ':', '/', '.', '-', '_', 'x', 'é', '😀', '\ud800', '—', 'token ', 'secret', 'KEY=', '://', 'AKIA', 'ghp_',
  '\u017fecret=', 'to\u212aen: ', 'SECRET_\u0130D=', '日本'];
const textArb = fc.array(fc.oneof(
  fc.constantFrom(...samples, ...farthest),
  fc.constantFrom(...literals),
  fc.constantFrom(...noise),
  fc.string({ unit: fc.constantFrom(...ALNUM.split('')), minLength: 1, maxLength: 50 }),
), { maxLength: 12 }).map((xs) => xs.join(''));

test('every built-in anchor is kept: anchored matching equals matchAll', () => {
  const anchored = BUILTIN_RULES.filter((rule) => rule.anchor !== undefined);
  assert.ok(anchored.length >= 15, 'most built-in rules carry an anchor');
  // Skipping non-ASCII text relies on ASCII literals (see anchoredMatches and foldsLikeAscii).
  for (const rule of anchored) for (const lit of rule.anchor!.literals) assert.ok([...lit].every((ch) => ch < '\u0080'), `${rule.id}: ${lit}`);
  const compiled = anchored.map((rule) => {
    const flags = rule.caseInsensitive ? 'i' : '';
    return { rule, re: compile(rule.id, rule.regex, flags), sticky: rule.anchor!.within === 0 ? compile(rule.id, rule.regex, flags + 'y') : null };
  });
  // Both ways of using an anchor: scanning from the next occurrence, and (at distance 0) anchored
  // tries at each occurrence.
  const check = (t: string): void => {
    for (const { rule, re, sticky } of compiled) {
      const want = matchAll(re, t);
      assert.deepEqual(anchoredMatches(rule.anchor!, re, t), want, `${rule.id} on ${JSON.stringify(t)}`);
      if (sticky !== null) assert.deepEqual(anchoredMatches(rule.anchor!, re, t, { sticky }), want, `${rule.id} (anchored tries) on ${JSON.stringify(t)}`);
    }
  };
  // The hand-picked farthest-anchor samples first: each must be found, and found the same way.
  for (const t of [...farthest, ...samples]) check(t);
  fc.assert(fc.property(textArb, check), { numRuns: 400 });
});

test('prefilter gates (built-in patterns in the set) change no finding', () => {
  const gated = buildSecretEngine('s', BUILTIN_RULES, [], new Set(BUILTIN_RULES.map((x) => x.id)));
  const plain = buildSecretEngine('s', BUILTIN_RULES, []);
  const detector = createSecretsDetector({ id: 's', views: { normalize: false, decode: false } }); // the shipped gate selection
  for (const t of [...farthest, ...samples]) {
    assert.deepEqual(gated.scan(t), plain.scan(t));
    assert.deepEqual(detector.scan(t, ctx), plain.scan(t));
  }
  fc.assert(fc.property(textArb, (t) => {
    const want = plain.scan(t);
    assert.deepEqual(gated.scan(t), want);
    assert.deepEqual(detector.scan(t, ctx), want);
  }), { numRuns: 300 });
});
