// The injection model: file format, loading, and scoring of a text.
//
// A model is a linear classifier (logistic regression) over the features in features.ts. The file is
// JSON: feature config, rule ids (by feature position), bias, int16-quantised weights with delta+varint
// encoded indices (both base64), a Platt calibration (a, b) mapping the max-window margin to a
// probability, the default threshold chosen on the training side, and training metadata.
//
// Feature values are per window: presence (1 per distinct n-gram; injection-v4) or log counts (older
// models), L2-normalised (features.ts). A raw-term-frequency variant scored from prefix sums (v3) was
// evaluated and withdrawn: see models/MODEL_CARD.md.
//
// Scoring a text: normalise, run the rules once over the whole normalised text, cut it into bounded
// overlapping windows, score each window, take the maximum margin, calibrate, then raise the
// probability when invisible or tag characters were stripped (a smuggling signal the training data
// does not contain, so it is applied outside the learned part), and apply rule floors (chat-template
// control tokens such as <|im_start|> set a minimum score).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { GuardError } from '../../core/errors.ts';
import { extractFeatures, windowsOf, type FeatureConfig, type SparseVec } from './features.ts';
import { windowSums } from './scorer.ts';
import { NORMALIZER_ID, normalizeForInjection } from './normalize.ts';
import { INJECTION_RULES, rawFloor, RULES, type RuleHit, type ScanExtras } from './rules.ts';
import { modelView } from './people.ts';
import { gatePathOf, loadGate, type Gate } from './gate.ts';

export const MODEL_FORMAT = 'llm-boundary.injection-linear';

/** The JSON document stored in models/injection-v1.json. */
export interface ModelFile {
  readonly format: typeof MODEL_FORMAT;
  readonly version: 1;
  readonly name: string;
  readonly normalizer: string;
  readonly features: FeatureConfig;
  /** Rule ids in feature order (feature index (1 << hashBits) + position). */
  readonly rules: readonly string[];
  readonly bias: number;
  readonly weights: {
    readonly count: number;
    /** Quantisation step: weight = int16 value * scale. */
    readonly scale: number;
    /** base64 of unsigned LEB128 varints: index deltas (first delta from 0). */
    readonly indices: string;
    /** base64 of little-endian int16 values. */
    readonly values: string;
  };
  /** Platt scaling: p = sigmoid(a * margin + b). */
  readonly calibration: { readonly a: number; readonly b: number };
  /** Default decision threshold on the calibrated probability. */
  readonly threshold: number;
  /**
   * How the windows of a long text combine (absent: the strongest window alone, as before injection-v4.11).
   * See documentMargin.
   */
  readonly aggregation?: StandOut;
  readonly training: Readonly<Record<string, unknown>>;
}

/**
 * The stand-out rule for long texts: the strongest window's margin, lowered by
 * min(cap, max(0, second + offset)), where `second` is the strongest window that does not overlap it,
 * unless that window is itself at or above the model's threshold. A planted instruction stands out from
 * the document around it; a long benign document whose strongest window crosses the threshold usually
 * has other windows close behind. Bounds: the penalty never exceeds `cap` (padding a document with
 * instruction-like text lowers an instruction's margin by at most that), and a text with two separate
 * windows clearly above the threshold (an instruction repeated, a long jailbreak) is not lowered at all.
 *
 * `ramp` (margin units; absent or 0 in model files before injection-v4.21): the exemption fades in over
 * [guard, guard + ramp] instead of at the guard itself, the penalty shrinking linearly to 0 across it. Without
 * it the rule had a cliff at the threshold: a second window just under it took the whole cap off, one just over
 * it nothing, so a homogeneous benign document (a message catalogue, every window near the threshold) was
 * flagged or not by how the threshold fell, and a retrained model whose threshold moved a little flagged many
 * such documents whose windows had not moved (README, "injection-v4.21").
 */
export interface StandOut {
  readonly kind: 'standout';
  readonly offset: number;
  readonly cap: number;
  readonly ramp?: number;
}

/** Boost (probability of "attack" added multiplicatively to the complement) for hidden characters. */
export const TAG_BOOST = 0.6;
export const INVISIBLE_BOOST_MANY = 0.3; // >= 3 invisible format characters
export const INVISIBLE_BOOST_FEW = 0.1; // 1-2 invisible format characters

/** Result of scoring one text. Carries no text. */
export interface InjectionScore {
  /** Final 0..1 score (calibrated probability, raised by the hidden-character signal and rule floors). */
  readonly score: number;
  /** Calibrated probability before the hidden-character boost. */
  readonly probability: number;
  /** Margin the probability is calibrated from: the strongest window's, less the stand-out penalty. */
  readonly margin: number;
  /** Raw linear margin of the strongest window. */
  readonly windowMargin: number;
  /** Stand-out penalty subtracted from windowMargin (0 for one window, or without the rule). */
  readonly penalty: number;
  /** The strongest window is a paragraph of the text (withParagraphs), not one of the regular windows. */
  readonly paragraph: boolean;
  /** Strongest window, in offsets of the text the model read (the normalised text; people.ts modelView). */
  readonly window: readonly [number, number];
  readonly windows: number;
  /** Indices into INJECTION_RULES of rules that fired in the strongest window. */
  readonly rules: readonly number[];
  /** Indices of rules that fired anywhere in the text. */
  readonly allRules: readonly number[];
  readonly invisible: number;
  readonly tags: number;
  /** Distinct words of reversed English in the normalised text (reversed.ts): read flipped too from REVERSED_MIN on. */
  readonly reversedWords: number;
  /**
   * Paragraphs of a text of several windows too short to be windows of their own (shortParagraphs), in which a rule
   * of an attack's content fired: where each is in the normalised text, and its text, for the detector to score as a
   * text of its own (index.ts fullScore). Empty when scored without paragraphs.
   */
  readonly alone?: ReadonlyArray<{ readonly window: readonly [number, number]; readonly text: string }>;
}

/** A loaded model ready to score. Lifetime: process (cached per path); immutable after load. */
export interface InjectionModel {
  readonly file: ModelFile;
  /** sha256 of the model file bytes (hex), for audit / explanations. */
  readonly sha256: string;
  readonly threshold: number;
  /**
   * Cascade gate calibrated for this model file (gate.ts), or null (every text takes the full model).
   * Loaded from the sibling `<model>.gate.json` when its recorded model hash matches.
   */
  readonly gate: Gate | null;
  /** Score a text; `paragraphs` (default true) adds a long text's paragraph windows (withParagraphs). */
  score(text: string, paragraphs?: boolean): InjectionScore;
  /** Margin of one feature vector (used by training / evaluation). */
  margin(v: SparseVec): number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The margin whose calibrated probability is the model's default threshold (the stand-out rule's guard). */
export function thresholdMargin(file: ModelFile): number {
  return (Math.log(file.threshold / (1 - file.threshold)) - file.calibration.b) / file.calibration.a;
}

/**
 * Margin of a text from its windows' margins (`margins[k]` for `ranges[k]`) under `rule`: the strongest
 * window's, less the stand-out penalty (StandOut). `guard` is the margin at the model's threshold. Windows
 * marked in `paragraph` (withParagraphs) are never read as the strongest window elsewhere (a short
 * paragraph's margin swings further than a full window's, and a heading or a list item elsewhere in the text
 * would lower an instruction's margin by more than the full windows around it do), and are the strongest
 * only with `paragraphBest`; textMargin takes the better of both readings.
 */
export function documentMargin(
  margins: ArrayLike<number>,
  ranges: readonly (readonly [number, number])[],
  rule: StandOut | undefined,
  guard: number,
  paragraph?: ArrayLike<number>,
  paragraphBest = true,
): { best: number; margin: number; penalty: number } {
  const candidate = (k: number): boolean => paragraphBest || paragraph === undefined || paragraph[k] === 0;
  let best = -1; // the first of the strongest candidates; 0 when there is no window
  for (let k = 0; k < margins.length; k++) if (candidate(k) && (best < 0 || margins[k] > margins[best])) best = k;
  if (best < 0) best = 0;
  const top = margins.length > 0 ? margins[best] : -Infinity;
  if (!rule || margins.length < 2) return { best, margin: top, penalty: 0 };
  const [ba, bb] = ranges[best];
  let second = -Infinity;
  for (let k = 0; k < margins.length; k++) {
    const [ra, rb] = ranges[k];
    if ((rb <= ba || ra >= bb) && margins[k] > second && (paragraph === undefined || paragraph[k] === 0)) second = margins[k];
  }
  const ramp = rule.ramp ?? 0;
  if (second === -Infinity || second >= guard + ramp) return { best, margin: top, penalty: 0 };
  let penalty = Math.min(rule.cap, Math.max(0, second + rule.offset));
  if (second > guard) penalty *= (guard + ramp - second) / ramp; // inside the ramp (ramp > 0 here)
  return { best, margin: top - penalty, penalty };
}

/**
 * A text's margin from its windows (documentMargin) where paragraph windows may be the strongest, or from
 * its regular windows alone where that is higher: paragraph windows only ever raise a text's margin (with
 * them the stand-out rule can compare the strongest window with a different window elsewhere, so taking them
 * alone could lower it, and blank lines would be a way to lower a score).
 */
export function textMargin(
  margins: ArrayLike<number>,
  ranges: readonly (readonly [number, number])[],
  rule: StandOut | undefined,
  guard: number,
  paragraph?: ArrayLike<number>,
): { best: number; margin: number; penalty: number } {
  const withParagraphs = documentMargin(margins, ranges, rule, guard, paragraph);
  if (paragraph === undefined) return withParagraphs;
  const regular = documentMargin(margins, ranges, rule, guard, paragraph, false);
  return regular.margin > withParagraphs.margin ? regular : withParagraphs;
}

/** Hidden-character boost applied to a probability. */
export function boostForHidden(p: number, invisible: number, tags: number): number {
  let b = 0;
  if (tags > 0) b = TAG_BOOST;
  else if (invisible >= 3) b = INVISIBLE_BOOST_MANY;
  else if (invisible > 0) b = INVISIBLE_BOOST_FEW;
  return 1 - (1 - p) * (1 - b);
}

/**
 * What the model reads of a normalised text, in training (trainer.ts featurize) and scoring alike: the text without the
 * words that name a person's assistant (people.ts modelView) and its rule hits (positions when it spans more than one
 * window) moved with it; also the reversed words the rule pass counted.
 */
export function modelInput(
  normText: string,
  cfg: FeatureConfig,
  breaks: readonly number[] = [],
): { readonly text: string; readonly hits: readonly RuleHit[]; readonly reversedWords: number; readonly breaks: readonly number[] } {
  const seen: ScanExtras = { reversedWords: 0, assistantStem: false };
  const found = RULES.scan(normText, normText.length > cfg.window, seen);
  const view = modelView(normText, found, seen.assistantStem, breaks);
  return { text: view.text, hits: view.hits, reversedWords: seen.reversedWords, breaks: view.breaks };
}

/**
 * Per-window feature vectors of the text the model reads (modelInput; the training path, which passes no
 * `breaks`). With the text's paragraph breaks, its paragraph windows too (withParagraphs, marked `paragraph`),
 * as score() reads them: the reference the fast scorer is held to.
 */
export function windowVectors(
  text: string,
  hits: readonly RuleHit[],
  cfg: FeatureConfig,
  ruleFeature: (ruleIndex: number) => number,
  breaks: readonly number[] = [],
): Array<{ range: [number, number]; rules: number[]; vec: SparseVec; paragraph: boolean }> {
  const out: Array<{ range: [number, number]; rules: number[]; vec: SparseVec; paragraph: boolean }> = [];
  const { ranges, paragraph } = withParagraphs(windowsOf(text.length, cfg), breaks, text.length);
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k];
    const [a, b] = range;
    const rules: number[] = [];
    for (const h of hits) if (h.start >= a && h.start < b && !rules.includes(h.rule)) rules.push(h.rule);
    const feats: number[] = [];
    for (const r of rules) {
      const f = ruleFeature(r);
      if (f >= 0) feats.push(f);
    }
    out.push({ range, rules, vec: extractFeatures(text, a, b, feats, cfg), paragraph: paragraph !== undefined && paragraph[k] === 1 });
  }
  return out;
}

// ---------- encoding ----------

/** Encode a sparse weight vector (sorted unique indices) into the file representation. */
export function encodeWeights(indices: readonly number[], values: readonly number[]): ModelFile['weights'] {
  let maxAbs = 0;
  for (const v of values) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const bytes: number[] = [];
  let prev = 0;
  for (const i of indices) {
    let d = i - prev;
    prev = i;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
  }
  const q = Buffer.alloc(values.length * 2);
  values.forEach((v, k) => q.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(v / scale))), k * 2));
  return { count: indices.length, scale, indices: Buffer.from(bytes).toString('base64'), values: q.toString('base64') };
}

/** Dense int16 weights (weight = value * scale): half the memory of float32, so fewer cache misses. */
function decodeWeights(w: ModelFile['weights'], dim: number): Int16Array {
  const dense = new Int16Array(dim);
  const ib = Buffer.from(w.indices, 'base64');
  const vb = Buffer.from(w.values, 'base64');
  if (vb.length !== w.count * 2) throw new Error('weights.values length does not match count');
  let pos = 0;
  let idx = 0;
  for (let k = 0; k < w.count; k++) {
    let d = 0;
    let shift = 0;
    for (;;) {
      if (pos >= ib.length) throw new Error('weights.indices truncated');
      const b = ib[pos++];
      d += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
      if (shift > 35) throw new Error('weights.indices varint too long');
    }
    idx += d;
    if (idx >= dim) throw new Error('weight index out of range');
    dense[idx] = vb.readInt16LE(k * 2);
  }
  return dense;
}

// ---------- loading ----------

function validate(doc: unknown): ModelFile {
  const m = doc as Partial<ModelFile> | null;
  const bad = (what: string): never => {
    throw new Error(`invalid injection model: ${what}`);
  };
  if (!m || typeof m !== 'object') bad('not an object');
  if (m!.format !== MODEL_FORMAT || m!.version !== 1) bad('unknown format/version');
  if (m!.normalizer !== NORMALIZER_ID) bad(`normalizer ${String(m!.normalizer)} does not match ${NORMALIZER_ID}; retrain`);
  const f = m!.features;
  if (!f || !Number.isInteger(f.hashBits) || f.hashBits < 8 || f.hashBits > 24) bad('features.hashBits');
  for (const k of ['charNgramMin', 'charNgramMax', 'wordNgramMax', 'ruleCount', 'window', 'stride', 'maxWindows', 'subWindow', 'subStride'] as const) {
    if (!Number.isInteger(f![k]) || (f![k] as number) < 0) bad(`features.${k}`);
  }
  if (f!.cjkGrams !== undefined && f!.cjkGrams !== 0 && f!.cjkGrams !== 1) bad('features.cjkGrams');
  if (f!.values !== undefined && f!.values !== 'log' && f!.values !== 'presence') bad('features.values');
  if (f!.charNgramMin < 1 || f!.charNgramMax < f!.charNgramMin || f!.charNgramMax > 8) bad('features.charNgram*');
  if (f!.window < 16 || f!.stride < 1 || f!.stride > f!.window || f!.maxWindows < 1) bad('window config');
  if (f!.subWindow > 0 && (f!.subStride < 1 || f!.subStride > f!.subWindow)) bad('sub-window config');
  if (f!.longAbove !== undefined && f!.longAbove !== 0) {
    const { longAbove: la, longWindow: lw, longStride: ls } = f!;
    if (!Number.isInteger(la) || !Number.isInteger(lw) || !Number.isInteger(ls) || la! < f!.window || lw! < 16 || lw! > f!.window || ls! < 1 || ls! > lw!) bad('long-text window config');
  }
  if (!Array.isArray(m!.rules) || m!.rules.length !== f!.ruleCount) bad('rules');
  if (typeof m!.bias !== 'number' || !Number.isFinite(m!.bias)) bad('bias');
  const c = m!.calibration;
  if (!c || !Number.isFinite(c.a) || !Number.isFinite(c.b)) bad('calibration');
  if (typeof m!.threshold !== 'number' || !(m!.threshold > 0 && m!.threshold < 1)) bad('threshold');
  const g = m!.aggregation;
  if (g !== undefined && (g === null || g.kind !== 'standout' || !(Number.isFinite(g.offset)) || !(g.cap >= 0 && Number.isFinite(g.cap)) || (g.ramp !== undefined && !(g.ramp >= 0 && Number.isFinite(g.ramp))))) bad('aggregation');
  if (c!.a <= 0) bad('calibration.a must be positive');
  const w = m!.weights;
  if (!w || !Number.isInteger(w.count) || !Number.isFinite(w.scale) || typeof w.indices !== 'string' || typeof w.values !== 'string') bad('weights');
  return m as ModelFile;
}

/** Characters of a paragraph, at least, for it to be scored as a window of its own (a heading is not). */
export const PARAGRAPH_MIN = 40;

/**
 * The windows `ranges` of a text of `len` characters with its paragraphs added (since the sixty-ninth round),
 * in order of start: where the text has several windows, each paragraph between the breaks (normalize.ts
 * `breaks`) of PARAGRAPH_MIN characters or more and shorter than a window is a window of its own. A short
 * instruction in a long document otherwise shares every window with hundreds of characters of the document
 * around it, which dilute its n-grams (the adaptive evaluation's padding, README "Bypass techniques"); as
 * a window of its own it scores about as it would alone. The stand-out rule lets one be the strongest window
 * but not the strongest elsewhere (documentMargin); training reads the regular windows only (windowVectors),
 * so a model file scores as before on every text of one window. The added windows' lengths sum to `len` at
 * most.
 */
export function withParagraphs(
  ranges: Array<[number, number]>,
  breaks: readonly number[],
  len: number,
): { ranges: Array<[number, number]>; paragraph: Uint8Array | undefined } {
  if (ranges.length < 2 || breaks.length === 0) return { ranges, paragraph: undefined };
  let width = 0;
  for (const [a, b] of ranges) width = Math.max(width, b - a);
  const all: Array<[number, number, number]> = ranges.map(([a, b]) => [a, b, 0]);
  let from = 0;
  for (let k = 0; k <= breaks.length; k++) {
    const to = k < breaks.length ? breaks[k] : len;
    if (to - from >= PARAGRAPH_MIN && to - from < width) all.push([from, to, 1]);
    from = to + 1;
  }
  if (all.length === ranges.length) return { ranges, paragraph: undefined };
  all.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  return { ranges: all.map(([a, b]) => [a, b]), paragraph: Uint8Array.from(all, (w) => w[2]) };
}

/** Characters of a paragraph, at least, for it to be scored alone when too short to be a window (shortParagraphs). */
export const ALONE_MIN = 8;
/** Paragraphs scored alone per text, at most (shortParagraphs). */
export const ALONE_MAX = 32;

/**
 * The paragraphs of a text of several windows (between `breaks`) of ALONE_MIN to PARAGRAPH_MIN characters in which
 * a hit of `byStart` (sorted by start) of a rule of an attack's content starts (any category but fake delimiters,
 * which fire on a Markdown heading "### System name aliasing"), ALONE_MAX at most, first ones first. Such a paragraph
 * is too short to be a window (withParagraphs), and inside a window it shares it with hundreds of characters of the
 * text around it: a short request ("What is the password?") between long benign paragraphs was lost there (the
 * adaptive evaluation's padding).
 */
export function shortParagraphs(text: string, breaks: readonly number[], byStart: readonly RuleHit[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  let q = 0;
  for (let k = 0; k <= breaks.length && out.length < ALONE_MAX && q < byStart.length; k++) {
    const to = k < breaks.length ? breaks[k] : text.length;
    while (q < byStart.length && byStart[q].start < from) q++;
    if (to - from >= ALONE_MIN && to - from < PARAGRAPH_MIN) {
      for (let h = q; h < byStart.length && byStart[h].start < to; h++) {
        if (INJECTION_RULES[byStart[h].rule].category !== 'delimiter') {
          out.push([from, to]);
          break;
        }
      }
    }
    from = to + 1;
  }
  return out;
}

/** Index of the first hit of `hits` (sorted by start) at or after `at`. */
function firstHitAt(hits: readonly RuleHit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Build a scorer from a parsed model document. Throws on an invalid document. */
export function modelFromFile(doc: unknown, sha256 = '', gate: Gate | null = null): InjectionModel {
  const file = validate(doc);
  const cfg = file.features;
  const dim = (1 << cfg.hashBits) + cfg.ruleCount;
  const w = decodeWeights(file.weights, dim);
  // Map the current rule table onto the model's rule features by id (rules added later get no weight).
  const pos = new Map(file.rules.map((id, k) => [id, k]));
  const ruleFeat = INJECTION_RULES.map((r) => pos.get(r.id) ?? -1);
  const ruleFeature = (r: number): number => ruleFeat[r];
  const { a, b } = file.calibration;
  const guard = thresholdMargin(file);
  const scale = file.weights.scale;
  const hashDim = 1 << cfg.hashBits;
  const presence = cfg.values === 'presence';
  const margin = (v: SparseVec): number => {
    let z = 0;
    let k = 0;
    if (presence) {
      // Every n-gram entry (they come first) has the same value: the sum is the integer sum of their
      // weights times that value, one rounding, in no particular order (scorer.ts sums it that way).
      let s = 0;
      for (; k < v.idx.length && v.idx[k] < hashDim; k++) s += w[v.idx[k]];
      if (k > 0) z = s * v.val[0];
    }
    for (; k < v.idx.length; k++) z += w[v.idx[k]] * v.val[k];
    return file.bias + z * scale;
  };
  return {
    file,
    sha256,
    threshold: file.threshold,
    gate,
    margin,
    score(text: string, paragraphs = true): InjectionScore {
      const norm = normalizeForInjection(text);
      const view = modelInput(norm.text, cfg, norm.breaks);
      const hits = view.hits;
      // Same windows and per-window rules as windowVectors (training), scored by the fast path in
      // scorer.ts, which equals margin(extractFeatures(...)) bit for bit; a text of several windows has its
      // paragraphs scored as windows too (withParagraphs).
      const { ranges, paragraph } = withParagraphs(windowsOf(view.text.length, cfg), paragraphs ? view.breaks : [], view.text.length);
      // Hits in order of start, each window's found by binary search (a text of one window has its hits all at
      // offset 0, RULES.scan without positions: in order already).
      const byStart = ranges.length > 1 ? hits.slice().sort((x, y) => x.start - y.start) : hits;
      const winRules: number[][] = [];
      const winFeats: number[][] = [];
      for (const [ra, rb] of ranges) {
        const rules: number[] = [];
        for (let q = firstHitAt(byStart, ra); q < byStart.length && byStart[q].start < rb; q++) {
          if (!rules.includes(byStart[q].rule)) rules.push(byStart[q].rule);
        }
        const feats: number[] = [];
        for (const r of rules) {
          const f = ruleFeature(r);
          if (f >= 0) feats.push(f);
        }
        winRules.push(rules);
        winFeats.push(feats);
      }
      const sums = new Float64Array(ranges.length);
      windowSums(view.text, ranges, winFeats, cfg, w, sums);
      for (let k = 0; k < ranges.length; k++) sums[k] = file.bias + sums[k] * scale;
      const doc = textMargin(sums, ranges, file.aggregation, guard, paragraph);
      const best = { range: ranges[doc.best], rules: winRules[doc.best] };
      const probability = sigmoid(a * doc.margin + b);
      const allRules = [...new Set(hits.map((h) => h.rule))].sort((x, y) => x - y);
      const short = paragraphs && ranges.length > 1 && hits.length > 0 ? shortParagraphs(view.text, view.breaks, byStart) : [];
      const alone = short.length === 0 ? NONE : short.map((w) => ({ window: w, text: view.text.slice(w[0], w[1]) }));
      // The floor rules also search the raw text (rawFloor): the rule hits alone miss an e-mail address.
      let floor = rawFloor(text);
      for (const r of allRules) floor = Math.max(floor, INJECTION_RULES[r].floor ?? 0);
      return {
        score: Math.max(boostForHidden(probability, norm.invisible, norm.tags), floor),
        probability,
        margin: doc.margin,
        windowMargin: sums[doc.best],
        penalty: doc.penalty,
        paragraph: paragraph !== undefined && paragraph[doc.best] === 1,
        window: best.range,
        windows: ranges.length,
        rules: best.rules.slice().sort((x, y) => x - y),
        allRules,
        invisible: norm.invisible,
        tags: norm.tags,
        reversedWords: view.reversedWords,
        alone,
      };
    },
  };
}

const NONE: NonNullable<InjectionScore['alone']> = [];

const cache = new Map<string, InjectionModel>();

/** Default model location: models/injection-v1.json at the repository root. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../models/injection-v1.json', import.meta.url));

/**
 * Load (once per absolute path, then cached for the process) and validate a model file.
 * Failure is a GuardError('policy_error'): it surfaces when the policy is compiled, never per request.
 */
export function loadModel(path: string = DEFAULT_MODEL_PATH): InjectionModel {
  const hit = cache.get(path);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new GuardError('policy_error', `injection model not readable: ${path}`, { cause: err });
  }
  let model: InjectionModel;
  try {
    const sha = createHash('sha256').update(bytes).digest('hex');
    model = modelFromFile(JSON.parse(bytes.toString('utf8')), sha, loadGate(gatePathOf(path), sha));
  } catch (err) {
    throw new GuardError('policy_error', `injection model ${path}: ${(err as Error).message}`, { cause: err });
  }
  cache.set(path, model);
  return model;
}
