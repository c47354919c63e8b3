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
import { isAsciiWord, ownCodeUnits } from '../../core/units.ts';
import { asciiUnits, foldsLikeAscii, isAsciiText, literalGate, matchAllFast, type RawHit, type Recognizer } from '../recognizer.ts';
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
  'derek melanie todd logan gladys enrico marcela jodi ariana alma leif naomi bryan caitlyn caitlin maureen theodore sigrid philippe steffen yuri olga mathias hanne weronika miklós lukas kelly anthony hannah abby adele adriana agnes aiden alba albin aleksander alena alfonso alina alison allan alma alvaro amalia amelie anastasia andrei andrzej angelika anke annika anton antonia arne aron ashley audrey august aurora axel barbora bartosz beata beatriz bella benedikt bernd bianca blanca boris brigitte bruno camille carina carolina cecilia celine charlene chiara christa christoph cindy clemens colin connor cristina dagmar dalia damian daniela dario david debbie denise diego dieter dolores dominika doris edith edgar edwin eero eino einar eleanor elias elin elisa elise ellie elsa emilia enzo erika ernst esther eugen fabio federica felipe filip flora florence franz frida gabor gareth gemma georg gerard gert gianni gilbert gina giorgio gisela gloria gordon gunnar gustav györgy hakan hanna hector heidi heinz helena helmut henrik herbert hilda holger hugh ilona imre ingrid isaac ivana jakob jaroslav jasmine jenny jesper joakim joanna jocelyn joel johan jolanta jordan josef josefine judit judith julio jussi kalle karel karl katarzyna katja kazimierz kerstin kirsten klara kristina kurt lajos lars laszló lena leonard leopold liam lidia linnea lisbeth lorena lotta lucie ludwig luka lydia magdalena maja malin manfred manuel marcel margaret margit marianne marina marius markus marta martina marzena matilda maurice melinda mercedes mikko milos miriam monika morten nadia nadine natasha nicolas niklas nikolai noemi norbert oskar otto pascal patrik pekka per petr philippa pia pierre rainer ramon rebekka regina reinhard rené ricardo rikke rolf roman rosa rudolf sabrina salvatore sanna sascha selma siegfried silvia simone sofie sonja stanislav stella sten stig susanne sylvia tamara tanja teodor terje theo tibor tilde timo tina tomas tomasz torsten ulla ulrich ulrike valentin valeria vera veronika viktor vilhelm vincenzo viola vladimir werner wilhelm yvonne zdenek zofia zoltán zsófia ' +
  // More given names across languages (general knowledge; none taken from an evaluation set).
  'aaliyah abel ada adil adolfo agata agustín aida aiko aleksandra aleksei alessandro alessia alexei alfredo alicja alvaro ' +
  'amadou amal amina amira anabel anders andré andrés angel ángel angelo anil aniela annette anouk antonín araceli ariel arturo ' +
  'asha ashok asif aslan aya ayumi baptiste beatrix benoît berit bettina birgitta bjørn bogdan borja brendan bridget camilo ' +
  'carlo carmela casimir catarina cecília cédric cesar césar chantal cheng chiamaka chidi ching chloé claude constantin corinne ' +
  'cristian cyril dag daisuke dana daniele daria darius dawid dimitri dimitris dina dirk dolores domenico dragan duarte dušan ' +
  'eduardo efrain ekaterina elżbieta emeka emilio emma ennio esteban estelle ester eugenia eugenio evgeny ewa fabiola farah ' +
  'farid fatma federico felicia fernanda filipa francisco françois frédéric gaston geert gerardo gerhard giacomo gilles giovanni ' +
  'goran gonzalo graciela guadalupe guido guillaume gustavo gwen haruto hassan hayato heike helmi hideo hilde hiroko hugues ' +
  'ibrahim ignacio ilse ilya inga ingeborg ioana ioannis irina isidro ismael itzel ivo jacek jacques jaime jana janne janusz ' +
  'jaroslava jasper javiera jelena jeroen jiri jiří joao joão joaquim joaquín joost jovan juana jules julien jun junichi ' +
  'kaito kamal karim karina karolina kasia katarina kateřina kazuki keiko kenji kerttu khaled kiril kirsi kofi kristian ' +
  'kristof krzysztof kwame laila larissa laurent leandro leila leonardo leonor liesbeth lieve liliana linh lionel liv ' +
  'loreto lorraine luc luciana luciano ludmila luigi luisa lukasz łukasz lutz luz madeleine mads mahmoud maik manon manuela ' +
  'marcelo marcin marcos marek margarida margarita marianna mariano mariusz marketa markéta marko marlene marta marthe ' +
  'matej matías matija matteo maurício maximilian mehdi merel michal michał michiel mihai mihail miia mikhail milena ' +
  'mircea mirela mirjam miroslav mohammad moritz nadja naoki naoko natalija nicola nicolás nikola nikolaj nikos nils nina ' +
  'noel nuno océane olaf olena oleg olga olivier orlando osvaldo otávio paolo pasquale patrícia pawel paweł pedro pelle ' +
  'petar petra philipp pilar quentin radek radu rafał raquel raúl reza ricarda riccardo rinaldo roberta rodrigo rogelio ' +
  'rolando romain rosalia rosario rubén rui ruslan sakura salma samira sandro santiago sara saskia satoshi sebastián ' +
  'serena sergio severin shinji shota sigrun silke siobhan siv slavko sofía solveig soraya stanisław stefania stefano ' +
  'stepan sune susana sverre sylwia taro tereza thiago thierry tiago tomás tomoko torben trine ulf valentina valérie ' +
  'vasile vasily veronica vesna vicente vilma vítor vittorio vojtěch wenche wiktor willem wim xiaoming yannick yasmina ' +
  'yelena yoshiko youssef yulia yusuke zainab zbigniew zdeňka zlatan zora zuzana ' +
  'abbie alana alexa allison alyssa andrea angie annabelle ashton austin bailey barry becky bonnie bradley brett brooke ' +
  'calvin cameron candice carly carter cassandra chad chelsea cheryl clifford cody colleen conor courtney curtis dale ' +
  'darren dean deanna destiny devin dominic duncan dustin eddie elaine elliot erin ernest eugene evan faye floyd gavin ' +
  'gerry gina glen glenn gwendolyn harvey heather holly howard isaiah jake jamie jared jeanette jenna jerome jesse ' +
  'jill joanne jody josh joy joyce kaitlyn karl kathryn katie keith kendra kerry kirk kristen kyle lance leah lee ' +
  'leroy lindsay lindsey lloyd lonnie lucy lydia mandy marcus marilyn marjorie marvin melissa meredith mitchell molly ' +
  'monica morgan nathaniel neil nelson norma norman owen paige pauline peggy perry phyllis preston randall randy ' +
  'regina reginald rhonda ricky riley roberta rodney ronnie roxanne russell sabrina sally seth shane shannon sheila ' +
  'shelby shirley sidney stacy stanley stuart tamara tammy tanya terrence terry tiffany tracy travis trevor troy ' +
  'tyler valerie vernon vicki wade wanda warren wayne wendy wesley whitney willie yolanda zachary'
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
  if (!isAsciiText(text)) for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return GIVEN_KEYS.has(asciiKey(end - start, lowerCode(text.charCodeAt(start)), lowerCode(text.charCodeAt(end - 1))));
}

/** Given names that are also common words: alone they stay weak. */
const WORD_NAMES = new Set('will may mark grace bill rose max joy hope faith art jack sue pat ken ray dawn summer april june august frank grant lily ruby iris ivy crystal amber victor sterling page chase drew hunter king mason miles penny rich sky sunny young'.split(' '));

/** Common surname endings across European languages (second token of a capitalised pair). */
const SURNAME_SUFFIXES = ['son', 'sen', 'ová', 'ova', 'ski', 'ska', 'sky', 'ić', 'ich', 'vic', 'vich', 'escu', 'ini', 'elli', 'etti', 'enko', 'yan', 'ian', 'idis', 'poulos', 'berg', 'stein', 'mann', 'ez', 'ley', 'well', 'wood', 'ford', 'field', 'sson', 'nen', 'lä', 'ainen', 'inen', 'ák', 'ík', 'szky', 'czyk', 'wicz',
  // Slavic, Caucasian, Nordic, Greek, Turkish, Hungarian, Iberian patterns.
  'ov', 'ev', 'eva', 'yev', 'yeva', 'ovic', 'ović', 'evic', 'ević', 'ovich', 'evich', 'ovna', 'evna', 'dze', 'shvili', 'dóttir', 'dottir',
  'sdóttir', 'akis', 'opoulos', 'oglu', 'oğlu', 'chuk', 'czak', 'ańska', 'ański', 'ewska', 'owska', 'ewski', 'owski', 'ássy', 'ényi', 'őrös',
  'quez', 'anes', 'eira', 'inho', 'elo', 'ucci', 'acci', 'etto', 'otti', 'uzzi', 'vič', 'ström', 'strom', 'qvist', 'kvist', 'lund', 'gren', 'blad',
  'illo', 'ález', 'ánez', 'ópez'];

const HONORIFICS = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam|Dame|Lord|Lady|Herr|Frau|Monsieur|Madame|Mme|Mlle|Señor|Señora|Sr|Sra';
const HONORIFIC_LIST = HONORIFICS.split('|');
const PHRASES = ['name is', 'dear', 'signed', 'regards,', 'sincerely,', 'name:', 'patient:', 'customer:', 'employee:', 'attn:', 'name?', "i'm", 'i am', 'call me', 'name’s', "name's"];
/** `HONORIFIC_LIST.some(includes)` / `PHRASES.some(includes)` in one pass each. */
const HONORIFIC_GATE = literalGate('person/honorific_gate', HONORIFIC_LIST);
const PHRASE_GATE = literalGate('person/phrase_gate', PHRASES);
/**
 * The same two gates as engine shapes (answered by the engine's one RE2.Set pass): a literal
 * alternation matches exactly where one of its literals occurs; the case-insensitive phrase
 * alternation equals "the lower-cased text contains a phrase" where foldsLikeAscii says so (not
 * where RE2 or lower-casing maps a non-ASCII letter such as U+017F onto ASCII); other text still
 * uses PHRASE_GATE.
 */
const SHAPES = [{ source: HONORIFIC_LIST.map(escapeLiteral).join('|') }, { source: PHRASES.map(escapeLiteral).join('|'), caseInsensitive: true }];
const NAME_TOKEN = "\\p{Lu}[\\p{Ll}'’\\-]{1,30}|\\p{Lu}\\.?";
const NAME_RUN = `(?:${NAME_TOKEN})(?:[ ](?:${NAME_TOKEN})){0,3}`;
const RE_HONORIFIC = compile('person/honorific', `\\b(?:${HONORIFICS})\\.? (${NAME_RUN})`);
const RE_PHRASE = compile('person/phrase', `(?i:name is|dear|signed|regards,|sincerely,|name:|patient:|customer:|employee:|attn:|name\\?|i'm|i am|call me|name's|name’s)[ \\t\\r\\n]+(${NAME_RUN})`);
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
 * first match at the leftmost start is the greedy walk below, from the first possible start (see
 * runStarts) at or after `from`.
 */
function nextRun(text: string, from: number, out: [number, number, number], starts: RunStarts): boolean {
  const n = text.length;
  while (starts.next < starts.at.length && starts.at[starts.next] < from) starts.next++;
  if (starts.next >= starts.at.length) return false;
  const p = starts.at[starts.next++];
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

/** The possible run starts of a well-formed text, ascending, with a cursor for nextRun. */
interface RunStarts {
  readonly at: readonly number[];
  next: number;
}

/**
 * Where a run can start: an upper-case letter (\p{Lu}) where `\b` holds, which RE2 decides on ASCII
 * word units: an A–Z unit after a unit that is not an ASCII word unit (or at 0), a non-ASCII capital
 * after one that is. Other text is read unit by unit from a copy of its units. In ASCII text the
 * list is read off the shared token list instead: every A–Z unit after a non-word unit lies in a word
 * token (tokens.ts); it either starts the token (then the unit before it is no letter or digit, and
 * must not be "_") or follows a joining ' or - inside it (the token list records those), and inside a
 * token every other unit follows a letter or digit.
 */
function runStarts(text: string): RunStarts {
  const at: number[] = [];
  if (asciiUnits(text) === null) {
    const u = ownCodeUnits(text);
    for (let p = 0; p < u.length; p++) {
      const c = u[p];
      if (c < 0x80 ? !(c >= 65 && c <= 90) : classAt(text, p) !== CLASS_LU) continue;
      // \b: the ASCII-word-ness of the previous unit must differ from this one's.
      if ((p > 0 && isAsciiWord(u[p - 1])) !== (c < 0x80)) at.push(p);
    }
    return { at, next: 0 };
  }
  const toks = tokenList(text);
  const joined = toks.joinedCaps;
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

/** Address unit words that follow a name in a one-line address ("Cindy Holinka Apt. 117"): not part of it. */
const UNIT_WORDS = new Set(['Apt', 'Apt.', 'Suite', 'Unit', 'Ste', 'Ste.', 'Flat', 'Box', 'PSC']);

function trimRun(text: string, start: number, end: number): [number, number] | null {
  // Drop trailing initials-only tokens and leading stop words.
  let s = text.slice(start, end);
  const tokens = s.split(' ');
  while (tokens.length > 0 && STOP.has(tokens[0])) tokens.shift();
  while (tokens.length > 1 && (tokens[tokens.length - 1].length <= 2 || UNIT_WORDS.has(tokens[tokens.length - 1]))) tokens.pop();
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
  // Units already inside a hit; made on the first hit (most texts have none, and a typed array per
  // text was a visible share of the scan).
  let covered: Uint8Array | null = null;
  const add = (start: number, end: number, score: number, note: string): void => {
    if (covered === null) covered = new Uint8Array(text.length);
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
  if (live !== undefined && foldsLikeAscii(text) ? live[1] : PHRASE_GATE.any(text.toLowerCase())) {
    for (const m of matchAllFast(RE_PHRASE, text)) {
      const r = grab(m);
      if (r === null) continue;
      // "I'm Going to …", "call me Maybe": after these a lone capitalised word must be a known given name.
      const head = text.slice(m.start, m.start + 7).toLowerCase();
      if ((head.startsWith("i'm") || head.startsWith('i am') || head.startsWith('call me')) && !text.slice(r[0], r[1]).includes(' ') &&
        !GIVEN.has(text.slice(r[0], r[1]).toLowerCase())) continue;
      add(r[0], r[1], 0.7, 'naming phrase');
    }
  }
  // Well-formed text walks the scanner directly (no array of runs); other text takes capitalisedRuns.
  const runs = text.isWellFormed() ? null : capitalisedRuns(text);
  const m: [number, number, number] = [0, 0, 0];
  const starts: RunStarts = runs === null ? runStarts(text) : { at: [], next: 0 };
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
      // The same split as the scanner's: a run without a space is one token and takes the one-token
      // rules, so malformed text (a lone surrogate anywhere) gets the findings its well-formed parts get.
      single = !text.slice(runStart, runEnd).includes(' ');
    }
    if (single) {
      // A one-token run (most are: sentence-initial words). The same decisions as the general path
      // below: trimRun keeps it whole unless it is a stop word or one letter long, and only the
      // given-name rule can apply to a single token. Every test here only rejects, so the cheapest
      // (a word that cannot be a given name) goes first.
      if (runEnd - runStart >= 3 && (text[runEnd] === ',' || text[runEnd] === '!') && !STOP.has(text.slice(runStart, runEnd)) && vocative(text, runStart, runEnd)) {
        add(runStart, runEnd, 0.5, 'addressed by name');
        continue;
      }
      if (runEnd - runStart >= 3 && sentenceStart(text, runStart) && singleVerbAfter(text, runEnd) && !STOP.has(text.slice(runStart, runEnd))) {
        add(runStart, runEnd, 0.5, 'name + person verb');
        continue;
      }
      if (runStart > 0 && text.charCodeAt(runStart - 1) === 32 && runEnd - runStart >= 3 && cueBefore(text, runStart) &&
        !isWordChar(text, runEnd) && !STOP.has(text.slice(runStart, runEnd)) && !STREET_WORDS.has(text.slice(runStart, runEnd))) {
        add(runStart, runEnd, 0.55, 'person noun before');
        continue;
      }
      // "Franciska's kid": the run scanner keeps the "'s" inside the token.
      const pe = runEnd - 2 > runStart && text[runEnd - 1] === 's' && (text[runEnd - 2] === "'" || text[runEnd - 2] === '’') ? runEnd - 2 : runEnd;
      if (pe - runStart >= 3 && possessedAfter(text, pe, KIN) && !isWordChar(text, runStart - 1) && !STOP.has(text.slice(runStart, pe)) &&
        !STREET_WORDS.has(text.slice(runStart, pe))) {
        add(runStart, pe, 0.5, "name's relative");
        continue;
      }
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
    // "Joaquin Suarez 2906", "Victor Hugo u. 49": a run followed by a house number names a street.
    if (houseNumberAfter(text, r[1])) continue;
    if (!GIVEN.has(first)) {
      if (STOP.has(tokens[0]) || STREET_WORDS.has(tokens[0]) || tokens[0].length < 2) continue;
      // "Hi Christin," (the run scanner joins the greeting to the name; trimRun dropped it).
      if (tokens.length === 1 && r[1] - r[0] >= 3 && (text[r[1]] === ',' || text[r[1]] === '!') && vocative(text, r[0], r[1])) {
        add(r[0], r[1], 0.5, 'addressed by name');
        continue;
      }
      // "Lara Pottinger\n\n3247 Rua …": a name alone on the first line of a contact card or address block.
      if (tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => t.length >= 2 && !t.endsWith('.')) && firstLineOfCard(text, r[0], r[1])) {
        add(r[0], r[1], 0.45, 'name line of a contact block');
        continue;
      }
      // "Janka M. Szász", "Ravil G Yefimov": given name, middle initial, family name.
      if (tokens.length === 3 && isInitial(tokens[1]) && tokens[2].length >= 2 && !tokens[0].endsWith('.') && !tokens[2].endsWith('.')) {
        add(r[0], r[1], 0.6, 'name with middle initial');
        continue;
      }
      // "producer Liviana Palerma", "assistant to Asya Godina", "called Brosca Erdôs".
      if (tokens.length <= 3 && tokens.every((t) => t.length >= 2 && !t.endsWith('.')) && text.charCodeAt(r[0] - 1) === 32 && cueBefore(text, r[0])) {
        add(r[0], r[1], 0.55, 'person noun before');
        continue;
      }
      // "Tomomi Nishiyama lives at …", "Wisława Szczepańska's killers": a pair followed by what people do.
      if (tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => t.length >= 2 && !t.endsWith('.')) && personVerbAfter(text, r[1])) {
        add(r[0], r[1], 0.5, 'capitalised pair + person verb');
        continue;
      }
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
  if (hits.length > 0 && covered !== null) propagate(text, hits, covered);
  return hits;
}

/** A house number right after `end`: " 2906", " u. 49", ", 12" then no more digits or letters. */
function houseNumberAfter(text: string, end: number): boolean {
  let i = end;
  if (text[i] === ',') i++;
  if (text[i] !== ' ') return false;
  i++;
  if (text.startsWith('u. ', i)) i += 3;
  let k = 0;
  while (k < 6 && text.charCodeAt(i + k) >= 48 && text.charCodeAt(i + k) <= 57) k++;
  if (k === 0 || k > 5) return false;
  const c = text.charCodeAt(i + k);
  return !((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 37 || c === 58);
}

/**
 * [start, end) is the whole first line of the text (after optional "> " quoting and blank lines) and
 * the text after it, up to REACH units from the name's start, holds contact data (a 3+ digit number or an "@").
 */
function firstLineOfCard(text: string, start: number, end: number): boolean {
  for (let i = 0; i < start; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '>' && c !== '\t') return false;
  }
  if (end < text.length && text[end] !== '\n' && text[end] !== '\r') return false;
  // Streaming: a finding may depend on at most REACH units after its start (maxLength + the 24-unit
  // right context that the stream hold keeps), so the look-ahead shrinks with the name's length.
  const next = text.slice(end, start + REACH);
  if (next.includes('@')) return true;
  let run = 0;
  for (let i = 0; i < next.length; i++) {
    const c = next.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** How far right of a finding's start its decision may look: maxLength (128) plus the stream hold's 24 units. */
const REACH = 4 * 32 + 24;
/** Propagation reach: a name is carried back to an earlier mention at most this far before the evidence ends. */
const BACK_REACH = 120;

function isInitial(t: string): boolean {
  return (t.length === 1 || (t.length === 2 && t[1] === '.')) && t[0] >= 'A' && t[0] <= 'Z';
}

/**
 * Nouns for people's roles and relations: a capitalised run right after one (or after one and "to" /
 * "of" / "for" / "with": "assistant to X") is a person. Words that as often precede products or
 * companies ("called", "named", "partner", "agent", "player") are left out.
 */
const PERSON_CUES = new Set(('producer director assistant founder founders cofounder co-founder wife husband ' +
  'son daughter mother father mom dad brother sister friend colleague boss grandfather grandmother grandson granddaughter uncle aunt ' +
  'cousin nephew niece fiancé fiancée girlfriend boyfriend ceo cfo cto author singer songwriter actor actress writer poet ' +
  'artist painter composer guitarist drummer coach teacher professor doctor nurse lawyer attorney judge senator ' +
  'congressman congresswoman president minister mayor officer detective captain chef landlord tenant roommate neighbour neighbor ' +
  'patient employee supervisor spouse widow widower stepfather stepmother classmate teammate mentor said asked replied').split(' '));
/** After "my" / "our" / "his" / "her" / "their": "my kid Tadzio". */
const OWN_CUES = new Set(['kid', 'kids', 'child', 'baby', 'toddler', 'dog', 'cat']);
const OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
/** Greetings before a name followed by "," or "!": "Hi Christin,". */
const GREETINGS = new Set(['hi', 'hello', 'hey', 'thanks', 'howdy', 'morning', 'evening', 'bye', 'goodbye']);
const CUE_LINKS = new Set(['to', 'of', 'for', 'with', 'by']);

/** The lower-case word ending right before `at` (one space between), or ''. */
function wordBefore(text: string, at: number): [string, number] {
  let i = at - 1;
  if (i < 0 || text.charCodeAt(i) !== 32) return ['', -1];
  if (i > 0 && text.charCodeAt(i - 1) === 58) i--; // "founders: X"
  let j = i;
  while (j > 0 && i - j < 20) {
    const c = text.charCodeAt(j - 1);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 233)) break;
    j--;
  }
  if (j === i) return ['', -1];
  return [text.slice(j, i).toLowerCase(), j];
}

/** Whether a person cue (see PERSON_CUES) comes right before `at`. */
function cueBefore(text: string, at: number): boolean {
  const [w, j] = wordBefore(text, at);
  if (w === '') return false;
  if (PERSON_CUES.has(w)) return true;
  if (OWN_CUES.has(w)) return OWNERS.has(wordBefore(text, j)[0]);
  if (!CUE_LINKS.has(w)) return false;
  const [w2] = wordBefore(text, j);
  return PERSON_CUES.has(w2);
}

/** Verbs and phrases that follow a person's name ("lives at", "said", "'s wife"). */
const PERSON_VERBS = ['lives', 'lived', 'said', 'says', 'told', 'explained', 'wrote', 'married', 'was born', 'died', 'spent', 'thinks',
  'believes', 'smiled', 'laughed', 'replied', 'asked', 'works as', 'worked as', 'is from', 'was from', 'had given', 'will be talking',
  'himself', 'herself', 'and his', 'and her', 'is very reliable', 'is my', 'was my'];
const POSSESSED = ['wife', 'husband', 'mother', 'father', 'son', 'daughter', 'family', 'address', 'phone', 'birthday', 'killer', 'killers',
  'murder', 'death', 'funeral', 'children', 'parents', 'brother', 'sister', 'boyfriend', 'girlfriend', 'email', 'e-mail', 'account'];

/** People only have these: "Franciska's kid". */
const KIN = ['wife', 'husband', 'mother', 'father', 'mom', 'mum', 'dad', 'son', 'daughter', 'kid', 'kids', 'child', 'children', 'parents',
  'brother', 'sister', 'boyfriend', 'girlfriend', 'fiancé', 'fiancée', 'killer', 'killers', 'murder', 'funeral', 'grandmother',
  'grandfather', 'birthday', 'husband’s', 'family'];

function possessedAfter(text: string, end: number, words: readonly string[]): boolean {
  const c = text.charCodeAt(end);
  if (c !== 39 && c !== 0x2019) return false;
  if (text[end + 1] !== 's' || text[end + 2] !== ' ') return false;
  const rest = text.slice(end + 3, end + 14).toLowerCase();
  return words.some((w) => rest.startsWith(w) && !isWordChar(rest, w.length));
}

/** "Hi Christin," (a greeting before), or "Cora, can I …" (the first word of the text, then a request). */
const NOT_ADDRESSEE = new Set(['World', 'Everyone', 'Everybody', 'All', 'Team', 'Folks', 'Guys', 'There', 'Friends', 'Again', 'Sir', 'Madam',
  'Again', 'Anyway', 'Also', 'However', 'Yes', 'No', 'Ok', 'Okay', 'Well', 'Sure', 'Sorry', 'Thanks', 'Note', 'Today', 'Tomorrow', 'Yesterday']);
function vocative(text: string, start: number, end: number): boolean {
  if (NOT_ADDRESSEE.has(text.slice(start, end))) return false;
  const [w] = wordBefore(text, start);
  if (w !== '' && GREETINGS.has(w)) return true;
  if (start !== 0 || text[end] !== ',') return false;
  const rest = text.slice(end + 1, end + 12).toLowerCase();
  return rest.startsWith(' can ') || rest.startsWith(' could ') || rest.startsWith(' would ') || rest.startsWith(' please') ||
    rest.startsWith(' i ') || rest.startsWith(' we ') || rest.startsWith(' do you') || rest.startsWith(' are you');
}

/** At the start of the text or of a sentence (after ". ", "! ", "? " or a line break). */
function sentenceStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const b = text[i - 1];
  if (b === '\n') return true;
  return b === ' ' && (text[i - 2] === '.' || text[i - 2] === '!' || text[i - 2] === '?');
}

/** What only people do, after a single word at a sentence start (companies also "said" and "told"). */
const SINGLE_VERBS = ['lives', 'lived', 'married', 'was born', 'died', 'smiled', 'laughed', 'had given', 'began writing', 'is very reliable',
  'himself', 'herself', 'spent a year'];
/** First units of SINGLE_VERBS: after an ASCII unit that lower-cases to none of them, no verb can follow. */
const SINGLE_VERB_FIRST = new Set(SINGLE_VERBS.map((w) => w.charCodeAt(0)));
function singleVerbAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  // Most single words at a sentence start are not followed by a verb: reject on the next unit before
  // lower-casing a slice (an ASCII unit lower-cases to one unit; other text takes the full test).
  const c = text.charCodeAt(end + 1);
  if (c < 0x80 && !SINGLE_VERB_FIRST.has(lowerCode(c))) return false;
  const rest = text.slice(end + 1, end + 20).toLowerCase();
  return SINGLE_VERBS.some((w) => rest.startsWith(w) && !isWordChar(rest, w.length));
}

function personVerbAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 39 || c === 0x2019) return possessedAfter(text, end, POSSESSED); // "X's wife"

  if (c !== 32) return false;
  const rest = text.slice(end + 1, end + 20).toLowerCase();
  return PERSON_VERBS.some((w) => rest.startsWith(w) && !isWordChar(rest, w.length));
}

/**
 * Two passes over the persons found: (1) a name is repeated: a capitalised token equal to a word of a
 * found name ("Asya Godina" … "Asya") is the same person; (2) a list of capitalised single words that
 * holds a found name ("Gaetane, Hannah, Anthony and Derek") lists people.
 */
function propagate(text: string, hits: RawHit[], covered: Uint8Array): void {
  const toks = tokenList(text);
  // Each name word, with the end of its first finding: an earlier mention is taken only within
  // BACK_REACH of that end (streaming: the stream hold cannot wait for evidence further right).
  const names = new Map<string, number>();
  for (const h of hits) {
    if (h.score < 0.5) continue;
    for (const w of text.slice(h.start, h.end).split(' ')) if (w.length >= 3 && !w.endsWith('.') && !names.has(w)) names.set(w, h.end);
  }
  const extra: RawHit[] = [];
  const take = (i: number, score: number, note: string): void => {
    const a = toks.start(i);
    const b = toks.end(i);
    for (let k = a; k < b; k++) if (covered[k] === 1) return;
    if (isWordChar(text, a - 1) || isWordChar(text, b)) return;
    covered.fill(1, a, b);
    extra.push({ start: a, end: b, score, note });
  };
  const isCapWord = (i: number): boolean => {
    if (!toks.cap(i) || toks.allCaps(i) || toks.digits(i) || toks.end(i) - toks.start(i) < 3) return false;
    const w = text.slice(toks.start(i), toks.end(i));
    return !STOP.has(w) && !w.includes("'") && !w.includes('’');
  };
  for (let i = 0; i < toks.length && names.size > 0; i++) {
    if (!toks.cap(i)) continue;
    const firstEnd = names.get(text.slice(toks.start(i), toks.end(i)));
    if (firstEnd !== undefined && firstEnd - toks.start(i) <= BACK_REACH) take(i, 0.5, 'repeated name');
  }
  // Lists: token i, separators ", " / " and " / ", and ".
  for (let i = 0; i < toks.length; i++) {
    if (!isCapWord(i)) continue;
    let j = i;
    const items = [i];
    while (j + 1 < toks.length && items.length < 12) {
      const g = text.slice(toks.end(j), toks.start(j + 1));
      if (g === ', ' && isCapWord(j + 1)) { items.push(++j); continue; }
      if ((g === ' ' || g === ', ') && (toks.lower(j + 1) === 'and' || toks.lower(j + 1) === 'or') && j + 2 < toks.length &&
        text.slice(toks.end(j + 1), toks.start(j + 2)) === ' ' && isCapWord(j + 2)) { j += 2; items.push(j); continue; }
      break;
    }
    if (items.length >= 2) {
      // Single words only: an item followed by another capitalised word ("Credit Karma") is not one.
      const singles = items.every((k) => k + 1 >= toks.length || !toks.cap(k + 1) || text.slice(toks.end(k), toks.start(k + 1)) !== ' ');
      // The last item already found as a name: items before it are taken within BACK_REACH, items after it always.
      let lastKnown = -1;
      for (const k of items) if (covered[toks.start(k)] === 1) lastKnown = toks.end(k);
      let firstKnown = -1;
      for (const k of items) if (covered[toks.start(k)] === 1) { firstKnown = toks.start(k); break; }
      if (singles && lastKnown >= 0) {
        for (const k of items) if (toks.start(k) >= firstKnown || lastKnown - toks.start(k) <= BACK_REACH) take(k, 0.5, 'list of names');
      }
    }
    i = j;
  }
  for (const h of extra) hits.push(h);
  hits.sort((a, b) => a.start - b.start);
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
