// Plain-data views of a compiled policy for humans: `policy explain` (which rule a request gets and
// what it does) and `policy diff` (what changes between two policies, after inheritance is applied,
// which is what matters when reviewing a change to `default`).
import type { RedactionStyle } from '../core/types.ts';
import type { CompiledPhase, CompiledPolicy, CompiledRule, FindingRule } from './types.ts';
import { holdPlan } from '../detectors/hold.ts';

function styleName(s: RedactionStyle): string {
  return s.kind === 'partial' ? `partial(${s.keep})` : s.kind;
}

function describeFinding(r: FindingRule): string {
  let out = r.action;
  if (r.action === 'redact') out += ` ${styleName(r.style)}`;
  if (r.threshold > 0) out += ` >=${r.threshold}`;
  return out;
}

/**
 * How a streamed response is held back (src/detectors/hold.ts): `hold_back` is the fixed bound (the
 * longest match of the span-wise detectors); detectors listed under `shortened` release text as soon
 * as their hold strategy allows; those under `per_request` hold nothing unless the request gives them
 * something to find (Detector.holdFor: values its system prompt declares secret), and then their
 * fixed bound; the others keep the fixed bound; `min_lag` is the least any text is held behind the
 * input by the detectors' strategies, for a request that gives the `per_request` ones nothing.
 */
function describeStreamHold(p: CompiledPhase): Record<string, unknown> {
  const spanwise = p.detectors.filter((d) => d.spanwise && d.scanAsync === undefined);
  const plan = holdPlan(spanwise.filter((d) => d.holdFor === undefined));
  return {
    shortened: spanwise.filter((d) => d.holdFrom !== undefined).map((d) => d.id),
    per_request: spanwise.filter((d) => d.holdFor !== undefined).map((d) => d.id),
    fixed: spanwise.filter((d) => d.holdFrom === undefined && d.holdFor === undefined).map((d) => d.id),
    min_lag: plan.lag,
  };
}

function describePhase(p: CompiledPhase): Record<string, unknown> {
  const findings: Record<string, string> = {};
  for (const k of Object.keys(p.findings ?? {}).sort()) findings[k] = describeFinding(p.findings![k]);
  return { detectors: p.detectors.map((d) => d.id), hold_back: p.holdBack, stream_hold: describeStreamHold(p), findings };
}

/** The effective (inherited and defaulted) settings of one rule, as plain sorted data. */
export function describeRule(r: CompiledRule): Record<string, unknown> {
  return {
    id: r.id,
    mode: r.mode,
    format: r.formatOverride ?? 'auto',
    request: describePhase(r.request),
    response: describePhase(r.response),
    tools: r.tools.enabled ? 'configured' : 'none',
    budgets: { max_body_bytes: r.budgets.maxBodyBytes, max_messages: r.budgets.maxMessages, max_prompt_tokens: r.budgets.maxPromptTokens },
    on_failure: { ...r.onFailure },
    deny_status: r.denyStatus,
    stream_block: r.streamBlock,
    audit: r.auditCapture,
  };
}

function flatten(v: unknown, prefix: string, out: Map<string, string>): void {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, JSON.stringify(v));
  }
}

function allRules(p: CompiledPolicy): CompiledRule[] {
  return [...(p.rules ?? []), ...(p.defaultRule ? [p.defaultRule] : [])];
}

/** Human-readable differences between two policies; empty when they behave the same. */
export function diffPolicies(a: CompiledPolicy, b: CompiledPolicy): string[] {
  const lines: string[] = [];
  const ra = new Map(allRules(a).map((r) => [r.id, r]));
  const rb = new Map(allRules(b).map((r) => [r.id, r]));
  for (const id of ra.keys()) if (!rb.has(id)) lines.push(`- rule ${id}`);
  for (const id of rb.keys()) if (!ra.has(id)) lines.push(`+ rule ${id}`);
  const orderA = (a.rules ?? []).map((r) => r.id).filter((id) => rb.has(id));
  const orderB = (b.rules ?? []).map((r) => r.id).filter((id) => ra.has(id));
  if (orderA.join('\n') !== orderB.join('\n')) lines.push(`~ rule order: ${orderA.join(', ')} -> ${orderB.join(', ')}`);
  for (const [id, x] of ra) {
    const y = rb.get(id);
    if (!y) continue;
    const fa = new Map<string, string>();
    const fb = new Map<string, string>();
    flatten(describeRule(x), '', fa);
    flatten(describeRule(y), '', fb);
    for (const k of new Set([...fa.keys(), ...fb.keys()])) {
      const va = fa.get(k);
      const vb = fb.get(k);
      if (va !== vb) lines.push(`~ ${id}: ${k}: ${va ?? '(unset)'} -> ${vb ?? '(unset)'}`);
    }
  }
  if (a.decisionHeader !== b.decisionHeader) lines.push(`~ settings.decision_header: ${a.decisionHeader} -> ${b.decisionHeader}`);
  if ((a.shadow?.version ?? '') !== (b.shadow?.version ?? '')) lines.push(`~ shadow: ${a.shadow?.version ?? 'none'} -> ${b.shadow?.version ?? 'none'}`);
  if (lines.length === 0 && a.version !== b.version) {
    lines.push('~ identity sources or detector parameters differ (rule outcomes are the same)');
  }
  return lines;
}
