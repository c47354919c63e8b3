// The streaming rewriter for SSE response bodies (OpenAI chat / completions, OpenAI Responses,
// Anthropic Messages, MCP). It is what lets egress redaction work on `stream: true` without buffering
// the whole response and without leaking an entity that the upstream split across events.
//
// Model. Every text-bearing field of every event is appended to a *channel* (choice x content, a tool
// call's arguments, a content block, ...). Per channel the engine keeps a committed position p: all
// text before p is decided (its redactions are known and final) and may be released. After an event
// the engine finds the hold point f of the undecided window [p, L) of the channel text: with a fixed
// hold-back, f = L - holdBack (a detector match is at most holdBack code units long, so no later text
// can change a redaction that starts before it); with `holdFrom` (the detectors' hold strategies, see
// src/detectors/hold.ts), f is the larger of that and the point before which no finding can still
// change — typically a few words behind the input instead of ~2,000 characters. The redactor then runs
// on the window (plus CONTEXT code units of left context); redactions that start before f are decided
// and p moves to max(f, end of the last decided redaction). With `holdFrom`, f first steps back over
// any finding (redacted or not) that straddles it, so findings that decide each other are decided
// together, and the redactor runs only when f can move by `scanStep` code units: the window is no
// longer re-scanned after every small event. Events are released in upstream order once the text they
// carry is decided; a redaction is written into the event where the entity starts and removes the
// covered text from the following events (which are dropped when nothing is left). A held event of
// one channel may be overtaken only by plain text events of other channels.
//
// Chunk invariance. Events are processed one complete SSE block at a time and every decision (hold
// point, whether to scan, what to commit) depends only on the channel text so far, never on where
// Envoy's chunks are cut, so every chunking of the same upstream bytes gives the same output bytes.
// With a redactor whose matches are at most holdBack long or whose findings before the hold point are
// final (and which looks at most CONTEXT code units to the left of a match), the released text of a
// channel equals redacting the whole text at once. End of stream (or a `.done` event) closes a channel
// and decides all of it.
import { GuardError } from '../core/errors.ts';
import { hasRot13Marker } from '../core/units.ts';
import type { ToolCall } from '../core/types.ts';
import { isObj } from './builder.ts';
import { streamErrorEvent } from './error-bodies.ts';
import { quoteJson } from './json.ts';
import type { SseBlock } from './sse.ts';
import { rawLength, SseParser, serializeEvent } from './sse.ts';
import type { ChannelEdit, ChannelInfo, StreamOptions, StreamOutput, StreamTransformer, ToolGateResult } from './types.ts';

type Path = readonly (string | number)[];

interface AbsEdit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** Signals a policy block from deep inside event processing. */
class BlockSignal {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/**
 * Code units before the committed position that the redactor sees as left context (PII context words
 * are looked for up to 48 before an entity; secret keywords sit up to ~32 before the secret).
 */
const CONTEXT = 64;

/** Zero bytes (shared: a zero-length Buffer has nothing to write to). */
const EMPTY = Buffer.alloc(0);

const NO_CALLS: readonly ToolCall[] = Object.freeze([]);

/**
 * Shared empty `gates` / `stripped` of template entries (plain content deltas, never attached to a tool
 * call). Frozen: a push would throw, and a throw fails the stream closed.
 */
const NO_TOOLS = Object.freeze([]) as unknown as ToolState[];

/** The output of a push that completed no event (shared: outputs are read-only). */
const NOTHING: StreamOutput = Object.freeze({ bytes: EMPTY, toolCalls: NO_CALLS });

/** Code units of released window text a channel drops at a time (Channel.trim). */
const TRIM_STEP = 512;

const trimChannel = (c: Channel): void => c.trim();

/** Appends per channel joined into one input part (Channel.append). */
const INPUT_RUN = 64;

/** Default scan step with holdFrom (StreamOptions.scanStep). */
const SCAN_STEP = 32;

const STRUCTURAL_KEYS = new Set([
  'type', 'id', 'object', 'model', 'role', 'status', 'call_id', 'item_id', 'tool_use_id', 'jsonrpc', 'method',
  'finish_reason', 'stop_reason', 'system_fingerprint', 'service_tier', 'signature', 'encrypted_content',
  'obfuscation', 'mimeType', 'media_type', 'protocolVersion', 'progressToken', 'cursor', 'nextCursor',
]);

/**
 * One stream of text with its hold-back state. Only the window from the released position on is kept
 * as a flat string (so appending and scanning stay linear over a long stream); the full input is kept
 * as parts, and every decided redaction, for `.done` events and tool-call reporting.
 *
 * Memory (issue 9): everything a channel keeps for the whole stream survives the young generation, so
 * it is kept small. The decided output is not stored as text: it is the input with the decided edits
 * applied (slices of the window would each keep a whole flattened copy of the window alive), and the
 * input parts are joined every INPUT_RUN appends (one string per run instead of one per delta, and no
 * slice of an event's data kept alive by a delta taken from it).
 */
class Channel {
  readonly info: ChannelInfo;
  /** Total input length (UTF-16 code units). */
  length = 0;
  /** Committed input position: everything before it is decided. */
  p = 0;
  /** Input position up to which text has been written downstream. */
  released = 0;
  /** With holdFrom: no scan until the hold point reaches this (the end of findings last stepped over). */
  waitUntil = 0;
  closed = false;
  /** Decided redactions (absolute input offsets), pruned as the window moves. */
  edits: AbsEdit[] = [];
  /** Every decided redaction, in order (never pruned: fullOutput() replays them over the input). */
  private readonly allEdits: AbsEdit[] = [];
  private buf = '';
  private bufStart = 0;
  /** The code unit before bufStart (-1 at the channel's start): whether the window starts a line. */
  private before = -1;
  private readonly inputParts: string[] = [];
  /** How many of the last inputParts are single appends not yet joined into a run. */
  private loose = 0;
  /** The text so far names rot13 (namesRot13), as read up to rot13Read. */
  private rot13 = false;
  private rot13Read = 0;

  constructor(info: ChannelInfo) {
    this.info = info;
  }

  append(text: string): void {
    this.buf += text;
    this.inputParts.push(text);
    this.length += text.length;
    if (++this.loose === INPUT_RUN) {
      const parts = this.inputParts;
      const run = parts.splice(parts.length - INPUT_RUN, INPUT_RUN).join('');
      parts.push(run);
      this.loose = 0;
    }
  }

  /** Input text [a, b) (a must not be before the released position). */
  text(a: number, b: number = this.length): string {
    return this.buf.slice(a - this.bufStart, b - this.bufStart);
  }

  charCodeAt(i: number): number {
    return this.buf.charCodeAt(i - this.bufStart);
  }

  fullInput(): string {
    if (this.inputParts.length > 1) this.inputParts.splice(0, this.inputParts.length, this.inputParts.join(''));
    this.loose = 0;
    return this.inputParts[0] ?? '';
  }

  /** Records a decided redaction (in input order; it starts at or after the end of the previous one). */
  addEdit(e: AbsEdit): void {
    this.edits.push(e);
    this.allEdits.push(e);
  }

  /**
   * Output of everything decided so far (the whole redacted text once the channel is closed): the
   * input [0, p) with the decided redactions in place, which is what output() gave for the decided
   * ranges one after the other (p is never inside a decided redaction).
   */
  fullOutput(): string {
    const input = this.fullInput();
    let out = '';
    let pos = 0;
    for (const e of this.allEdits) {
      out += input.slice(pos, e.start) + e.replacement;
      pos = e.end;
    }
    return pos < this.p ? out + input.slice(pos, this.p) : out;
  }

  /** Whether input position i (not before the window) is inside a line: the unit before it is no line break. */
  midLine(i: number): boolean {
    const prev = i > this.bufStart ? this.charCodeAt(i - 1) : i === 0 ? -1 : this.before;
    return prev !== -1 && prev !== 10;
  }

  /**
   * Whether the channel's text so far names rot13 (hasRot13Marker), read on from where the last call
   * stopped (five units back, for a marker that arrived in pieces). Text is trimmed only after a scan
   * has released it, and every scan asks first, so no text goes unread.
   */
  namesRot13(): boolean {
    if (!this.rot13 && this.rot13Read < this.length) {
      this.rot13 = hasRot13Marker(this.text(Math.max(this.bufStart, this.rot13Read - 5)));
      this.rot13Read = this.length;
    }
    return this.rot13;
  }

  /** First input position still held in the window. */
  get windowStart(): number {
    return this.bufStart;
  }

  /** Drops window text and edits that nothing can need any more (before the released position). */
  trim(): void {
    const keep = Math.max(0, Math.min(this.released, this.p) - CONTEXT);
    // Trimmed in steps: the slice shares the old text until the next append flattens the window, so a
    // trim costs no copy, while a smaller window makes that flattening (once per scan) cheaper.
    if (keep - this.bufStart < TRIM_STEP) return;
    this.before = this.buf.charCodeAt(keep - 1 - this.bufStart);
    this.buf = this.buf.slice(keep - this.bufStart);
    this.bufStart = keep;
    let i = 0;
    while (i < this.edits.length && this.edits[i].end <= keep) i++;
    if (i > 0) this.edits = this.edits.slice(i);
  }

  /** Output for input range [a, b) (b <= p): redactions belong to the event where they start. */
  output(a: number, b: number): string {
    let out = '';
    let pos = a;
    // Binary search the first edit that ends after a.
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.edits[mid].end <= a && this.edits[mid].start < a) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.edits.length; k++) {
      const e = this.edits[k];
      if (e.start >= b) break;
      if (e.start < a) {
        pos = Math.max(pos, Math.min(e.end, b)); // covered by an entity that started in an earlier event
        continue;
      }
      out += this.text(pos, e.start) + e.replacement;
      pos = Math.min(e.end, b);
    }
    if (pos < b) out += this.text(pos, b);
    return out;
  }
}

/** A tool call seen in the stream. */
interface ToolState {
  readonly key: string;
  readonly channel: Channel;
  name: string;
  id?: string;
  initial?: unknown;
  status: 'open' | 'allow' | 'block' | 'replace';
  replaceText?: string;
  readonly entries: Entry[];
  /** Format-specific position: choice index, content block index or output index. */
  readonly scope: number;
  readonly index: number;
}

interface Slot {
  readonly channel: Channel;
  readonly path: Path;
  readonly a: number;
  readonly b: number;
  /** Input position already written by partial releases. */
  emitted: number;
}

interface Entry {
  readonly block: SseBlock;
  /** Parsed data (mutated in place); undefined: pass `raw` through. */
  readonly obj?: unknown;
  /** Bytes to write instead of the block (synthetic replacement events). */
  readonly synthetic?: Buffer;
  readonly slots: Slot[];
  readonly gates: ToolState[];
  /** A plain text delta: may be split into several events and is dropped when left empty. */
  pure: boolean;
  /** Replaced tool calls whose parts must be cut out of this (multi-call) event. */
  readonly stripped: ToolState[];
  /**
   * Only carries deltas of the channels in `affinity` (no finish, usage or block boundaries), so it may
   * overtake held events of other channels; everything else keeps strict upstream order.
   */
  local: boolean;
  readonly affinity: Channel[];
  dropped: boolean;
  /**
   * A chat content delta matched by the stream's ChatTemplate (not parsed): `obj` is undefined and
   * the event is written from the template and its text (unchanged text gives the received bytes).
   */
  readonly tpl?: ChatTemplate;
  /** With `tpl`: the length of the event's bytes as received (`block` is then NO_BLOCK). */
  readonly tplBytes?: number;
}

/**
 * The block of entries not written from a received block: template entries (written from their
 * template and text alone, so they keep neither the parsed block nor its data; issue 9: a held entry
 * is what survives the young generation) and synthetic events without an event to stand in for.
 */
const NO_BLOCK: SseBlock = Object.freeze({ event: '', data: null, comments: Object.freeze([]), raw: EMPTY, plain: false });

/**
 * The shape of an OpenAI chat content delta seen earlier in the stream (issue 9: per-chunk CPU).
 * An event whose data is `prefix + "text" + suffix`, where the text needs no JSON escaping, is that
 * same chunk with another content: it is handled without JSON.parse, and without JSON.stringify when
 * nothing changes its text. Learned only from an event whose data and raw bytes are exactly what the
 * engine would write for it (canonical JSON, `data: ...\n\n`), and whose every other field is one
 * the chat handler leaves alone (structural keys, numbers, null), so the output bytes are the same as
 * parsing and re-serialising it.
 */
interface ChatTemplate {
  readonly prefix: string;
  readonly suffix: string;
  readonly channel: Channel;
  readonly path: Path;
}

/** Attempts to learn a ChatTemplate per stream (each costs two serialisations). */
const TEMPLATE_ATTEMPTS = 8;

function setPath(obj: unknown, path: Path, value: unknown): void {
  let cur = obj as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]] as Record<string | number, unknown>;
  cur[path[path.length - 1]] = value;
}

function getPath(obj: unknown, path: Path): unknown {
  let cur = obj as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]] as Record<string | number, unknown>;
  return cur[path[path.length - 1]];
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * Output of one push()/end(): serialised events are gathered as one string and encoded once, instead of
 * one Buffer per event; raw and synthetic blocks keep their bytes. Lifetime: one push()/end() call.
 */
class Out {
  private readonly parts: Buffer[] = [];
  private pending = '';

  text(s: string): void {
    this.pending += s;
  }

  push(b: Buffer): void {
    if (this.pending !== '') {
      this.parts.push(Buffer.from(this.pending, 'utf8'));
      this.pending = '';
    }
    this.parts.push(b);
  }

  bytes(): Buffer {
    if (this.pending !== '') {
      // Serialised events only (the usual case): one encode, no concat.
      if (this.parts.length === 0) return Buffer.from(this.pending, 'utf8');
      this.push(EMPTY);
    }
    if (this.parts.length === 0) return EMPTY;
    return Buffer.concat(this.parts); // always a copy: never hand back a view of the caller's chunk
  }
}

/** Per-stream engine. Lifetime: one response body. */
class Engine implements StreamTransformer {
  private readonly opts: StreamOptions;
  private readonly parser: SseParser;
  private readonly channels = new Map<string, Channel>();
  /**
   * Anthropic: consecutive text content blocks share one channel (a client shows them as one text, and
   * the model cuts blocks where citations start, not where entities end), so an e-mail address or a key
   * split across two blocks is found whole. The run stays open across a block's content_block_stop
   * (that event then waits in order behind the held text) and ends at the next event that is not a text
   * block's start, delta or stop (a tool_use or thinking block, message_delta, message_stop).
   */
  private textRun: { channel: Channel; blocks: Set<number>; stopped: boolean } | null = null;
  private readonly tools = new Map<string, ToolState>();
  private queue: Entry[] = [];
  /**
   * Queue bookkeeping for release() (valid while no tool call was replaced): per channel, how many
   * queued entries carry it in their affinity, and how many queued entries are dropped. They let a
   * release stop walking as soon as everything behind is certainly held.
   */
  private readonly queuedPerChannel = new Map<Channel, number>();
  private droppedQueued = 0;
  private pendingCalls: ToolCall[] = [];
  private state: 'open' | 'blocked' | 'failed' | 'ended' = 'open';
  private failure: unknown;
  private replacedCount = 0;
  private allowedCount = 0;
  /** Synthetic events to queue before the entry being classified (the call's first event was not queued yet). */
  private pendingSynthetic: Entry[] = [];
  private tpl: ChatTemplate | undefined;
  private tplAttempts = 0;

  private readonly step: number;
  private readonly holdLag: number;
  private readonly walkedScratch = new Map<Channel, number>();
  private readonly keepScratch: Entry[] = [];
  private readonly heldScratch = new Set<Channel>();

  constructor(opts: StreamOptions) {
    if (!Number.isInteger(opts.holdBack) || opts.holdBack < 0) throw new GuardError('internal', 'holdBack must be a non-negative integer');
    this.opts = opts;
    this.step = Math.max(0, Math.floor(opts.scanStep ?? SCAN_STEP));
    this.holdLag = Math.max(0, Math.floor(opts.holdLag ?? 0));
    this.parser = new SseParser(opts.maxEventBytes);
  }

  get heldBytes(): number {
    let n = this.parser.bufferedBytes;
    for (const e of this.queue) n += e.synthetic ? e.synthetic.length : e.tplBytes ?? rawLength(e.block);
    return n;
  }

  /** Per-channel totals in input code units (tests and bounded-memory checks). */
  channelStats(): { id: string; total: number; committed: number; released: number; closed: boolean }[] {
    return [...this.channels.values()].map((c) => ({ id: c.info.id, total: c.length, committed: c.p, released: c.released, closed: c.closed }));
  }

  push(chunk: Buffer): StreamOutput {
    return this.run(chunk);
  }

  end(): StreamOutput {
    return this.run(null);
  }

  /** One push (chunk) or the end of the stream (null). */
  private run(chunk: Buffer | null): StreamOutput {
    if (this.state === 'blocked' || this.state === 'ended') return { bytes: EMPTY, toolCalls: NO_CALLS };
    if (this.state === 'failed') throw this.failure;
    const final = chunk === null;
    if (!final) {
      let blocks: readonly SseBlock[];
      try {
        blocks = this.parser.push(chunk);
      } catch (err) {
        this.state = 'failed';
        this.failure = err;
        this.clearQueue();
        throw err;
      }
      // Most chunks complete no event: nothing to decide or release.
      if (blocks.length === 0) return this.pendingCalls.length === 0 ? NOTHING : { bytes: EMPTY, toolCalls: this.takeCalls() };
      return this.process(blocks, false);
    }
    return this.process(null, true);
  }

  /** Decides and releases after the blocks of one push (or the end of the stream). */
  private process(pushed: readonly SseBlock[] | null, final: boolean): StreamOutput {
    const out = new Out();
    try {
      const blocks = pushed ?? this.parser.end();
      for (const b of blocks) {
        this.onBlock(b);
        this.release(out);
      }
      if (final) {
        this.finalizeAll();
        this.release(out);
        this.state = 'ended';
        if (this.queue.length > 0) throw new GuardError('internal', 'stream engine ended with held events');
      }
    } catch (err) {
      if (err instanceof BlockSignal) {
        this.state = 'blocked';
        this.clearQueue();
        const reset = this.opts.onBlock === 'reset';
        if (!reset) out.push(streamErrorEvent(this.opts.format, err.reason));
        return { bytes: out.bytes(), blocked: { reason: err.reason, reset }, toolCalls: this.takeCalls() };
      }
      this.state = 'failed';
      this.failure = err;
      this.clearQueue();
      throw err;
    }
    return { bytes: out.bytes(), toolCalls: this.takeCalls() };
  }

  private takeCalls(): readonly ToolCall[] {
    if (this.pendingCalls.length === 0) return NO_CALLS;
    const c = this.pendingCalls;
    this.pendingCalls = [];
    return c;
  }

  // ---------------------------------------------------------------- channels and redaction

  private channel(id: string, kind: ChannelInfo['kind']): Channel {
    let c = this.channels.get(id);
    if (!c) this.channels.set(id, (c = new Channel({ id, kind })));
    return c;
  }

  private escapeFor(info: ChannelInfo, replacement: string): string {
    // Tool arguments are JSON source text; a replacement lands inside one of its strings.
    return info.kind === 'tool_call_arguments' ? quoteJson(replacement).slice(1, -1) : replacement;
  }

  private callRedactor(text: string, info: ChannelInfo): ReturnType<StreamOptions['redact']> {
    const r = this.opts.redact(text, info);
    if (r.block !== undefined) throw new BlockSignal(r.block);
    return r;
  }

  private static sorted(edits: readonly ChannelEdit[]): ChannelEdit[] {
    return edits.length < 2 ? edits.slice() : [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
  }

  /**
   * Decides what can be decided in a channel (everything when it is closed). The decided position
   * moves to the hold point f: L - holdBack, or (with holdFrom) the detectors' hold point when that is
   * later. With holdFrom the redactor runs only when f can move by a scan step, and f then steps back
   * over any finding that straddles it. Every choice depends only on the channel text so far, so the
   * event sequence alone decides the output.
   */
  private advance(c: Channel): void {
    const L = c.length;
    const holdFrom = this.opts.holdFrom;
    const step = holdFrom === undefined ? 0 : this.step;
    // Nothing can move by a step: skip before building the window.
    if (!c.closed && step > 0 && L - Math.min(this.opts.holdBack, this.holdLag) - c.p < step) return;
    const base = c.p;
    // The redactor also sees up to CONTEXT code units before the committed position, so patterns that
    // look left (\b, keywords, context words) behave as on the whole text. Matches ending there are
    // already decided; one that straddles the committed position is an artefact of the cut window:
    // scan without context.
    let from = Math.max(c.windowStart, base - CONTEXT);
    const lo = c.charCodeAt(from);
    if (from > c.windowStart && from < base && lo >= 0xdc00 && lo <= 0xdfff) from++;
    let f = c.closed ? L : L - this.opts.holdBack;
    let window: string | undefined;
    if (!c.closed && holdFrom !== undefined) {
      window = c.text(from);
      const h = from + holdFrom(window, c.info);
      if (h > f) f = Math.min(h, L);
    }
    if (!c.closed && f > 0 && f < L) {
      const u = c.charCodeAt(f - 1);
      if (u >= 0xd800 && u <= 0xdbff) f--; // never split a surrogate pair across a release boundary
    }
    if (f - base < Math.max(1, c.closed ? 1 : step)) return;
    // The last scan stepped back over findings ending at waitUntil: nothing new can be decided before
    // the hold point passes them (a scan now would step back over them again).
    if (!c.closed && holdFrom !== undefined && f < c.waitUntil) return;
    window ??= c.text(from);
    // A marker anywhere in the channel so far has the window read as rot13 too, as the whole text would be.
    const rot13 = c.namesRot13();
    let r = this.callRedactor(window, { ...c.info, offset: from, midLine: c.midLine(from), rot13 });
    let shift = from - base;
    if (r.edits.some((e) => e.start + shift < 0 && e.end + shift > 0)) {
      r = this.callRedactor(c.text(base), { ...c.info, offset: base, midLine: c.midLine(base), rot13 });
      shift = 0;
    }
    const edits = Engine.sorted(r.edits);
    if (holdFrom !== undefined && !c.closed) {
      // Never decide part of a finding: step back to the start of any finding or edit that straddles f
      // (repeated, since a step back may make another one straddle).
      let g = f - base;
      let over = 0;
      const lists = r.findings !== undefined ? [r.findings, edits] : [edits];
      for (let moved = true; moved;) {
        moved = false;
        for (const list of lists) {
          for (const x of list) {
            const s = x.start + shift;
            if (s >= 0 && s < g && x.end + shift > g) {
              g = s;
              if (x.end + shift > over) over = x.end + shift;
              moved = true;
            }
          }
        }
      }
      c.waitUntil = over > 0 ? base + over : 0;
      f = base + g;
      if (f <= base) return;
    }
    let p = f;
    let cursor = base;
    for (const e of edits) {
      const start = base + e.start + shift;
      const end = base + e.end + shift;
      if (start < base) continue;
      if (start >= f) break;
      if (start < cursor || end < start || end > L) continue;
      c.addEdit({ start, end, replacement: this.escapeFor(c.info, e.replacement) });
      cursor = end;
      if (end > p) p = end;
    }
    c.p = p;
  }

  private close(c: Channel): void {
    if (c.closed) return;
    c.closed = true;
    this.advance(c);
  }

  /** Appends text to a channel and returns the slot describing where it sits. */
  private addText(e: Entry, c: Channel, path: Path, text: string): void {
    this.touch(e, c);
    const a = c.length;
    c.append(text);
    e.slots.push({ channel: c, path, a, b: c.length, emitted: a });
  }

  /** Records that an entry belongs to a channel (for ordering), even when its delta is empty. */
  private touch(e: Entry, c: Channel): void {
    if (!e.affinity.includes(c)) e.affinity.push(c);
  }

  /** Redacts one complete string on its own (fields that carry whole texts, MCP messages). */
  private redactWhole(text: string, info: ChannelInfo): string {
    if (text === '') return text;
    const edits = Engine.sorted(this.callRedactor(text, info).edits);
    let out = '';
    let pos = 0;
    for (const e of edits) {
      if (e.start < pos || e.end < e.start || e.end > text.length) continue;
      out += text.slice(pos, e.start) + this.escapeFor(info, e.replacement);
      pos = e.end;
    }
    return out + text.slice(pos);
  }

  /** A field carrying a channel's full text (a `.done` event): the redacted channel text when it matches. */
  private doneText(c: Channel, text: string): string {
    if (c.length === 0 && text !== '') return this.redactWhole(text, c.info);
    this.close(c);
    if (text === c.fullInput()) return c.fullOutput();
    return this.redactWhole(text, c.info);
  }

  /** Redacts every non-structural string leaf under `v` in place. */
  private redactLeaves(v: unknown, info: ChannelInfo, depth = 0): void {
    if (depth > 128) throw new GuardError('malformed_body', 'event stream data nests deeper than 128 levels');
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (typeof v[i] === 'string') v[i] = this.redactWhole(v[i] as string, info);
        else this.redactLeaves(v[i], info, depth + 1);
      }
    } else if (isObj(v)) {
      for (const k of Object.keys(v)) {
        const x = v[k];
        if (typeof x === 'string') {
          // Structural fields and base64 media payloads are not text.
          const media = k === 'data' && (v.type === 'image' || v.type === 'audio');
          if (!STRUCTURAL_KEYS.has(k) && !media && k !== 'blob') v[k] = this.redactWhole(x, info);
        } else this.redactLeaves(x, info, depth + 1);
      }
    }
  }

  // ---------------------------------------------------------------- tool calls

  private tool(key: string, channelId: string, scope: number, index: number): ToolState {
    let t = this.tools.get(key);
    if (!t) {
      t = { key, channel: this.channel(channelId, 'tool_call_arguments'), name: '', status: 'open', entries: [], scope, index };
      this.tools.set(key, t);
    }
    return t;
  }

  private attach(e: Entry, t: ToolState): void {
    if (!e.gates.includes(t)) e.gates.push(t);
    t.entries.push(e);
  }

  /** The call is complete: decide its arguments, report it and ask the gate. */
  private complete(t: ToolState): void {
    if (t.status !== 'open') return;
    this.close(t.channel);
    const raw = t.channel.length === 0 && t.initial !== undefined ? JSON.stringify(t.initial) : t.channel.fullInput();
    let args: unknown;
    try {
      args = JSON.parse(raw);
    } catch {
      args = undefined;
    }
    const api = this.opts.format === 'openai.chat' || this.opts.format === 'openai.responses' || this.opts.format === 'anthropic.messages' ? this.opts.format : 'mcp';
    const call: ToolCall = { name: t.name, ...(t.id !== undefined ? { id: t.id } : {}), arguments: args, rawArguments: raw, pointer: '', api };
    this.pendingCalls.push(call);
    const verdict: ToolGateResult = this.opts.toolGate ? this.opts.toolGate(call) : { action: 'allow' };
    if (verdict.action === 'block') {
      t.status = 'block';
      throw new BlockSignal(verdict.reason);
    }
    if (verdict.action === 'allow') {
      t.status = 'allow';
      this.allowedCount++;
      return;
    }
    t.status = 'replace';
    t.replaceText = verdict.text;
    this.replacedCount++;
    const first = t.entries[0];
    // Decided at release time: an event that also carries other calls (several in one chunk) loses
    // only this call; an event of this call alone is dropped.
    for (const e of t.entries) e.stripped.push(t);
    const synthetic = this.replacement(t, first);
    if (synthetic) {
      const idx = first ? this.queue.indexOf(first) : -1;
      const entry: Entry = { block: first?.block ?? NO_BLOCK, synthetic, slots: [], gates: [], pure: false, local: false, affinity: [], stripped: [], dropped: false };
      if (idx >= 0) this.queue.splice(idx, 0, entry);
      else this.pendingSynthetic.push(entry);
    }
  }

  private completeWhere(pred: (t: ToolState) => boolean): void {
    for (const t of this.tools.values()) if (t.status === 'open' && pred(t)) this.complete(t);
  }

  /** The assistant text that replaces a gated call, in the API's own event shapes. */
  private replacement(t: ToolState, first: Entry | undefined): Buffer | undefined {
    const text = t.replaceText ?? '';
    const f = this.opts.format;
    const firstObj = first && isObj(first.obj) ? first.obj : {};
    if (f === 'openai.chat') {
      const chunk: Record<string, unknown> = {};
      for (const k of ['id', 'object', 'created', 'model', 'system_fingerprint']) if (firstObj[k] !== undefined) chunk[k] = firstObj[k];
      chunk.choices = [{ index: t.scope, delta: { content: text }, finish_reason: null }];
      return serializeEvent({ data: JSON.stringify(chunk) });
    }
    if (f === 'anthropic.messages') {
      const i = t.scope;
      return Buffer.concat([
        serializeEvent({ event: 'content_block_start', data: JSON.stringify({ type: 'content_block_start', index: i, content_block: { type: 'text', text: '' } }) }),
        serializeEvent({ event: 'content_block_delta', data: JSON.stringify({ type: 'content_block_delta', index: i, delta: { type: 'text_delta', text } }) }),
        serializeEvent({ event: 'content_block_stop', data: JSON.stringify({ type: 'content_block_stop', index: i }) }),
      ]);
    }
    if (f === 'openai.responses') {
      const o = t.scope;
      const id = `msg_${t.id ?? o}`;
      const part = { type: 'output_text', text, annotations: [] };
      const ev = (type: string, body: Record<string, unknown>): Buffer => serializeEvent({ event: type, data: JSON.stringify({ type, ...body }) });
      return Buffer.concat([
        ev('response.output_item.added', { output_index: o, item: { id, type: 'message', status: 'in_progress', role: 'assistant', content: [] } }),
        ev('response.content_part.added', { item_id: id, output_index: o, content_index: 0, part: { ...part, text: '' } }),
        ev('response.output_text.delta', { item_id: id, output_index: o, content_index: 0, delta: text }),
        ev('response.output_text.done', { item_id: id, output_index: o, content_index: 0, text }),
        ev('response.content_part.done', { item_id: id, output_index: o, content_index: 0, part }),
        ev('response.output_item.done', { output_index: o, item: this.messageItem(t) }),
      ]);
    }
    return undefined; // MCP: a gated server-to-client call is simply dropped
  }

  private messageItem(t: ToolState): Record<string, unknown> {
    return { id: `msg_${t.id ?? t.scope}`, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: t.replaceText ?? '', annotations: [] }] };
  }

  /** Closes every channel and completes every open tool call (end of stream or a terminal event). */
  private finalizeAll(): void {
    this.textRun = null;
    for (const c of this.channels.values()) this.close(c);
    this.completeWhere(() => true);
  }

  // ---------------------------------------------------------------- events

  private onBlock(block: SseBlock): void {
    const data = block.data;
    if (data === null || data === '' || (data === '[DONE]' && (this.opts.format === 'openai.chat' || this.opts.format === 'openai.completions'))) {
      if (data === '[DONE]') this.finalizeAll();
      this.enqueue({ block, slots: [], gates: [], pure: false, local: false, affinity: [], stripped: [], dropped: false });
      return;
    }
    if (this.tpl !== undefined) {
      const text = this.templateText(block, this.tpl);
      if (text !== undefined) {
        this.onTemplated(block, this.tpl, text);
        return;
      }
    }
    let obj: unknown;
    try {
      obj = JSON.parse(data);
    } catch {
      if (this.opts.format === 'json' || this.opts.format === 'text') {
        // A text event stream of unknown shape: each event's data is redacted as a whole.
        const text = this.redactWhole(data, { id: 'data', kind: 'output_text' });
        this.enqueue({ block, slots: [], gates: [], pure: false, local: false, affinity: [], stripped: [], dropped: false, synthetic: serializeEvent({ event: block.event, data: text, ...(block.id !== undefined ? { id: block.id } : {}), ...(block.retry !== undefined ? { retry: block.retry } : {}) }) });
        return;
      }
      throw new GuardError('malformed_body', `event stream data is not valid JSON (event ${JSON.stringify(block.event.slice(0, 40))})`);
    }
    if (!isObj(obj) && !(Array.isArray(obj) && this.opts.format === 'mcp')) {
      // Valid JSON of an unexpected shape (a bare string, an array): scanned as a whole.
      const box = { v: obj };
      this.redactLeaves(box, { id: 'data', kind: 'output_text' });
      obj = box.v;
    }
    const e: Entry = { block, obj, slots: [], gates: [], pure: false, local: false, affinity: [], stripped: [], dropped: false };
    switch (this.opts.format) {
      case 'openai.chat':
      case 'openai.completions':
        this.onChat(e, obj);
        break;
      case 'anthropic.messages':
        this.onAnthropic(e, obj);
        break;
      case 'openai.responses':
        this.onResponses(e, obj);
        break;
      case 'mcp':
        this.onMcp(e, obj);
        break;
      default:
        this.redactLeaves(obj, { id: 'data', kind: 'output_text' });
    }
    if (this.opts.format === 'openai.chat' && e.pure && this.tplAttempts < TEMPLATE_ATTEMPTS) this.learnTemplate(e);
    const slots = e.slots;
    if (slots.length === 1) this.advance(slots[0].channel);
    else if (slots.length > 1) for (const c of new Set(slots.map((s) => s.channel))) this.advance(c);
    this.enqueue(e);
  }

  /**
   * The content of a chat delta of the template's shape, or undefined. Its data must be the template
   * around a JSON string that needs no escaping, and its raw bytes exactly `data: <data>\n\n`.
   */
  private templateText(block: SseBlock, t: ChatTemplate): string | undefined {
    const d = block.data!;
    const pl = t.prefix.length;
    const b = d.length - t.suffix.length - 1;
    if (b <= pl || block.event !== '' || block.id !== undefined || block.retry !== undefined || block.comments.length !== 0) return undefined;
    if (d.charCodeAt(pl) !== 0x22 || d.charCodeAt(b) !== 0x22 || !d.startsWith(t.prefix) || !d.endsWith(t.suffix)) return undefined;
    for (let i = pl + 1; i < b; i++) {
      const c = d.charCodeAt(i);
      if (c === 0x22 || c === 0x5c || c < 0x20) return undefined;
    }
    if (!block.plain) return undefined;
    return d.slice(pl + 1, b);
  }

  /** What onChat() does for a content delta of the template's shape (see ChatTemplate). */
  private onTemplated(block: SseBlock, t: ChatTemplate, text: string): void {
    // The same entry as touch() + addText() build, with arrays of their final size: a held entry
    // lives until its text is decided, so its size is what the young generation copies (issue 9).
    const c = t.channel;
    let slots: Slot[] = [];
    if (text !== '') {
      const a = c.length;
      c.append(text);
      slots = [{ channel: c, path: t.path, a, b: c.length, emitted: a }];
    }
    const e: Entry = { block: NO_BLOCK, slots, gates: NO_TOOLS, pure: true, local: true, affinity: [c], stripped: NO_TOOLS, dropped: false, tpl: t, tplBytes: Buffer.byteLength(block.data!) + 8 };
    if (text !== '') this.advance(c);
    this.enqueue(e);
  }

  /** Learns the stream's ChatTemplate from a parsed pure content delta (see ChatTemplate). */
  private learnTemplate(e: Entry): void {
    const obj = e.obj;
    const block = e.block;
    if (!e.local || e.slots.length !== 1 || e.gates.length > 0 || e.dropped || !isObj(obj) || this.replacedCount > 0) return;
    if (block.event !== '' || block.id !== undefined || block.retry !== undefined || block.comments.length !== 0) return;
    const slot = e.slots[0];
    if (slot.channel.info.kind !== 'output_text' || !slot.channel.info.id.endsWith('/content')) return;
    const choices = obj.choices;
    if (!Array.isArray(choices) || choices.length !== 1 || !isObj(choices[0])) return;
    const choice = choices[0];
    const delta = choice.delta;
    if (!isObj(delta) || typeof choice.index !== 'number') return;
    const dk = Object.keys(delta);
    if (dk.length !== 1 || dk[0] !== 'content' || typeof delta.content !== 'string') return;
    // Every other field must be one onChat() leaves alone whatever the content.
    for (const k of Object.keys(obj)) {
      const v = obj[k];
      if (k !== 'choices' && !STRUCTURAL_KEYS.has(k) && v !== null && typeof v !== 'number' && typeof v !== 'boolean') return;
    }
    for (const k of Object.keys(choice)) {
      const v = choice[k];
      if (k === 'index' || k === 'delta') continue;
      if ((k !== 'finish_reason' && k !== 'logprobs') || v !== null) return;
    }
    const data = block.data!;
    this.tplAttempts++;
    if (!block.plain) return;
    const content = delta.content;
    if (JSON.stringify(obj) !== data) return; // not canonical: re-serialising changes its bytes
    delta.content = '\u0000';
    const marked = JSON.stringify(obj);
    delta.content = content;
    const MARK = '"\\u0000"';
    const at = marked.indexOf(MARK);
    if (at < 0 || marked.lastIndexOf(MARK) !== at) return;
    const prefix = marked.slice(0, at);
    const suffix = marked.slice(at + MARK.length);
    if (prefix + JSON.stringify(content) + suffix !== data) return;
    this.tpl = { prefix, suffix, channel: slot.channel, path: ['choices', 0, 'delta', 'content'] };
  }

  private enqueue(e: Entry): void {
    if (this.pendingSynthetic.length > 0) {
      for (const s of this.pendingSynthetic) this.queueEntry(s);
      this.pendingSynthetic = [];
    }
    this.queueEntry(e);
  }

  private queueEntry(e: Entry): void {
    this.queue.push(e);
    if (e.dropped) this.droppedQueued++;
    for (const c of e.affinity) this.queuedPerChannel.set(c, (this.queuedPerChannel.get(c) ?? 0) + 1);
  }

  private clearQueue(): void {
    this.queue = [];
    this.queuedPerChannel.clear();
    this.droppedQueued = 0;
  }

  // OpenAI Chat Completions / legacy Completions chunks.
  private onChat(e: Entry, obj: unknown): void {
    if (!isObj(obj)) return;
    // Fields other than choices (errors, provider extensions such as citations) are scanned whole.
    for (const k of Object.keys(obj)) if (k !== 'choices' && !STRUCTURAL_KEYS.has(k)) obj[k] = this.redactUnknown(obj[k]);
    if (!Array.isArray(obj.choices)) return;
    const choices = obj.choices;
    let slotKeys = 0;
    let plain = choices.length === 1 && (obj.usage === undefined || obj.usage === null);
    let local = choices.length > 0 && (obj.usage === undefined || obj.usage === null);
    choices.forEach((choice, k) => {
      if (!isObj(choice)) return;
      const i = num(choice.index, k);
      for (const key of Object.keys(choice)) {
        if (key !== 'index' && key !== 'delta' && key !== 'text' && key !== 'logprobs' && key !== 'finish_reason') choice[key] = this.redactUnknown(choice[key]);
      }
      if (choice.logprobs !== undefined && choice.logprobs !== null) {
        // Token logprobs repeat the raw text token by token and cannot be redacted consistently.
        choice.logprobs = null;
        plain = false;
      }
      if (typeof choice.text === 'string') {
        // Legacy completions.
        const ch = this.channel(`choice:${i}/text`, 'output_text');
        this.touch(e, ch);
        if (choice.text !== '') this.addText(e, ch, ['choices', k, 'text'], choice.text);
        slotKeys++;
      }
      const d = choice.delta;
      if (isObj(d)) {
        for (const key of Object.keys(d)) {
          const v = d[key];
          if (key === 'content' && typeof v === 'string') {
            const ch = this.channel(`choice:${i}/content`, 'output_text');
            this.touch(e, ch);
            if (v !== '') this.addText(e, ch, ['choices', k, 'delta', key], v);
            slotKeys++;
          } else if (key === 'refusal' && typeof v === 'string') {
            if (v !== '') this.addText(e, this.channel(`choice:${i}/refusal`, 'refusal'), ['choices', k, 'delta', key], v);
            slotKeys++;
          } else if ((key === 'reasoning_content' || key === 'reasoning') && typeof v === 'string') {
            if (v !== '') this.addText(e, this.channel(`choice:${i}/reasoning`, 'reasoning'), ['choices', k, 'delta', key], v);
            slotKeys++;
          } else if (key === 'tool_calls' && Array.isArray(v)) {
            if (v.length !== 1) plain = false;
            v.forEach((tc, m) => {
              if (!isObj(tc)) return;
              const idx = num(tc.index, m);
              const key2 = `choice:${i}/tool:${idx}`;
              if (!this.tools.has(key2)) this.completeWhere((t) => t.scope === i && t.index !== idx);
              const t = this.tool(key2, `${key2}/arguments`, i, idx);
              this.touch(e, t.channel);
              if (t.status !== 'open') {
                // Fragments after completion (a protocol violation): still scanned, as a whole.
                if (isObj(tc.function) && typeof tc.function.arguments === 'string') tc.function.arguments = this.redactWhole(tc.function.arguments, t.channel.info);
                if (t.status === 'replace') e.dropped = true;
                return;
              }
              if (typeof tc.id === 'string') {
                t.id ??= tc.id;
                plain = false;
              }
              if (this.opts.toolGate) this.attach(e, t);
              const fn = tc.function;
              if (!isObj(fn)) return;
              if (typeof fn.name === 'string') {
                t.name += fn.name;
                plain = false;
              }
              if (typeof fn.arguments === 'string') {
                if (fn.arguments !== '') this.addText(e, t.channel, ['choices', k, 'delta', 'tool_calls', m, 'function', 'arguments'], fn.arguments);
                slotKeys++;
              }
            });
          } else if (key === 'function_call' && isObj(v)) {
            // Legacy function calling.
            const t = this.tool(`choice:${i}/function`, `choice:${i}/function/arguments`, i, -1);
            if (this.opts.toolGate) this.attach(e, t);
            if (typeof v.name === 'string') t.name += v.name;
            if (typeof v.arguments === 'string' && v.arguments !== '') this.addText(e, t.channel, ['choices', k, 'delta', key, 'arguments'], v.arguments);
            plain = false;
            local = false;
          } else if (key === 'role') {
            plain = false;
          } else if (v !== null && v !== undefined) {
            plain = false;
            local = false;
            if (typeof v === 'string' || typeof v === 'object') d[key] = this.redactUnknown(v);
          }
        }
      }
      if (typeof choice.finish_reason === 'string') {
        plain = false;
        local = false;
        for (const c of this.channels.values()) if (c.info.id.startsWith(`choice:${i}/`)) this.close(c);
        this.completeWhere((t) => t.scope === i);
        if (choice.finish_reason === 'tool_calls' || choice.finish_reason === 'function_call') {
          const mine = [...this.tools.values()].filter((t) => t.scope === i);
          if (mine.length > 0 && mine.every((t) => t.status === 'replace')) choice.finish_reason = 'stop';
        }
      }
    });
    e.pure = plain && slotKeys === 1 && e.slots.length <= 1;
    e.local = local && e.affinity.length > 0;
  }

  /** Unknown delta fields: scanned whole (strings) or leaf by leaf (objects). */
  private redactUnknown(v: unknown): unknown {
    const info: ChannelInfo = { id: 'other', kind: 'output_text' };
    if (typeof v === 'string') return this.redactWhole(v, info);
    if (typeof v === 'object' && v !== null) this.redactLeaves(v, info);
    return v;
  }

  /** The channel of Anthropic text block `i` (see textRun): the open run's when `i` belongs to it or starts right after it. */
  private anthropicText(i: number): Channel {
    const run = this.textRun;
    if (run !== null && run.blocks.has(i)) return run.channel;
    if (run !== null && run.stopped) {
      run.blocks.add(i);
      run.stopped = false;
      return run.channel;
    }
    this.endTextRun();
    const channel = this.channel(`block:${i}/text`, 'output_text');
    this.textRun = { channel, blocks: new Set([i]), stopped: false };
    return channel;
  }

  private endTextRun(): void {
    if (this.textRun === null) return;
    this.close(this.textRun.channel);
    this.textRun = null;
  }

  /** Whether an Anthropic event keeps the open text run going (a text block's start, delta or stop; ping). */
  private continuesTextRun(obj: Record<string, unknown>, i: number): boolean {
    if (obj.type === 'ping') return true;
    if (obj.type === 'content_block_start') return isObj(obj.content_block) && obj.content_block.type === 'text';
    if (obj.type === 'content_block_delta' || obj.type === 'content_block_stop') return this.textRun!.blocks.has(i);
    return false;
  }

  // Anthropic Messages events.
  private onAnthropic(e: Entry, obj: unknown): void {
    if (!isObj(obj)) return;
    const i = num(obj.index, 0);
    if (this.textRun !== null && !this.continuesTextRun(obj, i)) this.endTextRun();
    switch (obj.type) {
      case 'content_block_start': {
        const cb = obj.content_block;
        if (!isObj(cb)) return;
        if (cb.type === 'text') {
          const c = this.anthropicText(i);
          if (typeof cb.text === 'string' && cb.text !== '') this.addText(e, c, ['content_block', 'text'], cb.text);
          if (cb.citations !== undefined) this.redactLeaves(cb.citations, { id: `block:${i}/citations`, kind: 'output_text' });
        } else if (cb.type === 'thinking') {
          if (typeof cb.thinking === 'string' && cb.thinking !== '') this.addText(e, this.channel(`block:${i}/thinking`, 'reasoning'), ['content_block', 'thinking'], cb.thinking);
        } else if (cb.type === 'tool_use' || cb.type === 'server_tool_use' || cb.type === 'mcp_tool_use') {
          const t = this.tool(`block:${i}`, `block:${i}/input`, i, i);
          t.name = str(cb.name) ?? '';
          if (typeof cb.id === 'string') t.id = cb.id;
          if (isObj(cb.input) && Object.keys(cb.input).length > 0) {
            t.initial = structuredClone(cb.input);
            this.redactLeaves(cb.input, t.channel.info);
          }
          if (this.opts.toolGate) this.attach(e, t);
        } else if (cb.type !== 'redacted_thinking') {
          this.redactLeaves(cb, { id: `block:${i}/other`, kind: 'output_text' });
        }
        return;
      }
      case 'content_block_delta': {
        const d = obj.delta;
        if (!isObj(d)) return;
        if (d.type === 'text_delta' && typeof d.text === 'string') {
          if (d.text !== '') this.addText(e, this.anthropicText(i), ['delta', 'text'], d.text);
          e.pure = true;
        } else if (d.type === 'thinking_delta' && typeof d.thinking === 'string') {
          if (d.thinking !== '') this.addText(e, this.channel(`block:${i}/thinking`, 'reasoning'), ['delta', 'thinking'], d.thinking);
          e.pure = true;
        } else if (d.type === 'input_json_delta' && typeof d.partial_json === 'string') {
          const t = this.tool(`block:${i}`, `block:${i}/input`, i, i);
          if (t.status !== 'open') {
            d.partial_json = this.redactWhole(d.partial_json, t.channel.info);
            if (t.status === 'replace') e.dropped = true;
            return;
          }
          if (this.opts.toolGate) this.attach(e, t);
          if (d.partial_json !== '') this.addText(e, t.channel, ['delta', 'partial_json'], d.partial_json);
          e.pure = true;
        } else if (d.type !== 'signature_delta') {
          this.redactLeaves(d, { id: `block:${i}/other`, kind: 'output_text' });
        }
        return;
      }
      case 'content_block_stop': {
        const run = this.textRun;
        if (run !== null && run.blocks.has(i)) {
          // The run stays open for a text block that may follow; this structural event waits in order
          // behind the run's held text.
          run.stopped = true;
        }
        for (const c of this.channels.values()) if (c.info.id.startsWith(`block:${i}/`) && c !== run?.channel) this.close(c);
        const t = this.tools.get(`block:${i}`);
        if (t && t.status === 'open') {
          if (this.opts.toolGate) this.attach(e, t);
          this.complete(t);
        }
        return;
      }
      case 'message_delta': {
        const d = obj.delta;
        if (isObj(d) && d.stop_reason === 'tool_use' && this.replacedCount > 0 && this.allowedCount === 0) d.stop_reason = 'end_turn';
        return;
      }
      case 'message_stop':
        this.finalizeAll();
        return;
      case 'message_start':
        if (isObj(obj.message) && Array.isArray(obj.message.content)) this.redactLeaves(obj.message.content, { id: 'message/content', kind: 'output_text' });
        return;
      case 'ping':
        return;
      case 'error':
        return;
      default:
        this.redactLeaves(obj, { id: 'other', kind: 'output_text' });
    }
  }

  // OpenAI Responses API events.
  private onResponses(e: Entry, obj: unknown): void {
    if (!isObj(obj)) return;
    const type = str(obj.type) ?? '';
    const o = num(obj.output_index, 0);
    const c = num(obj.content_index, 0);
    if (Array.isArray(obj.logprobs) && obj.logprobs.length > 0) obj.logprobs = [];
    const textChannel = (kind: ChannelInfo['kind']): Channel => this.channel(`output:${o}/content:${c}`, kind);
    switch (type) {
      case 'response.output_text.delta':
      case 'response.refusal.delta':
      case 'response.reasoning_summary_text.delta':
      case 'response.reasoning_text.delta': {
        const ch =
          type === 'response.output_text.delta' ? textChannel('output_text')
          : type === 'response.refusal.delta' ? textChannel('refusal')
          : type === 'response.reasoning_text.delta' ? this.channel(`output:${o}/reasoning:${c}`, 'reasoning')
          : this.channel(`output:${o}/summary:${num(obj.summary_index, 0)}`, 'reasoning');
        if (typeof obj.delta === 'string') {
          if (obj.delta !== '') this.addText(e, ch, ['delta'], obj.delta);
          e.pure = true;
        }
        return;
      }
      case 'response.function_call_arguments.delta':
      case 'response.custom_tool_call_input.delta': {
        const t = this.tool(`output:${o}`, `output:${o}/arguments`, o, o);
        if (t.status !== 'open') {
          if (typeof obj.delta === 'string') obj.delta = this.redactWhole(obj.delta, t.channel.info);
          if (t.status === 'replace') e.dropped = true;
          return;
        }
        if (this.opts.toolGate) this.attach(e, t);
        if (typeof obj.delta === 'string') {
          if (obj.delta !== '') this.addText(e, t.channel, ['delta'], obj.delta);
          e.pure = true;
        }
        return;
      }
      case 'response.output_text.done':
        if (typeof obj.text === 'string') obj.text = this.doneText(textChannel('output_text'), obj.text);
        return;
      case 'response.refusal.done':
        if (typeof obj.refusal === 'string') obj.refusal = this.doneText(textChannel('refusal'), obj.refusal);
        return;
      case 'response.reasoning_summary_text.done':
        if (typeof obj.text === 'string') obj.text = this.doneText(this.channel(`output:${o}/summary:${num(obj.summary_index, 0)}`, 'reasoning'), obj.text);
        return;
      case 'response.reasoning_text.done':
        if (typeof obj.text === 'string') obj.text = this.doneText(this.channel(`output:${o}/reasoning:${c}`, 'reasoning'), obj.text);
        return;
      case 'response.content_part.added':
      case 'response.content_part.done':
      case 'response.reasoning_summary_part.added':
      case 'response.reasoning_summary_part.done': {
        const part = obj.part;
        if (!isObj(part)) return;
        const done = type.endsWith('.done');
        const summary = type.startsWith('response.reasoning_summary');
        const key = part.type === 'refusal' ? 'refusal' : 'text';
        const ch = summary
          ? this.channel(`output:${o}/summary:${num(obj.summary_index, 0)}`, 'reasoning')
          : part.type === 'reasoning_text' ? this.channel(`output:${o}/reasoning:${c}`, 'reasoning')
          : textChannel(part.type === 'refusal' ? 'refusal' : 'output_text');
        const v = part[key];
        if (typeof v === 'string' && v !== '') part[key] = done ? this.doneText(ch, v) : this.redactWhole(v, ch.info);
        if (part.annotations !== undefined) this.redactLeaves(part.annotations, { id: `output:${o}/annotations`, kind: 'output_text' });
        return;
      }
      case 'response.function_call_arguments.done':
      case 'response.custom_tool_call_input.done': {
        const t = this.tool(`output:${o}`, `output:${o}/arguments`, o, o);
        const key = type === 'response.function_call_arguments.done' ? 'arguments' : 'input';
        if (t.status === 'open') {
          if (this.opts.toolGate) this.attach(e, t);
          if (typeof obj[key] === 'string') {
            const raw = obj[key] as string;
            if (t.channel.length === 0 && raw !== '') {
              // Arguments that arrive only in the .done event still go through the channel.
              this.addText(e, t.channel, [key], raw);
            }
          }
          this.complete(t);
          if ((t.status as ToolState['status']) === 'replace') return;
          if (typeof obj[key] === 'string' && e.slots.length === 0) obj[key] = this.doneText(t.channel, obj[key] as string);
        } else if (t.status === 'replace') {
          e.dropped = true;
        } else if (typeof obj[key] === 'string') {
          obj[key] = this.doneText(t.channel, obj[key] as string);
        }
        return;
      }
      case 'response.output_item.added':
      case 'response.output_item.done': {
        const item = obj.item;
        if (!isObj(item)) return;
        const done = type.endsWith('.done');
        if (item.type === 'function_call' || item.type === 'custom_tool_call') {
          const t = this.tool(`output:${o}`, `output:${o}/arguments`, o, o);
          if (!done) {
            t.name = str(item.name) ?? t.name;
            const id = str(item.call_id) ?? str(item.id);
            if (id !== undefined) t.id = id;
            if (this.opts.toolGate && t.status === 'open') this.attach(e, t);
            const key = item.type === 'function_call' ? 'arguments' : 'input';
            if (typeof item[key] === 'string' && item[key] !== '') item[key] = this.redactWhole(item[key] as string, t.channel.info);
            return;
          }
          if (t.status === 'open') {
            if (this.opts.toolGate) this.attach(e, t);
            const key = item.type === 'function_call' ? 'arguments' : 'input';
            if (typeof item[key] === 'string' && t.channel.length === 0 && item[key] !== '') this.addText(e, t.channel, ['item', key], item[key] as string);
            this.complete(t);
            if ((t.status as ToolState['status']) === 'replace') return;
            if (e.slots.length === 0) this.rewriteItem(item, o);
            return;
          }
          if (t.status === 'replace') {
            e.dropped = true;
            return;
          }
        }
        if (done) this.rewriteItem(item, o);
        else this.redactLeaves(item, { id: `output:${o}/item`, kind: 'output_text' });
        return;
      }
      case 'response.completed':
      case 'response.incomplete':
      case 'response.failed':
      case 'response.created':
      case 'response.in_progress':
      case 'response.queued': {
        const terminal = type === 'response.completed' || type === 'response.incomplete' || type === 'response.failed';
        const resp = obj.response;
        if (!terminal) {
          if (isObj(resp) && resp.output !== undefined) this.redactLeaves(resp.output, { id: 'response/output', kind: 'output_text' });
          return;
        }
        this.finalizeAll();
        if (isObj(resp) && Array.isArray(resp.output)) {
          const output = resp.output;
          output.forEach((item, k) => {
            if (!isObj(item)) return;
            const t = this.tools.get(`output:${k}`);
            if (t && t.status === 'replace') output[k] = this.messageItem(t);
            else this.rewriteItem(item, k);
          });
        }
        return;
      }
      case 'error':
        return;
      default:
        // Annotations, built-in tool progress and anything new: scanned leaf by leaf.
        this.redactLeaves(obj, { id: `output:${o}/other`, kind: 'output_text' });
    }
  }

  /** Rewrites a complete Responses output item so it agrees with the redacted deltas. */
  private rewriteItem(item: Record<string, unknown>, o: number): void {
    if (item.type === 'message' && Array.isArray(item.content)) {
      item.content.forEach((part, j) => {
        if (!isObj(part)) return;
        const ch = this.channel(`output:${o}/content:${j}`, part.type === 'refusal' ? 'refusal' : 'output_text');
        if (typeof part.text === 'string') part.text = this.doneText(ch, part.text);
        if (typeof part.refusal === 'string') part.refusal = this.doneText(ch, part.refusal);
        if (part.annotations !== undefined) this.redactLeaves(part.annotations, { id: `output:${o}/annotations`, kind: 'output_text' });
        if (Array.isArray(part.logprobs)) part.logprobs = [];
      });
    } else if (item.type === 'function_call' || item.type === 'custom_tool_call') {
      const key = item.type === 'function_call' ? 'arguments' : 'input';
      const t = this.tool(`output:${o}`, `output:${o}/arguments`, o, o);
      if (typeof item[key] === 'string') item[key] = this.doneText(t.channel, item[key] as string);
    } else if (item.type === 'reasoning') {
      if (Array.isArray(item.summary)) item.summary.forEach((s, j) => isObj(s) && typeof s.text === 'string' && (s.text = this.doneText(this.channel(`output:${o}/summary:${j}`, 'reasoning'), s.text)));
      if (Array.isArray(item.content)) item.content.forEach((s, j) => isObj(s) && typeof s.text === 'string' && (s.text = this.doneText(this.channel(`output:${o}/reasoning:${j}`, 'reasoning'), s.text)));
    } else {
      this.redactLeaves(item, { id: `output:${o}/item`, kind: 'output_text' });
    }
  }

  // MCP JSON-RPC messages over SSE: each event is a whole message.
  private onMcp(e: Entry, obj: unknown): void {
    const messages = Array.isArray(obj) ? obj : [obj];
    for (const m of messages) {
      if (!isObj(m)) continue;
      if (m.method === 'tools/call' && isObj(m.params)) {
        const params = m.params;
        const raw = params.arguments === undefined ? '' : JSON.stringify(params.arguments);
        const call: ToolCall = {
          name: str(params.name) ?? '',
          ...(typeof m.id === 'string' || typeof m.id === 'number' ? { id: String(m.id) } : {}),
          arguments: params.arguments,
          rawArguments: raw,
          pointer: '',
          api: 'mcp',
        };
        this.pendingCalls.push(call);
        const verdict = this.opts.toolGate ? this.opts.toolGate(call) : { action: 'allow' as const };
        if (verdict.action === 'block') throw new BlockSignal(verdict.reason);
        if (verdict.action === 'replace') e.dropped = true;
      }
      if (isObj(m.result) && Array.isArray(m.result.tools) && this.opts.toolsListFilter) {
        const tools = m.result.tools as unknown[];
        const names = tools.map((t) => (isObj(t) ? str(t.name) ?? '' : ''));
        const strip = new Set(this.opts.toolsListFilter(names));
        if (strip.size > 0) m.result.tools = tools.filter((_, i) => !strip.has(names[i]));
      }
      if (m.result !== undefined) this.redactLeaves(m.result, { id: 'mcp/result', kind: 'tool_result' });
      if (m.params !== undefined) this.redactLeaves(m.params, { id: 'mcp/params', kind: 'output_text' });
      if (m.error !== undefined) this.redactLeaves(m.error, { id: 'mcp/error', kind: 'output_text' });
    }
  }

  // ---------------------------------------------------------------- release

  private ready(e: Entry): boolean {
    for (const t of e.gates) if (t.status === 'open') return false;
    for (const s of e.slots) if (s.b > s.channel.p) return false;
    return true;
  }

  private write(e: Entry, out: Out, obj: unknown): void {
    const b = e.block;
    // The bytes serializeEvent() writes for this event: JSON.stringify never emits CR or LF, so the
    // data is one line and needs no splitting.
    let s = '';
    if (b.event !== '') s += `event: ${b.event}\n`;
    if (b.id !== undefined) s += `id: ${b.id}\n`;
    if (b.retry !== undefined) s += `retry: ${b.retry}\n`;
    out.text(`${s}data: ${JSON.stringify(obj)}\n\n`);
  }

  /** Writes an entry whose text is all decided. */
  private emit(e: Entry, out: Out): void {
    if (e.synthetic) {
      out.push(e.synthetic);
      return;
    }
    if (e.tpl !== undefined) {
      // A template delta (see ChatTemplate): pure, so dropped when left empty.
      const s = e.slots[0];
      if (s === undefined) return;
      const text = s.channel.output(s.emitted, s.b);
      s.emitted = s.b;
      if (s.b > s.channel.released) s.channel.released = s.b;
      // Unchanged text gives back the received bytes: it needs no escaping (see templateText).
      if (text !== '') out.text(`data: ${e.tpl.prefix}${JSON.stringify(text)}${e.tpl.suffix}\n\n`);
      return;
    }
    if (e.obj === undefined) {
      if (e.block.plain) out.text(`data: ${e.block.data}\n\n`);
      else out.push(e.block.raw);
      return;
    }
    let total = '';
    for (const s of e.slots) {
      const text = s.channel.output(s.emitted, s.b);
      total += text;
      setPath(e.obj, s.path, text);
      s.emitted = s.b;
      if (s.b > s.channel.released) s.channel.released = s.b;
    }
    if (e.stripped.length > 0) this.strip(e);
    if (this.replacedCount > 0) this.renumber(e.obj);
    // A pure delta left empty (by a redaction that started in an earlier event) is dropped.
    if (e.pure && total === '') return;
    this.write(e, out, e.obj);
  }

  /** Cuts replaced calls out of an OpenAI chat chunk that carries several tool calls. */
  private strip(e: Entry): void {
    const obj = e.obj;
    if (!isObj(obj) || !Array.isArray(obj.choices)) return;
    obj.choices.forEach((choice, k) => {
      if (!isObj(choice) || !isObj(choice.delta) || !Array.isArray(choice.delta.tool_calls)) return;
      const i = num(choice.index, k);
      const calls = choice.delta.tool_calls;
      const kept = calls.filter((tc, m) => !e.stripped.some((t) => t.scope === i && t.index === (isObj(tc) ? num(tc.index, m) : m)));
      if (kept.length > 0) choice.delta.tool_calls = kept;
      else delete choice.delta.tool_calls;
    });
  }

  /** Keeps OpenAI tool-call indexes dense after calls were replaced (SDKs accumulate by index). */
  private renumber(obj: unknown): void {
    if (!isObj(obj) || !Array.isArray(obj.choices)) return;
    obj.choices.forEach((choice, k) => {
      if (!isObj(choice) || !isObj(choice.delta) || !Array.isArray(choice.delta.tool_calls)) return;
      const i = num(choice.index, k);
      for (const tc of choice.delta.tool_calls) {
        if (!isObj(tc) || typeof tc.index !== 'number') continue;
        const idx = tc.index;
        let shift = 0;
        for (const t of this.tools.values()) if (t.scope === i && t.status === 'replace' && t.index >= 0 && t.index < idx) shift++;
        tc.index = idx - shift;
      }
    });
  }

  /** Writes the decided prefix of a held pure event as its own event. */
  private emitPartial(e: Entry, out: Out): void {
    const s = e.slots[0];
    const upTo = Math.min(s.channel.p, s.b);
    if (upTo <= s.emitted) return;
    const text = s.channel.output(s.emitted, upTo);
    s.emitted = upTo;
    if (upTo > s.channel.released) s.channel.released = upTo;
    if (text === '') return;
    if (e.tpl !== undefined) {
      out.text(`data: ${e.tpl.prefix}${JSON.stringify(text)}${e.tpl.suffix}\n\n`);
      return;
    }
    if (this.replacedCount === 0) {
      // Serialise the event with the partial text in place and put the held value back: the same
      // bytes as a modified deep copy, without copying the event.
      const prev = getPath(e.obj, s.path);
      setPath(e.obj, s.path, text);
      this.write(e, out, e.obj);
      setPath(e.obj, s.path, prev);
      return;
    }
    const copy = structuredClone(e.obj);
    setPath(copy, s.path, text);
    this.renumber(copy);
    this.write(e, out, copy);
  }

  private release(out: Out): void {
    if (this.replacedCount > 0) {
      this.releaseAll(out);
      return;
    }
    // Same decisions as releaseAll() (no call was replaced, so nothing is stripped), but the walk stops
    // once every entry behind is certainly kept: after a barrier with no dropped entry left, or when
    // every channel of the remaining entries is already held. A long hold-back queue is then not
    // re-walked for every event.
    const q = this.queue;
    const counts = this.queuedPerChannel;
    // Scratch collections reused across calls (cleared here): release runs once per event.
    const walked = this.walkedScratch;
    walked.clear();
    const keep = this.keepScratch;
    keep.length = 0;
    const held = this.heldScratch;
    held.clear();
    let barrier = false;
    // Channels with remaining (unwalked) entries that are not held: every channel in `counts` (its
    // count is never 0, see below). Kept without closures or iterators: release runs once per event.
    let unheld = counts.size;
    let i = 0;
    for (; i < q.length; i++) {
      if (this.droppedQueued === 0 && (barrier || (held.size > 0 && unheld === 0))) break;
      const e = q[i];
      const aff = e.affinity;
      for (let k = 0; k < aff.length; k++) {
        const c = aff[k];
        const w = (walked.get(c) ?? 0) + 1;
        walked.set(c, w);
        if (w === counts.get(c) && !held.has(c)) unheld--;
      }
      if (e.dropped) {
        this.droppedQueued--;
        continue;
      }
      if (barrier) {
        keep.push(e);
        continue;
      }
      const local = (e.local || e.pure) && e.affinity.length > 0;
      if (!local) {
        // Structural events (finish, usage, block and item boundaries, terminators) keep strict order.
        if (held.size > 0 || !this.ready(e)) {
          barrier = true;
          keep.push(e);
        } else this.emit(e, out);
        continue;
      }
      let shadowed = false;
      for (const c of e.affinity) if (held.has(c)) { shadowed = true; break; }
      if (shadowed) {
        keep.push(e);
        for (const c of e.affinity) unheld -= Engine.hold(c, held, counts, walked);
        continue;
      }
      if (this.ready(e)) {
        this.emit(e, out);
        continue;
      }
      if (e.pure && e.slots.length === 1 && e.gates.every((t) => t.status !== 'open')) this.emitPartial(e, out);
      keep.push(e);
      for (const c of e.affinity) unheld -= Engine.hold(c, held, counts, walked);
    }
    if (keep.length < i) {
      // Walked entries that left the queue no longer count; the kept ones go back in front of the rest.
      for (const c of walked.keys()) {
        const n = (counts.get(c) ?? 0) - walked.get(c)!;
        if (n > 0) counts.set(c, n);
        else counts.delete(c);
      }
      for (const e of keep) for (const c of e.affinity) counts.set(c, (counts.get(c) ?? 0) + 1);
      q.splice(0, i - keep.length); // front removal: V8 trims the array in place
      for (let k = 0; k < keep.length; k++) q[k] = keep[k];
    }
    this.channels.forEach(trimChannel);
  }

  /** Marks `c` held during a release walk; 1 when it still had unwalked entries (one fewer unheld channel). */
  private static hold(c: Channel, held: Set<Channel>, counts: Map<Channel, number>, walked: Map<Channel, number>): number {
    if (held.has(c)) return 0;
    held.add(c);
    return (counts.get(c) ?? 0) - (walked.get(c) ?? 0) > 0 ? 1 : 0;
  }

  /** The full walk over the queue (used once a tool call was replaced: stripped events may go away). */
  private releaseAll(out: Out): void {
    const keep: Entry[] = [];
    const held = new Set<Channel>();
    let barrier = false;
    for (const e of this.queue) {
      if (e.dropped) continue;
      if (e.stripped.length > 0 && e.affinity.every((c) => e.stripped.some((t) => t.channel === c))) continue;
      if (barrier) {
        keep.push(e);
        continue;
      }
      const local = (e.local || e.pure) && e.affinity.length > 0;
      if (!local) {
        // Structural events (finish, usage, block and item boundaries, terminators) keep strict order.
        if (held.size > 0 || !this.ready(e)) {
          barrier = true;
          keep.push(e);
        } else this.emit(e, out);
        continue;
      }
      if (e.affinity.some((c) => held.has(c))) {
        keep.push(e);
        for (const c of e.affinity) held.add(c);
        continue;
      }
      if (this.ready(e)) {
        this.emit(e, out);
        continue;
      }
      if (e.pure && e.slots.length === 1 && e.stripped.length === 0 && e.gates.every((t) => t.status !== 'open')) this.emitPartial(e, out);
      keep.push(e);
      for (const c of e.affinity) held.add(c);
    }
    this.queue = keep;
    this.queuedPerChannel.clear(); // not maintained any more: every later release is a full walk
    this.droppedQueued = 0;
    for (const c of this.channels.values()) c.trim();
  }
}

/**
 * Creates the rewriter for one SSE response body of `opts.format`. See the module comment for the
 * hold-back and ordering rules. Errors from push()/end() are GuardErrors ('malformed_body',
 * 'invalid_utf8', 'event_too_large', 'truncated_stream'); after one, the transformer stays failed.
 */
export function createStreamTransformer(opts: StreamOptions): StreamTransformer & {
  channelStats(): { id: string; total: number; committed: number; released: number; closed: boolean }[];
} {
  return new Engine(opts);
}

