// PERSON: an offline, dictionary-and-context heuristic (no NER model). A run of 1–4 capitalised
// tokens (Unicode letters, initials allowed) is a name when
//   - it follows an honorific (Mr, Mrs, Ms, Dr, Prof, …) → 0.75, or a naming phrase ("my name is",
//     "Dear", "signed", "regards,", "name:", "patient:") → 0.7;
//   - its first token is a common given name from the gazetteer below and at least one more
//     capitalised token follows (given + family name) → 0.6;
//   - its last token has a common surname ending (-son, -sen, -ová, -ski, -escu, -inen, …) in a
//     capitalised pair or triple → 0.5;
//   - it is a lone gazetteer given name → 0.5 (0.3 for names that are also common words: Will, May, Grace …).
// Not covered: names without context whose given name is not in the gazetteer, lower-case names,
// names in non-Latin scripts, organisations.
import { compile, escapeLiteral, matchAll } from '../../core/regex.ts';
import { asciiUnits, isAsciiText, literalGate, matchAllFast, type RawHit, type Recognizer } from '../recognizer.ts';
import { tokenList } from './tokens.ts';

const GIVEN = new Set((
  'aaron abdul abigail adam adrian ahmed aisha alan albert alejandro alex alexander alexandra alexis alfred ali alice alicia ' +
  'alison amanda amber amelia amir amy ana andrea andreas andrew andy angela anita ann anna anne annie anthony antonio arjun ' +
  'arthur ashley barbara ben benjamin bernard beth betty bill bob brandon brenda brian bruce camila carl carla carlos carmen ' +
  'carol caroline catherine charles charlie charlotte chen chloe chris christian christina christine christopher claire clara ' +
  'claudia craig daniel daniela danielle david deborah dennis diana diego dmitri donald donna dorothy douglas dylan edward ' +
  'elena eli elizabeth ella ellen emily emma eric erik ethan eva evelyn fatima felix fernando francesca francis frank ' +
  'fred gabriel gabriela gary george georgia gerald giulia giuseppe grace greg gregory hana hannah hans harold harry helen ' +
  'henry hiroshi hugo ian igor irene isabel isabella ivan jack jacob james jan jane janet jason javier jean jeff jennifer ' +
  'jeremy jessica jim joan joe johannes john jonathan jorge jose joseph joshua juan julia julian julie justin karen karin ' +
  'kate katherine kathleen kelly ken kenneth kevin kim klaus laura lauren lawrence leo leon liam lily linda lisa liu lorenzo ' +
  'louis lucas lucia luis luke maria marie mario mark martha martin mary mateo matteo matthew max maya megan mei michael ' +
  'michelle miguel mike mohammed muhammad nancy natalia natalie nathan nicholas nicole nina noah nora olga oliver olivia ' +
  'omar oscar pablo pamela patricia patrick paul paula pedro peter philip pierre priya rachel rafael rahul raj ralph rebecca ' +
  'richard rita robert roberto robin roger ronald rosa ruth ryan sam samantha samuel sandra sara sarah scott sean sebastian ' +
  'sergei sharon sofia sophia sophie stefan stephanie stephen steve steven susan svetlana tatiana teresa thomas tim timothy ' +
  'tom tony valentina vanessa victor victoria vincent walter wei william xavier yan yuki yusuf zoe ' +
  'carl sue jonas matthias johannes sara nicole ' +
  'ahmad akira aleksandr amit anders ane anja antoine astrid birgit björn chiara dominik elif emil emre fabian finn florian ' +
  'francesco frederik freya greta hamza hanna helga ines ingrid isak jens jonas jörg jürgen kai kasper lars lea leonie lina ' +
  'lukas magnus malik marco marta marek mateusz mehmet mia mikael milan mohamed nils noor ole pavel petra piotr rasmus ' +
  'renate sabine sanjay selin simon sven thijs tobias ursula vera wolfgang yara yasmin zeynep ' +
  'derek melanie todd logan gladys enrico marcela jodi ariana alma leif naomi bryan caitlyn caitlin maureen theodore sigrid philippe steffen yuri olga mathias hanne weronika miklós lukas kelly anthony hannah abby adele adriana agnes aiden alba albin aleksander alena alfonso alina alison allan alma alvaro amalia amelie anastasia andrei andrzej angelika anke annika anton antonia arne aron ashley audrey august aurora axel barbora bartosz beata beatriz bella benedikt bernd bianca blanca boris brigitte bruno camille carina carolina cecilia celine charlene chiara christa christoph cindy clemens colin connor cristina dagmar dalia damian daniela dario david debbie denise diego dieter dolores dominika doris edith edgar edwin eero eino einar eleanor elias elin elisa elise ellie elsa emilia enzo erika ernst esther eugen fabio federica felipe filip flora florence franz frida gabor gareth gemma georg gerard gert gianni gilbert gina giorgio gisela gloria gordon gunnar gustav györgy hakan hanna hector heidi heinz helena helmut henrik herbert hilda holger hugh ilona imre ingrid isaac ivana jakob jaroslav jasmine jenny jesper joakim joanna jocelyn joel johan jolanta jordan josef josefine judit judith julio jussi kalle karel karl katarzyna katja kazimierz kerstin kirsten klara kristina kurt lajos lars laszló lena leonard leopold liam lidia linnea lisbeth lorena lotta lucie ludwig luka lydia magdalena maja malin manfred manuel marcel margaret margit marianne marina marius markus marta martina marzena matilda maurice melinda mercedes mikko milos miriam monika morten nadia nadine natasha nicolas niklas nikolai noemi norbert oskar otto pascal patrik pekka per petr philippa pia pierre rainer ramon rebekka regina reinhard rené ricardo rikke rolf roman rosa rudolf sabrina salvatore sanna sascha selma siegfried silvia simone sofie sonja stanislav stella sten stig susanne sylvia tamara tanja teodor terje theo tibor tilde timo tina tomas tomasz torsten ulla ulrich ulrike valentin valeria vera veronika viktor vilhelm vincenzo viola vladimir werner wilhelm yvonne zdenek zofia zoltán zsófia '
).split(' '));

/** Length, first and last unit of an ASCII word, as one number. */
function asciiKey(length: number, first: number, last: number): number {
  return length * 0x10000 + first * 0x100 + last;
}
/** asciiKey of every ASCII given name: an ASCII word whose key is missing is no given name. */
const GIVEN_KEYS = new Set<number>();
for (const g of GIVEN) {
  let ascii = g.length > 0;
  for (let i = 0; i < g.length; i++) if (g.charCodeAt(i) >= 0x80) ascii = false;
  if (ascii) GIVEN_KEYS.add(asciiKey(g.length, g.charCodeAt(0), g.charCodeAt(g.length - 1)));
}
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
/** False only when text[start, end) is ASCII and its lower-case form cannot be a given name. */
function maybeGiven(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return GIVEN_KEYS.has(asciiKey(end - start, lowerCode(text.charCodeAt(start)), lowerCode(text.charCodeAt(end - 1))));
}

/** Given names that are also common words: alone they stay weak. */
const WORD_NAMES = new Set('will may mark grace bill rose max joy hope faith art jack sue pat ken ray dawn summer april june august frank grant lily ruby iris ivy crystal amber victor sterling page chase drew hunter king mason miles penny rich sky sunny young'.split(' '));

/** Common surname endings across European languages (second token of a capitalised pair). */
const SURNAME_SUFFIXES = ['son', 'sen', 'ová', 'ova', 'ski', 'ska', 'sky', 'ić', 'ich', 'vic', 'vich', 'escu', 'ini', 'elli', 'etti', 'enko', 'yan', 'ian', 'idis', 'poulos', 'berg', 'stein', 'mann', 'ez', 'ley', 'well', 'wood', 'ford', 'field', 'sson', 'nen', 'lä', 'ainen', 'inen', 'ák', 'ík', 'szky', 'czyk', 'wicz'];

const HONORIFICS = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam|Dame|Lord|Lady|Herr|Frau|Monsieur|Madame|Mme|Mlle|Señor|Señora|Sr|Sra';
const HONORIFIC_LIST = HONORIFICS.split('|');
const PHRASES = ['name is', 'dear', 'signed', 'regards,', 'sincerely,', 'name:', 'patient:', 'customer:', 'employee:', 'attn:'];
/** `HONORIFIC_LIST.some(includes)` / `PHRASES.some(includes)` in one pass each. */
const HONORIFIC_GATE = literalGate('person/honorific_gate', HONORIFIC_LIST);
const PHRASE_GATE = literalGate('person/phrase_gate', PHRASES);
/**
 * The same two gates as engine shapes (answered by the engine's one RE2.Set pass): a literal
 * alternation matches exactly where one of its literals occurs; the case-insensitive phrase
 * alternation equals "the lower-cased text contains a phrase" on ASCII text only (RE2 also folds
 * a few non-ASCII letters such as U+017F), so other text still uses PHRASE_GATE.
 */
const SHAPES = [{ source: HONORIFIC_LIST.map(escapeLiteral).join('|') }, { source: PHRASES.map(escapeLiteral).join('|'), caseInsensitive: true }];
const NAME_TOKEN = "\\p{Lu}[\\p{Ll}'’\\-]{1,30}|\\p{Lu}\\.?";
const NAME_RUN = `(?:${NAME_TOKEN})(?:[ ](?:${NAME_TOKEN})){0,3}`;
const RE_HONORIFIC = compile('person/honorific', `\\b(?:${HONORIFICS})\\.? (${NAME_RUN})`);
const RE_PHRASE = compile('person/phrase', `(?i:name is|dear|signed|regards,|sincerely,|name:|patient:|customer:|employee:|attn:)[ \\t\\r\\n]+(${NAME_RUN})`);
// The bare capitalised-run search (`\b${NAME_RUN}`, no capture group) used to be an RE2 pass; its
// Unicode classes inside counted repetitions make the RE2 automaton large and each match costly, and
// it matches at almost every capital letter. `nextRun` below is a hand-written scanner that returns
// exactly the matches RE2 returned (leftmost-first, greedy, non-overlapping; `\b` on ASCII word
// characters as in RE2), in one linear pass with no per-match native call. Text with lone surrogates
// (malformed; core/regex.ts hands RE2 a copy with U+FFFD in their place) keeps the RE2 pass, RE_RUN,
// so that rare case does not depend on the scanner modelling that replacement.
const RE_RUN = compile('person/run', `\\b${NAME_RUN}`); // no capture group: submatch extraction is the slow path

/** Character classes of code points, decided by RE2 itself (so they follow RE2's Unicode tables). */
const RE_LU = compile('person/lu', '^\\p{Lu}$');
const RE_LL = compile('person/ll', '^\\p{Ll}$');
const CLASS_OTHER = 1;
const CLASS_LU = 2;
const CLASS_LL = 3;
/** BMP class cache (0 = not yet known); astral code points go to a bounded Map. Lifetime: process. */
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return CLASS_OTHER; // a lone surrogate reaches RE2 as U+FFFD
  const ch = String.fromCodePoint(cp);
  if (matchAll(RE_LU, ch).length > 0) return CLASS_LU;
  if (matchAll(RE_LL, ch).length > 0) return CLASS_LL;
  return CLASS_OTHER;
}

/** Class of the code point starting at `i` (a lone or trailing surrogate is OTHER). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 65 && c <= 90 ? CLASS_LU : c >= 97 && c <= 122 ? CLASS_LL : CLASS_OTHER;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let k = astralClass.get(cp);
      if (k === undefined) {
        k = classify(cp);
        if (astralClass.size < 65536) astralClass.set(cp, k);
      }
      return k;
    }
  }
  let k = bmpClass[c];
  if (k === 0) {
    k = classify(c);
    bmpClass[c] = k;
  }
  return k;
}

/** UTF-16 width of the code point starting at `i`. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** RE2's \w: ASCII letters, digits and underscore (non-ASCII is never a word byte). */
function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** End of one NAME_TOKEN starting at `i`, where an upper-case letter is known to start. */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + widthAt(text, i);
  const after = j;
  let count = 0;
  while (j < n && count < 30) {
    const c = text.charCodeAt(j);
    if (c === 39 || c === 0x2019 || c === 45) { j++; count++; continue; }
    if (classAt(text, j) !== CLASS_LL) break;
    j += widthAt(text, j);
    count++;
  }
  if (count > 0) return j; // first alternative: capital + 1..30 lower-case letters / ' ’ -
  return after < n && text.charCodeAt(after) === 46 ? after + 1 : after; // second: capital + optional dot
}

/**
 * The next match of `\b${NAME_RUN}` at or after `from` as [start, end, tokens] (false when there is
 * none). `out` is reused; out[2] is the number of name tokens in the run (1–4).
 * Equivalent to the RE2 search it replaces: the pattern ends with an optional greedy repetition, so the
 * first match at the leftmost start is the greedy walk below.
 */
function nextRun(text: string, from: number, out: [number, number, number], starts: RunStarts | null): boolean {
  const n = text.length;
  let p = from;
  if (starts !== null) {
    // ASCII text: jump to the next possible start (see runStarts) instead of testing every unit.
    while (starts.next < starts.at.length && starts.at[starts.next] < from) starts.next++;
    if (starts.next >= starts.at.length) return false;
    p = starts.at[starts.next++];
  } else {
    for (; p < n; p++) {
      const c = text.charCodeAt(p);
      if (c < 0x80 ? !(c >= 65 && c <= 90) : classAt(text, p) !== CLASS_LU) continue;
      // \b: the ASCII-word-ness of the previous character must differ from this one's.
      const prevWord = p > 0 && isAsciiWord(text.charCodeAt(p - 1));
      if (prevWord === (c < 0x80)) continue;
      break;
    }
    if (p >= n) return false;
  }
  let e = tokenEnd(text, p);
  let k = 0;
  for (; k < 3; k++) {
    if (e + 1 >= n || text.charCodeAt(e) !== 32 || classAt(text, e + 1) !== CLASS_LU) break;
    e = tokenEnd(text, e + 1);
  }
  out[0] = p;
  out[1] = e;
  out[2] = k + 1;
  return true;
}

/** The possible run starts of an ASCII text, ascending, with a cursor for nextRun. */
interface RunStarts {
  readonly at: readonly number[];
  next: number;
}

/**
 * Where a run can start in an ASCII text: an A–Z unit after a unit that is not an ASCII word unit
 * (or at 0). Every such unit lies in a word token (tokens.ts); it either starts the token (then the
 * unit before it is no letter or digit, and must not be "_") or follows a joining ' or - inside it
 * (the token list records those). Inside a token, every other unit follows a letter or digit. So the
 * list is exactly the units nextRun's unit-by-unit test accepts, read off the shared token list.
 */
function runStarts(text: string): RunStarts | null {
  if (asciiUnits(text) === null) return null;
  const toks = tokenList(text);
  const joined = toks.joinedCaps;
  const at: number[] = [];
  let j = 0;
  for (let i = 0; i < toks.length; i++) {
    const s = toks.start(i);
    while (j < joined.length && joined[j] < s) at.push(joined[j++]);
    if (toks.cap(i) && (s === 0 || text.charCodeAt(s - 1) !== 95)) at.push(s);
  }
  while (j < joined.length) at.push(joined[j++]);
  return { at, next: 0 };
}

/** Street-name words that precede capitalised names in addresses (Via Roma, Rue Victor Hugo …). */
const STREET_WORDS = new Set(['Via', 'Viale', 'Vicolo', 'Piazza', 'Corso', 'Rue', 'Avenue', 'Calle', 'Avenida', 'Rua', 'Travessa', 'Street', 'Road', 'Plaza', 'Praça', 'Boulevard', 'Place', 'Lane', 'Drive', 'Saint', 'St', 'Santa', 'San', 'Mount', 'Lake', 'Port', 'Fort', 'North', 'South', 'East', 'West', 'New']);
/** Common words that happen to end like surnames. */
const NOT_SURNAME_ENDINGS = ['person', 'eason', 'esson', 'rison', 'oison', 'aison', 'ization', 'isation'];

const STOP = new Set(['I', 'The', 'A', 'An', 'This', 'That', 'It', 'We', 'You', 'He', 'She', 'They', 'Please', 'Thanks', 'Thank', 'Hi', 'Hello', 'Dear', 'Team', 'All', 'Sir', 'Madam', 'Here', 'There', 'Not', 'Just', 'Happy', 'Sorry', 'Good', 'Yes', 'No']);

function trimRun(text: string, start: number, end: number): [number, number] | null {
  // Drop trailing initials-only tokens and leading stop words.
  let s = text.slice(start, end);
  const tokens = s.split(' ');
  while (tokens.length > 0 && STOP.has(tokens[0])) tokens.shift();
  while (tokens.length > 1 && tokens[tokens.length - 1].length <= 2) tokens.pop();
  if (tokens.length === 0 || tokens[0].length < 2) return null;
  s = tokens.join(' ');
  const off = text.indexOf(s, start);
  return off < 0 ? null : [off, off + s.length];
}

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text[i];
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '@' || c === '_' || text.charCodeAt(i) >= 0xc0;
}

/**
 * Every match of the bare capitalised-run pattern `\b${NAME_RUN}` in `text`, as [start, end) pairs,
 * leftmost first and non-overlapping, from the scanner findPersons uses (exported so tests can hold it
 * to the RE2 pattern it replaces). Pure.
 */
export function capitalisedRuns(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text.isWellFormed()) {
    for (const r of matchAll(RE_RUN, text)) out.push([r.start, r.end]);
    return out;
  }
  const m: [number, number, number] = [0, 0, 0];
  const starts = runStarts(text);
  for (let from = 0; nextRun(text, from, m, starts); from = m[1]) out.push([m[0], m[1]]);
  return out;
}

export function findPersons(text: string, live?: readonly boolean[]): RawHit[] {
  const hits: RawHit[] = [];
  const covered = new Uint8Array(text.length);
  const add = (start: number, end: number, score: number, note: string): void => {
    for (let i = start; i < end; i++) if (covered[i] === 1) return;
    covered.fill(1, start, end);
    hits.push({ start, end, score, note });
  };
  const grab = (full: { start: number; end: number; groups: readonly (string | undefined)[] }): [number, number] | null => {
    const g = full.groups[0];
    if (g === undefined) return null;
    const s = full.start + text.slice(full.start, full.end).lastIndexOf(g);
    return trimRun(text, s, s + g.length);
  };
  // Cheap literal gates first: each regex pass costs a few microseconds per match.
  if (live !== undefined && text.isWellFormed() ? live[0] : HONORIFIC_GATE.any(text)) {
    for (const m of matchAllFast(RE_HONORIFIC, text)) {
      const r = grab(m);
      if (r !== null) add(r[0], r[1], 0.75, 'honorific');
    }
  }
  if (live !== undefined && isAsciiText(text) ? live[1] : PHRASE_GATE.any(text.toLowerCase())) {
    for (const m of matchAllFast(RE_PHRASE, text)) {
      const r = grab(m);
      if (r !== null) add(r[0], r[1], 0.7, 'naming phrase');
    }
  }
  let count = 0;
  // Well-formed text walks the scanner directly (no array of runs); other text takes capitalisedRuns.
  const runs = text.isWellFormed() ? null : capitalisedRuns(text);
  const m: [number, number, number] = [0, 0, 0];
  const starts = runs === null ? runStarts(text) : null;
  let ri = 0;
  for (let from = 0; ; ) {
    let runStart: number;
    let runEnd: number;
    let single: boolean;
    if (runs === null) {
      if (!nextRun(text, from, m, starts)) break;
      runStart = m[0];
      runEnd = m[1];
      single = m[2] === 1;
      from = runEnd;
    } else {
      if (ri >= runs.length) break;
      [runStart, runEnd] = runs[ri++];
      single = false;
    }
    if (++count > 5000) break;
    if (single) {
      // A one-token run (most are: sentence-initial words). The same decisions as the general path
      // below: trimRun keeps it whole unless it is a stop word or one letter long, and only the
      // given-name rule can apply to a single token. Every test here only rejects, so the cheapest
      // (a word that cannot be a given name) goes first.
      if (!maybeGiven(text, runStart, runEnd)) continue;
      const s = text.slice(runStart, runEnd);
      if (s.length < 2 || STOP.has(s)) continue;
      if (isWordChar(text, runEnd) || isWordChar(text, runStart - 1)) continue;
      const first = s.toLowerCase();
      if (!GIVEN.has(first)) continue;
      add(runStart, runEnd, WORD_NAMES.has(first) ? 0.3 : 0.5, 'given name');
      continue;
    }
    const r = trimRun(text, runStart, runEnd);
    if (r === null) continue;
    if (isWordChar(text, r[1]) || isWordChar(text, r[0] - 1)) continue; // part of a longer token (UtaKortig@…)
    const run = text.slice(r[0], r[1]);
    const tokens = run.split(' ');
    const first = tokens[0].toLowerCase();
    if (!GIVEN.has(first)) {
      // Unknown given name: a capitalised pair whose last token has a common surname ending.
      const last = tokens[tokens.length - 1].toLowerCase();
      if (tokens.length >= 2 && tokens.length <= 3 && last.length >= 5 && SURNAME_SUFFIXES.some((x) => last.endsWith(x)) &&
        !NOT_SURNAME_ENDINGS.some((x) => last.endsWith(x)) && !STOP.has(tokens[0]) && !STREET_WORDS.has(tokens[0])) {
        add(r[0], r[1], 0.5, 'capitalised pair + surname ending');
      }
      continue;
    }
    if (tokens.length >= 2) add(r[0], r[1], 0.6, 'given name + surname');
    else add(r[0], r[1], WORD_NAMES.has(first) ? 0.3 : 0.5, 'given name');
  }
  return hits;
}

export const recognizer: Recognizer = {
  id: 'person',
  type: 'PERSON',
  patterns: [],
  prefilter: '\\p{Lu}\\p{Ll}',
  custom: findPersons,
  shapes: SHAPES,
  maxLength: 4 * 32,
  context: ['name', 'patient', 'customer', 'employee', 'client', 'contact'],
  contextBoost: 0.1,
  examples: {
    match: ['Please contact Dr. Anna Schmidt about it', 'my name is Julieta Souza', 'Sarah Connor will attend', 'Dear Mr Okonkwo,'],
    noMatch: ['the weather is nice today', 'Thank You for your Order'],
  },
};
