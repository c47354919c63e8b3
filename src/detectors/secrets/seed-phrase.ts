// CRYPTO_SEED_PHRASE: a wallet's recovery phrase (BIP-39 mnemonic), 12, 15, 18, 21 or 24 words of the
// standard's English wordlist whose last bits are a checksum of the rest: the first ENT/32 bits of the
// SHA-256 of the ENT bits of entropy the words spell (ENT = 128 … 256). Whoever holds the words holds every
// key of the wallet, so a phrase in a prompt (a user pasting it to a "wallet support" bot) or in an answer
// (read back from a document or a tool result) is as much a secret as a private key.
//
// How a phrase is found, without a regular expression (no keyword gates it, so the scan runs on every text
// and must cost little): the text's word tokens (the PII tokenizer's, made once per text for both detectors)
// are read for runs: words of 3 to 8 letters whose first four are a listed word's (a bitmap of the list's
// four-letter prefixes, which tell its words apart), each apart from the next by at most GAP_MAX characters
// of white space, commas, semicolons, quotes, brackets, bullets, dashes and list numbers of one or two digits
// ("1. ", "12)", "| 3 |"); a full stop or a colon counts only after a digit (a sentence's end ends the run).
// Only a run of 12 words or more is read further: each word must be ASCII letters in lower case, capitalised
// or upper case and in the list (a Map), and each stretch of 12 or more listed words is read for phrases: at
// each word, the longest length whose checksum holds is a phrase, and the read goes on after it. Prose
// seldom has 12 words in a row that start like listed words ("the", "and", "for", "with" do not).
//
// A checksum of 4 bits (12 words) holds for one random sequence in 16, so two shapes that no generated
// phrase has are not reported: words in strictly ascending or descending list order (an excerpt of the
// list itself, which a document about BIP-39 may print; one phrase in 12! is ordered) and fewer distinct
// words than half the phrase (the published test vectors "abandon … about" and "zoo … wrong"; a generated
// 12-word phrase has 6 distinct words or fewer about once in 10^16). Electrum's own seeds, 12 or 13 words of
// the same list with an HMAC version prefix instead of the checksum, are read too (electrumVersion). Not read:
// the other languages' lists, Electrum's pre-2.0 seeds (another list), Monero's 25 words, phrases written as one token ("abandon-ability-…") or
// with words cut to their first four letters.
import { createHash, createHmac } from 'node:crypto';
import { BIP39_ENGLISH } from './data/bip39-english.ts';
import type { Rand, SecretRule } from './rule.ts';
import { tokenList, type TokenList } from '../pii/tokens.ts';
import { asciiUnits } from '../recognizer.ts';

/** Index of each listed word. */
const INDEX: ReadonlyMap<string, number> = new Map(BIP39_ENGLISH.map((w, i) => [w, i]));

/**
 * Key of a word's first four letters (27 symbols each: none, a … z; the list's words are told apart by their
 * first four letters), or -1 when one of them is no ASCII letter. Letters are folded to lower case.
 */
function prefixKey(text: string, bytes: Uint8Array | null, start: number, size: number): number {
  let key = 0;
  for (let k = 0; k < 4; k++) {
    let v = 0;
    if (k < size) {
      const c = (bytes !== null ? bytes[start + k] : text.charCodeAt(start + k)) | 0x20;
      if (c < 0x61 || c > 0x7a) return -1;
      v = c - 0x60;
    }
    key = key * 27 + v;
  }
  return key;
}

/** Whether a listed word starts with the four letters of each key (prefixKey), as bits: a cheap pre-check before INDEX. */
const PREFIXES = (() => {
  const bits = new Uint8Array((27 ** 4 + 7) >> 3);
  for (const w of BIP39_ENGLISH) {
    const key = prefixKey(w, null, 0, w.length);
    bits[key >> 3] |= 1 << (key & 7);
  }
  return bits;
})();

/** Whether text[start, start + size) has 3-8 letters whose first four are a listed word's (a cheap pre-check: INDEX decides). */
function listedPrefix(text: string, bytes: Uint8Array | null, start: number, size: number): boolean {
  const key = size >= 3 && size <= 8 ? prefixKey(text, bytes, start, size) : -1;
  return key >= 0 && (PREFIXES[key >> 3] & (1 << (key & 7))) !== 0;
}

/** Phrase lengths in words, longest first. */
const LENGTHS = [24, 21, 18, 15, 12] as const;
const MIN_WORDS = 12;
/** The longest gap between two words of a run, in UTF-16 units ("\n\n12. " is six). */
const GAP_MAX = 12;

/** Gap characters (ASCII): 1 anywhere in a gap, 2 only right after a digit (. and :). */
const GAP = (() => {
  const t = new Uint8Array(128);
  for (const c of ' \t\r\n\f\v,;|"\'`[](){}<>-*#/') t[c.charCodeAt(0)] = 1;
  t[0x2e] = 2; // .
  t[0x3a] = 2; // :
  return t;
})();

/** Non-ASCII gap characters: no-break and other spaces, bullets, dashes, typographic quotes. */
function gapNonAscii(c: number): boolean {
  return c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2022 || c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x2019 ||
    c === 0x201c || c === 0x201d || c === 0x202f || c === 0x3000 || c === 0x00b7;
}

/** A unit's place in a gap: 1 anywhere, 2 only right after a digit, 0 none. */
function gapKind(c: number): number {
  return c < 0x80 ? GAP[c] : gapNonAscii(c) ? 1 : 0;
}

/** Whether text[from, to), between two tokens, is a gap of a run ("." and ":" only after a digit). */
function isGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = gapKind(c);
    if (k === 0) return false;
    if (k === 2) {
      const p = i > 0 ? text.charCodeAt(i - 1) : 0;
      if (p < 0x30 || p > 0x39) return false;
    }
  }
  return true;
}

/** Whether token i is a word a phrase may hold: 3-8 ASCII letters, lower case, capitalised or upper case. */
function isWord(text: string, toks: TokenList, i: number): boolean {
  const size = toks.size(i);
  if (size < 3 || size > 8 || !toks.ascii(i)) return false;
  const s = toks.start(i);
  let upper = 0;
  for (let k = s; k < s + size; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c < 0x61 || c > 0x7a) return false;
  }
  return upper === 0 || upper === size || (upper === 1 && toks.cap(i));
}

/** Whether entropy and checksum spelled by `idx[from … from + n)` agree (BIP-39). */
export function checksumHolds(idx: ArrayLike<number>, from: number, n: number): boolean {
  const totalBits = n * 11;
  const cs = totalBits / 33; // ENT / 32, with ENT = 32 * totalBits / 33
  const entBits = totalBits - cs;
  const bytes = new Uint8Array(Math.ceil(totalBits / 8));
  let bit = 0;
  for (let k = 0; k < n; k++) {
    const v = idx[from + k];
    for (let b = 10; b >= 0; b--, bit++) if ((v >> b) & 1) bytes[bit >> 3] |= 0x80 >> (bit & 7);
  }
  const entropy = bytes.subarray(0, entBits / 8);
  const hash = createHash('sha256').update(entropy).digest();
  for (let b = 0; b < cs; b++) {
    const want = (hash[b >> 3] >> (7 - (b & 7))) & 1;
    const at = entBits + b;
    const got = (bytes[at >> 3] >> (7 - (at & 7))) & 1;
    if (want !== got) return false;
  }
  return true;
}

/**
 * Electrum's own seeds (version 2 and later) use the same English list with another check: the HMAC-SHA512 of
 * the phrase (lower case, one space between words) keyed with "Seed version" starts, in hex, with the seed
 * type's prefix: 01 standard, 100 segwit, 101 two-factor (12 words, or 20 and more), 102 two-factor segwit. A
 * random sequence of listed words passes one time in about 220. Electrum writes 12 words, older versions 13.
 */
const ELECTRUM_LENGTHS = [13, 12] as const;
const ELECTRUM_PREFIXES: readonly [string, string][] = [['01', 'standard'], ['100', 'segwit'], ['101', '2fa'], ['102', '2fa segwit']];

/** The Electrum seed type of the words idx[from … from + n), or null when the phrase is none. */
export function electrumVersion(idx: ArrayLike<number>, from: number, n: number): string | null {
  const words: string[] = [];
  for (let k = from; k < from + n; k++) words.push(BIP39_ENGLISH[idx[k]]);
  const hex = createHmac('sha512', 'Seed version').update(words.join(' ')).digest('hex');
  for (const [prefix, type] of ELECTRUM_PREFIXES) {
    if (hex.startsWith(prefix) && (prefix !== '101' || n === 12 || n >= 20)) return type;
  }
  return null;
}

/** A sequence no generated phrase has: list order (ascending or descending), or few distinct words. */
function listShaped(idx: ArrayLike<number>, from: number, n: number): boolean {
  let up = true;
  let down = true;
  for (let k = from + 1; k < from + n; k++) {
    if (idx[k] <= idx[k - 1]) up = false;
    if (idx[k] >= idx[k - 1]) down = false;
  }
  if (up || down) return true;
  const distinct = new Set<number>();
  for (let k = from; k < from + n; k++) distinct.add(idx[k]);
  return distinct.size * 2 < n;
}

export interface SeedPhraseHit {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly note: string;
}

/** Shortest text a phrase fits in: 12 words of 3 letters and 11 one-character gaps. */
const MIN_CHARS = MIN_WORDS * 4 - 1;

/**
 * BIP-39 recovery phrases in `text` (see the header). Linear in the text's length. The words are the PII
 * tokenizer's tokens (pii/tokens.ts), whose one-entry cache the PII detector's recognizers read the same
 * text from, so where both detectors run the text is tokenized once. `skip` false reads every token (the
 * same findings, slower: a property test compares the two).
 */
export function findSeedPhrases(text: string, skip = true): SeedPhraseHit[] {
  if (text.length < MIN_CHARS) return [];
  const out: SeedPhraseHit[] = [];
  const toks = tokenList(text);
  const bytes = asciiUnits(text); // (made by tokenList for ASCII text: a byte array is cheaper to read than the string)
  // The open run: its first and last word tokens and its word count; the digits of list numbers since its last word.
  let first = -1;
  let last = -1;
  let words = 0;
  let digits = 0;
  const close = (): void => {
    if (words >= MIN_WORDS) readRun(text, toks, first, last, out);
    words = 0;
  };
  const n = toks.length;
  // Whether token i follows the open run's last word closely enough, over a gap of a run.
  const joins = (i: number): boolean => toks.start(i) - toks.end(last) <= GAP_MAX && isGap(text, toks.end(i - 1), toks.start(i));
  // Whether token i may be in a run: a list number, or 3-8 letters whose first four are a listed word's.
  const mayRun = (i: number): boolean => {
    const size = toks.size(i);
    if (toks.digits(i)) return size <= 2;
    return listedPrefix(text, bytes, toks.start(i), size);
  };
  for (let i = 0; i < n; i++) {
    if (words === 0 && skip) {
      // No run open: a run of 12 words holds 12 tokens at least, so one starting at i … j holds token j. Test the
      // 12th token first, then back: where one cannot be in a run, no run starts at or before it (prose: most
      // tokens are skipped untested).
      if (i + MIN_WORDS > n) break;
      let j = i + MIN_WORDS - 1;
      while (j > i && mayRun(j)) j--;
      if (j > i) {
        i = j; // (the loop's i++ moves past it)
        continue;
      }
    }
    // A list number ("1.", "12)") between two words: at most two digits in a gap.
    if (words > 0 && toks.digits(i)) {
      digits += toks.size(i);
      if (digits > 2 || !joins(i)) close();
      continue;
    }
    // A word of 3-8 letters whose first four are a listed word's (readRun checks the rest).
    if (toks.digits(i) || !mayRun(i)) {
      close();
      continue;
    }
    if (words > 0 && !joins(i)) close();
    if (words === 0) first = i;
    words++;
    last = i;
    digits = 0;
  }
  close();
  return out;
}

/** Read the run of word tokens first … last (list numbers between them) for phrases (findSeedPhrases). */
function readRun(text: string, toks: TokenList, first: number, last: number, out: SeedPhraseHit[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  const idx: number[] = [];
  for (let i = first; i <= last; i++) {
    if (toks.digits(i)) continue;
    starts.push(toks.start(i));
    ends.push(toks.end(i));
    idx.push(isWord(text, toks, i) ? (INDEX.get(toks.lower(i)) ?? -1) : -1);
  }
  const m = starts.length;
  let k = 0;
  while (k < m) {
    if (idx[k] < 0) { k++; continue; }
    let e = k;
    while (e < m && idx[e] >= 0) e++;
    // idx[k … e) are listed words.
    let p = k;
    while (p + MIN_WORDS <= e) {
      let found = 0;
      let note = '';
      for (const len of LENGTHS) {
        if (p + len <= e && checksumHolds(idx, p, len) && !listShaped(idx, p, len)) {
          found = len;
          note = `BIP-39 checksum, ${len} words`;
          break;
        }
      }
      for (const len of ELECTRUM_LENGTHS) {
        if (found > 0 || p + len > e || listShaped(idx, p, len)) continue;
        const version = electrumVersion(idx, p, len);
        if (version !== null) {
          found = len;
          note = `Electrum ${version} seed, ${len} words`;
        }
      }
      if (found > 0) {
        out.push({ start: starts[p], end: ends[p + found - 1], score: 0.95, note });
        p += found;
      } else {
        p++;
      }
    }
    k = e;
  }
}

/** A random phrase of `words` words with a valid checksum (for tests and the evaluation; never a real wallet). */
export function randomSeedPhrase(rand: Rand, words: 12 | 15 | 18 | 21 | 24 = 12): string {
  const entBytes = (words * 11 * 32) / 33 / 8;
  const entropy = new Uint8Array(entBytes);
  for (let i = 0; i < entBytes; i++) entropy[i] = Math.floor(rand() * 256);
  return phraseOf(entropy).join(' ');
}

/** The BIP-39 words of `entropy` (16, 20, 24, 28 or 32 bytes). */
export function phraseOf(entropy: Uint8Array): string[] {
  const entBits = entropy.length * 8;
  const cs = entBits / 32;
  const hash = createHash('sha256').update(entropy).digest();
  const bits: number[] = [];
  for (let b = 0; b < entBits; b++) bits.push((entropy[b >> 3] >> (7 - (b & 7))) & 1);
  for (let b = 0; b < cs; b++) bits.push((hash[b >> 3] >> (7 - (b & 7))) & 1);
  const words: string[] = [];
  for (let w = 0; w < bits.length / 11; w++) {
    let v = 0;
    for (let b = 0; b < 11; b++) v = (v << 1) | bits[w * 11 + b];
    words.push(BIP39_ENGLISH[v]);
  }
  return words;
}

export const seedPhraseRule: SecretRule = {
  id: 'bip39-seed-phrase',
  type: 'CRYPTO_SEED_PHRASE',
  regex: '',
  always: true,
  score: 0.95,
  // 24 words of up to 8 letters, each with a gap of up to GAP_MAX.
  maxLength: 24 * (8 + GAP_MAX),
  find: findSeedPhrases,
  sample: (r) => {
    const words = ([12, 24, 12, 18] as const)[Math.floor(r() * 4)];
    const phrase = randomSeedPhrase(r, words);
    const forms = [
      `My wallet recovery phrase is: ${phrase}`,
      `seed: "${phrase}"`,
      phrase.split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n'),
      `MNEMONIC=${phrase.split(' ').join(',')}`,
    ];
    return forms[Math.floor(r() * forms.length)];
  },
};

/**
 * Streaming bound (hold.ts): where a phrase that later text could still create, extend or change may start in
 * `t`. When `t` ends in a run (words of up to 8 letters whose first four are a listed word's, apart by gaps
 * of a run, the last word possibly unfinished, a gap possibly still growing), appended words can make the
 * run's last 23 words part of a phrase, and the longest-first reading of the run changes only from there: the
 * bound is the start of the run's 24th word from its end (or of its first word). Else t.length. Conservative
 * (gaps are read as findSeedPhrases reads them, but the words only by length and prefix); linear in the words
 * walked, at most 24.
 */
export function seedRunHold(t: string): number {
  let i = t.length;
  let start = t.length;
  for (let words = 0; words < LENGTHS[0]; words++) {
    // The gap before position i: gap characters and digits, "." and ":" after a digit, at most GAP_MAX.
    let g = i;
    while (g > 0 && i - g <= GAP_MAX) {
      const c = t.charCodeAt(g - 1);
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) break;
      const k = c >= 0x30 && c <= 0x39 ? 1 : gapKind(c);
      if (k === 0) return start;
      if (k === 2) {
        const p = g >= 2 ? t.charCodeAt(g - 2) : 0;
        if (p < 0x30 || p > 0x39) return start;
      }
      g--;
    }
    if (i - g > GAP_MAX || g === 0) return start;
    if (words > 0 && g === i) return start; // two words without a gap are one token
    // The word before the gap.
    let w = g;
    while (w > 0 && g - w <= 8) {
      const c = t.charCodeAt(w - 1) | 0x20;
      if (c < 0x61 || c > 0x7a) break;
      w--;
    }
    const len = g - w;
    if (len > 8 || len === 0) return start;
    if (g < t.length) {
      // A whole word: 3-8 letters, its prefix listed. (A word touching the end may still grow: any letters.)
      if (!listedPrefix(t, null, w, len)) return start;
    }
    start = w;
    i = w;
  }
  return start;
}
