// Word tokens and phrase gazetteers for the dictionary-driven PII recognizers (LOCATION, ORGANIZATION,
// NRP, TITLE). No regular expressions: one linear pass over the characters produces word tokens, and
// gazetteer phrases are looked up by their first token in a Map, so the cost is linear in the text
// (times the small, bounded number of phrases that share a first word).
//
// Lifetime: gazetteers are built once at module load; `tokenize` keeps a one-entry cache because the
// several recognizers of one scan call it on the same text in turn (synchronously, so it is safe).

/** One word token: a run of letters/digits with inner apostrophes or hyphens ("O'Neil", "Winston-Salem"). */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased text. */
  readonly lower: string;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Every letter is upper case and there are at least two of them ("USA", "LLC"). */
  readonly allCaps: boolean;
  /** Only digits. */
  readonly digits: boolean;
}

function isLower(c: string): boolean {
  if (c >= 'a' && c <= 'z') return true;
  if (c < '\u00c0') return false;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
function isUpper(c: string): boolean {
  if (c >= 'A' && c <= 'Z') return true;
  if (c < '\u00c0') return false;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
/** Letter or digit (cased letters only beyond Latin-1: caseless scripts do not carry capitalisation cues). */
export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isDigit(c) || isLower(c) || isUpper(c) || (c >= '\u00c0' && c !== '\u00d7' && c !== '\u00f7' && c <= '\u024f'));
}

// Per UTF-16 unit classification, computed once per unit with the predicates above (so the flags
// are exactly what they say) and cached for the process: tokenizing then costs a table lookup per
// character instead of string comparisons and case conversions.
const F_KNOWN = 1;
const F_WORD = 2;
const F_UPPER = 4;
const F_LOWER = 8;
const F_DIGIT = 16;
const unitFlags = new Uint8Array(0x10000);

function computeFlags(code: number): number {
  const c = String.fromCharCode(code);
  return F_KNOWN | (isWordChar(c) ? F_WORD : 0) | (isUpper(c) ? F_UPPER : 0) | (isLower(c) ? F_LOWER : 0) | (isDigit(c) ? F_DIGIT : 0);
}
for (let code = 0; code < 0x80; code++) unitFlags[code] = computeFlags(code);

function flagsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code !== code) return 0; // past the end
  let f = unitFlags[code];
  if (f === 0) {
    f = computeFlags(code);
    unitFlags[code] = f;
  }
  return f;
}

let cacheText: string | null = null;
let cacheTokens: Token[] = [];

/** Tokenize `text` into word tokens (bounded by the text length; cached for the last text). */
export function tokenize(text: string): Token[] {
  if (text === cacheText) return cacheTokens;
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let f = flagsAt(text, i);
    if ((f & F_WORD) === 0) { i++; continue; }
    const start = i;
    // Counts per UTF-16 unit of the word characters (the joining ' ’ - count as nothing). Surrogates
    // are never word characters, so a token is a run of BMP units: per-unit counts equal per-code-point
    // counts.
    let letters = 0;
    let uppers = 0;
    let digits = 0;
    let ascii = true;
    for (;;) {
      if ((f & F_DIGIT) !== 0) digits++;
      else if ((f & F_UPPER) !== 0) { uppers++; letters++; } else if ((f & F_LOWER) !== 0) letters++;
      if (text.charCodeAt(i) >= 0x80) ascii = false;
      i++;
      f = i < n ? flagsAt(text, i) : 0;
      if ((f & F_WORD) !== 0) continue;
      // Inner apostrophe / hyphen joins two word parts.
      const c = text.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 45) && (flagsAt(text, i + 1) & F_WORD) !== 0) {
        if (c === 0x2019) ascii = false;
        i++;
        f = flagsAt(text, i);
        continue;
      }
      break;
    }
    const raw = text.slice(start, i);
    out.push({
      // An ASCII token without capitals is its own lower-case form.
      start, end: i, lower: ascii && uppers === 0 ? raw : raw.toLowerCase(), cap: (flagsAt(text, start) & F_UPPER) !== 0,
      allCaps: uppers >= 2 && uppers === letters, digits: digits === i - start,
    });
  }
  cacheText = text;
  cacheTokens = out;
  return out;
}

/** The text between two adjacent tokens. */
export function gap(text: string, toks: readonly Token[], i: number): string {
  return text.slice(toks[i - 1].end, toks[i].start);
}

/** Gaps allowed inside a multi-word name: one or two spaces, an abbreviation dot ("St. Louis", "U.S"), an ampersand ("AT&T"). */
export function isNameGap(g: string): boolean {
  return g === ' ' || g === '  ' || g === '.' || g === '. ' || g === '\u00a0' || g === ' & ' || g === '&';
}

/** Lower-case connector words that may appear inside capitalised names ("Rio de Janeiro", "Bank of America"). */
export const CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'la', 'le', 'les', 'el', 'of', 'the', 'and', 'upon', 'on', 'am', 'an', 'der', 'den', 'es', 'au', 'sur', 'y', 'en', 'al']);

/** Words that start sentences and are capitalised for that reason only. */
export const STOP = new Set(['i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'you', 'he', 'she', 'they', 'my', 'our', 'your', 'his', 'her', 'their',
  'please', 'thanks', 'thank', 'hi', 'hello', 'dear', 'yes', 'no', 'not', 'if', 'when', 'what', 'who', 'why', 'how', 'where', 'and', 'or', 'but', 'so',
  'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'of', 'as', 'is', 'are', 'was', 'were', 'be', 'all', 'any', 'some', 'each', 'every', 'our', 'new', 'old',
  'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had', 'here', 'there', 'then', 'also', 'after', 'before']);

/** French/Italian elided article before a capitalised word ("d'Ivoire", "l'Aquila"). */
function elided(w: string): boolean {
  return w.length > 2 && (w[0] === 'd' || w[0] === 'l') && (w[1] === "'" || w[1] === '’');
}

/** A phrase in a gazetteer. */
export interface Phrase<T> {
  readonly tokens: readonly string[];
  readonly data: T;
}

/** Phrases indexed by first token, longest first. */
export interface Gazetteer<T> {
  readonly byFirst: ReadonlyMap<string, readonly Phrase<T>[]>;
  readonly maxTokens: number;
}

/** Split a gazetteer entry into lower-case tokens the same way `tokenize` splits text. */
export function phraseTokens(s: string): string[] {
  return tokenize2(s).map((t) => t.lower);
}

// Tokenizing entries must not disturb the cache used for scanned text.
function tokenize2(s: string): Token[] {
  const saveT = cacheText;
  const saveK = cacheTokens;
  const t = tokenize(s);
  cacheText = saveT;
  cacheTokens = saveK;
  return t;
}

export function buildGazetteer<T>(entries: Iterable<readonly [string, T]>): Gazetteer<T> {
  const byFirst = new Map<string, Phrase<T>[]>();
  let maxTokens = 1;
  for (const [name, data] of entries) {
    const tokens = phraseTokens(name);
    if (tokens.length === 0) continue;
    maxTokens = Math.max(maxTokens, tokens.length);
    const list = byFirst.get(tokens[0]) ?? [];
    if (!list.some((p) => p.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, data });
    byFirst.set(tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst, maxTokens };
}

/**
 * The longest gazetteer phrase starting at token i: every non-connector token capitalised (or all
 * capitals), gaps between tokens are name gaps. Returns the phrase and the index after it.
 */
export function matchAt<T>(g: Gazetteer<T>, text: string, toks: readonly Token[], i: number): { phrase: Phrase<T>; next: number } | null {
  const t0 = toks[i];
  if (!t0.cap) return null;
  const list = g.byFirst.get(t0.lower);
  if (list === undefined) return null;
  outer: for (const p of list) {
    if (i + p.tokens.length > toks.length) continue;
    for (let k = 1; k < p.tokens.length; k++) {
      const t = toks[i + k];
      if (t.lower !== p.tokens[k]) continue outer;
      if (!t.cap && !CONNECTORS.has(t.lower) && !elided(t.lower)) continue outer;
      if (!isNameGap(gap(text, toks, i + k))) continue outer;
    }
    return { phrase: p, next: i + p.tokens.length };
  }
  return null;
}

/** One to three spaces, tabs or newlines. */
export function isSpaceGap(g: string): boolean {
  if (g.length === 0 || g.length > 3) return false;
  for (const c of g) if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\u00a0') return false;
  return true;
}

/** The previous token's lower-case text, skipping an article ("in the Netherlands"), or '' at a sentence break. */
export function prevWord(text: string, toks: readonly Token[], i: number, skipArticle = true): string {
  let j = i - 1;
  if (j < 0) return '';
  // A gap with punctuation breaks the phrase.
  if (!isSpaceGap(text.slice(toks[j].end, toks[j + 1].start))) return '';
  if (skipArticle && toks[j].lower === 'the' && j > 0) {
    const g = text.slice(toks[j - 1].end, toks[j].start);
    if (g === ' ' || g === '\n') j--;
  }
  return toks[j].lower;
}

/**
 * Whether [start, end) sits on a Title Case heading line: it starts the line (after optional markdown
 * markers "#", "*", "-", "1.") and the line ends right after it (or after a colon). Headings capitalise
 * every word ("## Major Features", "Managed Services:"), so capitalisation says nothing there.
 */
export function onHeadingLine(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '#' || text[i] === '*' || text[i] === '-' || text[i] === '>' ||
    text[i] === '.' || (text[i] >= '0' && text[i] <= '9'))) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === ':' || text[j] === '*' || text[j] === '\r')) j++;
  return j >= text.length || text[j] === '\n';
}
