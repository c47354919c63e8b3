// EMAIL: internationalised addresses with Latin-1 letters (RFC 6531 local parts, IDNA labels) found
// whole, and, on ASCII text without apostrophes, exactly the findings of the ASCII pattern the recogniser
// had before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import { compile, matchAll } from '../../src/core/regex.ts';
import type { DetectionContext } from '../../src/core/types.ts';
import ianaTlds from 'tlds' with { type: 'json' };

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };
const det = createPiiDetector({ id: 'pii', entities: ['EMAIL'] });
const emails = (text: string): string[] => det.scan(text, ctx).filter((f) => f.type === 'EMAIL').map((f) => text.slice(f.start, f.end));

test('addresses with Latin-1 letters are found whole, so their redaction leaves no part of the name', () => {
  const cases: [string, string][] = [
    ['Kontakt: müller@example.de', 'müller@example.de'],
    ['Schreiben Sie an hans.groß@example.de bitte', 'hans.groß@example.de'],
    ['écrire à rené.léger@exemple.fr', 'rené.léger@exemple.fr'],
    ['escribe a íñigo.núñez@ejemplo.es hoy', 'íñigo.núñez@ejemplo.es'],
    ['IDN domain: info@bücher-müller.de.', 'info@bücher-müller.de'],
    ['skriv til søren@eksempel.dk', 'søren@eksempel.dk'],
  ];
  for (const [text, want] of cases) assert.deepEqual(emails(text), [want], text);
  // × and ÷ are not letters: "2×3@…" is not an address written with them.
  assert.deepEqual(emails('size 2×ab@example.com'), ['ab@example.com']);
});

test('prose in scripts written without spaces is not taken into the address', () => {
  assert.deepEqual(emails('请联系support@example.com获取帮助'), ['support@example.com']);
  assert.deepEqual(emails('お問い合わせはinfo@example.jpまで'), ['info@example.jp']);
});

// The pattern and validation of the recogniser before the internationalised one: ASCII local part of
// 1-64 characters, 1-8 labels of 1-63 characters, a 2-24 letter top-level label; and, since the
// thirty-first round, a top-level label IANA delegates.
const OLD = compile('old-email', '[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}\\b');
const DELEGATED = new Set<string>([...(ianaTlds as string[]), 'example', 'test', 'invalid', 'internal', 'local', 'localdomain', 'lan', 'corp', 'home', 'intranet', 'private']);
function oldEmails(text: string): string[] {
  return matchAll(OLD, text).filter((m) => {
    const value = text.slice(m.start, m.end);
    const local = value.split('@')[0];
    return !(local.endsWith('.') || local.includes('..')) && DELEGATED.has(value.slice(value.lastIndexOf('.') + 1).toLowerCase());
  }).map((m) => text.slice(m.start, m.end));
}

/**
 * The findings of the @ pattern alone: not those of the written-out forms (email-words.ts), which take "mail @aa.ba", a
 * blank before the @, as an address on purpose (the generator below writes that now and then: "mail " before "@").
 */
const patternEmails = (text: string): string[] => det.scan(text, ctx).filter((f) => f.type === 'EMAIL' && !f.explanation.startsWith('email_words')).map((f) => text.slice(f.start, f.end));

test('property: on ASCII text the findings are those of the ASCII pattern, long parts included', () => {
  const run = (chars: string, min: number, max: number) => fc.array(fc.constantFrom(...chars.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));
  const local = fc.oneof(run('abcXYZ019._%+-', 1, 12), run('abc1.', 60, 80));
  const label = fc.oneof(run('abz09-', 1, 8), run('ab-', 60, 70));
  const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 11 }), fc.oneof(run('comdeu', 1, 4), fc.constantFrom('com', 'de', 'org', 'io', 'museum', 'co'), run('abcdefghij', 20, 30))).map(([ls, tld]) => `${ls.join('.')}.${tld}`);
  const piece = fc.oneof(
    fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`),
    fc.constantFrom(' ', '. ', ', ', '\n', '@', '..', 'mail ', '(', ')', '-', 'x'),
  );
  fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), (text) => {
    assert.deepEqual(patternEmails(text), oldEmails(text), text);
  }), { numRuns: 300 });
});

test('a top-level label IANA does not delegate, an ssh or scp remote and the user part of a URL are not addresses', () => {
  assert.deepEqual(emails('use icon@2x.png and logo@3x.webp for retina screens'), []);
  assert.deepEqual(emails('systemctl status postgresql@15-main.service'), []);
  assert.deepEqual(emails('git clone git@github.com:org/repo.git'), []);
  assert.deepEqual(emails('scp build.tar deploy@host.example.com:/srv/app'), []);
  assert.deepEqual(emails('open https://jane@example.org/dashboard'), []);
  // An address before a colon that ends the sentence or the line is still one.
  assert.deepEqual(emails('Write to jane@example.com: we answer within a day'), ['jane@example.com']);
  assert.deepEqual(emails('Contact jane@example.com:\nSupport'), ['jane@example.com']);
  assert.deepEqual(emails('mailto:jane@example.museum'), ['jane@example.museum']);
  // The names reserved for documentation and tests stand for real addresses there.
  assert.deepEqual(emails('Write to support@acme.example or qa@staging.test'), ['support@acme.example', 'qa@staging.test']);
  // So do the names of private networks, where companies' own mail lives.
  assert.deepEqual(emails('From: root@bastion.example.internal (Cron Daemon)'), ['root@bastion.example.internal']);
});

test('a host with a path after it, and the host argument of a remote shell, are not addresses (fifty-second round)', () => {
  // Cargo's changelog: an ssh remote written with a slash; a login given to ssh, with options and their values.
  assert.deepEqual(emails('submodules with shorthand SSH URLs (like git@github.com/user/repo.git) should now work'), []);
  assert.deepEqual(emails('ssh git@gitlab.example.com'), []);
  assert.deepEqual(emails('ssh -p 2222 -i ~/.ssh/key.pem deploy@host.example.com uptime'), []);
  assert.deepEqual(emails('$ /usr/bin/sftp ubuntu@files.example.com'), []);
  // Addresses beside the same shapes still are: a list joined by slashes, a slash that ends the address, ssh on
  // another line or in prose.
  assert.deepEqual(emails('mail bob@example.com/alice@example.org today'), ['bob@example.com', 'alice@example.org']);
  assert.deepEqual(emails('send to bob@example.com/ then'), ['bob@example.com']);
  assert.deepEqual(emails('email: jane@example.com\nssh jane@example.com'), ['jane@example.com']);
  assert.deepEqual(emails('the ssh key for bob@example.com is ready'), ['bob@example.com']);
});

test('the tail of a password in a URL, before its host, is not an address; addresses near URLs still are', () => {
  assert.deepEqual(emails('mongodb+srv://user:Pa55w0rd!x@cluster0.abcde.mongodb.net/db'), []);
  assert.deepEqual(emails('MONGO_URL="mongodb+srv://app:Pa55w0rd!x@cluster0.abcde.mongodb.net/db?retryWrites=true"'), []);
  assert.deepEqual(emails('redis://:p@ssw0rd@cache.example.com:6379/0'), []);
  assert.deepEqual(emails('git clone https://deploy:tok$en!z@git.example.com/org/app.git'), []);
  assert.deepEqual(emails('curl https://user:pass@host.example.com/x'), []);
  // An address after a URL's path, query or a blank is one; so is one in a mailto: link.
  assert.deepEqual(emails('see https://example.com/contact:jane@example.com'), ['jane@example.com']);
  assert.deepEqual(emails('https://example.com/?to=jane@example.com'), ['jane@example.com']);
  assert.deepEqual(emails('http://localhost:8080/x jane@example.com'), ['jane@example.com']);
  assert.deepEqual(emails('mailto:jane@example.com'), ['jane@example.com']);
});

test("an apostrophe, ASCII or typographic, inside the local part belongs to the address: found whole, not from the letter after it", () => {
  const spans = (text: string): [number, number][] => det.scan(text, ctx).filter((f) => f.type === 'EMAIL').map((f) => [f.start, f.end]);
  assert.deepEqual(spans("Contact o'brien@example.com today"), [[8, 27]]);
  assert.deepEqual(spans('write to o\u2019brien@example.ie.'), [[9, 27]]);
  assert.deepEqual(emails("it's me, sean.o'neill@corp.example"), ["sean.o'neill@corp.example"]);
  // Quotes around an address are not part of it; an apostrophe does not start or end a local part.
  assert.deepEqual(emails("user 'jane@example.com'"), ['jane@example.com']);
  assert.deepEqual(emails('\u2018jane@example.com\u2019'), ['jane@example.com']);
  assert.deepEqual(emails("jane'@example.com"), []);
  assert.deepEqual(emails("GRANT ALL ON db.* TO 'root'@'localhost'"), []);
});

// Addresses written out (email-words.ts): markers for "@" and "." that no "@" pattern sees.
const REDACT_ALL: DetectionContext = ctx;
test('addresses written with (at), [dot], spaced @, or the words at and dot are found over the whole address as written', () => {
  const cases: [string, string][] = [
    ['Contact me at john dot smith at gmail dot com', 'john dot smith at gmail dot com'],
    ['email: jane(at)example(dot)org.', 'jane(at)example(dot)org'],
    ['j.doe [at] company [dot] io', 'j.doe [at] company [dot] io'],
    ['Questions? mail orders @ shop.example.com now', 'orders @ shop.example.com'],
    ['jane@example[.]com', 'jane@example[.]com'],
    ['jane.doe@example dot com', 'jane.doe@example dot com'],
    ['correo: juan arroba ejemplo punto es', 'juan arroba ejemplo punto es'],
    ['ops AT corp DOT example DOT co DOT uk', 'ops AT corp DOT example DOT co DOT uk'],
    ["write to 'ann' {at} mail (point) fr", "ann' {at} mail (point) fr"],
    ['Send it to first.last [ at ] sub [ dot ] example [dot] org, thanks', 'first.last [ at ] sub [ dot ] example [dot] org'],
  ];
  for (const [text, want] of cases) assert.deepEqual(emails(text), [want], text);
  // The finding covers the address only: the words before and after stay.
  const text = 'Reach me: bob (at) acme (dot) io or at the office.';
  const f = det.scan(text, REDACT_ALL).filter((x) => x.type === 'EMAIL');
  assert.equal(f.length, 1);
  assert.equal(text.slice(0, f[0].start) + '[EMAIL]' + text.slice(f[0].end), 'Reach me: [EMAIL] or at the office.');
});

test('prose with the words at and dot, prices, Python and code are no written-out addresses', () => {
  for (const t of [
    'I work at google.com and live at home.', 'companies at the dot com boom', 'the dot com era, at its peak', 'buy 2 @ amazon.com',
    'look at this dot product of vectors', 'meet at noon (at) the dot', 'a [at] b', 'x @ y', 'price (at) 5 dot 99', 'result = weights @ inputs.T',
    'see you at home. Com', 'we met at Acme dot Labs', 'array[at] = value[dot]', '@ app.route("/")', 'ping me @ slack',
  ]) assert.deepEqual(emails(t), [], t);
});

test('property: an address written out with any mix of markers is found whole, in a sentence', () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/).filter((w) => !['at', 'dot', 'arroba', 'arobase', 'punto', 'punkt', 'ponto', 'point'].includes(w));
  const at = fc.constantFrom('(at)', ' (at) ', '[at]', ' [ at ] ', '{@}', ' <at> ', ' @ ', ' AT ');
  const dot = fc.constantFrom('.', ' dot ', '(dot)', ' [.] ', ' DOT ', '[dot]', ' (punkt) ');
  const addr = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'org', 'io', 'de', 'co'),
    fc.array(dot, { minLength: 6, maxLength: 6 }), at)
    .map(([local, labels, tld, dots, a]) => {
      let k = 0;
      // A bare " AT " needs a dot marker in the domain: give its first dot the word form.
      const domain = [...labels, tld].map((l, i) => (i === 0 ? l : (a === ' AT ' && i === 1 ? ' dot ' : dots[k++ % dots.length]) + l)).join('');
      return local.join(dots[5] === '.' ? '.' : dots[5]) + a + domain;
    });
  fc.assert(fc.property(addr, (a) => {
    const text = `Please email ${a} today.`;
    assert.deepEqual(emails(text), [a], text);
  }), { numRuns: 400 });
});
