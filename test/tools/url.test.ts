import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileHostAllowList, normaliseHostPattern } from '../../src/tools/url.ts';

const list = compileHostAllowList('t', ['*.example.com', 'api.github.com', '127.0.0.1', '[::1]', 'bücher.de', 'EXAMPLE.org.']);

const cases: [string, string | null][] = [
  ['https://a.example.com/x', null],
  ['https://a.b.example.com/', null],
  ['https://example.com/', 'host_not_allowed'], // *.x does not include x itself
  ['https://evilexample.com/', 'host_not_allowed'],
  ['https://example.com.evil.net/', 'host_not_allowed'],
  ['https://API.GITHUB.COM/x', null],
  // trailing dots
  ['https://api.github.com./', null],
  ['https://example.org/', null],
  ['https://example.org../', 'host_not_allowed'],
  // userinfo tricks
  ['https://api.github.com@evil.com/', 'userinfo_not_allowed'],
  ['https://api.github.com:443@evil.com/', 'userinfo_not_allowed'],
  ['https://user:pw@api.github.com/', 'userinfo_not_allowed'],
  ['https://evil.com\\@api.github.com/', 'host_not_allowed'], // backslash is a path separator
  ['https://evil.com#@api.github.com', 'host_not_allowed'],
  ['https://evil.com?@api.github.com', 'host_not_allowed'],
  ['https://api.github.com.evil.com/', 'host_not_allowed'],
  // IDN / punycode / Unicode dots and percent-encoding
  ['https://xn--bcher-kva.de/', null],
  ['https://BÜCHER.de/', null],
  ['https://bucher.de/', 'host_not_allowed'],
  ['https://api。github。com/', null],
  ['https://api%2egithub%2ecom/', null],
  ['https://a.example.com%00.evil.com/', 'invalid_url'],
  // IP literals in many spellings
  ['http://127.0.0.1:8080/', null],
  ['http://0x7f.1/', null],
  ['http://2130706433/', null],
  ['http://0177.0.0.1/', null],
  ['http://127.0.0.2/', 'host_not_allowed'],
  ['http://[0:0:0:0:0:0:0:1]/', null],
  ['http://[::2]/', 'host_not_allowed'],
  ['http://[::ffff:127.0.0.1]/', 'host_not_allowed'],
  // not URLs / wrong schemes
  ['//api.github.com/', 'invalid_url'],
  ['api.github.com', 'invalid_url'],
  ['javascript:alert(1)', 'scheme_not_allowed'],
  ['file:///etc/passwd', 'scheme_not_allowed'],
  ['ftp://api.github.com/', 'scheme_not_allowed'],
];

for (const [url, want] of cases) {
  test(`hosts allow-list: ${url} -> ${want ?? 'ok'}`, () => {
    assert.equal(list.check(url), want);
  });
}

test('non-string values are rejected', () => {
  assert.equal(list.check(42), 'not_a_string');
  assert.equal(list.check(null), 'not_a_string');
  assert.equal(list.check({ href: 'https://api.github.com' }), 'not_a_string');
});

test('policy host entries are normalised like URL hosts', () => {
  assert.equal(normaliseHostPattern('Bücher.DE.'), 'xn--bcher-kva.de');
  assert.equal(normaliseHostPattern('*.Bücher.de'), '*.xn--bcher-kva.de');
  assert.equal(normaliseHostPattern('0x7f.0.0.1'), '127.0.0.1');
  assert.equal(normaliseHostPattern('[0::1]'), '[::1]');
  assert.throws(() => normaliseHostPattern('a b.com'), /invalid host/);
  assert.throws(() => normaliseHostPattern('user@a.com'), /invalid host/);
  assert.throws(() => normaliseHostPattern(''), /empty host/);
});

test('a bare * host allows any host but still rejects userinfo and bad schemes', () => {
  const any = compileHostAllowList('any', ['*']);
  assert.equal(any.check('https://whatever.test/'), null);
  assert.equal(any.check('http://10.0.0.1/'), null);
  assert.equal(any.check('https://a@b.test/'), 'userinfo_not_allowed');
  assert.equal(any.check('gopher://b.test/'), 'scheme_not_allowed');
});
