import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GuardError } from '../../src/core/errors.ts';
import type { ApiFormat, ToolCall } from '../../src/core/types.ts';
import { parseSse } from '../../src/formats/sse.ts';
import { createStreamTransformer } from '../../src/formats/stream.ts';
import type { StreamOptions, ToolGate } from '../../src/formats/types.ts';
import { TEST_HOLDBACK, clientView, fixture, rawEntities, redactAll, testRedactor, wordRedactAll, wordRedactor } from './helpers.ts';

type Fmt = 'openai.chat' | 'openai.completions' | 'openai.responses' | 'anthropic.messages';

interface Run {
  bytes: Buffer;
  calls: ToolCall[];
  blocked?: { reason: string; reset: boolean };
  /** Per push: channel stats after it. */
  stats: { id: string; total: number; released: number; closed: boolean }[][];
}

function run(body: Buffer, cuts: number[], opts: Partial<StreamOptions> & { format: ApiFormat }): Run {
  const t = createStreamTransformer({ holdBack: TEST_HOLDBACK, maxEventBytes: 1 << 16, redact: testRedactor, onBlock: 'error_event', ...opts });
  const out: Buffer[] = [];
  const calls: ToolCall[] = [];
  const stats: Run['stats'] = [];
  let blocked: Run['blocked'];
  let pos = 0;
  const take = (r: ReturnType<typeof t.push>) => {
    out.push(r.bytes);
    calls.push(...r.toolCalls);
    if (r.blocked) blocked = r.blocked;
    stats.push(t.channelStats());
  };
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    take(t.push(body.subarray(pos, c)));
    pos = c;
  }
  take(t.push(body.subarray(pos)));
  take(t.end());
  return { bytes: Buffer.concat(out), calls, stats, ...(blocked ? { blocked } : {}) };
}

const FIXTURE_FORMATS: [string, Fmt][] = [
  ['openai-chat-content.sse', 'openai.chat'],
  ['openai-chat-multichoice.sse', 'openai.chat'],
  ['openai-chat-tools.sse', 'openai.chat'],
  ['openai-completions.sse', 'openai.completions'],
  ['openai-responses.sse', 'openai.responses'],
  ['anthropic-messages.sse', 'anthropic.messages'],
];

/** Upstream channel texts as the client would assemble them without us. */
function upstreamText(format: Fmt, body: Buffer): Map<string, string> {
  return clientView(format, body).channels;
}

test('fixtures: every channel equals whole-text redaction, entities never leave, done events agree', () => {
  for (const [file, format] of FIXTURE_FORMATS) {
    const body = fixture(`streams/${file}`);
    const upstream = upstreamText(format, body);
    const r = run(body, [], { format });
    const out = clientView(format, r.bytes);
    assert.deepEqual([...out.channels.keys()].sort(), [...upstream.keys()].sort(), file);
    let entities = 0;
    for (const [ch, text] of upstream) {
      assert.equal(out.channels.get(ch), redactAll(text), `${file} ${ch}`);
      for (const ent of rawEntities(text)) {
        entities++;
        assert.ok(!r.bytes.toString().includes(ent), `${file}: ${ent} leaked`);
      }
    }
    assert.ok(entities > 0, `${file} has entities`);
    for (const [ch, text] of out.done) assert.equal(text, out.channels.get(ch), `${file} done ${ch}`);
    // Events are never emitted with an empty text delta.
    for (const ev of out.events as Record<string, any>[]) {
      if (ev.type === 'content_block_delta') assert.notEqual(ev.delta.text ?? ev.delta.thinking ?? ev.delta.partial_json ?? 'x', '', file);
      if (ev.type === 'response.output_text.delta') assert.notEqual(ev.delta, '', file);
    }
  }
});

test('fixtures: MCP messages have every string scanned', () => {
  const r = run(fixture('streams/mcp-tools-call.sse'), [], { format: 'mcp' });
  const s = r.bytes.toString();
  assert.ok(s.startsWith('id: 1\ndata:\n\n'), 'priming event passes unchanged');
  assert.ok(!s.includes('ivan@example.com') && !s.includes('sk-test-MCPk'));
  assert.ok(s.includes('Customer record: [EMAIL], api key [KEY]'));
  assert.ok(s.includes('Searching the CRM'));
});

test('fixtures: the Responses .done texts and response.completed carry the redacted text', () => {
  const r = run(fixture('streams/openai-responses.sse'), [], { format: 'openai.responses' });
  const completed = parseSse(r.bytes).map((b) => (b.data ? JSON.parse(b.data) : null)).find((o) => o?.type === 'response.completed');
  assert.equal(completed.response.output[0].content[0].text, 'The account owner is [EMAIL]; rotate key [KEY] soon.');
  assert.equal(completed.response.output[1].arguments, '{"email":"[EMAIL]","note":"hi"}');
  assert.deepEqual(r.calls.map((c) => [c.name, c.id, c.arguments]), [['notify', 'call_fx_9', { email: 'frank@example.com', note: 'hi' }]]);
});

test('property: fixtures give identical bytes for every chunking, incl. 1-byte chunks', () => {
  for (const [file, format] of FIXTURE_FORMATS) {
    const body = fixture(`streams/${file}`);
    const whole = run(body, [], { format }).bytes;
    const bytewise = run(body, Array.from({ length: body.length }, (_, i) => i), { format }).bytes;
    assert.ok(bytewise.equals(whole), file);
  }
  const bodies = FIXTURE_FORMATS.map(([f, fmt]) => [fixture(`streams/${f}`), fmt] as const);
  const reference = bodies.map(([b, format]) => run(b, [], { format }).bytes);
  fc.assert(
    fc.property(fc.nat(bodies.length - 1), fc.array(fc.nat(), { maxLength: 30 }), (i, cuts) => {
      const [body, format] = bodies[i];
      assert.ok(run(body, cuts.map((c) => c % (body.length + 1)), { format }).bytes.equals(reference[i]));
      return true;
    }),
    { numRuns: 150 },
  );
});

// ---------------------------------------------------------------- generated streams

const word = fc.constantFrom('the', 'report', 'is', 'ready', 'Grüße', '😀', 'naïve', '—', 'ok', 'x', 'mail', 'key', '\n', '"q"', '\\');
const email = fc.tuple(fc.stringMatching(/^[a-z0-9._]{1,12}$/), fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.constantFrom('com', 'org', 'co.uk')).map(([l, d, t]) => `${l}@${d}.${t}`);
const key = fc.stringMatching(/^[A-Za-z0-9]{16,24}$/).map((s) => `sk-test-${s}`);
const textArb = fc.array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 1, arbitrary: email }, { weight: 1, arbitrary: key }), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));

/** Splits a text into deltas at arbitrary UTF-16 positions (surrogate pairs may be split too). */
function splitText(text: string, cuts: number[]): string[] {
  const pos = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let last = 0;
  for (const p of pos) {
    if (p > last) parts.push(text.slice(last, p));
    last = p;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

function sseOf(events: { event?: string; data: unknown }[], eol: string): Buffer {
  return Buffer.from(events.map((e) => (e.event ? `event: ${e.event}${eol}` : '') + `data: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}${eol}${eol}`).join(''));
}

interface Gen {
  format: Fmt;
  body: Buffer;
  texts: Map<string, string>;
}

const splits = fc.array(fc.nat(), { maxLength: 25 });
const eolArb = fc.constantFrom('\n', '\r\n', '\r');

const chatGen: fc.Arbitrary<Gen> = fc.tuple(textArb, textArb, textArb, splits, splits, splits, fc.boolean(), eolArb).map(([t0, t1, args, s0, s1, s2, two, eol]) => {
  const env = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' };
  const ev: { data: unknown }[] = [{ data: { ...env, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] } }];
  const a = splitText(t0, s0).map((d) => ({ data: { ...env, choices: [{ index: 0, delta: { content: d }, finish_reason: null }] } }));
  const b = two ? splitText(t1, s1).map((d) => ({ data: { ...env, choices: [{ index: 1, delta: { content: d }, finish_reason: null }] } })) : [];
  // Interleave the two choices.
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]) ev.push(a[i]);
    if (b[i]) ev.push(b[i]);
  }
  const argText = JSON.stringify({ note: args });
  ev.push({ data: { ...env, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'note', arguments: '' } }] }, finish_reason: null }] } });
  for (const d of splitText(argText, s2)) ev.push({ data: { ...env, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: d } }] }, finish_reason: null }] } });
  ev.push({ data: { ...env, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] } });
  if (two) ev.push({ data: { ...env, choices: [{ index: 1, delta: {}, finish_reason: 'stop' }] } });
  ev.push({ data: '[DONE]' });
  const texts = new Map([['choice:0/content', t0], ['choice:0/tool:0/arguments', argText]]);
  if (two) texts.set('choice:1/content', t1);
  return { format: 'openai.chat' as const, body: sseOf(ev, eol), texts };
});

const anthropicGen: fc.Arbitrary<Gen> = fc.tuple(textArb, textArb, textArb, splits, splits, splits, eolArb).map(([think, t, args, s0, s1, s2, eol]) => {
  const ev = (type: string, body: Record<string, unknown>) => ({ event: type, data: { type, ...body } });
  const argText = JSON.stringify({ body: args });
  const events = [
    ev('message_start', { message: { id: 'm', type: 'message', role: 'assistant', content: [], model: 'c' } }),
    ev('content_block_start', { index: 0, content_block: { type: 'thinking', thinking: '' } }),
    ...splitText(think, s0).map((d) => ev('content_block_delta', { index: 0, delta: { type: 'thinking_delta', thinking: d } })),
    ev('content_block_stop', { index: 0 }),
    ev('content_block_start', { index: 1, content_block: { type: 'text', text: '' } }),
    ...splitText(t, s1).flatMap((d, i) => (i % 3 === 1 ? [ev('ping', {}), ev('content_block_delta', { index: 1, delta: { type: 'text_delta', text: d } })] : [ev('content_block_delta', { index: 1, delta: { type: 'text_delta', text: d } })])),
    ev('content_block_stop', { index: 1 }),
    ev('content_block_start', { index: 2, content_block: { type: 'tool_use', id: 'toolu_1', name: 'send', input: {} } }),
    ...splitText(argText, s2).map((d) => ev('content_block_delta', { index: 2, delta: { type: 'input_json_delta', partial_json: d } })),
    ev('content_block_stop', { index: 2 }),
    ev('message_delta', { delta: { stop_reason: 'tool_use' } }),
    ev('message_stop', {}),
  ];
  return { format: 'anthropic.messages' as const, body: sseOf(events, eol), texts: new Map([['block:0/thinking', think], ['block:1/text', t], ['block:2/input', argText]]) };
});

const responsesGen: fc.Arbitrary<Gen> = fc.tuple(textArb, textArb, splits, splits, eolArb).map(([t, args, s0, s1, eol]) => {
  const ev = (type: string, body: Record<string, unknown>) => ({ event: type, data: { type, ...body } });
  const argText = JSON.stringify({ q: args });
  const msg = { id: 'msg', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: t, annotations: [] }] };
  const fcall = { id: 'fc', type: 'function_call', call_id: 'call_1', name: 'search', arguments: argText };
  const events = [
    ev('response.created', { response: { id: 'r', output: [] } }),
    ev('response.output_item.added', { output_index: 0, item: { ...msg, content: [] } }),
    ev('response.content_part.added', { output_index: 0, content_index: 0, part: { type: 'output_text', text: '' } }),
    ...splitText(t, s0).map((d) => ev('response.output_text.delta', { output_index: 0, content_index: 0, delta: d })),
    ev('response.output_text.done', { output_index: 0, content_index: 0, text: t }),
    ev('response.content_part.done', { output_index: 0, content_index: 0, part: { type: 'output_text', text: t } }),
    ev('response.output_item.done', { output_index: 0, item: msg }),
    ev('response.output_item.added', { output_index: 1, item: { ...fcall, arguments: '' } }),
    ...splitText(argText, s1).map((d) => ev('response.function_call_arguments.delta', { output_index: 1, delta: d })),
    ev('response.function_call_arguments.done', { output_index: 1, arguments: argText }),
    ev('response.output_item.done', { output_index: 1, item: fcall }),
    ev('response.completed', { response: { id: 'r', output: [msg, fcall] } }),
  ];
  return { format: 'openai.responses' as const, body: sseOf(events, eol), texts: new Map([['output:0/content:0', t], ['output:1/arguments', argText]]) };
});

/** Random cut points, biased towards awkward places: inside UTF-8 sequences, field names, CRLF. */
function cutsFor(body: Buffer): fc.Arbitrary<number[]> {
  const awkward: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const b = body[i];
    if ((b & 0xc0) === 0x80 || (body[i - 1] === 0x0d && b === 0x0a) || (body[i - 1] === 0x64 && b === 0x61)) awkward.push(i);
  }
  const any = fc.nat(body.length);
  return fc.array(awkward.length > 0 ? fc.oneof(any, fc.constantFrom(...awkward)) : any, { maxLength: 40 });
}

function checkGuarantee(g: Gen, cuts: number[], gate?: ToolGate): void {
  const opts = { format: g.format, ...(gate ? { toolGate: gate } : {}) };
  const ref = run(g.body, [], opts);
  const r = run(g.body, cuts, opts);
  // (a) identical output for every chunking.
  assert.ok(r.bytes.equals(ref.bytes), 'chunking changed the output');
  const view = clientView(g.format, r.bytes);
  const out = r.bytes.toString();
  for (const [ch, text] of g.texts) {
    // (b) equal to redacting the whole text at once (JSON-escaped for tool arguments).
    assert.equal(view.channels.get(ch) ?? '', redactAll(text), ch);
    // (c) no raw entity in the released bytes.
    const expected = redactAll(text);
    for (const ent of rawEntities(text)) if (!expected.includes(ent)) assert.ok(!out.includes(ent), `${ent} leaked`);
  }
  // (d) nothing held beyond the hold-back, per channel, after every push (held tool calls excepted).
  for (const snapshot of r.stats) {
    for (const s of snapshot) {
      if (gate && (s.id.includes('tool') || s.id.includes('arguments') || s.id.includes('input'))) continue;
      // +1: a release boundary never splits a surrogate pair.
      assert.ok(s.released >= s.total - TEST_HOLDBACK - 1, `${s.id}: released ${s.released} of ${s.total} ${JSON.stringify(snapshot)}`);
    }
  }
  assert.equal(r.calls.length, 1);
}

test('property: generated chat streams — chunk invariance, whole-text equality, no leak, bounded hold-back', () => {
  fc.assert(fc.property(chatGen.chain((g) => cutsFor(g.body).map((c) => [g, c] as const)), ([g, c]) => (checkGuarantee(g, c), true)), { numRuns: 120 });
});

test('property: generated Anthropic streams — same guarantee', () => {
  fc.assert(fc.property(anthropicGen.chain((g) => cutsFor(g.body).map((c) => [g, c] as const)), ([g, c]) => (checkGuarantee(g, c), true)), { numRuns: 120 });
});

test('property: Anthropic text split over consecutive text blocks — redacted as one text, chunk invariant, no leak', () => {
  // Models cut text blocks where citations start, not where entities end: an e-mail address or a key may
  // start in one block and end in the next. Consecutive text blocks share one channel (stream.ts textRun).
  const gen = fc.tuple(textArb, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), splits, fc.boolean(), eolArb).map(([t, blockCuts, s, ping, eol]) => {
    const ev = (type: string, body: Record<string, unknown>) => ({ event: type, data: { type, ...body } });
    const blocks = splitText(t, blockCuts);
    const events = [ev('message_start', { message: { id: 'm', type: 'message', role: 'assistant', content: [], model: 'c' } })];
    blocks.forEach((b, k) => {
      events.push(ev('content_block_start', { index: k, content_block: { type: 'text', text: '' } }));
      for (const d of splitText(b, s)) events.push(ev('content_block_delta', { index: k, delta: { type: 'text_delta', text: d } }));
      events.push(ev('content_block_stop', { index: k }));
      if (ping) events.push(ev('ping', {}));
    });
    events.push(ev('message_delta', { delta: { stop_reason: 'end_turn' } }), ev('message_stop', {}));
    return { body: sseOf(events, eol), t, blocks: blocks.length };
  });
  fc.assert(
    fc.property(gen.chain((g) => cutsFor(g.body).map((c) => [g, c] as const)), ([g, cuts]) => {
      const ref = run(g.body, [], { format: 'anthropic.messages' });
      const r = run(g.body, cuts, { format: 'anthropic.messages' });
      assert.ok(r.bytes.equals(ref.bytes), 'chunking changed the output');
      const view = clientView('anthropic.messages', r.bytes);
      const joined = Array.from({ length: g.blocks }, (_, k) => view.channels.get(`block:${k}/text`) ?? '').join('');
      assert.equal(joined, redactAll(g.t));
      const out = r.bytes.toString();
      const expected = redactAll(g.t);
      for (const ent of rawEntities(g.t)) if (!expected.includes(ent)) assert.ok(!out.includes(ent), `${ent} leaked`);
      // Every block still starts and stops, in order.
      const types = (view.events as any[]).filter((e) => e.type === 'content_block_start' || e.type === 'content_block_stop').map((e) => `${e.type}:${e.index}`);
      assert.deepEqual(types, Array.from({ length: g.blocks }, (_, k) => [`content_block_start:${k}`, `content_block_stop:${k}`]).flat());
      return true;
    }),
    { numRuns: 150 },
  );
});

test('Anthropic: an e-mail address split across two streamed text blocks is masked; a text block after a tool_use block is its own text', () => {
  const ev = (type: string, body: Record<string, unknown>) => ({ event: type, data: { type, ...body } });
  const body = sseOf([
    ev('message_start', { message: { id: 'm', type: 'message', role: 'assistant', content: [], model: 'c' } }),
    ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'Write to jane.d' } }),
    ev('content_block_stop', { index: 0 }),
    ev('content_block_start', { index: 1, content_block: { type: 'text', text: '' } }),
    ev('content_block_delta', { index: 1, delta: { type: 'text_delta', text: 'oe@example.com for access. Ask ann' } }),
    ev('content_block_stop', { index: 1 }),
    ev('content_block_start', { index: 2, content_block: { type: 'tool_use', id: 'toolu_1', name: 'noop', input: {} } }),
    ev('content_block_delta', { index: 2, delta: { type: 'input_json_delta', partial_json: '{}' } }),
    ev('content_block_stop', { index: 2 }),
    ev('content_block_start', { index: 3, content_block: { type: 'text', text: '' } }),
    ev('content_block_delta', { index: 3, delta: { type: 'text_delta', text: '@example.org is not an address here.' } }),
    ev('content_block_stop', { index: 3 }),
    ev('message_stop', {}),
  ], '\n');
  const view = clientView('anthropic.messages', run(body, [], { format: 'anthropic.messages' }).bytes);
  assert.equal(view.channels.get('block:0/text'), 'Write to [EMAIL]');
  assert.equal(view.channels.get('block:1/text'), ' for access. Ask ann');
  // Not joined across the tool_use block: "ann" + "@example.org" are two texts.
  assert.equal(view.channels.get('block:3/text'), '@example.org is not an address here.');
});

test('property: generated Responses streams — same guarantee, .done texts agree', () => {
  fc.assert(
    fc.property(responsesGen.chain((g) => cutsFor(g.body).map((c) => [g, c] as const)), ([g, c]) => {
      checkGuarantee(g, c);
      const view = clientView(g.format, run(g.body, c, { format: g.format }).bytes);
      for (const [ch, text] of view.done) assert.equal(text, view.channels.get(ch));
      return true;
    }),
    { numRuns: 120 },
  );
});

test('property: with an allowing tool gate the output is unchanged', () => {
  const allow: ToolGate = () => ({ action: 'allow' });
  fc.assert(
    fc.property(fc.oneof(chatGen, anthropicGen, responsesGen).chain((g) => cutsFor(g.body).map((c) => [g, c] as const)), ([g, c]) => {
      checkGuarantee(g, c, allow);
      assert.deepEqual(clientView(g.format, run(g.body, c, { format: g.format, toolGate: allow }).bytes).channels, clientView(g.format, run(g.body, [], { format: g.format }).bytes).channels);
      return true;
    }),
    { numRuns: 60 },
  );
});

// ---------------------------------------------------------------- blocking and tool gating

test('a redactor block ends the stream with the API error event (error_event) or a reset', () => {
  const env = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' };
  const filler = 'a'.repeat(100);
  const body = sseOf(
    [filler, ' then FORBI', 'DDEN text', ' more'].map((d): { data: unknown } => ({ data: { ...env, choices: [{ index: 0, delta: { content: d }, finish_reason: null }] } })).concat([{ data: '[DONE]' }]),
    '\n',
  );
  const r = run(body, [], { format: 'openai.chat' });
  assert.deepEqual(r.blocked, { reason: 'forbidden word', reset: false });
  const events = parseSse(r.bytes);
  const last2 = events.slice(-2).map((e) => e.data);
  assert.equal(JSON.parse(last2[0]!).error.code, 'content_blocked');
  assert.equal(last2[1], '[DONE]');
  const text = clientView('openai.chat', r.bytes).channels.get('choice:0/content') ?? '';
  assert.ok(!text.includes('FORBI'), 'held text is never released after a block');
  assert.ok(filler.startsWith(text) && text.length > 0, 'safe text before the block was released');
  for (let cut = 1; cut < body.length; cut += 7) assert.ok(run(body, [cut, cut + 3], { format: 'openai.chat' }).bytes.equals(r.bytes), `cut ${cut}`);

  const t = createStreamTransformer({ format: 'openai.chat', holdBack: TEST_HOLDBACK, maxEventBytes: 1 << 16, redact: testRedactor, onBlock: 'reset' });
  const out = t.push(body);
  assert.deepEqual(out.blocked, { reason: 'forbidden word', reset: true });
  assert.ok(!out.bytes.toString().includes('error'));
  assert.equal(t.push(Buffer.from('data: {"choices":[]}\n\n')).bytes.length, 0, 'push after a block returns nothing');
  assert.equal(t.end().bytes.length, 0);
});

test('tool gate: OpenAI chat calls are held until complete, then allowed, replaced or blocked', () => {
  const body = fixture('streams/openai-chat-tools.sse');
  const seen: string[] = [];
  // Held: up to the second call's first fragment nothing about send_email has been released.
  const cut = body.indexOf('lookup_weather');
  const t = createStreamTransformer({ format: 'openai.chat', holdBack: TEST_HOLDBACK, maxEventBytes: 1 << 16, redact: testRedactor, onBlock: 'error_event', toolGate: (c) => (seen.push(c.name), { action: 'allow' }) });
  const first = t.push(body.subarray(0, cut - 200));
  assert.ok(!first.bytes.toString().includes('send_email'), 'tool call events are held');
  assert.ok(t.heldBytes > 0);
  const rest = Buffer.concat([t.push(body.subarray(cut - 200)).bytes, t.end().bytes]);
  assert.deepEqual(seen, ['send_email', 'lookup_weather']);
  // Same client-visible result as without a gate (event boundaries may differ: held events are not split).
  assert.deepEqual(clientView('openai.chat', Buffer.concat([first.bytes, rest])).channels, clientView('openai.chat', run(body, [], { format: 'openai.chat' }).bytes).channels);

  const replaced = run(body, [], { format: 'openai.chat', toolGate: (c) => (c.name === 'send_email' ? { action: 'replace', text: 'Approval required for send_email.' } : { action: 'allow' }) });
  const v = clientView('openai.chat', replaced.bytes);
  assert.equal(v.channels.get('choice:0/content'), 'Approval required for send_email.');
  assert.equal(v.channels.get('choice:0/tool:0/arguments'), '{"city": "Paris"}', 'lookup_weather renumbered to index 0');
  assert.equal(v.channels.get('choice:0/tool:1/arguments'), undefined);
  assert.ok(!replaced.bytes.toString().includes('send_email"'));
  const finish = (v.events as any[]).flatMap((e) => e.choices ?? []).map((c: any) => c.finish_reason).filter(Boolean);
  assert.deepEqual(finish, ['tool_calls']);

  const allReplaced = run(body, [], { format: 'openai.chat', toolGate: () => ({ action: 'replace', text: 'No.' }) });
  const v2 = clientView('openai.chat', allReplaced.bytes);
  assert.equal(v2.channels.get('choice:0/content'), 'No.No.');
  assert.deepEqual((v2.events as any[]).flatMap((e) => e.choices ?? []).map((c: any) => c.finish_reason).filter(Boolean), ['stop']);

  const blocked = run(body, [], { format: 'openai.chat', toolGate: (c) => (c.name === 'lookup_weather' ? { action: 'block', reason: 'tool not allowed' } : { action: 'allow' }) });
  assert.deepEqual(blocked.blocked, { reason: 'tool not allowed', reset: false });
  const bv = clientView('openai.chat', blocked.bytes);
  assert.equal(bv.channels.get('choice:0/tool:0/arguments'), '{"to": "[EMAIL]", "subject": "Q3", "token": "[KEY]"}');
  assert.equal(bv.channels.get('choice:0/tool:1/arguments'), undefined);
  assert.ok(blocked.bytes.toString().endsWith('data: [DONE]\n\n'));
});

test('tool gate: Anthropic tool_use replaced by a text block; Responses function_call replaced by a message', () => {
  const a = run(fixture('streams/anthropic-messages.sse'), [], { format: 'anthropic.messages', toolGate: () => ({ action: 'replace', text: 'Needs approval.' }) });
  const av = clientView('anthropic.messages', a.bytes);
  assert.equal(av.channels.get('block:2/text'), 'Needs approval.');
  assert.equal(av.channels.get('block:2/input'), undefined);
  const types = (av.events as any[]).map((e) => e.type + (e.content_block ? ':' + e.content_block.type : ''));
  assert.ok(!types.includes('content_block_start:tool_use'));
  assert.equal((av.events as any[]).find((e) => e.type === 'message_delta').delta.stop_reason, 'end_turn');
  assert.deepEqual(a.calls.map((c) => [c.name, c.id, c.arguments]), [['send_email', 'toolu_fx01', { to: 'henry@example.com', body: 'Key rotated' }]]);

  const r = run(fixture('streams/openai-responses.sse'), [], { format: 'openai.responses', toolGate: () => ({ action: 'replace', text: 'Blocked: notify needs approval.' }) });
  const rv = clientView('openai.responses', r.bytes);
  assert.equal(rv.channels.get('output:1/content:0'), 'Blocked: notify needs approval.');
  assert.equal(rv.channels.get('output:1/arguments'), undefined);
  const completed = (rv.events as any[]).find((e) => e.type === 'response.completed');
  assert.equal(completed.response.output[1].type, 'message');
  assert.ok(!r.bytes.toString().includes('frank@'));

  const b = run(fixture('streams/anthropic-messages.sse'), [], { format: 'anthropic.messages', toolGate: () => ({ action: 'block', reason: 'no email tools' }) });
  const tail = parseSse(b.bytes).at(-1)!;
  assert.equal(tail.event, 'error');
  assert.equal(JSON.parse(tail.data!).error.message, 'no email tools');
  assert.equal(clientView('anthropic.messages', b.bytes).channels.get('block:1/text'), 'Your deploy key is [KEY] — keep it safe. I will email the team.');
});

// ---------------------------------------------------------------- bad input

function errCode(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof GuardError, String(err));
    return err.code;
  }
  return 'none';
}

test('bad input is a GuardError and nothing unscanned is passed', () => {
  const mk = () => createStreamTransformer({ format: 'openai.chat', holdBack: TEST_HOLDBACK, maxEventBytes: 256, redact: testRedactor, onBlock: 'error_event' });
  const t1 = mk();
  assert.equal(errCode(() => t1.push(Buffer.from('data: {"choices": [\n\n'))), 'malformed_body');
  assert.equal(errCode(() => t1.push(Buffer.from('data: {}\n\n'))), 'malformed_body', 'stays failed');
  const t2 = mk();
  const r = t2.push(Buffer.from('data: {"choices":[{"index":0,"delta":{"content":"hi a@b.com"}}]}\n\ndata: {"choices":[{"index":0,"delta":{"content":"x"}}]}'));
  assert.ok(!r.bytes.toString().includes('a@b.com'));
  assert.equal(errCode(() => t2.end()), 'truncated_stream');
  const t3 = mk();
  assert.equal(errCode(() => t3.push(Buffer.from([0x64, 0x61, 0x74, 0x61, 0x3a, 0x20, 0x22, 0xc3, 0x22, 0x0a, 0x0a]))), 'invalid_utf8');
  const t4 = mk();
  assert.equal(errCode(() => t4.push(Buffer.from(`data: "${'x'.repeat(300)}"\n\n`))), 'event_too_large');
  const t6 = createStreamTransformer({ format: 'mcp', holdBack: TEST_HOLDBACK, maxEventBytes: 1 << 20, redact: testRedactor, onBlock: 'error_event' });
  assert.equal(errCode(() => t6.push(Buffer.from(`data: {"jsonrpc":"2.0","id":1,"result":${'['.repeat(5000)}${']'.repeat(5000)}}\n\n`))), 'malformed_body');
  // Valid JSON of an unexpected shape is still scanned.
  const t5 = mk();
  const odd = Buffer.concat([t5.push(Buffer.from('data: "mail me: zed@example.com"\n\ndata: {"note":"zed@example.com"}\n\n')).bytes, t5.end().bytes]).toString();
  assert.ok(!odd.includes('zed@example.com'));
  assert.equal((odd.match(/\[EMAIL\]/g) ?? []).length, 2);
});

test('heldBytes stays bounded by the hold-back on a long stream', () => {
  const t = createStreamTransformer({ format: 'anthropic.messages', holdBack: TEST_HOLDBACK, maxEventBytes: 1 << 16, redact: testRedactor, onBlock: 'error_event' });
  t.push(Buffer.from('event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n'));
  let maxHeld = 0;
  let released = 0;
  for (let i = 0; i < 2000; i++) {
    const r = t.push(Buffer.from(`event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"word${i % 10} "}}\n\n`));
    released += r.bytes.length;
    maxHeld = Math.max(maxHeld, t.heldBytes);
  }
  assert.ok(released > 100_000);
  // At most holdBack / 6 events of ~110 bytes each can be held, plus the partially released one.
  assert.ok(maxHeld < 2_000, `held ${maxHeld} bytes`);
});

// ---------------------------------------------------------------- more shapes

const chatEnv = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' };
const chatEv = (choices: unknown[]) => ({ data: { ...chatEnv, choices } });

test('OpenAI chat: several calls in one chunk, one replaced; logprobs dropped; extension fields scanned', () => {
  const body = sseOf(
    [
      chatEv([{ index: 0, delta: { role: 'assistant', content: 'ok ' }, logprobs: { content: [{ token: 'ok', logprob: -0.1 }] }, finish_reason: null }]),
      chatEv([{ index: 0, delta: { tool_calls: [
        { index: 0, id: 'call_a', type: 'function', function: { name: 'wire_money', arguments: '{"to":"mallory@example.com"}' } },
        { index: 1, id: 'call_b', type: 'function', function: { name: 'read_file', arguments: '{"path":"/tmp/x"}' } },
      ] }, finish_reason: null }]),
      { data: { ...chatEnv, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }], citations: ['see trent@example.com'] } },
      { data: '[DONE]' },
    ],
    '\n',
  );
  const r = run(body, [], { format: 'openai.chat', toolGate: (c) => (c.name === 'wire_money' ? { action: 'replace', text: 'Transfer needs approval.' } : { action: 'allow' }) });
  const v = clientView('openai.chat', r.bytes);
  assert.equal(v.channels.get('choice:0/content'), 'ok Transfer needs approval.');
  // The remaining call is renumbered to index 0 so SDKs that accumulate by index see a dense list.
  assert.equal(v.channels.get('choice:0/tool:0/arguments'), '{"path":"/tmp/x"}');
  assert.equal(v.channels.get('choice:0/tool:1/arguments'), undefined);
  const s = r.bytes.toString();
  assert.ok(!s.includes('wire_money') && !s.includes('mallory') && !s.includes('trent@'));
  assert.ok(!s.includes('"logprob"'), 'logprobs removed');
  assert.deepEqual(r.calls.map((c) => c.name), ['wire_money', 'read_file']);
});

test('Responses: arguments only in .done, unknown events and annotations are scanned', () => {
  const ev = (type: string, body: Record<string, unknown>) => ({ event: type, data: { type, ...body } });
  const body = sseOf(
    [
      ev('response.output_item.added', { output_index: 0, item: { id: 'fc', type: 'function_call', call_id: 'c1', name: 'lookup', arguments: '' } }),
      ev('response.function_call_arguments.done', { output_index: 0, arguments: '{"who":"uma@example.com"}' }),
      ev('response.output_item.done', { output_index: 0, item: { id: 'fc', type: 'function_call', call_id: 'c1', name: 'lookup', arguments: '{"who":"uma@example.com"}' } }),
      ev('response.output_text.annotation.added', { output_index: 1, annotation: { type: 'url_citation', title: 'contact victor@example.com', url: 'https://x.example' } }),
      ev('response.web_search_call.completed', { output_index: 2, note: 'walt@example.com' }),
      ev('response.completed', { response: { output: [{ id: 'fc', type: 'function_call', call_id: 'c1', name: 'lookup', arguments: '{"who":"uma@example.com"}' }] } }),
    ],
    '\n',
  );
  const r = run(body, [], { format: 'openai.responses' });
  const s = r.bytes.toString();
  for (const raw of ['uma@', 'victor@', 'walt@']) assert.ok(!s.includes(raw), raw);
  assert.equal((s.match(/\{\\"who\\":\\"\[EMAIL\]\\"\}/g) ?? []).length, 3);
  assert.deepEqual(r.calls.map((c) => [c.name, c.id, c.arguments]), [['lookup', 'c1', { who: 'uma@example.com' }]]);
});

test('Anthropic: citations, non-empty block starts and server tool results are scanned', () => {
  const ev = (type: string, body: Record<string, unknown>) => ({ event: type, data: { type, ...body } });
  const body = sseOf(
    [
      ev('content_block_start', { index: 0, content_block: { type: 'text', text: 'Hi xena@example.com' } }),
      ev('content_block_delta', { index: 0, delta: { type: 'citations_delta', citation: { type: 'char_location', cited_text: 'yuri@example.com said so' } } }),
      ev('content_block_stop', { index: 0 }),
      ev('content_block_start', { index: 1, content_block: { type: 'web_search_tool_result', tool_use_id: 'srv_1', content: [{ type: 'web_search_result', title: 'zoe@example.com', url: 'https://z.example' }] } }),
      ev('content_block_stop', { index: 1 }),
      ev('message_stop', {}),
    ],
    '\r\n',
  );
  const s = run(body, [], { format: 'anthropic.messages' }).bytes.toString();
  for (const raw of ['xena@', 'yuri@', 'zoe@']) assert.ok(!s.includes(raw), raw);
  assert.ok(s.includes('"text":"Hi [EMAIL]"'));
});

test('MCP streams: tools/call requests are gated; json/text streams are scanned event by event', () => {
  const body = sseOf([{ event: 'message', data: { jsonrpc: '2.0', id: 9, method: 'tools/call', params: { name: 'rm_rf', arguments: { path: '/' } } } }], '\n');
  const blocked = run(body, [], { format: 'mcp', toolGate: () => ({ action: 'block', reason: 'rm_rf is denied' }) });
  assert.deepEqual(blocked.blocked, { reason: 'rm_rf is denied', reset: false });
  assert.equal(JSON.parse(parseSse(blocked.bytes)[0].data!).error.message, 'rm_rf is denied');
  assert.deepEqual(blocked.calls.map((c) => [c.name, c.id, c.api]), [['rm_rf', '9', 'mcp']]);
  const dropped = run(body, [], { format: 'mcp', toolGate: () => ({ action: 'replace', text: 'x' }) });
  assert.equal(dropped.bytes.length, 0);

  const text = Buffer.from('event: note\ndata: plain text with ann@example.com\ndata: second line\n\n: ping\n\n');
  const out = run(text, [], { format: 'text' }).bytes.toString();
  assert.equal(out, 'event: note\ndata: plain text with [EMAIL]\ndata: second line\n\n: ping\n\n');
});

test('OpenAI legacy completions stream keeps [DONE] and redacts across chunks', () => {
  const r = run(fixture('streams/openai-completions.sse'), [3, 50, 120], { format: 'openai.completions' });
  assert.equal(clientView('openai.completions', r.bytes).channels.get('choice:0/text'), 'Mail [EMAIL] now');
  assert.ok(r.bytes.toString().endsWith('data: [DONE]\n\n'));
});

test('property: arbitrary bytes and arbitrary JSON events only ever raise GuardErrors', () => {
  const formats: ApiFormat[] = ['openai.chat', 'openai.responses', 'anthropic.messages', 'mcp', 'json', 'openai.completions'];
  const event = fc.oneof(
    fc.uint8Array({ maxLength: 60 }).map((b) => Buffer.from(b)),
    fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(`data: ${JSON.stringify(v)}\n\n`)),
    fc.record({ type: fc.constantFrom('content_block_delta', 'content_block_start', 'content_block_stop', 'response.output_text.delta', 'response.output_item.done', 'response.completed', 'response.function_call_arguments.done', 'message_stop'), index: fc.oneof(fc.nat(3), fc.string()), output_index: fc.nat(3), delta: fc.jsonValue({ maxDepth: 2 }), item: fc.jsonValue({ maxDepth: 2 }), content_block: fc.jsonValue({ maxDepth: 2 }), response: fc.jsonValue({ maxDepth: 3 }), choices: fc.array(fc.record({ index: fc.nat(2), delta: fc.jsonValue({ maxDepth: 3 }), finish_reason: fc.constantFrom(null, 'stop', 'tool_calls') }), { maxLength: 2 }) }, { requiredKeys: ['type'] }).map((v) => Buffer.from(`data: ${JSON.stringify(v)}\n\n`)),
  );
  fc.assert(
    fc.property(fc.constantFrom(...formats), fc.array(event, { maxLength: 12 }), fc.boolean(), (format, events, gate) => {
      const t = createStreamTransformer({ format, holdBack: 16, maxEventBytes: 4096, redact: testRedactor, onBlock: 'error_event', ...(gate ? { toolGate: (c: ToolCall) => (c.name.length % 2 ? { action: 'allow' as const } : { action: 'replace' as const, text: 'no' }) } : {}) });
      try {
        for (const e of events) t.push(e);
        t.end();
      } catch (err) {
        assert.ok(err instanceof GuardError, `non-GuardError: ${String(err)}`);
      }
      return true;
    }),
    { numRuns: 400 },
  );
});

test('long fixtures (800 token deltas): whole-text equality, chunk invariance, bounded hold-back', () => {
  for (const [file, format] of [['bench/openai-chat-long.sse', 'openai.chat'], ['bench/anthropic-long.sse', 'anthropic.messages']] as const) {
    const body = fixture(file);
    const upstream = upstreamText(format, body);
    const ref = run(body, [], { format });
    const [[ch, text]] = [...upstream];
    assert.equal(clientView(format, ref.bytes).channels.get(ch), redactAll(text));
    assert.ok(rawEntities(text).length >= 20);
    fc.assert(
      fc.property(fc.array(fc.nat(body.length), { minLength: 50, maxLength: 400 }), (cuts) => {
        const r = run(body, cuts, { format });
        assert.ok(r.bytes.equals(ref.bytes));
        for (const snap of r.stats) for (const s of snap) assert.ok(s.released >= s.total - TEST_HOLDBACK - 1);
        return true;
      }),
      { numRuns: 15 },
    );
  }
});

test('property: a pattern with left context (\\b) sees the text before the committed position', () => {
  // Words glued to emails ("xyzjohn@example.com") must not be cut into a fresh word at a window start.
  const glued = fc.array(fc.oneof(fc.constantFrom('ab', 'zz9', ' ', '. ', '@', 'q_'), fc.stringMatching(/^[a-z]{1,12}@[a-z]{1,8}\.com$/)), { minLength: 1, maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(glued, fc.array(fc.nat(), { maxLength: 30 }), (text, cuts) => {
      const env = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' };
      const body = sseOf([...splitText(text, cuts).map((d) => ({ data: { ...env, choices: [{ index: 0, delta: { content: d }, finish_reason: null }] } })), { data: '[DONE]' }], '\n');
      const r = run(body, [], { format: 'openai.chat', redact: wordRedactor, holdBack: 48 });
      assert.equal(clientView('openai.chat', r.bytes).channels.get('choice:0/content') ?? '', wordRedactAll(text));
      return true;
    }),
    { numRuns: 300 },
  );
});

test('property: chat deltas handled by the learned template give the bytes of parsing and re-serialising', () => {
  // The engine learns the shape of a canonical content delta and then handles deltas of that shape
  // without JSON.parse. A comment line in an event makes it ineligible (for learning and for the
  // template), and comments are not re-serialised: the commented stream is the all-parsed reference.
  const envs = [
    { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' },
    { id: 'c2', object: 'chat.completion.chunk', created: 2, model: 'm', system_fingerprint: 'fp', usage: null },
    { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', provider: 'p@example.com' },
  ];
  const delta = fc.record({
    env: fc.nat(envs.length - 1),
    text: fc.oneof(textArb, fc.constant(''), fc.constantFrom('a"b', 'c\\d', 'tab\there', 'Grüße 😀')),
    shape: fc.constantFrom('plain', 'plain', 'plain', 'spaced', 'escaped', 'logprobs', 'id', 'event', 'data-nospace', 'crlf', 'comment'),
  });
  fc.assert(
    fc.property(fc.array(delta, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), fc.array(fc.nat(), { maxLength: 20 }), (deltas, eol, cuts) => {
      const lines = (commented: boolean): Buffer => {
        const c = commented ? `: ref${eol}` : '';
        const parts = deltas.map(({ env, text, shape }) => {
          const choice: Record<string, unknown> = { index: 0, delta: { content: text }, finish_reason: null };
          if (shape === 'logprobs') choice.logprobs = null;
          let data = JSON.stringify({ ...envs[env], choices: [choice] });
          if (shape === 'spaced') data = data.replace(/,"/g, ', "');
          if (shape === 'escaped') data = data.replace('"content":"', '"content":"\\u0041');
          if (shape === 'id') return `${c}id: 7${eol}data: ${data}${eol}${eol}`;
          if (shape === 'event') return `${c}event: message${eol}data: ${data}${eol}${eol}`;
          if (shape === 'data-nospace') return `${c}data:${data}${eol}${eol}`;
          if (shape === 'crlf') return `${c}data: ${data}\r\n\r\n`;
          if (shape === 'comment') return `: keep-alive${eol}data: ${data}${eol}${eol}`;
          return `${c}data: ${data}${eol}${eol}`;
        });
        const end = JSON.stringify({ ...envs[0], choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
        return Buffer.from(parts.join('') + `${c}data: ${end}${eol}${eol}data: [DONE]${eol}${eol}`);
      };
      const ref = run(lines(true), [], { format: 'openai.chat' });
      const body = lines(false);
      const got = run(body, cuts.map((x) => x % (body.length + 1)), { format: 'openai.chat' });
      assert.ok(got.bytes.equals(ref.bytes));
      return true;
    }),
    { numRuns: 600 },
  );
});

test('property: long Responses streams (hundreds of deltas): .done texts and tool-call arguments equal the redacted and raw whole texts', () => {
  // Long enough that the channel joins its input parts (every 64 deltas) and drops released window
  // text several times, with several redactions: .done texts are rebuilt from the input and the
  // decided redactions, tool-call arguments from the joined input parts.
  const word = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'épsilon', '日本', '😀x', 'the', 'of') },
    { weight: 1, arbitrary: fc.constantFrom('ann.lee@example.com', 'sk-test-ABCDEFGHIJKLMNOP1234', 'x_y@mail.example.org') },
  );
  const gen = fc.tuple(fc.array(word, { minLength: 150, maxLength: 400 }), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 }));
  fc.assert(
    fc.property(gen, ([words, sizes]) => {
      const deltas: string[] = [];
      for (let i = 0, k = 0; i < words.length; k++) {
        const n = sizes[k % sizes.length];
        deltas.push(words.slice(i, i + n).map((w) => ' ' + w).join(''));
        i += n;
      }
      const text = deltas.join('');
      const args = JSON.stringify({ q: text });
      const argDeltas = splitText(args, Array.from({ length: 120 }, (_, i) => i * 7));
      const ev = (type: string, body: Record<string, unknown>) => ({ event: type, data: { type, ...body } });
      const fcall = { id: 'fc', type: 'function_call', call_id: 'call_1', name: 'search', arguments: args };
      const body = sseOf([
        ev('response.output_item.added', { output_index: 0, item: { id: 'msg', type: 'message', role: 'assistant', content: [] } }),
        ...deltas.map((d) => ev('response.output_text.delta', { output_index: 0, content_index: 0, delta: d })),
        ev('response.output_text.done', { output_index: 0, content_index: 0, text }),
        ev('response.output_item.added', { output_index: 1, item: { ...fcall, arguments: '' } }),
        ...argDeltas.map((d) => ev('response.function_call_arguments.delta', { output_index: 1, delta: d })),
        ev('response.function_call_arguments.done', { output_index: 1, arguments: args }),
        ev('response.completed', { response: { id: 'r', output: [] } }),
      ], '\n');
      const r = run(body, [], { format: 'openai.responses' });
      const view = clientView('openai.responses', r.bytes);
      assert.equal(view.channels.get('output:0/content:0'), redactAll(text));
      assert.equal(view.done.get('output:0/content:0'), redactAll(text));
      assert.equal(r.calls.length, 1);
      assert.equal(r.calls[0].rawArguments, args);
      return true;
    }),
    { numRuns: 40 },
  );
});
