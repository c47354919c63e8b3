// Content-Encoding handling. The pipeline removes accept-encoding from requests, but upstreams may
// compress anyway, and a compressed body cannot be scanned. Decoding is capped on output size because
// a few kilobytes of gzip can expand to gigabytes.
import * as zlib from 'node:zlib';
import { GuardError } from '../core/errors.ts';

type Coding = 'gzip' | 'deflate' | 'br' | 'zstd';

/** Parses a Content-Encoding header into the codings to undo, outermost first. */
function codings(contentEncoding: string): Coding[] {
  const list = contentEncoding
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '' && s !== 'identity');
  const out: Coding[] = [];
  for (const c of list) {
    if (c === 'gzip' || c === 'x-gzip') out.push('gzip');
    else if (c === 'deflate') out.push('deflate');
    else if (c === 'br') out.push('br');
    else if (c === 'zstd') out.push('zstd');
    else throw new GuardError('compressed_body', `unsupported content-encoding ${JSON.stringify(c.slice(0, 32))}`);
  }
  // Codings are listed in the order they were applied; undo the last one first.
  return out.reverse();
}

function isTooLarge(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
}

function decodeOne(body: Buffer, coding: Coding, maxBytes: number): Buffer {
  const opts = { maxOutputLength: Math.max(1, maxBytes) };
  try {
    switch (coding) {
      case 'gzip':
        return zlib.gunzipSync(body, opts);
      case 'deflate':
        // RFC 9110 "deflate" is zlib-wrapped, but some servers send raw deflate.
        try {
          return zlib.inflateSync(body, opts);
        } catch (err) {
          if (isTooLarge(err)) throw err;
          return zlib.inflateRawSync(body, opts);
        }
      case 'br':
        return zlib.brotliDecompressSync(body, opts);
      case 'zstd':
        return zlib.zstdDecompressSync(body, opts);
    }
  } catch (err) {
    if (isTooLarge(err)) throw new GuardError('body_too_large', `decoded ${coding} body exceeds ${maxBytes} bytes`);
    throw new GuardError('malformed_body', `corrupt ${coding} body: ${(err as Error).message}`);
  }
}

/**
 * Decodes a whole body per its Content-Encoding ('' or identity: returned as is).
 * Errors: 'compressed_body' (unknown coding), 'body_too_large' (output over maxBytes),
 * 'malformed_body' (corrupt data).
 */
export function decodeBody(body: Buffer, contentEncoding: string, maxBytes = 32 * 1024 * 1024): Buffer {
  let out = body;
  for (const c of codings(contentEncoding)) out = decodeOne(out, c, maxBytes);
  if (out.length > maxBytes) throw new GuardError('body_too_large', `decoded body exceeds ${maxBytes} bytes`);
  return out;
}

/**
 * Asynchronous incremental decoder (linear cost). node:zlib keeps inflate state across chunks only in
 * its stream objects; each push resolves with all output the chunk made available (a sync flush).
 * Lifetime: one body.
 */
export interface AsyncStreamDecoder {
  /** Decoded bytes available after this chunk (may be empty). Calls must not overlap. */
  push(chunk: Buffer): Promise<Buffer>;
  /** End of body: remaining bytes; rejects with 'malformed_body' if the compressed stream is incomplete. */
  end(): Promise<Buffer>;
}

interface Stage {
  push(b: Buffer): Promise<Buffer>;
  end(): Promise<Buffer>;
}

function makeStage(coding: Coding, maxBytes: number): Stage {
  let z: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | zlib.ZstdDecompress;
  let flushKind: number;
  if (coding === 'br') {
    z = zlib.createBrotliDecompress();
    flushKind = zlib.constants.BROTLI_OPERATION_FLUSH;
  } else if (coding === 'zstd') {
    z = zlib.createZstdDecompress();
    flushKind = zlib.constants.ZSTD_e_flush;
  } else {
    z = coding === 'gzip' ? zlib.createGunzip() : zlib.createInflate();
    flushKind = zlib.constants.Z_SYNC_FLUSH;
  }
  const chunks: Buffer[] = [];
  let produced = 0;
  let failure: GuardError | undefined;
  let reject: ((e: GuardError) => void) | undefined;
  const fail = (e: GuardError): void => {
    failure ??= e;
    z.destroy();
    reject?.(failure);
  };
  z.on('data', (c: Buffer) => {
    produced += c.length;
    // Checked per zlib output chunk, so a bomb is stopped after at most one chunk past the cap.
    if (produced > maxBytes) fail(new GuardError('body_too_large', `decoded ${coding} stream exceeds ${maxBytes} bytes`));
    else chunks.push(c);
  });
  z.on('error', (err: Error) => fail(new GuardError('malformed_body', `corrupt ${coding} stream: ${err.message}`)));
  const drain = (): Buffer => {
    const out = Buffer.concat(chunks);
    chunks.length = 0;
    return out;
  };
  const call = (start: (done: () => void) => void): Promise<Buffer> =>
    new Promise((resolve, rej) => {
      if (failure) return rej(failure);
      reject = rej;
      start(() => {
        reject = undefined;
        if (failure) rej(failure);
        else resolve(drain());
      });
    });
  return {
    push: (b) => (b.length === 0 ? Promise.resolve(Buffer.alloc(0)) : call((done) => {
      z.write(b);
      z.flush(flushKind, done);
    })),
    end: () => call((done) => {
      z.once('end', done);
      z.end();
      z.resume();
    }),
  };
}

/**
 * Creates an asynchronous incremental decoder for `encoding` ('' or identity passes bytes through).
 * Total decoded output is capped at maxBytes (GuardError 'body_too_large'); unknown codings are
 * 'compressed_body'. Preferred over createStreamDecoder for long bodies.
 */
export function createAsyncStreamDecoder(encoding: string, maxBytes: number): AsyncStreamDecoder {
  const stages = codings(encoding).map((c) => makeStage(c, maxBytes));
  let total = 0;
  const count = (b: Buffer): Buffer => {
    total += b.length;
    if (total > maxBytes) throw new GuardError('body_too_large', `decoded stream exceeds ${maxBytes} bytes`);
    return b;
  };
  return {
    async push(chunk) {
      let b = chunk;
      for (const s of stages) b = await s.push(b);
      return count(b);
    },
    async end() {
      let b = Buffer.alloc(0);
      for (const s of stages) b = Buffer.concat([await s.push(b), await s.end()]);
      return count(b);
    },
  };
}

/** Synchronous incremental decoder for a chunked response body. Lifetime: one body. */
export interface StreamDecoder {
  /** Decoded bytes available after this chunk (may be empty). */
  push(chunk: Buffer): Buffer;
  /** End of body: remaining bytes; throws 'malformed_body' if the compressed stream is incomplete. */
  end(): Buffer;
}

const FLUSH: Record<Coding, number> = {
  gzip: zlib.constants.Z_SYNC_FLUSH,
  deflate: zlib.constants.Z_SYNC_FLUSH,
  br: zlib.constants.BROTLI_OPERATION_FLUSH,
  zstd: zlib.constants.ZSTD_e_flush,
};

/**
 * One coding, synchronously: node:zlib has no synchronous API that keeps inflate state between calls,
 * so every push re-decodes the compressed bytes received so far with a sync flush (whose output is a
 * prefix of the final output) and returns the new tail. Cost is quadratic in the compressed size,
 * which is fine for LLM responses arriving in Envoy-sized chunks; use createAsyncStreamDecoder for
 * large bodies.
 */
function syncStage(coding: Coding, maxBytes: number): { push(b: Buffer): Buffer; end(): Buffer } {
  let input = Buffer.alloc(0);
  let emitted = 0;
  let raw = false;
  const decode = (final: boolean): Buffer => {
    const opts = { maxOutputLength: Math.max(1, maxBytes), ...(final ? {} : { finishFlush: FLUSH[coding] }) };
    try {
      switch (coding) {
        case 'gzip':
          return zlib.gunzipSync(input, opts);
        case 'deflate':
          if (!raw) {
            try {
              return zlib.inflateSync(input, opts);
            } catch (err) {
              if (isTooLarge(err) || emitted > 0) throw err;
              raw = true; // not zlib-wrapped: some servers send raw deflate
            }
          }
          return zlib.inflateRawSync(input, opts);
        case 'br':
          return zlib.brotliDecompressSync(input, opts);
        case 'zstd':
          return zlib.zstdDecompressSync(input, opts);
      }
    } catch (err) {
      if (isTooLarge(err)) throw new GuardError('body_too_large', `decoded ${coding} stream exceeds ${maxBytes} bytes`);
      throw new GuardError('malformed_body', `corrupt or truncated ${coding} stream: ${(err as Error).message}`);
    }
  };
  const tail = (out: Buffer): Buffer => {
    const t = Buffer.from(out.subarray(emitted));
    emitted = out.length;
    return t;
  };
  return {
    push(b) {
      if (b.length === 0) return Buffer.alloc(0);
      input = Buffer.concat([input, b]);
      return tail(decode(false));
    },
    end() {
      return input.length === 0 ? Buffer.alloc(0) : tail(decode(true));
    },
  };
}

/**
 * Creates a synchronous incremental decoder for `encoding` ('' or identity passes bytes through).
 * Total decoded output is capped at maxBytes ('body_too_large'); unknown codings are 'compressed_body'.
 */
export function createStreamDecoder(encoding: string, maxBytes: number): StreamDecoder {
  const stages = codings(encoding).map((c) => syncStage(c, maxBytes));
  let total = 0;
  const count = (b: Buffer): Buffer => {
    total += b.length;
    if (total > maxBytes) throw new GuardError('body_too_large', `decoded stream exceeds ${maxBytes} bytes`);
    return b;
  };
  return {
    push(chunk) {
      let b = chunk;
      for (const s of stages) b = s.push(b);
      return count(b);
    },
    end() {
      let b = Buffer.alloc(0);
      for (const s of stages) b = Buffer.concat([s.push(b), s.end()]);
      return count(b);
    },
  };
}
