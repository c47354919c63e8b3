// A known value looked for in a text in the forms an answer can give it away in: as written (case,
// separators, leetspeak and look-alikes folded), spelled out, reversed, in short hex or base64, and
// the optional forms (pig latin, Caesar shifts, Morse code, the spelling alphabet, acrostics). Shared
// by system_prompt_secrets (values a system prompt declares secret, prompt-secrets.ts) and canary
// (tokens declared in policy, canary.ts); the projections themselves are in projections.ts.
import { compileSet, type PatternSet } from '../../core/regex.ts';
import { isAsciiAlnum } from '../../core/units.ts';
import { normalize, rot13 } from '../normalize.ts';
import {
  ACROSTIC_MAX_UNITS, ACROSTIC_MIN_UNITS, ACROSTIC_STEP, ENCODED_SPAN, FOLD, MORSE_RUN_SOURCE, MORSE_SPAN, NATO_RUN_SOURCE, NATO_SPAN, acrostic, encodedBytes, morseRuns, natoRuns, pigLatin, project, shiftKey, shiftedWords,
  type Projection, type ShiftKey,
} from './projections.ts';

/** The optional forms (the value as written, spelled out, in leetspeak, reversed and encoded are always looked for). */
export const LEAK_FORMS = ['pig_latin', 'caesar', 'morse', 'nato', 'acrostic'] as const;
export type LeakForm = (typeof LEAK_FORMS)[number];

/** Longest stretch of text per unit of a value a hit may cover: "T - o - r …" is four per letter. */
export const SPAN_PER_UNIT = 4;
/**
 * Code units past a hit's end that decide it: a word edge (one code point), the next Morse code after
 * up to two spaces, the next spelling-alphabet word after up to three separators ("Sierra" in
 * "…, Sierra" turns "tornado" into "tornados").
 */
export const LOOKAHEAD = 16;

/** A value as the search keeps it. */
export interface KnownValue {
  readonly folded: string;
  /** The folded value backwards, or null when it reads the same. */
  readonly reversed: string | null;
  /** Whole words of the value (a single-word value spread over several words is spelled out). */
  readonly words: number;
  /** Further spellings searched like the value itself (folded): pig latin, rot13 of a value with digits. */
  readonly extra: readonly { readonly folded: string; readonly form: string }[];
  /** Caesar key (projections.ts) of a one-word ASCII-letter value of enough letters. */
  readonly shift: ShiftKey | null;
  /** The folded value is ASCII letters and digits only: Morse code and the spelling alphabet can spell it. */
  readonly spellable: boolean;
}

/** A value's projection: its folded letters and digits (look-alikes folded, as in the normalised view). */
export function foldValue(v: string): string {
  let ascii = true;
  for (let i = 0; i < v.length && ascii; i++) ascii = v.charCodeAt(i) < 128;
  if (!ascii) return project(normalize(v, { decode: false }).text).units;
  // ASCII: normalisation changes nothing the projection keeps.
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const f = FOLD[v.charCodeAt(i)];
    if (f !== 0) out += String.fromCharCode(f);
  }
  return out;
}

/** Words of a value: runs of non-whitespace. */
export function wordCount(v: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const ws = c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000;
    if (!ws && !inWord) n++;
    inWord = !ws;
  }
  return n;
}

/** Every code unit of a folded value is a-z or 0-9. */
function asciiFolded(folded: string): boolean {
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * `value` prepared for findForms with the optional `forms` on. Caesar shifts are looked for in words of
 * ASCII letters of at least `minShifted` letters (shiftedWords); with `rot13Mixed`, a value of letters
 * and digits (which shiftedWords does not read) is also searched as its rot13 spelling.
 */
export function knownValue(value: string, forms: ReadonlySet<LeakForm>, minShifted: number, rot13Mixed = false): KnownValue {
  const folded = foldValue(value);
  const reversed = [...folded].reverse().join('');
  const extra: { folded: string; form: string }[] = [];
  if (forms.has('pig_latin')) for (const pig of pigLatin(value)) extra.push({ folded: pig, form: 'in pig latin' });
  const shift = forms.has('caesar') ? shiftKey(value, minShifted) : null;
  if (rot13Mixed && forms.has('caesar') && shift === null && letterCount(value) >= minShifted) {
    const r = foldValue(rot13(value));
    if (r !== folded && r.length === folded.length) extra.push({ folded: r, form: 'in rot13' });
  }
  return { folded, reversed: reversed === folded ? null : reversed, words: wordCount(value), extra, shift, spellable: asciiFolded(folded) };
}

/** ASCII letters in `v`. */
function letterCount(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (((v.charCodeAt(i) | 0x20) - 97) >>> 0 < 26) n++;
  return n;
}

/** An acrostic is looked for: the value has ACROSTIC_MIN_UNITS to ACROSTIC_MAX_UNITS units. */
export function acrosticLength(v: KnownValue): boolean {
  return v.folded.length >= ACROSTIC_MIN_UNITS && v.folded.length <= ACROSTIC_MAX_UNITS;
}

/** The needles acrosticLiveStart holds a stream for (values of acrostic length, and their reversals). */
export function acrosticNeedles(values: readonly KnownValue[]): string[] {
  const needles: string[] = [];
  for (const v of values) {
    if (!acrosticLength(v)) continue;
    needles.push(v.folded);
    if (v.reversed !== null) needles.push(v.reversed);
  }
  return needles;
}

/**
 * The longest stretch of text a hit for `v` can cover, but for acrostics (up to a line per letter: a
 * stream holds those only while the last lines' initials begin a value, acrosticLiveStart).
 */
export function spanOf(v: KnownValue, forms: ReadonlySet<LeakForm>): number {
  let s = SPAN_PER_UNIT * v.folded.length;
  for (const x of v.extra) s = Math.max(s, SPAN_PER_UNIT * x.folded.length);
  if (v.spellable) s = Math.max(s, ENCODED_SPAN * v.folded.length);
  if (forms.has('morse') && v.spellable) s = Math.max(s, MORSE_SPAN * v.folded.length);
  if (forms.has('nato') && v.spellable) s = Math.max(s, NATO_SPAN * v.folded.length);
  return s;
}

/**
 * Cheap tests that a text may hold a value in a projection, as one RE2.Set pass (with the caller's own
 * patterns first): the plain projection, short hex or base64, Morse code, the spelling alphabet and
 * the Caesar word pass.
 * findForms skips a projection whose test fails: it cannot hold a hit then (each test is a superset of
 * what its projection finds; formGates).
 */
export interface FormGates {
  readonly set: PatternSet;
  /** Set indexes of the tests (-1: no such test, so it never passes; a projection no value needs is not read). */
  readonly plain: number;
  /** A letter, mark or digit outside ASCII: project() may fold it to any unit, so the text is projected. */
  readonly wide: number;
  /** Short hex, and two tests a base64 token passes both of: its signal, and printable quads. */
  readonly hex: number;
  readonly b64Signal: number;
  readonly b64Quads: number;
  readonly caesar: number;
  /** Morse code and the spelling alphabet: indexes in `spelled` (SPELLED_SET) when set, else in `set`. */
  readonly spelled: PatternSet | null;
  readonly morse: number;
  readonly nato: number;
}

/** Every projection read (no gates): findForms' answer is the same, at the cost of building them all. */
export const ALL_PASSED: GatesPassed = { plain: true, encoded: true, morse: true, nato: true, caesar: true };

/**
 * The cheap tests of Morse code and the spelling alphabet in a set of their own, compiled once, for gates
 * built while traffic waits (formGates `spelledApart`): their Unicode classes take ~6 ms each to compile.
 */
const SPELLED_SET = compileSet('value-forms/spelled', [MORSE_RUN_SOURCE, NATO_RUN_SOURCE]);

/** Which projections findForms reads for one text, from the indexes its gates' set matched. */
export interface GatesPassed {
  readonly plain: boolean;
  readonly encoded: boolean;
  readonly morse: boolean;
  readonly nato: boolean;
  readonly caesar: boolean;
}

/** The projections findForms reads on `text`, from `hits` (PatternSet.match of `g.set` on it). */
export function gatesPassed(g: FormGates, hits: readonly number[], text: string): GatesPassed {
  const spelled = g.spelled === null ? hits : g.morse >= 0 || g.nato >= 0 ? g.spelled.match(text) : [];
  return {
    plain: hits.includes(g.plain) || hits.includes(g.wide),
    encoded: hits.includes(g.hex) || (hits.includes(g.b64Signal) && hits.includes(g.b64Quads)),
    morse: spelled.includes(g.morse),
    nato: spelled.includes(g.nato),
    caesar: hits.includes(g.caesar),
  };
}

/** A character outside ASCII that is no punctuation, symbol, separator or control: a letter, mark or digit. */
const WIDE_UNIT = '[^\\x00-\\x7f\\p{P}\\p{S}\\p{Z}\\p{C}]';

/** An ASCII code unit as it stands inside an RE2 class (punctuation escaped). */
function classChar(c: number): string {
  return (isAsciiAlnum(c) ? '' : '\\') + String.fromCharCode(c);
}

/** ASCII code units project() folds to each unit (FOLD), as the inside of an RE2 class. */
const FOLDED_FROM = (() => {
  const m = new Map<number, string>();
  for (let c = 33; c < 127; c++) if (FOLD[c] !== 0) m.set(FOLD[c], (m.get(FOLD[c]) ?? '') + classChar(c));
  return m;
})();
/** Code units project() keeps as units of any value (FOLD non-zero), as the inside of an RE2 class. */
const UNIT_CHARS = [...FOLDED_FROM.values()].join('');

/** Sets of values whose gates secondScanGates keeps (first in, first out). */
const GATE_SETS = 64;

/**
 * The gates (formGates) of sets of values, by a key the caller gives each set. Compiling them takes 1-3
 * ms here, more than scanning a buffered text without them: a set is scanned ungated the first time
 * (null: the same findings) and gated from its second scan on (a stream's re-scans, the next exchange
 * with the same system prompt). Morse code and the spelling alphabet are tested apart, by a set compiled
 * once (formGates' spelledApart).
 */
export function secondScanGates(forms: ReadonlySet<LeakForm>): (key: string, values: readonly KnownValue[]) => FormGates | null {
  const cache = new Map<string, FormGates | null>();
  return (key, values) => {
    let g = cache.get(key);
    if (g === null) g = formGates(values, forms, [], true); // the second scan: compile now
    else if (g !== undefined) return g;
    cache.set(key, g ?? null);
    if (cache.size > GATE_SETS) cache.delete(cache.keys().next().value as string);
    return g ?? null;
  };
}

/**
 * The gates of a set of values. The plain gate reads each needle's units in order, each unit any ASCII
 * code unit that folds to it, with any run of code units between them that is no ASCII unit (project()
 * drops separators): a superset of the plain projection's hits on text whose characters outside ASCII
 * are all punctuation, symbols, spaces or controls (dashes, curly quotes, emoji), word edges and spans
 * not asked. Any other character outside ASCII (a look-alike, a letter of another script) may fold to a
 * unit, so a text holding one is always projected. (Letting every such character stand for any unit of
 * any needle made the set's automaton grow without end on multilingual text: 87 s for the datasets'
 * texts with 32 tokens, 5 s without gates.)
 * The encoded gate: as many printable hex bytes in a run as the shortest spellable value has units, as
 * encodedBytes joins them; or, both, a base64 token long enough for that value with encodedBytes' signal
 * in it (a digit, "+", "/", "=", or a capital after its first character), and enough whole quads of
 * base64 that decode to printable bytes in a row (encodedBytes decodes a token only when every byte is
 * printable): a quad's first character is I-Z or a-f (its byte's top six bits 8 to 31), the second's
 * low four bits are 2 to 7, the third's low two bits 0 or 1.
 */
export function formGates(values: readonly KnownValue[], forms: ReadonlySet<LeakForm>, own: readonly string[] = [], spelledApart = false): FormGates {
  const sources = [...own];
  const add = (source: string): number => sources.push(source) - 1;
  const needles = new Set<string>();
  for (const v of values) {
    needles.add(v.folded);
    if (v.reversed !== null) needles.add(v.reversed);
    for (const x of v.extra) needles.add(x.folded);
  }
  // Needles of ASCII units only: one with another unit can only be met where the text holds a letter,
  // mark or digit outside ASCII, and such texts are always projected (`wide`).
  const sep = `[^${UNIT_CHARS}]*`;
  const alternatives: string[] = [];
  for (const n of needles) {
    const units = [...n].map((u) => (u.length === 1 && u.charCodeAt(0) < 128 ? FOLDED_FROM.get(u.charCodeAt(0)) : undefined));
    if (units.every((from) => from !== undefined)) alternatives.push(units.map((from) => `[${from}]`).join(sep));
  }
  const plain = alternatives.length === 0 ? -1 : add(alternatives.join('|'));
  const wide = needles.size === 0 ? -1 : add(WIDE_UNIT);
  let shortest = Infinity;
  for (const v of values) if (v.spellable) shortest = Math.min(shortest, v.folded.length);
  let hex = -1;
  let b64Signal = -1;
  let b64Quads = -1;
  let morse = -1;
  let nato = -1;
  if (shortest !== Infinity) {
    // A hex run: printable bytes (first digit 2-7), each "0x"-prefixed or not, up to two separators apart.
    hex = add(`(?:(?:0[xX])?[2-7][0-9a-fA-F][\\t ,:;-]{0,2}){${Math.min(shortest, 64)}}`);
    // A base64 token of at least `len` characters with a signal at index a (a capital only past index 0;
    // a later signal is found from a later start, "=" padding included).
    const len = Math.ceil((4 * shortest) / 3);
    const b = '[A-Za-z0-9+/_-]';
    const b64: string[] = [];
    for (let a = 0; a < len; a++) b64.push(`${b}{${a}}${a === 0 ? '[0-9+/=]' : '[0-9+/=A-Z]'}${b}{${len - 1 - a},}`);
    b64Signal = add(b64.join('|'));
    // A value of n units needs n bytes: floor(n / 3) whole quads at least (the last quad may be partial).
    b64Quads = add(`(?:[I-Za-f][C-HS-Xi-ny-z0-3][ABEFIJMNQRUVYZcdghklopstwx014589]${b}){${Math.max(1, Math.floor(shortest / 3))}}`);
    if (forms.has('morse')) morse = spelledApart ? 0 : add(MORSE_RUN_SOURCE);
    if (forms.has('nato')) nato = spelledApart ? 1 : add(NATO_RUN_SOURCE);
  }
  // Caesar shifts: a key's 25 shifted words (shift 0 is the value as written), a letter each in either
  // case, with the one apostrophe or hyphen shiftedWords drops between two letters.
  const shifted: string[] = [];
  for (const v of values) {
    const k = v.shift;
    if (k === null) continue;
    for (let by = 1; by < 26; by++) {
      let l = (k.first + by) % 26;
      let word = String.fromCharCode(97 + l);
      for (const step of k.steps) {
        l = (l + step) % 26;
        word += `['-]?${String.fromCharCode(97 + l)}`;
      }
      shifted.push(word);
    }
  }
  const caesar = shifted.length === 0 ? -1 : add(`(?i:${shifted.join('|')})`);
  return { set: compileSet('value-forms/gates', sources), plain, wide, hex, b64Signal, b64Quads, caesar, spelled: spelledApart ? SPELLED_SET : null, morse, nato };
}

/** Hits of `needle` in `p` from a word start to a word end, at most `span` code units of text per unit. */
function search(p: Projection, needle: string, span: number, hit: (at: number, last: number) => void): void {
  for (let at = p.units.indexOf(needle); at >= 0; at = p.units.indexOf(needle, at + 1)) {
    const last = at + needle.length - 1;
    if ((p.edge[at] & 1) === 0 || (p.edge[last] & 2) === 0) continue;
    // Letters far apart are no spelling of the value (and would outgrow the streaming hold).
    if (p.to[last] - p.from[at] > span * needle.length) continue;
    hit(at, last);
  }
}

/**
 * Every hit of `values` in `text`, in the forms above, as push(start, end, value index, form). `midLine`:
 * the text starts inside a line (a stream window), whose first line has no initial for an acrostic.
 * `passed`: the projections worth reading (gatesPassed of the values' formGates on this text).
 */
export function findForms(
  text: string, values: readonly KnownValue[], forms: ReadonlySet<LeakForm>, midLine: boolean, push: (start: number, end: number, i: number, form: string) => void,
  passed: GatesPassed,
): void {
  const report = (p: Projection, at: number, last: number, i: number, form: string): void => push(p.from[at], p.to[last], i, form);
  const p = passed.plain ? project(text) : null;
  if (p !== null) values.forEach((v, i) => {
    search(p, v.folded, SPAN_PER_UNIT, (at, last) => {
      let words = 0;
      for (let j = at; j <= last; j++) if (p.edge[j] & 1) words++;
      report(p, at, last, i, words > v.words && words >= 3 ? 'spelled out' : 'as written');
    });
    if (v.reversed !== null) search(p, v.reversed, SPAN_PER_UNIT, (at, last) => report(p, at, last, i, 'reversed'));
    for (const x of v.extra) search(p, x.folded, SPAN_PER_UNIT, (at, last) => report(p, at, last, i, x.form));
  });
  // The other forms read the text again, each only when some value can be found that way: shifts of
  // one-word ASCII values, Morse code and the spelling alphabet for values of ASCII letters and digits,
  // acrostics for values of ACROSTIC_MIN_UNITS to ACROSTIC_MAX_UNITS units.
  if (passed.caesar && values.some((v) => v.shift !== null)) {
    shiftedWords(text, values.map((v) => v.shift), (start, end, i, by) => push(start, end, i, by === 13 ? 'in rot13' : `shifted by ${by} (Caesar)`));
  }
  const spelled = values.some((v) => v.spellable);
  // Short hex and base64 (the views decode long spans only): "T3JjaGlk", "50 65 6c 69 63 61 6e".
  if (spelled && passed.encoded) {
    const ep = encodedBytes(text);
    if (ep !== null) {
      values.forEach((v, i) => {
        if (!v.spellable) return;
        search(ep, v.folded, ENCODED_SPAN, (at, last) => report(ep, at, last, i, 'encoded (hex or base64)'));
        if (v.reversed !== null) search(ep, v.reversed, ENCODED_SPAN, (at, last) => report(ep, at, last, i, 'encoded (hex or base64), reversed'));
      });
    }
  }
  const derived: [Projection | null, number, string, (v: KnownValue) => boolean][] = [
    [forms.has('morse') && spelled && passed.morse ? morseRuns(text) : null, MORSE_SPAN, 'in Morse code', (v) => v.spellable],
    [forms.has('nato') && spelled && passed.nato ? natoRuns(text) : null, NATO_SPAN, 'in the spelling alphabet', (v) => v.spellable],
    [forms.has('acrostic') && values.some(acrosticLength) ? acrostic(text, midLine) : null, ACROSTIC_STEP, 'as an acrostic', acrosticLength],
  ];
  for (const [dp, span, form, fits] of derived) {
    if (dp === null) continue;
    values.forEach((v, i) => {
      if (!fits(v)) return;
      search(dp, v.folded, span, (at, last) => report(dp, at, last, i, form));
      if (v.reversed !== null) search(dp, v.reversed, span, (at, last) => report(dp, at, last, i, `${form}, reversed`));
    });
  }
}
