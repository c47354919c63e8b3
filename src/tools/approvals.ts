// Human approval of tool calls. A call that needs approval is held: the store records a pending
// approval bound to (identity, tool, canonical-argument hash) and returns a random, unguessable id.
// An approver grants or rejects it through the admin API. A retry of the identical call within the
// TTL then passes exactly once: consume() atomically turns a granted approval into 'consumed' and
// unbinds it, so two replicas racing on one grant cannot both win (Redis: one Lua script per
// operation, executed atomically by the server). Rejected approvals deny retries until they expire;
// expired approvals are replaced by a new pending one.
//
// Lifetime: one store per process (the memory store is per replica; use Redis for several replicas).
// The store never sees argument values, only their hash.
import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { GuardError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
import { approvals as approvalEvents } from '../observability/metrics.ts';

export type ApprovalStatus = 'pending' | 'granted' | 'rejected' | 'consumed' | 'expired';

/** One approval. Times are epoch milliseconds. */
export interface ApprovalRecord {
  readonly id: string;
  /** Caller key: "<tenant>|<principal>" (see approvalIdentityKey). */
  readonly identity: string;
  readonly tool: string;
  readonly argHash: string;
  readonly status: ApprovalStatus;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly decidedAt?: number;
  readonly approver?: string;
  readonly note?: string;
}

export type ConsumeResult =
  /** A granted approval was found and consumed by this call (the call may proceed, once). */
  | { readonly status: 'consumed'; readonly record: ApprovalRecord }
  | { readonly status: 'rejected'; readonly record: ApprovalRecord }
  | { readonly status: 'pending'; readonly record: ApprovalRecord }
  /** Nothing live for this key (never requested, already consumed, or expired). */
  | { readonly status: 'none' };

export type DecideResult =
  | { readonly ok: true; readonly record: ApprovalRecord }
  | { readonly ok: false; readonly error: 'not_found' | 'expired' | 'not_pending'; readonly record?: ApprovalRecord };

export interface Approver {
  readonly approver?: string;
  readonly note?: string;
}

export interface ApprovalStore {
  /**
   * Create a pending approval for the key, or return the live one already bound to it (idempotent,
   * so concurrent first calls share one id). `id` lets a synchronous caller (the stream gate) choose
   * the id before the write completes.
   */
  request(identity: string, tool: string, argHash: string, ttlMs: number, id?: string): Promise<ApprovalRecord>;
  /** Atomically: granted -> consumed (returned once, ever); rejected/pending -> reported; else 'none'. */
  consume(identity: string, tool: string, argHash: string): Promise<ConsumeResult>;
  get(id: string): Promise<ApprovalRecord | undefined>;
  /**
   * Live pending, granted (not yet consumed) and rejected approvals of one caller (at most `limit`,
   * default 1000). The streaming tool gate is synchronous, so it works from this snapshot taken
   * before the response streams (see createStreamToolGate).
   */
  listFor(identity: string, limit?: number): Promise<ApprovalRecord[]>;
  /** Live pending approvals, oldest first (at most `limit`, default 1000). */
  listPending(limit?: number): Promise<ApprovalRecord[]>;
  grant(id: string, by?: Approver): Promise<DecideResult>;
  reject(id: string, by?: Approver): Promise<DecideResult>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Clock (epoch ms); injectable for tests. */
  readonly now?: () => number;
}

const ID_PREFIX = 'apr_';

/** A new random approval id: "apr_" + 128 random bits, base64url. */
export function newApprovalId(): string {
  return ID_PREFIX + randomBytes(16).toString('base64url');
}

/** True for strings shaped like an approval id (checked before any store lookup). */
export function isApprovalId(s: string): boolean {
  if (s.length !== ID_PREFIX.length + 22 || !s.startsWith(ID_PREFIX)) return false;
  for (const ch of s.slice(ID_PREFIX.length)) {
    const ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '-' || ch === '_';
    if (!ok) return false;
  }
  return true;
}

function bindingKey(identity: string, tool: string, argHash: string): string {
  return createHash('sha256').update(`${identity}\u0000${tool}\u0000${argHash}`, 'utf8').digest('hex');
}

function checkRequest(ttlMs: number, id: string | undefined): void {
  if (!Number.isInteger(ttlMs) || ttlMs <= 0) throw new GuardError('internal', 'approval ttl must be a positive integer (ms)');
  if (id !== undefined && !isApprovalId(id)) throw new GuardError('internal', 'malformed approval id');
}

/**
 * In-process store (the default). Correct for one replica; records vanish on restart.
 * Bounded: at most `maxRecords` live records, beyond which request() fails closed.
 */
export class MemoryApprovalStore implements ApprovalStore {
  readonly #byId = new Map<string, ApprovalRecord>();
  readonly #byKey = new Map<string, string>();
  readonly #now: () => number;
  readonly #max: number;

  constructor(opts: StoreOptions & { readonly maxRecords?: number } = {}) {
    this.#now = opts.now ?? Date.now;
    this.#max = opts.maxRecords ?? 100_000;
  }

  #live(key: string): ApprovalRecord | undefined {
    const id = this.#byKey.get(key);
    if (id === undefined) return undefined;
    const rec = this.#byId.get(id);
    if (rec === undefined) {
      this.#byKey.delete(key);
      return undefined;
    }
    if (rec.expiresAt <= this.#now()) {
      this.#byKey.delete(key);
      this.#byId.delete(id);
      approvalEvents.inc({ event: 'expired' });
      return undefined;
    }
    return rec;
  }

  #sweep(): void {
    const now = this.#now();
    for (const [id, rec] of this.#byId) {
      if (rec.expiresAt <= now) {
        this.#byId.delete(id);
        const key = bindingKey(rec.identity, rec.tool, rec.argHash);
        if (this.#byKey.get(key) === id) this.#byKey.delete(key);
      }
    }
  }

  async request(identity: string, tool: string, argHash: string, ttlMs: number, id?: string): Promise<ApprovalRecord> {
    checkRequest(ttlMs, id);
    const key = bindingKey(identity, tool, argHash);
    const cur = this.#live(key);
    if (cur) return cur;
    if (this.#byId.size >= this.#max) this.#sweep();
    if (this.#byId.size >= this.#max) throw new GuardError('internal', 'approval store is full');
    const now = this.#now();
    const rec: ApprovalRecord = Object.freeze({
      id: id ?? newApprovalId(), identity, tool, argHash, status: 'pending', createdAt: now, expiresAt: now + ttlMs,
    });
    this.#byId.set(rec.id, rec);
    this.#byKey.set(key, rec.id);
    approvalEvents.inc({ event: 'requested' });
    return rec;
  }

  async consume(identity: string, tool: string, argHash: string): Promise<ConsumeResult> {
    const key = bindingKey(identity, tool, argHash);
    const rec = this.#live(key);
    if (!rec) return { status: 'none' };
    if (rec.status === 'granted') {
      const done: ApprovalRecord = Object.freeze({ ...rec, status: 'consumed' });
      this.#byId.set(rec.id, done);
      this.#byKey.delete(key);
      approvalEvents.inc({ event: 'consumed' });
      return { status: 'consumed', record: done };
    }
    if (rec.status === 'rejected') return { status: 'rejected', record: rec };
    if (rec.status === 'pending') return { status: 'pending', record: rec };
    return { status: 'none' };
  }

  async get(id: string): Promise<ApprovalRecord | undefined> {
    const rec = this.#byId.get(id);
    if (!rec) return undefined;
    return rec.expiresAt <= this.#now() && rec.status !== 'consumed' ? { ...rec, status: 'expired' } : rec;
  }

  async listFor(identity: string, limit = 1000): Promise<ApprovalRecord[]> {
    const now = this.#now();
    return [...this.#byId.values()]
      .filter((r) => r.identity === identity && r.status !== 'consumed' && r.expiresAt > now)
      .slice(0, limit);
  }

  async listPending(limit = 1000): Promise<ApprovalRecord[]> {
    this.#sweep();
    return [...this.#byId.values()]
      .filter((r) => r.status === 'pending')
      .sort((a, b) => a.createdAt - b.createdAt)
      .slice(0, limit);
  }

  #decide(id: string, status: 'granted' | 'rejected', by: Approver | undefined): DecideResult {
    const rec = this.#byId.get(id);
    if (!rec) return { ok: false, error: 'not_found' };
    if (rec.expiresAt <= this.#now()) return { ok: false, error: 'expired' };
    if (rec.status !== 'pending') return { ok: false, error: 'not_pending', record: rec };
    const next: ApprovalRecord = Object.freeze({
      ...rec, status, decidedAt: this.#now(),
      ...(by?.approver ? { approver: by.approver } : {}),
      ...(by?.note ? { note: by.note } : {}),
    });
    this.#byId.set(id, next);
    approvalEvents.inc({ event: status });
    return { ok: true, record: next };
  }

  async grant(id: string, by?: Approver): Promise<DecideResult> {
    return this.#decide(id, 'granted', by);
  }

  async reject(id: string, by?: Approver): Promise<DecideResult> {
    return this.#decide(id, 'rejected', by);
  }

  async close(): Promise<void> {
    this.#byId.clear();
    this.#byKey.clear();
  }
}

// ---------------------------------------------------------------------------------------------
// Redis. Layout under <prefix>{approvals}: (one hash tag, so every key lands in one cluster slot):
//   a:<id>      hash   the record (+ field kkey: its binding key)
//   k:<sha256>  string id bound to (identity, tool, argHash)
//   pending     zset   pending ids scored by expiresAt (for listing)
// Keys expire graceMs after the logical expiry, so an expired approval is still seen (and counted)
// as expired for a while instead of silently vanishing. Logical time comes from the caller's clock.

const LUA_REQUEST = `
local now = tonumber(ARGV[1])
local expired = 0
local cur = redis.call('GET', KEYS[1])
if cur then
  local akey = ARGV[2] .. cur
  local f = redis.call('HMGET', akey, 'status', 'expiresAt')
  if f[1] and f[1] ~= 'consumed' and tonumber(f[2]) > now then
    return {cur, 0, 0, redis.call('HGETALL', akey)}
  end
  if f[1] and tonumber(f[2]) <= now then expired = 1 end
  redis.call('ZREM', KEYS[2], cur)
end
local id = ARGV[3]
local akey = ARGV[2] .. id
if redis.call('EXISTS', akey) == 1 then return {id, -1, 0, {}} end
redis.call('HSET', akey, 'id', id, 'identity', ARGV[4], 'tool', ARGV[5], 'argHash', ARGV[6],
  'status', 'pending', 'createdAt', ARGV[1], 'expiresAt', ARGV[7], 'kkey', KEYS[1])
redis.call('PEXPIRE', akey, tonumber(ARGV[8]))
redis.call('SET', KEYS[1], id, 'PX', tonumber(ARGV[8]))
redis.call('ZADD', KEYS[2], tonumber(ARGV[7]), id)
local gkey = ARGV[9] .. redis.sha1hex(ARGV[4])
redis.call('SADD', gkey, id)
if redis.call('PTTL', gkey) < tonumber(ARGV[8]) then redis.call('PEXPIRE', gkey, tonumber(ARGV[8])) end
return {id, 1, expired, redis.call('HGETALL', akey)}
`;

const LUA_CONSUME = `
local cur = redis.call('GET', KEYS[1])
if not cur then return {'none'} end
local akey = ARGV[2] .. cur
local f = redis.call('HMGET', akey, 'status', 'expiresAt')
if not f[1] then redis.call('DEL', KEYS[1]) return {'none'} end
if tonumber(f[2]) <= tonumber(ARGV[1]) then
  redis.call('DEL', akey, KEYS[1])
  redis.call('ZREM', KEYS[2], cur)
  return {'expired'}
end
if f[1] == 'granted' then
  redis.call('HSET', akey, 'status', 'consumed')
  redis.call('DEL', KEYS[1])
  redis.call('SREM', ARGV[3] .. redis.sha1hex(redis.call('HGET', akey, 'identity')), cur)
  return {'consumed', redis.call('HGETALL', akey)}
end
if f[1] == 'consumed' then redis.call('DEL', KEYS[1]) return {'none'} end
return {f[1], redis.call('HGETALL', akey)}
`;

const LUA_DECIDE = `
local f = redis.call('HMGET', KEYS[1], 'status', 'expiresAt')
if not f[1] then return {'not_found'} end
if tonumber(f[2]) <= tonumber(ARGV[2]) then return {'expired'} end
if f[1] ~= 'pending' then return {'not_pending', redis.call('HGETALL', KEYS[1])} end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'decidedAt', ARGV[2], 'approver', ARGV[3], 'note', ARGV[4])
redis.call('ZREM', KEYS[2], ARGV[5])
return {'ok', redis.call('HGETALL', KEYS[1])}
`;

type Lua = (...args: (string | number)[]) => Promise<unknown>;

function parseRecord(flat: unknown, now: number): ApprovalRecord | undefined {
  if (!Array.isArray(flat) || flat.length === 0) return undefined;
  const h: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) h[String(flat[i])] = String(flat[i + 1]);
  if (h.id === undefined || h.status === undefined) return undefined;
  const expiresAt = Number(h.expiresAt);
  let status = h.status as ApprovalStatus;
  if (expiresAt <= now && status !== 'consumed') status = 'expired';
  return Object.freeze({
    id: h.id, identity: h.identity ?? '', tool: h.tool ?? '', argHash: h.argHash ?? '', status,
    createdAt: Number(h.createdAt), expiresAt,
    ...(h.decidedAt ? { decidedAt: Number(h.decidedAt) } : {}),
    ...(h.approver ? { approver: h.approver } : {}),
    ...(h.note ? { note: h.note } : {}),
  });
}

export interface RedisStoreOptions extends StoreOptions {
  /** An existing client (not closed by close()), or a redis:// URL to connect to. */
  readonly redis?: Redis;
  readonly url?: string;
  /** Key prefix (default 'llm-boundary:'). Must not contain '{' or '}'. */
  readonly prefix?: string;
  /** How long after logical expiry keys linger so expiry is observable (default 60 s). */
  readonly graceMs?: number;
  /** Connect and per-command timeout for a client created from `url` (default 2000 ms). */
  readonly timeoutMs?: number;
}

/** Redis-backed store shared by replicas. All state changes are single Lua scripts (atomic). */
export class RedisApprovalStore implements ApprovalStore {
  readonly #redis: Redis;
  readonly #owned: boolean;
  readonly #base: string;
  readonly #now: () => number;
  readonly #grace: number;
  readonly #lua: { request: Lua; consume: Lua; decide: Lua };

  constructor(opts: RedisStoreOptions) {
    const prefix = opts.prefix ?? 'llm-boundary:';
    if (prefix.includes('{') || prefix.includes('}')) throw new GuardError('internal', 'redis key prefix must not contain braces');
    if (opts.redis) {
      this.#redis = opts.redis;
      this.#owned = false;
    } else if (opts.url) {
      const timeout = opts.timeoutMs ?? 2000;
      this.#redis = new Redis(opts.url, {
        maxRetriesPerRequest: 2, connectTimeout: timeout, commandTimeout: timeout, disconnectTimeout: Math.min(timeout, 500),
      });
      this.#owned = true;
      // Without a listener ioredis prints every reconnect failure; log once per outage instead.
      let down = false;
      this.#redis.on('error', (err: Error) => {
        if (!down) logger.warn({ err: err.message }, 'approval store: redis unavailable');
        down = true;
      });
      this.#redis.on('ready', () => {
        down = false;
      });
    } else {
      throw new GuardError('internal', 'RedisApprovalStore needs a client or a url');
    }
    this.#base = `${prefix}{approvals}:`;
    this.#now = opts.now ?? Date.now;
    this.#grace = opts.graceMs ?? 60_000;
    const r = this.#redis;
    const bind = (script: string): Lua => (...args) => r.eval(script, 2, ...args);
    this.#lua = { request: bind(LUA_REQUEST), consume: bind(LUA_CONSUME), decide: bind(LUA_DECIDE) };
  }

  get #pending(): string {
    return `${this.#base}pending`;
  }

  async request(identity: string, tool: string, argHash: string, ttlMs: number, id?: string): Promise<ApprovalRecord> {
    checkRequest(ttlMs, id);
    const now = this.#now();
    const kkey = `${this.#base}k:${bindingKey(identity, tool, argHash)}`;
    const res = (await this.#lua.request(
      kkey, this.#pending, String(now), `${this.#base}a:`, id ?? newApprovalId(), identity, tool, argHash,
      String(now + ttlMs), String(ttlMs + this.#grace), `${this.#base}g:`,
    )) as [string, number, number, unknown];
    if (res[1] === -1) throw new GuardError('internal', 'approval id collision');
    if (res[2] === 1) approvalEvents.inc({ event: 'expired' });
    if (res[1] === 1) approvalEvents.inc({ event: 'requested' });
    const rec = parseRecord(res[3], now);
    if (!rec) throw new GuardError('internal', 'approval store returned no record');
    return rec;
  }

  async consume(identity: string, tool: string, argHash: string): Promise<ConsumeResult> {
    const now = this.#now();
    const kkey = `${this.#base}k:${bindingKey(identity, tool, argHash)}`;
    const res = (await this.#lua.consume(kkey, this.#pending, String(now), `${this.#base}a:`, `${this.#base}g:`)) as [string, unknown?];
    const status = res[0];
    if (status === 'expired') {
      approvalEvents.inc({ event: 'expired' });
      return { status: 'none' };
    }
    if (status === 'none') return { status: 'none' };
    const record = parseRecord(res[1], now);
    if (!record) return { status: 'none' };
    if (status === 'consumed') {
      approvalEvents.inc({ event: 'consumed' });
      return { status: 'consumed', record };
    }
    if (status === 'rejected') return { status: 'rejected', record };
    if (status === 'pending') return { status: 'pending', record };
    return { status: 'none' };
  }

  async get(id: string): Promise<ApprovalRecord | undefined> {
    if (!isApprovalId(id)) return undefined;
    const flat = await this.#redis.hgetall(`${this.#base}a:${id}`);
    return parseRecord(Object.entries(flat).flat(), this.#now());
  }

  async listFor(identity: string, limit = 1000): Promise<ApprovalRecord[]> {
    const now = this.#now();
    const gkey = `${this.#base}g:${createHash('sha1').update(identity, 'utf8').digest('hex')}`;
    const ids = (await this.#redis.smembers(gkey)).slice(0, 4 * limit);
    if (ids.length === 0) return [];
    const pipe = this.#redis.pipeline();
    for (const id of ids) pipe.hgetall(`${this.#base}a:${id}`);
    const rows = (await pipe.exec()) ?? [];
    const out: ApprovalRecord[] = [];
    const gone: string[] = [];
    rows.forEach(([err, flat], i) => {
      if (err) throw err;
      const rec = parseRecord(Object.entries(flat as Record<string, string>).flat(), now);
      if (!rec || rec.status === 'consumed' || rec.status === 'expired') gone.push(ids[i]);
      else if (rec.identity === identity && out.length < limit) out.push(rec);
    });
    if (gone.length > 0) await this.#redis.srem(gkey, ...gone);
    return out;
  }

  async listPending(limit = 1000): Promise<ApprovalRecord[]> {
    const now = this.#now();
    await this.#redis.zremrangebyscore(this.#pending, '-inf', String(now));
    const ids = await this.#redis.zrangebyscore(this.#pending, `(${now}`, '+inf', 'LIMIT', 0, limit);
    if (ids.length === 0) return [];
    const pipe = this.#redis.pipeline();
    for (const id of ids) pipe.hgetall(`${this.#base}a:${id}`);
    const rows = (await pipe.exec()) ?? [];
    const out: ApprovalRecord[] = [];
    for (const [err, flat] of rows) {
      if (err) throw err;
      const rec = parseRecord(Object.entries(flat as Record<string, string>).flat(), now);
      if (rec && rec.status === 'pending') out.push(rec);
    }
    return out.sort((a, b) => a.createdAt - b.createdAt);
  }

  async #decide(id: string, status: 'granted' | 'rejected', by: Approver | undefined): Promise<DecideResult> {
    if (!isApprovalId(id)) return { ok: false, error: 'not_found' };
    const now = this.#now();
    const res = (await this.#lua.decide(
      `${this.#base}a:${id}`, this.#pending, status, String(now), by?.approver ?? '', by?.note ?? '', id,
    )) as [string, unknown?];
    if (res[0] === 'ok') {
      approvalEvents.inc({ event: status });
      const record = parseRecord(res[1], now);
      if (!record) throw new GuardError('internal', 'approval store returned no record');
      return { ok: true, record };
    }
    if (res[0] === 'not_pending') {
      const record = parseRecord(res[1], now);
      return record ? { ok: false, error: 'not_pending', record } : { ok: false, error: 'not_pending' };
    }
    return { ok: false, error: res[0] === 'expired' ? 'expired' : 'not_found' };
  }

  async grant(id: string, by?: Approver): Promise<DecideResult> {
    return this.#decide(id, 'granted', by);
  }

  async reject(id: string, by?: Approver): Promise<DecideResult> {
    return this.#decide(id, 'rejected', by);
  }

  async close(): Promise<void> {
    if (!this.#owned) return;
    // quit() waits for a reconnecting client; a client that is not connected is simply dropped.
    if (this.#redis.status === 'ready') await this.#redis.quit().catch(() => this.#redis.disconnect());
    else this.#redis.disconnect();
  }
}

/** Build a store from the --state-store option: 'memory' (default) or a redis:// / rediss:// URL. */
export function createApprovalStore(
  spec: string | undefined, opts: StoreOptions & Omit<RedisStoreOptions, 'redis' | 'url'> = {},
): ApprovalStore {
  if (spec === undefined || spec === '' || spec === 'memory') return new MemoryApprovalStore(opts);
  if (spec.startsWith('redis://') || spec.startsWith('rediss://')) return new RedisApprovalStore({ ...opts, url: spec });
  throw new GuardError('internal', `unknown state store ${JSON.stringify(spec)} (use memory or redis://host:port)`);
}
