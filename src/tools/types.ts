// Tool governance contract (issue: action control).
import type { Identity, ToolCall, ToolDeclaration } from '../core/types.ts';

export type ToolRisk = 'low' | 'medium' | 'high';

/** What to do with a call made while the conversation carries flagged untrusted content. */
export interface TaintGate {
  readonly high: 'deny' | 'approve';
  readonly medium: 'allow' | 'approve' | 'deny';
}

/** One compiled argument constraint (from `per_tool.<glob>.arguments.<pointer>`). */
export interface CompiledArgumentConstraint {
  /** RFC 6901 pointer into the parsed arguments, as written in the policy. */
  readonly pointer: string;
  readonly required: boolean;
  /** null when the value is acceptable; else a short content-free reason (e.g. 'host_not_allowed'). */
  check(value: unknown): string | null;
}

/** Settings for the tools a `per_tool` glob matches. */
export interface CompiledToolSettings {
  readonly glob: string;
  readonly risk: ToolRisk;
  readonly approval: boolean;
  readonly constraints: readonly CompiledArgumentConstraint[];
}

/** The effective tool rules for one caller (the base section, or the base overlaid with a `when` entry). */
export interface CompiledToolScope {
  /** Label of the scope for audit: 'base' or 'when:<index>'. */
  readonly label: string;
  /** Allow globs; null = no allow-list (everything not denied is allowed). */
  readonly allow: { readonly patterns: readonly string[]; firstMatch(name: string): number } | null;
  readonly deny: { readonly patterns: readonly string[]; firstMatch(name: string): number };
  readonly maxCalls: number | null;
  readonly defaultRisk: ToolRisk;
  readonly onTainted: TaintGate;
  /** Settings for a tool name: exact-name entries first, then the first matching glob in policy order. */
  settingsFor(name: string): CompiledToolSettings | null;
}

/** Compiled tools section of one policy rule. Built by src/tools/compile.ts, called from policy compile. */
export interface CompiledToolPolicy {
  /** True when the rule configures any tool governance (otherwise everything is allowed, counted as 'allow'). */
  readonly enabled: boolean;
  /** How long an approval (pending or granted) stays valid, in milliseconds. Added by H5. */
  readonly approvalTtlMs?: number;
  /** The scope for a caller: the first `when` entry that matches the identity, else the base. Added by H5. */
  scopeFor?(identity: Identity): CompiledToolScope;
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
  /** Added by H5: when action is 'approve', epoch ms after which the approval lapses. */
  readonly approvalExpiresAt?: number;
  /** Added by H5: a short human-readable, content-free detail (e.g. "argument /url: host_not_allowed"). */
  readonly detail?: string;
}

export type { ToolCall, ToolDeclaration };
