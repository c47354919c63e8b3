// The exfil detector finds HTML tags and bare URLs with an RE2 start pattern plus string scans
// instead of one RE2 program with a {0,1000} counted repetition (which is slow). These properties
// check that both scanners return exactly the matches of the reference RE2 patterns, including the
// Unicode details the scans must mirror: code-point counting of the bound, surrogate pairs, lone
// surrogates, RE2's ASCII-only \s and case folding of the tag name (ſ, K).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile, matchAll } from '../../src/core/regex.ts';
import { BARE_URL_PATTERN, HTML_TAG_PATTERN, INLINE_HEAD_PATTERN, INLINE_PATTERN, bareUrlMatches, htmlTagMatches, inlineMatches } from '../../src/detectors/leaks/exfil-links.ts';

const HTML_REF = compile('test/html', HTML_TAG_PATTERN, 'i');
const BARE_REF = compile('test/bare', BARE_URL_PATTERN, 'i');
const INLINE_REF = compile('test/inline', INLINE_PATTERN);
const INLINE_HEAD_REF = compile('test/inline-head', INLINE_HEAD_PATTERN);

const pieces = [
  '<', '>', '<a', '<A ', '<img', '<IMG ', '<ſcript', '<linK', '<audio', '<abbr', '<image>', '<a>', '</a>',
  'http://', 'HTTPS://', 'httpſ://', 'xhttp://', ' ', '\n', '\t', '\v', '\f', '\r', '"', "'", '(', ')', '[', ']',
  'x', 'é', '😀', '\ud800', '\udc00', '.', '/', '=', 'src="', 'a'.repeat(997), '😀'.repeat(499), 'b'.repeat(1001),
];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
const plain = (ms: readonly { start: number; end: number; groups: readonly (string | undefined)[] }[]) => ms.map((m) => [m.start, m.end, m.groups[0]]);

test('htmlTagMatches equals the reference RE2 pattern', () => {
  fc.assert(fc.property(textArb, (t) => {
    assert.deepEqual(plain(htmlTagMatches(t)), plain(matchAll(HTML_REF, t)));
  }), { numRuns: 400 });
});

test('bareUrlMatches equals the reference RE2 pattern', () => {
  fc.assert(fc.property(textArb, (t) => {
    assert.deepEqual(plain(bareUrlMatches(t)).map((x) => x.slice(0, 2)), plain(matchAll(BARE_REF, t)).map((x) => x.slice(0, 2)));
  }), { numRuns: 400 });
});

test('tags and URLs of any length: the scanners equal the reference patterns (code points beyond the BMP too)', () => {
  // Until the twenty-fourth round both stopped at 1,000 code points, and a longer tag or URL was not found.
  for (const body of ['a'.repeat(999), 'a'.repeat(1001), 'a'.repeat(5000), '😀'.repeat(999), '😀'.repeat(1001), '😀'.repeat(3000)]) {
    const tag = `<img ${body}>`;
    assert.deepEqual(plain(htmlTagMatches(tag)), plain(matchAll(HTML_REF, tag)));
    assert.equal(htmlTagMatches(tag).length, 1);
    const url = `see http://${body} end`;
    assert.deepEqual(plain(bareUrlMatches(url)).map((x) => x.slice(0, 2)), plain(matchAll(BARE_REF, url)).map((x) => x.slice(0, 2)));
  }
});

test('inlineMatches (anchored tries at each "[") equals the reference RE2 pattern, for whole links and for heads', () => {
  const md = [
    '[', ']', '(', ')', '![', '](', '](<', '>)', '!', ' ', '\t', '\n', '"t"', "'t'", '(t)', 'x', 'é', '😀', '\ud800', '\udc00',
    'http://a.b/c?q=1', 'https://e.test/p.png', '<', '>', 'a'.repeat(299), 'a'.repeat(300), '😀'.repeat(150), '😀'.repeat(301),
    'b'.repeat(999), 'b'.repeat(1000), ' '.repeat(8), ' '.repeat(9),
    // Balanced and escaped parentheses in destinations, titles too long to read.
    '((', '))', '\\(', '\\)', '\\', ` "${'t'.repeat(201)}"`, ' junk',
  ];
  const mdArb = fc.array(fc.constantFrom(...md), { maxLength: 40 }).map((xs) => xs.join(''));
  fc.assert(fc.property(mdArb, (t) => {
    const plain4 = (ms: readonly { start: number; end: number; groups: readonly (string | undefined)[] }[]) => ms.map((m) => [m.start, m.end, m.groups[0], m.groups[1], m.groups[2]]);
    assert.deepEqual(plain4(inlineMatches(t)), plain4(matchAll(INLINE_REF, t)));
    assert.deepEqual(plain4(inlineMatches(t, true)), plain4(matchAll(INLINE_HEAD_REF, t)));
  }), { numRuns: 2000 });
});

test('character references: decoding maps back to the original, and what openRefStart keeps decodes as a prefix of any continuation', async () => {
  const { openRefStart } = await import('../../src/detectors/leaks/exfil-links.ts');
  const { decodeCharRefs, refStart, refEnd } = await import('../../src/core/charrefs.ts');
  // Spot checks: numeric (with and without ';', saturating, windows-1252, invalid), named, not decoded.
  assert.equal(decodeCharRefs('https&#58;&#x2F;&#X2f;&sol;e&period;x').text, 'https:///e.x');
  assert.equal(decodeCharRefs('&#58x &#0; &#99999999999; &#x80; &#xD800; &#128512;').text, ':x \ufffd \ufffd \u20ac \ufffd 😀');
  assert.equal(decodeCharRefs('&amp;#58; &colon &Colon; &#; &#x; AT&T').text, '&#58; &colon &Colon; &#; &#x; AT&T');
  const pieces = ['&', '#', 'x', 'X', '5', '8', ';', '3a', 'colon', 'co', 'sol;', 'amp;', '&#128512;', '😀', 'a', ' ', '\ud800', '9'.repeat(12)];
  const arb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''));
  fc.assert(fc.property(arb, arb, (t, more) => {
    const d = decodeCharRefs(t);
    // Any range of decoded units (not splitting a reference) is the decoding of its original range.
    const starts = [...Array(d.text.length + 1).keys()].filter((i) => i === 0 || i === d.text.length || refStart(d, i) !== refStart(d, i - 1));
    for (const i of starts) {
      for (const j of starts) {
        if (j < i) continue;
        assert.equal(decodeCharRefs(t.slice(refStart(d, i), refEnd(d, j))).text, d.text.slice(i, j), `${JSON.stringify(t)} [${i}, ${j})`);
      }
    }
    // What comes before a reference still being written decodes the same whatever follows.
    const r = openRefStart(t);
    assert.ok(decodeCharRefs(t + more).text.startsWith(decodeCharRefs(t.slice(0, r)).text), `${JSON.stringify(t)} + ${JSON.stringify(more)}`);
  }), { numRuns: 1000 });
});

test('CSS names with escapes: cssNameAt reads every spelling of url, import and image-set, every prefix as open, and only what cssUnescape decodes to the name', async () => {
  const { cssMatches, cssNameAt, cssUnescape, NAME_NO, NAME_OPEN } = await import('../../src/detectors/leaks/exfil-links.ts');
  const HEX = /^[0-9a-f]$/iu;
  const WS = [' ', '\t', '\n', '\r\n', '\f'];
  // One spelling of a character: itself in either case, '\' and itself (not a hex digit), or '\' and
  // 1-6 hex digits (either case) and an optional whitespace (required before a hex digit when fewer
  // than six digits were written).
  const spelling = (ch: string) => fc.tuple(fc.nat(3), fc.boolean(), fc.nat(5), fc.nat(WS.length - 1), fc.boolean()).map(([kind, upper, pad, ws, withWs]) => {
    const c = upper ? ch.toUpperCase() : ch;
    if (kind === 0 || (kind === 1 && HEX.test(c))) return { text: c, hexOpen: false };
    if (kind === 1) return { text: `\\${c}`, hexOpen: false };
    const hex = c.charCodeAt(0).toString(16);
    const digits = (upper ? hex.toUpperCase() : hex).padStart(Math.min(6, hex.length + pad), '0');
    return withWs ? { text: `\\${digits}${WS[ws]}`, hexOpen: false } : { text: `\\${digits}`, hexOpen: digits.length < 6 };
  });
  for (const name of ['url', 'import', 'image-set', '-webkit-image-set']) {
    fc.assert(fc.property(fc.tuple(...[...name].map(spelling)), (parts) => {
      let t = '';
      for (let i = 0; i < parts.length; i++) {
        t += parts[i].text;
        // A hex escape without whitespace before a spelling that starts with a hex digit would read it.
        if (parts[i].hexOpen && i + 1 < parts.length && HEX.test(parts[i + 1].text[0])) t += ' ';
      }
      assert.equal(cssNameAt(t + '(', 0, name), t.length, JSON.stringify(t));
      assert.equal(cssNameAt(`x${t}(`, 1, name), t.length + 1);
      for (let k = 0; k < t.length; k++) {
        const r = cssNameAt(t.slice(0, k), 0, name);
        assert.ok(r === NAME_OPEN || r === k, `prefix ${JSON.stringify(t.slice(0, k))}: ${r}`);
      }
      // The hold: every prefix, and the whole name, at the end of a text is still open (a '(' may follow).
      const at = name === 'import' ? 'x: @' : 'x: ';
      for (let k = 1; k <= t.length; k++) {
        assert.equal(cssMatches(at + t.slice(0, k)).open, 'x: '.length, `open ${JSON.stringify(at + t.slice(0, k))}`);
      }
    }), { numRuns: 300 });
  }
  // Whatever cssNameAt accepts decodes to the name (ASCII case folded), and a near miss is refused.
  const pieces = ['u', 'U', 'r', 'l', 'L', 's', '\\', '\\7', '2', '5', '\\75', '\\72 ', '\\6c', '\\6C\t', '\\73', '\\l', ' ', '\n', '\r', '0', '(', 'x'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (xs) => {
    const t = xs.join('');
    const e = cssNameAt(t, 0, 'url');
    if (e >= 0) assert.equal(cssUnescape(t.slice(0, e)).replace(/[A-Z]/gu, (c) => c.toLowerCase()), 'url', JSON.stringify(t));
  }), { numRuns: 2000 });
  assert.equal(cssNameAt('u\\73l(', 0, 'url'), NAME_NO);
  assert.equal(cssNameAt('u\\73', 0, 'url'), NAME_NO); // no further digit makes it 'r'
  assert.equal(cssNameAt('u\\7', 0, 'url'), NAME_OPEN);
  assert.equal(cssNameAt('u\\\nrl(', 0, 'url'), NAME_NO);
  assert.equal(cssNameAt('\u0130mport', 0, 'import'), NAME_NO); // ASCII case-insensitive only
});
