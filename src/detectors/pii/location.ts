// LOCATION: countries, US states, Canadian provinces and well-known cities from the gazetteers in
// data/places.ts (general knowledge, not from any evaluation set), plus two structural shapes:
//   - "City, ST": a capitalised run followed by a US state / Canadian province code ("Springfield, IL",
//     "Kelowna, BC") → 0.65 (0.7 with a ZIP after it, below a street ADDRESS so the address is kept); codes that are also credentials or words (MD, PA, OR, IN, …) need a ZIP after
//     them or a known city before them;
//   - "Place, Country": a capitalised run followed by a comma and a known country/state/province
//     ("Lyon, France", "Tbilisi, Georgia"): the whole span is one location.
// Scores: unambiguous country/state 0.6, city 0.55; a place preposition before it ("in", "from",
// "born in", "lives in", "located in", "moved to" …), a following ", Country", or a preceding location
// in a list lifts them to 0.85 / 0.8. Names that are also words or given names ("Nice", "Reading",
// "Jordan", "Victoria") are reported only with such context (0.7).
// Not covered: small towns without a state code or country after them, streets (ADDRESS), lower-case
// place names, non-Latin scripts, rivers/mountains/landmarks.
import type { RawHit, Recognizer } from '../recognizer.ts';
import {
  AMBIGUOUS_CITIES, AMBIGUOUS_COUNTRIES, AMBIGUOUS_STATES, CA_PROVINCES, CITIES, COUNTRIES, STATE_CODES, STREET_TYPE_WORDS, US_STATES, WEAK_STATE_CODES,
} from './data/places.ts';
import { buildGazetteer, gap, isNameGap, matchAt, prevWord, STOP, tokenList, type TokenList } from './tokens.ts';

type Kind = 'country' | 'state' | 'city';
interface Place { readonly kind: Kind; readonly ambiguous: boolean }

const EXTRA_AMBIGUOUS = new Set(['milan', 'brooklyn']);

function entries(): [string, Place][] {
  const out: [string, Place][] = [];
  const key = (s: string): string => s.toLowerCase().replaceAll('.', ' ').replaceAll('  ', ' ').trim();
  for (const c of COUNTRIES) out.push([c, { kind: 'country', ambiguous: AMBIGUOUS_COUNTRIES.has(key(c)) }]);
  for (const s of US_STATES.keys()) if (!s.includes(',')) out.push([s, { kind: 'state', ambiguous: AMBIGUOUS_STATES.has(key(s)) }]);
  for (const s of CA_PROVINCES.keys()) out.push([s, { kind: 'state', ambiguous: false }]);
  for (const c of CITIES) {
    const k = key(c);
    out.push([c, { kind: 'city', ambiguous: AMBIGUOUS_CITIES.has(k) || EXTRA_AMBIGUOUS.has(k) }]);
  }
  return out;
}

const GAZ = buildGazetteer(entries());

/** Words that, right before a name, say it is a place (after skipping "the"). */
const PLACE_PREPS = new Set(['in', 'from', 'to', 'at', 'near', 'across', 'throughout', 'visit', 'visited', 'visiting', 'via',
  'toward', 'towards', 'outside', 'around', 'into', 'within', 'leaving', 'left', 'reached', 'flew', 'drove', 'travel', 'traveled',
  'travelled', 'traveling', 'travelling', 'relocated', 'moved', 'born', 'lives', 'live', 'living', 'lived', 'based', 'located',
  'headquartered', 'resident', 'citizen', 'throughout', 'across', 'en', 'nach', 'aus', 'à', 'de']);
/** Nouns that make a following "of X" a place ("the city of X", "capital of X"). */
const OF_NOUNS = new Set(['city', 'capital', 'state', 'province', 'country', 'region', 'republic', 'kingdom', 'north', 'south', 'east',
  'west', 'outskirts', 'centre', 'center', 'heart', 'part', 'streets', 'people', 'citizens', 'citizen', 'resident', 'residents',
  'mayor', 'government', 'suburbs', 'town', 'county', 'native', 'coast']);

/** Street-type words: "…, 12 Oak Street, Springfield" puts a place after the street line. */
const STREET_TYPES: ReadonlySet<string> = new Set(STREET_TYPE_WORDS);

function isComma(g: string): boolean {
  return g === ', ' || g === ',' || g === ',  ';
}

/** Capitalised run (1–3 name tokens) that ends at token index `last`; returns its first index or -1. */
function runBack(text: string, toks: TokenList, last: number): number {
  let k = last;
  if (k < 0 || !toks.cap(k) || toks.digits(k)) return -1;
  while (k > 0 && last - k < 2 && toks.cap(k - 1) && !toks.digits(k - 1) && isNameGap(gap(text, toks, k))) k--;
  while (k <= last && STOP.has(toks.lower(k))) k++;
  return k <= last ? k : -1;
}

function hasPlaceContext(text: string, toks: TokenList, i: number, prevLocEnd: number): boolean {
  const p = prevWord(text, toks, i);
  if (PLACE_PREPS.has(p)) return true;
  if (p === 'of' && i >= 2) {
    const before = prevWord(text, toks, i - 1 - (toks.lower(i - 1) === 'the' ? 1 : 0), false);
    if (OF_NOUNS.has(before)) return true;
  }
  // After a street line or a unit: "12 Oak Street, Springfield", "Apt 5, Reading".
  if (i > 0 && isComma(gap(text, toks, i)) && (STREET_TYPES.has(toks.lower(i - 1)) || (toks.digits(i - 1) && i > 1 && !toks.digits(i - 2)))) return true;
  // A list of places: "Paris, Lyon and Nice".
  if (i > 0 && prevLocEnd >= 0) {
    const g = gap(text, toks, i);
    if (prevLocEnd === i - 1 && (isComma(g) || g === ' / ')) return true;
    if (prevLocEnd === i - 2 && (toks.lower(i - 1) === 'and' || toks.lower(i - 1) === 'or')) return true;
  }
  return false;
}

export function findLocations(text: string): RawHit[] {
  const toks = tokenList(text);
  const hits: RawHit[] = [];
  let prevLocEnd = -1; // token index of the last token of the previous location
  let lastHitEnd = -1; // char offset: hits never overlap
  const push = (a: number, b: number, end: number, score: number, note: string): void => {
    const start = toks.start(a);
    if (start < lastHitEnd) {
      // Extend the previous hit instead ("Lyon" then "Lyon, France").
      const prev = hits[hits.length - 1];
      hits[hits.length - 1] = { start: Math.min(prev.start, start), end: Math.max(prev.end, end), score: Math.max(prev.score, score), note };
    } else {
      hits.push({ start, end, score, note });
    }
    lastHitEnd = Math.max(lastHitEnd, end);
    prevLocEnd = b;
  };
  for (let i = 0; i < toks.length; i++) {
    if (!toks.cap(i)) continue;
    const tStart = toks.start(i);
    const tEnd = toks.end(i);
    // "City, ST" with a state/province code.
    if (toks.allCaps(i) && tEnd - tStart === 2 && STATE_CODES.has(text.slice(tStart, tEnd)) && i > 0 && isComma(gap(text, toks, i))) {
      const first = runBack(text, toks, i - 1);
      if (first >= 0) {
        const zip = i + 1 < toks.length && toks.digits(i + 1) && toks.size(i + 1) === 5 && isNameGap(gap(text, toks, i + 1));
        let knownCity = false;
        for (let k = first; k < i && !knownCity; k++) knownCity = matchAt(GAZ, text, toks, k)?.phrase.data.kind === 'city';
        const code = text.slice(tStart, tEnd);
        const after = text[tEnd];
        const glued = after !== undefined && ((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z'));
        if (!glued && (!WEAK_STATE_CODES.has(code) || zip || knownCity)) {
          push(first, i, tEnd, zip ? 0.7 : 0.65, 'city, state code');
          continue;
        }
      }
    }
    const m = matchAt(GAZ, text, toks, i);
    if (m === null) continue;
    const place = m.phrase.data;
    const last = m.next - 1;
    let end = toks.end(last);
    if (toks.size(last) === 1 && text[end] === '.') end++; // "U.S."
    let ctx = hasPlaceContext(text, toks, i, prevLocEnd);
    // "Lyon, France": a known region after a comma confirms the run before it.
    let first = i;
    if (place.kind !== 'city' && i > 0 && isComma(gap(text, toks, i))) {
      const f = runBack(text, toks, i - 1);
      if (f >= 0 && !toks.digits(i - 1)) { first = f; ctx = true; }
    }
    // "Nice, France" / "Reading, PA": a following region or code confirms an ambiguous name.
    const nx = m.next;
    if (!ctx && nx < toks.length && isComma(text.slice(end, toks.start(nx)))) {
      const after = matchAt(GAZ, text, toks, nx);
      if ((after !== null && after.phrase.data.kind !== 'city') || (toks.allCaps(nx) && STATE_CODES.has(toks.raw(nx)) && toks.size(nx) === 2)) ctx = true;
    }
    if (place.ambiguous && !ctx) { i = last; continue; }
    const base = place.kind === 'city' ? 0.55 : 0.6;
    let score = place.ambiguous ? 0.7 : ctx ? base + 0.25 : base;
    // "Sofia Lima", "Paris Hilton": a place name followed by a capitalised word that is no place is the
    // start of a longer name; kept, but below a person's score so the longer reading wins.
    if (first === i && nx < toks.length && toks.cap(nx) && !toks.digits(nx) && !toks.allCaps(nx) && text.slice(end, toks.start(nx)) === ' ' &&
      matchAt(GAZ, text, toks, nx) === null && !STREET_TYPES.has(toks.lower(nx))) score = Math.min(score, 0.45);
    push(first, last, end, score, `${place.kind}${first !== i ? ' with region' : ''}${ctx ? ', place context' : ''}`);
    i = last;
  }
  return hits;
}

export const recognizer: Recognizer = {
  id: 'location',
  type: 'LOCATION',
  patterns: [],
  prefilter: '\\p{Lu}[\\p{L}.]',
  custom: findLocations,
  maxLength: 64,
  contextBoost: 0.2,
  examples: {
    match: ['I was born in Nigeria', 'She moved to Toronto last year', 'Our office is in Springfield, IL 62704', 'He lives in Reading',
      'Shipping from Lyon, France', 'flights to New York and Los Angeles', 'the capital of Japan', 'based in the Netherlands'],
    noMatch: ['Nice to meet you', 'Reading is my favourite hobby', 'Mobile apps are great', 'Jane Doe, MD', 'chad is lower case',
      'Turkey sandwiches for lunch'],
  },
};
