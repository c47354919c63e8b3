// CREDIT_CARD: 12–19 digits with optional space/dash separators, Luhn-valid and inside a known issuer
// range (Visa, Mastercard incl. 2-series, Amex, Discover, Diners, JCB incl. legacy 2131/1800, UnionPay,
// Maestro) and written as cards are printed (no separators, groups of four, 4-6-5, 4-6-4) 0.9; or,
// with a card word near it ("card", "credit", "debit", …), Luhn-valid 13–19 digits in a
// range the table does not list (issuers add ranges; test-data generators use unassigned ones) 0.5, not
// one digit repeated.
//
// Candidates. A card is looked for in every run of digits joined by single spaces or dashes, at every
// window of whole groups holding 12–19 digits, each window judged on its own: a card followed by its
// expiry ("4111 1111 1111 1111 12/29"), after a quantity ("Qty 2 4111 …") or after other numbers is found.
// (Until the thirty-ninth round one leftmost regex match of up to 19 digits was judged whole: those texts
// were no card, and which digits a match took depended on where the scanned text began, so a stream's
// window could lose a card the whole text found.) A run glued to a letter at either end is an identifier
// (an IBAN's "PL12 3456 …"), no card. A window inside a longer run must be a card as printed by a listed
// issuer (0.9); the whole run may also be an unlisted range with a card word near it (0.5).
// A window contained in another card window is not reported. Each window is decided by its own digits and
// the characters either side, so a finding depends on at most maxLength + 2 characters.
import { compile } from '../../core/regex.ts';
import { digitsOf, luhn } from '../checksums.ts';
import { arithmeticOperand, callArgument, charAfter, charBefore, hasContext, hasContextBefore, matchAllFast, type RawHit, type Recognizer } from '../recognizer.ts';
import { dumpRow, hexTable } from './dump.ts';

/** Issuer whose prefix and length rules the digits satisfy, or null. */
export function cardIssuer(d: string): string | null {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && n >= 16 && n <= 19) return 'discover';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19) return 'diners';
  // JCB: 3528–3589 assigned; 3500–3527 is unassigned and accepted too (test-data generators use it);
  // legacy 15-digit JCB numbers start 2131 or 1800.
  if (((p4 >= 3500 && p4 <= 3589 && n >= 16) || ((p4 === 2131 || p4 === 1800) && n === 15)) && n <= 19) return 'jcb';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69) || p4 === 6304 || p4 === 6759 || (p4 >= 6761 && p4 <= 6763)) && n >= 12 && n <= 19) return 'maestro';
  return null;
}

const CONTEXT = ['card', 'credit', 'debit', 'visa', 'mastercard', 'maestro', 'amex', 'cc', 'cc#', 'cvv', 'expir', 'payment'];

/** Runs of at least 12 digits joined by single spaces or dashes (a run's groups are its digit runs). */
const RUN = compile('pii/card-run', '\\d(?:[ \\-]?\\d){11,}');

/** An ASCII word character (RE2's \\w). */
function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Card windows of every run of at least 12 digits (see the header). */
function findCards(text: string): RawHit[] {
  const out: RawHit[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of matchAllFast(RUN, text)) {
    // Glued to a letter at either end ("PL12 3456 7890 …", an IBAN; a part number): an identifier, no card.
    if ((m.start > 0 && isWord(text.charCodeAt(m.start - 1))) || (m.end < text.length && isWord(text.charCodeAt(m.end)))) continue;
    starts.length = 0;
    ends.length = 0;
    for (let i = m.start; i < m.end;) {
      let j = i;
      while (j < m.end && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      starts.push(i);
      ends.push(j);
      i = j + 1;
    }
    // Windows by start, then end: a window inside a longer run must be printed as cards are (its group
    // sizes say so without reading it), so most windows of a run of short groups cost nothing.
    const hits: RawHit[] = [];
    for (let a = 0; a < starts.length; a++) {
      let digits = 0;
      for (let b = a; b < starts.length; b++) {
        digits += ends[b] - starts[b];
        if (digits > 19) break;
        if (digits < 12) continue;
        const partial = a > 0 || b < starts.length - 1;
        const layout = groupsLikeCard(starts, ends, a, b);
        if (partial && !layout) continue;
        if (partial && slice(starts, ends, a, b)) continue;
        const v = judge(text.slice(starts[a], ends[b]), layout, text, starts[a], ends[b]);
        if (v === null || (v.score < 0.9 && partial)) continue;
        hits.push({ start: starts[a], end: ends[b], score: v.score, note: `card, ${v.note}` });
      }
    }
    // A window inside another as strong is not reported. Windows are at most MAX_WINDOW long, so only
    // those starting that far back (or at the same start, later in the list) can hold one: linear.
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      let inside = false;
      for (let j = i - 1; j >= 0 && hits[j].start >= h.end - MAX_WINDOW && !inside; j--) inside = hits[j].end >= h.end && hits[j].score >= h.score;
      for (let j = i + 1; j < hits.length && hits[j].start === h.start && !inside; j++) inside = hits[j].end >= h.end && hits[j].score >= h.score;
      if (!inside) out.push(h);
    }
  }
  return out;
}

/**
 * Whether window a..b of groups of four is a slice of a longer number printed the same way: a group of
 * four digits right before it or right after it in the same run ("9400 8458 6605 4562 4925 93", a parcel
 * tracking number; "5762 4044 3423 7298", an account number whose 16 digits fail Luhn). An expiry ("12 29"),
 * a security code ("123") or a quantity ("Qty 2") next to a card is not such a group.
 */
function slice(starts: readonly number[], ends: readonly number[], a: number, b: number): boolean {
  if (a === b || ends[a] - starts[a] !== 4 || ends[a + 1] - starts[a + 1] !== 4) return false; // not groups of four
  // A group at the very start of the text may be the cut end of a longer one (a stream's window can begin
  // anywhere): it says nothing.
  return (a > 0 && starts[a - 1] > 0 && ends[a - 1] - starts[a - 1] === 4) || (b < starts.length - 1 && ends[b] - starts[b] === 4 && ends[b + 1] - starts[b + 1] === 4);
}

/** Longest card window: 19 digits and 18 separators. */
const MAX_WINDOW = 19 + 18;
/** How far a window's verdict reads beyond it (slice: a group of four and its separator on either side). */
const REACH = 5;

/**
 * Whether groups a..b of a run (digits start..end each) are laid out as cards are printed: one group (no
 * separators), groups of four with a shorter last group (4-4-4-4, 4-4-4-4-3), or as American Express
 * (4-6-5) and Diners Club (4-6-4) numbers are.
 */
export function groupsLikeCard(starts: readonly number[], ends: readonly number[], a: number, b: number): boolean {
  if (a === b) return true;
  const size = (k: number): number => ends[k] - starts[k];
  if (b - a === 2 && size(a) === 4 && size(a + 1) === 6 && (size(b) === 5 || size(b) === 4)) return true;
  for (let k = a; k < b; k++) if (size(k) !== 4) return false;
  return size(b) >= 1 && size(b) <= 4;
}

/** A window of digits (`layout`: groupsLikeCard) judged as a card (see the header), or null. */
function judge(value: string, layout: boolean, text: string, start: number, end: number): { score: number; note: string } | null {
  const b = charBefore(text, start);
  const a = charAfter(text, end);
  if (b === '-' || b === '.' || a === '-' || (a === '.' && /* decimal */ end + 1 < text.length && text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57)) return null;
  // A path segment of a URL ("https://oss-fuzz.com/testcase-detail/5390364397928448"): an id, no card.
  if (b === '/' && urlPathBefore(text, start - 1)) return null;
  const d = digitsOf(value);
  if (d.length < 12 || d.length > 19) return null;
  if (!luhn(d)) return null;
  // An operand of a product or a power ("4828147466240000*t**12"), or a bare run of digits that is an argument in a
  // call ("default_rng(348932549825235)"): a number in code.
  if (arithmeticOperand(text, start, end) || (d.length === value.length && callArgument(text, start, end))) return null;
  // Words of a hex dump ("00000ed0: 2600 0000 0000 0000 a502": xxd) or of a table of hexadecimal words ("2542F
  // 25430 4100 7944 7945 7946": code points), and a serial number ("Serial Number:
  // 6643877497813316402 (0x5c33…)": a certificate's, as openssl prints it) without a card word near.
  if (dumpRow(text, start, end) || hexTable(text, start, end) || (hasContextBefore(text, start, SERIAL_WORDS, 24) && !hasContext(text, start, end, CONTEXT, 48))) return null;
  // Three groups or more of one length of five digits or more ("100644 100644 100644": git's file modes after
  // "git diff --cc"; "61204 88317 02955": an invoice check code) are a row of figures; no card is printed so,
  // whatever word is near.
  if (!layout && equalWideGroups(value)) return null;
  // Numbers counted up or down by a constant step ("4142434445464748": the circled numbers 41 to 48 of a
  // character-set table, written as escapes that decode to them) are a row of figures, not an account number.
  if (counting(d)) return null;
  // Other digits in groups no card is printed in ("65 20 62 72 61 69": hex bytes) need a card word, and then
  // count as no more than an unlisted range.
  const issuer = cardIssuer(d);
  // Maestro's 12- and 13-digit numbers are rare, and Visa has issued no 13-digit number for decades; as many
  // digits unseparated are barcodes (EAN-13), parcel numbers and table ids ("# 4111251125234": a stroke-order
  // table's comments in glibc's locale data): they need a card word, like an unlisted range.
  const rare = (issuer === 'maestro' && d.length <= 13) || (issuer === 'visa' && d.length === 13);
  if (issuer !== null && layout && !rare) return { score: 0.9, note: `luhn, ${issuer}` };
  // No card number starts with a nought (ISO/IEC 7812 gives that industry digit to no card issuer): a run that
  // does is an address or a padded id ("0000000000710780 t _GLOBAL__sub_I_pfs.cc", nm's output, where ".cc" reads
  // as a card word).
  if ((d.length >= 13 || issuer !== null) && d.charCodeAt(0) !== 48 && !oneDigit(d) && hasContext(text, start, end, CONTEXT, 48)) {
    return { score: 0.5, note: layout ? 'luhn, unlisted range' : 'luhn, unusual grouping' };
  }
  return null;
}

export const recognizer: Recognizer = {
  id: 'credit_card',
  type: 'CREDIT_CARD',
  patterns: [],
  prefilter: '\\d(?:[ \\-]?\\d){11}',
  custom: findCards,
  maxLength: MAX_WINDOW + 2 * REACH,
  context: CONTEXT,
  contextBoost: 0.1,
  examples: {
    match: ['card 4111 1111 1111 1111 exp 12/29', '5555-5555-5555-4444', '2223003122003222', '378282246310005', '6011111111111117',
      '30569309025904', '3530111333300000', '6200000000000005', '6759649826438453'],
    noMatch: ['4111 1111 1111 1112', '1234567812345678', '4142434445464748', 'card 4142434445464748', '9111111111111111', 'order 4111111111111111-2', '0000 0000 0000 0000',
      'card 0000 0000 0000 0000', 'card 3590 7300 9343 7732'],
  },
};

/**
 * text[slash] is "/" inside a URL: "://" earlier on the same token (no space, quote or bracket between), at most
 * 60 characters back (within the 64 units of left context a stream's window is given, so a stream decides as the
 * whole text does).
 */
function urlPathBefore(text: string, slash: number): boolean {
  for (let k = slash - 1; k >= 2 && k > slash - 60; k--) {
    const c = text.charCodeAt(k);
    if (c <= 32 || c === 34 || c === 39 || c === 40 || c === 60) return false;
    if (c === 47 && text.charCodeAt(k - 1) === 47 && text.charCodeAt(k - 2) === 58) return true;
  }
  return false;
}

/** Words before a device's or a certificate's number (read as context words: "Serial Number:", "S/N", "IMEI"). */
const SERIAL_WORDS = ['serial', 's/n', 'imei'];

/** Three or more digit groups (split at spaces and dashes) of one length, five or more each. */
function equalWideGroups(value: string): boolean {
  let width = -1;
  let groups = 0;
  let run = 0;
  for (let k = 0; k <= value.length; k++) {
    const c = k < value.length ? value.charCodeAt(k) : 32;
    if (c !== 32 && c !== 45) {
      run++;
      continue;
    }
    if (run < 5 || (width >= 0 && run !== width)) return false;
    width = run;
    groups++;
    run = 0;
  }
  return groups >= 3;
}

/**
 * `d` read as numbers of one width (one to three digits), at least six of them, each a constant non-zero step
 * from the one before.
 */
function counting(d: string): boolean {
  for (let w = 1; w <= 3; w++) {
    if (d.length % w !== 0 || d.length / w < 6) continue;
    const at = (k: number): number => Number(d.slice(k * w, k * w + w));
    const step = at(1) - at(0);
    if (step === 0) continue;
    let k = 2;
    while (k < d.length / w && at(k) - at(k - 1) === step) k++;
    if (k === d.length / w) return true;
  }
  return false;
}

function oneDigit(d: string): boolean {
  for (let i = 1; i < d.length; i++) if (d[i] !== d[0]) return false;
  return true;
}
