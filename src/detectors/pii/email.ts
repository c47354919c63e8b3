// EMAIL: RFC 5321-shaped addresses (dotted domain with a 2–24 letter ASCII TLD). Local parts and domain
// labels may also hold the letters of Latin-1 (ß, ü, é, ñ, ø …: RFC 6531 / IDNA addresses in Western
// European languages); without them "müller@example.de" was found as "ller@example.de" and its
// redaction left "mü" in the text. Other scripts' letters are left out: with Latin, Greek and Cyrillic
// script classes the PII detector ran 15–27% slower on the (ASCII) benchmark corpus under the pattern's
// counted repetitions, ~7% with unbounded ones, while Latin-1 letters are one two-byte range. Scripts
// written without spaces would also take the prose before an address into it ("请联系support@example.com").
// An apostrophe, ASCII or typographic, may sit inside a local part (RFC 5322 atext has "'"): Irish and
// Italian surnames ("o'brien@example.com", "o’brien@example.ie", "dell'acqua@…") were found from the
// letter after it, and their redaction left "o'" in the text.
import ianaTlds from 'tlds' with { type: 'json' };
import { charAfter, type Recognizer } from '../recognizer.ts';

/**
 * The top-level domains IANA delegates (the `tlds` package's list), ASCII ones, lower-case; the names
 * RFC 2606 reserves for documentation and tests ("jane@corp.example", "a@b.test"), which stand for real
 * addresses in examples, fixtures and test traffic; and the names of private networks, where
 * companies' own mail lives ("root@bastion.example.internal": ICANN set .internal aside in 2024; .local,
 * .lan, .corp, .home by custom). A name whose last label is none of them is no mail domain: "icon@2x.png",
 * "logo@3x.webp" are image files at two and three times the pixel density, "postgresql@15-main.service"
 * a systemd unit.
 */
export const TLDS: ReadonlySet<string> = new Set([
  ...(ianaTlds as string[]).filter((t) => /^[a-z]+$/.test(t)),
  'example', 'test', 'invalid', 'internal', 'local', 'localdomain', 'lan', 'corp', 'home', 'intranet', 'private',
]);

/** A letter or digit of a local part or domain label: ASCII, and the letters of Latin-1 (not × ÷). */
const ALNUM = 'A-Za-z0-9\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}';

export const recognizer: Recognizer = {
  id: 'email',
  type: 'EMAIL',
  patterns: [{
    name: 'email',
    regex: `[${ALNUM}][${ALNUM}._%+\\-'\\x{2019}]{0,63}@(?:[${ALNUM}](?:[${ALNUM}\\-]{0,61}[${ALNUM}])?\\.){1,8}[A-Za-z]{2,24}\\b`,
    score: 0.9,
    // The "@" comes after at most 64 units of local part: the scan starts there, not at the text's start.
    anchor: { literals: ['@'], within: 64, caseSensitive: true },
    // Every address has a local-part character, "@" and a label character in a row. The whole pattern
    // in the PII set cost up to 9 µs per byte on long runs of digits, dots and hyphens (a local part may
    // start at any letter or digit but not at "." or "-", so which starts are still open differs from
    // byte to byte); this costs what a literal does.
    setSource: `[${ALNUM}._%+\\-]@[${ALNUM}]`,
  }],
  maxLength: 64 + 1 + 255,
  context: ['email', 'e-mail', 'mail', 'contact', 'reach'],
  contextBoost: 0.1,
  validate(value, text, start, end) {
    const at = value.indexOf('@');
    const local = value.slice(0, at);
    if (local.endsWith('.') || local.includes('..')) return null;
    // An apostrophe joins a name ("o'brien@", "o’brien@"), it does not end the local part.
    const last = local[local.length - 1];
    if (last === "'" || last === '\u2019') return null;
    if (!TLDS.has(value.slice(value.lastIndexOf('.') + 1).toLowerCase())) return null;
    // "git@github.com:org/repo.git", "deploy@host.example:/srv": an ssh or scp remote (a user on a host,
    // then a path), not an address; "https://user@host.example/": the user part of a URL.
    const a = charAfter(text, end);
    if (a === ':' && isPathStart(charAfter(text, end + 1))) return null;
    // "git@github.com/user/repo.git": a host and a path written without the colon (no second address follows);
    // "ssh -i key.pem ubuntu@host.example.com": a login on a host, the argument of a remote shell.
    if (a === '/' && hostPath(text, end + 1)) return null;
    if (remoteLogin(text, start)) return null;
    if (start >= 3 && text.startsWith('://', start - 3)) return null;
    // "mongodb+srv://user:Pa55w0rd!x@cluster0.example.net/db": the tail of a URL's password, then its host.
    if (inUserinfo(text, start)) return null;
    return {};
  },
  examples: {
    match: ['write to jane.doe+news@example.co.uk today', 'UtaKortig@jourrapide.com', 'Kontakt: müller@example.de', 'écrire à rené.léger@exemple.fr', "mail o'brien@example.com"],
    noMatch: ['user@localhost', 'name@@example.com', 'a.@example.com', 'version 1.2@3', 'icon@2x.png', 'git clone git@github.com:org/repo.git', 'open https://jane@example.org/',
      'SSH URLs (like git@github.com/user/repo.git) now work', 'ssh -i key.pem ubuntu@ec2-198-51-100-7.compute.example.com',
      'mongodb+srv://user:Pa55w0rd!x@cluster0.abcde.mongodb.net/db'],
  },
};

/** How far back from a candidate the start of a URL's authority (`://`) is looked for. */
const USERINFO_MAX = 512;

/**
 * The candidate starting at `start` is the tail of a URL's userinfo: `scheme://user:` comes before it with
 * nothing between that a userinfo cannot hold (a blank, `/`, `?`, `#`, a quote or bracket), and a `:`
 * between `://` and the candidate (a user and a password; "https://jane@example.org/" is the URL's user
 * part, rejected before). A password may hold `@` and other punctuation the local part of an address also
 * holds, so the candidate is its last characters: "x@cluster0.abcde.mongodb.net" in
 * "mongodb+srv://user:Pa55w0rd!x@cluster0.abcde.mongodb.net/db".
 */
function inUserinfo(text: string, start: number): boolean {
  let colon = false;
  for (let i = start - 1; i >= 0 && i >= start - USERINFO_MAX; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2f /* / */) {
      // The second slash of "://", after a scheme's last character.
      return colon && i >= 3 && text.charCodeAt(i - 1) === 0x2f && text.charCodeAt(i - 2) === 0x3a && isSchemeChar(text.charCodeAt(i - 3));
    }
    if (c <= 0x20 || c === 0x3f || c === 0x23 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x5c) return false;
    if (c === 0x3a /* : */) colon = true;
  }
  return false;
}

/** A character of a URL scheme (RFC 3986: letters, digits, `+`, `-`, `.`). */
function isSchemeChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

/** How far hostPath and remoteLogin read, in characters. */
const LOGIN_REACH = 64;

/** text[from] starts a path: a non-blank, and no "@" before the next blank (not "a@x.org/b@y.org", a list). */
function hostPath(text: string, from: number): boolean {
  if (!isPathStart(charAfter(text, from))) return false;
  for (let i = from; i < text.length && i < from + LOGIN_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) return true;
    if (c === 0x40) return false;
  }
  return true;
}

/** Commands whose argument `user@host` is a login on a host. */
const LOGIN_COMMANDS = new Set(['ssh', 'sftp', 'mosh', 'ssh-copy-id', 'autossh']);

/**
 * The candidate at `start` is the host argument of a remote shell on the same line: "ssh ubuntu@host",
 * "ssh -p 2222 -i key.pem deploy@host". Walks back over options (a token led by "-") and their values (a
 * token right after an option) to the command, at most LOGIN_REACH characters.
 */
function remoteLogin(text: string, start: number): boolean {
  if (start < 2 || (text.charCodeAt(start - 1) !== 0x20 && text.charCodeAt(start - 1) !== 0x09)) return false;
  let from = start - 1;
  while (from > 0 && from > start - LOGIN_REACH && text.charCodeAt(from - 1) !== 0x0a) from--;
  const tokens: string[] = [];
  for (const t of text.slice(from, start).replaceAll('\t', ' ').split(' ')) if (t.length > 0) tokens.push(t);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (LOGIN_COMMANDS.has(t.slice(t.lastIndexOf('/') + 1))) return true;
    if (t.startsWith('-')) continue;
    // A value: only right after an option ("-i key.pem").
    if (k > 0 && tokens[k - 1].startsWith('-')) { k--; continue; }
    return false;
  }
  return false;
}

/** A character that can start an scp path after "host:": anything but whitespace or the end of the text. */
function isPathStart(c: string): boolean {
  return c !== '' && c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r';
}
