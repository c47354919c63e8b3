// The only place that turns Exchange results (src/pipeline/types.ts) into ProcessingResponse objects
// and ProcessingRequest header maps into HeaderLists. Objects follow the proto-loader options in
// protos.ts (keepCase, bytes as Buffer). Envoy's rules applied here (doc §3.6):
//   - header values go in raw_value ONLY (value alone means an empty header; both mean a 500);
//   - `append` is set explicitly to { value: false } (append_action is ignored by ext_proc);
//   - every reply carries exactly one member of the `response` oneof.
import type { BodyMode, DynamicMetadata, HeaderChange, HeaderList } from '../pipeline/types.ts';
import { toStruct } from './protos.ts';

/** proto-loader shape of envoy.config.core.v3.HeaderValue as received. */
export interface WireHeaderValue {
  key?: string;
  value?: string;
  raw_value?: Buffer;
}

/** proto-loader shape of a HeaderMap. */
export interface WireHeaderMap {
  headers?: WireHeaderValue[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode a header value: UTF-8 when valid, else latin1 (lossless for obs-text bytes). */
function decodeValue(raw: Buffer): string {
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] >= 0x80) {
      try {
        return utf8.decode(raw);
      } catch {
        return raw.toString('latin1');
      }
    }
  }
  return raw.toString('latin1');
}

/**
 * HeaderList from a wire HeaderMap. Reads raw_value; falls back to `value` when raw_value is empty
 * (Envoy before 1.27 and hand-written clients). Keys are lower-cased defensively.
 */
export function headersFromWire(map: WireHeaderMap | undefined): HeaderList {
  const out: Array<readonly [string, string]> = [];
  for (const h of map?.headers ?? []) {
    const key = (h.key ?? '').toLowerCase();
    const raw = h.raw_value;
    const value = raw && raw.length > 0 ? decodeValue(raw) : (h.value ?? '');
    out.push([key, value]);
  }
  return out;
}

/** One HeaderValueOption that overwrites (append false) with raw_value only. */
export function setHeaderOption(name: string, value: string): Record<string, unknown> {
  return {
    header: { key: name.toLowerCase(), raw_value: Buffer.from(value, 'utf8') },
    append: { value: false },
  };
}

/** HeaderMutation from a HeaderChange; undefined when there is nothing to change. */
export function headerMutation(change: HeaderChange | undefined): Record<string, unknown> | undefined {
  if (!change) return undefined;
  const set = change.set ?? [];
  const remove = change.remove ?? [];
  if (set.length === 0 && remove.length === 0) return undefined;
  const m: Record<string, unknown> = {};
  if (set.length > 0) m.set_headers = set.map(([k, v]) => setHeaderOption(k, v));
  if (remove.length > 0) m.remove_headers = remove.map((k) => k.toLowerCase());
  return m;
}

/** True when the change sets or removes `name` (case-insensitive). */
export function changeTouches(change: HeaderChange | undefined, name: string): boolean {
  if (!change) return false;
  const n = name.toLowerCase();
  return (change.set ?? []).some(([k]) => k.toLowerCase() === n) || (change.remove ?? []).some((k) => k.toLowerCase() === n);
}

/** google.protobuf.Struct for dynamic_metadata: top-level keys are namespaces. */
export function dynamicMetadata(md: DynamicMetadata | undefined): Record<string, unknown> | undefined {
  if (!md || Object.keys(md).length === 0) return undefined;
  return toStruct(md as Record<string, unknown>);
}

/** ImmediateResponse for a deny. Status < 200 would be turned into 200 by Envoy, so clamp to 500. */
export function immediateResponse(
  status: number,
  headers: ReadonlyArray<readonly [string, string]>,
  body: Buffer,
  details: string,
): Record<string, unknown> {
  const code = Number.isInteger(status) && status >= 200 && status <= 599 ? status : 500;
  const ir: Record<string, unknown> = {
    status: { code },
    body,
    // Envoy replaces spaces with '_' anyway; do it here so logs and Envoy agree.
    details: details.split(' ').join('_'),
  };
  if (headers.length > 0) ir.headers = { set_headers: headers.map(([k, v]) => setHeaderOption(k, v)) };
  return ir;
}

/** Numeric wire value of a BodySendMode name (for mode_override). */
export const BODY_MODE_NUMBER: Readonly<Record<BodyMode, number>> = Object.freeze({
  NONE: 0,
  STREAMED: 1,
  BUFFERED: 2,
  BUFFERED_PARTIAL: 3,
  FULL_DUPLEX_STREAMED: 4,
});

/** BodyMode from a decoded enum (name with enums:String, or a number for unknown values). */
export function bodyModeFromWire(v: unknown): BodyMode | 'GRPC' | 'UNKNOWN' {
  if (v === undefined || v === null || v === 'NONE' || v === 0) return 'NONE';
  if (v === 'STREAMED' || v === 1) return 'STREAMED';
  if (v === 'BUFFERED' || v === 2) return 'BUFFERED';
  if (v === 'BUFFERED_PARTIAL' || v === 3) return 'BUFFERED_PARTIAL';
  if (v === 'FULL_DUPLEX_STREAMED' || v === 4) return 'FULL_DUPLEX_STREAMED';
  if (v === 'GRPC' || v === 5) return 'GRPC';
  return 'UNKNOWN';
}

// ---- pre-encoded body replies (the per-chunk hot path) -------------------------------------------
//
// A STREAMED chunk reply is one of two tiny messages: CONTINUE with nothing changed, or CONTINUE with a
// replacement body. Building the nested proto-loader object and running protobufjs fromObject + encode
// for it costs more than the rest of the reply, so these two shapes are written as wire bytes here and
// the Process method's serializer passes a Buffer through unchanged (extproc.ts). Field numbers from
// external_processor.proto; equality with the generic encoder is pinned by test/server/envelope-fast.test.ts.
//   ProcessingResponse { request_body = 3 | response_body = 4 : BodyResponse }
//   BodyResponse { response = 1 : CommonResponse }
//   CommonResponse { body_mutation = 3 : BodyMutation }
//   BodyMutation { oneof mutation { bytes body = 1 } }

/** Length of `n` as a protobuf varint. */
function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

function writeVarint(buf: Buffer, at: number, n: number): number {
  while (n >= 0x80) {
    buf[at++] = (n % 128) | 0x80;
    n = Math.floor(n / 128);
  }
  buf[at++] = n;
  return at;
}

const TAG_REQUEST_BODY = (3 << 3) | 2;
const TAG_RESPONSE_BODY = (4 << 3) | 2;
const TAG_FIELD1_LEN = (1 << 3) | 2;
const TAG_BODY_MUTATION = (3 << 3) | 2;

/** `{ <dir>_body: { response: {} } }` as wire bytes (4 bytes; shared, never written to). */
const CONTINUE_BODY = {
  request: Buffer.from([TAG_REQUEST_BODY, 2, TAG_FIELD1_LEN, 0]),
  response: Buffer.from([TAG_RESPONSE_BODY, 2, TAG_FIELD1_LEN, 0]),
} as const;

/**
 * Wire bytes of a body reply with no header mutation, no metadata and no other field: CONTINUE, with
 * `body_mutation { body }` when `body` is given (an empty Buffer still replaces the chunk with nothing).
 */
export function encodeBodyReply(direction: 'request' | 'response', body: Buffer | undefined): Buffer {
  if (body === undefined) return CONTINUE_BODY[direction];
  const n = body.length;
  // A held chunk (replaced by nothing) is the most common streamed reply of a redacting exchange.
  if (n === 0) return EMPTY_BODY[direction];
  return encodeBody(direction, body, n);
}

function encodeBody(direction: 'request' | 'response', body: Buffer, n: number): Buffer {
  const mutation = 1 + varintLength(n) + n; // BodyMutation
  const common = 1 + varintLength(mutation) + mutation; // CommonResponse
  const bodyResponse = 1 + varintLength(common) + common; // BodyResponse
  const out = Buffer.allocUnsafe(1 + varintLength(bodyResponse) + bodyResponse);
  let at = 0;
  out[at++] = direction === 'request' ? TAG_REQUEST_BODY : TAG_RESPONSE_BODY;
  at = writeVarint(out, at, bodyResponse);
  out[at++] = TAG_FIELD1_LEN;
  at = writeVarint(out, at, common);
  out[at++] = TAG_BODY_MUTATION;
  at = writeVarint(out, at, mutation);
  out[at++] = TAG_FIELD1_LEN;
  at = writeVarint(out, at, n);
  body.copy(out, at);
  return out;
}

/** `{ <dir>_body: { response: { body_mutation: { body: "" } } } }` as wire bytes (shared, never written to). */
const EMPTY_BODY = {
  request: encodeBody('request', Buffer.alloc(0), 0),
  response: encodeBody('response', Buffer.alloc(0), 0),
} as const;
