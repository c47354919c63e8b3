// DOMAIN_NAME: bare host names ("jane-doe.net", "mail.example.co.uk") whose top-level domain is in
// the list in data/tlds.ts (common gTLDs and ccTLDs; TLDs that collide with file extensions and code
// such as .py, .md, .sh, .info, .app, .it, .in are left out). 0.5 alone, 0.75 with a context word
// (website, domain, site, visit …). Not when part of an e-mail address, a URL (URL covers it), a
// longer dotted name or a method call ("self.net", "obj.co()").
import { charAfter, charBefore, type Recognizer } from '../recognizer.ts';
import { BARE_TLDS } from './data/tlds.ts';

/** First labels that are receivers in code ("this.net", "model.co"), not host names. */
const CODE_RECEIVERS = new Set(['self', 'this', 'super', 'obj', 'object', 'cls', 'model', 'app', 'ctx', 'req', 'res', 'module', 'exports',
  'window', 'document', 'console', 'math', 'json', 'np', 'pd', 'tf', 'torch', 'os', 'sys', 're', 'config', 'options', 'props', 'state',
  'data', 'item', 'user', 'node', 'err', 'e', 'x', 'y', 'i', 'a', 'b', 'c', 'nn', 'net', 'args', 'kwargs', 'event', 'el', 'elem',
  'client', 'server', 'db', 'conn', 'result', 'response', 'request', 'file', 'path', 'value', 'values', 'key', 'name']);

export const recognizer: Recognizer = {
  id: 'domain_name',
  type: 'DOMAIN_NAME',
  patterns: [{
    name: 'host',
    // The character before the host is part of the match: not a word unit (the \b a host starts at) and
    // none of the characters after which validate() rejects a host anyway, so the domain of an e-mail address
    // ("@example.com"), a longer dotted name or a path does not match at all, and the engine's set pass
    // skips this pattern on text whose only host names are inside e-mail addresses.
    regex: `(?:^|[^0-9A-Za-z_@./:$#\\-])((?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.){1,6}(?:${BARE_TLDS.join('|')}))\\b`,
    group: 1,
    score: 0.5,
    // The dot before the TLD (a lower-case letter follows it) comes after the character before the host
    // (two units when it is astral) and at most 5 labels of 63 units and their dots, plus one more label.
    anchor: { literals: ['.'], within: 2 + 5 * 64 + 63, caseSensitive: true, letterAfter: true },
  }],
  maxLength: 254,
  context: ['website', 'web site', 'domain', 'site', 'visit', 'url', 'homepage', 'online at', 'www'],
  contextBoost: 0.25,
  validate(value, text, start, end) {
    const b = charBefore(text, start);
    const a = charAfter(text, end);
    if (b === '@' || b === '.' || b === '/' || b === ':' || b === '-' || b === '_' || b === '$' || b === '#') return null;
    if (a === '@' || a === '(' || a === '_' || a === '-' || a === '=' || (a === '.' && /* longer dotted name */ isAlnum(charAfter(text, end + 1)))) return null;
    const labels = value.split('.');
    if (labels.length === 2 && CODE_RECEIVERS.has(labels[0].toLowerCase())) return null;
    if (labels.slice(0, -1).every((l) => isNumeric(l))) return null;
    // Part of a URL: the URL recognizer covers it, a "www." host too (its pattern "www" reads the path, port or query
    // after the host, which this one would leave out: one finding per address).
    if (value.length > 4 && value.slice(0, 4).toLowerCase() === 'www.') return null;
    const lineStart = Math.max(0, start - 2048);
    const before = text.slice(lineStart, start);
    const sp = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('\t'));
    if (before.slice(sp + 1).includes('://')) return null;
    return {};
  },
  examples: {
    match: ['visit jane-doe.net for details', 'hosted at mail.example.co.uk', 'my blog is on example.com'],
    noMatch: ['run setup.py first', 'see README.md', 'call self.net(x)', 'write to jo@example.com', 'version 1.2.co'],
  },
};

function isAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
function isNumeric(s: string): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}
