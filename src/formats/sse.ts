// Incremental text/event-stream parser (WHATWG HTML §9.2.6) working on bytes. Envoy hands us body
// chunks that do not align with events, lines or even UTF-8 sequences, so all state (partial line,
// a CR whose LF may arrive in the next chunk, the start-of-stream BOM) is carried across push() calls.
// The output is a sequence of blocks, one per blank-line-terminated group of lines, so a caller can
// pass comment-only keep-alives through and re-serialise the events it rewrites.
import { GuardError } from '../core/errors.ts';

/** One blank-line-terminated block of an event stream. */
export interface SseBlock {
  /** The `event` field ('' when absent: the client treats it as 'message'). */
  readonly event: string;
  /** Joined `data` lines, or null when the block had no data field (WHATWG: nothing is dispatched). */
  readonly data: string | null;
  readonly id?: string;
  readonly retry?: number;
  readonly comments: readonly string[];
  /**
   * The block's bytes as received, with its final line terminator written as CRLF when it was a CR or
   * CRLF (a lone CR's LF may arrive later, so only this form is independent of chunk boundaries).
   */
  readonly raw: Buffer;
}

const LF = 0x0a;
const CR = 0x0d;
// Shared terminator bytes: raw parts are only ever concatenated (copied), never written to.
const LF_BYTES = Buffer.from([LF]);
const CR_BYTES = Buffer.from([CR]);
const CRLF_BYTES = Buffer.from([CR, LF]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeLine(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new GuardError('invalid_utf8', 'event stream line is not valid UTF-8');
  }
}

/**
 * Byte-level SSE parser. Lifetime: one response body. Throws GuardError 'event_too_large' when one
 * block grows past `maxEventBytes`, 'invalid_utf8' on bad bytes, and 'truncated_stream' from end()
 * when the stream stops inside a block that carries fields.
 */
export class SseParser {
  private readonly maxEventBytes: number;
  /** Bytes of the current, unfinished line. */
  private line: Buffer[] = [];
  private lineBytes = 0;
  /** Raw bytes of the complete lines of the current block. */
  private blockRaw: Buffer[] = [];
  private blockBytes = 0;
  private lastWasCR = false;
  private bomState: 'pending' | 'done' = 'pending';
  private bomBuf: Buffer = Buffer.alloc(0);
  // Fields of the block being built.
  private event = '';
  private dataLines: string[] = [];
  private hasData = false;
  private id: string | undefined;
  private retry: number | undefined;
  private comments: string[] = [];
  private hasFields = false;

  constructor(maxEventBytes: number) {
    this.maxEventBytes = maxEventBytes;
  }

  /** Bytes held in an unfinished block. */
  get bufferedBytes(): number {
    return this.lineBytes + this.blockBytes + this.bomBuf.length;
  }

  push(chunk: Buffer): SseBlock[] {
    let buf = chunk;
    if (this.bomState === 'pending') {
      // Strip one UTF-8 BOM at the very start, even when it is split across chunks.
      this.bomBuf = Buffer.concat([this.bomBuf, buf]);
      const bom = [0xef, 0xbb, 0xbf];
      let i = 0;
      while (i < this.bomBuf.length && i < 3 && this.bomBuf[i] === bom[i]) i++;
      if (i < 3 && i === this.bomBuf.length) return []; // still a BOM prefix: wait
      buf = i === 3 ? this.bomBuf.subarray(3) : this.bomBuf;
      this.bomBuf = Buffer.alloc(0);
      this.bomState = 'done';
    }
    const out: SseBlock[] = [];
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
      const c = buf[i];
      if (c !== LF && c !== CR) continue;
      if (c === LF && this.lastWasCR && i === start && this.lineBytes === 0) {
        // Second half of a CRLF whose CR ended the previous line.
        this.lastWasCR = false;
        this.appendTerminator(LF_BYTES);
        start = i + 1;
        continue;
      }
      this.appendLine(buf.subarray(start, i));
      let term: Buffer;
      if (c === CR && buf[i + 1] === LF) {
        term = CRLF_BYTES;
        i++;
        this.lastWasCR = false;
      } else {
        term = c === CR ? CR_BYTES : LF_BYTES;
        this.lastWasCR = c === CR;
      }
      const block = this.endLine(term);
      if (block) out.push(block);
      start = i + 1;
    }
    if (start < buf.length) {
      this.lastWasCR = false;
      this.appendLine(buf.subarray(start));
    }
    return out;
  }

  /** End of stream. Throws 'truncated_stream' when an unfinished block has fields or line bytes. */
  end(): SseBlock[] {
    if (this.bomState === 'pending' && this.bomBuf.length > 0) {
      throw new GuardError('truncated_stream', 'event stream ended inside its first bytes');
    }
    if (this.lineBytes > 0 || this.hasFields) {
      throw new GuardError('truncated_stream', 'event stream ended inside an event (no terminating blank line)');
    }
    return [];
  }

  private appendLine(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.line.push(Buffer.from(bytes));
    this.lineBytes += bytes.length;
    this.checkSize();
  }

  /** A LF that completes a CRLF already counted as a terminator: keep it in the raw of the last line. */
  private appendTerminator(lf: Buffer): void {
    if (this.blockRaw.length > 0) {
      this.blockRaw.push(lf);
      this.blockBytes += 1;
    }
  }

  private checkSize(): void {
    if (this.lineBytes + this.blockBytes > this.maxEventBytes) {
      throw new GuardError('event_too_large', `event stream event exceeds ${this.maxEventBytes} bytes`);
    }
  }

  private endLine(term: Buffer): SseBlock | undefined {
    const lineBuf = this.line.length === 1 ? this.line[0] : Buffer.concat(this.line, this.lineBytes);
    this.line = [];
    const len = this.lineBytes;
    this.lineBytes = 0;
    if (len === 0) return this.dispatch(term);
    this.blockRaw.push(lineBuf, term);
    this.blockBytes += len + term.length;
    this.checkSize();
    this.field(decodeLine(lineBuf));
    return undefined;
  }

  private field(line: string): void {
    this.hasFields = true;
    if (line.charCodeAt(0) === 0x3a) {
      this.comments.push(line.slice(1));
      return;
    }
    const colon = line.indexOf(':');
    let name: string;
    let value: string;
    if (colon < 0) {
      name = line;
      value = '';
    } else {
      name = line.slice(0, colon);
      value = line.slice(colon + 1);
      if (value.charCodeAt(0) === 0x20) value = value.slice(1);
    }
    switch (name) {
      case 'data':
        this.dataLines.push(value);
        this.hasData = true;
        break;
      case 'event':
        this.event = value;
        break;
      case 'id':
        if (!value.includes('\u0000')) this.id = value;
        break;
      case 'retry': {
        let digits = value.length > 0;
        for (let i = 0; i < value.length; i++) {
          const c = value.charCodeAt(i);
          if (c < 0x30 || c > 0x39) digits = false;
        }
        if (digits) this.retry = Number(value);
        break;
      }
      default:
        break; // unknown fields are ignored, as the spec requires
    }
  }

  private dispatch(term: Buffer): SseBlock | undefined {
    if (!this.hasFields) {
      // A blank line with no block before it (e.g. the LF of an extra CRLF): nothing to dispatch.
      return undefined;
    }
    const finalTerm = term[0] === CR ? CRLF_BYTES : LF_BYTES;
    this.blockRaw.push(finalTerm);
    const raw = Buffer.concat(this.blockRaw, this.blockBytes + finalTerm.length);
    const data = !this.hasData ? null : this.dataLines.length === 1 ? this.dataLines[0] : this.dataLines.join('\n');
    const block: { -readonly [K in keyof SseBlock]: SseBlock[K] } = { event: this.event, data, comments: this.comments, raw };
    if (this.id !== undefined) block.id = this.id;
    if (this.retry !== undefined) block.retry = this.retry;
    this.blockRaw = [];
    this.blockBytes = 0;
    this.event = '';
    this.dataLines = [];
    this.hasData = false;
    this.id = undefined;
    this.retry = undefined;
    this.comments = [];
    this.hasFields = false;
    return block;
  }
}

/** Fields of an event to write. */
export interface SseEventOut {
  readonly event?: string;
  readonly data: string;
  readonly id?: string;
  readonly retry?: number;
}

/** Serialises one event with LF line endings; multi-line data becomes several `data:` lines. */
export function serializeEvent(e: SseEventOut): Buffer {
  let s = '';
  if (e.event !== undefined && e.event !== '') s += `event: ${e.event}\n`;
  if (e.id !== undefined) s += `id: ${e.id}\n`;
  if (e.retry !== undefined) s += `retry: ${e.retry}\n`;
  // Any CR or LF inside the data must split lines, or the client would see a different event.
  const lines = e.data.split('\r\n').join('\n').split('\r').join('\n').split('\n');
  for (const l of lines) s += `data: ${l}\n`;
  return Buffer.from(s + '\n', 'utf8');
}

/** Parses a whole event-stream buffer (tests, buffered bodies). */
export function parseSse(body: Buffer, maxEventBytes = 1 << 20): SseBlock[] {
  const p = new SseParser(maxEventBytes);
  const blocks = p.push(body);
  p.end();
  return blocks;
}
