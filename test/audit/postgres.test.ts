// Against the real PostgreSQL at 127.0.0.1:5432 (database test, user postgres), one schema per run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createAuditSink } from '../../src/audit/writer.ts';
import { PostgresAuditStore } from '../../src/audit/postgres.ts';
import { loadOrCreateSigningKey } from '../../src/audit/chain.ts';
import { pruneChain } from '../../src/audit/retention.ts';
import { verifySource } from '../../src/audit/verify.ts';
import { exportAudit, readExport } from '../../src/audit/export.ts';
import { makeRecord, tempDir, waitFor } from './helpers.ts';

const URL_ = process.env.LLM_BOUNDARY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: URL_, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

test('PostgreSQL store: shared by two replicas, append-only, prunable, verifiable, tamper-evident', async (t) => {
  if (!(await reachable())) {
    t.skip('PostgreSQL not reachable at ' + URL_);
    return;
  }
  const schema = 'audit_test_' + randomBytes(6).toString('hex');
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  t.after(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  const dir = tempDir(t);
  const spec = `${URL_}?schema=${schema}`;
  const a = await createAuditSink(spec, { keyPath: join(dir, 'a.pem'), chain: 'replica-a', checkpointEvery: 5 });
  const b = await createAuditSink(spec, { keyPath: join(dir, 'b.pem'), chain: 'replica-b', checkpointEvery: 5 });
  // Interleaved writes from both replicas.
  for (let i = 0; i < 12; i++) {
    a.append(makeRecord(i));
    b.append(makeRecord(100 + i));
  }
  await a.flush();
  await b.flush();
  assert.equal(a.healthy() && b.healthy(), true);
  await a.close();
  await b.close();

  const store = new PostgresAuditStore(spec);
  await store.init();
  t.after(() => store.close());
  const pems = [loadOrCreateSigningKey(join(dir, 'a.pem')).publicPem, loadOrCreateSigningKey(join(dir, 'b.pem')).publicPem];
  let rep = await verifySource(store, { publicKeys: pems });
  assert.equal(rep.ok, true, JSON.stringify(rep.issues));
  assert.deepEqual(rep.chains.map((c) => [c.chain, c.entries, c.lastCheckpointSeq]), [['replica-a', 12, 12], ['replica-b', 12, 12]]);

  // Queries work the same as on SQLite.
  const denies = await store.query({ decision: 'deny', chain: 'replica-a' });
  assert.deepEqual(denies.map((e) => e.seq), [12, 9, 6, 3]);
  assert.equal((await store.query({ tool: 'run_sql' })).length, 6);

  // Triggers: no UPDATE, DELETE or TRUNCATE outside the retention path.
  await assert.rejects(store.exec("UPDATE audit_entries SET decision = 'allow'"), /immutable/);
  await assert.rejects(store.exec('DELETE FROM audit_entries WHERE seq = 2'), /append-only/);
  await assert.rejects(store.exec('TRUNCATE audit_entries'), /append-only/);
  await assert.rejects(store.exec('DELETE FROM audit_checkpoints'), /append-only/);

  // Retention through a signed marker.
  const r = await pruneChain(store, loadOrCreateSigningKey(join(dir, 'a.pem')), 'replica-a', '2026-01-01T00:00:04Z');
  assert.deepEqual([r.deleted, r.throughSeq, r.markerSeq], [4, 4, 13]);
  rep = await verifySource(store, { publicKeys: pems });
  assert.equal(rep.ok, true, JSON.stringify(rep.issues));

  // Offline export round trip.
  const lines: string[] = [];
  await exportAudit(store, {}, (l) => { lines.push(l); });
  const offline = await verifySource(readExport(lines.join('\n')), { publicKeys: pems });
  assert.equal(offline.ok, true, JSON.stringify(offline.issues));

  // An attacker with superuser rights disables the triggers and edits a record.
  await store.exec('ALTER TABLE audit_entries DISABLE TRIGGER USER');
  await store.exec(`UPDATE audit_entries SET record = replace(record, '"tenant":"acme"', '"tenant":"other"') WHERE chain = 'replica-b' AND seq = 7`);
  await store.exec(`DELETE FROM audit_entries WHERE chain = 'replica-a' AND seq = 10`);
  rep = await verifySource(store, { publicKeys: pems });
  assert.equal(rep.ok, false);
  const named = rep.issues.map((i) => [i.chain, i.seq, i.kind]);
  assert.deepEqual(named.find((x) => x[0] === 'replica-a'), ['replica-a', 10, 'removed']);
  assert.deepEqual(named.find((x) => x[0] === 'replica-b'), ['replica-b', 7, 'altered']);
});

test('PostgreSQL unreachable: the writer is unhealthy, keeps records, and reports the store down', async (t) => {
  const dir = tempDir(t);
  const sink = await createAuditSink('postgres://postgres@127.0.0.1:1/test', { keyPath: join(dir, 'k.pem'), retryMinMs: 5, retryMaxMs: 20 });
  assert.equal(sink.append(makeRecord(1)), true);
  // Give the writer its first connection attempt (refused immediately on port 1).
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(sink.healthy(), false);
  assert.equal(sink.backlog(), 1);
  await sink.close({ timeoutMs: 50 });
});

/** A TCP proxy to PostgreSQL that the test can cut and restore, to simulate an outage. */
async function pgProxy(): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const net = await import('node:net');
  const target = new URL(URL_);
  const sockets = new Set<import('node:net').Socket>();
  const make = () =>
    net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream).pipe(client);
    });
  let server = make();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as import('node:net').AddressInfo).port;
  const cut = async () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return {
    port,
    cut,
    async restore() {
      server = make();
      await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    },
    async close() {
      await cut().catch(() => undefined);
    },
  };
}

test('PostgreSQL outage and return: records accepted during the outage are all stored, in order', async (t) => {
  if (!(await reachable())) {
    t.skip('PostgreSQL not reachable at ' + URL_);
    return;
  }
  const schema = 'audit_test_' + randomBytes(6).toString('hex');
  const admin = new pg.Client({ connectionString: URL_ });
  await admin.connect();
  t.after(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  const proxy = await pgProxy();
  const dir = tempDir(t);
  const target = new URL(URL_);
  target.host = `127.0.0.1:${proxy.port}`;
  target.searchParams.set('schema', schema);
  const sink = await createAuditSink(target.toString(), { keyPath: join(dir, 'k.pem'), chain: 'px', retryMinMs: 5, retryMaxMs: 50, checkpointEvery: 4 });
  for (let i = 0; i < 5; i++) sink.append(makeRecord(i));
  await sink.flush();
  assert.equal(sink.healthy(), true);
  await proxy.cut();
  for (let i = 5; i < 15; i++) assert.equal(sink.append(makeRecord(i)), true);
  await waitFor(() => !sink.healthy(), 'outage noticed');
  assert.equal(sink.backlog(), 10);
  await proxy.restore();
  await sink.flush();
  assert.equal(sink.backlog(), 0);
  assert.equal(sink.healthy(), true);
  await sink.close();
  await proxy.close();

  const store = new PostgresAuditStore(`${URL_}?schema=${schema}`);
  await store.init();
  t.after(() => store.close());
  const ids: string[] = [];
  for await (const e of store.entries('px')) ids.push((e.record as { decisionId: string }).decisionId);
  assert.deepEqual(ids, Array.from({ length: 15 }, (_, i) => `d-${i}`));
  const rep = await verifySource(store, { publicKeys: [loadOrCreateSigningKey(join(dir, 'k.pem')).publicPem] });
  assert.equal(rep.ok, true, JSON.stringify(rep.issues));
});
