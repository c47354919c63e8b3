// The seam between the gRPC server (src/server) and per-exchange processing (src/pipeline).
// The server owns the stream, ordering, deadlines and envelopes; an Exchange owns the decisions.
// Nothing in src/pipeline sees a ProcessingRequest or a grpc-js object.

/** Header list as Envoy sends it: lower-case names, pseudo-headers first, duplicates as separate entries. */
export type HeaderList = ReadonlyArray<readonly [name: string, value: string]>;

export type BodyMode = 'NONE' | 'STREAMED' | 'BUFFERED' | 'BUFFERED_PARTIAL' | 'FULL_DUPLEX_STREAMED';

export interface HeaderChange {
  /** Set (overwrite or add) these headers. Sent as raw_value with append=false. */
  readonly set?: ReadonlyArray<readonly [string, string]>;
  readonly remove?: readonly string[];
}

/** Dynamic metadata to attach to the reply, keyed by namespace (we use 'llm_boundary'). */
export type DynamicMetadata = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export type PhaseResult =
  | {
      readonly kind: 'continue';
      readonly headers?: HeaderChange;
      /** Replacement bytes for the body (BUFFERED) or for this chunk (STREAMED / FDS). Absent: unchanged. */
      readonly body?: Buffer;
      /** Only honoured on a response-headers reply: switch the response body mode (needs allow_mode_override). */
      readonly responseBodyMode?: 'STREAMED' | 'BUFFERED' | 'NONE';
      readonly metadata?: DynamicMetadata;
    }
  | {
      /** immediate_response: a local reply with this status, headers and body. */
      readonly kind: 'deny';
      readonly status: number;
      readonly headers: ReadonlyArray<readonly [string, string]>;
      readonly body: Buffer;
      /** Goes to ImmediateResponse.details (no spaces; Envoy replaces them). */
      readonly details: string;
      readonly metadata?: DynamicMetadata;
    }
  | {
      /** Response headers already went downstream and policy says reset: end the gRPC stream with an error. */
      readonly kind: 'reset';
      readonly details: string;
    };

export interface ExchangeStart {
  /** Envoy metadata_context.filter_metadata as plain JSON (namespace -> object). */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** Effective body modes from protocol_config (Envoy >= 1.34); undefined when not sent. */
  readonly requestBodyMode?: BodyMode;
  readonly responseBodyMode?: BodyMode;
  readonly observability: boolean;
  /** ext_authz source.principal (peer certificate URI SAN); ext_proc streams have none. */
  readonly peerPrincipal?: string;
  /** Which Envoy filter drives this exchange (audit field); default 'ext_proc'. */
  readonly source?: 'ext_proc' | 'ext_authz';
  /**
   * ext_authz only: an ext_proc filter runs after this one on the route, so redactions and tool
   * stripping are left to it instead of denying the request (route flag llm_boundary.ext_proc: enabled).
   */
  readonly mutationsDeferred?: boolean;
}

export type CloseReason = 'complete' | 'cancelled' | 'error' | 'deadline' | 'shutdown';

/**
 * One ext_proc stream = one HTTP exchange. Created by the server at the stream's first message and
 * dropped when the stream ends; not shared between streams. The server calls the phase methods in
 * Envoy's order for each direction; the two directions may interleave. For a STREAMED body, calls
 * for one direction are serialised by the server (the next chunk is not passed before the previous
 * call resolved), so implementations may keep per-direction state without locking.
 */
export interface Exchange {
  readonly decisionId: string;
  requestHeaders(headers: HeaderList, endOfStream: boolean): Promise<PhaseResult>;
  /** BUFFERED: the whole body; BUFFERED_PARTIAL: what Envoy buffered (endOfStream false = truncated); STREAMED/FDS: one chunk. */
  requestBody(chunk: Buffer, endOfStream: boolean, mode: BodyMode): Promise<PhaseResult>;
  requestTrailers(trailers: HeaderList): Promise<PhaseResult>;
  responseHeaders(headers: HeaderList, endOfStream: boolean): Promise<PhaseResult>;
  /** May return the result directly (the per-chunk path of a streamed response avoids a promise). */
  responseBody(chunk: Buffer, endOfStream: boolean, mode: BodyMode): PhaseResult | Promise<PhaseResult>;
  responseTrailers(trailers: HeaderList): Promise<PhaseResult>;
  /**
   * The reply for a phase whose processing missed the internal deadline, per the policy's
   * detector_timeout action (deny → a deny/reset result; allow → continue unchanged, counted).
   */
  onDeadline(phase: PhaseName): PhaseResult;
  /** The reply when processing threw (policy's internal_error action). */
  onError(phase: PhaseName, err: unknown): PhaseResult;
  /** The stream ended (normally or not). Writes the audit record. Idempotent. */
  close(reason: CloseReason): void;
}

export type PhaseName =
  | 'request_headers' | 'request_body' | 'request_trailers'
  | 'response_headers' | 'response_body' | 'response_trailers';

export interface ExchangeFactory {
  create(start: ExchangeStart): Exchange;
}
