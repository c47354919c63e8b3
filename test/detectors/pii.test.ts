import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPiiDetector, PII_TYPES } from '../../src/detectors/pii/index.ts';
import { groupsLikeCard } from '../../src/detectors/pii/credit-card.ts';

/** The printed-card layout read from a window's text (the recogniser's rule until it read group sizes). */
function cardLayout(value: string): boolean {
  const groups = value.split(/[ -]/u).map((g) => g.length);
  if (groups.length === 1) return true;
  const g = groups.join('-');
  if (g === '4-6-5' || g === '4-6-4') return true;
  return groups.slice(0, -1).every((n) => n === 4) && groups.at(-1)! >= 1 && groups.at(-1)! <= 4;
}
import { hasContext } from '../../src/detectors/recognizer.ts';
import type { DetectionContext } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };
const all = createPiiDetector({ id: 'pii' });
const types = (text: string, d = all, min = 0.5): string[] => d.scan(text, ctx).filter((f) => f.score >= min).map((f) => f.type);

test('context words match at word boundaries; short words must match whole', () => {
  assert.ok(hasContext('my SIN is 193 456 787', 10, 21, ['sin'], 48));
  assert.ok(!hasContext('business 193 456 787', 9, 20, ['sin'], 48));
  assert.ok(hasContext("driver's licence 123", 17, 20, ["driver's licen"], 48), 'long words may be prefixes');
  assert.deepEqual(types('SIN 193 456 787'), ['CA_SIN']);
  assert.ok(!types('business 193 456 787').includes('CA_SIN'));
});

test('context words: only letters, marks and numbers are word characters, so a word after a curly quote, bullet or other punctuation is at a boundary', () => {
  const spans = (text: string): [string, number, number][] => all.scan(text, ctx).filter((f) => f.score >= 0.5).map((f) => [f.type, f.start, f.end]);
  assert.deepEqual(spans('\u2022SIN 193 456 787'), [['CA_SIN', 5, 16]]);
  assert.deepEqual(spans('\u201cSIN\u201d 193 456 787'), [['CA_SIN', 6, 17]]);
  assert.deepEqual(spans('\u00b7sin: 193 456 787'), [['CA_SIN', 6, 17]]);
  assert.ok(hasContext('\u2018ssn\u2019 078', 6, 9, ['ssn'], 48));
  assert.ok(hasContext('\u{1f4de}sin 193', 6, 9, ['sin'], 48), 'an emoji is no word character');
  // Letters, marks and numbers of any script still join a word: no context inside a longer word.
  assert.deepEqual(spans('\u00dfsin 193 456 787'), []);
  assert.deepEqual(spans('\u00e9SIN 193 456 787'), []);
  assert.ok(!hasContext('e\u0301sin 193', 6, 9, ['sin'], 48), 'a combining mark');
  assert.ok(!hasContext('\u0663sin 193', 5, 8, ['sin'], 48), 'an Arabic-Indic digit');
  assert.ok(!hasContext('\u{1d400}sin 193', 6, 9, ['sin'], 48), 'an astral letter');
});

test('validated identifiers score high, weak shapes stay low without context', () => {
  const card = all.scan('pay with 4111 1111 1111 1111', ctx).find((f) => f.type === 'CREDIT_CARD');
  assert.ok(card && card.score >= 0.8);
  assert.ok(!types('ref 2345 6789 0124').includes('IN_AADHAAR'), 'a Verhoeff-valid 12-digit number alone is weak');
  const withCtx = all.scan('aadhaar 2345 6789 0124', ctx).find((f) => f.type === 'IN_AADHAAR');
  assert.ok(withCtx && withCtx.score >= 0.8);
  assert.ok(!types('appointment on 14/02/1985').includes('DATE_OF_BIRTH'), 'birth dates need a birth context');
  assert.deepEqual(types('born on 14/02/1985'), ['DATE_OF_BIRTH']);
});

test('IN_AADHAAR: twelve digits that continue in another digit group, or follow one, are part of a longer number', () => {
  const aadhaar = (text: string) => all.scan(text, ctx).filter((f) => f.type === 'IN_AADHAAR').map((f) => text.slice(f.start, f.end));
  // 2345 6789 0124 passes the Verhoeff check: alone it is reported (weak without context, strong with it).
  assert.deepEqual(aadhaar('my id 2345 6789 0124 thanks'), ['2345 6789 0124']);
  assert.deepEqual(aadhaar('Aadhaar: 2345-6789-0124.'), ['2345-6789-0124']);
  // The first twelve digits of a card, a ledger line's account number before its amount, the last
  // twelve of a longer grouped number: none, even after an Aadhaar context word.
  assert.deepEqual(aadhaar('paid with card 2345 6789 0124 4735 yesterday'), []);
  assert.deepEqual(aadhaar('2345 6789 0124 60.43\n'), []);
  assert.deepEqual(aadhaar('ref 4000 2345 6789 0124'), []);
  assert.deepEqual(aadhaar('aadhaar 2345-6789-0124-9'), []);
});

test('CREDIT_CARD: a Luhn-valid number in a range no issuer table lists needs a card word next to it', () => {
  const card = (text: string) => all.scan(text, ctx).filter((f) => f.type === 'CREDIT_CARD').map((f) => [text.slice(f.start, f.end), f.score]);
  assert.deepEqual(card('my credit card 3590730093437731 has been lost'), [['3590730093437731', 0.6]]);
  assert.deepEqual(card('billing date of my card 3593 1567 0821 3738'), [['3593 1567 0821 3738', 0.6]]);
  // No card word, a failed Luhn check, one repeated digit, or 12 digits: not a card.
  assert.deepEqual(card('shipment 3590730093437731 has been lost'), []);
  assert.deepEqual(card('my credit card 3590730093437732 has been lost'), []);
  assert.deepEqual(card('card 0000 0000 0000 0000'), []);
  assert.deepEqual(card('card 123456789015'), []);
  // A listed range needs no card word.
  assert.deepEqual(card('shipment 4111111111111111 has been lost'), [['4111111111111111', 0.9]]);
});

test('CREDIT_CARD: digits grouped as no card is printed need a card word, and then score as an unlisted range', () => {
  const card = (text: string) => all.scan(text, ctx).filter((f) => f.type === 'CREDIT_CARD').map((f) => [text.slice(f.start, f.end), f.score]);
  // Luhn-valid and in the Maestro and Discover ranges, but hex bytes and a check code in fives.
  assert.deepEqual(card('bytes 65 20 62 72 61 69 end'), []);
  assert.deepEqual(card('check code 61204 88317 02955 44810'), []);
  assert.deepEqual(card('paid 41 11 11 11 11 11 11 11 ok'), []);
  assert.deepEqual(card('card 41 11 11 11 11 11 11 11 ok'), [['41 11 11 11 11 11 11 11', 0.6]]);
  // Three or more groups of one width of five digits or more are a row of figures even next to a card word: git's
  // file modes after "git diff --cc", whose abbreviated hashes ("cc95eb0") hold one too.
  assert.deepEqual(card(':100644 100644 100644 fabadb8 cc95eb0 4866510 MM\tdescribe.c'), []);
  assert.deepEqual(card('git diff --cc prints 100644 100644 100644 first'), []);
  // A URL's path segment is an id (OSS-Fuzz test cases in changelogs); the same digits after a colon are a card.
  assert.deepEqual(card('Fixes https://oss-fuzz.com/testcase-detail/5390364397928448 in hb'), []);
  assert.deepEqual(card('paid with: 5390364397928448 ok'), [['5390364397928448', 0.9]]);
  // No card number starts with a nought: nm's addresses, with ".cc" files beside them.
  assert.deepEqual(card('0000000000710780 t _GLOBAL__sub_I_rpl_record.cc'), []);
  // xxd's words after their offset (a Mastercard-range run of noughts), and a certificate's serial number as
  // openssl prints it, are none; after a hex-looking word, with "serial" and a card word, or in a dump's
  // place without its offset, a card still is.
  for (const [text, want] of [
    ['0000ec0: 0000 0000 0000 0000 4a00 0000 0000 0000  ........J.......\n00000ed0: 2600 0000 0000 0000 a502 0000 1100 0000  &...............', []],
    ['        Serial Number: 6643877497813316402 (0x5c33cb622c5fb332)', []],
    ['Card: face 4111 1111 1111 1111', [['4111 1111 1111 1111', 1]]],
    ['my cafe 4111 1111 1111 1111 ok', [['4111 1111 1111 1111', 0.9]]],
    ['card serial 4111111111111111', [['4111111111111111', 1]]],
    ['ed0: 2600 0000 0000 0000 a502', [['2600 0000 0000 0000', 0.9]]],
    // Rows of a table of hexadecimal code points (a Unicode collation table's; fiftieth round) are no cards; two
    // hex-looking words before a card are a table only when nothing else is between.
    ['562C 562D 562E 562F\n2542F 25430 4100 7944 7945 7946\n7947 7948 7949 794A', []],
    ['542A 542B 542C 542D 542E 542F 5430 5431 5432 5433\n5434 5435 5436', []],
    ['beef card: face 4111 1111 1111 1111', [['4111 1111 1111 1111', 1]]],
    // A number in code: a seed passed to a call, a coefficient of a polynomial (SciPy's and SymPy's sources). A
    // card in a string, or printed in groups, passed to a call is still one.
    ['    >>> rng = np.random.default_rng(348932549825235)', []],
    ['    g = 15735193600000000*t**16 + 14633730048000000*t**14 + 4828147466240000*t**12 \\', []],
    ['charge(card="4111111111111111")', [['4111111111111111', 1]]],
    ['pay(4111 1111 1111 1111)', [['4111 1111 1111 1111', 0.9]]],
  ] as const) assert.deepEqual(card(text), want, text);
  // The ways cards are printed.
  for (const n of ['4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', '3782 822463 10005', '3056 930902 5904', '6011 1111 1111 1117', '4000 0000 0000 0000 006']) {
    assert.deepEqual(card(`paid with ${n} ok`), [[n, 0.9]], n);
  }
});

test('CREDIT_CARD: a slice of a longer number printed in fours, and 12-13 unseparated Maestro digits, are no card without a card word', () => {
  const card = (text: string) => all.scan(text, ctx).filter((f) => f.type === 'CREDIT_CARD').map((f) => [text.slice(f.start, f.end), f.score]);
  // Found by a review: a parcel number's last 14 digits, an account number whose first 12 digits are
  // Luhn-valid Maestro, an EAN-13 barcode and a FedEx tracking number were redacted as cards at 0.9.
  assert.deepEqual(card('Your USPS tracking number is 9400 8458 6605 4562 4925 93.'), []);
  assert.deepEqual(card('Account reference: 5762 4044 3423 7298'), []);
  assert.deepEqual(card('EAN: 6929264643119'), []);
  assert.deepEqual(card('FedEx tracking: 573883912327'), []);
  // A card word still finds the short Maestro number ("cc" as the synthetic PII data writes it).
  assert.deepEqual(card('last billed amount for cc 675964982648 please'), [['675964982648', 0.6]]);
  // A card beside an expiry, a security code or a quantity is still found whole.
  assert.deepEqual(card('4111 1111 1111 1111 123'), [['4111 1111 1111 1111', 0.9]]);
  assert.deepEqual(card('Qty 2 4111 1111 1111 1111'), [['4111 1111 1111 1111', 0.9]]);
  assert.deepEqual(card('pay 4111 1111 1111 1111 12 29'), [['4111 1111 1111 1111', 0.9]]);
});

test('CREDIT_CARD: numbers counted up or down by one step are a row of figures, also where escapes decode to them', () => {
  const card = (text: string) => all.scan(text, ctx).filter((f) => f.type === 'CREDIT_CARD').map((f) => text.slice(f.start, f.end));
  // A character-set table in Java source (GB18030.java): the circled numbers 41 to 48 as escapes, which NFKC reads
  // as "4142434445464748", Luhn-valid and in Visa's range.
  assert.deepEqual(card('        "\\u32B6\\u32B7\\u32B8\\u32B9\\u32BA\\u32BB\\u32BC\\u32BD"+'), []);
  assert.deepEqual(card('card 4142434445464748'), []);
  // A step of nought is no count: the test card and other repeated groups are still cards.
  assert.deepEqual(card('card 4111111111111111'), ['4111111111111111']);
  assert.deepEqual(card('card 4111 1111 1111 1111'), ['4111 1111 1111 1111']);
});

test('CREDIT_CARD: thirteen unseparated digits in Visa\'s range need a card word (Visa issues none); sixteen do not', () => {
  const card = (text: string) => all.scan(text, ctx).filter((f) => f.type === 'CREDIT_CARD').map((f) => text.slice(f.start, f.end));
  // glibc's locale data: a stroke-order table's comments, Luhn-valid by chance.
  assert.deepEqual(card('<U000279D2> <U000279D2>;IGNORE;IGNORE;IGNORE # 4111251125234\n<U000279CD> <U000279CD>;IGNORE'), []);
  assert.deepEqual(card('visa 4222222222222 on file'), ['4222222222222']);
  assert.deepEqual(card('ref 4111251125234 4111111111111111'), ['4111111111111111']);
});

test('CREDIT_CARD: found beside other numbers (an expiry, a quantity, binary digits), judged by its own digits wherever the text begins', () => {
  const card = (text: string) => all.scan(text, ctx).filter((f) => f.type === 'CREDIT_CARD').map((f) => text.slice(f.start, f.end));
  // Until the thirty-ninth round each of these was no card: one regex match took the neighbouring digits too.
  assert.deepEqual(card('Card: 4111 1111 1111 1111 12/29'), ['4111 1111 1111 1111']);
  assert.deepEqual(card('Visa 4111 1111 1111 1111 05 2027 CVV 123'), ['4111 1111 1111 1111']);
  assert.deepEqual(card('Qty 2 4111 1111 1111 1111'), ['4111 1111 1111 1111']);
  assert.deepEqual(card('4111111111111111 12 29'), ['4111111111111111']);
  assert.deepEqual(card('cards: 1 4111 1111 1111 1111, 2 5555 5555 5555 4444'), ['4111 1111 1111 1111', '5555 5555 5555 4444']);
  // Every start of a text that holds the whole card finds it (a stream's window may begin anywhere).
  const bits = '01100001 01111001 01100100 01100001 01111001 4111 1111 1111 1111 the';
  for (let k = 0; k <= bits.indexOf('4111'); k++) assert.deepEqual(card(bits.slice(k)), ['4111 1111 1111 1111'], `from ${k}`);
  // Inside a run glued to letters (an IBAN), joined on by a dash, or only as a window of an unlisted range: none.
  assert.deepEqual(card('IBAN PL12 3456 7890 5678 9012 3456 7890'), []);
  assert.deepEqual(card('card 4111-1111-1111-1111-12'), []);
  assert.deepEqual(card('card 7 3590730093437731'), [], 'an unlisted range is a card only as a whole run');
});

test('property: a card window\'s layout read from its group sizes is the layout read from its text', () => {
  const run = fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', '-')), { minLength: 1, maxLength: 8 });
  fc.assert(fc.property(run, (groups) => {
    let text = '';
    const starts: number[] = [];
    const ends: number[] = [];
    groups.forEach(([n, sep], k) => {
      if (k > 0) text += sep;
      starts.push(text.length);
      text += '4'.repeat(n);
      ends.push(text.length);
    });
    for (let a = 0; a < groups.length; a++) {
      for (let b = a; b < groups.length; b++) assert.equal(groupsLikeCard(starts, ends, a, b), cardLayout(text.slice(starts[a], ends[b])), `${text} [${a}, ${b}]`);
    }
  }), { numRuns: 500 });
});

test('entities, countries and min_score narrow what is reported', () => {
  const text = 'mail a@example.com, DNI 12345678Z, BSN 111222333, card 4111111111111111';
  assert.deepEqual(types(text).sort(), ['CREDIT_CARD', 'EMAIL', 'ES_DNI', 'NL_BSN']);
  assert.deepEqual(types(text, createPiiDetector({ id: 'p', entities: ['EMAIL'] })), ['EMAIL']);
  assert.deepEqual(types(text, createPiiDetector({ id: 'p', countries: ['ES'] })).sort(), ['CREDIT_CARD', 'EMAIL', 'ES_DNI']);
  const strict = createPiiDetector({ id: 'p', minScore: 0.9 });
  assert.ok(strict.scan(text, ctx).every((f) => f.score >= 0.9));
  assert.ok(!types(text, strict, 0).includes('NL_BSN'));
  const extra = createPiiDetector({ id: 'p', contextWords: { NL_BSN: ['klantnummer'] } });
  assert.deepEqual(types('klantnummer 111222333', extra), ['NL_BSN']);
});

test('overlapping weaker findings of another type are dropped', () => {
  const text = 'Contact UtaKortig@jourrapide.com or Anna.Smith@example.org';
  assert.deepEqual(types(text, all, 0), ['EMAIL', 'EMAIL']);
  const f = all.scan('card 4111111111111111 please', ctx);
  assert.deepEqual(f.map((x) => x.type), ['CREDIT_CARD'], 'not also a phone number');
});

test('every finding type is declared and explanations are content-free', () => {
  const text = 'Dr. Maria Garcia, 12 Oak Street, Springfield, IL 62704, maria@clinic.test, +1 415 555 2671, SSN 460-89-9847, IP 10.0.0.8, BTC 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
  const found = all.scan(text, ctx);
  assert.ok(found.length >= 7);
  for (const f of found) {
    assert.ok(PII_TYPES.includes(f.type), f.type);
    assert.ok(!f.explanation.includes(text.slice(f.start, f.end)));
  }
});

test('IP_ADDRESS: an IPv6 candidate glued to a letter, digit or underscore is a slice of an identifier (Rust and C++ paths), not an address', () => {
  const ips = (text: string): [number, number][] => all.scan(text, ctx).filter((f) => f.type === 'IP_ADDRESS').map((f) => [f.start, f.end]);
  assert.deepEqual(ips('fn new() -> Self { Self::default() }'), []);
  assert.deepEqual(ips('x = BaseClass::feed(); Abc::deadbeef; ip_fe80::1'), []);
  assert.deepEqual(ips('ping fe80::1 and 2001:db8::1 now'), [[5, 12], [17, 28]]);
  assert.deepEqual(ips('link-local fe80::1%eth0, [2001:db8::1]:443'), [[11, 18], [26, 37]]);
  assert.deepEqual(ips('\u670d\u52a1\u5668\u5730\u5740\u662ffe80::1'), [[6, 13]], 'prose in a script written without spaces may run up to it');
});

test('IBAN: groups of four joined by dashes are found whole; a longer dashed run and a bad check are not', () => {
  const ibans = (text: string): [number, number, number][] => all.scan(text, ctx).filter((f) => f.type === 'IBAN').map((f) => [f.start, f.end, f.score]);
  assert.deepEqual(ibans('pay to DE89-3704-0044-0532-0130-00 today'), [[7, 34, 0.95]]);
  assert.deepEqual(ibans('IBAN: GB82-WEST-1234-5698-7654-32.'), [[6, 33, 1]]);
  assert.deepEqual(ibans('FR14-2004-1010-0505-0001-3M02-606 ok'), [[0, 33, 0.95]]);
  assert.deepEqual(ibans('DE89-3704-0044-0532-0130-01'), [], 'mod 97 fails');
  assert.deepEqual(ibans('ref-DE89-3704-0044-0532-0130-00'), []);
  assert.deepEqual(ibans('DE89-3704-0044-0532-0130-00-1234'), []);
  // Spaced and compact forms as before.
  assert.deepEqual(ibans('IBAN DE89 3704 0044 0532 0130 00 please'), [[5, 32, 1]]);
});

test('national identifiers are not read inside other numbers: float fractions and exponents, ARN fields, operands, call arguments', () => {
  // Python's site-packages (SciPy's and SymPy's tests, moto's fixtures; fiftieth round): each was an IN_AADHAAR,
  // ES_DNI, IE_PPS or FR_NIR finding (Verhoeff, check letter), the digits of a number in code.
  const ids = (text: string) => all.scan(text, ctx).filter((f) => !['PHONE', 'CREDIT_CARD', 'DATE_TIME', 'URL', 'DOMAIN_NAME', 'IP_ADDRESS'].includes(f.type)).map((f) => [f.type, text.slice(f.start, f.end)]);
  for (const text of [
    '        res = 11.615898132184\n', '    (0.733731893414, 0.634480295684, 0.950513180209),', '    -5.84680802e-02, -8.90384387e-02,',
    '    4.77485458e+00-3.06919376j,', '    array([-0.45952768+1.31710194j,  0.04830191-0.69251288j])',
    '# aagrawal,arn:aws:iam::509284790694:user/aagrawal,2014-09-01T22:28:48+00:00',
    '    5913075*x2 + 371438283744*x3**7 - 237550027104*x3**6', '    # n = (-52673223862*sqrt(405639795226) - 15764156209307469',
    '    assert discrete_log(432751500361, 7**324, 7) == 324',
  ]) assert.deepEqual(ids(text), [], text);
  // The same numbers written as identifiers still are.
  for (const [text, want] of [
    ['Aadhaar: 5092 8479 0694', ['IN_AADHAAR', '5092 8479 0694']], ['my aadhaar number is 432751500361.', ['IN_AADHAAR', '432751500361']],
    ['DNI 90384387E, expedido en Madrid', ['ES_DNI', '90384387E']],
  ] as const) assert.deepEqual(ids(text).filter(([t]) => t === want[0]), [want], text);
});
