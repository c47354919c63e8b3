// The synchronous tool gate for streamed responses (src/formats ToolGate). The stream engine holds a
// tool call's events until the call is complete and then asks the gate, synchronously; the approval
// store is asynchronous, so createStreamToolGate takes a snapshot of the caller's live approvals
// before the response streams and works from it:
//   - a granted approval for the same tool + argument hash in the snapshot -> allow, and the grant is
//     consumed in the background (settle() awaits it). Two streams of the same caller racing on one
//     grant within the snapshot window could both pass; the non-streaming path (evaluateToolCall)
//     has no such window. This is the price of a synchronous gate, and it is per-caller only.
//   - a rejected one -> denied (approval_rejected); a pending one -> its id is shown again;
//   - otherwise a new approval id is chosen now and the pending record written in the background.
// Lifetime: one response stream.
import type { ToolGate, ToolGateResult } from '../formats/types.ts';
import { logger } from '../observability/logger.ts';
import { toolDecisions } from '../observability/metrics.ts';
import { newApprovalId, type ApprovalRecord, type ApprovalStore } from './approvals.ts';
import { approvalIdentityKey, precheckToolCall } from './evaluate.ts';
import { approvalMessage } from './messages.ts';
import type { CompiledToolPolicy, ToolCall, ToolContext, ToolDecision } from './types.ts';

export interface StreamToolGate {
  readonly gate: ToolGate;
  /** Decisions made so far, in order (for the audit record). */
  readonly decisions: readonly ToolDecision[];
  /** Wait for background approval writes/consumes; resolves even if they failed (failures are logged). */
  settle(): Promise<void>;
}

export interface StreamGateOptions {
  /** How a denied call is rendered: replaced by explanatory assistant text (default) or the stream blocked. */
  readonly onDeny?: 'replace' | 'block';
}

/**
 * Build the gate for one response stream. `ctx.callsSoFar` is the number of calls before the stream
 * (e.g. from the request); the gate counts the stream's own calls on top.
 */
export async function createStreamToolGate(
  policy: CompiledToolPolicy, ctx: ToolContext, approvals: ApprovalStore, opts: StreamGateOptions = {},
): Promise<StreamToolGate> {
  const who = approvalIdentityKey(ctx.identity);
  const snapshot = new Map<string, ApprovalRecord>();
  if (policy.enabled && who !== null) {
    for (const r of await approvals.listFor(who)) snapshot.set(`${r.tool}\u0000${r.argHash}`, r);
  }
  const decisions: ToolDecision[] = [];
  const background: Promise<unknown>[] = [];
  let calls = ctx.callsSoFar;
  const onDeny = opts.onDeny ?? 'replace';

  const decide = (call: ToolCall): ToolDecision => {
    const pre = precheckToolCall(policy, call, { ...ctx, callsSoFar: calls });
    if (pre.action !== 'approve') return pre;
    if (who === null) {
      return { ...pre, action: 'deny', rule: 'approval:no_identity', reason: 'approval_needs_identity', detail: 'approval requires an authenticated caller' };
    }
    const key = `${pre.tool}\u0000${pre.argumentHash}`;
    const rec = snapshot.get(key);
    if (rec?.status === 'granted') {
      snapshot.delete(key);
      background.push(approvals.consume(who, pre.tool, pre.argumentHash));
      return { ...pre, action: 'allow', rule: 'approval:granted', reason: 'approval_granted', approvalId: rec.id, detail: 'approved by a human approver' };
    }
    if (rec?.status === 'rejected') {
      return { ...pre, action: 'deny', rule: 'approval:rejected', reason: 'approval_rejected', approvalId: rec.id, detail: 'an approver rejected this call' };
    }
    if (rec?.status === 'pending') return { ...pre, approvalId: rec.id, approvalExpiresAt: rec.expiresAt };
    const id = newApprovalId();
    const ttl = policy.approvalTtlMs ?? 900_000;
    const expiresAt = Date.now() + ttl;
    snapshot.set(key, { id, identity: who, tool: pre.tool, argHash: pre.argumentHash, status: 'pending', createdAt: Date.now(), expiresAt });
    background.push(approvals.request(who, pre.tool, pre.argumentHash, ttl, id).then((stored) => {
      // Another replica created a pending approval for the same call after our snapshot: the client
      // was shown an id that does not exist; its next retry will show the stored one.
      if (stored.id !== id) logger.warn({ approvalId: stored.id }, 'streamed approval raced with another replica');
    }));
    return { ...pre, approvalId: id, approvalExpiresAt: expiresAt };
  };

  const gate: ToolGate = (call: ToolCall): ToolGateResult => {
    const d = decide(call);
    calls++;
    decisions.push(d);
    toolDecisions.inc({ api: call.api, action: d.action });
    if (d.action === 'allow') return { action: 'allow' };
    if (d.action === 'deny' && onDeny === 'block') return { action: 'block', reason: `tool:${d.reason}` };
    return { action: 'replace', text: approvalMessage(d) };
  };

  return {
    gate,
    decisions,
    async settle() {
      const results = await Promise.allSettled(background.splice(0));
      for (const r of results) {
        if (r.status === 'rejected') logger.error({ err: (r.reason as Error)?.message }, 'approval store write failed during stream');
      }
    },
  };
}
