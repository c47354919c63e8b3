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

/** Incremental decoder for a chunked response body. Lifetime: one body. */
export interface StreamDecoder {
  /** Decoded bytes available after this chunk (may be empty). */
  push(chunk: Buffer): Buffer;
  /** End of body: remaining bytes; throws 'malformed_body' if the compressed stream is incomplete. */
  end(): Buffer;
}

interface SyncZlib {
  _processChunk(chunk: Buffer, flushFlag: number): Buffer;
  close(): void;
}

function makeStage(coding: Coding, maxBytes: number): { push(b: Buffer): Buffer; end(): Buffer } {
  const opts = { maxOutputLength: Math.max(1, maxBytes) };
  let z: SyncZlib;
  let flush: number;
  let finish: number;
  if (coding === 'br') {
    z = zlib.createBrotliDecompress(opts) as unknown as SyncZlib;
    flush = zlib.constants.BROTLI_OPERATION_FLUSH;
    finish = zlib.constants.BROTLI_OPERATION_FINISH;
  } else if (coding === 'zstd') {
    z = zlib.createZstdDecompress(opts) as unknown as SyncZlib;
    flush = zlib.constants.ZSTD_e_flush;
    finish = zlib.constants.ZSTD_e_end;
  } else {
    z = (coding === 'gzip' ? zlib.createGunzip(opts) : zlib.createInflate(opts)) as unknown as SyncZlib;
    flush = zlib.constants.Z_SYNC_FLUSH;
    finish = zlib.constants.Z_FINISH;
  }
  // node:zlib's synchronous chunk API keeps the inflate state between calls, which the one-shot
  // *Sync functions cannot.
  const run = (b: Buffer, flag: number): Buffer => {
    try {
      return z._processChunk(b, flag) ?? Buffer.alloc(0);
    } catch (err) {
      if (isTooLarge(err)) throw new GuardError('body_too_large', `decoded ${coding} stream exceeds ${maxBytes} bytes`);
      throw new GuardError('malformed_body', `corrupt ${coding} stream: ${(err as Error).message}`);
    }
  };
  return {
    push: (b) => (b.length === 0 ? Buffer.alloc(0) : run(b, flush)),
    end: () => {
      const out = run(Buffer.alloc(0), finish);
      z.close();
      return out;
    },
  };
}

/**
 * Creates an incremental decoder for `encoding` ('' or identity passes bytes through). Total decoded
 * output is capped at maxBytes (GuardError 'body_too_large').
 */
export function createStreamDecoder(encoding: string, maxBytes: number): StreamDecoder {
  const stages = codings(encoding).map((c) => makeStage(c, maxBytes));
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
