import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createAuditSink } from '../../src/audit/writer.ts';
import { SqliteAuditStore } from '../../src/audit/sqlite.ts';
import { loadOrCreateSigningKey, ChainHead, signMarker } from '../../src/audit/chain.ts';
import { canonicalJson } from '../../src/audit/canonical.ts';
import { pruneChain } from '../../src/audit/retention.ts';
import { indexColumns } from '../../src/audit/columns.ts';
import { verifySource } from '../../src/audit/verify.ts';
import type { TruncationMarker } from '../../src/audit/model.ts';
import { makeRecord, tempDir } from './helpers.ts';

async function seqs(store: SqliteAuditStore, chain: string): Promise<number[]> {
  const out: number[] = [];
  for await (const e of store.entries(chain)) out.push(e.seq);
  return out;
}

async function setup(t: { after(fn: () => void | Promise<void>): void }, n = 10) {
  const dir = tempDir(t);
  const keyPath = join(dir, 'k.pem');
  const sink = await createAuditSink(`sqlite:${join(dir, 'a.sqlite')}`, { keyPath, chain: 'c', checkpointEvery: 4 });
  for (let i = 0; i < n; i++) sink.append(makeRecord(i));
  await sink.close();
  const store = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await store.init();
  t.after(() => store.close());
  const key = loadOrCreateSigningKey(keyPath);
  return { dir, keyPath, store, key, verify: () => verifySource(store, { publicKeys: [key.publicPem] }) };
}

test('prune deletes an old prefix through a signed marker; verification still passes, repeatedly', async (t) => {
  const { store, key, verify } = await setup(t);
  // makeRecord(i) is at 2026-01-01T00:00:i; records 0..3 are seq 1..4.
  const r1 = await pruneChain(store, key, 'c', '2026-01-01T00:00:04.000Z');
  assert.deepEqual([r1.deleted, r1.throughSeq, r1.markerSeq], [4, 4, 11]);
  assert.deepEqual(await seqs(store, 'c'), [5, 6, 7, 8, 9, 10, 11]);
  const [m] = await store.markers('c');
  const marker = m.record as TruncationMarker;
  assert.deepEqual([marker.fromSeq, marker.throughSeq, marker.deleted], [1, 4, 4]);
  let rep = await verify();
  assert.equal(rep.ok, true, JSON.stringify(rep.issues));
  assert.equal(rep.chains[0].prunedThrough, 4);

  const r2 = await pruneChain(store, key, 'c', '2026-01-01T00:00:07.000Z');
  assert.deepEqual([r2.deleted, r2.throughSeq, r2.markerSeq], [3, 7, 12]);
  rep = await verify();
  assert.equal(rep.ok, true, JSON.stringify(rep.issues));

  // Nothing older: no marker.
  const r3 = await pruneChain(store, key, 'c', '2026-01-01T00:00:07.000Z');
  assert.equal(r3.markerSeq, null);

  // Everything, including earlier markers: the new marker is the only entry left.
  const r4 = await pruneChain(store, key, 'c', '2100-01-01T00:00:00.000Z');
  assert.equal(r4.throughSeq, 12);
  assert.deepEqual(await seqs(store, 'c'), [13]);
  rep = await verify();
  assert.equal(rep.ok, true, JSON.stringify(rep.issues));
});

test('a live writer keeps its chain consistent across a concurrent prune', async (t) => {
  const dir = tempDir(t);
  const keyPath = join(dir, 'k.pem');
  const spec = `sqlite:${join(dir, 'a.sqlite')}`;
  const sink = await createAuditSink(spec, { keyPath, chain: 'c', checkpointEvery: 3, retryMinMs: 5 });
  for (let i = 0; i < 5; i++) sink.append(makeRecord(i));
  await sink.flush();
  const store = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await store.init();
  t.after(() => store.close());
  const key = loadOrCreateSigningKey(keyPath);
  await pruneChain(store, key, 'c', '2026-01-01T00:00:02.000Z');
  for (let i = 5; i < 9; i++) sink.append(makeRecord(i));
  await sink.close();
  const rep = await verifySource(store, { publicKeys: [key.publicPem] });
  assert.equal(rep.ok, true, JSON.stringify(rep.issues));
  assert.deepEqual(await seqs(store, 'c'), [3, 4, 5, 6, 7, 8, 9, 10]);
});

test('deleting a prefix without a marker is detected as removal', async (t) => {
  const { store, verify } = await setup(t);
  for (const tr of ['audit_entries_no_delete']) store.exec(`DROP TRIGGER ${tr}`);
  store.exec('DELETE FROM audit_entries WHERE seq <= 3');
  const rep = await verify();
  assert.equal(rep.ok, false);
  assert.deepEqual([rep.issues[0].seq, rep.issues[0].kind], [1, 'removed']);
});

test('a truncation marker signed with another key does not excuse the deletion', async (t) => {
  const { dir, store, verify } = await setup(t);
  const attacker = loadOrCreateSigningKey(join(dir, 'attacker.pem'));
  const head = (await store.head('c'))!;
  let lastHash = '';
  for await (const e of store.entries('c', 3, 3)) lastHash = e.hash;
  const forged = signMarker(attacker, { chain: 'c', fromSeq: 1, throughSeq: 3, lastHash, deleted: 3, before: '2026-01-01T00:00:03.000Z', time: new Date().toISOString() });
  const [entry] = new ChainHead('c', head.seq, head.hash).link([{ canonical: canonicalJson(forged), columns: indexColumns(forged) }]);
  await store.prune(entry);
  const rep = await verify();
  assert.equal(rep.ok, false);
  assert.deepEqual(rep.issues.map((i) => [i.seq, i.kind]).slice(0, 2), [[1, 'removed'], [11, 'unknown_key']]);
});

test('a retention grant alone does not allow deletion: the trigger requires the marker in the chain', async (t) => {
  const { store } = await setup(t);
  store.exec("INSERT INTO audit_retention (chain, through_seq, marker_seq) VALUES ('c', 5, 99)");
  assert.throws(() => store.exec('DELETE FROM audit_entries WHERE seq <= 5'), /append-only/);
});
