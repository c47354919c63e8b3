// Training of the cascade gate (gate.ts) on the TRAINING side only.
//
// Default (distill): the gate is a linear regression, by SGD with a fixed seed and order, of the full
// model's margin: every gate window of every training text (token windows; unigram and bigram buckets,
// value count / sqrt(tokens)) is scored by the full model as a text of its own, and the gate learns to
// predict that margin (clipped to [clipLo, clipHi]). The older option (distill: false) is a class-balanced
// logistic regression with one multiple-instance round; on train-side CV it let more benign text through.
// Texts a trigger sends to the full model (non-ASCII, chat-template markers, spaced letters) are left
// out: the gate never scores them.
//
// Threshold: the positives are the training ATTACKS the committed full model flags (scoreText >= its
// threshold); the threshold is the 0.5th percentile of their OUT-OF-FOLD gate margins (folds by split
// group, as in trainer.ts), computed with the same quantised int16 inference as at run time, so >= 99.5%
// of them pass. The shipped weights are the average of the fold models. Held-out data is never read here.
import type { Example } from './dataset.ts';
import { bucketOf, POOLED_BENIGN } from './dataset.ts';
import { mulberry32 } from '../../core/prng.ts';
import { GATE_FORMAT, gateFromFile, gateTokens, type GateFile } from './gate.ts';

export interface GateTrainOptions {
  readonly hashBits: number;
  /** Window in tokens (stride window / 2). */
  readonly window: number;
  readonly epochs: number;
  readonly eta0: number;
  readonly lambda: number;
  readonly seed: number;
  readonly folds: number;
  /** Share of full-model-flagged training texts (out of fold) that must pass. */
  readonly targetPass: number;
  /** Keep weights >= 0 (only attack evidence counts; vocabulary never seen in training scores like silence). */
  readonly nonNegative: boolean;
  /** Regress the full model's window margins (clipped to [clipLo, clipHi]) instead of classifying. */
  readonly distill: boolean;
  readonly clipLo: number;
  readonly clipHi: number;
}

export const DEFAULT_GATE_TRAIN: GateTrainOptions = {
  hashBits: 15,
  window: 32,
  epochs: 12,
  eta0: 0.03,
  lambda: 1e-6,
  seed: 4242,
  folds: 5,
  targetPass: 0.995,
  nonNegative: false,
  distill: true,
  clipLo: -6,
  clipHi: 3,
};

interface Win {
  readonly idx: Int32Array;
  readonly val: Float64Array;
  /** Raw-text span of the window's tokens. */
  readonly from: number;
  readonly to: number;
  /** Distillation target (the full model's margin of the window's text), set by trainGate. */
  target?: number;
}

interface Item {
  readonly ex: Example;
  readonly y: 0 | 1;
  readonly wins: Win[];
}

/** Token windows of a text as sparse vectors, matching gate.ts windowMax (same windows, same values). */
export function gateWindowVectors(text: string, hashBits: number, window: number): Win[] | null {
  const toks: number[] = [];
  const spans: number[] = [];
  const n = gateTokens(text, hashBits, toks, spans);
  if (n < 0) return null;
  if (n === 0) return [];
  const half = window >> 1;
  const ranges: Array<[number, number]> = [];
  const blocks = Math.floor(n / half);
  if (blocks === 0) ranges.push([0, n]);
  else {
    for (let b = 1; b < blocks; b++) ranges.push([(b - 1) * half, (b + 1) * half]);
    if (n % half > 0) ranges.push([(blocks - 1) * half, n]);
    else if (blocks === 1) ranges.push([0, half]);
  }
  return ranges.map(([a, b]) => {
    const counts = new Map<number, number>();
    for (let t = a; t < b; t++) {
      counts.set(toks[2 * t], (counts.get(toks[2 * t]) ?? 0) + 1);
      if (toks[2 * t + 1] >= 0) counts.set(toks[2 * t + 1], (counts.get(toks[2 * t + 1]) ?? 0) + 1);
    }
    const inv = 1 / Math.sqrt(b - a);
    const keys = [...counts.keys()].sort((x, y) => x - y);
    return { idx: Int32Array.from(keys), val: Float64Array.from(keys, (k) => counts.get(k)! * inv), from: spans[2 * a], to: spans[2 * b - 1] };
  });
}

function dot(w: Float64Array, v: Win): number {
  let z = 0;
  for (let k = 0; k < v.idx.length; k++) z += w[v.idx[k]] * v.val[k];
  return z;
}

interface Linear {
  w: Float64Array;
  bias: number;
}

function fitDistill(items: readonly Item[], opt: GateTrainOptions, seed: number): Linear {
  const dim = 1 << opt.hashBits;
  const w = new Float64Array(dim);
  const insts: Win[] = [];
  let mean = 0;
  for (const it of items) for (const v of it.wins) {
    insts.push(v);
    mean += v.target!;
  }
  let bias = insts.length > 0 ? mean / insts.length : 0;
  const rnd = mulberry32(seed);
  let t = 0;
  for (let ep = 0; ep < opt.epochs; ep++) {
    const order = insts.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const v = insts[i];
      const eta = opt.eta0 / (1 + opt.eta0 * opt.lambda * t++);
      const y = Math.min(opt.clipHi, Math.max(opt.clipLo, v.target!));
      const g = bias + dot(w, v) - y;
      for (let k = 0; k < v.idx.length; k++) {
        const j = v.idx[k];
        const x = w[j] - eta * (g * v.val[k] + opt.lambda * w[j]);
        w[j] = opt.nonNegative && x < 0 ? 0 : x;
      }
      bias -= eta * g * 0.01;
    }
  }
  return { w, bias };
}

function fit(items: readonly Item[], opt: GateTrainOptions, seed: number): Linear {
  if (opt.distill) return fitDistill(items, opt, seed);
  const dim = 1 << opt.hashBits;
  const w = new Float64Array(dim);
  let bias = 0;
  const pos = items.filter((it) => it.y === 1).length;
  const neg = items.length - pos;
  const cw = [items.length / (2 * Math.max(1, neg)), items.length / (2 * Math.max(1, pos))];
  const rnd = mulberry32(seed);
  const run = (insts: Array<{ v: Win; y: number; c: number }>): void => {
    let t = 0;
    for (let ep = 0; ep < opt.epochs; ep++) {
      const order = insts.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const i of order) {
        const { v, y, c } = insts[i];
        const eta = opt.eta0 / (1 + opt.eta0 * opt.lambda * t++);
        const z = bias + dot(w, v);
        const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        const g = (p - y) * c;
        for (let k = 0; k < v.idx.length; k++) {
          const j = v.idx[k];
          const x = w[j] - eta * (g * v.val[k] + opt.lambda * w[j]);
          w[j] = opt.nonNegative && x < 0 ? 0 : x;
        }
        bias -= eta * g * 0.1;
      }
    }
  };
  // Round 0: every window of a text carries its label, weighted 1/windows; round 1: positives keep their strongest window.
  const all: Array<{ v: Win; y: number; c: number }> = [];
  for (const it of items) for (const v of it.wins) all.push({ v, y: it.y, c: cw[it.y] / it.wins.length });
  run(all);
  const mil: Array<{ v: Win; y: number; c: number }> = [];
  for (const it of items) {
    if (it.y === 0) for (const v of it.wins) mil.push({ v, y: 0, c: cw[0] / it.wins.length });
    else {
      let best = it.wins[0];
      let bz = -Infinity;
      for (const v of it.wins) {
        const z = dot(w, v);
        if (z > bz) {
          bz = z;
          best = v;
        }
      }
      mil.push({ v: best, y: 1, c: cw[1] });
    }
  }
  run(mil);
  return { w, bias };
}

function toFile(m: Linear, opt: GateTrainOptions, modelSha: string, threshold: number, training: Record<string, unknown>): GateFile {
  let maxAbs = 0;
  for (const x of m.w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const buf = Buffer.alloc(m.w.length * 2);
  for (let i = 0; i < m.w.length; i++) buf.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(m.w[i] / scale))), i * 2);
  return {
    format: GATE_FORMAT,
    version: 1,
    model: modelSha,
    hashBits: opt.hashBits,
    window: opt.window,
    bias: m.bias,
    scale,
    weights: buf.toString('base64'),
    threshold,
    training,
  };
}

export interface GateTrainResult {
  readonly file: GateFile;
  /** Train-side summary (out of fold), for the model card. */
  readonly report: Record<string, unknown>;
  /** Out-of-fold gate margins of the scored training texts, by example id. */
  readonly oof: ReadonlyMap<string, number>;
}

/**
 * Train the gate. `target`: ids of the training attacks the full model flags; `modelSha`: sha256 of the model
 * file the gate belongs to; `teacher`: the full model's margin of a text (distillation target).
 * `alsoReport`: further sets of attack ids whose out-of-fold pass rate goes into the report.
 */
export function trainGate(
  train: readonly Example[],
  target: ReadonlySet<string>,
  modelSha: string,
  opt: GateTrainOptions = DEFAULT_GATE_TRAIN,
  alsoReport: Readonly<Record<string, ReadonlySet<string>>> = {},
  teacher?: (text: string) => number,
): GateTrainResult {
  if (train.some((e) => e.split !== 'train')) throw new Error('trainGate: held-out example passed to training');
  const items: Item[] = [];
  let triggered = 0;
  let triggeredPos = 0;
  for (const ex of train) {
    const y = ex.label === 1 && target.has(ex.id) ? 1 : 0;
    const wins = gateWindowVectors(ex.text, opt.hashBits, opt.window);
    if (wins === null) {
      triggered++;
      if (y === 1) triggeredPos++;
      continue;
    }
    if (wins.length === 0) {
      if (y === 1) throw new Error(`gate: a flagged training text has no tokens (${ex.id})`);
      continue;
    }
    if (opt.distill) {
      if (!teacher) throw new Error('trainGate: distillation needs a teacher');
      for (const v of wins) v.target = teacher(ex.text.slice(v.from, v.to));
    }
    items.push({ ex, y, wins });
  }
  const fold = items.map((it) => bucketOf(`fold:${it.ex.group}`) % opt.folds);
  const models: Linear[] = [];
  const oof = new Float64Array(items.length);
  for (let f = 0; f < opt.folds; f++) {
    const m = fit(items.filter((_, i) => fold[i] !== f), opt, opt.seed + f + 1);
    models.push(m);
    // Out-of-fold margins with the quantised run-time gate.
    const g = gateFromFile(toFile(m, opt, modelSha, 0, {}));
    items.forEach((it, i) => {
      if (fold[i] === f) oof[i] = g.margin(it.ex.text);
    });
  }
  const posM = items.map((it, i) => (it.y === 1 ? oof[i] : NaN)).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const k = Math.floor((1 - opt.targetPass) * posM.length);
  const threshold = posM.length > 0 ? posM[k] : 0;
  const avg: Linear = { w: new Float64Array(1 << opt.hashBits), bias: 0 };
  for (const m of models) {
    for (let i = 0; i < avg.w.length; i++) avg.w[i] += m.w[i] / models.length;
    avg.bias += m.bias / models.length;
  }
  // Train-side pass rates (out of fold; triggered texts always pass).
  const rate = (sel: (it: Item) => boolean): string => {
    const ids = items.map((it, i) => [it, i] as const).filter(([it]) => sel(it));
    if (ids.length === 0) return '-';
    return `${(100 * ids.filter(([, i]) => oof[i] >= threshold).length / ids.length).toFixed(1)}% of ${ids.length}`;
  };
  const flagged = posM.length + triggeredPos;
  const passedFlagged = posM.filter((m) => m >= threshold).length + triggeredPos;
  const report = {
    options: opt,
    trainTexts: train.length,
    triggeredTexts: triggered,
    scoredTexts: items.length,
    fullModelFlagged: flagged,
    flaggedPassRate: `${(100 * passedFlagged / Math.max(1, flagged)).toFixed(2)}% (${passedFlagged}/${flagged}, triggered ones included)`,
    flaggedScoredPassRate: rate((it) => it.y === 1),
    attackPassRate: rate((it) => it.ex.label === 1),
    benignPassRate: rate((it) => it.ex.label === 0),
    pooledBenignPassRate: rate((it) => it.ex.label === 0 && POOLED_BENIGN.includes(it.ex.source)),
    unflaggedPassRate: rate((it) => it.y === 0),
    ...Object.fromEntries(Object.entries(alsoReport).map(([k, set]) => [k, rate((it) => it.ex.label === 1 && set.has(it.ex.id))])),
  };
  return { file: toFile(avg, opt, modelSha, threshold, report), report, oof: new Map(items.map((it, i) => [it.ex.id, oof[i]])) };
}
