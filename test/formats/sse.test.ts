import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { GuardError } from '../../src/core/errors.ts';
import type { SseBlock } from '../../src/formats/sse.ts';
import { SseParser, parseSse, rawLength, serializeEvent } from '../../src/formats/sse.ts';
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

const view = (bs: SseBlock[]) => bs.map((b) => ({ event: b.event, data: b.data, id: b.id, retry: b.retry, comments: b.comments, raw: b.raw.toString('latin1'), plain: b.plain }));

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

test('property: a block is plain exactly when its bytes are `data: <data>` LF LF, whatever the chunking', () => {
  // Lines built from pieces that sit near the plain form: data with and without the space, other
  // fields, comments, CR / CRLF / LF endings, multi-byte characters, an empty data value.
  const line = fc.constantFrom('data: {"a":1}', 'data:{"a":1}', 'data: x', 'data:  x', 'data: ', 'data:', 'data: é€😀', 'event: m', 'id: 3',
    'retry: 10', ': keep-alive', 'dat: x', 'data', 'x: data: y');
  const eol = fc.constantFrom('\n', '\r\n', '\r');
  // The blank line ends the block; after a lone CR an LF would complete a CRLF instead, so it is a CR.
  const block = fc.tuple(fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 3 }), eol)
    .map(([ls, end]) => ls.map(([l, e]) => l + e).join('') + (ls[ls.length - 1][1] === '\r' && end === '\n' ? '\r' : end));
  fc.assert(
    fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 12 }), (blocks, cuts) => {
      const body = Buffer.from(blocks.join(''), 'utf8');
      const whole = parseSse(body);
      // Every generated block has a field, so it is one parsed block; its raw bytes are its text with a
      // final lone CR written as CRLF.
      assert.equal(whole.length, blocks.length);
      whole.forEach((b, i) => {
        const raw = blocks[i].endsWith('\r') ? blocks[i] + '\n' : blocks[i];
        assert.equal(b.raw.toString('utf8'), raw);
        assert.equal(b.plain, b.data !== null && raw === `data: ${b.data}\n\n`, JSON.stringify(raw));
        assert.equal(rawLength(b), Buffer.byteLength(raw));
      });
      assert.deepEqual(view(feed(body, cuts.map((c) => c % (body.length + 1)))), view(whole));
      return true;
    }),
    { numRuns: 400 },
  );
  const [plain, crlf, extra] = parseSse(Buffer.from('data: {"a":1}\n\ndata: {"a":1}\r\n\r\n: c\ndata: {"a":1}\n\n'));
  assert.deepEqual([plain.plain, crlf.plain, extra.plain], [true, false, false]);
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
