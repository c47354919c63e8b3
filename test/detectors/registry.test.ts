import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DETECTOR_TYPES, ENTITY_CATEGORY, ENTITY_TYPES, LEAK_TYPES, buildDetector } from '../../src/detectors/registry.ts';
import { PII_TYPES } from '../../src/detectors/pii/index.ts';
import { SECRET_TYPES, secretSamples } from '../../src/detectors/secrets/index.ts';
import { seededRand } from '../../src/detectors/secrets/rule.ts';
import type { DetectionContext } from '../../src/core/types.ts';
import { datasetsRoot } from '../../src/detectors/injection/dataset.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts: ['alpha beta gamma delta epsilon zeta eta theta iota kappa'] };
const build = { baseDir: join(datasetsRoot(), 'gitleaks-rules') };
/** The public datasets (../shared/datasets, or $LLM_BOUNDARY_DATASETS) hold the gitleaks file one valid parameter set names. */
const haveGitleaks = existsSync(join(build.baseDir, 'gitleaks.toml'));

const VALID: Record<string, Record<string, unknown>[]> = {
  pii: [{}, { entities: ['EMAIL', 'CREDIT_CARD'], min_score: 0.5, countries: ['GB', 'ES'], context_words: { EMAIL: ['correo'] }, normalize: false, decode: true }],
  secrets: [{}, { rules: ['jwt', 'github-token'], gitleaks_file: 'gitleaks.toml', entropy: 4, stopwords: ['dummy'] }],
  canary: [{ tokens: ['CANARY-123456'] }, { tokens: ['CANARY-123456', 'other-token'], case_insensitive: true }],
  system_prompt_echo: [{}, { min_words: 5 }],
  exfil_links: [{}, { allowed_hosts: ['*.example.com', 'cdn.test', '*'], images_only: true, bare_urls: false, link_text: 'remove' }, { link_text: 'keep' }],
};
const INVALID: Record<string, Record<string, unknown>[]> = {
  pii: [{ entities: ['NOPE'] }, { min_score: 2 }, { countries: ['ZZ'] }, { context_words: { NOPE: ['x'] } }, { extra: 1 }],
  secrets: [{ rules: ['nope'] }, { entropy: -1 }, { gitleaks_file: '' }, { extra: true }],
  canary: [{}, { tokens: [] }, { tokens: ['short'] }, { tokens: ['CANARY-123456'], extra: 1 }],
  system_prompt_echo: [{ min_words: 2 }, { min_words: 5.5 }, { window: 3 }],
  exfil_links: [{ allowed_hosts: ['https://x.com/'] }, { images_only: 'yes' }, { hosts: [] }, { link_text: true }, { link_text: 'drop' }],
};

test('every detector type schema compiles in strict Ajv and accepts/rejects the expected params', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const [type, def] of Object.entries(DETECTOR_TYPES)) {
    const validate = ajv.compile(def.schema);
    assert.equal((def.schema as { additionalProperties?: unknown }).additionalProperties, false, `${type} closes its params`);
    for (const p of VALID[type] ?? []) assert.ok(validate(p), `${type} should accept ${JSON.stringify(p)}: ${JSON.stringify(validate.errors)}`);
    for (const p of INVALID[type] ?? []) assert.ok(!validate(p), `${type} should reject ${JSON.stringify(p)}`);
  }
});

test('every valid parameter set builds a working span-wise detector', (t) => {
  if (!haveGitleaks) t.diagnostic('datasets not present: the parameter set with a gitleaks_file is left out');
  for (const [type, sets] of Object.entries(VALID)) {
    for (const params of sets) {
      if (!haveGitleaks && 'gitleaks_file' in params) continue;
      const d = buildDetector(type, `${type}-1`, params, build);
      assert.equal(d.id, `${type}-1`);
      assert.ok(d.spanwise);
      assert.ok(Number.isInteger(d.maxMatchLength) && d.maxMatchLength > 0 && d.maxMatchLength <= 4096, `${type} maxMatchLength ${d.maxMatchLength}`);
      assert.ok(Array.isArray(d.scan('nothing to see', ctx)));
    }
  }
  assert.throws(() => buildDetector('nope', 'x', {}, build), /unknown detector type/u);
  // exfil_links link_text: a link keeps its text unless the policy says remove.
  const link = 'See the [fs docs](https://evil.test/fs).';
  assert.deepEqual(buildDetector('exfil_links', 'x', {}, build).scan(link, ctx).map((f) => f.keep), [{ from: 1, to: 8 }]);
  assert.deepEqual(buildDetector('exfil_links', 'x', { link_text: 'remove' }, build).scan(link, ctx).map((f) => f.keep), [undefined]);
});

test('ENTITY_TYPES is closed: every type a detector emits is in it', () => {
  assert.equal(new Set(ENTITY_TYPES).size, ENTITY_TYPES.length);
  for (const t of [...PII_TYPES, ...SECRET_TYPES, ...LEAK_TYPES]) assert.ok(ENTITY_TYPES.includes(t), t);
  for (const t of ENTITY_TYPES) assert.ok(ENTITY_CATEGORY[t] !== undefined, t);
  const dets = ['pii', 'secrets', 'system_prompt_echo', 'exfil_links'].map((t) => buildDetector(t, t, {}, build));
  dets.push(buildDetector('canary', 'c', { tokens: ['CANARY-123456'] }, build));
  const texts = [
    ...secretSamples(seededRand(3), 3).map((s) => s.text),
    'mail a.b@example.com, card 4111 1111 1111 1111, IBAN GB82WEST12345698765432, ssn 460-89-9847, ip 10.1.2.3',
    'CANARY-123456 ![x](https://evil.test/?q=1) alpha beta gamma delta epsilon zeta eta theta iota',
    'Dr. Jane Smith lives at 12 Baker Street, London SW1A 1AA; born 14/02/1985; phone +44 20 7946 0958',
  ];
  let seen = 0;
  for (const d of dets) {
    for (const t of texts) {
      for (const f of d.scan(t, ctx)) {
        seen++;
        assert.ok(ENTITY_TYPES.includes(f.type), `${d.id} emitted ${f.type}`);
        assert.ok(f.score >= 0 && f.score <= 1);
        assert.ok(f.start >= 0 && f.end <= t.length && f.start < f.end);
        assert.equal(f.detector, d.id);
      }
    }
  }
  assert.ok(seen > 20);
});
