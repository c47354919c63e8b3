// Format detection and the one table that maps each API format to its request and response parser.
import { GuardError } from '../core/errors.ts';
import type { ApiFormat, ParsedBody } from '../core/types.ts';
import { parseMessagesRequest, parseMessagesResponse } from './anthropic.ts';
import { BodyBuilder, isObj } from './builder.ts';
import type { JsonDocument, JsonLimits } from './json.ts';
import { applyEdits, applyTextEdits, assertUtf8, parseJson } from './json.ts';
import { parseMcp } from './mcp.ts';
import {
  parseChatRequest, parseChatResponse, parseCompletionsRequest, parseCompletionsResponse, parseEmbeddingsRequest,
  parseEmbeddingsResponse, parseResponsesRequest, parseResponsesResponse,
} from './openai.ts';
import type { FormatContext, TextEdit } from './types.ts';

type ObjectParser = (v: Record<string, unknown>, doc: JsonDocument) => ParsedBody;

interface FormatEntry {
  readonly request: ObjectParser;
  readonly response: ObjectParser;
}

/** Request / response parsers per JSON API format ('mcp', 'json' and 'text' are handled apart). */
const PARSERS: Readonly<Record<'openai.chat' | 'openai.responses' | 'openai.completions' | 'openai.embeddings' | 'anthropic.messages', FormatEntry>> = {
  'openai.chat': { request: parseChatRequest, response: parseChatResponse },
  'openai.responses': { request: parseResponsesRequest, response: parseResponsesResponse },
  'openai.completions': { request: parseCompletionsRequest, response: parseCompletionsResponse },
  'openai.embeddings': { request: parseEmbeddingsRequest, response: parseEmbeddingsResponse },
  'anthropic.messages': { request: parseMessagesRequest, response: parseMessagesResponse },
};

/** Path suffix -> format, checked in order on the path without query string. */
const PATH_RULES: readonly [string, ApiFormat][] = [
  ['/chat/completions', 'openai.chat'],
  ['/responses', 'openai.responses'],
  ['/completions', 'openai.completions'],
  ['/embeddings', 'openai.embeddings'],
  ['/messages', 'anthropic.messages'],
  ['/messages/count_tokens', 'anthropic.messages'],
];

type MediaClass = 'json' | 'text' | 'event-stream' | 'none' | 'other';

function mediaClass(contentType: string): MediaClass {
  const mt = contentType.split(';')[0].trim().toLowerCase();
  if (mt === '') return 'none';
  if (mt === 'application/json' || mt.endsWith('+json') || mt === 'application/json-rpc') return 'json';
  if (mt === 'text/event-stream') return 'event-stream';
  if (mt.startsWith('text/')) return 'text';
  return 'other';
}

function firstNonWs(body: Buffer): number | undefined {
  for (const c of body) if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return c;
  return undefined;
}

function looksLikeJsonRpc(body: Buffer): boolean {
  // A cheap shape check on the first bytes; the full parse decides later.
  return body.subarray(0, 4096).includes('"jsonrpc"');
}

/**
 * Decides the API format of a request from ctx.override, the path, the content type and the body
 * shape, in that order. Unknown content types (not JSON, not text/*) are GuardError 'unsupported_format'.
 */
export function detectFormat(ctx: FormatContext, body: Buffer): ApiFormat {
  if (ctx.override) return ctx.override;
  const media = mediaClass(ctx.contentType);
  if (media === 'other') throw new GuardError('unsupported_format', `unsupported content type ${JSON.stringify(ctx.contentType.slice(0, 80))}`);
  const first = firstNonWs(body);
  const jsonish = media === 'json' || ((media === 'none' || media === 'event-stream') && (first === 0x7b || first === 0x5b));
  if (!jsonish) return 'text';
  let path = ctx.path.split('?')[0].toLowerCase();
  while (path.endsWith('/')) path = path.slice(0, -1);
  const segments = path.split('/');
  if (segments.includes('mcp') || segments.includes('sse')) return 'mcp';
  for (const [suffix, format] of PATH_RULES) if (path.endsWith(suffix)) return format;
  if (looksLikeJsonRpc(body)) return 'mcp';
  return 'json';
}

function parseGenericJson(doc: JsonDocument, format: ApiFormat): ParsedBody {
  return new BodyBuilder().finish(format, doc, {});
}

function parseText(body: Buffer): ParsedBody {
  assertUtf8(body);
  return {
    format: 'text',
    stream: false,
    segments: [{ text: body.toString('utf8'), role: 'none', kind: 'plain_text', pointer: '', untrusted: false }],
    toolDeclarations: [],
    toolCalls: [],
    messageCount: 0,
  };
}

/**
 * A parsed body with, for a JSON body, the document it was parsed from. The document's positions are
 * those of that body: pass it to applyEdits / removeArrayElements for the same, unchanged body instead
 * of parsing the body a second time. Callers keep it only as long as they edit (it holds every value's
 * position).
 */
export interface ParsedWithDocument {
  readonly parsed: ParsedBody;
  readonly doc?: JsonDocument;
}

function parseAs(format: ApiFormat, body: Buffer, direction: 'request' | 'response', limits?: JsonLimits): ParsedWithDocument {
  if (format === 'text') return { parsed: parseText(body) };
  const doc = parseJson(body, limits);
  if (format === 'mcp') return { parsed: parseMcp(doc.value, doc, direction === 'response'), doc };
  if (format === 'json') return { parsed: parseGenericJson(doc, 'json'), doc };
  const entry = PARSERS[format];
  // A JSON body of an LLM API that is not an object (e.g. an array) is still scanned leaf by leaf.
  if (!isObj(doc.value)) return { parsed: parseGenericJson(doc, format), doc };
  return { parsed: entry[direction](doc.value, doc), doc };
}

/**
 * Parses a request body into segments with provenance, tool declarations and tool calls.
 * Errors (GuardError): 'unsupported_format', 'malformed_body', 'invalid_utf8', 'body_too_large'.
 */
export function parseRequest(body: Buffer, ctx: FormatContext, limits?: JsonLimits): ParsedBody {
  return parseRequestDocument(body, ctx, limits).parsed;
}

/** parseRequest, with the JSON document (see ParsedWithDocument). */
export function parseRequestDocument(body: Buffer, ctx: FormatContext, limits?: JsonLimits): ParsedWithDocument {
  return parseAs(detectFormat(ctx, body), body, 'request', limits);
}

/**
 * Parses a non-streamed response body of the API the request used. An event-stream body must go
 * through createStreamTransformer instead ('unsupported_format' here). A JSON error body from the
 * upstream is scanned as generic JSON of the request's format.
 */
export function parseResponse(body: Buffer, ctx: FormatContext, requestFormat: ApiFormat, limits?: JsonLimits): ParsedBody {
  return parseResponseDocument(body, ctx, requestFormat, limits).parsed;
}

/** parseResponse, with the JSON document (see ParsedWithDocument). */
export function parseResponseDocument(body: Buffer, ctx: FormatContext, requestFormat: ApiFormat, limits?: JsonLimits): ParsedWithDocument {
  const media = mediaClass(ctx.contentType);
  if (media === 'other') throw new GuardError('unsupported_format', `unsupported response content type ${JSON.stringify(ctx.contentType.slice(0, 80))}`);
  if (media === 'event-stream') throw new GuardError('unsupported_format', 'event-stream response bodies are handled by the stream transformer');
  const first = firstNonWs(body);
  if (media === 'text' || (media === 'none' && first !== 0x7b && first !== 0x5b)) return { parsed: parseText(body) };
  return parseAs(requestFormat === 'text' ? 'json' : requestFormat, body, 'response', limits);
}

/**
 * Writes segment edits back into a body parsed with parseRequest / parseResponse: JSON bodies get
 * only the touched string values rewritten; a text body (pointer '') is rewritten as text.
 */
export function applySegmentEdits(body: Buffer, format: ApiFormat, edits: readonly TextEdit[]): Buffer {
  if (edits.length === 0) return body;
  if (format === 'text' || (edits.every((e) => e.pointer === '') && firstNonWs(body) !== 0x7b && firstNonWs(body) !== 0x5b && firstNonWs(body) !== 0x22)) {
    return Buffer.from(applyTextEdits(body.toString('utf8'), edits), 'utf8');
  }
  return applyEdits(body, edits);
}
