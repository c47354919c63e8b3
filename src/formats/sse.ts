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
  /**
   * The raw bytes are exactly `data: ${data}\n\n`: one data line written with a space after the
   * colon, no other field or comment, LF line endings. Almost every event an LLM API streams has this
   * form; its raw bytes are not copied when it is parsed (see PlainBlock) but encoded again from
   * `data` if `raw` is read, so a held event keeps its data string and nothing else.
   */
  readonly plain: boolean;
}

/** The UTF-8 length of a block's raw bytes (without encoding a plain block's). */
export function rawLength(b: SseBlock): number {
  return b.plain ? Buffer.byteLength(b.data!) + 8 : b.raw.length;
}

/**
 * A plain block (see SseBlock.plain). `data` was decoded from valid UTF-8 (the decoder is fatal), so
 * encoding it again gives back the received bytes.
 */
class PlainBlock implements SseBlock {
  readonly data: string;
  constructor(data: string) {
    this.data = data;
  }
  get event(): string {
    return '';
  }
  get comments(): readonly string[] {
    return NO_COMMENTS;
  }
  get plain(): boolean {
    return true;
  }
  get raw(): Buffer {
    return Buffer.from(`data: ${this.data}\n\n`, 'utf8');
  }
}

const LF = 0x0a;
const CR = 0x0d;
// Shared terminator bytes: raw parts are only ever concatenated (copied), never written to.
const LF_BYTES = Buffer.from([LF]);
const CR_BYTES = Buffer.from([CR]);
const CRLF_BYTES = Buffer.from([CR, LF]);
const EMPTY_ACC = Buffer.alloc(0);
/** What push() returns when no block completed (most chunks; shared, so frozen). */
const NO_BLOCKS: readonly SseBlock[] = Object.freeze([]);
/** Comments of a block without any (shared: blocks are read-only). */
const NO_COMMENTS: readonly string[] = Object.freeze([]);
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
  /**
   * Own copy of the bytes of the current block: its complete lines with their terminators
   * ([0, lineStart)), then the current, unfinished line ([lineStart, accLen)). One growable buffer
   * instead of a Buffer per fragment: a block's bytes are copied in once and out once (as `raw`).
   */
  private acc: Buffer = EMPTY_ACC;
  private accLen = 0;
  private lineStart = 0;
  private lastWasCR = false;
  private bomState: 'pending' | 'done' = 'pending';
  private bomBuf: Buffer = EMPTY_ACC;
  // Fields of the block being built.
  private event = '';
  private dataLines: string[] = [];
  private hasData = false;
  private id: string | undefined;
  private retry: number | undefined;
  private comments: string[] = [];
  private hasFields = false;
  /** Lines of the block being built, and whether the first was `data: ...` ended by a lone LF. */
  private lines = 0;
  private firstPlain = false;

  constructor(maxEventBytes: number) {
    this.maxEventBytes = maxEventBytes;
  }

  /** Bytes held in an unfinished block. */
  get bufferedBytes(): number {
    return this.accLen + this.bomBuf.length;
  }

  /** The blocks completed by `chunk` (usually none: a shared, frozen empty array then). */
  push(chunk: Buffer): readonly SseBlock[] {
    let buf = chunk;
    if (this.bomState === 'pending') {
      // Strip one UTF-8 BOM at the very start, even when it is split across chunks.
      this.bomBuf = Buffer.concat([this.bomBuf, buf]);
      const bom = [0xef, 0xbb, 0xbf];
      let i = 0;
      while (i < this.bomBuf.length && i < 3 && this.bomBuf[i] === bom[i]) i++;
      if (i < 3 && i === this.bomBuf.length) return NO_BLOCKS; // still a BOM prefix: wait
      buf = i === 3 ? this.bomBuf.subarray(3) : this.bomBuf;
      this.bomBuf = EMPTY_ACC;
      this.bomState = 'done';
    }
    let out: SseBlock[] | undefined;
    let start = 0;
    const n = buf.length;
    for (let i = 0; i < n; i++) {
      const c = buf[i];
      if (c !== LF && c !== CR) continue;
      if (c === LF && this.lastWasCR && i === start && this.accLen === this.lineStart) {
        // Second half of a CRLF whose CR ended the previous line: kept in the raw of that line (when
        // the CR ended the block, its terminator was already written as CRLF).
        this.lastWasCR = false;
        if (this.lineStart > 0) {
          this.append(buf, i, i + 1);
          this.lineStart++;
        }
        start = i + 1;
        continue;
      }
      if (i > start) this.appendLine(buf, start, i);
      let crlf = false;
      if (c === CR && i + 1 < n && buf[i + 1] === LF) {
        crlf = true;
        i++;
        this.lastWasCR = false;
      } else {
        this.lastWasCR = c === CR;
      }
      const block = this.endLine(c, crlf);
      if (block) (out ??= []).push(block);
      start = i + 1;
    }
    if (start < n) {
      this.lastWasCR = false;
      this.appendLine(buf, start, n);
    }
    return out ?? NO_BLOCKS;
  }

  /** End of stream. Throws 'truncated_stream' when an unfinished block has fields or line bytes. */
  end(): SseBlock[] {
    if (this.bomState === 'pending' && this.bomBuf.length > 0) {
      throw new GuardError('truncated_stream', 'event stream ended inside its first bytes');
    }
    if (this.accLen > this.lineStart || this.hasFields) {
      throw new GuardError('truncated_stream', 'event stream ended inside an event (no terminating blank line)');
    }
    return [];
  }

  /** Copies src[a, b) to the end of the block buffer. */
  private append(src: Buffer, a: number, b: number): void {
    const need = this.accLen + (b - a);
    if (need > this.acc.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, this.acc.length * 2, 256));
      if (this.accLen > 0) this.acc.copy(grown, 0, 0, this.accLen);
      this.acc = grown;
    }
    if (b - a <= 16) {
      const acc = this.acc;
      let k = this.accLen;
      for (let j = a; j < b; j++) acc[k++] = src[j];
    } else {
      src.copy(this.acc, this.accLen, a, b);
    }
    this.accLen = need;
  }

  private appendLine(src: Buffer, a: number, b: number): void {
    this.append(src, a, b);
    this.checkSize();
  }

  private checkSize(): void {
    if (this.accLen > this.maxEventBytes) {
      throw new GuardError('event_too_large', `event stream event exceeds ${this.maxEventBytes} bytes`);
    }
  }

  /** A line ended with terminator `c` (CR or LF; `crlf`: CR followed by LF). */
  private endLine(c: number, crlf: boolean): SseBlock | undefined {
    const lineStart = this.lineStart;
    const len = this.accLen - lineStart;
    if (len === 0) return this.dispatch(c === CR);
    if (this.lines++ === 0) this.firstPlain = c === LF && len >= 6 && this.startsWithDataSpace(lineStart);
    this.append(crlf ? CRLF_BYTES : c === CR ? CR_BYTES : LF_BYTES, 0, crlf ? 2 : 1);
    this.lineStart = this.accLen;
    this.checkSize();
    this.field(decodeLine(this.acc.subarray(lineStart, lineStart + len)));
    return undefined;
  }

  /** The block buffer holds `data: ` at `at`. */
  private startsWithDataSpace(at: number): boolean {
    const a = this.acc;
    return a[at] === 0x64 && a[at + 1] === 0x61 && a[at + 2] === 0x74 && a[at + 3] === 0x61 && a[at + 4] === 0x3a && a[at + 5] === 0x20;
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

  private dispatch(cr: boolean): SseBlock | undefined {
    if (!this.hasFields) {
      // A blank line with no block before it (e.g. the LF of an extra CRLF): nothing to dispatch.
      return undefined;
    }
    if (!cr && this.lines === 1 && this.firstPlain) {
      // One `data: ` line ended by LF, then an LF (see SseBlock.plain): nothing to copy.
      const block = new PlainBlock(this.dataLines[0]);
      this.reset();
      return block;
    }
    // The final terminator is written as CRLF when it was a CR or CRLF (see SseBlock.raw).
    const body = this.lineStart;
    const raw = Buffer.allocUnsafe(body + (cr ? 2 : 1));
    this.acc.copy(raw, 0, 0, body);
    if (cr) {
      raw[body] = CR;
      raw[body + 1] = LF;
    } else {
      raw[body] = LF;
    }
    const data = !this.hasData ? null : this.dataLines.length === 1 ? this.dataLines[0] : this.dataLines.join('\n');
    const block: { -readonly [K in keyof SseBlock]: SseBlock[K] } = { event: this.event, data, comments: this.comments.length === 0 ? NO_COMMENTS : this.comments, raw, plain: false };
    if (this.id !== undefined) block.id = this.id;
    if (this.retry !== undefined) block.retry = this.retry;
    this.reset();
    return block;
  }

  /** Clears the fields of the block just dispatched. */
  private reset(): void {
    this.accLen = 0;
    this.lineStart = 0;
    // Do not keep the memory of one unusually large event for the rest of the stream.
    if (this.acc.length > 65536) this.acc = EMPTY_ACC;
    this.event = '';
    if (this.dataLines.length > 0) this.dataLines = [];
    this.hasData = false;
    this.id = undefined;
    this.retry = undefined;
    if (this.comments.length > 0) this.comments = [];
    this.hasFields = false;
    this.lines = 0;
    this.firstPlain = false;
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
  const blocks = [...p.push(body)];
  p.end();
  return blocks;
}
