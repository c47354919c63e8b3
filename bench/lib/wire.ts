// Lean Envoy-side wire helpers for the load generator: ProcessingRequest / CheckRequest messages are
// encoded ONCE with protobufjs and sent as raw bytes (bench/lib/h2grpc.ts), so the generator spends
// its CPU on the schedule, not on re-encoding. Replies are decoded with protobufjs only as far as the
// benchmark needs (which oneof member, body bytes).
// Lifetime: module-level caches for the process.
import type protobuf from 'protobufjs';
import { protoRoot } from '../../src/server/protos.ts';

export const PROCESS_PATH = '/envoy.service.ext_proc.v3.ExternalProcessor/Process';
export const CHECK_PATH = '/envoy.service.auth.v3.Authorization/Check';

/** ProcessingMode.BodySendMode names as sent in protocol_config. */
export type Mode = 'NONE' | 'STREAMED' | 'BUFFERED' | 'BUFFERED_PARTIAL' | 'FULL_DUPLEX_STREAMED';

let types: { req: protobuf.Type; res: protobuf.Type; check: protobuf.Type; checkRes: protobuf.Type } | undefined;

function t() {
  if (!types) {
    const root = protoRoot();
    types = {
      req: root.lookupType('envoy.service.ext_proc.v3.ProcessingRequest'),
      res: root.lookupType('envoy.service.ext_proc.v3.ProcessingResponse'),
      check: root.lookupType('envoy.service.auth.v3.CheckRequest'),
      checkRes: root.lookupType('envoy.service.auth.v3.CheckResponse'),
    };
  }
  return types;
}

function encode(type: protobuf.Type, obj: Record<string, unknown>): Buffer {
  const msg = type.fromObject(obj);
  const err = type.verify(msg);
  if (err) throw new Error(`bench: invalid ${type.name}: ${err}`);
  return Buffer.from(type.encode(msg).finish());
}

function headerMap(headers: ReadonlyArray<readonly [string, string]>): Record<string, unknown> {
  return { headers: headers.map(([key, value]) => ({ key, raw_value: Buffer.from(value) })) };
}

/** First ProcessingRequest of a stream: request headers + protocol_config. */
export function requestHeadersMsg(headers: ReadonlyArray<readonly [string, string]>, eos: boolean, reqMode: Mode, resMode: Mode): Buffer {
  return encode(t().req, {
    request_headers: { headers: headerMap(headers), end_of_stream: eos },
    metadata_context: {},
    protocol_config: { request_body_mode: reqMode, response_body_mode: resMode },
  });
}

/** ProcessingRequest carrying response headers. */
export function responseHeadersMsg(headers: ReadonlyArray<readonly [string, string]>, eos: boolean): Buffer {
  return encode(t().req, { response_headers: { headers: headerMap(headers), end_of_stream: eos }, metadata_context: {} });
}

/** ProcessingRequest carrying one request or response body message (BUFFERED body or one chunk). */
export function bodyMsg(direction: 'request' | 'response', body: Buffer, eos: boolean): Buffer {
  const key = direction === 'request' ? 'request_body' : 'response_body';
  return encode(t().req, { [key]: { body, end_of_stream: eos } });
}

/** CheckRequest with a buffered body (raw_body, as with pack_as_bytes). */
export function checkMsg(headers: ReadonlyArray<readonly [string, string]>, body: Buffer): Buffer {
  const h: Record<string, string> = {};
  for (const [k, v] of headers) h[k] = v;
  return encode(t().check, {
    attributes: {
      request: {
        http: {
          id: '1',
          method: h[':method'] ?? 'POST',
          path: h[':path'] ?? '/',
          host: h[':authority'] ?? '',
          scheme: 'https',
          protocol: 'HTTP/1.1',
          headers: h,
          raw_body: body,
          size: String(body.length),
        },
      },
    },
  });
}

/** ProcessingResponse oneof member, from the first field tag (protobufjs writes fields in id order). */
export type ReplyKind =
  | 'request_headers' | 'response_headers' | 'request_body' | 'response_body'
  | 'request_trailers' | 'response_trailers' | 'immediate_response' | 'other';

const KIND_BY_FIELD: Record<number, ReplyKind> = {
  1: 'request_headers', 2: 'response_headers', 3: 'request_body', 4: 'response_body',
  5: 'request_trailers', 6: 'response_trailers', 7: 'immediate_response',
};

/** Cheap classification of a reply without decoding it (first byte is the first field's tag). */
export function replyKind(buf: Buffer): ReplyKind {
  if (buf.length === 0) return 'other';
  return KIND_BY_FIELD[buf[0] >> 3] ?? 'other';
}

/**
 * Output body bytes of a response_body reply: body_mutation.body (STREAMED/BUFFERED replacement),
 * body_mutation.streamed_response.body (FDS), or null when the reply leaves the chunk unchanged.
 */
export function replyBody(buf: Buffer): { body: Buffer | null; eos: boolean } {
  const m = t().res.decode(buf) as unknown as {
    response_body?: { response?: { body_mutation?: { body?: Uint8Array; streamed_response?: { body?: Uint8Array; end_of_stream?: boolean } } } };
  };
  const bm = m.response_body?.response?.body_mutation;
  if (bm?.streamed_response) {
    const b = bm.streamed_response.body;
    return { body: b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength) : Buffer.alloc(0), eos: bm.streamed_response.end_of_stream === true };
  }
  if (bm?.body) return { body: Buffer.from(bm.body.buffer, bm.body.byteOffset, bm.body.byteLength), eos: false };
  return { body: null, eos: false };
}

/** Whether a CheckResponse allowed the request (status.code 0 or absent). */
export function checkAllowed(buf: Buffer): boolean {
  const m = t().checkRes.decode(buf) as unknown as { status?: { code?: number } };
  return (m.status?.code ?? 0) === 0;
}
