// EMAIL written so that no "@" pattern sees it: "jane(at)example(dot)org", "j.doe [at] company [dot] io",
// "john dot smith at gmail dot com", "jane @ example.com", "jane@example[.]com", "juan arroba ejemplo punto
// es". People write addresses this way to keep them from scrapers, and a model told to slip an address
// past an output filter does the same; a finding covers the whole address as written, so redaction
// replaces all of it.
//
// Markers. An "at" is a bracketed at or @ ("(at)", "[at]", "{@}", "<at>"), a spaced @ ("jane @ x"), the word
// at, arroba or arobase between blanks, or a plain "@" whose address uses a dot marker. A "dot" is a
// bracketed dot, "." or point/punto/punkt/ponto ("[.]", "(dot)"), or the word dot, punto, punkt or ponto
// between blanks, or a plain "." inside a name. The local part is up to eight runs of [A-Za-z0-9_%+'-]
// joined by dots; the domain up to eight labels, the last of them a top-level domain (email.ts TLDS).
//
// "at" is the commonest English word of the lot: with the bare word the domain must hold a dot marker
// ("work at google.com" is no address) and, so that "companies at the dot com boom" stays prose, a mail
// word must stand near it (within 48 characters before, 24 after: the engine's context window), or the
// local part be of two runs or more ("john dot smith"), or the domain be of three labels or more. Words
// are ASCII; other scripts' letters and other languages' words are not read.
import { compile, matchAll } from '../../core/regex.ts';
import { hasContext, type RawHit, type Recognizer } from '../recognizer.ts';
import { TLDS } from './email.ts';
import { isAsciiAlnum, isBlank } from '../../core/units.ts';

/**
 * Longest finding, in code units: a person's name's (person.ts), the longest entity with blanks in it, so
 * the hold-back of a streamed answer (hold.ts piiStrategy) does not grow.
 */
const MAX_SPAN = 4 * 32;
/** Runs of a local part and labels of a domain, at most. */
const MAX_PARTS = 8;
/** Local part, decoded, at most (RFC 5321). */
const MAX_LOCAL = 64;
/** Blanks on either side of a marker, at most. */
const MAX_BLANKS = 3;

/** Words near a bare-word address that say it is one (lower-case; hasContext's boundary rules). */
const MAIL_WORDS = ['email', 'e-mail', 'mail', 'contact', 'reach', 'write', 'address', 'inbox', 'send', 'correo', 'courriel', 'adresse', 'kontakt'];

const AT_WORDS = ['at', 'arroba', 'arobase'];
const DOT_WORDS = ['dot', 'punto', 'punkt', 'ponto'];
const BRACKET_AT = ['at', '@', 'arroba', 'arobase'];
const BRACKET_DOT = ['dot', '.', 'punto', 'point', 'punkt', 'ponto'];

/**
 * Where an "at" marker may be: a bracketed word, a blank-delimited word or @, or a plain @. The walks
 * below decide; this only finds the places (case-insensitive).
 */
const AT_CANDIDATE = compile('pii/email_words/at', '[\\(\\[\\{<][ \\t]*(?:at|@|arroba|arobase)[ \\t]*[\\)\\]\\}>]|[ \\t](?:at|arroba|arobase|@)[ \\t]|@', 'i');

/** A unit of a local part's run (no dot: dots join runs). */
const isLocalUnit = (c: number): boolean => isAsciiAlnum(c) || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d || c === 0x27;
/** A unit of a domain label. */
const isLabelUnit = (c: number): boolean => isAsciiAlnum(c) || c === 0x2d;
const OPENERS = '([{<';
const CLOSERS = ')]}>';

/** Whether text[at, at + word.length) is `word` (ASCII, case-insensitive). */
function wordAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** End of the blanks (at most MAX_BLANKS) from `p` forward. */
function blanksAfter(text: string, p: number): number {
  let q = p;
  while (q < text.length && q - p < MAX_BLANKS && isBlank(text.charCodeAt(q))) q++;
  return q;
}

/** Start of the blanks (at most MAX_BLANKS) that end at `p`. */
function blanksBefore(text: string, p: number): number {
  let q = p;
  while (q > 0 && p - q < MAX_BLANKS && isBlank(text.charCodeAt(q - 1))) q--;
  return q;
}

/**
 * A bracketed marker starting at `p` (after optional blanks) whose word is one of `words`: its end past the
 * closer and the blanks after it, or -1.
 */
function bracketForward(text: string, p: number, words: readonly string[]): number {
  let q = blanksAfter(text, p);
  if (q >= text.length || !OPENERS.includes(text[q])) return -1;
  q = blanksAfter(text, q + 1);
  const w = words.find((x) => wordAt(text, q, x));
  if (w === undefined) return -1;
  q = blanksAfter(text, q + w.length);
  if (q >= text.length || !CLOSERS.includes(text[q])) return -1;
  return blanksAfter(text, q + 1);
}

/** bracketForward read backwards: the start of a bracketed marker of `words` that ends at `p` (blanks included), or -1. */
function bracketBackward(text: string, p: number, words: readonly string[]): number {
  let q = blanksBefore(text, p);
  if (q === 0 || !CLOSERS.includes(text[q - 1])) return -1;
  q = blanksBefore(text, q - 1);
  const w = words.find((x) => wordAt(text, q - x.length, x));
  if (w === undefined) return -1;
  q = blanksBefore(text, q - w.length);
  if (q === 0 || !OPENERS.includes(text[q - 1])) return -1;
  return blanksBefore(text, q - 1);
}

/** A dot marker after a label or run ending at `p`: { end, marker } (marker false for a plain '.'), or null. */
function dotForward(text: string, p: number): { end: number; marker: boolean } | null {
  if (text.charCodeAt(p) === 0x2e) return { end: p + 1, marker: false };
  const b = bracketForward(text, p, BRACKET_DOT);
  if (b >= 0) return { end: b, marker: true };
  const q = blanksAfter(text, p);
  if (q === p) return null;
  const w = DOT_WORDS.find((x) => wordAt(text, q, x));
  if (w === undefined) return null;
  const e = blanksAfter(text, q + w.length);
  return e === q + w.length ? null : { end: e, marker: true };
}

/** A dot marker before a run starting at `p`, read backwards: { start, marker }, or null. */
function dotBackward(text: string, p: number): { start: number; marker: boolean } | null {
  if (p > 0 && text.charCodeAt(p - 1) === 0x2e) return { start: p - 1, marker: false };
  const b = bracketBackward(text, p, BRACKET_DOT);
  if (b >= 0) return { start: b, marker: true };
  const q = blanksBefore(text, p);
  if (q === p) return null;
  const w = DOT_WORDS.find((x) => wordAt(text, q - x.length, x));
  if (w === undefined) return null;
  const s = blanksBefore(text, q - w.length);
  return s === q - w.length ? null : { start: s, marker: true };
}

/** Whether text[a, b) holds an ASCII letter. */
function hasLetter(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

/** What an "at" candidate is, given its match [s, e) (the bare word's match holds one blank on either side). */
type AtKind = 'bracket' | 'spaced' | 'word' | 'plain';

/**
 * The "at" marker around the candidate match [s, e): its extent with every blank on either side, and kind
 * (a bracketed "at" glued to letters on the outside is still one: "jane(at)x").
 */
function atMarker(text: string, s: number, e: number): { start: number; end: number; kind: AtKind } {
  const c = text.charCodeAt(s);
  if (c === 0x40) {
    // A plain @: spaced when a blank stands on either side of it.
    const start = blanksBefore(text, s);
    const end = blanksAfter(text, e);
    return { start, end, kind: start < s || end > e ? 'spaced' : 'plain' };
  }
  if (OPENERS.includes(text[s])) return { start: blanksBefore(text, s), end: blanksAfter(text, e), kind: 'bracket' };
  // A blank, a word or @, a blank.
  const inner = text.slice(s + 1, e - 1);
  return { start: blanksBefore(text, s + 1), end: blanksAfter(text, e - 1), kind: inner === '@' ? 'spaced' : 'word' };
}

/**
 * Obfuscated e-mail addresses in `text` (see the header): for each "at" marker, the local part read back
 * from it and the longest domain read forward that ends in a top-level domain.
 */
function findEmailWords(text: string): RawHit[] {
  const out: RawHit[] = [];
  let after = 0; // no two findings overlap: a marker inside the last finding is skipped
  for (const m of matchAll(AT_CANDIDATE, text)) {
    if (m.start < after) continue;
    const at = atMarker(text, m.start, m.end);
    // The local part, back from the marker: runs joined by dots.
    let start = at.start;
    let p = at.start;
    let runs = 0;
    let localLength = 0;
    let localMarker = false;
    let dotMarker = false; // the dot before the run being read
    for (;;) {
      let a = p;
      while (a > 0 && isLocalUnit(text.charCodeAt(a - 1))) a--;
      // A run starts at a letter, digit or '_' (a quote or hyphen before it is punctuation).
      while (a < p && !isAsciiAlnum(text.charCodeAt(a)) && text.charCodeAt(a) !== 0x5f) a++;
      if (a === p) break;
      runs++;
      localLength += p - a + (runs > 1 ? 1 : 0);
      start = a;
      if (dotMarker) localMarker = true;
      if (runs >= MAX_PARTS) break;
      const d = dotBackward(text, a);
      if (d === null || d.start === 0 || !isLocalUnit(text.charCodeAt(d.start - 1))) break;
      p = d.start;
      dotMarker = d.marker;
    }
    if (runs === 0 || localLength > MAX_LOCAL) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    if (isAsciiAlnum(before) || before === 0x40 || before === 0x2e) continue;
    // The domain, forward from the marker: labels and the dots between them.
    const ends: number[] = [];
    const labelStarts: number[] = [];
    const dotMarkers: boolean[] = [];
    p = at.end;
    while (ends.length < MAX_PARTS) {
      if (p >= text.length || !isAsciiAlnum(text.charCodeAt(p))) break;
      let q = p + 1;
      while (q < text.length && isLabelUnit(text.charCodeAt(q))) q++;
      if (text.charCodeAt(q - 1) === 0x2d) break; // a label ends in a letter or digit
      labelStarts.push(p);
      ends.push(q);
      const d = dotForward(text, q);
      if (d === null || d.end >= text.length || !isAsciiAlnum(text.charCodeAt(d.end))) break;
      dotMarkers.push(d.marker);
      p = d.end;
    }
    // The longest domain of two labels or more whose last label is a top-level domain.
    let labels = ends.length;
    while (labels >= 2) {
      const tld = text.slice(labelStarts[labels - 1], ends[labels - 1]).toLowerCase();
      if (TLDS.has(tld)) break;
      labels--;
    }
    if (labels < 2) continue;
    const end = ends[labels - 1];
    if (end < text.length && (isLabelUnit(text.charCodeAt(end)) || text.charCodeAt(end) === 0x40)) continue;
    let domainMarker = false;
    for (let k = 0; k < labels - 1; k++) if (dotMarkers[k]) domainMarker = true;
    // A plain @ and plain dots: an ordinary address, the email recognizer's.
    if (at.kind === 'plain' && !domainMarker && !localMarker) continue;
    // "2 @ amazon.com" is a price; a spaced @ needs a letter before it.
    if (at.kind === 'spaced' && !hasLetter(text, start, at.start)) continue;
    if (at.kind === 'word') {
      if (!domainMarker) continue;
      if (runs < 2 && labels < 3 && !hasContext(text, start, end, MAIL_WORDS, 48)) continue;
    }
    if (end - start > MAX_SPAN) continue;
    out.push({ start, end, score: at.kind === 'word' ? 0.7 : 0.85, note: `written out (${at.kind === 'plain' ? 'dot' : at.kind})` });
    after = end;
  }
  return out;
}

export const recognizer: Recognizer = {
  id: 'email_words',
  type: 'EMAIL',
  patterns: [],
  custom: (text) => findEmailWords(text),
  // Every finding has a bracketed at or dot, a blank before or after an @, a blank-delimited dot word, or the
  // word arroba / arobase (case-insensitive).
  prefilter: `(?i:[\\(\\[\\{<][ \\t]*(?:at|@|arroba|arobase|dot|\\.|punto|point|punkt|ponto)[ \\t]*[\\)\\]\\}>]|[ \\t]@|@[ \\t]|[ \\t](?:dot|punto|punkt|ponto|arroba|arobase)[ \\t])`,
  maxLength: MAX_SPAN,
  context: ['email', 'e-mail', 'mail', 'contact', 'reach'],
  contextBoost: 0.1,
  examples: {
    match: [
      'write to jane(at)example(dot)org', 'j.doe [at] company [dot] io', 'Contact me at john dot smith at gmail dot com',
      'mail jane @ example.com', 'jane@example[.]com', 'correo: juan arroba ejemplo punto es', 'reach bob at acme dot io',
      'ops AT corp DOT example DOT co DOT uk',
    ],
    noMatch: [
      'I work at google.com', 'companies at the dot com boom', 'meet at noon (at) the dot',
      'see you at home. Com', 'a [at] b', 'x @ y', 'price (at) 5 dot 99',
    ],
  },
};
