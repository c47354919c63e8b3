// MCP JSON-RPC messages (Streamable HTTP): a single message or a batch array. Requests carry tool
// calls and prompt / resource parameters; responses carry tool output, which is untrusted content, and
// tool listings, whose descriptions are a known injection vector (tool poisoning).
import type { ParsedBody } from '../core/types.ts';
import { BodyBuilder, isObj, ptr } from './builder.ts';
import type { JsonDocument } from './json.ts';

function jsonRpcId(id: unknown): string | undefined {
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

/** Scans one JSON-RPC message at pointer `p`. */
function message(b: BodyBuilder, m: unknown, p: string): void {
  if (!isObj(m)) return;
  b.messageCount++;
  if (typeof m.method === 'string') {
    b.mcpMethods.push(m.method);
    const params = isObj(m.params) ? m.params : undefined;
    if (!params) return;
    const pp = ptr(p, 'params');
    switch (m.method) {
      case 'tools/call': {
        const id = jsonRpcId(m.id);
        b.toolCalls.push({
          name: typeof params.name === 'string' ? params.name : '',
          ...(id !== undefined ? { id, rpcId: m.id as string | number } : {}),
          arguments: params.arguments,
          rawArguments: params.arguments === undefined ? '' : JSON.stringify(params.arguments),
          pointer: pp,
          api: 'mcp',
        });
        b.leaves(params.arguments, ptr(pp, 'arguments'), 'assistant', 'tool_call_arguments');
        break;
      }
      case 'prompts/get':
        b.seg(params.name, ptr(pp, 'name'), 'user', 'json_string');
        b.leaves(params.arguments, ptr(pp, 'arguments'), 'user', 'json_string');
        break;
      case 'resources/read':
        b.seg(params.uri, ptr(pp, 'uri'), 'user', 'json_string');
        break;
      case 'sampling/createMessage':
        // Server-initiated LLM request: its messages are tool-server content, hence untrusted.
        if (Array.isArray(params.messages)) {
          params.messages.forEach((msg, i) => {
            if (isObj(msg)) b.leaves(msg.content, ptr(pp, 'messages', i, 'content'), 'tool', 'tool_result', true, true);
          });
        }
        b.seg(params.systemPrompt, ptr(pp, 'systemPrompt'), 'tool', 'tool_result', true);
        break;
      default:
        b.leaves(params, pp, 'user', 'json_string');
    }
    return;
  }
  // A response (to our tools/call, tools/list, ...) or an error.
  const result = m.result;
  if (isObj(result)) {
    const rp = ptr(p, 'result');
    if (Array.isArray(result.tools)) {
      result.tools.forEach((t, i) => {
        if (!isObj(t)) return;
        const tp = ptr(rp, 'tools', i);
        b.declare(t.name, tp, [[t.description, ptr(tp, 'description')], [t.title, ptr(tp, 'title')], [t.inputSchema, ptr(tp, 'inputSchema')], [t.annotations, ptr(tp, 'annotations')]], true);
      });
    }
    if (Array.isArray(result.content)) {
      result.content.forEach((c, i) => {
        const cp = ptr(rp, 'content', i);
        if (!isObj(c)) return;
        if (c.type === 'text') b.seg(c.text, ptr(cp, 'text'), 'tool', 'tool_result', true);
        else if (c.type === 'image' || c.type === 'audio') b.skip(ptr(cp, 'data'));
        else if (c.type === 'resource' && isObj(c.resource)) {
          b.seg(c.resource.text, ptr(cp, 'resource', 'text'), 'tool', 'tool_result', true);
          b.skip(ptr(cp, 'resource', 'blob'));
        } else b.leaves(c, cp, 'tool', 'tool_result', true, true);
      });
    }
    if (Array.isArray(result.contents)) {
      // resources/read
      result.contents.forEach((c, i) => {
        if (!isObj(c)) return;
        b.seg(c.text, ptr(rp, 'contents', i, 'text'), 'tool', 'retrieved_document', true);
        b.skip(ptr(rp, 'contents', i, 'blob'));
      });
    }
    if (Array.isArray(result.messages)) {
      // prompts/get
      result.messages.forEach((msg, i) => isObj(msg) && b.leaves(msg.content, ptr(rp, 'messages', i, 'content'), 'tool', 'tool_result', true, true));
    }
    if (result.structuredContent !== undefined) b.leaves(result.structuredContent, ptr(rp, 'structuredContent'), 'tool', 'tool_result', true);
  }
}

/** Parses an MCP JSON-RPC body (request or response, single or batch). Unclaimed strings are untrusted. */
export function parseMcp(v: unknown, doc: JsonDocument, response: boolean): ParsedBody {
  const b = new BodyBuilder();
  if (Array.isArray(v)) v.forEach((m, i) => message(b, m, ptr('', i)));
  else message(b, v, '');
  return b.finish('mcp', doc, { restUntrusted: response });
}
