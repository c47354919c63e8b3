// LOCATION from strongly locative phrases, for towns no gazetteer lists: "based in NAANTALI", "originally
// from Marindia", "relocated to Mill Village", "arrived at Khandallah", "I am in Lordelo". ("moved to" and
// "returned to" are left out: in technical prose they take products as often as places.) One to three
// capitalised words (or one upper-case word) right after a phrase that only takes a place: a verb of
// living/moving/arriving plus its preposition ("lives in", "moved to", "arrived at", "born in", …) →
// 0.5. A bare "in" / "at" / "to" is not enough ("in Python", "at Google", "to Maria"); those stay with
// location.ts, which needs a known place name.
// Linear: one walk over the shared token list, two set lookups per capitalised token.
import type { RawHit, Recognizer } from '../recognizer.ts';
import { STOP, tokenList } from './tokens.ts';

/** Verb (or phrase head) → the prepositions that make the next capitalised run a place. */
const PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  based: ['in'], located: ['in'], headquartered: ['in'], born: ['in'], raised: ['in'], lives: ['in'], live: ['in'], living: ['in'],
  lived: ['in'], resides: ['in'], reside: ['in'], residing: ['in'], grew: ['up'], relocated: ['to'],
  travelled: ['to'], traveled: ['to'], arrived: ['at', 'in'], originally: ['from'], hails: ['from'], am: ['in'], stationed: ['in', 'at'],
}).map(([k, v]) => [k, new Set(v)]));
/** "grew up in X": a third word. */
const UP_IN = 'in';
/** Words that end a run: not part of a place name. */
const NOT_PLACE = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'a', 'an', 'my', 'our', 'his', 'her',
  'their', 'your', 'this', 'that', 'time', 'town', 'school', 'office', 'work', 'home']);

function spaceGap(text: string, a: number, b: number): boolean {
  return b - a === 1 && text.charCodeAt(a) === 32;
}

export function findPlacePhrases(text: string): RawHit[] {
  const toks = tokenList(text);
  const out: RawHit[] = [];
  for (let i = 2; i < toks.length; i++) {
    if (!toks.cap(i) || toks.digits(i) || !spaceGap(text, toks.end(i - 1), toks.start(i))) continue;
    const prep = toks.lower(i - 1);
    if (prep !== 'in' && prep !== 'to' && prep !== 'at' && prep !== 'from') continue;
    if (!spaceGap(text, toks.end(i - 2), toks.start(i - 1))) continue;
    let head = toks.lower(i - 2);
    if (head === 'up' && prep === UP_IN && i >= 3) head = toks.lower(i - 3) === 'grew' ? 'grew' : '';
    else if (head === 'up') head = '';
    const preps = PHRASES.get(head);
    if (preps === undefined || !(preps.has(prep) || (head === 'grew' && prep === UP_IN))) continue;
    if (NOT_PLACE.has(toks.lower(i)) || STOP.has(toks.lower(i))) continue;
    // The run: up to three capitalised tokens joined by single spaces (or one upper-case token).
    let j = i;
    while (j + 1 < toks.length && j - i < 2 && toks.cap(j + 1) && !toks.digits(j + 1) && !NOT_PLACE.has(toks.lower(j + 1)) &&
      spaceGap(text, toks.end(j), toks.start(j + 1))) j++;
    // "arrived at Step 3": a run followed by a number is a label, not a place.
    if (j + 1 < toks.length && toks.digits(j + 1) && spaceGap(text, toks.end(j), toks.start(j + 1))) { i = j; continue; }
    out.push({ start: toks.start(i), end: toks.end(j), score: 0.5, note: 'place phrase' });
    i = j;
  }
  return out;
}

export const recognizer: Recognizer = {
  id: 'place_phrase',
  type: 'LOCATION',
  patterns: [],
  prefilter: '(?i:in|to|at|from) \\p{Lu}',
  custom: findPlacePhrases,
  maxLength: 96,
  examples: {
    match: ['The studio is based in Harrowgate Minor.', 'She is originally from Vessberg, and works here.', 'We arrived in Oxtrel by train.'],
    noMatch: ['I wrote it in Python', 'She works at Google', 'Give it to Maria', 'We moved to the new office', 'We moved to Kubernetes', 'We arrived at Step 3'],
  },
};
