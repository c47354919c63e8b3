// Tool-call evaluation: a pure, synchronous policy check (precheckToolCall) plus the asynchronous
// evaluateToolCall that adds the approval store. Order of checks (first that decides wins):
//   1. governance disabled                      -> allow   (rule 'none')
//   2. empty tool name                          -> deny    malformed_name
//   3. arguments not valid JSON                 -> deny    malformed_arguments
//   4. name matches a deny glob                 -> deny    tool_denied        (rule 'deny:<glob>')
//   5. allow-list present and name not on it    -> deny    tool_not_allowed   (rule 'allow:unlisted')
//   6. callsSoFar >= max_calls                  -> deny    max_calls_exceeded (rule 'max_calls')
//   7. an argument constraint fails             -> deny    argument_constraint (rule 'constraint:<pointer>')
//   8. tainted context: high -> on_tainted.high, medium -> on_tainted.medium (deny or approve)
//   9. per_tool approval: required              -> approve
//  10. otherwise                                -> allow
// For 'approve', evaluateToolCall consults the store: a granted approval for the same identity, tool
// and argument hash is consumed (allow, once); a rejected one denies (approval_rejected); a pending one
// is returned again; none (or an expired one) creates a new pending approval.
import type { Identity } from '../core/types.ts';
import { toolDecisions } from '../observability/metrics.ts';
import { argumentHash, rawHash } from './hash.ts';
import type { ApprovalStore } from './approvals.ts';
import type { CompiledToolPolicy, ToolCall, ToolContext, ToolDecision, ToolDeclaration, ToolRisk } from './types.ts';

/** Parsed arguments, or undefined when the call's arguments are not complete, valid JSON. */
export function callArguments(call: ToolCall): { ok: true; value: unknown } | { ok: false } {
  if (call.arguments !== undefined) return { ok: true, value: call.arguments };
  const raw = call.rawArguments ?? '';
  // OpenAI sends "" for a function called without parameters: that is "no arguments", not garbage.
  if (raw.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

function isArrayIndex(tok: string): boolean {
  if (tok.length === 0 || tok.length > 9 || (tok.length > 1 && tok[0] === '0')) return false;
  for (const ch of tok) if (ch < '0' || ch > '9') return false;
  return true;
}

/** Resolve an RFC 6901 pointer; `found: false` when any step is missing. */
export function resolvePointer(doc: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === '') return { found: true, value: doc };
  let cur: unknown = doc;
  for (const rawTok of pointer.slice(1).split('/')) {
    const tok = rawTok.split('~1').join('/').split('~0').join('~');
    if (Array.isArray(cur)) {
      if (!isArrayIndex(tok)) return { found: false };
      const i = Number(tok);
      if (i >= cur.length) return { found: false };
      cur = cur[i];
    } else if (cur !== null && typeof cur === 'object') {
      if (!Object.prototype.hasOwnProperty.call(cur, tok)) return { found: false };
      cur = (cur as Record<string, unknown>)[tok];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: cur };
}

function decision(
  action: ToolDecision['action'], tool: string, hash: string, rule: string, reason: string, risk: ToolRisk, detail?: string,
): ToolDecision {
  return detail === undefined ? { action, tool, argumentHash: hash, rule, reason, risk } : { action, tool, argumentHash: hash, rule, reason, risk, detail };
}

function safeHash(call: ToolCall): string {
  const args = callArguments(call);
  if (args.ok) {
    try {
      return argumentHash(args.value);
    } catch {
      // fall through to the raw hash
    }
  }
  return rawHash(call.rawArguments ?? '');
}

/**
 * Synchronous policy check of one call: everything except the approval store. An 'approve' result has
 * no approvalId yet (evaluateToolCall or the stream gate obtains one). Never throws.
 */
export function precheckToolCall(policy: CompiledToolPolicy, call: ToolCall, ctx: ToolContext): ToolDecision {
  const name = typeof call.name === 'string' ? call.name : '';
  if (!policy.enabled || policy.scopeFor === undefined) {
    // No governance configured: allow, but still label the call with a hash for the audit record.
    return decision('allow', name, safeHash(call), 'none', 'no_tool_policy', 'low');
  }
  const args = callArguments(call);
  let hash: string;
  if (!args.ok) {
    hash = rawHash(call.rawArguments ?? '');
  } else {
    try {
      hash = argumentHash(args.value);
    } catch {
      // Non-JSON values or excessive nesting (canonicalJson throws GuardError): malformed, never a crash.
      return decision('deny', name, rawHash(call.rawArguments ?? ''), 'malformed:arguments', 'malformed_arguments', 'high', 'arguments are not canonicalisable JSON');
    }
  }
  const scope = policy.scopeFor(ctx.identity);
  if (name === '') return decision('deny', name, hash, 'malformed:name', 'malformed_name', 'high', 'tool call without a name');
  if (!args.ok) return decision('deny', name, hash, 'malformed:arguments', 'malformed_arguments', 'high', 'arguments are not complete, valid JSON');

  const settings = scope.settingsFor(name);
  const risk: ToolRisk = settings?.risk ?? scope.defaultRisk;

  const d = scope.deny.firstMatch(name);
  if (d >= 0) return decision('deny', name, hash, `deny:${scope.deny.patterns[d]}`, 'tool_denied', risk, 'tool is on the deny list');
  if (scope.allow && scope.allow.firstMatch(name) < 0) {
    return decision('deny', name, hash, 'allow:unlisted', 'tool_not_allowed', risk, 'tool is not on the allow list');
  }
  if (scope.maxCalls !== null && ctx.callsSoFar >= scope.maxCalls) {
    return decision('deny', name, hash, 'max_calls', 'max_calls_exceeded', risk, `more than ${scope.maxCalls} tool calls in one exchange`);
  }
  for (const c of settings?.constraints ?? []) {
    const r = resolvePointer(args.value, c.pointer);
    let problem: string | null;
    if (!r.found) problem = c.required ? 'missing' : null;
    else {
      try {
        problem = c.check(r.value);
      } catch {
        problem = 'unchecked';
      }
    }
    if (problem !== null) {
      return decision('deny', name, hash, `constraint:${c.pointer}`, 'argument_constraint', risk, `argument ${c.pointer || '(root)'}: ${problem}`);
    }
  }
  let needsApproval = false;
  let approvalRule = 'approval:required';
  if (ctx.tainted && risk !== 'low') {
    const gate = risk === 'high' ? scope.onTainted.high : scope.onTainted.medium;
    if (gate === 'deny') return decision('deny', name, hash, `taint:${risk}`, 'tainted_context', risk, `${risk}-risk tool called after untrusted content was flagged`);
    if (gate === 'approve') {
      needsApproval = true;
      approvalRule = `taint:${risk}`;
    }
  }
  if (settings?.approval) needsApproval = true;
  if (needsApproval) return decision('approve', name, hash, approvalRule, 'approval_required', risk, 'a human approver must grant this call');
  return decision('allow', name, hash, 'allow', 'allowed', risk);
}

/** Key an approval is bound to, or null when the caller has no principal (approval then fails closed). */
export function approvalIdentityKey(identity: Identity): string | null {
  if (identity.principal === undefined || identity.principal === '') return null;
  return `${identity.tenant ?? ''}|${identity.principal}`;
}

/**
 * Full evaluation of one tool call, including the approval store. Counts the outcome in
 * llm_boundary_tool_decisions_total{api, action}. Rejects only if the store is unreachable
 * (the caller's internal_error / fail-closed handling applies).
 */
export async function evaluateToolCall(
  policy: CompiledToolPolicy, call: ToolCall, ctx: ToolContext, approvals: ApprovalStore,
): Promise<ToolDecision> {
  const pre = precheckToolCall(policy, call, ctx);
  const out = pre.action === 'approve' ? await resolveApproval(policy, pre, ctx, approvals) : pre;
  toolDecisions.inc({ api: call.api, action: out.action });
  return out;
}

async function resolveApproval(
  policy: CompiledToolPolicy, pre: ToolDecision, ctx: ToolContext, approvals: ApprovalStore,
): Promise<ToolDecision> {
  const who = approvalIdentityKey(ctx.identity);
  if (who === null) {
    return { ...pre, action: 'deny', rule: 'approval:no_identity', reason: 'approval_needs_identity', detail: 'approval requires an authenticated caller' };
  }
  const got = await approvals.consume(who, pre.tool, pre.argumentHash);
  if (got.status === 'consumed') return { ...pre, action: 'allow', rule: 'approval:granted', reason: 'approval_granted', approvalId: got.record.id, detail: 'approved by a human approver' };
  if (got.status === 'rejected') return { ...pre, action: 'deny', rule: 'approval:rejected', reason: 'approval_rejected', approvalId: got.record.id, detail: 'an approver rejected this call' };
  if (got.status === 'pending') return { ...pre, approvalId: got.record.id, approvalExpiresAt: got.record.expiresAt };
  const rec = await approvals.request(who, pre.tool, pre.argumentHash, policy.approvalTtlMs ?? 900_000);
  return { ...pre, approvalId: rec.id, approvalExpiresAt: rec.expiresAt };
}

/**
 * Names of declared tools the caller may never call in this context (deny globs, outside the
 * allow-list, max_calls of 0, or high/medium risk that the taint gate denies). Strip them from the
 * request so the model is never offered them. Tools that merely need approval are kept.
 */
export function filterDeclarations(policy: CompiledToolPolicy, decls: readonly ToolDeclaration[], ctx: ToolContext): string[] {
  if (!policy.enabled || policy.scopeFor === undefined) return [];
  const scope = policy.scopeFor(ctx.identity);
  const out = new Set<string>();
  for (const d of decls) {
    const name = d.name;
    if (typeof name !== 'string' || name === '') continue;
    const risk = scope.settingsFor(name)?.risk ?? scope.defaultRisk;
    const gate = risk === 'high' ? scope.onTainted.high : risk === 'medium' ? scope.onTainted.medium : 'allow';
    if (
      scope.deny.firstMatch(name) >= 0
      || (scope.allow !== null && scope.allow.firstMatch(name) < 0)
      || scope.maxCalls === 0
      || (ctx.tainted && gate === 'deny')
    ) out.add(name);
  }
  return [...out];
}
