// Action control: tool-call governance and human approval. How a pipeline uses this module:
//
//   Policy load (src/policy): each rule's `tools:` section is validated by TOOLS_SCHEMA and compiled
//   once with compileToolPolicy(section) -> CompiledToolPolicy (deep-frozen; rule.tools).
//
//   Process start: const approvals = createApprovalStore(options.stateStore)   // 'memory' | 'redis://…'
//                  adminRoutes.push(...approvalRoutes(approvals))               // GET/POST /approvals…
//
//   Per exchange, with ctx: ToolContext = { identity, ruleId, route: {host, path},
//     tainted: <injection detector flagged an untrusted segment>, callsSoFar: <calls already gated> }:
//
//   Request body (OpenAI/Anthropic `tools`, declarations the model is offered):
//     const strip = filterDeclarations(rule.tools, parsed.toolDeclarations, ctx)
//     body = removeArrayElements(body, declarationPointers(parsed.toolDeclarations, strip))
//
//   Request body with tool calls to execute (MCP tools/call; also assistant tool_calls being replayed):
//     const d = await evaluateToolCall(rule.tools, call, ctx, approvals)     // counts metrics
//     d.action 'allow' -> continue; 'deny' | 'approve' -> reply 200 with mcpToolDenied(jsonRpcId, d)
//     (MCP) or a 403 whose message is approvalMessage(d) (chat APIs). Audit: d.tool, d.rule, d.reason,
//     d.argumentHash, d.approvalId — never argument values.
//
//   Response (buffered JSON): the same evaluateToolCall for each parsed.toolCalls entry; MCP
//     tools/list results: filterToolsListResult(json, filterDeclarations(rule.tools, decls, ctx)).
//
//   Response (streamed SSE): const g = await createStreamToolGate(rule.tools, ctx, approvals)
//     before the first chunk; pass g.gate as StreamOptions.toolGate; at end of stream await
//     g.settle() and audit g.decisions.
//
//   Everything except evaluateToolCall / createStreamToolGate / the store is synchronous and pure.
//   precheckToolCall is the store-free policy check. The store rejects only on infrastructure
//   failure (Redis down): treat that as internal_error (fail closed by default).
export { TOOLS_SCHEMA, TOOL_DEFAULTS, compileToolPolicy } from './compile.ts';
export {
  approvalIdentityKey, callArguments, evaluateToolCall, filterDeclarations, precheckToolCall, resolvePointer,
} from './evaluate.ts';
export { argumentHash, canonicalJson, rawHash, MAX_ARGUMENT_DEPTH } from './hash.ts';
export {
  MemoryApprovalStore, RedisApprovalStore, createApprovalStore, isApprovalId, newApprovalId,
  type ApprovalRecord, type ApprovalStatus, type ApprovalStore, type Approver, type ConsumeResult, type DecideResult,
  type RedisStoreOptions, type StoreOptions,
} from './approvals.ts';
export { approvalRoutes, approvalView, type AdminResponse, type AdminRoute } from './admin.ts';
export {
  MCP_APPROVAL_REQUIRED, MCP_TOOL_DENIED, approvalMessage, declarationPointers, filterToolsListBody, filterToolsListResult,
  mcpToolDenied, type JsonRpcError,
} from './messages.ts';
export { createStreamToolGate, type StreamGateOptions, type StreamToolGate } from './gate.ts';
export { compileGlobs, globToRe2, type GlobList } from './glob.ts';
export { compileHostAllowList, normaliseHostPattern, type HostAllowList, type HostViolation } from './url.ts';
export type * from './types.ts';
