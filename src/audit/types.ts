// Audit contract (issue: audit control). The pipeline builds one AuditRecord per exchange (ext_proc
// stream or ext_authz Check) and hands it to an AuditSink. The sink adds chain fields (seq, prev_hash,
// hash) when it persists the record.
import type { ApiFormat } from '../core/types.ts';

export interface AuditFinding {
  readonly phase: 'request' | 'response' | 'tools';
  readonly detector: string;
  readonly type: string;
  /** Pointer of the segment or stream channel, offsets into its text. Never the raw value. */
  readonly where: string;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly action: string;
}

export interface AuditToolCall {
  readonly tool: string;
  readonly argumentHash: string;
  readonly action: 'allow' | 'deny' | 'approve';
  readonly rule: string;
  readonly approvalId?: string;
}

export interface AuditPhase {
  readonly phase: 'request' | 'response';
  /** Decided action and enforced action (they differ in monitor mode). */
  readonly action: 'allow' | 'redact' | 'deny';
  readonly enforced: 'allow' | 'redact' | 'deny';
  readonly reasons: readonly string[];
  readonly latencyMs: number;
}

/** One record per exchange, before chaining. */
export interface AuditRecord {
  readonly decisionId: string;
  readonly requestId?: string;
  /** ISO-8601 time the exchange started. */
  readonly time: string;
  readonly source: 'ext_proc' | 'ext_authz';
  readonly identity?: string;
  readonly tenant?: string;
  readonly route: { readonly host: string; readonly path: string; readonly method: string };
  readonly format?: ApiFormat;
  readonly model?: string;
  readonly policyVersion: string;
  readonly ruleId: string;
  readonly mode: 'enforce' | 'monitor';
  /** Final outcome of the exchange as enforced. */
  readonly decision: 'allow' | 'redact' | 'deny';
  readonly phases: readonly AuditPhase[];
  readonly findings: readonly AuditFinding[];
  readonly tools: readonly AuditToolCall[];
  readonly failOpen: readonly string[];
  /** Shadow policy outcome, when one is configured. */
  readonly shadow?: { readonly policyVersion: string; readonly decision: 'allow' | 'redact' | 'deny'; readonly reasons: readonly string[] };
  /** Content per the rule's capture setting: absent (none), sha256 hashes, redacted text, or full text. */
  readonly content?: { readonly capture: 'hash' | 'redacted' | 'full'; readonly request?: string; readonly response?: string };
}

export interface AuditSink {
  /**
   * Accept a record for asynchronous, batched persistence. Returns false when the record could not be
   * accepted (queue full or store unreachable); the caller applies the policy's audit_unavailable action.
   */
  append(record: AuditRecord): boolean;
  /** False while the store is unreachable or the queue is full (used by /readyz and fail-closed admission). */
  healthy(): boolean;
  /** Persist everything accepted so far. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
