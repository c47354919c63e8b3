import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AuditWriter, createAuditSink, NoneAuditSink } from '../../src/audit/writer.ts';
import { SqliteAuditStore } from '../../src/audit/sqlite.ts';
import { loadOrCreateSigningKey, resolveChainId, checkpointSignatureValid } from '../../src/audit/chain.ts';
import type { AuditStore, Checkpoint, PendingEntry } from '../../src/audit/model.ts';
import { verifySource } from '../../src/audit/verify.ts';
import { registry } from '../../src/observability/metrics.ts';
import { makeRecord, tempDir, waitFor } from './helpers.ts';

async function metric(name: string, labels: Record<string, string> = {}): Promise<number> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name);
  const v = m?.values.find((x) => Object.entries(labels).every(([k, val]) => x.labels[k] === val));
  return Number(v?.value ?? 0);
}

async function all(store: AuditStore, chain: string) {
  const out = [];
  for await (const e of store.entries(chain)) out.push(e);
  return out;
}

/** A store that can be switched down: every operation throws while down. */
class FlakyStore extends SqliteAuditStore {
  down = false;
  appendCalls = 0;
  failAfterCommit = false;
  override async init() {
    if (this.down) throw new Error('store down');
    return super.init();
  }
  override async head(chain: string) {
    if (this.down) throw new Error('store down');
    return super.head(chain);
  }
  override async append(entries: readonly PendingEntry[], cps: readonly Checkpoint[]) {
    this.appendCalls++;
    if (this.down) throw new Error('store down');
    await super.append(entries, cps);
    if (this.failAfterCommit) {
      this.failAfterCommit = false;
      throw new Error('connection lost after commit');
    }
  }
}

test('records are persisted in order with dense seqs, a checkpoint every N, and a final checkpoint on close', async (t) => {
  const dir = tempDir(t);
  const sink = await createAuditSink(`sqlite:${join(dir, 'db', 'audit.sqlite')}`, { keyPath: join(dir, 'keys', 'audit-key.pem'), checkpointEvery: 100 });
  for (let i = 0; i < 250; i++) assert.equal(sink.append(makeRecord(i)), true);
  await sink.flush();
  assert.equal(sink.backlog(), 0);
  assert.equal(sink.healthy(), true);
  await sink.close();
  assert.equal(sink.append(makeRecord(999)), false, 'closed sink refuses');

  const store = new SqliteAuditStore(join(dir, 'db', 'audit.sqlite'));
  await store.init();
  const chain = sink.chain!;
  const entries = await all(store, chain);
  assert.deepEqual(entries.map((e) => e.seq), Array.from({ length: 250 }, (_, i) => i + 1));
  assert.deepEqual(entries.map((e) => (e.record as { decisionId: string }).decisionId), Array.from({ length: 250 }, (_, i) => `d-${i}`));
  for (let i = 1; i < entries.length; i++) assert.equal(entries[i].prev_hash, entries[i - 1].hash);
  const cps = await store.checkpoints(chain);
  assert.deepEqual(cps.map((c) => c.seq), [100, 200, 250]);
  const key = loadOrCreateSigningKey(join(dir, 'keys', 'audit-key.pem'));
  for (const cp of cps) assert.ok(checkpointSignatureValid(cp, key.publicKey));
  assert.equal(cps[2].hash, entries[249].hash);
  const rep = await verifySource(store, { publicKeys: [key.publicPem] });
  assert.equal(rep.ok, true, JSON.stringify(rep.issues));
  await store.close();
});

test('the key file is created 0600 and reused; the chain id is persisted next to it', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'k', 'audit-key.pem');
  const k1 = loadOrCreateSigningKey(path);
  assert.equal(statSync(path).mode & 0o777, 0o600);
  const k2 = loadOrCreateSigningKey(path);
  assert.equal(k1.keyId, k2.keyId);
  const c1 = resolveChainId(path);
  assert.equal(resolveChainId(path), c1);
  assert.equal(readFileSync(path + '.chain', 'utf8').trim(), c1);
  assert.equal(resolveChainId(path, 'replica-7'), 'replica-7');
  assert.throws(() => resolveChainId(path, 'bad chain/id'), /chain id/);
});

test('a restarted writer continues the same chain', async (t) => {
  const dir = tempDir(t);
  const spec = `sqlite:${join(dir, 'a.sqlite')}`;
  const keyPath = join(dir, 'k.pem');
  const s1 = await createAuditSink(spec, { keyPath });
  for (let i = 0; i < 10; i++) s1.append(makeRecord(i));
  await s1.close();
  const s2 = await createAuditSink(spec, { keyPath });
  for (let i = 10; i < 20; i++) s2.append(makeRecord(i));
  await s2.close();
  assert.equal(s1.chain, s2.chain);
  const store = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await store.init();
  assert.deepEqual((await all(store, s1.chain!)).map((e) => e.seq), Array.from({ length: 20 }, (_, i) => i + 1));
  assert.equal((await verifySource(store)).ok, true);
  await store.close();
});

test('while the store is down nothing accepted is lost; the queue bound rejects; recovery drains everything', async (t) => {
  const dir = tempDir(t);
  const store = new FlakyStore(join(dir, 'a.sqlite'));
  store.down = true;
  const key = loadOrCreateSigningKey(join(dir, 'k.pem'));
  const w = new AuditWriter(store, key, 'c1', { queueCapacity: 50, retryMinMs: 5, retryMaxMs: 20, flushDelayMs: 1 });
  const rejectedBefore = await metric('llm_boundary_audit_records_total', { outcome: 'rejected' });
  for (let i = 0; i < 50; i++) assert.equal(w.append(makeRecord(i)), true);
  assert.equal(w.append(makeRecord(50)), false, 'queue full: rejected');
  assert.equal(w.healthy(), false);
  assert.equal(await metric('llm_boundary_audit_records_total', { outcome: 'rejected' }), rejectedBefore + 1);
  assert.equal(await metric('llm_boundary_audit_queue_depth'), 50);
  // Let several retries fail.
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(w.backlog(), 50);
  assert.equal(await metric('llm_boundary_audit_store_up'), 0);
  store.down = false;
  await w.flush();
  assert.equal(w.backlog(), 0);
  assert.equal(w.healthy(), true);
  assert.equal(await metric('llm_boundary_audit_store_up'), 1);
  assert.equal(w.append(makeRecord(51)), true);
  await w.flush();
  const entries = await all(store, 'c1');
  assert.deepEqual(entries.map((e) => (e.record as { decisionId: string }).decisionId), [...Array.from({ length: 50 }, (_, i) => `d-${i}`), 'd-51']);
  await w.close();
});

test('a batch whose commit succeeded but reported an error is not written twice', async (t) => {
  const dir = tempDir(t);
  const store = new FlakyStore(join(dir, 'a.sqlite'));
  const key = loadOrCreateSigningKey(join(dir, 'k.pem'));
  const w = new AuditWriter(store, key, 'c1', { retryMinMs: 5, flushDelayMs: 1 });
  await w.flush();
  store.failAfterCommit = true;
  for (let i = 0; i < 5; i++) w.append(makeRecord(i));
  await w.flush();
  for (let i = 5; i < 8; i++) w.append(makeRecord(i));
  await w.close();
  const s2 = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await s2.init();
  const ids = (await all(s2, 'c1')).map((e) => (e.record as { decisionId: string }).decisionId);
  assert.deepEqual(ids, Array.from({ length: 8 }, (_, i) => `d-${i}`));
  assert.equal((await verifySource(s2)).ok, true);
  await s2.close();
});

test('append snapshots the record: later mutation of the object does not change the stored record', async (t) => {
  const dir = tempDir(t);
  const sink = await createAuditSink(`sqlite:${join(dir, 'a.sqlite')}`, { keyPath: join(dir, 'k.pem') });
  const rec = makeRecord(1) as { decision: string };
  sink.append(rec as never);
  rec.decision = 'allow-mutated';
  await sink.close();
  const store = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await store.init();
  const [e] = await all(store, sink.chain!);
  assert.equal((e.record as { decision: string }).decision, 'redact');
  await store.close();
});

test('records that cannot be serialised are refused, not queued', async (t) => {
  const dir = tempDir(t);
  const sink = await createAuditSink(`sqlite:${join(dir, 'a.sqlite')}`, { keyPath: join(dir, 'k.pem') });
  assert.equal(sink.append({ ...makeRecord(1), extra: 10n } as never), false);
  assert.equal(sink.backlog(), 0);
  await sink.close();
});

test('store triggers refuse UPDATE and DELETE of entries and checkpoints, and out-of-place inserts', async (t) => {
  const dir = tempDir(t);
  const sink = await createAuditSink(`sqlite:${join(dir, 'a.sqlite')}`, { keyPath: join(dir, 'k.pem'), checkpointEvery: 2 });
  for (let i = 0; i < 4; i++) sink.append(makeRecord(i));
  await sink.close();
  const store = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await store.init();
  assert.throws(() => store.exec("UPDATE audit_entries SET decision = 'allow'"), /immutable/);
  assert.throws(() => store.exec('DELETE FROM audit_entries WHERE seq = 2'), /append-only/);
  assert.throws(() => store.exec('DELETE FROM audit_checkpoints'), /cannot be deleted/);
  assert.throws(() => store.exec('UPDATE audit_checkpoints SET body = body'), /immutable/);
  assert.throws(() => store.exec('DELETE FROM audit_keys'), /cannot be deleted/);
  assert.throws(
    () => store.exec(`INSERT INTO audit_entries (chain, seq, prev_hash, hash, kind, time, detectors, tools, record) VALUES ('${sink.chain}', 9, 'x', 'y', 'record', 't', ',', ',', '{}')`),
    /appended at the chain head/,
  );
  assert.equal((await verifySource(store)).ok, true);
  await store.close();
});

test('store unreachable at start: the writer starts unhealthy and the process keeps running', async (t) => {
  const dir = tempDir(t);
  const store = new FlakyStore(join(dir, 'a.sqlite'));
  store.down = true;
  const w = new AuditWriter(store, loadOrCreateSigningKey(join(dir, 'k.pem')), 'c1', { retryMinMs: 5, retryMaxMs: 10 });
  await waitFor(() => store.appendCalls === 0 && !w.healthy(), 'first failed connect');
  assert.equal(w.healthy(), false);
  store.down = false;
  await waitFor(() => w.healthy(), 'recovery');
  assert.equal(w.healthy(), true);
  await w.close();
});

test('close with a timeout gives up on an unreachable store and reports the loss', async (t) => {
  const dir = tempDir(t);
  const store = new FlakyStore(join(dir, 'a.sqlite'));
  store.down = true;
  const w = new AuditWriter(store, loadOrCreateSigningKey(join(dir, 'k.pem')), 'c1', { retryMinMs: 5, retryMaxMs: 10 });
  w.append(makeRecord(1));
  const dropped = await metric('llm_boundary_audit_records_total', { outcome: 'dropped' });
  await w.close({ timeoutMs: 40 });
  assert.equal(await metric('llm_boundary_audit_records_total', { outcome: 'dropped' }), dropped + 1);
});

test('createAuditSink: none discards, unknown specs fail clearly, default sqlite creates its directory', async (t) => {
  const none = await createAuditSink('none');
  assert.ok(none instanceof NoneAuditSink);
  assert.equal(none.append(makeRecord(1)), true);
  assert.equal(none.healthy(), true);
  await assert.rejects(createAuditSink('mysql://x'), /unknown audit store spec/);
  await assert.rejects(createAuditSink('sqlite:'), /needs a path/);
  const dir = tempDir(t);
  const sink = await createAuditSink(`sqlite:${join(dir, 'nested', 'deeper', 'audit.sqlite')}`, { keyPath: join(dir, 'k.pem') });
  await sink.flush();
  sink.append(makeRecord(1));
  await sink.close();
  assert.ok(existsSync(join(dir, 'nested', 'deeper', 'audit.sqlite')));
  assert.equal(statSync(join(dir, 'nested', 'deeper', 'audit.sqlite')).mode & 0o777, 0o600);
});

test('a checkpoint is also written when the interval passes with unsigned records', async (t) => {
  const dir = tempDir(t);
  const store = new FlakyStore(join(dir, 'a.sqlite'));
  const w = new AuditWriter(store, loadOrCreateSigningKey(join(dir, 'k.pem')), 'c1', { checkpointEvery: 1000, checkpointIntervalMs: 20, flushDelayMs: 1 });
  for (let i = 0; i < 3; i++) w.append(makeRecord(i));
  await w.flush();
  let cps: Checkpoint[] = [];
  for (let i = 0; i < 400 && cps.length === 0; i++) {
    await new Promise((r) => setTimeout(r, 5));
    cps = await store.checkpoints('c1');
  }
  assert.deepEqual(cps.map((c) => [c.seq, c.count]), [[3, 3]]);
  await w.close();
});

test('the SQLite worker thread is restarted if it dies; no accepted record is lost', async (t) => {
  const dir = tempDir(t);
  const sink = await createAuditSink(`sqlite:${join(dir, 'a.sqlite')}`, { keyPath: join(dir, 'k.pem'), chain: 'w', retryMinMs: 5 });
  for (let i = 0; i < 5; i++) sink.append(makeRecord(i));
  await sink.flush();
  const worker = (sink.store as unknown as { worker: import('node:worker_threads').Worker | null }).worker;
  assert.ok(worker, 'the store runs in a worker thread');
  await worker.terminate();
  for (let i = 5; i < 10; i++) sink.append(makeRecord(i));
  await sink.close();
  const store = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await store.init();
  assert.deepEqual((await all(store, 'w')).map((e) => (e.record as { decisionId: string }).decisionId), Array.from({ length: 10 }, (_, i) => `d-${i}`));
  assert.equal((await verifySource(store)).ok, true);
  await store.close();
});

test('an idle writer notices the store going away and coming back (readiness)', async (t) => {
  const dir = tempDir(t);
  const store = new FlakyStore(join(dir, 'a.sqlite'));
  const w = new AuditWriter(store, loadOrCreateSigningKey(join(dir, 'k.pem')), 'c1', { probeIntervalMs: 10, retryMinMs: 5, retryMaxMs: 10 });
  await waitFor(() => w.healthy(), 'connected');
  store.down = true;
  await waitFor(() => !w.healthy(), 'outage noticed while idle');
  store.down = false;
  await waitFor(() => w.healthy(), 'recovery noticed while idle');
  await w.close();
});

test('a record that cannot be canonicalised is kept as a placeholder, not dropped and not blocking', async (t) => {
  const dir = tempDir(t);
  const store = new SqliteAuditStore(join(dir, 'a.sqlite'));
  const w = new AuditWriter(store, loadOrCreateSigningKey(join(dir, 'k.pem')), 'c1', { flushDelayMs: 1 });
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 80; i++) {
    deep.x = {};
    deep = deep.x as Record<string, unknown>;
  }
  assert.equal(w.append(makeRecord(0)), true);
  assert.equal(w.append({ ...makeRecord(1), extra: root } as never), true);
  assert.equal(w.append(makeRecord(2)), true);
  await w.close();
  const s2 = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await s2.init();
  const entries = await all(s2, 'c1');
  assert.deepEqual(entries.map((e) => (e.record as { type?: string }).type ?? 'record'), ['record', 'audit.unserialisable', 'record']);
  assert.equal((await verifySource(s2)).ok, true);
  await s2.close();
});
