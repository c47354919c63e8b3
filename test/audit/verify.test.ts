// Tamper tests: an attacker with write access to the SQLite file drops the triggers and edits rows.
// Each kind of tampering must be detected and named (first problem: chain, seq, kind).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { createAuditSink } from '../../src/audit/writer.ts';
import { SqliteAuditStore } from '../../src/audit/sqlite.ts';
import { entryHash, loadOrCreateSigningKey } from '../../src/audit/chain.ts';
import { canonicalJson } from '../../src/audit/canonical.ts';
import { verifySource } from '../../src/audit/verify.ts';
import { indexColumns } from '../../src/audit/columns.ts';
import type { VerifyReport } from '../../src/audit/verify.ts';
import { makeRecord, tempDir } from './helpers.ts';

const TRIGGERS = [
  'audit_entries_append_only', 'audit_entries_no_update', 'audit_entries_no_delete',
  'audit_checkpoints_no_update', 'audit_checkpoints_no_delete', 'audit_keys_no_update', 'audit_keys_no_delete',
];

interface Fixture {
  store: SqliteAuditStore;
  chain: string;
  pem: string;
  verify(): Promise<VerifyReport>;
}

/** 10 records, checkpoints at seq 5 and 10, triggers dropped (the attacker's first step). */
async function fixture(t: { after(fn: () => void | Promise<void>): void }, n = 10): Promise<Fixture> {
  const dir = tempDir(t);
  const keyPath = join(dir, 'k.pem');
  const sink = await createAuditSink(`sqlite:${join(dir, 'a.sqlite')}`, { keyPath, checkpointEvery: 5, chain: 'replica-a' });
  for (let i = 0; i < n; i++) sink.append(makeRecord(i));
  await sink.close();
  const store = new SqliteAuditStore(join(dir, 'a.sqlite'));
  await store.init();
  t.after(() => store.close());
  const pem = loadOrCreateSigningKey(keyPath).publicPem;
  const before = await verifySource(store, { publicKeys: [pem] });
  assert.equal(before.ok, true, 'untampered store verifies');
  for (const tr of TRIGGERS) store.exec(`DROP TRIGGER ${tr}`);
  return { store, chain: 'replica-a', pem, verify: () => verifySource(store, { publicKeys: [pem] }) };
}

function first(rep: VerifyReport) {
  assert.equal(rep.ok, false, 'tampering must be detected');
  return rep.issues[0];
}

test('altered content is named by seq', async (t) => {
  const f = await fixture(t);
  f.store.exec(`UPDATE audit_entries SET record = replace(record, '"decision":"redact"', '"decision":"allow"'), decision = 'allow' WHERE seq = 5`);
  const i = first(await f.verify());
  assert.deepEqual([i.chain, i.seq, i.kind], ['replica-a', 5, 'altered']);
});

test('a removed record is named', async (t) => {
  const f = await fixture(t);
  f.store.exec('DELETE FROM audit_entries WHERE seq = 7');
  const i = first(await f.verify());
  assert.deepEqual([i.seq, i.kind], [7, 'removed']);
});

test('removing a record and renumbering the rest is named as removal at that seq', async (t) => {
  const f = await fixture(t);
  f.store.exec('DELETE FROM audit_entries WHERE seq = 4');
  f.store.exec('UPDATE audit_entries SET seq = -(seq - 1) WHERE seq > 4');
  f.store.exec('UPDATE audit_entries SET seq = -seq WHERE seq < 0');
  const i = first(await f.verify());
  assert.deepEqual([i.seq, i.kind], [4, 'removed']);
});

test('reordered records are named', async (t) => {
  const f = await fixture(t);
  f.store.exec('UPDATE audit_entries SET seq = 1000 WHERE seq = 3');
  f.store.exec('UPDATE audit_entries SET seq = 3 WHERE seq = 4');
  f.store.exec('UPDATE audit_entries SET seq = 4 WHERE seq = 1000');
  const i = first(await f.verify());
  assert.deepEqual([i.seq, i.kind], [3, 'reordered']);
});

test('an inserted record is named, even with a correctly computed hash', async (t) => {
  const f = await fixture(t);
  const prev = f.store['open']().prepare('SELECT hash FROM audit_entries WHERE seq = 5').get() as { hash: string };
  f.store.exec('UPDATE audit_entries SET seq = -(seq + 1) WHERE seq >= 6');
  f.store.exec('UPDATE audit_entries SET seq = -seq WHERE seq < 0');
  const forged = makeRecord(55, { decision: 'allow', identity: 'someone-else' });
  const hash = entryHash(f.chain, 6, prev.hash, forged);
  const c = indexColumns(forged);
  f.store['open']()
    .prepare(`INSERT INTO audit_entries (chain, seq, prev_hash, hash, kind, time, decision, identity, decision_id, detectors, tools, record) VALUES (?, 6, ?, ?, 'record', ?, ?, ?, ?, ?, ?, ?)`)
    .run(f.chain, prev.hash, hash, c.time, c.decision, c.identity, c.decision_id, c.detectors, c.tools, canonicalJson(forged));
  const i = first(await f.verify());
  assert.deepEqual([i.seq, i.kind], [6, 'inserted']);
});

test('a truncated tail is detected against the last checkpoint', async (t) => {
  const f = await fixture(t);
  f.store.exec('DELETE FROM audit_entries WHERE seq >= 8');
  const i = first(await f.verify());
  assert.deepEqual([i.seq, i.kind], [8, 'truncated']);
  assert.match(i.message, /checkpoint at seq 10/);
});

test('a chain rewritten with recomputed hashes is caught by the signed checkpoint', async (t) => {
  const f = await fixture(t);
  // The attacker rewrites seq 3 and recomputes every hash after it, so the chain is internally consistent.
  const rows = f.store['open']().prepare('SELECT seq, prev_hash, record FROM audit_entries ORDER BY seq').all() as { seq: number; prev_hash: string; record: string }[];
  let prev = rows[1] ? (f.store['open']().prepare('SELECT hash FROM audit_entries WHERE seq = 2').get() as { hash: string }).hash : '';
  for (const r of rows.filter((x) => x.seq >= 3)) {
    const rec = JSON.parse(r.record);
    if (r.seq === 3) rec.decision = 'allow';
    const h = entryHash(f.chain, r.seq, prev, rec);
    f.store['open']().prepare('UPDATE audit_entries SET record = ?, prev_hash = ?, hash = ?, decision = ? WHERE seq = ?').run(canonicalJson(rec), prev, h, rec.decision, r.seq);
    prev = h;
  }
  const rep = await f.verify();
  const i = first(rep);
  assert.deepEqual([i.seq, i.kind], [5, 'checkpoint_mismatch']);
  assert.match(i.message, /rewritten at or before seq 5/);
});

test('a forged or edited checkpoint fails its signature', async (t) => {
  const f = await fixture(t);
  f.store.exec(`UPDATE audit_checkpoints SET body = replace(body, '"count":10', '"count":11') WHERE seq = 10`);
  const i = first(await f.verify());
  assert.deepEqual([i.seq, i.kind], [10, 'bad_signature']);
});

test('an edited index column (hiding a deny from queries) is detected', async (t) => {
  const f = await fixture(t);
  f.store.exec(`UPDATE audit_entries SET decision = 'allow' WHERE seq = 3`);
  const i = first(await f.verify());
  assert.deepEqual([i.seq, i.kind], [3, 'index_mismatch']);
});

test('checkpoints signed by an unpinned key are refused; the recorded key is only a fallback', async (t) => {
  const f = await fixture(t);
  const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const rep = await verifySource(f.store, { publicKeys: [other] });
  assert.equal(first(rep).kind, 'unknown_key');
  const unpinned = await verifySource(f.store);
  assert.equal(unpinned.ok, true);
  assert.equal(unpinned.keysPinned, false);
  assert.match(unpinned.warnings.join('\n'), /--pubkey/);
});

test('across chains: a deleted chain is detected through the other chain\'s witness', async (t) => {
  const dir = tempDir(t);
  const spec = `sqlite:${join(dir, 'shared.sqlite')}`;
  const a = await createAuditSink(spec, { keyPath: join(dir, 'a.pem'), chain: 'a', checkpointEvery: 3 });
  for (let i = 0; i < 3; i++) a.append(makeRecord(i));
  await a.flush();
  const b = await createAuditSink(spec, { keyPath: join(dir, 'b.pem'), chain: 'b', checkpointEvery: 3 });
  for (let i = 0; i < 3; i++) b.append(makeRecord(i));
  await b.close();
  await a.close();
  const store = new SqliteAuditStore(join(dir, 'shared.sqlite'));
  await store.init();
  t.after(() => store.close());
  const pems = [loadOrCreateSigningKey(join(dir, 'a.pem')).publicPem, loadOrCreateSigningKey(join(dir, 'b.pem')).publicPem];
  const ok = await verifySource(store, { publicKeys: pems });
  assert.equal(ok.ok, true, JSON.stringify(ok.issues));
  assert.deepEqual(ok.chains.map((c) => c.chain), ['a', 'b']);
  for (const tr of TRIGGERS) store.exec(`DROP TRIGGER ${tr}`);
  store.exec(`DELETE FROM audit_entries WHERE chain = 'a'; DELETE FROM audit_checkpoints WHERE chain = 'a'; DELETE FROM audit_keys WHERE chain = 'a'`);
  const rep = await verifySource(store, { publicKeys: pems });
  const i = first(rep);
  assert.deepEqual([i.chain, i.kind], ['a', 'missing_chain']);
});
