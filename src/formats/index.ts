// Public surface of the formats layer: API parsers with segment provenance, JSON position writing,
// SSE parsing, the streaming rewriter, API-native error bodies and body decoding.
export type {
  ChannelEdit, ChannelInfo, ChannelRedactor, FormatContext, StreamOptions, StreamOutput, StreamTransformer, TextEdit,
  ToolGate, ToolGateResult, ParsedBody,
} from './types.ts';
export type { JsonDocument, JsonLimits, JsonNode, JsonNodeKind, JsonString } from './json.ts';
export { applyEdits, applyTextEdits, assertUtf8, parseJson, parsePointer, pointerToken, quoteJson, removeArrayElements } from './json.ts';
export { applySegmentEdits, detectFormat, parseRequest, parseRequestDocument, parseResponse, parseResponseDocument } from './registry.ts';
export type { ParsedWithDocument } from './registry.ts';
export type { SseBlock, SseEventOut } from './sse.ts';
export { SseParser, parseSse, serializeEvent } from './sse.ts';
export { createStreamTransformer } from './stream.ts';
export type { JsonRpcId } from './error-bodies.ts';
export { errorBody, streamErrorEvent } from './error-bodies.ts';
export type { AsyncStreamDecoder, StreamDecoder } from './encoding.ts';
export { createAsyncStreamDecoder, createStreamDecoder, decodeBody } from './encoding.ts';
