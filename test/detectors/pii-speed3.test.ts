// Equivalence properties for the third round of PII speed work: the ASCII tokenizer loop, the byte
// read of the first matches in matchAllFast and the one-pass "no context word anywhere" search. Each
// must answer exactly what the code it stands in for answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile, matchAll } from '../../src/core/regex.ts';
import { asciiUnits, hasContext, matchAllFast, noContextAnywhere } from '../../src/detectors/recognizer.ts';
import { tokenizeUnits, tokenList, type TokenList } from '../../src/detectors/pii/tokens.ts';

const RUNS = 300;

// ASCII pieces around what the tokenizer and the context search look at: capitals, all-caps words,
// digits, the joiners ' and -, underscores, context words in any case, log timestamps.
const ASCII_PIECES = ['A', 'Z', 'a', 'z', 'AB', 'USA', 'LLC', 'Ab', 'aB', '0', '7', '12', '2026', ' ', ' ', '  ', '.', ',', "'", '-', '--',
  "'s", "O'Neil", 'Jean-Luc', 'x-123', 'A-B', "X'Y", '_', '\n', '\t', '@', 'Date', 'TIME', 'time', 'meeting', 'due', 'Visit',
  'arrivals', 'departure', 'deadline', 'd', 't', 'ti', 'tim', '2026-11-21T10:00:00Z', ' INFO request served ', 'status=200'];
const asciiText = fc.array(fc.constantFrom(...ASCII_PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyAscii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 60 });

function fields(l: TokenList): unknown[] {
  const out: unknown[] = [l.length, [...l.joinedCaps], [...l.joinedDigits]];
  for (let i = 0; i < l.length; i++) out.push([l.start(i), l.end(i), l.cap(i), l.allCaps(i), l.digits(i), l.ascii(i), l.lower(i)]);
  return out;
}

test('tokenizer: the ASCII loop makes the tokens the general loop makes', () => {
  fc.assert(fc.property(fc.oneof(asciiText, anyAscii), (s) => {
    assert.notEqual(asciiUnits(s), null);
    // tokenList takes the ASCII loop for ASCII text; the general loop reads the same units.
    assert.deepEqual(fields(tokenList(s)), fields(tokenizeUnits(s)));
  }), { numRuns: RUNS * 3 });
  // Flags that only some shapes set: all capitals (two or more), digits only, joined capitals/digits.
  const t = tokenList('USA A 123 1-2 x-123 O\'Neil ab-Cd');
  assert.deepEqual(fields(t), fields(tokenizeUnits('USA A 123 1-2 x-123 O\'Neil ab-Cd')));
  assert.equal(t.allCaps(0), true);
  assert.equal(t.allCaps(1), false);
  assert.equal(t.digits(2), true);
  assert.equal(t.digits(3), false);
  assert.deepEqual([...t.joinedDigits], [12, 16]);
  assert.deepEqual([...t.joinedCaps], [22, 30]);
});

test('matchAllFast: the byte read of few matches gives the matches of matchAll', () => {
  const res = [
    compile('t3/iso', '\\b\\d{4}-\\d{2}-\\d{2}\\b'),
    compile('t3/groups', '([A-Z])([a-z]+)?(\\d)?'),
    compile('t3/alt', "(O'\\w+)|(\\d+)-(\\d+)"),
    compile('t3/empty', 'x*'),
    compile('t3/ci', '(?:date|time)\\s*(\\w+)?', 'i'),
  ];
  fc.assert(fc.property(fc.oneof(asciiText, anyAscii), (s) => {
    for (const re of res) {
      assert.deepEqual(matchAllFast(re, s), matchAll(re, s));
      assert.equal(re.lastIndex, 0);
    }
  }), { numRuns: RUNS * 2 });
  // Zero, one, two (bytes) and three (string walk) matches, and a group that does not take part.
  const re = compile('t3/count', '(a)(b)?');
  for (const s of ['', 'a', 'a ab', 'a ab a', 'ab ab ab ab']) assert.deepEqual(matchAllFast(re, s), matchAll(re, s));
  // A long text is read from bytes up to one match per 256 characters (32 in 8,192), by the string walk
  // past that: around the bound, and far past it.
  for (const k of [2, 31, 32, 33, 300]) {
    const units = new Array<string>(8192).fill(' ');
    for (let i = 0; i < k; i++) {
      const at = Math.floor((i * 8192) / k);
      units[at] = 'a';
      if (i % 3 === 0) units[at + 1] = 'b'; // the optional group taking part in some matches
    }
    const s = units.join('');
    assert.equal(matchAll(re, s).length, k);
    assert.deepEqual(matchAllFast(re, s), matchAll(re, s), `${k} matches`);
  }
});

/** noContextAnywhere as string searches: lower-case the text, search each word (its longest space-free part). */
function referenceNoContext(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  if (Buffer.byteLength(text, 'utf8') !== text.length) return false;
  const probes = words.map((w) => w.split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''));
  if (probes.some((p) => p.length === 0)) return false;
  const lower = text.toLowerCase();
  return !probes.some((w) => lower.includes(w));
}

test('no context word anywhere: the one-pass byte search answers as the string searches', () => {
  const base = ['date', 'time', 'scheduled', 'appointment', 'meeting', 'deadline', 'due', 'visit', 'arrive', 'arrival', 'departure'];
  const lists = [base, ['t'], ['Date', 'time'], ['tim', 'timex'], ['é', 'time'], ['da\u00e9'], base.concat('s'), [], ['date', 'in time'], ['date', ''], ['date', ' '], ['nhs', 'national health service']];
  fc.assert(fc.property(fc.oneof(asciiText, anyAscii, fc.string({ maxLength: 30 })), fc.constantFrom(...lists), (s, words) => {
    assert.equal(noContextAnywhere(s, words), referenceNoContext(s, words));
  }), { numRuns: RUNS * 3 });
  assert.equal(noContextAnywhere('INFO DEADLINE passed', base), false);
  assert.equal(noContextAnywhere('INFO request served', base), true);
  // A word holding spaces: its longest part stands for it.
  assert.equal(noContextAnywhere('see the Health record', ['nhs', 'national health service']), true);
  assert.equal(noContextAnywhere('see the national service', ['nhs', 'national health service']), false);
});

test('no context word anywhere means no window of the text holds one (property, words with spaces too)', () => {
  const words = ['nhs', 'national health service', 'in time', 'id no', 'date'];
  const piece = fc.constantFrom('national', 'health', 'service', 'NHS', 'in', 'time', 'id', 'no', 'date', ' ', ' ', '4', 'x', '-');
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 60 }), (text, a, b, window) => {
    const start = a % (text.length + 1);
    const end = start + (b % (text.length - start + 1));
    if (noContextAnywhere(text, words)) assert.equal(hasContext(text, start, end, words, window), false, JSON.stringify([text, start, end]));
  }), { numRuns: RUNS * 3 });
});
