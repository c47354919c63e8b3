// API-native error bodies and stream error events. A client SDK only surfaces a denial sensibly when it
// arrives in the shape that SDK parses; a generic body would show up as "unexpected response".
import type { ApiFormat } from '../core/types.ts';
import { serializeEvent } from './sse.ts';

function openaiType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

function anthropicType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 413) return 'request_too_large';
  if (status === 429) return 'rate_limit_error';
  if (status === 529) return 'overloaded_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

/** JSON-RPC error code for an HTTP-ish status: policy denials use the implementation-defined range. */
function jsonRpcCode(status: number): number {
  if (status === 400 || status === 413) return -32600;
  if (status >= 500) return -32603;
  return -32001;
}

/** A JSON-RPC id as the request carried it (string, number or null). */
export type JsonRpcId = string | number | null;

/**
 * The body of a local error reply in the API's own shape. `code` is our machine-readable reason
 * (e.g. 'policy_denied'); `message` must not contain prompt or response content. `id` is the JSON-RPC
 * id to answer for MCP (null when unknown).
 */
export function errorBody(format: ApiFormat, status: number, code: string, message: string, id: JsonRpcId = null): Buffer {
  let body: unknown;
  switch (format) {
    case 'openai.chat':
    case 'openai.responses':
    case 'openai.completions':
    case 'openai.embeddings':
      body = { error: { message, type: openaiType(status), param: null, code } };
      break;
    case 'anthropic.messages':
      body = { type: 'error', error: { type: anthropicType(status), message } };
      break;
    case 'mcp':
      body = { jsonrpc: '2.0', id, error: { code: jsonRpcCode(status), message, data: { code, status } } };
      break;
    default:
      body = { error: { code, message, status } };
  }
  return Buffer.from(JSON.stringify(body), 'utf8');
}

/**
 * An error in the API's own event-stream format, followed by the terminator its clients wait for, to
 * end a stream that policy stopped. Lifetime: written once, after the last released event.
 */
export function streamErrorEvent(format: ApiFormat, message: string, id: JsonRpcId = null): Buffer {
  const code = 'content_blocked';
  switch (format) {
    case 'openai.chat':
    case 'openai.completions':
    case 'openai.embeddings':
      return Buffer.concat([
        serializeEvent({ data: JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code } }) }),
        serializeEvent({ data: '[DONE]' }),
      ]);
    case 'openai.responses':
      return Buffer.concat([
        serializeEvent({ event: 'error', data: JSON.stringify({ type: 'error', code, message, param: null }) }),
        serializeEvent({
          event: 'response.failed',
          data: JSON.stringify({
            type: 'response.failed',
            response: { object: 'response', status: 'failed', error: { code, message }, output: [] },
          }),
        }),
      ]);
    case 'anthropic.messages':
      return serializeEvent({
        event: 'error',
        data: JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message } }),
      });
    case 'mcp':
      return serializeEvent({
        event: 'message',
        data: JSON.stringify({ jsonrpc: '2.0', id, error: { code: -32001, message, data: { code } } }),
      });
    default:
      return serializeEvent({ event: 'error', data: JSON.stringify({ error: { code, message } }) });
  }
}
