// The PII speed work (issue 9) replaced RE2 passes with cheaper equivalents: a hand-written scanner
// for capitalised name runs, one-pass RE2.Set prefilters over each recognizer's own regexes, a
// replace()-driven match walk, a table-driven tokenizer and a lazy identity offset map. Each of those
// must answer exactly what the code it replaced answered; these properties hold them to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compile, matchAll } from '../../src/core/regex.ts';
import { literalGate, matchAllFast, shapeGate } from '../../src/detectors/recognizer.ts';
import { capitalisedRuns, findPersons } from '../../src/detectors/pii/person.ts';
import { findDateTimes } from '../../src/detectors/pii/date-time.ts';
import { findAges } from '../../src/detectors/pii/age.ts';
import { findTitles } from '../../src/detectors/pii/title.ts';
import { findPostalCodes } from '../../src/detectors/pii/postal-code.ts';
import { tokenize } from '../../src/detectors/pii/tokens.ts';
import { normalize } from '../../src/detectors/normalize.ts';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';

const RUNS = 250;

// Pieces that exercise capitals and lower case in and out of ASCII, astral letters (U+1D400 is Lu,
// U+1D44E is Ll), lone surrogates, the joiners ' ’ - and the ASCII word-boundary characters.
const PIECES = ['A', 'Z', 'a', 'z', ' ', ' ', '.', "'", '’', '-', '_', '1', 'É', 'é', 'Ω', 'ω', 'ǅ', 'ß', '\u{1D400}', '\u{1D44E}',
  '\ud800', '\udc00', 'Ａ', 'Ⅷ', 'Ärger', 'McDonald', "O'Neil", 'Jean-Luc', 'John Smith', 'İstanbul', '\n', ',', '@'];
const mixed = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

const ASCII_PIECES = ['Dear ', 'name is ', 'Mr ', 'Dr. ', 'Professor ', 'works as a ', 'engineer', 'CEO', 'Chief Data Officer',
  'I am 35 years old', 'aged 40', 'turned 30.', '2021-03-04T10:30:00Z', '10:30 am', '03/04/2021', 'March 3, 2021', 'Monday',
  '62704', 'Springfield, IL ', '1012 AB', 'M1 1AE', 'SW1A 1AA', 'zip ', '+1 415 555 0134', 'x', ' ', ', ', '.', '\n', '7'];
const ascii = fc.array(fc.constantFrom(...ASCII_PIECES), { maxLength: 40 }).map((a) => a.join(''));

const NAME_TOKEN = "\\p{Lu}[\\p{Ll}'’\\-]{1,30}|\\p{Lu}\\.?";
const RE_RUN = compile('test/run', `\\b(?:${NAME_TOKEN})(?:[ ](?:${NAME_TOKEN})){0,3}`);
// The run pattern with its starts: a capital where RE2's \b holds (an A–Z one after no ASCII word
// unit, a non-ASCII one after an ASCII word unit); a Latin non-ASCII capital also at the start, after
// any ASCII unit or after punctuation (Latin-1 signs, general and CJK punctuation), not inside a
// non-ASCII word. JavaScript's leftmost-first search with lookbehind, on the well-formed copy RE2
// would read (lone surrogates as U+FFFD).
const RUN_START = '(?:(?<![A-Za-z0-9_])(?=[A-Z])|(?<=[A-Za-z0-9_])(?=[^\\x00-\\x7f])|' +
  '(?<=^|[\\x00-\\x7f\\u00a0-\\u00a9\\u00ab-\\u00b4\\u00b6-\\u00b9\\u00bb-\\u00bf\\u2000-\\u206f\\u3000-\\u303f])(?=[\\u00c0-\\u024f\\u1e00-\\u1eff]))';
const JS_RUN = new RegExp(`${RUN_START}(?:${NAME_TOKEN})(?:[ ](?:${NAME_TOKEN})){0,3}`, 'gu');
const reference = (s: string): [number, number][] => [...s.toWellFormed().matchAll(JS_RUN)].map((m) => [m.index, m.index + m[0].length]);

test('capitalised-run scanner returns exactly the matches of the reference pattern', () => {
  fc.assert(fc.property(fc.oneof(mixed, ascii), (s) => {
    assert.deepEqual(capitalisedRuns(s), reference(s));
  }), { numRuns: RUNS * 2 });
  // Long lower-case tails are cut at 30 letters, as {1,30} does.
  const long = 'Abcdefghijklmnopqrstuvwxyzabcdefghij Kim';
  assert.deepEqual(capitalisedRuns(long), reference(long));
  // On ASCII text (and wherever no non-ASCII capital follows a space or punctuation) the runs are the RE2 matches of \b + the pattern.
  fc.assert(fc.property(ascii, (s) => {
    assert.deepEqual(capitalisedRuns(s), matchAll(RE_RUN, s).map((m) => [m.start, m.end]));
  }), { numRuns: RUNS });
  // A Latin capital such as "Š" or "É" starts a run after a space, at the start and after punctuation, not inside a
  // word; a Greek or Cyrillic one only where RE2's \b holds.
  assert.deepEqual(capitalisedRuns('User: Šárka Novotná'), [[0, 4], [6, 19]]);
  assert.deepEqual(capitalisedRuns('Éva «Ágnes» aÉ éÉ'), [[0, 3], [5, 10], [13, 14]]);
  assert.deepEqual(capitalisedRuns('Ωmega Σοφία aΩx'), [[13, 15]]);
});

test('matchAllFast yields the same matches as matchAll (groups, empty matches, non-ASCII fallback)', () => {
  const res = [
    compile('t/iso', '\\b\\d{4}-\\d{2}-\\d{2}\\b'),
    compile('t/groups', '([A-Z])([a-z]+)?(\\d)?'),
    compile('t/empty', 'a*'),
    compile('t/ci', '(?:name is|dear)\\s+(\\w+)', 'i'),
  ];
  fc.assert(fc.property(fc.oneof(mixed, ascii), (s) => {
    for (const re of res) assert.deepEqual(matchAllFast(re, s), matchAll(re, s));
  }), { numRuns: RUNS });
});

test('shapeGate and literalGate answer "matches somewhere" / "some word occurs"', () => {
  const shapes = [{ source: '\\d{4}' }, { source: 'dear', caseInsensitive: true }, { source: '\\p{Lu}\\p{Ll}+ \\p{Lu}' }];
  const gate = shapeGate('test/shapes', shapes);
  const compiled = shapes.map((s, i) => compile(`test/shape${i}`, s.source, s.caseInsensitive ? 'i' : ''));
  const words = ['name is', 'dear', "i'm", 'i’m', 'a.b'];
  const lit = literalGate('test/literals', words);
  fc.assert(fc.property(fc.oneof(mixed, ascii), (s) => {
    const actual = compiled.map((re) => matchAll(re, s).length > 0);
    const live = gate.live(s);
    // Exact on well-formed text; malformed text (lone surrogates) is reported all-live (no pass saved).
    if (s.isWellFormed()) assert.deepEqual(live, actual);
    else assert.deepEqual(live, actual.map(() => true));
    const lower = s.toLowerCase();
    assert.equal(lit.any(lower), words.some((w) => lower.includes(w)));
  }), { numRuns: RUNS });
});

test('recognizers give the same hits with their own prefilter as with every shape run', () => {
  const allLive = [true, true, true, true, true, true, true, true, true, true];
  fc.assert(fc.property(fc.oneof(mixed, ascii), (s) => {
    assert.deepEqual(findDateTimes(s), findDateTimes(s, allLive));
    assert.deepEqual(findAges(s), findAges(s, allLive));
    assert.deepEqual(findTitles(s), findTitles(s, allLive.slice(0, 3)));
    assert.deepEqual(findPostalCodes(s), findPostalCodes(s, allLive.slice(0, 3)));
  }), { numRuns: RUNS });
});

test('the PII detector answers the same through the engine prefilter as each recognizer alone', () => {
  // Person, date and title findings through the detector (engine-provided shape flags) must equal the
  // recognizers called directly (their own gates), modulo the engine's score rounding and context.
  const det = createPiiDetector({ id: 'pii', entities: ['PERSON'], views: { normalize: false, decode: false } });
  const ctx = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' } as const;
  fc.assert(fc.property(fc.oneof(mixed, ascii), (s) => {
    const spans = det.scan(s, ctx).map((f) => [f.start, f.end]);
    const direct = findPersons(s).map((h) => [h.start, h.end]);
    assert.deepEqual(spans, direct.sort((a, b) => a[0] - b[0] || b[1] - a[1]));
  }), { numRuns: RUNS });
});

/** The tokenizer as first written (string predicates per character), kept here as the reference. */
function referenceTokens(text: string): { start: number; end: number; lower: string; cap: boolean; allCaps: boolean; digits: boolean }[] {
  const isLower = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '\u00c0' && c !== c.toUpperCase() && c === c.toLowerCase());
  const isUpper = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= '\u00c0' && c !== c.toLowerCase() && c === c.toUpperCase());
  const isDigit = (c: string): boolean => c >= '0' && c <= '9';
  const isWord = (c: string | undefined): boolean => c !== undefined && (isDigit(c) || isLower(c) || isUpper(c) || (c >= '\u00c0' && c !== '\u00d7' && c !== '\u00f7' && c <= '\u024f'));
  const out = [];
  let i = 0;
  while (i < text.length) {
    if (!isWord(text[i])) { i++; continue; }
    const start = i++;
    for (;;) {
      if (i < text.length && isWord(text[i])) { i++; continue; }
      const c = text[i];
      if (i + 1 < text.length && (c === "'" || c === '’' || c === '-') && isWord(text[i + 1])) { i += 2; continue; }
      break;
    }
    const raw = text.slice(start, i);
    let letters = 0;
    let uppers = 0;
    let digits = 0;
    for (const c of raw) {
      if (isDigit(c)) digits++;
      else if (isUpper(c)) { uppers++; letters++; } else if (isLower(c)) letters++;
    }
    out.push({ start, end: i, lower: raw.toLowerCase(), cap: isUpper(raw[0]), allCaps: uppers >= 2 && uppers === letters, digits: digits === raw.length });
  }
  return out;
}

test('table-driven tokenizer equals the per-character reference', () => {
  fc.assert(fc.property(fc.oneof(mixed, ascii, fc.string({ maxLength: 40 })), (s) => {
    // The reference has no `ascii` flag (added with the lazy token list): compared separately.
    const toks = tokenize(s);
    assert.deepEqual(toks.map(({ start, end, lower, cap, allCaps, digits }) => ({ start, end, lower, cap, allCaps, digits })), referenceTokens(s));
    for (const t of toks) assert.equal(t.ascii, [...s.slice(t.start, t.end)].every((c) => c.charCodeAt(0) < 0x80));
  }), { numRuns: RUNS * 2 });
});

test('ASCII normalisation: lazy identity offset map equals the materialised one', () => {
  fc.assert(fc.property(ascii, fc.integer({ min: -3, max: 50 }), fc.integer({ min: -3, max: 50 }), (s, a, b) => {
    const lazy = normalize(s);
    const before = lazy.toOriginal(a, b);
    const starts = Array.from(lazy.starts);
    assert.deepEqual(starts, Array.from({ length: s.length }, (_, i) => i));
    assert.deepEqual(Array.from(lazy.ends), Array.from({ length: s.length }, (_, i) => i + 1));
    assert.deepEqual(lazy.toOriginal(a, b), before);
  }), { numRuns: RUNS });
});

test('engine priming of the decode gate changes no finding', async () => {
  // createPiiDetector primes normalisation's decode gate from the engine's set pass (views.decode on);
  // the same recognizers without priming must give the same findings on text with and without
  // encoded spans (base64, hex, %xx, rot13 markers).
  const { buildRecognizerEngine } = await import('../../src/detectors/recognizer.ts');
  const { PII_RECOGNIZERS } = await import('../../src/detectors/pii/index.ts');
  const { scanViews, DEFAULT_VIEW_OPTIONS } = await import('../../src/detectors/views.ts');
  const primed = buildRecognizerEngine(PII_RECOGNIZERS, { detector: 'pii', primeDecode: true });
  const plain = buildRecognizerEngine(PII_RECOGNIZERS, { detector: 'pii' });
  const enc = ['am9obi5zbWl0aEBleGFtcGxlLmNvbQ==', '6a6f686e40782e636f6d', 'john%40example%2Ecom', 'rot13: Wbua Fzvgu', 'ROT-13 ',
    'aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ', 'call 555-123-4567', 'Dear Mr Smith, ', ' ', '\n'];
  const gen = fc.array(fc.constantFrom(...enc), { maxLength: 12 }).map((a) => a.join(''));
  fc.assert(fc.property(fc.oneof(gen, ascii), (s) => {
    assert.deepEqual(scanViews(s, (t) => primed.scan(t), DEFAULT_VIEW_OPTIONS), scanViews(s, (t) => plain.scan(t), DEFAULT_VIEW_OPTIONS));
  }), { numRuns: RUNS });
});

test('PII pattern anchors: anchoredMatches equals matchAll, and a narrower anchor would be caught', async () => {
  const { anchoredMatches } = await import('../../src/detectors/recognizer.ts');
  const { PII_RECOGNIZERS } = await import('../../src/detectors/pii/index.ts');
  const anchored = PII_RECOGNIZERS.flatMap((r) => (r.patterns ?? []).filter((p) => p.anchor !== undefined)
    .map((p) => ({ id: `${r.id}/${p.name}`, p, re: compile(`t/${r.id}/${p.name}`, p.regex, p.caseInsensitive === true ? 'i' : '') })));
  assert.deepEqual(anchored.map((a) => a.id).sort(), ['domain_name/host', 'email/email', 'url/scheme']);
  // Labels start with a digit, so the only dot followed by a letter is the one before the TLD.
  const label = (n: number): string => '1' + 'b'.repeat(n - 2) + 'c';
  // Matches whose anchor sits as far from the match start as each bound allows, and near misses.
  const far = [
    `${'x'.repeat(64)}@example.com`, `${'x'.repeat(65)}@example.com`, `${'é'.repeat(63)}x@exemple.fr`, 'jo@mail.example.co.uk',
    `${[1, 2, 3, 4, 5, 6].map(() => label(63)).join('.')}.com`, `${[1, 2, 3, 4, 5, 6, 7].map(() => label(63)).join('.')}.net`,
    `😀${[1, 2, 3, 4, 5, 6].map(() => label(63)).join('.')}.com`,
    `${label(64)}.org`, 'maria.lopez@example.com', 'see e.g. this', 'x.Com', 'obj.co(', '1.2.3.4.io',
    'https://example.org/a?b=c', 'HTTPS://EXAMPLE.ORG/X', 'ftp://files.example.net/p', 'httpſ://example.org/x', 'xhttp://a.io/b', 'http:/', '://x',
  ];
  const noise = [' ', '\n', '.', '@', '-', '_', ':', '/', 'a', 'Z', '9', 'é', 'ſ', 'K', '😀', '\ud800', 'www.', 'mail', '.de', '.Com', '.io ', 'ex'];
  const textArb = fc.array(fc.oneof(fc.constantFrom(...far), fc.constantFrom(...noise)), { maxLength: 14 }).map((a) => a.join(''));
  const check = (anchor: NonNullable<(typeof anchored)[number]['p']['anchor']>, re: (typeof anchored)[number]['re'], t: string): boolean =>
    JSON.stringify(anchoredMatches(anchor, re, t)) === JSON.stringify(matchAll(re, t));
  for (const { id, p, re } of anchored) {
    // Both walks: the first matches of short ASCII text read from its bytes (as the engine does) or from the string.
    const same = (t: string): void => {
      const want = matchAll(re, t);
      assert.deepEqual(anchoredMatches(p.anchor!, re, t, { bytes: true }), want, `${id} on ${JSON.stringify(t)}`);
      assert.deepEqual(anchoredMatches(p.anchor!, re, t), want, `${id} (string) on ${JSON.stringify(t)}`);
    };
    fc.assert(fc.property(textArb, same), { numRuns: RUNS * 4 });
    for (const t of far) same(t);
    // The bounds are tight: one unit less, and the farthest matches above are missed.
    const narrower = { ...p.anchor!, within: p.anchor!.within - 1 };
    assert.ok(far.some((t) => !check(narrower, re, `.. ${t}`)), `${id}: within ${narrower.within} goes unnoticed`);
  }
  // letterAfter is needed: the domain anchor without it still equals matchAll (it only finds more
  // candidates), but an anchor on "." followed by a digit would miss every host.
  const host = anchored.find((a) => a.id === 'domain_name/host')!;
  assert.equal(check({ ...host.p.anchor!, letterAfter: false }, host.re, 'see e.g. this, visit jane-doe.net'), true);
  assert.equal(check({ ...host.p.anchor!, literals: ['.1'] }, host.re, 'visit jane-doe.net'), false);
});

test('DOMAIN_NAME: the host pattern that takes the character before it finds what \\b plus the old rejections found', async () => {
  // The pattern used to start at \b and validate() rejected hosts after "@ . / : $ # - _"; it now takes
  // the character before the host into the match instead, so e-mail domains never match. Same findings.
  const { buildRecognizerEngine } = await import('../../src/detectors/recognizer.ts');
  const { recognizer: host } = await import('../../src/detectors/pii/domain-name.ts');
  const { BARE_TLDS } = await import('../../src/detectors/pii/data/tlds.ts');
  const before = {
    ...host,
    patterns: [{ name: 'host', regex: `\\b(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.){1,6}(?:${BARE_TLDS.join('|')})\\b`, score: 0.5 }],
    maxLength: 253,
  };
  const now = buildRecognizerEngine([host], { detector: 'pii' });
  const then = buildRecognizerEngine([before], { detector: 'pii' });
  const pieces = ['example.com', 'jane-doe.net', 'mail.example.co.uk', 'a@b.io', 'x.y.z.org', 'self.net', 'np.int32', 'obj.co(', 'e.g.', ' ', '\n', '.', '@',
    '/', ':', '$', '#', '-', '_', 'https://', 'www.', 'visit ', 'é', 'ß', '😀', '\ud800', '1.2.com', 'a'.repeat(63) + '.com', 'Example.Com', '.de', 'foo', '(', ')'];
  const gen = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join(''));
  fc.assert(fc.property(gen, (t) => {
    assert.deepEqual(now.scan(t), then.scan(t), JSON.stringify(t));
  }), { numRuns: RUNS * 4 });
  // An address's domain no longer matches the host pattern at all (so its set bit stays off).
  assert.deepEqual(matchAll(compile('t/host', host.patterns![0].regex), 'write to maria.lopez@example.com today'), []);
});
