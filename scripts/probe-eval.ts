// Evaluation of system_prompt_probe (src/detectors/leaks/secret-probe.ts) on CyberSecEval's prompt
// injection rows, with each row's system prompt as the request's context, and of the default policy's
// request verdict (the injection detector at its default threshold, or a SECRET_PROBE finding). The
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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectionContext, Detector } from '../src/core/types.ts';
import { datasetsRoot, loadExamples } from '../src/detectors/injection/dataset.ts';
import { scoreText } from '../src/detectors/injection/index.ts';
import type { InjectionModel } from '../src/detectors/injection/model.ts';
import { declaredValues } from '../src/detectors/leaks/prompt-secrets.ts';

interface Row { prompt_id: number; test_case_prompt: string; user_input: string; risk_category: string; injection_variant: string; speaking_language: string }

export interface ProbeCounts {
  n: number;
  probe: number;
  probe_or_mention: number;
  injection: number;
  either: number;
}

export interface ProbeEval {
  side: 'train' | 'test';
  attacks: Record<string, ProbeCounts>;
  benign: Record<string, { n: number; secret_prompt: { probe: number; mention: number }; personal_prompt: { probe: number; mention: number } }>;
  /** Misses (probe-dev only): the user input of each attack with a declared value that neither flags. */
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
  for (const e of examples) {
    if (e.split !== side || (e.source !== 'cse_en_user' && e.source !== 'cse_ml_user')) continue;
    const r = rows.get(e.id.split(':').slice(0, 2).join(':'));
    if (r === undefined) continue;
    const declared = declaredValues(r.test_case_prompt);
    const personal = declared.some((d) => d.personal !== undefined);
    const kind = declared.length === 0 ? (r.risk_category === 'security-violating' ? 'no declared value, security-violating' : 'no declared value, logic-violating') : personal ? 'personal data declared' : 'secret declared';
    if (declared.length > 0) (personal ? personalPrompts : secretPrompts).add(r.test_case_prompt);
    const findings = det.scan(r.user_input, ctxOf(r.test_case_prompt));
    const probe = findings.some((f) => f.type === 'SECRET_PROBE');
    const injection = scoreText(model, r.user_input).score >= model.threshold;
    for (const key of [`${e.source === 'cse_en_user' ? 'English' : 'multilingual'}: ${kind}`, `all: ${kind}`]) {
      const c = (attacks[key] ??= { n: 0, probe: 0, probe_or_mention: 0, injection: 0, either: 0 });
      c.n++;
      if (probe) c.probe++;
      if (findings.length > 0) c.probe_or_mention++;
      if (injection) c.injection++;
      if (probe || injection) c.either++;
    }
    if (withMisses && declared.length > 0 && !probe) misses.push(`${r.speaking_language} / ${r.injection_variant}${injection ? ' (injection flags it)' : ''}: ${r.user_input.slice(0, 240)}`);
  }
  const secret = [...secretPrompts].sort();
  const personal = [...personalPrompts].sort();
  const benign: ProbeEval['benign'] = {};
  let i = 0;
  for (const e of examples) {
    if (e.split !== side || e.label !== 0 || !BENIGN_SOURCES.includes(e.source)) continue;
    const b = (benign[e.source] ??= { n: 0, secret_prompt: { probe: 0, mention: 0 }, personal_prompt: { probe: 0, mention: 0 } });
    b.n++;
    for (const [prompts, into] of [[secret, b.secret_prompt], [personal, b.personal_prompt]] as const) {
      if (prompts.length === 0) continue;
      const f = det.scan(e.text, ctxOf(prompts[i % prompts.length]));
      if (f.some((x) => x.type === 'SECRET_PROBE')) into.probe++;
      else if (f.length > 0) into.mention++;
    }
    i++;
  }
  return { side, attacks: Object.fromEntries(Object.entries(attacks).sort((a, b) => a[0].localeCompare(b[0]))), benign, ...(withMisses ? { misses } : {}) };
}
