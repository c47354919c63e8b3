// Project-written benign source files (src/detectors/injection/code-text.ts): hard negatives for the injection
// classifier. The set must keep its shape (18 kinds, 16 documents each, 600-3000 characters), be the same on every
// import, not repeat itself, and contain nothing that reads as an attack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HANDWRITTEN_CODE } from '../../src/detectors/injection/code-text.ts';
import { assertNoRepeats, assertSameOnReimport, ruleHits } from './corpus-checks.ts';

const KINDS = ['python_module', 'python_test', 'javascript_node', 'typescript_module', 'go_source', 'java_source', 'c_source', 'c_header',
  'cpp_source', 'rust_source', 'shell_script', 'perl_script', 'ruby_source', 'php_source', 'sql_migration', 'csharp_source', 'makefile_cmake',
  'code_comments_ml'];

test('code-text: 18 kinds with 16 documents each', () => {
  assert.equal(HANDWRITTEN_CODE.length, 288);
  const counts = new Map<string, number>();
  for (const d of HANDWRITTEN_CODE) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  assert.deepEqual([...counts.keys()].sort(), [...KINDS].sort());
  for (const [kind, n] of counts) assert.equal(n, 16, kind);
});

test('code-text: every document is 600-3000 characters', () => {
  for (const d of HANDWRITTEN_CODE) {
    assert.ok(d.text.length >= 600 && d.text.length <= 3000, `${d.kind}: ${d.text.length} chars`);
  }
});

test('code-text: a fresh import yields the same documents', async () => {
  await assertSameOnReimport(new URL('../../src/detectors/injection/code-text.ts', import.meta.url), 'HANDWRITTEN_CODE', HANDWRITTEN_CODE);
});

test('code-text: no duplicate documents and no long line shared by more than a quarter of them', () => {
  assertNoRepeats(HANDWRITTEN_CODE);
});

test('code-text: code_comments_ml is in other languages, every other kind in English', () => {
  for (const d of HANDWRITTEN_CODE) {
    if (d.kind === 'code_comments_ml') assert.notEqual(d.lang, 'English', d.text.slice(0, 80));
    else assert.equal(d.lang, 'English', d.kind);
  }
  const ml = new Set(HANDWRITTEN_CODE.filter((d) => d.kind === 'code_comments_ml').map((d) => d.lang));
  assert.ok(ml.size >= 4, [...ml].join(', '));
});

test('code-text: nothing reads as an instruction to a model', () => {
  for (const d of HANDWRITTEN_CODE) {
    assert.doesNotMatch(d.text, /ignore (all |the )?(previous|prior|above) instructions/i, d.kind);
    assert.doesNotMatch(d.text, /system prompt/i, d.kind);
  }
});

test('code-text: phrases that fire an injection rule stay rare, as in real source files', async () => {
  // Written freely, the rules' phrases ("no filters are active", "debug mode enabled") fired a rule in a third of the
  // documents; real source files fire one in about one 3 KB piece in 200. Reworded outside 2 documents of each kind,
  // a rule fires in 51 of 288 (other phrases: Ruby predicates such as `admin?(user)` near a password, hex helpers).
  const { any, perKindRule } = await ruleHits(HANDWRITTEN_CODE);
  assert.ok(any <= HANDWRITTEN_CODE.length * 0.2, `${any} documents fire a rule`);
  for (const [key, n] of perKindRule) if (/ (en\.jailbreak|any\.mode_switch)$/.test(key)) assert.ok(n <= 2, `${key}: ${n}`);
});
