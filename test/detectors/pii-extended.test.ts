// Extended PII coverage: LOCATION, ORGANIZATION, DATE_TIME, AGE, TITLE, NRP, URL, DOMAIN_NAME.
// Texts here are written for the tests (no evaluation-set content).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPiiDetector, PII_TYPES } from '../../src/detectors/pii/index.ts';
import { ENTITY_TYPES } from '../../src/detectors/registry.ts';
import { CA_PROVINCES, CITIES, COUNTRIES, US_STATES, AMBIGUOUS_CITIES } from '../../src/detectors/pii/data/places.ts';
import { DEMONYMS, RELIGIONS } from '../../src/detectors/pii/data/nrp.ts';
import { tokenize } from '../../src/detectors/pii/tokens.ts';
import type { DetectionContext, Finding } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };
const det = createPiiDetector({ id: 'pii' });
const NEW_TYPES = ['LOCATION', 'ORGANIZATION', 'DATE_TIME', 'AGE', 'TITLE', 'NRP', 'URL', 'DOMAIN_NAME'];

function spans(text: string, type: string, min = 0.5): string[] {
  return det.scan(text, ctx).filter((f) => f.type === type && f.score >= min).map((f) => text.slice(f.start, f.end));
}
function find(text: string, type: string): Finding | undefined {
  return det.scan(text, ctx).find((f) => f.type === type);
}

test('new types are in the closed sets (policy schema, metrics labels)', () => {
  for (const t of NEW_TYPES) {
    assert.ok(PII_TYPES.includes(t), t);
    assert.ok(ENTITY_TYPES.includes(t), t);
  }
  const only = createPiiDetector({ id: 'p', entities: ['LOCATION'] });
  const f = only.scan('She grew up in Portugal and works at Acme Corp.', ctx);
  assert.deepEqual(f.map((x) => x.type), ['LOCATION']);
});

test('LOCATION: every gazetteer country, state, province and city is found after a place preposition', () => {
  const names = [...COUNTRIES, ...US_STATES.keys(), ...CA_PROVINCES.keys(), ...CITIES].filter((n) => !n.includes(','));
  const missed: string[] = [];
  for (const name of names) {
    const text = `She was born in ${name} and still visits often.`;
    const start = text.indexOf(name);
    const ok = det.scan(text, ctx).some((f) => f.type === 'LOCATION' && f.score >= 0.6 && f.start <= start && f.end >= start + name.length - 1);
    if (!ok) missed.push(name);
  }
  assert.deepEqual(missed, []);
});

test('LOCATION: ambiguous names need place context; unambiguous ones score lower without it', () => {
  for (const w of ['Nice', 'Reading', 'Mobile', 'Split', 'Bath']) {
    assert.deepEqual(spans(`${w} is the word of the day`, 'LOCATION', 0), [], w);
    assert.deepEqual(spans(`we stayed in ${w} for a week`, 'LOCATION'), [w], w);
  }
  assert.ok(AMBIGUOUS_CITIES.has('nice'));
  assert.equal(find('Tokyo is big', 'LOCATION')?.score, 0.55);
  assert.ok((find('flying to Tokyo', 'LOCATION')?.score ?? 0) >= 0.8);
  assert.deepEqual(spans('lower-case tokyo and paris are not names here', 'LOCATION', 0), []);
});

test('LOCATION: "City, ST" and "Place, Country" shapes; credentials after names are not states', () => {
  assert.deepEqual(spans('Ship it to Kelowna, BC next week', 'LOCATION'), ['Kelowna, BC']);
  assert.deepEqual(spans('our shop in Smallville, KS 66002', 'LOCATION'), ['Smallville, KS']);
  assert.deepEqual(spans('sent from Bordeaux, France', 'LOCATION'), ['Bordeaux, France']);
  assert.deepEqual(spans('letter from Jane Doe, MD about the case', 'LOCATION', 0), []);
  assert.deepEqual(spans('Signed: Jane Roe, PA', 'LOCATION', 0), []);
  // A street address keeps its ADDRESS finding; the city/state inside it is a weaker LOCATION.
  const text = 'mail it to 77 Birch Lane, Dover, DE 19901';
  const f = det.scan(text, ctx);
  assert.ok(f.some((x) => x.type === 'ADDRESS'), JSON.stringify(f));
});

test('ORGANIZATION: legal forms, family firms, institutions, known names', () => {
  assert.deepEqual(spans('the deal with Northwind Traders Ltd. closed', 'ORGANIZATION'), ['Northwind Traders Ltd.']);
  assert.deepEqual(spans('Bauer & Kirsch GmbH ships tomorrow', 'ORGANIZATION'), ['Bauer & Kirsch GmbH']);
  assert.deepEqual(spans('we hired Fontaine S.A. for it', 'ORGANIZATION'), ['Fontaine S.A.']);
  assert.deepEqual(spans('billed by Quill, Inc. monthly', 'ORGANIZATION'), ['Quill, Inc.']);
  assert.deepEqual(spans('Baker and Sons opened a shop', 'ORGANIZATION'), ['Baker and Sons']);
  assert.deepEqual(spans('a professor at the University of Lagos', 'ORGANIZATION'), ['University of Lagos']);
  assert.deepEqual(spans('treated at St Jude Hospital', 'ORGANIZATION'), ['St Jude Hospital']);
  assert.deepEqual(spans('an intern at Google', 'ORGANIZATION'), ['Google']);
  // Everyday-word company names need an organisation cue.
  assert.deepEqual(spans('Apple pie is sweet', 'ORGANIZATION', 0), []);
  assert.deepEqual(spans('she works for Apple', 'ORGANIZATION'), ['Apple']);
  // Generic heads and sentence-initial articles are not names.
  assert.deepEqual(spans('Please contact Customer Services today', 'ORGANIZATION', 0), []);
  assert.deepEqual(spans('The Company is growing', 'ORGANIZATION', 0), []);
  assert.deepEqual(spans('Inc is an abbreviation', 'ORGANIZATION', 0), []);
  assert.deepEqual(spans('### Managed Services\nIntro text here.', 'ORGANIZATION', 0), [], 'heading line');
  assert.deepEqual(spans('## Northwind Traders Ltd\n', 'ORGANIZATION'), ['Northwind Traders Ltd'], 'legal forms count on headings too');
});

test('ORGANIZATION beats a person-looking run inside it', () => {
  const text = 'invoice from Daniel Weber LLC';
  const f = det.scan(text, ctx);
  assert.deepEqual(f.map((x) => [x.type, text.slice(x.start, x.end)]), [['ORGANIZATION', 'Daniel Weber LLC']]);
});

test('DATE_TIME: formats, merging, validation; DATE_OF_BIRTH wins with birth context', () => {
  assert.deepEqual(spans('due 2022-11-30T17:00:00Z sharp', 'DATE_TIME'), ['2022-11-30T17:00:00Z']);
  assert.deepEqual(spans('on Thursday, 9 May 2019 at 4:15 pm we met', 'DATE_TIME'), ['Thursday, 9 May 2019 at 4:15 pm']);
  assert.deepEqual(spans('posted 07/04/2023', 'DATE_TIME'), ['07/04/2023']);
  assert.deepEqual(spans('posted 31/31/2023', 'DATE_TIME', 0), [], 'no month 31');
  assert.deepEqual(spans('from Oct 2020 to Jan 2021', 'DATE_TIME'), ['Oct 2020', 'Jan 2021']);
  assert.deepEqual(spans('build 10.12.2020.3 failed', 'DATE_TIME', 0), [], 'part of a longer dotted number');
  assert.deepEqual(spans('she may march on', 'DATE_TIME', 0), []);
  const text = 'born on 12 June 1990 in a small town';
  const types = det.scan(text, ctx).map((f) => f.type);
  assert.ok(types.includes('DATE_OF_BIRTH') && !types.includes('DATE_TIME'), types.join());
  // A bare clock time is weak.
  assert.ok((find('John 3:16 says', 'DATE_TIME')?.score ?? 0) < 0.5);
});

test('DATE_OF_BIRTH: a date after a birth-date field name of a form, record or code is a date of birth', () => {
  const dob = (text: string): [string, number, number][] => det.scan(text, ctx).filter((f) => f.type === 'DATE_OF_BIRTH' || f.type === 'DATE_TIME').map((f) => [f.type, f.start, f.end]);
  assert.deepEqual(dob('date_of_birth: 1984-03-12'), [['DATE_OF_BIRTH', 15, 25]]);
  assert.deepEqual(dob('dob=1984-03-12'), [['DATE_OF_BIRTH', 4, 14]]);
  assert.deepEqual(dob('{"birthDate": "1984-03-12"}'), [['DATE_OF_BIRTH', 15, 25]]);
  assert.deepEqual(dob('{"dateOfBirth": "1984-03-12"}'), [['DATE_OF_BIRTH', 17, 27]]);
  assert.deepEqual(dob('birth_date: 12/03/1984'), [['DATE_OF_BIRTH', 12, 22]]);
  assert.deepEqual(dob('Geburtsdatum: 12.03.1984'), [['DATE_OF_BIRTH', 14, 24]]);
  assert.deepEqual(dob('date de naissance : 12/03/1984'), [['DATE_OF_BIRTH', 20, 30]]);
  // A camel-case prefix before the field name: the capital after a lower-case letter is a word boundary.
  assert.deepEqual(dob('{"patientDateOfBirth": "1984-03-12"}'), [['DATE_OF_BIRTH', 24, 34]]);
  assert.deepEqual(dob('{"userBirthDate":"12/03/1984"}'), [['DATE_OF_BIRTH', 18, 28]]);
  assert.deepEqual(dob('patientDob: 1984-03-12'), [['DATE_OF_BIRTH', 12, 22]]);
  // All lower case it is one word, not a field name holding one; other date fields stay dates.
  assert.deepEqual(dob('patientdateofbirth 1984-03-12'), [['DATE_TIME', 19, 29]]);
  assert.deepEqual(dob('{"createdAt": "1984-03-12"}'), [['DATE_TIME', 15, 25]]);
  assert.deepEqual(dob('created_date: 1984-03-12'), [['DATE_TIME', 14, 24]]);
  assert.deepEqual(dob('Lieferdatum: 12.03.1984'), [['DATE_TIME', 13, 23]]);
});

test('AGE: the span is the number; non-ages are ignored', () => {
  assert.deepEqual(spans('my grandson is a 7-year-old boy', 'AGE'), ['7']);
  assert.deepEqual(spans('Age: 52, male', 'AGE'), ['52']);
  assert.deepEqual(spans('she is twenty-one years old', 'AGE'), ['twenty-one']);
  assert.deepEqual(spans('at the age of 16 he left', 'AGE'), ['16']);
  assert.deepEqual(spans('a man in his late fifties', 'AGE'), ['fifties']);
  assert.deepEqual(spans('a 30-day trial', 'AGE', 0), []);
  assert.deepEqual(spans('10 years of experience', 'AGE', 0), []);
  assert.deepEqual(spans('I am 200 years old', 'AGE', 0), [], 'out of range');
  assert.deepEqual(spans("I'm 5 minutes away", 'AGE', 0), []);
  assert.deepEqual(spans('turn 45 degrees left', 'AGE', 0), []);
});

test('TITLE: honorific span only, word titles with breakers, job titles after role phrases', () => {
  const text = 'Ask Mrs. Alvarez or Prof Kimura';
  assert.deepEqual(spans(text, 'TITLE'), ['Mrs.', 'Prof']);
  assert.deepEqual(spans(text, 'PERSON').length, 2, 'the names stay PERSON');
  assert.deepEqual(spans('Senator Okafor spoke', 'TITLE'), ['Senator']);
  assert.deepEqual(spans('Major League Baseball', 'TITLE', 0), []);
  assert.deepEqual(spans('General Electric reported', 'TITLE', 0), []);
  assert.deepEqual(spans('I am a registered nurse at the clinic', 'TITLE'), ['registered nurse']);
  assert.deepEqual(spans('he was promoted to regional sales manager', 'TITLE'), ['regional sales manager']);
  assert.deepEqual(spans('This is a device driver for Linux', 'TITLE', 0), [], 'no role phrase');
  // Title Case headings and determiners: ordinary words, not titles.
  assert.deepEqual(spans('## Major Features\n- General Guidelines\nThe Principal Investigator met General Patton.', 'TITLE', 0), ['General']);
  assert.equal(find('we met General Patton', 'TITLE')?.score, 0.5, 'weak word titles stay weak');
  assert.deepEqual(spans('the ceo of nothing', 'TITLE', 0), [], 'acronyms are exact case');
});

test('NRP: every demonym and religion is found with identity context; thing and language uses are not', () => {
  const missed: string[] = [];
  for (const d of [...DEMONYMS, ...RELIGIONS]) {
    const text = `Our new neighbour is a ${d} woman.`;
    const start = text.indexOf(d);
    if (!det.scan(text, ctx).some((f) => f.type === 'NRP' && f.score >= 0.6 && f.start === start)) missed.push(d);
  }
  assert.deepEqual(missed, []);
  assert.deepEqual(spans('she ordered Belgian waffles and Turkish delight', 'NRP', 0), ['Belgian']);
  assert.deepEqual(spans('can you say that in Spanish?', 'NRP', 0), []);
  assert.deepEqual(spans('He is of Italian descent', 'NRP'), ['Italian']);
  assert.deepEqual(spans('Lebanese voters went to the polls', 'NRP'), ['Lebanese']);
});

test('URL and DOMAIN_NAME: one finding per address, code and files excluded', () => {
  const text = 'Profile: https://social.example/u/jdoe). Mirror at www.jdoe-photos.com/gallery, blog jdoe.dev';
  assert.deepEqual(spans(text, 'URL'), ['https://social.example/u/jdoe', 'www.jdoe-photos.com/gallery']);
  assert.deepEqual(spans(text, 'DOMAIN_NAME', 0), ['jdoe.dev']);
  for (const code of ['import torch.nn as nn', 'open("config.json")', 'edit index.html and main.go', 'np.int32(x)', 'this.app.listen()', 'logger.info("x")']) {
    assert.deepEqual(spans(code, 'DOMAIN_NAME', 0), [], code);
  }
  assert.deepEqual(spans('mail ana@example.com', 'DOMAIN_NAME', 0), []);
  assert.ok((find('our website: tinycat.co.uk', 'DOMAIN_NAME')?.score ?? 0) >= 0.7);
});

test('URL: a host holds no comma, so addresses in a comma list are one finding each; paths may hold commas', () => {
  assert.deepEqual(spans('subjectAltName = DNS:www.example.com,DNS:www.example.net', 'URL'), ['www.example.com', 'www.example.net']);
  assert.deepEqual(spans('mirrors: https://a.example.org,https://b.example.org/x,y', 'URL'), ['https://a.example.org', 'https://b.example.org/x,y']);
  // After a www host only a path, query, fragment or port continues the address.
  assert.deepEqual(spans("see www.example.com's gallery or www.example.net:8080/a?b=1#c", 'URL', 0), ['www.example.com', 'www.example.net:8080/a?b=1#c']);
  // A "www." host is the URL's, with its path: the first host's "www" is no context that lets a bare host name
  // (without "/a") outrank and replace the address.
  const two = 'see www.example.com gallery or www.example.net/a';
  assert.deepEqual(spans(two, 'URL', 0), ['www.example.com', 'www.example.net/a']);
  assert.deepEqual(spans(two, 'DOMAIN_NAME', 0), []);
  // A longer run is reported up to 512 units, never between the halves of an astral character.
  const long = 'see https://a.example/' + 'x'.repeat(493) + '\u{1F600}' + 'y'.repeat(100);
  const f = det.scan(long, ctx).filter((x) => x.type === 'URL');
  assert.equal(f.length, 1);
  assert.equal(f[0].start, 4);
  assert.equal(f[0].end, 4 + 511);
});

test('tokenizer: offsets, inner apostrophes and hyphens, capitalisation flags', () => {
  const t = tokenize("O'Neil moved to Winston-Salem; USA 2024 élan Émile");
  assert.deepEqual(t.map((x) => x.lower), ["o'neil", 'moved', 'to', 'winston-salem', 'usa', '2024', 'élan', 'émile']);
  assert.deepEqual(t.map((x) => x.cap), [true, false, false, true, true, false, false, true]);
  assert.deepEqual(t.filter((x) => x.allCaps).map((x) => x.lower), ['usa']);
  assert.ok(t[5].digits);
});

test('property: any text scans without throwing; findings are in bounds and content-free', () => {
  const alphabet = fc.constantFrom(...'ab Z, .:/-@&\'0123456789\nÉéMrDInLC'.split(''), 'Paris', 'Inc', 'Mr. ', 'GmbH', ' years old', 'French ', 'www.', '.com', ', CA ', 'May ', '2021');
  fc.assert(fc.property(fc.array(alphabet, { maxLength: 80 }).map((a) => a.join('')), (text) => {
    for (const f of det.scan(text, ctx)) {
      assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
      assert.ok(f.score >= 0 && f.score <= 1);
      assert.ok(PII_TYPES.includes(f.type));
      if (NEW_TYPES.includes(f.type) && f.end - f.start > 3) assert.ok(!f.explanation.includes(text.slice(f.start, f.end)));
    }
  }), { numRuns: 300 });
});

test('property: lower-case letters and spaces never produce LOCATION, ORGANIZATION or NRP', () => {
  const word = fc.constantFrom('paris', 'london', 'inc', 'llc', 'german', 'muslim', 'university', 'of', 'toronto', 'bank', 'nice', 'in', 'from', 'a');
  fc.assert(fc.property(fc.array(word, { maxLength: 30 }).map((a) => a.join(' ')), (text) => {
    const bad = det.scan(text, ctx).filter((f) => f.type === 'LOCATION' || f.type === 'ORGANIZATION' || f.type === 'NRP');
    assert.deepEqual(bad, []);
  }), { numRuns: 200 });
});

test('a long capitalised text is scanned with bounded output', () => {
  const text = 'In Paris, France, Acme Corp. hired Dr. Mary Lee, 40 years old, a French citizen, on May 3, 2021. '.repeat(400);
  const f = det.scan(text, ctx);
  const byType = new Map<string, number>();
  for (const x of f) byType.set(x.type, (byType.get(x.type) ?? 0) + 1);
  for (const t of ['LOCATION', 'ORGANIZATION', 'TITLE', 'AGE', 'NRP', 'DATE_TIME']) assert.equal(byType.get(t), 400, `${t}: ${byType.get(t)}`);
});
