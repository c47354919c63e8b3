// LOCATION from address structure: the town, region and country lines that follow a street line, which
// no gazetteer can list ("28245 Puruntie 82 Apt. 595\n LAPPEENRANTA\n Finland 53650", "… lives at
// 172 Maneeži 75, Saareküla"). The text is read as segments separated by line breaks and commas. A
// segment that is one to four capitalised or upper-case words (with connectors such as "de", and an
// optional postal code after them) is a place when it comes right after an address segment (a street
// line: a number next to a capitalised word; or a unit / PO box line), or after such a place segment
// that itself follows one (at most three place segments per address). Score 0.5 (a place, weak on its own).
// Not covered: lower-case addresses, places in running text without a street line before them (location.ts).
// Linear: one pass over the text's segments; each segment is looked at a bounded number of times.
import type { RawHit, Recognizer } from '../recognizer.ts';
import { tokenList } from './tokens.ts';

const MAX_SEGMENT = 80;
const CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'les', 'el', 'van', 'von', 'der', 'den',
  'ten', 'nad', 'pod', 'am', 'im', 'an', 'sur', 'sous', 'en', 'y', 'i', 'e', 'of', 'upon']);
const UNIT_WORDS = new Set(['apt', 'apartment', 'suite', 'ste', 'unit', 'flat', 'floor', 'box', 'po', 'p.o.', 'psc', 'room', 'bldg', 'building']);
/** Words that start a segment that is not a place (salutations, labels). */
const NOT_PLACE = new Set(['Dear', 'Hi', 'Hello', 'Thanks', 'Thank', 'Regards', 'Best', 'Sincerely', 'Yours', 'Phone', 'Tel', 'Fax', 'Email',
  'E-mail', 'Website', 'Address', 'Mobile', 'Office', 'Apt', 'Apt.', 'Suite', 'Unit', 'The', 'And', 'Or', 'But', 'I', 'We', 'You', 'He', 'She', 'They', 'It', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December', 'Total', 'Price', 'Order', 'Invoice', 'Page', 'Chapter', 'Version', 'Step', 'Note']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isUpperLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch && ch.toUpperCase() === ch;
}
function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

type Kind = 'address' | 'place' | 'other';

/** Classify text[s, e) (trimmed of spaces, "> " quoting); for a place, the span of its words. */
function classify(text: string, s: number, e: number): { kind: Kind; start: number; end: number } {
  while (s < e && (text[s] === ' ' || text[s] === '\t' || text[s] === '>' || text[s] === '\r')) s++;
  while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '\r' || text[e - 1] === '.' || text[e - 1] === '?' || text[e - 1] === '!')) e--;
  const other = { kind: 'other' as Kind, start: s, end: e };
  if (e <= s || e - s > MAX_SEGMENT) return other;
  const words = text.slice(s, e).split(' ').filter((w) => w !== '');
  if (words.length === 0 || words.length > 8) return other;
  const digitWord = (w: string): boolean => w.length <= 6 && [...w].every((c) => isDigit(c.charCodeAt(0)) || c === '-');
  // Address segment: a house number next to a capitalised word, or a unit / box word with a number.
  let hasNumber = false;
  let hasCap = false;
  let unit = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (UNIT_WORDS.has(w.toLowerCase().replace('.', '')) && k + 1 < words.length && isDigit(words[k + 1].charCodeAt(0))) unit = true;
    if (!(digitWord(w) && isDigit(w.charCodeAt(0)))) continue;
    // A house number next to a capitalised street word: "172 Maneeži", "Puruntie 82".
    const next = words[k + 1];
    const prev = words[k - 1];
    if (next !== undefined && isUpperLetter(next[0]) && !NOT_PLACE.has(next)) { hasNumber = true; hasCap = true; }
    if (prev !== undefined && isUpperLetter(prev[0]) && k === words.length - 1 && !UNIT_WORDS.has(prev.toLowerCase())) { hasNumber = true; hasCap = true; }
  }
  // Place segment: capitalised words (connectors allowed), optionally closed by one postal code.
  let n = words.length;
  let codeWord = false;
  if (n >= 2 && digitWord(words[n - 1]) && words[n - 1].length >= 3) { n--; codeWord = true; }
  if (n >= 2 && codeWord && digitWord(words[n - 1]) && words[n - 1].length >= 2) n--; // "340 12"
  let place = n >= 1 && n <= 4 && !NOT_PLACE.has(words[0]);
  for (let k = 0; k < n && place; k++) {
    const w = words[k];
    const body = w[0] === '(' ? w.slice(1) : w;
    if (body === '' || !isLetter(body[0])) { place = false; break; }
    for (const c of body) if (!isLetter(c) && c !== '-' && c !== '.' && c !== "'" && c !== '’' && c !== ')' && c !== '(') { place = false; break; }
    if (place && !isUpperLetter(body[0]) && !CONNECTORS.has(body.toLowerCase())) place = false;
  }
  if (place && !UNIT_WORDS.has(words[0].toLowerCase())) {
    // End of the words part.
    let end = s;
    let seen = 0;
    for (let i = s; i < e && seen < n; ) {
      while (i < e && text[i] === ' ') i++;
      let j = i;
      while (j < e && text[j] !== ' ') j++;
      end = j;
      seen++;
      i = j;
    }
    if (end > s && (text[end - 1] === '.' || text[end - 1] === ')') && !text.slice(s, end).includes('(')) end--;
    return { kind: 'place', start: s, end };
  }
  if ((hasNumber && hasCap) || unit) return { kind: 'address', start: s, end: e };
  return other;
}

/** End of the segment that starts at `s`: the next line break or comma, looked for at most MAX_SEGMENT + 1 units ahead. */
function segmentEnd(text: string, s: number): number {
  const stop = Math.min(text.length, s + MAX_SEGMENT + 1);
  let e = s;
  while (e < stop) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 44) break;
    e++;
  }
  return e;
}

/** Start of the segment holding `i` (after the previous line break or comma), at most MAX_SEGMENT + 1 units back. */
function segmentStart(text: string, i: number): number {
  const stop = Math.max(0, i - MAX_SEGMENT - 1);
  let a = i;
  while (a > stop) {
    const c = text.charCodeAt(a - 1);
    if (c === 10 || c === 44) break;
    a--;
  }
  return a;
}

export function findAddressPlaces(text: string): RawHit[] {
  const out: RawHit[] = [];
  const toks = tokenList(text);
  let done = 0; // text before this offset has been read
  for (let i = 0; i < toks.length; i++) {
    // Only a number next to a capitalised word (or a unit word) can make an address segment.
    if (!toks.digits(i) || toks.start(i) < done) continue;
    if (!((i + 1 < toks.length && toks.cap(i + 1)) || (i > 0 && toks.cap(i - 1)))) continue;
    const a = segmentStart(text, toks.start(i));
    let e = segmentEnd(text, toks.start(i));
    if (classify(text, a, e).kind !== 'address') continue;
    // Following segments: more address lines (units), then up to three place segments.
    let places = 0;
    while (e < text.length && places < 3) {
      const s = e + 1;
      e = segmentEnd(text, s);
      const c = classify(text, s, e);
      if (c.kind === 'address') { places = 0; continue; }
      if (c.kind === 'place') {
        out.push({ start: c.start, end: c.end, score: 0.5, note: 'place after street line' });
        places++;
        continue;
      }
      if (c.end > c.start) break; // anything else ends the block; empty segments keep it going
    }
    done = e;
  }
  return out;
}

export const recognizer: Recognizer = {
  id: 'address_place',
  type: 'LOCATION',
  patterns: [],
  prefilter: '\\d[ ,\\n]',
  custom: findAddressPlaces,
  maxLength: 80,
  examples: {
    match: ['28245 Puruntie 82 Apt. 595\n   LAPPEENRANTA\n    Finland 53650', 'He lives at 172 Maneeži 75, Saareküla'],
    noMatch: ['We sold 5 units, Monday was busy', 'Call 555 1234, Thanks'],
  },
};
