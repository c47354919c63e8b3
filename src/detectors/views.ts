// Scanning through normalisation: run a detector core on the original text, on its normalised copy
// (when normalisation changed anything) and on each decoded span, and return findings in ORIGINAL
// offsets. A finding in the normalised copy is mapped back through the offset map; a finding inside
// decoded text covers the characters its bytes were read from (DecodedSpan.toOriginal: base64's groups of
// four, hex pairs, eight-bit groups, %xx escapes, Morse codes; rot13 in place), or the whole encoded span
// (tag characters): that is what must be redacted. The core is told which
// views are decoded spans: those start a text of their own (the others start where `text` does).
//
// Near changes only. Outside the ranges normalisation changed, the normalised copy IS the original
// text, so scanning both in full reads most of a text twice: one ellipsis or no-break space in an
// answer used to double the PII and secrets scan. With `original: 'near_changes'` a changed text is
// scanned in full once, as its normalised copy, and the original only in windows around its changes
// (ORIGINAL_MARGIN code units each side, widened so that no run of non-whitespace is cut): that is
// where the two readings can differ (a date that a folded ligature glues to the next word, a JWT after
// a full-width digit). A window's findings are kept only when they start and end at least CUT_EDGE
// units inside the window's cut edges (a finding cut by the window is the normalised copy's to
// report). When the windows would cover half of the text or more, the original is scanned whole, as
// before. What this can lose, in principle: a reading of the original that differs from the
// normalised copy's more than ORIGINAL_MARGIN units away from every change (a regex's leftmost-first
// match sequence shifted along a long run of adjacent matches, a name the person recogniser repeats
// from elsewhere in the text), or one longer than the margin that spans whitespace; the normalised
// copy's own reading of that text is still reported. test/detectors/views.test.ts holds the two modes
// to the same findings on texts with scattered changes, test/formats/stream-hold.test.ts streamed
// output to whole-text output.
//
// JSON-unescaped views (jsonUnescaped, scanJsonViews; used by the secrets detector): a text holding JSON
// string escapes is also read with them unescaped, one and two levels deep, near what unescaping changed.
import type { Finding } from '../core/types.ts';
import { isAscii } from '../core/regex.ts';
import { hexValue } from '../core/units.ts';
import { PIECE_BYTES, mayChange, normalize, normalizedIfKnown, type NormalizeOptions } from './normalize.ts';
import { dedupe } from './recognizer.ts';

export interface ViewOptions {
  /** Scan the normalised copy (default true). */
  readonly normalize: boolean;
  /** Scan decoded base64/hex/%xx/rot13/tag spans (default true). */
  readonly decode: boolean;
  /**
   * Longest encoded span decoded whole (longer runs are read in pieces, `pieces`; without pieces the rot13
   * view reads this much, with them the whole text); bounds the streaming hold-back contribution of decoding.
   */
  readonly maxDecodeSpan: number;
  /**
   * How much of the original a changed text is scanned for (the normalised copy is always scanned
   * whole): 'whole', or 'near_changes' (windows around what normalisation changed; see above).
   */
  readonly original: 'whole' | 'near_changes';
  /** Read encoded runs longer than maxDecodeSpan in overlapping pieces (normalize.ts `pieces`; default true). */
  readonly pieces: boolean;
}

export const DEFAULT_VIEW_OPTIONS: ViewOptions = { normalize: true, decode: true, maxDecodeSpan: 512, original: 'whole', pieces: true };

/** Code units of original text scanned on each side of a changed range ('near_changes'). */
export const ORIGINAL_MARGIN = 256;
/**
 * Distance a kept finding keeps from a window's cut edge: the left context detectors read (PII context
 * words up to 48 units before an entity, secret keywords ~32; the stream engine's CONTEXT is 64) and
 * room for an entity the cut shortened.
 */
export const CUT_EDGE = 64;

/**
 * The normaliser's options for these view options (shared with system_prompt_echo, for its memo hits);
 * `rot13`: the text is read as rot13 whether or not it names it (DetectionContext.rot13). Numbers written
 * in words are read as digits too (normalize.ts numberWordsCopy: a card or phone number a model was told
 * to write out).
 */
export function normalizeOptions(opts: ViewOptions, rot13 = false): NormalizeOptions {
  return { decode: opts.decode, maxDecodeSpan: opts.maxDecodeSpan, pieces: opts.pieces ? PIECE_BYTES : 0, rot13, numberWords: true };
}

/**
 * The DECODE_LIMIT finding (the injection detector's type) of `detector` when decoding's budget ran out
 * on `text` (normalize.ts decode_budget: encoded spans were left unread, so what they say is unknown), else
 * null. Read after scanViews(text, …, opts): the normalisation is then memoised.
 */
export function decodeLimit(detector: string, text: string, opts: ViewOptions, rot13 = false): Finding | null {
  if (!opts.decode) return null;
  const n = normalize(text, normalizeOptions(opts, rot13));
  if (n.signals.decode_budget === 0) return null;
  return { detector, type: 'DECODE_LIMIT', start: 0, end: text.length, score: 1, explanation: `decode budget spent: ${n.decoded.length} payloads read, later encoded spans unread` };
}

/** `rot13`: read the text as rot13 too (DetectionContext.rot13). */
export function scanViews(text: string, core: (t: string, decoded: boolean) => Finding[], opts: ViewOptions = DEFAULT_VIEW_OPTIONS, rot13 = false): Finding[] {
  if (!opts.normalize && !opts.decode) return core(text, false);
  const nopts = normalizeOptions(opts, rot13);
  // A text normalisation cannot change is scanned first, so that a core which primes the decode gate
  // from its own set pass (recognizer.ts primeDecode, secrets/rule.ts) spares normalize() that pass.
  // (Another detector of the set may have normalised this text already: then its answer is known.)
  const nearChanges = opts.normalize && opts.original === 'near_changes' && !isAscii(text) &&
    (normalizedIfKnown(text, nopts)?.changed ?? mayChange(text));
  let direct: Finding[] | null = nearChanges ? null : core(text, false);
  const n = normalize(text, nopts);
  if (!n.changed && n.decoded.length === 0) return direct ?? core(text, false); // (a spent budget decoded something)
  const changes = n.changes();
  direct ??= n.changed ? originalNearChanges(text, changes, core) : core(text, false);
  const all = direct.slice();
  if (opts.normalize && n.changed) {
    for (const f of core(n.text, false)) {
      const [start, end] = n.toOriginal(f.start, f.end);
      if (end > start) all.push(touchesChange(changes, start, end) ? { ...f, start, end, explanation: `${f.explanation}; normalised` } : { ...f, start, end });
    }
  }
  if (opts.decode) {
    for (const d of n.decoded) {
      for (const f of core(d.text, true)) {
        const [start, end] = d.toOriginal === undefined ? [d.start, d.end] : d.toOriginal(f.start, f.end);
        all.push({ ...f, start, end, explanation: `${f.explanation}; decoded ${d.encoding}` });
      }
    }
  }
  return mergeSameType(all);
}

/** Whether [start, end) meets one of the ascending [a, b) pairs of `changes`. */
function touchesChange(changes: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = changes.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[2 * mid + 1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < changes.length >> 1 && changes[2 * lo] < end;
}

/**
 * The windows of the original around its changed ranges, merged when they overlap or nearly meet
 * (flat [a, b) pairs), or null when they would cover half of the text or more. A window's margin
 * never ends inside a run of non-whitespace: it is widened to the run's ends, so a token that starts
 * next to a change and is longer than the margin (a JWT after a full-width digit, which only the
 * original reads as one) is read whole, and CUT_EDGE more is read beyond it. Linear: the changes are
 * ascending, so are the points whose runs are looked up, and each lookup scans only text no earlier
 * lookup scanned (a run already known answers at once).
 */
export function originalWindows(text: string, changes: readonly number[]): number[] | null {
  const length = text.length;
  const out: number[] = [];
  let covered = 0;
  // runEnd memo: the last point asked and its answer (> the point when it lay inside a run).
  let endAsked = -1;
  let endFound = -1;
  // runStart memo, likewise.
  let startAsked = -1;
  let startFound = -1;
  for (let i = 0; i < changes.length; i += 2) {
    const p = Math.max(0, changes[i] - ORIGINAL_MARGIN);
    let s = p;
    while (s > 0 && s > startAsked && inRun(text, s)) s--;
    if (s === startAsked && s > 0 && inRun(text, s)) s = startFound;
    startAsked = p;
    startFound = s;
    const q = Math.min(length, changes[i + 1] + ORIGINAL_MARGIN);
    let e = q;
    if (q < endFound && q > endAsked) e = endFound;
    else while (e < length && inRun(text, e)) e++;
    endAsked = q;
    endFound = e;
    const a = Math.max(0, s - CUT_EDGE);
    const b = Math.min(length, e + CUT_EDGE);
    const last = out.length - 1;
    if (last > 0 && a <= out[last] + 2 * CUT_EDGE) {
      if (b > out[last]) {
        covered += b - out[last];
        out[last] = b;
      }
    } else {
      out.push(a, b);
      covered += b - a;
    }
    if (2 * covered >= length) return null;
  }
  return out;
}

/** Whether position `i` (0 < i < length) lies inside a run of non-whitespace (cutting there splits it). */
function inRun(text: string, i: number): boolean {
  return !isSpace(text.charCodeAt(i - 1)) && !isSpace(text.charCodeAt(i));
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function originalNearChanges(text: string, changes: readonly number[], core: (t: string, decoded: boolean) => Finding[]): Finding[] {
  const windows = originalWindows(text, changes);
  if (windows === null) return core(text, false);
  const out: Finding[] = [];
  for (let i = 0; i < windows.length; i += 2) {
    const a = windows[i];
    const b = windows[i + 1];
    const lo = a === 0 ? 0 : a + CUT_EDGE;
    const hi = b === text.length ? b : b - CUT_EDGE;
    for (const f of core(text.slice(a, b), false)) {
      const start = f.start + a;
      const end = f.end + a;
      if (start >= lo && end <= hi) out.push(a === 0 ? f : { ...f, start, end });
    }
  }
  return out;
}

/**
 * Merge overlapping findings of the same type into one finding over their union, keeping the
 * explanation of the best-scoring one. The original text may only yield part of an entity (an
 * invisible character cut it short) while the normalised copy yields all of it; the union keeps
 * every byte of the entity inside the finding.
 */
export function mergeSameType(findings: Finding[]): Finding[] {
  const sorted = dedupe(findings);
  const out: Finding[] = [];
  const lastByType = new Map<string, number>();
  for (const f of sorted) {
    const i = lastByType.get(f.type);
    const prev = i === undefined ? undefined : out[i];
    if (prev !== undefined && i !== undefined && f.start < prev.end) {
      const best = f.score > prev.score ? f : prev;
      out[i] = { ...best, start: prev.start, end: Math.max(prev.end, f.end), score: Math.max(prev.score, f.score) };
      continue;
    }
    lastByType.set(f.type, out.length);
    out.push(f);
  }
  return out;
}

/**
 * A JSON-unescaped reading of a text: the escapes of JSON strings (`\"`, `\\`, `\/`, `\n` and the other
 * control escapes, `\uXXXX`) replaced by the characters they stand for, and a map back. A tool result
 * or an answer that embeds JSON inside a JSON string carries `{\"api_key\":\"sk-…\"}`, a PEM block with
 * `\\n` line breaks or a URL with `\u002F` slashes: rules written for the plain text (a quote or a line
 * break after the key name, a slash in the scheme) read the unescaped copy. Anything that is not a
 * valid escape is copied as it is.
 */
export interface JsonView {
  readonly text: string;
  /** The view's ranges that unescaping produced (ascending, disjoint [a, b) pairs, as Normalized.changes()). */
  readonly changes: readonly number[];
  /** Original offsets of a view range [start, end). */
  toOriginal(start: number, end: number): [number, number];
}

/** Whether `text` holds a JSON string escape (the cheap test that comes before building a view). */
export function hasJsonEscape(text: string): boolean {
  for (let i = text.indexOf('\\'); i >= 0 && i < text.length - 1; i = text.indexOf('\\', i + 2)) {
    if (escapeLength(text, i) > 0) return true;
  }
  return false;
}

/** Length of the JSON escape at `i` (a backslash), or 0 when there is none. */
function escapeLength(text: string, i: number): number {
  switch (text.charCodeAt(i + 1)) {
    case 34: case 92: case 47: case 98: case 102: case 110: case 114: case 116: // " \ / b f n r t
      return 2;
    case 117: // u
      for (let k = 2; k < 6; k++) if (hexValue(text.charCodeAt(i + k)) < 0) return 0;
      return 6;
    default:
      return 0;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** One level of JSON unescaping of `text`, or null when it holds no escape. */
export function jsonUnescaped(text: string): JsonView | null {
  let i = text.indexOf('\\');
  if (i < 0) return null;
  const parts: string[] = [];
  // map[j]: where view unit j starts in `text`; map[view.length] = text.length.
  const map = new Int32Array(text.length + 1);
  let j = 0;
  let copied = 0; // text[copied, i) is still to copy
  let any = false;
  const changes: number[] = [];
  while (i >= 0) {
    const n = escapeLength(text, i);
    if (n === 0) {
      i = text.indexOf('\\', i + 1);
      continue;
    }
    any = true;
    for (let k = copied; k < i; k++) map[j++] = k;
    parts.push(text.slice(copied, i));
    if (n === 2) parts.push(SIMPLE_ESCAPES[text[i + 1]]);
    else {
      let code = 0;
      for (let k = 2; k < 6; k++) code = code * 16 + hexValue(text.charCodeAt(i + k));
      parts.push(String.fromCharCode(code));
    }
    if (changes.length > 0 && changes[changes.length - 1] === j) changes[changes.length - 1] = j + 1;
    else changes.push(j, j + 1);
    map[j++] = i;
    copied = i + n;
    i = text.indexOf('\\', copied);
  }
  if (!any) return null;
  for (let k = copied; k < text.length; k++) map[j++] = k;
  parts.push(text.slice(copied));
  map[j] = text.length;
  const view = parts.join('');
  return { text: view, changes, toOriginal: (start, end) => [map[start], map[end]] };
}

/** Levels of JSON escaping read (a JSON string inside a JSON string inside the text). */
const JSON_VIEW_LEVELS = 2;

/**
 * Run `core` over the JSON-unescaped readings of `text` (one level, and two when the first still holds
 * escapes) and return its findings in `text`'s offsets, marked "; json-unescaped". Nothing is built for
 * a text without a JSON escape. Like the original under 'near_changes', a view is read only in windows
 * around its unescaped characters (whole when they would cover half of it or more, as in escaped JSON):
 * elsewhere it is the text itself, which the caller scans anyway, so a code answer with a few `\n` in
 * its string literals pays for little more than the unescaping.
 */
export function scanJsonViews(text: string, core: (t: string) => Finding[]): Finding[] {
  if (!hasJsonEscape(text)) return [];
  const out: Finding[] = [];
  let view: JsonView | null = null;
  let toText = (s: number, e: number): [number, number] => [s, e];
  let current = text;
  for (let level = 1; level <= JSON_VIEW_LEVELS; level++) {
    if (level > 1 && !hasJsonEscape(current)) break;
    view = jsonUnescaped(current);
    if (view === null) break;
    const v = view;
    const outer = toText;
    toText = (s, e) => {
      const [a, b] = v.toOriginal(s, e);
      return outer(a, b);
    };
    for (const f of originalNearChanges(v.text, v.changes, (t) => core(t))) {
      const [start, end] = toText(f.start, f.end);
      if (end > start) out.push({ ...f, start, end, explanation: `${f.explanation}; json-unescaped` });
    }
    current = v.text;
  }
  return out;
}
