// OpenAI request and response bodies: Chat Completions, Responses, legacy Completions, Embeddings.
// Every message is scanned (system, developer, earlier assistant turns, tool results), not just the
// last user turn: injected instructions usually arrive through tool output or history.
import type { ParsedBody, Role } from '../core/types.ts';
import { BodyBuilder, isObj, parseArguments, ptr } from './builder.ts';
import type { JsonDocument } from './json.ts';

function chatRole(r: unknown): Role {
  if (r === 'system' || r === 'developer' || r === 'user' || r === 'assistant' || r === 'tool') return r;
  if (r === 'function') return 'tool';
  return 'none';
}

/** Text of a content-part array or string: parts of type text / input_text / output_text / refusal. */
function contentParts(b: BodyBuilder, content: unknown, base: string, role: Role, tool: boolean): void {
  const untrusted = tool;
  if (typeof content === 'string') {
    b.seg(content, base, role, tool ? 'tool_result' : 'message_text', untrusted);
    return;
  }
  if (!Array.isArray(content)) return;
  content.forEach((part, j) => {
    const p = ptr(base, j);
    if (typeof part === 'string') {
      b.seg(part, p, role, tool ? 'tool_result' : 'content_part', untrusted);
      return;
    }
    if (!isObj(part)) return;
    for (const key of ['text', 'refusal']) {
      if (typeof part[key] === 'string') b.seg(part[key], ptr(p, key), role, tool ? 'tool_result' : 'content_part', untrusted);
    }
    if (isObj(part.image_url) && typeof part.image_url.url === 'string') b.seg(part.image_url.url, ptr(p, 'image_url', 'url'), role, 'json_string', untrusted);
    if (part.type === 'input_audio' || part.type === 'input_image' || part.type === 'input_file' || part.type === 'file') {
      if (isObj(part.input_audio)) b.skip(ptr(p, 'input_audio', 'data'));
      b.skip(ptr(p, 'file_data'));
      if (isObj(part.file)) b.skip(ptr(p, 'file', 'file_data'));
    }
  });
}

function chatTools(b: BodyBuilder, tools: unknown, base: string): void {
  if (!Array.isArray(tools)) return;
  tools.forEach((t, i) => {
    if (!isObj(t)) return;
    const p = ptr(base, i);
    if (isObj(t.function)) {
      b.declare(t.function.name, p, [[t.function.description, ptr(p, 'function', 'description')], [t.function.parameters, ptr(p, 'function', 'parameters')]], false);
    } else {
      // Legacy `functions` entries and built-in tools.
      b.declare(t.name ?? t.type, p, [[t.description, ptr(p, 'description')], [t.parameters, ptr(p, 'parameters')]], false);
    }
  });
}

function chatToolCalls(b: BodyBuilder, calls: unknown, base: string): void {
  if (!Array.isArray(calls)) return;
  calls.forEach((tc, k) => {
    if (!isObj(tc)) return;
    const p = ptr(base, k);
    const fn = isObj(tc.function) ? tc.function : isObj(tc.custom) ? tc.custom : undefined;
    if (!fn) return;
    const argKey = typeof fn.arguments === 'string' ? 'arguments' : 'input';
    const raw = typeof fn[argKey] === 'string' ? (fn[argKey] as string) : '';
    b.seg(fn[argKey], ptr(p, isObj(tc.function) ? 'function' : 'custom', argKey), 'assistant', 'tool_call_arguments');
    b.toolCalls.push({
      name: typeof fn.name === 'string' ? fn.name : '',
      ...(typeof tc.id === 'string' ? { id: tc.id } : {}),
      arguments: parseArguments(raw),
      rawArguments: raw,
      pointer: p,
      api: 'openai.chat',
    });
  });
}

/** Chat Completions request. Assistant tool_calls in the history are reported as toolCalls too. */
export function parseChatRequest(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (Array.isArray(v.messages)) {
    v.messages.forEach((m, i) => {
      if (!isObj(m)) return;
      b.messageCount++;
      const p = ptr('', 'messages', i);
      const role = chatRole(m.role);
      contentParts(b, m.content, ptr(p, 'content'), role, role === 'tool');
      if (typeof m.refusal === 'string') b.seg(m.refusal, ptr(p, 'refusal'), role, 'message_text');
      chatToolCalls(b, m.tool_calls, ptr(p, 'tool_calls'));
      if (isObj(m.function_call)) {
        const fc = m.function_call;
        const raw = typeof fc.arguments === 'string' ? fc.arguments : '';
        b.seg(fc.arguments, ptr(p, 'function_call', 'arguments'), 'assistant', 'tool_call_arguments');
        b.toolCalls.push({ name: typeof fc.name === 'string' ? fc.name : '', arguments: parseArguments(raw), rawArguments: raw, pointer: ptr(p, 'function_call'), api: 'openai.chat' });
      }
    });
  }
  chatTools(b, v.tools, '/tools');
  chatTools(b, v.functions, '/functions');
  return b.finish('openai.chat', doc, { model: v.model, stream: v.stream });
}

/** Chat Completions (non-streamed) response. */
export function parseChatResponse(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (Array.isArray(v.choices)) {
    v.choices.forEach((c, i) => {
      if (!isObj(c) || !isObj(c.message)) return;
      b.messageCount++;
      const p = ptr('', 'choices', i, 'message');
      const m = c.message;
      contentParts(b, m.content, ptr(p, 'content'), 'assistant', false);
      b.seg(m.refusal, ptr(p, 'refusal'), 'assistant', 'output_text');
      b.seg(m.reasoning_content, ptr(p, 'reasoning_content'), 'assistant', 'reasoning');
      chatToolCalls(b, m.tool_calls, ptr(p, 'tool_calls'));
    });
  }
  // Content strings were claimed as message_text by contentParts; mark them output_text.
  const segments = b.segments.map((s) => (s.kind === 'message_text' || s.kind === 'content_part' ? { ...s, kind: 'output_text' as const } : s));
  b.segments.length = 0;
  b.segments.push(...segments);
  return b.finish('openai.chat', doc, { model: v.model });
}

function responsesItems(b: BodyBuilder, items: unknown[], base: string, response: boolean): void {
  items.forEach((item, i) => {
    if (!isObj(item)) return;
    const p = ptr(base, i);
    const type = item.type ?? (item.role !== undefined ? 'message' : undefined);
    switch (type) {
      case 'message': {
        b.messageCount++;
        const role = response ? 'assistant' : chatRole(item.role);
        contentParts(b, item.content, ptr(p, 'content'), role, false);
        break;
      }
      case 'function_call':
      case 'custom_tool_call': {
        const key = type === 'function_call' ? 'arguments' : 'input';
        const raw = typeof item[key] === 'string' ? (item[key] as string) : '';
        b.seg(item[key], ptr(p, key), 'assistant', 'tool_call_arguments');
        b.toolCalls.push({
          name: typeof item.name === 'string' ? item.name : '',
          ...(typeof item.call_id === 'string' ? { id: item.call_id } : {}),
          arguments: parseArguments(raw),
          rawArguments: raw,
          pointer: p,
          api: 'openai.responses',
        });
        break;
      }
      case 'function_call_output':
      case 'custom_tool_call_output':
        b.messageCount++;
        contentParts(b, item.output, ptr(p, 'output'), 'tool', true);
        break;
      case 'reasoning':
        if (Array.isArray(item.summary)) item.summary.forEach((s, j) => isObj(s) && b.seg(s.text, ptr(p, 'summary', j, 'text'), 'assistant', 'reasoning'));
        if (Array.isArray(item.content)) item.content.forEach((s, j) => isObj(s) && b.seg(s.text, ptr(p, 'content', j, 'text'), 'assistant', 'reasoning'));
        break;
      default:
        // Built-in tool calls and their outputs (web search, file search, MCP, shell): results are untrusted.
        if (typeof type === 'string' && (type.endsWith('_output') || type.endsWith('_call'))) b.leaves(item, p, 'tool', 'tool_result', true, true);
    }
  });
}

/** Responses API request. */
export function parseResponsesRequest(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  b.seg(v.instructions, '/instructions', 'system', 'message_text');
  if (typeof v.input === 'string') {
    b.messageCount++;
    b.seg(v.input, '/input', 'user', 'message_text');
  } else if (Array.isArray(v.input)) {
    responsesItems(b, v.input, '/input', false);
  }
  if (Array.isArray(v.tools)) {
    v.tools.forEach((t, i) => {
      if (!isObj(t)) return;
      const p = ptr('', 'tools', i);
      b.declare(t.name ?? t.server_label ?? t.type, p, [[t.description, ptr(p, 'description')], [t.parameters, ptr(p, 'parameters')], [t.server_description, ptr(p, 'server_description')]], false);
    });
  }
  return b.finish('openai.responses', doc, { model: v.model, stream: v.stream });
}

/** Responses API (non-streamed) response: output[] items. */
export function parseResponsesResponse(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (Array.isArray(v.output)) responsesItems(b, v.output, '/output', true);
  const segments = b.segments.map((s) => (s.role === 'assistant' && (s.kind === 'message_text' || s.kind === 'content_part') ? { ...s, kind: 'output_text' as const } : s));
  b.segments.length = 0;
  b.segments.push(...segments);
  return b.finish('openai.responses', doc, { model: v.model });
}

/** Legacy Completions request (`prompt` string or array) and response (`choices[].text`). */
export function parseCompletionsRequest(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (typeof v.prompt === 'string') b.seg(v.prompt, '/prompt', 'user', 'prompt');
  else if (Array.isArray(v.prompt)) v.prompt.forEach((x, i) => b.seg(x, ptr('', 'prompt', i), 'user', 'prompt'));
  b.seg(v.suffix, '/suffix', 'user', 'prompt');
  b.messageCount = 1;
  return b.finish('openai.completions', doc, { model: v.model, stream: v.stream });
}

export function parseCompletionsResponse(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (Array.isArray(v.choices)) v.choices.forEach((c, i) => isObj(c) && b.seg(c.text, ptr('', 'choices', i, 'text'), 'assistant', 'output_text'));
  return b.finish('openai.completions', doc, { model: v.model });
}

/** Embeddings request (`input` string or array of strings; token arrays carry no text). */
export function parseEmbeddingsRequest(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (typeof v.input === 'string') b.seg(v.input, '/input', 'user', 'embedding_input');
  else if (Array.isArray(v.input)) v.input.forEach((x, i) => b.seg(x, ptr('', 'input', i), 'user', 'embedding_input'));
  return b.finish('openai.embeddings', doc, { model: v.model });
}

export function parseEmbeddingsResponse(v: Record<string, unknown>, doc: JsonDocument): ParsedBody {
  const b = new BodyBuilder();
  if (Array.isArray(v.data)) v.data.forEach((_, i) => b.skip(ptr('', 'data', i, 'embedding')));
  return b.finish('openai.embeddings', doc, { model: v.model });
}
