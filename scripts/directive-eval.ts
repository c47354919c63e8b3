// Evaluation of reply directives (src/detectors/injection/directive.ts): the injection detector's second
// signal in untrusted content. Every example of the injection datasets is read with its own provenance
// (dataset.ts marks documents, BIPIA carriers and CyberSecEval's indirect rows as untrusted): a text is
// flagged when the model reaches its default threshold, or, when it is untrusted, when it holds a reply
// directive, exactly as the detector reports INDIRECT_PROMPT_INJECTION or REPLY_DIRECTIVE there. The
// directive was written on the TRAIN side (`node scripts/eval.ts directive-dev`); `npm run eval` reads
// the held-out side.
//
// Also read: the project's benign documents that speak to their reader about its reply
// (benign-reply-docs.ts, written by a helper session without sight of the patterns), split in halves
// by a hash of the text: DEV was used while writing the patterns, TEST only here. And, as a worst case,
// every benign text of the side read as if it were untrusted (user prompts asking for a format, "reply
// in French", would be directives if a document said them).
import { loadExamples, type Example } from '../src/detectors/injection/dataset.ts';
import { replyDirectives } from '../src/detectors/injection/directive.ts';
import { steerDirectives } from '../src/detectors/injection/steer.ts';
import { actionDirectives } from '../src/detectors/injection/action.ts';
import { scoreText } from '../src/detectors/injection/index.ts';
import type { InjectionModel } from '../src/detectors/injection/model.ts';
import { HANDWRITTEN_REPLY_DOCS, replyDocHalf } from '../src/detectors/injection/benign-reply-docs.ts';
import { HANDWRITTEN_STEER_DOCS, steerDocHalf } from '../src/detectors/injection/benign-steer-docs.ts';

export interface DirectiveCounts {
  n: number;
  /** The model at its default threshold. */
  model: number;
  /** A reply directive (untrusted texts only). */
  directive: number;
  /** An action directive (action.ts; untrusted texts only). */
  action: number;
  /** Any: what the detector reports in the text's provenance. */
  either: number;
}

export interface DirectiveEval {
  side: 'train' | 'test';
  /** Per source, untrusted texts only. */
  untrusted: Record<string, DirectiveCounts & { label: 'attack' | 'benign' }>;
  /** Every text of the side with its own provenance: pooled attacks and pooled benign. */
  pooled: { attacks: DirectiveCounts; benign: DirectiveCounts };
  /** Benign texts read as untrusted whatever their provenance: how many hold a directive, per source. */
  benignAsUntrusted: Record<string, { n: number; directive: number; action: number }>;
  /** The project's benign reply documents of this side's half (DEV for train, TEST for test). */
  replyDocs: { n: number; directive: number; action: number; model: number; either: number; byKind: Record<string, { n: number; directive: number }> };
  /** The project's benign documents that look like steering (assignment sheets, sales playbooks, …), this side's half. */
  steerDocs: DirectiveEval['replyDocs'];
  /** directive-dev only: untrusted attacks neither signal finds, and benign texts a directive flags. */
  misses?: string[];
  falsePositives?: string[];
}

const empty = (): DirectiveCounts => ({ n: 0, model: 0, directive: 0, action: 0, either: 0 });
const short = (t: string): string => t.replace(/\s+/g, ' ').slice(0, 240);

export function evalDirectiveSplit(model: InjectionModel, side: 'train' | 'test', details: boolean): DirectiveEval {
  const data = loadExamples();
  const rows = data.examples.filter((e: Example) => e.split === side);
  const untrusted: DirectiveEval['untrusted'] = {};
  const pooled = { attacks: empty(), benign: empty() };
  const benignAsUntrusted: DirectiveEval['benignAsUntrusted'] = {};
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const e of rows) {
    const m = scoreText(model, e.text).score >= model.threshold;
    const shapes = [...replyDirectives(e.text), ...steerDirectives(e.text)];
    const pairs = actionDirectives(e.text);
    const d = e.untrusted === true && shapes.length > 0;
    const a = e.untrusted === true && pairs.length > 0;
    const add = (c: DirectiveCounts): void => {
      c.n++;
      if (m) c.model++;
      if (d) c.directive++;
      if (a) c.action++;
      if (m || d || a) c.either++;
    };
    add(e.label === 1 ? pooled.attacks : pooled.benign);
    if (e.untrusted === true) add((untrusted[e.source] ??= { label: e.label === 1 ? 'attack' : 'benign', ...empty() }));
    if (e.label === 0) {
      const b = (benignAsUntrusted[e.source] ??= { n: 0, directive: 0, action: 0 });
      b.n++;
      if (shapes.length > 0) b.directive++;
      if (pairs.length > 0) b.action++;
      if (details && shapes.length + pairs.length > 0) falsePositives.push(`${e.source}${e.untrusted === true ? '' : ' (as untrusted)'} [${[...shapes, ...pairs].join(',')}]: ${short(e.text)}`);
    } else if (details && e.untrusted === true && !m && !d && !a) misses.push(`${e.source} ${e.variant ?? ''}: ${short(e.group ?? e.text)}`);
  }
  const half = side === 'train' ? 'dev' : 'test';
  /** The project's benign documents of one kind, this side's half: every signal, and a false-positive line each. */
  const readDocs = (label: string, docs: readonly { kind: string; text: string }[]): DirectiveEval['replyDocs'] => {
    const out: DirectiveEval['replyDocs'] = { n: docs.length, directive: 0, action: 0, model: 0, either: 0, byKind: {} };
    for (const r of docs) {
      const shapes = [...replyDirectives(r.text), ...steerDirectives(r.text)];
      const pairs = actionDirectives(r.text);
      if (pairs.length > 0) {
        out.action++;
        if (details) falsePositives.push(`${label}/${r.kind} [${pairs.join(',')}]: ${short(r.text)}`);
      }
      const k = (out.byKind[r.kind] ??= { n: 0, directive: 0 });
      k.n++;
      const m = scoreText(model, r.text).score >= model.threshold;
      if (m) out.model++;
      if (m || shapes.length > 0 || pairs.length > 0) out.either++;
      if (shapes.length > 0) {
        k.directive++;
        out.directive++;
        if (details) falsePositives.push(`${label}/${r.kind} [${shapes.join(',')}]: ${short(r.text)}`);
      }
    }
    return out;
  };
  const replyDocs = readDocs('reply_docs', HANDWRITTEN_REPLY_DOCS.filter((r) => replyDocHalf(r.text) === half));
  const steerDocs = readDocs('steer_docs', HANDWRITTEN_STEER_DOCS.filter((r) => steerDocHalf(r.text) === half));
  return { side, untrusted, pooled, benignAsUntrusted, replyDocs, steerDocs, ...(details ? { misses, falsePositives } : {}) };
}
