// Tool governance contract (issue: action control).
import type { Identity, ToolCall, ToolDeclaration } from '../core/types.ts';

/** Compiled tools section of one policy rule. Built by src/tools/compile.ts, called from policy compile. */
export interface CompiledToolPolicy {
  /** True when the rule configures any tool governance (otherwise everything is allowed, counted as 'allow'). */
  readonly enabled: boolean;
}

export interface ToolContext {
  readonly identity: Identity;
  readonly ruleId: string;
  readonly route: { readonly host: string; readonly path: string };
  /** The conversation carries untrusted content the injection detector flagged (tool results, documents). */
  readonly tainted: boolean;
  /** Calls already seen in this exchange (for max calls per exchange). */
  readonly callsSoFar: number;
}

export type ToolAction = 'allow' | 'deny' | 'approve';

export interface ToolDecision {
  readonly action: ToolAction;
  readonly tool: string;
  /** SHA-256 hex of the canonical JSON of the arguments. */
  readonly argumentHash: string;
  /** Which tool rule decided (closed set per policy), e.g. 'deny:shell_*', 'constraint:/url', 'taint:high_risk'. */
  readonly rule: string;
  /** Content-free explanation for the client and the audit record. */
  readonly reason: string;
  readonly risk: 'low' | 'medium' | 'high';
  /** Set when action is 'approve': the id the approver grants or rejects. */
  readonly approvalId?: string;
}

export type { ToolCall, ToolDeclaration };
