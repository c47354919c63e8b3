// HTML character references (`&#64;`, `&#x40;`, `&commat;`): decoded as an HTML attribute value reads
// them, with a map from each decoded unit back to where it was written. Read by the exfiltration-link
// detector (a URL's scheme or host written in references) and by the shared normaliser (a text that hides
// characters in references is read decoded too).
import { hexValue, isAsciiAlnum } from './units.ts';

/**
 * Named character references that decode to ASCII characters (HTML's list has no others), the ones a
 * URL's structure is made of among them: `&colon;` and `&sol;` for a scheme, `&period;`, `&quest;`,
 * `&num;`, `&commat;`, `&bsol;` inside a host. A name not listed is left as written: in a host it keeps
 * a '&' that no allow-list glob holds, and no other name yields a character that ends a scheme or host.
 * Legacy names without ';' (`&amp` …) are not decoded: they only yield '&', '<', '>' and '"'.
 */
export const NAMED_REFS = new Map<string, string>([
  ['Tab', '\t'], ['NewLine', '\n'], ['excl', '!'], ['quot', '"'], ['QUOT', '"'], ['num', '#'], ['dollar', '$'], ['percnt', '%'],
  ['amp', '&'], ['AMP', '&'], ['apos', "'"], ['lpar', '('], ['rpar', ')'], ['ast', '*'], ['midast', '*'], ['plus', '+'],
  ['comma', ','], ['period', '.'], ['sol', '/'], ['colon', ':'], ['semi', ';'], ['lt', '<'], ['LT', '<'], ['equals', '='],
  ['gt', '>'], ['GT', '>'], ['quest', '?'], ['commat', '@'], ['lsqb', '['], ['lbrack', '['], ['bsol', '\\'], ['rsqb', ']'],
  ['rbrack', ']'], ['Hat', '^'], ['lowbar', '_'], ['UnderBar', '_'], ['grave', '`'], ['DiacriticalGrave', '`'], ['lcub', '{'],
  ['lbrace', '{'], ['verbar', '|'], ['vert', '|'], ['VerticalLine', '|'], ['rcub', '}'], ['rbrace', '}'],
]);
export const NAMED_MAX = 16; // "DiacriticalGrave"
/** HTML maps numeric references 0x80–0x9F to windows-1252 (0: the code point itself). */
const CP1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** What a numeric reference to `v` decodes to in HTML. */
function numericRef(v: number): string {
  if (v === 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return '\ufffd';
  if (v >= 0x80 && v <= 0x9f && CP1252[v - 0x80] !== 0) return String.fromCharCode(CP1252[v - 0x80]);
  return String.fromCodePoint(v);
}

/**
 * The character reference at s[i] ('&'), as an HTML attribute value reads it: `&#` decimal digits or
 * `&#x` hex digits, the ';' optional (however many digits: the value saturates), or a listed name and
 * ';'. CommonMark wants the ';' and at most 7 (6 hex) digits: reading more is the safe side (a
 * lenient renderer may decode those too, and one that passes the URL on to HTML leaves it to a browser).
 */
function refAt(s: string, i: number): { end: number; value: string } | null {
  const L = s.length;
  let j = i + 1;
  if (j >= L) return null;
  const c = s.charCodeAt(j);
  if (c === 0x23) {
    j++;
    const hex = j < L && (s.charCodeAt(j) | 0x20) === 0x78;
    if (hex) j++;
    const d0 = j;
    let v = 0;
    while (j < L) {
      const d = hexValue(s.charCodeAt(j));
      if (d < 0 || (!hex && d > 9)) break;
      if (v <= 0x10ffff) v = v * (hex ? 16 : 10) + d;
      j++;
    }
    if (j === d0) return null;
    if (j < L && s.charCodeAt(j) === 0x3b) j++;
    return { end: j, value: numericRef(v) };
  }
  let k = j;
  while (k < L && k - j < NAMED_MAX && isAsciiAlnum(s.charCodeAt(k))) k++;
  if (k === j || k >= L || s.charCodeAt(k) !== 0x3b) return null;
  const v = NAMED_REFS.get(s.slice(j, k));
  return v === undefined ? null : { end: k + 1, value: v };
}

/** A text with its character references decoded, and where each decoded unit came from. */
export interface RefDecoded {
  readonly text: string;
  /**
   * Offset in the original of each unit of `text` (a reference's units all map to its '&'), and the
   * original's length at index text.length; null when nothing was decoded (text is the original).
   */
  readonly map: Int32Array | null;
}

/** Decodes the character references of `s` (refAt) in one pass; references are not decoded twice. */
export function decodeCharRefs(s: string): RefDecoded {
  let amp = s.indexOf('&');
  if (amp < 0) return { text: s, map: null };
  let map: Int32Array | null = null;
  // Concatenated, not collected in an array and joined: an array of tens of thousands of young strings
  // cost ~3 times more per reference past ~32 K characters (a linear-time test saw the step).
  let out = '';
  let last = 0;
  let n = 0;
  for (; amp >= 0; amp = s.indexOf('&', amp + 1)) {
    const r = refAt(s, amp);
    if (r === null) continue;
    map ??= new Int32Array(s.length + 1);
    for (let k = last; k < amp; k++) map[n++] = k;
    for (let u = 0; u < r.value.length; u++) map[n++] = amp;
    out += s.slice(last, amp) + r.value;
    last = r.end;
    amp = r.end - 1;
  }
  if (map === null) return { text: s, map: null };
  for (let k = last; k < s.length; k++) map[n++] = k;
  map[n] = s.length;
  out += s.slice(last);
  return { text: out, map: map.subarray(0, n + 1) };
}

/** Original offset where decoded unit i starts (i <= text.length). */
export function refStart(d: RefDecoded, i: number): number {
  return d.map === null ? i : d.map[i];
}

/** Original offset where decoded text [·, j) ends: never inside a reference. */
export function refEnd(d: RefDecoded, j: number): number {
  const m = d.map;
  if (m === null) return j;
  const n = m.length - 1;
  while (j > 0 && j < n && m[j] === m[j - 1]) j++; // second unit of a reference (a surrogate pair)
  return m[j];
}

/**
 * Whether `s` writes a character as a reference other than the five that escape markup (`&amp;`, `&lt;`,
 * `&gt;`, `&quot;`, `&#39;` and their other spellings): a text whose references only escape markup says
 * what it shows; one with `&#64;` or `&period;` hides characters from a reader of the raw text.
 */
export function hidesText(s: string): boolean {
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', amp + 1)) {
    const r = refAt(s, amp);
    if (r === null) continue;
    const v = r.value;
    if (v !== '&' && v !== '<' && v !== '>' && v !== '"' && v !== "'") return true;
  }
  return false;
}
