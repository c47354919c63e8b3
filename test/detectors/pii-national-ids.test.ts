// National identifiers added in the thirtieth round: BR_CPF, CN_RESIDENT_ID, PL_PESEL, SE_PERSONNUMMER,
// UK_NHS, US_ITIN. Check digits against numbers their issuers publish as examples, every single-digit
// change of a valid number rejected (property), and the detector's spans, scores and context rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCalendarDate } from '../../src/detectors/checksums.ts';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import { cpfValid } from '../../src/detectors/pii/br-cpf.ts';
import { cnIdValid } from '../../src/detectors/pii/cn-resident-id.ts';
import { peselValid } from '../../src/detectors/pii/pl-pesel.ts';
import { personnummerValid } from '../../src/detectors/pii/se-personnummer.ts';
import { nhsValid } from '../../src/detectors/pii/uk-nhs.ts';
import { itinGroupValid } from '../../src/detectors/pii/us-itin.ts';
import type { DetectionContext, Finding } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'message_text', untrusted: false, direction: 'response' };
const det = createPiiDetector({ id: 'pii' });
const found = (text: string, type: string): Finding[] => det.scan(text, ctx).filter((f) => f.type === type);
const spans = (text: string, type: string): string[] => found(text, type).map((f) => text.slice(f.start, f.end));

test('check digits: numbers the issuers publish as examples pass, their neighbours fail', () => {
  assert.ok(cpfValid('11144477735') && cpfValid('52998224725'));
  assert.ok(!cpfValid('11144477736') && !cpfValid('11111111111') && !cpfValid('1114447773'));
  assert.ok(cnIdValid('11010519491231002X'));
  assert.ok(!cnIdValid('110105194912310021') && !cnIdValid('11010519491231002x'), 'the check character is an upper-case X');
  assert.ok(peselValid('44051401359') && !peselValid('44051401358'));
  assert.ok(personnummerValid('8112189876') && personnummerValid('198112189876') && !personnummerValid('8112189875'));
  assert.ok(!personnummerValid('178112189876'), 'a twelve-digit number begins with its century, 18, 19 or 20');
  assert.ok(nhsValid('9434765919') && !nhsValid('9434765918') && !nhsValid('0000000000'));
  assert.deepEqual([49, 50, 65, 66, 70, 88, 89, 90, 92, 93, 94, 99].map(itinGroupValid), [false, true, true, false, true, true, false, true, true, false, true, true]);
});

test('dates inside the numbers: calendar days only, century from the month (PESEL), day + 60 (samordningsnummer)', () => {
  assert.ok(isCalendarDate(2000, 2, 29) && !isCalendarDate(1900, 2, 29) && !isCalendarDate(2023, 4, 31) && !isCalendarDate(2023, 13, 1));
  // PESEL 2000s: month + 20. 0222 = February 2002 (no 29th); 0422 = February 2004 (leap).
  const complete = (prefix: string, valid: (s: string) => boolean): string | undefined => [...'0123456789X'].map((c) => prefix + c).find(valid);
  assert.equal(complete('0222290123', peselValid), undefined, '29 February 2002 does not exist');
  assert.ok(complete('0422290123', peselValid), '29 February 2004 does');
  assert.ok(complete('7010632391'.slice(0, 9), personnummerValid), 'day 63: coordination number of the 3rd');
  assert.equal(complete('701093239', personnummerValid), undefined, 'day 93 is neither');
  assert.equal(complete('11010519490229002', cnIdValid), undefined, '1949 was not a leap year');
  assert.equal(complete('99010519491231002', cnIdValid), undefined, '99 is no province');
});

/** Random valid numbers of each kind: random digits, completed with the one check digit that fits. */
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
/** CPF remainders before 10 is written as 0, over the first 9 and the first 10 digits. */
const cpfRemainders = (d: string): number[] =>
  [9, 10].map((n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += Number(d[i]) * (n + 1 - i);
    return (s * 10) % 11;
  });
const completeCpf = (nine: string): string => {
  const first = nine + String(cpfRemainders(nine + '0')[0] % 10);
  return first + String(cpfRemainders(first + '0')[1] % 10);
};
const date = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((t) => t.toISOString().slice(0, 10).replaceAll('-', ''));
// CPF writes a remainder of 10 as the digit 0, so a change that moves a remainder between 10 and 0
// passes: the one blind spot of its check (exempt below); the other checks catch every such change.
const KINDS: { name: string; valid: (s: string) => boolean; gen: fc.Arbitrary<string>; exempt?: (v: string, changed: string) => boolean }[] = [
  { name: 'CPF', valid: cpfValid, gen: digits(9).map(completeCpf), exempt: (v, c) => [...cpfRemainders(v), ...cpfRemainders(c)].includes(10) },
  {
    name: 'CN',
    valid: cnIdValid,
    gen: fc.tuple(fc.constantFrom('11', '31', '44', '65', '82'), digits(4), date, digits(3)).map(([p, a, d, s]) => [...'0123456789X'].map((c) => p + a + d + s + c).find(cnIdValid)!),
  },
  {
    name: 'PESEL',
    valid: peselValid,
    gen: fc.tuple(date, digits(4)).map(([d, s]) => {
      const y = Number(d.slice(0, 4));
      const m = Number(d.slice(4, 6)) + (y >= 2000 ? 20 : 0);
      return [...'0123456789'].map((c) => d.slice(2, 4) + String(m).padStart(2, '0') + d.slice(6, 8) + s + c).find(peselValid)!;
    }),
  },
  { name: 'personnummer', valid: personnummerValid, gen: fc.tuple(date, digits(3)).map(([d, s]) => [...'0123456789'].map((c) => d.slice(2) + s + c).find(personnummerValid)!) },
  { name: 'NHS', valid: nhsValid, gen: digits(10).map((d) => [...'0123456789'].map((c) => d.slice(0, 9) + c).find(nhsValid)).filter((d): d is string => d !== undefined) },
];

for (const k of KINDS) {
  test(`property: ${k.name}: generated numbers pass, every single-character change of one fails`, () => {
    fc.assert(
      fc.property(k.gen, fc.nat(), fc.integer({ min: 1, max: 9 }), (v, at, by) => {
        assert.ok(k.valid(v), v);
        const i = at % v.length;
        const c = v[i] === 'X' ? (by % 10) : (Number(v[i]) + by) % 10;
        const changed = v.slice(0, i) + String(c) + v.slice(i + 1);
        if (k.exempt?.(v, changed) !== true) assert.ok(!k.valid(changed), `${v} → ${changed}`);
      }),
      { numRuns: 300, seed: 30 },
    );
  });
}

test('BR_CPF: the written layout alone; bare digits with the word; no part of a longer figure', () => {
  assert.deepEqual(spans('Titular: Maria, 111.444.777-35, conta 1234', 'BR_CPF'), ['111.444.777-35']);
  assert.equal(found('Titular: Maria, 111.444.777-35', 'BR_CPF')[0].score, 0.85);
  assert.deepEqual(spans('CPF 11144477735', 'BR_CPF'), ['11144477735']);
  assert.deepEqual(spans('CPF 111444777-35', 'BR_CPF'), ['111444777-35']);
  assert.deepEqual(spans('pedido 11144477735', 'BR_CPF'), [], 'bare digits without the word');
  assert.deepEqual(spans('versão 1.111.444.777-35', 'BR_CPF'), []);
  assert.deepEqual(spans('ref 111.444.777-35-2', 'BR_CPF'), []);
  assert.deepEqual(spans('111.444.777-36 e 111.111.111-11', 'BR_CPF'), [], 'check digits wrong, one digit repeated');
});

test('CN_RESIDENT_ID: found without context, spaced 6-8-4 too; wrong check, province or date rejected', () => {
  assert.deepEqual(spans('Applicant 11010519491231002X, Beijing.', 'CN_RESIDENT_ID'), ['11010519491231002X']);
  assert.deepEqual(spans('身份证号码：11010519491231002X', 'CN_RESIDENT_ID'), ['11010519491231002X']);
  assert.deepEqual(spans('id card 110105 19491231 002x', 'CN_RESIDENT_ID'), ['110105 19491231 002x']);
  assert.ok(found('Applicant 11010519491231002X', 'CN_RESIDENT_ID')[0].score >= 0.85);
  for (const bad of ['11010519491231002Y', '110105194912310021', '11010519491331002X', '99010519491231002X', '1110105194912310021']) {
    assert.deepEqual(spans(`number ${bad} here`, 'CN_RESIDENT_ID'), [], bad);
  }
});

test('context-required types: PESEL, NHS, bare personnummer and bare ITIN only near their words', () => {
  assert.deepEqual(spans('PESEL: 44051401359', 'PL_PESEL'), ['44051401359']);
  assert.equal(found('PESEL: 44051401359', 'PL_PESEL')[0].score, 0.85);
  assert.deepEqual(spans('zamówienie 44051401359', 'PL_PESEL'), []);
  assert.deepEqual(spans('NHS number: 943 476 5919', 'UK_NHS'), ['943 476 5919']);
  assert.deepEqual(spans('nhs no 943-476-5919', 'UK_NHS'), ['943-476-5919']);
  assert.deepEqual(spans('call 943 476 5919', 'UK_NHS'), []);
  assert.deepEqual(spans('NHS number: +943 476 5919', 'UK_NHS'), [], 'a number after + is a telephone number');
  assert.deepEqual(spans('personnummer 8112189876', 'SE_PERSONNUMMER'), ['8112189876']);
  assert.deepEqual(spans('kund 8112189876', 'SE_PERSONNUMMER'), []);
  assert.deepEqual(spans('itin: 900941234', 'US_ITIN'), ['900941234']);
  assert.deepEqual(spans('ref 900941234', 'US_ITIN'), []);
});

test('SE_PERSONNUMMER with its dash: weak alone (an invoice number has that layout), strong with the word', () => {
  const weak = found('faktura 811218-9876', 'SE_PERSONNUMMER');
  assert.equal(weak.length, 1);
  assert.equal(weak[0].score, 0.45);
  assert.equal(found('Personnummer: 19811218-9876', 'SE_PERSONNUMMER')[0].score, 0.8);
  assert.deepEqual(spans('Personnummer: 19811218-9876', 'SE_PERSONNUMMER'), ['19811218-9876']);
  assert.deepEqual(spans('personnummer 811218+9876', 'SE_PERSONNUMMER'), ['811218+9876'], '"+" from the hundredth year');
  assert.deepEqual(spans('personnummer 811318-9874', 'SE_PERSONNUMMER'), [], 'month 13');
});

test('US_ITIN: the 9XX area US_SSN never takes, middle group in the IRS ranges', () => {
  const text = 'ITIN 912-70-1234, SSN 512-70-1234';
  assert.deepEqual(spans(text, 'US_ITIN'), ['912-70-1234']);
  assert.deepEqual(spans(text, 'US_SSN'), ['512-70-1234']);
  assert.deepEqual(spans('912-40-1234 and 912-93-1234', 'US_ITIN'), []);
  assert.deepEqual(spans('call 912-70-1234-5', 'US_ITIN'), []);
});

test('countries option: the new national identifiers follow it like the others', () => {
  const onlyBr = createPiiDetector({ id: 'p', countries: ['BR'] });
  const text = 'CPF 111.444.777-35, PESEL 44051401359, Resident ID 11010519491231002X';
  const types = new Set(onlyBr.scan(text, ctx).map((f) => f.type));
  assert.ok(types.has('BR_CPF'));
  assert.ok(!types.has('PL_PESEL') && !types.has('CN_RESIDENT_ID'));
});
