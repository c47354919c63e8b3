// Formats contract (issue: understand LLM traffic). Parsers turn bodies into scan segments with
// provenance; writers map redactions back to the exact JSON strings they came from; the stream engine
// rewrites SSE responses chunk by chunk with a bounded hold-back.
import type { ApiFormat, ParsedBody, ToolCall } from '../core/types.ts';

export interface FormatContext {
  readonly path: string;
  /** Lower-cased content-type header value ('' when absent). */
  readonly contentType: string;
  /** Policy-forced format for this route. */
  readonly override?: ApiFormat;
}

/** A replacement inside one segment's text (UTF-16 offsets into Segment.text). */
export interface TextEdit {
  readonly pointer: string;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** Edits to one channel of streamed text, in offsets of the text handed to the redactor. */
export interface ChannelEdit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export interface ChannelInfo {
  /**
   * e.g. 'choice:0/content', 'choice:0/tool:1/arguments', 'block:2/text', 'block:2/input',
   * 'output:0/content:0', 'output:1/arguments'; whole strings scanned on their own (MCP messages,
   * annotations, unknown fields) use ids such as 'mcp/result' or 'other'.
   */
  readonly id: string;
  /** 'tool_result' (added): MCP tool output in a stream, which is untrusted content. */
  readonly kind: 'output_text' | 'reasoning' | 'refusal' | 'tool_call_arguments' | 'tool_result';
  /**
   * Channel offset (UTF-16) of the first character of the text handed to the redactor, when the text
   * is a window of the channel; lets callers report findings in whole-channel coordinates.
   */
  readonly offset?: number;
  /**
   * The text handed to the redactor starts inside a line of the channel (a window whose previous code
   * unit is not a line break): its first line is the tail of a longer one.
   */
  readonly midLine?: boolean;
  /** The channel's text so far names rot13 ("rot13", "rot-13", "rot 13"), perhaps before this window. */
  readonly rot13?: boolean;
}

/**
 * Redacts one channel's text. Must be a pure function of `text` for the chunk-invariance guarantee:
 * the stream engine calls it on windows of the channel and relies on detectors not matching more than
 * `holdBack` code units (or, with `holdFrom`, on no finding before the hold point changing). `block`
 * asks the engine to stop the stream (policy deny). `findings`: the extents of every finding of the
 * scan, redacted or not (offsets in `text`); with `holdFrom` the engine never decides part of a
 * finding, so findings that decide each other (overlap suppression, merging) are decided together.
 */
export type ChannelRedactor = (text: string, channel: ChannelInfo) => {
  readonly edits: readonly ChannelEdit[];
  readonly block?: string;
  readonly findings?: readonly { readonly start: number; readonly end: number }[];
};

/** Decision on a complete tool call seen in a response stream or body. */
export type ToolGateResult =
  | { readonly action: 'allow' }
  | { readonly action: 'block'; readonly reason: string }
  /** Replace the call with assistant text (e.g. an approval-required message). */
  | { readonly action: 'replace'; readonly text: string };

export type ToolGate = (call: ToolCall) => ToolGateResult;

export interface StreamOptions {
  readonly format: ApiFormat;
  /** Fixed hold-back: text more than this far behind the channel end is always decidable. */
  readonly holdBack: number;
  /**
   * Hold point of an undecided channel window (see src/detectors/hold.ts), as an index into `text`:
   * no finding that starts before it can change with text appended later. The engine decides up to
   * max(this, text.length - holdBack). Absent: text.length - holdBack.
   */
  readonly holdFrom?: (text: string, channel: ChannelInfo) => number;
  /** holdFrom(text) <= text.length - holdLag for every text (lets the engine skip computing it). */
  readonly holdLag?: number;
  /**
   * With holdFrom: the redactor runs on a channel only once its decided position can move by at
   * least this many code units (or the channel closes), instead of after every event. Default 32.
   */
  readonly scanStep?: number;
  readonly maxEventBytes: number;
  readonly redact: ChannelRedactor;
  /** When set, tool-call events are held until the call is complete and then gated. */
  readonly toolGate?: ToolGate;
  /** How a block ends the stream: an API-native error event plus terminator, or a reset. */
  readonly onBlock: 'error_event' | 'reset';
  /**
   * MCP over SSE: given the tool names of a tools/list result, the names to remove from it (so a
   * client is never offered a tool it may not call). Absent: results pass as they are.
   */
  readonly toolsListFilter?: (names: readonly string[]) => readonly string[];
}

export interface StreamOutput {
  /** Bytes to release downstream now (may be empty). */
  readonly bytes: Buffer;
  /** Set once when the stream is blocked; `bytes` then ends with the error event (error_event mode). */
  readonly blocked?: { readonly reason: string; readonly reset: boolean };
  /** Tool calls completed during this push (for tools audit). */
  readonly toolCalls: readonly ToolCall[];
}

/** Per-stream SSE rewriter. Lifetime: one response body; not shared. */
export interface StreamTransformer {
  push(chunk: Buffer): StreamOutput;
  /** End of stream: flush the hold-back. A truncated final event is reported, never passed unscanned. */
  end(): StreamOutput;
  /** Bytes currently held back (for bounded-memory checks). */
  readonly heldBytes: number;
}

export type { ParsedBody };
