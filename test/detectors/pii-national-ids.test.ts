// National identifiers added in the thirtieth round: BR_CPF, CN_RESIDENT_ID, PL_PESEL, SE_PERSONNUMMER,
// UK_NHS, US_ITIN, FI_HETU, NO_FNR, CH_AHV, ZA_ID, MX_CURP, KR_RRN, JP_MY_NUMBER, BE_NRN, US_MBI,
// UK_DRIVING_LICENCE, IE_PPS, IN_PAN. Check digits against numbers their issuers
// (or other libraries' test data) publish as examples, every single-digit change of a valid number
// rejected where the check guarantees it (property), and the detector's spans, scores and context rules.
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
import { hetuValid } from '../../src/detectors/pii/fi-hetu.ts';
import { fnrValid } from '../../src/detectors/pii/no-fnr.ts';
import { ahvValid } from '../../src/detectors/pii/ch-ahv.ts';
import { zaIdValid } from '../../src/detectors/pii/za-id.ts';
import { curpValid } from '../../src/detectors/pii/mx-curp.ts';
import { rrnValidity } from '../../src/detectors/pii/kr-rrn.ts';
import { myNumberValid } from '../../src/detectors/pii/jp-my-number.ts';
import { nrnValid } from '../../src/detectors/pii/be-nrn.ts';
import { dvlaValid } from '../../src/detectors/pii/uk-driving-licence.ts';
import { ppsValid } from '../../src/detectors/pii/ie-pps.ts';
import type { DetectionContext, Finding } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'message_text', untrusted: false, direction: 'response' };
const det = createPiiDetector({ id: 'pii' });
const found = (text: string, type: string): Finding[] => det.scan(text, ctx).filter((f) => f.type === type);
const spans = (text: string, type: string): string[] => found(text, type).map((f) => text.slice(f.start, f.end));
const DIGITS = '0123456789';
const HETU_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** `prefix` followed by each character of `alphabet` that makes a number `valid` accepts. */
const completions = (prefix: string, valid: (v: string) => boolean, alphabet = DIGITS): string[] => [...alphabet].map((c) => prefix + c).filter(valid);

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
  assert.ok(hetuValid('131052-308T') && !hetuValid('131052-308A') && !hetuValid('131052Q308T'));
  assert.ok(hetuValid('131052A308T') && hetuValid('131052B308T') && hetuValid('131052+308T') && hetuValid('131052Y308T'), 'every century sign');
  assert.deepEqual(completions('290200-123', hetuValid, HETU_CHECK), [], 'no 29 February 1900');
  assert.equal(completions('290200A123', hetuValid, HETU_CHECK).length, 1, '29 February 2000');
  assert.deepEqual(completions('290200Y123', hetuValid, HETU_CHECK), [], 'Y is a sign of the 1900s');
  assert.deepEqual(completions('131052-001', hetuValid, HETU_CHECK), [], 'individual numbers start at 002');
  assert.ok(fnrValid('29100207042') && fnrValid('23072388054') && fnrValid('43022014103'), 'D number: day + 40');
  assert.ok(!fnrValid('29100207043') && !fnrValid('29100207052'));
  assert.ok(ahvValid('7561234567897') && !ahvValid('7561234567898') && !ahvValid('7571234567896'));
  assert.ok(zaIdValid('8001015009087') && !zaIdValid('8001015009088'));
  assert.deepEqual(completions('800101500938', zaIdValid), [], 'citizenship digit 0, 1 or 2');
  assert.deepEqual(completions('801301500908', zaIdValid), [], 'month 13');
  assert.equal(completions('000229500908', zaIdValid).length, 1, '29 February 2000');
  assert.deepEqual(completions('010229500908', zaIdValid), [], 'not 2001');
  assert.ok(curpValid('HEGG560427MVZRRL04') && curpValid('BEML920313HCMLNS09') && !curpValid('HEGG560427MVZRRL05'));
  assert.deepEqual(completions('HEGG560427MXXRRL0', curpValid), [], 'XX is no state');
  assert.deepEqual(completions('HEGG560230MVZRRL0', curpValid), [], '30 February');
});

test('dates inside the numbers: calendar days only, century from the month (PESEL), day + 60 (samordningsnummer)', () => {
  assert.ok(isCalendarDate(2000, 2, 29) && !isCalendarDate(1900, 2, 29) && !isCalendarDate(2023, 4, 31) && !isCalendarDate(2023, 13, 1));
  // PESEL 2000s: month + 20. 0222 = February 2002 (no 29th); 0422 = February 2004 (leap).
  assert.deepEqual(completions('0222290123', peselValid), [], '29 February 2002 does not exist');
  assert.equal(completions('0422290123', peselValid).length, 1, '29 February 2004 does');
  assert.equal(completions('701063239', personnummerValid).length, 1, 'day 63: coordination number of the 3rd');
  assert.deepEqual(completions('701093239', personnummerValid), [], 'day 93 is neither');
  assert.deepEqual(completions('11010519490229002', cnIdValid, DIGITS + 'X'), [], '1949 was not a leap year');
  assert.deepEqual(completions('99010519491231002', cnIdValid, DIGITS + 'X'), [], '99 is no province');
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
    gen: fc.tuple(fc.constantFrom('11', '31', '44', '65', '82'), digits(4), date, digits(3)).map(([p, a, d, s]) => completions(p + a + d + s, cnIdValid, DIGITS + 'X')[0]),
  },
  {
    name: 'PESEL',
    valid: peselValid,
    gen: fc.tuple(date, digits(4)).map(([d, s]) => {
      const y = Number(d.slice(0, 4));
      const m = Number(d.slice(4, 6)) + (y >= 2000 ? 20 : 0);
      return completions(d.slice(2, 4) + String(m).padStart(2, '0') + d.slice(6, 8) + s, peselValid)[0];
    }),
  },
  { name: 'personnummer', valid: personnummerValid, gen: fc.tuple(date, digits(3)).map(([d, s]) => completions(d.slice(2) + s, personnummerValid)[0]) },
  { name: 'NHS', valid: nhsValid, gen: digits(9).map((d) => completions(d, nhsValid)).filter((v) => v.length > 0).map((v) => v[0]) },
  {
    name: 'HETU',
    valid: hetuValid,
    gen: fc.tuple(date, fc.integer({ min: 2, max: 899 }), fc.constantFrom(0, 1, 2)).map(([d, n, k]) => {
      const y = Number(d.slice(0, 4));
      const sign = y < 2000 ? ['-', 'Y', 'X'][k] : ['A', 'B', 'C'][k];
      const body = d.slice(6, 8) + d.slice(4, 6) + d.slice(2, 4) + sign + String(n).padStart(3, '0');
      return completions(body, hetuValid, HETU_CHECK)[0];
    }),
  },
  {
    name: 'FNR',
    valid: fnrValid,
    gen: fc.tuple(date, digits(3)).map(([d, n]) => d.slice(6, 8) + d.slice(4, 6) + d.slice(2, 4) + n)
      .map((nine) => [...DIGITS].flatMap((a) => completions(nine + a, fnrValid)))
      .filter((v) => v.length > 0).map((v) => v[0]),
  },
  { name: 'AHV', valid: ahvValid, gen: digits(9).map((d) => completions('756' + d, ahvValid)[0]) },
  { name: 'ZA ID', valid: zaIdValid, gen: fc.tuple(date, digits(4)).map(([d, n]) => completions(d.slice(2) + n + '08', zaIdValid)[0]) },
];
// MX_CURP is not in the property: its weights 18..2 are taken mod 10, so a change under the weight 10
// (the day's first digit) or an even weight (a change by 5) keeps the check digit.

for (const k of KINDS) {
  test(`property: ${k.name}: generated numbers pass, every single-digit change of one fails`, () => {
    fc.assert(
      fc.property(k.gen, fc.nat(), fc.integer({ min: 1, max: 9 }), (v, at, by) => {
        assert.ok(k.valid(v), v);
        // A digit position (letters and signs are the layout, not the checked digits).
        const positions = [...v].flatMap((ch, j) => (ch >= '0' && ch <= '9' ? [j] : []));
        const i = positions[at % positions.length];
        const changed = v.slice(0, i) + String((Number(v[i]) + by) % 10) + v.slice(i + 1);
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

test('FI_HETU, CH_AHV, MX_CURP: strong alone; NO_FNR and ZA_ID only near their words', () => {
  assert.deepEqual(spans('asiakas 131052-308T, Helsinki', 'FI_HETU'), ['131052-308T']);
  assert.equal(found('asiakas 131052-308T', 'FI_HETU')[0].score, 0.7);
  assert.equal(found('henkilötunnus 131052-308T', 'FI_HETU')[0].score, 1);
  assert.deepEqual(spans('tilaus 131052-308T-2', 'FI_HETU'), []);
  assert.deepEqual(spans('versichert unter 756.1234.5678.97.', 'CH_AHV'), ['756.1234.5678.97']);
  assert.equal(found('Nr. 756.1234.5678.97', 'CH_AHV')[0].score, 0.85);
  assert.deepEqual(spans('AHV-Nummer 7561234567897', 'CH_AHV'), ['7561234567897']);
  assert.deepEqual(spans('artikel 7561234567897', 'CH_AHV'), [], 'bare digits (an EAN-13 barcode) without the word');
  assert.deepEqual(spans('version 756.1234.5678.97.1', 'CH_AHV'), []);
  assert.deepEqual(spans('CURP: GODE561231HDFRRN00, vigente', 'MX_CURP'), ['GODE561231HDFRRN00']);
  assert.deepEqual(spans('clave gode561231hdfrrn00', 'MX_CURP'), ['gode561231hdfrrn00']);
  assert.deepEqual(spans('GODE561231HDFRRN01 GODE561331HDFRRN00', 'MX_CURP'), [], 'check digit, month 13');
  assert.deepEqual(spans('fødselsnummer 29100207042', 'NO_FNR'), ['29100207042']);
  assert.deepEqual(spans('Fnr: 291002 07042', 'NO_FNR'), ['291002 07042']);
  assert.deepEqual(spans('kundenummer 29100207042', 'NO_FNR'), []);
  assert.deepEqual(spans('SA ID number: 800101 5009 087', 'ZA_ID'), ['800101 5009 087']);
  assert.deepEqual(spans('EAN 8001015009087', 'ZA_ID'), []);
});

test('KR_RRN: the layout with a real date and century digit (0.5), the pre-2020 check digit (0.85), bare digits with the word', () => {
  assert.equal(rrnValidity('9001011234568'), 'checked');
  assert.equal(rrnValidity('9001011234567'), 'shape', 'numbers since October 2020 end in random digits');
  assert.equal(rrnValidity('9013011234568'), null, 'month 13');
  assert.equal(rrnValidity('0002293234561'), 'shape', '29 February 2000 (century digit 3)');
  assert.equal(rrnValidity('0002291234561'), null, 'no 29 February 1900 (century digit 1)');
  assert.equal(found('고객 900101-1234568 확인', 'KR_RRN')[0].score, 0.85);
  assert.equal(found('고객 900101-1234567 확인', 'KR_RRN')[0].score, 0.5);
  assert.equal(found('주민등록번호: 900101-1234567', 'KR_RRN')[0].score, 0.85, 'a particle-free context word');
  assert.deepEqual(spans('RRN 9001011234568', 'KR_RRN'), ['9001011234568']);
  assert.deepEqual(spans('order 9001011234568', 'KR_RRN'), []);
  assert.deepEqual(spans('ref 900101-1234568-2', 'KR_RRN'), []);
});

test('JP_MY_NUMBER: check digit, context required, a context word inside unspaced Japanese', () => {
  assert.ok(myNumberValid('123456789018') && !myNumberValid('123456789017'));
  assert.deepEqual(completions('12345678901', myNumberValid), ['123456789018'], 'one check digit per number');
  // The check as the law's table writes it (weights 6 5 4 3 2 7 6 5 4 3 2 from the left; a remainder of 0 or 1
  // gives 0), over numbers of every remainder.
  fc.assert(
    fc.property(digits(11), (p) => {
      const r = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * Number(p[i]), 0) % 11;
      assert.deepEqual(completions(p, myNumberValid), [p + String(r <= 1 ? 0 : 11 - r)]);
    }),
    { numRuns: 400, seed: 30 },
  );
  assert.deepEqual(spans('マイナンバー：1234 5678 9018', 'JP_MY_NUMBER'), ['1234 5678 9018']);
  // The word follows の and precedes は: no word boundary is written in Japanese.
  assert.deepEqual(spans('私の個人番号は123456789018です', 'JP_MY_NUMBER'), ['123456789018']);
  assert.deepEqual(spans('注文番号は123456789018です', 'JP_MY_NUMBER'), []);
  assert.deepEqual(spans('card 1234 5678 9018', 'JP_MY_NUMBER'), []);
});

test('context words of unspaced scripts need no boundary; words of spaced scripts still do', () => {
  // 身份证号 inside a Chinese sentence lifts CN_RESIDENT_ID from 0.85 to 1.
  assert.equal(found('我的身份证号是11010519491231002X。', 'CN_RESIDENT_ID')[0].score, 1);
  assert.equal(found('编号11010519491231002X。', 'CN_RESIDENT_ID')[0].score, 0.85);
  // A short Latin word must still stand on its own ("nhs" in "nhsx" is no context).
  assert.deepEqual(spans('nhsx 943 476 5919', 'UK_NHS'), []);
});

test('BE_NRN: the dotted layout alone, bare digits with the word; the century from the check; unknown birth dates', () => {
  assert.ok(nrnValid('85073003328'), 'born 1985');
  assert.ok(nrnValid('85073003357'), 'the same digits checked as born 2085 (a 2 before them)');
  assert.ok(!nrnValid('85073003329'));
  const checks = (p: string) => [...DIGITS].flatMap((a) => completions(p + a, nrnValid));
  assert.equal(checks('850230033').length, 0, '30 February');
  assert.equal(checks('850000033').length, 2, 'month and day unknown: 00');
  assert.equal(checks('852730033').length, 2, 'bis number: month + 20');
  assert.equal(checks('851330033').length, 0, 'month 13');
  assert.equal(checks('850730000').length, 0, 'serial 000');
  assert.equal(found('rijksregisternummer 85.07.30-033.28', 'BE_NRN')[0].score, 1);
  assert.equal(found('klant 85.07.30-033.28', 'BE_NRN')[0].score, 0.85);
  assert.deepEqual(spans('NISS: 85073003328', 'BE_NRN'), ['85073003328']);
  assert.equal(found('NISS 850730-033.28', 'BE_NRN')[0].score, 0.85, 'another layout: 0.5 and the word');
  assert.deepEqual(spans('factuur 85073003328', 'BE_NRN'), []);
  assert.deepEqual(spans('versie 1.85.07.30-033.28', 'BE_NRN'), []);
  assert.deepEqual(spans('versie 85.07.30-033.28.5', 'BE_NRN'), []);
  assert.deepEqual(spans('klant 85.07.30-033.28.', 'BE_NRN'), ['85.07.30-033.28'], 'a full stop after it');
});

test('US_MBI: the pattern of kinds, with both display dashes or none, letters without S L O I B Z', () => {
  assert.deepEqual(spans('Medicare number 1EG4-TE5-MK73.', 'US_MBI'), ['1EG4-TE5-MK73']);
  assert.equal(found('Medicare number 1EG4-TE5-MK73', 'US_MBI')[0].score, 0.95);
  assert.equal(found('member 1EG4TE5MK73 eligible', 'US_MBI')[0].score, 0.6);
  for (const bad of ['1EG4-TE5MK73', '1SG4-TE5-MK73', '0EG4-TE5-MK73', '1EGA-TE5-MK73', '1EG4-TE5-MK7A', '1eg4-te5-mk73']) {
    assert.deepEqual(spans(`member ${bad} eligible`, 'US_MBI'), [], bad);
  }
  assert.deepEqual(spans('build 1EG4-TE5-MK73-2', 'US_MBI'), []);
});

test('UK_DRIVING_LICENCE: surname letters padded with 9s, the birth date (women: month + 50)', () => {
  assert.ok(dvlaValid('MORGA753116SM9IJ'), 'DVLA specimen: born 11 March 1976');
  assert.ok(dvlaValid('LI999701015J99AB'), 'a short surname padded with 9s');
  assert.ok(!dvlaValid('MO9GA753116SM9IJ'), 'a 9 inside the surname');
  assert.ok(!dvlaValid('MORGA713116SM9IJ') && !dvlaValid('MORGA763116SM9IJ'), 'month 13 and 63');
  assert.ok(!dvlaValid('MORGA702306SM9IJ'), '30 February');
  assert.deepEqual(spans('holder MORGA753116SM9IJ 35', 'UK_DRIVING_LICENCE'), ['MORGA753116SM9IJ']);
  assert.equal(found('driving licence MORGA753116SM9IJ', 'UK_DRIVING_LICENCE')[0].score, 0.95);
  assert.deepEqual(spans('morga753116sm9ij', 'UK_DRIVING_LICENCE'), [], 'licence numbers are upper-case');
});

test('IE_PPS: mod-23 check letter, the second letter weighted 9', () => {
  assert.ok(ppsValid('1234567T') && !ppsValid('1234567U'));
  const second = (l: string) => [...'ABCDEFGHIJKLMNOPQRSTUVW'].filter((c) => ppsValid('1234567' + c + l));
  assert.deepEqual(second('A'), ['F']);
  assert.deepEqual(second('W'), ['T'], 'W counts 0: the same letter as without it');
  assert.deepEqual(second('C'), [], 'C is no second letter');
  assert.equal(found('PPS number 1234567T', 'IE_PPS')[0].score, 0.85);
  assert.equal(found('ref 1234567T', 'IE_PPS')[0].score, 0.5);
  assert.deepEqual(spans('PPSN: 1234567fa', 'IE_PPS'), ['1234567fa']);
});

test('IN_PAN: the holder-kind letter in fourth place, upper-case as issued', () => {
  assert.deepEqual(spans('मेरा PAN "ABCPS1234K" एरर दे रहा है', 'IN_PAN'), ['ABCPS1234K']);
  assert.equal(found('PAN: ABCPE1234F', 'IN_PAN')[0].score, 0.95);
  assert.equal(found('ref ABCPE1234F', 'IN_PAN')[0].score, 0.6);
  for (const bad of ['ABCDE1234F', 'ABCQE1234F', 'abcpe1234f', 'ABCPE12345F', 'ABCPE123F']) assert.deepEqual(spans(`ref ${bad} ok`, 'IN_PAN'), [], bad);
  for (const kind of 'ABCFGHJKLPT') assert.deepEqual(spans(`ref ABC${kind}E1234F ok`, 'IN_PAN'), [`ABC${kind}E1234F`], kind);
});
