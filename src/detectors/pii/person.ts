// PERSON: an offline, dictionary-and-context heuristic (no NER model). A run of 1–4 capitalised
// tokens (Unicode letters, initials allowed; a capital such as "Š" or "É" starts one after a space or
// punctuation, not only A–Z) is a name when
//   - it follows an honorific (Mr, Mrs, Ms, Dr, Prof, …) → 0.75, or a naming phrase ("my name is",
//     "Dear", "signed", "regards,", "name:", "patient:", "call me" / "calls me") → 0.7; after a naming
//     phrase also one or two lower-case words with a sign of a name ("my name is tova lindqvist": a known
//     given name, a surname ending, or a word of a name found before) → 0.6;
//   - its first token is a common given name from the gazetteer below and at least one more
//     capitalised token follows (given + family name, particles such as "de", "van der" inside) → 0.6,
//     unless a later token is a heading or product word ("Aurora Desk Lamp");
//   - it answers a name question: after "What name is the booking under? Caller:", "it's under",
//     "booked under", "under the name", or "to" / "is" in a sentence about a person's name ("the name in
//     the account is wrong, change it to X"; not "the theme name") → 0.55 (0.75 for a given name);
//   - a person noun comes before it (producer, wife, "assistant to", "my kid", "a friend named",
//     "grandmother was called", "written by" / "directed by" before two or three words; a role word heading
//     the run: "Producer Tomas R. Vellacott", "Senator X Y") → 0.55;
//   - what people do or have follows it ("lives at", "will be talking", "'s killers", "'s wife"; after a
//     particle too: "Annelies ten Parrow will be talking"), or a role only people take ("add X as a
//     beneficiary", "as guardian", "as an authorized user") → 0.5;
//   - its last token has a common surname ending (-son, -sen, -ová, -ski, -escu, -inen, …) in a
//     capitalised pair or triple (not a possessive: "Uses Welford's algorithm") → 0.5;
//   - it is alone on a line over contact data: the first line of a text or a line after a blank line or
//     a closing ("Best regards,"), with quoting or bullets before it ("> ", "• ", "??? "), holding two to
//     four name words (capitalised, or in lower case with a sign of a name: a known given name, a middle
//     initial, a surname ending, or the name inside an e-mail address below), followed within the
//     stream reach by at most three short lines (a job title, an organisation) and then a street line,
//     a unit or box line, a phone line, an e-mail address or a label ("Phone:", "Personal Info:") → 0.5
//     (address blocks, shipping labels, signatures, CV headers, contact cards; not "Shipping Address",
//     "Order Summary", "Head Office" or a product over a spec list: heading words are no name words);
//   - it is a lone gazetteer given name → 0.5 (0.3 for names that are also common words: Will, May, Grace …).
// A run ending in a street, place or organisation word ("Harlow Cliffs", "Brenner Investments") is no
// name. Found names are carried to their repeats (possessives too: "Helvar's") and to lists holding them.
// Not covered: names without context whose given name is not in the gazetteer, lower-case names outside
// naming phrases and contact blocks, names in non-Latin scripts without a cue, a business name over its
// address ("Calloway Rivoli\n600 Guerrero St" is taken for a person unless a word of it is a heading,
// shop or organisation word), organisations.
import { compile, escapeLiteral, matchAll } from '../../core/regex.ts';
import { isAsciiWord, ownCodeUnits } from '../../core/units.ts';
import { asciiUnits, foldsLikeAscii, isAsciiText, literalGate, matchAllFast, type RawHit, type Recognizer } from '../recognizer.ts';
import { tokenList } from './tokens.ts';
import { ORG_NOUNS } from './data/organizations.ts';
import { WORD_TITLES } from './data/titles.ts';
import { STREET_TYPE_WORDS } from './data/places.ts';

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
const PHRASES = ['name is', 'dear', 'signed', 'regards,', 'sincerely,', 'name:', 'patient:', 'customer:', 'employee:', 'attn:', 'name?', "i'm", 'i am', 'call me', 'calls me', 'name’s', "name's"];
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
/** Who calls someone by a name: "people call me X", "everyone calls me X". */
const CALLERS = new Set(['people', 'everyone', 'everybody', 'they', 'friends', 'folks', 'family', 'colleagues', 'kids', 'students', 'all']);
/** Capitalised words after "call me" that are no name ("people call me Monday mornings"). */
const NOT_CALLED = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Maybe', 'Crazy', 'Old', 'Mr', 'Mrs',
  'Ms', 'Dr', 'Sir', 'Madam', 'Boss', 'Chief', 'Captain', 'Doc', 'Mom', 'Dad', 'Mum', 'Grandma', 'Grandpa', 'Auntie', 'Uncle', 'Aunt']);
/** The words of the names found so far, lower case ("my name is borna jerković but everyone calls me borna"). */
function nameWords(text: string, hits: readonly RawHit[]): Set<string> {
  const out = new Set<string>();
  for (const h of hits) if (h.score >= 0.5) for (const w of text.slice(h.start, h.end).toLowerCase().split(' ')) out.add(w);
  return out;
}
/** The end of the text or a punctuation mark or line break at `i`. */
function clauseEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 41 || c === 34;
}
/** "my name is tova lindqvist", "call me borna": one or two lower-case words after a naming phrase (see findPersons). */
const LOWER_WORD = "\\p{Ll}[\\p{Ll}'’\\-]{1,30}";
const RE_PHRASE_LOWER = compile('person/phrase_lower', `\\b(?i:name is|calls? me|name's|name’s|name:)[ \\t]+(${LOWER_WORD})(?:[ ](${LOWER_WORD}))?`);
/** Whether a tail of a phrase RE_PHRASE_LOWER starts with occurs (lower-case words follow only lower-case or capitalised phrases). */
function lowerPhraseGate(text: string): boolean {
  return text.includes('ame is') || text.includes('all me') || text.includes('alls me') || text.includes('ame:') || text.includes("ame's") ||
    text.includes('ame’s');
}
/** Lower-case words that end a name after a naming phrase ("my name is john and …"). */
const LOWER_STOP = new Set(('and but or so i im i\'m the a an is was not from here there too also btw and thanks thank please nice hi hey hello ' +
  'how what who with to in at on of for by my your his her our their this that it its just now still very really actually').split(' '));
const RE_PHRASE = compile('person/phrase', `(?i:name is|dear|signed|regards,|sincerely,|name:|patient:|customer:|employee:|attn:|name\\?|i'm|i am|calls? me|name's|name’s)[ \\t\\r\\n]+(${NAME_RUN})`);
// Capitalised runs: `${NAME_RUN}` starting where the letter before is no word letter (see runStarts),
// leftmost first, greedy, non-overlapping. This used to be an RE2 pass (`\b${NAME_RUN}`); its Unicode
// classes inside counted repetitions made the automaton large and each match costly, it matched at almost
// every capital letter, and RE2's `\b` (ASCII word units only) kept a capital such as "Š" or "É" after a
// space from starting a run at all ("Caller: Šárka Novotná"). `nextRun` below is a hand-written scanner, one
// linear pass with no per-match native call; text with lone surrogates is read as RE2 would read it (a
// copy with U+FFFD in their place, the same length).

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
 * The next capitalised run at or after `from` as [start, end, tokens] (false when there is none).
 * `out` is reused; out[2] is the number of name tokens in the run (1–4). As a leftmost-first regex
 * search would find it: the pattern ends with an optional greedy repetition, so the first match at the
 * leftmost start is the greedy walk below, from the first possible start (see runStarts) at or after `from`.
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

/** Latin letters beyond ASCII (Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional): "Š", "É", "Ł", "Ø". */
function latinLetter(c: number): boolean {
  return (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff);
}
/** Non-ASCII units a name may follow: Latin-1 punctuation and signs, general punctuation, CJK punctuation. */
function breakUnit(c: number): boolean {
  return (c >= 0xa0 && c <= 0xbf && c !== 0xaa && c !== 0xb5 && c !== 0xba) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f);
}

/** The possible run starts of a well-formed text, ascending, with a cursor for nextRun. */
interface RunStarts {
  readonly at: readonly number[];
  next: number;
}

/**
 * Where a run can start: an upper-case letter (\p{Lu}) where RE2's `\b` holds (an A–Z unit after a
 * unit that is not an ASCII word unit or at 0, a non-ASCII capital after one that is), and a Latin
 * non-ASCII capital (latinLetter) also at 0 or after any ASCII unit or punctuation (breakUnit), so not
 * inside a non-ASCII word. Other text is read unit by unit from a copy of its units. In ASCII text the
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
      // An A–Z capital: \b (the previous unit is no ASCII word unit). A non-ASCII capital: \b (after an
      // ASCII word unit); a Latin one also after a space, other ASCII or punctuation, or at the start
      // ("Caller: Šárka", "said Željko"); not after a non-ASCII letter ("éÉ"). Capitals of other scripts
      // (Greek, Cyrillic) start no run there: no rule reads names in those scripts.
      if (c < 0x80 ? !(p > 0 && isAsciiWord(u[p - 1])) : p > 0 && isAsciiWord(u[p - 1]) || (latinLetter(c) && (p === 0 || u[p - 1] < 0x80 || breakUnit(u[p - 1])))) at.push(p);
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

/**
 * Last words of street, place and organisation names: a capitalised run ending in one names no person
 * ("Harlow Cliffs", "Marina Fort Street", "Brenner Investments"). Words that are as often surnames
 * (Lane, Hall, Park, Court, Field, Church, Ridge, Lodge, Meadows) are left out.
 */
const NOT_NAME_LAST = new Set([
  'street', 'road', 'avenue', 'boulevard', 'drive', 'terrace', 'crescent', 'parkway', 'highway', 'plaza', 'square', 'squares', 'cliffs',
  'extension', 'extensions', 'forks', 'flats', 'heights', 'gardens', 'estates', 'junction', 'crossing', 'circle', 'trail', 'springs',
  'falls', 'harbor', 'harbour', 'alley', 'expressway', 'freeway', 'motorway', 'viaduct', 'causeway', 'turnpike', 'mews', 'plains',
  'rapids', 'shoals', 'underpass', 'overpass', 'villages', 'station', 'bridge', 'tunnel', 'lighthouse', 'airport', 'inc', 'ltd', 'llc',
  'corp', 'gmbh', 'plc', 'limited', 'incorporated',
  ...[...ORG_NOUNS].filter((w) => !['church', 'trust', 'press', 'fund'].includes(w)),
]);

const STOP = new Set(['I', 'The', 'A', 'An', 'This', 'That', 'It', 'We', 'You', 'He', 'She', 'They', 'Please', 'Thanks', 'Thank', 'Hi', 'Hello', 'Dear', 'Team', 'All', 'Sir', 'Madam', 'Here', 'There', 'Not', 'Just', 'Happy', 'Sorry', 'Good', 'Yes', 'No',
  // German articles and pronouns, capitalised at a sentence's start before a capitalised noun ("Ein Klassenmember darf …",
  // "Sie müssen …"); none is a given name (Den, Des and Dem are, and stay out).
  'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines', 'Der', 'Die', 'Das', 'Sie', 'Alle', 'Dieser', 'Diese', 'Dieses', 'Kein', 'Keine', 'Wir', 'Ihr', 'Ihre']);

/** Address unit words that follow a name in a one-line address ("Cindy Holinka Apt. 117"): not part of it. */
const UNIT_WORDS = new Set(['Apt', 'Apt.', 'Suite', 'Unit', 'Ste', 'Ste.', 'Flat', 'Box', 'PSC']);

function trimRun(text: string, start: number, end: number): [number, number] | null {
  // Drop trailing initials-only tokens and leading stop words.
  let s = text.slice(start, end);
  const tokens = s.split(' ');
  while (tokens.length > 0 && STOP.has(tokens[0])) tokens.shift();
  while (tokens.length > 1 && (tokens[tokens.length - 1].length <= 2 || UNIT_WORDS.has(tokens[tokens.length - 1]))) tokens.pop();
  if (tokens.length === 0 || tokens[0].length < 2) return null;
  // "Harlow Cliffs", "Isaac Lodge Street", "Brenner Investments": a street, place or organisation.
  if (tokens.length > 1 && NOT_NAME_LAST_CAPS.has(tokens[tokens.length - 1])) return null;
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
 * Every capitalised run in `text` (`${NAME_RUN}` from a run start, see runStarts), as [start, end)
 * pairs, leftmost first and non-overlapping, from the scanner findPersons uses (exported so tests can
 * hold it to a reference pattern). Text with lone surrogates is read from its well-formed copy (same
 * offsets). Pure.
 */
export function capitalisedRuns(input: string): [number, number][] {
  const out: [number, number][] = [];
  const text = input.isWellFormed() ? input : input.toWellFormed();
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
      // "What's your name? Bot: …": a word and a colon is the next speaker's label.
      if (text.charCodeAt(r[1]) === 58 && !text.slice(r[0], r[1]).includes(' ')) continue;
      // "validateName: ValueScopeName", "eventName: Key<K, T>", "name: Name,": a type in code after a field
      // called name, cut out of an identifier, followed by a type's punctuation or named Name.
      if (isWordChar(text, r[1]) || typeAfter(text, r[1]) || text.slice(r[0], r[1]) === 'Name') continue;
      const head = text.slice(m.start, m.start + 8).toLowerCase();
      const call = head.startsWith('call me') || head.startsWith('calls me');
      if ((head.startsWith("i'm") || head.startsWith('i am') || call) && !text.slice(r[0], r[1]).includes(' ') &&
        !GIVEN.has(text.slice(r[0], r[1]).toLowerCase()) &&
        // "people call me Csanád", "everyone calls me Piusz": after who calls, a word that ends the clause.
        !(call && CALLERS.has(wordBefore(text, m.start)[0]) && !NOT_CALLED.has(text.slice(r[0], r[1])) && clauseEnd(text, r[1]))) continue;
      add(r[0], r[1], 0.7, 'naming phrase');
    }
    // In lower case: a known given name, or two words the second of which has a surname ending.
    // Words of the names found so far, lower case (made on the first match that needs them).
    let known: Set<string> | null = null;
    if (lowerPhraseGate(text)) for (const m of matchAllFast(RE_PHRASE_LOWER, text)) {
      const w1 = m.groups[0];
      const w2 = m.groups[1];
      if (w1 === undefined) continue;
      const s1 = m.start + text.slice(m.start, m.end).lastIndexOf(w2 === undefined ? w1 : `${w1} ${w2}`);
      const given = GIVEN.has(w1) && !WORD_NAMES.has(w1);
      const two = w2 !== undefined && !LOWER_STOP.has(w1) && !LOWER_STOP.has(w2) && !isWordChar(text, s1 + w1.length + 1 + w2.length);
      let end = -1;
      if (two && (given || surnameEnding(w2))) end = s1 + w1.length + 1 + w2!.length;
      else if (!isWordChar(text, s1 + w1.length)) {
        if (!given && known === null) known = nameWords(text, hits);
        if (given || known!.has(w1)) end = s1 + w1.length;
      }
      if (end < 0) continue;
      add(s1, end, 0.6, 'naming phrase');
      if (known !== null) for (const w of text.slice(s1, end).split(' ')) known.add(w);
    }
  }
  // Lines of their own over contact data: a shipping label, a signature, a CV header, a contact card.
  if (text.indexOf('\n') >= 0) findCardNames(text, add);
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
      // "Annelies ten Parrow will be talking", "add Quenby as a beneficiary" (a particle or "as" next).
      if (SINGLE_NEXT[text.charCodeAt(runEnd + 1) & 127] === 1 && text.charCodeAt(runEnd) === 32) {
        const e = singleThenPerson(text, runStart, runEnd);
        if (e > 0) {
          add(runStart, e, 0.5, e > runEnd ? 'capitalised pair + person verb' : 'name + person role');
          continue;
        }
      }
      // (Not the noun again, capitalised: "@param {Writer} writer Writer to copy state from".)
      if (runStart > 0 && text.charCodeAt(runStart - 1) === 32 && runEnd - runStart >= 3 && cueBefore(text, runStart, false) &&
        !isWordChar(text, runEnd) && !STOP.has(text.slice(runStart, runEnd)) && !STREET_WORDS.has(text.slice(runStart, runEnd)) &&
        wordBefore(text, runStart)[0] !== text.slice(runStart, runEnd).toLowerCase()) {
        add(runStart, particleTail(text, runEnd), 0.55, 'person noun before');
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
      // "Per the contract", "Per RFC 5802", "Per altre informazioni": the preposition, before a determiner or an acronym.
      if (first === 'per' && prepositionObject(text, runEnd)) continue;
      // "Geert de Wolf": a family name after particles joins a known given name.
      const full = particleTail(text, runEnd);
      if (full > runEnd) add(runStart, full, 0.6, 'given name + surname');
      else add(runStart, runEnd, WORD_NAMES.has(first) ? 0.3 : 0.5, 'given name');
      continue;
    }
    const r = trimRun(text, runStart, runEnd);
    if (r === null) continue;
    if (isWordChar(text, r[1]) || isWordChar(text, r[0] - 1)) continue; // part of a longer token (UtaKortig@…)
    // "Maite Lemmens's killers": the run scanner keeps the "'s" inside the last token.
    const possEnd = r[1];
    if (r[1] - 2 > r[0] && text[r[1] - 1] === 's' && (text[r[1] - 2] === "'" || text[r[1] - 2] === '’')) r[1] -= 2;
    const run = text.slice(r[0], r[1]);
    const tokens = run.split(' ');
    const first = tokens[0].toLowerCase();
    // "Joaquin Suarez 2906", "Victor Hugo u. 49": a run followed by a house number names a street.
    if (houseNumberAfter(text, r[1])) continue;
    if (tokens.length === 1 && first === 'per' && prepositionObject(text, r[1])) continue; // "Per RFC 5802 …
    if (!GIVEN.has(first)) {
      const h = unknownGivenName(text, r[0], r[1], possEnd, tokens, first);
      if (h !== null) add(h.start, h.end, h.score, h.note);
      continue;
    }
    // "… please change it to Sofia Lima": the answer to a name question outweighs a place of that name.
    // "Aurora Desk Lamp", "Victoria Station": a given name before heading or product words names a thing.
    if (tokens.length >= 2 && tokens.some((t, k) => k > 0 && HEADING_CAPS.has(t))) continue;
    if (tokens.length >= 2 && nameAsked(text, r[0])) add(r[0], r[1], 0.75, 'answer to a name question');
    else if (tokens.length >= 2) add(r[0], particleTail(text, r[1]), 0.6, 'given name + surname');
    else add(r[0], r[1], WORD_NAMES.has(first) ? 0.3 : 0.5, 'given name');
  }
  if (hits.length > 0 && covered !== null) propagate(text, hits, covered);
  return hits;
}

/** Determiners and pronouns the preposition "per" takes (English, Italian, Spanish, Catalan), lower case. */
const PER_OBJECTS = new Set(['the', 'a', 'an', 'your', 'our', 'my', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'each',
  'every', 'all', 'il', 'lo', 'la', 'le', 'gli', 'i', 'un', 'una', 'uno', 'altre', 'altri', 'ulteriori', 'maggiori', 'ogni', 'questo',
  'questa', 'questi', 'queste', 'favore', 'cui', 'qualsiasi', 'els', 'les', 'al']);

/** After `end` (a space between): a word "per" takes as its object (PER_OBJECTS), or an acronym of two capitals or more ("RFC"). */
function prepositionObject(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  let e = end + 1;
  while (e < text.length && e - end <= 12 && isAsciiLetterAt(text, e)) e++;
  const w = text.slice(end + 1, e);
  if (w.length === 0 || isAsciiLetterAt(text, e)) return false;
  if (w.length >= 2 && w === w.toUpperCase()) return true;
  return PER_OBJECTS.has(w);
}

function isAsciiLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

/** A type's punctuation right after `end`: a generic's "<", a union's "|", an array's "[", a statement's ";", a call's "(". */
function typeAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 60 || c === 124 || c === 91 || c === 59 || c === 40;
}

/** A finding as findPersons adds it. */
function hit(start: number, end: number, score: number, note: string): RawHit {
  return { start, end, score, note };
}

/**
 * The rules for a run of capitalised words whose first word is no known given name (r0, r1: the run
 * after trimRun and without a possessive "'s"; possEnd: its end with it). Kept out of findPersons'
 * loop, which most runs leave earlier.
 */
function unknownGivenName(text: string, r0: number, r1: number, possEnd: number, tokens: readonly string[], first: string): RawHit | null {
  if (STOP.has(tokens[0]) || STREET_WORDS.has(tokens[0]) || tokens[0].length < 2) return null;
  // Two or three words, none an initial or abbreviation.
  const plain = tokens.length >= 2 && tokens.length <= 3 && tokens.every((t) => t.length >= 2 && !t.endsWith('.'));
  // "Hi Christin," (the run scanner joins the greeting to the name; trimRun dropped it).
  if (tokens.length === 1 && r1 - r0 >= 3 && (text[r1] === ',' || text[r1] === '!') && vocative(text, r0, r1)) {
    return hit(r0, r1, 0.5, 'addressed by name');
  }
  // "Janka M. Szász", "Ravil G Yefimov": given name, middle initial, family name.
  if (tokens.length === 3 && isInitial(tokens[1]) && tokens[2].length >= 2 && !tokens[0].endsWith('.') && !tokens[2].endsWith('.')) {
    return hit(r0, r1, 0.6, 'name with middle initial');
  }
  // "Producer Tomas R. Vellacott", "Senator Elizabeth Warren": a role word heads the run.
  if (tokens.length >= 3 && (PERSON_CUES.has(first) || WORD_TITLES.has(tokens[0]))) {
    const rest = tokens.slice(1);
    if (nameAfterRole(rest)) {
      return hit(r1 - rest.join(' ').length, r1, 0.55, 'person noun before');
    }
  }
  // "producer Liviana Palerma", "assistant to Asya Godina", "called Brosca Erdôs", "Directed By: Arquímedes Ballesteros".
  if (plain && text.charCodeAt(r0 - 1) === 32 && cueBefore(text, r0, true)) {
    return hit(r0, particleTail(text, r1), 0.55, 'person noun before');
  }
  // "Tomomi Nishiyama lives at …", "Wisława Szczepańska's killers", "add X Y as a beneficiary".
  if (plain && (personVerbAfter(text, r1) || (text.charCodeAt(r1) === 32 && roleAfter(text, r1)))) {
    return hit(r0, r1, 0.5, 'capitalised pair + person verb');
  }
  // "What name is the booking under? Caller: X Y", "it's under X Y", "the name … change it to X Y".
  if (plain && nameAsked(text, r0) && !tokens.some((t) => HEADING_CAPS.has(t))) {
    return hit(r0, r1, 0.55, 'answer to a name question');
  }
  // Unknown given name: a capitalised pair whose last token has a common surname ending (not a
  // possessive: "Uses Welford's algorithm").
  const last = tokens[tokens.length - 1].toLowerCase();
  if (tokens.length >= 2 && tokens.length <= 3 && r1 === possEnd && surnameEnding(last) && !STOP.has(tokens[0]) && !STREET_WORDS.has(tokens[0])) {
    return hit(r0, r1, 0.5, 'capitalised pair + surname ending');
  }
  return null;
}

/**
 * After a one-word run followed by a space and a particle or "as": the end of the name when what
 * people do follows a family name after particles ("Annelies| ten Parrow will be talking"), `end` when a
 * role only people take follows the word ("Quenby| as a beneficiary"), else 0.
 */
const SINGLE_NEXT = new Uint8Array(128);
for (const c of 'adtvz') SINGLE_NEXT[c.charCodeAt(0)] = 1;
function singleThenPerson(text: string, start: number, end: number): number {
  const nx = text.charCodeAt(end + 1);
  if (nx === 97) {
    if (text.charCodeAt(end + 2) !== 115 || text.charCodeAt(end + 3) !== 32) return 0; // " as "
  } else {
    // A particle: a short lower-case word, a space, then a capital or another particle.
    let j = end + 2;
    while (j - end <= 6 && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
    const c = text.charCodeAt(j + 1);
    if (j - end > 6 || text.charCodeAt(j) !== 32 || (c >= 97 && c <= 122 && SINGLE_NEXT[c] !== 1) || c < 65) return 0;
  }
  if (end - start < 2 || isWordChar(text, start - 1)) return 0;
  const tail = particleTail(text, end);
  const e = tail > end ? (personVerbAfter(text, tail) || (text.charCodeAt(tail) === 32 && roleAfter(text, tail)) ? tail : 0) :
    end - start >= 3 && roleAfter(text, end) ? end : 0;
  return e > 0 && !STOP.has(text.slice(start, end)) ? e : 0;
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
 * Words of headings, labels, places, products and closings that sit on a line of their own above
 * contact data or are answered where a name could be ("Shipping Address", "Head Office", "Order
 * Summary", "Best Regards", "Desk Lamp", "Project Phoenix"): a candidate name with one of them is none.
 * Words that are as often surnames (Hall, Park, Field, Price, Best, West, Little …) are left out.
 */
const HEADING_WORDS = new Set((
  'address addresses shipping billing mailing postal delivery deliver return returns office offices main headquarters hq registered ' +
  'corporate company business store shop shops location locations contact contacts details detail information info summary order ' +
  'orders invoice invoices receipt payment payments account accounts bank customer customers service services support help sales ' +
  'team teams department hours opening ship sold remit from our your their my the this new work personal private product ' +
  'products item items feature features specifications specification specs technical overview introduction getting started quick ' +
  'start guide notes note release releases changelog version installation install usage example examples configuration setup ' +
  'requirements license licence contributing credits acknowledgements acknowledgments references appendix table contents chapter ' +
  'section terms conditions privacy policy security report annual quarterly monthly weekly daily meeting minutes agenda schedule ' +
  'event events venue directions map parking reception front desk lobby floor building room center centre campus hospital clinic ' +
  'hotel restaurant cafe café pub museum library station airport terminal port harbour harbor point lighthouse garden gardens tower ' +
  'castle cathedral market mall plaza square street road avenue upper lower great grand royal national international global world ' +
  'city town county state region district area zone warehouse factory depot site unit suite apartment flat residence estate farm ' +
  'ranch inn motel resort spa club studio gallery theatre theater cinema stadium arena solutions systems group kind warm regards ' +
  'sincerely thanks thank cheers yours faithfully truly respectfully cordially hello hi welcome attention attn subject urgent ' +
  'important reminder update notice announcement confirmation booking reservation ticket itinerary flight trip travel quote ' +
  'estimate proposal contract agreement statement total subtotal tax amount due balance date time number reference code status ' +
  'description name title position role job skills experience education employment history objective profile resume curriculum ' +
  'vitae languages hobbies interests awards certifications projects project publications phone email mobile fax website web social ' +
  'media links follow about questions pricing plans plan free pro premium basic standard enterprise edition series model kit pack ' +
  'bundle lamp chair desk monitor keyboard mouse laptop camera speaker headphones charger cable battery bottle bag cover mug shirt ' +
  'active development construction review maintenance warranty control pressure investigation way attack quarantine consideration ' +
  'discussion general special limited public total central bakery coffee pizza pizzeria grill kitchen salon barbershop pharmacy ' +
  'books bookshop bookstore deli diner bistro brewery winery tavern boutique florist garage auto repair cleaners laundry fitness gym ' +
  'yoga dental medical health care wellness therapy beauty nails hair tattoo music games sports outdoors supply supplies goods design ' +
  'designs plumbing electric landscaping cleaning catering farms tech digital works outfitters cycles bikes flowers gifts toys pets ' +
  'veterinary optical tours taxi cars rentals storage movers moving print printing photography marketing accounting cluster server ' +
  'servers network database'
).split(' '));

/** A capitalised word as the run scanner reads it ("Desk"). */
function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
/** HEADING_WORDS and NOT_NAME_LAST capitalised, to look up run tokens as they are written. */
const HEADING_CAPS = new Set([...HEADING_WORDS].map(capitalise));
const NOT_NAME_LAST_CAPS = new Set([...NOT_NAME_LAST].map(capitalise));

/** Characters that may lead a line of a card: indentation, quoting, bullets (and "?" for a bullet lost in an encoding). */
function linePrefix(c: number): boolean {
  return c === 32 || c === 9 || c === 62 || c === 63 || c === 42 || c === 45 || c === 124 || c === 0x2022 || c === 0xb7;
}

/**
 * Names alone on a line over contact data: the first line of a text or a line after a blank line or a
 * closing ("Best regards,"), holding two to four name words (capitalised, or all lower case with a sign of
 * a name: a known given name, a middle initial, a surname ending or the name in an e-mail address below),
 * followed within REACH of its start by at most three short lines (a job title, an organisation) and then
 * contact data: a street line, a unit or box line, a phone number, an e-mail address or a label
 * ("Phone:", "Personal Info:"). Gated by the caller on a line break; each line is read once and the
 * look-ahead is bounded, so the pass is linear.
 */
function findCardNames(text: string, add: (start: number, end: number, score: number, note: string) => void): void {
  const n = text.length;
  let ls = 0;
  let prevBlank = true; // the first line counts as after a blank one
  let prevClosing = false;
  for (;;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let p = ls;
    while (p < le && linePrefix(text.charCodeAt(p))) p++;
    let e = le;
    while (e > p && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 9)) e--;
    if (p < e) {
      if ((prevBlank || prevClosing) && e - p <= 64 && le < n && nameLineChars(text, p, e)) {
        const mode = cardName(text, p, e);
        if (mode !== 0 && cardBelow(text, p, le, mode === 2)) add(p, e, 0.5, 'name line of a contact block');
      }
      prevClosing = text.charCodeAt(e - 1) === 44 && e - p <= 40;
      prevBlank = false;
    } else {
      prevBlank = true;
      prevClosing = false;
    }
    if (le >= n) return;
    ls = le + 1;
  }
}

/** Whether text[p, e) holds only letters, spaces and . ' ’ - and at least one space: most lines fail here, before any string is made. */
function nameLineChars(text: string, p: number, e: number): boolean {
  let space = false;
  for (let i = p; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) space = true;
    else if (!(((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 39 || c === 45 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7))) return false;
  }
  return space;
}

/**
 * Whether text[p, e) is a name of two to four words: 1 (capitalised, or lower case with a sign of a
 * name), 2 (lower case, a name only if an e-mail address below holds it), 0 (no name). Words are split by
 * one or two spaces; initials and particles only inside.
 */
function cardName(text: string, p: number, e: number): 0 | 1 | 2 {
  const first = classAt(text, p);
  if (first === CLASS_OTHER) return 0;
  const lower = first === CLASS_LL;
  const words: string[] = [];
  let initial = false;
  let i = p;
  while (i < e) {
    if (words.length >= 6) return 0;
    const s = i;
    if (!lower && classAt(text, i) !== CLASS_LU && words.length === 0) return 0;
    i += widthAt(text, i);
    while (i < e) {
      const c = text.charCodeAt(i);
      if (c === 39 || c === 0x2019 || c === 45) { i++; continue; }
      if (classAt(text, i) !== CLASS_LL) break;
      i += widthAt(text, i);
    }
    if (i < e && text.charCodeAt(i) === 46) i++; // "M."
    if (i - s > 31) return 0;
    const w = text.slice(s, i);
    // Inside a word only letters, ' ’ - and a closing "." follow; then one or two spaces or the end.
    if (i < e && text.charCodeAt(i) !== 32) return 0;
    if (i < e && text.charCodeAt(i + 1) === 32) i++;
    if (i < e) i++;
    const wl = w.toLowerCase();
    const isInit = (w.length === 1 || (w.length === 2 && w[1] === '.'));
    if (isInit) {
      if (words.length === 0 || i >= e) return 0;
      initial = true;
    } else if (w.endsWith('.')) {
      return 0;
    } else if (PARTICLES.has(w)) {
      if (words.length === 0 || i >= e) return 0;
    } else {
      // Capitalised lines take capitalised words, lower-case lines lower-case ones.
      if ((classAt(text, s) === CLASS_LU) === lower) return 0;
      if (HEADING_WORDS.has(wl) || PERSON_CUES.has(wl) || NOT_NAME_LAST.has(wl)) return 0;
    }
    words.push(isInit || PARTICLES.has(w) ? '' : wl);
  }
  const core = words.filter((w) => w !== '');
  if (core.length < 2 || core.length > 4) return 0;
  const head = text.slice(p, p + core[0].length);
  if (STOP.has(head) || STREET_WORDS.has(head) || UNIT_WORDS.has(head)) return 0;
  if (!lower) return 1;
  if ((GIVEN.has(core[0]) && !WORD_NAMES.has(core[0])) || initial || surnameEnding(core[core.length - 1])) return 1;
  return 2;
}

/** Unit, box and label words that open a contact line ("Suite 282", "PSC 3294", "Phone:"). */
const UNIT_HEADS = ['suite ', 'apt ', 'apt. ', 'unit ', 'flat ', 'box ', 'po box ', 'p.o. box ', 'psc ', 'pmb ', 'ste ', 'ste. '];
const CONTACT_LABELS = ['phone', 'tel', 'telephone', 'mobile', 'cell', 'fax', 'e-mail', 'email', 'address', 'personal info', 'contact',
  'website', 'web'];
/** Words on a phone line besides the number ("781 1704 office", "+1 555 0100 (mobile)"). */
const PHONE_WORDS = new Set(['office', 'fax', 'mobile', 'home', 'work', 'cell', 'tel', 'phone', 'ext', 'x', 'direct', 'main']);
/** Street-type words and endings on a street line ("233 Main St", "40 Snellmaninkatu 55"). */
/** Street-type words: the English ones the LOCATION recogniser reads (data/places.ts) and other languages'. */
const STREET_TYPES = new Set([...STREET_TYPE_WORDS, 'av', 'sq', 'hwy', 'pkwy', 'mews', 'rue', 'rua', 'via', 'viale', 'calle', 'avenida', 'plaza',
  'piazza', 'platz', 'weg', 'laan', 'straat', 'gasse', 'allee', 'gade', 'vej', 'vei', 'veien', 'gata', 'gatan', 'vägen', 'väg', 'katu', 'tie',
  'utca', 'út', 'tér', 'ul', 'ulica', 'str', 'strasse', 'straße']);
const STREET_ENDINGS = ['straße', 'strasse', 'weg', 'gade', 'vej', 'veien', 'katu', 'gatan', 'vägen', 'straat', 'laan', 'gasse', 'allee', 'utca'];

/**
 * Whether the lines after the name line (which ends at `le`), read up to REACH units from the name's
 * start `p`, are at most three short lines and then a contact line; with `needMail`, whether an e-mail
 * address there holds the name's first and last words.
 */
function cardBelow(text: string, p: number, le: number, needMail: boolean): boolean {
  const stop = Math.min(text.length, p + REACH);
  const mailWords = needMail ? nameForMail(text.slice(p, le)) : null;
  if (needMail && mailWords === null) return false;
  let short = 0;
  let ls = le + 1;
  while (ls < stop) {
    let end = ls;
    while (end < stop && text.charCodeAt(end) !== 10) end++;
    let a = ls;
    while (a < end && linePrefix(text.charCodeAt(a))) a++;
    let b = end;
    while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 13 || text.charCodeAt(b - 1) === 9)) b--;
    ls = end + 1;
    if (a >= b) continue;
    const line = text.slice(a, b);
    if (mailWords !== null) {
      if (line.includes('@') && mailHoldsName(mailWords, line)) return true;
      continue;
    }
    if (contactLine(line)) return true;
    // A short line of text (a job title, an organisation), not a sentence.
    if (++short > 3 || line.length > 60 || line.includes('. ') || /* ? ! */ line.endsWith('?') || line.endsWith('!')) return false;
    if (line.endsWith('.') && line.split(' ').length > 4) return false;
  }
  return false;
}

function contactLine(line: string): boolean {
  const c = line.charCodeAt(0);
  const low = line.slice(0, 24).toLowerCase();
  if (c >= 48 && c <= 57) return streetLine(line) || phoneLine(line);
  if (c === 43 || c === 40) return phoneLine(line); // "+", "("
  for (const u of UNIT_HEADS) {
    if (low.startsWith(u)) {
      const d = line.charCodeAt(u.length);
      return d >= 48 && d <= 57;
    }
  }
  for (const l of CONTACT_LABELS) {
    if (!low.startsWith(l)) continue;
    let i = l.length;
    while (line.charCodeAt(i) === 32) i++;
    if (line.charCodeAt(i) === 58 || (line.charCodeAt(i) === 46 && l === 'tel')) return true;
  }
  // An e-mail address alone on its line (or with a word or two: "E-mail jane@x.org").
  const at = line.indexOf('@');
  return at > 0 && line.split(' ').length <= 3 && isWordChar(line, at - 1) && /* domain with a dot */ line.indexOf('.', at + 2) > at + 1;
}

/** "233 Erzsébet tér 19.", "3747 3911 fourth avenue", "55470 72 Acheron Road": a number, words, and another number or a street word. */
function streetLine(line: string): boolean {
  let i = 0;
  while (i < line.length && i < 7 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  if (i === 0 || i > 6) return false;
  const c = line.charCodeAt(i);
  if (c !== 32 && !(((c | 32) >= 97 && (c | 32) <= 122) && line.charCodeAt(i + 1) === 32)) return false; // "221B Baker Street"
  const words = line.slice(i + 1).toLowerCase().replaceAll(',', ', ').split(' ').filter((w) => w !== '' && w !== ',');
  let letters = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k].endsWith('.') || words[k].endsWith(',') ? words[k].slice(0, -1) : words[k];
    if (w === '') continue;
    const d = w.charCodeAt(0);
    if (d >= 48 && d <= 57) {
      // A house number after the street's words: at the end, before a comma or before a unit word
      // ("Igreja 25", "Zakrzowska 92 Apt. 399"), not a quantity ("12 vCPU each", "512 GB").
      if (letters && w.length <= 5 && (k === words.length - 1 || words[k].endsWith(',') || UNIT_HEADS.includes(`${words[k + 1]} `) ||
        UNIT_HEADS.includes(`${words[k + 1].replace('.', '')} `))) return true;
      continue;
    }
    letters = true;
    if (STREET_TYPES.has(w) || STREET_ENDINGS.some((x) => w.endsWith(x)) || UNIT_HEADS.includes(`${w} `)) return true;
  }
  return false;
}

/** "(579)888-3058 fax", "+41 (0)38 549 02 90 mobile": seven digits or more and no other words than PHONE_WORDS. */
function phoneLine(line: string): boolean {
  let digits = 0;
  let word = '';
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) | 32 : 32;
    if (c >= 97 && c <= 122) {
      word += String.fromCharCode(c);
      continue;
    }
    if (word !== '') {
      if (!PHONE_WORDS.has(word)) return false;
      word = '';
    }
    if (i < line.length && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) digits++;
  }
  return digits >= 7;
}

/** Letters folded for comparing a written name with an e-mail address: lower case, no accents. */
function foldName(w: string): string {
  const special: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd', œ: 'oe', ı: 'i' };
  let out = '';
  for (const ch of w.toLowerCase().normalize('NFD')) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    out += special[ch] ?? ch;
  }
  return out;
}

/** The folded first and last words of a name line (initials and particles left out), or null. */
function nameForMail(nameLine: string): [string, string] | null {
  const words = nameLine.trim().split(' ').filter((w) => w.length >= 2 && !PARTICLES.has(w) && !w.endsWith('.'));
  return words.length < 2 ? null : [foldName(words[0]), foldName(words[words.length - 1])];
}

/** Whether an e-mail address on `line` has a local part holding both words of `name` (see nameForMail). */
function mailHoldsName(name: readonly [string, string], line: string): boolean {
  const [firstW, lastW] = name;
  for (let at = line.indexOf('@'); at > 0; at = line.indexOf('@', at + 1)) {
    let s = at;
    let local = '';
    while (s > 0 && at - s < 64) {
      const c = line.charCodeAt(s - 1);
      const l = c | 32;
      const alnum = (l >= 97 && l <= 122) || (c >= 48 && c <= 57);
      if (!alnum && c !== 46 && c !== 95 && c !== 45) break; // letters, digits and . _ - only
      s--;
      if (alnum) local = String.fromCharCode(l) + local;
    }
    if (local.includes(firstW) && local.includes(lastW)) return true;
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
  // "Directed By:    X": a few more spaces before the name.
  for (let k = 0; k < 8 && i > 0 && text.charCodeAt(i - 1) === 32; k++) i--;
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

/** Participles of what people make, before "by" and a name of two or three words ("directed by X Y"). */
const AUTHORED = new Set(['written', 'co-written', 'directed', 'authored', 'illustrated', 'narrated', 'translated', 'painted', 'photographed',
  'composed', 'sung']);
/** Naming verbs after a person noun: "a friend named X", "my grandmother was called X". */
const NAMED = new Set(['named', 'called']);

/**
 * Whether a person cue (see PERSON_CUES) comes right before `at`; `several` (a run of two or three
 * name words) also takes "written by", "directed by" …, which before one word as often name a company.
 */
function cueBefore(text: string, at: number, several: boolean): boolean {
  const [w, j] = wordBefore(text, at);
  if (w === '') return false;
  if (PERSON_CUES.has(w)) return true;
  if (OWN_CUES.has(w)) return OWNERS.has(wordBefore(text, j)[0]);
  if (NAMED.has(w)) {
    // Not after "assistant": "an AI assistant named Jarvis".
    const [w2, j2] = wordBefore(text, j);
    if (w2 !== 'assistant' && PERSON_CUES.has(w2)) return true;
    if (w2 !== 'was' && w2 !== 'is') return false;
    const w3 = wordBefore(text, j2)[0];
    return w3 !== 'assistant' && PERSON_CUES.has(w3);
  }
  if (!CUE_LINKS.has(w)) return false;
  const [w2] = wordBefore(text, j);
  return PERSON_CUES.has(w2) || (several && w === 'by' && AUTHORED.has(w2));
}

/** Roles only a person takes, after "as" (and an article): "add X as a beneficiary", "X as guardian". */
const ROLES = ['beneficiary', 'guardian', 'legal guardian', 'executor', 'executrix', 'trustee', 'co-signer', 'cosigner', 'co-applicant',
  'guarantor', 'authorized user', 'authorised user', 'account holder', 'joint account holder', 'joint owner', 'next of kin',
  'emergency contact', 'dependent', 'dependant', 'godfather', 'godmother', 'godparent', 'power of attorney', 'caregiver'];
const ROLE_ARTICLES = ['a ', 'an ', 'the ', 'my ', 'our ', 'his ', 'her ', 'their ', 'your ', 'its '];
/** " as (a) beneficiary" … right after `end` (a space there). */
function roleAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end + 1) !== 97 || text.charCodeAt(end + 2) !== 115 || text.charCodeAt(end + 3) !== 32) return false; // " as "
  let rest = text.slice(end + 4, end + 40).toLowerCase();
  for (const a of ROLE_ARTICLES) {
    if (rest.startsWith(a)) {
      rest = rest.slice(a.length);
      break;
    }
  }
  return ROLES.some((w) => rest.startsWith(w) && !isWordChar(rest, w.length));
}

/** After a role word heading a run: two or three name words (an initial only inside) with some sign of a name. */
function nameAfterRole(rest: readonly string[]): boolean {
  if (rest.length < 2 || rest.length > 3) return false;
  if (rest[0].length < 2 || rest[rest.length - 1].length < 2 || rest[0].endsWith('.') || rest[rest.length - 1].endsWith('.')) return false;
  if (rest.length === 3 && !isInitial(rest[1]) && (rest[1].length < 2 || rest[1].endsWith('.'))) return false;
  if (rest.some((t) => HEADING_WORDS.has(t.toLowerCase()))) return false;
  return GIVEN.has(rest[0].toLowerCase()) || (rest.length === 3 && isInitial(rest[1])) || surnameEnding(rest[rest.length - 1].toLowerCase());
}

/** A lower-case word with a common surname ending (see SURNAME_SUFFIXES), not one of the common words that share one. */
function surnameEnding(last: string): boolean {
  return last.length >= 5 && SURNAME_SUFFIXES.some((x) => last.endsWith(x)) && !NOT_SURNAME_ENDINGS.some((x) => last.endsWith(x));
}

/** Name particles between a given name and a family name ("ten", "van de", "da", "von"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'ten', 'ter', 'te', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'zu']);
/** PARTICLES as numbers, five bits a letter (a = 1): see particleTail. */
const PARTICLE_KEYS = new Set([...PARTICLES].map((w) => [...w].reduce((k, ch) => k * 32 + (ch.charCodeAt(0) - 96), 0)));
/**
 * End of "( particle){1,3} Capitalised" right after `end` (a space there), or `end` when none follows:
 * "Annelies| ten Parrow", "Maika| van de Oorsprong". The capitalised word must be a whole word of two letters or more.
 */
function particleTail(text: string, end: number): number {
  const c = text.charCodeAt(end + 1);
  if (c !== 100 && c !== 118 && c !== 116 && c !== 122) return end; // d v t z
  let i = end;
  for (let k = 0; k < 3 && text.charCodeAt(i) === 32; k++) {
    // The lower-case word after the space as a number (five bits a letter): no string is made.
    let j = i + 1;
    let key = 0;
    while (j - i <= 6 && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) key = key * 32 + (text.charCodeAt(j++) - 96);
    if (j - i > 6 || !PARTICLE_KEYS.has(key)) break;
    i = j;
  }
  if (i === end || text.charCodeAt(i) !== 32 || i + 1 >= text.length || classAt(text, i + 1) !== CLASS_LU) return end;
  let e = tokenEnd(text, i + 1);
  if (e - (i + 1) < 2 || text.charCodeAt(e - 1) === 46) return end;
  // "Maria de la Cruz Gómez": one more capitalised word.
  if (text.charCodeAt(e) === 32 && e + 1 < text.length && classAt(text, e + 1) === CLASS_LU) {
    const e2 = tokenEnd(text, e + 1);
    if (e2 - (e + 1) >= 2 && text.charCodeAt(e2 - 1) !== 46 && !isWordChar(text, e2)) e = e2;
  }
  return isWordChar(text, e) ? end : e;
}

/**
 * A name asked for right before `at`: the answer to a question about a name ("What's the name on the
 * account? User: X"), or the object of "it's under" / "booked under" / "under the name", or of "to" / "is"
 * in a sentence about a name ("The name in the account is not correct, please change it to X"). Reads at
 * most ~130 units back.
 */
function nameAsked(text: string, at: number): boolean {
  let i = at - 1;
  let k = 0;
  while (i >= 0 && k < 6 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 9)) { i--; k++; }
  if (i < 0) return false;
  if (text.charCodeAt(i) === 58) {
    // A speaker's label ("User:", "A:", "Customer:") after the question.
    let j = i - 1;
    while (j >= 0 && i - j <= 16 && classAt(text, j) !== CLASS_OTHER) j--;
    if (j === i - 1) return false;
    i = j;
    k = 0;
    while (i >= 0 && k < 6 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13 || text.charCodeAt(i) === 9)) { i--; k++; }
    if (i < 0) return false;
  }
  if (text.charCodeAt(i) === 63) return nameInSentence(text, i); // "?"
  // The word before: "under", "name", "of", "to" or "is" (its last letter first: most runs follow none).
  const last = text.charCodeAt(at - 2);
  if (text.charCodeAt(at - 1) !== 32 || (last !== 114 && last !== 101 && last !== 102 && last !== 111 && last !== 115)) return false;
  const before = ` ${text.slice(Math.max(0, at - 20), at).toLowerCase()}`;
  if (UNDER.some((p) => before.endsWith(p))) return true;
  return (before.endsWith(' to ') || before.endsWith(' is ')) && nameInSentence(text, at - 1);
}
const UNDER = [" it's under ", ' it’s under ', ' it is under ', ' booked under ', ' reserved under ', ' listed under ', ' under the name ',
  ' under the name of '];

/**
 * Whether the word "name" occurs in the sentence that ends at `end` (at most 100 units back), not as
 * a thing's name ("the theme name", "the file name").
 */
function nameInSentence(text: string, end: number): boolean {
  for (let i = end - 1; i >= 3 && end - i <= 100; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return false;
    if ((c === 101 || c === 69) && (text.charCodeAt(i - 1) | 32) === 109 && (text.charCodeAt(i - 2) | 32) === 97 && (text.charCodeAt(i - 3) | 32) === 110 &&
      !isWordChar(text, i - 4) && (!isWordChar(text, i + 1) || text.charCodeAt(i + 1) === 115)) return !THING_NAMES.has(wordBefore(text, i - 3)[0]);
  }
  return false;
}
/** Things that have names: "the theme name is wrong, change it to Ocean Breeze" asks for no person. */
const THING_NAMES = new Set(('file project variable branch theme display host domain product brand company team field column table ' +
  'function class method package repo repository folder directory app model event channel server device key tag label screen code ' +
  'pet dog cat ship street city place band song album book movie game business store shop group server database bucket cluster ' +
  'network wifi ssid site page document sheet tab workspace organization organisation org').split(' '));

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
  const take = (i: number, score: number, note: string, cut = 0): void => {
    const a = toks.start(i);
    const b = toks.end(i) - cut;
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
    const w = text.slice(toks.start(i), toks.end(i));
    // "Tarantino's movies": the token list keeps the possessive inside the word.
    const cut = w.length > 4 && w.endsWith('s') && (w[w.length - 2] === "'" || w[w.length - 2] === '’') ? 2 : 0;
    const firstEnd = names.get(cut === 0 ? w : w.slice(0, -2));
    if (firstEnd !== undefined && firstEnd - toks.start(i) <= BACK_REACH) take(i, 0.5, 'repeated name', cut);
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
  // A capitalised word; or, in text written all in lower case, a line ending in a word (a card's name
  // line) or a naming phrase.
  prefilter: "\\p{Lu}\\p{Ll}|\\p{Ll}\\r?\\n|(?i:name is|calls? me|name's|name’s|name:)",
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
