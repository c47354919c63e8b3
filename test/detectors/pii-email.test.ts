// EMAIL: internationalised addresses with Latin-1 letters (RFC 6531 local parts, IDNA labels) found
// whole, and, on ASCII text, exactly the findings of the ASCII pattern the recogniser had before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import { compile, matchAll } from '../../src/core/regex.ts';
import type { DetectionContext } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };
const det = createPiiDetector({ id: 'pii', entities: ['EMAIL'] });
const emails = (text: string): string[] => det.scan(text, ctx).filter((f) => f.type === 'EMAIL').map((f) => text.slice(f.start, f.end));

test('addresses with Latin-1 letters are found whole, so their redaction leaves no part of the name', () => {
  const cases: [string, string][] = [
    ['Kontakt: müller@example.de', 'müller@example.de'],
    ['Schreiben Sie an hans.groß@example.de bitte', 'hans.groß@example.de'],
    ['écrire à rené.léger@exemple.fr', 'rené.léger@exemple.fr'],
    ['escribe a íñigo.núñez@ejemplo.es hoy', 'íñigo.núñez@ejemplo.es'],
    ['IDN domain: info@bücher-müller.de.', 'info@bücher-müller.de'],
    ['skriv til søren@eksempel.dk', 'søren@eksempel.dk'],
  ];
  for (const [text, want] of cases) assert.deepEqual(emails(text), [want], text);
  // × and ÷ are not letters: "2×3@…" is not an address written with them.
  assert.deepEqual(emails('size 2×ab@example.com'), ['ab@example.com']);
});

test('prose in scripts written without spaces is not taken into the address', () => {
  assert.deepEqual(emails('请联系support@example.com获取帮助'), ['support@example.com']);
  assert.deepEqual(emails('お問い合わせはinfo@example.jpまで'), ['info@example.jp']);
});

// The pattern and validation of the recogniser before the internationalised one: ASCII local part of
// 1-64 characters, 1-8 labels of 1-63 characters, a 2-24 letter top-level label.
const OLD = compile('old-email', '[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}\\b');
function oldEmails(text: string): string[] {
  return matchAll(OLD, text).filter((m) => {
    const local = text.slice(m.start, m.end).split('@')[0];
    return !(local.endsWith('.') || local.includes('..'));
  }).map((m) => text.slice(m.start, m.end));
}

test('property: on ASCII text the findings are those of the ASCII pattern, long parts included', () => {
  const run = (chars: string, min: number, max: number) => fc.array(fc.constantFrom(...chars.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));
  const local = fc.oneof(run('abcXYZ019._%+-', 1, 12), run('abc1.', 60, 80));
  const label = fc.oneof(run('abz09-', 1, 8), run('ab-', 60, 70));
  const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 11 }), fc.oneof(run('comdeu', 1, 4), run('abcdefghij', 20, 30))).map(([ls, tld]) => `${ls.join('.')}.${tld}`);
  const piece = fc.oneof(
    fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`),
    fc.constantFrom(' ', '. ', ', ', '\n', '@', '..', 'mail ', '(', ')', '-', 'x'),
  );
  fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), (text) => {
    assert.deepEqual(emails(text), oldEmails(text), text);
  }), { numRuns: 300 });
});
