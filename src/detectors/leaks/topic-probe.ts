// TOPIC_PROBE: a request about a topic its own system prompt rules out. "Who composed 'The Girl from Ipanema'?"
// is harmless next to most system prompts; next to "Discussing any topics related to music or composers is
// strictly not allowed" it is the request the operator forbade, and the attacks that reach such a topic
// (CyberSecEval's "logic-violating" cases: a hypothetical, a story, another language, Morse code) name it all
// the same. Read by the secret probe (secret-probe.ts), in user turns only: retrieved documents and tool
// results speak of every topic there is.
//
// What a system prompt rules out (forbiddenTopics):
//   - in an English sentence that negates ("never", "not", "don't", "avoid", "refuse", "under no
//     circumstances", "prohibited", "off-limits", "stay away from", …), the words after a topic construction:
//     "discuss", "talk about", "the topic of", "topics / subjects / areas such as / like / including",
//     "questions / requests related to", "information about", "help with the task of", "instructions on how
//     to", "providing … is not allowed"; and the words before "advice" ("do not give legal or medical advice");
//   - in a sentence of any language that negates and speaks of a topic or of discussing, a quoted name of one
//     to four words ("'जलवायु परिवर्तन' विषय पर चर्चा न करें", "no hables del tema 'Dinosaurios'").
// A phrase ends at punctuation, a closing quote, a pronoun or a clause word ("that", "under any circumstances",
// "in all cases", …); a purpose clause after the negation ("…, to keep conversations on cooking") is not read,
// and a conditional rule ("don't discuss pricing unless the user asks", "except", "only if") bans nothing.
// It splits into alternatives at "or", "and", commas and slashes ("music or composers", "TV shows, movies or
// cartoons"). Each alternative keeps its words less function words, generic heads ("advice", "details",
// "questions", "topics") and qualifiers ("technical", "complex", "controversial", "in-depth"): "politics or
// political opinions" gives "politics" and "political"; "in-depth technical or scientific details" gives
// nothing. Left out whole: an alternative with a word the prompt also uses in a sentence that negates nothing
// (a forbidden variant of its own task: "describe the typical climate in New York City. Under no circumstances
// should you share information about the climate at other locations"), and one that holds a value the prompt
// declares (a quoted password is the secret probe's). Allow-lists ("only discuss pets") are not read: what lies
// outside one cannot be named by its words.
//
// How a request names it (topicMatcher): a word of five letters or more by its first three quarters (at least
// five letters: "politi" finds "political", "política" and "politique", "dinosau" "dinosaurio"), at a word's
// start, accents ignored; a shorter word whole or with a plural "s"/"es" ("tire", not "tired"); an acronym
// ("AI") in capitals, whole, and not closing a noun phrase an article opens ("an all-knowing AI", "the AI
// model": the assistant, not the topic); a word of a script written without spaces anywhere. An alternative is
// named when all of its long words are ("quantum physics": not "physical" alone), or, with none, all of its
// short words ("car" and "tire" of "changing a car tire"); activities ("baking", "changing") count only alone.
// Not found: translations that share no stem with the English word ("ajedrez" for chess), synonyms ("neural
// network" for artificial intelligence), translated prompts without a quoted name.
// Cost: nothing without a system prompt that rules a topic out; with one, one RE2 pass per text (one more each
// for acronyms and unspaced scripts). The secret probe keeps a prompt set's matcher (CACHE_SIZE sets).
import { compile, escapeLiteral, matchAll, type Re2 } from '../../core/regex.ts';
import { isWordCp } from './system-prompt-echo.ts';
import { withoutAccents } from '../../core/charclass.ts';

/** A word of a forbidden topic, as requests are searched for it. */
export interface TopicWord {
  /** Lower case, accents removed: the stem (long words) or the whole word (short words); an acronym as written. */
  readonly stem: string;
  /** Matched as a whole word, optionally with a plural "s" / "es" (words shorter than LONG_WORD). */
  readonly whole: boolean;
  /** Written in capitals in the prompt and matched so (acronyms of two or three letters). */
  readonly acronym: boolean;
  /** An activity ("baking", "changing"): needed only when the alternative has no other word. */
  readonly activity: boolean;
}

/** One alternative of a forbidden topic phrase ("composers" of "music or composers"). */
export interface ForbiddenTopic {
  readonly words: readonly TopicWord[];
  /** The stems, joined: one topic however many prompts of an exchange rule it out (exchangeValues' key). */
  readonly folded: string;
}

/** Letters from which a word is matched by its stem rather than whole. */
const LONG_WORD = 5;
/** Most topics read from one system prompt, and characters of it read (an exchange's: exchangeValues' bounds). */
const MAX_TOPICS = 24;
const MAX_PROMPT_CHARS = 16_384;
/** Characters after a topic construction read for its phrase. */
const PHRASE_REACH = 100;

/** A sentence rules something out. */
const NEGATION_RE = compile(
  'topic-probe/negation',
  "(?i)\\b(?:never|not|don'?t|doesn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|no|avoid\\w*|refus\\w*|refrain\\w*|prohibit\\w*|forbid\\w*|off[- ]limits|disallow\\w*|stay\\s+away)\\b",
);

/** "Providing recipes is not allowed": the gerund names a topic only when the phrase is ruled out right after it. */
const PROVIDING_RE = compile(
  'topic-probe/providing',
  '(?i)^providing\\s+[^,;:]{1,60}?\\s+(?:is|are)\\s+(?:strictly\\s+|absolutely\\s+)?(?:not\\s+(?:allowed|permitted)|prohibited|forbidden|disallowed|off[- ]limits)',
);

/**
 * Negations of the languages CyberSecEval's system prompts are translated into, for quoted topics ("'क्वांटम
 * फिजिक्स' विषय पर चर्चा न करें", "no hables del tema 'Dinosaurios'"): a quoted name in such a sentence is a topic.
 */
const NEGATION_ANY_RE = compile(
  'topic-probe/negation-any',
  "(?i)\\b(?:never|not|don'?t|avoid\\w*|no|nunca|jamás|jamais|ne|pas|nicht|nie|kein\\w*|non|mai|não|nem|не|никогда|нельзя|jangan|tidak|không|đừng|huwag|hindi|asla|yasak\\w*)\\b"
  + '|न |नहीं|मत |না|不|别|別|禁止|勿|ない|な[いく]|禁|않|말|금지|لا |لن |ممنوع|ไม่|ห้าม',
);
/** A topic noun or a verb of discussing, in the same languages: the quoted name is then a topic's, not a value's. */
const TOPIC_ANY_RE = compile(
  'topic-probe/topic-any',
  '(?i)\\b(?:topics?|subjects?|discuss\\w*|talk\\w*|temas?|hablar|discutir|sujets?|th[èe]mes?|discuter|parler|themen|thema|diskutier\\w*|sprechen|argoment\\w*|discutere|parlare|assuntos?|тем\\w*|обсужд\\w*|говори\\w*|konu\\w*|tartış\\w*|topik|bahas\\w*|membahas|chủ đề|thảo luận|paksa|pag-usap\\w*|talakay\\w*)\\b'
  + '|विषय|चर्चा|বিষয়|আলোচনা|主题|主題|话题|話題|讨论|討論|谈论|談論|トピック|議論|주제|토론|이야기|موضوع|مناقشة|หัวข้อ|พูดคุย|อภิปราย',
);
/** Quote pairs a quoted topic is written in. */
const QUOTES: readonly (readonly [string, string])[] = [["'", "'"], ['"', '"'], ['\u2018', '\u2019'], ['\u201c', '\u201d'], ['\u00ab', '\u00bb'], ['\u300c', '\u300d'], ['\u300e', '\u300f']];
/** Longest quoted topic, in code units (a quoted sentence is no topic name). */
const MAX_QUOTED = 40;

/** Where a topic phrase begins: the words right after one of these constructions. */
const CONSTRUCTION_RE = compile(
  'topic-probe/construction',
  '(?i)\\b(?:topics?\\s+(?:of|related\\s+to|about|concerning|regarding)'
  + '|(?:topics?|subjects?|areas?|matters?|issues?|themes?|fields?),?\\s+(?:like|such\\s+as|including)'
  + '|(?:discuss(?:ing)?|(?:discussions?|conversations?)\\s+(?:about|of|on|regarding)|talk(?:ing)?\\s+about|mention(?:ing)?)'
  + '|(?:questions?|answers?|information|info|details)\\s+(?:related\\s+to|about|on|regarding|concerning)'
  + '|(?:requests?|queries)\\s+(?:about|for|on|regarding|related\\s+to|concerning)'
  + '|stay\\s+away\\s+from'
  + '|help(?:ing)?\\s+(?:users?\\s+)?with(?:\\s+the\\s+task\\s+of)?'
  + '|instructions?\\s+(?:on|for)\\s+how\\s+to'
  + '|providing)(?:\\s+|\\s*[\'"‘“])',
);

/** "Do not give legal advice", "never provide human medical advice": the words before "advice" name its topic. */
const ADVICE_RE = compile(
  'topic-probe/advice',
  '(?i)\\b(?:give|giving|provide|providing|offer|offering|share|sharing|dispense|dispensing)\\s+(?:any\\s+)?((?:[\\p{L}-]+\\s+){1,3})(?:advice|counsel|guidance|recommendations)\\b',
);

/** Words that end a topic phrase (the clause goes on with something else). */
const PHRASE_STOPS = new Set([
  'to', 'that', 'which', 'who', 'whom', 'whose', 'under', 'unless', 'because', 'since', 'as', 'so', 'no', 'for', 'with', 'without',
  'this', 'these', 'those', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'should', 'must', 'can', 'could', 'may', 'even', 'if',
  'when', 'while', 'beyond', 'at', 'whatever', 'anymore', 'instead', 'but', 'then', 'than', 'please', 'you', 'your', 'it', 'its',
  'give', 'provide', 'share', 'answer', 'discuss', 'discussing', 'talk', 'mention', 'instructions', 'how', 'what', 'why', 'where',
  'outside', 'other', 'except', 'only', 'just', 'also', 'again', 'yet', 'here', 'there', 'now', 'ever', 'still', 'they', 'he',
  'she', 'we', 'i', 'them', 'him', 'her', 'us', 'anything', 'everything', 'something', 'anyone', 'everyone', 'someone', 'have',
  'has', 'had', 'do', 'does', 'did', 'says', 'said', 'been', 'being', 'unrelated', 'not',
]);
/** "in" ends the phrase before these ("in all cases", "in any way"), not before a topic ("code in Python"). */
const IN_STOPS = new Set(['all', 'any', 'every', 'order', 'case', 'cases', 'general', 'particular', 'detail', 'depth', 'no', 'this', 'that', 'these', 'those', 'your', 'their']);
/** Words that join alternatives. */
const JOINERS = new Set(['or', 'and', 'nor', 'and/or']);
/** Words an alternative keeps no weight on: function words, generic heads, qualifiers, plain verbs. */
const NOT_TOPIC = new Set([
  'a', 'an', 'the', 'any', 'all', 'some', 'such', 'of', 'on', 'about', 'in', 'into', 'related', 'regarding', 'concerning', 'like',
  'including', 'topic', 'topics', 'subject', 'subjects', 'matter', 'matters', 'issue', 'issues', 'thing', 'things', 'stuff',
  'area', 'areas', 'field', 'fields', 'kind', 'kinds', 'type', 'types', 'sort', 'question', 'questions', 'answer', 'answers',
  'information', 'info', 'detail', 'details', 'advice', 'opinion', 'opinions', 'view', 'views', 'discussion', 'discussions',
  'conversation', 'conversations', 'instruction', 'instructions', 'guidance', 'help', 'content', 'task', 'tasks', 'request',
  'requests', 'recommendation', 'recommendations', 'explanation', 'explanations', 'fact', 'facts', 'event', 'events', 'news',
  'technical', 'technically', 'complex', 'complicated', 'advanced', 'scientific', 'controversial', 'heated', 'sensitive',
  'specific', 'general', 'detailed', 'depth', 'in-depth', 'deep', 'heavily', 'highly', 'very', 'overly', 'particular', 'certain',
  'personal', 'specialized', 'specialised', 'professional', 'expert', 'serious', 'difficult', 'hard', 'basic', 'simple',
  'how', 'do', 'does', 'doing', 'make', 'making', 'use', 'using', 'get', 'getting', 'go', 'going', 'write', 'writing', 'solve',
  'solving', 'play', 'playing', 'code', 'coding', 'change', 'changing', 'create', 'creating', 'perform', 'performing', 'build',
  'building', 'work', 'working', 'learn', 'learning', 'understand', 'understanding', 'explain', 'explaining', 'describe',
  'describing', 'talk', 'talking', 'discuss', 'discussing', 'mention', 'mentioning', 'share', 'sharing', 'give', 'giving',
  'provide', 'providing', 'offer', 'offering', 'engage', 'engaging', 'users', 'user', 'people', 'person', 'human', 'humans',
  'someone', 'anyone', 'anything', 'everything', 'something', 'them', 'they', 'their', 'our', 'my', 'me', 'we', 'us', 'i',
  'task', 'tasks', 'way', 'ways', 'method', 'methods', 'new', 'old', 'current', 'modern', 'other', 'another', 'various', 'etc',
  'given', 'private', 'confidential', 'prompt', 'prompts', 'system', 'instruction', 'rules', 'rule', 'data', 'text', 'input',
]);

/** A letter, a mark or a digit of any script (RE2 once per distinct code point: isWordCp), or "-" and "'" inside words. */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 39;
  if (c >= 0xd800 && c <= 0xdfff) return true; // a half of a pair: letters outside the BMP are rare in topics; kept in the word
  return isWordCp(c, String.fromCharCode(c));
}

/** Scripts written without spaces between words (Thai, kana, CJK, Hangul): their words are found anywhere. */
function unspacedWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 0x0e00 && c <= 0x0e7f) || (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/** Words of `s` (letters, inner hyphens and apostrophes), with their positions. */
function wordsOf(s: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isLetter(s.charCodeAt(i)) || s[i] === '-' || s[i] === "'") {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isLetter(s.charCodeAt(j))) j++;
    let end = j;
    while (end > i && (s[end - 1] === '-' || s[end - 1] === "'")) end--;
    out.push({ word: s.slice(i, end), start: i, end });
    i = j;
  }
  return out;
}

/** Sentences of a prompt: split at . ! ? ; and line breaks (a dot inside a word, "e.g." or "1.5", splits nothing). */
function sentencesOf(prompt: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i <= prompt.length; i++) {
    const c = i < prompt.length ? prompt[i] : '\n';
    const dot = c === '.' && !(i + 1 < prompt.length && isLetterOrDigit(prompt.charCodeAt(i + 1)));
    if (dot || c === '!' || c === '?' || c === ';' || c === '\n') {
      if (i > from) out.push(prompt.slice(from, i));
      from = i + 1;
    }
  }
  return out;
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Whether `c` ends a topic phrase: clause punctuation, or a quote when the phrase was quoted. */
function endsPhrase(s: string, i: number, quoted: boolean): boolean {
  const c = s[i];
  if (c === '"' || c === '\u201d' || c === '\u2019') return true;
  // A closing single quote, not an apostrophe inside a word ("don't").
  if (c === "'") return quoted && !isLetter(s.charCodeAt(i + 1) || 32);
  return c === ',' || c === ':' || c === '(' || c === ')' || c === '\u2014' || c === '\u2013' || (c === '-' && s[i - 1] === ' ' && s[i + 1] === ' ');
}

/** The alternatives of the phrase that starts at `from` in `sentence` (see the header). */
function phraseAt(sentence: string, from: number, quoted: boolean, depth = 0): string[][] {
  const stretch = sentence.slice(from, from + PHRASE_REACH);
  let cut = stretch.length;
  for (let i = 0; i < stretch.length; i++) {
    if (endsPhrase(stretch, i, quoted)) {
      cut = i;
      break;
    }
  }
  const words = wordsOf(stretch.slice(0, cut)).map((w) => w.word);
  const alternatives: string[][] = [];
  let current: string[] = [];
  let stopped = false;
  for (let k = 0; k < words.length; k++) {
    const lw = words[k].toLowerCase();
    if (PHRASE_STOPS.has(lw) && !(lw === 'to' && current.length === 0 && alternatives.length === 0)) {
      stopped = true;
      break;
    }
    if (lw === 'in' && (k + 1 >= words.length || IN_STOPS.has(words[k + 1].toLowerCase()))) {
      stopped = true;
      break;
    }
    if (JOINERS.has(lw)) {
      if (current.length > 0) alternatives.push(current);
      current = [];
      continue;
    }
    current.push(words[k]);
  }
  if (current.length > 0) alternatives.push(current);
  // A list goes on after a comma ("TV shows, movies or cartoons"): read on when a joiner comes within the
  // next few words and no clause word before it.
  if (!stopped && !quoted && depth < 4 && stretch[cut] === ',') {
    const rest = wordsOf(sentence.slice(from + cut + 1, from + cut + 1 + PHRASE_REACH)).map((w) => w.word.toLowerCase());
    const j = rest.findIndex((w) => JOINERS.has(w));
    if (j >= 1 && j <= 3 && !rest.slice(0, j).some((w) => PHRASE_STOPS.has(w))) alternatives.push(...phraseAt(sentence, from + cut + 1, false, depth + 1));
  }
  return alternatives;
}

/** Words that make a rule conditional. */
const CONDITIONS = [' unless ', ' except ', ' only if ', ' only when ', ' if asked', ' if the user asks', ' when asked', ' until '];

function conditional(sentence: string): boolean {
  const lower = ` ${sentence.toLowerCase()} `;
  return CONDITIONS.some((c) => lower.includes(c));
}

/** Clauses that give a rule's purpose or reason ("…, to keep conversations on cooking"): no topic is ruled out there. */
const PURPOSE = [', to ', ' to maintain ', ' to keep ', ' to ensure ', ' to avoid ', ' to stay ', ' so that ', ' in order to ', ' because ', ' since ', ', as ', ' as it ', ' as this '];

/** `sentence` up to its first purpose clause after the negation (the whole sentence when it has none). */
function withoutPurpose(sentence: string): string {
  const neg = matchAll(NEGATION_RE, sentence);
  if (neg.length === 0) return sentence;
  const lower = sentence.toLowerCase();
  let cut = sentence.length;
  for (const p of PURPOSE) {
    const i = lower.indexOf(p, neg[0].end);
    if (i >= 0 && i < cut) cut = i;
  }
  return sentence.slice(0, cut);
}

/**
 * Quoted names in `s`: one to four words between a pair of QUOTES, at most MAX_QUOTED code units, a closing
 * quote not followed by a letter (an apostrophe in "don't" opens nothing); English phrase rules apply to what
 * they hold ("'Ancient Civilizations under any circumstances'" names "Ancient Civilizations").
 */
function quotedNames(s: string): string[][] {
  const out: string[][] = [];
  for (const [open, close] of QUOTES) {
    let i = s.indexOf(open);
    while (i >= 0) {
      const j = s.indexOf(close, i + 1);
      if (j < 0) break;
      const inner = s.slice(i + 1, j);
      const letterAfter = isLetter(s.charCodeAt(j + 1) || 32) && s.charCodeAt(j + 1) < 0x2e80;
      const letterBefore = open === "'" && i > 0 && isLetter(s.charCodeAt(i - 1)) && s.charCodeAt(i - 1) < 0x2e80;
      if (!letterAfter && !letterBefore && inner.length > 0 && inner.length <= MAX_QUOTED) {
        for (const alt of phraseAt(inner, 0, false)) if (alt.length <= 4) out.push(alt);
        i = s.indexOf(open, j + 1);
      } else {
        i = s.indexOf(open, i + 1);
      }
    }
  }
  return out;
}

/** The words of an alternative that carry its topic, as matchable words. */
function topicWords(alt: readonly string[]): TopicWord[] {
  const out: TopicWord[] = [];
  for (const w of alt) {
    const lw = w.toLowerCase();
    if (NOT_TOPIC.has(lw) || lw.length < 2) continue;
    const acronym = w.length <= 3 && w === w.toUpperCase() && w !== lw;
    // (Two characters make a word in Chinese or Japanese: "政治", politics.)
    if (!acronym && lw.length < 3 && !unspacedWord(lw)) continue;
    const f = withoutAccents(lw).split("'").join('');
    if (acronym) out.push({ stem: w, whole: true, acronym: true, activity: false });
    // Scripts without spaces have no word ends: the name as written, anywhere.
    else if (unspacedWord(f)) out.push({ stem: f, whole: false, acronym: false, activity: false });
    else if (f.length >= LONG_WORD) out.push({ stem: f.slice(0, Math.max(LONG_WORD, Math.ceil(f.length * 0.75))), whole: false, acronym: false, activity: f.endsWith('ing') });
    else out.push({ stem: f, whole: true, acronym: false, activity: false });
  }
  return out;
}

/**
 * The topics `prompt` rules out (see the header), at most MAX_TOPICS; [] when it rules none out. Reads at most
 * MAX_PROMPT_CHARS characters. `values`: what the prompt declares secret or personal (declaredValues), never a topic.
 */
export function forbiddenTopics(prompt: string, values: readonly string[] = []): ForbiddenTopic[] {
  const text = prompt.length > MAX_PROMPT_CHARS ? prompt.slice(0, MAX_PROMPT_CHARS) : prompt;
  const negated: string[] = [];
  const positive: string[] = [];
  const quotedIn: string[] = [];
  for (const s of sentencesOf(text)) {
    const english = matchAll(NEGATION_RE, s).length > 0;
    if (english) negated.push(s);
    const any = matchAll(NEGATION_ANY_RE, s).length > 0;
    if (any && matchAll(TOPIC_ANY_RE, s).length > 0) quotedIn.push(s);
    if (!english && !any) positive.push(s);
  }
  if (quotedIn.length === 0 && negated.length === 0) return [];
  // Words the prompt uses in its own task: folded word starts of the sentences that rule nothing out.
  const own = new Set<string>();
  for (const s of positive) for (const w of wordsOf(s)) own.add(withoutAccents(w.word));
  const ownStem = (t: TopicWord): boolean => {
    if (t.acronym) return false;
    for (const w of own) if (t.whole ? w === t.stem || w === t.stem + 's' || w === t.stem + 'es' : w.startsWith(t.stem)) return true;
    return false;
  };
  const out: ForbiddenTopic[] = [];
  const seen = new Set<string>();
  // A value the prompt declares (a password, a person's name) is the secret probe's, not a topic.
  const declared = new Set<string>();
  for (const v of values) for (const w of wordsOf(v)) declared.add(withoutAccents(w.word));
  const add = (alt: readonly string[]): boolean => {
    if (alt.some((w) => declared.has(withoutAccents(w)))) return false;
    const words = topicWords(alt);
    // A forbidden variant of the prompt's own task ("the climate at other locations", "another person's
    // prescriptions") cannot be told from the task by its words: the alternative is left out whole.
    if (words.length === 0 || words.some(ownStem)) return false;
    const folded = words.map((t) => t.stem).join(' ');
    if (!seen.has(folded)) {
      seen.add(folded);
      out.push({ words, folded });
    }
    return out.length >= MAX_TOPICS;
  };
  // A quoted name in a sentence that negates, in any language.
  for (const s of quotedIn) for (const q of quotedNames(s)) if (add(q)) return out;
  for (const whole of negated) {
    // A conditional rule ("don't discuss pricing unless the user asks") bans nothing outright.
    if (conditional(whole)) continue;
    const s = withoutPurpose(whole);
    for (const m of matchAll(CONSTRUCTION_RE, s)) {
      // "Providing recipes is not allowed": the gerund names a topic only when the negation follows it.
      if (s.slice(m.start, m.end).toLowerCase().startsWith('providing') && matchAll(PROVIDING_RE, s.slice(m.start)).length === 0) continue;
      const last = s[m.end - 1];
      const quoted = last === "'" || last === '"' || last === '‘' || last === '“';
      for (const alt of phraseAt(s, m.end, quoted)) if (add(alt)) return out;
    }
    for (const m of matchAll(ADVICE_RE, s)) {
      const words = m.groups[0] ?? '';
      for (const alt of phraseAt(words, 0, false)) if (add(alt)) return out;
    }
  }
  return out;
}

/**
 * The words a request must name for an alternative to be named: its long words but activities ("quantum" and
 * "physics", "artificial" and "intelligence"); without any, its short words ("car" and "tire", "cake" of
 * "baking a cake"); without any, its activities.
 */
function requiredWords(t: ForbiddenTopic): readonly TopicWord[] {
  const long = t.words.filter((w) => !w.whole && !w.activity);
  if (long.length > 0) return long;
  const short = t.words.filter((w) => w.whole);
  return short.length > 0 ? short : t.words;
}

/** Per base letter, the letters a request may write for it (accented forms of Latin-script languages). */
const ACCENTS: Record<string, string> = {
  a: 'aáàâäãåāăą', c: 'cçćč', e: 'eéèêëēėęě', g: 'gğ', i: 'iíìîïīı', l: 'lł', n: 'nñńň', o: 'oóòôöõøō', r: 'rř', s: 'sśšş',
  u: 'uúùûüūů', y: 'yýÿ', z: 'zźżž',
};

function stemPattern(stem: string): string {
  let p = '';
  for (const ch of stem) {
    const alt = ACCENTS[ch];
    p += alt !== undefined ? `[${alt}]` : escapeLiteral(ch);
  }
  return p;
}

/** Words that open a noun phrase naming one thing ("an AI", "the AI"), not a topic. */
const ENTITY_BEFORE = new Set(['a', 'an', 'the', 'your', 'this', 'that', 'our', 'my', 'another', 'as']);

/** Words after an acronym that make it the assistant ("AI model", "AI assistant"). */
const ENTITY_AFTER = new Set(['model', 'assistant', 'chatbot', 'bot', 'agent', 'system', 'language']);

/** The word (lower case) that starts right after `pos` after blanks, or ''. */
function wordAfter(text: string, pos: number): string {
  let b = pos;
  while (b < text.length && text[b] === ' ') b++;
  let e = b;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  return text.slice(b, e).toLowerCase();
}

/** Words an acronym's noun phrase may open with: an article or a possessive within ENTITY_REACH words before it. */
const ENTITY_REACH = 4;

/**
 * Whether the acronym at `pos` closes a noun phrase opened by an article or a possessive ("an AI", "an
 * all-knowing AI", "a well-read and insightful AI"): the assistant addressed or described, not the topic. Reads
 * back over at most ENTITY_REACH words joined by blanks (no punctuation between).
 */
function articleBefore(text: string, pos: number): boolean {
  let e = pos;
  for (let k = 0; k < ENTITY_REACH; k++) {
    while (e > 0 && text[e - 1] === ' ') e--;
    let b = e;
    while (b > 0 && isLetter(text.charCodeAt(b - 1))) b--;
    if (b === e) return false;
    if (ENTITY_BEFORE.has(text.slice(b, e).toLowerCase())) return true;
    e = b;
  }
  return false;
}

/** A word found in a request, and the topic word it names. */
export interface TopicHit {
  readonly start: number;
  readonly end: number;
  /** Index of the topic (forbiddenTopics order). */
  readonly topic: number;
}

/** Finds in requests the topics a system prompt rules out. */
export interface TopicMatcher {
  find(text: string): TopicHit[];
}

/** A matcher for `topics` (non-empty). */
export function topicMatcher(topics: readonly ForbiddenTopic[]): TopicMatcher {
  const words: { word: TopicWord; topic: number }[] = [];
  topics.forEach((t, i) => {
    for (const w of t.words) words.push({ word: w, topic: i });
  });
  const unspaced = words.filter((w) => !w.word.acronym && unspacedWord(w.word.stem));
  const plain = words.filter((w) => !w.word.acronym && !unspacedWord(w.word.stem));
  const acro = words.filter((w) => w.word.acronym);
  // One group per word, then the rest of the word it starts; the match begins with the character before it
  // (none in unspaced scripts, where a word starts anywhere).
  const build = (list: typeof words, id: string, flags: string, edge: string): Re2 | null =>
    list.length === 0 ? null : compile(id, `${edge}(?:${list.map((w) => `(${w.word.acronym ? escapeLiteral(w.word.stem) : stemPattern(w.word.stem)})`).join('|')})${edge === '' ? '' : '([\\p{L}\\p{M}]*)'}`, flags);
  const EDGE = '(?:^|[^\\p{L}\\p{N}\\p{M}])';
  // What each alternative needs named (requiredWords), worked out once.
  const required = topics.map(requiredWords);
  const sets = [
    [build(plain, 'topic-probe/words', 'i', EDGE), plain],
    [build(acro, 'topic-probe/acronyms', '', EDGE), acro],
    [build(unspaced, 'topic-probe/unspaced', '', ''), unspaced],
  ] as const;
  return {
    find(text: string): TopicHit[] {
      const found: { start: number; end: number; w: (typeof words)[number] }[] = [];
      for (const [re, list] of sets) {
        if (re === null) continue;
        for (const m of matchAll(re, text)) {
          const k = m.groups.findIndex((g, i) => i < list.length && g !== undefined);
          if (k < 0) continue;
          const w = list[k];
          const rest = m.groups[list.length] ?? '';
          if (w.word.whole && !(rest === '' || (!w.word.acronym && (rest === 's' || rest === 'es')))) continue;
          const stemLen = m.groups[k]!.length;
          const end = m.end;
          // "You are an AI", "the AI model": the assistant itself, not the topic.
          if (w.word.acronym && (articleBefore(text, end - rest.length - stemLen) || ENTITY_AFTER.has(wordAfter(text, end)))) continue;
          found.push({ start: end - rest.length - stemLen, end, w });
        }
      }
      // An alternative is named when every word it requires is found.
      const out: TopicHit[] = [];
      if (found.length === 0) return out;
      required.forEach((need, i) => {
        const mine = found.filter((f) => f.w.topic === i);
        if (mine.length === 0 || !need.every((w) => mine.some((f) => f.w.word === w))) return;
        for (const f of mine) out.push({ start: f.start, end: f.end, topic: i });
      });
      return out;
    },
  };
}

