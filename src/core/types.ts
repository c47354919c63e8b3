// Shared domain types. This module is the contract between the layers:
//   server (grpc, envelopes) -> pipeline (per-exchange orchestration)
//     -> formats (API parsers, SSE, mutations) / detectors (find) / policy (decide) / tools / audit
//       -> core (these types, errors, regex, redaction)
// Nothing here knows about gRPC or Envoy messages.

/** Role of the conversation participant a piece of text came from. */
export type Role = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'none';

/** What kind of text a segment is. */
export type SegmentKind =
  | 'message_text' // plain string content of a chat message
  | 'content_part' // a text part inside an array of content parts
  | 'tool_definition' // description / schema text of a declared tool
  | 'tool_call_arguments' // arguments of a tool call (JSON text)
  | 'tool_result' // output of a tool fed back to the model (untrusted)
  | 'retrieved_document' // RAG / document block (untrusted)
  | 'prompt' // legacy completions prompt
  | 'embedding_input'
  | 'output_text' // model output text
  | 'reasoning' // model thinking / reasoning text
  | 'json_string' // any other JSON string leaf
  | 'plain_text'; // a text/plain body

/** A piece of text to scan, with where it came from. */
export interface Segment {
  /** The decoded text (a JSON string value, or a whole text/plain body). */
  readonly text: string;
  readonly role: Role;
  readonly kind: SegmentKind;
  /** RFC 6901 JSON pointer of the string value in the body; '' for a text/plain body. */
  readonly pointer: string;
  /** True for content the model did not get from the user or operator: tool results, retrieved documents, MCP results. */
  readonly untrusted: boolean;
}

export type ApiFormat =
  | 'openai.chat'
  | 'openai.responses'
  | 'openai.completions'
  | 'openai.embeddings'
  | 'anthropic.messages'
  | 'mcp'
  | 'json'
  | 'text';

/** The closed set of API formats, for metric labels and validation. */
export const API_FORMATS: readonly ApiFormat[] = [
  'openai.chat',
  'openai.responses',
  'openai.completions',
  'openai.embeddings',
  'anthropic.messages',
  'mcp',
  'json',
  'text',
];

/** A tool the request offers to the model (or an MCP tools/list entry). */
export interface ToolDeclaration {
  readonly name: string;
  /** Pointer of the declaration object inside the body (for stripping). */
  readonly pointer: string;
}

/** A tool invocation: emitted by the model (response) or requested by an MCP client (tools/call). */
export interface ToolCall {
  readonly name: string;
  /** Call id where the API has one (OpenAI tool_call id, Anthropic tool_use id, JSON-RPC id). */
  readonly id?: string;
  /** MCP: the JSON-RPC id exactly as sent (number or string), for an error reply that matches it. */
  readonly rpcId?: string | number;
  /** Parsed arguments when they are complete, valid JSON; undefined otherwise. */
  readonly arguments: unknown;
  /** The raw argument text as it appeared (JSON text). */
  readonly rawArguments: string;
  /** Pointer of the call object inside the body ('' for streamed calls). */
  readonly pointer: string;
  readonly api: 'openai.chat' | 'openai.responses' | 'anthropic.messages' | 'mcp';
}

/** What a request or response body says, in API-independent form. */
export interface ParsedBody {
  readonly format: ApiFormat;
  readonly model?: string;
  /** The request asked for a streamed response. */
  readonly stream: boolean;
  readonly segments: readonly Segment[];
  readonly toolDeclarations: readonly ToolDeclaration[];
  readonly toolCalls: readonly ToolCall[];
  /** Number of conversation messages (for budgets). */
  readonly messageCount: number;
  /** MCP JSON-RPC method(s) when format is 'mcp'. */
  readonly mcpMethods?: readonly string[];
}

/** One detector hit on one text. Offsets are UTF-16 code-unit offsets into the text that was scanned. Never carries the matched text. */
export interface Finding {
  /** Detector id (closed set per build). */
  readonly detector: string;
  /** Entity or category, e.g. EMAIL, CREDIT_CARD, AWS_ACCESS_KEY, PROMPT_INJECTION, EXFIL_LINK. */
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** 0..1 */
  readonly score: number;
  /** Short, content-free explanation (pattern name, validator outcome, context words seen). */
  readonly explanation: string;
  /**
   * Set on a piece of an entity that continues in the next text part of the same message (see
   * scanUnits in pipeline/scan.ts): a partial redaction must not keep this piece's tail, or a card
   * number cut in two would show the last digits of each half.
   */
  readonly continues?: true;
  /**
   * Part of the finding that redaction leaves in place, as offsets from `start` (0 <= from < to <=
   * end - start): the visible text of a link whose markup and URL are removed. Relative, so a finding
   * moved to other coordinates keeps it right; one that is cut must drop it (redaction then rewrites
   * the whole span, which is always safe).
   */
  readonly keep?: KeepRange;
}

/** A sub-range of a finding, relative to its start (Finding.keep). */
export interface KeepRange {
  readonly from: number;
  readonly to: number;
}

/** Context given to a detector along with the text. */
export interface DetectionContext {
  readonly role: Role;
  readonly kind: SegmentKind;
  readonly untrusted: boolean;
  readonly direction: 'request' | 'response';
  /** System prompts of the request (for echo / leak detection on responses). */
  readonly systemPrompts?: readonly string[];
  /**
   * Answers a detector may reuse across the scans of one scope (see ScanMemo): set for the re-scans of
   * one streamed response, absent otherwise.
   */
  readonly memo?: ScanMemo;
  /**
   * The text starts inside a line of a longer text (a window of a streamed answer, see
   * ChannelInfo.midLine): a detector that reads where lines start skips its first line, which a scan
   * of the whole text would see as the tail of a line.
   */
  readonly midLine?: boolean;
  /**
   * The text is a window of a streamed answer that starts after the channel's first unit (ChannelInfo.offset
   * above 0): what came before it is not in it. A detector that reads state from the start of the text (open
   * code fences) cannot know it there.
   */
  readonly midText?: boolean;
  /**
   * Read the text as rot13 too, whether or not it names rot13: the answer to a request that named it (a
   * model told to give a value "in rot13" need not say so), or a window of a streamed answer whose earlier
   * text did. Detectors that read decoded views (PII, secrets, canary, system_prompt_secrets) honour it.
   */
  readonly rot13?: boolean;
}

/**
 * What detectors remember between scans of one scope: the streamed response of one exchange, whose
 * held text is re-scanned as it grows, so the same entity is checked again and again. Each detector
 * keeps its own bounded table of answers that are pure functions of their key, so findings are the
 * same with or without it. A scope is never shared between exchanges: a remembered answer comes back
 * faster than a computed one, and one caller must not be able to time what another's text contained
 * (the same rule as the segment verdict cache, src/pipeline/scan-cache.ts). Lives as long as its scope.
 */
export class ScanMemo {
  private readonly tables = new Map<string, Map<string, unknown>>();

  /** The table named `name` (created empty on first use). */
  table<V>(name: string): Map<string, V> {
    let t = this.tables.get(name);
    if (t === undefined) {
      t = new Map<string, unknown>();
      this.tables.set(name, t);
    }
    return t as Map<string, V>;
  }
}

/** A pure function from text to findings. Detectors find; they never decide or rewrite. */
export interface Detector {
  readonly id: string;
  /**
   * Longest span (in UTF-16 code units) this detector can match, including any context it looks at
   * to either side. Streaming hold-back is at least the maximum of this over the active detectors.
   */
  readonly maxMatchLength: number;
  /** Whether findings can be redacted span-wise (false for whole-segment classifiers such as injection). */
  readonly spanwise: boolean;
  /**
   * The detector reads DetectionContext.systemPrompts on requests too (system_prompt_probe): the
   * pipeline then passes a request's system prompts to its request scan. Response scans always get them.
   */
  readonly readsSystemPrompts?: boolean;
  scan(text: string, ctx: DetectionContext): Finding[];
  /**
   * Streaming hold point (optional, see src/detectors/hold.ts): the smallest index of `window` at
   * which a finding could start that text appended later could still extend, create or change
   * (including through context words it reads). Findings that start before it are final. Absent:
   * `window.length - maxMatchLength`. Must be pure; the stream engine never uses a value below that
   * default (it takes the larger of the two), so a strategy can only shorten the hold.
   */
  holdFrom?(window: string): number;
  /** With holdFrom: holdFrom(w) <= w.length - holdLag for every w (a cheap pre-check for the engine). */
  readonly holdLag?: number;
  /**
   * Span of this detector's matches in one exchange, given its context: the longest stretch of the
   * original or normalised text a finding covers, the characters read to decide it included (at most
   * maxMatchLength), or 0 when the exchange gives it nothing to find (values its system prompt declares
   * secret). The stream then holds, for this detector, that many code units plus a trailing encoded
   * candidate for the decoded views (hold.ts spanStrategy), or nothing at all. Absent: maxMatchLength
   * and holdFrom as usual.
   */
  holdFor?(ctx: DetectionContext): number;
  /**
   * With holdFor: a text-level hold point for this exchange beyond the span (hold.ts spanStrategy): the
   * smallest index of a view's text at which a finding could start that appended text could still
   * complete or change, text.length when none. For matches whose span bound is long but which can be
   * told apart early (an acrostic is held only while the last lines' initials begin the value).
   * Absent or undefined: the span alone.
   */
  holdTextFor?(ctx: DetectionContext): ((text: string) => number) | undefined;
  /**
   * Asynchronous detectors (a remote classifier) implement this instead of doing work in scan(),
   * which then returns []. The pipeline awaits it with a deadline on buffered bodies; it never runs
   * on the per-chunk streaming path. Rejects with GuardError 'detector_timeout' when unavailable.
   */
  scanAsync?(text: string, ctx: DetectionContext): Promise<Finding[]>;
}

/** How a redacted span is rewritten. */
export type RedactionStyle =
  | { readonly kind: 'mask' } // [EMAIL]
  | { readonly kind: 'partial'; readonly keep: number } // ****1234
  | { readonly kind: 'hash' } // keyed HMAC: [EMAIL:3f2a9c1d]
  | { readonly kind: 'placeholder' } // <EMAIL_1>, restored in the response
  | { readonly kind: 'remove' }; // deleted

/** Per-finding outcome chosen by policy. */
export type FindingAction = 'allow' | 'flag' | 'redact' | 'deny' | 'approve';

/** Closed set of reasons for a non-detector outcome (metric label values). */
export type FailureKind =
  | 'compressed_body'
  | 'unknown_content_type'
  | 'unparseable_body'
  | 'oversized_body'
  | 'partial_body'
  | 'detector_timeout'
  | 'internal_error'
  | 'audit_unavailable';

export const FAILURE_KINDS: readonly FailureKind[] = [
  'compressed_body',
  'unknown_content_type',
  'unparseable_body',
  'oversized_body',
  'partial_body',
  'detector_timeout',
  'internal_error',
  'audit_unavailable',
];

/** Which side of the exchange. */
export type Phase = 'request' | 'response' | 'tools';

/** Identity of the caller, from sources the policy declares trusted. */
export interface Identity {
  /** e.g. spiffe://cluster.local/ns/a/sa/b, a JWT subject, or a mesh header value. */
  readonly principal?: string;
  /** Which trusted source produced it. */
  readonly source: 'header' | 'xfcc' | 'jwt' | 'peer' | 'none';
  readonly tenant?: string;
  readonly roles: readonly string[];
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** What the policy selects a rule on. Header names are lower-case. */
export interface RequestFacts {
  readonly host: string;
  readonly path: string;
  readonly method: string;
  readonly headers: ReadonlyMap<string, string>;
  readonly identity: Identity;
}
