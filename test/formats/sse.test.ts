import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { GuardError } from '../../src/core/errors.ts';
import type { SseBlock } from '../../src/formats/sse.ts';
import { SseParser, parseSse, serializeEvent } from '../../src/formats/sse.ts';
import { FIXTURES, fixture } from './helpers.ts';

const streamFixtures = readdirSync(join(FIXTURES, 'streams')).filter((f) => f.endsWith('.sse'));

function feed(body: Buffer, cuts: number[], max = 1 << 20): SseBlock[] {
  const p = new SseParser(max);
  const out: SseBlock[] = [];
  let pos = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    out.push(...p.push(body.subarray(pos, c)));
    pos = c;
  }
  out.push(...p.push(body.subarray(pos)));
  out.push(...p.end());
  return out;
}

const view = (bs: SseBlock[]) => bs.map((b) => ({ event: b.event, data: b.data, id: b.id, retry: b.retry, comments: b.comments, raw: b.raw.toString('latin1') }));

test('fixtures parse identically one byte at a time', () => {
  assert.ok(streamFixtures.length >= 6);
  for (const f of streamFixtures) {
    const body = fixture(`streams/${f}`);
    const whole = parseSse(body);
    assert.ok(whole.length >= 3, f);
    const bytewise = feed(body, Array.from({ length: body.length }, (_, i) => i));
    assert.deepEqual(view(bytewise), view(whole), f);
  }
});

test('property: fixtures parse identically at random cut points', () => {
  const bodies = streamFixtures.map((f) => fixture(`streams/${f}`));
  fc.assert(
    fc.property(fc.nat(bodies.length - 1), fc.array(fc.nat(), { maxLength: 40 }), (i, cuts) => {
      const body = bodies[i];
      assert.deepEqual(view(feed(body, cuts.map((c) => c % (body.length + 1)))), view(parseSse(body)));
      return true;
    }),
    { numRuns: 300 },
  );
});

test('CR, LF and CRLF line endings, split CRLF, BOM, comments, multi-line data', () => {
  const body = Buffer.from('\ufeff: hello\r\nevent: a\rdata: one\ndata:two\r\n\r\ndata\r\rid: 7\rretry: 150\rdata: x\r\r');
  const expected = [
    { event: 'a', data: 'one\ntwo', comments: [' hello'] },
    { event: '', data: '', comments: [] },
    { event: '', data: 'x', id: '7', retry: 150, comments: [] },
  ];
  const strip = (bs: SseBlock[]) => bs.map((b) => ({ event: b.event, data: b.data, comments: b.comments, ...(b.id !== undefined ? { id: b.id } : {}), ...(b.retry !== undefined ? { retry: b.retry } : {}) }));
  assert.deepEqual(strip(parseSse(body)), expected);
  for (let cut = 0; cut <= body.length; cut++) assert.deepEqual(strip(feed(body, [cut])), expected, `cut ${cut}`);
  // The final terminator of a CR or CRLF block is written as CRLF whatever the chunking.
  assert.equal(parseSse(body)[2].raw.toString(), 'id: 7\rretry: 150\rdata: x\r\r\n');
  assert.equal(feed(Buffer.from('data: a\r\n\r\n'), [10])[0].raw.toString(), 'data: a\r\n\r\n');
});

test('spec details: id with NUL ignored, bad retry ignored, unknown fields ignored, no data => null', () => {
  const [a, b] = parseSse(Buffer.from('id: a\u0000b\nretry: 1x\nfoo: bar\ndata: z\n\nevent: only\n\n'));
  assert.equal(a.id, undefined);
  assert.equal(a.retry, undefined);
  assert.equal(a.data, 'z');
  assert.equal(b.data, null);
  assert.equal(b.event, 'only');
});

test('limits and truncation are GuardErrors', () => {
  const p = new SseParser(16);
  assert.throws(() => p.push(Buffer.from('data: 0123456789abcdef\n')), (e: unknown) => e instanceof GuardError && e.code === 'event_too_large');
  const q = new SseParser(1024);
  assert.deepEqual(q.push(Buffer.from('data: {"a":1}\n')), []);
  assert.throws(() => q.end(), (e: unknown) => e instanceof GuardError && e.code === 'truncated_stream');
  const r = new SseParser(1024);
  assert.throws(() => r.push(Buffer.from([0x64, 0x61, 0x74, 0x61, 0x3a, 0xff, 0x0a])), (e: unknown) => e instanceof GuardError && e.code === 'invalid_utf8');
  // A multi-byte character split across chunks is fine.
  const s = new SseParser(1024);
  const euro = Buffer.from('data: €\n\n');
  assert.deepEqual(s.push(euro.subarray(0, 7)), []);
  assert.equal(s.push(euro.subarray(7))[0].data, '€');
});

test('serializeEvent round-trips through the parser', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.option(fc.string({ unit: 'grapheme-ascii' }).filter((s) => !s.includes('\n') && !s.includes('\r'))), (data, event) => {
      const out = parseSse(serializeEvent({ data, ...(event ? { event: event.trimStart() } : {}) }));
      assert.equal(out.length, 1);
      assert.equal(out[0].data, data.split('\r\n').join('\n').split('\r').join('\n'));
      return true;
    }),
    { numRuns: 200 },
  );
});
