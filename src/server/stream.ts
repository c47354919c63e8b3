// One StreamProcessor per ext_proc Process call (= one HTTP exchange as Envoy sees it). Lifetime: from
// the first ProcessingRequest until the call ends (Envoy's half-close + cancel, an error, a reset we
// send, or server shutdown); never shared between calls.
//
// It owns everything the Exchange must not see: the wire objects, the per-direction protocol state
// machines, reply ordering, per-message deadlines and write back-pressure. The request and response
// directions are independent: each has its own queue of messages (Exchange calls one at a time, then
// decisions, then replies, all in arrival order), so a slow request-body chunk never delays a
// response-headers reply, while within one direction replies always leave in the order the messages
// arrived (Envoy matches STREAMED chunk replies 1:1 by position, doc §3.4/§3.5). The per-chunk path
// allocates no promise and no timer when the Exchange answers synchronously and the call is writable.
import * as grpc from '@grpc/grpc-js';
import type {
  BodyMode,
  CloseReason,
  DynamicMetadata,
  Exchange,
  ExchangeFactory,
  ExchangeStart,
  HeaderList,
  PhaseName,
  PhaseResult,
} from '../pipeline/types.ts';
import { bodyBytes, chunkDuration, phaseDuration, protocolErrors } from '../observability/metrics.ts';
import type { Logger } from '../observability/logger.ts';
import {
  BODY_MODE_NUMBER,
  bodyModeFromWire,
  changeTouches,
  dynamicMetadata,
  encodeBodyReply,
  headerMutation,
  headersFromWire,
  immediateResponse,
  setHeaderOption,
  type WireHeaderMap,
} from './envelope.ts';
import { fromStruct } from './protos.ts';

/** proto-loader shape of the ProcessingRequest fields we read. */
export interface WireProcessingRequest {
  request?: string;
  request_headers?: { headers?: WireHeaderMap; end_of_stream?: boolean };
  response_headers?: { headers?: WireHeaderMap; end_of_stream?: boolean };
  request_body?: { body?: Buffer; end_of_stream?: boolean };
  response_body?: { body?: Buffer; end_of_stream?: boolean };
  request_trailers?: { trailers?: WireHeaderMap };
  response_trailers?: { trailers?: WireHeaderMap };
  metadata_context?: { filter_metadata?: Record<string, unknown> };
  observability_mode?: boolean;
  protocol_config?: {
    request_body_mode?: unknown;
    response_body_mode?: unknown;
    send_body_without_waiting_for_header_response?: boolean;
  };
}

/** Outbound messages: a proto-loader ProcessingResponse object, or one already encoded (envelope.ts encodeBodyReply). */
export type ProcessCall = grpc.ServerDuplexStream<WireProcessingRequest, Record<string, unknown> | Buffer>;

/** Closed set of protocolErrors{kind} label values produced here. */
export type ProtocolErrorKind =
  | 'missing_oneof'
  | 'out_of_order'
  | 'duplicate_message'
  | 'after_end_of_stream'
  | 'unsupported_mode'
  | 'unexpected_body'
  | 'invalid_result';

class ProtocolViolation extends Error {
  readonly grpcCode: grpc.status;
  readonly kind: ProtocolErrorKind;
  constructor(grpcCode: grpc.status, kind: ProtocolErrorKind, message: string) {
    super(message);
    this.grpcCode = grpcCode;
    this.kind = kind;
  }
}

type Dir = 'request' | 'response';
type MsgKind = 'headers' | 'body' | 'trailers';

/** Per-direction protocol state and the two serialising chains. */
class Direction {
  readonly name: Dir;
  headersSeen = false;
  headersEos = false;
  bodyMessages = 0;
  bodyEnded = false;
  trailersSeen = false;
  /** Body mode from protocol_config (what Envoy was configured with for this stream). */
  configuredMode: BodyMode | undefined;
  /** Effective body mode: configured, or what we switched to with mode_override. */
  mode: BodyMode | undefined;
  /** Mode guessed from the first body message when Envoy sent no protocol_config (< 1.34). */
  inferredMode: BodyMode | undefined;
  hadContentLength = false;
  /** Metadata from a reply we could not send (FDS chunk with nothing to forward); sent with the next reply. */
  pendingMetadata: DynamicMetadata | undefined;
  // The per-direction pipeline of messages, all in arrival order (see StreamProcessor.schedule):
  /** Messages whose Exchange call has not started (it starts when the previous call settled). */
  readonly toInvoke: Entry[] = [];
  /** An Exchange call of this direction is running (its promise has not settled). */
  busy = false;
  /** Messages without a result yet; the first one runs against the deadline. */
  readonly undecided: Entry[] = [];
  /** Messages whose reply has not been sent; replies leave strictly from the front. */
  readonly unreplied: Entry[] = [];
  /** A reply is waiting for 'drain'; later replies wait for it. */
  replying = false;
  /** Deadline timer of this direction (armed for the first undecided message; re-armed lazily). */
  timer: NodeJS.Timeout | undefined;
  constructor(name: Dir) {
    this.name = name;
  }
}

/** One message on its way through a Direction: invoke, decide, reply. */
interface Entry {
  readonly ctx: ReplyContext;
  readonly invoke: () => PhaseResult | Promise<PhaseResult>;
  /** The reply to send once decided (result, or the onDeadline / onError fallback). */
  result: PhaseResult | undefined;
  decided: boolean;
  /** performance.now() when it became the first undecided message of its direction: the deadline base. */
  headSince: number;
}

interface ReplyContext {
  readonly d: Direction;
  readonly phase: PhaseName;
  readonly kind: MsgKind;
  readonly mode?: BodyMode;
  readonly eos: boolean;
  readonly chunk?: Buffer;
  readonly startedAt: number;
}

export interface StreamProcessorOptions {
  readonly factory: ExchangeFactory;
  /** Internal per-message deadline; past it the reply is exchange.onDeadline(phase). */
  readonly deadlineMs: number;
  readonly log: Logger;
  /** Called exactly once when the processor is finished (for the server's stream registry). */
  readonly onDone: (p: StreamProcessor) => void;
}

const PHASE = {
  request: { headers: 'request_headers', body: 'request_body', trailers: 'request_trailers' },
  response: { headers: 'response_headers', body: 'response_body', trailers: 'response_trailers' },
} as const satisfies Record<Dir, Record<MsgKind, PhaseName>>;

// Metric series bound once (hot-metrics.ts): observing is then a bucket bump, not a label-object hash.
const PHASE_SECONDS = {
  request_headers: phaseDuration.child({ phase: 'request_headers' }),
  request_body: phaseDuration.child({ phase: 'request_body' }),
  request_trailers: phaseDuration.child({ phase: 'request_trailers' }),
  response_headers: phaseDuration.child({ phase: 'response_headers' }),
  response_body: phaseDuration.child({ phase: 'response_body' }),
  response_trailers: phaseDuration.child({ phase: 'response_trailers' }),
} as const satisfies Record<PhaseName, unknown>;
const CHUNK_SECONDS = { request: chunkDuration.child({ direction: 'request' }), response: chunkDuration.child({ direction: 'response' }) } as const;
const BODY_BYTES = { request: bodyBytes.child({ direction: 'request' }), response: bodyBytes.child({ direction: 'response' }) } as const;

/** Serves one Process call. Created by the ExtProcServer per call; see the file header. */
export class StreamProcessor {
  private readonly call: ProcessCall;
  private readonly opts: StreamProcessorOptions;
  private readonly req = new Direction('request');
  private readonly resp = new Direction('response');
  private exchange: Exchange | undefined;
  /** The exchange's decision id, kept after finish() releases the exchange. */
  private decisionIdOf: string | undefined;
  private observability = false;
  /** No more replies (immediate_response or reset sent, or the call ended). */
  private terminal = false;
  /** The call is over from our side; the exchange has been closed. */
  private finished = false;
  /** Messages received whose reply (or observability processing) is not finished yet. */
  private pending = 0;
  private writeGate: Promise<void> = Promise.resolve();
  /** False while a write is waiting for 'drain' (writeGate pending). */
  private gateOpen = true;
  /** Writes waiting on writeGate; while any wait, later writes queue behind them (order kept). */
  private gateWaiters = 0;
  private halfClosed = false;
  /** A final status (OK or error) has been sent on the call. */
  private statusSent = false;
  /** Set while we emit our own status through the call's 'error' event. */
  private ownStatus = false;

  constructor(call: ProcessCall, opts: StreamProcessorOptions) {
    this.call = call;
    this.opts = opts;
    call.on('data', (msg: WireProcessingRequest) => this.onData(msg));
    call.on('end', () => this.onEnd());
    call.on('cancelled', () => this.onCancelled());
    // grpc-js may emit 'error' on cancellation or transport failure; that is a normal close for us.
    call.on('error', (err: Error) => {
      if (this.ownStatus) return; // the status we are sending ourselves
      this.opts.log.debug({ err: err.message }, 'ext_proc call error');
      this.terminal = true;
      this.finish(this.pending > 0 ? 'cancelled' : 'complete');
    });
  }

  /** Decision id of the exchange (undefined before the first message). */
  get decisionId(): string | undefined {
    return this.decisionIdOf;
  }

  /** Server shutdown after the grace period: end the call with UNAVAILABLE and close the exchange. */
  shutdown(): void {
    if (this.finished) return;
    this.terminal = true;
    this.sendStatus(grpc.status.UNAVAILABLE, 'llm-boundary is shutting down');
    this.finish('shutdown');
  }

  // ---- inbound ------------------------------------------------------------------------------

  private onData(msg: WireProcessingRequest): void {
    if (this.terminal || this.finished) return;
    try {
      this.dispatch(msg);
    } catch (err) {
      if (err instanceof ProtocolViolation) {
        this.protocolError(err);
      } else {
        this.opts.log.error({ err: errorMessage(err), decisionId: this.decisionId }, 'ext_proc internal error');
        this.terminal = true;
        this.sendStatus(grpc.status.INTERNAL, 'llm-boundary internal error');
        this.finish('error');
      }
    }
  }

  private dispatch(msg: WireProcessingRequest): void {
    const which = msg.request;
    if (!which) {
      throw new ProtocolViolation(
        grpc.status.INVALID_ARGUMENT,
        'missing_oneof',
        'ProcessingRequest has no member of the `request` oneof set (missing or unknown field)',
      );
    }
    if (!this.exchange) this.start(msg);
    switch (which) {
      case 'request_headers':
        return this.onHeaders(this.req, msg.request_headers ?? {});
      case 'response_headers':
        return this.onHeaders(this.resp, msg.response_headers ?? {});
      case 'request_body':
        return this.onBody(this.req, msg.request_body ?? {});
      case 'response_body':
        return this.onBody(this.resp, msg.response_body ?? {});
      case 'request_trailers':
        return this.onTrailers(this.req, msg.request_trailers ?? {});
      case 'response_trailers':
        return this.onTrailers(this.resp, msg.response_trailers ?? {});
      default:
        throw new ProtocolViolation(grpc.status.INVALID_ARGUMENT, 'missing_oneof', `unknown ProcessingRequest member ${which}`);
    }
  }

  /** First message: learn modes and metadata, create the Exchange. */
  private start(msg: WireProcessingRequest): void {
    this.observability = msg.observability_mode === true;
    const pc = msg.protocol_config;
    let requestBodyMode: BodyMode | undefined;
    let responseBodyMode: BodyMode | undefined;
    if (pc) {
      const rq = bodyModeFromWire(pc.request_body_mode);
      const rs = bodyModeFromWire(pc.response_body_mode);
      for (const m of [rq, rs]) {
        if (m === 'GRPC' || m === 'UNKNOWN') {
          throw new ProtocolViolation(grpc.status.INVALID_ARGUMENT, 'unsupported_mode', `body send mode ${m} is not supported`);
        }
      }
      requestBodyMode = rq as BodyMode;
      responseBodyMode = rs as BodyMode;
      this.req.configuredMode = this.req.mode = requestBodyMode;
      this.resp.configuredMode = this.resp.mode = responseBodyMode;
    } else if (this.observability) {
      // Observability mode never carries protocol_config; Envoy only sends STREAMED bodies there.
      this.req.inferredMode = 'STREAMED';
      this.resp.inferredMode = 'STREAMED';
    }
    const metadata: Record<string, unknown> = {};
    const fm = msg.metadata_context?.filter_metadata;
    if (fm && typeof fm === 'object') {
      for (const [ns, struct] of Object.entries(fm)) metadata[ns] = fromStruct(struct);
    }
    const start: ExchangeStart = {
      metadata,
      ...(requestBodyMode !== undefined ? { requestBodyMode } : {}),
      ...(responseBodyMode !== undefined ? { responseBodyMode } : {}),
      observability: this.observability,
    };
    this.exchange = this.opts.factory.create(start);
    this.decisionIdOf = this.exchange.decisionId;
  }

  private onHeaders(d: Direction, h: { headers?: WireHeaderMap; end_of_stream?: boolean }): void {
    if (d.headersSeen) {
      throw new ProtocolViolation(grpc.status.FAILED_PRECONDITION, 'duplicate_message', `duplicate ${d.name}_headers message`);
    }
    d.headersSeen = true;
    d.headersEos = h.end_of_stream === true;
    const headers = headersFromWire(h.headers);
    d.hadContentLength = headers.some(([k]) => k === 'content-length');
    const ex = this.exchange!;
    const eos = d.headersEos;
    const invoke =
      d.name === 'request' ? () => ex.requestHeaders(headers, eos) : () => ex.responseHeaders(headers, eos);
    this.schedule({ d, phase: PHASE[d.name].headers, kind: 'headers', eos, startedAt: performance.now() }, invoke);
  }

  private onBody(d: Direction, b: { body?: Buffer; end_of_stream?: boolean }): void {
    const phase = PHASE[d.name].body;
    if (!d.headersSeen) {
      throw new ProtocolViolation(grpc.status.FAILED_PRECONDITION, 'out_of_order', `${phase} before ${d.name}_headers`);
    }
    if (d.headersEos || d.bodyEnded) {
      throw new ProtocolViolation(grpc.status.FAILED_PRECONDITION, 'after_end_of_stream', `${phase} after end_of_stream`);
    }
    if (d.trailersSeen) {
      throw new ProtocolViolation(grpc.status.FAILED_PRECONDITION, 'out_of_order', `${phase} after ${d.name}_trailers`);
    }
    const eos = b.end_of_stream === true;
    const mode = this.bodyModeFor(d, eos);
    if ((mode === 'BUFFERED' || mode === 'BUFFERED_PARTIAL') && d.bodyMessages >= 1) {
      throw new ProtocolViolation(grpc.status.FAILED_PRECONDITION, 'duplicate_message', `second ${phase} message in ${mode} mode`);
    }
    d.bodyMessages++;
    if (eos) d.bodyEnded = true;
    const chunk = b.body ?? Buffer.alloc(0);
    BODY_BYTES[d.name].inc(chunk.length);
    const ex = this.exchange!;
    const invoke =
      d.name === 'request' ? () => ex.requestBody(chunk, eos, mode) : () => ex.responseBody(chunk, eos, mode);
    this.schedule({ d, phase, kind: 'body', mode, eos, chunk, startedAt: performance.now() }, invoke);
  }

  private onTrailers(d: Direction, t: { trailers?: WireHeaderMap }): void {
    const phase = PHASE[d.name].trailers;
    if (!d.headersSeen) {
      throw new ProtocolViolation(grpc.status.FAILED_PRECONDITION, 'out_of_order', `${phase} before ${d.name}_headers`);
    }
    if (d.trailersSeen) {
      throw new ProtocolViolation(grpc.status.FAILED_PRECONDITION, 'duplicate_message', `duplicate ${phase} message`);
    }
    if (d.headersEos || d.bodyEnded) {
      throw new ProtocolViolation(grpc.status.FAILED_PRECONDITION, 'after_end_of_stream', `${phase} after end_of_stream`);
    }
    d.trailersSeen = true;
    const trailers: HeaderList = headersFromWire(t.trailers);
    const ex = this.exchange!;
    const invoke = d.name === 'request' ? () => ex.requestTrailers(trailers) : () => ex.responseTrailers(trailers);
    const mode = d.mode ?? d.inferredMode;
    this.schedule({ d, phase, kind: 'trailers', eos: true, startedAt: performance.now(), ...(mode ? { mode } : {}) }, invoke);
  }

  /**
   * The body mode to use for a body message. Effective mode if known and not NONE; otherwise the
   * configured one (a mode_override Envoy ignored because allow_mode_override is off); otherwise a
   * guess (Envoy < 1.34 sends no protocol_config): a single end_of_stream message is treated as
   * BUFFERED (header mutations and content-length fixes are then sent, harmless if Envoy streams),
   * anything else as STREAMED.
   */
  private bodyModeFor(d: Direction, eos: boolean): BodyMode {
    if (d.mode && d.mode !== 'NONE') return d.mode;
    if (d.configuredMode && d.configuredMode !== 'NONE') return d.configuredMode;
    if (d.inferredMode) return d.inferredMode;
    if (d.configuredMode === 'NONE') {
      // protocol_config said NONE for this direction and we never overrode it: tolerate, but count.
      protocolErrors.inc({ kind: 'unexpected_body' });
      this.opts.log.warn({ decisionId: this.decisionId, direction: d.name }, 'body message in a direction whose body mode is NONE');
    }
    d.inferredMode = d.bodyMessages === 0 && eos ? 'BUFFERED' : 'STREAMED';
    return d.inferredMode;
  }

  // ---- scheduling, deadlines ----------------------------------------------------------------

  /**
   * Queues one message of direction `d`. Its Exchange call runs once the direction's previous call
   * settled (calls never overlap within a direction); its result, or the onDeadline / onError fallback,
   * decides the reply; replies leave in arrival order. The internal deadline of a message counts from
   * the moment it is the first undecided message of its direction (the previous one was decided), not
   * from arrival: pipelined STREAMED chunks would otherwise share one budget, and a hung call for chunk
   * k must not stall chunk k+1 (Envoy may run no timer then). A call that returns its result directly
   * (no promise) is decided and answered in the same tick, without promise or timer.
   */
  private schedule(ctx: ReplyContext, invoke: () => PhaseResult | Promise<PhaseResult>): void {
    const d = ctx.d;
    this.pending++;
    const e: Entry = { ctx, invoke, result: undefined, decided: false, headSince: 0 };
    if (!this.observability) {
      // Envoy ignores replies in observability mode and never waits: process, send nothing.
      d.unreplied.push(e);
      d.undecided.push(e);
      if (d.undecided.length === 1) this.becomeHead(d, e);
    }
    d.toInvoke.push(e);
    if (!d.busy) this.invokeNext(d);
  }

  /** Starts the direction's queued Exchange calls in order, one at a time. */
  private invokeNext(d: Direction): void {
    while (!d.busy && d.toInvoke.length > 0) {
      const e = d.toInvoke.shift()!;
      let r: PhaseResult | Promise<PhaseResult>;
      try {
        r = e.invoke();
      } catch (err) {
        this.workDone(d, e, false, err);
        continue;
      }
      if (r !== null && typeof r === 'object' && typeof (r as { then?: unknown }).then === 'function') {
        d.busy = true;
        (r as Promise<PhaseResult>).then(
          (v) => {
            d.busy = false;
            this.workDone(d, e, true, v);
            this.invokeNext(d);
          },
          (err: unknown) => {
            d.busy = false;
            this.workDone(d, e, false, err);
            this.invokeNext(d);
          },
        );
        return;
      }
      this.workDone(d, e, true, r);
    }
  }

  /** An Exchange call settled: decide its message (unless the deadline already did: late result discarded). */
  private workDone(d: Direction, e: Entry, ok: boolean, v: unknown): void {
    if (this.observability) {
      if (!ok) this.opts.log.debug({ err: errorMessage(v), decisionId: this.decisionId, phase: e.ctx.phase }, 'observability processing failed');
      this.settle();
      return;
    }
    if (e.decided) return;
    if (this.finished) {
      // The call ended while this Exchange call ran (cancel, error, shutdown): nobody to answer.
      e.decided = true;
      return;
    }
    const ex = this.exchange!;
    const result = ok
      ? isPhaseResult(v) ? v : this.invalidResult(ex, e.ctx.phase)
      : this.fallback(() => ex.onError(e.ctx.phase, v));
    this.decide(d, e, result);
  }

  private decide(d: Direction, e: Entry, result: PhaseResult): void {
    e.decided = true;
    e.result = result;
    // Messages are decided in order (calls are serialised and only the first undecided one has a
    // deadline), so `e` is the head; stay correct regardless.
    const i = d.undecided.indexOf(e);
    if (i >= 0) d.undecided.splice(i, 1);
    if (i === 0 && d.undecided.length > 0) this.becomeHead(d, d.undecided[0]);
    this.drainReplies(d);
  }

  /** `e` is now the first undecided message of `d`: its deadline starts. */
  private becomeHead(d: Direction, e: Entry): void {
    e.headSince = performance.now();
    if (d.timer === undefined) this.armTimer(d, this.opts.deadlineMs);
  }

  private armTimer(d: Direction, ms: number): void {
    d.timer = setTimeout(() => this.onTimer(d), ms);
    d.timer.unref();
  }

  /** The direction's timer: decide the head by onDeadline if its deadline passed, else re-arm for the rest. */
  private onTimer(d: Direction): void {
    d.timer = undefined;
    const head = d.undecided[0];
    if (head === undefined) return;
    const left = head.headSince + this.opts.deadlineMs - performance.now();
    if (left > 0) {
      this.armTimer(d, Math.ceil(left));
      return;
    }
    const ex = this.exchange!;
    this.opts.log.debug({ decisionId: ex.decisionId, phase: head.ctx.phase }, 'internal deadline exceeded');
    this.decide(d, head, this.fallback(() => ex.onDeadline(head.ctx.phase)));
  }

  /** Sends the decided replies at the front of `d`, in order; waits (and resumes) when a write must wait for 'drain'. */
  private drainReplies(d: Direction): void {
    while (!d.replying && d.unreplied.length > 0 && d.unreplied[0].decided) {
      const e = d.unreplied.shift()!;
      let w: void | Promise<void>;
      try {
        w = this.reply(e.ctx, e.result!);
      } catch (err) {
        this.replyFailed(e.ctx, err);
        this.settle();
        continue;
      }
      if (w !== undefined) {
        d.replying = true;
        w.then(undefined, (err: unknown) => this.replyFailed(e.ctx, err)).then(() => {
          d.replying = false;
          this.settle();
          this.drainReplies(d);
        });
        return;
      }
      this.settle();
    }
  }

  private replyFailed(ctx: ReplyContext, err: unknown): void {
    this.opts.log.error({ err: errorMessage(err), decisionId: this.decisionId, phase: ctx.phase }, 'reply failed');
    if (!this.terminal) {
      this.terminal = true;
      this.sendStatus(grpc.status.INTERNAL, 'llm-boundary internal error');
      this.finish('error');
    }
  }

  private invalidResult(ex: Exchange, phase: PhaseName): PhaseResult {
    protocolErrors.inc({ kind: 'invalid_result' });
    return this.fallback(() => ex.onError(phase, new Error('exchange returned an invalid PhaseResult')));
  }

  /** Runs onDeadline/onError; if that throws too, fail closed by ending the call with INTERNAL. */
  private fallback(f: () => PhaseResult): PhaseResult {
    try {
      const r = f();
      if (isPhaseResult(r)) return r;
    } catch (err) {
      this.opts.log.error({ err: errorMessage(err), decisionId: this.decisionId }, 'exchange fallback threw');
    }
    return { kind: 'reset', details: 'llm_boundary_internal_error' };
  }

  private settle(): void {
    this.pending--;
    if (this.halfClosed && this.pending === 0) this.completeAfterHalfClose();
  }

  /** Envoy half-closed and every reply went out (graceful close, observability mode): end with OK. */
  private completeAfterHalfClose(): void {
    this.terminal = true;
    if (!this.statusSent) {
      // Also after an immediate_response: with graceful close Envoy waits for our OK.
      this.statusSent = true;
      try {
        this.call.end();
      } catch {
        // already closed
      }
    }
    this.finish('complete');
  }

  // ---- replies -------------------------------------------------------------------------------

  /** Sends the reply for one message; a promise only when a write had to wait for 'drain'. */
  private reply(ctx: ReplyContext, result: PhaseResult): void | Promise<void> {
    if (this.terminal) return;
    const { d } = ctx;
    const elapsed = (performance.now() - ctx.startedAt) / 1000;
    PHASE_SECONDS[ctx.phase].observe(elapsed);
    if (ctx.kind === 'body' && (ctx.mode === 'STREAMED' || ctx.mode === 'FULL_DUPLEX_STREAMED')) {
      CHUNK_SECONDS[d.name].observe(elapsed);
    }

    if (result.kind === 'reset') {
      this.terminal = true;
      this.opts.log.info({ decisionId: this.decisionId, phase: ctx.phase, details: result.details }, 'resetting stream');
      // Envoy treats a non-OK close as an error: a 500 local reply before response headers went
      // downstream, a downstream reset after (with failure_mode_allow=false).
      this.sendStatus(grpc.status.PERMISSION_DENIED, result.details);
      this.finish('complete');
      return;
    }

    if (result.kind === 'deny') {
      this.terminal = true;
      const msg: Record<string, unknown> = {
        immediate_response: immediateResponse(result.status, result.headers, result.body, result.details),
      };
      const md = dynamicMetadata(mergeMetadata(d.pendingMetadata, result.metadata));
      if (md) msg.dynamic_metadata = md;
      // Envoy closes the stream after an immediate_response; we keep it open until it does.
      return this.write(msg);
    }

    const metadata = mergeMetadata(d.pendingMetadata, result.metadata);
    d.pendingMetadata = undefined;
    const msgs: Array<Record<string, unknown> | Buffer> = [];
    const key = ctx.phase;

    if (ctx.kind === 'headers') {
      const common: Record<string, unknown> = {};
      const hm = headerMutation(result.headers);
      if (hm) common.header_mutation = hm;
      const msg: Record<string, unknown> = { [key]: { response: common } };
      // Envoy refuses mode_override when the configured mode is FULL_DUPLEX_STREAMED (doc §3.5): keep
      // FDS, or the body replies would go out as spurious non-streamed_response messages.
      if (d.name === 'response' && result.responseBodyMode !== undefined && d.configuredMode !== 'FULL_DUPLEX_STREAMED') {
        // mode_override replaces both body modes (unset = NONE, Envoy >= 1.34), so carry the request
        // body mode unchanged. Envoy honours it only with allow_mode_override: true.
        const reqMode = this.req.mode ?? this.req.inferredMode ?? 'NONE';
        msg.mode_override = {
          request_body_mode: BODY_MODE_NUMBER[reqMode],
          response_body_mode: BODY_MODE_NUMBER[result.responseBodyMode],
        };
        d.mode = result.responseBodyMode;
      }
      msgs.push(msg);
    } else if (ctx.kind === 'body') {
      if (ctx.mode === 'FULL_DUPLEX_STREAMED') {
        // Envoy kept no copy of the chunk: forward it (or its replacement) ourselves.
        const out = result.body ?? ctx.chunk ?? Buffer.alloc(0);
        if (out.length > 0 || ctx.eos) {
          msgs.push({ [key]: { response: { body_mutation: { streamed_response: { body: out, end_of_stream: ctx.eos } } } } });
        } else if (metadata) {
          d.pendingMetadata = metadata; // no reply for this chunk: carry metadata to the next one
        }
      } else {
        const common: Record<string, unknown> = {};
        // Headers are still held by Envoy only in BUFFERED / BUFFERED_PARTIAL; in STREAMED Envoy
        // ignores a header_mutation in a body reply, so we do not send one.
        const headersHeld = ctx.mode === 'BUFFERED' || ctx.mode === 'BUFFERED_PARTIAL';
        let change = headersHeld ? result.headers : undefined;
        if (result.body !== undefined) {
          common.body_mutation = { body: result.body };
          // BUFFERED keeps content-length; a replaced body of another length is a 500 in Envoy unless
          // the same reply fixes the header (doc §3.7).
          if (ctx.mode === 'BUFFERED' && d.hadContentLength && !changeTouches(change, 'content-length')) {
            change = { set: [...(change?.set ?? []), ['content-length', String(result.body.length)]], remove: change?.remove ?? [] };
          }
        }
        const hm = headerMutation(change);
        if (hm) common.header_mutation = hm;
        // The per-chunk common case (nothing but an optional replacement body) goes out pre-encoded.
        if (hm === undefined && metadata === undefined) return this.write(encodeBodyReply(d.name, result.body));
        msgs.push({ [key]: { response: common } });
      }
    } else {
      // trailers
      if (ctx.mode === 'FULL_DUPLEX_STREAMED' && result.body && result.body.length > 0) {
        // Bytes the exchange held back until the end of the body; trailers follow, so not end_of_stream.
        msgs.push({
          [PHASE[d.name].body]: { response: { body_mutation: { streamed_response: { body: result.body, end_of_stream: false } } } },
        });
      }
      const tr: Record<string, unknown> = {};
      const hm = headerMutation(result.headers);
      if (hm) tr.header_mutation = hm;
      msgs.push({ [key]: tr });
    }

    if (msgs.length > 0 && metadata) {
      const md = dynamicMetadata(metadata);
      if (md) (msgs[msgs.length - 1] as Record<string, unknown>).dynamic_metadata = md;
    }
    return this.writeAll(msgs, 0);
  }

  /** Writes msgs[from..] in order; a promise only if one of them had to wait for 'drain'. */
  private writeAll(msgs: ReadonlyArray<Record<string, unknown> | Buffer>, from: number): void | Promise<void> {
    for (let i = from; i < msgs.length; i++) {
      const w = this.write(msgs[i]);
      if (w !== undefined) return w.then(() => this.writeAll(msgs, i + 1));
    }
  }

  /**
   * Writes one message, after 'drain' if a previous write filled the buffer (then, and only then, the
   * result is a promise; messages waiting for the gate keep their order, later ones queue behind them).
   */
  private write(msg: Record<string, unknown> | Buffer): void | Promise<void> {
    if (this.gateOpen && this.gateWaiters === 0) return this.writeNow(msg);
    this.gateWaiters++;
    return this.writeGate.then(() => {
      this.gateWaiters--;
      this.writeNow(msg);
    });
  }

  private writeNow(msg: Record<string, unknown> | Buffer): void {
    if (this.call.cancelled || this.call.writableEnded || this.call.destroyed) return;
    let ok = true;
    try {
      ok = this.call.write(msg);
    } catch (err) {
      this.opts.log.debug({ err: errorMessage(err) }, 'write after close');
      return;
    }
    if (!ok) {
      // Back-pressure both ways: while the peer does not read our replies, stop reading its messages
      // too (grpc-js then stops reading the HTTP/2 stream and flow control holds the peer), so a slow
      // or stuck reader cannot make us queue work and replies without bound.
      this.call.pause();
      this.gateOpen = false;
      this.writeGate = new Promise<void>((resolve) => {
        const done = (): void => {
          this.call.off('drain', done);
          this.call.off('close', done);
          this.call.off('cancelled', done);
          this.call.resume();
          this.gateOpen = true;
          resolve();
        };
        this.call.on('drain', done);
        this.call.on('close', done);
        this.call.on('cancelled', done);
      });
    }
  }

  // ---- closing -------------------------------------------------------------------------------

  private onEnd(): void {
    // Half-close from Envoy. Usually followed at once by a cancel (Envoy's normal close); with
    // graceful close or in observability mode, outstanding work finishes first, then we end with OK.
    this.halfClosed = true;
    if (this.pending === 0) this.completeAfterHalfClose();
  }

  private onCancelled(): void {
    this.terminal = true;
    this.finish(this.pending > 0 ? 'cancelled' : 'complete');
  }

  private protocolError(err: ProtocolViolation): void {
    protocolErrors.inc({ kind: err.kind });
    this.opts.log.warn({ decisionId: this.decisionId, kind: err.kind, err: err.message }, 'ext_proc protocol error');
    this.terminal = true;
    this.sendStatus(err.grpcCode, err.message);
    this.finish('error');
  }

  private sendStatus(code: grpc.status, details: string): void {
    if (this.call.cancelled || this.statusSent) return;
    this.statusSent = true;
    this.ownStatus = true;
    try {
      // grpc-js: an 'error' event on a server stream becomes the call's status after pending writes.
      this.call.emit('error', { code, details, metadata: new grpc.Metadata() } as grpc.ServiceError);
    } catch (err) {
      this.opts.log.debug({ err: errorMessage(err) }, 'could not send status');
    } finally {
      this.ownStatus = false;
    }
  }

  /** Closes the exchange exactly once and releases the stream slot. */
  private finish(reason: CloseReason): void {
    if (this.finished) return;
    this.finished = true;
    // Release the exchange (its bodies, parsed segments and findings) as soon as the call is done.
    // grpc-js's per-call objects, which reference this processor through the call's listeners, stay
    // reachable for a while after the call ends, and a direction's deadline timer (re-armed lazily,
    // see becomeHead) stays armed up to deadlineMs after its last decision: at 250 exchanges/s a heap
    // snapshot held ~38 finished exchanges, and each scavenge copied ~5.2 MB instead of ~3.7 MB.
    for (const d of [this.req, this.resp]) {
      if (d.timer !== undefined) clearTimeout(d.timer);
      d.timer = undefined;
    }
    try {
      this.exchange?.close(reason);
    } catch (err) {
      this.opts.log.error({ err: errorMessage(err), decisionId: this.decisionId }, 'exchange close threw');
    }
    this.exchange = undefined;
    this.opts.onDone(this);
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isPhaseResult(r: unknown): r is PhaseResult {
  if (!r || typeof r !== 'object') return false;
  const k = (r as { kind?: unknown }).kind;
  if (k === 'continue') {
    const b = (r as { body?: unknown }).body;
    return b === undefined || Buffer.isBuffer(b);
  }
  if (k === 'deny') {
    const x = r as { status?: unknown; headers?: unknown; body?: unknown; details?: unknown };
    return typeof x.status === 'number' && Array.isArray(x.headers) && Buffer.isBuffer(x.body) && typeof x.details === 'string';
  }
  return k === 'reset' && typeof (r as { details?: unknown }).details === 'string';
}

function mergeMetadata(a: DynamicMetadata | undefined, b: DynamicMetadata | undefined): DynamicMetadata | undefined {
  if (!a) return b;
  if (!b) return a;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [ns, v] of Object.entries(a)) out[ns] = { ...v };
  for (const [ns, v] of Object.entries(b)) out[ns] = { ...(out[ns] ?? {}), ...v };
  return out;
}

// Re-exported so tests can build expected header options the same way.
export { setHeaderOption };
