// NRP: nationality, religious or political group — sensitive personal data under GDPR art. 9 when it
// describes a person. Word lists in data/nrp.ts (general knowledge, not from any evaluation set).
//   - a capitalised demonym, religion or party word ("Nigerian", "Muslim", "Republican") → 0.55;
//     plural forms that name people ("Germans", "Catholics") → 0.6;
//   - with an identity context → 0.8: a people noun after it ("German woman", "Catholic family"), an
//     identity word near it (nationality, citizen, religion, descent, heritage, party, voter …), or a
//     copula before it ("I am Brazilian", "she is Hindu");
//   - words that are also languages, given names or everyday adjectives ("French", "Christian",
//     "Liberal", "Indian") are reported only with such context (0.65);
//   - a following noun that makes it a thing ("French fries", "Swiss cheese", "Indian Ocean") and a
//     language use ("in German", "speaks Spanish", "translate to French") are not reported.
// Not covered: lower-case uses, non-English words, nationality implied by other phrases.
import type { RawHit, Recognizer } from '../recognizer.ts';
import { AMBIGUOUS_NRP, DEMONYMS, NRP_BREAKERS, NRP_CONTEXT, POLITICAL, RELIGIONS } from './data/nrp.ts';
import { buildGazetteer, gap, matchAt, tokenList, type TokenList } from './tokens.ts';

type Group = 'nationality' | 'religion' | 'political';
const GAZ = buildGazetteer<Group>([
  ...DEMONYMS.map((d) => [d, 'nationality'] as const), ...RELIGIONS.map((r) => [r, 'religion'] as const),
  ...POLITICAL.map((p) => [p, 'political'] as const),
]);
const SINGLE = new Map<string, Group>();
for (const [first, list] of GAZ.byFirst) for (const p of list) if (p.tokens.length === 1) SINGLE.set(first, p.data);
const CONTEXT = new Set(NRP_CONTEXT);
const COPULA = new Set(['as', 'am', "i'm", 'i’m', 'is', 'are', 'was', 'were', 'be', 'being', 'become', 'became', 'becoming', "he's", "she's", "they're", 'identify', 'identifies', 'raised', 'proud', 'half', 'fellow']);
const LANGUAGE_USE = new Set(['in', 'into', 'speak', 'speaks', 'spoke', 'speaking', 'learn', 'learning', 'learned', 'learnt', 'translate',
  'translated', 'translating', 'translation', 'to', 'from', 'written', 'fluent', 'read', 'reads', 'write', 'writes', 'study', 'studying',
  'studied', 'teach', 'teaches', 'teaching', 'understand', 'understands', 'say', 'said', 'called', 'means', 'mean', 'word', 'the']);

function wordAt(toks: TokenList, i: number): string {
  return toks.lower(i); // '' past either end
}

function nearContext(text: string, toks: TokenList, first: number, last: number): boolean {
  // A people noun right after ("Kenyan woman", "Catholic family of four") or two words after ("Irish American family").
  if (CONTEXT.has(wordAt(toks, last + 1)) && gap(text, toks, last + 1).length <= 2) return true;
  if (CONTEXT.has(wordAt(toks, last + 2)) && gap(text, toks, last + 1) === ' ') return true;
  // Identity words before it ("nationality: German", "of Italian descent" handled above, "religion is Hindu").
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) if (CONTEXT.has(toks.lower(k))) return true;
  const p = wordAt(toks, first - 1);
  if (COPULA.has(p) && gap(text, toks, first).length <= 2) return true;
  if ((p === 'a' || p === 'an') && COPULA.has(wordAt(toks, first - 2))) return true;
  return false;
}

export function findNrp(text: string): RawHit[] {
  const toks = tokenList(text);
  const hits: RawHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks.cap(i)) continue;
    let group: Group | undefined;
    let last = i;
    let plural = false;
    const m = matchAt(GAZ, text, toks, i);
    if (m !== null) {
      group = m.phrase.data;
      last = m.next - 1;
    } else if (toks.lower(i).length > 4 && toks.lower(i).endsWith('s') && !toks.allCaps(i)) { // "Germans"; singular of at least 4 letters ("Hans" is not Han+s)
      group = SINGLE.get(toks.lower(i).slice(0, -1));
      plural = group !== undefined;
    }
    if (group === undefined) continue;
    const key = m !== null ? m.phrase.tokens.join(' ') : toks.lower(i).slice(0, -1);
    if (last + 1 < toks.length && NRP_BREAKERS.has(toks.lower(last + 1)) && gap(text, toks, last + 1) === ' ') { i = last; continue; }
    const ambiguous = AMBIGUOUS_NRP.has(key);
    const prev = wordAt(toks, i - 1);
    if (ambiguous && group === 'nationality' && LANGUAGE_USE.has(prev) && !plural) { i = last; continue; }
    const ctx = nearContext(text, toks, i, last);
    if (ambiguous && !ctx && !plural) { i = last; continue; }
    const score = ctx ? (ambiguous ? 0.65 : 0.8) : plural ? 0.6 : 0.55;
    hits.push({ start: toks.start(i), end: toks.end(last), score, note: `${group}${plural ? ' plural' : ''}${ctx ? ', identity context' : ''}` });
    i = last;
  }
  return hits;
}

export const recognizer: Recognizer = {
  id: 'nrp',
  type: 'NRP',
  patterns: [],
  prefilter: '\\p{Lu}\\p{Ll}',
  custom: findNrp,
  maxLength: 40,
  examples: {
    match: ['I am Brazilian', 'a Nigerian engineer', 'she is a devout Muslim', 'registered Republican voter', 'my French wife',
      'Germans love it', 'nationality: Kenyan'],
    noMatch: ['French fries please', 'translate this into German', 'the Indian Ocean', 'Christian Bale starred', 'speaks fluent Spanish',
      'Swiss cheese'],
  },
};
