// GENERIC_SECRET: a value assigned to a secret-sounding key (api_key=, secret:, token, password …,
// or an upper-case environment variable name ending in _KEY)
// that clears an entropy floor (default 3.5 bits/char over at least 12 characters, or 3.0 with 3+
// character classes), contains a digit, is not a code reference (a.b.c) and is not a placeholder.
// Scores 0.55–0.75 by entropy. Letters-only passphrases are not caught. A URL query value ends at `&`
// or `#` (the next parameter or the fragment is not part of it), an unquoted value after `=` at `&` and
// the next field's name and `=`; other `&` are part of a value, and after `:` or "is" every `&` is.
// Also here: the short-password rule (8-11 characters after a password key, three character classes, 0.5).
import { shannonEntropy } from '../checksums.ts';
import { hexValue } from '../../core/units.ts';
import { ALNUM, COMMON_STOPWORDS, randomString, type SecretRule } from './rule.ts';
import { PASSWORD_WORDS } from './connection-string.ts';

/**
 * Key names. A two-word name may also be written with a space, as prose and answers write it ("The API key is
 * …", "secret key: …"; until the forty-fourth round only api_key, api-key and apikey were key names).
 */
const KEYS = '(?:api[_\\- ]?key|apikey|api[_\\- ]?secret|secret[_\\- ]?key|client[_\\- ]?secret|access[_\\- ]?token|auth[_\\- ]?token|refresh[_\\- ]?token|bearer|token|secret|passw(?:or)?d|pwd|private[_\\- ]?key|credentials?|auth[_\\- ]?key|signing[_\\- ]?key|encryption[_\\- ]?key)';

/** A value of at least 12 characters of `chars` that does not end with a full stop. */
const value = (chars: string): string => `[${chars}.]{11,}[${chars}]`;
/** Between quotes a value may hold any punctuation (`hunter2(secret)`, a Django key's `(i)o_p+a`), up to the quote. */
const QUOTED_VALUE = '[^\\s"\'`\\\\]{11,}[^\\s"\'`\\\\.]';
const BARE_CHARS = 'A-Za-z0-9_\\-+/=~!@#$%^*';
/** After `:` or "is" (YAML, prose, a header): `&` is part of the value (`password: Tr0ub4dor&3xyz12`), not at its end. */
const COLON_VALUE = `[${BARE_CHARS}.&]{11,}[${BARE_CHARS}]`;
/**
 * After `=`: `&` and a field name and `=` (`client_secret=V&scope=read`, a form body's next field) end the value;
 * any other `&` is part of it (`DB_PASSWORD=Abc&12x!Qw9z`, `&x!y`, `&xyz` at the end of the line). Without
 * lookahead: a unit is a value character, `&` before a character no name starts with, or `&` and a name that
 * runs into punctuation of the value (not `=`); the last unit may be `&` and a name ending the line. Units
 * hold one character or more, so the floor of 12 characters is the validator's here.
 */
const NAME = '[A-Za-z_][A-Za-z0-9_.\\-]*';
const FORM_UNIT = `(?:[${BARE_CHARS}.]|&[0-9+/~!@#$%^*\\-]|&${NAME}[+/~!@#$%^*])`;
const FORM_VALUE = `${FORM_UNIT}{10,}(?:[${BARE_CHARS}]|&[A-Za-z_][A-Za-z0-9_]*(?m:$))`;
const QUERY_VALUE = value('A-Za-z0-9_\\-+/=~!@$%^*');

function classes(s: string): number {
  let lo = 0, up = 0, di = 0, ot = 0;
  for (const ch of s) {
    if (ch >= 'a' && ch <= 'z') lo = 1;
    else if (ch >= 'A' && ch <= 'Z') up = 1;
    else if (ch >= '0' && ch <= '9') di = 1;
    else ot = 1;
  }
  return lo + up + di + ot;
}

/** Digest algorithms written before a hash (`sha256:…` of an image digest, `sha512-…` of an SRI integrity value). */
const DIGEST_PREFIXES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake3'];

/**
 * A content digest (`sha256:4f9c…`, `sha512-…`) or an Ethereum address (`0x` and 40 hex digits, a contract or
 * wallet, public by design): what follows `token:` in package locks, image references and token lists, not a
 * secret. (A private key in hex is 64 digits.)
 */
function isDigestOrAddress(s: string): boolean {
  const lower = s.toLowerCase();
  for (const p of DIGEST_PREFIXES) {
    if (lower.startsWith(p) && (lower[p.length] === ':' || lower[p.length] === '-')) return true;
  }
  return s.length === 42 && lower.startsWith('0x') && isHexKey(s.slice(2));
}

/** Hex digits a value holds at least for the hex-key floor. */
const HEX_KEY_MIN = 16;

/** Only hex digits, with a digit and a letter among them. */
function isHexKey(s: string): boolean {
  let digit = false;
  let letter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (hexValue(c) >= 0) letter = true;
    else return false;
  }
  return digit && letter;
}

function isIdentChar(c: string, first: boolean): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$' || (!first && c >= '0' && c <= '9');
}

/**
 * A file path: `/etc/ssl/private/server.key`, `./certs/key-2024.pem`, `~/.ssh/id_ed25519` after "private key:"
 * names where a key is kept, not the key. A path starts with `/`, `./`, `../` or `~/`, holds only name
 * characters and slashes, and its last part has a file extension or every part is lower-case (a base64 value
 * may start with `/` and hold more, but mixes cases and has no extension).
 */
function isFilePath(s: string): boolean {
  if (!(s.startsWith('/') || s.startsWith('./') || s.startsWith('../') || s.startsWith('~/'))) return false;
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= 'A' && c <= 'Z') upper = true;
    else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '_' || c === '-' || c === '/' || c === '~')) return false;
  }
  if (!upper) return true;
  const last = s.slice(s.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  const ext = dot > 0 ? last.slice(dot + 1) : '';
  return ext.length >= 1 && ext.length <= 5 && classes(ext) <= 3 && !ext.includes('_') && !ext.includes('-') && !ext.includes('~');
}

/**
 * `a.b.c`, `exports.Server`, `this.callCredentials.compose`, `StreamDescription.Shards[-1].ShardId` (a JMESPath
 * expression in an SDK's paginator data): a code reference, not a value. A part may end in indexes (`[0]`,
 * `[-1]`, `[*]`).
 */
function isPropertyPath(s: string): boolean {
  const parts = withoutIndexes(s).split('.');
  if (parts.length < 2) return false;
  for (const p of parts) {
    if (p.length === 0 || !isIdentChar(p[0], true)) return false;
    for (let i = 1; i < p.length; i++) if (!isIdentChar(p[i], false)) return false;
  }
  return true;
}

/** An ellipsis (`...`, `…`) ending the value `s` or at its `end`, that a closing quote follows at once. */
function elidedInQuotes(s: string, text: string, end: number): boolean {
  const after = s.endsWith('\u2026') ? end : text.startsWith('...', end) ? end + 3 : text.startsWith('\u2026', end) ? end + 1 : -1;
  if (after < 0) return false;
  const q = text.charCodeAt(after);
  return q === 0x22 || q === 0x27 || q === 0x60;
}

/** `s` without its index brackets (`[0]`, `[-1]`, `[*]`); other brackets stay. */
function withoutIndexes(s: string): string {
  if (!s.includes('[')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '[') {
      let j = i + 1;
      if (s[j] === '*') j++;
      else {
        if (s[j] === '-') j++;
        const d = j;
        while (j < s.length && j - d < 4 && s[j] >= '0' && s[j] <= '9') j++;
        if (j === d) j = -1;
      }
      if (j > 0 && s[j] === ']') {
        i = j + 1;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

/**
 * The words of a code identifier: split where a lower-case letter meets a capital, before the last capital of
 * an acronym that a word follows ("OAuth" = O + Auth), between letters and digits, and at "_" / "$". An
 * identifier's parts are acronyms of up to five capitals, words of two letters or more (one of three or more)
 * and numbers of up to two digits (`OAuth2Client`, `utf8_to_utf16_dup`, `HttpRequestV2`); a random token
 * splits into one-letter pieces (`Xk3pQ9mZ2vL8`: X, k, 3, p, Q, …).
 */
function identifierWords(s: string): boolean {
  if (s.includes('_') && s === s.toUpperCase()) return constantWords(s);
  let parts = 0;
  let word = false; // a word of three letters or more
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '_' || c === '$') { i++; continue; }
    let j = i + 1;
    if (c >= '0' && c <= '9') {
      while (j < s.length && s[j] >= '0' && s[j] <= '9') j++;
      if (j - i > 2) return false;
    } else if (c >= 'A' && c <= 'Z' && !(j < s.length && s[j] >= 'a' && s[j] <= 'z')) {
      // An acronym: capitals up to the one that starts a capitalised word ("V" of "V2" is one too).
      while (j < s.length && s[j] >= 'A' && s[j] <= 'Z') j++;
      if (j < s.length && s[j] >= 'a' && s[j] <= 'z') j--;
      if (j - i > 5) return false;
    } else {
      while (j < s.length && s[j] >= 'a' && s[j] <= 'z') j++;
      if (j - i < 2) return false;
      if (j - i >= 3) word = true;
    }
    parts++;
    i = j;
  }
  return parts >= 2 && word;
}

/**
 * The value is an identifier that code goes on from: a call (`password = utf8_to_utf16_dup(v)`), or a type or
 * a name followed by code punctuation (`googleCredentials: OAuth2Client)`, `token: TokenProviderV2,`), white
 * space and line breaks between them allowed. A secret written into code is quoted.
 */
function codeIdentifier(s: string, text: string, end: number): boolean {
  for (let i = 0; i < s.length; i++) if (!isIdentChar(s[i], i === 0)) return false;
  // Past white space and line breaks: a parameter list may go on on the next line (`creds: OAuth2Client\r\n  ): …`).
  let at = end;
  while (at < end + 16 && at < text.length && (text.charCodeAt(at) === 32 || (text.charCodeAt(at) >= 9 && text.charCodeAt(at) <= 13))) at++;
  const next = text.charCodeAt(at);
  if (next === 40) return true; // (
  // ) , ; | > [ < =
  return (next === 41 || next === 44 || next === 59 || next === 124 || next === 62 || next === 91 || next === 60 || next === 61) && identifierWords(s);
}

/**
 * The words of an upper-case constant's name (`P11_KIT_URI_FOR_OBJECT`, `O_RDONLY`, `HTTP_2_TIMEOUT`): parts between
 * underscores, each a letter then up to 15 capitals or digits, or a number of up to two digits; two parts or more,
 * one of three letters or more. (identifierWords reads capitals as acronyms of up to five.)
 */
function constantWords(s: string): boolean {
  let parts = 0;
  let word = false;
  for (const part of s.split('_')) {
    if (part.length === 0) continue;
    parts++;
    const c = part[0];
    if (c >= '0' && c <= '9') {
      if (part.length > 2 || (part.length === 2 && !(part[1] >= '0' && part[1] <= '9'))) return false;
      continue;
    }
    if (!(c >= 'A' && c <= 'Z') || part.length > 16) return false;
    let letters = 0;
    for (const ch of part) {
      if (ch >= 'A' && ch <= 'Z') letters++;
      else if (!(ch >= '0' && ch <= '9')) return false;
    }
    if (letters >= 3) word = true;
  }
  return parts >= 2 && word;
}

/** An Amazon Resource Name (`arn:aws:kms:us-west-2:123456789012:alias/aws/s3`): what names a key, not the key. */
function isArn(s: string): boolean {
  return s.startsWith('arn:') && s.indexOf(':', 4) > 4;
}

/**
 * Tokens that are handles, not credentials: a page's position in a listing (AWS `NextToken`, Google's
 * `nextPageToken`, `ContinuationToken`, `PaginationToken`, `StartingToken`), a lock's or a sync's handle
 * (`LockToken`, `NextLockToken`, `syncToken`, `resumeToken`, WAF's `ChangeToken`), a request's idempotency key.
 * They grant nothing without the caller's own credentials, and an agent that reads a listing must pass them
 * back: masking one breaks pagination. CloudWatch Logs pages with `nextForwardToken` / `nextBackwardToken`.
 */
const HANDLE_KEYS = new Set([
  'nexttoken', 'nextpagetoken', 'pagetoken', 'continuationtoken', 'nextcontinuationtoken', 'paginationtoken', 'startingtoken',
  'nextforwardtoken', 'nextbackwardtoken', 'locktoken', 'nextlocktoken', 'synctoken', 'nextsynctoken', 'resumetoken',
  'idempotencytoken', 'changetoken', 'policyupdatetoken', 'copyproducttoken',
  // Not a handle but public: .NET's `publicKeyToken` (an assembly identity's hash of its public key).
  'publickeytoken',
]);
/** AWS's idempotency and request handles, counted only written so (`client_token`, OAuth's request token are credentials). */
const HANDLE_KEYS_EXACT = new Set(['ClientToken', 'RequestToken']);

/** The key name the match at `matchStart` ends (its identifier, read back at most 32 characters) is a HANDLE_KEYS one. */
function handleKey(text: string, matchStart: number): boolean {
  const from = text[matchStart] === '?' || text[matchStart] === '&' ? matchStart + 1 : matchStart; // a query's parameter
  let a = from;
  while (a > 0 && from - a < 32 && isIdentChar(text[a - 1], false)) a--;
  let b = from;
  while (b < text.length && b - a < 48 && (isIdentChar(text[b], false) || text[b] === '-')) b++;
  const name = text.slice(a, b);
  return HANDLE_KEYS_EXACT.has(name) || HANDLE_KEYS.has(name.replaceAll('_', '').replaceAll('-', '').toLowerCase());
}

/**
 * The key name ends a quoted type name of two `::` or more (`"AWS::ApiGateway::ApiKey": "48205d4ffd7feba3"`,
 * `"AWS::MSK::BatchScramSecret"`: a CloudFormation resource type, in cfn-lint's tables of schema digests), not a
 * credential's key. A constant in a namespace (`Config::API_KEY = "…"`) is unquoted and stays a key.
 */
function typeNameKey(text: string, matchStart: number): boolean {
  let a = matchStart;
  let colons = 0;
  for (;;) {
    while (a > 0 && matchStart - a < 96 && isIdentChar(text[a - 1], false)) a--;
    if (a < 2 || text.charCodeAt(a - 1) !== 58 || text.charCodeAt(a - 2) !== 58) break;
    colons++;
    a -= 2;
  }
  return colons >= 2 && (text[a - 1] === '"' || text[a - 1] === "'");
}

/**
 * The key name is a part of an ARN (`arn:aws:secretsmanager:us-west-2:123456789012:secret:MySecret-a1b2c3`): the
 * resource type "secret" before a secret's name. The ARN's start ("arn:" after no name character) is looked for up
 * to 96 characters back, on the same token (no blank or quote between).
 */
function arnBefore(text: string, matchStart: number): boolean {
  if (text.charCodeAt(matchStart - 1) !== 58) return false; // ':'
  for (let k = matchStart - 1; k >= 4 && k > matchStart - 96; k--) {
    const c = text.charCodeAt(k - 1);
    if (c <= 32 || c === 34 || c === 39) return false;
    if (c === 58 && text.startsWith('arn', k - 4) && (k === 4 || !isIdentChar(text[k - 5], false))) return true;
  }
  return false;
}

/** Build the generic rule with a given entropy floor (bits/char). */
export function makeGenericRule(minEntropy = 3.5): SecretRule {
  return {
    id: 'generic-secret',
    type: 'GENERIC_SECRET',
    // The value runs to its end, however long: with a 200-character cap, a longer opaque token after
    // "api_token =" was masked for its first 200 characters and the rest left in clear.
    // The value does not end with a full stop: "The password is lanternfish-47." ends a sentence there.
    // Readings, the secret in the first group that took part: a URL query parameter (`?api_key=V&other=1`,
    // `&token=V#frag`) stops at the next `&` or `#`; an unquoted value after `=` stops at `&` and a field
    // name and `=` (the next field of a form body, `client_secret=V&scope=read`) or at `&&` and `& ` (a
    // shell's), FORM_VALUE; an unquoted value after `:` or "is" holds `&` (COLON_VALUE); a quoted value
    // may hold both. The query reading starts one character earlier, so it wins where it applies.
    // An environment variable's name ending in `_KEY` (`DD_API_KEY`, `STRIPE_KEY`, `MAPBOX_KEY`) is a key name
    // too, upper-case as environments write them; the match starts at `_KEY`.
    regex: `[?&](?i:${KEYS})=(${QUERY_VALUE})|(?:(?i:${KEYS})["']?|_KEY)\\s{0,3}(?:(?::=|=>|:|\\bis\\b)\\s{0,3}(?:["'\`](${QUOTED_VALUE})|(${COLON_VALUE}))|=\\s{0,3}(?:["'\`](${QUOTED_VALUE})|(${FORM_VALUE})))`,
    keywords: ['key', 'secret', 'token', 'passw', 'pwd', 'bearer', 'credential'],
    // Every key name above holds a keyword at most 11 characters in (encryption_key), 12 after a query's `?`.
    anchor: { literals: ['key', 'secret', 'token', 'passw', 'pwd', 'bearer', 'credential'], within: 12 },
    score: 0.6,
    // What streams redact whole (the secrets detector's hold-back cap, as for JWTs); longer values are
    // found whole in buffered bodies.
    maxLength: 4096,
    stopwords: [...COMMON_STOPWORDS, 'true', 'false', 'null', 'undefined', 'process.env', 'os.environ', 'getenv', 'config.'],
    validate(s, text, end, matchStart) {
      if (s.length < 12) return null; // (FORM_VALUE)
      if (codeIdentifier(s, text, end) || isArn(s) || handleKey(text, matchStart) || arnBefore(text, matchStart) || typeNameKey(text, matchStart)) return null;
      // A quoted value elided inside its quotes (`"PurchaseToken": "eyJ2IjoiMSIs..."` in an API reference's
      // example): no secret holds an ellipsis. An ellipsis after the value ends a sentence ("secret: q8Xv.2LmN...").
      if (elidedInQuotes(s, text, end)) return null;
      const h = shannonEntropy(s);
      const c = classes(s);
      // A hex key's alphabet is 16 symbols, so its entropy per character is low for its length (a random
      // 32-digit one falls under 3.5 one time in five, a 24-digit one one time in two): 16 hex digits or
      // more, letters and digits both, take the relaxed floor as three character classes do.
      const relaxed = c >= 3 || (s.length >= HEX_KEY_MIN && isHexKey(s));
      if (h < minEntropy && !(relaxed && h >= minEntropy - 0.5)) return null;
      if (c < 2 || isPropertyPath(s) || isDigestOrAddress(s) || isFilePath(s)) return null;
      // Keys and tokens almost always contain digits; a letters-only value is usually an identifier.
      let digits = false;
      for (const ch of s) if (ch >= '0' && ch <= '9') { digits = true; break; }
      if (!digits) return null;
      return { score: Math.min(0.75, 0.55 + (h - 3) * 0.1), note: `entropy ${h.toFixed(1)}` };
    },
    sample: (r) => `config:\n  api_key: "${randomString(r, ALNUM, 32)}"\n`,
  };
}

export const genericSecretRule: SecretRule = makeGenericRule();

/** Password key names for short values: password, passwd, pwd, passphrase (not token, secret or key names). */
const PASSWORD_KEYS = '(?i:passw(?:or)?d|pwd|passphrase)';
/** Where a password key's match starts (lower case): the anchor of the password rules, and passphraseHold's keys. */
const PASSWORD_LITERALS = ['passw', 'pwd', 'passphrase'];
/** The password rules' prefilter: the generic rule's keywords, and "phrase" of passphrase (a keyword of ten letters costs the prefilter more). */
const PASSWORD_GATE: Pick<SecretRule, 'keywords' | 'anchor'> = { keywords: ['passw', 'pwd', 'phrase'], anchor: { literals: PASSWORD_LITERALS, within: 0 } };
/**
 * Characters of an unquoted short password: the generic alphabet and `&` (`Tr0ub4dor&3`), not ending in `.`, nor in
 * `&` except at the end of a line (`DB_PASSWORD=b3DuT5E1&`: an `&` there starts no next field; it was missed).
 */
const SHORT_CHARS = 'A-Za-z0-9_\\-+/=~!@#$%^*';
const SHORT_BARE = `[${SHORT_CHARS}.&]{7,10}(?:[${SHORT_CHARS}]|&(?m:$))`;
/** `&` and the next field's name and `=` (a form body, a query): ends an unquoted value; any other `&` is part of it. */
const NEXT_FIELD = '&[A-Za-z_][A-Za-z0-9_.\\-]{0,40}=';
const SHORT_QUOTED = '"([^\\s"\'`\\\\]{8,11})"|\'([^\\s"\'`\\\\]{8,11})\'|`([^\\s"\'`\\\\]{8,11})`';

/** Fragments of the passwords documentation and examples write (lower-case; matched anywhere in the value). */
const SHORT_PASSWORD_STOPWORDS: readonly string[] = [
  ...COMMON_STOPWORDS, 'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'passwd', 'changeit', 'secret', 'sample', 'mypass', 'yourpass', 'xxx',
];

/**
 * Character classes of a short password: lower, upper, digit, and punctuation other than `_` (which joins
 * the words of an identifier, `db_pass1`, more often than it sits in a password).
 */
function passwordClasses(s: string): number {
  let lo = 0, up = 0, di = 0, ot = 0;
  for (const ch of s) {
    if (ch >= 'a' && ch <= 'z') lo = 1;
    else if (ch >= 'A' && ch <= 'Z') up = 1;
    else if (ch >= '0' && ch <= '9') di = 1;
    else if (ch !== '_') ot = 1;
  }
  return lo + up + di + ot;
}

/**
 * A password of 8-11 characters after an explicit password key (`password: Tr0ub4dor&3`, `DB_PASSWORD=mjoz5fqlHo`,
 * "the password is Summer2024!"), which the generic rule leaves alone (it reads 12 or more). The value must mix
 * three character classes (passwordClasses), so words, identifiers and numbers are not passwords, and must not be
 * a placeholder, a variable (`$PASS`, `%PASS%`, `${PASS}`), a call or property (`getPass()`, `os.environ`) or a
 * path. An unquoted value after `:` or `=` ends at whitespace, the next form field (`&user=`) or a sentence's full
 * stop, so code that goes on (`password: userPass1,`, `password=pw(1);`) is no value; after "is" a comma, `;` or
 * `)` may end it too. Longer values are the generic rule's: the two never read the same value. Scored under the
 * generic rule (0.5).
 */
export const shortPasswordRule: SecretRule = {
  id: 'short-password',
  type: 'GENERIC_SECRET',
  regex: `${PASSWORD_KEYS}["']?\\s{0,3}(?::=|=>|[:=])\\s{0,3}(?:${SHORT_QUOTED}|(${SHORT_BARE})(?:\\s|$|${NEXT_FIELD}|\\.(?:\\s|$)))` +
    `|${PASSWORD_KEYS}["']?\\s{1,3}(?i:is)\\s{1,3}(?:${SHORT_QUOTED}|(${SHORT_BARE})(?:[\\s,;)]|$|${NEXT_FIELD}|\\.(?:\\s|$)))`,
  ...PASSWORD_GATE,
  password: true,
  score: 0.5,
  maxLength: 40,
  stopwords: SHORT_PASSWORD_STOPWORDS,
  validate(s) {
    if (passwordClasses(s) < 3) return null;
    const c = s[0];
    // A variable (`$PASS`, `%PASS%`), a command substitution, a path (a short one may hold upper case: `/Users/Bo1`;
    // `~/…`). A value that only starts with `%` or `~` is a password (`%4@6qLnJVC`, `~*Ur6%a*#` were missed).
    if (c === '$' || (c === '%' && s.indexOf('%', 1) > 0) || c === '/' || s.startsWith('~/') || s.startsWith('./') || s.includes('$(') || isPropertyPath(s)) return null;
    // The word "password" in another language: an i18n file's label (`"password": "Contraseña"`, `password=Lösenord`).
    if (PASSWORD_WORDS.includes(s.toLowerCase())) return null;
    return { note: 'short password' };
  },
  sample: (r) => {
    const pw = `${randomString(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${randomString(r, 'abcdefghijklmnopqrstuvwxyz', 4)}${randomString(r, '0123456789', 2)}${randomString(r, '!#%&*+-=', 1)}${randomString(r, ALNUM, Math.floor(r() * 4))}`;
    return [`password: ${pw}\n`, `DB_PASSWORD=${pw}\n`, `The password is ${pw} (change it).`, `{"password": "${pw}"}`][Math.floor(r() * 4)];
  },
};

/**
 * Words of the messages, labels and translations a password key is given in interfaces, documentation and
 * i18n files ("Enter your password", "Mot de passe", "at least 8 characters"): a quoted value holding one is
 * no passphrase (lower-case; matched anywhere in the value).
 */
const PASSPHRASE_STOPWORDS: readonly string[] = [
  ...SHORT_PASSWORD_STOPWORDS, 'passphrase', 'pass phrase', 'passe', 'passwort', 'contraseña', 'senha', 'sandi', 'khẩu', 'wachtwoord',
  'hasło', 'parola', 'şifre', 'пароль', 'enter', 'your', 'type ', 'here', 'required', 'invalid', 'incorrect', 'wrong', 'must', 'should',
  'least', 'character', 'minimum', 'maximum', 'length', 'forgot', 'reset', 'change', 'confirm', 'repeat', 'match', 'show', 'hide',
  'strong', 'weak', 'please', 'used to', 'generate', 'the user', 'account', 'login', 'sign in', 'not ', 'cannot', 'empty', 'missing',
  'optional', 'default', 'same as', 'see ', 'todo', 'n/a',
];

/** Sentence and template punctuation: a quoted value holding one is a message or a template, not a passphrase. */
const PROSE_MARKS: ReadonlySet<string> = new Set([',', '?', ':', '…', '{', '}', '<', '>', '%', '$', ';']);

/**
 * A passphrase: a quoted value of three words or more, 12-64 characters, after an explicit password key
 * (`password: "correct horse battery staple"`, `"passphrase": "Blue Lagoon 2024!"`, "the Wi-Fi password is
 * “purple monkey dishwasher 7”"), which the generic and short-password rules leave alone (a value with spaces is
 * no token to them). Quotes are required: an unquoted phrase after "password:" is prose as often as not ("password:
 * must be at least 8 characters"). Not passphrases: values with a word of interface messages, labels or a
 * translation of "password" (PASSPHRASE_STOPWORDS), with sentence or template punctuation (, ? : … { } < > % $ ;),
 * ending in a full stop, or with a word longer than 24 characters. Scored 0.5, as short passwords.
 */
export const quotedPassphraseRule: SecretRule = {
  id: 'quoted-passphrase',
  type: 'GENERIC_SECRET',
  regex: `${PASSWORD_KEYS}["']?\\s{0,3}(?::=|=>|[:=]|\\b(?i:is)\\b)\\s{0,3}(?:"([^"\\n\\\\]{12,64})"|'([^'\\n\\\\]{12,64})'|\`([^\`\\n\\\\]{12,64})\`|“([^”\\n]{12,64})”)`,
  ...PASSWORD_GATE,
  password: true,
  score: 0.5,
  maxLength: 96,
  stopwords: PASSPHRASE_STOPWORDS,
  validate(s) {
    const words = s.split(' ');
    if (words.length < 3 || words.some((w) => w.length === 0 || w.length > 24)) return null;
    if (s.endsWith('.')) return null;
    for (const c of s) if (PROSE_MARKS.has(c)) return null;
    return { note: 'quoted passphrase' };
  },
  sample: (r) => {
    const words = ['copper', 'lantern', 'meadow', 'violet', 'harbor', 'crisp', 'tundra', 'gravel', 'orbit', 'saffron', 'pebble', 'walnut'];
    const pick = (): string => words[Math.floor(r() * words.length)];
    const phrase = `${pick()} ${pick()} ${pick()}${r() < 0.5 ? ` ${pick()}` : ''} ${Math.floor(r() * 90) + 10}`;
    return [`password: "${phrase}"`, `{"passphrase": "${phrase}"}`, `The Wi-Fi password is “${phrase}”`][Math.floor(r() * 3)];
  },
};

/**
 * Streaming bound (hold.ts): a quoted passphrase holds whitespace, so the secrets rules' bound of three whitespace
 * runs does not cover it. Where a password key occurs in the last maxLength characters of `t`, a passphrase
 * finding that later text could still create or change may start from it: the bound is that key's start (the
 * earliest such key); else t.length.
 */
export function passphraseHold(t: string): number {
  // Per streamed chunk: no copy of the tail, ASCII letters folded in place (a key is ASCII; lower-casing a copy
  // could also move offsets, "İ" being two units lower-cased).
  for (let i = Math.max(0, t.length - quotedPassphraseRule.maxLength); i < t.length; i++) {
    if ((t.charCodeAt(i) | 0x20) !== 0x70) continue; // p
    for (const k of PASSWORD_LITERALS) if (foldedAt(t, i, k)) return i;
  }
  return t.length;
}

/** Whether lower-case ASCII `lit` stands at t[i] in any letter case. */
function foldedAt(t: string, i: number, lit: string): boolean {
  if (i + lit.length > t.length) return false;
  for (let k = 0; k < lit.length; k++) if ((t.charCodeAt(i + k) | 0x20) !== lit.charCodeAt(k)) return false;
  return true;
}
