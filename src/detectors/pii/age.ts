// AGE: a person's age in years, from phrases that say so. The span is the number (or number words)
// only, so a redaction reads "a [AGE]-year-old". Shapes:
//   - "35 years old", "35-year-old", "35 yrs old", "35 years of age", "thirty-five years old" → 0.75;
//   - "aged 35", "age: 35", "age 35", "at the age of 35" → 0.7;
//   - "35 y/o", "35yo", "35 y.o." → 0.65;
//   - "in my thirties", "in her early 40s" → 0.6;
//   - "turned 40", "I'm 35", "she is 35" followed by a sentence break → 0.5.
// Ages must be 1–125. Not covered: ages of things written the same way ("the house is 100 years
// old" is reported), birth years, age ranges ("18-25").
import { compile } from '../../core/regex.ts';
import { matchAllFast, shapeGate, type RawHit, type Recognizer } from '../recognizer.ts';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORDS = `(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS}|a hundred(?: and (?:${UNITS}))?)`;
const NUM = `(?:\\d{1,3}|${WORDS})`;
const DECADES = `(?:${TENS}|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[1-9]0'?s)`;

interface Shape { readonly name: string; readonly re: ReturnType<typeof compile>; readonly score: number; readonly numberAt: 'start' | 'end' | 'decade'; readonly source: string; readonly caseInsensitive: true }

/** Compile one (case-insensitive) shape and remember its source for the one-pass prefilter. */
function shape(name: string, score: number, numberAt: Shape['numberAt'], id: string, source: string): Shape {
  return { name, score, numberAt, re: compile(id, source, 'i'), source, caseInsensitive: true };
}

const SHAPES: readonly Shape[] = [
  shape('years old', 0.75, 'start', 'age/years_old', `\\b${NUM}(?:[ -](?:years?|yrs?)[ -](?:old\\b|of age\\b)|-years?-old\\b| ?(?:y/o|y\\.o\\.|yrs? old\\b))`),
  shape('yo', 0.65, 'start', 'age/yo', '\\b\\d{1,3} ?yo\\b'),
  shape('aged', 0.7, 'end', 'age/aged', `\\b(?:aged|age:|age is|age of|age) ?${NUM}\\b`),
  shape('decade', 0.6, 'decade', 'age/decade', `\\bin (?:my|his|her|their|your|our) (?:early |mid |mid-|late )?${DECADES}\\b`),
  shape('turned', 0.5, 'end', 'age/turned', `\\b(?:turned|turning|turns|just turned) ${NUM}\\b`),
  shape('i am', 0.5, 'end', 'age/i_am', `\\b(?:I am|I'm|I’m|he is|she is|he's|she's|they are|who is) ${NUM}(?:[.,;!?)]|$| and\\b| now\\b| today\\b| this\\b| next\\b| last\\b| soon\\b)`),
];
const GATE = shapeGate('age/shapes', SHAPES);

const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...UNITS.split('|').map((w, i) => [w, i + 1] as const), ...TEENS.split('|').map((w, i) => [w, i + 10] as const),
  ...TENS.split('|').map((w, i) => [w, (i + 2) * 10] as const),
]);
const NUMBER_WORDS = new Set([...WORD_VALUES.keys(), 'a', 'hundred', 'and']);
/** Units that make "turned 40" / "I'm 5" something other than an age. */
const NOT_AGE_AFTER = ['degree', 'percent', '%', 'minute', 'hour', 'day', 'week', 'month', 'time', 'page', 'point', 'mile', 'km', 'meter',
  'metre', 'feet', 'foot', 'inch', 'cm', 'kg', 'lb', 'pound', 'dollar', 'euro', 'step', 'second'];

function valueOf(s: string): number {
  const lower = s.toLowerCase();
  let n = 0;
  let digits = true;
  for (const c of lower) if (c < '0' || c > '9') digits = false;
  if (digits) return Number(lower);
  for (const w of lower.replaceAll('-', ' ').split(' ')) {
    if (w === 'hundred') n += 100;
    else n += WORD_VALUES.get(w) ?? 0;
  }
  return n;
}

/** Locate the number inside a match: leading digits/number words, or the trailing ones. */
function numberSpan(text: string, start: number, end: number, at: 'start' | 'end'): [number, number] {
  const s = text.slice(start, end);
  const isNumChar = (c: string): boolean => (c >= '0' && c <= '9');
  if (at === 'start') {
    if (isNumChar(s[0])) { let i = 0; while (i < s.length && isNumChar(s[i])) i++; return [start, start + i]; }
    // number words: take words while they are number words
    // Walk words separated by a space or hyphen while they are number words.
    let len = 0;
    let i = 0;
    while (i < s.length) {
      let j = i;
      while (j < s.length && s[j] !== ' ' && s[j] !== '-') j++;
      if (!NUMBER_WORDS.has(s.slice(i, j).toLowerCase())) break;
      len = j;
      i = j + 1;
    }
    return [start, start + len];
  }
  // 'end': trim trailing punctuation / follow-on words matched as a sentence break
  let e = s.length;
  for (const tail of [' and', ' now', ' today', ' this', ' next', ' last', ' soon']) if (s.toLowerCase().endsWith(tail)) e -= tail.length;
  while (e > 0 && '.,;!?)'.includes(s[e - 1])) e--;
  let b = e;
  while (b > 0 && s[b - 1] !== ' ' && s[b - 1] !== ':') b--;
  // number words may be two words ("thirty five")
  if (!isNumChar(s[b]) && b > 1) {
    const prevWordStart = s.lastIndexOf(' ', b - 2) + 1;
    const prev = s.slice(prevWordStart, b - 1).toLowerCase();
    if (WORD_VALUES.has(prev) && !['aged', 'age', 'turned', 'is', 'am'].includes(prev)) b = prevWordStart;
  }
  return [start + b, start + e];
}

export function findAges(text: string, live: readonly boolean[] = GATE.live(text)): RawHit[] {
  const out: RawHit[] = [];
  for (let si = 0; si < SHAPES.length; si++) {
    if (!live[si]) continue;
    const s = SHAPES[si];
    for (const m of matchAllFast(s.re, text)) {
      if (m.start > 0 && text[m.start - 1] >= '0' && text[m.start - 1] <= '9') continue;
      let a: number;
      let b: number;
      if (s.numberAt === 'decade') {
        b = m.end;
        a = m.end;
        while (a > m.start && text[a - 1] !== ' ') a--;
      } else {
        [a, b] = numberSpan(text, m.start, m.end, s.numberAt);
      }
      if (b <= a) continue;
      if (s.numberAt !== 'decade') {
        const v = valueOf(text.slice(a, b));
        if (!(v >= 1 && v <= 125)) continue;
      }
      if (s.name === 'turned' || s.name === 'aged') {
        const after = text.slice(b, b + 12).toLowerCase().trimStart();
        if (NOT_AGE_AFTER.some((u) => after.startsWith(u))) continue;
        if (text[b] === '.' && text[b + 1] >= '0' && text[b + 1] <= '9') continue;
      }
      out.push({ start: a, end: b, score: s.score, note: s.name });
    }
  }
  out.sort((x, y) => x.start - y.start || y.score - x.score);
  return out.filter((h, i) => i === 0 || !(out[i - 1].start === h.start && out[i - 1].end === h.end));
}

export const recognizer: Recognizer = {
  id: 'age',
  type: 'AGE',
  patterns: [],
  prefilter: '(?i)\\bage|\\byears?\\b|\\byrs?\\b|\\byo\\b|y/o|turn|\\bin (?:my|his|her|their|your|our) |\\d',
  custom: findAges,
  shapes: SHAPES,
  maxLength: 40,
  context: ['age', 'old', 'patient', 'born'],
  contextBoost: 0.05,
  examples: {
    match: ['I am 35 years old', 'a 42-year-old man', 'patient aged 67', 'Age: 29', 'the 19 y/o student', 'she is in her early 40s',
      'he is thirty-five years old', 'I just turned 30.'],
    noMatch: ['a 5-year plan', 'turned 90 degrees', 'age of empires', '35 years ago', 'aged 250 years'],
  },
};
