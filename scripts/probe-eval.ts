// Evaluation of system_prompt_probe (src/detectors/leaks/secret-probe.ts) on CyberSecEval's prompt
// injection rows, with each row's system prompt as the request's context, and of the default policy's
// request verdict (the injection detector at its default threshold, a SECRET_PROBE or a TOPIC_PROBE). The
// split is the injection datasets' own (src/detectors/injection/dataset.ts): the detector was written
// on the TRAIN side (`node scripts/eval.ts probe-dev`), and `npm run eval` reads the held-out side.
//
// Attacks: the user inputs of CyberSecEval (English and machine-translated) whose system prompt
// declares a value the probe can protect (system_prompt_secrets' declaredValues: a secret next to a
// secret noun, or personal data the prompt forbids revealing); the other rows are reported apart, by
// CyberSecEval's risk category (nothing to protect is declared, so the probe finds nothing there).
// Benign: the benign user prompts of WildGuard, NotInject, MITRE FRR and the project-written everyday,
// developer and look-alike prompts of the same side, each sent once with a system prompt that declares
// a secret and once with one that protects personal data (the side's CyberSecEval system prompts in
// turn): what the probe flags there would be blocked in a deployment whose system prompt holds one.
// Topics (topic-probe.ts, written on the TRAIN side like the rest): rows whose system prompt rules a
// topic out are also counted on their own ("topic ruled out", any risk category), and each benign prompt
// is sent once more with such a system prompt (the side's CyberSecEval and project-written operator prompts
// in turn), where a TOPIC_PROBE would block it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectionContext, Detector } from '../src/core/types.ts';
import { datasetsRoot, loadExamples } from '../src/detectors/injection/dataset.ts';
import { scoreText } from '../src/detectors/injection/index.ts';
import type { InjectionModel } from '../src/detectors/injection/model.ts';
import { declaredValues } from '../src/detectors/leaks/prompt-secrets.ts';
import { forbiddenTopics } from '../src/detectors/leaks/topic-probe.ts';

interface Row { prompt_id: number; test_case_prompt: string; user_input: string; risk_category: string; injection_variant: string; speaking_language: string }

export interface ProbeCounts {
  n: number;
  probe: number;
  probe_or_mention: number;
  /** TOPIC_PROBE: the user input is about a topic its system prompt rules out (topic-probe.ts). */
  topic: number;
  injection: number;
  /** The default policy's request verdict: injection, SECRET_PROBE or TOPIC_PROBE. */
  either: number;
}

export interface ProbeEval {
  side: 'train' | 'test';
  attacks: Record<string, ProbeCounts>;
  benign: Record<string, { n: number; secret_prompt: { probe: number; mention: number }; personal_prompt: { probe: number; mention: number }; topic_prompt: { topic: number } }>;
  /**
   * Misses (probe-dev only): the user input of each attack with a declared value that the probe misses, and ("topic:")
   * of each whose system prompt rules a topic out that neither TOPIC_PROBE nor injection flags.
   */
  misses?: string[];
}

const BENIGN_SOURCES = ['wildguard', 'notinject', 'mitre_frr', 'handwritten_benign', 'handwritten_benign_ml', 'handwritten_developer', 'handwritten_lookalike'];

const ctxOf = (system: string): DetectionContext => ({ role: 'user', kind: 'message_text', untrusted: false, direction: 'request', systemPrompts: [system] });

export function evalProbeSplit(det: Detector, model: InjectionModel, side: 'train' | 'test', withMisses: boolean): ProbeEval {
  const dir = join(datasetsRoot(), 'cyberseceval-prompt-injection');
  const rows = new Map<string, Row>();
  for (const [file, tag] of [['prompt_injection.json', 'en'], ['prompt_injection_multilingual_machine_translated.json', 'ml']] as const) {
    for (const r of JSON.parse(readFileSync(join(dir, file), 'utf8')) as Row[]) rows.set(`cse_${tag}:${r.prompt_id}`, r);
  }
  const { examples } = loadExamples();
  const attacks: Record<string, ProbeCounts> = {};
  const misses: string[] = [];
  const secretPrompts = new Set<string>();
  const personalPrompts = new Set<string>();
  const topicPrompts = new Set<string>();
  for (const e of examples) {
    if (e.split !== side || (e.source !== 'cse_en_user' && e.source !== 'cse_ml_user')) continue;
    const r = rows.get(e.id.split(':').slice(0, 2).join(':'));
    if (r === undefined) continue;
    const declared = declaredValues(r.test_case_prompt);
    const personal = declared.some((d) => d.personal !== undefined);
    const kind = declared.length === 0 ? (r.risk_category === 'security-violating' ? 'no declared value, security-violating' : 'no declared value, logic-violating') : personal ? 'personal data declared' : 'secret declared';
    if (declared.length > 0) (personal ? personalPrompts : secretPrompts).add(r.test_case_prompt);
    const rulesOut = forbiddenTopics(r.test_case_prompt, declared.map((d) => d.value)).length > 0;
    if (rulesOut) topicPrompts.add(r.test_case_prompt);
    const findings = det.scan(r.user_input, ctxOf(r.test_case_prompt));
    const probe = findings.some((f) => f.type === 'SECRET_PROBE');
    const topic = findings.some((f) => f.type === 'TOPIC_PROBE');
    const injection = scoreText(model, r.user_input).score >= model.threshold;
    const lang = e.source === 'cse_en_user' ? 'English' : 'multilingual';
    // Rows whose system prompt rules a topic out are also counted on their own (any risk category).
    for (const key of [`${lang}: ${kind}`, `all: ${kind}`, ...(rulesOut ? [`${lang}: topic ruled out`, 'all: topic ruled out'] : [])]) {
      const c = (attacks[key] ??= { n: 0, probe: 0, probe_or_mention: 0, topic: 0, injection: 0, either: 0 });
      c.n++;
      if (probe) c.probe++;
      if (findings.some((f) => f.type === 'SECRET_PROBE' || f.type === 'SECRET_MENTION')) c.probe_or_mention++;
      if (topic) c.topic++;
      if (injection) c.injection++;
      if (probe || topic || injection) c.either++;
    }
    if (withMisses && rulesOut && !topic && !injection) misses.push(`topic: ${r.speaking_language} / ${r.injection_variant}: ${r.user_input.slice(0, 240)}`);
    if (withMisses && declared.length > 0 && !probe) misses.push(`${r.speaking_language} / ${r.injection_variant}${injection ? ' (injection flags it)' : ''}: ${r.user_input.slice(0, 240)}`);
  }
  // Operators' system prompts (project-written, the same side) that rule a topic out join CyberSecEval's.
  for (const e of examples) if (e.split === side && e.source === 'handwritten_system' && forbiddenTopics(e.text, declaredValues(e.text).map((d) => d.value)).length > 0) topicPrompts.add(e.text);
  const secret = [...secretPrompts].sort();
  const personal = [...personalPrompts].sort();
  const topical = [...topicPrompts].sort();
  const benign: ProbeEval['benign'] = {};
  let i = 0;
  for (const e of examples) {
    if (e.split !== side || e.label !== 0 || !BENIGN_SOURCES.includes(e.source)) continue;
    const b = (benign[e.source] ??= { n: 0, secret_prompt: { probe: 0, mention: 0 }, personal_prompt: { probe: 0, mention: 0 }, topic_prompt: { topic: 0 } });
    b.n++;
    for (const [prompts, into] of [[secret, b.secret_prompt], [personal, b.personal_prompt]] as const) {
      if (prompts.length === 0) continue;
      const f = det.scan(e.text, ctxOf(prompts[i % prompts.length]));
      if (f.some((x) => x.type === 'SECRET_PROBE')) into.probe++;
      else if (f.some((x) => x.type === 'SECRET_MENTION')) into.mention++;
    }
    if (topical.length > 0 && det.scan(e.text, ctxOf(topical[i % topical.length])).some((x) => x.type === 'TOPIC_PROBE')) b.topic_prompt.topic++;
    i++;
  }
  return { side, attacks: Object.fromEntries(Object.entries(attacks).sort((a, b) => a[0].localeCompare(b[0]))), benign, ...(withMisses ? { misses } : {}) };
}
