// The audit writer: the AuditSink the pipeline calls on every exchange.
//
// Hot path: append() snapshots the record as JSON text (later mutation of the caller's object cannot
// change what is stored), derives its index columns and pushes both into a bounded FIFO. Nothing else.
// A background flusher hands batches from the front to the store, which canonicalises them, links
// them into this replica's hash chain and commits them in one transaction (in a worker thread for
// SQLite); a due checkpoint follows in its own transaction. When the store fails the batch stays
// at the front of the queue and is retried with exponential backoff; entries accepted by append()
// are never dropped. Once the queue is full, append() refuses (returns false) and healthy() is false,
// and the pipeline applies its audit_unavailable policy (fail closed or fail open, counted there).
import { GuardError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
import { auditBacklog, auditRecords, auditStoreUp } from '../observability/metrics.ts';
import { indexColumns } from './columns.ts';
import { ChainHead, linkRecords, loadOrCreateSigningKey, resolveChainId, signCheckpoint } from './chain.ts';
import type { SigningKey } from './chain.ts';
import type { AuditStore, Checkpoint, QueuedRecord, WitnessRef } from './model.ts';
import type { AuditRecord, AuditSink } from './types.ts';
import { SqliteAuditStore, sqlitePath } from './sqlite.ts';

export interface AuditWriterOptions {
  /** Ed25519 PEM path (created 0600 when missing). Default data/audit-key.pem. */
  readonly keyPath?: string;
  /** Chain id of this replica; default from LLM_BOUNDARY_AUDIT_CHAIN or `<keyPath>.chain`. */
  readonly chain?: string;
  /** Max records accepted but not yet stored. Default 100,000. */
  readonly queueCapacity?: number;
  /** Max records per transaction. Default 500. */
  readonly batchSize?: number;
  /** Checkpoint after this many records... Default 1000. */
  readonly checkpointEvery?: number;
  /** ...or when this much time passed since the last checkpoint with new records. Default 60,000 ms. */
  readonly checkpointIntervalMs?: number;
  /** Delay before flushing a partial batch (lets records coalesce). Default 10 ms. */
  readonly flushDelayMs?: number;
  /** Backoff bounds while the store is failing. Defaults 100 ms and 5,000 ms. */
  readonly retryMinMs?: number;
  readonly retryMaxMs?: number;
  /** While idle, check the store is reachable this often (drives healthy()). Default 5,000 ms. */
  readonly probeIntervalMs?: number;
  /** PostgreSQL schema (postgres stores only). */
  readonly pgSchema?: string;
  /** Run SQLite in a worker thread (default true) so commits and fsyncs do not block decisions. */
  readonly sqliteWorker?: boolean;
}

/** A sink with the store it writes to (for admin routes and CLI) and its chain identity. */
export interface ManagedAuditSink extends AuditSink {
  readonly store: AuditStore | null;
  readonly chain: string | null;
  /** Records accepted and not yet persisted. */
  backlog(): number;
  /** Flush, then release the store. With timeoutMs, stop waiting for an unreachable store after that long. */
  close(opts?: { timeoutMs?: number }): Promise<void>;
}

const DEFAULTS = {
  keyPath: 'data/audit-key.pem',
  queueCapacity: 100_000,
  batchSize: 500,
  checkpointEvery: 1000,
  checkpointIntervalMs: 60_000,
  flushDelayMs: 10,
  retryMinMs: 100,
  retryMaxMs: 5_000,
  probeIntervalMs: 5_000,
};

/** Persists audit records to one chain of an AuditStore. Lifetime: process; close() on shutdown. */
export class AuditWriter implements ManagedAuditSink {
  readonly store: AuditStore;
  readonly chain: string;
  readonly key: SigningKey;
  private readonly opts: typeof DEFAULTS;
  // FIFO of accepted records: items[start..] are pending; compacted when start grows.
  private items: QueuedRecord[] = [];
  private start = 0;
  private readonly headState: ChainHead;
  private initialized = false;
  private storeUp = false;
  private closed = false;
  private accepting = true;
  private closing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private timerDue = 0;
  private running: Promise<void> | null = null;
  private backoffMs: number;
  private sinceCheckpoint = 0;
  private lastCheckpointAt = Date.now();
  private lastCheckpointSeq = 0;
  private lastContact = 0;
  private waiters: { resolve: () => void }[] = [];

  constructor(store: AuditStore, key: SigningKey, chain: string, options: Omit<AuditWriterOptions, 'keyPath' | 'chain'> = {}) {
    this.store = store;
    this.key = key;
    this.chain = chain;
    this.opts = { ...DEFAULTS, ...stripUndefined(options) };
    if (this.opts.queueCapacity < 1 || this.opts.batchSize < 1 || this.opts.checkpointEvery < 1) {
      throw new GuardError('internal', 'audit writer: queueCapacity, batchSize and checkpointEvery must be >= 1');
    }
    this.headState = new ChainHead(chain);
    this.backoffMs = this.opts.retryMinMs;
    auditStoreUp.set(0);
    auditBacklog.set(0);
    // Connect eagerly so healthy() reflects the store before the first record arrives.
    this.schedule(0);
  }

  backlog(): number {
    return this.items.length - this.start;
  }

  healthy(): boolean {
    return this.storeUp && this.backlog() < this.opts.queueCapacity && this.accepting;
  }

  append(record: AuditRecord): boolean {
    if (!this.accepting || this.backlog() >= this.opts.queueCapacity) {
      auditRecords.inc({ outcome: 'rejected' });
      return false;
    }
    let item: QueuedRecord;
    try {
      // A snapshot: later mutation of the caller's object cannot change what is stored. Native
      // JSON.stringify keeps the hot path short; canonical JSON and hashing happen in the flusher.
      const text = JSON.stringify(record) as string | undefined;
      if (typeof text !== 'string' || text.charCodeAt(0) !== 123 /* { */) throw new Error('record is not an object');
      item = { text, columns: indexColumns(record) };
    } catch (err) {
      auditRecords.inc({ outcome: 'rejected' });
      logger.error({ err: (err as Error).message, code: 'audit_unavailable' }, 'audit record could not be serialised');
      return false;
    }
    this.items.push(item);
    auditBacklog.inc();
    if (this.running === null) this.schedule(this.backlog() >= this.opts.batchSize || !this.storeUp ? (this.storeUp ? 0 : this.backoffMs) : this.opts.flushDelayMs);
    return true;
  }

  /** Resolve once everything accepted so far is persisted. Waits through store outages. */
  flush(): Promise<void> {
    if (this.backlog() === 0 && this.running === null) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.waiters.push({ resolve });
      this.schedule(this.storeUp ? 0 : this.backoffMs);
    });
  }

  /**
   * Persist everything accepted, write a final checkpoint, then close the store. New records are
   * refused from the moment close() is called. With timeoutMs, gives up waiting for an unreachable
   * store after that long (the records still queued are then lost and logged as a count).
   */
  async close(opts: { timeoutMs?: number } = {}): Promise<void> {
    if (this.closing) return this.closing;
    this.closing = this.doClose(opts.timeoutMs);
    return this.closing;
  }

  private async doClose(timeoutMs: number | undefined): Promise<void> {
    this.accepting = false;
    if (timeoutMs === undefined) await this.flush();
    else {
      let t: NodeJS.Timeout | undefined;
      await Promise.race([this.flush(), new Promise<void>((r) => { t = setTimeout(r, timeoutMs); })]);
      clearTimeout(t);
    }
    const lost = this.backlog();
    if (lost > 0) {
      auditRecords.inc({ outcome: 'dropped' }, lost);
      logger.error({ chain: this.chain, lost }, 'audit store unreachable at shutdown; queued records lost');
    }
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) await this.running;
    try {
      if (this.storeUp && this.headState.seq > this.lastCheckpointSeq) {
        await this.store.append([], [await this.makeCheckpoint(this.headState.seq, this.headState.hash)]);
        this.lastCheckpointSeq = this.headState.seq;
      }
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'audit final checkpoint failed');
    }
    await this.store.close();
    auditStoreUp.set(0);
  }

  private schedule(delayMs: number): void {
    if (this.running !== null || this.closed) return; // afterRun() reschedules when the current run ends
    const due = Date.now() + delayMs;
    const mustStayAlive = this.backlog() > 0 || this.waiters.length > 0;
    if (this.timer !== null) {
      if (this.timerDue <= due) {
        if (mustStayAlive) this.timer.ref();
        return;
      }
      clearTimeout(this.timer);
    }
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.run().finally(() => {
        this.running = null;
        this.afterRun();
      });
    }, delayMs);
    // Idle timers (connect, periodic checkpoint) must not keep a finished process alive; pending
    // records do, so a SIGTERM handler awaiting close() is not cut short.
    if (!mustStayAlive) this.timer.unref();
  }

  private afterRun(): void {
    if (this.backlog() === 0) {
      const w = this.waiters;
      this.waiters = [];
      for (const x of w) x.resolve();
    }
    if (this.closed) return;
    // While the store is down keep probing it with backoff, so healthy() (readiness) recovers on its own.
    if (!this.storeUp) this.schedule(this.backoffMs);
    else if (this.backlog() > 0) this.schedule(this.waiters.length > 0 || this.backlog() >= this.opts.batchSize ? 0 : this.opts.flushDelayMs);
    else if (this.sinceCheckpoint > 0) this.schedule(Math.min(this.checkpointDueIn(), this.opts.probeIntervalMs));
    // Idle: probe the store now and then so readiness notices an outage before traffic does.
    else this.schedule(this.opts.probeIntervalMs);
  }

  private checkpointDueIn(): number {
    return Math.max(0, this.lastCheckpointAt + this.opts.checkpointIntervalMs - Date.now());
  }

  private async ensureInit(): Promise<void> {
    if (this.initialized) return;
    await this.store.init();
    await this.store.registerKey({ chain: this.chain, keyId: this.key.keyId, publicKey: this.key.publicPem, created: new Date().toISOString() });
    const head = await this.store.head(this.chain);
    if (head) this.headState.commit(head);
    const cps = await this.store.checkpoints(this.chain);
    const last = cps[cps.length - 1];
    this.lastCheckpointSeq = last ? last.seq : 0;
    this.sinceCheckpoint = this.headState.seq - this.lastCheckpointSeq;
    this.initialized = true;
  }

  private async makeCheckpoint(seq: number, hash: string): Promise<Checkpoint> {
    let witness: WitnessRef[] = [];
    try {
      witness = (await this.store.latestCheckpoints()).filter((c) => c.chain !== this.chain).map((c) => ({ chain: c.chain, seq: c.seq, hash: c.hash }));
    } catch {
      witness = [];
    }
    return signCheckpoint(this.key, { chain: this.chain, seq, hash, time: new Date().toISOString(), count: seq, witness });
  }

  private async run(): Promise<void> {
    try {
      await this.ensureInit();
      if (!this.storeUp) await this.store.head(this.chain); // a real round trip before declaring the store up
      this.markUp();
      for (;;) {
        // Batches end exactly at checkpoint boundaries so checkpoints land every checkpointEvery entries.
        const n = Math.min(this.backlog(), this.opts.batchSize, Math.max(1, this.opts.checkpointEvery - this.sinceCheckpoint));
        const checkpointDue = this.sinceCheckpoint + n > 0 && (this.sinceCheckpoint + n >= this.opts.checkpointEvery || this.checkpointDueIn() === 0);
        if (n === 0 && !checkpointDue) {
          if (Date.now() - this.lastContact >= this.opts.probeIntervalMs) {
            await this.store.head(this.chain);
            this.lastContact = Date.now();
          }
          break;
        }
        if (n > 0) {
          const batch = this.items.slice(this.start, this.start + n);
          let last: { seq: number; hash: string };
          try {
            last = await this.store.appendRecords(this.chain, { seq: this.headState.seq, hash: this.headState.hash }, batch);
          } catch (err) {
            // The commit may have happened even though we saw an error (connection lost after COMMIT,
            // worker died): reconcile with the store's head before retrying, so nothing is written
            // twice or skipped.
            await this.reconcile(batch);
            throw err;
          }
          this.lastContact = Date.now();
          this.consume(n, last);
        }
        if (checkpointDue && this.headState.seq > 0) {
          // Its own transaction, after the records: a failure here loses nothing and is retried.
          await this.store.append([], [await this.makeCheckpoint(this.headState.seq, this.headState.hash)]);
          this.sinceCheckpoint = 0;
          this.lastCheckpointAt = Date.now();
          this.lastCheckpointSeq = this.headState.seq;
        }
        this.markUp();
        if (this.backlog() === 0) break;
        // Yield between batches so decisions are not starved while a large backlog drains.
        await new Promise<void>((r) => setImmediate(r));
      }
    } catch (err) {
      this.markDown(err);
    }
  }

  private consume(n: number, last: { seq: number; hash: string }): void {
    if (n === 0) return;
    this.start += n;
    this.sinceCheckpoint += n;
    this.headState.commit(last);
    auditRecords.inc({ outcome: 'written' }, n);
    auditBacklog.set(this.backlog());
    if (this.start > 4096 && this.start * 2 > this.items.length) {
      this.items = this.items.slice(this.start);
      this.start = 0;
    }
  }

  private async reconcile(batch: readonly QueuedRecord[]): Promise<void> {
    if (batch.length === 0) return;
    try {
      const head = await this.store.head(this.chain);
      if (head === null || head.seq <= this.headState.seq) return;
      const k = head.seq - this.headState.seq;
      // Recompute what our first k records would hash to (rare path): if the store's head matches,
      // they were committed; otherwise someone else wrote this chain, so re-read the head.
      const ours = k <= batch.length ? linkRecords(this.chain, this.headState, batch.slice(0, k)) : [];
      const mine = ours.length === k && ours[k - 1].hash === head.hash;
      if (mine) this.consume(k, head);
      else this.initialized = false;
    } catch {
      // store still down; the next attempt reconciles again
    }
  }

  private markUp(): void {
    if (!this.storeUp) logger.info({ chain: this.chain, store: this.store.kind }, 'audit store up');
    this.storeUp = true;
    this.backoffMs = this.opts.retryMinMs;
    auditStoreUp.set(1);
  }

  private markDown(err: unknown): void {
    if (this.storeUp || this.backoffMs === this.opts.retryMinMs) {
      logger.error({ err: (err as Error)?.message, chain: this.chain, store: this.store.kind, backlog: this.backlog() }, 'audit store unavailable; retrying');
    }
    this.storeUp = false;
    auditStoreUp.set(0);
    this.backoffMs = Math.min(this.opts.retryMaxMs, this.backoffMs * 2);
  }
}

/** Accepts and discards every record. Not recommended: there is no audit trail at all. */
export class NoneAuditSink implements ManagedAuditSink {
  readonly store = null;
  readonly chain = null;
  append(_record: AuditRecord): boolean {
    auditRecords.inc({ outcome: 'dropped' });
    return true;
  }
  healthy(): boolean {
    return true;
  }
  backlog(): number {
    return 0;
  }
  async flush(): Promise<void> {}
  async close(_opts?: { timeoutMs?: number }): Promise<void> {}
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * Open an AuditStore from a spec: `sqlite:PATH` or `postgres://...` / `postgresql://...`.
 * The store is not connected until init(); PostgreSQL is loaded lazily.
 */
export async function openAuditStore(spec: string, opts: { pgSchema?: string; sqliteWorker?: boolean } = {}): Promise<AuditStore> {
  if (spec.startsWith('sqlite:')) {
    const path = sqlitePath(spec);
    if (opts.sqliteWorker) {
      const { ThreadedSqliteStore } = await import('./sqlite-threaded.ts');
      return new ThreadedSqliteStore(path);
    }
    return new SqliteAuditStore(path);
  }
  if (spec.startsWith('postgres://') || spec.startsWith('postgresql://')) {
    const { PostgresAuditStore } = await import('./postgres.ts');
    return new PostgresAuditStore(spec, opts.pgSchema);
  }
  throw new GuardError('internal', `unknown audit store spec (expected sqlite:PATH, postgres://... or none)`);
}

/**
 * Build the process's audit sink from the --audit-store spec: `sqlite:PATH` (default
 * sqlite:data/audit.sqlite), `postgres://...` (shared by replicas, one chain each) or `none` (accepts
 * and discards; not recommended). The signing key is loaded or created here, so a bad key path fails
 * at start-up; an unreachable store does not: the writer starts unhealthy and keeps retrying.
 */
export async function createAuditSink(spec: string, opts: AuditWriterOptions = {}): Promise<ManagedAuditSink> {
  if (spec === 'none') {
    logger.warn('audit store is none: audit records are discarded');
    return new NoneAuditSink();
  }
  const store = await openAuditStore(spec, { pgSchema: opts.pgSchema, sqliteWorker: opts.sqliteWorker ?? true });
  const keyPath = opts.keyPath ?? DEFAULTS.keyPath;
  const key = loadOrCreateSigningKey(keyPath);
  const chain = resolveChainId(keyPath, opts.chain);
  return new AuditWriter(store, key, chain, {
    ...opts,
    checkpointEvery: opts.checkpointEvery ?? envInt('LLM_BOUNDARY_AUDIT_CHECKPOINT_EVERY'),
    checkpointIntervalMs: opts.checkpointIntervalMs ?? envInt('LLM_BOUNDARY_AUDIT_CHECKPOINT_INTERVAL_MS'),
    queueCapacity: opts.queueCapacity ?? envInt('LLM_BOUNDARY_AUDIT_QUEUE_CAPACITY'),
  });
}

/** A positive integer from the environment, undefined when unset; a bad value fails start-up. */
function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new GuardError('internal', `${name} must be a positive integer`);
  return n;
}
