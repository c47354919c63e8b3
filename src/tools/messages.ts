// Client-facing renderings of tool decisions: plain text for chat APIs (the pipeline wraps it in the
// API's native shape) and JSON-RPC errors / tools/list filtering for MCP. Texts are content-free:
// they name the tool, the reason code and the approval id, never argument values.
import { GuardError } from '../core/errors.ts';
import type { ToolDecision } from './types.ts';

/** JSON-RPC error code for a tools/call the policy denied (implementation-defined server error range). */
export const MCP_TOOL_DENIED = -32001;
/** JSON-RPC error code for a tools/call held for human approval. */
export const MCP_APPROVAL_REQUIRED = -32002;

function toolLabel(tool: string): string {
  const t = tool.length > 128 ? `${tool.slice(0, 128)}…` : tool;
  return JSON.stringify(t);
}

/** Text for the caller explaining a deny or approve decision ('' for allow). */
export function approvalMessage(d: ToolDecision): string {
  if (d.action === 'allow') return '';
  if (d.action === 'approve') {
    const until = d.approvalExpiresAt !== undefined ? ` before ${new Date(d.approvalExpiresAt).toISOString()}` : '';
    return `Tool call ${toolLabel(d.tool)} needs human approval (approval id ${d.approvalId ?? 'unavailable'}). `
      + `Ask an approver to grant it, then retry the identical request${until}; the approval is valid for one call.`;
  }
  const extra = d.detail ? `: ${d.detail}` : '';
  return `Tool call ${toolLabel(d.tool)} was blocked by policy (${d.reason}${extra}).`;
}

export interface JsonRpcError {
  readonly jsonrpc: '2.0';
  readonly id: string | number | null;
  readonly error: { readonly code: number; readonly message: string; readonly data: Readonly<Record<string, unknown>> };
}

/** JSON-RPC 2.0 error response for a denied or approval-held MCP tools/call (id: the request's id). */
export function mcpToolDenied(id: string | number | null | undefined, d: ToolDecision): JsonRpcError {
  const approve = d.action === 'approve';
  const data: Record<string, unknown> = approve
    ? {
      approval_id: d.approvalId ?? null,
      tool: d.tool,
      status: 'pending',
      ...(d.approvalExpiresAt !== undefined ? { expires: new Date(d.approvalExpiresAt).toISOString() } : {}),
    }
    : { tool: d.tool, reason: d.reason, rule: d.rule, ...(d.approvalId ? { approval_id: d.approvalId } : {}) };
  return {
    jsonrpc: '2.0',
    id: id === undefined ? null : id,
    error: { code: approve ? MCP_APPROVAL_REQUIRED : MCP_TOOL_DENIED, message: approvalMessage(d), data },
  };
}

/**
 * Remove tools the caller may not use from an MCP tools/list result. Accepts one JSON-RPC response
 * object or a batch array; returns a new value (input untouched) and how many tools were removed.
 * Values that are not tools/list results pass through unchanged.
 */
export function filterToolsListResult(body: unknown, namesToStrip: readonly string[]): { body: unknown; removed: number } {
  if (namesToStrip.length === 0) return { body, removed: 0 };
  const strip = new Set(namesToStrip);
  let removed = 0;
  const one = (msg: unknown): unknown => {
    if (msg === null || typeof msg !== 'object' || Array.isArray(msg)) return msg;
    const result = (msg as Record<string, unknown>).result;
    if (result === null || typeof result !== 'object' || Array.isArray(result)) return msg;
    const tools = (result as Record<string, unknown>).tools;
    if (!Array.isArray(tools)) return msg;
    const kept = tools.filter((t) => {
      const name = t !== null && typeof t === 'object' ? (t as Record<string, unknown>).name : undefined;
      const drop = typeof name === 'string' && strip.has(name);
      if (drop) removed++;
      return !drop;
    });
    if (kept.length === tools.length) return msg;
    return { ...(msg as Record<string, unknown>), result: { ...(result as Record<string, unknown>), tools: kept } };
  };
  const out = Array.isArray(body) ? body.map(one) : one(body);
  return { body: out, removed };
}

/**
 * Buffer form of filterToolsListResult for a buffered JSON body (re-serialised only when something
 * was removed). Throws GuardError('malformed_body') when the body is not JSON (e.g. an SSE stream:
 * filter each event's data with filterToolsListResult instead).
 */
export function filterToolsListBody(body: Buffer, namesToStrip: readonly string[]): { body: Buffer; removed: number } {
  if (namesToStrip.length === 0) return { body, removed: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (err) {
    // Fail closed: an MCP-over-SSE or damaged body must not slip through unfiltered.
    throw new GuardError('malformed_body', 'tools/list body is not a JSON document', { cause: err });
  }
  const r = filterToolsListResult(parsed, namesToStrip);
  return r.removed === 0 ? { body, removed: 0 } : { body: Buffer.from(JSON.stringify(r.body), 'utf8'), removed: r.removed };
}

/** JSON pointers of the declarations to strip from a request (for removeArrayElements in src/formats). */
export function declarationPointers(decls: readonly { readonly name: string; readonly pointer: string }[], namesToStrip: readonly string[]): string[] {
  const strip = new Set(namesToStrip);
  return decls.filter((d) => strip.has(d.name)).map((d) => d.pointer);
}
