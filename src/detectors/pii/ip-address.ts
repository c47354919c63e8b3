// IP_ADDRESS: dotted-quad IPv4 with octet ranges, and IPv6 validated by node:net (compressed forms,
// embedded IPv4). Version strings such as 1.2.3.4.5 are rejected by looking at the neighbours, and so is
// an IPv6 candidate with an ASCII letter, digit or underscore right before or after it (a piece of `Foo::bar`).
import { isIPv6 } from 'node:net';
import { isAsciiWord } from '../../core/units.ts';
import { charAfter, charBefore, type Recognizer } from '../recognizer.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const H = '[0-9A-Fa-f]{1,4}';

export const recognizer: Recognizer = {
  id: 'ip_address',
  type: 'IP_ADDRESS',
  patterns: [
    { name: 'ipv4', regex: `\\b${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}\\b`, score: 0.6 },
    { name: 'ipv6', regex: `(?:${H}:){7}${H}|(?:${H}:){1,7}:(?:${H}(?::${H}){0,6})?|::(?:${H}(?::${H}){0,6})?(?:\\.\\d{1,3}){0,3}|(?:${H}:){1,6}(?::${H}){1,6}`, score: 0.7 },
  ],
  maxLength: 45,
  context: ['ip', 'address', 'host', 'server', 'client', 'from', 'login'],
  contextBoost: 0.2,
  validate(value, text, start, end) {
    const b = charBefore(text, start);
    const a = charAfter(text, end);
    if (value.includes(':')) {
      if (!isIPv6(value) || value === '::' || value.length < 6) return null;
      if (/* a time like 12:30:45 is not IPv6; isIPv6 rejects it, but '::1' style loopback is fine */ b === ':' || a === ':') return null;
      // Glued to a word character it is a slice of an identifier: Rust and C++ paths (`Self::default()`
      // holds "f::defa", `BaseClass::feed` "::feed"), not an address.
      if (isWordChar(b) || isWordChar(a)) return null;
      return { note: 'valid' };
    }
    if (b === '.' || (a === '.' && end + 1 < text.length && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57)) return null;
    if (value === '0.0.0.0' || value === '255.255.255.255') return { score: 0.3, note: 'reserved' };
    return { note: 'octets' };
  },
  examples: {
    match: ['connect to 106.31.73.20 now', 'host 2001:db8:85a3::8a2e:370:7334', 'fe80::1ff:fe23:4567:890a'],
    noMatch: ['version 1.2.3.4.5', '256.1.1.1', 'at 12:30:45 today', 'mac 00:1a:2b:3c:4d:5e', 'return Self::default();', 'BaseClass::feed()'],
  },
};

/**
 * A character that continues an identifier: an ASCII letter or digit, or "_" (ASCII only: prose in a
 * script written without spaces may run up to an address, "服务器地址是fe80::1").
 */
function isWordChar(c: string): boolean {
  return c !== '' && isAsciiWord(c.charCodeAt(0));
}
