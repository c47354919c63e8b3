// An Envoy-faithful ext_proc client for tests, benchmarks and the demo. It plays the Envoy side of
// envoy.service.ext_proc.v3.ExternalProcessor/Process for one simulated HTTP exchange at a time,
// following /work/shared/docs/envoy-ext-proc.md §3 and the checklist in §8:
//   - one Process call per HTTP exchange; protocol_config + metadata_context on the first message,
//     metadata_context on every message; header values in raw_value only, lower-case keys,
//     pseudo-headers first, the host as :authority;
//   - body modes: BUFFERED (one message, eos = !trailers, 413/500 over the buffer limit), STREAMED
//     (coalesced first chunk, pipelined chunks without waiting, empty final eos chunk, 1:1 in-order
//     reply matching), FULL_DUPLEX_STREAMED (everything sent without waiting, M:N streamed_response,
//     trailer mode SEND required, no timer), BUFFERED_PARTIAL (limit behaviour), NONE;
//   - mode_override honoured only under the §3.10 conditions;
//   - mutations applied as Envoy does (§3.6/§3.7): raw_value only (value alone → empty header, both
//     → 500), only `append` counts, default mutation checker, content-length mismatch → 500,
//     content-length stripped in non-BUFFERED modes;
//   - reply-type checking (§3.4): spurious reply → status_on_error (fail-closed) or stop processing
//     (failure_mode_allow); per-message timeout → 504; gRPC error → 500; OK close → continue unmodified;
//   - immediate_response → local reply, or a downstream reset once response headers went out;
//   - closes like Envoy: half-close, then cancel.
// The result says what the downstream client and the upstream received, plus the raw message log.
import * as grpc from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { clientConstructor, fromStruct, protoRoot, toStruct } from '../../src/server/protos.ts';

export type Header = [name: string, value: string];
export type BodyMode = 'NONE' | 'STREAMED' | 'BUFFERED' | 'BUFFERED_PARTIAL' | 'FULL_DUPLEX_STREAMED';
export type HeaderSendMode = 'DEFAULT' | 'SEND' | 'SKIP';

/** ext_proc filter ProcessingMode (doc §2.3). Defaults: headers SEND, bodies NONE, trailers SKIP. */
export interface ProcessingMode {
  request_header_mode?: HeaderSendMode;
  response_header_mode?: HeaderSendMode;
  request_body_mode?: BodyMode;
  response_body_mode?: BodyMode;
  request_trailer_mode?: HeaderSendMode;
  response_trailer_mode?: HeaderSendMode;
}

/** The emulated filter configuration (subset of ExternalProcessor, doc §2.4) and Envoy version switches. */
export interface EnvoyConfig {
  /** grpc target: 'host:port' or 'unix:/path'. */
  readonly target: string;
  readonly processingMode?: ProcessingMode;
  readonly failureModeAllow?: boolean;
  readonly allowModeOverride?: boolean;
  /** message_timeout (default 200 ms). */
  readonly messageTimeoutMs?: number;
  /** status_on_error (default 500). */
  readonly statusOnError?: number;
  /** per_connection_buffer_limit_bytes (default 1 MiB). */
  readonly bufferLimit?: number;
  readonly sendBodyWithoutWaitingForHeaderResponse?: boolean;
  readonly observabilityMode?: boolean;
  /** max_message_timeout in ms (default 0: override_message_timeout is always ignored). */
  readonly maxMessageTimeoutMs?: number;
  /** allowed_override_modes: when non-empty, a mode_override must equal one of these (request_header_mode not compared). */
  readonly allowedOverrideModes?: readonly ProcessingMode[];
  /** Observability mode: delay between the half-close and the cancel (deferred_close_timeout, default 5000). */
  readonly deferredCloseMs?: number;
  /** Send protocol_config on the first message (Envoy >= 1.34). Default true. */
  readonly protocolConfig?: boolean;
  /** Forwarded metadata_context.filter_metadata (namespace → object). */
  readonly metadata?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** metadata_options.receiving_namespaces.untyped; undefined = accept every namespace (test convenience). */
  readonly receivingNamespaces?: readonly string[];
  /** Envoy >= 1.35: spurious replies fail closed (default true). */
  readonly failCloseSpurious?: boolean;
  /** disable_immediate_response (immediate_response then counts as spurious). */
  readonly disableImmediateResponse?: boolean;
  /** Safety timeout where Envoy runs no timer (FDS), so a broken server fails the test (default 5000). */
  readonly safetyTimeoutMs?: number;
  /** gRPC :authority (default: the cluster name 'llm_boundary'). */
  readonly authority?: string;
  readonly initialMetadata?: Readonly<Record<string, string>>;
  readonly credentials?: grpc.ChannelCredentials;
  /** Extra grpc-js channel options (e.g. grpc.ssl_target_name_override). */
  readonly channelOptions?: grpc.ChannelOptions;
}

export interface HttpRequest {
  readonly method?: string;
  readonly path?: string;
  readonly authority?: string;
  readonly scheme?: string;
  /** Regular headers (no pseudo-headers); names are lower-cased; `host` becomes :authority. */
  readonly headers?: ReadonlyArray<readonly [string, string]>;
  /** Body as one buffer/string or as the chunks the downstream sent (matters in STREAMED / FDS). */
  readonly body?: Buffer | string | ReadonlyArray<Buffer | string>;
  readonly trailers?: ReadonlyArray<readonly [string, string]>;
  /** STREAMED: how many chunks arrived before the headers reply (coalesced into the first message). Default 1. */
  readonly coalesce?: number;
  /** STREAMED without trailers: end with an empty end_of_stream chunk (default true). */
  readonly emptyFinalChunk?: boolean;
}

export interface UpstreamRequest {
  readonly headers: Header[];
  readonly body: Buffer;
  readonly trailers?: Header[];
}

export interface UpstreamResponse {
  readonly status: number;
  readonly headers?: ReadonlyArray<readonly [string, string]>;
  readonly body?: Buffer | string | ReadonlyArray<Buffer | string>;
  readonly trailers?: ReadonlyArray<readonly [string, string]>;
  /** STREAMED: chunks that arrived before the response headers reply (default 1). */
  readonly coalesce?: number;
  readonly emptyFinalChunk?: boolean;
}

export type Upstream = (req: UpstreamRequest) => UpstreamResponse | Promise<UpstreamResponse>;

export interface DownstreamResult {
  readonly status: number;
  readonly headers: Header[];
  /** Body bytes the client received (partial when reset). */
  readonly body: Buffer;
  readonly trailers?: Header[];
  /** The stream was reset after response headers went downstream (truncated response). */
  readonly reset: boolean;
  /** Local reply details (Envoy's %RESPONSE_CODE_DETAILS%), when Envoy answered itself. */
  readonly details?: string;
}

export interface LogEntry {
  readonly dir: 'sent' | 'received';
  readonly at: number;
  readonly msg: Record<string, unknown>;
}

export interface EnvoyResult {
  readonly downstream: DownstreamResult;
  /** What the upstream received; undefined when the request never reached it. */
  readonly upstream?: UpstreamRequest;
  /** Every ProcessingRequest sent and ProcessingResponse received, in order. */
  readonly log: LogEntry[];
  readonly replies: Array<Record<string, unknown>>;
  /** dynamic_metadata of all replies merged (namespace → object). */
  readonly dynamicMetadata: Record<string, Record<string, unknown>>;
  /** Final gRPC status of the Process call when the server ended it (undefined if Envoy closed it). */
  readonly grpcStatus?: { code: number; details: string };
  /** Notable events: 'spurious', 'timeout', 'grpc_error', 'server_closed', 'mode_override', 'fail_open', 'invalid_mutation'. */
  readonly events: string[];
}

const DEFAULT_MESSAGE_TIMEOUT_MS = Number(process.env.LLM_BOUNDARY_TEST_MESSAGE_TIMEOUT_MS ?? '') || 200;

// ---- internal control flow ---------------------------------------------------------------------

class LocalReply extends Error {
  readonly status: number;
  readonly headers: Header[];
  readonly body: Buffer;
  readonly details: string;
  constructor(status: number, details: string, body: Buffer = Buffer.alloc(0), headers: Header[] = []) {
    super(details);
    this.status = status;
    this.details = details;
    this.body = body;
    this.headers = headers;
  }
}
class ResetStream extends Error {}
/** Processing stops; the exchange continues unmodified (fail-open or a server OK close). */
class StopProcessing extends Error {}

type Inbound =
  | { kind: 'msg'; msg: Record<string, unknown> }
  | { kind: 'status'; code: number; details: string }
  | { kind: 'timeout' };

const BODY_MODES: readonly BodyMode[] = ['NONE', 'STREAMED', 'BUFFERED', 'BUFFERED_PARTIAL', 'FULL_DUPLEX_STREAMED'];

/** HTTP status from a decoded envoy.type.v3.HttpStatus code (enum name with enums:String, or a number). */
export function statusCodeNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = protoRoot().lookupEnum('envoy.type.v3.StatusCode').values[v];
    if (n !== undefined) return n;
    const parsed = Number(v);
    return Number.isInteger(parsed) ? parsed : 0;
  }
  return 0;
}

function toBuf(b: Buffer | string): Buffer {
  return typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
}

function chunksOf(body: HttpRequest['body']): Buffer[] {
  if (body === undefined) return [];
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    const b = toBuf(body);
    return b.length > 0 ? [b] : [];
  }
  return (body as ReadonlyArray<Buffer | string>).map(toBuf).filter((b) => b.length > 0);
}

function bodyModeName(v: unknown): BodyMode {
  if (typeof v === 'number') return BODY_MODES[v] ?? 'NONE';
  if (typeof v === 'string' && (BODY_MODES as readonly string[]).includes(v)) return v as BodyMode;
  return 'NONE';
}

function headerModeName(v: unknown): HeaderSendMode {
  if (v === 1 || v === 'SEND') return 'SEND';
  if (v === 2 || v === 'SKIP') return 'SKIP';
  return 'DEFAULT';
}

function wireHeaders(h: readonly Header[]): Record<string, unknown> {
  return { headers: h.map(([k, v]) => ({ key: k, raw_value: Buffer.from(v, 'utf8') })) };
}

function hasHeader(h: readonly Header[], name: string): boolean {
  return h.some(([k]) => k === name);
}

function getHeader(h: readonly Header[], name: string): string | undefined {
  return h.find(([k]) => k === name)?.[1];
}

/** Effective modes of one stream (after per-route merge and mode_override). */
interface Modes {
  requestHeader: HeaderSendMode;
  responseHeader: HeaderSendMode;
  requestBody: BodyMode;
  responseBody: BodyMode;
  requestTrailer: HeaderSendMode;
  responseTrailer: HeaderSendMode;
}

const PROTECTED = new Set(['host', ':authority', ':scheme', ':method']);

/**
 * Applies a HeaderMutation the way Envoy's MutationUtils + default mutation checker do (§3.6).
 * Returns the events to record; throws LocalReply(status_on_error) for hard errors.
 */
export function applyHeaderMutation(
  headers: Header[],
  mutation: Record<string, unknown> | undefined,
  opts: { removeContentLength: boolean; statusOnError: number; events?: string[] },
): Header[] {
  if (!mutation) return headers;
  const set = (mutation.set_headers as Array<Record<string, unknown>> | undefined) ?? [];
  const remove = (mutation.remove_headers as string[] | undefined) ?? [];
  if (set.length + remove.length > 100) {
    opts.events?.push('invalid_mutation');
    throw new LocalReply(opts.statusOnError, 'ext_proc_error_invalid_header_mutation');
  }
  let out = headers.map(([k, v]) => [k, v] as Header);
  for (const name0 of remove) {
    const name = name0.toLowerCase();
    if (name.startsWith(':') || name === 'host' || name.startsWith('x-envoy-')) continue; // refused, ignored
    out = out.filter(([k]) => k !== name);
  }
  for (const opt of set) {
    const hv = (opt.header as { key?: string; value?: string; raw_value?: Buffer } | undefined) ?? {};
    const key = (hv.key ?? '').toLowerCase();
    const hasValue = typeof hv.value === 'string' && hv.value.length > 0;
    const hasRaw = Buffer.isBuffer(hv.raw_value) && hv.raw_value.length > 0;
    if (hasValue && hasRaw) {
      opts.events?.push('invalid_mutation');
      throw new LocalReply(opts.statusOnError, 'ext_proc_error_invalid_header_mutation');
    }
    // Since 1.32 only raw_value is read: `value` alone yields an empty header.
    const value = hasRaw ? hv.raw_value!.toString('utf8') : '';
    if (key === '' || value.includes('\r') || value.includes('\n') || value.includes('\0')) {
      opts.events?.push('invalid_mutation');
      throw new LocalReply(opts.statusOnError, 'ext_proc_error_invalid_header_mutation');
    }
    if (PROTECTED.has(key) || key.startsWith('x-envoy-')) continue; // default checker: ignored
    if (key === 'content-length' && opts.removeContentLength) continue; // silently dropped
    const append = (opt.append as { value?: boolean } | undefined)?.value === true;
    if (key.startsWith(':')) {
      if (append) continue;
      if (key === ':status') {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 200 || n > 999) continue;
      }
    }
    if (append) out.push([key, value]);
    else {
      const idx = out.findIndex(([k]) => k === key);
      out = out.filter(([k], i) => k !== key || i === idx);
      if (idx >= 0) out[out.findIndex(([k]) => k === key)] = [key, value];
      else out.push([key, value]);
    }
  }
  return out;
}

/** One gRPC call's inbound side as an awaitable queue. */
class Inbox {
  private readonly queue: Inbound[] = [];
  private waiter: ((v: Inbound) => void) | undefined;
  status: { code: number; details: string } | undefined;
  private readonly onMsg: (m: Record<string, unknown>) => void;
  constructor(call: grpc.ClientDuplexStream<Record<string, unknown>, Record<string, unknown>>, onMsg: (m: Record<string, unknown>) => void) {
    this.onMsg = onMsg;
    call.on('data', (m: Record<string, unknown>) => {
      this.onMsg(m);
      this.push({ kind: 'msg', msg: m });
    });
    call.on('status', (s: grpc.StatusObject) => {
      this.status ??= { code: s.code, details: s.details };
      this.push({ kind: 'status', code: s.code, details: s.details });
    });
    call.on('error', () => {
      // surfaced through 'status'
    });
  }
  private push(v: Inbound): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      w(v);
    } else this.queue.push(v);
  }
  /** Next inbound event; a status event is sticky (returned again on later calls). */
  next(timeoutMs: number): Promise<Inbound> {
    const head = this.queue.shift();
    if (head) {
      if (head.kind === 'status') this.queue.unshift(head);
      return Promise.resolve(head);
    }
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiter = undefined;
        resolve({ kind: 'timeout' });
      }, timeoutMs);
      this.waiter = (v) => {
        clearTimeout(t);
        if (v.kind === 'status') this.queue.unshift(v);
        resolve(v);
      };
    });
  }
}

/**
 * Envoy emulator bound to one ext_proc server. Holds one gRPC channel (as Envoy keeps one HTTP/2
 * connection per cluster host); each exchange() is one Process call. Close with close().
 */
export class EnvoyExtProcClient {
  readonly config: EnvoyConfig;
  private readonly client: grpc.Client & { Process: (md: grpc.Metadata) => grpc.ClientDuplexStream<Record<string, unknown>, Record<string, unknown>> };

  constructor(config: EnvoyConfig) {
    this.config = config;
    const Ctor = clientConstructor('envoy.service.ext_proc.v3.ExternalProcessor');
    this.client = new Ctor(config.target, config.credentials ?? grpc.credentials.createInsecure(), {
      'grpc.default_authority': config.authority ?? 'llm_boundary',
      'grpc.max_receive_message_length': -1,
      'grpc.max_send_message_length': -1,
      ...(config.channelOptions ?? {}),
    }) as unknown as typeof this.client;
  }

  close(): void {
    this.client.close();
  }

  /** Open a raw Process call (for protocol-abuse tests). */
  rawCall(): grpc.ClientDuplexStream<Record<string, unknown>, Record<string, unknown>> {
    const md = new grpc.Metadata();
    for (const [k, v] of Object.entries(this.config.initialMetadata ?? {})) md.set(k, v);
    return this.client.Process(md);
  }

  /** Runs one HTTP exchange through the emulated filter. */
  async exchange(req: HttpRequest, upstream: Upstream = () => ({ status: 200 })): Promise<EnvoyResult> {
    return new ExchangeRun(this, req, upstream).run();
  }
}

function configuredModes(pm: ProcessingMode | undefined): Modes {
  return {
    requestHeader: pm?.request_header_mode ?? 'DEFAULT',
    responseHeader: pm?.response_header_mode ?? 'DEFAULT',
    requestBody: pm?.request_body_mode ?? 'NONE',
    responseBody: pm?.response_body_mode ?? 'NONE',
    requestTrailer: pm?.request_trailer_mode ?? 'DEFAULT',
    responseTrailer: pm?.response_trailer_mode ?? 'DEFAULT',
  };
}

type Dir = 'request' | 'response';

interface Forwarded {
  headers: Header[];
  body: Buffer;
  trailers?: Header[];
}

/** State of one simulated HTTP exchange. */
class ExchangeRun {
  private readonly cfg: EnvoyConfig;
  private readonly owner: EnvoyExtProcClient;
  private readonly req: HttpRequest;
  private readonly upstreamFn: Upstream;
  private readonly configured: Modes;
  private modes: Modes;
  private call: grpc.ClientDuplexStream<Record<string, unknown>, Record<string, unknown>> | undefined;
  private inbox: Inbox | undefined;
  private first = true;
  private processing = true;
  /** FDS body data has been sent: fail-open no longer applies. */
  private fdsBodySent = false;
  private responseHeadersDownstream = false;
  private partialDownstream: { status: number; headers: Header[]; body: Buffer[] } | undefined;
  readonly log: LogEntry[] = [];
  readonly replies: Array<Record<string, unknown>> = [];
  readonly events: string[] = [];
  readonly dynamicMetadata: Record<string, Record<string, unknown>> = {};

  constructor(owner: EnvoyExtProcClient, req: HttpRequest, upstream: Upstream) {
    this.owner = owner;
    this.cfg = owner.config;
    this.req = req;
    this.upstreamFn = upstream;
    this.configured = configuredModes(this.cfg.processingMode);
    this.modes = { ...this.configured };
    for (const d of ['request', 'response'] as const) {
      const body = d === 'request' ? this.modes.requestBody : this.modes.responseBody;
      const tr = d === 'request' ? this.modes.requestTrailer : this.modes.responseTrailer;
      if (body === 'FULL_DUPLEX_STREAMED' && tr !== 'SEND') {
        throw new Error(`FULL_DUPLEX_STREAMED ${d} body mode requires ${d}_trailer_mode SEND (Envoy rejects the config)`);
      }
      if (this.cfg.observabilityMode && (body === 'BUFFERED' || body === 'BUFFERED_PARTIAL' || body === 'FULL_DUPLEX_STREAMED')) {
        throw new Error('observability mode only supports STREAMED and NONE body modes');
      }
    }
  }

  private get statusOnError(): number {
    return this.cfg.statusOnError ?? 500;
  }
  private get timeoutMs(): number {
    // Envoy's default is 200 ms. The test suite may raise the default through
    // LLM_BOUNDARY_TEST_MESSAGE_TIMEOUT_MS so a loaded CI machine does not turn slow scheduling into
    // 504s; tests about timeouts always set messageTimeoutMs explicitly.
    return this.cfg.messageTimeoutMs ?? DEFAULT_MESSAGE_TIMEOUT_MS;
  }
  private get bufferLimit(): number {
    return this.cfg.bufferLimit ?? 1024 * 1024;
  }

  async run(): Promise<EnvoyResult> {
    let upstreamSeen: UpstreamRequest | undefined;
    let downstream: DownstreamResult;
    try {
      // ---- request path
      let fwdReq: Forwarded;
      const reqHeaders = this.requestHeaders();
      const reqChunks = chunksOf(this.req.body);
      const reqTrailers = this.req.trailers?.map(([k, v]) => [k.toLowerCase(), v] as Header);
      try {
        fwdReq = await this.direction('request', reqHeaders, reqChunks, reqTrailers, this.req.coalesce ?? 1, this.req.emptyFinalChunk ?? true);
      } catch (err) {
        if (err instanceof LocalReply) {
          downstream = this.localReply(err);
          return this.finish(downstream, undefined);
        }
        throw err;
      }
      upstreamSeen = { headers: fwdReq.headers, body: fwdReq.body, ...(fwdReq.trailers ? { trailers: fwdReq.trailers } : {}) };

      // ---- upstream
      const up = await this.upstreamFn(upstreamSeen);
      const respHeaders: Header[] = [[':status', String(up.status)], ...(up.headers ?? []).map(([k, v]) => [k.toLowerCase(), v] as Header)];
      const respChunks = chunksOf(up.body);
      const respTrailers = up.trailers?.map(([k, v]) => [k.toLowerCase(), v] as Header);

      // ---- response path
      try {
        const fwd = await this.direction('response', respHeaders, respChunks, respTrailers, up.coalesce ?? 1, up.emptyFinalChunk ?? true);
        downstream = {
          status: Number(getHeader(fwd.headers, ':status') ?? up.status),
          headers: fwd.headers.filter(([k]) => k !== ':status'),
          body: fwd.body,
          ...(fwd.trailers ? { trailers: fwd.trailers } : {}),
          reset: false,
        };
      } catch (err) {
        if (err instanceof LocalReply) {
          if (this.responseHeadersDownstream) downstream = this.resetResult();
          else downstream = this.localReply(err);
        } else if (err instanceof ResetStream) {
          downstream = this.resetResult();
        } else throw err;
      }
      return this.finish(downstream, upstreamSeen);
    } finally {
      this.closeStream();
    }
  }

  private finish(downstream: DownstreamResult, upstream: UpstreamRequest | undefined): EnvoyResult {
    // Give a status that is already on the wire a moment to land (for assertions on grpcStatus).
    return {
      downstream,
      ...(upstream ? { upstream } : {}),
      log: this.log,
      replies: this.replies,
      dynamicMetadata: this.dynamicMetadata,
      ...(this.inbox?.status ? { grpcStatus: this.inbox.status } : {}),
      events: this.events,
    };
  }

  private resetResult(): DownstreamResult {
    const p = this.partialDownstream ?? { status: 0, headers: [], body: [] };
    return { status: p.status, headers: p.headers, body: Buffer.concat(p.body), reset: true };
  }

  private localReply(r: LocalReply): DownstreamResult {
    const status = r.status >= 200 ? r.status : 200;
    let headers: Header[] = [];
    if (r.body.length > 0) headers.push(['content-type', 'text/plain']);
    headers.push(['content-length', String(r.body.length)]);
    // ImmediateResponse headers go through the mutation checker; errors are only logged.
    for (const [k, v] of r.headers) {
      headers = headers.filter(([x]) => x !== k);
      headers.push([k, v]);
    }
    return { status, headers, body: r.body, reset: false, details: r.details.split(' ').join('_') };
  }

  private requestHeaders(): Header[] {
    const r = this.req;
    let authority = r.authority ?? 'api.example.com';
    const rest: Header[] = [];
    for (const [k0, v] of r.headers ?? []) {
      const k = k0.toLowerCase();
      if (k === 'host') authority = v;
      else if (!k.startsWith(':')) rest.push([k, v]);
    }
    // The connection manager adds these before filters run (§3.3).
    if (!hasHeader(rest, 'x-forwarded-proto')) rest.push(['x-forwarded-proto', r.scheme ?? 'http']);
    if (!hasHeader(rest, 'x-request-id')) rest.push(['x-request-id', randomUUID()]);
    return [[':authority', authority], [':path', r.path ?? '/'], [':method', r.method ?? 'POST'], [':scheme', r.scheme ?? 'http'], ...rest];
  }

  // ---- stream plumbing ---------------------------------------------------------------------------

  private ensureCall(): void {
    if (this.call) return;
    this.call = this.owner.rawCall();
    this.inbox = new Inbox(this.call, (m) => {
      this.log.push({ dir: 'received', at: performance.now(), msg: m });
      this.replies.push(m);
      const md = m.dynamic_metadata;
      if (md) {
        const obj = fromStruct(md);
        for (const [ns, v] of Object.entries(obj)) {
          if (this.cfg.receivingNamespaces && !this.cfg.receivingNamespaces.includes(ns)) continue;
          if (v && typeof v === 'object' && !Array.isArray(v)) {
            this.dynamicMetadata[ns] = { ...(this.dynamicMetadata[ns] ?? {}), ...(v as Record<string, unknown>) };
          }
        }
      }
    });
  }

  private send(member: string, value: Record<string, unknown>): void {
    this.ensureCall();
    const msg: Record<string, unknown> = { [member]: value };
    msg.metadata_context = this.cfg.metadata
      ? { filter_metadata: Object.fromEntries(Object.entries(this.cfg.metadata).map(([ns, v]) => [ns, toStruct(v)])) }
      : {};
    if (this.cfg.observabilityMode) msg.observability_mode = true;
    else if (this.first && this.cfg.protocolConfig !== false) {
      msg.protocol_config = {
        request_body_mode: this.modes.requestBody,
        response_body_mode: this.modes.responseBody,
        ...(this.cfg.sendBodyWithoutWaitingForHeaderResponse ? { send_body_without_waiting_for_header_response: true } : {}),
      };
    }
    this.first = false;
    this.log.push({ dir: 'sent', at: performance.now(), msg });
    this.call!.write(msg);
  }

  private closeStream(): void {
    if (!this.call) return;
    const call = this.call;
    // Envoy: half-close, then reset at once (§3.2).
    try {
      call.end();
    } catch {
      // already closed
    }
    if (this.cfg.observabilityMode) {
      // Envoy defers the close by deferred_close_timeout (5 s) and never waits for the processor.
      setTimeout(() => call.cancel(), this.cfg.deferredCloseMs ?? 5000).unref();
      return;
    }
    call.cancel();
  }

  /**
   * Await the reply to a message of type `expect` in direction dir. Returns the reply member value
   * (e.g. the BodyResponse) or throws LocalReply / ResetStream / StopProcessing.
   */
  private async awaitReply(
    dir: Dir,
    expect: string | readonly string[],
    timed: boolean,
  ): Promise<{ value: Record<string, unknown>; msg: Record<string, unknown>; which: string }> {
    const expected = typeof expect === 'string' ? [expect] : expect;
    let deadline = performance.now() + (timed ? this.timeoutMs : (this.cfg.safetyTimeoutMs ?? 5000));
    let overridden = false;
    let ev = await this.inbox!.next(Math.max(0, deadline - performance.now()));
    // A message carrying only override_message_timeout (§3.11): restarts the timer once per state,
    // and only when max_message_timeout is configured; otherwise it is ignored. Either way the real
    // reply must still follow.
    while (ev.kind === 'msg' && ev.msg.response === undefined && ev.msg.override_message_timeout !== undefined) {
      const d = ev.msg.override_message_timeout as { seconds?: string | number; nanos?: number };
      const ms = Number(d.seconds ?? 0) * 1000 + Math.floor((d.nanos ?? 0) / 1e6);
      const max = this.cfg.maxMessageTimeoutMs ?? 0;
      if (timed && !overridden && max > 0 && ms >= 1 && ms <= max) {
        overridden = true;
        deadline = performance.now() + ms;
        this.events.push('override_message_timeout');
      } else {
        this.events.push('override_message_timeout_ignored');
      }
      ev = await this.inbox!.next(Math.max(0, deadline - performance.now()));
    }
    if (ev.kind === 'timeout') {
      if (!timed) throw new Error(`no ${expected.join('/')} reply within the safety timeout (FDS runs no Envoy timer; the server hung)`);
      this.events.push('timeout');
      return this.failure(dir, 504, 'ext_proc_error_per-message_timeout_exceeded', true);
    }
    if (ev.kind === 'status') {
      if (ev.code === grpc.status.OK) {
        // Server closed with OK: processing stops, the exchange continues unmodified (§3.2).
        this.events.push('server_closed');
        this.processing = false;
        throw new StopProcessing();
      }
      this.events.push('grpc_error');
      return this.failure(dir, this.statusOnError, `ext_proc_error_gRPC_error_${ev.code}{${ev.details}}`, true);
    }
    const msg = ev.msg;
    const which = msg.response as string | undefined;
    if (which === 'immediate_response' && !this.cfg.disableImmediateResponse) {
      const ir = msg.immediate_response as Record<string, unknown>;
      const code = statusCodeNumber((ir.status as { code?: unknown } | undefined)?.code);
      const status = Number.isInteger(code) && code >= 200 ? code : 200;
      const hm = ir.headers as Record<string, unknown> | undefined;
      let headers: Header[] = [];
      try {
        headers = applyHeaderMutation([], hm, { removeContentLength: false, statusOnError: this.statusOnError });
      } catch {
        headers = []; // errors in immediate-response headers are only logged by Envoy
      }
      this.processing = false;
      const body = Buffer.isBuffer(ir.body) ? (ir.body as Buffer) : Buffer.from(String(ir.body ?? ''), 'utf8');
      throw new LocalReply(status, String(ir.details ?? ''), body, headers);
    }
    if (which === undefined || !expected.includes(which)) {
      this.events.push('spurious');
      const spuriousIsError = this.cfg.failCloseSpurious ?? true;
      if (!spuriousIsError || this.cfg.failureModeAllow) {
        if (!(this.fdsBodySent && this.cfg.failureModeAllow)) {
          this.events.push('fail_open');
          this.processing = false;
          throw new StopProcessing();
        }
      }
      throw new LocalReply(this.statusOnError, which ? 'spurious_message' : 'unhandled_message');
    }
    return { value: (msg[which] as Record<string, unknown>) ?? {}, msg, which };
  }

  /** A processing failure: fail-open stops processing, else a local reply (reset after response headers). */
  private failure(dir: Dir, status: number, details: string, openable: boolean): never {
    if (openable && this.cfg.failureModeAllow && !this.fdsBodySent) {
      this.events.push('fail_open');
      this.processing = false;
      throw new StopProcessing();
    }
    if (dir === 'response' && this.responseHeadersDownstream) throw new ResetStream(details);
    throw new LocalReply(status, details);
  }

  private applyModeOverride(msg: Record<string, unknown>): void {
    const mo = msg.mode_override as Record<string, unknown> | undefined;
    if (!mo) return;
    const allowed =
      this.cfg.allowModeOverride === true &&
      !this.cfg.sendBodyWithoutWaitingForHeaderResponse &&
      this.configured.requestBody !== 'FULL_DUPLEX_STREAMED' &&
      this.configured.responseBody !== 'FULL_DUPLEX_STREAMED';
    const allowedList = this.cfg.allowedOverrideModes ?? [];
    const norm = (m: Record<string, unknown>): string =>
      [
        headerModeName(m.response_header_mode),
        bodyModeName(m.request_body_mode),
        bodyModeName(m.response_body_mode),
        headerModeName(m.request_trailer_mode),
        headerModeName(m.response_trailer_mode),
      ].join('/');
    const listed = allowedList.length === 0 || allowedList.some((a) => norm(a as Record<string, unknown>) === norm(mo));
    if (!allowed || !listed) {
      this.events.push('mode_override_ignored');
      return;
    }
    this.events.push('mode_override');
    // 1.34+: header/trailer DEFAULT keeps the configured value; body modes always come from the override.
    const rh = headerModeName(mo.response_header_mode);
    const rqt = headerModeName(mo.request_trailer_mode);
    const rst = headerModeName(mo.response_trailer_mode);
    this.modes = {
      requestHeader: this.modes.requestHeader,
      responseHeader: rh === 'DEFAULT' ? this.modes.responseHeader : rh,
      requestBody: bodyModeName(mo.request_body_mode),
      responseBody: bodyModeName(mo.response_body_mode),
      requestTrailer: rqt === 'DEFAULT' ? this.modes.requestTrailer : rqt,
      responseTrailer: rst === 'DEFAULT' ? this.modes.responseTrailer : rst,
    };
  }

  // ---- one direction ----------------------------------------------------------------------------

  private async direction(
    dir: Dir,
    headers0: Header[],
    chunks: Buffer[],
    trailers: Header[] | undefined,
    coalesce: number,
    emptyFinalChunk: boolean,
  ): Promise<Forwarded> {
    let headers = headers0;
    const hasBody = chunks.length > 0;
    const hasTrailers = trailers !== undefined && trailers.length > 0;
    const headerMode = dir === 'request' ? this.modes.requestHeader : this.modes.responseHeader;
    const sendHeaders = headerMode !== 'SKIP';
    const member = (k: 'headers' | 'body' | 'trailers'): string => `${dir}_${k}`;
    let out: Forwarded = { headers, body: Buffer.concat(chunks), ...(hasTrailers ? { trailers } : {}) };
    if (!this.processing) return out;

    const bodyModeNow = (): BodyMode => (dir === 'request' ? this.modes.requestBody : this.modes.responseBody);
    const trailerSend = (): boolean => (dir === 'request' ? this.modes.requestTrailer : this.modes.responseTrailer) === 'SEND';
    let replacedBody: Buffer | undefined;

    try {
      const mode0 = bodyModeNow();
      const fds = mode0 === 'FULL_DUPLEX_STREAMED';
      const noWait = mode0 === 'STREAMED' && this.cfg.sendBodyWithoutWaitingForHeaderResponse === true;

      if (this.cfg.observabilityMode) {
        return this.observe(dir, headers, chunks, trailers, sendHeaders, mode0, trailerSend());
      }

      if (fds) return await this.fullDuplex(dir, headers, chunks, trailers, sendHeaders);

      // -- headers
      if (sendHeaders) {
        this.send(member('headers'), { headers: wireHeaders(headers), end_of_stream: !hasBody && !hasTrailers });
        if (noWait && hasBody) {
          // 1.32 send_body_without_waiting_for_header_response: chunks go out before the headers reply.
          return await this.streamed(dir, headers, chunks, trailers, { preSent: true, coalesce, emptyFinalChunk });
        }
        const { value, msg } = await this.awaitReply(dir, member('headers'), true);
        const common = (value.response as Record<string, unknown> | undefined) ?? {};
        if (common.status === 'CONTINUE_AND_REPLACE' || common.status === 1) {
          headers = applyHeaderMutation(headers, common.header_mutation as Record<string, unknown>, {
            removeContentLength: false,
            statusOnError: this.statusOnError,
            events: this.events,
          }).filter(([k]) => k !== 'content-length');
          const bm = common.body_mutation as Record<string, unknown> | undefined;
          replacedBody = Buffer.isBuffer(bm?.body) ? (bm!.body as Buffer) : Buffer.alloc(0);
          if (dir === 'response') this.markResponseHeadersDownstream(headers);
          return { headers, body: replacedBody, ...(hasTrailers ? { trailers } : {}) };
        }
        this.applyModeOverride(msg);
        const removeCl = this.removesContentLength(dir, bodyModeNow(), headerMode) && hasBody;
        headers = applyHeaderMutation(headers, common.header_mutation as Record<string, unknown>, {
          removeContentLength: removeCl,
          statusOnError: this.statusOnError,
          events: this.events,
        });
      }
      out = { headers, body: Buffer.concat(chunks), ...(hasTrailers ? { trailers } : {}) };
      const mode = bodyModeNow();
      if (hasBody && this.removesContentLength(dir, mode, headerMode)) {
        out.headers = out.headers.filter(([k]) => k !== 'content-length');
      }
      const holdsHeaders = hasBody && (mode === 'BUFFERED' || mode === 'BUFFERED_PARTIAL');
      if (dir === 'response' && !holdsHeaders && mode !== 'STREAMED') this.markResponseHeadersDownstream(out.headers);

      // -- body
      if (hasBody && mode !== 'NONE') {
        if (mode === 'BUFFERED') out = await this.buffered(dir, out, chunks, hasTrailers, headerMode);
        else if (mode === 'BUFFERED_PARTIAL') out = await this.bufferedPartial(dir, out, chunks, hasTrailers);
        else if (mode === 'STREAMED') return await this.streamed(dir, out.headers, chunks, trailers, { preSent: false, coalesce, emptyFinalChunk });
        else if (mode === 'FULL_DUPLEX_STREAMED') throw new Error('mode_override to FULL_DUPLEX_STREAMED is not emulated');
      }
      if (dir === 'response') {
        this.markResponseHeadersDownstream(out.headers);
        this.partialDownstream?.body.push(out.body);
      }

      // -- trailers
      if (hasTrailers && trailerSend() && this.processing) {
        out.trailers = await this.trailersPhase(dir, trailers!);
      }
      return out;
    } catch (err) {
      if (err instanceof StopProcessing) {
        // Continue unmodified from here on: what was already applied stays.
        if (dir === 'response') this.markResponseHeadersDownstream(out.headers);
        return out;
      }
      throw err;
    }
  }

  private markResponseHeadersDownstream(headers: Header[]): void {
    if (this.responseHeadersDownstream) return;
    this.responseHeadersDownstream = true;
    this.partialDownstream = {
      status: Number(getHeader(headers, ':status') ?? 0),
      headers: headers.filter(([k]) => k !== ':status'),
      body: [],
    };
  }

  private removesContentLength(_dir: Dir, mode: BodyMode, headerMode: HeaderSendMode): boolean {
    return mode === 'STREAMED' || mode === 'BUFFERED_PARTIAL' || mode === 'FULL_DUPLEX_STREAMED' || (mode === 'BUFFERED' && headerMode === 'SKIP');
  }

  private async trailersPhase(dir: Dir, trailers: Header[]): Promise<Header[]> {
    this.send(`${dir}_trailers`, { trailers: wireHeaders(trailers) });
    const { value } = await this.awaitReply(dir, `${dir}_trailers`, true);
    return applyHeaderMutation(trailers, value.header_mutation as Record<string, unknown>, {
      removeContentLength: false,
      statusOnError: this.statusOnError,
      events: this.events,
    });
  }

  private bodyFromReply(value: Record<string, unknown>, original: Buffer): Buffer {
    const common = (value.response as Record<string, unknown> | undefined) ?? {};
    const bm = common.body_mutation as Record<string, unknown> | undefined;
    if (!bm) return original;
    if (bm.streamed_response !== undefined) {
      this.events.push('spurious');
      throw new LocalReply(this.statusOnError, 'spurious_message');
    }
    if (bm.clear_body === true) return Buffer.alloc(0);
    if (Buffer.isBuffer(bm.body)) return bm.body as Buffer;
    return original;
  }

  private async buffered(dir: Dir, out: Forwarded, chunks: Buffer[], hasTrailers: boolean, headerMode: HeaderSendMode): Promise<Forwarded> {
    const body = Buffer.concat(chunks);
    if (body.length > this.bufferLimit) {
      if (dir === 'request') throw new LocalReply(413, 'request_payload_too_large');
      if (this.responseHeadersDownstream) throw new ResetStream('response_payload_too_large');
      throw new LocalReply(500, 'response_payload_too_large');
    }
    this.send(`${dir}_body`, { body, end_of_stream: !hasTrailers });
    const { value } = await this.awaitReply(dir, `${dir}_body`, true);
    const common = (value.response as Record<string, unknown> | undefined) ?? {};
    // Headers are still held: the header mutation applies, before the body check (§3.7).
    let headers = applyHeaderMutation(out.headers, common.header_mutation as Record<string, unknown>, {
      removeContentLength: headerMode === 'SKIP',
      statusOnError: this.statusOnError,
      events: this.events,
    });
    const newBody = this.bodyFromReply(value, body);
    if (common.body_mutation !== undefined) {
      const cl = getHeader(headers, 'content-length');
      if (cl !== undefined && Number(cl) !== newBody.length) {
        this.events.push('invalid_mutation');
        throw new LocalReply(this.statusOnError, 'mismatch_between_content_length_and_the_length_of_the_mutated_body');
      }
    }
    if (headerMode === 'SKIP') headers = headers.filter(([k]) => k !== 'content-length');
    return { ...out, headers, body: newBody };
  }

  private async bufferedPartial(dir: Dir, out: Forwarded, chunks: Buffer[], hasTrailers: boolean): Promise<Forwarded> {
    // Buffer until end of stream or until the queue passes the limit; the rest flows unexamined.
    const held: Buffer[] = [];
    let size = 0;
    let i = 0;
    let hitLimit = false;
    for (; i < chunks.length; i++) {
      held.push(chunks[i]);
      size += chunks[i].length;
      if (size > this.bufferLimit) {
        hitLimit = true;
        i++;
        break;
      }
    }
    const heldBuf = Buffer.concat(held);
    const rest = Buffer.concat(chunks.slice(i));
    this.send(`${dir}_body`, { body: heldBuf, end_of_stream: !hitLimit && !hasTrailers });
    const { value } = await this.awaitReply(dir, `${dir}_body`, true);
    const common = (value.response as Record<string, unknown> | undefined) ?? {};
    const headers = applyHeaderMutation(out.headers, common.header_mutation as Record<string, unknown>, {
      removeContentLength: true,
      statusOnError: this.statusOnError,
      events: this.events,
    }).filter(([k]) => k !== 'content-length');
    const newBody = this.bodyFromReply(value, heldBuf);
    return { ...out, headers, body: Buffer.concat([newBody, rest]) };
  }

  /** STREAMED: pipelined chunks, 1:1 in-order replies, each applied to its own chunk only. */
  private async streamed(
    dir: Dir,
    headers0: Header[],
    chunks: Buffer[],
    trailers: Header[] | undefined,
    o: { preSent: boolean; coalesce: number; emptyFinalChunk: boolean },
  ): Promise<Forwarded> {
    let headers = headers0.filter(([k]) => k !== 'content-length');
    const hasTrailers = trailers !== undefined && trailers.length > 0;
    // Data that arrived before the headers reply is coalesced into one first chunk.
    const n = Math.max(1, Math.min(o.coalesce, chunks.length));
    const msgs: Buffer[] = [Buffer.concat(chunks.slice(0, n)), ...chunks.slice(n)];
    const sends: Array<{ body: Buffer; eos: boolean }> = msgs.map((b) => ({ body: b, eos: false }));
    if (!hasTrailers) {
      if (o.emptyFinalChunk) sends.push({ body: Buffer.alloc(0), eos: true });
      else sends[sends.length - 1].eos = true;
    }
    const member = `${dir}_body`;
    for (const s of sends) this.send(member, { body: s.body, end_of_stream: s.eos });
    if (o.preSent) {
      // The headers reply still comes first.
      const { value, msg } = await this.awaitReply(dir, `${dir}_headers`, true);
      void msg; // mode_override is ignored with send_body_without_waiting_for_header_response
      const common = (value.response as Record<string, unknown> | undefined) ?? {};
      headers = applyHeaderMutation(headers, common.header_mutation as Record<string, unknown>, {
        removeContentLength: true,
        statusOnError: this.statusOnError,
        events: this.events,
      });
    }
    if (dir === 'response') this.markResponseHeadersDownstream(headers);
    const forwarded: Buffer[] = [];
    let k = 0;
    try {
      for (; k < sends.length; k++) {
        const { value } = await this.awaitReply(dir, member, true);
        // A header_mutation in a STREAMED body reply is ignored (headers already forwarded).
        const b = this.bodyFromReply(value, sends[k].body);
        forwarded.push(b);
        if (dir === 'response') this.partialDownstream?.body.push(b);
      }
    } catch (err) {
      if (!(err instanceof StopProcessing)) throw err;
      // Queued chunks pass as they are.
      for (; k < sends.length; k++) {
        forwarded.push(sends[k].body);
        if (dir === 'response') this.partialDownstream?.body.push(sends[k].body);
      }
      return { headers, body: Buffer.concat(forwarded), ...(hasTrailers ? { trailers } : {}) };
    }
    let outTrailers = trailers;
    const trailerSend = (dir === 'request' ? this.modes.requestTrailer : this.modes.responseTrailer) === 'SEND';
    if (hasTrailers && trailerSend && this.processing) {
      try {
        outTrailers = await this.trailersPhase(dir, trailers!);
      } catch (err) {
        if (!(err instanceof StopProcessing)) throw err;
      }
    }
    return { headers, body: Buffer.concat(forwarded), ...(outTrailers ? { trailers: outTrailers } : {}) };
  }

  /** FULL_DUPLEX_STREAMED: send everything at once, then read M:N streamed_response replies. */
  private async fullDuplex(dir: Dir, headers0: Header[], chunks: Buffer[], trailers: Header[] | undefined, sendHeaders: boolean): Promise<Forwarded> {
    const hasTrailers = trailers !== undefined && trailers.length > 0;
    const hasBody = chunks.length > 0;
    let headers = headers0;
    if (sendHeaders) this.send(`${dir}_headers`, { headers: wireHeaders(headers), end_of_stream: !hasBody && !hasTrailers });
    chunks.forEach((c, i) => this.send(`${dir}_body`, { body: c, end_of_stream: !hasTrailers && i === chunks.length - 1 }));
    if (hasBody) this.fdsBodySent = true;
    if (hasTrailers) this.send(`${dir}_trailers`, { trailers: wireHeaders(trailers!) });
    if (sendHeaders) {
      const { value } = await this.awaitReply(dir, `${dir}_headers`, false);
      const common = (value.response as Record<string, unknown> | undefined) ?? {};
      headers = applyHeaderMutation(headers, common.header_mutation as Record<string, unknown>, {
        removeContentLength: true,
        statusOnError: this.statusOnError,
        events: this.events,
      });
    }
    headers = headers.filter(([k]) => k !== 'content-length');
    if (dir === 'response') this.markResponseHeadersDownstream(headers);
    const body: Buffer[] = [];
    let outTrailers = trailers;
    if (hasBody || hasTrailers) {
      let done = false;
      while (!done) {
        // Body replies and (with trailers) the trailers reply; no Envoy timer in FDS.
        const ev = await this.awaitReply(dir, hasTrailers ? [`${dir}_body`, `${dir}_trailers`] : [`${dir}_body`], false);
        if (ev.which === `${dir}_trailers`) {
          outTrailers = applyHeaderMutation(trailers!, ev.value.header_mutation as Record<string, unknown>, {
            removeContentLength: false,
            statusOnError: this.statusOnError,
            events: this.events,
          });
          done = true;
          break;
        }
        const common = (ev.value.response as Record<string, unknown> | undefined) ?? {};
        const sr = (common.body_mutation as Record<string, unknown> | undefined)?.streamed_response as
          | { body?: Buffer; end_of_stream?: boolean }
          | undefined;
        if (!sr) {
          // In FDS a body reply must be a streamed_response.
          this.events.push('spurious');
          throw new LocalReply(this.statusOnError, 'spurious_message');
        }
        const b = sr.body ?? Buffer.alloc(0);
        body.push(b);
        if (dir === 'response') this.partialDownstream?.body.push(b);
        if (sr.end_of_stream === true && !hasTrailers) done = true;
      }
    }
    return { headers, body: Buffer.concat(body), ...(outTrailers ? { trailers: outTrailers } : {}) };
  }

  /** Observability mode: send everything, wait for nothing, forward unmodified. */
  private observe(
    dir: Dir,
    headers: Header[],
    chunks: Buffer[],
    trailers: Header[] | undefined,
    sendHeaders: boolean,
    mode: BodyMode,
    trailerSend: boolean,
  ): Forwarded {
    const hasTrailers = trailers !== undefined && trailers.length > 0;
    if (sendHeaders) this.send(`${dir}_headers`, { headers: wireHeaders(headers), end_of_stream: chunks.length === 0 && !hasTrailers });
    if (mode === 'STREAMED') {
      chunks.forEach((c, i) => this.send(`${dir}_body`, { body: c, end_of_stream: !hasTrailers && i === chunks.length - 1 }));
    }
    if (hasTrailers && trailerSend) this.send(`${dir}_trailers`, { trailers: wireHeaders(trailers!) });
    const out = mode === 'STREAMED' ? headers.filter(([k]) => k !== 'content-length') : headers;
    if (dir === 'response') this.markResponseHeadersDownstream(out);
    return { headers: out, body: Buffer.concat(chunks), ...(hasTrailers ? { trailers } : {}) };
  }
}
