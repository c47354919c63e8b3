// Compiled (runtime) policy: what the pipeline asks of a policy. Produced once per load by
// src/policy/compile.ts from the YAML/JSON policy, deep-frozen, swapped whole on reload.
import type {
  ApiFormat, Detector, FailureKind, Finding, FindingAction, Identity, KeepRange, RedactionStyle, RequestFacts, Segment,
} from '../core/types.ts';
import type { CompiledToolPolicy } from '../tools/types.ts';

/** Outcome policy assigns to one finding type in one phase. */
export interface FindingRule {
  readonly action: FindingAction;
  /** Minimum finding score for the rule to apply; below it the finding is ignored. */
  readonly threshold: number;
  /** For action 'redact'. */
  readonly style: RedactionStyle;
}

export interface CompiledPhase {
  /** Detectors that run in this phase, built by the detector registry. */
  readonly detectors: readonly Detector[];
  /** Streaming hold-back in UTF-16 code units: >= max(detector.maxMatchLength) over span-wise detectors. */
  readonly holdBack: number;
  /** The rule for a finding, or null when it is below threshold / configured 'allow' with no flag. */
  ruleFor(finding: Finding, segment: Pick<Segment, 'role' | 'kind' | 'untrusted'>): FindingRule | null;
  /** The effective finding table (key: TYPE, detector name or '*'), for explain/diff and audit; ruleFor is what requests use. */
  readonly findings?: Readonly<Record<string, FindingRule>>;
}

export interface Budgets {
  readonly maxBodyBytes: number;
  readonly maxMessages: number;
  readonly maxPromptTokens: number;
}

export type FailAction = 'deny' | 'allow';
export type AuditCapture = 'none' | 'hash' | 'redacted' | 'full';

export interface CompiledRule {
  readonly id: string;
  readonly mode: 'enforce' | 'monitor';
  /** Force the API format for matching requests instead of detecting it. */
  readonly formatOverride?: ApiFormat;
  readonly request: CompiledPhase;
  readonly response: CompiledPhase;
  readonly tools: CompiledToolPolicy;
  readonly budgets: Budgets;
  /** What to do with traffic that cannot be scanned, or when something fails. Default 'deny' everywhere. */
  readonly onFailure: Readonly<Record<FailureKind, FailAction>>;
  /** HTTP status used for denials (default 403). */
  readonly denyStatus: number;
  /** How to stop a stream whose headers already went downstream. */
  readonly streamBlock: 'error_event' | 'reset';
  readonly auditCapture: AuditCapture;
}

/** Resolves the caller's identity from sources the policy declares trusted. */
export interface IdentitySources {
  readonly headers: ReadonlyMap<string, string>;
  /** Envoy metadata_context.filter_metadata as plain JSON (namespace -> object). */
  readonly metadata?: Readonly<Record<string, unknown>>;
  /** ext_authz source.principal (peer certificate URI SAN). */
  readonly peerPrincipal?: string;
}

export interface CompiledPolicy {
  /** Short content hash of the policy source (goes into every decision). */
  readonly version: string;
  /** File path, or 'embedded'. */
  readonly source: string;
  resolveIdentity(src: IdentitySources): Identity;
  /** First matching rule, else the explicit default. */
  select(facts: RequestFacts): CompiledRule;
  /** A candidate policy evaluated beside this one (shadow mode). */
  readonly shadow?: CompiledPolicy;
  /** Response/upstream header carrying the decision id and outcome. */
  readonly decisionHeader: string;
  /** Key for keyed-hash redaction (HMAC-SHA256). */
  readonly hmacKey: Buffer;
  /** The ordered rules, for introspection (CLI, admin, tests); select() is what requests use. */
  readonly rules?: readonly CompiledRule[];
  /** The explicit default rule (what select() returns when no rule matches). */
  readonly defaultRule?: CompiledRule;
}

/** A redaction chosen by decide(), in segment coordinates. */
export interface PlannedRedaction {
  readonly segment: number;
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly style: RedactionStyle;
  /** Finding.keep: the part of the span left in place. */
  readonly keep?: KeepRange;
}

export interface PhaseDecision {
  /** What policy decided. */
  readonly action: 'allow' | 'redact' | 'deny';
  /** What is enforced: equals action in enforce mode; 'allow' in monitor mode. */
  readonly enforced: 'allow' | 'redact' | 'deny';
  /** Closed-set reason codes, e.g. 'finding:PROMPT_INJECTION', 'budget:max_messages', 'failure:unparseable_body'. */
  readonly reasons: readonly string[];
  readonly flagged: readonly Finding[];
  readonly redactions: readonly PlannedRedaction[];
  readonly denyStatus?: number;
  /** The rule that decided. */
  readonly ruleId: string;
}
