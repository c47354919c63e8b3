// DATE_TIME: calendar dates and clock times without a birth context (DATE_OF_BIRTH, which needs one,
// scores higher and wins where both match). Formats:
//   - ISO 8601 dates and date-times (2021-03-04, 2021-03-04T10:30:00Z) → 0.6;
//   - numeric d/m/y or m/d/y with a 4-digit year (03/04/2021, 4.3.2021, 4-3-2021), y/m/d → 0.6;
//     with a 2-digit year (03/04/21, slashes only) → 0.45;
//   - English month names: "March 3, 2021", "3 March 2021", "3rd of March" , "March 3rd" → 0.65
//     (0.55 without a year), "March 2021" → 0.55;
//   - weekday names (Monday … Sunday) → 0.45 alone;
//   - clock times: "10:30 am", "3pm", "3 p.m." → 0.6; "14:45:10" → 0.5; "10:30" → 0.4.
// Adjacent parts ("Monday, March 3, 2021 at 10:30 AM") merge into one span.
// Not covered: relative expressions (yesterday, next week), bare years, durations, non-English month
// names, dates with invalid day/month values.
// Speed: the ISO and weekday shapes (the ones that hit most: log lines, prose) are found by hand-written
// walks that return exactly their RE2 matches (isoMatches, weekdayMatches); the others are RE2 passes,
// each run only when the engine's one RE2.Set pass says it matches somewhere.
import { compile } from '../../core/regex.ts';
import { asciiUnits, matchAllFast, shapeGate, type RawHit, type Recognizer } from '../recognizer.ts';
import { cachedTokenList } from './tokens.ts';

const MON = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const AMPM = '(?:[AaPp]\\.[Mm]\\.|[AaPp][Mm]\\b)';

interface Shape { readonly name: string; readonly re: ReturnType<typeof compile>; readonly score: number; readonly check?: 'numeric' }

/** Compile one shape and remember its source for the one-pass prefilter. */
function shape(name: string, score: number, id: string, source: string, check?: 'numeric'): Shape & { readonly source: string } {
  return { name, score, re: compile(id, source), source, ...(check === undefined ? {} : { check }) };
}

const SHAPES: readonly (Shape & { readonly source: string })[] = [
  shape('iso', 0.6, 'date_time/iso', `\\b${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:[T ](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+\\-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?\\b`),
  shape('numeric', 0.6, 'date_time/numeric', `\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]${YEAR}\\b`, 'numeric'),
  shape('ymd-slash', 0.6, 'date_time/ymd', `\\b${YEAR}/\\d{1,2}/\\d{1,2}\\b`, 'numeric'),
  shape('numeric-short', 0.45, 'date_time/numeric_short', '\\b\\d{1,2}/\\d{1,2}/\\d{2}\\b', 'numeric'),
  shape('month-day', 0.55, 'date_time/month_day', `\\b${MON}\\.? ${DAY}\\b(?:,? ${YEAR}\\b)?`),
  shape('day-month', 0.55, 'date_time/day_month', `\\b${DAY}(?: of)? ${MON}\\b\\.?(?:,? ${YEAR}\\b)?`),
  shape('month-year', 0.55, 'date_time/month_year', `\\b${MON}\\.?,? ${YEAR}\\b`),
  shape('weekday', 0.45, 'date_time/weekday', '\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b'),
  shape('time-ampm', 0.6, 'date_time/time_ampm', `\\b(?:[01]?\\d|2[0-3])(?::[0-5]\\d)? ?${AMPM}`),
  shape('time', 0.4, 'date_time/time', '\\b(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?\\b'),
];
const GATE = shapeGate('date_time/shapes', SHAPES);

function plausibleNumeric(value: string): boolean {
  const parts: number[] = [];
  let cur = '';
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') cur += ch;
    else if (cur !== '') { parts.push(Number(cur)); cur = ''; }
  }
  if (cur !== '') parts.push(Number(cur));
  if (parts.length !== 3) return false;
  const [a, b, c] = parts;
  if (a > 1000) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

function digitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && text[i] >= '0' && text[i] <= '9';
}

/** Gaps that join two date/time parts into one expression. */
const JOIN = new Set([' ', ', ', ',', ' at ', ' @ ', ' - ', 'T']);
const JOIN_MAX = Math.max(...[...JOIN].map((j) => j.length));

const WEEKDAY_SHAPE = SHAPES.findIndex((s) => s.name === 'weekday');
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** RE2's \w (ASCII letters, digits, underscore); every other UTF-16 unit is a non-word character to \b. */
function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The matches of the weekday shape `\b(?:Monday|…|Sunday)\b`, found with string searches instead of
 * an RE2 pass: every name ends in the only "day" it contains, so each match is a "day" occurrence
 * preceded by a name, with RE2's ASCII word boundaries on both sides. Such matches cannot overlap, so
 * listing them left to right gives RE2's leftmost-first, non-overlapping matches. Exported for tests.
 */
export function weekdayMatches(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf('day'); i >= 0; i = text.indexOf('day', i + 1)) {
    const end = i + 3;
    if (end < text.length && isAsciiWordCode(text.charCodeAt(end))) continue;
    for (const name of WEEKDAYS) {
      const start = end - name.length;
      if (start < 0 || !text.startsWith(name, start)) continue;
      if (start > 0 && isAsciiWordCode(text.charCodeAt(start - 1))) continue;
      out.push({ start, end });
      break;
    }
  }
  return out;
}

const ISO_SHAPE = SHAPES.findIndex((s) => s.name === 'iso');

function digitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Two units at i: `[a-b]\d`. */
function pairAt(text: string, i: number, a: number, b: number): boolean {
  const c = text.charCodeAt(i);
  return c >= a && c <= b && digitCode(text.charCodeAt(i + 1));
}
/** `(?:[01]\d|2[0-3])` at i. */
function hourAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return ((c === 48 || c === 49) && digitCode(d)) || (c === 50 && d >= 48 && d <= 51);
}
/** `YEAR-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])` at p. */
function isoDateAt(text: string, p: number): boolean {
  if (p + 10 > text.length) return false;
  const y0 = text.charCodeAt(p);
  const y1 = text.charCodeAt(p + 1);
  if (!((y0 === 49 && (y1 === 56 || y1 === 57)) || (y0 === 50 && y1 === 48))) return false;
  if (!digitCode(text.charCodeAt(p + 2)) || !digitCode(text.charCodeAt(p + 3)) || text.charCodeAt(p + 4) !== 45) return false;
  const m0 = text.charCodeAt(p + 5);
  const m1 = text.charCodeAt(p + 6);
  if (!((m0 === 48 && m1 >= 49 && m1 <= 57) || (m0 === 49 && m1 >= 48 && m1 <= 50))) return false;
  if (text.charCodeAt(p + 7) !== 45) return false;
  const d0 = text.charCodeAt(p + 8);
  const d1 = text.charCodeAt(p + 9);
  return (d0 === 48 && d1 >= 49 && d1 <= 57) || ((d0 === 49 || d0 === 50) && digitCode(d1)) || (d0 === 51 && (d1 === 48 || d1 === 49));
}

/**
 * End of the ISO shape's match at p (-1 for none). After the fixed date, the optional parts are tried
 * in RE2's leftmost-first order (each optional part present before absent, the fraction's digits
 * longest first) and the first reading followed by the final word boundary wins.
 */
function isoAt(text: string, p: number): number {
  if (!isoDateAt(text, p)) return -1;
  const d = p + 10;
  const ends: number[] = [];
  const sep = text.charCodeAt(d);
  if ((sep === 84 || sep === 32) && hourAt(text, d + 1) && text.charCodeAt(d + 3) === 58 && pairAt(text, d + 4, 48, 53)) {
    const t = d + 6;
    const afterSeconds: number[] = [];
    if (text.charCodeAt(t) === 58 && pairAt(text, t + 1, 48, 53)) {
      const sEnd = t + 3;
      if (text.charCodeAt(sEnd) === 46) {
        let k = 0;
        while (k < 9 && digitCode(text.charCodeAt(sEnd + 1 + k))) k++;
        for (let j = k; j >= 1; j--) afterSeconds.push(sEnd + 1 + j);
      }
      afterSeconds.push(sEnd);
    }
    afterSeconds.push(t);
    for (const x of afterSeconds) {
      const z = text.charCodeAt(x);
      if (z === 90) ends.push(x + 1); // Z
      else if ((z === 43 || z === 45) && hourAt(text, x + 1)) {
        if (text.charCodeAt(x + 3) === 58 && pairAt(text, x + 4, 48, 53)) ends.push(x + 6);
        if (pairAt(text, x + 3, 48, 53)) ends.push(x + 5);
      }
      ends.push(x);
    }
  }
  ends.push(d);
  for (const e of ends) if (e >= text.length || !isAsciiWordCode(text.charCodeAt(e))) return e;
  return -1;
}

/**
 * The matches of the ISO shape, found by walking the text instead of an RE2 pass (log lines hold one
 * per line): a match starts at a digit after a non-word unit (the leading \b). Exported for tests.
 */
export function isoMatches(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  const units = asciiUnits(text);
  const toks = units !== null ? cachedTokenList(text) : null;
  if (toks !== null) {
    // ASCII text already tokenized (the name recognizers ran first): the digits after a non-word
    // unit are read off the token list, as postal-code.ts's digitShapes does (a token that starts
    // with a digit not after "_", or a digit after a joining ' or - inside a token), in ascending
    // order, instead of walking every unit. After a match the walk resumes at its end.
    let from = 0;
    const at = (p: number): void => {
      if (p < from) return;
      const c = units![p];
      if (c !== 49 && c !== 50) return;
      const e = isoAt(text, p);
      if (e >= 0) {
        out.push({ start: p, end: e });
        from = e;
      }
    };
    const joined = toks.joinedDigits;
    let j = 0;
    for (let i = 0; i < toks.length; i++) {
      const s = toks.start(i);
      while (j < joined.length && joined[j] < s) at(joined[j++]);
      if (toks.digitFirst(i) && (s === 0 || units![s - 1] !== 95)) at(s);
    }
    while (j < joined.length) at(joined[j++]);
    return out;
  }
  let p = 0;
  while (p < n) {
    const c = units !== null ? units[p] : text.charCodeAt(p);
    if ((c !== 49 && c !== 50) || (p > 0 && isAsciiWordCode(text.charCodeAt(p - 1)))) { p++; continue; }
    const e = isoAt(text, p);
    if (e < 0) { p++; continue; }
    out.push({ start: p, end: e });
    p = e;
  }
  return out;
}

export function findDateTimes(text: string, live: readonly boolean[] = GATE.live(text)): RawHit[] {
  const cands: RawHit[] = [];
  for (let si = 0; si < SHAPES.length; si++) {
    if (!live[si]) continue;
    const s = SHAPES[si];
    for (const m of si === WEEKDAY_SHAPE ? weekdayMatches(text) : si === ISO_SHAPE ? isoMatches(text) : matchAllFast(s.re, text)) {
      let { start, end } = m;
      // Not glued to longer numbers or dotted versions (1.2.2021.5, 12/12/2021/3).
      const b = text[start - 1];
      const a = text[end];
      if (digitAt(text, start - 1) || digitAt(text, end)) continue;
      if ((b === '.' || b === '/' || b === '-' || b === ':') && digitAt(text, start - 2)) continue;
      if ((a === '.' || a === '/' || a === ':') && digitAt(text, end + 1)) continue;
      if (s.check === 'numeric' && !plausibleNumeric(text.slice(start, end))) continue;
      if (s.name === 'time' && text.slice(start, end).length <= 5 && a === ':') continue;
      let score = s.score;
      const hasYear = s.name === 'month-day' || s.name === 'day-month' ? /* year present when the match is long */ endsWithYear(text, start, end) : false;
      if (hasYear) score = 0.65;
      if (s.name === 'time' && end - start > 5) score = 0.5;
      if (text[end - 1] === '.' && s.name === 'day-month') end--; // a sentence stop, not part of "Mar."
      cands.push({ start, end, score, note: s.name });
    }
  }
  if (cands.length === 0) return cands;
  // Union overlapping or adjacent parts; the score is the best part's (+0.05 per extra part, capped).
  cands.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: RawHit[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (c.start < prev.end || (c.start - prev.end <= JOIN_MAX && JOIN.has(text.slice(prev.end, c.start))))) {
      if (c.end <= prev.end) { out[out.length - 1] = { ...prev, score: Math.max(prev.score, c.score) }; continue; }
      const overlap = c.start < prev.end;
      out[out.length - 1] = {
        start: prev.start, end: c.end, note: overlap ? prev.note : `${prev.note}+${c.note}`,
        score: Math.min(0.75, Math.max(prev.score, c.score) + (overlap ? 0 : 0.05)),
      };
      continue;
    }
    out.push(c);
  }
  return out;
}

function endsWithYear(text: string, start: number, end: number): boolean {
  if (end - start < 6) return false;
  const y = text.slice(end - 4, end);
  return (y.startsWith('19') || y.startsWith('20') || y.startsWith('18')) && digitAt(text, end - 1) && digitAt(text, end - 4) && !digitAt(text, end - 5);
}

export const recognizer: Recognizer = {
  id: 'date_time',
  type: 'DATE_TIME',
  patterns: [],
  prefilter: `\\d|${MON}|day\\b`,
  custom: findDateTimes,
  shapes: SHAPES,
  maxLength: 64,
  context: ['date', 'time', 'scheduled', 'appointment', 'meeting', 'deadline', 'due', 'visit', 'arrive', 'arrival', 'departure'],
  contextBoost: 0.1,
  examples: {
    match: ['The meeting is on 2021-03-04', 'Invoice dated 14/02/2025', 'See you on March 3, 2021', 'arriving 3rd of March',
      'call me at 3pm', 'starts 10:30 am on Monday', 'payment in September 2022'],
    noMatch: ['version 1.2.2021.5', 'ratio 16:9', 'room 12/45/2021', 'we may go', 'born on 14/02/1985'],
  },
};
