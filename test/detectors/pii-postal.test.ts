// POSTAL_CODE recognizer: UK postcode validation, US ZIP / ZIP+4 with state, state name, country or
// context, continental "code city" lines, context-only national shapes, and precision on bare numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import { findPostalCodes } from '../../src/detectors/pii/postal-code.ts';
import type { DetectionContext, Finding } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };
const det = createPiiDetector({ id: 'pii', entities: ['POSTAL_CODE'] });
const codes = (text: string, min = 0): Finding[] => det.scan(text, ctx).filter((f) => f.type === 'POSTAL_CODE' && f.score >= min);
const spans = (text: string, min = 0): string[] => codes(text, min).map((f) => text.slice(f.start, f.end));

test('UK postcodes of every district shape are found', () => {
  for (const pc of ['M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'SW1A 1AA', 'BT1 5GS', 'ZE1 0AA']) {
    assert.deepEqual(spans(`send it to ${pc} please`, 0.5), [pc], pc);
  }
  assert.deepEqual(spans('send it to SW1A1AA please'), ['SW1A1AA'], 'without the space (lower score)');
  assert.ok(codes('send it to SW1A1AA please')[0].score < codes('send it to SW1A 1AA please')[0].score);
});

test('UK postcode format rules reject look-alikes', () => {
  const bad = [
    'QQ1 1AA', // Q never starts a postcode
    'XY1 1AA', // not a postcode area
    'SW1A 1AC', // C never appears in the inward code
    'SW1A 1IA', // nor I
    'W1I 0AX', // I is not a valid A9A district letter
    'EC1C 1BB', // C is not a valid AA9A district letter
    'SW1A 11A', // inward code is digit + two letters
  ];
  for (const t of bad) assert.deepEqual(spans(`code ${t} here`), [], t);
  // Lower case needs a postal context word.
  assert.deepEqual(spans('tag sw1a 1aa here'), []);
  assert.deepEqual(spans('postcode: sw1a 1aa'), ['sw1a 1aa']);
});

test('US ZIP and ZIP+4 after a state code, a state name, before the country, or after a context word', () => {
  const cases: [string, string][] = [
    ['Springfield, IL 62704', '62704'],
    ['Springfield, IL, 62704', '62704'],
    ['Austin TX 78701-1234', '78701-1234'],
    ['New York, NY 10001', '10001'],
    ['Boise, ID 83702', '83702'],
    ['Portland, OR 97201', '97201'],
    ['Austin, Texas 78701', '78701'],
    ['Concord, New Hampshire 03301', '03301'],
    ['Ship to 90210, USA', '90210'],
    ['my zipcode is 10001', '10001'],
    ['ZIP: 94105-1234', '94105-1234'],
    ['Zip Code 02139', '02139'],
    ['postal code 30301', '30301'],
  ];
  for (const [text, want] of cases) assert.deepEqual(spans(text, 0.5), [want], text);
  // Context lifts the score.
  assert.ok(codes('ZIP code: Springfield, IL 62704')[0].score > codes('Springfield, IL 62704')[0].score);
});

test('a bare 5-digit number is never a postal code', () => {
  const texts = [
    'order 62704 shipped', 'we counted 12345 votes', 'User ID 12345', 'Case ID 83702', 'OR 97201 items', 'IN 46201',
    'XX 62704 units', 'paid $12345', 'price 12345.67', 'range 12345-12399', 'the code 12345 Items', 'call 555 12345',
    'in 2024 we grew', 'In 2024 Paris hosted', '1024 MB Free', 'zip file 123',
  ];
  for (const t of texts) assert.deepEqual(spans(t), [], t);
});

test('a known city, a street line, an Australian state or the postal mark before the code', () => {
  const cases: [string, string][] = [
    ['Portland OR 97201', '97201'],
    ['Chicago 60601', '60601'],
    ['Mumbai - 400001', '400001'],
    ['742 Evergreen Terrace, Springfield 97477', '97477'],
    ['123 Main St, Anytown 12345', '12345'],
    ['Sydney NSW 2000', '2000'],
    ['Perth, WA 6000', '6000'],
    ['\u3012100-0001', '100-0001'],
  ];
  for (const [text, want] of cases) assert.deepEqual(spans(text, 0.5), [want], text);
  // Ambiguous city names, plain counts and weak codes without a city stay out.
  for (const t of ['Mobile 55512', 'we sold 12345 Widgets', 'Room 12345 Main', 'In 2024 Sydney', 'SA 5000 units', 'Main St is 12345 feet long']) {
    assert.deepEqual(spans(t), [], t);
  }
});

test('continental "code city" lines and Dutch postcodes', () => {
  const cases: [string, string][] = [
    ['Hauptstraße 5, 10115 Berlin', '10115'],
    ['12 rue de Rivoli, 75001 Paris', '75001'],
    ['Via Roma 10, 20121 Milano', '20121'],
    ['Kärntner Straße 1\n1010 Wien', '1010'],
    ['Damrak 1, 1012 LG Amsterdam', '1012 LG'],
  ];
  for (const [text, want] of cases) assert.deepEqual(spans(text), [want], text);
});

test('other national shapes only next to a postal context word', () => {
  const shapes = ['8001', '110001', '114 55', '00-950', '1100-148', '100-0001', '01310-100', '1012 AB'];
  for (const s of shapes) {
    assert.deepEqual(spans(`postal code ${s}`, 0.5), [s], s);
    assert.deepEqual(spans(`the value ${s} here`), [], s);
  }
  assert.deepEqual(spans('PLZ 8001'), ['8001']);
  assert.deepEqual(spans('CEP 01310-100'), ['01310-100']);
  assert.deepEqual(spans('PIN code 110001'), ['110001']);
});

test('explanations are content-free and spans are the code only', () => {
  const text = 'Send to Springfield, IL 62704 or London SW1A 1AA';
  const found = codes(text);
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['62704', 'SW1A 1AA']);
  for (const f of found) assert.ok(!f.explanation.includes(text.slice(f.start, f.end)));
});

test('property: any well-formed UK postcode is found; any with a forbidden inward letter is not', () => {
  const areas = ['B', 'E', 'G', 'L', 'M', 'N', 'S', 'W', 'AB', 'BT', 'CF', 'EH', 'LS', 'NW', 'SW', 'YO'];
  const inward = 'ABDEFGHJLNPQRSTUWXYZ';
  const pick = (s: string) => fc.integer({ min: 0, max: s.length - 1 }).map((i) => s[i]);
  const district = fc.oneof(
    fc.integer({ min: 1, max: 9 }).map(String),
    fc.integer({ min: 10, max: 99 }).map(String),
  );
  fc.assert(fc.property(fc.constantFrom(...areas), district, fc.integer({ min: 0, max: 9 }), pick(inward), pick(inward), (a, d, n, x, y) => {
    const pc = `${a}${d} ${n}${x}${y}`;
    assert.deepEqual(spans(`Office: ${pc}.`), [pc], pc);
    const bad = `${a}${d} ${n}${x}C`;
    assert.deepEqual(spans(`Office: ${bad}.`), [], bad);
  }), { numRuns: 200 });
});

test('property: a bare 5-digit number in plain prose is never reported', () => {
  const lead = fc.constantFrom('we counted', 'order', 'total of', 'id', 'about', 'Item', 'Room');
  const tail = fc.constantFrom('items', 'votes', 'units.', 'left', '');
  fc.assert(fc.property(lead, fc.integer({ min: 0, max: 99999 }), tail, (l, n, t) => {
    const text = `${l} ${String(n).padStart(5, '0')} ${t}`;
    assert.deepEqual(findPostalCodes(text), [], text);
  }), { numRuns: 300 });
});
