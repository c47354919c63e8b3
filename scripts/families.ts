// The injection model on the test families that training never saw, as the model card compares candidates: how many of the
// 1,168 attacks and 3,493 benign texts each model flags at its own threshold, and how many attacks it flags at a threshold
// that flags a given number of the benign texts (so models whose thresholds differ are compared at equal false positives),
// plus the held-out families of prompts about AI, requests about content, jailbreak-template phrases and polite requests.
//   node scripts/families.ts [MODEL.json ...] [--at-benign 105,118] [--json]
// Default model: models/injection-v1.json. A candidate trained with `node scripts/train.ts --out DIR/` is DIR/injection-v1.json.
// Not part of `npm test` (the families' own bounds are in test/detectors/); the functions are tested there.
import { pathToFileURL } from 'node:url';
import { loadModel, type InjectionModel } from '../src/detectors/injection/model.ts';
import { scoreText } from '../src/detectors/injection/index.ts';
import { AGENT_FAMILY } from '../test/detectors/injection-agent-family.ts';
import { INDIRECT_FAMILY } from '../test/detectors/injection-indirect-family.ts';
import { ATTACK_FAMILY_2 } from '../test/detectors/injection-attack-family-2.ts';
import { ATTACK_FAMILY_3 } from '../test/detectors/injection-attack-family-3.ts';
import { LEAK_ATTACK_FAMILY } from '../test/detectors/injection-leak-attack-family.ts';
import { ENCODED_ATTACK_FAMILY, ENCODING_FAMILY } from '../test/detectors/injection-encoding-family.ts';
import { ANSWER_FAMILY } from '../test/detectors/injection-answer-family.ts';
import { ASSISTANT_FAMILY } from '../test/detectors/injection-assistant-family.ts';
import { CREATIVE_FAMILY } from '../test/detectors/injection-creative-family.ts';
import { DEVELOPER_FAMILY } from '../test/detectors/injection-developer-family.ts';
import { LOOKALIKE_FAMILY } from '../test/detectors/injection-lookalike-family.ts';
import { ML_BENIGN_FAMILY } from '../test/detectors/injection-ml-benign-family.ts';
import { ML_DOCUMENTS_FAMILY } from '../test/detectors/injection-ml-documents-family.ts';
import { PEOPLE_BENIGN_FAMILY } from '../test/detectors/injection-people-benign-family.ts';
import { VOCABULARY_FAMILY } from '../test/detectors/injection-vocabulary-family.ts';
import { VOCABULARY_EN } from '../test/detectors/injection-vocabulary-en.ts';
import { VOCABULARY_ML } from '../test/detectors/injection-vocabulary-ml.ts';
import { ENCODING_EN } from '../test/detectors/injection-encoding-en.ts';
import { ENCODING_ML } from '../test/detectors/injection-encoding-ml.ts';
import { HANDWRITTEN_MESSAGES } from '../test/detectors/injection-message-family.ts';
import { HANDWRITTEN_L10N } from '../test/detectors/injection-l10n-family.ts';
import { ASSISTANT_HELD_OUT } from '../test/detectors/injection-assistant-held-out.ts';
import { AI_TOPIC_HELD_OUT } from '../test/detectors/injection-ai-topic-held-out.ts';
import { AI_PRODUCTS_HELD_OUT } from '../test/detectors/injection-ai-products-held-out.ts';
import { AI_ENGLISH_HELD_OUT } from '../test/detectors/injection-ai-english-held-out.ts';
import { CONTENT_REQUESTS_HELD_OUT } from '../test/detectors/injection-content-requests-held-out.ts';
import { TEMPLATE_PHRASES_HELD_OUT } from '../test/detectors/injection-template-phrases-held-out.ts';
import { POLITE_REQUESTS_HELD_OUT } from '../test/detectors/injection-polite-requests-held-out.ts';

export interface Family { readonly name: string; readonly label: 0 | 1; readonly texts: readonly string[] }

const texts = (xs: readonly ({ readonly text: string } | string)[]): string[] => xs.map((x) => (typeof x === 'string' ? x : x.text));
const poisoned = (xs: readonly { before: string; planted: string; after: string }[]): string[] => xs.map((c) => c.before + c.planted + c.after);
const twins = (xs: readonly { before: string; after: string }[]): string[] => xs.map((c) => c.before + c.after);
const ofKind = (xs: readonly { kind: string; text: string }[], kind: string, label: 0 | 1, name: string): Family =>
  ({ name, label, texts: xs.filter((x) => x.kind === kind).map((x) => x.text) });

/** The never-trained families the model card totals (attacks and benign texts). */
export const NEVER_TRAINED: readonly Family[] = [
  { name: "agents' tools, poisoned", label: 1, texts: poisoned(AGENT_FAMILY) },
  { name: 'documents in 20 languages, poisoned', label: 1, texts: poisoned(INDIRECT_FAMILY) },
  { name: 'extraction attacks, second family', label: 1, texts: texts(ATTACK_FAMILY_2) },
  { name: 'extraction attacks, third family', label: 1, texts: texts(ATTACK_FAMILY_3) },
  { name: 'leak attacks', label: 1, texts: texts(LEAK_ATTACK_FAMILY) },
  { name: 'encoded attacks', label: 1, texts: texts(ENCODED_ATTACK_FAMILY) },
  { name: 'requests about encodings', label: 0, texts: texts(ENCODING_FAMILY) },
  { name: 'answer-format requests', label: 0, texts: texts(ANSWER_FAMILY) },
  { name: "people's assistants", label: 0, texts: texts(ASSISTANT_FAMILY) },
  { name: 'creative writing', label: 0, texts: texts(CREATIVE_FAMILY) },
  { name: "developers' questions", label: 0, texts: texts(DEVELOPER_FAMILY) },
  { name: 'look-alikes', label: 0, texts: texts(LOOKALIKE_FAMILY) },
  { name: 'everyday prompts, 20 languages', label: 0, texts: texts(ML_BENIGN_FAMILY) },
  { name: 'documents, 20 languages', label: 0, texts: texts(ML_DOCUMENTS_FAMILY) },
  { name: 'prompts about people', label: 0, texts: texts(PEOPLE_BENIGN_FAMILY) },
  { name: 'attack vocabulary', label: 0, texts: texts(VOCABULARY_FAMILY) },
  { name: 'attack vocabulary, English', label: 0, texts: texts(VOCABULARY_EN) },
  { name: 'attack vocabulary, 15 languages', label: 0, texts: texts(VOCABULARY_ML) },
  { name: 'encodings, English', label: 0, texts: texts(ENCODING_EN) },
  { name: 'encodings, other languages', label: 0, texts: texts(ENCODING_ML) },
  { name: "agents' tools, clean twins", label: 0, texts: twins(AGENT_FAMILY) },
  { name: 'documents in 20 languages, clean twins', label: 0, texts: twins(INDIRECT_FAMILY) },
  { name: 'messages', label: 0, texts: texts(HANDWRITTEN_MESSAGES) },
  { name: 'localisation files', label: 0, texts: texts(HANDWRITTEN_L10N) },
];

/** The held-out families written against a known over-defence; some helped choose a model (see each file). */
export const HELD_OUT: readonly Family[] = [
  ofKind(AI_TOPIC_HELD_OUT, 'benign', 0, 'prompts about AI assistants, 16 languages'),
  ofKind(AI_TOPIC_HELD_OUT, 'attack', 1, 'their planted instructions'),
  ofKind(AI_PRODUCTS_HELD_OUT, 'benign', 0, 'prompts that name AI products'),
  ofKind(AI_PRODUCTS_HELD_OUT, 'attack', 1, 'their jailbreaks'),
  ofKind(AI_ENGLISH_HELD_OUT, 'benign', 0, 'English prompts about AI'),
  ofKind(AI_ENGLISH_HELD_OUT, 'attack', 1, 'their attacks'),
  ofKind(CONTENT_REQUESTS_HELD_OUT, 'benign', 0, 'requests about content'),
  ofKind(CONTENT_REQUESTS_HELD_OUT, 'attack', 1, 'their attacks'),
  ofKind(TEMPLATE_PHRASES_HELD_OUT, 'benign', 0, 'prompts on jailbreak-template phrases'),
  ofKind(TEMPLATE_PHRASES_HELD_OUT, 'attack', 1, 'their jailbreaks'),
  ofKind(POLITE_REQUESTS_HELD_OUT, 'benign', 0, 'polite requests, 21 languages'),
  ofKind(POLITE_REQUESTS_HELD_OUT, 'attack', 1, 'their attacks'),
  ofKind(ASSISTANT_HELD_OUT, 'benign', 0, "messages about people's assistants"),
  ofKind(ASSISTANT_HELD_OUT, 'attack', 1, 'their instructions'),
];

export interface FamilyReport {
  readonly model: string;
  readonly threshold: number;
  /** Per family: flagged at the model's threshold, and its size. */
  readonly families: readonly { readonly name: string; readonly label: 0 | 1; readonly flagged: number; readonly n: number }[];
  readonly attacks: { readonly flagged: number; readonly n: number };
  readonly benign: { readonly flagged: number; readonly n: number };
  /** Attacks scored above the score of the k-th highest benign text, for each k asked (never-trained families). */
  readonly atBenign: Readonly<Record<string, number>>;
}

/** Counts for one model; scores are the detector's (cascade gate included), as the tests read them. */
export function familyReport(model: InjectionModel, name: string, atBenign: readonly number[]): FamilyReport {
  const families: { name: string; label: 0 | 1; flagged: number; n: number }[] = [];
  const attackScores: number[] = [];
  const benignScores: number[] = [];
  for (const f of [...NEVER_TRAINED, ...HELD_OUT]) {
    const scores = f.texts.map((t) => scoreText(model, t).score);
    families.push({ name: f.name, label: f.label, flagged: scores.filter((s) => s >= model.threshold).length, n: scores.length });
    if (NEVER_TRAINED.includes(f)) (f.label === 1 ? attackScores : benignScores).push(...scores);
  }
  const sortedBenign = [...benignScores].sort((a, b) => b - a);
  const at: Record<string, number> = {};
  for (const k of atBenign) {
    const cut = sortedBenign[Math.min(k, sortedBenign.length) - 1];
    at[String(k)] = attackScores.filter((s) => s > cut).length;
  }
  return {
    model: name,
    threshold: model.threshold,
    families,
    attacks: { flagged: attackScores.filter((s) => s >= model.threshold).length, n: attackScores.length },
    benign: { flagged: benignScores.filter((s) => s >= model.threshold).length, n: benignScores.length },
    atBenign: at,
  };
}

function table(reports: readonly FamilyReport[]): string {
  const head = `| family | kind | n | ${reports.map((r) => `${r.model} (${r.threshold.toFixed(4)})`).join(' | ')} |`;
  const rule = `|---|---|---|${reports.map(() => '---|').join('')}`;
  const rows = reports[0].families.map((f, i) =>
    `| ${f.name} | ${f.label ? 'attack' : 'benign'} | ${f.n} | ${reports.map((r) => r.families[i].flagged).join(' | ')} |`);
  const totals = [
    `| **never-trained attacks flagged** | | ${reports[0].attacks.n} | ${reports.map((r) => r.attacks.flagged).join(' | ')} |`,
    `| **never-trained benign flagged** | | ${reports[0].benign.n} | ${reports.map((r) => r.benign.flagged).join(' | ')} |`,
    ...Object.keys(reports[0].atBenign).map((k) => `| attacks at ${k} benign flagged | | | ${reports.map((r) => r.atBenign[k]).join(' | ')} |`),
  ];
  return [head, rule, ...rows, ...totals].join('\n');
}

function main(argv: readonly string[]): void {
  const paths: string[] = [];
  let atBenign = [105, 118];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--at-benign') {
      atBenign = (argv[++i] ?? '').split(',').map(Number);
      if (atBenign.length === 0 || atBenign.some((k) => !Number.isInteger(k) || k < 1)) throw new Error('--at-benign takes positive integers, comma-separated');
    } else if (argv[i] === '--json') json = true;
    else if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}`);
    else paths.push(argv[i]);
  }
  if (paths.length === 0) paths.push('models/injection-v1.json');
  const reports = paths.map((p) => familyReport(loadModel(p), p, atBenign));
  process.stdout.write(json ? `${JSON.stringify(reports, null, 1)}\n` : `${table(reports)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
