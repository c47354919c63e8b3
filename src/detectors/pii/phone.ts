// PHONE: candidates found by RE2 (digits with the usual separators, 7–15 digits), then parsed and
// validated by libphonenumber-js (full "max" metadata: number plans per region, not just lengths).
// International numbers (+CC / 00CC) are validated against their own country; national formats are
// tried against a region list (default below) and accepted when valid in one of them. Each call to
// the parser sees only one short candidate, so its cost is bounded.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { compile, matchAll } from '../../core/regex.ts';
import { digitsOf } from '../checksums.ts';
import { charAfter, charBefore, hasContext, type RawHit, type Recognizer } from '../recognizer.ts';

/** Regions tried for numbers written without a country code. */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = [
  'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'PT', 'IE', 'IN', 'AU', 'NZ',
  'SG', 'JP', 'BR', 'MX', 'ZA',
];

const PREFILTER = '(?:\\+|\\b00)?\\(?\\d[\\d ().\\-/]{5,20}\\d\\b(?: ?(?:x|ext\\.?) ?\\d{1,6}\\b)?';
const CANDIDATE = compile('phone/candidate', PREFILTER);
const MAX_CANDIDATES = 256;

const CONTEXT = ['phone', 'tel', 'call', 'mobile', 'cell', 'fax', 'whatsapp', 'sms', 'text me', 'contact', 'dial', 'ring'];

export function findPhones(text: string, regions: readonly CountryCode[] = DEFAULT_PHONE_REGIONS): RawHit[] {
  const out: RawHit[] = [];
  // The same number often repeats in a text; parse each distinct candidate once.
  const cache = new Map<string, { score: number; note: string } | null>();
  let n = 0;
  for (const m of matchAll(CANDIDATE, text)) {
    if (++n > MAX_CANDIDATES) break;
    const start = m.start;
    let end = m.end;
    // Trim unbalanced parentheses and trailing separators the pattern may have taken.
    let value = text.slice(start, end);
    if (value.endsWith(')') && !value.includes('(')) { value = value.slice(0, -1); end--; }
    // Extensions ("x123", "ext. 12") stay in the span but not in the digits that are validated.
    const core = withoutExtension(value);
    const b = charBefore(text, start);
    const a = charAfter(text, end);
    if ((b >= '0' && b <= '9') || b === '.' || b === '-' || b === '/' || (a >= '0' && a <= '9') || a === '-' || a === '/') continue;
    if (a === '.' && end + 1 < text.length && text[end + 1] >= '0' && text[end + 1] <= '9') continue;
    const d = digitsOf(core);
    if (d.length < 7 || d.length > 15) continue;
    if (isDateLike(core) || isIpLike(core) || isSsnLike(core)) continue;
    // A plain digit run with no separators is more often an id than a phone number: parse it only
    // when a phone context word is near (this also bounds the parser work on digit-heavy text).
    const plain = core === d;
    if (plain && !hasContext(text, start, end, CONTEXT, 48)) continue;
    let verdict = cache.get(core);
    if (verdict === undefined) {
      verdict = classify(core, plain, regions);
      cache.set(core, verdict);
    }
    if (verdict !== null) out.push({ start, end, score: verdict.score, note: verdict.note });
  }
  return out;
}

function classify(value: string, plain: boolean, regions: readonly CountryCode[]): { score: number; note: string } | null {
  if (value.startsWith('+') || value.startsWith('00')) {
    // "+41 (0)44 …": the bracketed trunk prefix is not dialled internationally.
    const intl = (value.startsWith('00') ? '+' + value.slice(2) : value).replace('(0)', '');
    const p = parsePhoneNumberFromString(intl);
    return p !== undefined && p.isValid() ? { score: 0.8, note: `international, ${p.country ?? 'nongeo'}` } : null;
  }
  // National formats are ambiguous: two groups ("370 3911") are weaker than three or a bracketed area code.
  let groups = 0;
  let inDigits = false;
  for (const ch of value) {
    const dg = ch >= '0' && ch <= '9';
    if (dg && !inDigits) groups++;
    inDigits = dg;
  }
  const strong = groups >= 3 || value.includes('(');
  for (const r of regions) {
    const p = parsePhoneNumberFromString(value, r);
    if (p !== undefined && p.isValid()) return { score: plain ? 0.3 : strong ? 0.5 : 0.35, note: `national, ${r}` };
  }
  return null;
}

function withoutExtension(v: string): string {
  // The candidate pattern only admits letters in a trailing "x123" / "ext. 123".
  let i = v.lastIndexOf('ext');
  if (i < 0) i = v.lastIndexOf('x');
  return i > 0 ? v.slice(0, i).trim() : v;
}

function isSsnLike(v: string): boolean {
  // 123-45-6789 is a US SSN shape, not a phone layout.
  const p = v.split('-');
  return p.length === 3 && p[0].length === 3 && p[1].length === 2 && p[2].length === 4;
}

function isIpLike(v: string): boolean {
  const parts = v.split('.');
  return parts.length === 4 && parts.every((p) => p.length >= 1 && p.length <= 3);
}

function isDateLike(v: string): boolean {
  // 2000-04-16 11 (a timestamp cut at the hour)
  if (v.length >= 10 && v[4] === '-' && v[7] === '-' && Number(v.slice(5, 7)) <= 12) return true;
  // 2024-01-15, 15/01/2024, 15.01.2024: three groups whose shapes read as a date.
  const parts = v.split('-').length === 3 ? v.split('-') : v.split('/').length === 3 ? v.split('/') : v.split('.');
  if (parts.length !== 3) return false;
  const lens = parts.map((p) => p.trim().length).join(',');
  return lens === '4,2,2' || lens === '2,2,4' || lens === '1,2,4' || lens === '2,1,4' || lens === '1,1,4';
}

export const recognizer: Recognizer = {
  id: 'phone',
  type: 'PHONE',
  patterns: [],
  prefilter: PREFILTER,
  custom: (text) => findPhones(text),
  maxLength: 32,
  context: CONTEXT,
  contextBoost: 0.3,
  examples: {
    match: ['call +1 212-555-0147 tomorrow', 'phone: (415) 555-2671', 'mobile 07911 123456', 'ruf an: +49 30 901820'],
    noMatch: ['on 2024-01-15 we met', 'total 12345', 'ip 192.168.100.200', '+1 000-000-0000'],
  },
};
