// Rows of a hex dump (xxd, od, hexdump, objdump, Node's <Buffer …>): their bytes and words are figures that
// read as phone or card numbers when no letter happens to be among them ("00000ed0: 2600 0000 0000 0000 a502",
// "2036:\t68 00 00 00 00"). PHONE and CREDIT_CARD ask these before judging digits.

import { isAsciiDigit } from '../../core/units.ts';

/** Whether c is a hexadecimal digit; 2 when it is a letter (a-f, A-F), 1 for a digit, 0 otherwise. */
function hexKind(c: number): number {
  if (isAsciiDigit(c)) return 1;
  const l = c | 32;
  return l >= 97 && l <= 102 ? 2 : 0;
}

/** "00000010:": four (`min`) to sixteen hexadecimal digits and a colon (a dump's offset column). */
function hexOffset(token: string, min = 4): boolean {
  if (token.length < min + 1 || token.length > 17 || token.charCodeAt(token.length - 1) !== 58) return false;
  for (let q = 0; q < token.length - 1; q++) if (hexKind(token.charCodeAt(q)) === 0) return false;
  return true;
}

/**
 * `lead` (at text[q]) is one to three hexadecimal digits and a colon that start their line after blanks only:
 * objdump's offsets in a short function ("   9:\t48 89 04 24 \tmov %rax,(%rsp)"). The line break must be there:
 * at the text's start the lead may be the end of a longer offset that a stream's window cut ("ed0:" of
 * "00000ed0:"), so hexBytes asks this and dumpRow (cards) does not.
 */
function shortOffset(text: string, q: number, lead: string): boolean {
  if (lead.length > 4 || !hexOffset(lead, 1)) return false;
  // Back to the line's start over blanks only (at most 16: objdump indents its offsets to eight columns).
  for (let k = q - 1; k >= q - 16 && k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

/**
 * text[s, e) is a dump's offset column: six to sixteen digits led by a nought, at a line's start ("000040",
 * "0001100": od and hexdump without a colon). At the text's start only the first row's offset counts, all
 * noughts: a text (or a stream's window) that starts with "01111001 4111 1111 …" starts with bits, then a card.
 */
export function dumpOffset(text: string, [s, e]: readonly [number, number]): boolean {
  if (e - s < 6 || e - s > 16 || text.charCodeAt(s) !== 48 || (s > 0 && text.charCodeAt(s - 1) !== 10)) return false;
  const top = s === 0;
  for (let q = s; q < e; q++) {
    const c = text.charCodeAt(q);
    if (!isAsciiDigit(c) || (top && c !== 48)) return false;
  }
  return true;
}

/** Tokens of two hexadecimal digits read on each side of a candidate (a bound per candidate: linear overall). */
const HEX_REACH = 48;
/** Pairs in one row, the candidate's included, that make a row of bytes whatever its letters: no number has as many. */
const BYTE_ROW_PAIRS = 8;
/**
 * Characters dumpRow reads before s at most: within the 64 units of left context a stream's window is given,
 * so a stream decides as the whole text does (a dump row's words are within 60 of its offset column).
 */
const LEAD_REACH = 60;

/**
 * text[s, e) is pairs of digits joined by single spaces inside a row of bytes printed in hexadecimal: the
 * row (the two-character tokens around it, joined by single spaces) holds a pair with a letter ("ab 90 78 56
 * 34 12", "30 31 32 33 0a"), or starts after "<Buffer " (Node's way of printing one), a hexadecimal offset
 * and a colon ("00000010: 30 31 32 33"; objdump's "2036:" and a tab) or an offset column at a line's start
 * ("000040 03 00 00 00": od), or holds BYTE_ROW_PAIRS pairs or more (a character set's map, "20 20 20 20 20 20 20
 * 20 20 28 28 28 28 28 20 20"). A few pairs alone ("88 13 70 17") may be a Danish or Norwegian number and are left
 * to the parser. The same for words of four digits (xxd's default: "000006c: 3c74 6f6e 7940 7363").
 */
export function hexBytes(text: string, s: number, e: number): boolean {
  return hexRow(text, s, e, 2, false) || hexRow(text, s, e, 4, false);
}

/**
 * hexBytes by what starts the row alone (an offset column or "<Buffer"), not by a lettered token near: a card
 * after the word "face" or "cafe" stays a card.
 */
export function dumpRow(text: string, s: number, e: number): boolean {
  return hexRow(text, s, e, 2, true) || hexRow(text, s, e, 4, true);
}

/** hexBytes for tokens of `w` hexadecimal digits (`leadOnly`: dumpRow). */
function hexRow(text: string, s: number, e: number, w: number, leadOnly: boolean): boolean {
  const step = w + 1;
  if (e - s < 2 * w + 1 || (e - s + 1) % step !== 0) return false;
  for (let q = s; q < e; q++) {
    const c = text.charCodeAt(q);
    if ((q - s) % step === w ? c !== 32 : !isAsciiDigit(c)) return false;
  }
  if (w === 2 && e - s < 11) return false; // pairs: four at least
  const token = (from: number): number => {
    let kind = 1;
    for (let q = from; q < from + w; q++) {
      const h = hexKind(text.charCodeAt(q));
      if (h === 0) return 0;
      if (h === 2) kind = 2;
    }
    return kind;
  };
  // Leftwards: " xx" tokens, then what starts the row (for dumpRow within LEAD_REACH of s).
  let pairs = (e - s + 1) / step; // the row's tokens read so far (counted for pairs only)
  let t = s;
  const reach = leadOnly ? Math.floor((LEAD_REACH - 20) / step) : HEX_REACH;
  for (let k = 0; k < reach && t >= step && text.charCodeAt(t - 1) === 32; k++) {
    const h = token(t - step);
    if (h === 0 || (t > step && text.charCodeAt(t - step - 1) > 32)) break;
    if (h === 2 && !leadOnly) return true;
    t -= step;
    pairs++;
  }
  // What starts the row: "<Buffer", an offset and a colon (xxd; objdump's "2036:" before a tab) or a dump's
  // offset column at a line's start (od's "000040").
  if (t >= 1 && (text.charCodeAt(t - 1) === 32 || text.charCodeAt(t - 1) === 9)) {
    // objdump pads its offset with blanks to the bytes ("   9:   48 89 04 24"); dumpRow keeps to one (LEAD_REACH).
    let b = t - 1;
    if (!leadOnly) while (b > 0 && b > t - 9 && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
    let q = b;
    while (q > 0 && q > b - 19 && text.charCodeAt(q - 1) > 32) q--;
    const lead = text.slice(q, b);
    if (lead === '<Buffer' || hexOffset(lead) || (!leadOnly && shortOffset(text, q, lead)) || dumpOffset(text, [q, t - 1])) return true;
  }
  if (leadOnly) return false;
  // Rightwards: " xx" tokens, each ending at a space, ">", "," or the end.
  t = e;
  for (let k = 0; k < HEX_REACH && text.charCodeAt(t) === 32 && t + step <= text.length; k++) {
    const h = token(t + 1);
    const after = t + step < text.length ? text.charCodeAt(t + step) : 32;
    if (h === 0 || (after > 32 && after !== 62 && after !== 44)) break;
    if (h === 2) return true;
    t += step;
    pairs++;
  }
  return w === 2 && pairs >= BYTE_ROW_PAIRS;
}

/** Words read on each side of a candidate by hexTable, and the characters they may span on either side. */
const TABLE_WORDS = 8;
const TABLE_REACH = 60;

/** Whether text[a, b) is a word of four to six hexadecimal digits: 0 no, 1 digits only, 2 with a letter. */
function hexWord(text: string, a: number, b: number): number {
  if (b - a < 4 || b - a > 6) return 0;
  let kind = 1;
  for (let q = a; q < b; q++) {
    const h = hexKind(text.charCodeAt(q));
    if (h === 0) return 0;
    if (h === 2) kind = 2;
  }
  return kind;
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * text[s, e) is words of four to six digits joined by single spaces inside a table of hexadecimal words separated
 * by blanks or line breaks: code points or addresses listed ("2170D 21710 21726 5A0D", a Unicode collation table's
 * rows), where a word of digits alone is hexadecimal too. Two words with a letter within TABLE_WORDS words (and
 * TABLE_REACH characters) on either side, nothing but such words between, make a table; one does not ("Card: face
 * 4111 1111 1111 1111" stays a card).
 */
export function hexTable(text: string, s: number, e: number): boolean {
  for (let a = s; a < e; ) {
    let b = a;
    while (b < e && text.charCodeAt(b) !== 32) b++;
    if (hexWord(text, a, b) !== 1) return false;
    a = b + 1;
  }
  let lettered = 0;
  // Leftwards.
  let t = s;
  for (let k = 0; k < TABLE_WORDS && lettered < 2; k++) {
    let b = t;
    while (b > 0 && s - b < TABLE_REACH && isBlank(text.charCodeAt(b - 1))) b--;
    if (b === t) break; // no blank: the candidate is glued to something
    let a = b;
    while (a > 0 && b - a < 7 && !isBlank(text.charCodeAt(a - 1))) a--;
    if (s - a > TABLE_REACH || (a > 0 && !isBlank(text.charCodeAt(a - 1)))) break;
    const h = hexWord(text, a, b);
    if (h === 0) break;
    if (h === 2) lettered++;
    t = a;
  }
  // Rightwards.
  t = e;
  for (let k = 0; k < TABLE_WORDS && lettered < 2; k++) {
    let a = t;
    while (a < text.length && a - e < TABLE_REACH && isBlank(text.charCodeAt(a))) a++;
    if (a === t) break;
    let b = a;
    while (b < text.length && b - a < 7 && !isBlank(text.charCodeAt(b))) b++;
    if (b - e > TABLE_REACH || (b < text.length && !isBlank(text.charCodeAt(b)))) break;
    const h = hexWord(text, a, b);
    if (h === 0) break;
    if (h === 2) lettered++;
    t = b;
  }
  return lettered >= 2;
}
