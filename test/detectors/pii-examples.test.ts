// Walks every PII recognizer's own examples: each `match` text yields a finding of the recognizer's
// type at or above 0.5 (context included), each `noMatch` text yields none of that type at or above 0.5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PII_RECOGNIZERS, createPiiDetector } from '../../src/detectors/pii/index.ts';
import type { DetectionContext } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };
const det = createPiiDetector({ id: 'pii' });

for (const rec of PII_RECOGNIZERS) {
  test(`pii recognizer ${rec.id}: examples`, () => {
    assert.ok(rec.examples.match.length > 0, 'has positive examples');
    assert.ok(rec.examples.noMatch.length > 0, 'has negative examples');
    for (const text of rec.examples.match) {
      const hits = det.scan(text, ctx).filter((f) => f.type === rec.type && f.score >= 0.5);
      assert.ok(hits.length > 0, `${rec.id} should match ${JSON.stringify(text)}; got ${JSON.stringify(det.scan(text, ctx))}`);
      for (const h of hits) {
        assert.ok(h.start >= 0 && h.end <= text.length && h.end > h.start);
        assert.ok(!h.explanation.includes(text.slice(h.start, h.end)), 'explanation never carries the matched text');
      }
    }
    for (const text of rec.examples.noMatch) {
      const hits = det.scan(text, ctx).filter((f) => f.type === rec.type && f.score >= 0.5);
      assert.equal(hits.length, 0, `${rec.id} should not match ${JSON.stringify(text)}: ${JSON.stringify(hits)}`);
    }
  });
}
