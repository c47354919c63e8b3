// Shared test helpers: a tiny RE2 redactor (emails and fake sk-test keys -> masks) and a client-side
// view of a rewritten stream (the text per channel a client SDK would assemble).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, matchAll } from '../../src/core/regex.ts';
import { parseSse } from '../../src/formats/sse.ts';
import type { ChannelRedactor } from '../../src/formats/types.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function fixture(rel: string): Buffer {
  return readFileSync(join(FIXTURES, rel));
}

/** Longest match of the test patterns (local 20 + @ + domain 20 + 2 x 11) = 63; keys 8 + 32 = 40. */
export const TEST_HOLDBACK = 64;
const EMAIL = compile('test.email', '[A-Za-z0-9._%+-]{1,20}@[A-Za-z0-9-]{1,20}(?:\\.[A-Za-z0-9-]{1,10}){1,2}');
const KEY = compile('test.key', 'sk-test-[A-Za-z0-9]{16,32}');
const BLOCK = compile('test.block', 'FORBIDDEN');

/** Leftmost-first, non-overlapping matches of both patterns -> masks. */
export function testEdits(text: string): { start: number; end: number; replacement: string }[] {
  const all = [
    ...matchAll(EMAIL, text).map((m) => ({ start: m.start, end: m.end, replacement: '[EMAIL]' })),
    ...matchAll(KEY, text).map((m) => ({ start: m.start, end: m.end, replacement: '[KEY]' })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof all = [];
  let pos = 0;
  for (const e of all) if (e.start >= pos) { out.push(e); pos = e.end; }
  return out;
}

export const testRedactor: ChannelRedactor = (text) => {
  const block = matchAll(BLOCK, text).length > 0 ? 'forbidden word' : undefined;
  return { edits: testEdits(text), ...(block ? { block } : {}) };
};

const WORD_EMAIL = compile('test.word_email', '\\b[A-Za-z0-9_]{1,20}@[A-Za-z0-9-]{1,20}\\.[A-Za-z]{2,6}\\b');

/** Matches of a pattern that looks left (\b): exercises the redactor's left context. */
export function wordEdits(text: string): { start: number; end: number; replacement: string }[] {
  return matchAll(WORD_EMAIL, text).map((m) => ({ start: m.start, end: m.end, replacement: '<E>' }));
}

export const wordRedactor: ChannelRedactor = (text) => ({ edits: wordEdits(text) });

export function wordRedactAll(text: string): string {
  let out = '';
  let pos = 0;
  for (const e of wordEdits(text)) {
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Redacts a whole text with the test patterns (the reference for the streaming guarantee). */
export function redactAll(text: string): string {
  let out = '';
  let pos = 0;
  for (const e of testEdits(text)) {
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The raw entities a test must never see in output. */
export function rawEntities(text: string): string[] {
  return testEdits(text).map((e) => text.slice(e.start, e.end));
}

/** What a client assembles per channel from a stream (deltas only; done events listed apart). */
export function clientView(format: string, body: Buffer): { channels: Map<string, string>; done: Map<string, string>; events: unknown[] } {
  const channels = new Map<string, string>();
  const done = new Map<string, string>();
  const events: unknown[] = [];
  const add = (k: string, v: unknown) => {
    if (typeof v === 'string') channels.set(k, (channels.get(k) ?? '') + v);
  };
  for (const b of parseSse(body)) {
    if (b.data === null || b.data === '' || b.data === '[DONE]') continue;
    const o = JSON.parse(b.data);
    events.push(o);
    if (format === 'openai.chat' || format === 'openai.completions') {
      for (const c of o.choices ?? []) {
        add(`choice:${c.index}/text`, c.text);
        add(`choice:${c.index}/content`, c.delta?.content);
        for (const t of c.delta?.tool_calls ?? []) add(`choice:${c.index}/tool:${t.index}/arguments`, t.function?.arguments);
      }
    } else if (format === 'anthropic.messages') {
      if (o.type === 'content_block_delta') {
        add(`block:${o.index}/text`, o.delta.text);
        add(`block:${o.index}/thinking`, o.delta.thinking);
        add(`block:${o.index}/input`, o.delta.partial_json);
      }
    } else if (format === 'openai.responses') {
      if (o.type === 'response.output_text.delta') add(`output:${o.output_index}/content:${o.content_index}`, o.delta);
      if (o.type === 'response.function_call_arguments.delta') add(`output:${o.output_index}/arguments`, o.delta);
      if (o.type === 'response.output_text.done') done.set(`output:${o.output_index}/content:${o.content_index}`, o.text);
      if (o.type === 'response.function_call_arguments.done') done.set(`output:${o.output_index}/arguments`, o.arguments);
    }
  }
  return { channels, done, events };
}
