// Runs against the real Redis at 127.0.0.1:6379; skipped (with the reason) only when it is unreachable.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisVault, redactTextWithVault, restorePlaceholders } from '../../src/redaction/index.ts';

const redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: () => null });
let skip: string | false = false;
try {
  await redis.connect();
  await redis.ping();
} catch (err) {
  skip = `Redis at 127.0.0.1:6379 unreachable: ${(err as Error).message}`;
}
const ns = `llmb-test:${randomBytes(6).toString('hex')}`;
after(async () => {
  if (!skip) {
    const keys = await redis.keys(`${ns}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  } else {
    redis.disconnect();
  }
});

test('redis vault: placeholders round-trip, stay stable, carry TTLs and store no plaintext', { skip }, async () => {
  const key = randomBytes(32);
  const vault = new RedisVault({ redis, key, namespace: ns, ttlSeconds: 60 });
  const t = 'card holder ann@example.com, backup bob@example.com, again ann@example.com';
  const spans = [...t.matchAll(/[a-z]+@example\.com/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'EMAIL', style: { kind: 'placeholder' } as const }));
  const red = await redactTextWithVault(t, spans, { vault, scope: 'conversation-42' });
  assert.equal(red, 'card holder <EMAIL_1>, backup <EMAIL_2>, again <EMAIL_1>');
  assert.equal(await restorePlaceholders('ok <EMAIL_2> / <EMAIL_1>', 'conversation-42', vault), 'ok bob@example.com / ann@example.com');
  assert.equal(await restorePlaceholders('<EMAIL_1>', 'conversation-43', vault), '<EMAIL_1>');
  // Another replica (same key and namespace) sees the same mapping.
  const replica = new RedisVault({ redis, key, namespace: ns, ttlSeconds: 60 });
  assert.equal(await replica.put('conversation-42', 'EMAIL', 'bob@example.com'), '<EMAIL_2>');
  // Nothing in Redis holds the plaintext value or scope, and every key has a TTL.
  const keys = await redis.keys(`${ns}:*`);
  assert.ok(keys.length >= 5);
  for (const k of keys) {
    assert.ok(!k.includes('conversation-42') && !k.includes('example.com'));
    const v = await redis.get(k);
    assert.ok(v === null || !v.includes('example.com'));
    const ttl = await redis.ttl(k);
    assert.ok(ttl > 0 && ttl <= 60, `ttl of ${k}`);
  }
  // A different key cannot decrypt; a tampered value reads as unknown.
  const other = new RedisVault({ redis, key: randomBytes(32), namespace: ns });
  assert.equal(await other.get('conversation-42', '<EMAIL_1>'), undefined);
  const rev = keys.find((k) => k.endsWith(':r:<EMAIL_1>'));
  assert.ok(rev);
  const blob = Buffer.from((await redis.get(rev))!, 'base64');
  blob[blob.length - 1] ^= 1;
  await redis.set(rev, blob.toString('base64'), 'EX', 60);
  assert.equal(await vault.get('conversation-42', '<EMAIL_1>'), undefined);
  assert.throws(() => new RedisVault({ redis, key: Buffer.alloc(16) }), /32 bytes/u);
});

test('redis vault: concurrent puts of one value agree on one placeholder', { skip }, async () => {
  const vault = new RedisVault({ redis, key: randomBytes(32), namespace: ns, ttlSeconds: 30 });
  const got = await Promise.all(Array.from({ length: 8 }, () => vault.put('race', 'PHONE', '+1 212 555 0147')));
  assert.equal(new Set(got).size, 1);
  assert.equal(await vault.get('race', got[0]), '+1 212 555 0147');
});
