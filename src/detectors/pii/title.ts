// TITLE: honorifics and job titles — quasi-identifiers that, next to a name or an employer, narrow
// down who someone is. Presidio's TITLE covers both; we keep precision by requiring structure:
//   - an abbreviated honorific directly before a capitalised name ("Dr. Smith", "Mrs Okafor",
//     "Prof. Lee") → 0.8; the span is the honorific (the name is PERSON);
//   - a word title before a capitalised name ("Professor Lee", "Senator Warren", "Captain Ahab") →
//     0.6, not when the next word makes it something else ("General Motors", "Major League"); titles
//     that are also ordinary words ("General", "Major", "Principal", "King") → 0.5, and not on a Title
//     Case heading line or after an article ("## Major Features", "the Principal Investigator");
//   - executive acronyms (CEO, CFO, CTO, …) → 0.55, "Chief … Officer", "Vice President" → 0.65;
//   - a job title from the list in data/titles.ts after a role phrase ("works as a senior software
//     engineer", "job title: nurse", "I'm a teacher") → 0.6, including up to three modifiers.
// Not covered: job titles without a role phrase, non-English titles other than the common honorifics.
import { compile, escapeLiteral } from '../../core/regex.ts';
import { foldsLikeAscii, literalGate, matchAllFast, shapeGate, type RawHit, type Recognizer } from '../recognizer.ts';
import { EXEC_ACRONYMS, JOB_MODIFIERS, JOB_NOUNS, ROLE_PHRASES, TITLE_BREAKERS, WEAK_WORD_TITLES, WORD_TITLES } from './data/titles.ts';
import { onHeadingLine, STOP, tokenList, type TokenList } from './tokens.ts';

const DETERMINERS = ['the ', 'a ', 'an ', 'our ', 'your ', 'its ', 'their ', 'his ', 'her ', 'this ', 'these ', 'my ', 'any ', 'no '];

const ABBREV = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Revd|Hon|Capt|Col|Gen|Lt|Sgt|Cpl|Fr|Sr|Sra|Srta|Mme|Mlle|Messrs|Dott|Dra|Herr|Frau|Monsieur|Madame|Señor|Señora|Sir|Dame|Lord|Lady';
const SRC_ABBREV = `\\b(?:${ABBREV})\\.? \\p{Lu}[\\p{L}'’\\-]*`;
const SRC_WORD = `\\b(?:${[...WORD_TITLES].join('|')}) \\p{Lu}[\\p{L}'’\\-]*`;
const SRC_CHIEF = '\\b(?:Chief (?:\\p{Lu}\\p{Ll}+ ){1,2}Officer|(?:Senior |Executive )?Vice[ -]President|Managing Director|General Manager|Executive Director|General Counsel)\\b';
const RE_ABBREV = compile('title/honorific', SRC_ABBREV);
const RE_WORD = compile('title/word', SRC_WORD);
const RE_CHIEF = compile('title/chief', SRC_CHIEF);
/** `ROLE_PHRASES.some((p) => lower.includes(p))` in one pass. */
const ROLE_GATE = literalGate('title/role_gate', ROLE_PHRASES);
/** One RE2.Set pass says which of the three shapes occur at all. */
const SHAPES = [{ source: SRC_ABBREV }, { source: SRC_WORD }, { source: SRC_CHIEF }];
const GATE = shapeGate('title/shapes', SHAPES);
/**
 * The engine also answers ROLE_GATE where foldsLikeAscii holds: there "the lower-cased text contains
 * a phrase" equals "the case-insensitive phrase alternation matches".
 */
const ENGINE_SHAPES = [...SHAPES, { source: ROLE_PHRASES.map(escapeLiteral).join('|'), caseInsensitive: true }];

export function findTitles(text: string, live: readonly boolean[] = GATE.live(text)): RawHit[] {
  const hits: RawHit[] = [];
  const honorific = (re: typeof RE_ABBREV, score: number, note: string, check: boolean): void => {
    for (const m of matchAllFast(re, text)) {
      const s = text.slice(m.start, m.end);
      const sp = s.indexOf(' ');
      const name = s.slice(sp + 1);
      if (STOP.has(name.toLowerCase())) continue;
      if (check && TITLE_BREAKERS.has(name.toLowerCase())) continue;
      const end = m.start + sp; // the dot stays: "Dr." is the title
      let sc = score;
      if (check && WEAK_WORD_TITLES.has(s.slice(0, sp))) {
        // "## Major Features", "the General Assembly": an ordinary capitalised word, not a title.
        if (onHeadingLine(text, m.start, m.end)) continue;
        const before = text.slice(Math.max(0, m.start - 6), m.start).toLowerCase();
        if (DETERMINERS.some((d) => before.endsWith(d))) continue;
        sc = 0.5;
      }
      hits.push({ start: m.start, end, score: sc, note });
    }
  };
  if (live[0]) honorific(RE_ABBREV, 0.8, 'honorific', false);
  if (live[1]) honorific(RE_WORD, 0.6, 'title before name', true);
  if (live[2]) for (const m of matchAllFast(RE_CHIEF, text)) hits.push({ start: m.start, end: m.end, score: 0.65, note: 'executive title' });

  const toks = tokenList(text);
  // Whether any role phrase occurs: a pure function of the text, computed on first need (most texts
  // hold no job noun, and the phrase scan reads the whole text ~30 times).
  let lower = '';
  let hasRole: boolean | undefined;
  // The engine said no role phrase occurs (text that folds like ASCII): every job noun would be
  // skipped below, so only the acronyms are looked for (the same hits, without testing each token as
  // a job noun).
  const noRole = live.length > 3 && !live[3] && foldsLikeAscii(text);
  for (let i = 0; i < toks.length; i++) {
    if (toks.allCaps(i) && EXEC_ACRONYMS.has(toks.raw(i))) {
      hits.push({ start: toks.start(i), end: toks.end(i), score: 0.55, note: 'executive acronym' });
      continue;
    }
    if (noRole || !maybeJobNoun(text, toks, i) || !JOB_NOUNS.has(toks.lower(i))) continue;
    if (hasRole === undefined) {
      // The engine's answer (text that folds like ASCII) spares lower-casing the whole text when no
      // phrase occurs.
      const known = live.length > 3 && foldsLikeAscii(text);
      if (!known) lower = text.toLowerCase();
      hasRole = known ? live[3] : ROLE_GATE.any(lower);
      if (hasRole && known) lower = text.toLowerCase();
    }
    if (!hasRole) continue;
    // Walk back over modifiers / compound words (max 3) to the role phrase.
    let k = i;
    while (k > 0 && i - k < 3 && (JOB_MODIFIERS.has(toks.lower(k - 1)) || JOB_NOUNS.has(toks.lower(k - 1)) || isCompound(toks.lower(k - 1)))
      && toks.gap(k) === ' ') k--;
    // Trim compound words that are not modifiers at the front if the role phrase is further back.
    let found = -1;
    for (let f = k; f <= i && found < 0; f++) if (roleBefore(lower, toks.start(f))) found = f;
    if (found < 0) continue;
    // Extend "engineer at"? No: the title ends at the job noun; a following job noun is joined ("software engineer manager").
    let e = i;
    while (e + 1 < toks.length && JOB_NOUNS.has(toks.lower(e + 1)) && toks.gap(e + 1) === ' ') e++;
    hits.push({ start: toks.start(found), end: toks.end(e), score: 0.6, note: 'job title after role phrase' });
    i = e;
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawHit[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev !== undefined && h.start < prev.end) { if (h.score > prev.score) out[out.length - 1] = { ...prev, score: h.score }; continue; }
    out.push(h);
  }
  return out;
}

/** Length, first and last unit of an ASCII word, as one number. */
function asciiKey(length: number, first: number, last: number): number {
  return length * 0x10000 + first * 0x100 + last;
}
/** asciiKey of every ASCII job noun (an ASCII token can only equal an ASCII noun). */
const JOB_KEYS = new Set<number>();
for (const w of JOB_NOUNS) {
  let ascii = true;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) ascii = false;
  if (ascii) JOB_KEYS.add(asciiKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1)));
}
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/**
 * False only when the token cannot be a job noun: an ASCII token whose lower-case length, first and
 * last letter match no ASCII noun. Spares making the lower-case text of most tokens.
 */
function maybeJobNoun(text: string, toks: TokenList, i: number): boolean {
  if (!toks.ascii(i)) return true;
  const start = toks.start(i);
  const end = toks.end(i);
  return JOB_KEYS.has(asciiKey(end - start, lowerAscii(text.charCodeAt(start)), lowerAscii(text.charCodeAt(end - 1))));
}

/** Lower-case words that can sit inside a job title ("software", "sales", "data"). */
function isCompound(w: string): boolean {
  return w.length >= 3 && w.length <= 14 && !STOP.has(w) && !ROLE_WORDS.has(w);
}
const ROLE_WORDS = new Set(['as', 'a', 'an', 'the', 'is', 'am', 'was', 'work', 'works', 'worked', 'working', 'title', 'position', 'role', 'occupation', 'profession', 'hired', 'promoted', 'job', 'to', 'our', 'their', 'his', 'her', 'my']);

/** Whether a role phrase ends right before offset `at` (allowing a/an/the after it). */
function roleBefore(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 24), at);
  return ROLE_PHRASES.some((p) => before.endsWith(p + ' ') || before.endsWith(p + ' a ') || before.endsWith(p + ' an ') || before.endsWith(p + ' the ') || (p.endsWith(':') && before.endsWith(p)));
}

export const recognizer: Recognizer = {
  id: 'title',
  type: 'TITLE',
  patterns: [],
  prefilter: `\\b(?:${ABBREV}|${[...WORD_TITLES].join('|')}|Chief|Vice|Managing|General|Executive|${[...EXEC_ACRONYMS].join('|')})\\b|(?i:\\b(?:works?|worked|working|employed|hired|promoted|title|position|role|occupation|profession|job|career|i'm|i’m|i am|i was|she is|he is|she was|he was|serves|served)\\b)`,
  custom: findTitles,
  shapes: ENGINE_SHAPES,
  maxLength: 60,
  contextBoost: 0.1,
  context: ['title', 'position', 'role'],
  examples: {
    match: ['Please ask Dr. Smith', 'Mrs Okafor called', 'meeting with Professor Lee', 'our CEO approved it', 'She works as a senior software engineer',
      'job title: nurse', 'Chief Technology Officer of the firm'],
    noMatch: ['General Motors shares rose', 'a major league game', 'the doctor is in', 'Dr. is short for doctor'],
  },
};
