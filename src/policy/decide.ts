// The decision: a pure function of (rule, phase, findings, segments, failures, budgets). No I/O, no
// clock, no randomness, so a decision can be recomputed from the audit record and table-tested.
//
// Precedence: deny > redact > flag > allow, over every finding, budget, failure and tool outcome.
//  - A finding's outcome is the rule's FindingRule for its type (else `*`, else flag); findings below
//    the rule's threshold, or whose action is allow, are ignored.
//  - redact on a span-wise finding plans a redaction of exactly that span. redact on a finding from a
//    whole-segment classifier (spanwise=false, e.g. injection) cannot be confined to a span, so it is
//    escalated to deny (fail closed): removing a whole message would silently change the conversation.
//  - Budgets (request phase: messages, estimated prompt tokens; both phases: body bytes) deny with
//    reason budget:<name>. Prompt tokens are estimated as ceil(chars / 4) over all scanned segments
//    unless the caller passes a count.
//  - Failures map through the rule's on_failure: deny -> deny with failure:<kind>; allow -> the
//    reason is still recorded (fail-open is never silent).
//  - Tool decisions: deny -> deny with tool:deny; approve (held for a human) -> deny with tool:approve.
//  - monitor mode: `action` says what would have happened, `enforced` is always allow.
import type { FailureKind, Finding, Segment } from '../core/types.ts';
import type { CompiledRule, PhaseDecision, PlannedRedaction } from './types.ts';

/** Measured sizes for the budget checks; omitted values are not checked. */
export interface BudgetFacts {
  readonly bodyBytes?: number;
  readonly messageCount?: number;
  /** Exact or provider-reported prompt tokens; when absent, estimated from segment text. */
  readonly promptTokens?: number;
}

export interface DecideExtra {
  readonly failures?: readonly FailureKind[];
  readonly budgets?: BudgetFacts;
  readonly tools?: readonly { readonly action: 'allow' | 'deny' | 'approve' }[];
}

/** Budget names used in `budget:<name>` reasons. */
export const BUDGET_NAMES = ['max_body_bytes', 'max_messages', 'max_prompt_tokens'] as const;

/** Estimated tokens for a text length: ~4 characters per token for English text with BPE tokenizers. */
export function estimateTokens(chars: number): number {
  return Math.ceil(chars / 4);
}

const RANK = { allow: 0, flag: 1, redact: 2, deny: 3 } as const;
type Level = keyof typeof RANK;

export function decide(
  rule: CompiledRule,
  phase: 'request' | 'response',
  findingsPerSegment: readonly (readonly Finding[])[],
  segments: readonly Segment[],
  extra: DecideExtra = {},
): PhaseDecision {
  const compiled = rule[phase];
  const spanwise = new Map<string, boolean>();
  for (const d of compiled.detectors) spanwise.set(d.id, d.spanwise);

  const reasons: Record<Level, string[]> = { allow: [], flag: [], redact: [], deny: [] };
  const addReason = (level: Level, reason: string) => {
    if (!reasons[level].includes(reason)) reasons[level].push(reason);
  };
  let level = 'allow' as Level; // widened: raise() assigns it from a closure
  const raise = (l: Level, reason: string) => {
    if (RANK[l] > RANK[level]) level = l;
    addReason(l, reason);
  };
  const flagged: Finding[] = [];
  const redactions: PlannedRedaction[] = [];

  for (let s = 0; s < findingsPerSegment.length; s++) {
    const list = findingsPerSegment[s];
    if (!list || list.length === 0) continue;
    const seg = segments[s];
    for (const f of list) {
      const fr = seg ? compiled.ruleFor(f, seg) : compiled.ruleFor(f, { role: 'none', kind: 'json_string', untrusted: true });
      if (fr === null) continue;
      const reason = `finding:${f.type}`;
      flagged.push(f);
      if (fr.action === 'flag') {
        raise('flag', reason);
      } else if (fr.action === 'deny') {
        raise('deny', reason);
      } else if (fr.action === 'redact') {
        const validSpan = seg !== undefined && f.start >= 0 && f.end > f.start && f.end <= seg.text.length;
        if (spanwise.get(f.detector) === false) {
          raise('deny', reason); // whole-segment finding: cannot be confined to a span
        } else if (!validSpan) {
          const failure = rule.onFailure.internal_error;
          raise(failure === 'deny' ? 'deny' : 'flag', 'failure:internal_error');
        } else {
          raise('redact', reason);
          // A piece of an entity that continues in the next text part keeps nothing: only the entity's
          // last piece may keep its tail (scanUnits in pipeline/scan.ts).
          const style = f.continues === true && fr.style.kind === 'partial' ? { kind: 'mask' as const } : fr.style;
          redactions.push(f.keep === undefined ? { segment: s, start: f.start, end: f.end, type: f.type, style } : { segment: s, start: f.start, end: f.end, type: f.type, style, keep: f.keep });
        }
      } else {
        // 'approve' is a tool outcome the schema never allows for findings; fail closed if it appears.
        raise('deny', reason);
      }
    }
  }

  const b = extra.budgets;
  if (b) {
    if (b.bodyBytes !== undefined && b.bodyBytes > rule.budgets.maxBodyBytes) raise('deny', 'budget:max_body_bytes');
    if (phase === 'request') {
      if (b.messageCount !== undefined && b.messageCount > rule.budgets.maxMessages) raise('deny', 'budget:max_messages');
      let tokens = b.promptTokens;
      if (tokens === undefined) {
        let chars = 0;
        for (const seg of segments) chars += seg.text.length;
        tokens = estimateTokens(chars);
      }
      if (tokens > rule.budgets.maxPromptTokens) raise('deny', 'budget:max_prompt_tokens');
    }
  }

  for (const kind of extra.failures ?? []) {
    if (rule.onFailure[kind] === 'deny') raise('deny', `failure:${kind}`);
    else raise('flag', `failure:${kind}`);
  }

  for (const t of extra.tools ?? []) {
    if (t.action === 'deny') raise('deny', 'tool:deny');
    else if (t.action === 'approve') raise('deny', 'tool:approve');
  }

  const action: PhaseDecision['action'] = level === 'flag' ? 'allow' : level;
  redactions.sort((x, y) => x.segment - y.segment || x.start - y.start || y.end - x.end);
  const decision: PhaseDecision = {
    action,
    enforced: rule.mode === 'monitor' ? 'allow' : action,
    reasons: Object.freeze([...reasons.deny, ...reasons.redact, ...reasons.flag]),
    flagged: Object.freeze(flagged),
    redactions: Object.freeze(redactions),
    ...(action === 'deny' ? { denyStatus: rule.denyStatus } : {}),
    ruleId: rule.id,
  };
  return Object.freeze(decision);
}
