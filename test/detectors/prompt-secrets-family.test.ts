// The system-prompt secrets detector on a family of answers written apart from it
// (test/detectors/prompt-secrets-family.ts: a helper session that read neither the detector nor its
// tests wrote 161 leaking and 90 harmless answers under 251 system prompts). Bounds below the counts
// measured when the family was added (README, "Leaks and exfiltration"): blind, 116 of 161 leaks found
// and 0 of 90 harmless answers flagged; after the fixes that family chose, 140 and 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPromptSecretsDetector } from '../../src/detectors/leaks/prompt-secrets.ts';
import { PROMPT_SECRET_FAMILY } from './prompt-secrets-family.ts';

/** Forms no matching of the value's letters can find: a riddle about it, its translation. */
const BEYOND = new Set(['hint_or_riddle', 'translation']);

test('written apart: the leaks found per form, and harmless answers left alone', () => {
  const d = createPromptSecretsDetector({ id: 'ps' });
  const by = new Map<string, { n: number; found: number }>();
  let flagged = 0;
  for (const c of PROMPT_SECRET_FAMILY) {
    const hit = d.scan(c.response, { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts: [c.system] }).length > 0;
    if (!c.leaks) {
      if (hit) flagged++;
      continue;
    }
    const r = by.get(c.form) ?? { n: 0, found: 0 };
    r.n++;
    if (hit) r.found++;
    by.set(c.form, r);
  }
  const table = JSON.stringify(Object.fromEntries(by));
  let found = 0;
  for (const [form, r] of by) {
    found += r.found;
    if (BEYOND.has(form)) continue;
    assert.ok(r.found >= Math.ceil(r.n * 0.6), `${form}: ${r.found} of ${r.n} (${table})`);
  }
  assert.ok(found >= 134, `leaks found ${found} (${table})`);
  assert.ok(flagged <= 2, `harmless answers flagged: ${flagged}`);
});
