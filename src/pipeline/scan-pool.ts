// Detector worker pool for buffered bodies.
//
// Why: Node runs JavaScript on one thread. A large buffered segment (a retrieved document, a long tool
// result) is scanned in one synchronous detector call: at ~5 MB/s for the injection model and PII, a
// 500 KB document holds the event loop for ~100 ms, and every stream on the process waits that long
// for its next chunk. Units at least `minChars` long are scanned in worker threads instead; the main
// thread keeps serving streams, and a pod with several cores scans several documents at once.
//
// How:
//  - Workers build their own detectors from the build specs the registry recorded (type, id, params,
//    base directory; registry.specOf), so a worker's detector is the same pure function as the main
//    thread's. `warm()` sends the live policy's detectors to every worker at start and on each policy
//    change; a worker answers with the keys it built.
//  - A unit goes to a worker only if every local detector of the phase has a spec and that worker has
//    built all of them (else: inline, counted as inline_cold; e.g. right after a reload, or for an
//    exchange still on the previous policy). The least busy such worker is chosen; when all have
//    `maxQueue` jobs in flight the unit is scanned inline (inline_busy): the pool never queues without
//    bound and never makes a unit wait longer than the main thread would.
//  - The scan budget is enforced here: at `deadlineAt` the job resolves as timed out (the policy's
//    detector_timeout action decides, as inline) and the worker's late answer is dropped.
//  - A worker that dies fails its jobs as detector errors (the policy's internal_error action decides,
//    fail closed by default) and is replaced, with the current specs, after a back-off.
// Texts are copied to the worker (structured clone) and never logged; findings come back content-free.
// Lifetime: the pipeline's; close() terminates the workers.
import { Worker } from 'node:worker_threads';
import type { DetectionContext, Detector, Finding } from '../core/types.ts';
import { specOf, type DetectorSpec } from '../detectors/registry.ts';
import { logger } from '../observability/logger.ts';
import { scanPoolJobs, scanPoolWorkers } from '../observability/metrics.ts';
import type { DetectorOutcome, WorkerIn, WorkerOut } from './scan-worker.ts';

export interface ScanPoolOptions {
  /** Worker threads (0: no pool). */
  readonly workers: number;
  /** Units shorter than this (UTF-16 code units) are scanned inline: the hand-off would cost more than it saves. */
  readonly minChars: number;
  /** Jobs in flight per worker before units are scanned inline instead. */
  readonly maxQueue?: number;
  /** The worker script (default: scan-worker.ts; failure tests substitute one that dies). */
  readonly workerUrl?: URL;
}

/** Default jobs in flight per worker (ScanPoolOptions.maxQueue). */
const DEFAULT_MAX_QUEUE = 4;

/** What a pooled scan of one unit produced, in the shape the inline path records. */
export interface PoolScanResult {
  readonly findings: Finding[];
  /** Detector ids that threw (or whose worker died). */
  readonly failed: string[];
  /** Detector ids that reported a timeout, plus 'deadline' when the scan budget ran out first. */
  readonly timedOut: string[];
}

interface Job {
  readonly ids: readonly string[];
  readonly resolve: (r: PoolScanResult) => void;
  readonly timer: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker | null;
  /** Detector keys this worker has built (from its last `warmed` answer). */
  ready: ReadonlySet<number>;
  readonly jobs: Map<number, Job>;
  /** Consecutive deaths, for the restart back-off. */
  deaths: number;
  restart: NodeJS.Timeout | null;
}

const WORKER_URL = new URL('./scan-worker.ts', import.meta.url);

export class ScanPool {
  readonly #minChars: number;
  readonly #maxQueue: number;
  readonly #workerUrl: URL;
  readonly #slots: Slot[] = [];
  readonly #keys = new WeakMap<Detector, number>();
  #nextKey = 1;
  #nextJob = 1;
  #gen = 0;
  #specs: Array<{ key: number; spec: DetectorSpec }> = [];
  #closed = false;

  constructor(opts: ScanPoolOptions) {
    if (!(Number.isInteger(opts.workers) && opts.workers >= 0)) throw new Error('scan pool: workers must be a non-negative integer');
    this.#minChars = opts.minChars;
    this.#maxQueue = opts.maxQueue ?? DEFAULT_MAX_QUEUE;
    this.#workerUrl = opts.workerUrl ?? WORKER_URL;
    for (let i = 0; i < opts.workers; i++) {
      const slot: Slot = { worker: null, ready: new Set(), jobs: new Map(), deaths: 0, restart: null };
      this.#slots.push(slot);
      this.#spawn(slot);
    }
  }

  get size(): number {
    return this.#slots.length;
  }

  /** Workers that have built every detector of the last warm() (for tests and readiness probes). */
  readyWorkers(): number {
    let n = 0;
    for (const s of this.#slots) if (s.worker !== null && this.#specs.every((x) => s.ready.has(x.key))) n++;
    return n;
  }

  /**
   * Make `detectors` (the live policy's, shadow included) the set workers keep built. Detectors without
   * a build spec or with an asynchronous scan are left out: their units always run inline.
   */
  warm(detectors: Iterable<Detector>): void {
    const specs: Array<{ key: number; spec: DetectorSpec }> = [];
    const seen = new Set<number>();
    for (const d of detectors) {
      if (d.scanAsync !== undefined) continue;
      const spec = specOf(d);
      if (spec === undefined) continue;
      const key = this.#keyOf(d);
      if (seen.has(key)) continue;
      seen.add(key);
      specs.push({ key, spec });
    }
    this.#specs = specs;
    this.#gen++;
    for (const s of this.#slots) if (s.worker !== null) this.#post(s, { t: 'warm', gen: this.#gen, specs });
  }

  /**
   * Scan `text` with the local detectors of `detectors` in a worker, or null when the unit must be scanned
   * inline (too short, a detector without a spec, no ready worker, all busy). Never rejects.
   */
  tryScan(detectors: readonly Detector[], text: string, ctx: DetectionContext, deadlineAt: number): Promise<PoolScanResult> | null {
    if (this.#closed || this.#slots.length === 0 || text.length < this.#minChars) return null;
    const local = detectors.filter((d) => d.scanAsync === undefined);
    if (local.length === 0) return null;
    const keys: number[] = [];
    for (const d of local) {
      const k = this.#keys.get(d);
      if (k === undefined) {
        scanPoolJobs.inc({ outcome: 'inline_cold' });
        return null;
      }
      keys.push(k);
    }
    let best: Slot | null = null;
    let anyReady = false;
    for (const s of this.#slots) {
      if (s.worker === null || !keys.every((k) => s.ready.has(k))) continue;
      anyReady = true;
      if (s.jobs.size >= this.#maxQueue) continue;
      if (best === null || s.jobs.size < best.jobs.size) best = s;
    }
    if (best === null) {
      scanPoolJobs.inc({ outcome: anyReady ? 'inline_busy' : 'inline_cold' });
      return null;
    }
    const slot = best;
    const ids = local.map((d) => d.id);
    const job = this.#nextJob++;
    return new Promise<PoolScanResult>((resolve) => {
      const wait = deadlineAt - performance.now();
      let timer: NodeJS.Timeout | null = null;
      if (Number.isFinite(wait)) {
        timer = setTimeout(() => {
          if (!slot.jobs.delete(job)) return;
          scanPoolJobs.inc({ outcome: 'deadline' });
          resolve({ findings: [], failed: [], timedOut: ['deadline'] });
        }, Math.max(0, wait));
        timer.unref();
      }
      slot.jobs.set(job, { ids, resolve, timer });
      this.#post(slot, { t: 'scan', job, keys, text, ctx });
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const exits: Promise<number>[] = [];
    for (const s of this.#slots) {
      if (s.restart !== null) clearTimeout(s.restart);
      s.restart = null;
      const w = s.worker;
      s.worker = null;
      this.#failJobs(s);
      if (w !== null) exits.push(w.terminate());
    }
    await Promise.all(exits);
    scanPoolWorkers.set(0);
  }

  #keyOf(d: Detector): number {
    let k = this.#keys.get(d);
    if (k === undefined) {
      k = this.#nextKey++;
      this.#keys.set(d, k);
    }
    return k;
  }

  #post(slot: Slot, m: WorkerIn): void {
    try {
      slot.worker!.postMessage(m);
    } catch (err) {
      // A message that cannot be cloned or a worker already gone: treat as a lost worker.
      logger.error({ err: (err as Error).message }, 'scan worker message failed');
      this.#lost(slot, slot.worker!);
    }
  }

  #spawn(slot: Slot): void {
    if (this.#closed) return;
    const w = new Worker(this.#workerUrl, { name: 'llm-boundary-scan' });
    w.unref();
    slot.worker = w;
    slot.ready = new Set();
    w.on('message', (m: WorkerOut) => this.#onMessage(slot, w, m));
    w.on('error', (err) => {
      logger.error({ err: err.message }, 'scan worker failed');
      this.#lost(slot, w);
    });
    w.on('exit', () => this.#lost(slot, w));
    this.#countWorkers();
    if (this.#specs.length > 0) this.#post(slot, { t: 'warm', gen: this.#gen, specs: this.#specs });
  }

  #onMessage(slot: Slot, w: Worker, m: WorkerOut): void {
    if (slot.worker !== w) return;
    if (m.t === 'warmed') {
      slot.ready = new Set(m.built);
      slot.deaths = 0;
      if (m.failed > 0) logger.warn({ failed: m.failed }, 'scan worker could not build some detectors; their units are scanned inline');
      return;
    }
    const job = slot.jobs.get(m.job);
    if (job === undefined) return; // past its deadline: already answered
    slot.jobs.delete(m.job);
    if (job.timer !== null) clearTimeout(job.timer);
    scanPoolJobs.inc({ outcome: 'done' });
    job.resolve(outcomes(job.ids, m.results));
  }

  /** Fail the worker's jobs as detector errors and start a replacement after a back-off. */
  #lost(slot: Slot, w: Worker): void {
    if (slot.worker !== w) return;
    slot.worker = null;
    slot.ready = new Set();
    void w.terminate();
    const n = this.#failJobs(slot);
    if (n > 0) scanPoolJobs.inc({ outcome: 'worker_lost' }, n);
    this.#countWorkers();
    if (this.#closed) return;
    slot.deaths++;
    const delay = Math.min(30_000, 100 * 2 ** Math.min(8, slot.deaths - 1));
    slot.restart = setTimeout(() => {
      slot.restart = null;
      this.#spawn(slot);
    }, delay);
    slot.restart.unref();
  }

  #failJobs(slot: Slot): number {
    const n = slot.jobs.size;
    for (const job of slot.jobs.values()) {
      if (job.timer !== null) clearTimeout(job.timer);
      job.resolve({ findings: [], failed: [...job.ids], timedOut: [] });
    }
    slot.jobs.clear();
    return n;
  }

  #countWorkers(): void {
    let n = 0;
    for (const s of this.#slots) if (s.worker !== null) n++;
    scanPoolWorkers.set(n);
  }
}

/** Per-detector outcomes of a job in the inline path's shape (findings in detector order). */
function outcomes(ids: readonly string[], results: readonly DetectorOutcome[]): PoolScanResult {
  const findings: Finding[] = [];
  const failed: string[] = [];
  const timedOut: string[] = [];
  ids.forEach((id, i) => {
    const r = results[i];
    if (r === undefined) failed.push(id);
    else if ('ok' in r) for (const f of r.ok) findings.push(f);
    else (r.err === 'timeout' ? timedOut : failed).push(id);
  });
  return { findings, failed, timedOut };
}
