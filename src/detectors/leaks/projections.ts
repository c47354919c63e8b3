// Projections of a response for the system_prompt_secrets detector (prompt-secrets.ts): the text
// reduced to the letters and digits a reader would take from it, each with the offsets of the text it
// comes from, so a protected value can be searched for with indexOf and the hit redacted in place.
//
//  - project(): the letters and digits themselves, lower-cased, look-alikes (Cyrillic, Greek) and
//    leetspeak folded, separators dropped ("T-0-R-N-4-D-0" → "tornado").
//  - morse(): runs of Morse code, one unit per code ("- --- .-. -. .- -.. ---"); a "/", "|", a line
//    break or three spaces ends a word.
//  - nato(): runs of spelling-alphabet words ("Tango Oscar Romeo …", ICAO digits "Niner" included),
//    one unit per word; a run is one word.
//  - acrostic(): the capital initials of consecutive lines (list markers, quotes and emphasis skipped;
//    blank lines between stanzas kept in the run), and the one letter of a line that holds nothing
//    else but a label ("t", "Letter 1: S"), every unit both a word start and end, each covering its line.
// And forms of a value: pigLatin() ("The sun is shining" → "ethay unsay isway iningshay" and its
// -ay / -yay spellings) and shiftKey() / shiftedWords() (the letter-to-letter distances that every
// Caesar shift of a word keeps, so one pass finds rot13 and every other shift).
//
// Every derived projection is bounded per unit (the SPAN constants, ACROSTIC_STEP): a hit covers at most
// that many code units of text per unit of the value, which bounds the detector's streaming hold, and
// deciding where a run ends reads at most LOOKAHEAD (prompt-secrets.ts) code units past the hit. Acrostics
// are held apart, by acrosticLiveStart(): only while the last lines' initials begin a value.
import { compile, test } from '../../core/regex.ts';
import { confusableOf } from '../normalize.ts';
import { isWordCp } from './system-prompt-echo.ts';
import { doubled, hexValue, isAsciiAlnum } from '../../core/units.ts';
import { MORSE, MORSE_SYMBOL_CLASS, morseSymbol } from '../morse.ts';

/** Leetspeak and case folding of one ASCII code unit: the folded code unit, 0 for a separator. */
export const FOLD = (() => {
  const t = new Uint16Array(128);
  for (let c = 48; c <= 57; c++) t[c] = c;
  for (let c = 97; c <= 122; c++) t[c] = c;
  for (let c = 65; c <= 90; c++) t[c] = c + 32;
  for (const [from, to] of [['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['9', 'g'], ['l', 'i'], ['L', 'i'], ['@', 'a'], ['$', 's'], ['|', 'i']]) {
    t[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return t;
})();

/** Letters of scripts written without spaces: no word boundary is read next to them. */
export function unspaced(cp: number): boolean {
  return (cp >= 0x0e00 && cp <= 0x0eff) || (cp >= 0x1000 && cp <= 0x109f) || (cp >= 0x1780 && cp <= 0x17ff) ||
    (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff);
}

/**
 * A non-ASCII letter lower-cased, look-alikes to Latin: "С", "с" → "c"; "К" and "к" both → "k" (the
 * normaliser's table folds only some lower-case forms, so the upper-case form is asked too).
 */
export function foldLetter(ch: string): string {
  const lower = ch.toLowerCase();
  const a = lower.length === ch.length ? confusableOf(lower.codePointAt(0)!) : undefined;
  if (a !== undefined) return a.toLowerCase();
  const upper = ch.toUpperCase();
  const b = upper.length === ch.length ? confusableOf(upper.codePointAt(0)!) : undefined;
  return b !== undefined ? b.toLowerCase() : lower;
}

/** A text projected onto its folded letters and digits, with word edges and original offsets. */
export interface Projection {
  readonly units: string;
  /** Per unit: offset of its code point in the text, and the offset after it. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Per unit: 1 = a word starts here, 2 = a word ends here (bit flags). */
  readonly edge: Uint8Array;
}

export function project(text: string): Projection {
  const n = text.length;
  // Lower-casing a code point yields at most two code units per code unit (U+0130 → "i̇").
  const units = new Uint16Array(2 * n);
  const from = new Int32Array(2 * n);
  const to = new Int32Array(2 * n);
  const edge = new Uint8Array(2 * n);
  let k = 0;
  let prevWord = false;
  let prevUnspaced = false;
  for (let i = 0; i < n;) {
    let cp = text.charCodeAt(i);
    if (cp < 128) {
      const f = FOLD[cp];
      if (f === 0) {
        if (prevWord) edge[k - 1] |= 2;
        prevWord = false;
      } else {
        if (prevWord && prevUnspaced) edge[k - 1] |= 2;
        if (!prevWord || prevUnspaced) edge[k] |= 1;
        units[k] = f;
        from[k] = i;
        to[k] = i + 1;
        k++;
        prevWord = true;
        prevUnspaced = false;
      }
      i++;
      continue;
    }
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000; w = 2; }
    }
    const ch = w === 1 ? text[i] : text.slice(i, i + 2);
    const folded = isWordCp(cp, ch) ? foldLetter(ch) : '';
    if (folded === '') {
      if (prevWord) edge[k - 1] |= 2;
      prevWord = false;
    } else {
      const un = unspaced(cp);
      if (prevWord && (un || prevUnspaced)) edge[k - 1] |= 2;
      if (!prevWord || un || prevUnspaced) edge[k] |= 1;
      for (let j = 0; j < folded.length; j++) { units[k] = folded.charCodeAt(j); from[k] = i; to[k] = i + w; k++; }
      prevWord = true;
      prevUnspaced = un;
    }
    i += w;
  }
  if (prevWord) edge[k - 1] |= 2;
  return { units: Buffer.from(units.buffer, 0, 2 * k).toString('utf16le'), from: from.subarray(0, k), to: to.subarray(0, k), edge: edge.subarray(0, k) };
}

/** A unit no value holds: it separates two runs in one projection, so no hit spans them. */
const BREAK = 0;

/**
 * A projection assembled unit by unit (the derived forms below), in typed arrays that double when full.
 * (Plain arrays grown by push cost 4 times more per unit past ~100 K units: system_prompt_secrets on
 * 512 K digits decoded as hex took 380 ns per character against 87 on 16 K.)
 */
class Builder {
  private units: Uint16Array<ArrayBuffer> = new Uint16Array(64);
  private from: Int32Array<ArrayBuffer> = new Int32Array(64);
  private to: Int32Array<ArrayBuffer> = new Int32Array(64);
  private edge: Uint8Array<ArrayBuffer> = new Uint8Array(64);
  private n = 0;

  push(unit: number, from: number, to: number, edge: number): void {
    if (this.n === this.units.length) this.grow();
    const k = this.n++;
    this.units[k] = unit;
    this.from[k] = from;
    this.to[k] = to;
    this.edge[k] = edge;
  }

  private grow(): void {
    this.units = doubled(this.units);
    this.from = doubled(this.from);
    this.to = doubled(this.to);
    this.edge = doubled(this.edge);
  }

  /** Marks the last unit as a word end (when there is one). */
  end(): void {
    if (this.n > 0) this.edge[this.n - 1] |= 2;
  }

  /** Ends a run: the last unit is a word end, and a BREAK unit at `at` keeps the next run apart. */
  endRun(at: number): void {
    this.end();
    this.push(BREAK, at, at, 0);
  }

  done(): Projection | null {
    const n = this.n;
    if (n === 0) return null;
    const units = Buffer.from(this.units.buffer, 0, 2 * n).toString('utf16le');
    return { units, from: this.from.subarray(0, n), to: this.to.subarray(0, n), edge: this.edge.subarray(0, n) };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
}

// ---------- Morse ----------

/** Code units of text per unit of a Morse hit: five symbols and " / " after them. */
export const MORSE_SPAN = 8;
/**
 * Three Morse tokens in a row (symbols of morseSymbol, separated by spaces, "/" or "|", quote marks
 * around them): the cheap test before tokenising (RE2). A value has at least three units, and a run of
 * tokens is one run only while nothing else comes between them, so the pass finds nothing without it.
 */
const MORSE_SYMBOL = `[${MORSE_SYMBOL_CLASS}]`;
const MORSE_QUOTE = `[^\\pL\\pN\\s${MORSE_SYMBOL_CLASS}/|]{0,2}`;
const MORSE_SEP = `${MORSE_QUOTE}[\\s/|]+${MORSE_QUOTE}`;
export const MORSE_RUN_SOURCE = `${MORSE_SYMBOL}{1,5}${MORSE_SEP}${MORSE_SYMBOL}{1,5}${MORSE_SEP}${MORSE_SYMBOL}`;
const MORSE_RUN_RE = compile('prompt-secrets/morse-run', MORSE_RUN_SOURCE);

/**
 * Marks around a Morse token that are not part of it: any character that is no letter, digit, Morse
 * symbol or separator (quotes, brackets, commas, a full-width colon "：", …).
 */
function isMarkAround(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return morseSymbol(c) === '' && !isSpace(c) && !isMorseBreak(c) && !isWordAt(text, i);
}

function isMorseBreak(c: number): boolean {
  return c === 0x2f || c === 0x7c;
}

/** Runs of Morse code in `text`, one unit per code, or null when there are none. */
export function morse(text: string): Projection | null {
  return test(MORSE_RUN_RE, text) ? morseRuns(text) : null;
}

/** morse() without its cheap test (exported for the tests of that test). */
export function morseRuns(text: string): Projection | null {
  const b = new Builder();
  const n = text.length;
  let inRun = false;
  let wordBreak = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let j = i;
      let newline = false;
      while (j < n && isSpace(text.charCodeAt(j))) { if (text.charCodeAt(j) === 10) newline = true; j++; }
      if (newline || j - i >= 3) wordBreak = true;
      i = j;
      continue;
    }
    // A token ends at a space, "/" or "|" ("--/---/..-" spells three letters).
    let j = i;
    while (j < n && !isSpace(text.charCodeAt(j)) && !isMorseBreak(text.charCodeAt(j))) j++;
    if (j === i) {
      wordBreak = true;
      i++;
      continue;
    }
    // At most two marks either side: a token is then at most nine code units, which bounds how far past
    // a hit the next token is read (prompt-secrets.ts LOOKAHEAD).
    let a = i;
    let e = j;
    while (a < e && a < i + 2 && isMarkAround(text, a)) a++;
    while (e > a && e > j - 2 && isMarkAround(text, e - 1)) e--;
    i = j;
    let code = '';
    for (let k = a; k < e && code.length <= 5; k++) {
      const s = morseSymbol(text.charCodeAt(k));
      if (s === '') { code = ''; break; }
      code += s;
    }
    const letter = e - a <= 5 ? MORSE.get(code) : undefined;
    if (letter === undefined) {
      if (inRun) b.endRun(a);
      inRun = false;
      continue;
    }
    if (inRun && wordBreak) b.end();
    b.push(FOLD[letter.charCodeAt(0)], a, e, !inRun || wordBreak ? 1 : 0);
    inRun = true;
    wordBreak = false;
  }
  if (inRun) b.end();
  return b.done();
}

// ---------- spelling alphabet ----------

/** Code units of text per unit of a spelling-alphabet hit: "November" and ", " after it. */
export const NATO_SPAN = 12;
/** Separators allowed between two words of one run (", ", " - ", " "). */
const NATO_GAP = 3;
const NATO_WORDS: Readonly<Record<string, string>> = {
  alfa: 'a', alpha: 'a', bravo: 'b', charlie: 'c', delta: 'd', echo: 'e', foxtrot: 'f', golf: 'g', hotel: 'h', india: 'i',
  juliet: 'j', juliett: 'j', kilo: 'k', lima: 'l', mike: 'm', november: 'n', oscar: 'o', papa: 'p', quebec: 'q', romeo: 'r',
  sierra: 's', tango: 't', uniform: 'u', victor: 'v', whiskey: 'w', whisky: 'w', xray: 'x', yankee: 'y', zulu: 'z',
  zero: '0', one: '1', two: '2', three: '3', tree: '3', four: '4', fower: '4', five: '5', fife: '5', six: '6', seven: '7',
  eight: '8', nine: '9', niner: '9',
};
/** A lower-case ASCII word of up to 8 letters as a number (5 bits per letter): no string per word. */
function wordKey(w: string): number {
  let k = 0;
  for (let i = 0; i < w.length; i++) k = k * 32 + (w.charCodeAt(i) - 96);
  return k;
}
/** NATO_WORDS by wordKey, to their letter's code unit. */
const NATO: ReadonlyMap<number, number> = new Map(Object.entries(NATO_WORDS).map(([w, l]) => [wordKey(w), l.charCodeAt(0)]));
/** 1 at (length * 1024 + first letter * 32 + second letter) of some NATO word: most words skip the map. */
const NATO_SHAPE = (() => {
  const t = new Uint8Array(9 * 1024);
  for (const w of Object.keys(NATO_WORDS)) t[w.length * 1024 + (w.charCodeAt(0) - 96) * 32 + (w.charCodeAt(1) - 96)] = 1;
  return t;
})();

function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The code unit at `i` belongs to a letter or digit of any script (a low surrogate: to the pair before it). */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlpha(c) || (c >= 48 && c <= 57);
  const at = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
  const cp = text.codePointAt(at)!;
  return isWordCp(cp, String.fromCodePoint(cp));
}

/**
 * Three spelling-alphabet words in a row, separated as nato() allows: the cheap test before its pass
 * (RE2). It accepts everything the pass takes as a run of three (a value has at least three units) and
 * more: it does not ask that a word end where its letters do, nor that a non-ASCII letter not touch it.
 */
const NATO_WORD = `(?:${[...Object.keys(NATO_WORDS), 'x-ray'].join('|')})`;
const NATO_SEP = '[^\\pL\\pN\\n]{1,3}';
export const NATO_RUN_SOURCE = `(?i)(?:^|[^a-z0-9])${NATO_WORD}${NATO_SEP}${NATO_WORD}${NATO_SEP}${NATO_WORD}`;
const NATO_RUN_RE = compile('prompt-secrets/nato-run', NATO_RUN_SOURCE);

/** Runs of spelling-alphabet words in `text` (one unit per word, a run is one word), or null. */
export function nato(text: string): Projection | null {
  return test(NATO_RUN_RE, text) ? natoRuns(text) : null;
}

/** nato() without its cheap test (exported for the tests of that test). */
export function natoRuns(text: string): Projection | null {
  const b = new Builder();
  const n = text.length;
  let inRun = false;
  let lastEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlpha(c)) { i++; continue; }
    let j = i;
    let key = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (!isAsciiAlpha(c)) break;
      if (j - i < 8) key = key * 32 + ((c | 0x20) - 96);
    }
    // Only words whose length and first two letters some alphabet word has reach the map; words start
    // after a non-letter (ASCII or not): "ñalpha" is no word of the alphabet.
    const len = j - i;
    if (len > 8 || (len >= 2 && NATO_SHAPE[len * 1024 + ((text.charCodeAt(i) | 0x20) - 96) * 32 + ((text.charCodeAt(i + 1) | 0x20) - 96)] === 0)) key = -1;
    else if (i > 0 && isWordAt(text, i - 1)) key = -1;
    let end = j;
    if (j - i === 1 && key === 24 && text.charCodeAt(j) === 0x2d && text.slice(j + 1, j + 4).toLowerCase() === 'ray' && !isAsciiAlpha(text.charCodeAt(j + 4))) {
      key = wordKey('xray'); // "X-ray"
      end = j + 4;
    }
    const letter = key < 0 || (end < n && isWordAt(text, end)) ? undefined : NATO.get(key);
    if (letter === undefined) {
      if (inRun) b.endRun(i);
      inRun = false;
    } else {
      let continues = inRun && i - lastEnd <= NATO_GAP;
      for (let k = lastEnd; continues && k < i; k++) {
        continues = text.charCodeAt(k) !== 10 && !isWordAt(text, k);
      }
      if (inRun && !continues) b.endRun(i);
      b.push(FOLD[letter], i, end, continues ? 0 : 1);
      inRun = true;
      lastEnd = end;
    }
    i = end;
  }
  if (inRun) b.end();
  return b.done();
}

// ---------- acrostic ----------

/** Longest step from one initial to the next (a line and its break); the hit spans at most this per unit. */
export const ACROSTIC_STEP = 100;
/** Longest value (folded units) looked for as an acrostic: bounds the detector's maxMatchLength. */
export const ACROSTIC_MAX_UNITS = 16;
/** Shortest value looked for as an acrostic: three capitals in a row start many lists. */
export const ACROSTIC_MIN_UNITS = 4;
/** Leading characters skipped before a line's initial: indentation, list markers, quotes, emphasis. */
const ACROSTIC_LEAD = 8;

function isLeadMark(c: number): boolean {
  return isSpace(c) || c === 0x2d || c === 0x2a || c === 0x3e || c === 0x23 || c === 0x5f || c === 0x7e || c === 0x2022 || c === 0x22 || c === 0x27 ||
    c === 0x201c || c === 0x2018 || c === 0xab || c === 0x28 || c === 0x5b;
}

/**
 * Initials of consecutive non-blank lines, or null when fewer than three lines have one (`midLine`: the
 * first line is the tail of a longer one and has none). An
 * ordered-list number ("1. ", "12) ") is a marker, not an initial. A line without an initial, or an
 * initial more than ACROSTIC_STEP code units after the one before, starts a new run.
 */
export function acrostic(text: string, midLine = false): Projection | null {
  const r = initials(text, midLine);
  return r.lines >= 3 ? r.p : null;
}

/**
 * The units of acrostic() whatever the number of lines, and that number. `midLine`: the text starts
 * inside a line (a stream window, DetectionContext.midLine), so its first line has no initial.
 */
function initials(text: string, midLine = false): { p: Projection | null; lines: number } {
  const b = new Builder();
  const n = text.length;
  let lines = 0;
  let prevAt = -1;
  for (let start = midLine ? text.indexOf('\n') + 1 || n : 0; start < n;) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    const lineStart = start;
    start = nl + 1;
    let k = lineStart;
    while (k < nl && isSpace(text.charCodeAt(k))) k++;
    if (k === nl) continue; // a blank line (between stanzas): the run goes on
    const limit = Math.min(nl, k + ACROSTIC_LEAD);
    while (k < limit && isLeadMark(text.charCodeAt(k))) k++;
    // "1. ", "12) ": a number followed by "." or ")" and a space is a list marker.
    let d = k;
    while (d < limit && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
    if (d > k && d + 1 < nl && (text.charCodeAt(d) === 0x2e || text.charCodeAt(d) === 0x29) && text.charCodeAt(d + 1) === 32) {
      k = d + 2;
      const again = Math.min(nl, k + ACROSTIC_LEAD);
      while (k < again && isLeadMark(text.charCodeAt(k))) k++;
    }
    // A line that holds one letter or digit, alone or after a label ("t", "Letter 1: S", "Buchstabe 2 - E"),
    // gives that character in any case: letters listed one per line.
    const single = singleCharacterAt(text, k, nl);
    if (single >= 0) k = single;
    const cp = k < nl ? text.codePointAt(k)! : 32;
    const w = cp > 0xffff ? 2 : 1;
    // An initial is a digit, a capital, or a letter of a script without case: code and prose lines that
    // start in lower case ("const", "t.i = e.t;") are no lines of an acrostic.
    const ch = text.slice(k, k + w);
    const capital = single >= 0 || (cp < 128 ? (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) : ch.toLowerCase() !== ch || ch.toUpperCase() === ch);
    const folded = !capital ? '' : cp < 128 ? String.fromCharCode(FOLD[cp]) : isWordCp(cp, ch) ? foldLetter(ch) : '';
    if (folded === '' || (prevAt >= 0 && k - prevAt > ACROSTIC_STEP)) {
      if (prevAt >= 0) b.push(BREAK, k, k, 0);
      prevAt = -1;
      if (folded === '') continue;
    }
    // The unit covers its line (to ACROSTIC_STEP code units): a redaction takes the lines, not the letters.
    let end = nl;
    while (end > k + w && isSpace(text.charCodeAt(end - 1))) end--;
    end = Math.min(end, k + ACROSTIC_STEP);
    for (let j = 0; j < folded.length; j++) b.push(folded.charCodeAt(j), k, end, 3);
    prevAt = k;
    lines++;
  }
  return { p: b.done(), lines };
}

/**
 * Where the line text[k, nl) (past indentation and list markers) holds a single letter or digit (of the
 * Basic Multilingual Plane) and nothing else but a label before it: a word of up to 12 letters, a
 * space, one or two digits and ":", ".", ")", "-" or "–" ("Letter 1: S"); -1 when it does not.
 */
function singleCharacterAt(text: string, k: number, nl: number): number {
  let e = nl;
  while (e > k && isSpace(text.charCodeAt(e - 1))) e--;
  const at = e - 1;
  if (at < k || !isWordAt(text, at) || (at > k && isWordAt(text, at - 1))) return -1;
  if (at === k) return at;
  const label = walkLabel(text, k, at);
  return label.complete && label.pos === at ? at : -1;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * How far text[k, end) follows the grammar of a label before a line's one character (a word of up to 12
 * letters, a space, one or two digits, spaces, ":", ".", ")", "-" or "–", spaces), and whether the whole
 * label was read: singleCharacterAt asks for a whole label up to the character, labelPrefix only that
 * the text so far could be the start of one.
 */
function walkLabel(text: string, k: number, end: number): { pos: number; complete: boolean } {
  let q = k;
  while (q < end && q - k < 12 && isWordAt(text, q) && !isDigitAt(text, q)) q++;
  if (q === k || q === end || text.charCodeAt(q) !== 32) return { pos: q, complete: false };
  q++;
  const d0 = q;
  while (q < end && q - d0 < 2 && isDigitAt(text, q)) q++;
  if (q === d0) return { pos: q, complete: false };
  while (q < end && text.charCodeAt(q) === 32) q++;
  const mark = q < end ? text.charCodeAt(q) : -1;
  if (!(mark === 0x3a || mark === 0x2e || mark === 0x29 || mark === 0x2d || mark === 0x2013)) return { pos: q, complete: false };
  q++;
  while (q < end && text.charCodeAt(q) === 32) q++;
  return { pos: q, complete: true };
}

/**
 * text[k, n) could still become a list marker or a label before a line's one character: digits (and a
 * "." or ")" after them), or a word of up to 12 letters optionally followed by a space, one or two
 * digits, spaces and one of the label marks of singleCharacterAt.
 */
function labelPrefix(text: string, k: number, n: number): boolean {
  let q = k;
  while (q < n && q - k < 2 && isDigitAt(text, q)) q++;
  if (q > k) return q === n || ((text.charCodeAt(q) === 0x2e || text.charCodeAt(q) === 0x29) && q + 1 === n);
  return walkLabel(text, k, n).pos === n;
}

/**
 * For streaming (Detector.holdTextFor): the smallest index of `text` at which an acrostic hit for one of
 * `needles` could start that lines appended later could still complete or change, text.length when
 * none. Such a hit is a run of initials ending at the last line (its extent grows with that line) or one
 * that the next lines' initials could complete: the longest run of initials at the end of the text that
 * is a prefix of a needle (a whole needle only when it takes the last line). The last line's initial is
 * undecided while its first characters are digits ("12" may become the list marker "12. ").
 */
export function acrosticLiveStart(text: string, needles: readonly string[]): number {
  const n = text.length;
  const lastLine = text.lastIndexOf('\n') + 1;
  // The last line's first character past indentation and marks: a digit leaves its initial undecided.
  let k = lastLine;
  while (k < n && (isSpace(text.charCodeAt(k)) || isLeadMark(text.charCodeAt(k)))) k++;
  // Undecided: the last line so far is digits that may become a list marker ("12" → "12. T…") or a
  // label that may end in the line's one character ("Letter 1:" → "Letter 1: S"). Its initial is
  // then not known: it is held from its start, and the runs before it are judged without it.
  const undecided = k < n && labelPrefix(text, k, n);
  let hold = undecided ? k : n;
  const { p } = initials(text);
  if (p === null) return hold;
  const u = p.units;
  let m = u.length;
  if (undecided) while (m > 0 && p.from[m - 1] >= lastLine) m--;
  // Whether the last unit is the last line's (its extent may still grow).
  const lastIsOpen = !undecided && m > 0 && p.from[m - 1] >= lastLine;
  for (const needle of needles) {
    for (let s = Math.min(needle.length, m); s >= 1; s--) {
      if (s === needle.length && !lastIsOpen) continue; // a whole hit on ended lines is final
      if (u.startsWith(needle.slice(0, s), m - s)) {
        if (p.from[m - s] < hold) hold = p.from[m - s];
        break;
      }
    }
  }
  return hold;
}

// ---------- forms of a value ----------

/** Whether every code unit of `v` is an ASCII letter or a space-like separator. */
function lettersOnly(v: string): boolean {
  let letters = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (isAsciiAlpha(c)) letters++;
    else if (!(c === 32 || c === 0x2d || c === 0x27)) return false;
  }
  return letters > 0;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Pig Latin of an ASCII value, folded as the projection folds (lower case; "l" reads as "i" there):
 * each word's leading consonants (with "qu"; or only the first of them) move to its end and "ay"
 * follows; a word that starts with a vowel takes "way", "yay" or "ay". Empty for values with other
 * characters.
 */
export function pigLatin(value: string): string[] {
  if (!lettersOnly(value)) return [];
  const words: string[] = [];
  let cur = '';
  for (const ch of value.toLowerCase()) {
    if (ch === ' ' || ch === '-' || ch === "'") {
      if (cur !== '') words.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') words.push(cur);
  // Per word: its spellings with the whole leading cluster moved ("the" → "ethay") or only its first
  // letter ("hetay"); models mix the two within one answer. After a vowel: "way", "yay" or "ay", the
  // same for every word. At most MAX_PIG spellings (beyond, every word takes the same cluster rule).
  const options = words.map((w) => {
    let k = 0;
    while (k < w.length && !VOWELS.has(w[k]) && !(k > 0 && w[k] === 'y')) k++;
    if (k < w.length && k > 0 && w[k - 1] === 'q' && w[k] === 'u') k++;
    if (k === 0) return null; // takes the vowel ending
    if (k >= w.length) return [w + 'ay'];
    const whole = w.slice(k) + w.slice(0, k) + 'ay';
    return k > 1 ? [whole, w.slice(1) + w[0] + 'ay'] : [whole];
  });
  const combos = options.reduce((n, o) => n * (o === null ? 1 : o.length), 1);
  const out = new Set<string>();
  for (const vowelSuffix of ['way', 'yay', 'ay']) {
    for (let c = 0; c < combos && c < MAX_PIG; c++) {
      let s = '';
      let rest = c;
      words.forEach((w, k) => {
        const o = options[k];
        if (o === null) { s += w + vowelSuffix; return; }
        const pick = combos <= MAX_PIG ? rest % o.length : c % 2 === 0 ? 0 : o.length - 1;
        rest = Math.floor(rest / o.length);
        s += o[pick];
      });
      let folded = '';
      for (let i = 0; i < s.length; i++) folded += String.fromCharCode(FOLD[s.charCodeAt(i)]);
      out.add(folded);
    }
  }
  return [...out];
}

/** Pig Latin spellings per value and vowel ending (see pigLatin). */
const MAX_PIG = 8;

/** A one-word value's Caesar key: its lower-case letters' distances, and its first letter. */
export interface ShiftKey {
  /** Letters of the value. */
  readonly length: number;
  /** Per pair of neighbouring letters, their distance in the alphabet (mod 26). */
  readonly steps: Uint8Array;
  /** The value's first letter, 0-25. */
  readonly first: number;
}

/**
 * The Caesar key of a one-word ASCII-letter value ("Tornado"; an apostrophe or hyphen inside is
 * dropped), or null for other values and for values of fewer than `min` letters. Every shift of the
 * value has the same steps.
 */
export function shiftKey(value: string, min: number): ShiftKey | null {
  if (!lettersOnly(value) || value.includes(' ')) return null;
  const letters: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) letters.push(c - 97);
  }
  if (letters.length < min) return null;
  const steps = new Uint8Array(letters.length - 1);
  for (let i = 1; i < letters.length; i++) steps[i - 1] = (letters[i] - letters[i - 1] + 26) % 26;
  return { length: letters.length, steps, first: letters[0] };
}

/**
 * Words of `text` that are a Caesar shift of a keyed value (shift 0 excluded: that is the value as
 * written). A word is a run of ASCII letters, with apostrophes and hyphens inside dropped, between
 * characters that are no letter or digit of any script. One pass; a word is compared only with keys of
 * its letter count. Calls `hit(start, end, key index, shift)`.
 */
export function shiftedWords(text: string, keys: readonly (ShiftKey | null)[], hit: (start: number, end: number, k: number, by: number) => void): void {
  let minLen = Infinity;
  let maxLen = 0;
  for (const k of keys) if (k !== null) { minLen = Math.min(minLen, k.length); maxLen = Math.max(maxLen, k.length); }
  if (maxLen === 0) return;
  const n = text.length;
  const letters = new Uint8Array(maxLen);
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i) | 0x20;
    if (c0 < 97 || c0 > 122 || (i > 0 && isWordAt(text, i - 1))) { i++; continue; }
    let j = i;
    let count = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      const l = c | 0x20;
      if (l >= 97 && l <= 122) {
        if (count < maxLen) letters[count] = l - 97;
        count++;
      } else if ((c === 0x27 || c === 0x2d) && j + 1 < n && ((text.charCodeAt(j + 1) | 0x20) - 97) >>> 0 < 26) continue;
      else break;
    }
    if (count >= minLen && count <= maxLen && !(j < n && isWordAt(text, j))) {
      for (let ki = 0; ki < keys.length; ki++) {
        const k = keys[ki];
        if (k === null || k.length !== count) continue;
        let q = 1;
        while (q < count && (letters[q] - letters[q - 1] + 26) % 26 === k.steps[q - 1]) q++;
        const by = (letters[0] - k.first + 26) % 26;
        if (q === count && by !== 0) hit(i, j, ki, by);
      }
    }
    i = j;
  }
}

// ---------- short hex and base64 ----------

/**
 * Code units of text per unit of a hit in encodedBytes(): a hex byte written "0x50, " takes six (base64
 * under two).
 */
export const ENCODED_SPAN = 6;
/** Base64 tokens decoded here: from 6 to 24 characters (the shared normaliser decodes longer spans). */
const B64_MIN = 6;
const B64_MAX = 24;

function isB64Char(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x2b || c === 0x2f || c === 0x2d || c === 0x5f;
}

/** Base64 digit values of ASCII code units (both alphabets), -1 for others. */
const B64_VALUE = (() => {
  const t = new Int8Array(128).fill(-1);
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let k = 0; k < 64; k++) t[abc.charCodeAt(k)] = k;
  t[0x2b] = 62;
  t[0x2d] = 62;
  t[0x2f] = 63;
  t[0x5f] = 63;
  return t;
})();

/**
 * The bytes base64 text[a, b) (no padding) decodes to when every one of them (at least three) is
 * printable ASCII, else null; decoded here without a Buffer and given up at the first other byte, so
 * the identifiers and numbers of code and logs cost little.
 */
function printableBase64(text: string, a: number, b: number): Uint8Array | null {
  if ((b - a) % 4 === 1) return null;
  let m = 0;
  let acc = 0;
  let bits = 0;
  for (let q = a; q < b; q++) {
    acc = ((acc << 6) | B64_VALUE[text.charCodeAt(q)]) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const v = (acc >> bits) & 0xff;
      if (v < 0x20 || v > 0x7e) return null;
      B64_OUT[m++] = v;
    }
  }
  return m >= 3 ? B64_OUT.subarray(0, m) : null;
}
/** printableBase64's output (B64_MAX characters decode to at most 18 bytes); read before the next call. */
const B64_OUT = new Uint8Array(B64_MAX);

/** Units of decoded printable ASCII bytes: letters and digits folded, anything else a word edge. */
class ByteUnits {
  private inWord = false;
  private readonly b: Builder;

  constructor(b: Builder) {
    this.b = b;
  }

  byte(v: number, from: number, to: number): void {
    const f = v < 128 ? FOLD[v] : 0;
    if (f === 0) {
      if (this.inWord) this.b.end();
      this.inWord = false;
      return;
    }
    this.b.push(f, from, to, this.inWord ? 0 : 1);
    this.inWord = true;
  }

  /** Ends the current run of bytes. */
  stop(at: number): void {
    if (this.inWord) this.b.endRun(at);
    this.inWord = false;
  }
}

/**
 * Short encodings of text that the shared normaliser leaves alone, decoded, as one projection (a BREAK
 * between runs): hex bytes, contiguous ("546f726e61646f") or one per token ("54 6f 72", "0x54,0x6f",
 * "54:6f"), and base64 tokens of B64_MIN to B64_MAX characters that hold a digit, "+", "/", "=" or a
 * capital after the first character. Only runs of printable ASCII count; each decoded byte maps to
 * the characters that encode it. Null when nothing decodes.
 */
export function encodedBytes(text: string): Projection | null {
  const b = new Builder();
  const u = new ByteUnits(b);
  const n = text.length;
  let i = 0;
  let runEnd = -1; // end of the last hex token of the current run
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAsciiAlnum(c) || (i > 0 && isWordAt(text, i - 1))) { i++; continue; }
    let j = i;
    while (j < n && isB64Char(text.charCodeAt(j))) j++;
    let pad = j;
    while (pad < n && pad < j + 2 && text.charCodeAt(pad) === 0x3d) pad++;
    const wordEnd = j;
    // Hex: an optional 0x, then an even number of hex digits up to the end of the word.
    let h = i;
    if (text.charCodeAt(h) === 0x30 && (text.charCodeAt(h + 1) | 0x20) === 0x78) h += 2;
    let k = h;
    while (k < wordEnd && hexValue(text.charCodeAt(k)) >= 0) k++;
    // One byte per token ("54 6f"), three or more contiguous ("546f72"), or any after "0x": not the four
    // digits of a year or a count, which logs are full of.
    const digits = k - h;
    const hex = k === wordEnd && digits > 0 && digits % 2 === 0 && (digits === 2 || digits >= 6 || h > i) && !(pad < n && isWordAt(text, pad));
    if (hex) {
      // Part of the current run when only a few separators stand between this token and the last.
      let joined = runEnd >= 0 && i - runEnd <= 2;
      for (let q = runEnd; joined && q < i; q++) {
        const g = text.charCodeAt(q);
        joined = g === 0x20 || g === 0x2c || g === 0x3a || g === 0x3b || g === 0x2d || g === 0x09;
      }
      if (!joined) u.stop(i);
      for (let q = h; q < k; q += 2) {
        const v = hexValue(text.charCodeAt(q)) * 16 + hexValue(text.charCodeAt(q + 1));
        if (v < 0x20 || v > 0x7e) { u.stop(q); continue; }
        u.byte(v, q, q + 2);
      }
      runEnd = k;
      i = wordEnd;
      continue;
    }
    u.stop(i);
    runEnd = -1;
    const len = pad - i;
    if (len >= B64_MIN && len <= B64_MAX && !(pad < n && isWordAt(text, pad))) {
      let signal = false;
      for (let q = i; q < pad && !signal; q++) {
        const g = text.charCodeAt(q);
        signal = (g >= 48 && g <= 57) || g === 0x2b || g === 0x2f || g === 0x3d || (q > i && g >= 65 && g <= 90);
      }
      const bytes = signal ? printableBase64(text, i, j) : null;
      if (bytes !== null) {
        // Byte q is encoded by characters floor(4q/3) to ceil(4(q+1)/3); the last byte takes the padding too.
        for (let q = 0; q < bytes.length; q++) {
          u.byte(bytes[q], i + Math.floor((4 * q) / 3), q === bytes.length - 1 ? pad : Math.min(pad, i + Math.ceil((4 * (q + 1)) / 3)));
        }
        u.stop(pad);
      }
    }
    i = Math.max(pad, i + 1);
  }
  u.stop(n);
  return b.done();
}
