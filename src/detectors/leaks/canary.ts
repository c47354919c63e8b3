// CANARY_TOKEN: tokens declared in policy (planted in system prompts, documents or tool data); any
// occurrence in traffic means that data is leaking. Found in every view (the original text, the
// normalised copy with invisible characters and look-alikes removed, decoded base64/hex/%xx spans):
//   - literally, anywhere (score 1; case-sensitive unless `case_insensitive`);
//   - (`transformed`, on by default) in the forms a model can be asked to give it in, through the
//     search system_prompt_secrets uses (value-forms.ts), from a word start to a word end: case,
//     separators, leetspeak and look-alikes folded ("canary 7F3A-9B2C"), spelled out ("C-A-N-A-R-Y-…"),
//     reversed, short hex or base64, and the optional `forms` (default all): pig latin, Caesar shifts
//     (every shift for tokens of ASCII letters; rot13 for tokens of letters and digits), Morse code,
//     the spelling alphabet, acrostics. Score 0.9. A token whose letters and digits are fewer than
//     MIN_TRANSFORMED is looked for literally only.
import { compile, escapeLiteral, matchAll, type Re2 } from '../../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../../core/types.ts';
import { DEFAULT_VIEW_OPTIONS, mergeSameType, scanViews } from '../views.ts';
import { ACROSTIC_MAX_UNITS, ACROSTIC_STEP, acrosticLiveStart } from './projections.ts';
import { LEAK_FORMS, LOOKAHEAD, acrosticNeedles, findForms, formGates, gatesPassed, knownValue, spanOf, type KnownValue, type LeakForm } from './value-forms.ts';

/** Letters and digits a token needs to be looked for in transformed forms (as many as the literal minimum). */
const MIN_TRANSFORMED = 6;
/** Letters a token of ASCII letters needs before its Caesar shifts are looked for (as system_prompt_secrets). */
const MIN_SHIFTED = 5;

export interface CanaryConfig {
  readonly id: string;
  /** Tokens (at least 6 characters each, so they do not occur by chance). */
  readonly tokens: readonly string[];
  /** The literal match ignores case (the transformed forms always do). */
  readonly caseInsensitive?: boolean;
  /** Look for the tokens in transformed forms too (default true). */
  readonly transformed?: boolean;
  /** Optional forms looked for when transformed (default: all of LEAK_FORMS). */
  readonly forms?: readonly LeakForm[];
}

/** A canary detector's configuration from its policy parameters (validated by the registry's schema). */
export function canaryConfig(id: string, params: Record<string, unknown>): CanaryConfig {
  return {
    id,
    tokens: Array.isArray(params.tokens) ? (params.tokens as string[]) : [],
    caseInsensitive: params.case_insensitive as boolean | undefined,
    transformed: params.transformed as boolean | undefined,
    forms: params.forms as LeakForm[] | undefined,
  };
}

/** The tokens as the transformed search keeps them, each with its token's number (from 1). */
interface Prepared {
  readonly values: readonly KnownValue[];
  readonly numbers: readonly number[];
  readonly forms: ReadonlySet<LeakForm>;
}

function prepare(cfg: CanaryConfig): Prepared {
  const forms = new Set<LeakForm>(cfg.forms ?? LEAK_FORMS);
  const values: KnownValue[] = [];
  const numbers: number[] = [];
  if (cfg.transformed ?? true) {
    cfg.tokens.forEach((t, i) => {
      const v = knownValue(t, forms, MIN_SHIFTED, true);
      if (v.folded.length < MIN_TRANSFORMED) return;
      values.push(v);
      numbers.push(i + 1);
    });
  }
  return { values, numbers, forms };
}

/**
 * The stream hold of a canary detector (hold.ts canaryStrategy): the longest stretch of text a finding
 * covers (a literal token in the normalised copy can cover twice its length in the original, where
 * invisible characters were removed), and a text-level hold point while the last lines' initials begin
 * a token (acrostics, which may take a line per letter), or undefined.
 */
export function canaryHold(cfg: CanaryConfig): { span: number; extra?: (text: string) => number } {
  return holdOf(cfg.tokens, prepare(cfg));
}

function holdOf(tokens: readonly string[], { values, forms }: Prepared): { span: number; extra?: (text: string) => number } {
  let span = 2 * tokens.reduce((m, t) => Math.max(m, t.length), 0);
  for (const v of values) span = Math.max(span, spanOf(v, forms) + LOOKAHEAD);
  const needles = forms.has('acrostic') ? acrosticNeedles(values) : [];
  return needles.length === 0 ? { span } : { span, extra: (text) => acrosticLiveStart(text, needles) };
}

export function createCanaryDetector(cfg: CanaryConfig): Detector {
  if (cfg.tokens.length === 0) throw new Error(`detector ${cfg.id}: canary needs at least one token`);
  for (const t of cfg.tokens) if (t.length < 6) throw new Error(`detector ${cfg.id}: canary tokens must be at least 6 characters`);
  const flags = cfg.caseInsensitive ? 'i' : '';
  const sources = cfg.tokens.map(escapeLiteral);
  const res: Re2[] = sources.map((s, i) => compile(`${cfg.id}/token${i}`, s, flags));
  const prepared = prepare(cfg);
  const { values, numbers, forms } = prepared;
  // One RE2.Set pass per text: the literal tokens (indexes below tokens.length), then the cheap tests of
  // the transformed forms.
  const gates = formGates(values, forms, sources.map((s) => (cfg.caseInsensitive ? `(?i:${s})` : s)));
  const literals = cfg.tokens.length;
  // One explanation string per token and form, shared by its findings.
  const explained = new Map<string, string>();
  const explain = (n: number, form: string): string => {
    const key = `${n}\u0000${form}`;
    let e = explained.get(key);
    if (e === undefined) explained.set(key, (e = form === '' ? `canary token #${n}` : `canary token #${n}, ${form}`));
    return e;
  };
  const core = (text: string, midLine: boolean): Finding[] => {
    const out: Finding[] = [];
    const hits = gates.set.match(text);
    for (const i of hits) {
      if (i >= literals) continue;
      for (const m of matchAll(res[i], text)) {
        out.push({ detector: cfg.id, type: 'CANARY_TOKEN', start: m.start, end: m.end, score: 1, explanation: explain(i + 1, '') });
      }
    }
    if (values.length > 0) {
      findForms(text, values, forms, midLine, (start, end, i, form) => {
        out.push({ detector: cfg.id, type: 'CANARY_TOKEN', start, end, score: 0.9, explanation: explain(numbers[i], form) });
      }, gatesPassed(gates, hits, text));
    }
    return out;
  };
  const { span, extra } = holdOf(cfg.tokens, prepared);
  return {
    id: cfg.id,
    // The absolute bound; the stream holds less (canaryHold): acrostics only while they may go on.
    maxMatchLength: Math.max(span, DEFAULT_VIEW_OPTIONS.maxDecodeSpan, extra !== undefined ? ACROSTIC_STEP * ACROSTIC_MAX_UNITS + LOOKAHEAD : 0),
    spanwise: true,
    scan(text: string, ctx: DetectionContext): Finding[] {
      // A literal hit and the same token's transformed hit over it become one finding (the literal's
      // score and explanation where both start and end alike; otherwise their union). A stream window
      // that starts inside a line has no initial on its first line; decoded spans start texts of their own.
      const midLine = ctx.midLine === true;
      return mergeSameType(scanViews(text, (t, decoded) => core(t, midLine && !decoded), DEFAULT_VIEW_OPTIONS, ctx.rot13 === true));
    },
  };
}
