// Numbers written in words (normalize.ts numberWordsCopy): a card, phone number or SSN a caller says, or a
// model was told to write out ("four one one one …", "double five", "null eins sieben"), is read as its
// digits, found by the PII recognisers, and redacted over its words; prose with number words in it is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DECODE_SHAPES, PIECE_BYTES, normalize, numberWordsCopy, numberWordsTail, primeDecodeGate, type NumberWordsCopy } from '../../src/detectors/normalize.ts';
import { compileSet } from '../../src/core/regex.ts';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import { renderReplacement, resolveOverlaps } from '../../src/redaction/index.ts';
import type { DetectionContext, Finding } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };
const pii = createPiiDetector({ id: 'pii' });
/** The view options PII, secrets and canary normalise with (views.ts normalizeOptions). */
const VIEWS = { decode: true, maxDecodeSpan: 512, pieces: PIECE_BYTES, rot13: false, numberWords: true } as const;
/** The finding types masked below (the default policy redacts cards and phone numbers; SSNs too here). */
const MASKED = new Set(['CREDIT_CARD', 'PHONE', 'US_SSN']);

/** PII findings of the masked types, as [type, text covered]. */
function found(text: string): [string, string][] {
  return pii.scan(text, ctx).filter((f: Finding) => MASKED.has(f.type)).map((f) => [f.type, text.slice(f.start, f.end)]);
}

/** `text` with the masked PII findings replaced as the redactor does ("[CREDIT_CARD]"). */
function redacted(text: string): string {
  const spans = pii.scan(text, ctx).filter((f) => MASKED.has(f.type)).map((f) => ({ start: f.start, end: f.end, type: f.type, style: { kind: 'mask' as const }, score: f.score }));
  let out = '';
  let pos = 0;
  for (const s of resolveOverlaps(text, spans).sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, s.start) + renderReplacement(text.slice(s.start, s.end), s.type, s.style);
    pos = s.end;
  }
  return out + text.slice(pos);
}

/**
 * What numberWordsCopy reads in `text` (null: nothing), without the spaces that pad each number's digits to
 * the length of its words (units over no text of their own).
 */
function read(text: string): string | null {
  const c = numberWordsCopy(text);
  if (c === null) return null;
  let out = '';
  for (let k = 0; k < c.text.length; k++) if (c.starts[k] < c.ends[k]) out += c.text[k];
  return out;
}

test('a card, a phone number and an SSN written in words are found over all their words and redacted there', () => {
  const card = 'four one one one one one one one one one one one one one one one';
  assert.deepEqual(found(`My card is ${card}, expiring soon.`), [['CREDIT_CARD', card]]);
  assert.equal(redacted(`My card is ${card}, expiring soon.`), 'My card is [CREDIT_CARD], expiring soon.');
  // Mastercard test number, words in capitals and hyphens.
  const mc = 'FIVE-FIVE-FIVE-FIVE five-five-five-five five-five-five-five four-four-four-four';
  assert.equal(redacted(`Card: ${mc}`), 'Card: [CREDIT_CARD]');
  const phone = 'five five five, two six seven, one two three four';
  assert.deepEqual(found(`You can call me on ${phone} after six.`), [['PHONE', phone]]);
  assert.equal(redacted(`my number is ${phone}`), 'my number is [PHONE]');
  const ssn = 'five one four, six nine, oh three six oh';
  assert.deepEqual(found(`My social security number is ${ssn}.`), [['US_SSN', ssn]]);
  assert.equal(redacted(`ssn: ${ssn}`), 'ssn: [US_SSN]');
  // The reading is a whole-text copy counted as spelled, its findings explained as such.
  const n = normalize(`My card is ${card}.`, VIEWS);
  assert.equal(n.signals.spelled, 1);
  // The copy is as long as the text: the digits, then spaces up to the length of the words.
  assert.deepEqual(n.decoded.map((d) => [d.encoding, d.copy, d.text]), [['spelled', true, `My card is 4111111111111111${' '.repeat(card.length - 16)}.`]]);
  assert.match(pii.scan(`My card is ${card}.`, ctx)[0].explanation, /decoded spelled/);
});

test('digit groups among the words, "double" and "triple", teens and tens are read too', () => {
  assert.equal(read('card 4111 one one one one one one one one one one one one'), 'card 4111111111111111');
  assert.equal(redacted('card 4111 one one one one one one one one one one one one'), 'card [CREDIT_CARD]');
  assert.equal(redacted('card four one one one 1111 1111 one one one one'), 'card [CREDIT_CARD]');
  // A comma is a separator like a space: the number goes on; a word that is none ends it.
  assert.equal(read('call double five five, two six seven one, triple oh four'), 'call 55526710004');
  assert.equal(read('call double five five, two six seven one or triple oh four'), 'call 5552671 or triple oh four');
  assert.equal(redacted('Call me on double five five, two six seven, one two three four.'), 'Call me on [PHONE].');
  assert.equal(read('phone: five five five twenty-three forty five sixty seven'), 'phone: 555234567');
  assert.equal(read('phone: five five five, twenty, thirteen, eleven'), 'phone: 555201311');
  // "twenty oh" is twenty, then zero; "double" before anything but a digit word is no number word.
  assert.equal(read('ref: twenty oh one two three four'), 'ref: 2001234');
  assert.equal(numberWordsCopy('double check one two three'), null);
  // "double one" holds two ones, as "one one" does: enough digits other than nought to be read.
  assert.equal(read('one zero zero zero double one zero'), '1000110');
  assert.equal(read('one zero zero zero one one zero'), '1000110');
  assert.equal(numberWordsCopy('one zero zero zero double zero one'), null);
  // Only four digit groups before the first word are read with it; the rest stays as written.
  assert.equal(read('1 2 3 4 5 6 one two three'), '1 2 3456123');
});

test('other languages: Spanish, French, German, Italian', () => {
  assert.equal(read('mi tarjeta es cuatro uno uno uno, uno uno uno uno, uno uno uno uno, uno uno uno uno'), 'mi tarjeta es 4111111111111111');
  assert.equal(redacted('mi tarjeta es cuatro uno uno uno, uno uno uno uno, uno uno uno uno, uno uno uno uno'), 'mi tarjeta es [CREDIT_CARD]');
  assert.equal(redacted('mi teléfono es seis cinco cuatro, tres dos uno, nueve ocho siete'), 'mi teléfono es [PHONE]');
  assert.equal(read('ma carte : quatre un un un un un un un un un un un un un un un'), 'ma carte : 4111111111111111');
  assert.equal(read('mon numéro : zéro six, douze, trente-quatre… non : Zéro six un deux trois quatre cinq six sept huit neuf'),
    'mon numéro : zéro six, douze, trente-quatre… non : 06123456789');
  assert.equal(redacted('Telefon: null eins sieben sechs, drei vier fünf sechs sieben acht neun'), 'Telefon: [PHONE]');
  assert.equal(read('Handy: NULL EINS SIEBEN SECHS ZWO DREI VIER FUENF SECHS'), 'Handy: 017623456');
  assert.equal(redacted('la mia carta è quattro uno uno uno uno uno uno uno uno uno uno uno uno uno uno uno'), 'la mia carta è [CREDIT_CARD]');
});

test('prose with number words in it is no number', () => {
  for (const t of [
    'one or two of the nine people came',
    'I have two kids, three dogs and one cat.',
    'Add two cups of flour, one egg and three spoons of sugar, then bake for twenty-five minutes.',
    'I work nine to five, five days a week.',
    'Chapter one, part two: three things to know.',
    'The vote was six to three, with one abstention.',
    'Oh, one more thing: two of them left.',
    'dos o tres veces; un deux trois, nous irons au bois; eins, zwei, Polizei',
    '[null, null, null, null, null, null, null, null, null, null, null]',
    'oh oh oh oh oh oh oh oh',
    'double-check the triple-A rating',
    'one one one',
  ]) {
    assert.equal(numberWordsCopy(t), null, t);
    assert.deepEqual(found(t), [], t);
  }
  // Long enough to be read, but no PII in it: read, nothing found.
  for (const t of ['Count with me: one, two, three, four, five, six, seven, eight.', 'Scores: twenty-one, nineteen, thirty-three, forty.']) {
    assert.notEqual(numberWordsCopy(t), null, t);
    assert.deepEqual(pii.scan(t, ctx), [], t);
  }
  // A line break, "and", or four spaces end a number.
  assert.equal(numberWordsCopy('five five five\ntwo six seven one'), null);
  assert.equal(numberWordsCopy('five five five and two six seven one'), null);
  assert.equal(numberWordsCopy('five five five    two six seven one'), null);
  assert.equal(read('five five five   two six seven one'), '5552671');
});

test('the normaliser reads numbers in words only when asked (PII, secrets, canary views; not the injection detector)', () => {
  const t = 'My card is four one one one one one one one one one one one one one one one.';
  assert.deepEqual(normalize(t, { decode: true, pieces: PIECE_BYTES }).decoded, []);
  assert.equal(normalize(t, VIEWS).decoded.length, 1);
  // Without pieces (the normaliser's default), no whole-text copy.
  assert.deepEqual(normalize(t, { ...VIEWS, pieces: 0 }).decoded, []);
  // A primed gate that saw no number-word shape skips the reading; one that saw it (index 10) reads it.
  assert.equal(DECODE_SHAPES.length, 11);
  const gate = compileSet('test/gate', DECODE_SHAPES);
  primeDecodeGate(t, DECODE_SHAPES.map((_, i) => gate.match(t).includes(i)));
  assert.equal(normalize(t, { ...VIEWS, maxSpans: 31 }).decoded.length, 1);
});

/** Words per digit, per language (English has three for zero). */
const DIGIT_WORDS: readonly (readonly string[])[] = [
  ['zero', 'oh', 'o', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
];
/** The word for digit d in a language (English zero: one of three). */
function wordFor(lang: number, d: number, pick: number): string {
  const words = DIGIT_WORDS[lang];
  if (lang === 0) return d === 0 ? words[pick % 3] : words[d + 2];
  return words[d];
}

/** The digits of each unit of a copy, as [digit, original text it maps to]. */
function mapped(c: NumberWordsCopy, text: string, from: number, to: number): [string, string][] {
  const out: [string, string][] = [];
  for (let k = from; k < to; k++) out.push([c.text[k], text.slice(c.starts[k], c.ends[k])]);
  return out;
}

test('property: digits written as words (any language, case and separator; "double") read back as the digits, each over its word', () => {
  const cased = (w: string, k: number): string => (k === 0 ? w : k === 1 ? w[0].toUpperCase() + w.slice(1) : w.toUpperCase());
  const SEP = fc.constantFrom(' ', ' ', ', ', '-', ' - ', '  ', '. ', '/', '\t', ' ,');
  const LEAD = fc.constantFrom('', 'my number is ', 'Card: ', '(', '"', 'ssn ');
  const TAIL = fc.constantFrom('', '.', ', thanks', ')', ' ok', '!');
  const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 24 }).filter((ds) => ds.filter((d) => d !== 0).length >= 3);
  fc.assert(fc.property(digits, fc.array(fc.tuple(fc.nat(4), fc.nat(2), fc.nat(2), SEP, fc.boolean()), { minLength: 24, maxLength: 24 }), LEAD, TAIL, (ds, how, lead, tail) => {
    // Tokens: a word per digit, or "double <word>" for two equal digits in a row (when told to).
    const words: string[] = [];
    const per: string[] = []; // per digit: the original text it maps to
    for (let i = 0; i < ds.length; i++) {
      const [lang, pick, casing, , double] = how[i];
      const w = cased(wordFor(lang, ds[i], pick), casing);
      if (double && i + 1 < ds.length && ds[i + 1] === ds[i] && words.length > 0) {
        const tok = `${cased('double', casing)} ${w}`;
        words.push(tok);
        per.push(tok, tok);
        i++;
      } else {
        words.push(w);
        per.push(w);
      }
    }
    let run = words[0];
    for (let i = 1; i < words.length; i++) run += how[i][3] + words[i];
    const text = lead + run + tail;
    const c = numberWordsCopy(text);
    assert.ok(c !== null, JSON.stringify(text));
    // The digits where the words start, spaces up to their end; as long as the text.
    const end = lead.length + run.length;
    assert.equal(c.text, lead + ds.join('') + ' '.repeat(run.length - ds.length) + tail, JSON.stringify(text));
    assert.deepEqual(mapped(c, text, lead.length, lead.length + ds.length), ds.map((d, k) => [String(d), per[k]]), JSON.stringify(text));
    for (let k = lead.length + ds.length; k < end; k++) assert.deepEqual([c.starts[k], c.ends[k]], [end, end]);
    // Everything else maps to itself; the end to the end.
    for (let k = 0; k < lead.length; k++) assert.deepEqual([c.starts[k], c.ends[k]], [k, k + 1]);
    for (let k = end; k < text.length; k++) assert.deepEqual([c.starts[k], c.ends[k]], [k, k + 1]);
    assert.deepEqual([c.starts[c.text.length], c.ends[c.text.length]], [text.length, text.length]);
  }), { numRuns: 1500 });
});

/** Texts of number words, digit groups, prose and separators of every kind, valid or not. */
const MIXED = fc.array(fc.tuple(
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('one', 'Five', 'NINE', 'oh', 'o', 'null', 'zwo', 'fünf', 'Zéro', 'uno', 'sept', 'double', 'triple', 'twenty', 'thirteen', 'ten') },
    { weight: 2, arbitrary: fc.constantFrom('4111', '5', '00', '555', '1234567') },
    { weight: 2, arbitrary: fc.constantFrom('and', 'cats', 'fiver', 'x', 'éone', 'one_', 'on', 'fün', 'tw', 'я', '—') },
  ),
  fc.constantFrom(' ', ' ', ', ', '-', '  ', '   ', '    ', '\n', '. ', ',,', '', ' - ', '\t', '/'),
), { minLength: 1, maxLength: 40 }).map((xs) => xs.map(([w, s]) => w + s).join(''));

test('property: the gate shape (DECODE_SHAPES[10]) matches wherever a number in words is read; a stream\'s held tail keeps the reading before it final', () => {
  const shape = compileSet('test/number-words', [DECODE_SHAPES[10]]);
  const gate = compileSet('test/gate', DECODE_SHAPES);
  let read = 0;
  fc.assert(fc.property(MIXED, fc.nat(), (x, cut) => {
    const c = numberWordsCopy(x);
    if (c !== null) {
      read++;
      assert.ok(shape.match(x).length > 0, JSON.stringify(x));
    }
    // The normaliser gives the same copy with the gate primed from a detector's set as with its own look.
    primeDecodeGate('unrelated text', DECODE_SHAPES.map(() => false));
    const own = normalize(x, VIEWS).decoded.filter((d) => d.copy === true).map((d) => d.text);
    const hits = gate.match(x);
    primeDecodeGate(x, DECODE_SHAPES.map((_, i) => hits.includes(i)));
    assert.deepEqual(normalize(x, { ...VIEWS, maxSpans: 32 }).decoded.filter((d) => d.copy === true).map((d) => d.text), own, JSON.stringify(x));
    // The normaliser reads the number words of the normalised text (a dash beside a digit reads as '-' there,
    // and a '-' is a separator, so "4111— one" is one number), and a decoded text is normalised in turn.
    if (c !== null) {
      const cn = numberWordsCopy(normalize(x, { decode: false }).text);
      assert.ok(cn !== null && own.includes(normalize(cn.text, { decode: false }).text), JSON.stringify(x));
    }
    // Any prefix: what it reads before its tail is what the whole text reads there (nothing after the
    // tail can change it), and no number of the whole text reaches back over the tail.
    const p = cut % (x.length + 1);
    const prefix = x.slice(0, p);
    const tail = numberWordsTail(prefix);
    assert.ok(tail >= 0 && tail <= p);
    assert.equal(readBefore(c, x, tail), readBefore(numberWordsCopy(prefix), prefix, tail), JSON.stringify([x, p, tail]));
  }), { numRuns: 4000 });
  assert.ok(read > 100, `${read} texts with a number read`);
  // Found by this property: a Unicode dash after a digit group is a separator once normalised, so the number
  // goes on after it in the normaliser's reading (11141111), where the raw text's reading stops (1114111).
  const dashed = 'one one one 4111\u2014 one ';
  assert.equal(numberWordsCopy(dashed)?.text.trim(), '1114111         \u2014 one');
  assert.ok(normalize(dashed, VIEWS).decoded.some((d) => d.copy === true && d.text.trim() === '11141111'));
});

/** What a copy (or the text itself, null) reads for the original text before `at`; '|' where a unit straddles `at`. */
function readBefore(c: NumberWordsCopy | null, text: string, at: number): string {
  if (c === null) return text.slice(0, at);
  let out = '';
  for (let k = 0; k < c.text.length && c.starts[k] < at; k++) out += c.ends[k] > at ? '|' : c.text[k];
  return out;
}

test('a trailing run of number words is held from its start; a closed one, or a word that is none, is not', () => {
  assert.equal(numberWordsTail('my card is four one one one on'), 'my card is '.length);
  assert.equal(numberWordsTail('my card is four one one one, '), 'my card is '.length);
  assert.equal(numberWordsTail('my card is 4111 1111 one'), 'my card is '.length);
  assert.equal(numberWordsTail('Name: Zéro six, dou'), 'Name: '.length);
  assert.equal(numberWordsTail('call twenty-'), 'call '.length);
  assert.equal(numberWordsTail('hello world'), 'hello world'.length);
  assert.equal(numberWordsTail('four one one one and'), 'four one one one and'.length);
  assert.equal(numberWordsTail('four one one one\n'), 'four one one one\n'.length);
  assert.equal(numberWordsTail('four one one one    '), 'four one one one    '.length);
  // Digit groups alone: the last four (they may lead a number whose words come next).
  assert.equal(numberWordsTail('x 1 2 3 4 5 6'), 'x 1 2 '.length);
  assert.equal(numberWordsTail(''), 0);
});
