import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as zlib from 'node:zlib';
import { GuardError } from '../../src/core/errors.ts';
import { createAsyncStreamDecoder, createStreamDecoder, decodeBody, errorBody, parseSse, streamErrorEvent } from '../../src/formats/index.ts';
import { fixture } from './helpers.ts';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof GuardError, String(err));
    return err.code;
  }
  return 'none';
}

const plain = fixture('streams/openai-chat-content.sse');
const encoders: Record<string, (b: Buffer) => Buffer> = {
  gzip: (b) => zlib.gzipSync(b),
  deflate: (b) => zlib.deflateSync(b),
  br: (b) => zlib.brotliCompressSync(b),
  zstd: (b) => zlib.zstdCompressSync(b),
};

test('decodeBody: gzip, deflate (zlib and raw), br, zstd, stacked codings, identity', () => {
  for (const [enc, f] of Object.entries(encoders)) assert.ok(decodeBody(f(plain), enc).equals(plain), enc);
  assert.ok(decodeBody(zlib.deflateRawSync(plain), 'deflate').equals(plain), 'raw deflate');
  assert.ok(decodeBody(zlib.brotliCompressSync(zlib.gzipSync(plain)), 'gzip, br').equals(plain), 'stacked');
  assert.ok(decodeBody(plain, '').equals(plain));
  assert.ok(decodeBody(plain, 'identity').equals(plain));
});

test('decodeBody: bombs, unknown codings and corrupt data are GuardErrors', () => {
  const bomb = zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024));
  assert.ok(bomb.length < 20_000);
  assert.equal(code(() => decodeBody(bomb, 'gzip', 1024 * 1024)), 'body_too_large');
  assert.equal(code(() => decodeBody(zlib.brotliCompressSync(Buffer.alloc(4096)), 'br', 1000)), 'body_too_large');
  assert.equal(code(() => decodeBody(plain, 'compress')), 'compressed_body');
  assert.equal(code(() => decodeBody(Buffer.from('not gzip'), 'gzip')), 'malformed_body');
});

async function codeAsync(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (err) {
    assert.ok(err instanceof GuardError, String(err));
    return err.code;
  }
  return 'none';
}

test('createStreamDecoder (sync): chunked decoding equals the whole, capped, truncation detected', () => {
  for (const [enc, f] of Object.entries(encoders)) {
    const comp = f(plain);
    for (const size of [1, 7, 64, comp.length]) {
      const d = createStreamDecoder(enc, 1 << 20);
      const parts: Buffer[] = [];
      for (let i = 0; i < comp.length; i += size) parts.push(d.push(comp.subarray(i, i + size)));
      parts.push(d.end());
      assert.ok(Buffer.concat(parts).equals(plain), `${enc} chunk ${size}`);
    }
  }
  const raw = createStreamDecoder('deflate', 1 << 20);
  const rc = zlib.deflateRawSync(plain);
  assert.ok(Buffer.concat([raw.push(rc.subarray(0, 100)), raw.push(rc.subarray(100)), raw.end()]).equals(plain), 'raw deflate');
  const stacked = createStreamDecoder('gzip, br', 1 << 20);
  const sc = zlib.brotliCompressSync(zlib.gzipSync(plain));
  assert.ok(Buffer.concat([stacked.push(sc.subarray(0, 50)), stacked.push(sc.subarray(50)), stacked.end()]).equals(plain));
  const gz = zlib.gzipSync(plain);
  const d = createStreamDecoder('gzip', 1 << 20);
  assert.ok(d.push(gz.subarray(0, gz.length - 8)).length > plain.length / 2, 'output arrives before the end');
  assert.equal(code(() => createStreamDecoder('gzip', 1000).push(zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024)))), 'body_too_large');
  const trunc = createStreamDecoder('gzip', 1 << 20);
  trunc.push(gz.subarray(0, 20));
  assert.equal(code(() => trunc.end()), 'malformed_body');
  assert.equal(code(() => createStreamDecoder('', 10).push(Buffer.alloc(11))), 'body_too_large');
  assert.equal(code(() => createStreamDecoder('lzma', 10)), 'compressed_body');
});

test('createAsyncStreamDecoder: chunked decoding equals the whole, capped, truncation detected', async () => {
  for (const [enc, f] of Object.entries(encoders)) {
    const comp = f(plain);
    for (const size of [1, 7, 64, comp.length]) {
      const d = createAsyncStreamDecoder(enc, 1 << 20);
      const parts: Buffer[] = [];
      for (let i = 0; i < comp.length; i += size) parts.push(await d.push(comp.subarray(i, i + size)));
      parts.push(await d.end());
      assert.ok(Buffer.concat(parts).equals(plain), `${enc} chunk ${size}`);
    }
  }
  const stacked = createAsyncStreamDecoder('gzip, br', 1 << 20);
  const sc = zlib.brotliCompressSync(zlib.gzipSync(plain));
  assert.ok(Buffer.concat([await stacked.push(sc.subarray(0, 50)), await stacked.push(sc.subarray(50)), await stacked.end()]).equals(plain));
  // Output arrives as the input does (streaming, not buffered to the end).
  const gz = zlib.gzipSync(plain);
  const d = createAsyncStreamDecoder('gzip', 1 << 20);
  assert.ok((await d.push(gz.subarray(0, gz.length - 8))).length > plain.length / 2);
  const capped = createAsyncStreamDecoder('gzip', 1000);
  assert.equal(await codeAsync(() => capped.push(zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024)))), 'body_too_large');
  assert.equal(await codeAsync(() => capped.push(Buffer.from('x'))), 'body_too_large', 'stays failed');
  const trunc = createAsyncStreamDecoder('gzip', 1 << 20);
  await trunc.push(gz.subarray(0, 20));
  assert.equal(await codeAsync(() => trunc.end()), 'malformed_body');
  const corrupt = createAsyncStreamDecoder('br', 1 << 20);
  assert.equal(await codeAsync(async () => { await corrupt.push(Buffer.from('definitely not brotli data at all')); await corrupt.end(); }), 'malformed_body');
  const pass = createAsyncStreamDecoder('', 10);
  assert.equal(await codeAsync(() => pass.push(Buffer.alloc(11))), 'body_too_large');
  assert.equal(code(() => createAsyncStreamDecoder('lzma', 10)), 'compressed_body');
});

test('errorBody: API-native shapes', () => {
  const o = JSON.parse(errorBody('openai.chat', 403, 'policy_denied', 'Request blocked by policy').toString());
  assert.deepEqual(o, { error: { message: 'Request blocked by policy', type: 'permission_error', param: null, code: 'policy_denied' } });
  const a = JSON.parse(errorBody('anthropic.messages', 400, 'policy_denied', 'nope').toString());
  assert.deepEqual(a, { type: 'error', error: { type: 'invalid_request_error', message: 'nope' } });
  assert.equal(JSON.parse(errorBody('anthropic.messages', 413, 'x', 'big').toString()).error.type, 'request_too_large');
  const m = JSON.parse(errorBody('mcp', 403, 'tool_denied', 'Tool not allowed', 42).toString());
  assert.deepEqual(m, { jsonrpc: '2.0', id: 42, error: { code: -32001, message: 'Tool not allowed', data: { code: 'tool_denied', status: 403 } } });
  assert.deepEqual(JSON.parse(errorBody('json', 502, 'upstream', 'bad').toString()), { error: { code: 'upstream', message: 'bad', status: 502 } });
});

test('streamErrorEvent: each API gets its own error event and terminator', () => {
  const chat = parseSse(streamErrorEvent('openai.chat', 'blocked'));
  assert.deepEqual(chat.map((e) => e.data === '[DONE]' ? '[DONE]' : JSON.parse(e.data!).error.message), ['blocked', '[DONE]']);
  const anth = parseSse(streamErrorEvent('anthropic.messages', 'blocked'));
  assert.equal(anth.length, 1);
  assert.equal(anth[0].event, 'error');
  assert.deepEqual(JSON.parse(anth[0].data!), { type: 'error', error: { type: 'invalid_request_error', message: 'blocked' } });
  const resp = parseSse(streamErrorEvent('openai.responses', 'blocked'));
  assert.deepEqual(resp.map((e) => e.event), ['error', 'response.failed']);
  assert.equal(JSON.parse(resp[1].data!).response.status, 'failed');
  const mcp = parseSse(streamErrorEvent('mcp', 'blocked', 'req-1'));
  assert.deepEqual(JSON.parse(mcp[0].data!), { jsonrpc: '2.0', id: 'req-1', error: { code: -32001, message: 'blocked', data: { code: 'content_blocked' } } });
});
