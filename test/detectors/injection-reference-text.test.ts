// Project-written benign reference documentation (src/detectors/injection/reference-text.ts): hard negatives for
// the injection classifier (manual pages in ten languages and English, cloud API models, discovery documents, CLI
// command definitions, message catalogues, gettext files, --help output, API reference pages). The set must keep
// its shape (18 kinds, 16 documents each, 600-3000 characters), be the same on every import, not repeat itself,
// keep its languages, hold no secret-looking values, and contain nothing that reads as an attack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HANDWRITTEN_REFERENCE } from '../../src/detectors/injection/reference-text.ts';
import { assertDocumentationValues, assertNoRepeats, assertSameOnReimport, ruleHits } from './corpus-checks.ts';

const MAN_LANGS: Readonly<Record<string, string>> = {
  man_de: 'German', man_fr: 'French', man_es: 'Spanish', man_pt: 'Portuguese', man_it: 'Italian', man_ru: 'Russian', man_ja: 'Japanese',
  man_ko: 'Korean', man_zh: 'Chinese', man_pl: 'Polish',
};
const MULTILINGUAL = ['message_catalog_json', 'gettext_po_ml', 'cli_help_ml', 'api_reference_ml'];
const ENGLISH = ['man_en_accounts', 'api_service_json', 'api_discovery_json', 'cli_surface_yaml'];
const KINDS = [...Object.keys(MAN_LANGS), ...ENGLISH, ...MULTILINGUAL];
const LANGS = new Set(['English', 'German', 'French', 'Spanish', 'Portuguese', 'Italian', 'Russian', 'Japanese', 'Korean', 'Chinese', 'Polish', 'Dutch', 'Turkish']);

test('reference-text: 18 kinds with 16 documents each', () => {
  assert.equal(KINDS.length, 18);
  assert.equal(HANDWRITTEN_REFERENCE.length, 288);
  const counts = new Map<string, number>();
  for (const d of HANDWRITTEN_REFERENCE) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  assert.deepEqual([...counts.keys()].sort(), [...KINDS].sort());
  for (const [kind, n] of counts) assert.equal(n, 16, kind);
});

test('reference-text: every document is 600-3000 characters', () => {
  for (const d of HANDWRITTEN_REFERENCE) {
    assert.ok(d.text.length >= 600 && d.text.length <= 3000, `${d.kind}: ${d.text.length} chars`);
  }
});

test('reference-text: a fresh import yields the same documents', async () => {
  await assertSameOnReimport(new URL('../../src/detectors/injection/reference-text.ts', import.meta.url), 'HANDWRITTEN_REFERENCE', HANDWRITTEN_REFERENCE);
});

test('reference-text: no duplicate documents and no long line shared by more than a quarter of them', () => {
  assertNoRepeats(HANDWRITTEN_REFERENCE);
});

test('reference-text: manual pages and the multilingual kinds are not English, the English kinds are', () => {
  for (const d of HANDWRITTEN_REFERENCE) {
    assert.ok(LANGS.has(d.lang), `${d.kind}: ${d.lang}`);
    if (MAN_LANGS[d.kind]) assert.equal(d.lang, MAN_LANGS[d.kind], d.kind);
    else if (MULTILINGUAL.includes(d.kind)) assert.notEqual(d.lang, 'English', `${d.kind}: ${d.text.slice(0, 80)}`);
    else assert.equal(d.lang, 'English', d.kind);
  }
  for (const kind of MULTILINGUAL) {
    const langs = new Set(HANDWRITTEN_REFERENCE.filter((d) => d.kind === kind).map((d) => d.lang));
    assert.ok(langs.size >= 4, `${kind}: ${[...langs].join(', ')}`);
  }
  // A document in Japanese, Chinese or Korean is written in that script, not only in Latin letters.
  const script: Readonly<Record<string, RegExp>> = { Japanese: /[\u3040-\u30ff]/, Chinese: /[\u4e00-\u9fff]/, Korean: /[\uac00-\ud7a3]/, Russian: /[\u0400-\u04ff]/ };
  for (const d of HANDWRITTEN_REFERENCE) if (script[d.lang]) assert.match(d.text, script[d.lang], `${d.kind} (${d.lang})`);
});

test('reference-text: nothing reads as an instruction to a model', () => {
  for (const d of HANDWRITTEN_REFERENCE) {
    assert.doesNotMatch(d.text, /ignore (all |the )?(previous|prior|above) instructions/i, d.kind);
    assert.doesNotMatch(d.text, /system prompt/i, d.kind);
    assert.doesNotMatch(d.text, /you are now|as an ai\b/i, d.kind);
  }
});

test('reference-text: no secret-looking values, addresses only from the documentation ranges', () => {
  for (const d of HANDWRITTEN_REFERENCE) assertDocumentationValues(d.text, d.kind);
});

test('reference-text: phrases that fire an injection rule stay rare, as in real reference documentation', async () => {
  // Real manuals and API references fire a rule in about one 3 KB piece in a hundred. Written freely, the banks'
  // phrases ("suppose the file…", Japanese "the password is not displayed", "POST https://…") fired one in 31 of
  // the 288 documents; reworded outside 2 documents of each kind, 5 do.
  const { any, perKindRule } = await ruleHits(HANDWRITTEN_REFERENCE);
  assert.ok(any <= HANDWRITTEN_REFERENCE.length * 0.2, `${any} documents fire a rule`);
  for (const [key, n] of perKindRule) assert.ok(n <= 2, `${key}: ${n}`);
});
