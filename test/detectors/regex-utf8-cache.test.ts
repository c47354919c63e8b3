// Sets and test() take the UTF-8 bytes regex.ts keeps for the last text, non-ASCII included (in the
// reusable scratch when the encoding fits, else a fresh copy). They must answer as matching the
// well-formed string does, across alternating texts of every kind: ASCII, non-ASCII with lone
// surrogates, and non-ASCII texts whose UTF-8 does not fit the scratch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile, compileSet, matchAll, test as reTest, wellFormed } from '../../src/core/regex.ts';

const PATTERNS = ['[a-z]+', '\\bkey\\b', '(?i)sk-[a-z0-9]{3,}', 'é|😀', '\\x{FFFD}', '^a|b$', 'ü{3}', '[^a-z ]{4}'];
const RES = PATTERNS.map((p, i) => compile(`t${i}`, p));
const SET = compileSet('t', PATTERNS);

/** The string path: node-re2 on the well-formed string. */
function expected(s: string): number[] {
  const text = wellFormed(s);
  return RES.flatMap((re, i) => {
    re.lastIndex = 0;
    const hit = re.test(text);
    re.lastIndex = 0;
    return hit ? [i] : [];
  });
}

const unit = fc.constantFrom('a', 'b', 'k', 'key', ' ', 'sk-ab1', 'é', 'ü', '😀', '\ud800', '\udc00', '\u00ff', '€', 'x');
const short = fc.array(unit, { maxLength: 40 }).map((xs) => xs.join(''));
// 6,000+ three-byte characters: more UTF-8 than the 16 KB scratch holds until it grows.
const wide = fc.tuple(short, short).map(([a, b]) => a + '€'.repeat(6000) + b);

test('sets and test() on alternating texts answer as the well-formed string does', () => {
  fc.assert(fc.property(fc.array(fc.oneof(short, short, wide), { minLength: 1, maxLength: 6 }), (texts) => {
    const want = texts.map(expected);
    // Each text twice in a row (the cached copy), then all again in order (the cache replaced).
    for (let k = 0; k < texts.length; k++) {
      assert.deepEqual(SET.match(texts[k]), want[k]);
      assert.deepEqual(SET.match(texts[k]), want[k]);
      RES.forEach((re, i) => assert.equal(reTest(re, texts[k]), want[k].includes(i)));
    }
    for (let k = 0; k < texts.length; k++) {
      // A call for offsets on another text in between must not disturb the bytes of this one.
      matchAll(RES[0], texts[(k + 1) % texts.length]);
      assert.deepEqual(SET.match(texts[k]), want[k]);
    }
  }), { numRuns: 150 });
});

test('non-ASCII texts whose UTF-8 exceeds the reusable buffer are matched whole', () => {
  // 600 K units (fits the buffer as UTF-16 length, not as UTF-8) and 1.1 M units (never cached).
  for (const n of [600_000, 1_100_000]) {
    const long = 'ü'.repeat(n) + ' key \ud800';
    assert.deepEqual(SET.match(long), expected(long));
    assert.equal(reTest(RES[1], long), true);
    assert.deepEqual(SET.match('plain'), [0]);
  }
});
