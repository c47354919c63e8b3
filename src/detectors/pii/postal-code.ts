// POSTAL_CODE: postal codes, reported only where their own format or the text around them says so.
//   - UK postcodes, fully validated: a real postcode area (AB … ZE), a district of the right shape
//     (A9, A99, AA9, AA99, A9A, AA9A with the letters each position allows) and an inward code (digit
//     plus two letters, never C I K M O V). Upper case: 0.6 with the space, 0.45 without; other
//     case only with a postal context word.
//   - US ZIP / ZIP+4: after a state code ("Springfield, IL 62704"; codes that are also words or
//     labels — ID, IN, OR, ME, … — need "City, ST" with its comma) 0.7; after a state name
//     ("Illinois 62704") 0.65; before "USA" / "United States" 0.6; after a postal context word
//     ("zip", "zipcode", "postal code", …) 0.3 plus the context boost.
//   - Continental "code city" lines: a 4/5-digit code followed by a known city ("75001 Paris",
//     "1010 Wien") 0.5, or a 5-digit code after a comma and before a capitalised word
//     ("Hauptstraße 5, 10115 Berlin") 0.45; Dutch "1012 AB Amsterdam" 0.45.
//   - Other common national shapes (4 or 6 digits, "123 45", "12-345", "1234-567", "123-4567",
//     "12345-678", "1234 AB") only next to a postal context word, or closing an address block (a town
//     and region line after a house number; a missing-value placeholder such as "nan" for an empty
//     region is read as nothing).
// A bare 5-digit number is never reported. Canadian codes: ca-postal-code.ts.
// Linear: one RE2 pass (UK) and one walk over the digit runs (US and the other shapes, exactly their
// RE2 matches), each candidate checked in a bounded window. (Until the twenty-eighth round a text with
// more than 4,096 candidates failed with workExhausted: 64 KB of dates did. The count needs no bound of
// its own: every candidate is at least three characters long and costs a bounded amount of work.)
import { compile, escapeLiteral } from '../../core/regex.ts';
import { AMBIGUOUS_CITIES, CITIES, STATE_CODES, US_STATES, WEAK_STATE_CODES } from './data/places.ts';
import { tokenList } from './tokens.ts';
import { asciiUnits, charAfter, charBefore, foldsLikeAscii, hasContext, matchAllFast, shapeGate, type RawHit, type Recognizer } from '../recognizer.ts';

/** UK postcode areas (the letters before the first digit). BF and BX are non-geographic but real. */
const UK_AREAS = new Set((
  'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G ' +
  'GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA ' +
  'PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
).split(' '));
/** Letters allowed as the last character of an A9A / AA9A district. */
const UK_DISTRICT_LETTER_1 = 'ABCDEFGHJKPSTUW';
const UK_DISTRICT_LETTER_2 = 'ABEHMNPRVWXY';
const UK_INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const US_CODES = new Set([...STATE_CODES].filter((c) => [...US_STATES.values()].includes(c) || c === 'PR' || c === 'GU'));
/** State codes that are also words or labels ("User ID 12345", "OR 50000"): only in "City, ST 12345". */
const LABEL_CODES = new Set([...WEAK_STATE_CODES, 'ID', 'AL', 'LA', 'OH', 'HI', 'NE', 'MO', 'MS', 'GA', 'SC']);
const STATE_NAMES = new Map<string, string>();
for (const [name, code] of US_STATES) if (!name.includes(',')) STATE_NAMES.set(name.toLowerCase(), code);
STATE_NAMES.set('new york', 'NY');
STATE_NAMES.set('washington', 'WA');
const CITY_SET = new Set(CITIES.map((c) => c.toLowerCase()));
/** Cities that are also words or names ("Mobile", "Jackson"): not evidence on their own before a number. */
const PLAIN_CITY_SET = new Set([...CITY_SET].filter((c) => !AMBIGUOUS_CITIES.has(c)));
/** Letter pairs after four digits that are units, not Dutch postcode letters ("1024 MB"). */
const NOT_NL = new Set(['MB', 'KB', 'GB', 'TB', 'PB', 'AM', 'PM', 'BC', 'AD', 'CE', 'HZ', 'SA', 'SD', 'SS', 'KG', 'KM', 'CM', 'MM', 'ML', 'MG', 'US', 'UK', 'EU', 'HP', 'KW', 'MW', 'GW', 'FT', 'LB', 'OZ']);

const STREET_TYPES = [
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'court', 'ct', 'place', 'pl',
  'way', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'circle', 'cir', 'square', 'trail', 'plaza', 'suite', 'ste', 'apt', 'unit',
  'box', 'crescent', 'close', 'grove', 'loop', 'pike', 'row',
];
/** Australian state codes; WA, SA and NT are also words or US codes and need "City, ST" or a known city. */
const AU_STATES = new Set(['NSW', 'VIC', 'QLD', 'TAS', 'ACT', 'WA', 'SA', 'NT']);
const AU_STRONG = new Set(['NSW', 'VIC', 'QLD', 'TAS', 'ACT']);

const CONTEXT = [
  'zip', 'zipcode', 'zip code', 'zip-code', 'zip+4', 'postal', 'postcode', 'post code', 'postleitzahl', 'plz', 'code postal',
  'cp', 'c.p.', 'c.a.p.', 'código postal', 'codigo postal', 'cep', 'pin code', 'pincode', 'postnummer', 'postnr', 'postinumero',
  'eircode', 'kod pocztowy', 'mailing code',
];
const CONTEXT_WINDOW = 32;

const UK = '\\b([A-Za-z]{1,2})(\\d)([A-Za-z\\d]?) ?(\\d[A-Za-z]{2})\\b';
const US = '\\b\\d{5}(?:-\\d{4})?\\b';
// Longer shapes first: RE2 prefers the earlier alternative at the same start.
const OTHER = '\\b(?:\\d{4} ?[A-Z]{2}|\\d{4}-\\d{3}|\\d{5}-\\d{3}|\\d{3}-\\d{4}|\\d{3} \\d{2}|\\d{2}-\\d{3}|\\d{6}|\\d{4}|\\d{3})\\b';
const PREFILTER = `${UK}|\\b\\d{2,6}\\b`;
const RE_UK = compile('postal_code/uk', UK);
// US and OTHER are fixed-width shapes over ASCII digits, letters, "-" and " ": usShapes / otherShapes
// below find exactly their RE2 matches with one walk over the digit runs, and no RE2 pass.
/** One RE2.Set pass says which of the three shapes occur at all. */
const SHAPES = [{ source: UK }, { source: US }, { source: OTHER }];
const GATE = shapeGate('postal_code/shapes', SHAPES);
/**
 * The engine also answers "some context word occurs" (live[3]) where foldsLikeAscii holds: there "the
 * lower-cased text contains a word" equals "the case-insensitive word alternation matches" (other
 * text, such as text with U+017F, which RE2 folds onto "s", still lower-cases and searches).
 */
const ENGINE_SHAPES = [...SHAPES, { source: CONTEXT.map(escapeLiteral).join('|'), caseInsensitive: true }];

/** Postal codes in `text` (scores before the engine's context boost). Pure. */
export function findPostalCodes(text: string, live: readonly boolean[] = GATE.live(text)): RawHit[] {
  const out: RawHit[] = [];
  // Context-only shapes are skipped outright when no postal word occurs anywhere in the text.
  // Computed on first need: a pure function of the text, and most candidates never ask.
  let anyContext: boolean | undefined;
  const ctx = (s: number, e: number): boolean => {
    if (anyContext === undefined) {
      if (live.length > 3 && foldsLikeAscii(text)) {
        anyContext = live[3];
      } else {
        const lower = text.toLowerCase();
        anyContext = CONTEXT.some((w) => lower.includes(w));
      }
    }
    return anyContext && hasContext(text, s, e, CONTEXT, CONTEXT_WINDOW);
  };

  if (live[0]) for (const m of matchAllFast(RE_UK, text)) {
    const v = ukPostcode(m.groups as (string | undefined)[]);
    if (v === null) continue;
    const value = text.slice(m.start, m.end);
    const upper = value === value.toUpperCase();
    if (!upper && !ctx(m.start, m.end)) continue;
    const spaced = value.includes(' ');
    out.push({ start: m.start, end: m.end, score: !upper ? 0.3 : spaced ? 0.6 : 0.45, note: 'uk' });
  }

  const [usMatches, otherMatches] = live[1] || live[2] ? digitShapes(text, live[1], live[2]) : [[], []];
  if (live[1]) for (const m of usMatches) {
    if (glued(text, m.start, m.end)) continue;
    const hit = usZip(text, m.start, m.end) ?? codeCity(text, m.start, m.end, 5) ?? placeThenCode(text, m.start, m.end);
    if (hit !== null) out.push(hit);
    else if (ctx(m.start, m.end)) out.push({ start: m.start, end: m.end, score: 0.3, note: 'zip' });
  }

  if (live[2]) for (const m of otherMatches) {
    if (m.end - m.start === 3) {
      // Three digits (Iceland, the Faroe Islands): only as the last line of an address block, so only a
      // number that ends its line is looked at (and not counted: most texts hold many 3-digit numbers).
      const c = text.charCodeAt(m.end);
      if (!(m.end === text.length || c === 10 || c === 13) || glued(text, m.start, m.end)) continue;
      const hit = placeThenCode(text, m.start, m.end);
      if (hit !== null && hit.note === 'address block') out.push(hit);
      continue;
    }
    if (glued(text, m.start, m.end)) continue;
    const value = text.slice(m.start, m.end);
    const letters = value.length >= 6 && value[value.length - 1] >= 'A' && value[value.length - 1] <= 'Z';
    if (letters) {
      // Dutch "1012 AB": first digit 1–9, letter pairs that are not units.
      if (value[0] === '0' || NOT_NL.has(value.slice(-2))) continue;
      if (ctx(m.start, m.end)) out.push({ start: m.start, end: m.end, score: 0.3, note: 'nl' });
      else if (value.includes(' ') && capitalisedWordAt(text, m.end + 1) > 0 && charAfter(text, m.end) === ' ') out.push({ start: m.start, end: m.end, score: 0.45, note: 'nl, city' });
      continue;
    }
    if (charBefore(text, m.start) === '\u3012' || (charBefore(text, m.start) === ' ' && charBefore(text, m.start - 1) === '\u3012')) {
      out.push({ start: m.start, end: m.end, score: 0.8, note: 'postal mark' }); // 〒100-0001
      continue;
    }
    if (value.length === 4) {
      // "Sydney NSW 2000", "Perth, WA 6000"
      const rc = regionCodeBefore(text, m.start);
      if (rc !== null && AU_STATES.has(rc.code) && (AU_STRONG.has(rc.code) || rc.comma || rc.city)) {
        out.push({ start: m.start, end: m.end, score: 0.65, note: 'state code' });
        continue;
      }
      const hit = codeCity(text, m.start, m.end, 4);
      if (hit !== null) { out.push(hit); continue; }
    }
    if (value.length === 6 && digitsOnly(value)) {
      const words = wordsBefore(text, m.start, 3);
      const hit = words.length > 0 ? cityOrStreetBefore(text, m.start, m.end, words) : null;
      if (hit !== null) { out.push(hit); continue; }
    }
    if (!(value.length === 6 && digitsOnly(value))) {
      // "Aalborg NO 9100" closing an address block, "in Quinta de São Tiago 3610-114".
      const hit = placeThenCode(text, m.start, m.end);
      if (hit !== null) { out.push(hit); continue; }
    }
    if (ctx(m.start, m.end)) out.push({ start: m.start, end: m.end, score: 0.3, note: 'national' });
  }
  return out;
}

/** Unit and street words: a number after them is a house or unit number, not a postal code. */
const NOT_BEFORE_CODE = new Set([...STREET_TYPES, 'apartment', 'flat', 'floor', 'fl', 'room', 'rm', 'no', 'nr', 'number', 'str', 'gate',
  'building', 'bldg', 'block', 'house', 'po', 'p.o', 'ext', 'extension', 'page', 'chapter', 'section', 'version', 'model', 'type', 'level',
  'gate', 'terminal', 'platform', 'route', 'exit', 'flight', 'bus', 'train', 'line', 'year', 'since', 'until', 'code', 'pin', 'id']);
const SEG_CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'les', 'el', 'of', 'the', 'upon', 'on', 'am', 'an',
  'der', 'den', 'au', 'sur', 'en', 'al', 'nad', 'pod', 'bei', 'im', 'sous', 'lès', 'les']);
/** Words after which a place then a code reads as "in <town> <code>". */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to']);

/**
 * A code that closes a place name, seen from the structure around it rather than from a city list:
 *   - the end of an address block: the code ends its line (or is followed by ",", ".", ")" or " in" /
 *     " and"), the stretch before it back to the last comma or line break is one to five words that are
 *     capitalised or upper case (a town, a region code, a country; or nothing, with a words-only line
 *     right above), and a house number ("12 Oak…", "…, 3911 Fourth") occurs within 200 characters
 *     before → 0.5;
 *   - "in <Town> 6091": a place preposition, one to four capitalised words, a 4/5-digit code that is not
 *     a year, and the same clean ending → 0.4.
 * A number after a street or unit word ("Skogstien 106", "Suite 932") is never taken, nor one on the
 * line of the house number itself.
 */
function placeThenCode(text: string, start: number, end: number): RawHit | null {
  // Clean ending: end of text, line break, closing punctuation, or " in" / " and" / " or".
  const a = text.charCodeAt(end);
  let clean = end >= text.length || a === 10 || a === 13 || a === 44 || a === 41 || a === 59;
  if (!clean && (a === 46 || a === 33 || a === 63)) clean = end + 1 >= text.length || !isDigit(text[end + 1]);
  if (!clean && a === 32) {
    const w = text.slice(end + 1, end + 5);
    clean = w.startsWith('in ') || w.startsWith('and ') || w.startsWith('or ') || w === '\n';
  }
  if (!clean) return null;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  let segEnd = i + 1;
  // "… in Bjert 6091": one to four capitalised words after a place preposition.
  {
    const seg = text.slice(Math.max(0, segEnd - 50), segEnd);
    const k = Math.max(seg.lastIndexOf(' in '), seg.lastIndexOf(' at '), seg.lastIndexOf(' near '));
    const pw = k >= 0 ? segWords(seg.slice(seg.indexOf(' ', k + 1) + 1)) : null;
    if (pw !== null && pw.length <= 4 && !NOT_BEFORE_CODE.has(noDot(pw[pw.length - 1].toLowerCase()))) {
      const v = text.slice(start, end);
      if (v.length >= 4 && !(v.length === 4 && (v.startsWith('19') || v.startsWith('20')))) return { start, end, score: 0.4, note: 'place, code' };
    }
  }
  // The segment before the code: back to the last line break or comma (at most 60 characters).
  let j = i;
  while (j >= 0 && start - j <= 60 && text[j] !== '\n' && text[j] !== ',' && !isDigit(text[j])) j--;
  if (j >= 0 && isDigit(text[j])) return null; // a number earlier on the same line/segment: a street line
  if (j >= 0 && start - j > 60) return null;
  let segStart = j + 1;
  let words = segWords(withoutMissing(text.slice(segStart, segEnd)));
  if (words === null) return null;
  // The code alone on its line: the line above must be words only; a line holding only a missing-value
  // placeholder (an empty region field) is passed over once.
  for (let skipped = false; words.length === 0; skipped = true) {
    if (j < 0 || text[j] !== '\n') return null;
    let k = j - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\r')) k--;
    segEnd = k + 1;
    while (k >= 0 && segEnd - k <= 60 && text[k] !== '\n' && text[k] !== ',' && !isDigit(text[k])) k--;
    if (k >= 0 && isDigit(text[k])) return null;
    segStart = k + 1;
    const seg = text.slice(segStart, segEnd);
    const kept = withoutMissing(seg);
    words = segWords(kept);
    if (words === null) return null;
    if (words.length === 0 && (skipped || kept === seg)) return null; // a blank line, or a second placeholder line
    j = k;
  }
  if (words.length > 5) return null;
  const lastWord = words[words.length - 1];
  // "NO 9100": an upper-case two-letter word is a region or country code, not "No." (number).
  if (!(lastWord.length === 2 && lastWord === lastWord.toUpperCase()) && NOT_BEFORE_CODE.has(noDot(lastWord.toLowerCase()))) return null;
  return houseNumberBefore(text, segStart, 200) ? { start, end, score: 0.5, note: 'address block' } : null;
}

/**
 * The words of a place segment ("Mora de Rubielos", "LAPPEENRANTA", "Aalborg NO"), or null when it is
 * not one: every word starts with a capital (or is a short connector like "de"), letters, "." "-" "'" only.
 */
function segWords(seg: string): string[] | null {
  const words = seg.trim().split(' ').filter((w) => w !== '');
  let caps = 0;
  for (const w of words) {
    if (w.length > 30) return null;
    for (const c of w) if (!isLetter(c) && c !== '.' && c !== '-' && c !== "'" && c !== '’' && c !== '(' && c !== ')') return null;
    const c0 = w[0] === '(' ? w[1] ?? '' : w[0];
    if (isLetter(c0) && c0 === c0.toUpperCase()) caps++;
    else if (!SEG_CONNECTORS.has(w.toLowerCase())) return null;
  }
  return words.length > 0 && caps === 0 ? null : words;
}

/**
 * Words that data exports write for an empty field: pandas "nan", Python "None", SQL and JSON "null",
 * "N/A". In an address block they stand for a missing region ("Asker nan 1386", or "nan" on a line of
 * its own between the town and the code) and are read as nothing.
 */
const MISSING_VALUES = new Set(['nan', 'none', 'null', 'n/a']);

/** `seg` without its missing-value placeholder words (see MISSING_VALUES); `seg` itself when it has none. */
function withoutMissing(seg: string): string {
  const words = seg.split(' ');
  const kept = words.filter((w) => !MISSING_VALUES.has(w.toLowerCase()));
  return kept.length === words.length ? seg : kept.join(' ');
}

function noDot(w: string): string {
  return w.endsWith('.') ? w.slice(0, -1) : w;
}

/**
 * A house number within `reach` characters before `at`: 1–6 digits at a line/segment start or after a
 * space, then a space and a letter ("12 Oak"); or after a word, ending its line or segment ("Oak 12\n").
 */
function houseNumberBefore(text: string, at: number, reach: number): boolean {
  const from = Math.max(0, at - reach);
  for (let i = at - 1; i >= from; i--) {
    if (!isDigit(text[i])) continue;
    let k = i;
    while (k > from && isDigit(text[k - 1])) k--;
    if (i - k >= 6) continue;
    // "Mellemgade 32" ending its line or segment: a street name then the house number.
    if ((text[i + 1] === '\n' || text[i + 1] === ',') && text[k - 1] === ' ' && isLetter(text[k - 2])) return true;
    if (!(text[i + 1] === ' ' && isLetter(text[i + 2]))) continue;
    const b = text[k - 1];
    if (b === undefined || b === ' ' || b === '\n' || b === ',' || b === ':' || b === '\t') return true;
  }
  return false;
}

/** RE2's \w: ASCII letters, digits and underscore (every other unit, lone surrogates included, is not a word unit). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function digitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** RE2's \b after a word unit at i - 1: i is the end or a non-word unit. */
function boundaryAt(text: string, i: number): boolean {
  return i >= text.length || !isWordCode(text.charCodeAt(i));
}
/** Length of the run of ASCII digits at i, counted up to `max`. */
function runAt(text: string, i: number, max: number): number {
  let k = 0;
  while (k < max && i + k < text.length && digitCode(text.charCodeAt(i + k))) k++;
  return k;
}
/** Exactly k digits at i followed by a word boundary (a non-word unit or the end). */
function digitsThenBoundary(text: string, i: number, k: number): boolean {
  return runAt(text, i, k + 1) === k && boundaryAt(text, i + k);
}
function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

// US and OTHER are alternations of fixed-width pieces that start with `\b\d`. A match can only start
// at a digit after a non-word unit (or at 0); there, the length r of the digit run decides which
// alternatives can match at all (each begins with exactly so many digits followed by a non-digit or
// the end), and RE2 takes the first that does. Both are found in one walk over the digit runs.

/** US at p (digit run of length r): `\d{5}(?:-\d{4})?\b`, the optional part tried first. */
function usAt(text: string, p: number, r: number): number {
  if (r !== 5) return -1;
  if (text.charCodeAt(p + 5) === 45 && digitsThenBoundary(text, p + 6, 4)) return p + 10;
  return boundaryAt(text, p + 5) ? p + 5 : -1;
}

/** OTHER at p (digit run of length r), alternatives in their order. */
function otherAt(text: string, p: number, r: number): number {
  const c = text.charCodeAt(p + r); // the unit after the run (NaN at the end)
  switch (r) {
    case 2: // \d{2}-\d{3}\b
      return c === 45 && digitsThenBoundary(text, p + 3, 3) ? p + 6 : -1;
    case 3: // \d{3}-\d{4}\b, \d{3} \d{2}\b, \d{3}\b (the last only closing an address block)
      if (c === 45 && digitsThenBoundary(text, p + 4, 4)) return p + 8;
      if (c === 32 && digitsThenBoundary(text, p + 4, 2)) return p + 6;
      return boundaryAt(text, p + 3) ? p + 3 : -1;
    case 4: // \d{4} ?[A-Z]{2}\b (space first), \d{4}-\d{3}\b, \d{4}\b
      if (c === 32 && upperAt(text, p + 5) && upperAt(text, p + 6) && boundaryAt(text, p + 7)) return p + 7;
      if (upperAt(text, p + 4) && upperAt(text, p + 5) && boundaryAt(text, p + 6)) return p + 6;
      if (c === 45 && digitsThenBoundary(text, p + 5, 3)) return p + 8;
      return boundaryAt(text, p + 4) ? p + 4 : -1;
    case 5: // \d{5}-\d{3}\b
      return c === 45 && digitsThenBoundary(text, p + 6, 3) ? p + 9 : -1;
    case 6: // \d{6}\b
      return boundaryAt(text, p + 6) ? p + 6 : -1;
    default:
      return -1;
  }
}

/**
 * All matches of US and of OTHER (each leftmost first and non-overlapping, as RE2 finds them), for
 * the shapes asked for. After a match the walk of that shape resumes at its end.
 */
function digitShapes(text: string, wantUs: boolean, wantOther: boolean): [{ start: number; end: number }[], { start: number; end: number }[]] {
  const us: { start: number; end: number }[] = [];
  const other: { start: number; end: number }[] = [];
  let usFrom = 0;
  let otherFrom = 0;
  const at = (p: number): void => {
    const r = runAt(text, p, 7);
    if (wantUs && p >= usFrom) {
      const e = usAt(text, p, r);
      if (e >= 0) { us.push({ start: p, end: e }); usFrom = e; }
    }
    if (wantOther && p >= otherFrom) {
      const e = otherAt(text, p, r);
      if (e >= 0) { other.push({ start: p, end: e }); otherFrom = e; }
    }
  };
  if (asciiUnits(text) !== null) {
    // ASCII text: a digit after a non-word unit either starts a word token (tokens.ts; then the unit
    // before it is no letter or digit, and must not be "_") or follows a joining ' or - inside one
    // (recorded by the token list); inside a token every other digit follows a letter or digit. So
    // the starts are read off the shared token list in ascending order instead of walking the text.
    const toks = tokenList(text);
    const joined = toks.joinedDigits;
    let j = 0;
    for (let i = 0; i < toks.length; i++) {
      const s = toks.start(i);
      while (j < joined.length && joined[j] < s) at(joined[j++]);
      if (toks.digitFirst(i) && (s === 0 || text.charCodeAt(s - 1) !== 95)) at(s);
    }
    while (j < joined.length) at(joined[j++]);
    return [us, other];
  }
  const n = text.length;
  let p = 0;
  while (p < n) {
    if (!digitCode(text.charCodeAt(p))) { p++; continue; }
    const r = runAt(text, p, 7);
    // Only the first digit of a run can start a match, and only after a non-word unit.
    if (p === 0 || !isWordCode(text.charCodeAt(p - 1))) at(p);
    p += r; // r >= 1; past the run (capped at 7 digits: the rest are not run starts either)
  }
  return [us, other];
}

export function usShapes(text: string): { start: number; end: number }[] {
  return digitShapes(text, true, false)[0];
}
export function otherShapes(text: string): { start: number; end: number }[] {
  return digitShapes(text, false, true)[1];
}

/** Whether the UK regex groups form a valid postcode. */
function ukPostcode(g: readonly (string | undefined)[]): true | null {
  const area = (g[0] ?? '').toUpperCase();
  const third = (g[2] ?? '').toUpperCase();
  const inward = (g[3] ?? '').toUpperCase();
  if (!UK_AREAS.has(area)) return null;
  if (third !== '' && !(third >= '0' && third <= '9')) {
    // A9A (London EC/W/N…): letter from UK_DISTRICT_LETTER_1; AA9A: from UK_DISTRICT_LETTER_2.
    const allowed = area.length === 1 ? UK_DISTRICT_LETTER_1 : UK_DISTRICT_LETTER_2;
    if (!allowed.includes(third)) return null;
  }
  if (!UK_INWARD_LETTERS.includes(inward[1]) || !UK_INWARD_LETTERS.includes(inward[2])) return null;
  return true;
}

/** Digits, money, times and decimals around the candidate mean it is part of something else. */
function glued(text: string, start: number, end: number): boolean {
  const b = charBefore(text, start);
  const a = charAfter(text, end);
  // "555 1234", "1,234", "12.5": separated from more digits by one character.
  if (b !== '' && ' -/.:,'.includes(b) && isDigit(charBefore(text, start - 1))) return true;
  if (a !== '' && ' .,:-'.includes(a) && isDigit(charAfter(text, end + 1))) return true;
  if (b === '$' || b === '€' || b === '£' || b === '#' || b === '+' || b === '-' || b === '/') return true;
  if (a === '%' || a === '/' || a === '°' || a === '€' || a === '$') return true;
  return false;
}

/** A US ZIP identified by the state, city or street line before it or the country after it, else null. */
function usZip(text: string, start: number, end: number): RawHit | null {
  const code = regionCodeBefore(text, start);
  if (code !== null && US_CODES.has(code.code)) {
    // "Boise, ID 83702" / "Portland OR 97201": a comma or a known city before a code that is also a
    // word or label ("User ID 12345") is what tells the two apart.
    if (!LABEL_CODES.has(code.code) || code.comma || code.city) return { start, end, score: 0.7, note: 'state code' };
  }
  // "Illinois 62704", "New Hampshire, 03301"
  const words = wordsBefore(text, start, 3);
  for (let k = words.length; k >= 1; k--) {
    const first = words[words.length - k];
    const name = words.slice(words.length - k).join(' ').toLowerCase();
    if (first[0] === first[0].toUpperCase() && STATE_NAMES.has(name)) return { start, end, score: 0.65, note: 'state name' };
  }
  return countryAfter(text, start, end) ?? cityOrStreetBefore(text, start, end, words);
}

/** A two- or three-letter upper-case region code right before `start` ("IL 62704", "NSW, 2000"). */
function regionCodeBefore(text: string, start: number): { code: string; comma: boolean; city: boolean } | null {
  let i = start - 1;
  if (text[i] !== ' ' && text[i] !== '\u00a0') return null;
  i--;
  if (text[i] === ',') i--;
  let j = i;
  while (j >= 0 && i - j < 3 && text[j] >= 'A' && text[j] <= 'Z') j--;
  const code = text.slice(j + 1, i + 1);
  if (code.length < 2 || isLetter(text[j])) return null;
  const c = charBefore(text, j + 1);
  const comma = c === ',' || (c === ' ' && charBefore(text, j) === ',');
  const city = c === ' ' && wordsBefore(text, j + 1, 3).some((_, k, w) => CITY_SET.has(w.slice(k).join(' ').toLowerCase()));
  return { code, comma, city };
}

/** "Chicago 60601", "Mumbai - 400001", "742 Evergreen Terrace, Springfield 97477": a known city or a street line before the code. */
function cityOrStreetBefore(text: string, start: number, end: number, words: readonly string[]): RawHit | null {
  for (let k = words.length; k >= 1; k--) {
    if (PLAIN_CITY_SET.has(words.slice(words.length - k).join(' ').toLowerCase())) return { start, end, score: 0.5, note: 'city' };
  }
  if (end - start !== 5 || words.length === 0 || words[words.length - 1][0] !== words[words.length - 1][0].toUpperCase()) return null;
  // Same line, within 80 characters: a house number and a street-type word.
  let from = Math.max(0, start - 80);
  const nl = text.lastIndexOf('\n', start - 1);
  if (nl >= from) from = nl + 1;
  const line = ' ' + text.slice(from, start).toLowerCase().replaceAll(',', ' ').replaceAll('.', ' ') + ' ';
  let house = false;
  for (let i = 1; i < line.length - 1 && !house; i++) house = line[i - 1] === ' ' && isDigit(line[i]);
  if (!house) return null;
  for (const t of STREET_TYPES) if (line.includes(` ${t} `)) return { start, end, score: 0.5, note: 'street line' };
  return null;
}

function countryAfter(text: string, start: number, end: number): RawHit | null {
  let j = end;
  if (text[j] === ',') j++;
  if (text[j] !== ' ') return null;
  j++;
  for (const c of ['USA', 'U.S.A', 'United States', 'US']) {
    if (text.startsWith(c, j) && !isLetter(charAfter(text, j + c.length - 1 + 1))) return { start, end, score: 0.6, note: 'country' };
  }
  return null;
}

/** "75001 Paris", "1010 Wien", "…, 10115 Berlin": a code before a known city, or after a comma and before a capitalised word. */
function codeCity(text: string, start: number, end: number, len: number): RawHit | null {
  if (text[end] !== ' ') return null;
  const w = capitalisedWordAt(text, end + 1);
  if (w === 0) return null;
  const b = charBefore(text, start);
  const lineStart = b === '' || b === '\n' || (b === ' ' && (charBefore(text, start - 1) === ',' || charBefore(text, start - 1) === '\n'));
  // Four digits before a city are as often a year ("In 2024 Paris …"): only at the start of an address line.
  if ((len === 5 || lineStart) && knownCityAt(text, end + 1)) return { start, end, score: 0.5, note: 'city' };
  return len === 5 && lineStart ? { start, end, score: 0.45, note: 'address line' } : null;
}

/** Length of a capitalised word (a capital then at least two lower-case letters) at `i`, else 0. */
function capitalisedWordAt(text: string, i: number): number {
  const c = text[i];
  if (c === undefined || !isLetter(c) || c !== c.toUpperCase() || c === c.toLowerCase()) return 0;
  let j = i + 1;
  while (j < text.length && j - i < 40 && isLetter(text[j])) j++;
  const w = text.slice(i, j);
  return w.length >= 3 && w.slice(1) === w.slice(1).toLowerCase() ? w.length : 0;
}

function knownCityAt(text: string, i: number): boolean {
  let j = i;
  let phrase = '';
  for (let k = 0; k < 3; k++) {
    let e = j;
    while (e < text.length && e - j < 30 && (isLetter(text[e]) || text[e] === '.' || text[e] === '-')) e++;
    if (e === j) return false;
    phrase += (k > 0 ? ' ' : '') + text.slice(j, e);
    if (CITY_SET.has(phrase.toLowerCase())) return true;
    if (text[e] !== ' ') return false;
    j = e + 1;
  }
  return false;
}

/** Up to `max` words right before `start` (skipping one comma and spaces), in text order. */
function wordsBefore(text: string, start: number, max: number): string[] {
  const out: string[] = [];
  let i = start - 1;
  while (i >= 0 && i > start - 5 && (text[i] === ' ' || text[i] === ',' || text[i] === '-')) i--;
  for (let k = 0; k < max && i >= 0; k++) {
    const e = i + 1;
    while (i >= 0 && e - i < 30 && isLetter(text[i])) i--;
    if (i + 1 === e) break;
    out.unshift(text.slice(i + 1, e));
    if (text[i] !== ' ') break;
    i--;
  }
  return out;
}

function digitsOnly(v: string): boolean {
  for (const c of v) if (!isDigit(c)) return false;
  return true;
}

function isDigit(c: string): boolean {
  return c.length === 1 && c >= '0' && c <= '9';
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c !== '' && c.toLowerCase() !== c.toUpperCase();
}

export const recognizer: Recognizer = {
  id: 'postal_code',
  type: 'POSTAL_CODE',
  patterns: [],
  prefilter: PREFILTER,
  custom: (text, live) => findPostalCodes(text, live),
  shapes: ENGINE_SHAPES,
  maxLength: 10,
  context: CONTEXT,
  contextBoost: 0.3,
  contextWindow: CONTEXT_WINDOW,
  examples: {
    match: [
      'London SW1A 1AA', 'Springfield, IL 62704', 'zip code 94105-1234', 'Manchester M1 1AE', 'my zipcode is 10001',
      'Boise, ID 83702', 'Austin, Texas 78701', 'Postal code: 1012 AB', 'Hauptstraße 5, 10115 Berlin', '12 rue de Rivoli, 75001 Paris',
      'PLZ 8001', 'EC1A 1BB', 'Columbus, OH 43215-1234', 'postcode: sw1a 1aa',
    ],
    noMatch: ['zip file 123', 'XX 62704 units', 'order 62704', 'User ID 12345', 'QQ1 1AA', 'SW1A 1AC', 'paid $12345', 'in 2024 we grew', '1024 MB Free'],
  },
};
