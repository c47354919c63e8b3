// Three recognizers (person, title, postal code) ask "does the lower-cased text contain one of these
// phrases?" and take the answer from the engine's one RE2.Set pass, where a case-insensitive
// alternation of the phrases answers it. The two questions agree only where no character
// lower-cases or case-folds onto ASCII in one and not the other (foldsLikeAscii). These tests derive
// that character list from JavaScript and RE2 themselves and hold the recognizers to the rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile, compileSet, matchAll } from '../../src/core/regex.ts';
import { ASCII_FOLDING, foldsLikeAscii, type Recognizer } from '../../src/detectors/recognizer.ts';
import { recognizer as person } from '../../src/detectors/pii/person.ts';
import { recognizer as title } from '../../src/detectors/pii/title.ts';
import { recognizer as postalCode } from '../../src/detectors/pii/postal-code.ts';
import { PII_RECOGNIZERS } from '../../src/detectors/pii/index.ts';

/** Every code point but the surrogates, as one string (BMP and astral). */
function allCodePoints(from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) if (c < 0xd800 || c > 0xdfff) out.push(String.fromCodePoint(c));
  return out;
}
const ALL = allCodePoints(0x80, 0x10ffff);
const ALL_TEXT = ALL.join(' ');

/** The characters of ALL that a case-insensitive RE2 pattern matches on their own. */
function re2Matches(source: string): Set<string> {
  return new Set(matchAll(compile('test/fold', source, 'i'), ALL_TEXT).map((m) => ALL_TEXT.slice(m.start, m.end)));
}

test('ASCII_FOLDING is every non-ASCII character that lower-cases or RE2-folds onto ASCII', () => {
  const derived = new Set<string>();
  for (const ch of ALL) {
    const lower = ch.toLowerCase();
    // One non-ASCII unit is the only safe result ("İ" becomes "i" + U+0307; astral letters stay two units, neither ASCII).
    if ([...lower].length !== 1 || lower.charCodeAt(0) < 0x80) derived.add(ch);
  }
  for (const ch of re2Matches('[a-z]')) derived.add(ch);
  assert.deepEqual([...derived].sort(), [...ASCII_FOLDING].sort());
});

test('non-ASCII characters of case-insensitive PII shapes fold alike in JavaScript and RE2', () => {
  // A phrase character p ≥ U+0080 is matched by lower-casing the text exactly where RE2's (?i)p matches:
  // p is its own lower case and the characters lower-casing to it are those RE2 folds onto it.
  const chars = new Set<string>();
  for (const rec of PII_RECOGNIZERS) {
    for (const sh of rec.shapes ?? []) if (sh.caseInsensitive === true) for (const ch of sh.source) if (ch.charCodeAt(0) >= 0x80) chars.add(ch);
  }
  assert.ok(chars.has('’') && chars.has('ó'), 'the phrase lists hold the characters this test is about');
  for (const p of chars) {
    assert.equal(p.toLowerCase(), p, `${p} is lower case`);
    assert.ok(p !== 'σ' && p !== 'ς', 'sigma lower-cases by context');
    const byLower = new Set(ALL.filter((ch) => ch.toLowerCase() === p));
    assert.deepEqual([...byLower].sort(), [...re2Matches(p)].sort(), `fold class of ${p}`);
  }
});

test('foldsLikeAscii: ASCII and well-formed text without a folding character', () => {
  assert.equal(foldsLikeAscii('Dear John'), true);
  assert.equal(foldsLikeAscii('Dear Jöhn — “quoted” 😀'), true);
  assert.equal(foldsLikeAscii('\u017figned'), false);
  assert.equal(foldsLikeAscii('İstanbul'), false);
  assert.equal(foldsLikeAscii('2 \u212a'), false);
  assert.equal(foldsLikeAscii('a\ud800b'), false);
});

/** Per engine shape, whether it matches somewhere in `text` (what the engine's set pass hands custom()). */
function engineLive(rec: Recognizer, text: string): boolean[] {
  const shapes = rec.shapes ?? [];
  const set = compileSet(`test/${rec.id}`, shapes.map((s) => (s.caseInsensitive === true ? `(?i:${s.source})` : s.source)));
  const live = shapes.map(() => false);
  for (const i of set.match(text)) live[i] = true;
  return live;
}

// Phrases of the three gates in mixed case, the entities behind them, and non-ASCII characters that
// do and do not fold onto ASCII (ſ ~ s: "ſigned", "ſhe is"; K ~ k; İ lower-cases to "i̇").
const PIECES = ['Dear ', 'DEAR ', 'name is ', 'NAME IS ', 'signed ', '\u017figned ', 'I\u2019m ', 'i\u2019M ', "I'm ", 'call me ',
  'she is a ', '\u017fhe is a ', 'works as ', 'WORKS AS ', 'engineer', 'nurse', 'John Smith', 'Ana Pérez', 'Zoë', 'zip ', 'ZIP ',
  'C\u00d3DIGO POSTAL ', 'código postal ', 'postal ', '62704', '1012 AB', '28013', '\u212a', 'İ', 'é', '—', '…', '\u00a0', '😀', ' ', '. ', '\n'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join(''));

test('person, title and postal code find the same with the engine answer as with their own phrase search', () => {
  for (const rec of [person, title, postalCode]) {
    const check = (s: string): void => assert.deepEqual(rec.custom!(s, engineLive(rec, s)), rec.custom!(s), `${rec.id}: ${JSON.stringify(s)}`);
    fc.assert(fc.property(text, check), { numRuns: 400 });
    // Texts where RE2's folding and lower-casing disagree: the engine's answer must not be used.
    for (const s of ['\u017figned John Smith', '\u017fhe is a nurse', 'I\u2019m Zoë Smith — a nurse…', 'C\u00d3DIGO POSTAL 28013 …']) check(s);
  }
});
