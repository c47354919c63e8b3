// The RE2 wrapper hands ASCII text to node-re2 as bytes (no string conversion per regex object;
// byte offsets are UTF-16 offsets) and keeps the bytes of the last text. These properties check
// that every entry point answers exactly as the plain string path does, on random strings that mix
// ASCII with non-ASCII, astral characters and lone surrogates, and across alternating texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile, compileSet, isAscii, matchAll, matchAllAtCandidates, matchAllSkipping, matchAt, matchFew, test as reTest, wellFormed, type Match, type Re2 } from '../../src/core/regex.ts';

/** The string path: node-re2 exec on the well-formed string (what matchAll does for non-ASCII). */
function reference(re: Re2, input: string): Match[] {
  const text = wellFormed(input);
  const out: Match[] = [];
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (m === null) break;
    out.push({ start: m.index, end: m.index + m[0].length, groups: m.slice(1) });
    if (m[0].length === 0) {
      const c = text.charCodeAt(m.index);
      re.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff && text.charCodeAt(m.index + 1) >= 0xdc00 && text.charCodeAt(m.index + 1) <= 0xdfff ? 2 : 1);
    }
  }
  re.lastIndex = 0;
  return out;
}

const PATTERNS = ['[a-z]+', '(a)(b)?', 'x*', '\\bkey\\b', '(?i)sk-[a-z0-9]{3,}', '[^ ]{2}( |$)', '(\\d+)-(\\d+)?', '^a|b$', '(?m)^\\w', 'é|😀', '.'];
const RES = PATTERNS.map((p, i) => compile(`t${i}`, p));
const unit = fc.oneof(
  fc.constantFrom('a', 'b', 'x', 'k', 'e', 'y', ' ', '\n', '-', '1', '2', 'sk-', 'SK-', 'key', 'é', '😀', '\ud800', '\udc00', '\u00ff'),
  fc.string({ maxLength: 4 }),
);
const textArb = fc.array(unit, { maxLength: 30 }).map((xs) => xs.join(''));
const asciiArb = fc.string({ unit: fc.constantFrom(...'abxkey -12SK\nZ'.split('')), maxLength: 60 });

function asciiByLoop(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

test('isAscii agrees with a per-unit check (lone surrogates and U+0080..U+00FF are not ASCII)', () => {
  fc.assert(fc.property(fc.oneof(textArb, asciiArb), (s) => {
    assert.equal(isAscii(s), asciiByLoop(s));
  }), { numRuns: 500 });
  assert.equal(isAscii(''), true);
  assert.equal(isAscii('\u0080'), false);
});

test('matchAll: the ASCII byte path equals the string path, groups and empty matches included', () => {
  // Short texts take the string path, texts of 4096 units and more the byte path when ASCII.
  const pad = '#'.repeat(4096);
  fc.assert(fc.property(fc.oneof(textArb, asciiArb), (s) => {
    for (const re of RES) assert.deepEqual(matchAll(re, s), reference(re, s));
  }), { numRuns: 300 });
  fc.assert(fc.property(fc.oneof(textArb, asciiArb), fc.boolean(), (s, front) => {
    const t = front ? pad + s : s + pad;
    for (const re of RES) assert.deepEqual(matchAll(re, t), reference(re, t));
  }), { numRuns: 40 });
});

test('the cached bytes never leak between texts', () => {
  const pad = 'x'.repeat(4096);
  fc.assert(fc.property(asciiArb.map((x) => x + pad), asciiArb.map((x) => pad + x), textArb, (a, b, c) => {
    const re = RES[0];
    const want = [reference(re, a), reference(re, b), reference(re, c)];
    assert.deepEqual([matchAll(re, a), matchAll(re, b), matchAll(re, c), matchAll(re, a)], [...want, want[0]]);
    assert.equal(reTest(re, b), want[1].length > 0);
  }), { numRuns: 300 });
  // A text longer than the reusable buffer takes a fresh one.
  const long = 'ab '.repeat(400_000) + 'key';
  assert.equal(matchAll(RES[3], long).length, 1);
  assert.equal(matchAll(RES[0], 'zz').length, 1);
});

test('matchAll on non-ASCII text: the first matches read from UTF-8 bytes, offsets mapped back, equal the string path', () => {
  // Any text: Latin-1, astral characters, lone surrogates; few matches (bytes only), many (bytes, then
  // the string from where they stopped) and empty ones (the string walk from the start).
  fc.assert(fc.property(fc.oneof(textArb, fc.string({ unit: 'binary', maxLength: 40 })), (s) => {
    for (const re of RES) {
      assert.deepEqual(matchAll(re, s), reference(re, s));
      assert.equal(re.lastIndex, 0);
    }
  }), { numRuns: 400 });
  // Alternating texts: the offset map of one text is never used for another.
  fc.assert(fc.property(textArb, textArb, (a, b) => {
    const re = RES[0];
    const want = [reference(re, a), reference(re, b)];
    assert.deepEqual([matchAll(re, a), matchAll(re, b), matchAll(re, a)], [...want, want[0]]);
  }), { numRuns: 200 });
  // A long text with a non-ASCII code point every few units grows the map (and is not kept afterwards).
  const long = 'é'.repeat(70_000) + ' key ' + '😀'.repeat(10) + 'key';
  assert.deepEqual(matchAll(RES[3], long), reference(RES[3], long));
  assert.deepEqual(matchAll(RES[3], 'ä key'), [{ start: 2, end: 5, groups: [] }]);
  assert.deepEqual(matchAll(RES[3], 'ä key key ä key'), reference(RES[3], 'ä key key ä key'));
});

test('matchFew reads up to `max` matches of ASCII text from its bytes, else answers null', () => {
  fc.assert(fc.property(fc.oneof(textArb, asciiArb), (s) => {
    for (const re of RES) {
      const want = reference(re, s);
      for (const max of [1, 2, 3]) {
        const answerable = isAscii(s) && want.length <= max && want.every((m) => m.end > m.start);
        assert.deepEqual(matchFew(re, s, max), answerable ? want : null);
        assert.equal(re.lastIndex, 0);
      }
    }
  }), { numRuns: 300 });
});

test('sets answer on bytes exactly as per-pattern matching does', () => {
  const set = compileSet('t', PATTERNS);
  fc.assert(fc.property(fc.oneof(textArb, asciiArb), (s) => {
    const want = RES.flatMap((re, i) => (reference(re, s).length > 0 ? [i] : []));
    assert.deepEqual(set.match(s), want);
  }), { numRuns: 500 });
});

test('matchAllSkipping equals matchAll when next() is a valid bound (here: the next "k" or "s", case-insensitive)', () => {
  const re = compile('t', '(?i)(?:key|sk-[a-z0-9]+)');
  fc.assert(fc.property(fc.oneof(textArb, asciiArb), (s) => {
    const lower = s.toLowerCase();
    const next = (pos: number): number => {
      const k = lower.indexOf('k', pos);
      const t = lower.indexOf('s', pos);
      const first = k < 0 ? t : t < 0 ? k : Math.min(k, t);
      return first;
    };
    assert.deepEqual(matchAllSkipping(re, s, next), matchAll(re, s));
  }), { numRuns: 500 });
  // A next() that uses the module on another text in between does not disturb the scan.
  const other = compile('o', 'zz');
  const t = 'key one key two sk-abc';
  assert.deepEqual(matchAllSkipping(re, t, (pos) => (matchAll(other, 'azzb').length > 0 ? pos : -1)), matchAll(re, t));
});

test('skipping on non-ASCII text: every position a candidate gives the matches of matchAll, empty matches included', () => {
  // next() that keeps its promise trivially (every position), mid-pair positions included: the byte
  // path must step over a surrogate pair, never into it, and report no match twice.
  const every = (pos: number): number => pos;
  fc.assert(fc.property(fc.oneof(textArb, fc.string({ unit: 'binary', maxLength: 30 })), (s) => {
    for (let i = 0; i < PATTERNS.length; i++) {
      assert.deepEqual(matchAllSkipping(RES[i], s, every), reference(RES[i], s));
      assert.deepEqual(matchAllAtCandidates(RES[i], compile(`c${i}`, PATTERNS[i], 'y'), s, every), reference(RES[i], s));
    }
  }), { numRuns: 150 });
  const empty = compile('e', 'x*');
  assert.deepEqual(matchAllAtCandidates(empty, compile('ey', 'x*', 'y'), '😀a', every), reference(empty, '😀a'));
});

test('matchAt (sticky) returns, at every match start, the match matchAll reports there', () => {
  const pairs = PATTERNS.map((p, i) => [RES[i], compile(`y${i}`, p, 'y')] as const);
  fc.assert(fc.property(fc.oneof(textArb, asciiArb), (s) => {
    for (const [re, sticky] of pairs) {
      for (const m of matchAll(re, s)) assert.deepEqual(matchAt(sticky, s, m.start), m);
    }
  }), { numRuns: 300 });
  const lit = compile('lit', 'abc', 'y');
  assert.equal(matchAt(lit, 'xabc', 0), null, 'sticky: no search past the start');
  assert.deepEqual(matchAt(lit, 'xabc', 1), { start: 1, end: 4, groups: [] });
  assert.throws(() => matchAt(RES[0], 'abc', 0), /sticky/u);
});
