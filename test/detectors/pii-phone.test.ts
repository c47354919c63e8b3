// PHONE recognizer: the layouts people write, extensions, international prefixes, context, and the
// digit shapes that must stay out (dates, IPs, SSNs, cards, ZIP+4, decimals, versions, ids).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import { DEFAULT_PHONE_REGIONS, findPhones, nanpPossible, PHONE_MEMO_MAX, regionsPossible } from '../../src/detectors/pii/phone.ts';
import examples from 'libphonenumber-js/mobile/examples';
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { ScanMemo, type DetectionContext, type Finding } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };
const det = createPiiDetector({ id: 'pii', entities: ['PHONE'] });
const phones = (text: string, min = 0): Finding[] => det.scan(text, ctx).filter((f) => f.type === 'PHONE' && f.score >= min);
const spans = (text: string, min = 0): string[] => phones(text, min).map((f) => text.slice(f.start, f.end));

test('NANP layouts are found with their exact span, without any context word', () => {
  const cases: [string, string][] = [
    ['it is (555) 123-4567 today', '(555) 123-4567'],
    ['it is (555)123-4567 today', '(555)123-4567'],
    ['it is 555.123.4567 today', '555.123.4567'],
    ['it is 555-123-4567 today', '555-123-4567'],
    ['it is 555 123 4567 today', '555 123 4567'],
    ['it is +1-555-123-4567 today', '+1-555-123-4567'],
    ['it is +1 (555) 123-4567 today', '+1 (555) 123-4567'],
    ['it is 1 (555) 123 4567 today', '1 (555) 123 4567'],
    ['it is 1-555-123-4567 today', '1-555-123-4567'],
    ['it is 001-555-123-4567 today', '001-555-123-4567'],
    ['it is (212) 555-0147.', '(212) 555-0147'],
  ];
  for (const [text, want] of cases) assert.deepEqual(spans(text, 0.5), [want], text);
});

test('extensions stay in the span', () => {
  const cases: [string, string][] = [
    ['desk 555-123-4567x123 ok', '555-123-4567x123'],
    ['desk 555-123-4567 x123 ok', '555-123-4567 x123'],
    ['desk (555) 123-4567 ext. 45 ok', '(555) 123-4567 ext. 45'],
    ['desk 555.123.4567 ext 9 ok', '555.123.4567 ext 9'],
    ['desk 555-123-4567 extension 12 ok', '555-123-4567 extension 12'],
    ['desk 555-123-4567 #12 ok', '555-123-4567 #12'],
    ['desk 001-555-123-4567x1234 ok', '001-555-123-4567x1234'],
  ];
  for (const [text, want] of cases) assert.deepEqual(spans(text, 0.5), [want], text);
  // Letters glued to the extension digits are not an extension: the number is not trusted either.
  assert.deepEqual(spans('serial 555-123-4567x12ab'), []);
});

test('international numbers: valid for their country score high; possible-only ones score lower', () => {
  const valid = ['+44 20 7946 0958', '0044 20 7946 0958', '+49 (0)30 901820', '+49 30 901820', '+33 1 23 45 67 89', '+1 212 555 0147', '+61 2 9374 4000'];
  for (const n of valid) {
    const f = phones(`office ${n} open`);
    assert.equal(f.length, 1, n);
    assert.equal(`office ${n} open`.slice(f[0].start, f[0].end), n);
    assert.ok(f[0].score >= 0.8, `${n}: ${f[0].score}`);
  }
  // +1 555 numbers are fictional (never assigned) but written in a real format.
  const fictional = phones('office +1 555 123 4567 open')[0];
  assert.ok(fictional !== undefined && fictional.score >= 0.5 && fictional.score < 0.8);
  assert.deepEqual(spans('office +1 000-000-0000 open'), [], 'all-zero numbers are placeholders');
});

test('a phone context word raises the score; plain digit runs need one', () => {
  const bare = phones('it is 555 123 4567')[0];
  const withCtx = phones('call me: 555 123 4567')[0];
  assert.ok(bare !== undefined && withCtx !== undefined);
  assert.ok(withCtx.score > bare.score);
  assert.ok(withCtx.score >= 0.8);
  assert.deepEqual(spans('the value 5551234567 was logged'), []);
  assert.deepEqual(spans('mobile 5551234567'), ['5551234567']);
  assert.deepEqual(spans('tel: 07911123456'), ['07911123456']);
  for (const w of ['phone', 'Telephone', 'tel', 'call', 'mobile', 'cell', 'fax', 'Fax']) {
    assert.ok((phones(`${w} 555 123 4567`)[0]?.score ?? 0) >= 0.8, w);
  }
});

test('with context, a possible (not assigned) national number is enough; without, it is not', () => {
  // With the US as the only region: a 3+7 layout in the unassigned 555 area is possible, not valid.
  assert.deepEqual(findPhones('it was 555 1234567 then', ['US']), []);
  const f = findPhones('phone: 555 1234567', ['US']);
  assert.equal(f.length, 1);
  assert.equal('phone: 555 1234567'.slice(f[0].start, f[0].end), '555 1234567');
  assert.ok(f[0].note.includes('possible'));
  // A single group is never "possible enough".
  assert.deepEqual(findPhones('phone: 5551234', ['US']), []);
});

test('national formats of other countries', () => {
  for (const n of ['020 7946 0958', '07911 123456', '030 901820', '06 12 34 56 78', '06.12.34.56.78', '0412 345 678', '612 345 678']) {
    assert.deepEqual(spans(`number ${n} ok`, 0.3), [n], n);
  }
});

test('dates, IPs, SSNs, cards, ZIP+4, decimals, versions and ids are not phone numbers', () => {
  const texts = [
    'on 2024-01-15 we met', 'on 15/01/2024 we met', 'on 15.01.2024 we met', 'at 2024-01-15 10:30', 'ip 192.168.100.200',
    'ssn 123-45-6789', 'ssn 123 45 6789', 'card 4000 1234 5678 9010', 'zip 62704-1234', 'pi is 3.14159265', 'v 1.2.3.4567',
    'order 555-123-4567', 'invoice 555 123 4567', 'id 1234567890', 'total 12345', 'ref#5551234567', 'x12345678901234567890y',
    'price 1234567.89', 'population 1 234 567', 'budget 12 345 678 EUR',
  ];
  for (const t of texts) assert.deepEqual(spans(t), [], t);
});

test('an id word only vetoes the number it stands next to', () => {
  const text = 'order 555-123-4567 was placed; the desk is 555-123-4567 too';
  assert.deepEqual(phones(text).map((f) => f.start), [text.lastIndexOf('555-123-4567')]);
  const rev = 'the desk is 555-123-4567; order 555-123-4567 was placed';
  assert.deepEqual(phones(rev).map((f) => f.start), [rev.indexOf('555-123-4567')]);
});

test('two numbers in a row and a number followed by a count are split', () => {
  assert.deepEqual(spans('lines 555-123-4567 555-987-6543 end'), ['555-123-4567', '555-987-6543']);
  assert.deepEqual(spans('lines 555 123 4567 12 items'), ['555 123 4567']);
  assert.deepEqual(spans('a (212) 555-0147, (212) 555-0148 b'), ['(212) 555-0147', '(212) 555-0148']);
});

test('lists of figures: ISBN-13s, a date with its hour and ledger lines ending in an amount are not phone numbers', () => {
  for (const text of ['978-3-16-148410-0', 'ISBN 979 10 90636 07 1', 'logged 09/22/2026 14:05', 'at 22.09.2026 1430', '6726 0574 9277 60.43\n8277 2072 2149 20.83']) {
    assert.deepEqual(findPhones(text), [], text);
    // Rejected by their shape, before any parser call: a budget of none reads them through.
    assert.deepEqual(findPhones(text, DEFAULT_PHONE_REGIONS, undefined, 0), [], text);
  }
  // A number followed by an amount keeps the number.
  assert.deepEqual(findPhones('call 555-123-4567 12.50').map((h) => h.start), [5]);
  assert.deepEqual(findPhones('call 555-123-4567 12.50').map((h) => h.end), [17]);
});

test('an account number in groups of four after a date is no phone, wherever the block stands in the candidate', () => {
  // The candidate walk joins a date to the digits after it ("2024-01-03 6726 0574 9277"), so the
  // whole-candidate card check did not apply, and a run of two of the groups read as a German number.
  for (const text of [
    '2024-01-03  6726 0574 9277 60.43  Office supplies',
    '03/01/2024 6726 0574 9277 60.43',
    '2024-01-03 1234 5678 9012 60.43',
    '2024-01-03 6726 0574 9277 8210 12.00',
    'due 2024-01-03 4000 0000 0051 4735',
  ]) {
    assert.deepEqual(findPhones(text), [], text);
    // Skipped before any parser call: a budget of none reads them through.
    assert.deepEqual(findPhones(text, DEFAULT_PHONE_REGIONS, undefined, 0), [], text);
  }
  // A run that reaches past the block, or a block of two groups, is classified as before.
  assert.deepEqual(spans('call +49 1512 3456 7890 now'), ['+49 1512 3456 7890']);
  assert.deepEqual(spans('call +86 138 0013 8000'), ['+86 138 0013 8000']);
  assert.deepEqual(spans('2024-01-03 0672 6057 60.43'), ['0672 6057']);
  // A date does not begin a number written after it (the run with the date read as one German number).
  assert.deepEqual(spans('2024-1-3 0672 6057 60.43'), ['0672 6057']);
  assert.deepEqual(spans('on 2024-01-03 call +44 20 7946 0958'), ['+44 20 7946 0958']);
});

test('property: a date, then three to five groups of four digits and an optional amount, holds no phone', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const date = fc.constantFrom('2024-01-03', '03/01/2024', '01.03.2024', '2024-1-3');
  const gap = fc.constantFrom(' ', '  ');
  fc.assert(
    fc.property(date, gap, fc.array(digits(4), { minLength: 3, maxLength: 5 }), fc.option(fc.tuple(digits(2), digits(2))), (d, g, groups, amount) => {
      const text = `${d}${g}${groups.join(' ')}${amount === null ? '' : ` ${amount[0]}.${amount[1]}`}\n`;
      assert.deepEqual(findPhones(text), [], text);
    }),
    { numRuns: 400, seed: 31 },
  );
});

test('explanations carry no digits of the number', () => {
  const text = 'call +44 20 7946 0958 or 555-123-4567';
  for (const f of phones(text)) assert.ok(!/[0-9]{3}/.test(f.explanation), f.explanation);
});

test('property: any NANP number in any common layout is found with its exact span', () => {
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const nxx = fc.tuple(fc.integer({ min: 2, max: 9 }), digit, digit).map(([a, b, c]) => `${a}${b}${c}`);
  const line = fc.tuple(digit, digit, digit, digit).map((d) => d.join(''));
  const layout = fc.constantFrom(
    (a: string, b: string, c: string) => `(${a}) ${b}-${c}`,
    (a: string, b: string, c: string) => `${a}-${b}-${c}`,
    (a: string, b: string, c: string) => `${a}.${b}.${c}`,
    (a: string, b: string, c: string) => `+1-${a}-${b}-${c}`,
    (a: string, b: string, c: string) => `+1 ${a} ${b} ${c}`,
    (a: string, b: string, c: string) => `1 (${a}) ${b} ${c}`,
  );
  const prefix = fc.constantFrom('Call ', 'Number: ', 'It is ', '', 'Reach Jane at ');
  const suffix = fc.constantFrom('', '.', ' today', ', thanks', ' x123');
  fc.assert(fc.property(nxx, nxx, line, layout, prefix, suffix, (a, b, c, lay, pre, suf) => {
    const num = lay(a, b, c);
    if (new Set(a + b + c).size === 1) return;
    const text = `${pre}${num}${suf}`;
    const got = spans(text, 0.45);
    const want = suf === ' x123' ? num + suf : num;
    assert.deepEqual(got, [want], text);
  }), { numRuns: 300 });
});

test('property: arbitrary digit/separator noise never crashes and spans stay in range', () => {
  const ch = fc.constantFrom('0', '1', '5', '9', ' ', '-', '.', '(', ')', '+', '/', 'x', '#', 'e', ',');
  fc.assert(fc.property(fc.array(ch, { maxLength: 120 }).map((a) => a.join('')), (text) => {
    for (const h of findPhones(text)) {
      assert.ok(h.start >= 0 && h.end <= text.length && h.start < h.end);
      assert.ok(h.score > 0 && h.score <= 1);
    }
  }), { numRuns: 300 });
});

test('nanpPossible: false only where the US parse of a national number is invalid', () => {
  // classify skips the US parse when nanpPossible says no; the parse must then never be valid. Digit
  // strings biased to the shapes that matter: leading 1 / 0 / 011 / 3, NANP-like area codes, 7–15 digits.
  const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
  const head = fc.constantFrom('', '1', '0', '011', '3', '01', '11', '111', '1011', '11011', '212', '242', '800', '900', '1212', '1800', '11800', '111800', '0113');
  const sep = fc.constantFrom(' ', '-', '.', '/', ') ', ' (', '');
  const value = fc.tuple(head, fc.array(fc.tuple(digit, sep), { minLength: 4, maxLength: 15 }), fc.boolean()).map(([h, rest, paren]) => {
    const body = h + rest.map(([d, s]) => d + s).join('');
    return (paren ? '(' : '') + body.trim().replace(/[^0-9]+$/, '');
  });
  fc.assert(fc.property(value, (v) => {
    if (v.startsWith('+') || v.startsWith('00')) return;
    const d = v.replace(/[^0-9]/g, '');
    if (nanpPossible(d)) return;
    const p = parsePhoneNumberFromString(v, 'US');
    assert.ok(p === undefined || !p.isValid(), v);
  }), { numRuns: 20000 });
  // And it keeps every layout that is valid.
  for (const v of ['212 555 0147', '1 212 555 0147', '1 1 800 500 0000', '(415) 555-2671', '011 44 20 7946 0958', '242 357 1234']) {
    assert.equal(nanpPossible(v.replace(/[^0-9]/g, '')), true, v);
  }
});

test('regionsPossible: false only where the region\'s parse of a national number is invalid', () => {
  // classify skips a region's parse when regionsPossible says no; the parse must then never be valid.
  // Digit strings biased to what the parse treats specially: national and international prefixes,
  // calling codes written without "+", carrier and special prefixes; 5–14 more digits.
  const heads = ['', '0', '00', '000', '01', '010', '011', '0161', '001', '0011', '99', '991', '1', '180020', '1831', '9', '4', '44', '440', '49', '490', '33', '330', '39', '390', '31', '32', '41', '43', '46', '47', '45', '358', '3580', '48', '351', '353', '91', '910', '61', '610', '64', '65', '52', '27', '270', '7', '8', '80', '800', '6'];
  const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
  const sep = fc.constantFrom(' ', '-', '.', '/', '', '', '');
  const value = fc.tuple(fc.constantFrom(...heads), fc.array(fc.tuple(digit, sep), { minLength: 5, maxLength: 14 }), fc.boolean()).map(([h, rest, paren]) => {
    const body = (h + rest.map(([d, s]) => d + s).join('')).replace(/[^0-9]+$/, '');
    return paren && body.length > 3 ? `(${body.slice(0, 3)}) ${body.slice(3)}` : body;
  });
  const regions = DEFAULT_PHONE_REGIONS;
  let skipped = 0;
  fc.assert(fc.property(value, (v) => {
    const d = v.replace(/[^0-9]/g, '');
    const possible = regionsPossible(d, regions);
    regions.forEach((r, i) => {
      if (possible[i]) return;
      skipped++;
      const p = parsePhoneNumberFromString(v, r);
      assert.ok(p === undefined || !p.isValid(), `${r} ${v}`);
    });
  }), { numRuns: 1500 });
  assert.ok(skipped > 10000, `the pre-check skips most parses of random digits (${skipped})`);
  // Every region's example mobile number, written as people write it at home and abroad without "+",
  // is kept for its own region, and for every region that parses it as valid.
  for (const [country, nsn] of Object.entries(examples)) {
    const cc = getCountryCallingCode(country as CountryCode);
    for (const v of [nsn, `0${nsn}`, `${cc}${nsn}`, `${cc} 0${nsn}`, `00${cc}${nsn}`]) {
      const possible = regionsPossible(v.replace(/[^0-9]/g, ''), regions);
      regions.forEach((r, i) => {
        if (possible[i]) return;
        const p = parsePhoneNumberFromString(v, r);
        assert.ok(p === undefined || !p.isValid(), `${r} ${v} (${country} example)`);
      });
    }
  }
});

// Verdicts are remembered across the texts of one scope (DetectionContext.memo: the re-scans of one
// streamed answer). What a text gets must not depend on what the scope saw before it.
test('property: a scope\'s remembered verdicts give every text the answer it gets alone', () => {
  const numbers = ['020 7946 0321', '030 901820', '(0)30 901820', '555-123-4567', '+44 20 7946 0958', '06 12 34 56 78', '0612 345678', '370 3911', '1234567', '02 1234 5678', '(01) 1001 0', '+1 555 010 0000'];
  const words = ['', 'call ', 'order ', 'tel: ', 'the ', 'fax ', 'id ', 'ref '];
  const piece = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...numbers), fc.constantFrom(' ', '. ', '\n', ', '));
  const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((ps) => ps.map(([w, n, s]) => w + n + s).join(''));
  const regions = fc.constantFrom<readonly CountryCode[]>(DEFAULT_PHONE_REGIONS, ['DE'], ['GB', 'FR']);
  fc.assert(fc.property(fc.array(fc.tuple(text, regions), { minLength: 1, maxLength: 8 }), (scans) => {
    const memo = new ScanMemo();
    for (const [t, r] of scans) assert.deepEqual(findPhones(t, r, memo), findPhones(t, r), t);
  }), { numRuns: 150 });
});

test('remembered verdicts are charged to the work budget: a text that exhausts it alone exhausts it in a warm scope', () => {
  // Bracketed national numbers: each costs at least one parse. The default budget grows with the text and
  // no list of numbers reaches it (test/detectors/long-lists.test.ts), so this test gives a small one.
  const budget = 400;
  const rows = Array.from({ length: 600 }, (_, i) => `row (0${i % 10}) ${1000 + i} 00 end`);
  const text = rows.join('\n');
  assert.ok(findPhones(text).length > 0, 'the default budget reads the whole list');
  assert.throws(() => findPhones(text, DEFAULT_PHONE_REGIONS, undefined, budget), /budget exhausted/);
  // Warm the scope through texts small enough to finish (the memo keeps the newest PHONE_MEMO_MAX), then the whole text.
  const memo = new ScanMemo();
  for (let i = 0; i < rows.length; i += 50) assert.ok(findPhones(rows.slice(i, i + 50).join('\n'), DEFAULT_PHONE_REGIONS, memo, budget).length > 0);
  assert.throws(() => findPhones(text, DEFAULT_PHONE_REGIONS, memo, budget), /budget exhausted/);
  assert.throws(() => findPhones(rows.slice(-PHONE_MEMO_MAX).join('\n').repeat(3) + '\n' + rows.slice(0, 300).join('\n'), DEFAULT_PHONE_REGIONS, memo, budget), /budget exhausted/);
  // Numbers met after the budget ran out get no verdict, and none is remembered for them.
  const fresh = new ScanMemo();
  assert.throws(() => findPhones(`${text}\ncall 020 7946 0321 now`, DEFAULT_PHONE_REGIONS, fresh, budget), /budget exhausted/);
  assert.deepEqual(findPhones('call 020 7946 0321 now', DEFAULT_PHONE_REGIONS, fresh, budget).map((h) => h.note), ['national, GB']);
  // A number repeated within one text is classified and charged once, as before.
  const same = Array.from({ length: 600 }, () => 'row (02) 1001 50 end').join('\n');
  assert.equal(findPhones(same, DEFAULT_PHONE_REGIONS, fresh, 2).length, 600);
});

test('a scope\'s memo is bounded and only holds what its scans classified', () => {
  const memo = new ScanMemo();
  for (let i = 0; i < 2000; i += 100) {
    const text = Array.from({ length: 100 }, (_, k) => `call (212) 555-${String(i + k).padStart(4, '0')}`).join('\n');
    assert.equal(findPhones(text, DEFAULT_PHONE_REGIONS, memo).length, 100);
  }
  const table = memo.table<unknown>('phone');
  assert.equal(table.size, PHONE_MEMO_MAX);
  // The newest are kept: the last text's numbers.
  assert.ok([...table.keys()].some((k) => k.endsWith('555-1999')));
  assert.ok(![...table.keys()].some((k) => k.endsWith('555-0000')));
  // No scope, no memory: the detector answers alike and nothing is kept between calls.
  const other = new ScanMemo();
  const t = 'call (212) 555-0147 or 020 7946 0321';
  assert.deepEqual(det.scan(t, { ...ctx, memo: other }), det.scan(t, ctx));
  assert.equal(other.table<unknown>('phone').size, 2);
});

// ---- Figures that are not numbers written nationally (the thirty-first round's precision work) ----

const notes = (text: string): [string, string][] => findPhones(text).map((h) => [text.slice(h.start, h.end), h.note]);

test('a national number is written with its trunk prefix, or its area code in brackets', () => {
  // isValid reads these as German, Belgian, Austrian or Danish numbers; nobody writes them so.
  for (const text of ['sales 164.689.383 units', '〒150-0002 東京都', 'range 1990 2000']) assert.deepEqual(notes(text), [], text);
  // With the prefix (or the brackets) they are numbers.
  assert.deepEqual(notes('Büro 030 901820'), [['030 901820', 'national, DE']]);
  assert.deepEqual(notes('Moskau 8-900-000-33-44').map(([s]) => s), ['8-900-000-33-44']);
  assert.deepEqual(notes('Moskau 8-900-000-33-44').map(([, n]) => n), ['national, RU']);
  // Mobile numbers in India, Brazil and China are written without it; their fixed lines are not.
  assert.deepEqual(notes('ring 98765 43210'), [['98765 43210', 'national, IN']]);
  assert.deepEqual(notes('ligue 21 98765-4321'), [['21 98765-4321', 'national, BR']]);
  assert.deepEqual(notes('call 138 0013 8000'), [['138 0013 8000', 'national, CN']]);
  assert.deepEqual(notes('ligue (21) 98765-4321').map(([s]) => s), ['(21) 98765-4321']);
  // A phone word makes a possible number enough, prefix or not.
  assert.equal(notes('phone: 30 901820').length, 1);
});

test('property: a number read as one of a trunk-prefix region\'s starts with its prefix or a bracket', () => {
  const trunkRegions: Record<string, string> = { GB: '0', DE: '0', FR: '0', NL: '0', BE: '0', CH: '0', AT: '0', SE: '0', FI: '0', IE: '0', AU: '0', NZ: '0', JP: '0', ZA: '0', RU: '8' };
  const group = fc.integer({ min: 1, max: 5 }).chain((n) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join('')));
  const sep = fc.constantFrom(' ', '-', '.', '/', ' - ');
  fc.assert(fc.property(fc.array(fc.tuple(group, sep), { minLength: 2, maxLength: 5 }), fc.boolean(), (parts, bracket) => {
    let num = parts.map(([g, s], k) => (k < parts.length - 1 ? g + s : g)).join('');
    if (bracket) num = `(${parts[0][0]}) ${parts.slice(1).map(([g]) => g).join(' ')}`;
    const text = `the figure ${num} is here`;
    for (const h of findPhones(text)) {
      const region = /^national, ([A-Z]{2})$/.exec(h.note)?.[1];
      if (region === undefined || !(region in trunkRegions)) continue;
      const v = text.slice(h.start, h.end);
      assert.ok(v.startsWith('(') || digitsOnly(v).startsWith(trunkRegions[region]), `${v} read as ${region}`);
    }
  }), { numRuns: 1500, seed: 7 });
});

function digitsOnly(v: string): string {
  let out = '';
  for (const c of v) if (c >= '0' && c <= '9') out += c;
  return out;
}

test('ranges of years, rows of decimals, times, bits and aligned columns are not phone numbers', () => {
  for (const text of [
    'Copyright 2019-2024 Acme', 'the 2023/2024 school year', 'growth in 1990 - 2000', 'Engineer, Acme (2019-2021): built', '## 1.3.0 (2023-10-11)',
    'row: 0.8812 0.1001 0.0187', '[Fri Mar 29 09:45:06.970374 2024] [core:error]', 'bits 00100000 01100', 'value 0110 1001 01', 'vol 2 (1990-2000',
    '60725 postgres 20 0  8252m 529  31893 R 41.0', '## 1.3.2 (2024-01-30)', 'Selected source 198.51.100.16 (0.pool.ntp.example)',
    '"POST /api/v1/sessions HTTP/1.1" 302 14872 "https://shop.example"', 'release 2.10.4 2024 notes', 'nginx 1.25.3 80 443',
  ]) assert.deepEqual(notes(text), [], text);
  // A range of years stays one near a phone word ("Mobile" in a company's name, a "system call" in a source
  // file's header); a year range's numbers the other way round are no range.
  assert.deepEqual(notes('Copyright (C) 2013-2015 Example Mobile Communications GmbH'), []);
  assert.deepEqual(notes('call 2001-2010'), []);
  assert.equal(notes('hours 2010-2001 ok').length, 1);
});

test('a run cut out of a list of figures is not a number; a number followed by a count still is', () => {
  for (const text of ['the census counted 1 428 627 663 people', 'numbers 04 11 23 35 42 49 tonight', 'ids 12345 12345 12345 12345']) {
    assert.deepEqual(notes(text), [], text);
  }
  assert.deepEqual(notes('lines 555 123 4567 12 items').map(([s]) => s), ['555 123 4567']);
  // A date before the number is no figure of a list.
  assert.deepEqual(notes('2024-01-03 0672 6057 60.43').map(([s]) => s), ['0672 6057']);
  // A phone word makes such a figure a number.
  assert.deepEqual(notes('not answering at 78 651 450').map(([s]) => s), ['78 651 450']);
  // Two numbers in a row, each in spaced groups, are no list.
  assert.deepEqual(notes('numbers 555 123 4567 555 987 6543').map(([s]) => s), ['555 123 4567', '555 987 6543']);
});

test('identifier words in other languages veto a number next to them; phone words in other languages raise it', () => {
  for (const text of ['Rechnungsnummer: 2024-0417', 'FATURA Nº 2025/0412', 'CEP 05400-000 ok', 'akun 7781-2230, aku', 'PNR 4417 2093 –']) {
    assert.deepEqual(notes(text), [], text);
  }
  const pii = createPiiDetector({ id: 'pii', entities: ['PHONE'] });
  for (const [text, num] of [['我的手机 138 0013 8000', '138 0013 8000'], ['тел. 8 900 000 77 88', '8 900 000 77 88'], ['फ़ोन 98000 00000', '98000 00000'], ['電話は06-1234-5678です', '06-1234-5678'], ['เบอร์ผม 089-417-2265', '089-417-2265']]) {
    const f = pii.scan(text, ctx);
    assert.deepEqual(f.map((x) => text.slice(x.start, x.end)), [num], text);
    assert.ok(f[0].explanation.endsWith('; context'), `${text}: ${f[0].explanation}`);
  }
});

test('numbers in code, headers and technical prose are not phone numbers; phone numbers written alike still are', () => {
  for (const text of [
    // Bytes printed in hexadecimal: a Buffer, a dump row after its offset, a row with a letter pair, a long
    // row cut by the candidate's length. Each was read as a Danish, US or international number before.
    'console.log(b); // <Buffer 58 13 40 27>', 'dump: <Buffer cd 47 21 90 63 18>', '00000010: 58 13 40 27 ..',
    'payload 11 22 34 51 55 62 0c', '<Buffer 70 00 72 00 61 00 79 00 65 00 72 00 20 00 74 00 69 00 6d 00 65 00>',
    // Arithmetic: a plus sign between operands, a fraction, models joined by slashes.
    'expires = issuedAt + 31536000000;', 'x = ((25600000/8-8000)/54)', 'supports the GX 320/630/740 chipsets',
    // A build number, ranges of numbers and years, standards and part numbers, a tuple, bytes in decimal.
    'requires toolset 14.38.33130 or later', 'codes 4500-4599 are reserved', 'events 2300 - 2399 come from user space',
    'Copyright (C) 2011-2016 Example Mobile Ltd', 'see RFC 3986/3987 for the syntax', 'IEEE 754-2008 5.3 defines it', 'Part No: 821-1987-10',
    'net = Network((3232235777, 24))', 'inflate("70 8 23 0 0 1 0 5")',
  ]) assert.deepEqual(notes(text), [], text);
  for (const [text, want] of [
    ['Ring me on 88 13 70 17.', '88 13 70 17'], ['Tel: + 31 20 794 0000', '+ 31 20 794 0000'], ['Bureau : 01 42 68 53 00', '01 42 68 53 00'],
    ['Büro 030/901820', '030/901820'], ['office 030.123.45678', '030.123.45678'], ['mobile: 2360-2359', '2360-2359'],
  ] as const) assert.deepEqual(notes(text).map(([v]) => v), [want], text);
});

test('rows of figures in tool output are not phone numbers (man pages quoted in answers); numbers in such rows with a phone word still are', () => {
  for (const text of [
    // pgbench's per-transaction log, a process list after kill, pidof's output, an address and a count.
    '0 199 2241 0 1175850568 995598\n0 200 2465 0 1175850568 998079', '0 83 skipped 0 1412881037 914578 5217',
    'kill 123 543 2341 3453', 'bar\n6295592 4\n',
    // A calendar's week, xxd's four-digit words after an offset or among lettered ones, zipdetails' offsets, a
    // fraction of ten thousand.
    '11 12 13 14 15 16 17\n18 19 20 21 22 23 24\n25 26 27 28 29 30 31\n\n$ ls\nbin  tel',
    '000006c: 3c74 6f6e 7940 7363 746e 7567  <tony@sctnug', '0000036: 3231 7374 204d 6179 2031 3939 36  21st',
    '    0029 0006 61 62 63 64 PAYLOAD', 'number of transactions actually processed: 6317/10000',
    // Changelogs: a commit's date with its zone, a compact date beside a version, translation counts, the integer
    // limits of a debugger's test log and of C code.
    'Mon Oct 17 00:28:50 PDT 2016 -0700  Ken', 'Date: Tue Mar 13 11:45 2012 -0400', '20021012 5.3 release for upload',
    '0.15 - 20120205', 'l10n: fr.po 2194/1294 messages translated', 'update french translation 2210/2210',
    'p/u 4294967293', 'const INT_MAX = 2147483647;',
    // The upper end of a range in an API reference.
    'The accepted values are 1-2147483647.', 'A port mask from 0-4294967295 is allowed.',
    // Manuals: a byte order table's row, sizes to try, an octal limit, two character-set standards.
    '    ucs-4le\t44 33 22 11\t11223344', 'for MiB in 16 32 64 128; do', 'Octal number > 037777777777 non-portable',
    'it includes JIS X 0208/0212, KSC5601, and GB2312', '// 1000 - 256 - 256 - 256 = 232',
    // Data files: a character set's byte map, signed integers of test data, a profiler's columns, a changelog's bug
    // number before a percentage, a directory listing's date and hour.
    '<map>\n 20 20 20 20 20 20 20 20 20 28 28 28 28 28 20 20\n 01 01 01 01 01 01 01 00 01 01 01 01 01 01 01 02\n</map>',
    '-59 -89 57 -72 -79 88 -85 18 -35 -96 -57 33 83 70 -55 -16 -21 72 -53 89 -44 -86 9 -44 -26 78 2 -93 -75 6',
    '29 0.000 0.000 0.000 0.000 numeric.py:180(asarray)\n35 0.000 0.000 0.000 0.000 defmatrix.py:193(__new__)', ' + 452465 100% CPU spin on page reload',
    'GRP          [ SubDir ] 93-12-11 22:18',
    // GNU info manuals (fifty-second round): ls --dired's rising offsets, stty's line speeds after a lone nought.
    '  //DIRED// 48 50 84 86 120 123 158 162 217 223 282 286', 'N can be one of: 0 50 75 110 134 134.5 150 200 300 600',
    // A postal code before a country on an address's last line, with a phone word near (glibc's locale data).
    'contact "" tel "" address "1623-14, Shimotsuruma, Yamato-shi, Kanagawa-ken, 242-8502, Japan"', 'Call us at the office in São Paulo 01310-100, Brazil',
    // A range of ports after an address (a comment in Java's networking code).
    '// For ex: [2010:836B:4179::836B:4179]:8080-9090', 'listen on 10.0.0.7:8000-8100 and call back',
    // objdump's rows of a short function: offsets of one to three hexadecimal digits start their lines (the rustc book).
    '0000000000000000 <f>:\n   4:\t48 8d 44 24 08       \tlea    0x8(%rsp),%rax\n   9:\t48 89 04 24          \tmov    %rax,(%rsp)\n  1d:\t48 8b 04 24 \tmov (%rsp),%rax',
    '   0:   48 83 ec 10             sub    $0x10,%rsp\n   9:   48 89 04 24             mov    %rax,(%rsp)',
  ]) assert.deepEqual(notes(text), [], text);
  for (const [text, want] of [
    // Two numbers in a row, a count after a number, dashes after a suite number, a phone word before a row.
    ['numbers 555 123 4567 555 987 6543', ['555 123 4567', '555 987 6543']], ['lines 555 123 4567 12 items', ['555 123 4567']],
    ['Suite 200 555-123-4567', ['555-123-4567']], ['kill 123, or call 543 2341 3453', ['543 2341 3453']], ['Büro 030/901820', ['030/901820']],
    ['call 214 748 3647', ['214 748 3647']], ['call 1-214-748-3647', ['1-214-748-3647']],
    ['Tel. 030/901820', ['030/901820']], ['Tel. 0171 7777777', ['0171 7777777']],
    ['Tél. : 01 42 68 53 00', ['01 42 68 53 00']], ['ring 555 123 4567: ask for Ana', ['555 123 4567']], ['call 555/123-4567', ['555/123-4567']],
    // A number in pairs with no figure after it, and rising groups before a smaller figure or a word.
    ['ring 48 50 84 86 now', ['48 50 84 86']], ['Tel. 030 123 456 789', ['030 123 456 789']], ['numbers 212 345 6789 12 items', ['212 345 6789']],
    ['Office: Tokyo 100-8310, Japan. Call +81 3 3218 2111.', ['+81 3 3218 2111']], ['Tel 020 7946 0958, United Kingdom office', ['020 7946 0958']],
    ['call 555-1234, then ask for Japan desk', ['555-1234']], ['Tel:555-123-4567', ['555-123-4567']],
    ['Room 4: 48 89 04 24', ['48 89 04 24']], ['Tél. : 0 800 123 456', ['0 800 123 456']],
  ] as const) assert.deepEqual(notes(text).map(([v]) => v), want, text);
});

test('command output an agent reads or quotes is no phone number: /proc, hex dumps, file listings, tz data; numbers beside such rows still are', () => {
  for (const text of [
    // /proc/meminfo ("DirectMap2M:" is no "m:", the mobile abbreviation), a bare figure before a unit.
    'DirectMap2M:     8323072 kB\nDirectMap1G:    25165824 kB\n', 'heap 1048576 bytes',
    // od -A x -t x1z (the offset column has no colon; a row of digits only), objdump -d (an address, a tab).
    '000040 03 00 00 00 00 00 00 18 03 00 00 00 00 00 00 00  >................<\n',
    '0010f0 00 00 00 00 1b 00 00 00 00 00 00 00 00 00 00 00  >................<\n001100 07 00 00 00 1c 00 00 00 00 00 00 00 00 00 00 00  >................<\n',
    '    2036:\t68 00 00 00 00       \tpush   $0x0\n    24f4:\t48 89 44 24 78       \tmov    %rax,0x78(%rsp)\n',
    // find -printf "%i %s %T@ %p", /proc/diskstats, /proc/loadavg, ps -eo pid,ppid,vsz,rss, /proc/<pid>/stat.
    '336484 4096 1778311762.000 /usr/lib/python3.11\n337279 15694 1745849508.000 /usr/lib/python3.11/fileinput.py\n',
    ' 254       0 vda 67735 12777 3808162 127210 21548 20379 1020434 40236 0 96468 191420 0 0 0 0\n',
    '0.54 0.79 0.50 4/143 10671\n', ' 3826     1 8591150320 102692 2577 Thu Nov 26 19:25:01 2026 node\n',
    '12926 (cat) R 12679 12676 4292 0 -1 4194304 114 0 0 0\n',
    // tzdata's rules (two years: from, to) and zone1970.tab's coordinates (ISO 6709).
    'R M 2012 2013 - Ap lastSu 2 1 -\nR i 2017 2019 - Mar 21 24 1 -\n',
    'CA\t+4953-09709\tAmerica/Winnipeg\nUS\t+550737-1313435\tAmerica/Metlakatla\n',
    // Byte ranges (S3, Glacier) and Redis cluster slots in API output.
    '"RangeInBytes": "0-1048575"', '"ContentRange": "bytes 0-100/2307346"', 'aws s3api get-object --range bytes=8888-9999 my_data_range',
    '"Slots": "0-234,2420-5461"', '"Slots": "450-1815,5462-6826,14053-15417"', '"Slots": "9831-10922,11191-13374"',
    // A journal's volume and article number before the year (numpy's docstrings).
    'G. Szabó, G. Fáth, Physical Review E, 75 027105 (2007).',
    // X11's rgb.txt, and a round figure in a JSON answer.
    '255 250 250\t\tsnow\n248 248 255\t\tghost white\n  0 191 255\t\tDeepSkyBlue\n252 252 252 \t\tgrey99\n', '"heapSize": 256000000,',
    // A table of hexadecimal code points (Perl's Unicode::Collate CJK stroke table; fiftieth round): a word of digits
    // alone among lettered ones is hexadecimal too.
    '59FF 5A00 5A01 5A02 5A03 5A05 5A06 5A07 5A08 2170D\n21710 21726 5A0D 5B68 5B69 5B6A 5BA2 5BA3 5BA4 5BA5\n',
    '7036 7037 7038 7039 703A\n703B 703C 703D 703E 703F 7040 7041 24104 7042 3E0A\n',
    // Polynomials in code (SymPy's tests): an exponent and the next coefficient are no number.
    '        56281*x**57 + 88157*x**56 - 126842*x**55 + 214223*x**54 - 311802*x**53\n',
    '    r1 = CRootOf(4000000*x**3 - 239960000*x**2 + 4782399900*x - 31663998001, 0)',
    // References in docstrings: a volume, a year in brackets or before a full stop, pages; an ISSN.
    '    .. [1] Condon, A. and Karp, R. M., Random Struct. Algor. 18 (2001) 116-140.',
    'See also  Corrigenda in Math. Comp. 46 (1986) 771.', '       Computational Statistics & Data Analysis 122 (2018) 92-100.',
    '  "High performance optimization." Springer US,\n       2000. 197-232.', '  SIAM J. Matrix Anal. Appl., 32 (3). pp. 1056-1078. ISSN 0895-4798',
  ]) assert.deepEqual(notes(text), [], text);
  for (const [text, want] of [
    // A phone word keeps two years a number; a count, a second number or a price after one are no row.
    ['Tel. 2012 2013', ['2012 2013']], ['tel 255 250 250\tJohn', ['255 250 250']],
    // Numbers in a comma-separated list do not ascend as ranges do; a trunk nought and more dashes are a number.
    ['Call 555-1234,555-9876 or 555-4444', ['555-1234', '555-9876', '555-4444']], ['tel 0-800-555-1234', ['0-800-555-1234']],
    // "range" and "bytes" count as words only: "arrange" is none.
    ['Arrange a call at 555-1234', ['555-1234']], ['call 555 123 4567 12 items', ['555 123 4567']], ['555 123 4567 555 987 6543', ['555 123 4567', '555 987 6543']],
    ['call 555 123 4567 - 1 more', ['555 123 4567']], ['Support 555 123 4567 9.99 per call', ['555 123 4567']],
    // "m:" after a blank is the abbreviation; a number before "km" is a distance, one before a word is not.
    ['m: 0171 2345678', ['0171 2345678']], ['phone 030 901820 kB', ['030 901820']],
    // An item's number in a sentence is no country code: the whole number is taken, not its first groups.
    ['Call either 1) 555 123 4567 or 2) 020 7946 0958.', ['555 123 4567', '020 7946 0958']],
    // A number whose "(0)" the writer closes keeps it.
    ['Tel: +44 (0) 20 7946 0958', ['+44 (0) 20 7946 0958']],
    // One hex-looking word near a number makes no table.
    ['Phone: +49 7123 14881 (ext. BEEF)', ['+49 7123 14881']], ['call 555 1234 or 555 9876 ABCD', ['555 1234', '555 9876']],
    // A phone word keeps a bracketed year-like area code a number; pages that descend are no range.
    ['Tel. (2012) 555-1234', ['(2012) 555-1234']], ['see 18 (2001) 716-140.', ['(2001) 716-140']],
  ] as const) assert.deepEqual(notes(text).map(([v]) => v), want, text);
});

test('a line label after a space is a phone word when it ends the line', () => {
  assert.deepEqual(notes('unit 1009\n781 1704 office\n(579)888-3058 fax').map(([s]) => s), ['781 1704', '(579)888-3058']);
  assert.deepEqual(notes('open 781 1704 office hours'), []);
});

test('a bare digit run passed as an argument in code is no phone number, whatever "call" says', () => {
  for (const text of ['Call `setTimeout(fn, 86400000)` for one day', 'call range(0, 10000000) first']) assert.deepEqual(notes(text), [], text);
  // A list of numbers in prose, or in brackets after a word, is still read.
  assert.deepEqual(notes('phones: 5551234567, 5559876543, 5550001111').map(([s]) => s), ['5551234567', '5559876543', '5550001111']);
  assert.deepEqual(notes('call us (5551234567, 5559876543)').map(([s]) => s), ['5551234567', '5559876543']);
});

test('a figure grouped in thousands before a unit or a counted thing is a quantity', () => {
  for (const text of ['the hash rate was 600 000 000 TH/s.', 'about 330 000 000 people live there', 'price 612 345 678 €', 'cost 123 456 789 USD']) {
    assert.deepEqual(notes(text), [], text);
  }
  // The same digits without a unit, or with a phone word, are a Spanish mobile number.
  assert.deepEqual(notes('612 345 678 is my mobile').map(([s]) => s), ['612 345 678']);
  assert.deepEqual(notes('call 612 345 678 people').map(([s]) => s), ['612 345 678']);
});

test('a number in brackets is found without them, so a mask leaves the brackets paired', () => {
  assert.deepEqual(notes('Jane Doe (555-123-4567) called').map(([s]) => s), ['555-123-4567']);
  assert.deepEqual(notes('office (030 901820)').map(([s]) => s), ['030 901820']);
  // An area code in brackets is part of the number.
  assert.deepEqual(notes('(555) 123-4567 is it').map(([s]) => s), ['(555) 123-4567']);
  const pii = createPiiDetector({ id: 'pii', entities: ['PHONE'] });
  const text = 'Jane Doe (555-123-4567) called';
  const f = pii.scan(text, ctx)[0];
  assert.equal(text.slice(0, f.start) + '[PHONE]' + text.slice(f.end), 'Jane Doe ([PHONE]) called');
});

test('a numbered list marker at the start of a line is not a country code: the number starts after it', () => {
  const at = (text: string): [number, number][] => phones(text, 0.3).map((f) => [f.start, f.end]);
  assert.deepEqual(at('Contacts:\n1. 555 123 4567\n2) 020 7946 0958'), [[13, 25], [29, 42]]);
  assert.deepEqual(at('1. 555 123 4567'), [[3, 15]]);
  assert.deepEqual(at('  3. (555) 123-4567'), [[5, 19]]);
  assert.deepEqual(at('  10. +44 20 7946 0958'), [[6, 22]]);
  // A leading 1 that is no list marker stays the country code.
  assert.deepEqual(spans('Call 1 555 123 4567'), ['1 555 123 4567']);
  assert.deepEqual(spans('1 (555) 123 4567'), ['1 (555) 123 4567']);
});

test('space-grouped thousands after an amount word or a currency sign are figures, not phone numbers; phone numbers in groups still are', () => {
  for (const text of ['The US has a population of 331 449 281 people.', 'the population of 331 449 281 in 2020', 'GDP was $394 328 000 000 last year',
    'It costs \u20ac1 250 000 total', 'cost USD 12 500 000 now', 'We raised 394 328 000 in funding', 'Einwohner: 83 155 031', 'a budget of \u00a3 2 500 000']) {
    assert.deepEqual(phones(text), [], text);
  }
  const at = (text: string): [number, number][] => phones(text, 0.3).map((f) => [f.start, f.end]);
  assert.deepEqual(at('Call +33 1 23 45 67 89'), [[5, 22]]);
  assert.deepEqual(at('Call 020 7946 0958'), [[5, 18]]);
  assert.deepEqual(at('Call (555) 123-4567'), [[5, 19]]);
  // Three groups of three with no amount word before them may be a Spanish or Polish mobile number.
  assert.deepEqual(at('stop sending messages to 699 956 915'), [[25, 36]]);
  // A phone word near still makes a figure a number.
  assert.deepEqual(spans('population office, call 331 449 281'), ['331 449 281']);
});
