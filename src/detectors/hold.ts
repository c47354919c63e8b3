// Streaming hold strategies (issue 9 scenario 2). The SSE engine (src/formats/stream.ts) may release
// text of a channel only where no detector can still change its findings. Without more knowledge that
// point is `L - maxMatchLength` (L = length of the undecided window), which for the default policy
// holds back ~2,100 characters of every answer. A strategy here gives a detector TYPE a `holdFrom`:
// the smallest index of the window at which a finding could start that later text could extend,
// create or change (also through context words that change a score). It is attached where detectors
// are built (registry.ts), without touching the detector implementations, and only for configurations
// whose matches it has been argued about below; everything else (custom `patterns`, gitleaks rule
// files, topics, system-prompt echo, anything unknown) keeps the full maxMatchLength hold.
//
// The engine uses max(holdFrom(window), L - maxMatchLength), so a strategy can only shorten a hold;
// `holdLag` is a lower bound of L - holdFrom(window) that lets the engine skip computing it.
//
// Conventions used by the arguments below.
// - "Whitespace" is RE2's \s: TAB, LF, FF, CR, SPACE. Every character class of the detectors below
//   that excludes whitespace excludes exactly these (`[^\s…]`, explicit ASCII classes).
// - A *candidate* is any way a detector's pattern (or hand-written scanner) can match starting at a
//   position, together with every character it reads to decide (a `\b` or a terminator class reads
//   one character past the match, `$` reads "end of text"). A candidate is *changeable* when it reads
//   position L: only then can appended text change whether, where or how it matches. Candidates that
//   read nothing at or after L are identical in the window and in the whole text; for leftmost-first
//   scanning (RE2 and the scanners that imitate it) it follows by induction over the match sequence
//   that every match starting before the first changeable candidate's start is identical too.
// - gapBoundary(t, e, g) is the smallest m such that t[m, e) holds at most g maximal whitespace runs.
//   A changeable candidate that holds at most g whitespace runs before L starts at or after
//   gapBoundary(t, L, g).
// - Left context (\b, keywords before a secret, PII context words before an entity) is text before
//   the finding; the engine hands the redactor CONTEXT code units before the committed position.
// - Views: secrets, PII and canary scan the original text, its normalised copy (NFKC, invisibles removed,
//   look-alikes folded; whitespace kept as whitespace) and decoded base64/hex/%xx/tag spans, runs of Morse
//   code, eight-bit groups and variation selectors (no whitespace in them: gapBoundary(t, L, 0) holds a run
//   still growing). Each view is bounded on its own text (the normalised copy mapped back through
//   its offset map, which is monotone), and the decoded views by the encoded span they come from. The rot13
//   view of a text that names rot13 (or of every window once the channel has, ChannelInfo.rot13) is the
//   whole text with its letters rotated: whitespace, digits and punctuation in place, so the bounds below
//   that read only those and lengths (gap boundaries, PII's reach, encoded runs) hold for it as for the
//   original; a bound that reads letters (pemHold's BEGIN line) does not, so a PEM block written in rot13
//   may have its BEGIN line released before its END line makes it a block (its body is still held as a
//   "pem tail"). The readings with character references decoded and with spelled-out runs joined are
//   whole-text copies whose characters map back to where they were written: overViews bounds a strategy
//   over each of them too (an entity there is shorter than as written), and holds a trailing run of single
//   characters one space apart, which more characters may make a spelled run. So is the reading with numbers
//   written in words read as digits ("four one one one …"): a trailing run of number words (with the digit
//   groups that may lead it, and a last word that may still grow into one) is held. Known limits of the view
//   layer that no hold can fix (they also held for the old fixed
//   hold-back): text released before a rot13 marker arrived is not read as rot13, and the per-call decode
//   budget (32 spans) counts spans before the window only in a whole-text scan.
//
// After the detectors' hold point the engine also steps back over every finding (redacted or not) that
// straddles it, so findings that decide each other (overlap suppression, same-type merging, overlap
// resolution of redactions) are always decided together.
import type { Detector } from '../core/types.ts';
import { isBase64Char, normalize, numberWordsCopy, numberWordsTail, spelledCopy, spelledTail } from './normalize.ts';
import { morseSymbol } from './morse.ts';
import { isBraille } from './braille.ts';
import { canaryConfig, canaryHold } from './leaks/canary.ts';
import { PII_RECOGNIZERS } from './pii/index.ts';
import { seedRunHold } from './secrets/seed-phrase.ts';
import { passphraseHold } from './secrets/generic.ts';
import {
  HTML_TAG_NAMES, blankLine as blankParagraphLine, blankRange, cssMatches, definitionLead, destinationEnd, escapedBracketsAsText,
  inlineEndAt, joinLines, linkTextEnd, openRefStart,
} from './leaks/exfil-links.ts';
import { decodeCharRefs, hidesText, refStart } from '../core/charrefs.ts';
import { isReSpace } from '../core/units.ts';


/** Smallest m such that t[m, end) holds at most `gaps` maximal runs of whitespace. */
export function gapBoundary(t: string, end: number, gaps: number): number {
  let i = Math.min(end, t.length);
  let runs = 0;
  while (i > 0) {
    if (isReSpace(t.charCodeAt(i - 1))) {
      if (runs === gaps) return i;
      runs++;
      while (i > 0 && isReSpace(t.charCodeAt(i - 1))) i--;
    } else i--;
  }
  return 0;
}

/** Start of the longest suffix of t[0, end) whose characters all satisfy `ok`. */
function runStart(t: string, end: number, ok: (c: number) => boolean): number {
  let i = end;
  while (i > 0 && ok(t.charCodeAt(i - 1))) i--;
  return i;
}

// One-entry cache: every detector of one hold computation asks about the same window.
let asciiInput: string | null = null;
let asciiValue = false;

function isAsciiString(t: string): boolean {
  if (t === asciiInput) return asciiValue;
  let ascii = true;
  for (let i = 0; i < t.length; i++) {
    if (t.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  asciiInput = t;
  asciiValue = ascii;
  return ascii;
}

/** `fn`'s bound over a whole-text copy of `t`, mapped back to `t` (startOf: where a copy unit starts in `t`). */
function overCopy(t: string, copy: string, startOf: (k: number) => number, fn: (s: string) => number): number {
  const k = Math.max(0, fn(copy));
  return k >= copy.length ? t.length : startOf(k);
}

/**
 * Hold point of a text-level strategy over the original text, its normalised copy, its reading with
 * character references decoded, the one with spelled-out runs joined and the one with numbers written in
 * words read as digits (mapped back to original offsets), before a trailing run of single characters one
 * space apart and a trailing run of number words, and before a trailing run of Unicode tag
 * characters (the normalised copy drops them; their hidden ASCII is a decoded view whose findings cover the
 * whole run).
 */
function overViews(t: string, fn: (s: string) => number): number {
  let h = fn(t);
  // The text read with its character references decoded, when the normaliser reads it so (a reference hides
  // a character): the strategy's bound there, mapped back (a reference's characters map to its '&').
  const d = refsDecoded(t);
  if (d !== null && d.map !== null) h = Math.min(h, overCopy(t, d.text, (k) => refStart(d, k), fn));
  // Spelled-out runs (normalize.ts spelledCopy): the strategy's bound over the text with them joined,
  // mapped back; and a trailing run of single characters, which more characters may make one.
  const sp = spelledJoined(t);
  if (sp !== null) h = Math.min(h, overCopy(t, sp.text, (k) => sp.map[k], fn));
  h = Math.min(h, spelledTail(t));
  // Numbers written in words (normalize.ts numberWordsCopy): likewise, over the text with them read as digits,
  // and before a trailing run of number words (or digit groups, or a word that may grow into one).
  const nw = numberWordsRead(t);
  if (nw !== null) h = Math.min(h, overCopy(t, nw.text, (k) => nw.starts[k], fn));
  h = Math.min(h, numberWordsTail(t));
  if (isAsciiString(t)) return h;
  const n = normalizedCopy(t);
  if (n.changed) {
    const k = fn(n.text);
    // Where normalised offset k starts in `t`, read from the offset map (not its per-unit arrays).
    const m = k >= n.text.length ? t.length : n.toOriginal(k, k)[0];
    if (m < h) h = m;
  }
  // Tag characters U+E0000–E007F: surrogate pairs DB40 DC00–DC7F (a trailing lone DB40 included).
  let i = t.length;
  while (i > 0) {
    const c = t.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdc7f && i > 1 && t.charCodeAt(i - 2) === 0xdb40) i -= 2;
    else if (c === 0xdb40 && i === t.length) i--;
    else break;
  }
  return Math.min(h, i);
}

/** A one-entry cache of `fn`: the detectors of one hold computation read the same window in turn. */
function lastOf<T>(fn: (t: string) => T): (t: string) => T {
  let input: string | null = null;
  let value: T;
  return (t) => {
    if (t !== input) {
      value = fn(t);
      input = t;
    }
    return value;
  };
}

const spelledJoined = lastOf(spelledCopy);
const numberWordsRead = lastOf(numberWordsCopy);
const refsDecoded = lastOf((t) => (t.includes('&') && hidesText(t) ? decodeCharRefs(t) : null));
const normalizedCopy = lastOf((t) => normalize(t, { decode: false }));

function isHexPairChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 32 || c === 58;
}

/**
 * isHexPairChar, or a character of a run of Morse code (morse.ts: its symbols, a tab, '/' and '|') or of
 * Braille (braille.ts: its cells).
 */
function isDecodeRunChar(c: number): boolean {
  return isHexPairChar(c) || morseSymbol(c) !== '' || c === 0x09 || c === 0x2f || c === 0x7c || isBraille(c);
}

/**
 * Decoded views (normalize.ts): base64, %xx and "\x41" hex candidates hold no whitespace, so a
 * changeable one starts at or after gapBoundary(t, L, 0) (which callers include); hex pairs separated
 * by ' ' or ':' consist of [0-9A-Fa-f :] only, eight-bit groups of [01 ], runs of Morse code of
 * its symbols, spaces, tabs, '/' and '|', and runs of Braille of its cells and spaces, so a changeable
 * one of those starts in the trailing run of such characters (the one character after a Morse run that
 * decides whether its last code is glued to a word, morseBounds, ends that run). A decoded finding lies inside its encoded candidate (the characters
 * of its own bytes), and a run still growing is held whole, up to the engine's hold-back.
 */
function decodeHold(t: string): number {
  return Math.min(runStart(t, t.length, isDecodeRunChar), wrappedStart(t));
}

/**
 * Base64 wrapped in lines (normalize.ts joinWrapped reads the lines as one run, so an entity may span a line
 * break): where the block of whole lines before the trailing base64 run starts (lines of one width, a multiple
 * of four of at least 40, each ended by LF, CRLF or their JSON escapes), or the trailing run's own start.
 * Linear in the lines walked, which the engine's hold-back bounds.
 */
function wrappedStart(t: string): number {
  let start = runStart(t, t.length, isBase64Char);
  // A JSON-escaped break before the trailing run: its "n" is a base64 character the run took.
  if (start > 0 && t.charCodeAt(start - 1) === 92 && t.charCodeAt(start) === 110) start++;
  const own = start;
  let width = -1;
  for (;;) {
    let lineEnd = -1;
    if (start > 0 && t.charCodeAt(start - 1) === 10) lineEnd = start - 1 - (start >= 2 && t.charCodeAt(start - 2) === 13 ? 1 : 0);
    else if (start > 1 && t.charCodeAt(start - 1) === 110 && t.charCodeAt(start - 2) === 92) {
      lineEnd = start - 2 - (start >= 4 && t.charCodeAt(start - 3) === 114 && t.charCodeAt(start - 4) === 92 ? 2 : 0);
    }
    if (lineEnd < 0) break;
    let lineStart = runStart(t, lineEnd, isBase64Char);
    if (lineStart > 0 && t.charCodeAt(lineStart - 1) === 92 && t.charCodeAt(lineStart) === 110) lineStart++;
    const w = lineEnd - lineStart;
    if (w < 40 || w % 4 !== 0 || (width >= 0 && w !== width)) break;
    width = w;
    start = lineStart;
  }
  return start === own ? t.length : start;
}

// ---------------------------------------------------------------------------------------- secrets

/** Characters findPrivateKeys (secrets/private-key.ts) walks over as PEM body, except ' ' and TAB. */
function isPemRunChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61 ||
    c === 10 || c === 13 || c === 58 || c === 44 || c === 45 || c === 92;
}

/** The body walk of findPrivateKeys: width of the body character at i (0: not body). */
function pemBodyWidth(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61 ||
    c === 32 || c === 9 || c === 10 || c === 13) return 1;
  if (c === 58 || c === 44 || (c === 45 && !t.startsWith('-----', i))) return 1;
  if (c === 92 && (t[i + 1] === 'n' || t[i + 1] === 'r')) return 2;
  return 0;
}

function isPemLiteralChar(c: number): boolean {
  return c === 45 || c === 32 || (c >= 65 && c <= 90);
}

/**
 * PEM private-key blocks (secrets/private-key.ts). Three kinds of changeable candidates:
 * - the last BEGIN line whose body walk (letters, digits, + / =, whitespace, ':' ',' '-' not opening
 *   "-----", JSON "\n") reaches L, or that is still incomplete, or that stops at an END line that is
 *   still incomplete: the block, from BEGIN, is still open (the last unclosed opener). An earlier BEGIN
 *   is closed: its walk stops at the later one's "-----".
 * - a BEGIN/END literal being written at the end: it lies in the trailing run of [-A-Z ] and starts
 *   with '-' (at most 44 code units long); the body run before it is held with it (the next kind);
 * - an END line still to come turns the body run before it into a "pem tail" finding: the body of a
 *   key (base64 lines, JSON "\n" escapes, encrypted-key header values) contains no ' ' or TAB, so the
 *   trailing run of body characters without ' '/TAB is held. Deliberate limit: a stray END line after
 *   prose also claims the spaced prose before it in a whole-text scan; the stream releases that prose
 *   (the key material itself, which has no spaces, is still held and redacted).
 * Body lines (three 64-character base64 lines) hold no ' ' and are inside that run.
 */
function pemHold(t: string): number {
  const L = t.length;
  let h = runStart(t, L, isPemRunChar);
  // A literal being written, and the body run before it: an END line being written turns that run
  // into a "pem tail" as much as an END line still to come.
  const lit = Math.max(runStart(t, L, isPemLiteralChar), L - 44);
  const dash = t.indexOf('-', lit);
  if (dash >= 0 && dash < h) h = runStart(t, dash, isPemRunChar);
  // The last unclosed opener.
  const b = t.lastIndexOf('-----BEGIN');
  if (b >= 0 && b < h && pemOpen(t, b)) h = b;
  return h;
}

function pemOpen(t: string, b: number): boolean {
  const L = t.length;
  const close = t.indexOf('-----', b + 10);
  if (close < 0) {
    for (let i = b + 10; i < L; i++) if (!isPemLiteralChar(t.charCodeAt(i))) return false; // never a BEGIN line
    return true;
  }
  let i = close + 5;
  while (i < L) {
    const w = pemBodyWidth(t, i);
    if (w === 0) break;
    i += w;
  }
  if (i >= L) return true;
  if (t.charCodeAt(i) === 92 && i === L - 1) return true; // "\" that may start a JSON "\n"
  if (t.startsWith('-----', i)) return t.indexOf('-----', i + 5) < 0; // END line not complete yet
  return false;
}

/**
 * Built-in secret rules (secrets/builtin.ts, jwt, connection-string, generic). Every regex rule is a
 * whitespace-free token (the secret and any terminator it reads) preceded by at most two whitespace
 * runs: the `\s{0,3}` / `\s*` around the separator of aws-secret-access-key, gcp-service-account-key
 * (`"private_key_id"\s*:\s*"`), azure-storage-key and generic-secret (`key \s (sep) \s value`, or
 * `key is value`); one more run is allowed for a terminator class that consumes a space. So a
 * changeable candidate holds at most 3 whitespace runs before L. The keywords that gate rules are
 * inside their matches. Private keys: pemHold. Decoded views: decodeHold. Two rules hold whitespace and have
 * bounds of their own: recovery phrases (seed-phrase.ts seedRunHold: the last 24 words of a trailing run of
 * listed-looking words) and quoted passphrases (generic.ts passphraseHold: from a password key in the last 96
 * characters). Rules from a gitleaks file are not covered (the registry then attaches nothing).
 */
function secretsTextHold(t: string): number {
  return Math.min(gapBoundary(t, t.length, 3), pemHold(t), decodeHold(t), seedRunHold(t), passphraseHold(t));
}

// ---------------------------------------------------------------------------------------- PII

/**
 * Recognizers whose entities are single whitespace-free tokens: e-mail, URL, domain name, crypto
 * address, IP address. Their patterns' classes exclude whitespace; their validators read at most two
 * characters past the entity (charAfter(end), charAfter(end + 1)); context words are read up to
 * contextWindow/2 past it. A changeable finding of theirs therefore ends at or after L - (window/2 + 2)
 * and, being whitespace-free, starts at or after gapBoundary(t, L - (window/2 + 2), 0).
 */
const WS_FREE_RECOGNIZERS = new Set(['email', 'url', 'domain_name', 'crypto', 'ip_address']);

/**
 * The other recognizers (names, organisations, addresses, phone numbers with separators, dates, …)
 * may contain whitespace and use heuristics over nearby words; they are bounded by their declared
 * maxLength (the contract the fixed hold-back relied on too) plus the context they read after the
 * entity (contextWindow/2) and two characters for validators: a changeable finding starts at or after
 * L - (maxLength + contextWindow/2 + 2). Context words before an entity (up to contextWindow) are left
 * context. Findings of different types that overlap decide each other (suppressOverlapped): the
 * engine's straddle step keeps them together.
 */
function piiStrategy(params: Record<string, unknown>): { hold: (t: string) => number; lag: number } | null {
  const entities = Array.isArray(params.entities) ? new Set(params.entities as string[]) : null;
  const countries = Array.isArray(params.countries) ? new Set((params.countries as string[]).map((c) => c.toUpperCase())) : null;
  const recs = PII_RECOGNIZERS.filter((r) =>
    (entities === null || entities.has(r.type)) && (r.country === undefined || countries === null || countries.has(r.country)));
  let spaced = 0;
  let wsCtx = -1;
  for (const r of recs) {
    const after = ((r.contextWindow ?? 48) >> 1) + 2;
    if (WS_FREE_RECOGNIZERS.has(r.id)) wsCtx = Math.max(wsCtx, after);
    else spaced = Math.max(spaced, r.maxLength + after);
  }
  // In each view's own offsets: a normalised copy can be shorter than the original (invisibles removed).
  const text = (t: string): number => {
    let h = Math.min(t.length - spaced, decodeHold(t));
    const g = gapBoundary(t, t.length, 0);
    if (g < h) h = g;
    if (wsCtx >= 0) {
      const w = gapBoundary(t, Math.max(0, t.length - wsCtx), 0);
      if (w < h) h = w;
    }
    return h;
  };
  return {
    lag: spaced,
    hold: (t) => overViews(t, text),
  };
}

// ---------------------------------------------------------------------------------------- exfil links

const TAG_WORDS = HTML_TAG_NAMES;
const SCHEMES = ['http://', 'https://', 'ftp://'];

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether the '<' at q can still start an HTML tag `<(tag)\b` or an autolink `<scheme://`. */
function openerPossible(t: string, q: number): boolean {
  const rest = t.slice(q + 1, q + 10).toLowerCase();
  for (const w of TAG_WORDS) {
    if (rest.length <= w.length) {
      if (w.startsWith(rest)) return true;
    } else if (rest.startsWith(w) && !isAsciiWordChar(rest.charCodeAt(w.length))) return true;
  }
  for (const s of SCHEMES) if (rest.length <= s.length ? s.startsWith(rest) : rest.startsWith(s)) return true;
  return false;
}

/** `[ \t]` */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Whether only blanks can follow position j of a tail: the text ends there, or its last character is
 * there and is a carriage return (the first half of a CRLF, which the joined paragraph view reads as
 * blanks once its line feed arrives: "[a](<…>\r" then "\n(title)" is one link).
 */
function atEnd(t: string, j: number): boolean {
  return j >= t.length || (j === t.length - 1 && t.charCodeAt(j) === 13);
}

/**
 * Whether the inline link tail `(` [ \t]* (<URL> | URL) TITLE [ \t]* `)` starting at i (after the '(')
 * can still change: it reaches L (blanks are unbounded), or a title is still open. A destination that
 * starts with '<' is read as `<…>` first and, when that reading has no match, as a plain destination
 * (which may hold angle brackets), as the pattern's alternation reads it.
 */
function inlineTailOpen(t: string, i: number): boolean {
  const L = t.length;
  let k = i;
  while (k < L && isBlank(t.charCodeAt(k))) k++;
  if (atEnd(t, k)) return true;
  if (t[k] === '<') {
    // A `<…>` destination: spaces allowed, up to the '>' (a '<' or a line break first: no match).
    let j = k + 1;
    while (j < L && t[j] !== '>' && t[j] !== '<' && t[j] !== '\n') j++;
    if (j >= L) return true;
    if (t[j] === '>' && j > k + 1) {
      const after = afterDestination(t, j + 1);
      if (after !== 'none') return after === 'open';
    }
  }
  // A URL still being written, however long (the engine's hold-back caps the hold), or one whose
  // parentheses are left open where it must end (no match).
  const e = destinationEnd(t, k);
  if (e === -1) return true;
  if (e === -2 || e === k) return false;
  return afterDestination(t, e) === 'open';
}

/**
 * What follows a destination ending at k: blanks, then ')' (a match ending there), or a title after at
 * least one blank, then blanks and ')'; anything else: no match. 'open' while that is not known yet.
 */
function afterDestination(t: string, k: number): 'open' | 'match' | 'none' {
  const L = t.length;
  let j = k;
  while (j < L && isBlank(t.charCodeAt(j))) j++;
  if (atEnd(t, j)) return 'open';
  const c = t.charCodeAt(j);
  if (c === 41) return 'match';
  if (j === k || !(c === 34 || c === 39 || c === 40)) return 'none';
  const close = c === 40 ? 41 : c;
  let e = j + 1;
  while (e < L && t.charCodeAt(e) !== close && t.charCodeAt(e) !== 10) e++;
  if (e >= L) return L - j - 1 <= 200 ? 'open' : 'none'; // a title still open (TITLE: at most 200 characters)
  if (t.charCodeAt(e) === 10 || e - j - 1 > 200) return 'none';
  let f = e + 1;
  while (f < L && isBlank(t.charCodeAt(f))) f++;
  if (atEnd(t, f)) return 'open';
  return t.charCodeAt(f) === 41 ? 'match' : 'none';
}

/**
 * Markdown forms (leaks/exfil-links.ts INLINE, REF_USE, REF_DEF) do not span a line break of the text
 * they read: read line by line here (escaped brackets as text), and over the last paragraph's
 * markdownView copy by paragraphHold. Only '[' openers on the last line can be changeable. For each:
 * the first ']' after it closes the label (labels exclude ']' and '\n'); with no ']' yet the candidate
 * is open (CommonMark bounds neither a link's text nor an image's description; the engine's hold-back
 * does, and the detector reports an opener still open beyond it). After ']': '(' starts an inline
 * tail (inlineTailOpen); '[' a reference label (open until its ']' and the character after it are
 * known); ':' a definition (open until the line ends) when the '[' starts its line after blanks and
 * block-quote or list-item markers (definitionLead); the next character still unknown: open. A line that is
 * only spaces so far may still become a definition. Reference definitions give meaning to usages
 * anywhere in the text, before or after: a usage released before its (bad) definition arrives is not
 * redacted; the fixed hold-back had the same limit beyond 2,000 characters. A '[' before a complete
 * image stays open until it is known whether a link tail follows the image (linkedImageOpen), and a
 * '!' that ends the text may still open an image.
 */
function markdownHold(t: string): number {
  const lines = escapedBracketsAsText(t);
  return Math.min(lineHold(lines), paragraphHold(lines), nextLineDefinitionHold(lines));
}

/**
 * The markdown patterns read markdownView's copy, whose line endings inside paragraphs are spaces, so
 * a construct may start on an earlier line of the last paragraph: lineHold over that paragraph's copy.
 * The paragraph starts after the last blank line that is complete (its line ending seen), as in
 * markdownView; a definition at its start reads to its end. `t` has its escaped brackets as text
 * already (escapedBracketsAsText), so only its lines are joined.
 */
function paragraphHold(t: string): number {
  let ps = 0;
  // Complete lines from the last one back, each [start, end) with its line ending at end.
  for (let end = t.lastIndexOf('\n'); end >= 0;) {
    const start = end === 0 ? 0 : t.lastIndexOf('\n', end - 1) + 1;
    if (blankParagraphLine(t, start, end)) {
      ps = end + 1;
      break;
    }
    end = start - 1;
  }
  return ps + lineHold(joinLines(t.slice(ps)));
}

/**
 * A definition whose destination is on the next line, `[id]:` then `  https://…`: the line before the
 * last one opens it; it is decided when the last line ends.
 */
function nextLineDefinitionHold(t: string): number {
  const L = t.length;
  const ls = t.lastIndexOf('\n') + 1;
  if (ls === 0) return L;
  const ps = t.lastIndexOf('\n', ls - 2) + 1;
  const i = definitionLead(t, ps, ls - 1);
  if (t[i] !== '[') return L;
  const r = t.indexOf(']', i + 1);
  if (r < 0 || r >= ls - 1 || r === i + 1 || r - i - 1 > 999 || t[r + 1] !== ':') return L;
  return blankRange(t, r + 2, ls - 1) ? ps : L;
}

function lineHold(t: string): number {
  return Math.min(openerHold(t), tailHold(t));
}

/**
 * A destination tail "](…)" the detector reports whatever opened it (its last markdown pass: link text
 * the patterns do not read, `![[a]](…)`): open while the tail is. Any tail that is open runs to the end
 * of the text, so the first one found is the hold; a ']' that ends the text may still start one.
 */
function tailHold(t: string): number {
  for (let r = t.indexOf('](', t.lastIndexOf('\n') + 1); r >= 0; r = t.indexOf('](', r + 1)) {
    if (inlineTailOpen(t, r + 2)) return r;
  }
  // A ']' at the end may become one.
  return t.endsWith(']') ? t.length - 1 : t.length;
}

function openerHold(t: string): number {
  const L = t.length;
  const ls = t.lastIndexOf('\n') + 1;
  const lead = definitionLead(t, ls, L);
  if (lead === L) return ls;
  // Every '[' before the same ']' shares what follows that ']' (worked out once per ']': linear), and
  // so does a link tail after an image that ends the label (once per ']' too).
  let r = -2;
  let tail = false;
  let linked: boolean | undefined;
  for (let q = t.indexOf('[', ls); q >= 0; q = t.indexOf('[', q + 1)) {
    if (r !== -1 && r <= q) {
      r = t.indexOf(']', q + 1);
      tail = r >= 0 && afterLabelOpen(t, r);
      linked = undefined;
    }
    let open = r < 0 || tail || (q === lead && t[r + 1] === ':' && r - q - 1 <= 999);
    if (!open && linked !== false) {
      const lb = t.lastIndexOf('[', r);
      if (lb - 1 > q && t.charCodeAt(lb - 1) === 0x21) {
        linked ??= linkedImageOpen(t, q);
        open = linked === true;
      }
    }
    if (open) return Math.min(q > 0 && t[q - 1] === '!' ? q - 1 : q === lead ? ls : q, enclosingInline(t, ls, q));
  }
  // A '!' at the end may become an image's opener.
  return t.charCodeAt(L - 1) === 0x21 ? L - 1 : L;
}

/**
 * A destination may hold balanced parentheses, so a complete inline link or image before an open '['
 * may hold that '[' in its destination (`![a](x[![b](https://…)…)`): in the whole text the '[' is part
 * of it, and a later window that no longer starts at it would read the '[' on its own. The start of
 * such a match (the detector's candidate for each "](" before q: the first '[' after the ']' before
 * it), else L.
 */
function enclosingInline(t: string, ls: number, q: number): number {
  for (let r = t.indexOf('](', ls); r >= 0 && r < q; r = t.indexOf('](', r + 1)) {
    const p = t.indexOf('[', Math.max(ls, t.lastIndexOf(']', r - 1) + 1));
    if (p < 0 || p >= r) continue;
    const s = p > ls && t[p - 1] === '!' ? p - 1 : p;
    if (inlineEndAt(t, s, true) > q) return s;
  }
  return t.length;
}

/**
 * A '[' whose label ends with a complete image, `[see ![alt](img)`: the detector (its inline pass in
 * leaks/exfil-links.ts) reads it as a link around the image when the rest of the link's text and a
 * link tail `](…)` follow, else as the image alone. Open while the rest of the text has not ended yet,
 * or the tail after it can still change. undefined: no INLINE match at q (another '[' may have one).
 */
function linkedImageOpen(t: string, q: number): boolean | undefined {
  const j = inlineEndAt(t, q);
  if (j < 0) return undefined;
  const s = linkTextEnd(t, j);
  if (s >= t.length) return true;
  if (t[s] !== ']') return false;
  if (s + 1 >= t.length) return true;
  return t[s + 1] === '(' && inlineTailOpen(t, s + 2);
}

/**
 * What follows a label's closing ']' at r: the next character still unknown, an inline tail that can
 * still change, or a second (reference) label not yet closed, or closed right at L (the character
 * after it is read). A ':' (definition) is open only for a '[' that starts its line (the caller).
 */
function afterLabelOpen(t: string, r: number): boolean {
  const L = t.length;
  if (r + 1 >= L) return true;
  const nx = t[r + 1];
  if (nx === '(') return inlineTailOpen(t, r + 2);
  if (nx === '[') {
    const r2 = t.indexOf(']', r + 2);
    if (r2 < 0) return L - r - 2 <= 999;
    return r2 + 1 >= L;
  }
  return false;
}

/**
 * HTML and autolinks: a tag `<(tag)\b[^>]*>` or autolink ends at the first '>' after its
 * opener, so every opener before the last '>' is closed and every possible opener after it is open.
 * `<a …>` links also take text up to a closing `</a\s*>` when the text after the tag holds no other
 * '<' first (within 1,000): open while that '<' has not been seen or "</a …>" is still being written.
 */
function htmlHold(t: string): number {
  const L = t.length;
  let h = L;
  const gt = t.lastIndexOf('>');
  for (let q = t.indexOf('<', gt + 1); q >= 0; q = t.indexOf('<', q + 1)) {
    if (openerPossible(t, q)) {
      h = q;
      break;
    }
  }
  if (gt < 0) return h;
  // The last `<a` tag closed by a '>' (its '>' is the first after it).
  let a = gt;
  while (a >= 0) {
    a = t.lastIndexOf('<', a);
    if (a < 0) break;
    const c = t.charCodeAt(a + 1);
    if ((c === 97 || c === 65) && !(a + 2 < L && isAsciiWordChar(t.charCodeAt(a + 2)))) break;
    a--;
  }
  if (a < 0 || a >= h) return h;
  const x = t.indexOf('>', a);
  if (x < 0 || x >= L) return h;
  const lt = t.indexOf('<', x + 1);
  if (lt < 0) return L - x - 1 <= 1000 ? Math.min(h, a) : h;
  if (lt - x - 1 > 1000) return h;
  // A prefix of `</a\s*>` reaching L?
  const want = '</a';
  const head = t.slice(lt, lt + want.length).toLowerCase(); // ASCII compare: a non-ASCII unit never matches
  if (L - lt <= want.length) return want.startsWith(head) ? Math.min(h, a) : h;
  if (head !== want) return h;
  let k = lt + want.length;
  while (k < L && isReSpace(t.charCodeAt(k))) k++;
  return k >= L ? Math.min(h, a) : h;
}

/**
 * CSS (leaks/exfil-links.ts cssMatches, read over the text with its character references decoded).
 * A reference still being written at the end (openRefStart: `&#11` may become `&#114;`, 'r') decodes
 * to something else once it is complete, so the decoded text is the decoding of what comes before it,
 * and that is a prefix of the whole text's decoding (a complete reference decodes the same whatever
 * follows: its digits or its ';' have ended). In it, cssMatches' `open` is where a url(, @import or
 * image-set( that reads the end starts, or a name that may become one ("u", "ur", "url", "@imp…",
 * "image-se", and names with CSS escapes still being written: "u\7", "@\6"): every construct before
 * it reads only what is there (url( tokens are independent; an @import or image-set( skipped inside
 * an earlier one stays skipped). Mapped back to where that decoded unit's text starts. Whether "url"
 * starts a url( depends on the character before it (left context): when that character is a
 * reference, the hold starts at the reference, so that a later window's left context (the engine's
 * CONTEXT units before the committed position) holds all of it, however long (`&#000…058url(`). An
 * image-set( finding spans the call from its name, so a hold point inside a closed one steps back
 * over it (the engine's straddle step) and its strings are never decided without their opener. A
 * construct still open LINK_HOLD after its start is reported up to there by the detector (the
 * engine's floor).
 */
function cssHold(t: string): number {
  const r = openRefStart(t);
  const head = r < t.length ? t.slice(0, r) : t;
  const d = decodeCharRefs(head);
  const o = cssMatches(d.text).open;
  if (o >= d.text.length) return r;
  const at = refStart(d, o);
  return o > 0 && refStart(d, o - 1) !== at - 1 ? refStart(d, o - 1) : at;
}

function exfilStrategy(params: Record<string, unknown>): { hold: (t: string) => number; lag: number } {
  const bare = params.bare_urls === true;
  return {
    lag: 0,
    hold(t) {
      let h = Math.min(markdownHold(t), htmlHold(t), cssHold(t));
      // Bare URLs (`\bhttps?://` + characters that exclude whitespace) are whitespace-free.
      if (bare) h = Math.min(h, gapBoundary(t, t.length, 0));
      return h;
    },
  };
}

// ---------------------------------------------------------------------------------------- canary

/**
 * Canary tokens (canary.ts canaryHold): the longest stretch a finding covers, literal or transformed, with
 * a trailing encoded candidate for the decoded views, and acrostics held only while they may go on.
 */
function canaryStrategy(params: Record<string, unknown>): { hold: (t: string) => number; lag: number } | null {
  const cfg = canaryConfig('canary', params);
  if (cfg.tokens.length === 0) return null;
  const { span, extra } = canaryHold(cfg);
  return spanStrategy(span, extra);
}

/**
 * A detector whose findings in the original text and its normalised copy cover at most `span` code
 * units, the characters it reads to decide them included, and whose other findings come from decoded
 * views (canary tokens; system-prompt secrets, with a span known per exchange): a changeable finding
 * starts within the last `span` units, or in a trailing encoded candidate (whitespace-free, or a run of
 * hex pairs). `extra` (Detector.holdTextFor): a further text-level hold point of the detector's own, for
 * findings longer than `span` that it can tell apart before they are complete.
 */
export function spanStrategy(span: number, extra?: (t: string) => number): { hold: (t: string) => number; lag: number } {
  const text = extra === undefined
    ? (t: string): number => Math.min(t.length - span, gapBoundary(t, t.length, 0), decodeHold(t))
    : (t: string): number => Math.min(t.length - span, gapBoundary(t, t.length, 0), decodeHold(t), extra(t));
  return { lag: span, hold: (t) => overViews(t, text) };
}

// ---------------------------------------------------------------------------------------- attach

/**
 * Attaches the hold strategy of a detector type to a freshly built detector (a new object whose
 * prototype is the detector, so its own behaviour is untouched). Unknown types and configurations
 * whose bound is not argued here come back unchanged.
 */
export function attachHold(type: string, params: Record<string, unknown>, d: Detector): Detector {
  if (!d.spanwise || d.holdFrom !== undefined) return d;
  let s: { hold: (t: string) => number; lag: number } | null = null;
  switch (type) {
    case 'secrets':
      if (params.gitleaks_file === undefined) s = { lag: 0, hold: (t) => overViews(t, secretsTextHold) };
      break;
    case 'pii':
      s = piiStrategy(params);
      break;
    case 'exfil_links':
      s = exfilStrategy(params);
      break;
    case 'canary':
      s = canaryStrategy(params);
      break;
    default:
      s = null;
  }
  if (s === null) return d;
  const strategy = s;
  const out = Object.create(d) as Detector & { holdFrom(w: string): number; holdLag: number };
  Object.defineProperty(out, 'holdFrom', { value: (w: string): number => strategy.hold(w), enumerable: false });
  Object.defineProperty(out, 'holdLag', { value: Math.min(strategy.lag, d.maxMatchLength), enumerable: false });
  return out;
}

// ---------------------------------------------------------------------------------------- combine

/** A channel's hold over a set of detectors. */
export interface HoldPlan {
  /** Smallest window index at which a finding of any detector could still change (0..length). */
  hold(window: string): number;
  /** hold(w) <= w.length - lag for every window. */
  readonly lag: number;
  /** Largest maxMatchLength of the detectors (the fixed hold-back). */
  readonly maxMatchLength: number;
}

/** The hold over the span-wise detectors among `detectors` (the others never redact span-wise). */
export function holdPlan(detectors: readonly Detector[]): HoldPlan {
  const ds = detectors.filter((d) => d.spanwise);
  let lag = 0;
  let max = 0;
  for (const d of ds) {
    max = Math.max(max, d.maxMatchLength);
    lag = Math.max(lag, d.holdFrom !== undefined ? (d.holdLag ?? 0) : d.maxMatchLength);
  }
  return {
    lag,
    maxMatchLength: max,
    hold(w: string): number {
      const L = w.length;
      let h = L;
      for (const d of ds) {
        let x = L - d.maxMatchLength;
        if (d.holdFrom !== undefined) {
          const y = d.holdFrom(w);
          if (y > x) x = y;
        }
        if (x < h) h = x;
      }
      return h < 0 ? 0 : h > L ? L : h;
    },
  };
}

/**
 * Hold for placeholder restoration (pipeline/redact.ts restoreEdits): a placeholder `<TYPE_n>` split
 * by the window end starts at a '<' within the last `longest - 1` code units.
 */
export function placeholderHold(w: string, longest: number): number {
  if (longest <= 0) return w.length;
  const from = Math.max(0, w.length - longest + 1);
  const i = w.indexOf('<', from);
  return i < 0 ? w.length : i;
}
