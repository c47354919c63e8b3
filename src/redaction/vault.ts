// Placeholder vaults: the reversible side of placeholder redaction. Within a scope (typically one
// conversation), each distinct (type, value) gets a stable placeholder `<TYPE_n>`; the vault maps it
// back for restorePlaceholders(). Values are secrets by definition: vaults never log them.
import { GuardError } from '../core/errors.ts';
import { formatPlaceholder } from './redact.ts';

export interface PlaceholderVault {
  /** Placeholder for `value` in `scope`: the same one for a value seen before, else the next `<TYPE_n>`. */
  put(scope: string, type: string, value: string): Promise<string>;
  /** Original value of a placeholder in `scope`, or undefined when unknown or expired. */
  get(scope: string, placeholder: string): Promise<string | undefined>;
  /** Release resources (connections, timers). */
  close?(): Promise<void>;
}

export interface MemoryVaultOptions {
  /** Idle lifetime of a scope (sliding, refreshed by put and get). Default 1 hour. */
  readonly ttlMs?: number;
  /** Most scopes kept; the least recently used is evicted first. Default 10,000. */
  readonly maxScopes?: number;
  /** Most values per scope; put() fails beyond it (the writer then masks). Default 1,000. */
  readonly maxEntriesPerScope?: number;
  /** Clock, for tests. */
  readonly now?: () => number;
}

interface ScopeState {
  expires: number;
  readonly forward: Map<string, string>;
  readonly reverse: Map<string, string>;
  readonly counters: Map<string, number>;
}

/**
 * In-process vault: bounded (LRU over scopes, cap per scope) and expiring. Lifetime: the process;
 * placeholders do not survive a restart and are not shared between replicas (use RedisVault for that).
 */
export class MemoryVault implements PlaceholderVault {
  readonly #scopes = new Map<string, ScopeState>();
  readonly #ttl: number;
  readonly #maxScopes: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(opts: MemoryVaultOptions = {}) {
    this.#ttl = opts.ttlMs ?? 3_600_000;
    this.#maxScopes = opts.maxScopes ?? 10_000;
    this.#maxEntries = opts.maxEntriesPerScope ?? 1_000;
    this.#now = opts.now ?? Date.now;
  }

  #scope(scope: string, create: boolean): ScopeState | undefined {
    const now = this.#now();
    let s = this.#scopes.get(scope);
    if (s !== undefined && s.expires <= now) {
      this.#scopes.delete(scope);
      s = undefined;
    }
    if (s === undefined) {
      if (!create) return undefined;
      s = { expires: 0, forward: new Map(), reverse: new Map(), counters: new Map() };
      while (this.#scopes.size >= this.#maxScopes) {
        const oldest = this.#scopes.keys().next().value as string;
        this.#scopes.delete(oldest);
      }
    } else {
      this.#scopes.delete(scope); // re-insert: Map order is the LRU order
    }
    s.expires = now + this.#ttl;
    this.#scopes.set(scope, s);
    return s;
  }

  async put(scope: string, type: string, value: string): Promise<string> {
    const s = this.#scope(scope, true)!;
    const key = `${type}\u0000${value}`;
    const known = s.forward.get(key);
    if (known !== undefined) return known;
    if (s.forward.size >= this.#maxEntries) throw new GuardError('internal', 'placeholder vault scope is full');
    const n = (s.counters.get(type) ?? 0) + 1;
    const ph = formatPlaceholder(type, n);
    s.counters.set(type, n);
    s.forward.set(key, ph);
    s.reverse.set(ph, value);
    return ph;
  }

  async get(scope: string, placeholder: string): Promise<string | undefined> {
    return this.#scope(scope, false)?.reverse.get(placeholder);
  }

  /** Number of live scopes (for tests and metrics). */
  get size(): number {
    return this.#scopes.size;
  }

  async close(): Promise<void> {
    this.#scopes.clear();
  }
}
