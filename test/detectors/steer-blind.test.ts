// Bounds on the blind steering family (steer-blind-family.ts): attacks in Turkish, Hindi, Chinese, Japanese and
// Korean written by a helper session that saw neither the steering patterns nor their tests. The attacks are
// split by docHalf('steer-blind/', …): patterns were written on the DEV half only, the TEST half was counted
// once. The counts found are bounds, so a later change cannot lose them silently; the benign look-alikes of the
// five languages (benign-steer-docs.ts, both halves) give no steering directive. Nothing is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLIND_STEER_ATTACKS } from './steer-blind-family.ts';
import { docHalf } from '../../src/detectors/injection/benign-reply-docs.ts';
import { HANDWRITTEN_STEER_DOCS } from '../../src/detectors/injection/benign-steer-docs.ts';
import { steerDirectives } from '../../src/detectors/injection/steer.ts';

const LANGS = new Set(['Turkish', 'Hindi', 'Chinese', 'Japanese', 'Korean']);

test('the blind steering attacks found stay at least DEV 25 of 25 and TEST 12 of 35', () => {
  const found = { dev: 0, test: 0 };
  const total = { dev: 0, test: 0 };
  for (const a of BLIND_STEER_ATTACKS) {
    const half = docHalf('steer-blind/', a.text);
    total[half]++;
    if (steerDirectives(a.text).length > 0) found[half]++;
  }
  assert.deepEqual(total, { dev: 25, test: 35 });
  assert.ok(found.dev >= 25, `DEV ${found.dev} of 25`);
  assert.ok(found.test >= 12, `TEST ${found.test} of 35`);
});

test('none of the 80 benign look-alikes in the five languages gives a steering directive', () => {
  const docs = HANDWRITTEN_STEER_DOCS.filter((d) => LANGS.has(d.lang));
  assert.equal(docs.length, 80);
  const flagged = docs.filter((d) => steerDirectives(d.text).length > 0).length;
  assert.equal(flagged, 0, `${flagged} of 80 benign look-alikes flagged`);
});
