// First stage of the injection cascade: a tiny learned gate that decides, per text, whether the full model
// (model.ts: normalisation, RE2 rules, hashed character/word n-grams over windows) needs to run at all.
//
// The gate reads the RAW text in one pass, without normalising or allocating:
//  - Triggers send the text to the full model unconditionally: any non-ASCII code unit other than a few
//    typographic separators (so every invisible / tag / confusable / full-width / non-Latin text takes
//    the full path, unchanged), a chat-template marker (`<|`, `|>`, `[inst]`, `[/inst]`, `<<sys>>`:
//    the rule that sets a score floor), and a run of >= 4 single letters separated by spaces (the
//    normaliser joins those: "i g n o r e").
//  - Otherwise tokens (runs of ASCII letters, digits, '@', '$'; lower-cased; digits and '@' / '$' folded
//    as leetspeak inside tokens that contain a letter) are hashed into 2^hashBits buckets: one unigram
//    and one bigram (with the previous token) per token. Per window of `window` tokens (stride window/2)
//    the gate margin is bias + scale * (sum of int16 weights) / sqrt(tokens), a prediction of the full
//    model's margin (the weights are distilled from it, see gate-trainer.ts). The text passes when the
//    strongest window reaches `threshold`.
// Cost: one pass at roughly 100-140 MB/s on a shared core (the full model: about 6 MB/s); `passes` stops
// at the first window that reaches the threshold. Limit: business prose, code and logs resemble the
// embedded-instruction attacks of the training data closely enough that most such documents pass; the
// gate saves work mainly on short everyday prompts.
// The gate is a learned filter, not a proof: its threshold is chosen on train-side out-of-fold scores
// so that >= 99.5% of the training attacks the full model flags still pass (scripts/train.ts,
// gate-trainer.ts). A text the gate stops gets no finding; a text it passes is scored by the unchanged
// full path, so its score is bit-identical to the ungated detector.
//
// The gate file (models/injection-v1.gate.json next to the model) records the sha256 of the model file
// it was calibrated for; with any other model the gate is not used (every text takes the full path).
import { readFileSync } from 'node:fs';
import { codeUnits } from '../../core/units.ts';

export const GATE_FORMAT = 'llm-boundary.injection-gate';

/** The JSON document stored next to the model (models/injection-v1.gate.json). */
export interface GateFile {
  readonly format: typeof GATE_FORMAT;
  readonly version: 1;
  /** sha256 (hex) of the model file this gate was calibrated against. */
  readonly model: string;
  readonly hashBits: number;
  /** Window length in tokens (stride = window / 2). */
  readonly window: number;
  readonly bias: number;
  /** weight = int16 value * scale. */
  readonly scale: number;
  /** base64 of the dense little-endian int16 weights (2^hashBits of them). */
  readonly weights: string;
  /** A text passes when its strongest window margin is >= threshold. */
  readonly threshold: number;
  readonly training: Readonly<Record<string, unknown>>;
}

/** A loaded gate. Lifetime: process (cached with its model); immutable. */
export interface Gate {
  readonly file: GateFile;
  /** Strongest window margin of a raw text; +Infinity when a trigger forces the full model. */
  margin(text: string): number;
  /** Whether the full model must score this text. */
  passes(text: string): boolean;
}

// ---------- tokenisation (shared by inference and training) ----------

/** Per ASCII code unit: 0 separator, 1 letter (lower-cased value in FOLD), 2 digit, 3 '@' / '$', 4 special (checked for triggers). */
const CLASS = new Uint8Array(128);
/** Leetspeak-folded value of a token character (used when the token contains a letter). */
const FOLD = new Uint8Array(128);
/** Raw (lower-cased, unfolded) value of a token character. */
const RAW = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x61 && c <= 0x7a) {
    CLASS[c] = 1;
    RAW[c] = FOLD[c] = c;
  } else if (c >= 0x41 && c <= 0x5a) {
    CLASS[c] = 1;
    RAW[c] = FOLD[c] = c | 0x20;
  } else if (c >= 0x30 && c <= 0x39) {
    CLASS[c] = 2;
    RAW[c] = FOLD[c] = c;
  }
}
for (const [k, v] of [['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['8', 'b'], ['9', 'g'], ['@', 'a'], ['$', 's']] as const) {
  FOLD[k.charCodeAt(0)] = v.charCodeAt(0);
}
CLASS[0x40] = 3; // @
CLASS[0x24] = 3; // $
RAW[0x40] = 0x40;
RAW[0x24] = 0x24;
CLASS[0x7c] = 4; // |
CLASS[0x5b] = 4; // [
CLASS[0x3c] = 4; // <

/** Non-ASCII code units treated as separators (typographic punctuation the normaliser also treats as non-word). */
function isTypographic(c: number): boolean {
  return c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2022 || c === 0x2026;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Case-insensitive ASCII literal (lower-case `lit`) at text[i]. */
function litAt(text: string, i: number, lit: string): boolean {
  if (i + lit.length > text.length) return false;
  for (let k = 0; k < lit.length; k++) {
    const c = text.charCodeAt(i + k);
    const l = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
    if (l !== lit.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether the special character at text[i] starts a chat-template marker. */
function markerAt(text: string, i: number, c: number): boolean {
  if (c === 0x7c) return (i > 0 && text.charCodeAt(i - 1) === 0x3c) || (i + 1 < text.length && text.charCodeAt(i + 1) === 0x3e);
  if (c === 0x5b) return litAt(text, i + 1, 'inst') || litAt(text, i + 1, '/inst');
  return litAt(text, i + 1, '<sys') || litAt(text, i + 1, '</sys'); // '<' of '<<sys>>' / '<</sys>>'
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function uniBucket(h: number, shift: number): number {
  return Math.imul(h, 0x9e3779b1) >>> shift;
}

function biBucket(prev: number, h: number, shift: number): number {
  return Math.imul(prev ^ Math.imul(h, 0x85ebca6b) ^ 0x27d4eb2f, 0x9e3779b1) >>> shift;
}

/**
 * Token feature stream of a raw text: for token t, buckets out[2t] (unigram) and out[2t + 1] (bigram with
 * the previous token, -1 for the first). Returns the token count, or -1 when a trigger fired (the text
 * must take the full model). Training uses this; inference (`gateMargin`) inlines the same loop.
 */
export function gateTokens(text: string, hashBits: number, out: number[], spans?: number[]): number {
  const shift = 32 - hashBits;
  out.length = 0;
  if (spans) spans.length = 0;
  let n = 0;
  let start = 0;
  let inTok = false;
  let hr = 0;
  let hf = 0;
  let letter = false;
  let len = 0;
  let prevH = 0;
  let singles = 0; // consecutive single-letter tokens separated by whitespace only
  let sepSpaceOnly = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const k = c < 0x80 ? CLASS[c] : isTypographic(c) ? 0 : 5;
    if (k === 5) return -1;
    if (k >= 1 && k <= 3) {
      if (!inTok) {
        inTok = true;
        hr = hf = FNV_OFFSET;
        letter = false;
        len = 0;
        start = i;
      }
      hr = Math.imul(hr ^ RAW[c], FNV_PRIME);
      hf = Math.imul(hf ^ FOLD[c], FNV_PRIME);
      if (k === 1) letter = true;
      len++;
      continue;
    }
    if (k === 4 && markerAt(text, i, c)) return -1;
    if (inTok) {
      inTok = false;
      const h = letter ? hf : hr;
      out.push(uniBucket(h, shift), n > 0 ? biBucket(prevH, h, shift) : -1);
      if (spans) spans.push(start, i);
      prevH = h;
      n++;
      if (len === 1 && letter) {
        singles = sepSpaceOnly ? singles + 1 : 1;
        if (singles >= 4) return -1;
      } else singles = 0;
      sepSpaceOnly = true;
    }
    if (!isSpaceCode(c)) sepSpaceOnly = false;
  }
  return n;
}

/**
 * Strongest window score (sum of weights / sqrt(tokens), before bias and scale) of a token stream whose
 * per-token weight sums are given by `tokenSum(t)`. Windows: `window` tokens, stride window / 2, the last
 * window ending at the last token; a text shorter than a window is one window. Shared by training.
 */
export function windowMax(n: number, window: number, tokenSum: (t: number) => number): number {
  if (n === 0) return 0;
  const half = window >> 1;
  let best = -Infinity;
  let prevSum = 0;
  let prevN = 0;
  let cur = 0;
  let curN = 0;
  let blocks = 0;
  for (let t = 0; t < n; t++) {
    cur += tokenSum(t);
    curN++;
    if (curN === half) {
      if (blocks > 0) best = Math.max(best, (prevSum + cur) / Math.sqrt(prevN + curN));
      prevSum = cur;
      prevN = curN;
      cur = 0;
      curN = 0;
      blocks++;
    }
  }
  if (blocks === 0) return cur / Math.sqrt(curN);
  if (curN > 0) best = Math.max(best, (prevSum + cur) / Math.sqrt(prevN + curN));
  else if (blocks === 1) best = prevSum / Math.sqrt(prevN);
  return best;
}

/** Dense int16 weights from the file's base64. */
export function decodeGateWeights(file: GateFile): Int16Array {
  const buf = Buffer.from(file.weights, 'base64');
  const dim = 1 << file.hashBits;
  if (buf.length !== dim * 2) throw new Error('gate weights length does not match hashBits');
  const w = new Int16Array(dim);
  for (let i = 0; i < dim; i++) w[i] = buf.readInt16LE(i * 2);
  return w;
}

function validateGate(doc: unknown): GateFile {
  const g = doc as Partial<GateFile> | null;
  const bad = (what: string): never => {
    throw new Error(`invalid injection gate: ${what}`);
  };
  if (!g || typeof g !== 'object' || g.format !== GATE_FORMAT || g.version !== 1) bad('unknown format/version');
  if (typeof g!.model !== 'string' || !/^[0-9a-f]{64}$/.test(g!.model)) bad('model');
  if (!Number.isInteger(g!.hashBits) || g!.hashBits! < 8 || g!.hashBits! > 24) bad('hashBits');
  if (!Number.isInteger(g!.window) || g!.window! < 2 || g!.window! % 2 !== 0) bad('window');
  for (const k of ['bias', 'scale', 'threshold'] as const) if (typeof g![k] !== 'number' || !Number.isFinite(g![k])) bad(k);
  if (!(g!.scale! > 0)) bad('scale');
  if (typeof g!.weights !== 'string') bad('weights');
  return g as GateFile;
}

/** Build a gate from a parsed gate document. Throws on an invalid document. */
export function gateFromFile(doc: unknown): Gate {
  const file = validateGate(doc);
  const w = decodeGateWeights(file);
  const shift = 32 - file.hashBits;
  const half = file.window >> 1;
  const { bias, scale, threshold } = file;
  // Inference: the loop of gateTokens fused with windowMax, over integer weight sums (exact in float64).
  // With `stopAt`, returns as soon as a window reaches it (the strongest window can only be higher), so a
  // text that passes costs only the scan up to its first passing window.
  const scan = (text: string, stopAt: number): number => {
    let n = 0;
    let inTok = false;
    let hr = 0;
    let hf = 0;
    let letter = false;
    let len = 0;
    let prevH = 0;
    let singles = 0;
    let sepSpaceOnly = true;
    let best = -Infinity;
    let prevSum = 0;
    let prevN = 0;
    let cur = 0;
    let curN = 0;
    let blocks = 0;
    const end = text.length;
    const u = codeUnits(text);
    for (let i = 0; i <= end; i++) {
      const c = i < end ? u[i] : 0x20;
      const k = c < 0x80 ? CLASS[c] : isTypographic(c) ? 0 : 5;
      if (k === 5) return Infinity;
      if (k >= 1 && k <= 3) {
        if (!inTok) {
          inTok = true;
          hr = hf = FNV_OFFSET;
          letter = false;
          len = 0;
        }
        hr = Math.imul(hr ^ RAW[c], FNV_PRIME);
        hf = Math.imul(hf ^ FOLD[c], FNV_PRIME);
        if (k === 1) letter = true;
        len++;
        continue;
      }
      if (k === 4 && markerAt(text, i, c)) return Infinity;
      if (inTok) {
        inTok = false;
        const h = letter ? hf : hr;
        cur += w[uniBucket(h, shift)];
        if (n > 0) cur += w[biBucket(prevH, h, shift)];
        prevH = h;
        n++;
        curN++;
        if (curN === half) {
          if (blocks > 0) {
            const s = (prevSum + cur) / Math.sqrt(prevN + curN);
            if (s > best) {
              best = s;
              if (bias + scale * s >= stopAt) return bias + scale * s;
            }
          }
          prevSum = cur;
          prevN = curN;
          cur = 0;
          curN = 0;
          blocks++;
        }
        if (len === 1 && letter) {
          singles = sepSpaceOnly ? singles + 1 : 1;
          if (singles >= 4) return Infinity;
        } else singles = 0;
        sepSpaceOnly = true;
      }
      if (c !== 0x20 && !(c >= 0x09 && c <= 0x0d)) sepSpaceOnly = false;
    }
    let s: number;
    if (n === 0) s = 0;
    else if (blocks === 0) s = cur / Math.sqrt(curN);
    else if (curN > 0) s = Math.max(best, (prevSum + cur) / Math.sqrt(prevN + curN));
    else s = blocks === 1 ? prevSum / Math.sqrt(prevN) : best;
    return bias + scale * s;
  };
  return {
    file,
    margin: (text: string): number => scan(text, Infinity),
    passes: (text: string): boolean => scan(text, threshold) >= threshold,
  };
}

/** Gate margin computed through the training path (gateTokens + windowMax): equal to Gate.margin. */
export function referenceGateMargin(file: GateFile, weights: Int16Array, text: string): number {
  const toks: number[] = [];
  const n = gateTokens(text, file.hashBits, toks);
  if (n < 0) return Infinity;
  const s = windowMax(n, file.window, (t) => weights[toks[2 * t]] + (toks[2 * t + 1] >= 0 ? weights[toks[2 * t + 1]] : 0));
  return file.bias + file.scale * s;
}

/**
 * Load the gate stored at `path` for the model with file hash `modelSha256`. Returns null when there is no
 * gate file or it was calibrated for another model (the detector then runs the full model on every text).
 * An unreadable or invalid gate file is an error (surfaces at policy load).
 */
export function loadGate(path: string, modelSha256: string): Gate | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const gate = gateFromFile(JSON.parse(bytes.toString('utf8')));
  return gate.file.model === modelSha256 ? gate : null;
}

/** Gate file path of a model file: `x.json` -> `x.gate.json`. */
export function gatePathOf(modelPath: string): string {
  return modelPath.endsWith('.json') ? modelPath.slice(0, -5) + '.gate.json' : modelPath + '.gate.json';
}

// ---------- encoded payloads ----------

/**
 * Whether the shared decoder (src/detectors/normalize.ts) could find an encoded span in an ASCII text.
 * A superset of its candidate shapes, checked on the raw text: its candidates are base64 / base64url runs
 * of >= 20 characters that mix upper and lower case (digits and '@' '$' '!' may become lower-case letters
 * through its leetspeak folding, so they count as lower case here and extend runs), hex runs of >= 20
 * digits ('@' may fold to 'a'), hex pairs separated by ' ' or ':', base32 runs of >= 16 upper-case letters
 * and digits 2-7, string escapes ('\x', '\u'), '%xx' escapes, and rot13 markers. A false "yes" only costs
 * time (the decoder runs); test/detectors/injection-gate.test.ts checks that "no" means the decoder returns
 * no span.
 */
export function mayDecode(text: string): boolean {
  let run = 0;
  let upper = false;
  let lowerish = false;
  let hexRun = 0;
  let groups = 0; // consecutive separated hex groups of "hh" (see SRC_HEX's third shape)
  let b32Run = 0; // consecutive base32 characters (upper-case letters, 2-7)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 || c === 0x5c) return true; // '%' (url escapes) or '\' ('\x' escapes): let the decoder decide
    if (c === 0x26 && i + 1 < text.length && text.charCodeAt(i + 1) === 0x23) return true; // '&#': a character reference
    const lc = c | 0x20;
    const isUpper = c >= 0x41 && c <= 0x5a;
    const isLower = c >= 0x61 && c <= 0x7a;
    const isDigit = c >= 0x30 && c <= 0x39;
    // rot13 markers: r, o|0, t|7, optional '-' or ' ', "13"
    if (lc === 0x72 && i + 4 < text.length) {
      const o = text.charCodeAt(i + 1) | 0x20;
      const t = text.charCodeAt(i + 2) | 0x20;
      if ((o === 0x6f || o === 0x30) && (t === 0x74 || t === 0x37)) {
        let d = i + 3;
        const sep = text.charCodeAt(d);
        if (sep === 0x2d || sep === 0x20) d++;
        if (text.charCodeAt(d) === 0x31 && text.charCodeAt(d + 1) === 0x33) return true;
      }
    }
    if (isUpper || (c >= 0x32 && c <= 0x37)) {
      if (++b32Run >= 16) return true;
    } else b32Run = 0;
    const b64 = isUpper || isLower || isDigit || c === 0x2b || c === 0x2f || c === 0x5f || c === 0x2d;
    if (b64 || c === 0x40 || c === 0x24 || c === 0x21 || c === 0x7c) {
      if (run === 0) {
        upper = false;
        lowerish = false;
      }
      run++;
      if (isUpper) upper = true;
      else if (isLower || isDigit || !b64) lowerish = true;
      if (run >= 20 && upper && lowerish) return true;
    } else run = 0;
    const hex = isDigit || (lc >= 0x61 && lc <= 0x66 && (isUpper || isLower)) || c === 0x40;
    if (hex) {
      if (++hexRun >= 20) return true;
      if (hexRun === 2 && groups >= 5) return true;
    } else {
      if (c === 0x20 || c === 0x3a) groups = hexRun === 2 ? groups + 1 : hexRun > 2 ? 1 : 0;
      else groups = 0;
      hexRun = 0;
    }
  }
  return false;
}
