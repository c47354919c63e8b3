// Anthropic Messages request and response bodies. Tool results, documents and search results are
// marked untrusted: they are where indirect prompt injection arrives.
import type { ParsedBody, Role } from '../core/types.ts';
import { BodyBuilder, isObj, ptr } from './builder.ts';
import type { JsonDocument } from './json.ts';

/** Scans one content block; `role` is the message role, `inTool` marks nested tool_result content. */
function block(b: BodyBuilder, blk: unknown, p: string, role: Role, inTool: boolean, response: boolean): void {
  if (typeof blk === 'string') {
    b.seg(blk, p, inTool ? 'tool' : role, inTool ? 'tool_result' : response ? 'output_text' : 'content_part', inTool);
    return;
  }
  if (!isObj(blk)) return;
  switch (blk.type) {
    case 'text':
      b.seg(blk.text, ptr(p, 'text'), inTool ? 'tool' : role, inTool ? 'tool_result' : response ? 'output_text' : 'content_part', inTool);
      if (Array.isArray(blk.citations)) b.leaves(blk.citations, ptr(p, 'citations'), 'none', 'retrieved_document', true, true);
      break;
    case 'thinking':
      b.seg(blk.thinking, ptr(p, 'thinking'), 'assistant', 'reasoning');
      break;
    case 'redacted_thinking':
      b.skip(ptr(p, 'data'));
      break;
    case 'tool_use':
    case 'server_tool_use': {
      const raw = blk.input === undefined ? '' : JSON.stringify(blk.input);
      b.leaves(blk.input, ptr(p, 'input'), 'assistant', 'tool_call_arguments');
      b.toolCalls.push({
        name: typeof blk.name === 'string' ? blk.name : '',
        ...(typeof blk.id === 'string' ? { id: blk.id } : {}),
        arguments: blk.input,
        rawArguments: raw,
        pointer: p,
        api: 'anthropic.messages',
      });
      break;
    }
    case 'tool_result':
      if (Array.isArray(blk.content)) blk.content.forEach((c, j) => block(b, c, ptr(p, 'content', j), 'tool', true, response));
      else b.seg(blk.content, ptr(p, 'content'), 'tool', 'tool_result', true);
      break;
    case 'document': {
      const src = blk.source;
      if (isObj(src)) {
        if (src.type === 'text') b.seg(src.data, ptr(p, 'source', 'data'), 'none', 'retrieved_document', true);
        else if (src.type === 'content' && Array.isArray(src.content)) b.leaves(src.content, ptr(p, 'source', 'content'), 'none', 'retrieved_document', true, true);
        else if (src.type === 'base64') b.skip(ptr(p, 'source', 'data'));
      }
      b.seg(blk.title, ptr(p, 'title'), 'none', 'retrieved_document', true);
      b.seg(blk.context, ptr(p, 'context'), 'none', 'retrieved_document', true);
      break;
    }
    case 'search_result':
      b.leaves(blk.content, ptr(p, 'content'), 'none', 'retrieved_document', true, true);
      b.seg(blk.title, ptr(p, 'title'), 'none', 'retrieved_document', true);
      b.seg(blk.source, ptr(p, 'source'), 'none', 'retrieved_document', true);
      break;
    case 'image':
      if (isObj(blk.source) && blk.source.type === 'base64') b.skip(ptr(p, 'source', 'data'));
      break;
    default:
      // Server tool results (web_search_tool_result, code execution, ...) are untrusted content.
      if (typeof blk.type === 'string' && blk.type.endsWith('_tool_result')) b.leaves(blk.content, ptr(p, 'content'), 'tool', 'tool_result', true, true);
  }
}

/** Anthropic Messages request. tool_use blocks in the history are reported as toolCalls. */
export function parseMessagesRequest(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (typeof v.system === 'string') b.seg(v.system, '/system', 'system', 'message_text');
  else if (Array.isArray(v.system)) v.system.forEach((s, i) => isObj(s) && b.seg(s.text, ptr('', 'system', i, 'text'), 'system', 'content_part'));
  if (Array.isArray(v.messages)) {
    v.messages.forEach((m, i) => {
      if (!isObj(m)) return;
      b.messageCount++;
      const role: Role = m.role === 'assistant' ? 'assistant' : m.role === 'user' ? 'user' : 'none';
      const p = ptr('', 'messages', i, 'content');
      if (typeof m.content === 'string') b.seg(m.content, p, role, 'message_text');
      else if (Array.isArray(m.content)) m.content.forEach((blk, j) => block(b, blk, ptr(p, j), role, false, false));
    });
  }
  if (Array.isArray(v.tools)) {
    v.tools.forEach((t, i) => {
      if (!isObj(t)) return;
      const p = ptr('', 'tools', i);
      b.declare(t.name ?? t.type, p, [[t.description, ptr(p, 'description')], [t.input_schema, ptr(p, 'input_schema')]], false);
    });
  }
  return b.finish('anthropic.messages', doc, { model: v.model, stream: v.stream });
}

/** Anthropic Messages (non-streamed) response: content[] text / tool_use / thinking. */
export function parseMessagesResponse(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (Array.isArray(v.content)) {
    b.messageCount = 1;
    v.content.forEach((blk, j) => block(b, blk, ptr('', 'content', j), 'assistant', false, true));
  }
  return b.finish('anthropic.messages', doc, { model: v.model });
}
