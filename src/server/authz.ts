// ext_authz adapter: envoy.service.auth.v3.Authorization/Check <-> a plain AuthzInput / AuthzResult.
// The pipeline decides (authorize); this module only translates, following how Envoy reads a
// CheckResponse (doc §4.2, §4.3):
//   - status.code 0 (or an ABSENT status) means allow, so we always set status explicitly;
//   - denial is a non-zero code (7 PERMISSION_DENIED) plus denied_response {status, headers, body};
//   - ext_authz reads HeaderValue.value and ignores raw_value (the reverse of ext_proc), and append
//     semantics changed across Envoy versions, so every header carries `append: {value: false}`;
//   - dynamic_metadata lands in Envoy's namespace envoy.filters.http.ext_authz.
// Failures inside authorize never turn into an allow: they answer a denial (fail closed) whatever
// failure_mode_allow says, because a gRPC error would let a fail-open Envoy through.
import type * as grpc from '@grpc/grpc-js';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { logger } from '../observability/logger.ts';
import { decisions, phaseDuration, protocolErrors } from '../observability/metrics.ts';
import { authService, fromStruct, toStruct } from './protos.ts';

/** One ext_authz Check as plain data. Built per call; not retained by this module. */
export interface AuthzInput {
  readonly method: string;
  /** :path including the query. */
  readonly path: string;
  readonly host: string;
  readonly scheme: string;
  /** HTTP protocol as Envoy reports it (HTTP/1.1, HTTP/2, ...); '' when absent. */
  readonly protocol: string;
  /** Request headers, lower-case names (duplicates comma-joined by Envoy). Pseudo-headers included. */
  readonly headers: ReadonlyMap<string, string>;
  /** The buffered request body (raw_body when pack_as_bytes, else body as UTF-8); empty when none. */
  readonly body: Buffer;
  /** x-envoy-auth-partial-body: true — the body was cut at max_request_bytes. Fail closed on it. */
  readonly partialBody: boolean;
  /** attributes.source.principal (peer certificate SAN, SPIFFE ID under Istio mTLS); '' when absent. */
  readonly peerPrincipal: string;
  /** attributes.metadata_context.filter_metadata as JSON (namespace -> object). */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** Per-route context_extensions. */
  readonly contextExtensions: Readonly<Record<string, string>>;
  /** The x-request-id header (NOT attributes.request.http.id, which is Envoy's stream id). */
  readonly requestId: string | undefined;
}

/** Headers to add: upstream request headers (allow) or local-reply headers (deny). */
export type AuthzHeaders = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * The decision for one Check. `metadata` becomes CheckResponse.dynamic_metadata (flat keys; Envoy
 * stores them under namespace envoy.filters.http.ext_authz).
 */
export type AuthzResult =
  | { readonly allowed: true; readonly headers: AuthzHeaders; readonly metadata?: Readonly<Record<string, unknown>> }
  | {
      readonly allowed: false;
      /** HTTP status of the local reply Envoy sends (e.g. 403). */
      readonly status: number;
      readonly headers: AuthzHeaders;
      readonly body: string;
      readonly metadata?: Readonly<Record<string, unknown>>;
    };

/** The pipeline's authorizer. Must not throw for bad input (deny instead); a throw is a fail-closed 500. */
export type Authorize = (input: AuthzInput) => Promise<AuthzResult>;

export interface AuthzOptions {
  /**
   * Internal deadline in ms for authorize(); on expiry the Check is denied with 503 (fail closed)
   * before Envoy's own gRPC timeout turns it into status_on_error. Default 0 = no internal deadline.
   */
  readonly deadlineMs?: number;
}

/** proto-loader shapes (keepCase, bytes as Buffer) of the parts of CheckRequest we read. */
interface WireHeaderValue { key?: string; value?: string; raw_value?: Buffer }
interface WireHttpRequest {
  id?: string;
  method?: string;
  headers?: Record<string, string>;
  header_map?: { headers?: WireHeaderValue[] };
  path?: string;
  host?: string;
  scheme?: string;
  protocol?: string;
  body?: string;
  raw_body?: Buffer;
}
/** proto-loader shape of envoy.service.auth.v3.CheckRequest (the parts we read). */
export interface WireCheckRequest {
  attributes?: {
    source?: { principal?: string };
    request?: { http?: WireHttpRequest };
    context_extensions?: Record<string, string>;
    metadata_context?: { filter_metadata?: Record<string, unknown> };
  };
}

const log = logger.child({ component: 'authz' });

/** Thrown by toAuthzInput for a CheckRequest without attributes.request.http. */
export class MalformedCheckError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedCheckError';
  }
}

/** CheckRequest (proto-loader object) -> AuthzInput. Throws MalformedCheckError when request.http is missing. */
export function toAuthzInput(req: WireCheckRequest): AuthzInput {
  const attrs = req.attributes;
  const http = attrs?.request?.http;
  if (!attrs || !http) throw new MalformedCheckError('CheckRequest.attributes.request.http is missing');
  const headers = new Map<string, string>();
  if (http.header_map?.headers && http.header_map.headers.length > 0) {
    // encode_raw_headers: true (Envoy 1.30+). Keep Envoy's comma-joining for duplicates.
    for (const h of http.header_map.headers) {
      const key = (h.key ?? '').toLowerCase();
      if (key === '') continue;
      const value = h.raw_value && h.raw_value.length > 0 ? h.raw_value.toString('utf8') : (h.value ?? '');
      const prev = headers.get(key);
      headers.set(key, prev === undefined ? value : `${prev},${value}`);
    }
  } else {
    for (const [k, v] of Object.entries(http.headers ?? {})) headers.set(k.toLowerCase(), String(v));
  }
  const rawBody = http.raw_body;
  const body = rawBody && rawBody.length > 0 ? Buffer.from(rawBody) : Buffer.from(http.body ?? '', 'utf8');
  const metadata: Record<string, unknown> = {};
  for (const [ns, struct] of Object.entries(attrs.metadata_context?.filter_metadata ?? {})) {
    metadata[ns] = fromStruct(struct);
  }
  return {
    method: http.method ?? headers.get(':method') ?? '',
    path: http.path ?? headers.get(':path') ?? '',
    host: http.host ?? headers.get(':authority') ?? '',
    scheme: http.scheme ?? headers.get(':scheme') ?? '',
    protocol: http.protocol ?? '',
    headers,
    body,
    partialBody: headers.get('x-envoy-auth-partial-body') === 'true',
    peerPrincipal: attrs.source?.principal ?? '',
    metadata,
    contextExtensions: { ...(attrs.context_extensions ?? {}) },
    requestId: headers.get('x-request-id'),
  };
}

function validHeader(name: string, value: string): boolean {
  if (name.length === 0 || name.length > 256 || value.length > 16384) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // RFC 9110 token characters, lower-case only (HTTP/2 forbids upper case), no pseudo-headers.
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || '!#$%&\'*+-.^_`|~'.includes(name[i]);
    if (!ok) return false;
  }
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x0d || c === 0x0a || c === 0x00) return false;
  }
  return true;
}

/** HeaderValueOption list: HeaderValue.value only (ext_authz ignores raw_value), append explicitly false. */
function headerOptions(headers: AuthzHeaders): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [rawName, value] of headers) {
    const name = rawName.toLowerCase();
    if (!validHeader(name, value)) {
      protocolErrors.inc({ kind: 'authz_invalid_header' });
      log.warn({ headerLength: name.length }, 'authz: dropped an invalid header from the decision');
      continue;
    }
    out.push({ header: { key: name, value }, append: { value: false } });
  }
  return out;
}

/** AuthzResult -> CheckResponse (proto-loader object). */
export function toCheckResponse(result: AuthzResult): Record<string, unknown> {
  const res: Record<string, unknown> = {};
  if (result.allowed) {
    res.status = { code: GrpcStatus.OK };
    res.ok_response = { headers: headerOptions(result.headers) };
  } else {
    const code = Number.isInteger(result.status) && result.status >= 200 && result.status <= 599 ? result.status : 403;
    res.status = { code: GrpcStatus.PERMISSION_DENIED, message: 'denied by llm-boundary' };
    res.denied_response = { status: { code }, headers: headerOptions(result.headers), body: result.body };
  }
  if (result.metadata && Object.keys(result.metadata).length > 0) res.dynamic_metadata = toStruct(result.metadata);
  return res;
}

/** The fail-closed reply when authorize throws or misses the internal deadline. */
function failClosed(status: number, reason: string): AuthzResult {
  decisions.inc({ phase: 'authz', action: 'deny', reason, mode: 'enforce' });
  return {
    allowed: false,
    status,
    headers: [['content-type', 'application/json']],
    body: JSON.stringify({ error: { type: 'llm_boundary', code: reason } }),
  };
}

async function withDeadline(p: Promise<AuthzResult>, ms: number): Promise<AuthzResult | 'timeout'> {
  if (!(ms > 0)) return p;
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), ms); });
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

/** The unary Check handler (exported for tests that mount it on their own server). */
export function checkHandler(authorize: Authorize, options: AuthzOptions = {}): grpc.handleUnaryCall<WireCheckRequest, Record<string, unknown>> {
  return (call, callback) => {
    const started = process.hrtime.bigint();
    let input: AuthzInput;
    try {
      input = toAuthzInput(call.request ?? {});
    } catch (err) {
      protocolErrors.inc({ kind: 'authz_malformed' });
      callback({ code: GrpcStatus.INVALID_ARGUMENT, details: (err as Error).message });
      return;
    }
    const done = (result: AuthzResult): void => {
      phaseDuration.observe({ phase: 'authz' }, Number(process.hrtime.bigint() - started) / 1e9);
      callback(null, toCheckResponse(result));
    };
    let pending: Promise<AuthzResult>;
    try {
      pending = authorize(input);
    } catch (err) {
      pending = Promise.reject(err);
    }
    withDeadline(pending, options.deadlineMs ?? 0).then(
      (r) => {
        if (r === 'timeout') {
          log.warn({ requestId: input.requestId, deadlineMs: options.deadlineMs }, 'authz: authorize missed its deadline; denying');
          done(failClosed(503, 'failure:detector_timeout'));
        } else {
          done(r);
        }
      },
      (err: unknown) => {
        log.error({ requestId: input.requestId, err: err instanceof Error ? err.name : 'unknown' }, 'authz: authorize failed; denying');
        done(failClosed(500, 'failure:internal_error'));
      },
    );
  };
}

/** Mount envoy.service.auth.v3.Authorization on a grpc-js server (before bindAsync). */
export function registerAuthz(server: grpc.Server, authorize: Authorize, options: AuthzOptions = {}): void {
  server.addService(authService(), { Check: checkHandler(authorize, options) });
}
