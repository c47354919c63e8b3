// PHONE: candidates of one regular shape (digit groups joined by the usual separators, optional
// "+CC" / "00CC" prefix, optional extension), then checked with libphonenumber-js ("max" metadata):
//   - "+CC …" / "00CC …": valid for its own country → 0.8; only *possible* (right length, e.g. a
//     fictional +1 555 number) → 0.4–0.5, reported when the layout is a phone layout or context is near;
//   - NANP layouts "(555) 123-4567", "555.123.4567", "555-123-4567", "1 (555) 123 4567": the written
//     format is the evidence (numbers in the 555 range are fictional but real-format) → 0.45–0.55;
//   - other national formats: valid in one of the default regions → 0.35–0.5 (three groups or a
//     bracketed area code are stronger than two), counted for a region only when written as its people
//     write them: with its trunk prefix or an area code in brackets (TRUNK_ALWAYS; mobile numbers
//     also bare in India and Brazil, TRUNK_MOBILE; only mobile numbers for China, TRUNK_MOBILE_ONLY);
//     with a phone context word, *possible* is enough;
//   - a plain digit run is only considered with a phone context word near it.
// Extensions ("x123", "ext. 45", "extension 12", "#12") stay in the span. Shapes that are dates, IPv4,
// SSNs, ZIP+4, decimals, card-like 4-digit groups, year ranges, rows of decimals, bits and aligned
// columns are rejected, and so are numbers next to an order/invoice/reference word without a phone
// word. A candidate that fails as a whole (two numbers in a row, a number followed by a count) is split
// at its spaces and the longest valid pieces kept, unless the piece is cut out of a list of figures
// (listRun) or the whole is one figure with spaced thousands (thousandsPieces: a lead of one or two
// digits, or of three after an amount word or before a unit). Nothing after a currency sign is a number.
// The candidate shape (CANDIDATE_SOURCE) is found by a hand-written walk that returns exactly its RE2
// matches (see phoneCandidates). Work is linear in the text: a candidate holds at least seven digits and
// costs a bounded amount of work besides the parser, and parser calls (each on one short string, ~10 µs)
// are limited per text by parseBudget (a floor plus one per PARSE_CHARS characters), so a long list of
// numbers is read whatever its length; the budget is a backstop that no list of numbers reaches (the
// text fails with workExhausted when it runs out). Verdicts are remembered per text, and across the
// texts of a scope when the caller gives one (DetectionContext.memo: the re-scans of one streamed
// answer, which check the same numbers again and again as the held text grows; the parser is the
// costliest part of the PII detector on answers dense with phone numbers).
import { workExhausted } from '../recognizer.ts';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { Metadata } from 'libphonenumber-js/core';
import phoneMetadata from 'libphonenumber-js/max/metadata';
import { compileSet, type PatternSet } from '../../core/regex.ts';
import { digitsOf } from '../checksums.ts';
import { dumpOffset, hexBytes, hexTable } from './dump.ts';
import { isAsciiDigit, isAsciiWord, ownCodeUnits } from '../../core/units.ts';
import { arithmeticOperand, asciiUnits, callArgument, charAfter, charBefore, hasContext, hasContextBefore, type RawHit, type Recognizer } from '../recognizer.ts';
import type { ScanMemo } from '../../core/types.ts';
import { COUNTRIES } from './data/places.ts';

/** Regions tried for numbers written without a country code. */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = [
  'US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'PT', 'IE', 'IN', 'AU', 'NZ',
  'SG', 'JP', 'BR', 'MX', 'ZA', 'CN', 'RU',
];

// One separator between digit groups: ")", a space, one of . - /, a space, "(" — each optional, so
// "(555) 123-4567", "+49 (0)30/901820" and "555 - 123 - 4567" are one candidate.
const SEP = '\\)? ?[.\\-/]? ?\\(?';
const EXT = '(?:,? ?(?:[xX]|[eE][xX][tT](?:[eE][nN][sS][iI][oO][nN])?\\.?|#) ?\\d{1,6}\\b)?';
const PREFILTER = `(?:\\+ ?|\\b00[ \\-]?)?\\(?\\d(?:${SEP}\\d){6,21}${EXT}`;
/** The candidate shape (exported for the test that holds phoneCandidates to it). */
export const CANDIDATE_SOURCE = PREFILTER;
/** Parser calls every text may make (see parseBudget). */
const PARSE_BUDGET = 3000;
/**
 * Characters per further parser call (see parseBudget). Lists parse far less often: phone numbers one
 * call per 12–15 characters (German, French, British and US national numbers, international ones), ISBNs
 * one per 9 before isIsbnLike and timestamps one per 17 before a date stopped beginning a run (none
 * now); the densest text found, a phone word before digits in one-digit groups, one per 6.
 */
const PARSE_CHARS = 4;
const MAX_PIECES = 8;

const CONTEXT = [
  'phone', 'telephone', 'tel', 'tel.', 'tel:', 'call', 'mobile', 'mob', 'cell', 'cellphone', 'fax', 'whatsapp', 'sms', 'text me',
  'contact', 'dial', 'ring', 'reach me', 'reach us', 'my number', 'our number', 'landline', 'hotline', 'helpline', 'ph:', 'ph.', 'p:', 't:', 'm:', 'telefon', 'téléphone',
  'teléfono', 'telefono', 'handy', 'tél', 'numéro', 'número', 'answering', 'voicemail', 'voice mail', 'pick up', 'picking up',
  // Other languages' words for a telephone, a mobile and calling.
  'telefone', 'telemóvel', 'celular', 'móvil', 'portable', 'cellulare', 'telefoon', 'mobiel', 'bellen', 'anrufen', 'puhelin', 'telefonnummer',
  'mobilnummer', 'telefonu', 'telefonszám', 'телефон', 'тел', 'тел.', 'моб', 'мобильный', 'мобільний', 'звоните', '电话', '手机', '電話', '携帯', '전화',
  '휴대폰', 'फ़ोन', 'फोन', 'मोबाइल', 'โทร', 'เบอร์', 'điện thoại', 'هاتف', 'جوال', 'טלפון',
];
/** Words that make a number an identifier rather than a phone number (when no phone word is near). */
const ID_CONTEXT = [
  'order', 'invoice', 'tracking', 'ref', 'reference', 'account', 'acct', 'serial', 'isbn', 'issn', 'sku', 'ticket', 'transaction', 'case', 'id', 'iban', 'routing', 'policy',
  'no.', 'no:', 'nº', 'nr.', 'part no', 'part number', 'rfc', 'ieee', 'iso', 'bug', 'bugs', 'rechnung', 'rechnungsnummer', 'bestellnummer', 'kundennummer', 'facture', 'factuur', 'factuurnummer', 'fatura', 'factura', 'pedido', 'commande',
  'zip', 'postcode', 'postal code', 'cep', 'plz', 'pnr', 'booking', 'confirmation', 'member', 'membership',
  'konto', 'kontonummer', 'compte', 'cuenta', 'conta', 'conto', 'rekening', 'akun', 'खाता', '口座', '会員番号', '账号', '账户', '订单',
];

/**
 * Parser calls allowed for a text of `length` UTF-16 units: PARSE_BUDGET, plus one per PARSE_CHARS
 * units. A fixed budget refused long benign lists (8 KB of ISBNs, 32 KB of timestamps); this one keeps
 * the parser's cost linear, at most ~2.5 µs per character on text made of nothing but hard candidates.
 * Only calls of the parser count: a region the pre-check rules out (regionsPossible) costs nothing.
 */
export function parseBudget(length: number): number {
  return PARSE_BUDGET + Math.floor(length / PARSE_CHARS);
}

interface Verdict { readonly score: number; readonly note: string }
interface Budget { left: number }

/**
 * Phone numbers in `text` (scores before the engine's context boost). Pure; `regions` are tried in
 * order for numbers written without a country code; `memo` (a scope's, see ScanMemo) only saves work:
 * the answer, and whether the work budget runs out, are the same without it.
 */
export function findPhones(text: string, regions: readonly CountryCode[] = DEFAULT_PHONE_REGIONS, memo?: ScanMemo, parses = parseBudget(text.length)): RawHit[] {
  const out: RawHit[] = [];
  // The same number often repeats in a text: each distinct (string, context) pair is classified once
  // per text (`seen`). A verdict remembered from an earlier text of the scope is charged to the budget
  // what computing it cost, so the budget, and the exhausted-budget error, do not depend on the memo.
  const seen = new Map<string, Verdict | null>();
  const scope = memo?.table<Known>('phone');
  const regionKey = regionCheck(regions).key;
  const budget: Budget = { left: parses };
  for (const m of phoneCandidates(text)) {
    let start = m.start;
    const b = charBefore(text, start);
    // After "7." or "09:45:" the digits go on a decimal or a time ("09:45:06.970374 2024").
    if (isDigit(b) || isWordChar(b) || b === '-' || b === '/' || b === '+' || ((b === '.' || b === ':') && isDigit(charBefore(text, start - 1)))) continue;
    // An operand of a product or a power ("88157*x**56 - 126842*x**55": polynomials in code and its docs).
    if (arithmeticOperand(text, start, m.end)) continue;
    // An access log's status and size after the request line ("POST /api HTTP/1.1" 302 14872).
    if (b === ' ' && afterRequestLine(text, start - 1)) continue;
    // "cachedAt + 31536000000": a plus sign between two operands adds; the digits after it are a bare run.
    if (binaryPlus(text, start)) start += 2;
    const value = text.slice(start, m.end);
    // Extension: everything from the first character that cannot be part of the number itself.
    let extAt = value.length;
    for (let i = 0; i < value.length; i++) {
      if (!isNumberCode(value.charCodeAt(i))) { extAt = i; break; }
    }
    let coreEnd = start + extAt;
    while (coreEnd > start && !isAsciiDigit(text.charCodeAt(coreEnd - 1))) coreEnd--;
    const a = charAfter(text, m.end);
    // "452465 100% CPU spin": a percentage ends the run; "93-12-11 22:18": a clock time's hour.
    if (a === '%' || (a === ':' && isDigit(charAfter(text, m.end + 1)))) continue;
    // "082 490 1693-Office", "3660170548-Fax": a hyphenated line label is a phone word, not more of a token;
    // so is a label that ends the line after a space ("781 1704 office", "(579)888-3058 fax").
    const labelEnd = a === '-' || a === ' ' ? labelAt(text, m.end + 1) : -1;
    const label = labelEnd >= 0 && (a === '-' || lineEndsAt(text, labelEnd));
    const gluedAfter = !label && (isDigit(a) || isWordChar(a) || a === '-' || a === '/' || a === '@' || (a === '.' && isDigit(charAfter(text, m.end + 1))));
    // A trailing extension only counts when the number itself ends cleanly.
    const ext = extAt < value.length && !gluedAfter ? m.end : coreEnd;
    const pieces = splitPieces(text, start, coreEnd);
    // "1. 555 123 4567", "2) 020 7946 0958": a list item's number (listMarker), not a country code; the
    // number starts after it.
    if (pieces.length > 1 && listMarker(text, pieces[0])) {
      pieces.shift();
      start = pieces[0][0];
    }
    if (gluedAfter) {
      if (extAt < value.length) continue; // "555-123-4567x12ab": not a clean extension
      pieces.pop(); // the last piece runs into more digits/letters: not a phone boundary
    }
    // "6726 0574 9277 60.43": a last piece that is an amount (digits, one dot, two decimals) after a
    // space ends a ledger line, not a phone number.
    if (pieces.length > 1 && isAmount(text, pieces[pieces.length - 1])) pieces.pop();
    if (pieces.length === 0 || pieces.length > MAX_PIECES) continue;
    // "<Buffer 88 13 70 17>", "ab 90 78 56 34 12", a long row of pairs: bytes printed in hexadecimal, whatever the
    // context; also after a dump's offset column that the candidate took in ("001100 07 00 00 00 1c …": `od -A x -t x1`).
    const lastEnd = pieces[pieces.length - 1][1];
    if (hexBytes(text, pieces[0][0], lastEnd) || (pieces.length > 2 && dumpOffset(text, pieces[0]) && hexBytes(text, pieces[1][0], lastEnd))) continue;
    // "2170D 21710 21726 5A0D": words of a table of hexadecimal code points or addresses.
    if (hexTable(text, pieces[0][0], lastEnd)) continue;
    // "$394 328 000 000", "USD 1 250 000": an amount of money.
    if (moneyBefore(text, start)) continue;
    // A lead of three digits is a figure too after an amount word ("population of 331 449 281") or before
    // a unit; alone it is as likely a Spanish or Polish mobile number ("699 956 915").
    const thousands = thousandsPieces(text, pieces, 2) ||
      (thousandsPieces(text, pieces, 3) && ((!gluedAfter && unitAfter(text, coreEnd)) || amountBefore(text, start)));
    if (thousands && !hasContext(text, start, coreEnd, CONTEXT, 48)) continue;
    // "setTimeout(fn, 86400000)", "range(0, 10000000)": a bare digit run that is an argument in code,
    // where "call" is no phone word.
    if (pieces.length === 1 && plainPiece(text, pieces[0]) && callArgument(text, pieces[0][0], pieces[0][1])) continue;
    // "RangeInBytes": "0-1048575", "bytes 0-100/2307346", Redis's "Slots": "0-234,2420-5461": a range of bytes or
    // of slots, not a number.
    if (pieces.length === 1 && numericRange(text, pieces[0][0], pieces[0][1])) continue;
    // "DirectMap1G:    25165824 kB" (/proc/meminfo), "1048576 bytes": a bare run of digits before a unit is a
    // quantity.
    if (pieces.length === 1 && plainPiece(text, pieces[0]) && !gluedAfter && unitAfter(text, coreEnd) && !hasContext(text, start, coreEnd, CONTEXT, 48)) continue;
    // Groups of four all the way ("4000 1234 5678 9010") are a card or account number, and an ISBN-13
    // ("979 10 90636 07 1") a book: no piece of either is a phone.
    const whole = text.slice(start, pieces[pieces.length - 1][1]);
    const wholeGroups = groupLengths(whole);
    if (isCardLike(wholeGroups) || isIsbnLike(digitsOf(whole), wholeGroups)) continue;
    // The same holds for such a block inside a longer candidate ("2024-01-03 6726 0574 9277 60.43": a
    // date, then an account number): no run of pieces within the block is a phone.
    const block = fourDigitBlocks(text, pieces);
    const verdictFor = (s: number, e: number): Verdict | null => {
      // Shapes classify rejects whatever the context (dates, IPs, SSNs … : most candidates in log
      // text), before any parser call: the answer is null either way, so the context search, the
      // cache key and the lookup are skipped.
      const value = text.slice(s, e);
      if (rejectedShape(value)) return null;
      const ctx = (label && e === coreEnd) || hasContext(text, s, e, CONTEXT, 48);
      const key = `${ctx ? 1 : 0}${regionKey}${value}`;
      let v = seen.get(key);
      if (v === undefined) {
        const k = scope?.get(key);
        if (k !== undefined) {
          // Refresh its place in the eviction order (oldest first), and charge what computing it cost.
          scope!.delete(key);
          scope!.set(key, k);
          v = k.verdict;
          budget.left -= k.cost;
        } else {
          const before = budget.left;
          v = classify(value, ctx, regions, budget);
          // A verdict cut short by the budget is not the number's verdict: not remembered (the text
          // fails with workExhausted right below).
          if (scope !== undefined && budget.left >= 0) remember(scope, key, { verdict: v, cost: before - budget.left });
        }
        seen.set(key, v);
        if (budget.left < 0) throw workExhausted('phone'); // the rest of the text would be read for nothing
      }
      // Position-dependent, so outside the cache: "order 555-123-4567" is an id, the same digits elsewhere need not be.
      if (v !== null && !ctx && !isIntl(value) && idBefore(text, s)) return null;
      // "Tokyo 100-8310, Japan", "São Paulo 01310-100, Brazil": an address's postal code (Japan's and Brazil's
      // layouts), whatever word is near.
      if (v !== null && postalLayout(value) && countryAfter(text, e)) return null;
      // A port or a range of ports after an address ("[2010:836b::1]:8080-9090", "10.0.0.7:8000-8100").
      if (v !== null && portAfterAddress(text, s)) return null;
      return v;
    };
    // Longest valid runs of whole pieces, left to right (usually the whole candidate on the first try).
    let i = 0;
    let taken = 0; // pieces before this one belong to a number found
    while (i < pieces.length) {
      let found = false;
      let dateFirst: boolean | undefined; // pieces[i] is a date: read once, when a run needs it
      for (let j = pieces.length - 1; j >= i; j--) {
        const s = pieces[i][0];
        const e = pieces[j][1];
        const d = digitsOf(text.slice(s, e)).length;
        if (d < 7 || d > 15) continue;
        if (block !== null && block[i] >= 0 && block[i] === block[j]) continue;
        // A date is not the first part of a number written after it: "2024-1-3 6726 0574", or a time cut
        // at its ":" ("09/22/2026 14:05", "22.09.2026 1430").
        if (j > i && (dateFirst ??= isDatePiece(text, pieces[i]))) continue;
        if (listRun(text, pieces, i, j)) continue; // before the verdict: no parser call for a run it drops
        if ((figureRow(text, pieces, i, j, taken) || yearPair(text, pieces, i, j) || rgbTriple(text, pieces, i, j) || citationAfter(text, e) || citationRun(text, pieces, i, j)) && !hasContext(text, s, e, CONTEXT, 48)) continue;
        const v = verdictFor(s, e);
        if (v === null) continue;
        const end = j === pieces.length - 1 && e === coreEnd ? ext : e;
        // "Jane (555-123-4567) called": a "(" that nothing in the number closes wraps it, and stays out of
        // the span with its ")", so a mask leaves the brackets paired.
        const wrapped = text.charCodeAt(s) === 40 && !text.slice(s, end).includes(')');
        out.push({ start: wrapped ? s + 1 : s, end, score: v.score, note: v.note });
        i = j + 1;
        taken = i;
        found = true;
        break;
      }
      if (!found) i++;
    }
  }
  return out;
}

// The candidate shape, walked by hand: every RE2 match of CANDIDATE_SOURCE, leftmost first and
// non-overlapping, without an RE2 pass. The shape is a chain of optional single characters around
// digits, so RE2's leftmost-first choice at each step is decidable by looking at the next character:
//   - prefix, in order: "+" and an optional space; "00" at a word boundary and an optional space or
//     "-"; none. Then an optional "(" and a digit;
//   - then as many as possible (at most 21) separator + digit steps, at least 6; a separator is
//     ")"? " "? [.-/]? " "? "("? and is taken greedily (its characters are never digits, so the
//     greedy reading reaches the next digit whenever any reading does);
//   - then the optional extension: ","? " "? then x / ext / extension (any case, optional ".") / "#",
//     " "?, and 1–6 digits ending at a word boundary; taken when it matches, else left out.
// Everything it reads is ASCII, and RE2's \d and \b are ASCII too, so the walk is exact on any text.

/** A unit of '0123456789 ().-/+' (what a number itself may hold; the rest is an extension). */
function isNumberCode(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 32 || c === 40 || c === 41 || c === 46 || c === 45 || c === 47 || c === 43;
}

/**
 * The walk reads UTF-16 units from an array: the ASCII bytes of the text (see asciiUnits), or else a
 * copy of its units. charCodeAt on a sliced or concatenated string costs several times a typed-array
 * load, and a text full of numbers is read unit by unit many times over. Past the end both give a
 * value that is no digit and none of the characters tested (undefined), like charCodeAt's NaN.
 */
type Units = Uint8Array | Uint16Array;

function unitsOf(text: string): Units {
  const a = asciiUnits(text);
  if (a !== null) return a;
  return ownCodeUnits(text);
}

/** Where the last chainEnd call stopped: just after the last digit it reached (q when none). */
let chainReach = 0;

/** End of the digit chain whose first digit is at q (at least 7 digits), or -1. */
function chainEnd(u: Units, q: number): number {
  const n = u.length;
  chainReach = q;
  if (q >= n || !isAsciiDigit(u[q])) return -1;
  let e = q + 1;
  let steps = 0;
  while (steps < 21) {
    let j = e;
    if (j < n && u[j] === 41) j++; // )
    if (j < n && u[j] === 32) j++;
    if (j < n) {
      const c = u[j];
      if (c === 46 || c === 45 || c === 47) j++; // . - /
    }
    if (j < n && u[j] === 32) j++;
    if (j < n && u[j] === 40) j++; // (
    if (j >= n || !isAsciiDigit(u[j])) break;
    e = j + 1;
    steps++;
  }
  chainReach = e;
  return steps >= 6 ? e : -1;
}

/** Chain end after an optional "(" at x. */
function bracketChain(u: Units, x: number): number {
  return x < u.length && u[x] === 40 ? chainEnd(u, x + 1) : chainEnd(u, x);
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** End of the optional extension at e (e itself when there is none). */
function extensionEnd(u: Units, e: number): number {
  const n = u.length;
  let j = e;
  if (j < n && u[j] === 44) j++; // ,
  if (j < n && u[j] === 32) j++;
  if (j >= n) return e;
  const c = lowerCode(u[j]);
  if (c === 120 || c === 35) { // x #
    j++;
  } else if (c === 101 && j + 2 < n && lowerCode(u[j + 1]) === 120 && lowerCode(u[j + 2]) === 116) { // ext
    j += 3;
    let ension = j + 6 <= n;
    for (let k = 0; ension && k < 6; k++) ension = lowerCode(u[j + k]) === 'ension'.charCodeAt(k);
    if (ension) j += 6;
    if (j < n && u[j] === 46) j++; // .
  } else {
    return e;
  }
  if (j < n && u[j] === 32) j++;
  let d = j;
  while (d < n && isAsciiDigit(u[d])) d++;
  if (d === j || d - j > 6 || (d < n && isAsciiWord(u[d]))) return e;
  return d;
}

/** Every match of the candidate shape in `text` (see above). Exported for tests. */
export function phoneCandidates(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  const u = unitsOf(text);
  let p = 0;
  while (p < n) {
    const c = u[p];
    if (c !== 43 && c !== 40 && !(c >= 48 && c <= 57)) { p++; continue; } // only "+", "(" or a digit starts a match
    let e = -1;
    if (c === 43) { // +
      if (p + 1 < n && u[p + 1] === 32) e = bracketChain(u, p + 2);
      if (e < 0) e = bracketChain(u, p + 1);
    } else if (c === 48 || c === 40 || isAsciiDigit(c)) {
      if (c === 48 && p + 1 < n && u[p + 1] === 48 && (p === 0 || !isAsciiWord(u[p - 1]))) {
        const s = p + 2 < n ? u[p + 2] : -1;
        if (s === 32 || s === 45) e = bracketChain(u, p + 3);
        if (e < 0) e = bracketChain(u, p + 2);
      }
      if (e < 0) {
        e = bracketChain(u, p);
        // A chain that falls short from here falls short from every later position it covers: each
        // starts a suffix of it (or "(" / "00" before one), never reaching further (the 21-step cap
        // only binds on success). So the walk resumes after its last digit.
        if (e < 0) { p = Math.max(p + 1, chainReach); continue; }
      }
    }
    if (e < 0) { p++; continue; }
    e = extensionEnd(u, e);
    out.push({ start: p, end: e });
    p = e;
  }
  return out;
}

/**
 * Pieces i..j (two or more, joined by plain spaces) are cut out of a list of figures: the piece just
 * before or after them is digits alone, joined by plain spaces too, and as long as the run's piece next
 * to it ("04 11 23 35 42 49", "12345 12345 12345"). Not when the run is international or opens with a
 * bracket. Two numbers in a row ("555 123 4567 555 987 6543"), a number and a count
 * ("555 123 4567 12 items") and a date then a number ("2024-01-03 0672 6057") are not lists.
 */
function listRun(text: string, pieces: readonly (readonly [number, number])[], i: number, j: number): boolean {
  const last = pieces.length - 1;
  if (j === i || (i === 0 && j === last)) return false;
  const first = text.charCodeAt(pieces[i][0]);
  if (first === 43 || first === 40 || isIntl(text.slice(pieces[i][0], pieces[i][1]))) return false;
  for (let k = i; k < j; k++) if (!spacedPieces(text, pieces, k)) return false;
  const len = (k: number): number => pieces[k][1] - pieces[k][0];
  const before = i > 0 && spacedPieces(text, pieces, i - 1) && plainPiece(text, pieces[i - 1]) && len(i - 1) === len(i);
  const after = j < last && spacedPieces(text, pieces, j) && plainPiece(text, pieces[j + 1]) && len(j + 1) === len(j);
  return before || after;
}

/**
 * Pieces i..j are digits alone joined by single spaces, in a row of figures: after a figure no number took
 * (piece i - 1, digits alone, one space before them: "kill 123 543 2341 3453", "0 1412881037 914578 5217",
 * process ids and a log's columns) or before a figure of one digit ("0 199 2241 0 1175850568": a log row). Not
 * when the run is international, nor with a phone word near (the caller asks). "555 123 4567 555 987 6543"
 * keeps its second number (the figure before belongs to the first; `taken`), "Suite 200 555-123-4567" its
 * dashes and "555 123 4567 12 items" its count.
 */
function figureRow(text: string, pieces: readonly (readonly [number, number])[], i: number, j: number, taken: number): boolean {
  if (isIntl(text.slice(pieces[i][0], pieces[i][1]))) return false;
  const single = (k: number): boolean => pieces[k + 1][0] - pieces[k][1] === 1 && text.charCodeAt(pieces[k][1]) === 32;
  let slashed = false;
  for (let k = i; k <= j; k++) {
    if (k < j && !single(k)) return false;
    if (plainPiece(text, pieces[k])) continue;
    if (!ratioPiece(text, pieces[k])) return false;
    slashed = true;
  }
  // A ratio after a decimal ("0.54 0.79 0.50 4/143 10671": /proc/loadavg).
  if (slashed) return text.charCodeAt(pieces[i][0] - 1) === 32 && decimalBefore(text, pieces[i][0] - 1);
  if (i > taken && single(i - 1) && plainPiece(text, pieces[i - 1])) return true;
  if (j < pieces.length - 1 && single(j) && pieces[j + 1][1] - pieces[j + 1][0] === 1 && plainPiece(text, pieces[j + 1])) return true;
  // Three figures or more that keep rising into the next one ("48 50 84 86 120 123": ls --dired's offsets; "0 50
  // 75 110 134": a terminal's line speeds): a sorted list, no dialling layout.
  if (j - i >= 2 && j < pieces.length - 1 && single(j) && plainPiece(text, pieces[j + 1]) && rising(pieces.slice(i, j + 2).map(([a, b]) => text.slice(a, b)))) return true;
  return figuresAfter(text, pieces[j][1]);
}

/** `figures` read as numbers strictly increase ("48 50 84 86 120", "0 50 75 110 134 134.5"). */
function rising(figures: readonly string[]): boolean {
  for (let k = 1; k < figures.length; k++) if (!(Number(figures[k]) > Number(figures[k - 1]))) return false;
  return figures.length > 0;
}

/** text[s, e) is digits, a slash and digits ("4/143"). */
function ratioPiece(text: string, [s, e]: readonly [number, number]): boolean {
  const v = text.slice(s, e);
  const slash = v.indexOf('/');
  return slash > 0 && slash < v.length - 1 && onlyDigitsAnd(v, 47) && v.indexOf('/', slash + 1) < 0;
}

/**
 * Characters the row tests read beyond a run (decimalBefore, figuresAfter, numericRange) at most: a bound per
 * candidate, within the 64 units of context a stream's window is given.
 */
const ROW_REACH = 24;

/** text[0, end) ends in a decimal figure ("0.50") that a blank or the text's start precedes. */
function decimalBefore(text: string, end: number): boolean {
  const bound = Math.max(0, end - ROW_REACH);
  let k = end;
  while (k > bound && isAsciiDigit(text.charCodeAt(k - 1))) k--;
  if (k === end || text.charCodeAt(k - 1) !== 46) return false;
  const dot = k - 1;
  k = dot;
  while (k > bound && isAsciiDigit(text.charCodeAt(k - 1))) k--;
  return k < dot && (k === 0 || text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 10 || text.charCodeAt(k - 1) === 9);
}

/**
 * After text[.., e), one space and a figure that makes the run a row's columns: a decimal of four digits or
 * more before its point ("336484 4096 1778311762.000": `find -printf` with a time stamp), or six digits or
 * more and another figure after it ("67735 12777 3808162 127210": /proc/diskstats; `ps` sizes). A count
 * ("555 123 4567 12 items") or a second number ("555 123 4567 555 987 6543") is neither.
 */
function figuresAfter(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 32) return false;
  const bound = Math.min(text.length, e + ROW_REACH);
  let k = e + 1;
  while (k < bound && isAsciiDigit(text.charCodeAt(k))) k++;
  const whole = k - e - 1;
  if (text.charCodeAt(k) === 46 && isAsciiDigit(text.charCodeAt(k + 1))) {
    if (whole < 4) return false;
    k++;
    while (k < bound && isAsciiDigit(text.charCodeAt(k))) k++;
    return k === text.length || text.charCodeAt(k) <= 32;
  }
  return whole >= 6 && text.charCodeAt(k) === 32 && isAsciiDigit(text.charCodeAt(k + 1));
}

/** "a-b" or "a-b/n" at text[s, e): its bounds (n is not kept), or null. */
function rangeAt(text: string, s: number, e: number): [number, number] | null {
  let k = s;
  while (k < e && isAsciiDigit(text.charCodeAt(k))) k++;
  if (k === s || k >= e - 1 || text.charCodeAt(k) !== 45) return null;
  const dash = k++;
  while (k < e && isAsciiDigit(text.charCodeAt(k))) k++;
  if (k === dash + 1) return null;
  const b = k;
  if (k < e) {
    if (text.charCodeAt(k) !== 47) return null;
    k++;
    while (k < e && isAsciiDigit(text.charCodeAt(k))) k++;
    if (k !== e || k === b + 1) return null;
  }
  return [Number(text.slice(s, dash)), Number(text.slice(dash + 1, b))];
}

/**
 * text[s, e) is a range "a-b" (a below b, "/total" after it allowed) that says so: from nought ("0-1048575"), after
 * the word "bytes" or "range" in the 24 characters before, or in a comma-separated list of ranges each after the
 * last ("0-234,2420-5461": Redis cluster slots). Telephone numbers written "555-1234,555-9876" do not ascend so.
 */
function numericRange(text: string, s: number, e: number): boolean {
  const r = rangeAt(text, s, e);
  if (r === null || r[0] >= r[1]) return false;
  if (r[0] === 0 && text.charCodeAt(s) === 48) return true;
  if (hasContextBefore(text, s, RANGE_WORDS, ROW_REACH)) return true;
  if (text.charCodeAt(s - 1) === 44) {
    let p = s - 1;
    while (p > 0 && p > s - ROW_REACH && (isAsciiDigit(text.charCodeAt(p - 1)) || text.charCodeAt(p - 1) === 45)) p--;
    const prev = rangeAt(text, p, s - 1);
    if (prev !== null && prev[0] < prev[1] && prev[1] < r[0]) return true;
  }
  if (text.charCodeAt(e) === 44) {
    let q = e + 1;
    while (q < text.length && q < e + ROW_REACH && (isAsciiDigit(text.charCodeAt(q)) || text.charCodeAt(q) === 45)) q++;
    const next = rangeAt(text, e + 1, q);
    if (next !== null && next[0] < next[1] && r[1] < next[0]) return true;
  }
  return false;
}

/**
 * Words before a range that say it is one ("RangeInBytes", "bytes 0-100/…", "--range bytes=…"), as context words
 * are matched: at a word's start or a camel-case capital, not inside a word ("arrange", "orange").
 */
const RANGE_WORDS = ['bytes', 'range'];


/**
 * Pieces i..j are a colour's red, green and blue (three figures of up to three digits, none above 255) before a
 * tab (spaces between allowed): X11's rgb.txt ("255 250 250\t\tsnow", "252 252 252 \t\tgrey99"), colour tables.
 */
function rgbTriple(text: string, pieces: readonly (readonly [number, number])[], i: number, j: number): boolean {
  if (j !== i + 2) return false;
  let t = pieces[j][1];
  while (t < text.length && t < pieces[j][1] + 4 && text.charCodeAt(t) === 32) t++;
  if (text.charCodeAt(t) !== 9) return false;
  for (let k = i; k <= j; k++) {
    const [s, e] = pieces[k];
    if (e - s > 3 || !plainPiece(text, pieces[k]) || Number(text.slice(s, e)) > 255) return false;
  }
  return true;
}

/** A year in brackets after one space ("Physical Review E, 75 027105 (2007)": a volume and an article's number). */
function citationAfter(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 32 || text.charCodeAt(e + 1) !== 40 || text.charCodeAt(e + 6) !== 41) return false;
  for (let k = e + 2; k < e + 6; k++) if (!isAsciiDigit(text.charCodeAt(k))) return false;
  const y = Number(text.slice(e + 2, e + 6));
  return y >= 1800 && y <= 2099;
}

/**
 * Pieces i..j are a reference's volume, year and pages: a year in brackets or before a full stop, at most one
 * piece before it (the volume) and after it a page or an ascending range of pages ("Random Struct. Algor. 18
 * (2001) 116-140", "Math. Comp. 46 (1986) 771", "Springer US, 2000. 197-232": references in docstrings).
 */
function citationRun(text: string, pieces: readonly (readonly [number, number])[], i: number, j: number): boolean {
  for (let k = i; k <= j && k <= i + 1; k++) {
    // The year's digits, whatever brackets the piece took in or left out.
    let [ys, ye] = pieces[k];
    if (text.charCodeAt(ys) === 40) ys++;
    if (text.charCodeAt(ye - 1) === 41 || text.charCodeAt(ye - 1) === 46) ye--;
    const bracketed = text.charCodeAt(ys - 1) === 40 && text.charCodeAt(ye) === 41;
    if (!isFourDigits(text, [ys, ye]) || (!bracketed && text.charCodeAt(ye) !== 46)) continue;
    const y = Number(text.slice(ys, ye));
    if (y < 1800 || y > 2099) continue;
    if (k > i && (k > i + 1 || !plainPiece(text, pieces[i]) || pieces[i][1] - pieces[i][0] > 4)) continue; // a volume
    if (k === j) return k > i;
    if (j > k + 1) continue;
    // The pages: one number, or two joined by "-" or "--", the second higher.
    const [ps, pe] = pieces[j];
    let d = ps;
    while (d < pe && isAsciiDigit(text.charCodeAt(d))) d++;
    if (d === pe) return true;
    let q = d;
    while (q < pe && text.charCodeAt(q) === 45) q++;
    if (q - d > 2 || q === pe) continue;
    for (let r = q; r < pe; r++) if (!isAsciiDigit(text.charCodeAt(r))) return false;
    return Number(text.slice(ps, d)) < Number(text.slice(q, pe));
  }
  return false;
}

/** Pieces i..j are two years, the second later, one space apart ("R M 2012 2013 - Ap lastSu": a tz rule's years). */
function yearPair(text: string, pieces: readonly (readonly [number, number])[], i: number, j: number): boolean {
  if (j !== i + 1 || !isFourDigits(text, pieces[i]) || !isFourDigits(text, pieces[j]) || pieces[j][0] - pieces[i][1] !== 1) return false;
  const a = Number(text.slice(pieces[i][0], pieces[i][1]));
  const b = Number(text.slice(pieces[j][0], pieces[j][1]));
  return a >= 1900 && b <= 2099 && a < b;
}

/**
 * text[s, e) is a list item's number, not a country code: one or two digits, then ")" and a space after a blank
 * or a line's start ("either 1) 555 123 4567 or 2) 020 7946 0958"), or "." and a space with only blanks between
 * the start of its line and it ("1. 555 123 4567"). No group of a number closes a bracket it did not open: a "("
 * of the number ("(0) 20 7946 0958", "(020) 7946") starts its piece, which is then no plain digits.
 */
function listMarker(text: string, [s, e]: readonly [number, number]): boolean {
  if (e - s > 2 || !plainPiece(text, [s, e])) return false;
  const mark = text.charCodeAt(e);
  if ((mark !== 46 && mark !== 41) || text.charCodeAt(e + 1) !== 32) return false;
  const b = s > 0 ? text.charCodeAt(s - 1) : 10;
  if (mark === 41 && (b === 32 || b === 9 || b === 10 || b === 13)) return true;
  let k = s - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
}

/** Only spaces between pieces k and k + 1. */
function spacedPieces(text: string, pieces: readonly (readonly [number, number])[], k: number): boolean {
  for (let q = pieces[k][1]; q < pieces[k + 1][0]; q++) if (text.charCodeAt(q) !== 32) return false;
  return true;
}

/**
 * text[start] is "+", a space follows and an operand precedes it after one space (a name, a digit, ")" or
 * "]"): "a + 31536000000" adds, where "+ 31 20 …" after a colon or at a line's start is a country code.
 */
function binaryPlus(text: string, start: number): boolean {
  if (text.charCodeAt(start) !== 43 || text.charCodeAt(start + 1) !== 32 || text.charCodeAt(start - 1) !== 32) return false;
  const c = start >= 2 ? text.charCodeAt(start - 2) : -1;
  return isAsciiWord(c) || c === 41 || c === 93;
}

/** The piece is digits alone. */
function plainPiece(text: string, [s, e]: readonly [number, number]): boolean {
  for (let q = s; q < e; q++) if (!isAsciiDigit(text.charCodeAt(q))) return false;
  return true;
}

/**
 * The pieces are one figure with spaces between its thousands ("1 428 627 663", "12 345 678"): three or
 * more pieces of digits alone, joined by plain spaces, the first of one or two digits (up to `firstMax`:
 * three when a unit follows, "600 000 000 TH/s") and the others of three. No run of them is a number
 * either (unless a phone word is near: "answering at 78 651 450").
 */
function thousandsPieces(text: string, pieces: readonly (readonly [number, number])[], firstMax: number): boolean {
  if (pieces.length < 3) return false;
  for (let k = 0; k < pieces.length; k++) {
    const n = pieces[k][1] - pieces[k][0];
    if (!plainPiece(text, pieces[k]) || (k === 0 ? n > firstMax : n !== 3)) return false;
    if (k > 0 && !spacedPieces(text, pieces, k - 1)) return false;
  }
  return true;
}

const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', '₽', '₩', '₺', '₪', '₫', '₱', '฿', '₴', '₦']);
const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'chf', 'cny', 'inr', 'rub', 'aud', 'cad', 'nzd', 'sek', 'nok', 'dkk', 'pln', 'brl', 'mxn', 'zar', 'krw', 'sgd', 'hkd']);

/**
 * A currency sign or code right before `start` (one space between allowed): "$394 328 000 000",
 * "€ 1 250 000", "USD 12 500 000". No one writes a telephone number after one.
 */
function moneyBefore(text: string, start: number): boolean {
  let k = start - 1;
  if (k >= 0 && text.charCodeAt(k) === 32) k--;
  if (k < 0) return false;
  if (CURRENCY_SIGNS.has(text[k])) return true;
  let j = k;
  while (j >= 0 && k - j < 3 && isLetterAt(text, j)) j--;
  return k - j === 3 && (j < 0 || !isLetterAt(text, j)) && CURRENCY_CODES.has(text.slice(j + 1, k + 1).toLowerCase());
}

/** Units and counted things written after a quantity (lower case; matched whole, case-insensitively). */
const UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'mi', 'ft', 'kg', 'g', 'mg', 't', 'lb', 'lbs', 'l', 'ml', 'ms', 's', 'h', 'min', 'kb', 'mb', 'gb', 'tb', 'pb',
  'kib', 'mib', 'gib', 'tib', 'hz', 'khz', 'mhz', 'ghz', 'w', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'v', 'mah', 'px', 'dpi', 'fps', 'rpm',
  'bps', 'kbps', 'mbps', 'gbps', 'th', 'eh', 'usd', 'eur', 'gbp', 'jpy', 'chf', 'cny', 'inr', 'rub', 'kr', 'zł', 'huf', 'people', 'persons',
  'inhabitants', 'residents', 'users', 'customers', 'units', 'items', 'rows', 'bytes', 'tokens', 'words', 'votes', 'copies', 'barrels', 'tonnes', 'tons',
  'einwohner', 'habitants', 'habitantes', 'abitanti', 'euro', 'euros', 'dollars', 'yen', 'rupees', 'pesos',
]);
const UNIT_SIGNS = new Set(['%', '€', '$', '£', '¥', '₹', '₽', '°', '‰']);

/** A unit or a counted thing right after the figure ending at `end` (one space between allowed): "600 000 000 TH/s", "1 200 000 km". */
function unitAfter(text: string, end: number): boolean {
  let i = end;
  if (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i >= text.length) return false;
  if (UNIT_SIGNS.has(text[i])) return true;
  let j = i;
  while (j < text.length && j - i < 12 && isLetterAt(text, j)) j++;
  if (j === i || (j < text.length && isLetterAt(text, j))) return false;
  return UNITS.has(text.slice(i, j).toLowerCase());
}

function isLetterAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** text[0, end) ends with `HTTP/<version>" ` (the close of a log line's quoted request). */
function afterRequestLine(text: string, end: number): boolean {
  let k = end - 1;
  if (text.charCodeAt(k) !== 34) return false; // "
  k--;
  const last = k;
  while (k >= 0 && (isAsciiDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k--;
  return k < last && k >= 4 && text.slice(k - 4, k + 1) === 'HTTP/';
}

/** Words that introduce a quantity or a sum of money (matched as context words are). */
const AMOUNT_CONTEXT = [
  'population', 'inhabitants', 'residents', 'census', 'total', 'sum', 'amount', 'budget', 'revenue', 'turnover', 'sales', 'profit',
  'income', 'cost', 'costs', 'price', 'valued', 'value of', 'worth', 'gdp', 'salary', 'funding', 'raised', 'spent', 'debt', 'deficit',
  'net', 'gross', 'einwohner', 'bevölkerung', 'umsatz', 'betrag', 'summe', 'preis', 'kosten', 'población', 'habitantes', 'importe',
  'precio', 'coste', 'costo', 'habitants', 'montant', 'prix', 'chiffre d\'affaires', 'abitanti', 'popolazione', 'prezzo', 'importo',
];

/** A word introducing a quantity or an amount in the 32 characters before `start` ("population of 331 449 281"). */
function amountBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 32);
  return hasContext(text.slice(from, start), start - from, start - from, AMOUNT_CONTEXT, 32);
}

/** text[start] follows a colon that closes an address: "]" (an IPv6 literal) or a digit (an IPv4 address) before it. */
function portAfterAddress(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 58) return false;
  const c = text.charCodeAt(start - 2);
  return c === 93 || isAsciiDigit(c);
}

/** Three digits, a hyphen and four ("100-8310"), or five, a hyphen and three ("01310-100"). */
function postalLayout(v: string): boolean {
  const dash = v.indexOf('-');
  return (v.length === 8 && dash === 3) || (v.length === 9 && dash === 5) ? onlyDigitsAnd(v, 45) && v.indexOf('-', dash + 1) < 0 : false;
}

/** Country names, lower case, and the longest in characters (countryAfter). */
const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.toLowerCase()));
const COUNTRY_MAX = Math.max(...COUNTRIES.map((c) => c.length));

/**
 * After text[.., e), a comma and a country's name ending a word (", Japan", ", United Kingdom"): the number ends
 * an address's town line, so it is a postal code. Reads at most COUNTRY_MAX + 3 characters.
 */
function countryAfter(text: string, e: number): boolean {
  if (text.charCodeAt(e) !== 44) return false;
  let k = e + 1;
  while (k < text.length && k <= e + 2 && text.charCodeAt(k) === 32) k++;
  const from = k;
  const bound = Math.min(text.length, from + COUNTRY_MAX);
  for (; k <= bound; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 32;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c >= 0xc0;
    if (letter) continue;
    if (k > from && COUNTRY_NAMES.has(text.slice(from, k).toLowerCase())) return true;
    if (c !== 32) return false;
  }
  return false;
}

/** An order/invoice/reference word in the 24 characters before `start`. */
function idBefore(text: string, start: number): boolean {
  return hasContextBefore(text, start, ID_CONTEXT, 24);
}

/** Pieces of the number [start, end) separated by separators that contain a space. */
function splitPieces(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let ps = start;
  let i = start;
  while (i < end) {
    if (isAsciiDigit(text.charCodeAt(i))) { i++; continue; }
    let j = i;
    let space = false;
    while (j < end && !isAsciiDigit(text.charCodeAt(j))) { if (text.charCodeAt(j) === 32) space = true; j++; }
    if (space) {
      // A "(" that opens the next group belongs to it: "1 (555) 123".
      let cut = j;
      while (cut > i && text[cut - 1] === '(') cut--;
      out.push([ps, i]);
      ps = cut;
    }
    i = j;
  }
  out.push([ps, end]);
  return out;
}

/**
 * Per piece, the index of the first piece of the block it belongs to, a block being three or more
 * consecutive pieces of exactly four digits (a card or account number: isCardLike); -1 outside blocks.
 * Null when the candidate has no block (most candidates: nothing is allocated).
 */
function fourDigitBlocks(text: string, pieces: readonly (readonly [number, number])[]): Int32Array | null {
  let out: Int32Array | null = null;
  let first = -1;
  for (let k = 0; k <= pieces.length; k++) {
    if (k < pieces.length && isFourDigits(text, pieces[k])) {
      if (first < 0) first = k;
      continue;
    }
    if (first >= 0 && k - first >= 3) {
      out ??= new Int32Array(pieces.length).fill(-1);
      out.fill(first, first, k);
    }
    first = -1;
  }
  return out;
}

/** text[s, e) (one piece: no space inside) reads as a date on its own: 2024-01-03, 2024-1-3, 03/01/2024. */
function isDatePiece(text: string, [s, e]: readonly [number, number]): boolean {
  const v = text.slice(s, e);
  return isDateLike(v, groupLengths(v));
}

/** text[s, e) is exactly four digits. */
function isFourDigits(text: string, [s, e]: readonly [number, number]): boolean {
  if (e - s !== 4) return false;
  for (let k = s; k < e; k++) if (!isAsciiDigit(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether `whole` is rejected for its shape alone, whatever the context and before any parser call (so
 * without using budget): dates, IPs, SSNs, ZIP+4, decimals and rows of them, cards, version numbers,
 * bits, aligned columns, an aside in brackets.
 */
function rejectedShape(whole: string): boolean {
  const value = withoutStrayBracket(whole);
  const d = digitsOf(value);
  // All one digit, or nine of one digit in a row ("037777777777": an octal limit in Perl's manual).
  if (d.length < 7 || d.length > 15 || allSame(d) || sameDigitRun(d) >= 9) return true;
  const runs = digitGroups(value);
  const groups = runs.map((g) => g.length);
  if (isDateLike(value, groups) || isIpLike(value) || isSsnLike(groups) || isZip4Like(value, groups) || isDecimalLike(value, groups) || isCardLike(groups)) return true;
  // Two spaces in a row align columns ("20 0  8252m 529  31893"); nobody writes a number with them. A minus sign
  // after a space starts a negative figure ("9 -44 -26 78": a row of signed integers in test data).
  if (value.includes('  ') || signedFigure(value)) return true;
  // "2013-2015", "2200 - 2299": a range of years, or of numbers around a spaced dash, whatever the context.
  if (isYearRange(value, groups) || (value.includes(' - ') && numberRange(value, groups))) return true;
  // Three groups of one digit: bytes or a row of small figures ("63 0 3 0 0 0"), not a dialling layout.
  let ones = 0;
  for (const g of groups) if (g === 1) ones++;
  if (ones >= 3) return true;
  // A last group of one digit after a space ("6295592 4", "0 199 2241 0": an address and a count, a log row;
  // "4292 0 -1": /proc/<pid>/stat)
  // or a lone nought before seven digits or more ("0 1412881037") or before rising figures ("0 50 75 110": a
  // terminal's line speeds): columns of figures; a dialling layout ends in a group of two or more and writes its
  // trunk nought with the area code (France's toll-free "0 800 123 456" keeps its number).
  const n = groups.length;
  const beforeLast = value.charCodeAt(value.length - 2);
  if (n >= 2 && groups[n - 1] === 1 && (beforeLast === 32 || (beforeLast === 45 && value.charCodeAt(value.length - 3) === 32))) return true;
  if (n >= 2 && groups[0] === 1 && value.charCodeAt(0) === 48 && value.charCodeAt(1) === 32 && (groups[1] >= 7 || rising(value.split(' ')))) return true;
  // Four figures or more in a progression: counted up by one ("25 26 27 28 29 30 31": a calendar's week) or by
  // another step, up or down ("44 33 22 11": a byte order table), or doubling ("16 32 64 128": sizes to try); and a
  // later group of four digits or more led by three noughts after a first led by two ("0029 0006 61 62": a zip
  // file's offsets and lengths, fields padded with noughts): no dialling layout.
  if (progression(runs)) return true;
  if (runs[0].startsWith('00') && runs.some((g, k) => k > 0 && g.length >= 4 && g.startsWith('000'))) return true;
  // The integer limits and their neighbours written unseparated (INT_MAX 2147483647, UINT_MAX 4294967295: a
  // Dallas number to the parser; "214 748 3647" is still one), alone or as a range's upper end ("valid values are
  // 1-2147483647", an API reference), and a year before a time zone's offset ("Mon Oct 17 00:28:50 2016 -0700": a
  // commit's date).
  const lastRun = runs[runs.length - 1];
  if (((value === d || (runs.length === 2 && runs[0].length <= 3 && value.endsWith(`-${lastRun}`))) && nearIntLimit(lastRun)) || yearThenOffset(value, runs)) return true;
  // A round figure written unseparated ("heapSize": 256000000): no dialling number ends in five noughts.
  if (value === d && d.endsWith('00000')) return true;
  // "300/630/540", "622080000/1080", "6317/10000", "2135/2135": models or a fraction (a count of a power of ten,
  // or of a plain figure after a first that is no trunk-prefixed area code); a phone has one slash, after an area
  // code ("030/901820", "555/123-4567").
  const slash = value.indexOf('/');
  if (slash >= 0) {
    const after = value.slice(slash + 1).trimStart();
    // A subscriber number never starts with a nought: "JIS X 0208/0212" names two standards.
    if (value.indexOf('/', slash + 1) >= 0 || digitsOf(value.slice(0, slash)).length >= 6 || powerOfTen(after) || after.charCodeAt(0) === 48) return true;
    if (value.charCodeAt(0) !== 48 && value.charCodeAt(0) !== 43 && value.charCodeAt(0) !== 40 && onlyDigitsAnd(after, 48)) return true;
  }
  // Only noughts and ones: bits ("00100000 01100001"). A place's latitude and longitude ("+4953-09709").
  if (onlyBits(d) || iso6709(value)) return true;
  // A "(" after the start that nothing closes begins an aside ("1.3.2 (2024-01-30", "198.51.100.16 (0").
  const open = value.lastIndexOf('(');
  if (open > 0 && value.indexOf(')', open) < 0) return true;
  // Dotted version numbers ("1.2.3.4567") have one-digit groups; dotted phones ("06.12.34.56.78") do not.
  // Nor is an address or a version one of the space-separated parts of a number ("10.0.0.1 0171 2345"),
  // and a row of decimals ("0.8812 0.1001 0.0187") is no number. (Double spaces are rejected above, so
  // the parts are never empty.)
  if (!value.includes('.')) return false;
  if (!value.includes(' ')) return groups.some((g) => g === 1);
  const parts = value.split(' ');
  // A short decimal among spaced parts is a version or a figure: "20021012 5.3 release", "0.15 - 20120205".
  return parts.every(isDecimal) || parts.some((part) => isIpLike(part) || isDottedVersion(part) || shortDecimal(part) || unitDecimal(part));
}

/**
 * "+4953-09709", "+550737-1313435": a latitude and a longitude as ISO 6709 writes them (tz's zone1970.tab),
 * signed degrees and minutes (and seconds), the longitude's degrees three digits led by a nought or a one.
 */
function iso6709(v: string): boolean {
  const lat = v.length === 11 ? 4 : v.length === 15 ? 6 : 0;
  if (lat === 0 || (v.charCodeAt(0) !== 43 && v.charCodeAt(0) !== 45)) return false;
  const sign = v.charCodeAt(lat + 1);
  const lon = v.charCodeAt(lat + 2);
  return (sign === 43 || sign === 45) && (lon === 48 || lon === 49) && digitsOf(v).length === v.length - 2;
}

/** "0.000", "3.1416": one digit, a dot, three digits or more (profiler columns, measurements); dotted phones group by two or more. */
function unitDecimal(part: string): boolean {
  return part.length >= 5 && part.charCodeAt(1) === 46 && isDecimal(part);
}

/** A space, a minus sign and a digit: a negative figure among the groups. */
function signedFigure(value: string): boolean {
  for (let i = value.indexOf(' -'); i >= 0; i = value.indexOf(' -', i + 1)) if (isAsciiDigit(value.charCodeAt(i + 2))) return true;
  return false;
}

/** "5.3", "0.15", "10.5": one or two digits, a dot, one or two digits. */
function shortDecimal(part: string): boolean {
  const dot = part.indexOf('.');
  return dot >= 1 && dot <= 2 && part.length - dot - 1 >= 1 && part.length - dot - 1 <= 2 && onlyDigitsAnd(part, 46) && part.indexOf('.', dot + 1) < 0;
}

/**
 * Four runs of digits or more, each the one before plus one fixed step (not nought), or twice it; or three or
 * more, all the same ("1000 - 256 - 256 - 256", a sum in a book's example).
 */
function progression(runs: readonly string[]): boolean {
  if (runs.length >= 3 && runs.every((g) => g === runs[0])) return true;
  if (runs.length < 4) return false;
  const v = runs.map(Number);
  const step = v[1] - v[0];
  if (step !== 0 && v.every((x, k) => k === 0 || x - v[k - 1] === step)) return true;
  return v[0] > 0 && v.every((x, k) => k === 0 || x === 2 * v[k - 1]);
}

/** Length of the longest run of one digit in `d`. */
function sameDigitRun(d: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < d.length; i++) {
    run = d.charCodeAt(i) === d.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

/** Digits d are within 16 of 2^31 - 1 or 2^32 - 1 (INT_MAX, UINT_MAX and the values tests put around them). */
function nearIntLimit(d: string): boolean {
  if (d.length !== 10) return false;
  const v = Number(d);
  return Math.abs(v - 2147483647) <= 16 || Math.abs(v - 4294967295) <= 16;
}

/** The value ends in a year (1900-2099), a space and a time zone's offset: "-0700", "+0530". */
function yearThenOffset(value: string, runs: readonly string[]): boolean {
  const n = runs.length;
  if (n < 2 || runs[n - 1].length !== 4 || runs[n - 2].length !== 4) return false;
  const sign = value.charCodeAt(value.length - 5);
  if ((sign !== 45 && sign !== 43) || value.charCodeAt(value.length - 6) !== 32) return false;
  const year = Number(runs[n - 2]);
  const hh = Number(runs[n - 1].slice(0, 2));
  const mm = runs[n - 1].slice(2);
  return year >= 1900 && year <= 2099 && hh <= 14 && (mm === '00' || mm === '15' || mm === '30' || mm === '45');
}

/** The runs of digits of v, in order. */
function digitGroups(v: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let k = 0; k <= v.length; k++) {
    const digit = k < v.length && isAsciiDigit(v.charCodeAt(k));
    if (digit && from < 0) from = k;
    else if (!digit && from >= 0) {
      out.push(v.slice(from, k));
      from = -1;
    }
  }
  return out;
}

/** "100", "10000": a one and two noughts or more. */
function powerOfTen(v: string): boolean {
  if (v.length < 3 || v.charCodeAt(0) !== 49) return false;
  for (let k = 1; k < v.length; k++) if (v.charCodeAt(k) !== 48) return false;
  return true;
}

/** v holds digits and the character `sep` only. */
function onlyDigitsAnd(v: string, sep: number): boolean {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c !== sep && !isAsciiDigit(c)) return false;
  }
  return true;
}

function onlyBits(d: string): boolean {
  for (let k = 0; k < d.length; k++) if (d[k] !== '0' && d[k] !== '1') return false;
  return true;
}

/** "1.3.2", "2.10.4": digits joined by two or more dots, one group of a single digit. */
function isDottedVersion(part: string): boolean {
  let dots = 0;
  let run = 0;
  let single = false;
  for (let k = 0; k <= part.length; k++) {
    const c = k < part.length ? part.charCodeAt(k) : 46;
    if (isAsciiDigit(c)) { run++; continue; }
    if (c !== 46) return false;
    if (run === 1) single = true;
    if (k < part.length) dots++;
    run = 0;
  }
  return dots >= 2 && single;
}

/** A remembered verdict and the budget its computation took (charged again when it is reused). */
interface Known { readonly verdict: Verdict | null; readonly cost: number }
/**
 * Verdicts a scope's memo keeps, least recently used out first. Keys are the context bit, the region
 * list and the candidate (at most ~50 characters: 22 digit steps with separators and an extension);
 * classify() is a pure function of them. A re-scan meets the numbers of the held text and the newest
 * text, so a few hundred cover a stream; a few tens of KB at most per streamed response that holds numbers.
 */
export const PHONE_MEMO_MAX = 256;

function remember(table: Map<string, Known>, key: string, k: Known): void {
  if (table.size >= PHONE_MEMO_MAX) table.delete(table.keys().next().value!);
  table.set(key, k);
}

/** The verdict on a candidate `value` that rejectedShape let through (findPhones checks that first). */
function classify(value: string, ctx: boolean, regions: readonly CountryCode[], budget: Budget): Verdict | null {
  const d = digitsOf(value);
  const groups = groupLengths(value);
  // "(3221225985, 32)": a "(" that nothing closes opens a tuple or an aside, not an area code.
  const plain = groups.length === 1 && !withoutStrayBracket(value).includes('(') && !value.startsWith('+');
  if (plain && !ctx) return null;
  // "1990-2000", "2024/2025": a range of years (unless a phone word is near).
  if (!ctx && numberRange(withoutStrayBracket(value), groups)) return null;
  // "1 234 567", "12 345 678": an amount with thousands separators, not a dialling layout (unless a phone word is near).
  if (!ctx && !isIntl(value) && !value.includes('(') && groups.length >= 3 && groups[0] <= 2 && groups.slice(1).every((g) => g === 3)) return null;
  // "164.689.383", "1.234.567": the same with dots, whose first group may have three digits too.
  if (!ctx && groups.length >= 3 && groups[0] <= 3 && groups.slice(1).every((g) => g === 3) && onlyDigitsAnd(value, 46)) return null;
  // "MSVC 14.32.31326", "4.0.30319": a build number (dots, a last group of five digits or more, no trunk 0
  // first), not a dotted phone layout ("06.12.34.56.78", "555.123.4567", "030.1234567").
  if (!ctx && groups.length >= 3 && groups[groups.length - 1] >= 5 && d.charCodeAt(0) !== 48 && onlyDigitsAnd(value, 46)) return null;
  if (isIntl(value)) {
    // "+41 (0)44 …": the bracketed trunk prefix is not dialled internationally.
    const intl = (value.startsWith('00') ? '+' + value.slice(2) : value).replace('(0)', '');
    if (--budget.left < 0) return null;
    const p = parsePhoneNumberFromString(intl);
    if (p === undefined) return null;
    if (p.isValid()) return { score: 0.8, note: `international, ${p.country ?? 'nongeo'}` };
    if (!p.isPossible() || allSame(p.nationalNumber)) return null;
    if (p.countryCallingCode === '1') {
      const nsn = p.nationalNumber;
      return { score: nsn[0] >= '2' ? 0.5 : 0.4, note: 'international, possible' };
    }
    return ctx || groups.length >= 3 ? { score: 0.4, note: 'international, possible' } : null;
  }
  // "555 123 4567 12": a NANP number followed by a small count; let the caller keep the number alone.
  const gl = groups.length;
  if (gl >= 4 && groups[gl - 1] <= 2 && groups[gl - 2] === 4 && groups[gl - 3] === 3 && groups[gl - 4] === 3) return null;
  // NANP layouts: 3-3-4 with an optional leading 1, or a plain 10/11-digit run next to a phone word.
  const nanp = groups.length === 2 && !value.startsWith('(') ? null : nanpDigits(d, groups);
  if (nanp !== null) {
    if (--budget.left < 0) return null;
    const p = parsePhoneNumberFromString(nanp, 'US');
    if (p !== undefined && p.isPossible()) {
      if (p.isValid()) return { score: plain ? 0.3 : 0.55, note: 'national, US' };
      return { score: plain ? 0.3 : nanp[0] >= '2' ? 0.55 : 0.45, note: 'nanp format' };
    }
  }
  // National formats are ambiguous: two groups ("370 3911") are weaker than three or a bracketed area code.
  const strong = groups.length >= 3 || value.includes('(');
  // Parses are skipped where they cannot be valid (and cost no budget): the US parse, the
  // costliest (it resolves the country among 25 NANP plans), by nanpPossible; the other regions by the
  // pre-check of their metadata's patterns (regionsPossible), one set pass for all of them.
  const check = regionCheck(regions);
  const possible = regionsPossible(d, regions);
  const first = d.charCodeAt(0);
  const bracketed = areaInBrackets(value);
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i];
    if (r === 'US' ? !nanpPossible(d) : !possible[i]) continue;
    // Written without the trunk prefix its people dial before a national number, and without an area
    // code in brackets: not one of its numbers (see TRUNK_ALWAYS), or only a mobile one (TRUNK_MOBILE).
    const trunk = check.trunk[i];
    const bare = trunk !== TRUNK_NONE && first !== check.trunkDigit[i] && !bracketed;
    if (bare && trunk === TRUNK_ALWAYS) continue;
    if (--budget.left < 0) return null;
    const p = parsePhoneNumberFromString(value, r);
    if (p === undefined || !p.isValid()) continue;
    if (((bare && trunk === TRUNK_MOBILE) || (trunk === TRUNK_MOBILE_ONLY && !bracketed)) && !isMobileType(p.getType())) continue;
    return { score: plain ? 0.3 : strong ? 0.5 : 0.35, note: `national, ${r}` };
  }
  if (ctx && groups.length >= 2) {
    for (const r of regions) {
      if (--budget.left < 0) return null;
      const p = parsePhoneNumberFromString(value, r);
      if (p !== undefined && p.isPossible()) return { score: 0.3, note: `national, possible ${r}` };
    }
  }
  return null;
}

/**
 * Per region of `regions`: false only when parsePhoneNumberFromString(v, region) cannot be valid for a
 * national value v (no "+", not "00…"; digits and the usual separators) whose digits are `d`. What the
 * parse does with such a value, in libphonenumber-js (1.13): when it starts with the region's
 * international (IDD) prefix, it may read an international number of any country (then: possible);
 * otherwise the national number is `d`, or `d` after the region's calling code written without "+",
 * each with or without what the region's national_prefix_for_parsing matches at its start (when the
 * region has a national_prefix_transform_rule, digits can be rewritten or added: then always
 * possible). isValid then requires the national number to match, in full, the pattern of one of the
 * number types (fixed line, mobile, toll-free …) of the region or of a region sharing its calling code
 * ("GB" / "GG", "IM", "JE"). The check is one RE2 pattern per region that accepts every such reading
 * (and more: the optional parts combine freely), all regions in one set pass. US entries are not
 * computed here (nanpPossible). Held to the parser by a test over random digit strings and every
 * region's example numbers.
 */
export function regionsPossible(d: string, regions: readonly CountryCode[]): boolean[] {
  const check = regionCheck(regions);
  const out = check.always.slice();
  for (const k of check.set.match(d)) out[check.region[k]] = true;
  return out;
}

/** What findPhones and classify keep per region list (built once per list). */
interface RegionCheck {
  /** The list in a memo key: region codes are two capital letters, and the key ends with a separator no candidate starts with. */
  readonly key: string;
  /** Per region: true when no pre-check applies (the parse always runs). */
  readonly always: readonly boolean[];
  /** The set's patterns, and the region index each stands for. */
  readonly set: PatternSet;
  readonly region: readonly number[];
  /** Per region: how its national numbers are written with respect to its trunk prefix (TRUNK_*), and that prefix (a digit's code). */
  readonly trunk: Uint8Array;
  readonly trunkDigit: Uint8Array;
}

/** The region has no trunk prefix (or is the US, whose layouts nanpDigits reads): no rule. */
const TRUNK_NONE = 0;
/**
 * Its people write every national number with the trunk prefix ("030 901820", "07911 123456",
 * "06 12 34 56 78", "8 (495) 123-45-67") or at least with the area code in brackets, so other digits
 * are not one of its numbers written nationally, however isValid reads them (it accepts the number
 * with or without the prefix): "1990-2000" is no Belgian number, "164.689.383" no German one,
 * "〒150-0002" no Austrian one.
 */
const TRUNK_ALWAYS = 1;
/**
 * Fixed lines are written with the prefix (or with the area code in brackets), mobile numbers without
 * it: India ("98765 43210") and Brazil ("21 98765-4321").
 */
const TRUNK_MOBILE = 2;
/**
 * Only mobile numbers ("138 0013 8000") are read as this region's, and numbers with the area code in
 * brackets: China, whose fixed lines run to twelve digits with the prefix, so that any 0-led figure of
 * 10–12 digits would read as one ("04 11 23 35 42 49"); they are mostly written "0411-2335-4249",
 * which other regions' checks read as a number anyway.
 */
const TRUNK_MOBILE_ONLY = 3;
const MOBILE_WRITTEN_BARE: ReadonlySet<string> = new Set(['IN', 'BR']);
const MOBILE_ONLY: ReadonlySet<string> = new Set(['CN']);

/** The number opens with an area code in brackets: "(21) 3456-7890". */
function areaInBrackets(v: string): boolean {
  return v.charCodeAt(0) === 40 && v.indexOf(')') > 1;
}

function isMobileType(t: string | undefined): boolean {
  return t === 'MOBILE' || t === 'FIXED_LINE_OR_MOBILE';
}

const regionChecks = new WeakMap<readonly CountryCode[], RegionCheck>();

function regionCheck(regions: readonly CountryCode[]): RegionCheck {
  let check = regionChecks.get(regions);
  if (check === undefined) {
    check = buildRegionCheck(regions);
    regionChecks.set(regions, check);
  }
  return check;
}

/** The numbering plan accessors regionsPossible reads (libphonenumber-js's Metadata, typed loosely there). */
interface Plan {
  callingCode(): string;
  nationalPrefix(): string | 0 | undefined;
  IDDPrefix(): string | 0 | undefined;
  nationalPrefixForParsing(): string | 0 | undefined;
  nationalPrefixTransformRule(): string | 0 | undefined;
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(t: string): { pattern(): string } | undefined;
}

/** The number types isValid accepts (libphonenumber-js getNumberType: fixed line, then these). */
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

/**
 * Patterns of which every national number valid in `country` matches one in full: its number types'
 * (none when no type has one: isValid is then never true), or its general pattern without types.
 */
function validPatterns(country: string): string[] {
  const plan = planOf(country);
  if (!plan.hasTypes()) return [plan.nationalNumberPattern()];
  return NUMBER_TYPES.map((t) => plan.type(t)?.pattern() ?? '').filter((p) => p !== '');
}

function planOf(country: string): Plan {
  const m = new Metadata(phoneMetadata);
  m.selectNumberingPlan(country as CountryCode);
  return m.numberingPlan as unknown as Plan;
}

function buildRegionCheck(regions: readonly CountryCode[]): RegionCheck {
  const always: boolean[] = [];
  const sources: string[] = [];
  const region: number[] = [];
  const json = phoneMetadata as unknown as { country_calling_codes: Record<string, string[]> };
  const trunk = new Uint8Array(regions.length);
  const trunkDigit = new Uint8Array(regions.length);
  regions.forEach((r, i) => {
    const plan = planOf(r);
    const np = plan.nationalPrefix();
    if (r !== 'US' && typeof np === 'string' && np.length === 1) {
      trunk[i] = MOBILE_ONLY.has(r) ? TRUNK_MOBILE_ONLY : MOBILE_WRITTEN_BARE.has(r) ? TRUNK_MOBILE : TRUNK_ALWAYS;
      trunkDigit[i] = np.charCodeAt(0);
    }
    const idd = plan.IDDPrefix();
    const npfp = plan.nationalPrefixForParsing();
    // Unset fields read as falsy (undefined, or 0 in the compact metadata), as the library tests them.
    always.push(r === 'US' || Boolean(plan.nationalPrefixTransformRule()) || !idd);
    if (always[i]) return;
    const cc = plan.callingCode();
    const valid = (json.country_calling_codes[cc] ?? [r]).flatMap(validPatterns).map((p) => `(?:${p})`);
    const national = valid.length === 0 ? '' : `|^(?:${cc})?${npfp ? `(?:${npfp})?` : ''}(?:${valid.join('|')})$`;
    sources.push(`^(?:${idd})${national}`);
    region.push(i);
  });
  const key = regions === DEFAULT_PHONE_REGIONS ? ':' : `${regions.join(',')}:`;
  return { key, always, set: compileSet('phone-regions', sources), region, trunk, trunkDigit };
}

// Built at load (~5 ms), not on the first request that holds a national number.
regionCheck(DEFAULT_PHONE_REGIONS);

/**
 * False only when parsePhoneNumberFromString(v, 'US') cannot be valid for a national value v (no "+",
 * not "00…") whose digits are `d`. The parse keeps every digit of such a value and takes the national
 * number as a suffix of them: all of them, or after leading "1"s (the calling code written without
 * "+", then the national prefix: "1 1 800 …"), or after the "011" IDD prefix a number of any country.
 * isValid then requires the national number to match the general pattern of a NANP plan
 * (libphonenumber-js metadata): ten digits starting with 2–9 in all 25, or seven starting with 3 (US,
 * CA). Every suffix after any run of leading "1"s is allowed for, which covers those strippings in
 * any combination. Held to the parser by a test.
 */
export function nanpPossible(d: string): boolean {
  for (let j = 0; j < d.length; j++) {
    const n = d.length - j;
    if ((n === 10 && d[j] >= '2') || (n === 7 && d[j] === '3') || d.startsWith('011', j)) return true;
    if (d[j] !== '1') break;
  }
  return false;
}

/** The 10 NANP digits when the layout is a NANP one, else null. */
function nanpDigits(d: string, groups: readonly number[]): string | null {
  const g = groups.join(',');
  if (g === '3,3,4' || g === '10' || g === '3,7') return d;
  if ((g === '1,3,3,4' || g === '11') && d[0] === '1') return d.slice(1);
  return null;
}

function isIntl(v: string): boolean {
  return v.startsWith('+') || v.startsWith('00');
}

/** The lengths of v's runs of digits, in order. */
function groupLengths(v: string): number[] {
  return digitGroups(v).map((g) => g.length);
}

function allSame(d: string): boolean {
  for (let i = 1; i < d.length; i++) if (d[i] !== d[0]) return false;
  return true;
}

/** Line labels written after a number ("-Office", "-Fax"): the label word, then no more letters. */
const LABELS = ['office', 'fax', 'home', 'work', 'mobile', 'cell', 'main', 'direct', 'tel', 'phone'];
/** End of the line label at text[i] (see LABELS), or -1. */
function labelAt(text: string, i: number): number {
  for (const w of LABELS) {
    if (text.length < i + w.length || text.slice(i, i + w.length).toLowerCase() !== w) continue;
    const c = text.charCodeAt(i + w.length);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return i + w.length;
  }
  return -1;
}

/**
 * At most four spaces or tabs between i and the end of the line or of the text. Bounded, so that what
 * decides a number lies within the characters after it that a stream holds back (hold.ts).
 */
function lineEndsAt(text: string, i: number): boolean {
  for (let k = i; k <= i + 4; k++) {
    if (k >= text.length) return true;
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return false;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && c >= '0' && c <= '9';
}

function isWordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

/** text[s, e) is 1–6 digits, a dot and two digits. */
function isAmount(text: string, [s, e]: readonly [number, number]): boolean {
  const dot = e - 3;
  if (dot - s < 1 || dot - s > 6 || text.charCodeAt(dot) !== 46) return false;
  for (let k = s; k < e; k++) if (k !== dot && !isAsciiDigit(text.charCodeAt(k))) return false;
  return true;
}

function isSsnLike(groups: readonly number[]): boolean {
  // 123-45-6789 / 123 45 6789 is a US SSN layout, not a phone layout.
  return groups.length === 3 && groups[0] === 3 && groups[1] === 2 && groups[2] === 4;
}

function isZip4Like(v: string, groups: readonly number[]): boolean {
  // 62704-1234: a ZIP+4 code.
  return groups.length === 2 && groups[0] === 5 && groups[1] === 4 && v.includes('-');
}

function isDecimalLike(v: string, groups: readonly number[]): boolean {
  // 3.14159265 / 1234.5678: one dot and nothing else between two digit runs.
  return groups.length === 2 && v.indexOf('.') > 0 && v.indexOf('.') === v.lastIndexOf('.') && digitsOf(v).length === v.length - 1;
}

/** "(2024-05-01", "(2019-2021": a "(" that no ")" closes opens an aside, not an area code; the shapes are read without it. */
function withoutStrayBracket(v: string): string {
  return v.charCodeAt(0) === 40 && !v.includes(')') ? v.slice(1) : v;
}

/** "0.8812": digits, one dot, digits. */
function isDecimal(x: string): boolean {
  const dot = x.indexOf('.');
  if (dot <= 0 || dot === x.length - 1 || x.indexOf('.', dot + 1) >= 0) return false;
  for (let k = 0; k < x.length; k++) if (k !== dot && !isAsciiDigit(x.charCodeAt(k))) return false;
  return true;
}

/**
 * Two numbers of the same length (three or four digits) joined by "-" (spaces around allowed), the second
 * larger by less than a thousand: "2360-2363", "2200 - 2299". (Ranges of years rejectedShape rejects first.)
 */
function numberRange(v: string, groups: readonly number[]): boolean {
  if (groups.length !== 2 || groups[0] !== groups[1] || groups[0] < 3 || groups[0] > 4) return false;
  const n = groups[0];
  if (v.slice(n, v.length - n).trim() !== '-') return false;
  const a = Number(v.slice(0, n));
  const b = Number(v.slice(v.length - n));
  return a < b && b - a < 1000;
}

/** Two four-digit years joined by "-" or "/" (spaces around allowed), the second later than the first. */
function isYearRange(v: string, groups: readonly number[]): boolean {
  if (groups.length !== 2 || groups[0] !== 4 || groups[1] !== 4) return false;
  // Groups [4, 4]: digits at both ends of v, the separator between them.
  const sep = v.slice(4, v.length - 4).trim();
  if (sep !== '-' && sep !== '/') return false;
  const a = Number(v.slice(0, 4));
  const b = Number(v.slice(v.length - 4));
  return a >= 1800 && b <= 2199 && a < b;
}

function isCardLike(groups: readonly number[]): boolean {
  // 1234 5678 9012 (3456): payment-card style groups of four.
  return groups.length >= 3 && groups.every((g) => g === 4);
}

function isIpLike(v: string): boolean {
  const parts = v.split('.');
  return parts.length === 4 && parts.every((p) => p.length >= 1 && p.length <= 3);
}

/** 978-3-16-148410-0, 979 10 90636 07 1: an ISBN-13 (13 digits from 978 or 979) written in four or five groups. */
function isIsbnLike(d: string, groups: readonly number[]): boolean {
  return d.length === 13 && (groups.length === 4 || groups.length === 5) && (d.startsWith('978') || d.startsWith('979')) && groups[0] === 3;
}

function isDateLike(v: string, groups: readonly number[]): boolean {
  // 2000-04-16 (also the date of a timestamp)
  if (v.length >= 10 && v[4] === '-' && v[7] === '-' && Number(v.slice(5, 7)) <= 12) return true;
  // 2024-01-15, 15/01/2024, 15.01.2024: three groups joined by one kind of separator whose shapes read as a date.
  if (groups.length !== 3 || v.includes(' ') || v.includes('(')) return false;
  const lens = groups.join(',');
  return lens === '4,2,2' || lens === '2,2,4' || lens === '1,2,4' || lens === '2,1,4' || lens === '1,1,4' || lens === '4,1,1' || lens === '4,1,2' || lens === '4,2,1';
}

export const recognizer: Recognizer = {
  id: 'phone',
  type: 'PHONE',
  patterns: [],
  prefilter: PREFILTER,
  custom: (text, _live, memo) => findPhones(text, DEFAULT_PHONE_REGIONS, memo),
  maxLength: 48,
  context: CONTEXT,
  contextBoost: 0.3,
  examples: {
    match: [
      'call +1 212-555-0147 tomorrow', 'phone: (415) 555-2671', 'mobile 07911 123456', 'ruf an: +49 30 901820',
      'reach me at (555) 123-4567', 'it is 555.123.4567', 'it is 555-123-4567 x123', '+1-555-123-4567',
      'dial 1 (555) 123 4567 ext. 45', 'office +44 20 7946 0958', 'office 0044 20 7946 0958', 'Berlin +49 (0)30 901820',
      'tel 5551234567', '001-555-123-4567x1234', 'desk 555-123-4567 #12',
    ],
    noMatch: [
      'on 2024-01-15 we met', 'total 12345', 'ip 192.168.100.200', '+1 000-000-0000', 'order 555-123-4567',
      'pi is 3.14159265', 'ssn 123-45-6789', 'zip 62704-1234', 'card 4000 1234 5678 9010', 'id 1234567890',
    ],
  },
};
