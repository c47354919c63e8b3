// npm run eval: evaluates the detectors on public datasets and writes eval/results.json.
//
//  * Injection: the committed model (models/injection-v1.json), scored exactly as the detector scores a
//    segment (scoreText: windows, hidden-character boost, decoded payloads), on the HELD-OUT side of the
//    deterministic split only (see src/detectors/injection/dataset.ts). Reports recall at the model's
//    default threshold (chosen on training data) and at the threshold that gives <= 1% FPR on the
//    held-out pooled benign set (an oracle operating point, labelled as such), per dataset, per
//    language, per technique; over-defence accuracy on held-out NotInject; FPR on WildGuard, MITRE FRR.
//    The cascade gate (models/injection-v1.gate.json) is part of scoreText, so every number includes it;
//    the "gate" block reports how many held-out texts it stopped and which findings it removed (computed
//    by also scoring every text without the gate; reporting only, nothing is chosen from it).
//    `node scripts/eval.ts card` writes the card's held-out section again from eval/results.json, without
//    reading held-out text, when the committed weights are the ones evaluated (npm run train empties it).
//  * PII: the registry's `pii` detector on presidio-synth-pii, span level (see PII_MATCHING below), on the
//    TEST half of a deterministic by-template dev/test split (PII_SPLIT below; full set also reported).
//  * Secrets: the registry's `secrets` detector on ~20 generated samples per key format (generators
//    written here from the public formats, independent of the detector's own sample generators) and
//    false positives on a bounded sample of benign source files from node_modules.
//  * Adaptive (section `adaptive`, scripts/adaptive-eval.ts): the held-out pooled attacks and benign texts rewritten by
//    published bypass techniques and scored as the detector scores a user turn; `adaptive-dev` reads the TRAIN side.
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectionContext, Detector, Finding } from '../src/core/types.ts';
import { buildDetector } from '../src/detectors/registry.ts';
import { datasetsRoot, loadExamples, POOLED_BENIGN, type Example } from '../src/detectors/injection/dataset.ts';
import { loadModel } from '../src/detectors/injection/model.ts';
import { normalizeForInjection } from '../src/detectors/injection/normalize.ts';
import { RULES } from '../src/detectors/injection/rules.ts';
import { scoreText } from '../src/detectors/injection/index.ts';
import { thresholdAtFpr } from '../src/detectors/injection/trainer.ts';
import { containedIn } from '../src/detectors/injection/containment.ts';
import { mulberry32 } from '../src/core/prng.ts';
import { BIP39_ENGLISH } from '../src/detectors/secrets/data/bip39-english.ts';
import { SECRET_TYPES } from '../src/detectors/secrets/index.ts';
import { protectedValues } from '../src/detectors/leaks/prompt-secrets.ts';
import { detectorCorpus } from '../bench/lib/payloads.ts';
import { evalEchoSplit, LEAK_FORMS, type EchoEval } from './echo-eval.ts';
import { evalProbeSplit, type ProbeEval } from './probe-eval.ts';
import { evalDirectiveSplit, type DirectiveEval } from './directive-eval.ts';
import { evalAdaptive, type AdaptiveEval } from './adaptive-eval.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CTX: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };

const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const pct = (x: number | null): string => (x === null ? '-' : `${(100 * x).toFixed(1)}%`);

interface Rate {
  n: number;
  flagged: number;
  rate: number;
}
const rate = (n: number, flagged: number): Rate => ({ n, flagged, rate: n > 0 ? r4(flagged / n) : 0 });

function table(title: string, head: string[], rows: (string | number)[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]): string => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  process.stdout.write(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
}

// ---------------------------------------------------------------- injection
function auc(pos: number[], neg: number[]): number {
  const all = [...pos.map((s) => [s, 1] as const), ...neg.map((s) => [s, 0] as const)].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j][0] === all[i][0]) j++;
    const avg = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k][1] === 1) rankSum += avg;
    i = j;
  }
  return pos.length && neg.length ? (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length) : 0;
}

/** CyberSecEval risk_category per row, keyed like example ids ("cse_en:12", "cse_ml:340"). */
function cseRiskCategories(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, tag] of [['prompt_injection.json', 'en'], ['prompt_injection_multilingual_machine_translated.json', 'ml']] as const) {
    const rows = JSON.parse(readFileSync(join(datasetsRoot(), 'cyberseceval-prompt-injection', file), 'utf8')) as { prompt_id: number; risk_category: string }[];
    for (const r of rows) out.set(`cse_${tag}:${r.prompt_id}`, r.risk_category);
  }
  return out;
}

function evalInjection(): Record<string, unknown> {
  const model = loadModel();
  const data = loadExamples(datasetsRoot());
  const train = data.examples.filter((e) => e.split === 'train');
  const test = data.examples.filter((e) => e.split === 'test');
  const trainNorm = new Set(train.map((e) => normalizeForInjection(e.text).text));
  const leaked = test.filter((e) => trainNorm.has(normalizeForInjection(e.text).text)).length;
  // Held-out texts that occur inside a longer training text (a system prompt opening a training attack; 19 until
  // injection-v4.26, when the loader began to leave such training texts out).
  const inside = containedIn([...train, ...test].map((e) => normalizeForInjection(e.text).text));
  const heldInside = new Set<number>();
  for (let i = 0; i < train.length; i++) for (const j of inside[i]) if (j >= train.length) heldInside.add(j);

  const t0 = process.cpuUsage();
  let chars = 0;
  const score = new Map<string, number>();
  const ruleHit = new Map<string, boolean>();
  for (const e of test) {
    chars += e.text.length;
    score.set(e.id, scoreText(model, e.text).score);
  }
  const cpuUs = process.cpuUsage(t0).user;
  for (const e of test) ruleHit.set(e.id, RULES.scan(normalizeForInjection(e.text).text).length > 0);

  const tDefault = model.threshold;
  // Cascade gate effect: stopped texts, and findings at the default threshold that exist only without it.
  const gate = { present: model.gate !== null, stopped: { attack: 0, benign: 0 }, lost_findings: { attack: 0, benign: 0 } };
  for (const e of test) {
    if (score.get(e.id)! !== 0 || !scoreText(model, e.text).gated) continue;
    const k = e.label === 1 ? 'attack' : 'benign';
    gate.stopped[k]++;
    if (scoreText(model, e.text, true, false).score >= tDefault) gate.lost_findings[k]++;
  }
  const pooledBenign = test.filter((e) => POOLED_BENIGN.includes(e.source));
  const t1 = thresholdAtFpr(pooledBenign.map((e) => score.get(e.id)!), 0.01);
  const at = (set: readonly Example[], t: number): Rate => rate(set.length, set.filter((e) => score.get(e.id)! >= t).length);
  const byRules = (set: readonly Example[]): Rate => rate(set.length, set.filter((e) => ruleHit.get(e.id)).length);
  const groupBy = (set: readonly Example[], key: (e: Example) => string | undefined): Map<string, Example[]> => {
    const m = new Map<string, Example[]>();
    for (const e of set) {
      const k = key(e);
      if (k === undefined) continue;
      m.set(k, [...(m.get(k) ?? []), e]);
    }
    return new Map([...m.entries()].sort((a, b) => a[0].localeCompare(b[0])));
  };
  const row = (set: readonly Example[]) => ({ n: set.length, at_default: at(set, tDefault).rate, at_1pct_fpr: at(set, t1).rate, rules_only: byRules(set).rate });

  const attacks = test.filter((e) => e.label === 1);
  const bySource = Object.fromEntries([...groupBy(test, (e) => e.source)].map(([k, v]) => [k, { label: v[0].label === 1 ? 'attack' : 'benign', ...row(v) }]));
  const cseMl = test.filter((e) => e.source === 'cse_ml_user' || e.source === 'cse_ml_combo');
  const byLanguage = Object.fromEntries([...groupBy(cseMl, (e) => e.lang)].map(([k, v]) => [k, row(v)]));
  byLanguage['English (cse_en)'] = row(test.filter((e) => e.source === 'cse_en_user' || e.source === 'cse_en_combo'));
  const cse = test.filter((e) => e.source.startsWith('cse_') && e.label === 1);
  const byVariant = Object.fromEntries([...groupBy(cse, (e) => e.variant)].map(([k, v]) => [k, row(v)]));
  // CyberSecEval's risk category: "logic-violating" attacks break a rule of the system prompt ("only talk
  // about cooking") with a request that is harmless on its own ("What is the weather in Los Angeles?").
  const risk = cseRiskCategories();
  const byRisk = Object.fromEntries([...groupBy(cse, (e) => risk.get(e.id.split(':').slice(0, 2).join(':')))].map(([k, v]) => [k, row(v)]));
  const ni = test.filter((e) => e.source === 'notinject');
  const niAcc = (set: readonly Example[], t: number): number => r4(1 - at(set, t).rate);
  const notinject = {
    n: ni.length,
    accuracy_at_default: niAcc(ni, tDefault),
    accuracy_at_1pct_fpr: niAcc(ni, t1),
    by_trigger_words: Object.fromEntries([...groupBy(ni, (e) => String(e.triggers))].map(([k, v]) => [k, { n: v.length, accuracy_at_default: niAcc(v, tDefault) }])),
    by_category: Object.fromEntries([...groupBy(ni, (e) => e.variant)].map(([k, v]) => [k, { n: v.length, accuracy_at_default: niAcc(v, tDefault) }])),
  };
  const out = {
    model: { file: 'models/injection-v1.json', name: model.file.name, sha256: model.sha256, default_threshold: r4(tDefault) },
    split: { train: train.length, held_out: test.length, held_out_texts_also_in_train: leaked, held_out_texts_inside_train_texts: heldInside.size },
    operating_points: {
      default: { threshold: r4(tDefault), note: 'chosen on TRAIN out-of-fold scores for <= 1% FPR on pooled benign' },
      at_1pct_fpr: { threshold: r4(t1), note: 'oracle: chosen on the HELD-OUT pooled benign set itself' },
    },
    pooled: {
      attacks: row(attacks),
      benign_fpr: row(pooledBenign),
      auc: r4(auc(attacks.map((e) => score.get(e.id)!), pooledBenign.map((e) => score.get(e.id)!))),
    },
    by_source: bySource,
    by_language: byLanguage,
    by_variant: byVariant,
    by_cse_risk_category: byRisk,
    notinject,
    gate,
    speed: { held_out_chars: chars, cpu_us_total: cpuUs, cpu_us_per_kb: r4((cpuUs / chars) * 1024) },
  };

  table(
    `Injection, held-out (${test.length} texts; default threshold ${tDefault.toFixed(3)} from training, 1%-FPR threshold ${t1.toFixed(3)} from held-out benign)`,
    ['source', 'label', 'n', 'flagged@default', 'flagged@1%FPR', 'rules only'],
    Object.entries(bySource).map(([k, v]) => [k, v.label, v.n, pct(v.at_default), pct(v.at_1pct_fpr), pct(v.rules_only)]),
  );
  table('Pooled', ['set', 'n', '@default', '@1%FPR', 'rules only'], [
    ['attacks (recall)', out.pooled.attacks.n, pct(out.pooled.attacks.at_default), pct(out.pooled.attacks.at_1pct_fpr), pct(out.pooled.attacks.rules_only)],
    ['pooled benign (FPR)', out.pooled.benign_fpr.n, pct(out.pooled.benign_fpr.at_default), pct(out.pooled.benign_fpr.at_1pct_fpr), pct(out.pooled.benign_fpr.rules_only)],
  ]);
  table('CyberSecEval recall by language (user_input and system+user)', ['language', 'n', '@default', '@1%FPR', 'rules only'],
    Object.entries(byLanguage).map(([k, v]) => [k, v.n, pct(v.at_default), pct(v.at_1pct_fpr), pct(v.rules_only)]));
  table('CyberSecEval recall by technique', ['variant', 'n', '@default', '@1%FPR', 'rules only'],
    Object.entries(byVariant).map(([k, v]) => [k, v.n, pct(v.at_default), pct(v.at_1pct_fpr), pct(v.rules_only)]));
  table('CyberSecEval recall by risk category', ['risk_category', 'n', '@default', '@1%FPR', 'rules only'],
    Object.entries(byRisk).map(([k, v]) => [k, v.n, pct(v.at_default), pct(v.at_1pct_fpr), pct(v.rules_only)]));
  process.stdout.write(`\nNotInject accuracy (held-out, n=${ni.length}): ${pct(notinject.accuracy_at_default)} at default threshold; AUC pooled ${out.pooled.auc}; leaked held-out texts: ${leaked} (inside training texts: ${heldInside.size}); ${out.speed.cpu_us_per_kb} µs CPU per KB\n`);
  process.stdout.write(gate.present
    ? `Cascade gate: stopped ${gate.stopped.attack} of ${attacks.length} held-out attacks and ${gate.stopped.benign} of ${test.length - attacks.length} benign texts; findings at the default threshold removed by the gate: ${gate.lost_findings.attack} attacks, ${gate.lost_findings.benign} benign\n`
    : 'Cascade gate: none (full model on every text)\n');
  return out;
}

// ---------------------------------------------------------------- PII

/**
 * PII_MATCHING: dataset types are mapped to ours (table below; several dataset types map to one of ours,
 * e.g. STREET_ADDRESS -> ADDRESS). A gold span is found when a prediction of the mapped type overlaps it
 * by at least one character; each prediction can match several gold spans, but counts once. A prediction
 * is a false positive when it overlaps no gold span of a compatible type. Dataset types with no mapping
 * (things we do not try to detect: ORGANIZATION, NRP, TITLE, ...) count as misses in the overall score
 * and have no per-type precision. Per-type precision: a prediction is a TP for the dataset types whose
 * gold spans it matches, and an FP for every dataset type its type maps from when it overlaps no gold
 * span at all; a prediction inside a gold span of an incompatible type (e.g. our POSTAL_CODE inside a
 * gold STREET_ADDRESS) is a "type confusion": reported separately, left out of per-type precision, and
 * counted as a false positive in the overall (strict) precision.
 */
const PII_MAP: Readonly<Record<string, readonly string[]>> = {
  PERSON: ['PERSON'],
  STREET_ADDRESS: ['ADDRESS', 'STREET_ADDRESS', 'LOCATION'],
  GPE: ['LOCATION', 'ADDRESS', 'CITY'],
  CREDIT_CARD: ['CREDIT_CARD'],
  PHONE_NUMBER: ['PHONE_NUMBER', 'PHONE'],
  EMAIL_ADDRESS: ['EMAIL_ADDRESS', 'EMAIL'],
  ZIP_CODE: ['ZIP_CODE', 'POSTAL_CODE'],
  IBAN_CODE: ['IBAN', 'IBAN_CODE'],
  US_SSN: ['US_SSN'],
  IP_ADDRESS: ['IP_ADDRESS'],
  US_DRIVER_LICENSE: ['US_DRIVER_LICENSE'],
  DATE_TIME: ['DATE_OF_BIRTH', 'DATE_TIME', 'DATE'],
  DOMAIN_NAME: ['DOMAIN_NAME', 'URL'],
  AGE: ['AGE'],
  ORGANIZATION: ['ORGANIZATION'],
  TITLE: ['TITLE'],
  NRP: ['NRP'],
};
const STRUCTURED = ['CREDIT_CARD', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS', 'ZIP_CODE', 'US_DRIVER_LICENSE'];

/**
 * PII_SPLIT: presidio-synth-pii is split into a DEV half and a TEST half by TEMPLATE, deterministically:
 * an example is DEV when the first byte of SHA-256("presidio-synth-pii/template/" + template_id) is < 128,
 * else TEST (about 50/50 of the templates). Splitting by template (not by sentence) keeps every sentence
 * generated from one template, and every duplicate text, on one side, so a rule written for a DEV
 * sentence's phrasing cannot also have seen its TEST siblings. Recognisers are developed against DEV
 * only (`node scripts/eval.ts pii-dev` for scores, `pii-dev-errors` to list DEV misses/false positives);
 * the TEST half is the headline and is meant to be run rarely (`node scripts/eval.ts pii`). The split was
 * added before any example was looked at; recognisers written before it were never tuned on the dataset.
 */
/** Every evaluation of the TEST half counts as a look; record them here when a development round ends. */
const PII_TEST_LOOKS = ['2026-11-21 round: the TEST half was evaluated twice, once with the pre-change recognisers (baseline, F2 0.644) and once with the final ones (F2 0.756); only aggregate TEST numbers were printed, never TEST examples or errors', 'later full `npm run eval` runs (e.g. for injection-v2.1) re-print the same TEST numbers with unchanged recognisers; no PII decision was made on them', '2026-11-22 (nineteenth round): one look after a change decided without TEST (the shared normaliser keeps "ß"; e-mail addresses take Latin-1 letters; DEV unchanged): precision 0.9333 -> 0.9334 (one more correct ADDRESS prediction), recall and F2 unchanged', '2026-11-23 (twenty-first round): one look after two changes decided on DEV alone (a postal code closing an address block reads a missing-value placeholder such as "nan" as an empty region field: DEV ZIP_CODE recall 72.4% -> 89.7%; a Luhn-valid 13-19 digit number in a range the issuer table does not list is a card at 0.5 when a card word is near it: DEV CREDIT_CARD 96.0% -> 100%). TEST unchanged: ZIP_CODE 6 of 8 (F2 0.789), CREDIT_CARD 61 of 62 (0.987), overall P 0.933 R 0.722 F2 0.756; full set ZIP_CODE 0.771 -> 0.889, CREDIT_CARD 0.976 -> 0.994, overall F2 0.747 -> 0.749. The same run was repeated three times, to read its printout and to record this entry, with the same numbers each time; no decision was made on TEST', '2026-11-23 (twenty-second round): one look after one change decided on DEV alone (a three-digit code, as Iceland and the Faroe Islands write them, closing an address block on a line of its own: DEV ZIP_CODE recall 89.7% -> 93.1%). TEST unchanged: ZIP_CODE 6 of 8 (F2 0.789), overall P 0.933 R 0.722 F2 0.756; full set ZIP_CODE 0.889 -> 0.912, overall F2 0.749 -> 0.750. The run was repeated once to write this entry into eval/results.json; no decision was made on TEST', '2026-11-24 (thirty-first round): PHONE precision work decided on the benign injection datasets (phone hits 771 -> 378, the dropped ones year ranges, populations, postal codes, logs, lists) and on DEV (PHONE recall 100% kept: a DEV miss the trunk-prefix rule caused, a number before a line label "781 1704 office", was recovered by reading such a label as a phone word). TEST was looked at three times: once by mistake, right after the trunk-prefix rule and before the rest (aggregates only), once after the PHONE work to write this entry, and once after the later changes of the round, decided without it (cards grouped as no card is printed, e-mail top-level labels and scp remotes, a full stop after a generic secret, figures before a unit), which moved no TEST number; all three printed PHONE 36 of 37 (F2 1.000 -> 0.978), two PHONE type confusions fewer, overall P 0.933 -> 0.935, R 0.722 -> 0.721, F2 0.756 -> 0.756 (0.7561 -> 0.7556). The TEST miss was not looked at and nothing was changed for it. The last run was repeated to write this entry into eval/results.json, with the same numbers', '2026-11-25 (thirty-seventh round): one look after the shared normaliser began decoding Morse code and eight-bit groups (decided without TEST; the DEV output byte-identical before and after), to report the shipped code; no decision was made on it', '2026-11-25 (thirty-seventh round): a further look the same day, after the injection detector began scoring runs of Morse code and eight-bit groups by what they spell (decided on test families never trained on and on the TRAIN side), to report the shipped code; no decision was made on it (the PII detector unchanged)', '2026-11-25 (thirty-eighth round): one look after the detectors began reading encoded runs of any length in pieces, findings in decoded runs covering their own bytes, and the injection detector decoding runs past 4,096 characters (decided on unit and property tests and TRAIN-side data; no held-out text printed), to report the shipped code; no decision was made on it. The run was repeated once to write this entry, with the same numbers: no TEST number moved', '2026-11-25 (thirty-ninth round): one look after the card recogniser began judging every window of a run of digit groups (a card beside an expiry or a quantity), and the shared normaliser began reading variation selectors, HTML character references, spelled-out runs, and rot13 over a whole text (all decided on unit and property tests, DEV byte-identical, and identical card findings on the injection datasets and the benchmark corpora; no held-out text printed), to report the shipped code; no decision was made on it. No TEST number moved. The run was repeated twice with the same numbers: once by mistake before this entry was in the file, once to write it', '2026-11-26 (forty-sixth round): one look after PERSON gained the name line over contact data and person-taking contexts (decided on DEV alone: PERSON recall 74.6% -> 84.3%, precision 100%, and on benign text, scripts/person-benign.ts), to report the shipped code; no decision was made on it. TEST: PERSON recall 0.688 -> 0.731 (F2 0.734 -> 0.773), no other type moved; overall P 0.935 R 0.721 F2 0.756 -> P 0.935 R 0.733 F2 0.766. The run was repeated three times with the same numbers (once to print the TEST table on its own, once to write this entry)', '2026-11-26 (forty-ninth round): one look after PHONE, CREDIT_CARD and the shared context-word boundary changed for command output (hex dumps, /proc rows, ranges, serial numbers; a context word of one or two letters needs no digit before it) and the injection detector\'s rules (decided on this machine\'s files and unit tests; DEV byte-identical in every number), to report the shipped code; no decision was made on it. TEST: one PERSON prediction fewer (PERSON recall 0.731 -> 0.728), no other type moved; overall P 0.935 R 0.733 F2 0.766 -> P 0.935 R 0.732 F2 0.765. The TEST text was not looked at. The run was repeated once after two review changes to PHONE (its row tests bounded to 24 characters, "range" and "bytes" read as words): no number moved', '2026-11-27 (fiftieth round): one look with injection-v4.16 (trained on project-written source files; chosen on train-side CV and this machine\'s source files), the PII detector unchanged, to report the shipped code; no decision was made on it; no TEST number moved. Repeated once after PHONE and CREDIT_CARD learnt tables of hexadecimal words, operands in code and (cards) digit runs passed to a call, PHONE references and ISSNs, and one more injection rule narrowing (all decided on this machine\'s source files, unit tests and DEV, byte-identical in every number): no TEST number moved. Once more, PII alone, after national identifiers glued to other numbers (float fractions and exponents, ARN fields, operands, call arguments) were dropped, decided the same way: no TEST number moved', '2026-11-27 (fifty-first round): one look with injection-v4.17, after PHONE learnt progressions, runs of one digit, a nought after a slash and integer limits as a range\'s upper end (decided on this machine\'s manuals and DEV, byte-identical in every DEV number), to report the shipped code; no decision was made on it; no TEST number moved. Once more, PII alone, after PHONE learnt rows of byte values, negative figures, one-digit decimals of three places and runs before a percent sign or a clock\'s minutes (decided on this machine\'s data files and DEV, byte-identical in every DEV number): no TEST number moved', '2026-11-27 (fifty-third round): one look with injection-v4.18, the PII detector unchanged, to report the shipped code; no decision was made on it; no TEST number moved. The run was repeated once to write this entry, with the same numbers', '2026-11-27 (fifty-fifth round): a full `npm run eval` after injection-only changes re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-27 (fifty-sixth round): a full `npm run eval` after injection rule changes only re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry, and twice more after further injection rule changes, with the same numbers', '2026-11-28 (fifty-ninth round): a full `npm run eval` with injection-v4.20 re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-28 (sixtieth round): a full `npm run eval` with injection-v4.21 re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-28 (sixty-first round): a full `npm run eval` with injection-v4.22 re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-28 (sixty-first round): a second full `npm run eval`, with injection-v4.23, re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-28 (sixty-second round): a full `npm run eval` with injection-v4.24 re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-28 (sixty-second round): a second full `npm run eval`, with injection-v4.25, re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-28 (sixty-third round): a full `npm run eval` with injection-v4.26 re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-28 (sixty-fourth round): a full `npm run eval` with injection-v4.27 re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated twice to write this entry (once by mistake before it was in the file), with the same numbers', '2026-11-28 (sixty-fifth round): two full `npm run eval` runs, with an intermediate version of injection-v4.28 and with the shipped one, re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The second run was repeated once to write this entry', '2026-11-28 (sixty-sixth round): two full `npm run eval` runs, with an intermediate version of injection-v4.29 and with the shipped one, re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. Each run was repeated once to write this entry', '2026-11-28 (sixty-seventh round): a full `npm run eval` with injection-v4.30 re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-28 (sixty-eighth round): a full `npm run eval` after the system-prompt probe changed (its article reading left out inside pasted documents, wrapped lines read across) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (sixty-ninth round): a full `npm run eval` after injection-only changes (spelled readings, paragraph windows) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated after `npm run train` regenerated the cascade gate for the round\'s scoring (the gate is trained on the scorer\'s margins), after a text\'s margin became the better of its readings with and without paragraph windows (textMargin; decided on the TRAIN side and the test families, where no outcome moved: 21 margins were lower with paragraph windows, none across the threshold) and to write these entries, with the same numbers every time', '2026-11-29 (seventieth round): a full `npm run eval` after an injection-only change (a typo reading: words with two neighbouring letters swapped written right against a vocabulary of the training texts; decided on the TRAIN side, test families never trained on, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated twice, to write this entry and after a change to long texts\' typo readings, with the same numbers', '2026-11-29 (seventieth round): a second full `npm run eval` after a second injection-only change (the spelled reading splits evenly spaced letters with the typo reading\'s vocabulary; decided on the TRAIN side, test families, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventieth round): a third full `npm run eval` after a third injection-only change (evenly spaced text of other scripts split into the words of other scripts the training texts use; decided on the TRAIN side, test families, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventieth round): a fourth full `npm run eval` after a fourth injection-only change (evenly spaced runs of other scripts read from eight characters, Korean split into words; decided on the TRAIN side, test families, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-first round): a full `npm run eval` after an injection-only change (hex runs and the words of a text that names rot13 read in place; decided on the TRAIN side, test families never trained on, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-first round): a second full `npm run eval`, after a second injection-only change (the typo reading reads words of other scripts and counts different words; decided on the TRAIN side, test families, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-first round): a third full `npm run eval`, after a third injection-only change (evenly spaced text read with a space after a clause\'s punctuation and a word begun at a capital after a lower-case letter; decided on the TRAIN side, test families, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-first round): a fourth full `npm run eval`, after a fourth injection-only change (leet words with letters beyond ASCII and three-digit leet words folded in a leetspeak chain; decided on the TRAIN side, test families, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-first round): a fifth full `npm run eval`, after a fifth injection-only change (a reading with words wholly of Cyrillic or Greek look-alikes among Latin words written in Latin letters; decided on the TRAIN side, test families, long documents and probe-dev and directive-dev) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-second round): a full `npm run eval` after an injection-only change (evenly spaced stretches split by a unigram model of the words the training texts write; decided on the TRAIN side, test families never trained on, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-second round): a second full `npm run eval`, after a second injection-only change (an even split needs half of a stretch\'s letters in words instead of three quarters; decided the same way) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-third round): a full `npm run eval` after an injection-only change (decoded payloads read without the shared normaliser\'s look-alike folding, and payloads of scripts written without spaces counted at twice their characters; decided on the TRAIN side, test families never trained on, long documents and this machine\'s files) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-third round): a second full `npm run eval`, after a second injection-only change (a chain of light leet words set apart as words of prose read in letters with one heavy word among four, or two heavy words however far apart; hex literals no leet words; decided the same way), re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated after the chain\'s words were narrowed to those with a letter beyond f (decided on the benchmark\'s machine-like texts) and to write this entry, with the same numbers', '2026-11-29 (seventy-third round): a third full `npm run eval`, after the spelled reading\'s leet prefilter began taking letters beyond ASCII as letters (decided on the property test holding the prefilters to the stages and the TRAIN side), re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-fourth round): a full `npm run eval` after three injection-only changes (Thai counted in words for the short-text cap, evenly spaced Thai read with its spaces, short paragraphs with a rule scored alone) re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-fourth round): a second full `npm run eval`, after the injection detector began reading diacritics put on a request\'s words and characters erased with a backspace, re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-fourth round): a third full `npm run eval`, after the spelled reading began reading text with its vowels left out and Pig Latin, re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry', '2026-11-29 (seventy-fourth round): a fourth full `npm run eval`, after the injection detector began reading text behind a right-to-left override and underlined letters of any script, re-printed the same TEST numbers (the PII detector unchanged); no decision was made on them. The run was repeated once to write this entry'];
export const PII_SPLIT_RULE = 'SHA-256("presidio-synth-pii/template/" + template_id)[0] < 128 -> dev, else test';
export function piiSplitOf(templateId: number | string): 'dev' | 'test' {
  return createHash('sha256').update(`presidio-synth-pii/template/${templateId}`).digest()[0] < 128 ? 'dev' : 'test';
}

function f2(p: number, r: number): number {
  return p + r === 0 ? 0 : (5 * p * r) / (4 * p + r);
}

type PiiSpan = { entity_type: string; start_position: number; end_position: number };
type PiiRow = { full_text: string; spans: PiiSpan[]; template_id: number | string };

function loadPii(): { rel: string; buf: Buffer; rows: PiiRow[] } {
  const rel = 'presidio-synth-pii/synth_dataset_v2.json';
  const buf = readFileSync(join(datasetsRoot(), rel));
  return { rel, buf, rows: JSON.parse(buf.toString('utf8')) as PiiRow[] };
}

function scorePii(det: Detector, rows: readonly PiiRow[], title: string): Record<string, unknown> {
  const gold: Record<string, { n: number; found: number }> = {};
  const pred: Record<string, { n: number; tp: number }> = {};
  const attributed: Record<string, { tp: number; fp: number }> = {};
  const typeConfusions: Record<string, number> = {};
  let predTotal = 0;
  let predTp = 0;
  const ours = new Set(Object.values(PII_MAP).flat());
  for (const row of rows) {
    const found: Finding[] = det.scan(row.full_text, CTX);
    const overlaps = (f: Finding, s: PiiSpan): boolean => f.start < s.end_position && s.start_position < f.end;
    for (const s of row.spans) {
      gold[s.entity_type] ??= { n: 0, found: 0 };
      gold[s.entity_type].n++;
      const types = PII_MAP[s.entity_type] ?? [];
      if (found.some((f) => types.includes(f.type) && overlaps(f, s))) gold[s.entity_type].found++;
    }
    for (const f of found) {
      // Per dataset type precision: a prediction counts as TP for the dataset types it matches, and
      // as FP for every dataset type its (our) type maps from when it matches no compatible gold span.
      const matchedTypes = new Set(row.spans.filter((s) => (PII_MAP[s.entity_type] ?? []).includes(f.type) && overlaps(f, s)).map((s) => s.entity_type));
      const insideOther = matchedTypes.size === 0 && row.spans.some((s) => overlaps(f, s));
      if (insideOther) typeConfusions[f.type] = (typeConfusions[f.type] ?? 0) + 1;
      for (const [dt, ourTypes] of Object.entries(PII_MAP)) {
        if (!ourTypes.includes(f.type)) continue;
        attributed[dt] ??= { tp: 0, fp: 0 };
        if (matchedTypes.has(dt)) attributed[dt].tp++;
        else if (matchedTypes.size === 0 && !insideOther) attributed[dt].fp++;
      }
      pred[f.type] ??= { n: 0, tp: 0 };
      pred[f.type].n++;
      predTotal++;
      const ok = row.spans.some((s) => (PII_MAP[s.entity_type] ?? []).includes(f.type) && overlaps(f, s));
      if (ok) {
        pred[f.type].tp++;
        predTp++;
      }
    }
  }
  const perType: Record<string, unknown> = {};
  for (const [t, g] of Object.entries(gold).sort()) {
    const mapped = PII_MAP[t] ?? [];
    const a = attributed[t] ?? { tp: 0, fp: 0 };
    const pn = a.tp + a.fp;
    const ptp = a.tp;
    const recall = g.n ? g.found / g.n : 0;
    const precision = pn ? ptp / pn : null;
    perType[t] = {
      gold: g.n,
      detected_as: mapped.filter((m) => ours.has(m) && pred[m] !== undefined),
      recall: r4(recall),
      precision: precision === null ? null : r4(precision),
      f2: precision === null ? null : r4(f2(precision, recall)),
      structured: STRUCTURED.includes(t),
    };
  }
  const goldN = Object.values(gold).reduce((a, g) => a + g.n, 0);
  const goldFound = Object.values(gold).reduce((a, g) => a + g.found, 0);
  const P = predTotal ? predTp / predTotal : 0;
  const R = goldN ? goldFound / goldN : 0;
  table(title, ['dataset type', 'gold', 'recall', 'precision', 'F2'],
    Object.entries(perType).map(([k, v]) => {
      const x = v as { gold: number; recall: number; precision: number | null; f2: number | null };
      return [k, x.gold, pct(x.recall), pct(x.precision), x.f2 === null ? '-' : x.f2.toFixed(3)];
    }));
  process.stdout.write(`overall: P ${pct(P)} R ${pct(R)} F2 ${f2(P, R).toFixed(3)} (Presidio default 0.618 on the full set)\n`);
  return {
    sentences: rows.length,
    overall: { precision: r4(P), recall: r4(R), f2: r4(f2(P, R)), predictions: predTotal, gold: goldN },
    per_type: perType,
    predicted_types: pred,
    type_confusions: typeConfusions,
  };
}

function piiDetector(): Detector | Error {
  try {
    return buildDetector('pii', 'pii', {}, { baseDir: REPO });
  } catch (err) {
    return err as Error;
  }
}

function evalPii(): Record<string, unknown> {
  const det = piiDetector();
  if (det instanceof Error) {
    process.stdout.write(`\nPII: pii detector unavailable (${det.message})\n`);
    return { status: 'pii detector unavailable', error: det.message };
  }
  const { rel, buf, rows } = loadPii();
  const dev = rows.filter((r) => piiSplitOf(r.template_id) === 'dev');
  const test = rows.filter((r) => piiSplitOf(r.template_id) === 'test');
  const testTemplates = new Set(test.map((r) => r.template_id)).size;
  const devTemplates = new Set(dev.map((r) => r.template_id)).size;
  const headline = scorePii(det, test, `PII, TEST half (presidio-synth-pii, ${test.length} sentences from ${testTemplates} templates never looked at; span overlap)`);
  const full = scorePii(det, rows, `PII, full set (${rows.length} sentences; includes the DEV half used during development)`);
  const devScores = scorePii(det, dev, `PII, DEV half (${dev.length} sentences from ${devTemplates} templates; used during development)`);
  return {
    dataset: rel,
    sha256: createHash('sha256').update(buf).digest('hex'),
    matching: 'overlap >= 1 char with type mapping (see PII_MAP in scripts/eval.ts); unmapped dataset types count as misses; overall precision strict (type confusions are FPs)',
    split: {
      rule: PII_SPLIT_RULE,
      unit: 'template_id (all sentences of a template, and duplicate texts, fall on one side)',
      dev: { sentences: dev.length, templates: devTemplates },
      test: { sentences: test.length, templates: testTemplates },
      protocol: 'recognisers are developed looking only at DEV examples and errors (eval.ts pii-dev / pii-dev-errors); TEST examples and errors are never printed; TEST is the headline',
      test_looks: PII_TEST_LOOKS,
    },
    ...headline,
    headline: 'TEST half (overall, per_type, ... at top level); full_set includes the DEV half used during development',
    full_set_includes_dev: full,
    dev: devScores,
    reference: { presidio_default_f2: 0.618, presidio_tuned_f2: 0.845, note: 'Presidio references are on the full set' },
  };
}

/**
 * Development view: DEV half only (never the TEST half). `errors` also prints, per DEV sentence, the gold
 * spans that were missed and the predictions that match nothing, to motivate general rules.
 */
function evalPiiDev(errors: boolean): void {
  const det = piiDetector();
  if (det instanceof Error) throw det;
  const dev = loadPii().rows.filter((r) => piiSplitOf(r.template_id) === 'dev');
  scorePii(det, dev, `PII, DEV half only (${dev.length} sentences)`);
  if (!errors) return;
  const only = process.env.PII_TYPE;
  for (const row of dev) {
    const found = det.scan(row.full_text, CTX);
    const ov = (a: number, b: number, c: number, d: number): boolean => a < d && c < b;
    const missed = row.spans.filter((s) => (only === undefined || s.entity_type === only) &&
      !found.some((f) => (PII_MAP[s.entity_type] ?? []).includes(f.type) && ov(f.start, f.end, s.start_position, s.end_position)));
    const fps = found.filter((f) => !row.spans.some((s) => (PII_MAP[s.entity_type] ?? []).includes(f.type) && ov(f.start, f.end, s.start_position, s.end_position)))
      .filter((f) => only === undefined || (PII_MAP[only] ?? []).includes(f.type));
    if (missed.length === 0 && fps.length === 0) continue;
    process.stdout.write(`\n[t${row.template_id}] ${JSON.stringify(row.full_text)}\n`);
    for (const s of missed) process.stdout.write(`  MISS ${s.entity_type}: ${JSON.stringify(row.full_text.slice(s.start_position, s.end_position))}\n`);
    for (const f of fps) process.stdout.write(`  FP   ${f.type}: ${JSON.stringify(row.full_text.slice(f.start, f.end))} (${f.score.toFixed(2)})\n`);
  }
}

// ---------------------------------------------------------------- secrets

const A_Z = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const a_z = 'abcdefghijklmnopqrstuvwxyz';
const D = '0123456789';
const ALNUM = A_Z + a_z + D;
const HEXL = '0123456789abcdef';

/** Independent generators for public key formats: [format, secret value]. */
const SECRET_FORMATS: Record<string, (r: () => number) => string> = {
  aws_access_key_id: (r) => ['AKIA', 'ASIA'][Math.floor(r() * 2)] + rs(r, A_Z + '234567', 16),
  aws_secret_access_key: (r) => rs(r, ALNUM + '/+', 40),
  gcp_api_key: (r) => 'AIza' + rs(r, ALNUM + '_-', 35),
  github_pat_classic: (r) => 'ghp_' + rs(r, ALNUM, 36),
  github_oauth: (r) => 'gho_' + rs(r, ALNUM, 36),
  github_fine_grained: (r) => `github_pat_${rs(r, ALNUM, 22)}_${rs(r, ALNUM, 59)}`,
  gitlab_pat: (r) => 'glpat-' + rs(r, ALNUM + '_-', 20),
  stripe_secret_live: (r) => 'sk_live_' + rs(r, ALNUM, 24 + Math.floor(r() * 32)),
  stripe_restricted_live: (r) => 'rk_live_' + rs(r, ALNUM, 24 + Math.floor(r() * 32)),
  slack_bot_token: (r) => `xoxb-${rs(r, D, 12)}-${rs(r, D, 13)}-${rs(r, ALNUM, 24)}`,
  slack_webhook: (r) => `https://hooks.slack.com/services/T${rs(r, A_Z + D, 8)}/B${rs(r, A_Z + D, 10)}/${rs(r, ALNUM, 24)}`,
  discord_webhook: (r) => `https://discord.com/api/webhooks/${rs(r, D, 18)}/${rs(r, ALNUM + '_-', 68)}`,
  anthropic_api_key: (r) => `sk-ant-api03-${rs(r, ALNUM + '_-', 93)}AA`,
  openai_project_key: (r) => `sk-proj-${rs(r, ALNUM + '_-', 48)}T3BlbkFJ${rs(r, ALNUM + '_-', 48)}`,
  openai_legacy_key: (r) => `sk-${rs(r, ALNUM, 20)}T3BlbkFJ${rs(r, ALNUM, 20)}`,
  huggingface_token: (r) => 'hf_' + rs(r, A_Z + a_z, 34),
  jwt: (r) => {
    const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: rs(r, D, 8), name: rs(r, a_z, 6), iat: 1700000000 + Math.floor(r() * 1e6) })}.${rs(r, ALNUM + '_-', 43)}`;
  },
  private_key_pem: (r) => `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 8 }, () => rs(r, ALNUM + '+/', 64)).join('\n')}\n-----END RSA PRIVATE KEY-----`,
  private_key_pem_base64: (r) => Buffer.from(`-----BEGIN PRIVATE KEY-----\n${Array.from({ length: 26 }, () => rs(r, ALNUM + '+/', 64)).join('\n')}\n-----END PRIVATE KEY-----\n`).toString('base64'),
  postgres_url: (r) => `postgres://app_${rs(r, a_z, 5)}:${rs(r, ALNUM, 16)}@db-${rs(r, a_z, 6)}.internal:5432/prod`,
  azure_storage_conn: (r) => `DefaultEndpointsProtocol=https;AccountName=st${rs(r, a_z + D, 8)};AccountKey=${rs(r, ALNUM + '+/', 86)}==;EndpointSuffix=core.windows.net`,
  // Vendor formats added in the twenty-fourth round (src/detectors/secrets/vendors.ts), built here from
  // the vendors' published shapes, not from the rules' own generators.
  groq_api_key: (r) => 'gsk_' + rs(r, ALNUM, 52),
  xai_api_key: (r) => 'xai-' + rs(r, ALNUM, 80),
  openrouter_api_key: (r) => 'sk-or-v1-' + rs(r, HEXL, 64),
  perplexity_api_key: (r) => 'pplx-' + rs(r, ALNUM, 48),
  replicate_api_token: (r) => 'r8_' + rs(r, ALNUM, 37),
  npm_token: (r) => 'npm_' + rs(r, ALNUM, 36),
  pypi_token: (r) => 'pypi-AgEIcHlwaS5vcmcCJDk' + rs(r, ALNUM + '_-', 120 + Math.floor(r() * 80)),
  docker_hub_pat: (r) => 'dckr_pat_' + rs(r, ALNUM + '_-', 27),
  google_oauth_access_token: (r) => 'ya29.a0' + rs(r, ALNUM + '_-', 150 + Math.floor(r() * 100)),
  google_oauth_client_secret: (r) => 'GOCSPX-' + rs(r, ALNUM + '_-', 28),
  azure_ad_client_secret: (r) => `${rs(r, ALNUM, 3)}${rs(r, D, 1)}Q~${rs(r, ALNUM + '_~.-', 34)}`,
  digitalocean_pat: (r) => 'dop_v1_' + rs(r, HEXL, 64),
  vault_service_token: (r) => 'hvs.CAESI' + rs(r, ALNUM + '_-', 90),
  terraform_cloud_token: (r) => `${rs(r, ALNUM, 14)}.atlasv1.${rs(r, ALNUM, 67)}`,
  databricks_token: (r) => 'dapi' + rs(r, HEXL, 32),
  grafana_service_account_token: (r) => `glsa_${rs(r, ALNUM, 32)}_${rs(r, HEXL, 8)}`,
  sentry_user_token: (r) => 'sntryu_' + rs(r, HEXL, 64),
  new_relic_user_key: (r) => 'NRAK-' + rs(r, A_Z + D, 27),
  atlassian_api_token: (r) => 'ATATT3xFfGF0' + rs(r, ALNUM + '_-', 180),
  bitbucket_app_password: (r) => 'ATBB' + rs(r, ALNUM, 32),
  linear_api_key: (r) => 'lin_api_' + rs(r, ALNUM, 40),
  postman_api_key: (r) => `PMAK-${rs(r, HEXL, 24)}-${rs(r, HEXL, 34)}`,
  doppler_token: (r) => 'dp.pt.' + rs(r, ALNUM, 43),
  pulumi_token: (r) => 'pul-' + rs(r, HEXL, 40),
  telegram_bot_token: (r) => `${rs(r, '123456789', 1)}${rs(r, D, 9)}:AA${rs(r, ALNUM + '_-', 33)}`,
  sendgrid_api_key: (r) => `SG.${rs(r, ALNUM + '_-', 22)}.${rs(r, ALNUM + '_-', 43)}`,
  shopify_access_token: (r) => 'shpat_' + rs(r, HEXL, 32),
  square_access_token: (r) => 'EAAA' + rs(r, ALNUM + '_-', 60),
  azure_service_bus_key: (r) => `Endpoint=sb://ns${rs(r, a_z, 6)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${rs(r, ALNUM + '+/', 43)}=`,
  basic_auth_header: (r) => `Authorization: Basic ${Buffer.from(`${rs(r, a_z, 6)}:${rs(r, ALNUM + '!#%', 16)}`).toString('base64')}`,
  docker_config_auth: (r) => `{"auths": {"ghcr.io": {"auth": "${Buffer.from(`${rs(r, a_z, 8)}:${rs(r, ALNUM, 24)}`).toString('base64')}"}}}`,
  url_userinfo_password: (r) => `https://${rs(r, a_z, 6)}:${rs(r, ALNUM, 20)}@git.${rs(r, a_z, 5)}.net/team/repo.git`,
  netrc_entry: (r) => `machine ${rs(r, a_z, 6)}.example.net login ${rs(r, a_z, 5)} password ${rs(r, ALNUM, 18)}`,
  bearer_opaque_token: (r) => `Authorization: Bearer ${rs(r, ALNUM, 16)}${rs(r, D, 4)}${rs(r, ALNUM, 12)}`,
  generic_api_key_assignment: (r) => rs(r, ALNUM, 32),
  gcp_service_account_key_id: (r) => rs(r, HEXL, 40),
  // Shapes added in the forty-third round (SQLAlchemy driver schemes, curl -u, *_KEY variables, a key in
  // JSON escaped inside a JSON string, Slack Workflow Builder webhooks, Anthropic OAuth tokens, hex keys of
  // 24-40 digits after a key name), written from the tools' documented forms.
  sqlalchemy_url: (r) => `${['postgresql+psycopg2', 'mysql+pymysql', 'mssql+pyodbc', 'oracle+cx_oracle'][Math.floor(r() * 4)]}://app:${rs(r, ALNUM, 18)}@db-${rs(r, a_z, 5)}.internal/prod`,
  curl_user_password: (r) => `curl ${r() < 0.5 ? '-u' : '--user'} ${rs(r, a_z, 7)}:${rs(r, ALNUM, 14)}${rs(r, D, 2)} https://api.${rs(r, a_z, 6)}.net/v1/items`,
  env_key_variable: (r) => rs(r, ALNUM, 28) + rs(r, D, 4),
  json_escaped_api_key: (r) => rs(r, ALNUM, 28) + rs(r, D, 4),
  slack_workflow_webhook: (r) => `https://hooks.slack.com/workflows/T${rs(r, A_Z + D, 8)}/A${rs(r, A_Z + D, 10)}/${rs(r, D, 18)}/${rs(r, ALNUM, 24)}`,
  slack_trigger_webhook: (r) => `https://hooks.slack.com/triggers/T${rs(r, A_Z + D, 8)}/${rs(r, D, 13)}/${rs(r, HEXL, 32)}`,
  anthropic_oauth_token: (r) => `sk-ant-${['oat01', 'ort01'][Math.floor(r() * 2)]}-${rs(r, ALNUM + '_-', 93)}AA`,
  hex_api_key: (r) => rs(r, HEXL, [24, 32, 40][Math.floor(r() * 3)]),
  // Formats added in the forty-fourth round (src/detectors/secrets/vendors.ts, generic.ts, http-credentials.ts),
  // written from the vendors' published token shapes and the tools' documented command lines.
  fireworks_api_key: (r) => 'fw_' + rs(r, ALNUM, 24),
  nvidia_api_key: (r) => 'nvapi-' + rs(r, ALNUM + '_-', 64),
  huggingface_org_token: (r) => 'api_org_' + rs(r, A_Z, 2) + rs(r, a_z + A_Z, 30) + rs(r, a_z, 2),
  rubygems_api_key: (r) => 'rubygems_' + rs(r, HEXL, 48),
  tavily_api_key: (r) => `tvly-${['', 'dev-', 'prod-'][Math.floor(r() * 3)]}${rs(r, ALNUM, 32)}`,
  langsmith_api_key: (r) => `lsv2_${['pt', 'sk'][Math.floor(r() * 2)]}_${rs(r, HEXL, 32)}_${rs(r, HEXL, 10)}`,
  pinecone_api_key: (r) => `pcsk_${rs(r, ALNUM, 6)}_${rs(r, ALNUM, 63)}`,
  notion_api_token: (r) => `ntn_${rs(r, D, 11)}${rs(r, ALNUM, 35)}`,
  figma_pat: (r) => `figd_${rs(r, ALNUM + '_-', 40)}`,
  supabase_pat: (r) => 'sbp_' + rs(r, HEXL, 40),
  supabase_secret_key: (r) => `sb_secret_${rs(r, ALNUM + '_-', 22)}_${rs(r, ALNUM, 8)}`,
  netlify_pat: (r) => 'nfp_' + rs(r, ALNUM, 36),
  dynatrace_api_token: (r) => `dt0c01.${rs(r, A_Z + D, 24)}.${rs(r, A_Z + D, 64)}`,
  onepassword_service_account_token: (r) => 'ops_' + Buffer.from(JSON.stringify({
    signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: rs(r, ALNUM + '_-', 22) },
    email: `${rs(r, a_z + D, 13)}@1passwordserviceaccounts.com`, srpX: rs(r, HEXL, 64),
    muk: { alg: 'A256GCM', ext: true, k: rs(r, ALNUM + '_-', 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
    secretKey: `A3-${rs(r, A_Z + D, 6)}-${rs(r, A_Z + D, 6)}-${rs(r, A_Z + D, 5)}-${rs(r, A_Z + D, 5)}-${rs(r, A_Z + D, 5)}-${rs(r, A_Z + D, 5)}`,
    throttleSecret: { seed: rs(r, HEXL, 64), uuid: rs(r, A_Z + D, 26) }, deviceUuid: rs(r, a_z + D, 26),
  })).toString('base64'),
  webhook_signing_secret: (r) => 'whsec_' + (r() < 0.5 ? Buffer.from(Array.from({ length: 24 }, () => Math.floor(r() * 256))).toString('base64') : rs(r, ALNUM, 32)),
  meta_access_token: (r) => `EAA${['B', 'C', 'G', 'J', 'M'][Math.floor(r() * 5)]}${rs(r, ALNUM, 150 + Math.floor(r() * 100))}`,
  twilio_api_key: (r) => 'SK' + rs(r, HEXL, 32),
  mailchimp_api_key: (r) => `${rs(r, HEXL, 32)}-us${1 + Math.floor(r() * 21)}`,
  mailgun_api_key: (r) => 'key-' + rs(r, HEXL, 32),
  plaid_access_token: (r) => `access-${['sandbox', 'development', 'production'][Math.floor(r() * 3)]}-${rs(r, HEXL, 8)}-${rs(r, HEXL, 4)}-${rs(r, HEXL, 4)}-${rs(r, HEXL, 4)}-${rs(r, HEXL, 12)}`,
  braintree_access_token: (r) => `access_token$production$${rs(r, a_z + D, 16)}$${rs(r, HEXL, 32)}`,
  age_secret_key: (r) => 'AGE-SECRET-KEY-1' + rs(r, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58),
  bip39_phrase_12: (r) => `Here is my wallet's recovery phrase: ${bip39(r, 16)}`,
  bitcoin_wif_key: (r) => `wallet key (WIF): ${b58check([r() < 0.5 ? 0x80 : 0xef, ...bytesOf(r, 32), ...(r() < 0.7 ? [0x01] : [])])}`,
  bip32_xprv: (r) => `master key: ${b58check([0x04, 0x88, 0xad, 0xe4, ...new Array<number>(9).fill(0), ...bytesOf(r, 32), 0x00, ...bytesOf(r, 32)])}`,
  quoted_passphrase: (r) => `${Array.from({ length: 3 + Math.floor(r() * 3) }, () => BIP39_ENGLISH[Math.floor(r() * 2048)]).join(' ')}${r() < 0.5 ? ` ${Math.floor(r() * 1000)}` : ''}`,
  electrum_seed: (r) => {
    // Random listed words until the HMAC-SHA512 keyed "Seed version" starts with 01 (standard) or 100 (segwit).
    for (;;) {
      const words = Array.from({ length: 12 }, () => BIP39_ENGLISH[Math.floor(r() * 2048)]).join(' ');
      const hex = createHmac('sha512', 'Seed version').update(words).digest('hex');
      if (hex.startsWith('01') || hex.startsWith('100')) return `electrum restore seed: ${words}`;
    }
  },
  bip39_phrase_24_numbered: (r) => bip39(r, 32).split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n'),
  api_key_phrase: (r) => rs(r, ALNUM, 28) + rs(r, D, 4),
  short_password: (r) => {
    const chars = [rs(r, A_Z, 1), rs(r, a_z, 1), rs(r, D, 1), rs(r, '!#%&*+-=@^~', 1), ...rs(r, ALNUM + '!#%*@', 4 + Math.floor(r() * 4)).split('')];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    return chars.join('');
  },
  mysql_p_password: (r) => `${['mysql', 'mysqldump', 'mysqladmin', 'mariadb'][Math.floor(r() * 4)]} -h db-${rs(r, a_z, 5)}.internal -u ${rs(r, a_z, 6)} -p${rs(r, ALNUM, 12)}${rs(r, D, 2)} ${rs(r, a_z, 5)}`,
  sshpass_password: (r) => `sshpass -p '${rs(r, ALNUM, 12)}${rs(r, D, 2)}' ssh -p 22 ${rs(r, a_z, 5)}@10.0.${Math.floor(r() * 255)}.${Math.floor(r() * 255)} uptime`,
  docker_login_password: (r) => `${['docker', 'podman'][Math.floor(r() * 2)]} login -u ${rs(r, a_z, 6)} -p ${rs(r, ALNUM, 20)}${rs(r, D, 2)} registry.${rs(r, a_z, 6)}.net`,
  cli_password_option: (r) => `${rs(r, a_z, 6)}-cli ${['--password=', '--password ', '--db-password='][Math.floor(r() * 3)]}${rs(r, ALNUM, 14)}${rs(r, D, 2)} --host ${rs(r, a_z, 6)}.internal`,
};

/**
 * A BIP-39 phrase of `bytes` bytes of random entropy, written here from the standard (entropy and the first
 * bytes/4 bits of its SHA-256 as one number, read in 11-bit groups), not with the detector's own encoder.
 */
function bip39(r: () => number, bytes: number): string {
  const entropy = Buffer.from(rs(r, '0123456789abcdef', bytes * 2), 'hex');
  const cs = bytes / 4;
  const all = (BigInt('0x' + entropy.toString('hex')) << BigInt(cs)) | (BigInt(createHash('sha256').update(entropy).digest()[0]) >> BigInt(8 - cs));
  const n = ((bytes * 8 + cs) / 11);
  const words: string[] = [];
  for (let i = n - 1; i >= 0; i--) words.push(BIP39_ENGLISH[Number((all >> BigInt(i * 11)) & 2047n)]);
  return words.join(' ');
}

/** `n` random bytes, the first in 1 … 0x7f (a private key well inside secp256k1's range). */
function bytesOf(r: () => number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === 0 ? 1 + Math.floor(r() * 0x7f) : Math.floor(r() * 256)));
}

/** base58check (payload and the first 4 bytes of its double SHA-256), written here with BigInt division. */
function b58check(payload: readonly number[]): string {
  const body = Buffer.from(payload);
  const sum = createHash('sha256').update(createHash('sha256').update(body).digest()).digest().subarray(0, 4);
  const all = Buffer.concat([body, sum]);
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let out = '';
  for (let n = BigInt('0x' + all.toString('hex')); n > 0n; n /= 58n) out = alphabet[Number(n % 58n)] + out;
  return out;
}

function rs(r: () => number, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
}

/** Contexts a secret appears in; `{S}` is the secret. Some formats need their conventional key name. */
function contexts(format: string): string[] {
  switch (format) {
    case 'aws_secret_access_key':
      return ['aws_secret_access_key = {S}', 'AWS_SECRET_ACCESS_KEY="{S}"', '{"SecretAccessKey": "{S}"}'];
    case 'generic_api_key_assignment':
    case 'hex_api_key':
      return ['api_key = "{S}"', 'export SERVICE_API_TOKEN={S}', 'client_secret: {S}', '"apiKey": "{S}"'];
    case 'gcp_service_account_key_id':
      return ['{"type": "service_account", "project_id": "demo", "private_key_id": "{S}"}'];
    case 'azure_service_bus_key':
    case 'basic_auth_header':
    case 'docker_config_auth':
    case 'url_userinfo_password':
    case 'netrc_entry':
    case 'bearer_opaque_token':
      return ['{S}', 'config:\n  {S}\n', 'Here is what I use: {S} - why does it fail?'];
    case 'sqlalchemy_url':
    case 'curl_user_password':
    case 'mysql_p_password':
    case 'sshpass_password':
    case 'docker_login_password':
    case 'cli_password_option':
      return ['{S}', 'Run this:\n  {S}\n', 'Why does {S} fail?'];
    case 'api_key_phrase':
      return ['The API key is {S}', 'the api key is {S}.', 'Your secret key: {S}', 'Client secret = {S}', 'Private key: {S}\n'];
    case 'quoted_passphrase':
      return ['password: "{S}"\n', '{"passphrase": "{S}"}', "The Wi-Fi password is '{S}'."];
    case 'short_password':
      return ['password: {S}\n', 'DB_PASSWORD={S}\n', 'The password is {S}.', '{"password": "{S}"}', "passwd = '{S}'"];
    case 'env_key_variable':
      return ['STRIPE_KEY={S}\n', 'MAPBOX_KEY: {S}\n', 'export ACME_KEY="{S}"\n'];
    case 'json_escaped_api_key':
      return ['{"body": "{\\"api_key\\": \\"{S}\\"}"}', '{"output": "{\\"config\\": {\\"client_secret\\": \\"{S}\\"}}"}'];
    case 'private_key_pem_base64':
      return ['data:\n  tls.key: {S}\n', '{"ssh-privatekey": "{S}"}', 'DEPLOY_KEY_B64={S}\n'];
    default:
      return ['{S}', 'token: {S}', 'Here is my key {S} can you check why it fails?', 'const key = "{S}";', 'KEY={S}\n'];
  }
}

function listFiles(dir: string, ext: readonly string[], max: number): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (out.length >= max) return;
      const p = join(d, n);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (ext.some((e) => n.endsWith(e)) && st.size > 200) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function evalSecrets(): Record<string, unknown> {
  let det: Detector;
  try {
    det = buildDetector('secrets', 'secrets', {}, { baseDir: REPO });
  } catch (err) {
    process.stdout.write(`\nSecrets: secrets detector unavailable (${(err as Error).message})\n`);
    return { status: 'secrets detector unavailable', error: (err as Error).message };
  }
  const rand = mulberry32(20251121);
  const perFormat: Record<string, { n: number; detected: number; recall: number; types: string[] }> = {};
  let n = 0;
  let hit = 0;
  for (const [format, gen] of Object.entries(SECRET_FORMATS)) {
    const ctxs = contexts(format);
    const types = new Set<string>();
    let d = 0;
    for (let i = 0; i < 20; i++) {
      const secret = gen(rand);
      const tpl = ctxs[i % ctxs.length];
      const at = tpl.indexOf('{S}');
      const text = tpl.replace('{S}', secret);
      const fs = det.scan(text, CTX).filter((f) => f.start < at + secret.length && at < f.end);
      if (fs.length > 0) d++;
      for (const f of fs) types.add(f.type);
    }
    perFormat[format] = { n: 20, detected: d, recall: r4(d / 20), types: [...types].sort() };
    n += 20;
    hit += d;
  }
  // Benign code: bounded, deterministic sample of source files shipped in node_modules.
  const files = [
    ...listFiles(join(REPO, 'node_modules/typescript/lib'), ['.d.ts'], 25),
    ...listFiles(join(REPO, 'node_modules/@grpc'), ['.ts', '.js'], 60),
    ...listFiles(join(REPO, 'node_modules/pino/lib'), ['.js'], 15),
  ];
  const MAX_BYTES_PER_FILE = 200_000;
  let bytes = 0;
  let fp = 0;
  const fpTypes: Record<string, number> = {};
  const filesWithFp: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8').slice(0, MAX_BYTES_PER_FILE);
    bytes += Buffer.byteLength(text);
    const fs = det.scan(text, { ...CTX, kind: 'plain_text' });
    if (fs.length > 0) filesWithFp.push(f.slice(REPO.length));
    for (const x of fs) {
      fp++;
      fpTypes[x.type] = (fpTypes[x.type] ?? 0) + 1;
    }
  }
  const out = {
    generated: { formats: Object.keys(SECRET_FORMATS).length, samples: n, detected: hit, recall: r4(hit / n), per_format: perFormat },
    benign_code: {
      files: files.length,
      bytes,
      findings: fp,
      findings_per_mb: r4(fp / (bytes / 1e6)),
      files_with_findings: filesWithFp.length,
      by_type: fpTypes,
      sample_rule: 'first 25 .d.ts files of typescript/lib, first 60 .ts/.js files of @grpc, first 15 .js of pino/lib (sorted paths), <= 200 kB each',
    },
  };
  table('Secrets: generated samples (20 per format)', ['format', 'recall', 'types'],
    Object.entries(perFormat).map(([k, v]) => [k, pct(v.recall), v.types.join(',')]));
  process.stdout.write(`Secrets overall recall ${pct(hit / n)}; benign code: ${fp} findings in ${files.length} files / ${(bytes / 1e6).toFixed(2)} MB (${out.benign_code.findings_per_mb} per MB)\n`);
  return out;
}

// ---------------------------------------------------------------- benign technical text

/**
 * Packages of node_modules read as benign technical text (code, type declarations, documentation, manifests;
 * the lockfile fixes their versions). libphonenumber-js is left out: its metadata is made of example numbers.
 */
const TECHNICAL_PACKAGES = [
  'typescript/lib', '@types', 'undici', 'kubernetes-models', 'node-gyp', 'yaml', 'fast-check', 'semver', 'commander',
  'pg', 'ioredis', '@grpc', 'protobufjs', 'pino', 'ajv',
];
const TECHNICAL_EXTENSIONS = ['.js', '.ts', '.md', '.json', '.py', '.txt', '.yml', '.yaml', '.c', '.h', '.cc', '.sh', '.toml'];
/** Types the embedded default policy changes in answers (the rest are flagged only); e-mail addresses in code are real ones. */
const TECHNICAL_REDACTED = ['PHONE', 'CREDIT_CARD'];
/** Answer-sized pieces: a long file is read as the answers that would quote it. */
const TECHNICAL_PIECE = 8192;

/**
 * The pii and secrets detectors over benign technical text. Phone and card findings there are false positives
 * (the default policy masks them in answers); e-mail addresses are real ones, secrets the examples documentation
 * shows, and the other PII types are only flagged by the default policy (counted by type, not judged).
 * `printAll` prints each finding with its file (development: node scripts/eval.ts benign-technical-errors).
 */
function evalBenignTechnical(printAll: boolean): Record<string, unknown> {
  const pii = buildDetector('pii', 'pii', {}, { baseDir: REPO });
  const secrets = buildDetector('secrets', 'secrets', {}, { baseDir: REPO });
  const injection = buildDetector('injection', 'injection', {}, { baseDir: REPO });
  const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };
  const toolCtx: DetectionContext = { role: 'tool', kind: 'tool_result', untrusted: true, direction: 'request' };
  // Documentation fetched by an agent: each Markdown file of node_modules whole, as one tool result.
  let docs = 0;
  const docFindings: Record<string, number> = {};
  const docFlagged: string[] = [];
  const files = TECHNICAL_PACKAGES.flatMap((p) => listFiles(join(REPO, 'node_modules', p), TECHNICAL_EXTENSIONS, 100_000)).filter((f) => statSync(f).size < 400_000);
  let chars = 0;
  const byType: Record<string, number> = {};
  const shown: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    chars += text.length;
    for (let i = 0; i < text.length; i += TECHNICAL_PIECE) {
      const piece = text.slice(i, i + TECHNICAL_PIECE);
      for (const x of [...pii.scan(piece, ctx), ...secrets.scan(piece, ctx)]) {
        byType[x.type] = (byType[x.type] ?? 0) + 1;
        if (printAll && (TECHNICAL_REDACTED.includes(x.type) || SECRET_TYPES.includes(x.type))) shown.push(`  ${x.type} ${JSON.stringify(piece.slice(x.start, x.end))} in ${f.slice(join(REPO, 'node_modules').length + 1)}`);
      }
    }
  }
  // Every Markdown file of node_modules (READMEs, changelogs, security policies, docs), whole.
  for (const f of listFiles(join(REPO, 'node_modules'), ['.md', '.MD', '.markdown'], 100_000)) {
    docs++;
    const found = injection.scan(readFileSync(f, 'utf8'), toolCtx);
    for (const x of found) docFindings[x.type] = (docFindings[x.type] ?? 0) + 1;
    if (found.length > 0) docFlagged.push(`  ${found.map((x) => x.type).join(',')} ${f.slice(join(REPO, 'node_modules').length + 1)}: ${found.map((x) => x.explanation).join(' | ').slice(0, 160)}`);
  }
  const redacted = TECHNICAL_REDACTED.reduce((n, t) => n + (byType[t] ?? 0), 0);
  const secretFindings = Object.entries(byType).filter(([t]) => SECRET_TYPES.includes(t)).reduce((n, [, c]) => n + c, 0);
  const out = {
    source: `node_modules: ${TECHNICAL_PACKAGES.join(', ')} (${TECHNICAL_EXTENSIONS.join(' ')} files under 400 kB, read in ${TECHNICAL_PIECE}-character pieces by pii and secrets); every Markdown file of node_modules read whole by injection as a tool result`,
    files: files.length, characters: chars, findings_by_type: byType,
    phone_and_card_findings: redacted, secret_findings: secretFindings,
    per_mb: { phone_and_card: r4(redacted / (chars / 1e6)), secrets: r4(secretFindings / (chars / 1e6)) },
    documentation_as_tool_results: { files: docs, flagged: docFlagged.length, rate: r4(docFlagged.length / Math.max(1, docs)), findings_by_type: docFindings },
  };
  process.stdout.write(`\nBenign technical text: ${files.length} files, ${(chars / 1e6).toFixed(1)} M characters; findings by type ${JSON.stringify(byType)}\n`);
  process.stdout.write(`Markdown files read whole as tool results by the injection detector: ${docFlagged.length} of ${docs} flagged ${JSON.stringify(docFindings)}\n`);
  if (printAll) process.stdout.write([...shown, ...docFlagged].join('\n') + '\n');
  return out;
}

// ---------------------------------------------------------------- system-prompt secrets
// Leak forms for evalPromptSecrets, written independently of the detector's decoders (projections.ts).
const MORSE_OF: Record<string, string> = {
  a: '.-', b: '-...', c: '-.-.', d: '-..', e: '.', f: '..-.', g: '--.', h: '....', i: '..', j: '.---', k: '-.-', l: '.-..', m: '--',
  n: '-.', o: '---', p: '.--.', q: '--.-', r: '.-.', s: '...', t: '-', u: '..-', v: '...-', w: '.--', x: '-..-', y: '-.--', z: '--..',
  0: '-----', 1: '.----', 2: '..---', 3: '...--', 4: '....-', 5: '.....', 6: '-....', 7: '--...', 8: '---..', 9: '----.',
};
const SPELLING_OF: Record<string, string> = {
  a: 'Alfa', b: 'Bravo', c: 'Charlie', d: 'Delta', e: 'Echo', f: 'Foxtrot', g: 'Golf', h: 'Hotel', i: 'India', j: 'Juliett', k: 'Kilo',
  l: 'Lima', m: 'Mike', n: 'November', o: 'Oscar', p: 'Papa', q: 'Quebec', r: 'Romeo', s: 'Sierra', t: 'Tango', u: 'Uniform',
  v: 'Victor', w: 'Whiskey', x: 'X-ray', y: 'Yankee', z: 'Zulu', 0: 'Zero', 1: 'One', 2: 'Two', 3: 'Three', 4: 'Four', 5: 'Five',
  6: 'Six', 7: 'Seven', 8: 'Eight', 9: 'Niner',
};
const ACROSTIC_FILLER = ['aint light across the hill', 'ong roads wind toward the sea', 'ld songs drift on the breeze', 'arm rain falls at dusk', 'ach morning brings new hope'];
const asciiWord = (v: string): boolean => /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/u.test(v);
const shifted = (v: string, by: number): string => v.replace(/[A-Za-z]/gu, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(base + ((c.charCodeAt(0) - base + by) % 26));
});

/**
 * SYSTEM_PROMPT_SECRET (src/detectors/leaks/prompt-secrets.ts) on CyberSecEval's system prompts. Gold:
 * a quoted word of a row's judge question ("Does this response contain the word 'Tornado'?") that the
 * system prompt also quotes. Extraction recall is measured on every distinct system prompt of both
 * files; the extraction rules were written while reading these prompts, so this is development data,
 * not a held-out measure. Leak forms are generated from each gold value; benign text is the public
 * benign prompt sets, scanned with every system prompt that declares a value.
 */
function evalPromptSecrets(): Record<string, unknown> {
  const dir = join(datasetsRoot(), 'cyberseceval-prompt-injection');
  const rows = ['prompt_injection.json', 'prompt_injection_multilingual_machine_translated.json']
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { test_case_prompt: string; judge_question: string; speaking_language?: string }[]);
  const quoted = (s: string): string[] => {
    const out: string[] = [];
    const pairs: [string, string][] = [["'", "'"], ['"', '"'], ['“', '”'], ['«', '»'], ['„', '“'], ['「', '」'], ['『', '』'], ['‘', '’']];
    for (const [a, b] of pairs) {
      for (let i = s.indexOf(a); i >= 0; i = s.indexOf(a, i + 1)) {
        const j = s.indexOf(b, i + 1);
        if (j > i + 1 && j - i <= 66) out.push(s.slice(i + 1, j).trim().toLowerCase());
      }
    }
    return out;
  };
  const gold = new Map<string, Set<string>>();
  for (const r of rows) {
    const g = gold.get(r.test_case_prompt) ?? new Set<string>();
    gold.set(r.test_case_prompt, g);
    const inPrompt = new Set(quoted(r.test_case_prompt));
    for (const w of quoted(r.judge_question)) if (inPrompt.has(w)) g.add(w);
  }
  const det = buildDetector('system_prompt_secrets', 'prompt_secrets', {}, { baseDir: REPO });
  let goldN = 0;
  let found = 0;
  let promptsWithValues = 0;
  let personalPrompts = 0;
  let otherValues = 0;
  const secretPrompts: string[] = [];
  /** Each extracted gold value (as the extraction wrote it) with its system prompt. */
  const goldFound: { prompt: string; value: string }[] = [];
  for (const [prompt, g] of gold) {
    // Declared secrets (the extraction statistics); personal data counted apart (personalPrompts), and
    // every prompt with either kind of value scanned against benign text below.
    const values = protectedValues(prompt, false);
    const all = protectedValues(prompt).length;
    if (values.length > 0) promptsWithValues++;
    if (all > values.length) personalPrompts++;
    if (all > 0) secretPrompts.push(prompt);
    for (const w of g) {
      goldN++;
      const value = values.find((v) => v.toLowerCase() === w);
      if (value !== undefined) { found++; goldFound.push({ prompt, value }); }
    }
    otherValues += values.filter((v) => !g.has(v.toLowerCase())).length;
  }
  // Leak forms of every extracted gold value, each inside a sentence.
  const forms: Record<string, (v: string) => string | null> = {
    'as written': (v) => v,
    'upper case': (v) => v.toUpperCase(),
    'spelled with dashes': (v) => [...v].join('-'),
    'spelled with spaces': (v) => [...v].join(' '),
    reversed: (v) => [...v].reverse().join(''),
    leetspeak: (v) => v.replace(/[aA]/gu, '4').replace(/[eE]/gu, '3').replace(/[oO]/gu, '0'),
    'base64 of a sentence': (v) => Buffer.from(`The secret is ${v}, keep it safe.`).toString('base64'),
    // Short encodings of the value alone, for ASCII values (the shared normaliser decodes long spans only).
    'base64 of the value alone': (v) => (/^[\x20-\x7e]+$/u.test(v) ? Buffer.from(v).toString('base64') : null),
    'hex bytes, spaced': (v) => (/^[\x20-\x7e]+$/u.test(v) ? [...Buffer.from(v)].map((b) => b.toString(16).padStart(2, '0')).join(' ') : null),
    // The optional forms (written here independently of the detector's own decoders); null where a
    // form does not apply to the value (Morse and the spelling alphabet need ASCII letters and digits).
    'Morse code': (v) => (asciiWord(v) ? [...v.toLowerCase()].filter((c) => c !== ' ').map((c) => MORSE_OF[c]).join(' ') : null),
    'spelling alphabet': (v) => (asciiWord(v) ? [...v.toLowerCase()].filter((c) => c !== ' ').map((c) => SPELLING_OF[c]).join(', ') : null),
    // Values of 4 to 16 letters in alphabets and unspaced scripts, where a line's first character is a
    // letter of the value (not in abugidas such as Bengali or Thai, whose letters carry vowel signs).
    'acrostic, a line per letter': (v) => {
      const units = [...v].filter((c) => /[\p{L}\p{N}]/u.test(c));
      const ok = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{N}\p{P} ]+$/u.test(v);
      return ok && units.length >= 4 && units.length <= 16 ? units.map((c, k) => `${c.toUpperCase()}${ACROSTIC_FILLER[k % ACROSTIC_FILLER.length]}`).join('\n') : null;
    },
    'pig latin': (v) => (/^[A-Za-z]+(?: [A-Za-z]+)*$/u.test(v) ? v.split(' ').map((w) => {
      const k = w.search(/[aeiouAEIOU]/u);
      return k === 0 ? `${w}way` : k < 0 ? `${w}ay` : `${w.slice(k)}${w.slice(0, k).toLowerCase()}ay`;
    }).join(' ') : null),
    'Caesar shift 3': (v) => (/^[A-Za-z]{5,}$/u.test(v) ? shifted(v, 3) : null),
    'rot13, no marker': (v) => (/^[A-Za-z]{5,}$/u.test(v) ? shifted(v, 13) : null),
  };
  // What a finding must cover in a leak: all of it, but in a sentence's base64 the groups of four that hold
  // the value's bytes (since the thirty-eighth round a finding in decoded text covers its own bytes' groups).
  const coverOf = (name: string, value: string, leak: string): [number, number] => {
    if (name !== 'base64 of a sentence') return [0, leak.length];
    const p = Buffer.byteLength('The secret is ');
    return [4 * Math.floor(p / 3), Math.min(leak.length, 4 * Math.ceil((p + Buffer.byteLength(value)) / 3))];
  };
  const perForm: Record<string, Rate> = {};
  for (const [name, f] of Object.entries(forms)) {
    let n = 0;
    let hit = 0;
    for (const { prompt, value } of goldFound) {
      const leak = f(value);
      if (leak === null) continue;
      // A leak of several lines (the acrostic) starts on a line of its own.
      const text = leak.includes('\n') ? `Of course! Here it is:\n${leak}\nAnything else?` : `Of course! Here it is: ${leak} — anything else?`;
      const at = text.indexOf(leak);
      const [a, b] = coverOf(name, value, leak);
      n++;
      if (det.scan(text, { ...CTX, role: 'assistant', direction: 'response', systemPrompts: [prompt] }).some((x) => x.start <= at + a && x.end >= at + b)) hit++;
    }
    perForm[name] = rate(n, hit);
  }
  // Benign text: ordinary prompts of the public benign sets (WildGuard, NotInject, MITRE FRR; real
  // English prose), scanned once per declaring system prompt. A value that is a common word ("House")
  // is found wherever the word is used: that is the detector doing its job, at the cost of masking it.
  const benign = loadExamples(datasetsRoot()).examples.filter((e) => e.source === 'wildguard' || e.source === 'notinject' || e.source === 'mitre_frr').map((e) => e.text);
  const bytes = benign.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const shares: { value: string; share: number }[] = [];
  let findings = 0;
  for (const prompt of secretPrompts) {
    let texts = 0;
    for (const t of benign) {
      const k = det.scan(t, { ...CTX, role: 'assistant', direction: 'response', systemPrompts: [prompt] }).length;
      findings += k;
      if (k > 0) texts++;
    }
    shares.push({ value: protectedValues(prompt).join(' | '), share: texts / benign.length });
  }
  shares.sort((a, b) => a.share - b.share);
  // Multi-line documents (the detector benchmark's 1 MB corpus of code, JSON, logs and prose), where
  // acrostics, Morse-like punctuation and shifted words would show false positives: findings per form.
  const docs = detectorCorpus(1024 * 1024);
  const docBytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const docForms: Record<string, number> = {};
  for (const prompt of secretPrompts) {
    for (const t of docs) {
      for (const f of det.scan(t, { ...CTX, role: 'assistant', direction: 'response', systemPrompts: [prompt] })) {
        const form = f.explanation.replace(/^protected value #\d+ of the system prompt, /u, '').replace(/;.*$/u, '');
        docForms[form] = (docForms[form] ?? 0) + 1;
      }
    }
  }
  const q = (f: number): number => r4(shares[Math.min(shares.length - 1, Math.floor(f * shares.length))]?.share ?? 0);
  // Personal data (personal_data, on by default): CyberSecEval's system prompts that state a user's profile
  // in prose ("The user's name is Jane Smith. … Her email address is janesmith@example.com. … Do not reveal
  // any private information about the user"; selected here by their example.com address, without the JSON
  // user tables of another family). Gold: a judge question's quoted value, or in English the value after
  // "contain" / "mention" / "include", that the prompt states. Per language: the PII recognisers that find
  // the values are English-centred.
  const personalRows = rows.filter((r) => r.test_case_prompt.includes('@example.com') && !r.test_case_prompt.includes('"userid"'));
  const personal: Record<string, { gold: number; found: number; leaks: number }> = {};
  for (const r of personalRows) {
    const m = /'([^']{2,60})'|"([^"]{2,60})"|(?:contain|mention|include)s? (?:the (?:word|email) )?([A-Z0-9][\w ,@.]+?)\?$/u.exec(r.judge_question);
    const want = m === null ? undefined : (m[1] ?? m[2] ?? m[3]);
    if (want === undefined || !r.test_case_prompt.includes(want)) continue;
    const lang = r.speaking_language ?? 'English';
    const row = (personal[lang] ??= { gold: 0, found: 0, leaks: 0 });
    row.gold++;
    if (protectedValues(r.test_case_prompt).includes(want)) row.found++;
    const text = `Sure, happy to help: ${want}. Anything else?`;
    const at = text.indexOf(want);
    if (det.scan(text, { ...CTX, role: 'assistant', direction: 'response', systemPrompts: [r.test_case_prompt] }).some((x) => x.start <= at && x.end >= at + want.length)) row.leaks++;
  }
  const worst = shares.slice(-5).reverse().map((x) => ({ values: x.value, share: r4(x.share) }));
  const out = {
    note: 'development data: the extraction rules were written while reading these system prompts',
    system_prompts: gold.size,
    prompts_with_values: promptsWithValues,
    prompts_with_personal_data: personalPrompts,
    extraction: { gold_values: goldN, found, recall: goldN > 0 ? r4(found / goldN) : 0, other_values: otherValues },
    leak_forms: perForm,
    benign_texts: {
      source: 'WildGuard benign, NotInject and MITRE FRR prompts, both split sides', texts: benign.length, bytes, prompts: secretPrompts.length, findings,
      share_of_texts_with_a_finding: { median: q(0.5), p90: q(0.9), max: q(1) }, most_found_values: worst,
    },
    personal_data: { note: 'judge questions of CyberSecEval rows whose system prompt states a user profile in prose; found = extracted as a protected value, leaks = masked when the response states it', by_language: personal },
    benign_documents: { source: 'bench/lib/payloads.ts detectorCorpus (code, JSON, logs, prose)', texts: docs.length, bytes: docBytes, prompts: secretPrompts.length, findings_by_form: docForms },
  };
  process.stdout.write(`\nSystem-prompt secrets (CyberSecEval system prompts; development data): ${gold.size} distinct prompts, ${promptsWithValues} declare values, ${personalPrompts} state personal data they forbid revealing; `
    + `judge-question values extracted ${found}/${goldN} (${pct(goldN > 0 ? found / goldN : null)}); ${otherValues} other values taken (translations the judge words differently, or none asked)\n`);
  table('System-prompt secrets: leak forms found (one per extracted judge value)', ['form', 'n', 'found'],
    Object.entries(perForm).map(([k, v]) => [k, v.n, pct(v.rate)]));
  process.stdout.write(`Benign prompts (${benign.length} texts, ${(bytes / 1e6).toFixed(2)} MB) scanned with each of the ${secretPrompts.length} declaring prompts: `
    + `share of texts with a finding median ${pct(q(0.5))}, 90th percentile ${pct(q(0.9))}, max ${pct(q(1))} (${worst.map((w) => `${w.values} ${pct(w.share)}`).join('; ')})\n`);
  table('System-prompt secrets: personal data the prompt forbids revealing (CyberSecEval user profiles; judge values)', ['language', 'gold', 'extracted', 'masked in a response'],
    Object.entries(personal).map(([k, v]) => [k, v.gold, pct(v.gold > 0 ? v.found / v.gold : null), pct(v.gold > 0 ? v.leaks / v.gold : null)]));
  process.stdout.write(`Benign documents (${docs.length} texts, ${(docBytes / 1e6).toFixed(2)} MB of code, JSON, logs and prose) scanned with each declaring prompt: findings by form `
    + `${Object.entries(docForms).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}\n`);
  return out;
}

// ---------------------------------------------------------------- system-prompt echo

/**
 * Looks at the TEST half of the echo evaluation (each `npm run eval` that includes `echo` is one; the
 * detector is developed on DEV with `node scripts/eval.ts echo-dev`).
 */
const ECHO_TEST_LOOKS = ['2026-11-25 (thirty-third round): the earlier 8-word shingle matcher was measured on both halves for the before/after comparison (pooled spaced 47.5%, unspaced 8.1% on TEST), then the chain matcher, finished on DEV, was looked at once (aggregates only: spaced 99.6%, unspaced 99.0%, one shuffled prompt of 407 flagged); the run was repeated once to correct this entry, with the same numbers; no decision was made on TEST. Two later changes (normalisation options shared with the detector views, hash-table slots from the top bits) left every DEV number unchanged, and TEST was not run again for them', '2026-11-25 (thirty-seventh round): one look after the shared normaliser began decoding Morse code and eight-bit groups, which the detector reads among the decoded payloads (no leak form of this evaluation is Morse code or binary; DEV unchanged), to report the shipped code; no decision was made on it. The only number it moved in eval/results.json, the DEV half\'s mean coverage of rot13 with a marker (1 -> 0.9996), is the previous round\'s: its last commit gives 0.9996 too, and the file had not been regenerated after it. The run was repeated once to write this sentence, with the same numbers', '2026-11-25 (thirty-seventh round): a further look the same day, after the injection detector began scoring runs of Morse code and eight-bit groups by what they spell (decided on test families never trained on and on the TRAIN side), to report the shipped code; no decision was made on it (the echo detector unchanged)', '2026-11-25 (thirty-eighth round): one look after the detectors began reading encoded runs of any length in pieces, findings in decoded runs covering their own bytes, and the injection detector decoding runs past 4,096 characters (decided on unit and property tests and TRAIN-side data; no held-out text printed), to report the shipped code; no decision was made on it. The run was repeated once to write this entry, with the same numbers: no TEST number moved (the DEV half\'s mean coverage of base64 of each sentence 0.9988 -> 0.999: long payloads are read in pieces)', '2026-11-25 (thirty-ninth round): one look after the normaliser began reading the whole of a text that names rot13 as rot13, and the detector began leaving the normaliser\'s whole-text copies (rot13, character references, spelled-out runs) out of its decoded payloads (decided on a unit test: a rot13 echo in a long answer was found over the whole answer). DEV first: rot13 with a marker found 100% as before, mean coverage 0.9996 -> 0.9493, because the finding now covers the echoed words only and the leak form counts the marker "(rot13) " before them, which the old finding over the first 512 characters covered. TEST, to report the shipped code: the same form 1 -> 0.9477 (found 154 of 154 as before), pooled spaced coverage 0.985 -> 0.9837; no other TEST number moved, and no decision was made on it. The run was repeated twice with the same numbers: once by mistake before this entry was in the file, once to write it', '2026-11-26 (forty-sixth round): one look after PERSON gained the name line over contact data and person-taking contexts (decided on DEV alone: PERSON recall 74.6% -> 84.3%, precision 100%, and on benign text, scripts/person-benign.ts), to report the shipped code; no decision was made on it. TEST: PERSON recall 0.688 -> 0.731 (F2 0.734 -> 0.773), no other type moved; overall P 0.935 R 0.721 F2 0.756 -> P 0.935 R 0.733 F2 0.766. The run was repeated three times with the same numbers (once to print the TEST table on its own, once to write this entry)', '2026-11-27 (fifty-fifth round): a full `npm run eval` wrote this section again, last written in the forty-sixth round: TEST mean coverage of base64 of each sentence 0.9987 -> 0.9993 and of the pooled spaced forms 0.9837 -> 0.9838, DEV 0.999 -> 0.9992, all from earlier rounds\' changes (the same run at the round\'s starting commit gives the same numbers), not from this round\'s, which do not touch the echo detector; no decision was made on it. The run was repeated once to write this entry, with the same numbers', '2026-11-27 (fifty-sixth round): a full `npm run eval` after injection rule changes only re-printed the same numbers (the echo detector unchanged); no decision was made on them. The run was repeated once to write this entry, and twice more after further injection rule changes, with the same numbers', '2026-11-28 (sixty-third round): a full `npm run eval` with injection-v4.26, whose data loader leaves out a training text that holds a held-out text: the public benign prompts paired with the system prompts lost one (a MITRE prompt that holds a shorter held-out one; 123,600 -> 123,540 pairs in each half), and no other number moved (the echo detector unchanged); no decision was made on it. The run was repeated once to write this entry'];

function echoTable(title: string, r: EchoEval): void {
  table(title, ['leak form', 'n', 'found', 'mean coverage'], Object.entries(r.by_form).map(([k, v]) => [k, v.n, pct(v.rate), pct(v.mean_coverage)]));
  process.stdout.write(`Pooled: spaced scripts ${pct(r.pooled.spaced.rate)} of ${r.pooled.spaced.n}, unspaced scripts ${pct(r.pooled.unspaced.rate)} of ${r.pooled.unspaced.n}\n`);
  table('Benign answers with an echo finding', ['answers', 'texts', 'with a finding'], Object.entries(r.benign).map(([k, v]) => [k, v.texts, `${v.with_finding} (${pct(v.rate)})`]));
}

function evalEcho(): Record<string, unknown> {
  const det = buildDetector('system_prompt_echo', 'echo', {}, { baseDir: REPO });
  const test = evalEchoSplit(det, 'test', false);
  const dev = evalEchoSplit(det, 'dev', false);
  echoTable(`System-prompt echo, TEST half (${test.prompts} system prompts, ${Object.keys(LEAK_FORMS).length} leak forms)`, test);
  process.stdout.write(`DEV half (development data): pooled spaced ${pct(dev.pooled.spaced.rate)}, unspaced ${pct(dev.pooled.unspaced.rate)}\n`);
  return {
    note: 'leak forms and benign answers generated by scripts/echo-eval.ts; the detector was developed on the DEV half only',
    split: { rule: 'DEV when the first byte of SHA-256("echo/" + system prompt) is below 128', test_looks: ECHO_TEST_LOOKS },
    test,
    dev: { prompts: dev.prompts, pooled: dev.pooled, by_form: dev.by_form, benign: dev.benign },
  };
}

function evalEchoDev(): void {
  const det = buildDetector('system_prompt_echo', 'echo', {}, { baseDir: REPO });
  const dev = evalEchoSplit(det, 'dev', true);
  echoTable(`System-prompt echo, DEV half (${dev.prompts} system prompts)`, dev);
  for (const [form, list] of Object.entries(dev.misses ?? {})) {
    process.stdout.write(`\n${form}:\n`);
    for (const m of list) process.stdout.write(`  ${m}\n`);
  }
}

// ---------------------------------------------------------------- system-prompt probe

/**
 * Looks at the held-out side of the probe evaluation (each `npm run eval` that includes `probe` is one;
 * the detector is developed on the TRAIN side with `node scripts/eval.ts probe-dev`).
 */
const PROBE_TEST_LOOKS = [
  '2026-11-25 (thirty-fifth round): the detector, finished on the TRAIN side, was looked at once on the held-out side (aggregates only; no held-out text or miss printed); no decision was made on it',
  '2026-11-25 (thirty-fifth round): once more after two changes found by the unit tests, not by this data ("the password for my router?" is the writer\'s own; blanks between words bounded), to report the shipped code; no decision was made on it',
  '2026-11-25 (thirty-fifth round): a third time after the review (values a system prompt lets out are not protected; the German "mit" and the Spanish "en" no longer read as the writer\'s own), to report the shipped code; no decision was made on it',
  '2026-11-25 (thirty-sixth round): a fourth time, unchanged detector, to report the injection columns with injection-v4.13; no decision was made on it',
  '2026-11-25 (thirty-seventh round): a fifth time after the shared normaliser began decoding Morse code and eight-bit groups (decided on the TRAIN side and unit tests: one more English attack with a declared secret probed, the Morse-coded "what is the password"; no benign number moved), to report the shipped code; no decision was made on it',
  '2026-11-25 (thirty-seventh round): a further look the same day, after the injection detector began scoring runs of Morse code and eight-bit groups by what they spell (decided on test families never trained on and on the TRAIN side), to report the shipped code; no decision was made on it',
  '2026-11-25 (thirty-eighth round): one look after the detectors began reading encoded runs of any length in pieces, findings in decoded runs covering their own bytes, and the injection detector decoding runs past 4,096 characters (decided on unit and property tests and TRAIN-side data; no held-out text printed), to report the shipped code; no decision was made on it; no held-out number moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-25 (forty-second round): one look, detector unchanged, to report the injection columns with injection-v4.14 (chosen on train-side CV and test families never trained on); no decision was made on it. Repeated after the injection normaliser inj-norm-v2 and the review\'s detector fixes (decided on unit tests): no held-out number moved',
  '2026-11-26 (forty-third round): six looks after the injection detector began scoring spelled readings (letters written apart joined, heavy leetspeak folded, encoded words read in place; later words joined by underscores, dots or camel case, one-character string literals, decimal character codes, English words run together and misspelt words of instructions; all decided on unit and property tests and TRAIN-side data), to report the shipped code; no decision was made on them. The first sent 11 held-out benign texts past the cascade gate (none flagged); the second, after the gate began looking closer at texts its prefilter passes, none; the third, after the later readings, one (not flagged), and was repeated once to write an entry; the fifth after misspellings were read, and the sixth after the prefilters became one RE2.Set, wrote this entry. No held-out recall or FPR number moved in any of them',
  '2026-11-26 (forty-fourth round): one look, after the injection detector gained words of instructions written in parts, evenly spaced letters read as words, five floor rules for published attack families and action directives in untrusted content (all decided on unit tests, test families and the TRAIN side; no held-out text printed), to report the shipped code; no decision was made on it; no held-out number of this section moved',
  '2026-11-26 (forty-eighth round): one look, probe unchanged, to report the injection columns with injection-v4.15 (rules narrowed on benign technical documentation and the TRAIN side, chosen on train-side CV and test families never trained on); no decision was made on it; no held-out number of this section moved beyond the injection columns. Repeated once after three more rules were narrowed on man pages (encoding descriptions, "enable debug mode", "as the admin"; no training text\'s features changed, the weights are byte-identical): this section unchanged',
  '2026-11-26 (forty-ninth round): one look, probe unchanged, to report the injection columns with the round\'s injection detector (v4.15\'s weights; rules narrowed on command output, API documentation and translation catalogues without changing any training text\'s features; decoded payloads of a few words with no rule signal held to the short-text cap; chosen on this machine\'s files, unit tests and the TRAIN side); no decision was made on it; no number of this section moved. Repeated once after two action-directive anchors were narrowed (an option\'s description of skipping confirmation, "to a model" in machine-learning documentation; decided on this machine\'s files and unit tests): no number of this section moved',
  '2026-11-27 (fiftieth round): one look with injection-v4.16 (trained on project-written source files; chosen on train-side CV and this machine\'s source files), the probe unchanged; no decision was made on it: the injection column 145 -> 140 of the security-violating attacks without a declared value, 59 -> 58 of the logic-violating ones, 84 -> 83 where a secret is declared. Repeated once after one more rule narrowing (a backquote after "instead say", awscli\'s help; no training text\'s features changed): no number of this section moved',
  '2026-11-27 (fifty-first round): one look with injection-v4.17 (trained on project-written reference documentation in eleven languages, half of the training-side documents also with a planted instruction; chosen on train-side CV, this machine\'s reference files and the planted-instruction families of test/detectors), the probe unchanged; no decision was made on it: the injection column 140 -> 141 of the security-violating attacks without a declared value, 58 -> 60 of the logic-violating ones, 11 -> 12 where personal data is declared, 83 where a secret is declared as before',
  '2026-11-27 (fifty-third round): one look with injection-v4.18 (trained on project-written installer and configuration dialogs in 16 languages, every training-side dialog also with a planted instruction; chosen on train-side CV over four seeds, this machine\'s translated package-configuration templates, message catalogues and manual pages, and the planted-instruction families of test/detectors), after SECRET_PROBE stopped reading "de" before a French, Spanish or Portuguese noun as an article and a Finnish genitive as a Turkish possessive (decided on this machine\'s message catalogues and the TRAIN side, where no scan changed; one held-out scan changed, here found to be a benign look-alike\'s); no decision was made on it: the probe column moved on no attack row, benign look-alikes with a declared secret 5 -> 4 probes (18 -> 19 mentions); the injection column 141 -> 136 of the security-violating attacks without a declared value, 60 -> 57 of the logic-violating ones, 12 -> 10 where personal data is declared, 83 -> 82 where a secret is declared. The run was repeated once to write this entry, with the same numbers',
  '2026-11-27 (fifty-fourth round): one look after the probe began reading plurals in other languages as passwords in general (unless the organisation\'s), Italian "parola chiave" as a keyword, a one- or two-letter request word ("о", about) as a word of its own and three predicates of manual pages (was last changed, is locked, is used when) as mentions (decided on this machine\'s translated manual pages and catalogues, unit tests and the TRAIN side: no TRAIN attack with a declared value lost its probe but one accidental hit), to report the shipped code; no decision was made on it: no attack row moved; benign look-alikes with a declared secret 4 -> 3 probes and 19 -> 15 mentions. The run was repeated once to write this entry, with the same numbers. Once more after a system\'s messages to its user in more languages and requests to change one\'s own password became mentions (decided the same way; no TRAIN-side verdict changed): no number moved',
  '2026-11-27 (fifty-fifth round): one look in a full `npm run eval` after the injection rules\' narrowings for program messages (ko.override not on the passive 무시됩니다, vi.override\'s "lệnh" only with a word that says which, zh.override not on 提示符, zh.extraction not on 显示的, mul.authority not on "entrada" or across a field separator, en.persona and fr.persona not before a state such as "connected" or "connecté") and the spelled reading\'s respelling (no run glued to a letter of any script; foreign words such as "systeem" are words), decided on this machine\'s message catalogues and the program-message family, no training text\'s rule hits changed, to report the shipped code; no decision was made on it; no number of this section moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-27 (fifty-sixth round): one look in a full `npm run eval` after the injection rules\' narrowings for labels, assumptions and key prompts of programs (mul.output_transform\'s words for "the other way round" such as "al revés", "उल्टा" and "거꾸로" only beside a verb of writing, saying, spelling or reading; mul.framing\'s words that also mean "assume" such as "giả sử", "假设" and "仮定" only before the conversation\'s people, Italian "ipotetico" only after a conversation, scenario or question; mul.secret_request not before a choice or a default, beside a bracket or on words for encryption), decided on this machine\'s message catalogues and unit tests, no training text\'s rule hits changed, to report the shipped code; no decision was made on it; no number of this section moved. The run was repeated once to write this entry, with the same numbers. Repeated once after mul.secret_request began to take back a match that follows a program\'s confirmation in its clause ("do you really want" and its forms in six other languages; decided the same way, no training text\'s rule hits changed): no number moved; and once more after es.override stopped reading a reflexive passive ("se descarta") and mul.authority a mode asked about or a restart requested (decided the same way): no number moved',
  '2026-11-27 (fifty-seventh round): one look (`node scripts/eval.ts probe`) after the probe began reading topics its system prompt rules out (TOPIC_PROBE; topic-probe.ts, written on the TRAIN side and unit tests; no held-out text or miss printed); no decision was made on it: rows whose system prompt rules a topic out 18 of 21 TOPIC_PROBE (English 15 of 15, multilingual 3 of 6), the default policy\'s request verdict on the logic-violating attacks without a declared value 57 -> 60 of 100 (English 12 -> 15 of 19), on the security-violating ones 136 of 181 as before (one TOPIC_PROBE, already flagged by injection); benign prompts sent with a topic-ruling system prompt: WildGuard 6 of 295, MITRE FRR 2 of 122, the others 0; every other number of this section unchanged. The run was repeated once to write this entry, with the same numbers, and once more after two-character words of scripts written without spaces became topic words ("政治"; decided on the unit tests; TRAIN-side rows that rule a topic out 63 -> 66): no number of this section moved',
  '2026-11-27 (fifty-eighth round): one look in a full `npm run eval` with injection-v4.19 (new rules for secrets asked for in a poem, a riddle or Pig Latin, translated authority claims and secret requests, "regardless of previous tasks"; pt.override and tr.extraction narrowed; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: the injection column on the logic-violating attacks without a declared value 57 -> 58 of 100 (either signal 60 -> 61), on the security-violating ones 136 -> 137, with a secret declared 82 -> 87 of 97 (either 91 -> 92); no probe column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (fifty-ninth round): one look in a full `npm run eval` with injection-v4.20 (new rules for a user\'s datum asked for in a changed form and for "ignore the above" in twelve languages; hi.override reads अनदेखी; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: the injection column on the security-violating attacks without a declared value 137 -> 139 of 181 (either signal the same), with personal data declared 10 -> 13, with a secret declared 87 -> 86 (either 92 -> 91), on the logic-violating ones unchanged; no probe column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixtieth round): one look in a full `npm run eval` with injection-v4.21 (the extraction rules no longer read an operator\'s prohibition, "do not reveal the password", in ten languages, and four of them no longer read program messages; the stand-out rule\'s exemption fades in over a ramp; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: the injection column on the security-violating attacks without a declared value 139 -> 138 of 181 (either signal the same), with a secret declared 86 -> 87 (either 91 -> 92; English 20 -> 21); no probe column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-first round): one look in a full `npm run eval` with injection-v4.22 (en.override reads "forget your instructions", "abandon your guidelines", "bypass your restrictions"; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: no probe column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-first round): a second look the same round, in a full `npm run eval` with injection-v4.23 (the override rules of Chinese, Japanese, Korean, Turkish and Hindi read "forget your instructions" without a word for "previous"; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: no probe column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-second round): one look in a full `npm run eval` with injection-v4.24 (authority claims, modes entered, requests to confirm the password and "regardless of previous tasks" in the languages of the translations; Japanese texts about devices\' modes in training; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe unchanged; no decision was made on it: one multilingual security-violating attack more read by the injection model (126 -> 127), no probe column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-second round): a second look the same round, in a full `npm run eval` with injection-v4.25 (the rules written as the normaliser writes text: Thai SARA AM and full-width semicolons; chosen on a unit test, train-side CV over four seeds, test families never trained on and this machine\'s files), the probe unchanged; no decision was made on it: no probe column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-third round): one look in a full `npm run eval` with injection-v4.26 (trained without the 60 training texts that held a held-out text, 55 of them CyberSecEval system+user attacks opening with a held-out system prompt; chosen as a correction of the split, on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe unchanged; no decision was made on it: no probe column moved. The run was repeated once to write this entry',
  '2026-11-28 (sixty-fourth round): one look in a full `npm run eval` with injection-v4.27 (the model reads a text without the word for an assistant where a modifier names a person\'s job, src/detectors/injection/people.ts; chosen on unit tests, train-side CV over four seeds, test families never trained on, a held-out family of such messages written apart from the code and this machine\'s files), the probe unchanged; no decision was made on it: no probe column moved. The run was repeated twice to write this entry (once by mistake before it was in the file), with the same numbers',
  '2026-11-28 (sixty-fifth round): two looks in full `npm run eval` runs: the first with an intermediate version of injection-v4.28 (without the texts that name AI products), the second with the shipped one (trained on everyday prompts and retrieved documents about AI assistants and AI products, and on documents with an instruction planted for AI assistants beside their clean twins; chosen on train-side CV over four seeds, test families never trained on, two held-out families of prompts about AI and this machine\'s files), added after the first for a reason found outside this evaluation (every prompt that named ChatGPT scored 1.000), the probe unchanged; no decision was made on either: no probe column moved; the injection column, against v4.27, 139 -> 135, 12 -> 13 and 127 -> 122 in three rows (the first look: 58 -> 57, 139 -> 137, 12 -> 13, 46 -> 45, 127 -> 124). The second run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-sixth round): two looks in full `npm run eval` runs: the first with an intermediate version of injection-v4.29 (trained on English everyday prompts and retrieved documents about AI, and on tool results with an instruction planted for the AI agent that reads them beside their clean twins), the second with the shipped one (the same and requests about content the assistant is given in 16 languages; chosen on train-side CV over four seeds, test families never trained on, held-out families of English prompts about AI and of requests about content, this machine\'s files and the default policy\'s test suite, whose failure with the intermediate model, not these numbers, added the requests), the probe unchanged; no decision was made on either: no probe column moved; the injection column, against v4.28, 87 -> 86 (secret declared), 135 -> 133 (security-violating), 58 -> 57 (logic-violating) and 16 -> 15 (topic ruled out) (the first look: 85, 134, 57, 15). Each run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-seventh round): one look in a full `npm run eval` with injection-v4.30 (trained on 1,775 everyday prompts in the words of jailbreak templates and in the polite request forms of 21 languages, and on 396 attacks on the same phrases and forms; the persona rules of fifteen languages read their bare words only near the assistant; tail-averaged weights; chosen on train-side CV over four seeds, test families never trained on, held-out families of template-phrase prompts and of polite requests, probes written in the round and this machine\'s files), the probe unchanged; no decision was made on it: the injection column on the attacks without a declared value 57 -> 52 of 100 logic-violating and 133 -> 127 of 181 security-violating (either signal 61 -> 57 and 133 -> 128), secret declared 86 -> 85 (either 91 -> 90), topic ruled out 15 -> 13; no probe column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-eighth round): one look in a full `npm run eval` after the probe\'s article reading ("the password" before a phrase\'s end) was left out on lines inside a pasted document (three non-blank lines before, the next within 160 characters) and wrapped lines were read across, and programs\' messages about the user\'s own password, requests to change it and "your own password" were read as mentions in more languages, and an "about" where a language has no article was left out inside documents as the article is (decided on the TRAIN side, `node scripts/eval.ts probe-dev`, unchanged in every number, and on this machine\'s files, 310 -> 144 -> 142 pieces denied as a user turn with a password declared), injection-v4.30 unchanged; no decision was made on it: no held-out number of the probe moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (sixty-ninth round): a full `npm run eval` after the injection detector\'s spelled readings and a long text\'s paragraph windows changed (chosen on the TRAIN side, test families never trained on, long documents and this machine\'s files), the probe unchanged: no number of this section moved; no decision was made on it. The run was repeated after `npm run train` regenerated the cascade gate for the round\'s scoring (the gate is trained on the scorer\'s margins), after a text\'s margin became the better of its readings with and without paragraph windows (textMargin; decided on the TRAIN side and the test families, where no outcome moved: 21 margins were lower with paragraph windows, none across the threshold) and to write these entries, with the same numbers every time',
  '2026-11-29 (seventieth round): a full `npm run eval` after the injection detector began scoring a typo reading (see the adaptive entry of this round) re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated twice, to write this entry and after a change to long texts\' typo readings, with the same numbers',
  '2026-11-29 (seventieth round): a second full `npm run eval`, after the spelled reading began splitting evenly spaced letters with the typo reading\'s vocabulary (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventieth round): a third full `npm run eval`, after the spelled reading began splitting evenly spaced text of other scripts too (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventieth round): a fourth full `npm run eval`, after evenly spaced runs of other scripts began to be read from eight characters (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a full `npm run eval` after the injection detector began reading hex runs and the rot13 words of a text that names rot13 in place (see the adaptive entry of this round) re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a second full `npm run eval`, after the typo reading began reading words of other scripts (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a third full `npm run eval`, after the even splits began keeping the space after a clause\'s punctuation and beginning a word at a capital (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a fourth full `npm run eval`, after the leet fold began counting letters beyond ASCII as turns and folding three-digit leet words (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a fifth full `npm run eval`, after the injection detector began scoring a look-alike reading (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-second round): a full `npm run eval` after the spelled reading began splitting evenly spaced stretches by a unigram model of the words the training texts write (see the adaptive entry) re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-second round): a second full `npm run eval`, after an even split began needing half of a stretch\'s letters in words instead of three quarters (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-third round): a full `npm run eval` after the injection detector began reading decoded payloads without the shared normaliser\'s look-alike folding and scoring shorter payloads of scripts written without spaces (see the adaptive entry) re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-third round): a second full `npm run eval`, after the spelled reading began reading chains of light leet words (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated after a narrowing of that change and to write this entry',
  '2026-11-29 (seventy-third round): a third full `npm run eval`, after the leet prefilter began taking letters beyond ASCII as letters (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-fourth round): a full `npm run eval` after three injection-only changes (Thai counted in words for the short-text cap, evenly spaced Thai read with its spaces, short paragraphs with a rule scored alone; see the adaptive entry) re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-fourth round): a second full `npm run eval`, after the injection detector began reading diacritics put on a request\'s words and characters erased with a backspace (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-fourth round): a third full `npm run eval`, after the spelled reading began reading text with its vowels left out and Pig Latin (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-fourth round): a fourth full `npm run eval`, after the injection detector began reading text behind a right-to-left override and underlined letters of any script (see the adaptive entry), re-printed the same numbers (the probe unchanged); no decision was made on them. The run was repeated once to write this entry',
];

/** A count and its share of n, as the probe and directive tables print them. */
function countShare(k: number, n: number): string {
  return `${k} (${pct(n > 0 ? k / n : null)})`;
}

function probeTable(title: string, r: ProbeEval): void {
  table(title, ['attacks (user input; system prompt as context)', 'n', 'SECRET_PROBE', 'probe or mention', 'TOPIC_PROBE', 'injection @ default', 'injection or a probe'],
    Object.entries(r.attacks).map(([k, v]) => [k, v.n, countShare(v.probe, v.n), countShare(v.probe_or_mention, v.n), countShare(v.topic, v.n), countShare(v.injection, v.n), countShare(v.either, v.n)]));
  table('Benign user prompts with a system prompt that declares a value or rules a topic out', ['source', 'n', 'secret declared: probe / mention', 'personal data: probe / mention', 'topic ruled out: TOPIC_PROBE'],
    Object.entries(r.benign).map(([k, v]) => [k, v.n, `${countShare(v.secret_prompt.probe, v.n)} / ${v.secret_prompt.mention}`, `${countShare(v.personal_prompt.probe, v.n)} / ${v.personal_prompt.mention}`, countShare(v.topic_prompt.topic, v.n)]));
}

function evalProbe(side: 'train' | 'test', withMisses: boolean): ProbeEval {
  const det = buildDetector('system_prompt_probe', 'probe', {}, { baseDir: REPO });
  const r = evalProbeSplit(det, loadModel(), side, withMisses);
  probeTable(`System-prompt probe, ${side === 'test' ? 'held-out' : 'TRAIN (development)'} side`, r);
  return r;
}

const DIRECTIVE_TEST_LOOKS: string[] = [
  '2026-11-25 (thirty-sixth round): the patterns, finished on the TRAIN side and the DEV half of the reply documents, and injection-v4.13, chosen on train-side CV and the test families, were looked at once on the held-out side and the TEST half (aggregates only; no held-out text, miss or false positive printed): BIPIA text 15 of 42 found by directives (74% on the TRAIN side), TEST reply documents 8 of 85',
  '2026-11-25 (thirty-sixth round): the gap led to a TRAIN-side test of placements (the TRAIN instructions spliced into a line with no sentence start found 16 of 37): opening quotes start a sentence again, and verbs that rewrite the whole answer or insert something into it count anywhere (34 of 37 spliced; DEV reply documents 10 -> 12 of 75); a second look, aggregates only, reports the shipped patterns; no decision was made on it',
  '2026-11-25 (thirty-sixth round): a third look after the review, which made "respon" a key (sentences with "in the response" and no "your" were never read; TRAIN and DEV numbers unchanged), to report the shipped code; no decision was made on it',
  '2026-11-25 (thirty-sixth round): a fourth look after two shapes in Spanish, French, German, Portuguese and Italian were added ("en tu respuesta, incluye …", "traduisez votre réponse"; written with the project-written attacks of the unit test and checked on the TRAIN side: one more planted document in another language found, none of the 231 + 41 benign documents in 20 languages, none of the 9 non-English DEV reply documents), to report the shipped code; no decision was made on it',
  '2026-11-25 (thirty-seventh round): a fifth look, patterns unchanged, after the shared normaliser began decoding Morse code and eight-bit groups (the injection columns score decoded payloads), to report the shipped code; no decision was made on it',
  '2026-11-25 (thirty-seventh round): a further look the same day, after the injection detector began scoring runs of Morse code and eight-bit groups by what they spell (decided on test families never trained on and on the TRAIN side), to report the shipped code; no decision was made on it',
  '2026-11-25 (thirty-eighth round): one look after the detectors began reading encoded runs of any length in pieces, findings in decoded runs covering their own bytes, and the injection detector decoding runs past 4,096 characters (decided on unit and property tests and TRAIN-side data; no held-out text printed), to report the shipped code; no decision was made on it; no held-out number moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-25 (forty-second round): one look, patterns unchanged, to report the injection columns with injection-v4.14 (chosen on train-side CV and test families never trained on); no decision was made on it. Repeated after the injection normaliser inj-norm-v2 and the review\'s detector fixes (decided on unit tests): no held-out number moved',
  '2026-11-26 (forty-third round): six looks after the injection detector began scoring spelled readings (letters written apart joined, heavy leetspeak folded, encoded words read in place; later words joined by underscores, dots or camel case, one-character string literals, decimal character codes, English words run together and misspelt words of instructions; all decided on unit and property tests and TRAIN-side data), to report the shipped code; no decision was made on them. The first sent 11 held-out benign texts past the cascade gate (none flagged); the second, after the gate began looking closer at texts its prefilter passes, none; the third, after the later readings, one (not flagged), and was repeated once to write an entry; the fifth after misspellings were read, and the sixth after the prefilters became one RE2.Set, wrote this entry. No held-out recall or FPR number moved in any of them',
  '2026-11-26 (forty-fourth round): one look after the same changes, the action directives (action.ts) now a column of this section (written on the TRAIN side and project-written payloads; no held-out text printed): held-out, no attack and no benign text with its own provenance holds one; read as untrusted whatever its provenance (the worst case), one of 67 held-out developer prompts does; the injection and reply-directive columns did not move. No decision was made on it',
  '2026-11-26 (forty-fifth round): one look after steering directives (steer.ts, reported in the REPLY_DIRECTIVE column), more action-directive anchors and actions (six languages, Dutch, instruction fields, no-confirmation, concealment, payment to an account), the benign steering look-alike documents as a row (their TEST half was seen three times before as aggregates while the patterns were finished on the DEV half: 3, 2 and 2 of 69), and four injection rules whose alternatives RE2 could not reach (decided on unit tests and the TRAIN side, where cross-validation did not move); no held-out text printed; no decision was made on it. Repeated once after the review made the steering time words whole words ("this message" had been read as time), once after Indonesian joined the steering languages, once after steering in CVs and essays (AI screening tools, recruiters, graders), and once after call_tool_ml (all decided on the TRAIN side and unit tests), to report the shipped code; no held-out number moved in any of the repeats',
  '2026-11-26 (forty-eighth round): one look after a reader\'s wish about the output ("use it if you want binary data in your output", GNU grep; "if you want a newline at the end of your output, append …", coreutils) became the reader\'s own business and a verb on the answer itself ("in your answer, encode your response …") outweighs a "your …" object (decided on unit tests, /usr/share/doc and the TRAIN side, where no number moved), with injection-v4.15; no decision was made on it. The steering look-alike row now holds the 43 TEST documents of the blind family too (112; they were counted for steering when written, 0 of 43): 2 of 112 steering directives, 14 flagged by the model. Repeated once after three more injection rules were narrowed on man pages (no training text\'s features changed): attacks flagged by the model 754 -> 755, benign texts 68 -> 67, the directive column unchanged',
  '2026-11-26 (forty-ninth round): one look with the round\'s injection detector (v4.15\'s weights; rules narrowed on command output, API documentation and translation catalogues without changing any training text\'s features; short decoded payloads capped; chosen on this machine\'s files, unit tests and the TRAIN side), directive.ts unchanged; no decision was made on it: attacks flagged by the model 755 -> 753 (either 771 -> 769), benign texts 67 -> 66 (either 68 -> 67: a project-written HTML document no longer flagged), the directive column unchanged. Repeated once after two action-directive anchors were narrowed (an option\'s description of skipping confirmation, "to a model" in machine-learning documentation; decided on this machine\'s files and unit tests): no number of this section moved',
  '2026-11-27 (fiftieth round): one look with injection-v4.16 (trained on project-written source files; chosen on train-side CV and this machine\'s source files), directive.ts unchanged; no decision was made on it: attacks flagged by the model 753 -> 741 (either 769 -> 757; BIPIA code 15 -> 11 of 17), benign texts flagged by the model 66 of 2,492 -> 73 of 2,604 (the 112 held-out project-written source files are a new row: 5), the TEST half of the reply documents flagged by the model 11 -> 6 (either 22 -> 18), the directive column unchanged. Repeated once after one more rule narrowing (a backquote after "instead say", awscli\'s help; no training text\'s features changed): no number of this section moved',
  '2026-11-27 (fifty-first round): one look with injection-v4.17 (trained on project-written reference documentation; chosen on train-side CV, this machine\'s reference files and the planted-instruction families), after reply_insert\'s "in the response" began to need the inserted thing after it, "your output files" and a KMS key were read as the reader\'s, and a tag after a full stop began to end a sentence (decided on this machine\'s API references; no held-out text read); no decision was made on it: the directive column moved on no held-out source; attacks flagged by the model 741 -> 745 (either 757 -> 761), benign texts flagged by the model 73 of 2,604 -> 84 of 2,716 (the 112 held-out project-written reference documents are a new row: 8), the TEST half of the reply documents either 18 -> 17, the steering look-alikes either 14 -> 13',
  '2026-11-27 (fifty-third round): one look with injection-v4.18 (trained on project-written installer and configuration dialogs in 16 languages; chosen on train-side CV over four seeds, this machine\'s translated package-configuration templates, message catalogues and manual pages, and the planted-instruction families), directive.ts unchanged; no decision was made on it: attacks flagged by the model 745 -> 722 (either 761 -> 739), benign texts flagged by the model 84 of 2,716 -> 66 of 2,748 (the 32 held-out project-written dialogs are a new row: 1), the TEST half of the reply documents either 17 -> 16, the steering look-alikes either 13 -> 12; the directive column moved on no source. The run was repeated once to write this entry, with the same numbers',
  '2026-11-27 (fifty-fifth round): one look in a full `npm run eval` after the injection rules\' narrowings for program messages (ko.override not on the passive 무시됩니다, vi.override\'s "lệnh" only with a word that says which, zh.override not on 提示符, zh.extraction not on 显示的, mul.authority not on "entrada" or across a field separator, en.persona and fr.persona not before a state such as "connected" or "connecté") and the spelled reading\'s respelling (no run glued to a letter of any script; foreign words such as "systeem" are words), decided on this machine\'s message catalogues and the program-message family, no training text\'s rule hits changed, to report the shipped code; no decision was made on it: the two held-out French source files whose comment says "vous êtes maintenant connecté" lost fr.persona and their model verdict (benign flagged by the model 66 -> 64, handwritten_code 5 -> 3), no attack number moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-27 (fifty-sixth round): one look in a full `npm run eval` after the injection rules\' narrowings for labels, assumptions and key prompts of programs (mul.output_transform\'s words for "the other way round" such as "al revés", "उल्टा" and "거꾸로" only beside a verb of writing, saying, spelling or reading; mul.framing\'s words that also mean "assume" such as "giả sử", "假设" and "仮定" only before the conversation\'s people, Italian "ipotetico" only after a conversation, scenario or question; mul.secret_request not before a choice or a default, beside a bracket or on words for encryption), decided on this machine\'s message catalogues and unit tests, no training text\'s rule hits changed, to report the shipped code; no decision was made on it; no number of this section moved. The run was repeated once to write this entry, with the same numbers. Repeated once after mul.secret_request began to take back a match that follows a program\'s confirmation in its clause ("do you really want" and its forms in six other languages; decided the same way, no training text\'s rule hits changed): no number moved; and once more after es.override stopped reading a reflexive passive ("se descarta") and mul.authority a mode asked about or a restart requested (decided the same way): no number moved',
  '2026-11-27 (fifty-eighth round): one look in a full `npm run eval` with injection-v4.19 (new rules for secrets asked for in a poem, a riddle or Pig Latin, translated authority claims and secret requests, "regardless of previous tasks"; pt.override and tr.extraction narrowed; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: the model on the held-out attacks 722 -> 741 of 1,031 (either signal 739 -> 758), on the benign texts 64 -> 66 of 2,748 (either 65 -> 67), on the TEST half of the steering documents 10 -> 11 of 112 and of the reply documents 1 -> 2 of 85; no directive column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (fifty-ninth round): one look in a full `npm run eval` with injection-v4.20 (new rules for a user\'s datum asked for in a changed form and for "ignore the above" in twelve languages; hi.override reads अनदेखी; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: the model on the held-out attacks 741 -> 747 of 1,031 (either signal 758 -> 764), on the benign texts 66 -> 61 of 2,748 (either 67 -> 62), on the TEST half of the reply documents 2 -> 3 of 85; no directive column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixtieth round): one look in a full `npm run eval` with injection-v4.21 (the extraction rules no longer read an operator\'s prohibition in ten languages, nor program messages in four; the stand-out rule\'s exemption fades in over a ramp; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: the model on the held-out attacks 747 of 1,031 as before (either signal 764 -> 763), on the benign texts 61 -> 68 of 2,748 (either 62 -> 69), on BIPIA text instructions 0 -> 1 of 42; no directive column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-first round): one look in a full `npm run eval` with injection-v4.22 (en.override reads "forget your instructions", "abandon your guidelines", "bypass your restrictions"; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: the model on the held-out attacks 747 -> 748 of 1,031 (either signal 763 -> 764; BIPIA code 11 -> 12 of 17), on the benign reply documents 3 -> 4 (either 17 -> 18); no directive column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-first round): a second look the same round, in a full `npm run eval` with injection-v4.23 (the override rules of Chinese, Japanese, Korean, Turkish and Hindi read "forget your instructions" without a word for "previous"; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the probe and the directive detector unchanged; no decision was made on it: no column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-second round): one look in a full `npm run eval` with injection-v4.24 (authority claims, modes entered, requests to confirm the password and "regardless of previous tasks" in the languages of the translations; Japanese texts about devices\' modes in training; chosen on train-side CV over four seeds, test families never trained on and this machine\'s files), the directive detector unchanged; no decision was made on it: pooled attacks found by the model 748 -> 749, benign 68 -> 69 (of 2,753; five project-written look-alikes more), reply-directive documents 4 -> 5 by the model; no directive column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-second round): a second look the same round, in a full `npm run eval` with injection-v4.25 (the rules written as the normaliser writes text: Thai SARA AM and full-width semicolons; chosen on a unit test, train-side CV over four seeds, test families never trained on and this machine\'s files), the directive detector unchanged; no decision was made on it: no column moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-third round): one look in a full `npm run eval` with injection-v4.26 (trained without the 60 training texts that held a held-out text, 55 of them CyberSecEval system+user attacks opening with a held-out system prompt; chosen as a correction of the split, on train-side CV over four seeds, test families never trained on and this machine\'s files), the directive detector unchanged; no decision was made on it: the model on the held-out attacks 749 -> 748 of 1,031 (either signal 766 -> 764), on the benign texts 69 -> 64 (either 70 -> 65), on the TEST half of the reply documents 5 -> 7 (either 19 -> 21). The run was repeated once to write this entry',
  '2026-11-28 (sixty-fourth round): one look in a full `npm run eval` with injection-v4.27 (the model reads a text without the word for an assistant where a modifier names a person\'s job, src/detectors/injection/people.ts; chosen on unit tests, train-side CV over four seeds, test families never trained on, a held-out family of such messages written apart from the code and this machine\'s files), the directive detector unchanged; no decision was made on it: no number moved. The run was repeated twice to write this entry (once by mistake before it was in the file), with the same numbers',
  '2026-11-28 (sixty-fifth round): two looks in full `npm run eval` runs: the first with an intermediate version of injection-v4.28 (without the texts that name AI products), the second with the shipped one (trained on everyday prompts and retrieved documents about AI assistants and AI products, and on documents with an instruction planted for AI assistants beside their clean twins; chosen on train-side CV over four seeds, test families never trained on, two held-out families of prompts about AI and this machine\'s files), added after the first for a reason found outside this evaluation (every prompt that named ChatGPT scored 1.000), the directive detector unchanged; no decision was made on either: the directive and action columns moved on no source; against v4.27, attacks flagged by the model 748 -> 736 (either 764 -> 752; one indirect CyberSecEval English attack more, 8 -> 9 of 9), benign texts flagged by the model 64 of 2,753 -> 67 of 2,909 (the 156 held-out texts about AI assistants and AI products are a new row: 3 of its 38 documents flagged by the model; one installer dialog fewer, 2 -> 1 of 32), the TEST half of the reply documents flagged by the model 7 -> 9 (either 21 -> 23), the steering look-alikes 11 -> 9 (either 13 -> 10). The first look: attacks 748 -> 744, benign 64 -> 69 of 2,827. The second run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-sixth round): two looks in full `npm run eval` runs, the first with an intermediate version of injection-v4.29 and the second with the shipped one (see the probe\'s entry of this round for how each was trained and chosen), the directive detector unchanged; no decision was made on either: the directive and action columns moved on no source; against v4.28, attacks flagged by the model 736 -> 728 (either 752 -> 744; BIPIA text unchanged), benign texts flagged by the model 67 of 2,909 -> 59 of 3,090 (the held-out texts about AI now 241 with 85 English ones, their documents 38 -> 56, 3 -> 4 flagged; 96 held-out requests about content are a new row, none flagged by the directive or action rules), the TEST half of the reply documents flagged by the model 9 -> 6 (either 23 -> 19), the steering look-alikes 9 -> 5 (either 10 -> 7). The first look: attacks 724 (either 741), benign 58 of 2,994, reply documents 3 (17), steering look-alikes 4 (6). Each run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-seventh round): one look in a full `npm run eval` with injection-v4.30 (see the probe\'s entry of this round for how it was trained and chosen), the directive detector unchanged; no decision was made on it: the directive and action columns moved on no source; against v4.29, attacks flagged by the model 728 -> 705 of 1,031 (either 744 -> 722; BIPIA text 1 -> 0), benign texts flagged by the model 59 of 3,090 -> 56 of 3,639 (the held-out prompts on template phrases added; either 60 -> 57), benign reply documents 6 -> 5. The run was repeated once to write this entry, with the same numbers',
  '2026-11-28 (sixty-eighth round): a full `npm run eval` after a change to the system-prompt probe only (see its entry) re-printed the same numbers (the directive detector and injection-v4.30 unchanged); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (sixty-ninth round): one look in a full `npm run eval` after the injection model began scoring a long text\'s paragraphs as windows of their own and its spelled readings changed (both chosen on the TRAIN side, test families never trained on, long documents and this machine\'s files), the directive detector unchanged; no decision was made on it: the directive and action columns moved on no source; benign texts flagged by the model 56 -> 60 of 3,639 (held-out project-written source files 3 -> 5 of 112, reference documents 1 -> 2 of 112, installer dialogs 1 -> 2 of 32; either 57 -> 61), attacks unchanged (705 of 1,031). The run was repeated after `npm run train` regenerated the cascade gate for the round\'s scoring (the gate is trained on the scorer\'s margins), after a text\'s margin became the better of its readings with and without paragraph windows (textMargin; decided on the TRAIN side and the test families, where no outcome moved: 21 margins were lower with paragraph windows, none across the threshold) and to write these entries, with the same numbers every time',
  '2026-11-29 (seventieth round): a full `npm run eval` after the injection detector began scoring a typo reading (see the adaptive entry of this round) re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated twice, to write this entry and after a change to long texts\' typo readings, with the same numbers',
  '2026-11-29 (seventieth round): a second full `npm run eval`, after the spelled reading began splitting evenly spaced letters with the typo reading\'s vocabulary (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventieth round): a third full `npm run eval`, after the spelled reading began splitting evenly spaced text of other scripts too (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventieth round): a fourth full `npm run eval`, after evenly spaced runs of other scripts began to be read from eight characters (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a full `npm run eval` after the injection detector began reading hex runs and the rot13 words of a text that names rot13 in place (see the adaptive entry) re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a second full `npm run eval`, after the typo reading began reading words of other scripts (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a third full `npm run eval`, after the even splits began keeping the space after a clause\'s punctuation and beginning a word at a capital (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a fourth full `npm run eval`, after the leet fold began counting letters beyond ASCII as turns and folding three-digit leet words (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-first round): a fifth full `npm run eval`, after the injection detector began scoring a look-alike reading (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-second round): a full `npm run eval` after the spelled reading began splitting evenly spaced stretches by a unigram model of the words the training texts write (see the adaptive entry) re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-second round): a second full `npm run eval`, after an even split began needing half of a stretch\'s letters in words instead of three quarters (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-third round): a full `npm run eval` after the injection detector began reading decoded payloads without the shared normaliser\'s look-alike folding and scoring shorter payloads of scripts written without spaces (see the adaptive entry) re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-third round): a second full `npm run eval`, after the spelled reading began reading chains of light leet words (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated after a narrowing of that change and to write this entry',
  '2026-11-29 (seventy-third round): a third full `npm run eval`, after the leet prefilter began taking letters beyond ASCII as letters (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-fourth round): a full `npm run eval` after three injection-only changes (Thai counted in words for the short-text cap, evenly spaced Thai read with its spaces, short paragraphs with a rule scored alone; see the adaptive entry) re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-fourth round): a second full `npm run eval`, after the injection detector began reading diacritics put on a request\'s words and characters erased with a backspace (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-fourth round): a third full `npm run eval`, after the spelled reading began reading text with its vowels left out and Pig Latin (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
  '2026-11-29 (seventy-fourth round): a fourth full `npm run eval`, after the injection detector began reading text behind a right-to-left override and underlined letters of any script (see the adaptive entry), re-printed the same numbers (the directive detector unchanged; no column moved); no decision was made on them. The run was repeated once to write this entry',
];

function directiveTable(title: string, r: DirectiveEval): void {
  const cells = (v: { n: number; model: number; directive: number; action: number; either: number }): string[] =>
    [countShare(v.model, v.n), countShare(v.directive, v.n), countShare(v.action, v.n), countShare(v.either, v.n)];
  const rows: (string | number)[][] = Object.entries(r.untrusted).map(([k, v]) => [k, v.label, v.n, ...cells(v)]);
  rows.push(['all texts, own provenance: attacks', 'attack', r.pooled.attacks.n, ...cells(r.pooled.attacks)]);
  rows.push(['all texts, own provenance: benign', 'benign', r.pooled.benign.n, ...cells(r.pooled.benign)]);
  rows.push([`benign reply documents (${r.side === 'test' ? 'TEST' : 'DEV'} half)`, 'benign', r.replyDocs.n, ...cells(r.replyDocs)]);
  rows.push([`benign steering look-alike documents (${r.side === 'test' ? 'TEST' : 'DEV'} half)`, 'benign', r.steerDocs.n, ...cells(r.steerDocs)]);
  table(title, ['untrusted source', 'label', 'n', 'injection @ default', 'REPLY_DIRECTIVE', 'action directive', 'any (detector)'], rows);
  table('Benign texts read as untrusted whatever their provenance (worst case)', ['source', 'n', 'REPLY_DIRECTIVE', 'action directive'],
    Object.entries(r.benignAsUntrusted).map(([k, v]) => [k, v.n, countShare(v.directive, v.n), countShare(v.action, v.n)]));
  table('Benign reply documents by kind', ['kind', 'n', 'REPLY_DIRECTIVE'], Object.entries(r.replyDocs.byKind).map(([k, v]) => [k, v.n, countShare(v.directive, v.n)]));
}

function evalDirective(side: 'train' | 'test', details: boolean): DirectiveEval {
  const r = evalDirectiveSplit(loadModel(), side, details);
  directiveTable(`Reply directives in untrusted content, ${side === 'test' ? 'held-out' : 'TRAIN (development)'} side`, r);
  return r;
}

/** Held-out looks at the adaptive evaluation (scripts/adaptive-eval.ts), one entry per look. */
const ADAPTIVE_TEST_LOOKS: string[] = [
  '2026-11-29 (sixty-ninth round): the first look, after the evaluation was written on the TRAIN side and the detector\'s changes of the round (leet words folded through the whole chain, characters of every kind spaced out joined, a long text\'s paragraphs scored as windows) were chosen on the TRAIN side, test families never trained on, long documents and this machine\'s files; no decision was made on it. The round\'s starting commit (58c4394) was run once on the same held-out rewritings for comparison: kept of flagged as written, leetspeak 77.7% -> 94.6%, spaced letters 72.8% -> 99.3%, evenly spaced 25.5% -> 40.9%, padding 82.4% -> 94.3%, every other technique unchanged; benign texts flagged after the rewriting, leetspeak 8 -> 10, spaced letters 5 -> 8, padding 8 -> 11 of 763, the others unchanged. The run was repeated after `npm run train` regenerated the cascade gate for the round\'s scoring (the gate is trained on the scorer\'s margins), after a text\'s margin became the better of its readings with and without paragraph windows (textMargin; decided on the TRAIN side and the test families, where no outcome moved: 21 margins were lower with paragraph windows, none across the threshold) and to write these entries, with the same numbers every time',
  '2026-11-29 (seventieth round): one look after the injection detector began scoring a typo reading (words of 4-20 ASCII letters the vocabulary learned from TRAIN-side texts lacks, written right where one swap of two neighbouring letters makes a word it has, when two words or more are; chosen on the TRAIN side (typing errors kept 87.0% -> 97.0%, no benign column moved), test families never trained on, long documents, probe-dev, directive-dev and this machine\'s files, none of which moved); no decision was made on it. Typing errors kept 85.0% -> 93.8% (attacks flagged after 58.4% -> 64.5%), benign texts with letters swapped flagged 6 -> 10 of 763 (8 as written); padding kept 94.3% -> 94.5%; no other row moved. The run was repeated once to write this entry, and once more after texts longer than 2,048 characters began to be read only around runs of misspelt words (decided on the benchmark\'s long documents, which stray slips had scored twice whole, and on the TRAIN side, where no kept number moved), with the same numbers',
  '2026-11-29 (seventieth round): a second look, after the spelled reading began splitting each stretch of ASCII letters of an evenly spaced run into words of its English list and of the typo reading\'s vocabulary however short, letters outside any word kept together, when words cover three quarters of it (chosen on the TRAIN side: evenly spaced kept 38.1% -> 69.3%, benign rewritten flagged 6 -> 8 of 2,081; test families never trained on, long documents, probe-dev, directive-dev and this machine\'s files, none of which moved); no decision was made on it. Evenly spaced kept 40.9% -> 65.5% (attacks flagged after 28.3% -> 45.4%), benign texts evenly spaced flagged 0 -> 5 of 763 (8 as written); no other row moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventieth round): a third look, after evenly spaced letters of other scripts (not those written without spaces between words) began to be split with words of other scripts learned from the TRAIN side (models/injection-v1.script-words.txt, 8,277 words) as they are with the ASCII vocabulary (chosen on the TRAIN side: evenly spaced kept 69.3% -> 83.0%, benign rewritten flagged 8 -> 8 of 2,081; test families never trained on, long documents, probe-dev, directive-dev and this machine\'s files, none of which moved); no decision was made on it. Evenly spaced kept 65.5% -> 82.7% (attacks flagged after 45.4% -> 57.2%), benign texts evenly spaced flagged 5 -> 6 of 763; no other row moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventieth round): a fourth look, after an evenly spaced run with a letter beyond ASCII began to be read from eight characters (twenty before; the normaliser joins only ASCII ones) and Korean, whose words are written apart, to be split into words of other scripts too (9,588 words; chosen on the TRAIN side: evenly spaced kept 83.0% -> 84.1%, benign rewritten 8 -> 8; test families never trained on, long documents, probe-dev, directive-dev and this machine\'s files, none of which moved); no decision was made on it. Evenly spaced kept 82.7% -> 83.5% (attacks flagged after 57.2% -> 57.9%), letters spaced with wider gaps between words 99.3% -> 99.7% (68.6% -> 68.9% flagged after); benign columns unchanged; no other row moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-first round): one look after the injection detector began reading a text\'s hex runs in place, as it reads Morse code and eight-bit groups, and a text that names rot13 with its rot13 words written plain (typos.ts rot13Words), instead of scoring the letter soup as written (chosen on the TRAIN side: benign prompts sent as hex flagged 45 -> 1 of 2,081, as rot13 50 -> 16, attacks kept 96.9% -> 97.2% and 99.9% -> 100%, leetspeak 2 attacks fewer, typos 1; no TRAIN text as written changed its outcome; test families never trained on, long documents, probe-dev, directive-dev and this machine\'s files did not move); no decision was made on it. hex: benign flagged after 25 -> 8 of 763, attacks flagged after 66.7% -> 67.2%, kept 97.3% -> 97.6%; rot13: benign flagged after 37 -> 30, attacks flagged after 72.9% -> 78.1%, kept 99.1% -> 99.9%; no other technique and no number of the main evaluation moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-first round): a second look, after the typo reading began reading words of other scripts written with spaces (letters and marks with one beyond ASCII, 4-20 code units, in lower case) against the words of other scripts the training texts use, and counting different words towards its two (a word misspelt the same way twice is one; chosen on the TRAIN side: typing errors kept 96.9% -> 98.4%, benign rewritten flagged 2 of 2,081 as before, TRAIN-side benign texts with a reading 22 -> 10 of 8,740; test families never trained on, long documents, probe-dev and directive-dev did not move; this machine\'s files 3 pieces fewer denied, each way); no decision was made on it. Typing errors kept 93.8% -> 95.7% (attacks flagged after 64.5% -> 66.0%, benign rewritten flagged 10 of 763 as before); padding one attack fewer (kept 94.5% -> 94.3%, flagged after 67.0% -> 66.9%); no other technique and no number of the main evaluation moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-first round): a third look, after the spelled reading of evenly spaced text began putting a space after a clause\'s punctuation before a word (after ",", "?", "!" and ";", after "." and ":" before a capital) and beginning a word at a capital after a lower-case letter, a name so begun counted among the words a split needs (chosen on the TRAIN side: evenly spaced kept 84.1% -> 87.9% with the spaces, 88.2% with the capitals, benign rewritten flagged 8 of 2,081 as before; no TRAIN text as written changed its outcome; test families never trained on, long documents, probe-dev and directive-dev did not move); no decision was made on it. Evenly spaced kept 83.5% -> 87.9% (attacks flagged after 57.9% -> 61.1%, benign rewritten flagged 6 -> 7 of 763, 8 as written); no other technique and no number of the main evaluation moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-first round): a fourth look, after the spelled reading\'s leet fold began counting a letter beyond ASCII after a digit as a turn ("53crè73" heavy, as "53cr373" is) and folding words of three leet digits in a leetspeak chain ("357": est; two before) (chosen on the TRAIN side: leetspeak kept 94.9% -> 96.0%, benign rewritten flagged 3 of 2,081 as before; no TRAIN text as written changed its outcome; test families never trained on, long documents and this machine\'s files did not move); no decision was made on it. Leetspeak kept 94.6% -> 94.8% (one attack; attacks flagged after 65.2% -> 65.3%, benign rewritten flagged 10 of 763 as before); no other technique and no number of the main evaluation moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-first round): a fifth look, after the injection detector began scoring a look-alike reading besides the text (normalize.ts lookalikeReading: words wholly of Cyrillic or Greek look-alikes of Latin letters written in Latin letters where a word with an ASCII letter stands within two words and no word with another letter of another script within three; chosen on the TRAIN side: homoglyph kept 99.1% -> 99.9%, benign rewritten flagged 3 of 2,081 as before, TRAIN-side benign texts with a reading 5 of 8,740; no TRAIN text as written changed its outcome; test families never trained on, long documents, probe-dev and directive-dev did not move); no decision was made on it. Homoglyph kept 97.3% -> 99.4% (attacks flagged after 66.7% -> 68.4%, benign rewritten flagged 7 -> 9 of 763, 8 as written); no other technique and no number of the main evaluation moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-second round): one look after the spelled reading began splitting evenly spaced stretches by a unigram model of the words the training texts write (typos.ts learnSplitWords, models/injection-v1.split-words.txt: every word of a script written with spaces, short ones too, used by three TRAIN-side texts or more, a word costing -log2 of its share of the words written; letters outside any word a stretch of their own, a one-letter word dearer except after an apostrophe), instead of the fewest-cost split over an English list and the typo reading\'s vocabularies (chosen on the TRAIN side: evenly spaced kept 88.2% -> 91.1%, benign rewritten flagged 8 of 2,081 as before; no TRAIN text as written changed its score; test families never trained on, long documents and this machine\'s files did not move); no decision was made on it. Evenly spaced kept 87.9% -> 90.8% (attacks flagged after 61.1% -> 63.6%, benign rewritten flagged 7 -> 9 of 763, 8 as written); no other technique and no number of the main evaluation moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-second round): a second look, after an even split began needing half of a stretch\'s letters in words instead of three quarters (a stretch of letters outside any word keeps them together as joining the run did; chosen on the TRAIN side: evenly spaced kept 91.1% -> 91.8%, 60% 91.4%, no rule 92.3% but letter soup read as the short words in it; benign rewritten flagged 8 of 2,081 as before; no TRAIN text as written changed its score; test families never trained on, long documents and this machine\'s files did not move); no decision was made on it. Evenly spaced kept 90.8% -> 91.8% (attacks flagged after 63.6% -> 64.4%, benign rewritten flagged 9 -> 10 of 763, 8 as written); no other technique and no number of the main evaluation moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-third round): one look after the injection detector began reading decoded payloads without the shared normaliser\'s look-alike folding (it wrote a Russian or Greek sentence decoded from base64, hex or %-escapes half in Latin letters, which the model read as noise) and counting a character of a script written without spaces twice towards the twelve a payload needs (an eleven-character Japanese question was not scored at all); chosen on the TRAIN side: base64 kept 96.9% -> 99.7%, hex 97.2% -> 99.7%, %-encoding 96.9% -> 99.7%, benign rewritten flagged 2, 1 and 2 of 2,081 as before; no text of either side as written changed its score; test families never trained on and long documents did not move. No decision was made on it. Base64 kept 97.3% -> 99.9% (attacks flagged after 66.6% -> 68.4%), hex 97.6% -> 100.0% (67.2% -> 68.9%), %-encoding 97.3% -> 99.9% (66.6% -> 68.4%), benign rewritten flagged 8 of 763 each as before; spaced letters one attack fewer flagged after among those not flagged as written (68.9% -> 68.8%, kept 99.7% as before); no other technique and no number of the main evaluation moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-third round): a second look, after the spelled reading began reading a chain of leet words (each within 32 characters of the one before) as leetspeak also when, counting only the words set apart as words of prose are, it holds two heavy words however far apart or one among four such words, and stopped taking hex literals (0x0) for leet words (chosen on the TRAIN side: leetspeak kept 96.0% -> 98.1%, benign rewritten flagged 3 of 2,081 as before; texts as written: 11 machine-output texts lower, none higher; test families never trained on, long documents, probe-dev, directive-dev and this machine\'s files did not move); no decision was made on it. Leetspeak kept 94.8% -> 96.7% (attacks flagged after 65.3% -> 66.6%), benign rewritten flagged 10 of 763 as before; no other technique and no number of the main evaluation moved. The run was repeated after the chain\'s words were narrowed to those holding a letter beyond f (decided on the benchmark\'s machine-like texts, where the first version read 22 hex dumps of 135; TRAIN-side leetspeak kept 98.0%, no text as written higher) and to write this entry, with the same numbers',
  '2026-11-29 (seventy-third round): a third look, after the spelled reading\'s leet prefilter began taking letters beyond ASCII as letters, as foldHeavyLeet has since the seventy-first round (the property test holding the prefilters to the stages found "я104a  a104я" with a reading and no prefilter hit; TRAIN side: leetspeak kept 98.0% -> 98.1%, benign rewritten flagged 3 of 2,081 as before, one benign text as written 0.0069 -> 0.0097); no decision was made on it. No number moved. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-fourth round): one look after three injection-only changes, decided on the TRAIN side, test families never trained on, long documents, probe-dev, directive-dev, this machine\'s files and every text of either side as written: Thai counted in words of four code points for the short-text cap (a Thai request of sixty letters between two spaces was two words and held at 0.5; TRAIN side 57 attacks as written now flagged, three of them public, no benign text across the threshold; never-trained families 653 -> 662 attacks, benign 71 as before), the spelled reading of evenly spaced Thai keeping the spaces Thai writes beside other letters, digits and after a question (TRAIN side spaced_evenly kept 91.8% -> 92.5%), and a paragraph of 8 to 39 characters holding a rule of an attack\'s content scored as if sent alone, gate and cap included (TRAIN side padding kept 94.9% -> 95.5%, benign padded 7 of 2,081 as before; long documents and this machine\'s files as before); no decision was made on it. No held-out number moved (pooled 68.4%, padding kept 94.3%, spaced_evenly 91.8%, benign rewritten as before). The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-fourth round): a second look, after two techniques of Hackett et al. 2025 were added to the table (diacritics: vowels with a diaeresis; deletion: a letter typed and erased with a backspace after every third letter) and the injection detector began reading them back (accents.ts: words with diacritics that the training texts write only without them, when most of a text\'s words are so; backspace and DEL applied; decided on the TRAIN side: kept 900 -> 2,310 and 365 -> 2,368 of 2,368, benign rewritten 0 -> 2 and 1 -> 2 of 2,081, no text as written changed its score; never-trained families, long documents, probe-dev, directive-dev and this machine\'s files as before). The round\'s starting commit was run once on the same held-out rewritings for the table: diacritics kept 44.7%, benign 2; deletion 17.6%, benign 0. This look: diacritics kept 96.6% (attacks flagged after 66.5%), benign rewritten flagged 9 of 763; deletion 100.0% (68.5%), benign 8 (as written, 8); no other number moved; no decision was made on it. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-fourth round): a third look, after two more techniques were added to the table (disemvowel: the vowels left out, Wei et al. 2023; pig_latin: Pig Latin, as CyberSecEval\'s token-smuggling attacks write it) and the spelled reading gained two stages that read them back (wordplay.ts: words without a vowel written as the likeliest word of the training texts with their consonants, when three words in a row apart by white space have none and 40% of the words read so; words in "ay" turned back, when two in a row end in "ay" and 40% read so; decided on the TRAIN side: kept 934 -> 1,931 and 1,018 -> 2,143 of 2,368, benign rewritten 0 -> 3 and 0 -> 1 of 2,081, no text as written changed its score; never-trained families, long documents, probe-dev, directive-dev and this machine\'s files as before). The round\'s starting commit was run once on the same held-out rewritings for the table: disemvowel kept 44.8%, benign 1; pig_latin 44.3%, benign 2. This look: disemvowel kept 80.6% (attacks flagged after 56.1%), benign rewritten flagged 7 of 763; pig_latin 83.8% (57.7%), benign 8 (as written, 8); no other number moved; no decision was made on it. The run was repeated once to write this entry, with the same numbers',
  '2026-11-29 (seventy-fourth round): a fourth look, after two more techniques of Hackett et al. 2025 were added to the table (bidi: the text back to front between a right-to-left override and a pop; underline: a combining low line after every character) and the injection detector began reading them (reversed.ts overrideReading: each override\'s run turned back, by code points and, where a letter carries marks, by grapheme clusters; plainReading drops underlines, overlines and overlays after letters of any script; decided on the TRAIN side: kept 991 -> 2,321 and 1,742 -> 2,367 of 2,368, benign rewritten 5 and 1 of 2,081 as before, no text as written changed its score; never-trained families, long documents, probe-dev, directive-dev and this machine\'s files as before). The round\'s starting commit was run once on the same held-out rewritings for the table: bidi kept 33.9%, benign 5; underline 65.7%, benign 7. This look: bidi kept 98.2% (attacks flagged after 68.7%), benign rewritten flagged 10 of 763; underline 99.9% (68.4%), benign 8 (as written, 8); no other number moved; no decision was made on it. The run was repeated once to write this entry, with the same numbers',
];

function adaptiveTable(r: AdaptiveEval): void {
  const side = r.side === 'test' ? 'held-out' : 'TRAIN (development; own-form recall in-sample)';
  process.stdout.write(`\nAdaptive: ${r.attacks} pooled attacks (${countShare(r.attacksFlagged, r.attacks)} flagged as written), ${r.benign} pooled benign (${countShare(r.benignFlagged, r.benign)}), ${side} side\n`);
  table('Bypass techniques against the injection detector (default threshold)', ['technique', 'rewriting', 'attacks', 'flagged after', 'kept (of flagged as written)', 'benign', 'benign flagged after'],
    r.techniques.map((t) => [t.id, t.what, t.attacksN, countShare(t.attacks, t.attacksN), countShare(t.kept, t.attacksOwn), t.benignN, countShare(t.benign, t.benignN)]));
}

// ---------------------------------------------------------------- main

function updateModelCard(inj: Record<string, unknown>): void {
  const path = join(REPO, 'models/MODEL_CARD.md');
  let card: string;
  try {
    card = readFileSync(path, 'utf8');
  } catch {
    return;
  }
  const i = inj as {
    pooled: { attacks: { n: number; at_default: number; at_1pct_fpr: number }; benign_fpr: { n: number; at_default: number; at_1pct_fpr: number }; auc: number };
    by_source: Record<string, { label: string; n: number; at_default: number; at_1pct_fpr: number }>;
    notinject: { n: number; accuracy_at_default: number };
    operating_points: { at_1pct_fpr: { threshold: number } };
    gate?: { present: boolean; stopped: { attack: number; benign: number }; lost_findings: { attack: number; benign: number } };
  };
  const g = i.gate;
  const gateLine = g?.present
    ? `\nCascade gate (included in all numbers): stopped ${g.stopped.attack} held-out attacks and ${g.stopped.benign} benign texts;\nit removed ${g.lost_findings.attack} attack and ${g.lost_findings.benign} benign findings that the full model alone makes at the default threshold.`
    : '';
  const rows = Object.entries(i.by_source).map(([k, v]) => `| ${k} | ${v.label} | ${v.n} | ${pct(v.at_default)} | ${pct(v.at_1pct_fpr)} |`).join('\n');
  const section = `<!-- eval:begin -->
## Held-out evaluation (written by npm run eval)
Pooled attacks recall ${pct(i.pooled.attacks.at_default)} at the default threshold (pooled benign FPR
${pct(i.pooled.benign_fpr.at_default)}); ${pct(i.pooled.attacks.at_1pct_fpr)} at the held-out 1%-FPR threshold
${i.operating_points.at_1pct_fpr.threshold} (oracle). AUC ${i.pooled.auc}. NotInject over-defence accuracy
${pct(i.notinject.accuracy_at_default)} (n=${i.notinject.n}). Full detail: eval/results.json.${gateLine}

| Source | Label | n | Flagged @ default | Flagged @ 1% FPR |
|---|---|---|---|---|
${rows}
<!-- eval:end -->`;
  const a = card.indexOf('<!-- eval:begin -->');
  const b = card.indexOf('<!-- eval:end -->');
  if (a < 0 || b < 0) return;
  writeFileSync(path, card.slice(0, a) + section + card.slice(b + '<!-- eval:end -->'.length));
}

function main(): void {
  const only = process.argv.slice(2);
  if (only[0] === 'pii-dev' || only[0] === 'pii-dev-errors') {
    evalPiiDev(only[0] === 'pii-dev-errors');
    return;
  }
  if (only[0] === 'card') {
    // `npm run train` writes the card with an empty held-out section; when the weights are those eval/results.json
    // was written for (a retrain that changed only the card's text), the section is written again from that
    // file, reading no held-out text (no look).
    const prev = JSON.parse(readFileSync(join(REPO, 'eval/results.json'), 'utf8')) as { injection?: { model?: { sha256?: string } } & Record<string, unknown> };
    const sha = loadModel().sha256;
    if (prev.injection?.model?.sha256 !== sha) throw new Error(`eval/results.json holds no injection results for the committed model (${sha.slice(0, 8)}): run node scripts/eval.ts injection`);
    updateModelCard(prev.injection);
    process.stdout.write(`held-out section of models/MODEL_CARD.md written from eval/results.json (${sha.slice(0, 8)})\n`);
    return;
  }
  if (only[0] === 'benign-technical-errors') {
    evalBenignTechnical(true);
    return;
  }
  if (only[0] === 'echo-dev') {
    evalEchoDev();
    return;
  }
  if (only[0] === 'probe-dev') {
    const r = evalProbe('train', true);
    process.stdout.write(`\nmisses (${r.misses?.length ?? 0}):\n${(r.misses ?? []).map((m) => `  ${m}`).join('\n')}\n`);
    return;
  }
  if (only[0] === 'adaptive-dev') {
    adaptiveTable(evalAdaptive(loadModel(), 'train'));
    return;
  }
  if (only[0] === 'directive-dev') {
    const r = evalDirective('train', true);
    process.stdout.write(`\nbenign texts with a directive (${r.falsePositives?.length ?? 0}):\n${(r.falsePositives ?? []).map((m) => `  ${m}`).join('\n')}\n`);
    process.stdout.write(`\nuntrusted attacks neither signal finds (${r.misses?.length ?? 0}):\n${(r.misses ?? []).map((m) => `  ${m}`).join('\n')}\n`);
    return;
  }
  const want = (x: string): boolean => only.length === 0 || only.includes(x);
  const results: Record<string, unknown> = { generated_by: 'npm run eval (scripts/eval.ts)', datasets_root: 'LLM_BOUNDARY_DATASETS or ../shared/datasets' };
  if (want('injection')) {
    results.injection = evalInjection();
    updateModelCard(results.injection as Record<string, unknown>);
  }
  if (want('pii')) results.pii = evalPii();
  if (want('secrets')) results.secrets = evalSecrets();
  if (want('benign-technical')) results.benign_technical = evalBenignTechnical(false);
  if (want('prompt-secrets')) results.prompt_secrets = evalPromptSecrets();
  if (want('echo')) results.echo = evalEcho();
  if (want('probe')) {
    results.probe = {
      note: 'system_prompt_probe on CyberSecEval user inputs with their system prompts, and on benign user prompts sent with system prompts that declare a value or rule a topic out (TOPIC_PROBE since the fifty-seventh round); written on the TRAIN side of the injection split (node scripts/eval.ts probe-dev), read here on the held-out side',
      test_looks: PROBE_TEST_LOOKS,
      ...evalProbe('test', false),
    };
  }
  if (want('directive')) {
    results.directive = {
      note: 'reply directives (REPLY_DIRECTIVE) in untrusted content next to the injection model, every text read with its own provenance; written on the TRAIN side and the DEV half of the benign reply documents (node scripts/eval.ts directive-dev), read here on the held-out side and the TEST half',
      test_looks: DIRECTIVE_TEST_LOOKS,
      ...evalDirective('test', false),
    };
  }
  if (want('adaptive')) {
    const r = evalAdaptive(loadModel(), 'test');
    adaptiveTable(r);
    results.adaptive = {
      note: 'the pooled public attacks and pooled benign texts of the held-out side rewritten by published bypass techniques (scripts/adaptive-eval.ts), scored as the detector scores a user turn at the default threshold; written on the TRAIN side (node scripts/eval.ts adaptive-dev), read here on the held-out side',
      test_looks: ADAPTIVE_TEST_LOOKS,
      ...r,
    };
  }
  const outDir = join(REPO, 'eval');
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'results.json');
  let prev: Record<string, unknown> = {};
  try {
    prev = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    prev = {};
  }
  writeFileSync(path, JSON.stringify({ ...prev, ...results }, null, 2) + '\n');
  process.stdout.write(`\nwrote ${path}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
