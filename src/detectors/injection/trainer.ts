// Training of the injection classifier: L2-regularised logistic regression (NB-scaled features) fitted by
// SGD over window feature vectors (features.ts) in k folds; Platt calibration and threshold selection on
// the out-of-fold scores of the TRAINING side only; the shipped weights are the average of the k fold
// models. Deterministic: fixed seed, fixed example order, no clocks, no randomness
// outside the seeded PRNG; the same data and options give a byte-identical model file.
// Used by scripts/train.ts and tests; never at request time.
import { DEFAULT_FEATURES, type FeatureConfig, type SparseVec } from './features.ts';
import { bucketOf, HANDWRITTEN_ATTACK_SOURCES, POOLED_BENIGN, type Example } from './dataset.ts';
import { encodeWeights, MODEL_FORMAT, modelInput, sigmoid, windowVectors, type ModelFile, type StandOut } from './model.ts';
import { NORMALIZER_ID, normalizeForInjection } from './normalize.ts';
import { INJECTION_RULES } from './rules.ts';
import { mulberry32 } from '../../core/prng.ts';

/** Training hyper-parameters. Recorded in the model file. */
export interface TrainOptions {
  readonly seed: number;
  readonly epochs: number;
  /** L2 regularisation strength (per instance). */
  readonly lambda: number;
  /** Initial learning rate (decays as eta0 / (1 + lambda * eta0 * t)). */
  readonly eta0: number;
  /** Hashed features seen in fewer training documents than this are dropped (less memorisation, smaller file). */
  readonly minDf: number;
  /** Cross-validation folds used for calibration and threshold. */
  readonly folds: number;
  /** Target false-positive rate on the pooled benign training set for the default threshold. */
  readonly targetFpr: number;
  /** Weights with |w| below this fraction of max |w| are pruned from the file. */
  readonly prune: number;
  /**
   * Multiple-instance refinement rounds: after a fit, each attack document keeps only its highest-
   * scoring window (the one that carries the attack) and the model is refitted. Benign documents keep
   * every window. Matches the max-over-windows decision rule used at scoring time.
   */
  readonly milRounds: number;
  /**
   * NB-LR (Wang & Manning 2012): scale each feature by its smoothed log-count ratio between classes
   * before fitting, then fold the ratio back into the weight. 0 = plain logistic regression; the value
   * is the additive smoothing alpha.
   */
  readonly nbAlpha: number;
  /**
   * Extra weight of benign documents relative to the balanced class weight (1 = balanced). Above 1 the
   * fit cares more about the highest-scoring benign texts, which set the low-FPR threshold. Absent = 1.
   */
  readonly negWeight?: number;
  /** Weight of a project-written attack relative to a public one (HANDWRITTEN_ATTACK_SOURCES). Absent = 1. */
  readonly projectAttackWeight?: number;
  /**
   * Tail averaging: the fit returns the mean of the end-of-epoch weights over this fraction of the last epochs
   * (0.5: the second half) instead of the last iterate. The step size hardly decays within a fit (eta0 / (1 + lambda
   * eta0 t) stays above eta0 / 2), so the last iterate is one point of a noisy walk and the threshold moved by up to
   * 0.03 with the shuffling seed alone. Absent or 0 = the last iterate.
   */
  readonly tailAverage?: number;
  /**
   * Weight of a CyberSecEval system prompt (benign, source cse_system) by the number of training "system+user" attacks
   * that open with it, raised to this power: count ** systemWeight (at least 1). Absent or 0 = 1 (the shipped models).
   * A system prompt is one benign example however many of the combined attacks carry it: one Hindi prompt ("follow the
   * user's instructions to answer questions about the submitted content") opens 48 of them, and its out-of-fold score was
   * 0.975. Tried in the sixty-eighth round and not kept (models/MODEL_CARD.md, "Tried in the sixty-eighth round"): train-side CV recall at
   * 1% FPR rose (77.55% -> 78.83% with 1), but the threshold fell with the system prompts' scores, so this machine's files
   * were denied more often, and at equal benign counts the never-trained families found no more attacks.
   */
  readonly systemWeight?: number;
}

/**
 * The scoring rule written into the model file for long texts (model.ts documentMargin), since
 * injection-v4.11. Chosen on whole real documents with and without a planted instruction (README,
 * "Long documents"); training itself still scores a text by its strongest window (the out-of-fold margins
 * that Platt scaling and the threshold are fitted on: the pooled benign set is short texts, where the two
 * rules agree). The ramp since injection-v4.21 (0.6 margin units, about the threshold's probability to 0.8; chosen on
 * this machine's files read as tool results and the long-document tests, see StandOut).
 */
export const DEFAULT_AGGREGATION: StandOut = { kind: 'standout', offset: 2, cap: 2, ramp: 0.6 };

export const DEFAULT_TRAIN: TrainOptions = {
  seed: 1337,
  epochs: 20,
  lambda: 1e-6,
  eta0: 0.5,
  minDf: 2,
  folds: 5,
  targetFpr: 0.01,
  prune: 0.002,
  milRounds: 1,
  nbAlpha: 0.03,
  // 1.15 since injection-v4.10 (with the planted documents' twins; 1 kept the attack families below v4.9's
  // counts, 1.25 flagged one more held-out secret-keeping system prompt than the bound allows).
  projectAttackWeight: 1.15,
  // Since injection-v4.30: the mean of the end-of-epoch weights over the last 10 of the 20 epochs. With it, three SGD
  // seeds put the threshold at 0.7061 / 0.7038 / 0.6978 on a candidate's data of this round (v4.28's data without it:
  // 0.7211 / 0.7528 / 0.7377).
  tailAverage: 0.5,
};

/** An example turned into window vectors. */
export interface Featurized {
  readonly ex: Example;
  readonly windows: readonly SparseVec[];
}

export function featurize(examples: readonly Example[], cfg: FeatureConfig): Featurized[] {
  return examples.map((ex) => {
    const input = modelInput(normalizeForInjection(ex.text).text, cfg);
    return { ex, windows: windowVectors(input.text, input.hits, cfg, (r) => r).map((w) => w.vec) };
  });
}


export interface LinearModel {
  readonly w: Float64Array;
  readonly bias: number;
}

/** Fit logistic regression on the windows of `data` (all windows of a document carry its label). */
export function fitLogistic(data: readonly Featurized[], cfg: FeatureConfig, opt: TrainOptions): LinearModel {
  let m = fitOnce(data, cfg, opt);
  for (let r = 0; r < opt.milRounds; r++) {
    const focused: Featurized[] = data.map((d) => {
      if (d.ex.label === 0 || d.windows.length === 1) return d;
      let best = d.windows[0];
      let bz = -Infinity;
      for (const w of d.windows) {
        const z = marginOf(m, [w]);
        if (z > bz) ((bz = z), (best = w));
      }
      return { ex: d.ex, windows: [best] };
    });
    m = fitOnce(focused, cfg, { ...opt, seed: opt.seed + 101 * (r + 1) });
  }
  return m;
}

/** The weight of each CyberSecEval system prompt in `data`: the number of the data's system+user attacks it opens, ** power. */
export function systemOpenings(data: readonly Featurized[], power: number): Map<Featurized, number> {
  const out = new Map<Featurized, number>();
  if (power === 0) return out;
  const systems = data.filter((d) => d.ex.source === 'cse_system');
  const combos = data.filter((d) => d.ex.source === 'cse_en_combo' || d.ex.source === 'cse_ml_combo').map((d) => d.ex.text);
  for (const d of systems) {
    const head = `${d.ex.text}\n\n`;
    let n = 0;
    for (const t of combos) if (t.startsWith(head)) n++;
    out.set(d, Math.max(1, n) ** power);
  }
  return out;
}

function fitOnce(data: readonly Featurized[], cfg: FeatureConfig, opt: TrainOptions): LinearModel {
  const dim = (1 << cfg.hashBits) + cfg.ruleCount;
  // Document frequency filter on hashed features (rule features always kept).
  const df = new Uint16Array(1 << cfg.hashBits);
  for (const d of data) {
    const seen = new Set<number>();
    for (const v of d.windows) for (const i of v.idx) if (i < df.length) seen.add(i);
    for (const i of seen) if (df[i] < 65535) df[i]++;
  }
  const allowed = (i: number): boolean => i >= df.length || df[i] >= opt.minDf;
  // Instances: one per window, weight = class balance / window count.
  let npos = 0;
  let nneg = 0;
  for (const d of data) d.ex.label === 1 ? npos++ : nneg++;
  const wpos = npos > 0 ? (npos + nneg) / (2 * npos) : 1;
  const wneg = (nneg > 0 ? (npos + nneg) / (2 * nneg) : 1) * (opt.negWeight ?? 1);
  const inst: { v: SparseVec; y: number; c: number }[] = [];
  const opens = systemOpenings(data, opt.systemWeight ?? 0);
  for (const d of data) {
    const c = ((d.ex.label === 1 ? wpos : wneg) * (HANDWRITTEN_ATTACK_SOURCES.includes(d.ex.source) ? (opt.projectAttackWeight ?? 1) : 1) * (opens.get(d) ?? 1)) / d.windows.length;
    for (const v of d.windows) {
      // Drop disallowed features once, up front.
      let m = 0;
      for (const i of v.idx) if (allowed(i)) m++;
      const idx = new Int32Array(m);
      const val = new Float32Array(m);
      let k = 0;
      for (let j = 0; j < v.idx.length; j++) if (allowed(v.idx[j])) ((idx[k] = v.idx[j]), (val[k] = v.val[j]), k++);
      inst.push({ v: { idx, val }, y: d.ex.label, c });
    }
  }
  // NB log-count ratios (weighted presence counts per class), folded into the weights after fitting.
  const r = new Float64Array(dim).fill(1);
  if (opt.nbAlpha > 0) {
    const p = new Float64Array(dim);
    const q = new Float64Array(dim);
    let sp = 0;
    let sq = 0;
    for (const { v: x, y, c } of inst) {
      const dst = y === 1 ? p : q;
      for (let k = 0; k < x.idx.length; k++) dst[x.idx[k]] += c;
      if (y === 1) sp += c * x.idx.length;
      else sq += c * x.idx.length;
    }
    const a = opt.nbAlpha;
    for (let i = 0; i < dim; i++) {
      if (p[i] === 0 && q[i] === 0) continue;
      r[i] = Math.abs(Math.log(((p[i] + a) / (sp + a * dim)) / ((q[i] + a) / (sq + a * dim))));
    }
    for (const { v: x } of inst) for (let k = 0; k < x.idx.length; k++) x.val[k] *= r[x.idx[k]];
  }
  const v = new Float64Array(dim); // w = scale * v
  let scale = 1;
  let bias = 0;
  let t = 0;
  const rand = mulberry32(opt.seed);
  const order = inst.map((_, i) => i);
  const tailEpochs = Math.min(opt.epochs, Math.ceil(opt.epochs * (opt.tailAverage ?? 0)));
  const sum = tailEpochs > 0 ? new Float64Array(dim) : undefined;
  let biasSum = 0;
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    for (const o of order) {
      const { v: x, y, c } = inst[o];
      const eta = opt.eta0 / (1 + opt.lambda * opt.eta0 * t);
      t++;
      let dot = 0;
      for (let k = 0; k < x.idx.length; k++) dot += v[x.idx[k]] * x.val[k];
      const z = bias + scale * dot;
      const g = c * (sigmoid(z) - y);
      scale *= 1 - eta * opt.lambda;
      const step = (eta * g) / scale;
      for (let k = 0; k < x.idx.length; k++) v[x.idx[k]] -= step * x.val[k];
      bias -= eta * g * 0.1;
      if (scale < 1e-6) {
        for (let k = 0; k < dim; k++) v[k] *= scale;
        scale = 1;
      }
    }
    if (sum !== undefined && epoch >= opt.epochs - tailEpochs) {
      for (let k = 0; k < dim; k++) sum[k] += scale * v[k];
      biasSum += bias;
    }
  }
  if (sum !== undefined) {
    for (let k = 0; k < dim; k++) sum[k] *= r[k] / tailEpochs;
    return { w: sum, bias: biasSum / tailEpochs };
  }
  for (let k = 0; k < dim; k++) v[k] *= scale * r[k];
  return { w: v, bias };
}

function averageModels(ms: readonly LinearModel[]): LinearModel {
  const w = new Float64Array(ms[0].w.length);
  let bias = 0;
  for (const m of ms) {
    for (let i = 0; i < w.length; i++) w[i] += m.w[i] / ms.length;
    bias += m.bias / ms.length;
  }
  return { w, bias };
}

export function marginOf(m: LinearModel, windows: readonly SparseVec[]): number {
  let best = -Infinity;
  for (const x of windows) {
    let z = m.bias;
    for (let k = 0; k < x.idx.length; k++) z += m.w[x.idx[k]] * x.val[k];
    if (z > best) best = z;
  }
  return best;
}

/** Fit Platt scaling p = sigmoid(a*m + b) by Newton's method on (margin, label) pairs. */
export function fitPlatt(margins: readonly number[], labels: readonly number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const npos = labels.filter((y) => y === 1).length;
  const nneg = labels.length - npos;
  // Platt's smoothed targets avoid infinite slopes on separable data.
  const tpos = (npos + 1) / (npos + 2);
  const tneg = 1 / (nneg + 2);
  for (let it = 0; it < 100; it++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    for (let i = 0; i < margins.length; i++) {
      const p = sigmoid(a * margins[i] + b);
      const tt = labels[i] === 1 ? tpos : tneg;
      const d = p - tt;
      const w = Math.max(p * (1 - p), 1e-12);
      ga += d * margins[i];
      gb += d;
      haa += w * margins[i] * margins[i];
      hab += w * margins[i];
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-18) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/** Smallest threshold with FPR <= target on `benign` scores (midpoint to the next score above). */
export function thresholdAtFpr(benign: readonly number[], target: number): number {
  const s = [...benign].sort((x, y) => y - x);
  const allowed = Math.floor(target * s.length);
  if (s.length === 0) return 0.5;
  if (allowed >= s.length) return Math.min(s[s.length - 1], 0.5);
  const above = allowed > 0 ? s[allowed - 1] : Math.min(1, s[0] + 1e-6);
  const t = (s[allowed] + above) / 2;
  return Math.min(Math.max(t, 1e-6), 1 - 1e-9);
}

export interface TrainResult {
  readonly model: ModelFile;
  /** Out-of-fold calibrated scores of the training examples (by example id). */
  readonly oof: ReadonlyMap<string, number>;
}

/**
 * Train on `train` (all must be split === 'train'): k-fold CV for out-of-fold margins, Platt
 * calibration and threshold on those; the model is the average of the fold models.
 */
export function trainModel(
  train: readonly Example[],
  meta: Record<string, unknown>,
  opt: TrainOptions = DEFAULT_TRAIN,
  features: Omit<FeatureConfig, 'ruleCount'> = DEFAULT_FEATURES,
): TrainResult {
  if (train.some((e) => e.split !== 'train')) throw new Error('trainModel: held-out example passed to training');
  const cfg: FeatureConfig = { ...features, ruleCount: INJECTION_RULES.length };
  const data = featurize(train, cfg);
  const fold = data.map((d) => bucketOf(`fold:${d.ex.group}`) % opt.folds);
  const margins = new Float64Array(data.length);
  const foldModels: LinearModel[] = [];
  for (let f = 0; f < opt.folds; f++) {
    const m = fitLogistic(data.filter((_, i) => fold[i] !== f), cfg, { ...opt, seed: opt.seed + f + 1 });
    foldModels.push(m);
    data.forEach((d, i) => {
      if (fold[i] === f) margins[i] = marginOf(m, d.windows);
    });
  }
  const labels = data.map((d) => d.ex.label);
  const cal = fitPlatt([...margins], labels);
  const oof = new Map<string, number>();
  const pooled: number[] = [];
  data.forEach((d, i) => {
    const p = sigmoid(cal.a * margins[i] + cal.b);
    oof.set(d.ex.id, p);
    if (d.ex.label === 0 && POOLED_BENIGN.includes(d.ex.source)) pooled.push(p);
  });
  const threshold = thresholdAtFpr(pooled, opt.targetFpr);
  // The shipped model is the average of the fold models (a CV ensemble; linear, so averaging weights
  // averages margins). Its scores behave like the out-of-fold scores the calibration and threshold were
  // fitted on, which a refit on all data (more confident on everything) would not.
  const final = averageModels(foldModels);
  let maxAbs = 0;
  for (const x of final.w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < final.w.length; i++) {
    if (Math.abs(final.w[i]) >= opt.prune * maxAbs && final.w[i] !== 0) {
      idx.push(i);
      val.push(final.w[i]);
    }
  }
  const model: ModelFile = {
    format: MODEL_FORMAT,
    version: 1,
    name: 'injection-v4.30',
    normalizer: NORMALIZER_ID,
    features: cfg,
    rules: INJECTION_RULES.map((r) => r.id),
    bias: final.bias,
    weights: encodeWeights(idx, val),
    calibration: cal,
    threshold,
    aggregation: DEFAULT_AGGREGATION,
    training: { ...meta, options: opt, trainExamples: data.length, pooledBenignTrain: pooled.length },
  };
  return { model, oof };
}
