// PolicyStore: the live CompiledPolicy behind an atomic reference swap, reloaded when its file changes.
//
// Change detection uses two mechanisms because neither is enough alone: fs.watch on the file's
// DIRECTORY (a Kubernetes ConfigMap volume replaces the `..data` symlink, which a watch on the file
// itself never reports) and a periodic poll of realpath + inode + size + mtime (fs.watch is best-effort
// on network and overlay file systems). A candidate that fails to load is rejected: the previous
// policy stays live, the error is logged (positions only, no content) and policyReloadErrors counts it.
//
// Lifetime: one store per process, created at start-up, closed at shutdown. Readers call current()
// once per ext_proc stream (at its first message) and keep that policy for the whole exchange, so a
// reload never changes the rules in the middle of an exchange.
import { realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { logger } from '../observability/logger.ts';
import { policyInfo, policyReloadErrors, policyReloads } from '../observability/metrics.ts';
import { loadEmbeddedPolicy, loadPolicyFile, type CompileOptions } from './compile.ts';
import { PolicyError } from './load.ts';
import type { CompiledPolicy } from './types.ts';

export interface PolicyStoreOptions {
  /** Policy file to load and watch; omitted = the embedded default (never reloaded). */
  readonly file?: string;
  /** Poll interval for the stat check (default 2000 ms; 0 disables polling). */
  readonly pollIntervalMs?: number;
  /** Quiet period after a directory event before reloading (default 100 ms). */
  readonly debounceMs?: number;
  readonly compileOptions?: Partial<CompileOptions>;
}

export type PolicyListener = (next: CompiledPolicy, previous: CompiledPolicy) => void;

function fingerprint(file: string): string {
  try {
    const real = realpathSync(file);
    const st = statSync(real);
    return `${real}|${st.ino}|${st.size}|${st.mtimeMs}`;
  } catch (err) {
    return `missing:${(err as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/** Publish which policy is live (and which is the shadow candidate) as llm_boundary_policy_info. */
function publishInfo(p: CompiledPolicy): void {
  policyInfo.reset();
  policyInfo.set({ version: p.version, role: 'live' }, 1);
  if (p.shadow) policyInfo.set({ version: p.shadow.version, role: 'shadow' }, 1);
}

export class PolicyStore {
  #live: CompiledPolicy;
  readonly #file: string | undefined;
  readonly #opts: PolicyStoreOptions;
  readonly #listeners = new Set<PolicyListener>();
  #watchers: FSWatcher[] = [];
  #watchedDirs = new Set<string>();
  #prints = new Map<string, string>();
  #poll: NodeJS.Timeout | undefined;
  #debounce: NodeJS.Timeout | undefined;
  #closed = false;

  /**
   * Load the initial policy (throws PolicyError when it is invalid: a process must not start without a
   * valid policy) and start watching when a file is given.
   */
  constructor(opts: PolicyStoreOptions = {}) {
    this.#opts = opts;
    this.#file = opts.file === undefined ? undefined : resolve(opts.file);
    this.#live = this.#load();
    policyReloads.inc();
    publishInfo(this.#live);
    if (this.#file !== undefined) this.#startWatching();
  }

  /** The live policy. Call once per stream and keep the result for the stream's lifetime. */
  current(): CompiledPolicy {
    return this.#live;
  }

  /** Subscribe to swaps; returns an unsubscribe function. Listeners run synchronously after the swap. */
  onChange(listener: PolicyListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Re-read the policy now. Returns true when a new version went live, false when nothing changed or
   * the candidate was rejected (the previous policy stays live).
   */
  reload(): boolean {
    if (this.#closed || this.#file === undefined) return false;
    this.#refreshPrints();
    let next: CompiledPolicy;
    try {
      next = this.#load();
    } catch (err) {
      policyReloadErrors.inc();
      const issues = err instanceof PolicyError ? err.issues.filter((i) => i.severity === 'error').slice(0, 20) : undefined;
      logger.error(
        { file: this.#file, live: this.#live.version, issues: issues?.map((i) => `${i.line}:${i.column} ${i.message}`), code: (err as { code?: string }).code },
        'policy reload rejected; previous policy stays live',
      );
      return false;
    }
    if (next.version === this.#live.version) return false;
    const prev = this.#live;
    this.#live = next; // the swap: one reference assignment
    policyReloads.inc();
    publishInfo(next);
    logger.info({ file: this.#file, version: next.version, previous: prev.version, shadow: next.shadow?.version }, 'policy reloaded');
    this.#watchShadowDir();
    for (const l of this.#listeners) {
      try {
        l(next, prev);
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'policy change listener failed');
      }
    }
    return true;
  }

  /** Stop watching. Idempotent. */
  close(): void {
    this.#closed = true;
    for (const w of this.#watchers) w.close();
    this.#watchers = [];
    if (this.#poll) clearInterval(this.#poll);
    if (this.#debounce) clearTimeout(this.#debounce);
  }

  #load(): CompiledPolicy {
    if (this.#file === undefined) return loadEmbeddedPolicy(this.#opts.compileOptions);
    return loadPolicyFile(this.#file, this.#opts.compileOptions);
  }

  #paths(): string[] {
    const out = [this.#file!];
    const s = this.#live?.shadow?.source;
    if (s && s !== 'embedded' && s !== this.#live.source) out.push(resolve(s));
    return out;
  }

  #refreshPrints(): void {
    this.#prints = new Map(this.#paths().map((p) => [p, fingerprint(p)]));
  }

  #changed(): boolean {
    for (const p of this.#paths()) if (this.#prints.get(p) !== fingerprint(p)) return true;
    return false;
  }

  #schedule = (): void => {
    if (this.#closed) return;
    if (this.#debounce) clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => {
      this.#debounce = undefined;
      if (this.#changed()) this.reload();
    }, this.#opts.debounceMs ?? 100);
    this.#debounce.unref();
  };

  #watchDir(dir: string): void {
    if (this.#watchedDirs.has(dir)) return;
    this.#watchedDirs.add(dir);
    try {
      const w = watch(dir, { persistent: false }, this.#schedule);
      w.on('error', (err) => logger.warn({ dir, err: err.message }, 'policy directory watch failed; relying on polling'));
      this.#watchers.push(w);
    } catch (err) {
      logger.warn({ dir, err: (err as Error).message }, 'cannot watch policy directory; relying on polling');
    }
  }

  #watchShadowDir(): void {
    for (const p of this.#paths()) this.#watchDir(dirname(p));
  }

  #startWatching(): void {
    this.#refreshPrints();
    this.#watchShadowDir();
    const every = this.#opts.pollIntervalMs ?? 2000;
    if (every > 0) {
      this.#poll = setInterval(() => {
        if (this.#changed()) this.reload();
      }, every);
      this.#poll.unref();
    }
  }
}
