// One ext_proc stream = one HTTP exchange. Orchestrates parse -> detect -> decide -> mutate or deny
// -> record for both directions. Lifetime: created at the stream's first message with the policy that
// is live at that moment (a reload mid-stream does not affect it), dropped at close().
//
// Request bodies are evaluated whole: in STREAMED / FULL_DUPLEX_STREAMED modes chunks are held (each
// chunk reply carries an empty body) and the evaluated body is released with the final chunk, bounded
// by the rule's max_body_bytes. Response event streams are rewritten chunk by chunk through the stream
// engine (bounded hold-back); JSON responses are evaluated whole.
import { randomUUID } from 'node:crypto';
import { GuardError, isGuardError } from '../core/errors.ts';
import { ScanMemo, type ApiFormat, type DetectionContext, type Detector, type FailureKind, type Finding, type Identity, type ParsedBody, type RequestFacts, type Segment, type ToolCall } from '../core/types.ts';
import { applyEdits, removeArrayElements, type JsonDocument } from '../formats/json.ts';
import { detectFormat, parseRequestDocument, parseResponseDocument } from '../formats/registry.ts';
import { createAsyncStreamDecoder, decodeBody, type AsyncStreamDecoder } from '../formats/encoding.ts';
import { errorBody, streamErrorEvent } from '../formats/error-bodies.ts';
import { createStreamTransformer } from '../formats/stream.ts';
import type { ChannelInfo, ChannelRedactor, StreamTransformer, TextEdit } from '../formats/types.ts';
import { logger } from '../observability/logger.ts';
import { decisions as decisionsMetric, failOpen, redactions as redactionsMetric, shadowDisagreements } from '../observability/metrics.ts';
import { decide } from '../policy/decide.ts';
import type { CompiledPolicy, CompiledRule, PhaseDecision } from '../policy/types.ts';
import {
  approvalMessage, declarationPointers, evaluateToolCall, filterDeclarations, mcpToolDenied, createStreamToolGate,
  type ApprovalStore, type StreamToolGate,
} from '../tools/index.ts';
import type { ToolContext, ToolDecision } from '../tools/types.ts';
import type { AuditFinding, AuditPhase, AuditRecord, AuditSink, AuditToolCall } from '../audit/types.ts';
import type {
  BodyMode, CloseReason, DynamicMetadata, Exchange, ExchangeStart, HeaderList, PhaseName, PhaseResult,
} from './types.ts';
import { hasRot13Marker } from '../core/units.ts';
import { countFindings, redactionEdits, scanSegments, scanSegmentsAsync, scanUnits, type ScanFacts } from './scan.ts';
import type { BodyScanCache, ScanCache } from './scan-cache.ts';
import type { ScanPool } from './scan-pool.ts';
import { ExchangeRedactor, type SpanToRedact } from './redact.ts';
import { applyAllowList } from '../detectors/allow.ts';
import { holdPlan, placeholderHold, spanStrategy, type HoldPlan } from '../detectors/hold.ts';
import type { CompiledPhase } from '../policy/types.ts';
import type { PlaceholderVault } from '../redaction/index.ts';
import { captureContent, MAX_CAPTURE_CHARS } from './capture.ts';

/** Process-wide collaborators of every exchange. */
export interface ExchangeDeps {
  /** The live policy (read once per exchange). */
  currentPolicy(): CompiledPolicy;
  readonly audit: AuditSink;
  readonly approvals: ApprovalStore;
  /** Placeholder vault for reversible redaction (memory, or Redis shared by replicas). */
  readonly vault: PlaceholderVault;
  /** Hard cap on bytes held for one body, whatever the policy says. */
  readonly maxHeldBytes: number;
  /** SSE event size cap. */
  readonly maxEventBytes: number;
  /**
   * Time a buffered body's detectors may take before the scan stops and the policy's
   * detector_timeout action applies (kept below the server's per-message deadline). Default: none.
   */
  readonly scanBudgetMs?: number;
  /** Segment verdict cache shared by all exchanges (scan-cache.ts); absent = every segment is scanned. */
  readonly scanCache?: ScanCache;
  /** Detector worker pool for large buffered units (scan-pool.ts); absent = every unit inline. */
  readonly scanPool?: ScanPool;
}

const EMPTY = Buffer.alloc(0);
const METADATA_NS = 'llm_boundary';

type Enforced = 'allow' | 'redact' | 'deny';
const RANK: Record<Enforced, number> = { allow: 0, redact: 1, deny: 2 };

function headerMap(headers: HeaderList): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, v] of headers) {
    const key = k.toLowerCase();
    const prev = m.get(key);
    m.set(key, prev === undefined ? v : `${prev},${v}`);
  }
  return m;
}

function mediaType(contentType: string): string {
  const semi = contentType.indexOf(';');
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}

type BodyKind = 'json' | 'sse' | 'text' | 'none' | 'unknown';

function bodyKind(contentType: string): BodyKind {
  const mt = mediaType(contentType);
  if (mt === '') return 'none';
  if (mt === 'text/event-stream') return 'sse';
  if (mt === 'application/json' || mt.endsWith('+json') || mt === 'application/json-rpc') return 'json';
  if (mt.startsWith('text/')) return 'text';
  return 'unknown';
}

const SUPPORTED_ENCODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

function encodingOf(headers: Map<string, string>): string {
  const v = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  return v === 'identity' ? '' : v;
}

interface Direction {
  headers?: Map<string, string>;
  kind: BodyKind;
  encoding: string;
  chunks: Buffer[];
  size: number;
  done: boolean;
  started: number;
  latencyMs: number;
  decision?: PhaseDecision;
  /** Pass the rest of this direction through untouched (a counted fail-open). */
  passThrough: boolean;
}

function newDirection(): Direction {
  return { kind: 'none', encoding: '', chunks: [], size: 0, done: false, started: 0, latencyMs: 0, passThrough: false };
}

/** Stream hold plans per compiled response phase (detectors run synchronously by the stream redactor). */
const HOLD_PLANS = new WeakMap<CompiledPhase, HoldPlan>();

function holdPlanOf(phase: CompiledPhase, systemPrompts: readonly string[]): HoldPlan {
  const sync = phase.detectors.filter((d) => d.scanAsync === undefined);
  if (sync.some((d) => d.holdFor !== undefined)) {
    // Detectors whose longest match depends on the request (Detector.holdFor): a plan per stream.
    const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts };
    return holdPlan(sync.map((d) => (d.holdFor === undefined ? d : withSpan(d, d.holdFor(ctx), d.holdTextFor?.(ctx)))));
  }
  let plan = HOLD_PLANS.get(phase);
  if (plan === undefined) {
    plan = holdPlan(sync);
    HOLD_PLANS.set(phase, plan);
  }
  return plan;
}

/**
 * `d` as this stream holds it, given its span here (Detector.holdFor): nothing when 0, else the span
 * strategy (hold.ts) for that span, which also holds trailing encoded text for the decoded views, and
 * the detector's own text-level hold point when it has one (Detector.holdTextFor).
 */
function withSpan(d: Detector, span: number, extra?: (text: string) => number): Detector {
  const out = Object.create(d) as Detector;
  if (span <= 0) {
    Object.defineProperty(out, 'maxMatchLength', { value: 0, enumerable: true });
    return out;
  }
  const s = spanStrategy(Math.min(span, d.maxMatchLength), extra);
  Object.defineProperty(out, 'holdFrom', { value: (w: string): number => s.hold(w), enumerable: false });
  Object.defineProperty(out, 'holdLag', { value: s.lag, enumerable: false });
  return out;
}

export class PipelineExchange implements Exchange {
  readonly decisionId: string;
  private readonly deps: ExchangeDeps;
  private readonly start: ExchangeStart;
  private readonly policy: CompiledPolicy;
  private readonly startedAt = new Date();
  private rule?: CompiledRule;
  private shadowRule?: CompiledRule;
  private facts?: RequestFacts;
  private identity: Identity = { source: 'none', roles: [] };
  private requestId?: string;
  private format?: ApiFormat;
  private model?: string;
  private requestParsed?: ParsedBody;
  /** Whether a text of the request names rot13 (responseFacts), once asked. */
  private rot13Asked?: boolean;
  private readonly req: Direction = newDirection();
  private readonly res: Direction = newDirection();
  private status = 0;
  /** Body mode of the last request body message. */
  private reqMode: BodyMode | undefined;
  /** Body mode of the last response body message (decides whether headers already went downstream). */
  private resMode: BodyMode | undefined;
  private stream?: StreamTransformer;
  private streamGate?: StreamToolGate;
  private decoder?: AsyncStreamDecoder;
  private streamBlocked = false;
  private streamFindings = new Map<string, Finding & { where: string; action: string }>();
  private redactor: ExchangeRedactor;
  private readonly phases: AuditPhase[] = [];
  private readonly auditFindings: AuditFinding[] = [];
  private readonly toolRecords: AuditToolCall[] = [];
  private readonly failOpenReasons: string[] = [];
  private final: Enforced = 'allow';
  private shadowFinal: Enforced = 'allow';
  private shadowReasons: string[] = [];
  private tainted = false;
  private toolCalls = 0;
  private closed = false;
  private content: { request?: string; response?: string } = {};
  /**
   * Released stream bytes kept for audit capture (bounded by MAX_CAPTURE_CHARS), copied into one buffer
   * of this exchange: keeping the released Buffers themselves would keep alive the shared allocation
   * slabs they are cut from, and one object per release for every scavenge to copy.
   */
  private streamCapture: Buffer | null = null;
  private streamCaptureBytes = 0;

  constructor(deps: ExchangeDeps, start: ExchangeStart) {
    this.deps = deps;
    this.start = start;
    this.policy = deps.currentPolicy();
    this.decisionId = randomUUID();
    this.redactor = new ExchangeRedactor(this.policy.hmacKey, deps.vault, this.decisionId);
  }

  /** The request-phase decision once made (for `policy test` and tests). */
  get requestDecision(): PhaseDecision | undefined {
    return this.req.decision;
  }

  get responseDecision(): PhaseDecision | undefined {
    return this.res.decision;
  }

  // ---------------------------------------------------------------- request direction

  async requestHeaders(headers: HeaderList, endOfStream: boolean): Promise<PhaseResult> {
    const h = headerMap(headers);
    this.req.headers = h;
    this.req.started = performance.now();
    this.requestId = h.get('x-request-id');
    this.identity = this.policy.resolveIdentity({ headers: h, metadata: this.start.metadata, peerPrincipal: this.start.peerPrincipal });
    this.facts = {
      host: h.get(':authority') ?? h.get('host') ?? '',
      path: h.get(':path') ?? '/',
      method: (h.get(':method') ?? 'GET').toUpperCase(),
      headers: h,
      identity: this.identity,
    };
    const rule = this.policy.select(this.facts);
    this.rule = rule;
    // Placeholders are scoped to the caller when known (stable pseudonyms across turns), else to this exchange.
    if (this.identity.principal !== undefined) {
      this.redactor = new ExchangeRedactor(this.policy.hmacKey, this.deps.vault, `${this.identity.tenant ?? ''}|${this.identity.principal}`);
    }
    if (this.policy.shadow) this.shadowRule = this.policy.shadow.select(this.facts);
    this.req.kind = bodyKind(h.get('content-type') ?? '');
    this.req.encoding = encodingOf(h);

    // Admission: with a fail-closed audit policy, no audit means no inference.
    if (!this.deps.audit.healthy()) {
      const d = this.failureDecision('request', ['audit_unavailable']);
      if (d.enforced === 'deny') return this.denyRequest(d, 503, 'audit_unavailable', 'the audit store is unavailable');
    }
    const remove = ['accept-encoding'];
    if (endOfStream) {
      // Headers-only request: nothing to scan.
      this.finishRequest(this.decisionOf('request', []), EMPTY);
    }
    return { kind: 'continue', headers: { remove } };
  }

  async requestBody(chunk: Buffer, endOfStream: boolean, mode: BodyMode): Promise<PhaseResult> {
    if (this.rule === undefined) throw new GuardError('protocol_error', 'request body before request headers');
    if (this.req.done || this.req.passThrough) return { kind: 'continue' };
    const streaming = mode === 'STREAMED' || mode === 'FULL_DUPLEX_STREAMED';
    this.reqMode = mode;
    const limit = Math.min(this.rule.budgets.maxBodyBytes, this.deps.maxHeldBytes);
    this.req.size += chunk.length;
    if (chunk.length > 0) this.req.chunks.push(chunk);
    if (this.req.size > limit) {
      const d = this.failureDecision('request', ['oversized_body'], { bodyBytes: this.req.size });
      this.req.done = true;
      if (d.enforced === 'deny') return this.denyRequest(d, 413, 'body_too_large', 'request body exceeds the configured limit');
      // Fail-open: release what was held and let the rest through unscanned.
      this.req.passThrough = true;
      const held = Buffer.concat(this.req.chunks);
      this.req.chunks = [];
      this.finishRequest(d, EMPTY);
      return streaming ? { kind: 'continue', body: held } : { kind: 'continue' };
    }
    if (!endOfStream && streaming) return { kind: 'continue', body: EMPTY };
    const partial = !endOfStream && mode === 'BUFFERED_PARTIAL';
    const body = this.req.chunks.length === 1 ? this.req.chunks[0] : Buffer.concat(this.req.chunks);
    this.req.chunks = [];
    this.req.done = true;
    const out = await this.evaluateRequestBody(body, partial);
    if (out.kind !== 'continue') return out;
    if (streaming) return { ...out, body: out.body ?? body, headers: undefined };
    return out;
  }

  async requestTrailers(_trailers: HeaderList): Promise<PhaseResult> {
    // A BUFFERED body followed by trailers arrived with end_of_stream=false and was evaluated then.
    // A held STREAMED / FDS body is evaluated now: FDS can still release it (the server sends it
    // before the trailers reply); STREAMED cannot, because every chunk reply has gone, so the request
    // is refused with a clear reason rather than forwarded unscanned or silently emptied.
    if (this.rule === undefined || this.req.done || this.req.chunks.length === 0) return { kind: 'continue' };
    const body = Buffer.concat(this.req.chunks);
    this.req.chunks = [];
    this.req.done = true;
    const out = await this.evaluateRequestBody(body, false);
    if (out.kind !== 'continue') return out;
    if (this.reqMode === 'FULL_DUPLEX_STREAMED') return { kind: 'continue', body: out.body ?? body, metadata: out.metadata };
    return this.localReply(400, errorBody(this.format ?? this.guessFormat(), 400, 'unsupported_trailers',
      'request trailers after a STREAMED body are not supported; configure BUFFERED or FULL_DUPLEX_STREAMED'), 'unsupported_trailers');
  }

  private async evaluateRequestBody(raw: Buffer, partial: boolean): Promise<PhaseResult> {
    const rule = this.rule!;
    const failures: FailureKind[] = [];
    if (partial) failures.push('partial_body');
    let body = raw;
    let decoded = false;
    if (this.req.encoding !== '') {
      if (SUPPORTED_ENCODINGS.has(this.req.encoding)) {
        try {
          body = decodeBody(raw, this.req.encoding, this.deps.maxHeldBytes);
          decoded = true;
        } catch (err) {
          failures.push(isGuardError(err) && err.code === 'body_too_large' ? 'oversized_body' : 'compressed_body');
        }
      } else {
        failures.push('compressed_body');
      }
    }
    let parsed: ParsedBody | undefined;
    let doc: JsonDocument | undefined; // positions in `body`, for the edits below (not kept past this call)
    if (failures.length === 0 && body.length > 0) {
      const kind = this.req.kind;
      if (kind === 'unknown' || kind === 'sse') failures.push('unknown_content_type');
      else {
        try {
          ({ parsed, doc } = parseRequestDocument(body, this.formatContext(this.req.headers!)));
        } catch (err) {
          failures.push(this.failureKindOf(err));
        }
      }
    }
    this.requestParsed = parsed;
    this.format = parsed?.format ?? this.format;
    this.model = parsed?.model;
    const segments = parsed?.segments ?? [];
    const requestFacts: ScanFacts = { systemPrompts: this.requestSystemPrompts(rule.request) };
    const scan = await scanSegmentsAsync(rule.request, segments, 'request', requestFacts, this.scanDeadline(), this.bodyCache(rule.request, 'request', requestFacts), this.deps.scanPool ?? null);
    if (scan.failedDetectors.length > 0) failures.push('internal_error');
    if ((scan.timedOut?.length ?? 0) > 0) failures.push('detector_timeout');
    this.tainted = this.isTainted(rule, scan.perSegment, segments);

    // Tool governance on the request: strip declarations the caller may not use; gate MCP tools/call.
    const toolCtx = this.toolContext();
    let strip: string[] = [];
    const toolDecisions: ToolDecision[] = [];
    let denyCall: { call: ToolCall; decision: ToolDecision } | undefined;
    if (parsed !== undefined && rule.tools.enabled) {
      strip = filterDeclarations(rule.tools, parsed.toolDeclarations, toolCtx);
      for (const call of parsed.toolCalls) {
        if (call.api !== 'mcp') continue; // assistant history replays calls that already happened
        const d = await evaluateToolCall(rule.tools, call, { ...toolCtx, callsSoFar: this.toolCalls }, this.deps.approvals);
        this.toolCalls++;
        toolDecisions.push(d);
        this.recordTool(d);
        if (d.action !== 'allow' && denyCall === undefined) denyCall = { call, decision: d };
      }
    }
    const decision = decide(rule, 'request', scan.perSegment, segments, {
      failures,
      budgets: { bodyBytes: body.length, messageCount: parsed?.messageCount },
      tools: toolDecisions,
    });
    this.countFailOpen(failures);
    countFindings('request', rule.request, scan.perSegment, segments);
    this.recordFindings('request', scan.perSegment, segments);
    this.shadowRequest(segments, scan.perSegment, failures, body.length, parsed, toolDecisions);

    if (decision.enforced === 'deny') {
      this.finishRequest(decision, body);
      if (denyCall !== undefined && this.format === 'mcp' && decision.reasons.every((r) => r.startsWith('tool:'))) {
        // MCP clients expect a JSON-RPC error, not an HTTP error.
        const rpc = Buffer.from(JSON.stringify(mcpToolDenied(denyCall.call.rpcId ?? null, denyCall.decision)));
        return this.localReply(200, rpc, 'tool_denied');
      }
      const toolText = denyCall !== undefined ? approvalMessage(denyCall.decision) : undefined;
      return this.denyResponse(decision, decision.denyStatus ?? rule.denyStatus, toolText);
    }

    // Mutations: redactions (enforce mode only) and tool stripping.
    let out = body;
    let changed = decoded;
    if (parsed !== undefined && decision.enforced === 'redact') {
      const edits = await redactionEdits(decision, segments, this.redactor, 'request');
      if (edits.length > 0) {
        out = applyEdits(out, edits, doc);
        changed = true;
      }
    }
    if (parsed !== undefined && strip.length > 0 && rule.mode === 'enforce') {
      const pointers = declarationPointers(parsed.toolDeclarations, strip);
      if (pointers.length > 0) {
        out = removeArrayElements(out, pointers, out === body ? doc : undefined);
        changed = true;
      }
    }
    if (changed && this.start.source === 'ext_authz' && this.start.mutationsDeferred === true) {
      // ext_proc after us on this route redacts the body; record what it will do and allow.
      this.finishRequest({ ...decision, reasons: [...decision.reasons, 'ext_authz:deferred_to_ext_proc'] }, body);
      return { kind: 'continue', metadata: this.metadata() };
    }
    if (changed && this.start.source === 'ext_authz') {
      // ext_authz cannot rewrite a body: forwarding it unredacted would break the policy, so the
      // request is denied (fail closed) and the record says why.
      const escalated: PhaseDecision = {
        ...decision,
        action: 'deny',
        enforced: 'deny',
        reasons: [...decision.reasons, 'ext_authz:redaction_unavailable'],
      };
      this.finishRequest(escalated, body);
      const status = rule.denyStatus;
      return this.localReply(status, errorBody(this.format ?? this.guessFormat(), status, 'redaction_unavailable', 'request content must be redacted, which the ext_authz path cannot do'), 'redaction_unavailable');
    }
    this.finishRequest(decision, body, out);
    const metadata = this.metadata();
    if (!changed) return { kind: 'continue', metadata };
    const set: [string, string][] = [['content-length', String(out.length)]];
    return {
      kind: 'continue',
      body: out,
      headers: { set, remove: decoded ? ['content-encoding'] : undefined },
      metadata,
    };
  }

  private finishRequest(decision: PhaseDecision, original: Buffer, forwarded?: Buffer): void {
    this.req.decision = decision;
    this.req.done = true;
    this.req.latencyMs = performance.now() - this.req.started;
    this.recordPhase('request', decision, this.req.latencyMs);
    if (original.length > 0) this.content.request = captureContent(this.rule!.auditCapture, original, forwarded);
  }

  // ---------------------------------------------------------------- response direction

  async responseHeaders(headers: HeaderList, endOfStream: boolean): Promise<PhaseResult> {
    const rule = this.ensureRule();
    const h = headerMap(headers);
    this.res.headers = h;
    this.res.started = performance.now();
    this.status = Number(h.get(':status') ?? '0');
    this.res.kind = bodyKind(h.get('content-type') ?? '');
    this.res.encoding = encodingOf(h);
    const set: [string, string][] = [[this.policy.decisionHeader, this.decisionId]];
    const monitor = this.monitorHeader();
    if (monitor !== undefined) set.push([`${this.policy.decisionHeader}-monitor`, monitor]);
    const remove: string[] = [];

    if (endOfStream) {
      this.finishResponse(this.decisionOf('response', []), EMPTY);
      return { kind: 'continue', headers: { set }, metadata: this.metadata() };
    }
    const failures: FailureKind[] = [];
    if (this.res.encoding !== '') {
      if (SUPPORTED_ENCODINGS.has(this.res.encoding)) {
        this.decoder = createAsyncStreamDecoder(this.res.encoding, this.deps.maxHeldBytes);
        remove.push('content-encoding', 'content-length');
      } else failures.push('compressed_body');
    }
    if (this.res.kind === 'unknown' || this.res.kind === 'none') failures.push('unknown_content_type');
    if (failures.length > 0) {
      const d = this.failureDecision('response', failures);
      if (d.enforced === 'deny') return this.denyResponse(d, 502, undefined);
      this.res.passThrough = true;
      this.finishResponse(d);
      return { kind: 'continue', headers: { set }, responseBodyMode: 'NONE', metadata: this.metadata() };
    }
    let responseBodyMode: 'STREAMED' | 'BUFFERED';
    if (this.res.kind === 'sse') {
      responseBodyMode = 'STREAMED';
      remove.push('content-length');
      await this.openStream(rule);
    } else {
      responseBodyMode = 'BUFFERED';
    }
    return { kind: 'continue', headers: { set, remove }, responseBodyMode, metadata: this.metadata() };
  }

  responseBody(chunk: Buffer, endOfStream: boolean, mode: BodyMode): PhaseResult | Promise<PhaseResult> {
    // Per-chunk fast path of a streamed (uncompressed) event stream: synchronous, so the server gets a
    // plain result instead of an async function's promise (the same steps as below, minus the awaits).
    const rule = this.rule;
    if (rule !== undefined && this.stream !== undefined && this.decoder === undefined && !this.res.passThrough && !this.res.done) {
      this.resMode = mode;
      return this.streamChunk(chunk, endOfStream || mode === 'BUFFERED', mode === 'STREAMED' || mode === 'FULL_DUPLEX_STREAMED', rule);
    }
    return this.responseBodyAsync(chunk, endOfStream, mode);
  }

  private async responseBodyAsync(chunk: Buffer, endOfStream: boolean, mode: BodyMode): Promise<PhaseResult> {
    const rule = this.ensureRule();
    if (this.res.passThrough) return { kind: 'continue' };
    if (this.res.done) return { kind: 'continue', body: EMPTY };
    // Envoy holds response headers until the body reply in BUFFERED and BUFFERED_PARTIAL modes only.
    this.resMode = mode;
    const headersSent = mode === 'STREAMED' || mode === 'FULL_DUPLEX_STREAMED';
    // A BUFFERED body is always the whole body: end_of_stream is false only because trailers follow.
    const complete = endOfStream || mode === 'BUFFERED';
    let data = chunk;
    try {
      if (this.decoder !== undefined) {
        data = await this.decoder.push(chunk);
        if (complete) data = Buffer.concat([data, await this.decoder.end()]);
      }
    } catch (err) {
      return this.responseFailure(this.failureKindOf(err), headersSent);
    }
    if (this.stream !== undefined) return this.streamChunk(data, complete, headersSent, rule);

    this.res.size += data.length;
    if (this.res.size > Math.min(rule.budgets.maxBodyBytes, this.deps.maxHeldBytes)) {
      return this.responseFailure('oversized_body', headersSent);
    }
    if (data.length > 0) this.res.chunks.push(data);
    if (!complete) {
      if (mode === 'BUFFERED_PARTIAL') return this.responseFailure('partial_body', headersSent);
      return { kind: 'continue', body: EMPTY };
    }
    const body = Buffer.concat(this.res.chunks);
    this.res.chunks = [];
    return this.evaluateResponseBody(body, headersSent, this.decoder !== undefined);
  }

  /**
   * Trailers after a STREAMED / FULL_DUPLEX_STREAMED body: its last chunk came with end_of_stream
   * false, so held text (or a held JSON body) is evaluated now. FDS can still release it before the
   * trailers reply; in STREAMED every chunk reply has gone, so undeliverable held bytes end the stream
   * with a reset (fail closed) instead of silently truncating it.
   */
  async responseTrailers(_trailers: HeaderList): Promise<PhaseResult> {
    if (this.rule === undefined || this.res.done || this.res.passThrough) return { kind: 'continue' };
    let out: PhaseResult;
    try {
      const tail = this.decoder !== undefined ? await this.decoder.end() : EMPTY;
      if (this.stream !== undefined) {
        out = await this.streamChunk(tail, true, true, this.rule);
      } else {
        if (tail.length > 0) this.res.chunks.push(tail);
        if (this.res.chunks.length === 0) return { kind: 'continue' };
        const body = Buffer.concat(this.res.chunks);
        this.res.chunks = [];
        out = await this.evaluateResponseBody(body, true, this.decoder !== undefined);
      }
    } catch (err) {
      return this.responseFailure(this.failureKindOf(err), true);
    }
    if (out.kind !== 'continue' || out.body === undefined || out.body.length === 0) {
      return out.kind === 'continue' ? { kind: 'continue', metadata: out.metadata } : out;
    }
    if (this.resMode === 'FULL_DUPLEX_STREAMED') return { kind: 'continue', body: out.body, metadata: out.metadata };
    return { kind: 'reset', details: 'llm_boundary_trailers_after_held_body' };
  }

  private async openStream(rule: CompiledRule): Promise<void> {
    const format = this.responseFormat();
    if (rule.tools.enabled) {
      this.streamGate = await createStreamToolGate(rule.tools, { ...this.toolContext(), callsSoFar: this.toolCalls }, this.deps.approvals);
    }
    // Hold only what can still change (src/detectors/hold.ts): the detectors' hold points, and a
    // placeholder of this exchange that the window end may have cut.
    const plan = holdPlanOf(rule.response, this.systemPrompts());
    const longest = this.redactor.placeholderHoldBack();
    this.stream = createStreamTransformer({
      format,
      holdBack: Math.max(rule.response.holdBack, longest),
      // MCP tool results (untrusted) also run whole-segment classifiers: those keep the fixed hold.
      holdFrom: (text, channel) => (channel.kind === 'tool_result' ? 0 : Math.min(plan.hold(text), placeholderHold(text, longest))),
      holdLag: plan.lag,
      maxEventBytes: this.deps.maxEventBytes,
      redact: this.channelRedactor(rule),
      toolGate: this.streamGate?.gate,
      onBlock: rule.streamBlock,
      toolsListFilter: rule.tools.enabled && rule.mode === 'enforce'
        ? (names) => filterDeclarations(rule.tools, names.map((name) => ({ name, pointer: '' })), this.toolContext())
        : undefined,
    });
  }

  private captureStream(bytes: Buffer): void {
    if (this.rule!.auditCapture === 'none' || bytes.length === 0 || this.streamCaptureBytes > MAX_CAPTURE_CHARS) return;
    const used = this.streamCaptureBytes;
    const need = used + bytes.length;
    let buf = this.streamCapture;
    if (buf === null || buf.length < need) {
      const grown = Buffer.allocUnsafeSlow(Math.max(need, (buf?.length ?? 512) * 2));
      if (buf !== null) buf.copy(grown, 0, 0, used);
      this.streamCapture = buf = grown;
    }
    bytes.copy(buf, used);
    this.streamCaptureBytes = need;
  }

  private streamChunk(data: Buffer, endOfStream: boolean, headersSent: boolean, rule: CompiledRule): PhaseResult | Promise<PhaseResult> {
    const stream = this.stream!;
    let bytes: Buffer;
    let blocked: { reason: string; reset: boolean } | undefined;
    try {
      const a = stream.push(data);
      blocked = a.blocked;
      bytes = a.bytes;
      if (endOfStream && blocked === undefined) {
        const b = stream.end();
        blocked = b.blocked;
        bytes = bytes.length === 0 ? b.bytes : Buffer.concat([bytes, b.bytes]);
      }
    } catch (err) {
      return this.responseFailure(this.failureKindOf(err), headersSent);
    }
    this.captureStream(bytes);
    if (blocked !== undefined) {
      this.streamBlocked = true;
      this.res.done = true;
      const reason = blocked.reason;
      const d = this.streamDecision(rule, 'deny', reason);
      this.finishResponse(d);
      if (d.enforced === 'deny') {
        if (blocked.reset) return { kind: 'reset', details: 'llm_boundary_stream_blocked' };
        return { kind: 'continue', body: bytes, metadata: this.metadata() };
      }
    }
    if (endOfStream && !this.res.done) {
      this.res.done = true;
      const action = this.streamFindings.size > 0 && [...this.streamFindings.values()].some((f) => f.action === 'redact') ? 'redact' : 'allow';
      this.finishResponse(this.streamDecision(rule, action, undefined));
      // The decision is known only now: send it to Envoy's dynamic metadata with the last chunk.
      return this.settleGate().then(() => ({ kind: 'continue' as const, body: bytes, metadata: this.metadata() }));
    }
    return { kind: 'continue', body: bytes };
  }

  private async settleGate(): Promise<void> {
    if (this.streamGate === undefined) return;
    await this.streamGate.settle();
    for (const d of this.streamGate.decisions) this.recordTool(d);
  }

  private channelRedactor(rule: CompiledRule): ChannelRedactor {
    const phase = rule.response;
    const { systemPrompts, rot13: rot13Asked } = this.responseFacts();
    const spanwise = phase.detectors.filter((d) => d.spanwise && d.scanAsync === undefined);
    // Untrusted channels (MCP tool results) arrive as whole messages, so whole-segment classifiers
    // (indirect injection) can judge them too; a non-span finding can only flag or block.
    const everything = phase.detectors.filter((d) => d.scanAsync === undefined);
    const wholeSegment = new Set(phase.detectors.filter((d) => !d.spanwise).map((d) => d.id));
    const kindFor = (c: ChannelInfo): Segment['kind'] =>
      c.kind === 'tool_call_arguments' || c.kind === 'reasoning' || c.kind === 'tool_result' ? c.kind : 'output_text';
    // The held text of a stream is re-scanned as it grows: detectors may remember answers across those
    // scans (phone verdicts), within this exchange only.
    const memo = new ScanMemo();
    return (text: string, channel: ChannelInfo) => {
      // MCP tool results streamed back to an agent are untrusted content, like tool results in requests.
      const untrusted = channel.kind === 'tool_result';
      const seg = { role: untrusted ? 'tool' as const : 'assistant' as const, kind: kindFor(channel), untrusted };
      // rot13: the request named it, or this channel's text so far did (a window may start after the marker).
      const ctx: DetectionContext = {
        ...seg, direction: 'response', systemPrompts, memo,
        ...(channel.midLine === true ? { midLine: true } : {}), ...(channel.offset !== undefined && channel.offset > 0 ? { midText: true } : {}),
        ...(rot13Asked === true || channel.rot13 === true ? { rot13: true } : {}),
      };
      let found: Finding[] = [];
      for (const d of untrusted ? everything : spanwise) {
        for (const f of d.scan(text, ctx)) found.push(f);
      }
      const extents = found;
      found = applyAllowList(found, () => true);
      const spans: SpanToRedact[] = [];
      let block: string | undefined;
      for (const f of found) {
        const fr = phase.ruleFor(f, seg);
        if (fr === null) continue;
        // The engine re-scans overlapping windows of a channel: one entity is one finding, keyed by
        // its start in whole-channel coordinates (its end may still grow while it is held back).
        const at = (channel.offset ?? 0) + f.start;
        this.streamFindings.set(`${channel.id}|${f.type}|${at}`, { ...f, start: at, end: (channel.offset ?? 0) + f.end, where: channel.id, action: fr.action });
        if (rule.mode !== 'enforce') continue;
        if (fr.action === 'deny' || (fr.action === 'redact' && wholeSegment.has(f.detector))) block = `finding:${f.type}`;
        else if (fr.action === 'redact') spans.push({ start: f.start, end: f.end, type: f.type, style: fr.style, keep: f.keep });
      }
      const edits = this.redactor.spansSync(text, spans);
      const restored = this.redactor.restoreEdits(text, edits);
      return { edits: restored, block, findings: extents };
    };
  }

  private async evaluateResponseBody(body: Buffer, headersSent: boolean, decoded: boolean): Promise<PhaseResult> {
    const rule = this.rule!;
    const failures: FailureKind[] = [];
    let parsed: ParsedBody | undefined;
    let doc: JsonDocument | undefined; // positions in `body`, for the edits below (not kept past this call)
    if (body.length > 0) {
      try {
        ({ parsed, doc } = parseResponseDocument(body, this.formatContext(this.res.headers!), this.responseFormat()));
      } catch (err) {
        failures.push(this.failureKindOf(err));
      }
    }
    const segments = parsed?.segments ?? [];
    const facts = this.responseFacts();
    const scan = await scanSegmentsAsync(rule.response, segments, 'response', facts, this.scanDeadline(), this.bodyCache(rule.response, 'response', facts), this.deps.scanPool ?? null);
    if (scan.failedDetectors.length > 0) failures.push('internal_error');
    if ((scan.timedOut?.length ?? 0) > 0) failures.push('detector_timeout');

    // Tool calls the model emitted, and MCP tools/list results.
    const toolDecisions: ToolDecision[] = [];
    let blockedCall: ToolDecision | undefined;
    let strip: string[] = [];
    if (parsed !== undefined && rule.tools.enabled) {
      for (const call of parsed.toolCalls) {
        const d = await evaluateToolCall(rule.tools, call, { ...this.toolContext(), callsSoFar: this.toolCalls }, this.deps.approvals);
        this.toolCalls++;
        toolDecisions.push(d);
        this.recordTool(d);
        if (d.action !== 'allow' && blockedCall === undefined) blockedCall = d;
      }
      if (parsed.format === 'mcp' && rule.mode === 'enforce') strip = filterDeclarations(rule.tools, parsed.toolDeclarations, this.toolContext());
    }
    const decision = decide(rule, 'response', scan.perSegment, segments, { failures, budgets: { bodyBytes: body.length }, tools: toolDecisions });
    this.countFailOpen(failures);
    countFindings('response', rule.response, scan.perSegment, segments);
    this.recordFindings('response', scan.perSegment, segments);
    this.shadowResponse(segments, scan.perSegment, failures, body.length, toolDecisions);
    this.res.done = true;

    if (decision.enforced === 'deny') {
      this.finishResponse(decision, body);
      const message = blockedCall !== undefined ? approvalMessage(blockedCall) : undefined;
      if (headersSent) {
        if (rule.streamBlock === 'reset') return { kind: 'reset', details: 'llm_boundary_response_blocked' };
        return { kind: 'continue', body: errorBody(this.responseFormat(), 403, 'policy_violation', message ?? 'response blocked by policy') };
      }
      return this.denyResponse(decision, decision.denyStatus ?? rule.denyStatus, message);
    }
    let out = body;
    let changed = decoded;
    if (parsed !== undefined) {
      const edits: TextEdit[] = decision.enforced === 'redact' ? await redactionEdits(decision, segments, this.redactor, 'response') : [];
      // Restore reversible placeholders the request phase created (after detection, so restored
      // values are the caller's own).
      for (const e of this.redactor.restoreSegmentEdits(segments, edits)) edits.push(e);
      if (edits.length > 0) {
        out = applyEdits(out, edits, doc);
        changed = true;
      }
      if (strip.length > 0) {
        const pointers = declarationPointers(parsed.toolDeclarations, strip);
        if (pointers.length > 0) {
          out = removeArrayElements(out, pointers, out === body ? doc : undefined);
          changed = true;
        }
      }
    }
    this.finishResponse(decision, body, out);
    if (!changed) return { kind: 'continue', metadata: this.metadata() };
    return {
      kind: 'continue',
      body: out,
      headers: headersSent ? undefined : { set: [['content-length', String(out.length)]] },
      metadata: this.metadata(),
    };
  }

  private responseFailure(kind: FailureKind, headersSent: boolean): PhaseResult {
    const d = this.failureDecision('response', [kind]);
    this.res.done = true;
    this.finishResponse(d);
    if (d.enforced === 'deny') {
      if (headersSent) {
        if (this.stream !== undefined && this.rule!.streamBlock === 'error_event') {
          return { kind: 'continue', body: streamErrorEvent(this.responseFormat(), 'response could not be scanned') };
        }
        return { kind: 'reset', details: `llm_boundary_${kind}` };
      }
      return this.denyResponse(d, 502, 'the upstream response could not be scanned');
    }
    // Fail-open: the rest passes unscanned (counted in failureDecision).
    this.res.passThrough = true;
    const held = Buffer.concat(this.res.chunks);
    this.res.chunks = [];
    return { kind: 'continue', body: held };
  }

  private finishResponse(decision: PhaseDecision, original: Buffer = EMPTY, forwarded?: Buffer): void {
    if (this.res.decision !== undefined) return;
    this.res.decision = decision;
    this.res.latencyMs = performance.now() - this.res.started;
    this.recordPhase('response', decision, this.res.latencyMs);
    if (original.length > 0) this.content.response = captureContent(this.rule!.auditCapture, original, forwarded);
  }

  /** The decision for a stream, built from the findings the channel redactor saw. */
  private streamDecision(rule: CompiledRule, action: Enforced, blockReason: string | undefined): PhaseDecision {
    const flagged = [...this.streamFindings.values()];
    const byLevel = { deny: new Set<string>(), redact: new Set<string>(), flag: new Set<string>() };
    if (blockReason !== undefined) byLevel.deny.add(blockReason);
    for (const f of flagged) {
      const level = f.action === 'deny' ? 'deny' : f.action === 'redact' ? 'redact' : 'flag';
      byLevel[level].add(`finding:${f.type}`);
      if (f.action === 'redact' && rule.mode === 'enforce') redactionsMetric.inc({ phase: 'response', type: f.type });
      this.auditFindings.push({ phase: 'response', detector: f.detector, type: f.type, where: f.where, start: f.start, end: f.end, score: f.score, action: f.action });
    }
    for (const d of this.streamGate?.decisions ?? []) if (d.action !== 'allow') byLevel.deny.add(`tool:${d.action}`);
    const decided: Enforced = action === 'deny' || byLevel.deny.size > 0 ? 'deny' : byLevel.redact.size > 0 ? 'redact' : action;
    this.shadowStream(flagged);
    return {
      action: decided,
      enforced: rule.mode === 'monitor' ? 'allow' : action,
      reasons: [...byLevel.deny, ...byLevel.redact, ...byLevel.flag],
      flagged,
      redactions: [],
      ruleId: rule.id,
    };
  }

  /** The shadow policy's verdict on what the live stream saw (same findings, the shadow rule's actions). */
  private shadowStream(found: readonly Finding[]): void {
    const sr = this.shadowRule;
    if (sr === undefined) return;
    let action: Enforced = 'allow';
    const reasons: string[] = [];
    for (const f of found) {
      const fr = sr.response.ruleFor(f, { role: 'assistant', kind: 'output_text', untrusted: false });
      if (fr === null || fr.action === 'allow' || fr.action === 'flag') continue;
      const a: Enforced = fr.action === 'redact' ? 'redact' : 'deny';
      if (RANK[a] > RANK[action]) action = a;
      if (!reasons.includes(`finding:${f.type}`)) reasons.push(`finding:${f.type}`);
    }
    this.compareShadow('response', { action, enforced: action, reasons, flagged: [], redactions: [], ruleId: sr.id });
  }

  // ---------------------------------------------------------------- failures and deadlines

  onDeadline(phase: PhaseName): PhaseResult {
    return this.failureResult(phase, 'detector_timeout', 504);
  }

  onError(phase: PhaseName, err: unknown): PhaseResult {
    if (!isGuardError(err)) logger.error({ err: (err as Error)?.message, decisionId: this.decisionId, phase }, 'exchange processing failed');
    return this.failureResult(phase, isGuardError(err) ? this.failureKindOf(err) : 'internal_error', 500);
  }

  private failureResult(phase: PhaseName, kind: FailureKind, status: number): PhaseResult {
    const direction = phase.startsWith('request') ? 'request' : 'response';
    const d = this.failureDecision(direction, [kind]);
    if (direction === 'request') {
      if (!this.req.done) this.finishRequest(d, EMPTY);
      if (d.enforced === 'deny') return this.denyResponse(d, status, undefined);
      this.req.passThrough = true;
      return { kind: 'continue' };
    }
    this.finishResponse(d);
    const headersSent = phase === 'response_trailers'
      || (phase === 'response_body' && (this.resMode === 'STREAMED' || this.resMode === 'FULL_DUPLEX_STREAMED'));
    if (d.enforced === 'deny') {
      if (headersSent) return { kind: 'reset', details: `llm_boundary_${kind}` };
      return this.denyResponse(d, status, undefined);
    }
    this.res.passThrough = true;
    return { kind: 'continue' };
  }

  /** A decision for failures only; counts fail-open when policy lets the traffic through. */
  private failureDecision(phase: 'request' | 'response', failures: FailureKind[], budgets: { bodyBytes?: number } = {}): PhaseDecision {
    const rule = this.ensureRule();
    const d = decide(rule, phase, [], [], { failures, budgets });
    this.countFailOpen(failures);
    if (phase === 'request' && this.req.decision === undefined && d.enforced === 'deny') this.finishRequest(d, EMPTY);
    return d;
  }

  /** Failures the policy lets through are fail-open events: counted and put on the record, never silent. */
  private countFailOpen(failures: readonly FailureKind[]): void {
    const rule = this.rule!;
    for (const f of failures) {
      if (rule.onFailure[f] !== 'allow') continue;
      failOpen.inc({ reason: f });
      if (!this.failOpenReasons.includes(f)) this.failOpenReasons.push(f);
    }
  }

  private failureKindOf(err: unknown): FailureKind {
    if (!isGuardError(err)) return 'internal_error';
    switch (err.code) {
      case 'malformed_body':
      case 'invalid_utf8':
      case 'truncated_stream':
      case 'event_too_large':
        return 'unparseable_body';
      case 'unsupported_format':
        return 'unknown_content_type';
      case 'compressed_body':
        return 'compressed_body';
      case 'body_too_large':
        return 'oversized_body';
      case 'detector_timeout':
        return 'detector_timeout';
      case 'audit_unavailable':
        return 'audit_unavailable';
      default:
        return 'internal_error';
    }
  }

  // ---------------------------------------------------------------- replies

  private denyRequest(d: PhaseDecision, status: number, code: string, message: string): PhaseResult {
    if (this.req.decision === undefined) this.finishRequest(d, EMPTY);
    return this.localReply(status, errorBody(this.format ?? this.guessFormat(), status, code, message), code);
  }

  private denyResponse(d: PhaseDecision, status: number, message: string | undefined): PhaseResult {
    const code = d.reasons.find((r) => r.startsWith('failure:'))?.slice(8) ?? 'policy_violation';
    const text = message ?? (code === 'policy_violation' ? 'request blocked by policy' : `request blocked: ${code.replaceAll('_', ' ')}`);
    return this.localReply(status, errorBody(this.format ?? this.guessFormat(), status, code, text), code);
  }

  private localReply(status: number, body: Buffer, code: string): PhaseResult {
    return {
      kind: 'deny',
      status,
      headers: [
        ['content-type', 'application/json'],
        [this.policy.decisionHeader, this.decisionId],
      ],
      body,
      details: `llm_boundary_${code}`,
      metadata: this.metadata(),
    };
  }

  private metadata(): DynamicMetadata {
    const m: Record<string, unknown> = {
      decision_id: this.decisionId,
      policy_version: this.policy.version,
      rule: this.rule?.id ?? '',
      mode: this.rule?.mode ?? 'enforce',
    };
    if (this.req.decision) {
      m.request_action = this.req.decision.enforced;
      m.request_reasons = this.req.decision.reasons.join(',');
    }
    if (this.res.decision) {
      m.response_action = this.res.decision.enforced;
      m.response_reasons = this.res.decision.reasons.join(',');
    }
    return { [METADATA_NS]: m };
  }

  /** In monitor mode: what would have happened, as a header value built from closed-set reason codes. */
  private monitorHeader(): string | undefined {
    const d = this.req.decision;
    if (this.rule?.mode !== 'monitor' || d === undefined || d.action === 'allow') return undefined;
    return `request=${d.action}; reasons=${d.reasons.join(',')}`;
  }

  // ---------------------------------------------------------------- shadow policy

  private shadowRequest(segments: readonly Segment[], live: readonly (readonly Finding[])[], failures: FailureKind[], bytes: number, parsed: ParsedBody | undefined, tools: ToolDecision[]): void {
    const sr = this.shadowRule;
    if (sr === undefined) return;
    try {
      const scan = sr.request.detectors === this.rule!.request.detectors ? { perSegment: live as Finding[][] } : scanSegments(sr.request, segments, 'request', { systemPrompts: this.requestSystemPrompts(sr.request) });
      const d = decide(sr, 'request', scan.perSegment, segments, { failures, budgets: { bodyBytes: bytes, messageCount: parsed?.messageCount }, tools });
      this.compareShadow('request', d);
    } catch (err) {
      logger.warn({ err: (err as Error).message, decisionId: this.decisionId }, 'shadow policy evaluation failed');
    }
  }

  private shadowResponse(segments: readonly Segment[], live: readonly (readonly Finding[])[], failures: FailureKind[], bytes: number, tools: ToolDecision[]): void {
    const sr = this.shadowRule;
    if (sr === undefined) return;
    try {
      const scan = sr.response.detectors === this.rule!.response.detectors ? { perSegment: live as Finding[][] } : scanSegments(sr.response, segments, 'response', this.responseFacts());
      const d = decide(sr, 'response', scan.perSegment, segments, { failures, budgets: { bodyBytes: bytes }, tools });
      this.compareShadow('response', d);
    } catch (err) {
      logger.warn({ err: (err as Error).message, decisionId: this.decisionId }, 'shadow policy evaluation failed');
    }
  }

  private compareShadow(phase: 'request' | 'response', shadow: PhaseDecision): void {
    const live = phase === 'request' ? this.req.decision : this.res.decision;
    const liveAction = live?.action ?? 'allow';
    if (RANK[shadow.action] > RANK[this.shadowFinal]) this.shadowFinal = shadow.action;
    for (const r of shadow.reasons) if (!this.shadowReasons.includes(r)) this.shadowReasons.push(r);
    if (shadow.action !== liveAction) shadowDisagreements.inc({ phase, live: liveAction, shadow: shadow.action });
  }

  // ---------------------------------------------------------------- audit

  private recordPhase(phase: 'request' | 'response', d: PhaseDecision, latencyMs: number): void {
    this.phases.push({ phase, action: d.action, enforced: d.enforced, reasons: d.reasons, latencyMs: Math.round(latencyMs * 1000) / 1000 });
    if (RANK[d.enforced] > RANK[this.final]) this.final = d.enforced;
    // One count per phase decision, labelled with its primary reason (reasons are ordered deny,
    // redact, flag), so a merely flagged finding is never counted under a deny or redact.
    const mode = this.rule?.mode ?? 'enforce';
    decisionsMetric.inc({ phase, action: d.enforced, reason: d.reasons.length > 0 ? reasonLabel(d.reasons[0]) : 'none', mode });
  }

  private recordFindings(phase: 'request' | 'response', perSegment: readonly (readonly Finding[])[], segments: readonly Segment[]): void {
    const compiled = phase === 'request' ? this.rule!.request : this.rule!.response;
    for (let i = 0; i < perSegment.length; i++) {
      for (const f of perSegment[i]) {
        const fr = compiled.ruleFor(f, segments[i]);
        if (fr === null) continue;
        this.auditFindings.push({ phase, detector: f.detector, type: f.type, where: segments[i].pointer, start: f.start, end: f.end, score: round3(f.score), action: fr.action });
      }
    }
  }

  private recordTool(d: ToolDecision): void {
    this.toolRecords.push({ tool: d.tool, argumentHash: d.argumentHash, action: d.action, rule: d.rule, approvalId: d.approvalId });
  }

  close(reason: CloseReason): void {
    if (this.closed) return;
    this.closed = true;
    if (this.rule === undefined) return; // nothing happened on this stream
    // The streamed response's content goes into the record only, never onto this exchange: a stream's
    // exchange has usually been promoted to the old generation by now, and a young string stored in it
    // would be kept alive (and promoted) by every scavenge until a full GC finds the exchange dead.
    let response = this.content.response;
    if (this.streamCapture !== null && response === undefined) {
      // What the client received is already redacted; 'full' for streams records the same (the raw
      // upstream stream is never buffered).
      const released = this.streamCapture.subarray(0, this.streamCaptureBytes);
      response = captureContent(this.rule.auditCapture, released, released);
    }
    const record: AuditRecord = {
      decisionId: this.decisionId,
      requestId: this.requestId,
      time: this.startedAt.toISOString(),
      source: this.start.source ?? 'ext_proc',
      identity: this.identity.principal,
      tenant: this.identity.tenant,
      route: { host: this.facts?.host ?? '', path: this.facts?.path ?? '', method: this.facts?.method ?? '' },
      format: this.format,
      model: this.model,
      policyVersion: this.policy.version,
      ruleId: this.rule.id,
      mode: this.rule.mode,
      decision: this.final,
      phases: this.phases,
      findings: this.auditFindings,
      tools: this.toolRecords,
      failOpen: this.failOpenReasons,
      shadow: this.policy.shadow ? { policyVersion: this.policy.shadow.version, decision: this.shadowFinal, reasons: this.shadowReasons } : undefined,
      content: this.rule.auditCapture === 'none' ? undefined : { capture: this.rule.auditCapture, request: this.content.request, response },
    };
    if (!this.deps.audit.append(record)) {
      logger.warn({ decisionId: this.decisionId }, 'audit record not accepted');
    }
  }

  // ---------------------------------------------------------------- helpers

  private ensureRule(): CompiledRule {
    if (this.rule === undefined) throw new GuardError('protocol_error', 'response phase before request headers');
    return this.rule;
  }

  private formatContext(h: Map<string, string>) {
    return { path: this.facts?.path ?? '/', contentType: (h.get('content-type') ?? '').toLowerCase(), override: this.rule?.formatOverride };
  }

  private guessFormat(): ApiFormat {
    if (this.facts === undefined) return 'json';
    try {
      return detectFormat({ path: this.facts.path, contentType: this.req.headers?.get('content-type') ?? '', override: this.rule?.formatOverride }, EMPTY);
    } catch {
      return 'json';
    }
  }

  private responseFormat(): ApiFormat {
    return this.format ?? this.guessFormat();
  }

  private scanDeadline(): number {
    return this.deps.scanBudgetMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + this.deps.scanBudgetMs;
  }

  /**
   * The segment verdict cache for one body, scoped to the caller: only an identity established by a
   * trusted source (tenant + principal) shares entries, so one caller cannot time another's texts;
   * anonymous bodies are not cached.
   */
  private bodyCache(phase: object, direction: 'request' | 'response', facts: ScanFacts): BodyScanCache | null {
    const cache = this.deps.scanCache;
    if (cache === undefined || this.identity.principal === undefined) return null;
    return cache.forBody(phase, `${this.identity.source}|${this.identity.tenant ?? ''}|${this.identity.principal}`, direction, facts);
  }

  /**
   * What the response's detectors know of the request: its system prompts, and whether any of its texts
   * names rot13 (a model told to answer or give a value in rot13 need not say so: its answer is read as
   * rot13 too, DetectionContext.rot13).
   */
  private responseFacts(): ScanFacts {
    if (this.rot13Asked === undefined) this.rot13Asked = (this.requestParsed?.segments ?? []).some((s) => hasRot13Marker(s.text));
    return this.rot13Asked ? { systemPrompts: this.systemPrompts(), rot13: true } : { systemPrompts: this.systemPrompts() };
  }

  /** The system prompts a request phase's detectors read (system_prompt_probe), or undefined when none reads them. */
  private requestSystemPrompts(phase: CompiledPhase): string[] | undefined {
    return phase.detectors.some((d) => d.readsSystemPrompts === true) ? this.systemPrompts() : undefined;
  }

  private systemPrompts(): string[] {
    const out: string[] = [];
    // System prompts sent as several blocks (Anthropic `system: [...]`, often split for prompt caching)
    // are one prompt to the model: joined (with a line break), so an echo across blocks is one echo.
    for (const u of scanUnits(this.requestParsed?.segments ?? [], '\n')) {
      const s = u.seg;
      if ((s.role === 'system' || s.role === 'developer') && s.text.length > 0) out.push(s.text);
    }
    return out;
  }

  private toolContext(): ToolContext {
    return {
      identity: this.identity,
      ruleId: this.rule?.id ?? '',
      route: { host: this.facts?.host ?? '', path: this.facts?.path ?? '' },
      tainted: this.tainted,
      callsSoFar: this.toolCalls,
    };
  }

  /** Untrusted content (tool results, documents, MCP results) that the injection detector flagged. */
  private isTainted(rule: CompiledRule, perSegment: readonly (readonly Finding[])[], segments: readonly Segment[]): boolean {
    for (let i = 0; i < segments.length; i++) {
      if (!segments[i].untrusted) continue;
      for (const f of perSegment[i]) {
        if (f.type.includes('INJECTION') && rule.request.ruleFor(f, segments[i]) !== null) return true;
      }
    }
    return false;
  }

  private decisionOf(phase: 'request' | 'response', failures: FailureKind[]): PhaseDecision {
    return decide(this.ensureRule(), phase, [], [], { failures });
  }
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Metric label for a reason code: the code's class and its closed-set value (types come from the detector registry). */
function reasonLabel(reason: string): string {
  return reason.length > 64 ? reason.slice(0, 64) : reason;
}
