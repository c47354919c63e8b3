// Redis-backed placeholder vault, shared by all replicas. Keys are namespaced and carry no plaintext:
// the scope and the (type, value) lookup key are HMACs; values are encrypted with AES-256-GCM under
// a key given at construction, with the scope and placeholder as associated data so a ciphertext
// cannot be replayed under another key. Every key has a TTL (refreshed on use).
//
// Layout under `<ns>:<scope-mac>:`
//   f:<value-mac>   → placeholder            (forward: same value, same placeholder)
//   r:<placeholder> → base64(iv|tag|ct)      (reverse: restore)
//   c:<type>        → counter                (INCR, next n for <TYPE_n>)
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { GuardError } from '../core/errors.ts';
import { formatPlaceholder } from './redact.ts';
import type { PlaceholderVault } from './vault.ts';

export interface RedisVaultOptions {
  /** A connected (or lazily connecting) ioredis client; the vault does not own it unless ownsClient. */
  readonly redis: Redis;
  /** 32-byte key (encryption and key MACs are derived from it). */
  readonly key: Buffer;
  /** Key prefix (default "llmb:ph"). */
  readonly namespace?: string;
  /** Lifetime of entries in seconds (default 3600). */
  readonly ttlSeconds?: number;
  /** Close the client on close() (default false). */
  readonly ownsClient?: boolean;
}

export class RedisVault implements PlaceholderVault {
  readonly #redis: Redis;
  readonly #encKey: Buffer;
  readonly #macKey: Buffer;
  readonly #ns: string;
  readonly #ttl: number;
  readonly #owns: boolean;

  constructor(opts: RedisVaultOptions) {
    if (opts.key.length !== 32) throw new GuardError('policy_error', 'placeholder vault key must be 32 bytes');
    this.#redis = opts.redis;
    this.#encKey = createHmac('sha256', opts.key).update('llm-boundary vault enc').digest();
    this.#macKey = createHmac('sha256', opts.key).update('llm-boundary vault mac').digest();
    this.#ns = opts.namespace ?? 'llmb:ph';
    this.#ttl = opts.ttlSeconds ?? 3600;
    this.#owns = opts.ownsClient ?? false;
  }

  #mac(s: string): string {
    return createHmac('sha256', this.#macKey).update(s).digest('base64url').slice(0, 32);
  }

  #prefix(scope: string): string {
    return `${this.#ns}:${this.#mac('scope\u0000' + scope)}:`;
  }

  #encrypt(value: string, aad: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.#encKey, iv);
    c.setAAD(Buffer.from(aad));
    const ct = Buffer.concat([c.update(value, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64');
  }

  #decrypt(blob: string, aad: string): string | undefined {
    try {
      const raw = Buffer.from(blob, 'base64');
      if (raw.length < 28) return undefined;
      const d = createDecipheriv('aes-256-gcm', this.#encKey, raw.subarray(0, 12));
      d.setAAD(Buffer.from(aad));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
    } catch {
      return undefined; // tampered, wrong key or wrong slot: treat as unknown
    }
  }

  async put(scope: string, type: string, value: string): Promise<string> {
    const p = this.#prefix(scope);
    const fKey = p + 'f:' + this.#mac(`${type}\u0000${value}`);
    try {
      const known = await this.#redis.get(fKey);
      if (known !== null) {
        await this.#redis.multi().expire(fKey, this.#ttl).expire(p + 'r:' + known, this.#ttl).exec();
        return known;
      }
      const cKey = p + 'c:' + type;
      const res = await this.#redis.multi().incr(cKey).expire(cKey, this.#ttl).exec();
      if (res === null || res[0][0] !== null) throw new GuardError('internal', 'placeholder vault counter failed');
      const ph = formatPlaceholder(type, Number(res[0][1]));
      const rKey = p + 'r:' + ph;
      // Reverse entry first (its slot is unique), then claim the forward slot; a concurrent put of the
      // same value wins the claim and we return its placeholder instead.
      await this.#redis.set(rKey, this.#encrypt(value, p + ph), 'EX', this.#ttl);
      const claimed = await this.#redis.set(fKey, ph, 'EX', this.#ttl, 'NX');
      if (claimed === null) {
        await this.#redis.del(rKey);
        const other = await this.#redis.get(fKey);
        if (other === null) throw new GuardError('internal', 'placeholder vault race');
        return other;
      }
      return ph;
    } catch (err) {
      if (err instanceof GuardError) throw err;
      throw new GuardError('internal', 'placeholder vault unavailable', { cause: err });
    }
  }

  async get(scope: string, placeholder: string): Promise<string | undefined> {
    const p = this.#prefix(scope);
    let blob: string | null;
    try {
      blob = await this.#redis.get(p + 'r:' + placeholder);
    } catch (err) {
      throw new GuardError('internal', 'placeholder vault unavailable', { cause: err });
    }
    return blob === null ? undefined : this.#decrypt(blob, p + placeholder);
  }

  async close(): Promise<void> {
    if (this.#owns) await this.#redis.quit();
  }
}
