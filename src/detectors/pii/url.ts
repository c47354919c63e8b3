// URL: web addresses with a scheme (http, https, ftp) or a "www." host. A URL can identify a person
// (a profile page, a personal site, a document link with a token), so it is reported at 0.6; the
// trailing sentence punctuation and an unbalanced closing bracket are not part of it.
// Bare host names without scheme or www are DOMAIN_NAME (domain-name.ts).
import type { Recognizer } from '../recognizer.ts';
import { isHighSurrogate } from '../../core/units.ts';

const TRAILING = '.,;:!?\'"»”’';
/** Longest finding (the recogniser's maxLength): the rest of a longer run of URL characters is not reported. */
const MAX_URL = 512;

export const recognizer: Recognizer = {
  id: 'url',
  type: 'URL',
  patterns: [
    // "://" comes after at most 5 units ("https"): the scan starts there, not at the text's start.
    // The host part holds no comma (a host name cannot): "DNS:www.example.com,DNS:www.example.net" and
    // "https://a.example,https://b.example" are two addresses each. After the host, a path, query, fragment or port
    // may hold anything but blanks and the characters RFC 3986 leaves out of URLs. The repetitions are not counted:
    // a host's and a path's counts one after the other, over classes that overlap, made RE2's reverse search (which
    // finds where a match starts) build a state per (host, path) length pair, about 0.5 ms per address on a list of
    // signed URLs; validate() holds a finding to MAX_URL units instead.
    { name: 'scheme', regex: '\\b(?:https?|ftp)://[^\\s<>"`{}|\\\\^,/?#]+(?:[/?#][^\\s<>"`{}|\\\\^]*)?', caseInsensitive: true, score: 0.6, anchor: { literals: ['://'], within: 5, caseSensitive: true } },
    { name: 'www', regex: '\\bwww\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}\\.){1,6}[A-Za-z]{2,24}\\b(?:[/?#:][^\\s<>"`{}|\\\\^]*)?', caseInsensitive: true, score: 0.6 },
  ],
  maxLength: MAX_URL,
  context: ['url', 'link', 'website', 'site', 'visit', 'homepage', 'profile'],
  contextBoost: 0.15,
  validate(value, text, start, end) {
    if (text[start - 1] === '@' || text[start - 1] === '.') return null;
    let e = Math.min(end, start + MAX_URL);
    // (Not between the two halves of an astral character.)
    if (e < end && isHighSurrogate(text.charCodeAt(e - 1))) e--;
    while (e > start && TRAILING.includes(text[e - 1])) e--;
    // An unbalanced closing bracket belongs to the surrounding prose: "(see https://x.org/a)".
    for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
      let v = text.slice(start, e);
      while (v.endsWith(close) && v.split(open).length < v.split(close).length) { e--; v = v.slice(0, -1); }
      while (e > start && TRAILING.includes(text[e - 1])) e--;
    }
    const v = text.slice(start, e);
    const host = v.includes('://') ? v.slice(v.indexOf('://') + 3) : v;
    if (host.length < 3 || !host.includes('.') && !host.startsWith('localhost')) return null;
    return { end: e };
  },
  examples: {
    match: ['see https://example.org/users/jdoe?tab=1.', 'my site is www.jane-doe.net', 'ftp://files.example.com/a.txt'],
    noMatch: ['http://', 'the www is big', 'https://x'],
  },
};
