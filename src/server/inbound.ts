// Bounds the synchronous work one event-loop turn spends on inbound ext_proc messages.
//
// HTTP/2 hands JavaScript everything one socket read contains in one synchronous run: after any stall
// (a GC pause, the process descheduled, a burst from Envoy) that is a backlog of chunks from many
// streams, and processing all of it before returning keeps every reply of the backlog unsent (Node
// flushes HTTP/2 writes after the run) and every newly arrived chunk unread until the last one is done.
// The benchmark's per-chunk tail at 20,000 chunks/s came from such runs of 20–42 ms (BENCHMARKS.md).
//
// Here a message is processed at once while the current slice has used less than `budgetMs`; after
// that, messages queue in arrival order (one FIFO for the whole server, so order within a stream is
// kept and no stream overtakes another) and are processed in later slices from setImmediate, between
// which Node sends the replies already made and reads the sockets again. The queue is bounded: past
// `maxQueued` messages the oldest are processed synchronously before a new one is queued, which is the
// unbounded behaviour's back-pressure (no socket is read while we work) rather than an ever-growing
// queue. A budget of 0 turns the scheduler off (every message processed at once, as before).
// Lifetime: one per ExtProcServer (process lifetime).
import { inboundScheduling } from '../observability/metrics.ts';

const DEFERRED = inboundScheduling.child({ outcome: 'deferred' });
const FORCED = inboundScheduling.child({ outcome: 'forced' });

/** What the scheduler runs messages on (a StreamProcessor). `arrivedAt`: performance.now() at receipt. */
export interface InboundTarget<M> {
  deliver(msg: M, arrivedAt: number): void;
}

export interface InboundSchedulerOptions {
  /** CPU-time budget of one slice in ms; 0 = process every message at once. */
  readonly budgetMs: number;
  /** Queue bound (messages); past it, queued messages are processed synchronously. Default 1024 (at ~30 µs per streamed chunk, ~30 ms of work). */
  readonly maxQueued?: number;
}

export class InboundScheduler<M> {
  private readonly budget: number;
  private readonly maxQueued: number;
  // Parallel arrays used as a FIFO from `head` (compacted when drained), to avoid an object per message.
  private targets: InboundTarget<M>[] = [];
  private msgs: M[] = [];
  private arrived: number[] = [];
  private head = 0;
  /** performance.now() when the current slice started; -1 when no slice is open. */
  private sliceStart = -1;
  private immediate: NodeJS.Immediate | undefined;
  private readonly onImmediate = (): void => this.runSlice();

  constructor(opts: InboundSchedulerOptions) {
    if (!(opts.budgetMs >= 0) || !Number.isFinite(opts.budgetMs)) throw new Error('budgetMs must be a finite number >= 0');
    this.budget = opts.budgetMs;
    this.maxQueued = opts.maxQueued ?? 1024;
    if (!Number.isInteger(this.maxQueued) || this.maxQueued < 1) throw new Error('maxQueued must be a positive integer');
  }

  /** Messages waiting for a later slice. */
  get queued(): number {
    return this.targets.length - this.head;
  }

  /** Process `msg` for `target` now, or queue it behind earlier ones when this slice's budget is spent. */
  submit(target: InboundTarget<M>, msg: M): void {
    const now = performance.now();
    if (this.budget === 0) return target.deliver(msg, now);
    if (this.head === this.targets.length) {
      if (this.sliceStart < 0) {
        // The slice closes at this turn's check phase (or when the budget runs out, whichever is first).
        this.sliceStart = now;
        this.schedule();
      }
      if (now - this.sliceStart < this.budget) return target.deliver(msg, now);
    } else if (this.queued >= this.maxQueued) {
      // Over the bound: work through the oldest until there is room (stops reading, as if unscheduled).
      while (this.queued >= this.maxQueued) {
        FORCED.inc();
        this.runOne();
      }
    }
    this.targets.push(target);
    this.msgs.push(msg);
    this.arrived.push(now);
    DEFERRED.inc();
    this.schedule();
  }

  private schedule(): void {
    if (this.immediate === undefined) this.immediate = setImmediate(this.onImmediate);
  }

  private runOne(): void {
    const i = this.head++;
    const target = this.targets[i];
    const msg = this.msgs[i];
    // Drop references as we go so a long queue does not keep processed messages alive.
    this.targets[i] = undefined as unknown as InboundTarget<M>;
    this.msgs[i] = undefined as unknown as M;
    target.deliver(msg, this.arrived[i]);
  }

  /** One slice: queued messages in order until the budget is spent; then the next slice, or close. */
  private runSlice(): void {
    this.immediate = undefined;
    const start = performance.now();
    this.sliceStart = start;
    while (this.head < this.targets.length) {
      this.runOne();
      if (performance.now() - start >= this.budget) break;
    }
    if (this.head === this.targets.length) {
      this.targets.length = 0;
      this.msgs.length = 0;
      this.arrived.length = 0;
      this.head = 0;
      // Messages read later in this loop iteration start a fresh slice.
      this.sliceStart = -1;
    } else {
      this.schedule();
    }
  }
}
