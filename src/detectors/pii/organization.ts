// ORGANIZATION: an offline heuristic over word tokens (no NER model), with cue lists in
// data/organizations.ts (general knowledge, not from any evaluation set):
//   - a capitalised run ending in a legal form ("Acme Widgets Inc.", "Müller GmbH", "Smith & Co",
//     "Garcia, LLC") → 0.8;
//   - "& Sons" / "and Sons" / "& Partners" after a capitalised run → 0.75;
//   - "University of X", "Bank of X", "Ministry of X" … → 0.7;
//   - a capitalised run ending in an institutional noun ("Mercy Hospital", "Stanford University",
//     "Redwood Capital Group") → 0.6 (0.65 for universities, hospitals, banks, institutes, foundations);
//     a generic head ("Customer Services", "Working Group") or a Title Case heading line
//     ("## Managed Services") is not a name;
//   - very well-known companies and institutions by name → 0.7; names that are everyday words
//     (Apple, Amazon, Shell, Target) only after "at", "for", "joined", "by", "with" or before "Inc" → 0.65.
// Not covered: organisations named without any cue ("Acme announced …"), lower-case names, acronyms
// outside the list, non-Latin scripts.
import type { RawHit, Recognizer } from '../recognizer.ts';
import {
  AMBIGUOUS_ORGS, COMMA_SUFFIXES, GENERIC_ORG_HEADS, KNOWN_ORGS, LEGAL_SUFFIXES, ORG_NOUNS, ORG_PREFIX_NOUNS,
} from './data/organizations.ts';
import { buildGazetteer, CONNECTORS, gap, isNameGap, matchAt, onHeadingLine, prevWord, STOP, tokenList, type TokenList } from './tokens.ts';

const KNOWN = buildGazetteer<boolean>([...KNOWN_ORGS.map((n) => [n, false] as const), ...AMBIGUOUS_ORGS.map((n) => [n, true] as const)]);
const STRONG_NOUNS = new Set(['university', 'college', 'hospital', 'bank', 'institute', 'foundation', 'academy', 'universität', 'université', 'universidad', 'università']);
const FAMILY_SUFFIXES = new Set(['sons', 'daughters', 'partners', 'associates', 'brothers', 'bros', 'co', 'company', 'cie']);
const ORG_CONTEXT_BEFORE = new Set(['at', 'for', 'joined', 'join', 'by', 'with', 'from', 'acquired', 'employer', 'company']);
const MAX_RUN = 5;

/** Raw text of a (possibly dotted) abbreviation starting at token j: "S.p.A", "L.L.C"; returns [text, lastIndex]. */
function dotted(text: string, toks: TokenList, j: number): [string, number] {
  let s = toks.raw(j);
  let k = j;
  while (k + 1 < toks.length && dotBetween(text, toks, k) && toks.size(k + 1) <= 3) {
    k++;
    s += '.' + toks.raw(k);
  }
  return [s, k];
}

/** Length, first and last unit of text[start, end) as one number (exact units, no case folding). */
function unitKey(text: string, start: number, end: number): number {
  return (end - start) * 0x100000000 + text.charCodeAt(start) * 0x10000 + text.charCodeAt(end - 1);
}
/** unitKey of every legal form. */
const LEGAL_KEYS = new Set([...LEGAL_SUFFIXES].filter((w) => w.length > 0).map((w) => unitKey(w, 0, w.length)));

/** Whether exactly "." separates tokens k and k + 1. */
function dotBetween(text: string, toks: TokenList, k: number): boolean {
  return toks.start(k + 1) - toks.end(k) === 1 && text.charCodeAt(toks.end(k)) === 46;
}

/**
 * First index of the capitalised name run that ends at token `last` (connectors allowed inside,
 * leading stop words and connectors trimmed), or -1 when there is no name-like token.
 */
function nameRun(text: string, toks: TokenList, last: number): number {
  if (last < 0) return -1;
  let k = last;
  const ok = (i: number): boolean => (toks.cap(i) || (toks.digits(i) && toks.size(i) <= 4)) || CONNECTORS.has(toks.lower(i));
  if (!toks.cap(k) && !toks.digits(k)) return -1;
  let count = 1;
  while (k > 0 && count < MAX_RUN && ok(k - 1)) {
    if (!isNameGap(gap(text, toks, k))) break;
    k--;
    count++;
  }
  while (k <= last && (STOP.has(toks.lower(k)) || CONNECTORS.has(toks.lower(k)) || !toks.cap(k))) k++;
  return k <= last ? k : -1;
}

function allGeneric(toks: TokenList, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!GENERIC_ORG_HEADS.has(toks.lower(k)) && !CONNECTORS.has(toks.lower(k))) return false;
  return true;
}

export function findOrganizations(text: string): RawHit[] {
  const toks = tokenList(text);
  const cands: RawHit[] = [];
  for (let j = 0; j < toks.length; j++) {
    if (!toks.cap(j)) continue;
    const tStart = toks.start(j);
    const tEnd = toks.end(j);
    const tLower = toks.lower(j);
    // Known names.
    const known = matchAt(KNOWN, text, toks, j);
    if (known !== null) {
      const last = known.next - 1;
      const p = prevWord(text, toks, j, false);
      const nextLegal = known.next < toks.length && LEGAL_SUFFIXES.has(toks.raw(known.next));
      if (!known.phrase.data || ORG_CONTEXT_BEFORE.has(p) || nextLegal) {
        cands.push({ start: tStart, end: toks.end(last), score: known.phrase.data ? 0.65 : 0.7, note: 'known organisation' });
      }
    }
    // Legal-form suffix: the token itself, or a dotted abbreviation starting with it ("S.p.A"). Only
    // after another token; without a dot after it, only a token with a legal form's length, first and
    // last unit can be one (checked before making its string).
    const dot = j + 1 < toks.length && dotBetween(text, toks, j);
    const raw = j > 0 && (dot || LEGAL_KEYS.has(unitKey(text, tStart, tEnd))) ? text.slice(tStart, tEnd) : '';
    const [abbr, abbrEnd] = raw === '' ? ['', j] : dot ? dotted(text, toks, j) : [raw, j];
    if (raw !== '' && (LEGAL_SUFFIXES.has(abbr) || LEGAL_SUFFIXES.has(raw))) {
      const isDotted = LEGAL_SUFFIXES.has(abbr) && abbrEnd > j;
      const lastTok = isDotted ? abbrEnd : j;
      const word = isDotted ? abbr : raw;
      const g = gap(text, toks, j);
      const commaOk = COMMA_SUFFIXES.has(word) && (g === ', ' || g === ',');
      if (isNameGap(g) || commaOk) {
        const first = nameRun(text, toks, j - 1);
        if (first >= 0 && !(first === j - 1 && STOP.has(toks.lower(first)))) {
          let end = toks.end(lastTok);
          if (text[end] === '.' && (isDotted || word === 'Inc' || word === 'Co' || word === 'Corp' || word === 'Ltd' || word === 'Bros')) end++;
          cands.push({ start: toks.start(first), end, score: 0.8, note: 'legal form' });
          j = lastTok;
          continue;
        }
      }
    }
    // "& Sons", "and Partners".
    if (FAMILY_SUFFIXES.has(tLower) && j >= 1) {
      const g = gap(text, toks, j);
      const viaAnd = j >= 2 && toks.lower(j - 1) === 'and' && gap(text, toks, j - 1) === ' ' && g === ' ';
      if (g === ' & ' || g === '&' || viaAnd) {
        const first = nameRun(text, toks, viaAnd ? j - 2 : j - 1);
        if (first >= 0) {
          let end = tEnd;
          if (text[end] === '.' && tLower === 'co') end++;
          cands.push({ start: toks.start(first), end, score: 0.75, note: 'family firm' });
          continue;
        }
      }
    }
    if (!ORG_NOUNS.has(tLower)) continue;
    // "University of X": noun + of + capitalised run.
    let fwdEnd = -1;
    if (ORG_PREFIX_NOUNS.has(tLower) && toks.lower(j + 1) === 'of' && gap(text, toks, j + 1) === ' ') {
      let k = j + 2;
      if (toks.lower(k) === 'the' && gap(text, toks, k) === ' ') k++;
      let last = -1;
      while (k < toks.length && k - j < 7 && (toks.cap(k) || (last >= 0 && CONNECTORS.has(toks.lower(k)) && k + 1 < toks.length && toks.cap(k + 1))) && isNameGap(gap(text, toks, k))) {
        last = k;
        k++;
      }
      if (last >= 0) fwdEnd = last;
    }
    // "Stanford University", "Redwood Capital Group".
    let first = -1;
    if (j > 0 && isNameGap(gap(text, toks, j))) {
      first = nameRun(text, toks, j - 1);
      if (first >= 0 && allGeneric(toks, first, j - 1)) first = -1;
    }
    if (first < 0 && fwdEnd < 0) continue;
    const start = toks.start(first >= 0 ? first : j);
    const end = toks.end(fwdEnd >= 0 ? fwdEnd : j);
    // "## Managed Services": a Title Case heading, not a name.
    if (fwdEnd < 0 && onHeadingLine(text, start, end)) continue;
    const score = fwdEnd >= 0 ? 0.7 : STRONG_NOUNS.has(tLower) ? 0.65 : 0.6;
    cands.push({ start, end, score, note: fwdEnd >= 0 ? 'institution of place' : 'institutional noun' });
    if (fwdEnd >= 0) j = fwdEnd;
  }
  if (cands.length < 2) return cands;
  // One organisation per stretch of text: keep the strongest, then the longest.
  cands.sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: RawHit[] = [];
  for (const c of cands) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

export const recognizer: Recognizer = {
  id: 'organization',
  type: 'ORGANIZATION',
  patterns: [],
  prefilter: '\\p{Lu}',
  custom: findOrganizations,
  maxLength: 120,
  context: ['company', 'employer', 'organization', 'organisation', 'corporation', 'firm', 'works at', 'work at', 'employed by'],
  contextBoost: 0.1,
  examples: {
    match: ['I work at Acme Widgets Inc. in sales', 'Invoice from Müller GmbH', 'Contract with Garcia, LLC', 'Smith & Sons repaired the roof',
      'She studied at the University of Toronto', 'Admitted to Mercy Hospital', 'a job offer from Microsoft', 'He joined Amazon in 2019'],
    noMatch: ['call customer services', 'the working group met', 'an apple a day', 'The Group is large', 'we shipped it via Amazon rainforest routes'],
  },
};
