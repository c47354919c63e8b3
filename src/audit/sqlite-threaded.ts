// An AuditStore that runs SqliteAuditStore in a worker thread. The writer's batches (canonical JSON,
// hashing, inserts, index maintenance and the fsync of each commit) run in the worker and no longer
// stall decisions. The worker holds the event loop open only while calls are pending, so an
// awaited close() on SIGTERM completes, and an idle process can still exit.
import { Worker } from 'node:worker_threads';
import { GuardError } from '../core/errors.ts';
import type { AuditQuery, AuditStore, ChainEntry, ChainKey, Checkpoint, PendingEntry, QueuedRecord, StoredEntry } from './model.ts';

const PAGE = 1000;

/** Lifetime: one per writer; close() terminates the worker. A crashed worker is restarted on the next call. */
export class ThreadedSqliteStore implements AuditStore {
  readonly kind = 'sqlite' as const;
  readonly path: string;
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private closed = false;

  constructor(path: string) {
    this.path = path;
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./sqlite-worker.ts', import.meta.url), { workerData: { path: this.path } });
    w.unref();
    w.on('message', (m: { id: number; ok: boolean; result?: unknown; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) w.unref();
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error));
    });
    const fail = (err: Error): void => {
      if (this.worker === w) this.worker = null;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    w.on('error', (err) => fail(err));
    w.on('exit', (code) => fail(new Error(`audit sqlite worker exited (${code})`)));
    this.worker = w;
    return w;
  }

  private call<T>(method: string, ...args: unknown[]): Promise<T> {
    if (this.closed) return Promise.reject(new GuardError('audit_unavailable', 'audit store is closed'));
    const w = this.spawn();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.ref();
      w.postMessage({ id, method, args });
    });
  }

  init(): Promise<void> {
    return this.call('init');
  }
  registerKey(key: ChainKey): Promise<void> {
    return this.call('registerKey', key);
  }
  keys(): Promise<ChainKey[]> {
    return this.call('keys');
  }
  head(chain: string): Promise<{ seq: number; hash: string } | null> {
    return this.call('head', chain);
  }
  append(entries: readonly PendingEntry[], checkpoints: readonly Checkpoint[]): Promise<void> {
    return this.call('append', entries, checkpoints);
  }
  appendRecords(chain: string, head: { seq: number; hash: string }, records: readonly QueuedRecord[]): Promise<{ seq: number; hash: string }> {
    return this.call('appendRecords', chain, head, records);
  }
  chains(): Promise<string[]> {
    return this.call('chains');
  }
  async *entries(chain: string, fromSeq = 1, toSeq = Number.MAX_SAFE_INTEGER): AsyncIterable<StoredEntry> {
    let from = fromSeq;
    for (;;) {
      const page = await this.call<StoredEntry[]>('entriesPage', chain, from, toSeq, PAGE);
      yield* page;
      if (page.length < PAGE) return;
      from = page[page.length - 1].seq + 1;
    }
  }
  checkpoints(chain?: string): Promise<Checkpoint[]> {
    return this.call('checkpoints', chain);
  }
  latestCheckpoints(): Promise<Checkpoint[]> {
    return this.call('latestCheckpoints');
  }
  markers(chain: string): Promise<ChainEntry[]> {
    return this.call('markers', chain);
  }
  query(q: AuditQuery): Promise<ChainEntry[]> {
    return this.call('query', q);
  }
  firstSeqAtOrAfter(chain: string, time: string): Promise<number | null> {
    return this.call('firstSeqAtOrAfter', chain, time);
  }
  firstSeq(chain: string): Promise<number | null> {
    return this.call('firstSeq', chain);
  }
  prune(marker: PendingEntry): Promise<number> {
    return this.call('prune', marker);
  }
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.worker) {
      try {
        await this.call('close');
      } catch {
        // the worker is being torn down either way
      }
    }
    this.closed = true;
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
