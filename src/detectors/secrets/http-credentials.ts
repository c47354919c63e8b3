// HTTP_CREDENTIAL: a user name and password as HTTP clients carry them (added in the twenty-fourth
// round; none of these shapes was found before): an `Authorization: Basic` header, the `auth` of a
// Docker config or the `_auth` of an .npmrc (base64 of "user:password"), a password in the userinfo
// of an http(s), ws(s), git, ssh or ftp URL (database schemes are CONNECTION_STRING's), a .netrc
// entry, and a password given to curl (`curl -u user:password`). The finding is the secret part: the
// base64 value, or the password alone. Also a keyword-free `Bearer <token>` of the generic kind (GENERIC_SECRET, so a specific rule over the same bytes wins).
import { shannonEntropy } from '../checksums.ts';
import { userinfoPassword } from './connection-string.ts';
import { ALNUM, randomString, type Rand, type SecretRule } from './rule.ts';

const PLACEHOLDERS = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'token', 'xxx', 'xxxx', 'user', 'username', 'mypassword',
  'yourpassword', 'your_password', 'example', 'pat', 'oauth2', 'x-oauth-basic', 'xyz', 'abc', 'foo', 'bar', 'baz', 'qux', 'pass123', 'password123']);

/** base64 of "user:password" with printable ASCII on both sides of the first ':' and a real password. */
function userPassword(b64: string): { note: string } | null {
  const flat = b64.length % 4 === 0 ? b64 : b64 + '='.repeat(4 - (b64.length % 4));
  const s = Buffer.from(flat, 'base64').toString('latin1');
  const colon = s.indexOf(':');
  if (colon < 1 || colon === s.length - 1) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return null;
  }
  const password = s.slice(colon + 1);
  if (password.length < 3 || PLACEHOLDERS.has(password.toLowerCase())) return null;
  return { note: 'base64 of user:password' };
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const pair = (r: Rand): string => `svc${randomString(r, '0123456789', 3)}:${randomString(r, ALNUM, 18)}`;

export const HTTP_CREDENTIAL_RULES: readonly SecretRule[] = [
  {
    id: 'basic-auth-header',
    type: 'HTTP_CREDENTIAL',
    regex: `(?i:authorization)["']?\\s{0,3}[:=]\\s{0,3}["']?(?i:basic)\\s{1,3}([A-Za-z0-9+/]{8,}={0,2})`,
    group: 1,
    keywords: ['authorization'],
    anchor: { literals: ['authorization'], within: 0 },
    score: 0.9,
    maxLength: 1100,
    validate: userPassword,
    sample: (r) => `curl -H "Authorization: Basic ${b64(pair(r))}" https://api.example.net/v1`,
  },
  {
    id: 'registry-auth',
    type: 'HTTP_CREDENTIAL',
    // Docker config.json `"auth": "…"` and .npmrc `_auth=…`.
    regex: `(?:"auth"\\s{0,3}:\\s{0,3}"|\\b_auth\\s{0,3}=\\s{0,3}["']?)([A-Za-z0-9+/]{8,}={0,2})`,
    group: 1,
    keywords: ['auth'],
    score: 0.9,
    maxLength: 1100,
    validate: userPassword,
    sample: (r) => `{"auths": {"registry.example.net": {"auth": "${b64(pair(r))}"}}}`,
  },
  {
    id: 'url-credentials',
    type: 'HTTP_CREDENTIAL',
    ...userinfoPassword('https?|wss?|git|ssh|ftps?|svn', 3),
    password: true,
    anchor: { literals: ['://'], within: 5 },
    score: 0.85,
    maxLength: 650,
    // Not a placeholder, and not a port number (`https://host:8080@…` is a URL trick, not a password).
    validate: (s) => (PLACEHOLDERS.has(s.toLowerCase()) || (s.length <= 5 && [...s].every((c) => c >= '0' && c <= '9')) ? null : {}),
    sample: (r) => `git remote add origin https://deploy:${randomString(r, ALNUM, 20)}@git.example.net/org/app.git`,
  },
  {
    id: 'curl-user-password',
    type: 'HTTP_CREDENTIAL',
    // `curl … -u user:password` / `--user user:password` / `--user=…`, options on one line or continued
    // with a backslash; the finding is the password. `-u user` alone (curl prompts), `-u key:` (the key
    // is the user name, a vendor rule's) and shell variables are not passwords.
    // A quoted pair may hold spaces; the password is in the first group that took part.
    regex: `\\bcurl\\b(?:[^\\n]|\\\\\\r?\\n){0,400}?\\s(?:-u\\s{0,3}|--user(?:\\s{1,3}|=))(?:"[^\\s:"]{1,128}:([^"\\n]{3,256})"|'[^\\s:']{1,128}:([^'\\n]{3,256})'|[^\\s:"']{1,128}:([^\\s"']{3,256}))`,
    keywords: ['curl'],
    anchor: { literals: ['curl'], within: 0 },
    password: true,
    score: 0.85,
    maxLength: 800,
    stopwords: ['$', '<', '{{', '%s', '****', 'xxxx'],
    validate: (s) => (PLACEHOLDERS.has(s.toLowerCase()) ? null : {}),
    sample: (r) => `curl -sS -u deploy:${randomString(r, ALNUM, 20)} https://ci.example.net/api/json`,
  },
  {
    id: 'netrc-password',
    type: 'HTTP_CREDENTIAL',
    regex: `\\bmachine\\s{1,8}\\S{1,253}\\s{1,8}login\\s{1,8}\\S{1,128}\\s{1,8}password\\s{1,8}(\\S{3,256})`,
    group: 1,
    keywords: ['machine'],
    password: true,
    anchor: { literals: ['machine'], within: 0 },
    score: 0.85,
    maxLength: 680,
    validate: (s) => (PLACEHOLDERS.has(s.toLowerCase()) ? null : {}),
    sample: (r) => `~/.netrc:\nmachine api.example.net login ci password ${randomString(r, ALNUM, 20)}\n`,
  },
  {
    id: 'bearer-token',
    type: 'GENERIC_SECRET',
    regex: `(?i:\\bbearer)\\s{1,3}([A-Za-z0-9._~+/\\-]{20,}=*)`,
    group: 1,
    keywords: ['bearer'],
    anchor: { literals: ['bearer'], within: 0 },
    score: 0.7,
    maxLength: 4096,
    validate(s) {
      let digit = false;
      let letter = false;
      for (const ch of s) {
        if (ch >= '0' && ch <= '9') digit = true;
        else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) letter = true;
      }
      return digit && letter && shannonEntropy(s) >= 3.5 ? { note: 'bearer token' } : null;
    },
    sample: (r) => `Authorization: Bearer ${randomString(r, ALNUM, 40)}`,
  },
];
