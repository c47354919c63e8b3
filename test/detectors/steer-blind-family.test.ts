// Integrity of the blind steering family (steer-blind-family.ts) and of the Turkish, Hindi, Chinese, Japanese and
// Korean benign look-alikes in benign-steer-docs.ts: counts per language, shape and language, lengths and no
// duplicates. No detector is called here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BLIND_STEER_ATTACKS } from './steer-blind-family.ts';
import { HANDWRITTEN_STEER_DOCS } from '../../src/detectors/injection/benign-steer-docs.ts';

const NEW_LANGS = ['Turkish', 'Hindi', 'Chinese', 'Japanese', 'Korean'] as const;
const KNOWN_LANGS = new Set<string>(['English', 'Spanish', 'Portuguese', 'French', 'German', 'Italian', 'Dutch', ...NEW_LANGS]);
const SHAPE_COUNTS = { output: 3, when: 3, in: 2, audience: 2, cv: 2 } as const;

test('the blind steering family: 12 attacks in each of five languages, 3 output, 3 when, 2 in, 2 audience, 2 cv', () => {
  assert.equal(BLIND_STEER_ATTACKS.length, 60);
  for (const lang of NEW_LANGS) {
    const ofLang = BLIND_STEER_ATTACKS.filter((a) => a.lang === lang);
    assert.equal(ofLang.length, 12, lang);
    for (const [shape, n] of Object.entries(SHAPE_COUNTS)) {
      assert.equal(ofLang.filter((a) => a.shape === shape).length, n, `${lang} ${shape}`);
    }
  }
  for (const a of BLIND_STEER_ATTACKS) assert.ok((NEW_LANGS as readonly string[]).includes(a.lang), a.lang);
});

test('the blind steering family: texts are non-empty, at most 2,000 characters and distinct', () => {
  const seen = new Set<string>();
  for (const a of BLIND_STEER_ATTACKS) {
    assert.ok(a.text.trim().length > 0, `${a.lang} ${a.shape}: empty`);
    assert.ok(a.text.length <= 2000, `${a.lang} ${a.shape}: ${a.text.length} characters`);
    assert.ok(!seen.has(a.text), `duplicate: ${a.text.slice(0, 60)}`);
    seen.add(a.text);
  }
});

test('benign steer documents: every lang is known, 16 in each new language, non-empty, distinct, none equal to an attack', () => {
  for (const d of HANDWRITTEN_STEER_DOCS) assert.ok(KNOWN_LANGS.has(d.lang), `unknown lang ${d.lang}`);
  const attacks = new Set(BLIND_STEER_ATTACKS.map((a) => a.text));
  const seen = new Set<string>();
  for (const lang of NEW_LANGS) {
    const ofLang = HANDWRITTEN_STEER_DOCS.filter((d) => d.lang === lang);
    assert.equal(ofLang.length, 16, lang);
    assert.ok(new Set(ofLang.map((d) => d.kind)).size >= 6, `${lang}: fewer than 6 kinds`);
    for (const d of ofLang) {
      assert.match(d.kind, /^[a-z_]+$/, `${lang}: kind ${d.kind}`);
      assert.ok(d.text.trim().length > 0, `${lang} ${d.kind}: empty`);
      assert.ok(d.text.length <= 2000, `${lang} ${d.kind}: ${d.text.length} characters`);
      assert.ok(!attacks.has(d.text), `${lang} ${d.kind}: equals an attack`);
    }
  }
  for (const d of HANDWRITTEN_STEER_DOCS) {
    assert.ok(!seen.has(d.text), `duplicate benign document: ${d.text.slice(0, 60)}`);
    seen.add(d.text);
  }
});
