// Machine-like texts (base64 and PEM blocks, UUID lists, signed URLs: long varied runs with letters) make
// one RE2.Set over many patterns build an automaton state per byte (BENCHMARKS.md finding 29); compileSet
// answers them from several small sets instead, and a SetPool group leaves them to its members' own sets.
// The answer must not change: which patterns match somewhere. The e-mail recogniser's set source must stay
// a superset of its regex, so the PII detector finds the same addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import RE2 from 're2';
import { compileSet, machineLike, slowFor } from '../../src/core/regex.ts';
import { buildRecognizerEngine, type Recognizer } from '../../src/detectors/recognizer.ts';
import { recognizer as email } from '../../src/detectors/pii/email.ts';
import type { DetectionContext, Detector } from '../../src/core/types.ts';
import { benchRule } from '../../bench/detectors.ts';
import { setSizes } from './set-spy.ts';
import { detectorCorpus, machineTexts } from '../../bench/lib/payloads.ts';

type SetCtor = new (sources: string[], flags: string, opts?: object) => { match(b: Buffer): number[]; readonly size: number };
const Re2Set = (RE2 as unknown as { Set: SetCtor }).Set;
const REQ: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };

/** The source lists of every RE2.Set the embedded policy's detectors build (captured while it compiles). */
function policySets(): { sources: string[]; flags: string }[] {
  const holder = RE2 as unknown as { Set: SetCtor };
  const captured: { sources: string[]; flags: string }[] = [];
  holder.Set = class extends Re2Set {
    constructor(sources: string[], flags: string, opts?: object) {
      super(sources, flags, opts);
      captured.push({ sources: [...sources], flags });
    }
  };
  try {
    benchRule();
  } finally {
    holder.Set = Re2Set;
  }
  return captured;
}

const machineUnit = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9+/]{16,70}={0,2}$/),
  fc.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  fc.stringMatching(/^[0-9][0-9,.\-]{10,40}$/),
  fc.constantFrom('\n', ' ', ', ', 'jane.doe@example.com', 'AKIAIOSFODNN7EXAMPLE', '4111 1111 1111 1111', '-----BEGIN CERTIFICATE-----', 'ghp_' + 'a1B2'.repeat(9), 'é', '2024-01-05,101.25,7734'),
);
const machineText = fc.array(machineUnit, { minLength: 4, maxLength: 24 }).map((xs) => xs.join('')).filter((t) => machineLike(Buffer.from(t)));

test('machine-like texts are told apart from prose, code, logs and JSON', () => {
  const machine = machineTexts(64 * 1024);
  assert.ok(machine.length >= 12);
  // Digit-dense text keeps the whole set: hex dumps (short tokens) and CSV rows of numbers (long runs
  // without letters).
  for (const t of machine) assert.equal(machineLike(Buffer.from(t)), !t.startsWith('00000000  ') && !t.startsWith('date,open'), t.slice(0, 80));
  assert.ok(machine.filter((t) => machineLike(Buffer.from(t))).length >= 8);
  assert.equal(machineLike(Buffer.from(Array.from({ length: 200 }, (_, i) => String(i * 7919)).join(', '))), false, 'a number list');
  // The detector corpus (prose, code, JSON, logs, tables with entities) is not: its texts keep the one set.
  for (const t of detectorCorpus(1 << 20)) assert.equal(machineLike(Buffer.from(t)), false, t.slice(0, 80));
  // Short texts never are, however they look.
  const b64 = machineTexts(8 * 1024)[1].slice(40);
  assert.equal(machineLike(Buffer.from(b64.slice(0, 127))), false);
  assert.equal(machineLike(Buffer.from(b64.slice(0, 128))), true);
  assert.equal(machineLike(Buffer.from('The quarterly revenue report shows steady growth in the European market. '.repeat(4))), false);
  // Runs of a repeated unit keep the whole set (its automaton builds few states there).
  for (const unit of ['a', 'aaaa@aaaa@', 'WlpaWlpa', '&#58;', 'url(', '0123456789abcdef']) assert.equal(machineLike(Buffer.from(unit.repeat(Math.ceil(4000 / unit.length)))), false, unit);
  // Where the long runs are does not matter, only their share (a third).
  const prose = 'The quarterly revenue report shows steady growth in the European market. ';
  const blob = (n: number): string => machineTexts(8 * 1024)[1].slice(40, 40 + 27 * n); // base64 of a file
  assert.equal(machineLike(Buffer.from(prose.repeat(8) + blob(12))), true, 'prose, then a blob of 40%');
  assert.equal(machineLike(Buffer.from(blob(12) + prose.repeat(8))), true, 'a blob of 40%, then prose');
  assert.equal(machineLike(Buffer.from(prose.repeat(8) + blob(6))), false, 'prose, then a blob of 22%');
  // The answer follows the text, not a previous text's (one entry is kept per Buffer).
  const a = Buffer.from(b64.slice(0, 400));
  const b = Buffer.from('word '.repeat(60));
  assert.equal(machineLike(a), true);
  assert.equal(machineLike(b), false);
  assert.equal(machineLike(a), true);
});

test('on machine-like texts every set of the embedded policy answers as one whole RE2.Set does', () => {
  const sets = policySets().filter((s) => s.sources.length >= 8);
  assert.ok(sets.length >= 4, `the policy builds several large sets (${sets.length})`);
  assert.ok(sets.some((s) => s.sources.length >= 150), 'including the merged PII and secrets set');
  const compiled = sets.map((s) => ({ mine: compileSet('t', s.sources, s.flags.replace('u', '')), whole: new Re2Set(s.sources, s.flags, { maxMem: 64 << 20 }) }));
  const check = (text: string): void => {
    const bytes = Buffer.from(text);
    for (const { mine, whole } of compiled) assert.deepEqual(mine.match(text), whole.match(bytes), text.slice(0, 120));
  };
  for (const t of machineTexts(6 * 1024)) check(t.slice(0, 700));
  fc.assert(fc.property(machineText, (t) => check(t.slice(0, 700))), { numRuns: 25 });
});

test('a split set answers in ascending order, literals and case-insensitive literals among the patterns', () => {
  const sources = ['\\d{3}-\\d{2}', '(?i:secret)', '[a-f0-9]{8}-[a-f0-9]{4}', 'zz\\.top', '\\bx{2,5}\\b', '(?i:token=)', '^AB', 'q$'];
  const set = compileSet('t', sources);
  const whole = new Re2Set(sources, 'u');
  const text = 'AB ' + machineTexts(8 * 1024)[1].slice(40, 440) + ' 0123abcd-12ef 123-45 SECRET zz.top Token= xxx q';
  assert.equal(machineLike(Buffer.from(text)), true);
  const want = whole.match(Buffer.from(text));
  assert.deepEqual(want, [0, 1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(set.match(text), want);
  fc.assert(fc.property(machineText, fc.subarray(['123-45', 'Secret', 'zz.top', 'xx', 'TOKEN=', 'q']), (t, extra) => {
    const s = [t, ...extra].join(' ');
    assert.deepEqual(set.match(s), whole.match(Buffer.from(s)));
  }), { numRuns: 200 });
});

test('the merged PII and secrets set reads prose; on a machine-like text only small sets and literal sets run', () => {
  const rule = benchRule();
  const pair: Detector[] = rule.request.detectors.filter((d) => d.id === 'secrets' || d.id === 'pii');
  assert.equal(pair.length, 2);
  const prose = 'Please mail jane.doe@example.com the key AKIAIOSFODNN7EXAMPLE by Friday. '.repeat(3);
  const machine = machineTexts(8 * 1024)[0];
  assert.equal(machineLike(Buffer.from(machine)), true);
  const onProse = setSizes(() => { for (const d of pair) d.scan(prose, REQ); });
  assert.equal(onProse.length, 1, 'one merged pass on prose');
  const merged = onProse[0];
  const onMachine = setSizes(() => { for (const d of pair) d.scan(machine, REQ); });
  assert.ok(onMachine.length > 10, `many small passes (${onMachine.length})`);
  // Apart from each detector's one set of plain literals, a set reads at most two patterns.
  assert.ok(onMachine.filter((n) => n > 2).length <= 2, `sizes ${onMachine.join(',')}`);
  assert.ok(Math.max(...onMachine) < merged);
  // Findings are those of the detectors on the same text: the same as a second scan (answers kept per
  // text must not differ from fresh ones).
  for (const d of pair) assert.deepEqual(d.scan(machine, REQ), d.scan(machine.slice(0), REQ));
});

test('a text the predictor misses but the merged set blows up on is caught by a timed probe; long prose is not', (t) => {
  const rule = benchRule();
  const pair: Detector[] = rule.request.detectors.filter((d) => d.id === 'secrets' || d.id === 'pii');
  // Digits mixed at random with spaces, hyphens and slashes: short tokens, so not machine-like, yet the
  // merged set builds a state for nearly every byte (14 µs per byte on the VMs this was written on, 7 on a
  // faster one, against the probe's bounds of 2 µs on the first kilobyte and 5 on the second).
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const soup = Array.from({ length: 8000 }, () => '0123456789 -/'[next() % 13]).join('');
  assert.equal(machineLike(Buffer.from(soup)), false);
  // How slow the soup is here, read as the probe reads it (a fresh merged set, first and second kilobyte):
  // the plan depends on the machine's speed, so the test asserts the plan only where the measurement is
  // clearly on one side of the bounds.
  const merged = policySets().filter((x) => x.sources.length >= 150)[0];
  const fresh = new Re2Set(merged.sources, merged.flags, { maxMem: 32 << 20 });
  const bytes = Buffer.from(soup);
  const perByte = (from: number): number => {
    const t0 = process.hrtime.bigint();
    fresh.match(bytes.subarray(from, from + 1024));
    return Number(process.hrtime.bigint() - t0) / 1024;
  };
  const first = perByte(0);
  const second = perByte(1024);
  t.diagnostic(`merged set on the soup: ${first.toFixed(0)} ns/byte on the first kilobyte, ${second.toFixed(0)} on the second`);
  const onSoup = setSizes(() => { for (const d of pair) d.scan(soup, REQ); });
  if (first > 2000 * 1.3 && second > 5000 * 1.3) assert.ok(onSoup.filter((n) => n <= 2).length > 10, `small sets read the soup (${onSoup.join(',')})`);
  else if (second < 5000 * 0.7) assert.ok(onSoup.filter((n) => n <= 2).length === 0, `the soup is fast here, yet split (${onSoup.join(',')})`);
  // Long prose: the probe reads the merged set, then the full pass does.
  const prose = 'Please mail jane.doe@example.com the key AKIAIOSFODNN7EXAMPLE by Friday. The quarterly revenue report shows steady growth. '.repeat(40);
  assert.ok(prose.length >= 4096);
  const onProse = setSizes(() => { for (const d of pair) d.scan(prose, REQ); });
  assert.ok(onProse[0] >= 150, `the merged set is probed (${onProse.join(',')})`);
  // The answers are the whole set's either way.
  const sets = policySets().filter((x) => x.sources.length >= 8);
  for (const x of sets) {
    const mine = compileSet('t', x.sources, x.flags.replace('u', ''));
    const whole = new Re2Set(x.sources, x.flags, { maxMem: 64 << 20 });
    const t = soup.slice(0, 4200);
    assert.deepEqual(mine.match(t), whole.match(Buffer.from(t)));
  }
});

test('the probe: texts under 4 KB are not probed, two slow kilobytes mark the text, the verdict is kept per Buffer', () => {
  let calls = 0;
  /** A set whose reads take the given milliseconds in turn (the last one repeated). */
  const spin = (...ms: number[]) => ({ match: (_b: Buffer): number[] => { const end = performance.now() + ms[Math.min(calls++, ms.length - 1)]; while (performance.now() < end); return []; } });
  const long = (): Buffer => Buffer.from('The quarterly revenue report shows steady growth. '.repeat(90));
  assert.equal(slowFor(spin(10), Buffer.alloc(4095, 0x61)), false);
  assert.equal(calls, 0, 'a short text is not probed');
  calls = 0;
  assert.equal(slowFor(spin(0), long()), false);
  assert.equal(calls, 1, 'a fast first kilobyte is enough');
  calls = 0;
  const slowText = long();
  assert.equal(slowFor(spin(8), slowText), true);
  assert.equal(calls, 2, 'a slow first kilobyte is confirmed on the next one');
  calls = 0;
  assert.equal(slowFor(spin(0), slowText), true, 'kept for that Buffer');
  assert.equal(calls, 0);
  // A fresh set builds states on any text: slow on the first kilobyte, faster on the next (1 µs per byte here,
  // under the second bound of 5, with room for the scheduler: under a parallel test run a 3 µs spin was
  // once preempted past the bound): not marked.
  calls = 0;
  assert.equal(slowFor(spin(8, 1), long()), false);
  assert.equal(calls, 2);
  // A real set reads prose far under the bound; one preempted probe among three must not decide.
  const real = new Re2Set(['\\d{3}-\\d{4}', '(?i:secret)', '[a-z]+@[a-z]+\\.com'], 'u');
  const verdicts = [long(), long(), long()].map((b) => slowFor(real, b));
  assert.ok(verdicts.filter((v) => !v).length >= 2, verdicts.join(','));
});

test("the e-mail set source matches every text the e-mail regex matches, and PII finds the same addresses with it", () => {
  const pat = email.patterns[0];
  assert.ok(pat.setSource !== undefined);
  const full = new RE2(pat.regex, 'u');
  const gate = new RE2(pat.setSource, 'u');
  const piece = fc.constantFrom('a', 'Z', '9', '.', '-', '_', '%', '+', '@', 'é', 'ß', '×', ' ', 'example', 'com', 'co.uk', '..', 'x@y', '\n');
  const emailish = fc.array(piece, { minLength: 1, maxLength: 30 }).map((xs) => xs.join(''));
  fc.assert(fc.property(emailish, (t) => {
    if (full.test(t)) assert.ok(gate.test(t), JSON.stringify(t));
  }), { numRuns: 3000 });
  // The engine with and without the set source: the same findings.
  const without: Recognizer = { ...email, patterns: email.patterns.map(({ setSource: _, ...p }) => p) };
  const a = buildRecognizerEngine([email], { detector: 'pii' });
  const b = buildRecognizerEngine([without], { detector: 'pii' });
  fc.assert(fc.property(emailish, fc.array(emailish, { maxLength: 6 }), (x, xs) => {
    const t = [x, ...xs].join(' ');
    assert.deepEqual(a.scan(t), b.scan(t));
  }), { numRuns: 1000 });
  assert.equal(a.scan('write to jane.doe+news@example.co.uk or müller@example.de').length, 2);
});
