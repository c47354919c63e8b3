import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GuardError } from '../../src/core/errors.ts';
import type { ApiFormat, ParsedBody } from '../../src/core/types.ts';
import { applySegmentEdits, detectFormat, parseJson, parseRequest, parseResponse, removeArrayElements } from '../../src/formats/index.ts';
import { fixture, testEdits } from './helpers.ts';

const json = 'application/json';
const seg = (p: ParsedBody, pointer: string) => p.segments.find((s) => s.pointer === pointer);
const brief = (p: ParsedBody, pointer: string) => {
  const s = seg(p, pointer);
  return s ? [s.role, s.kind, s.untrusted] : undefined;
};

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof GuardError);
    return err.code;
  }
  return 'none';
}

test('detectFormat: override, path, content type and shape', () => {
  const obj = Buffer.from('{}');
  const cases: [string, string, Buffer, ApiFormat][] = [
    ['/v1/chat/completions', json, obj, 'openai.chat'],
    ['/openai/deployments/gpt4/chat/completions?api-version=2024-10-21', 'application/json; charset=utf-8', obj, 'openai.chat'],
    ['/v1/responses', json, obj, 'openai.responses'],
    ['/v1/completions', json, obj, 'openai.completions'],
    ['/v1/embeddings', json, obj, 'openai.embeddings'],
    ['/v1/messages', json, obj, 'anthropic.messages'],
    ['/v1/messages/count_tokens', json, obj, 'anthropic.messages'],
    ['/mcp', json, obj, 'mcp'],
    ['/servers/github/mcp/', json, obj, 'mcp'],
    ['/rpc', json, Buffer.from('{"jsonrpc":"2.0","method":"tools/list","id":1}'), 'mcp'],
    ['/api/anything', json, obj, 'json'],
    ['/api/anything', 'application/vnd.api+json', obj, 'json'],
    ['/api/anything', '', Buffer.from(' [1]'), 'json'],
    ['/v1/chat/completions', 'text/plain', Buffer.from('hello'), 'text'],
    ['/upload', '', Buffer.from('hello'), 'text'],
  ];
  for (const [path, contentType, body, expected] of cases) assert.equal(detectFormat({ path, contentType }, body), expected, `${path} ${contentType}`);
  assert.equal(detectFormat({ path: '/v1/chat/completions', contentType: json, override: 'anthropic.messages' }, obj), 'anthropic.messages');
  assert.equal(code(() => detectFormat({ path: '/v1/audio/transcriptions', contentType: 'multipart/form-data; boundary=x' }, obj)), 'unsupported_format');
  assert.equal(code(() => parseRequest(obj, { path: '/x', contentType: 'application/octet-stream' })), 'unsupported_format');
});

test('OpenAI chat request: every message with provenance, tools, tool calls, stream flag', () => {
  const p = parseRequest(fixture('requests/openai-chat.json'), { path: '/v1/chat/completions', contentType: json });
  assert.equal(p.format, 'openai.chat');
  assert.equal(p.model, 'gpt-4o');
  assert.equal(p.stream, true);
  assert.equal(p.messageCount, 6);
  assert.deepEqual(brief(p, '/messages/0/content'), ['system', 'message_text', false]);
  assert.deepEqual(brief(p, '/messages/1/content/0/text'), ['developer', 'content_part', false]);
  assert.deepEqual(brief(p, '/messages/2/content/0/text'), ['user', 'content_part', false]);
  assert.deepEqual(brief(p, '/messages/3/tool_calls/0/function/arguments'), ['assistant', 'tool_call_arguments', false]);
  assert.deepEqual(brief(p, '/messages/4/content'), ['tool', 'tool_result', true]);
  assert.deepEqual(brief(p, '/messages/5/content'), ['user', 'message_text', false]);
  assert.deepEqual(brief(p, '/tools/0/function/description'), ['none', 'tool_definition', false]);
  assert.deepEqual(brief(p, '/tools/0/function/parameters/properties/query/description'), ['none', 'tool_definition', false]);
  // Fields the parser does not model are still scanned.
  assert.deepEqual(brief(p, '/metadata/ticket'), ['none', 'json_string', false]);
  assert.equal(seg(p, '/messages/0/role'), undefined, 'structural fields are not segments');
  assert.deepEqual(p.toolDeclarations, [{ name: 'search_docs', pointer: '/tools/0' }, { name: 'send_email', pointer: '/tools/1' }]);
  assert.deepEqual(p.toolCalls.map((c) => [c.name, c.id, c.arguments, c.api]), [['search_docs', 'call_1', { query: 'refund policy' }, 'openai.chat']]);
});

test('OpenAI Responses, Completions and Embeddings requests', () => {
  const r = parseRequest(fixture('requests/openai-responses.json'), { path: '/v1/responses', contentType: json });
  assert.deepEqual(brief(r, '/instructions'), ['system', 'message_text', false]);
  assert.deepEqual(brief(r, '/input/0/content/0/text'), ['user', 'content_part', false]);
  assert.deepEqual(brief(r, '/input/1/arguments'), ['assistant', 'tool_call_arguments', false]);
  assert.deepEqual(brief(r, '/input/2/output'), ['tool', 'tool_result', true]);
  assert.deepEqual(r.toolCalls.map((c) => [c.name, c.id, c.api]), [['get_weather', 'call_w1', 'openai.responses']]);
  assert.deepEqual(r.toolDeclarations, [{ name: 'get_weather', pointer: '/tools/0' }]);
  const s = parseRequest(fixture('requests/openai-responses-string.json'), { path: '/v1/responses', contentType: json });
  assert.deepEqual(brief(s, '/input'), ['user', 'message_text', false]);
  assert.equal(s.stream, true);
  const c = parseRequest(fixture('requests/openai-completions.json'), { path: '/v1/completions', contentType: json });
  assert.deepEqual(c.segments.filter((x) => x.kind === 'prompt').map((x) => x.pointer), ['/prompt/0', '/prompt/1']);
  const e = parseRequest(fixture('requests/openai-embeddings.json'), { path: '/v1/embeddings', contentType: json });
  assert.deepEqual(e.segments.map((x) => [x.pointer, x.kind]), [['/input/0', 'embedding_input'], ['/input/1', 'embedding_input']]);
});

test('Anthropic request: system blocks, documents, tool_use, nested tool_result, search_result; base64 skipped', () => {
  const p = parseRequest(fixture('requests/anthropic-messages.json'), { path: '/v1/messages', contentType: json });
  assert.equal(p.stream, true);
  assert.deepEqual(brief(p, '/system/0/text'), ['system', 'content_part', false]);
  assert.deepEqual(brief(p, '/messages/0/content/1/source/data'), ['none', 'retrieved_document', true]);
  assert.deepEqual(brief(p, '/messages/1/content/0/thinking'), ['assistant', 'reasoning', false]);
  assert.deepEqual(brief(p, '/messages/1/content/1/input/filters/owner'), ['assistant', 'tool_call_arguments', false]);
  assert.deepEqual(brief(p, '/messages/2/content/0/content/0/text'), ['tool', 'tool_result', true]);
  assert.deepEqual(brief(p, '/messages/2/content/1/content/0/text'), ['none', 'retrieved_document', true]);
  assert.equal(seg(p, '/messages/2/content/1/content/0/type'), undefined);
  assert.equal(seg(p, '/messages/0/content/2/source/data'), undefined, 'base64 image data is not text');
  assert.equal(seg(p, '/messages/1/content/0/signature'), undefined);
  assert.deepEqual(p.toolCalls.map((c) => [c.name, c.id, c.arguments]), [['search', 'toolu_1', { query: 'Q3 revenue', filters: { owner: 'ellen@example.com' } }]]);
  assert.deepEqual(p.toolDeclarations, [{ name: 'search', pointer: '/tools/0' }]);
});

test('MCP requests (single and batch) and responses', () => {
  const call = parseRequest(fixture('requests/mcp-tools-call.json'), { path: '/mcp', contentType: json });
  assert.deepEqual(call.mcpMethods, ['tools/call']);
  assert.deepEqual(call.toolCalls, [{ name: 'db_query', id: '42', rpcId: 42, arguments: { sql: "SELECT * FROM users WHERE email = 'fay@example.com'", limit: 10 }, rawArguments: '{"sql":"SELECT * FROM users WHERE email = \'fay@example.com\'","limit":10}', pointer: '/params', api: 'mcp' }]);
  assert.deepEqual(brief(call, '/params/arguments/sql'), ['assistant', 'tool_call_arguments', false]);
  const batch = parseRequest(fixture('requests/mcp-batch.json'), { path: '/mcp', contentType: json });
  assert.deepEqual(batch.mcpMethods, ['prompts/get', 'resources/read', 'notifications/initialized']);
  assert.ok(seg(batch, '/1/params/uri'));
  assert.equal(batch.messageCount, 3);
  const list = parseResponse(fixture('responses/mcp-tools-list.json'), { path: '/mcp', contentType: json }, 'mcp');
  assert.deepEqual(list.toolDeclarations.map((d) => d.name), ['db_query', 'echo']);
  assert.deepEqual(brief(list, '/result/tools/0/description'), ['none', 'tool_definition', true]);
  const result = parseResponse(fixture('responses/mcp-tools-call-result.json'), { path: '/mcp', contentType: json }, 'mcp');
  assert.deepEqual(brief(result, '/result/content/0/text'), ['tool', 'tool_result', true]);
  assert.deepEqual(brief(result, '/result/structuredContent/rows/0/email'), ['tool', 'tool_result', true]);
  assert.equal(seg(result, '/result/content/1/data'), undefined);
});

test('non-streamed responses of each API', () => {
  const ctx = { path: '/x', contentType: json };
  const chat = parseResponse(fixture('responses/openai-chat.json'), ctx, 'openai.chat');
  assert.deepEqual(brief(chat, '/choices/0/message/content'), ['assistant', 'output_text', false]);
  assert.deepEqual(chat.toolCalls.map((c) => c.arguments), [{ to: 'greg@example.com' }]);
  const resp = parseResponse(fixture('responses/openai-responses.json'), ctx, 'openai.responses');
  assert.deepEqual(brief(resp, '/output/0/summary/0/text'), ['assistant', 'reasoning', false]);
  assert.deepEqual(brief(resp, '/output/1/content/0/text'), ['assistant', 'output_text', false]);
  assert.equal(seg(resp, '/output/0/encrypted_content'), undefined);
  assert.deepEqual(resp.toolCalls.map((c) => [c.name, c.id]), [['notify', 'call_3']]);
  const anth = parseResponse(fixture('responses/anthropic-messages.json'), ctx, 'anthropic.messages');
  assert.deepEqual(brief(anth, '/content/0/thinking'), ['assistant', 'reasoning', false]);
  assert.deepEqual(brief(anth, '/content/1/text'), ['assistant', 'output_text', false]);
  assert.deepEqual(brief(anth, '/content/2/input/cc/0'), ['assistant', 'tool_call_arguments', false]);
  const text = parseResponse(Buffer.from('plain a@b.com'), { path: '/x', contentType: 'text/plain' }, 'openai.chat');
  assert.deepEqual(text.segments, [{ text: 'plain a@b.com', role: 'none', kind: 'plain_text', pointer: '', untrusted: false }]);
  assert.equal(code(() => parseResponse(Buffer.from('data: x\n\n'), { path: '/x', contentType: 'text/event-stream' }, 'openai.chat')), 'unsupported_format');
  // An upstream error body is scanned like any JSON.
  const err = parseResponse(Buffer.from('{"error":{"message":"bad key sk-test-0123456789abcdef"}}'), ctx, 'openai.chat');
  assert.deepEqual(err.segments.map((s) => s.pointer), ['/error/message']);
});

test('bad bodies are GuardErrors with codes', () => {
  const ctx = { path: '/v1/chat/completions', contentType: json };
  assert.equal(code(() => parseRequest(Buffer.from('{"messages": ['), ctx)), 'malformed_body');
  assert.equal(code(() => parseRequest(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), ctx)), 'invalid_utf8');
  assert.equal(code(() => parseRequest(Buffer.from('"x"'), { path: '/x', contentType: 'text/plain; charset=utf-8' }) && parseRequest(Buffer.from([0xff]), { path: '/x', contentType: 'text/plain' })), 'invalid_utf8');
  // A JSON body that is not an object still has every string scanned.
  const arr = parseRequest(Buffer.from('["a@b.com"]'), ctx);
  assert.deepEqual(arr.segments.map((s) => s.text), ['a@b.com']);
});

test('segment edits go back into exactly the strings they came from', () => {
  const body = fixture('requests/openai-chat.json');
  const p = parseRequest(body, { path: '/v1/chat/completions', contentType: json });
  const edits = p.segments.flatMap((s) => testEdits(s.text).map((e) => ({ pointer: s.pointer, ...e })));
  assert.ok(edits.length >= 4);
  const out = applySegmentEdits(body, p.format, edits);
  const after = parseRequest(out, { path: '/v1/chat/completions', contentType: json });
  for (const s of after.segments) assert.equal(testEdits(s.text).length, 0, `${s.pointer} still has an entity`);
  assert.equal(seg(after, '/messages/2/content/0/text')?.text, 'Email me at [EMAIL] about this picture');
  assert.equal(seg(after, '/metadata/ticket')?.text, 'customer wrote from [EMAIL]');
  // Text bodies.
  assert.equal(applySegmentEdits(Buffer.from('mail a@b.com'), 'text', [{ pointer: '', start: 5, end: 12, replacement: '[EMAIL]' }]).toString(), 'mail [EMAIL]');
  // Stripping a declared tool.
  const stripped = removeArrayElements(body, [p.toolDeclarations[1].pointer]);
  assert.deepEqual(parseRequest(stripped, { path: '/v1/chat/completions', contentType: json }).toolDeclarations.map((d) => d.name), ['search_docs']);
  assert.ok(parseJson(stripped));
});

test('property: any JSON in any format parses without crashing, and every segment points at its string', () => {
  const paths = ['/v1/chat/completions', '/v1/responses', '/v1/completions', '/v1/embeddings', '/v1/messages', '/mcp', '/other'];
  const formats: ApiFormat[] = ['openai.chat', 'openai.responses', 'openai.completions', 'openai.embeddings', 'anthropic.messages', 'mcp', 'json'];
  const loose = fc.jsonValue({ maxDepth: 3 });
  const part = fc.oneof(loose, fc.record({ type: fc.constantFrom('text', 'tool_use', 'tool_result', 'document', 'search_result', 'image', 'thinking', 'input_text', 'function_call', 'function_call_output', 'message'), text: loose, content: loose, input: loose, source: loose, output: loose, arguments: loose, name: loose }, { requiredKeys: ['type'] }));
  const message = fc.record({ role: fc.constantFrom('system', 'user', 'assistant', 'tool', 'developer', 7), content: fc.oneof(fc.string(), fc.array(part, { maxLength: 3 }), loose), tool_calls: fc.array(fc.record({ id: loose, function: fc.record({ name: loose, arguments: loose }) }), { maxLength: 2 }) }, { requiredKeys: ['role'] });
  const body = fc.oneof(
    loose,
    fc.record({ model: loose, messages: fc.array(message, { maxLength: 4 }), system: loose, tools: fc.array(loose, { maxLength: 2 }), input: fc.oneof(fc.string(), fc.array(part, { maxLength: 3 })), instructions: loose, prompt: loose, stream: loose }, { requiredKeys: [] }),
    fc.record({ jsonrpc: fc.constant('2.0'), id: loose, method: fc.constantFrom('tools/call', 'prompts/get', 'resources/read', 'sampling/createMessage', 'x'), params: fc.record({ name: loose, arguments: loose, uri: loose, messages: fc.array(message, { maxLength: 2 }) }, { requiredKeys: [] }), result: fc.record({ content: fc.array(part, { maxLength: 3 }), tools: fc.array(loose, { maxLength: 2 }), structuredContent: loose }, { requiredKeys: [] }) }, { requiredKeys: ['jsonrpc'] }),
  );
  fc.assert(
    fc.property(body, fc.nat(paths.length - 1), fc.boolean(), (v, pi, asResponse) => {
      const buf = Buffer.from(JSON.stringify(v));
      const ctx = { path: paths[pi], contentType: json };
      const parsed = asResponse ? parseResponse(buf, ctx, formats[pi]) : parseRequest(buf, ctx);
      const strings = new Map(parseJson(buf).strings.map((s) => [s.pointer, s.value]));
      for (const s of parsed.segments) assert.equal(strings.get(s.pointer), s.text, s.pointer);
      assert.equal(new Set(parsed.segments.map((s) => s.pointer)).size, parsed.segments.length, 'no string is scanned twice');
      return true;
    }),
    { numRuns: 400 },
  );
});
