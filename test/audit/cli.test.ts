import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/commands/audit.ts';
import { createAuditSink } from '../../src/audit/writer.ts';
import { SqliteAuditStore } from '../../src/audit/sqlite.ts';
import { auditRoutes } from '../../src/audit/routes.ts';
import { readExport } from '../../src/audit/export.ts';
import { verifySource } from '../../src/audit/verify.ts';
import type { IncomingMessage } from 'node:http';
import { makeRecord, tempDir } from './helpers.ts';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: Buffer[] = [];
  const echunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  err.on('data', (c: Buffer) => echunks.push(c));
  const code = await run(argv, { out, err });
  return { code, out: Buffer.concat(chunks).toString(), err: Buffer.concat(echunks).toString() };
}

async function populated(t: { after(fn: () => void): void }, n = 30) {
  const dir = tempDir(t);
  const keyPath = join(dir, 'audit-key.pem');
  const db = join(dir, 'audit.sqlite');
  const sink = await createAuditSink(`sqlite:${db}`, { keyPath, chain: 'r1', checkpointEvery: 10 });
  for (let i = 0; i < n; i++) sink.append(makeRecord(i));
  await sink.close();
  return { dir, keyPath, store: `sqlite:${db}`, db };
}

test('pubkey prints the public key and creates the key once', async (t) => {
  const dir = tempDir(t);
  const key = join(dir, 'k', 'audit-key.pem');
  const a = await cli(['pubkey', '--key', key]);
  assert.equal(a.code, 0);
  assert.match(a.out, /^-----BEGIN PUBLIC KEY-----/);
  assert.match(a.err, /created audit key/);
  const b = await cli(['pubkey', `--key=${key}`]);
  assert.equal(b.out, a.out);
  assert.doesNotMatch(b.err, /created/);
});

test('verify: exit 0 on an intact store, 1 naming the first problem after tampering', async (t) => {
  const { dir, keyPath, store, db } = await populated(t);
  const pub = join(dir, 'pub.pem');
  writeFileSync(pub, (await cli(['pubkey', '--key', keyPath])).out);
  const ok = await cli(['verify', '--store', store, '--pubkey', pub]);
  assert.equal(ok.code, 0, ok.out + ok.err);
  assert.match(ok.out, /chain r1: OK — 30 entries/);
  assert.match(ok.out, /verification passed/);
  const s = new SqliteAuditStore(db);
  await s.init();
  s.exec('DROP TRIGGER audit_entries_no_update');
  s.exec(`UPDATE audit_entries SET record = replace(record, '"model":"gpt-4o"', '"model":"gpt-5"') WHERE seq = 12`);
  await s.close();
  const bad = await cli(['verify', '--store', store, '--pubkey', pub]);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /FIRST PROBLEM: chain r1 seq 12: altered/);
  const json = await cli(['verify', '--store', store, '--pubkey', pub, '--format', 'json']);
  assert.equal(JSON.parse(json.out).issues[0].seq, 12);
});

test('query filters by time, identity, decision, detector and tool, as JSON or a table', async (t) => {
  const { store } = await populated(t);
  const q = async (...args: string[]) => {
    const r = await cli(['query', '--store', store, '--format', 'json', ...args]);
    assert.equal(r.code, 0, r.err);
    return JSON.parse(r.out) as { seq: number; record: { decision: string; identity: string; time: string } }[];
  };
  const denies = await q('--decision', 'deny');
  assert.equal(denies.length, 10);
  assert.ok(denies.every((e) => e.record.decision === 'deny'));
  assert.deepEqual((await q('--identity', 'spiffe://cluster.local/ns/apps/sa/agent-1')).map((e) => e.seq).sort((a, b) => a - b), [2, 6, 10, 14, 18, 22, 26, 30]);
  const pii = await q('--detector', 'pii');
  assert.ok(pii.length > 0 && pii.every((e) => e.seq % 2 === 0)); // makeRecord(i) at seq i+1: odd i → pii
  assert.deepEqual((await q('--tool', 'run_sql')).map((e) => e.seq).sort((a, b) => a - b), [1, 6, 11, 16, 21, 26]);
  const window = await q('--since', '2026-01-01T00:00:05Z', '--until', '2026-01-01T00:00:08Z');
  assert.deepEqual(window.map((e) => e.seq), [8, 7, 6], 'newest first, until exclusive');
  assert.equal((await q('--limit', '3')).length, 3);
  const table = await cli(['query', '--store', store, '--decision', 'deny', '--limit', '2']);
  assert.match(table.out.split('\n')[0], /^TIME\s+CHAIN:SEQ\s+DECISION\s+IDENTITY/);
  assert.equal(table.out.trim().split('\n').length, 3);
});

test('usage errors exit 2', async (t) => {
  const { store } = await populated(t, 1);
  assert.equal((await cli([])).code, 2);
  assert.equal((await cli(['frobnicate'])).code, 2);
  assert.equal((await cli(['query', '--store', store, '--decision', 'maybe'])).code, 2);
  assert.equal((await cli(['query', '--store', store, '--bogus', '1'])).code, 2);
  assert.equal((await cli(['query', '--store', store, '--since', 'yesterday-ish'])).code, 2);
  assert.equal((await cli(['verify', '--store', 'sqlite:/nonexistent/x.sqlite'])).code, 2);
  assert.equal((await cli(['prune', '--store', store])).code, 2);
  assert.equal((await cli(['export', '--store', store, '--decision', 'deny'])).code, 2);
  assert.equal((await cli(['--help'])).code, 0);
});

test('export → verify --file offline; a tampered export line is detected; a time-range export verifies', async (t) => {
  const { dir, keyPath, store } = await populated(t);
  const pub = join(dir, 'pub.pem');
  writeFileSync(pub, (await cli(['pubkey', '--key', keyPath])).out);
  const file = join(dir, 'export.jsonl');
  const ex = await cli(['export', '--store', store, '--out', file]);
  assert.equal(ex.code, 0, ex.err);
  assert.match(ex.err, /exported 30 entries/);
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  assert.equal(JSON.parse(lines[0]).type, 'header');
  assert.ok(lines.some((l) => JSON.parse(l).type === 'key'));
  assert.equal(lines.filter((l) => JSON.parse(l).type === 'checkpoint').length, 3);
  const ok = await cli(['verify', '--file', file, '--pubkey', pub]);
  assert.equal(ok.code, 0, ok.out);

  const tampered = lines.map((l) => {
    const o = JSON.parse(l);
    if (o.type === 'entry' && o.seq === 17) o.record.decision = 'allow';
    return JSON.stringify(o);
  });
  writeFileSync(join(dir, 'bad.jsonl'), tampered.join('\n') + '\n');
  const bad = await cli(['verify', '--file', join(dir, 'bad.jsonl'), '--pubkey', pub]);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /FIRST PROBLEM: chain r1 seq 17: altered/);

  const dropped = lines.filter((l) => { const o = JSON.parse(l); return !(o.type === 'entry' && o.seq === 30); });
  writeFileSync(join(dir, 'short.jsonl'), dropped.join('\n') + '\n');
  const short = await cli(['verify', '--file', join(dir, 'short.jsonl'), '--pubkey', pub]);
  assert.equal(short.code, 1);
  assert.match(short.out, /seq 30: truncated/);

  // Claiming a partial segment in an unfiltered export does not excuse dropping the first entries.
  const headless = lines
    .map((l) => JSON.parse(l))
    .filter((o) => !(o.type === 'entry' && o.seq <= 3))
    .map((o) => JSON.stringify(o.type === 'segment' ? { ...o, full: false, fromSeq: 4, prevHash: '' } : o));
  writeFileSync(join(dir, 'headless.jsonl'), headless.join('\n') + '\n');
  const hl = await cli(['verify', '--file', join(dir, 'headless.jsonl'), '--pubkey', pub]);
  assert.equal(hl.code, 1);
  assert.match(hl.out, /FIRST PROBLEM: chain r1 seq 1: removed/);

  writeFileSync(join(dir, 'garbage.jsonl'), 'not json\n');
  assert.equal((await cli(['verify', '--file', join(dir, 'garbage.jsonl')])).code, 1);

  const part = join(dir, 'part.jsonl');
  assert.equal((await cli(['export', '--store', store, '--since', '2026-01-01T00:00:12Z', '--until', '2026-01-01T00:00:15Z', '--out', part])).code, 0);
  const entries = readFileSync(part, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((o) => o.type === 'entry');
  // seq 13..15 requested, extended to the next checkpoint (seq 20) so the range ends on a signed hash.
  assert.deepEqual([entries[0].seq, entries[entries.length - 1].seq], [13, 20]);
  const pv = await cli(['verify', '--file', part, '--pubkey', pub]);
  assert.equal(pv.code, 0, pv.out);
});

test('prune via the CLI keeps the store verifiable', async (t) => {
  const { keyPath, store } = await populated(t);
  const r = await cli(['prune', '--store', store, '--key', keyPath, '--before', '2026-01-01T00:00:10Z']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /chain r1: deleted 10 entries through seq 10; truncation marker at seq 31/);
  const v = await cli(['verify', '--store', store]);
  assert.equal(v.code, 0, v.out);
  assert.match(v.out, /pruned through seq 10/);
  const q = await cli(['query', '--store', store, '--format', 'table', '--limit', '1']);
  assert.match(q.out, /prune/);
});

test('GET /audit route: filters as query parameters, 400 on bad ones, auth required', async (t) => {
  const { db } = await populated(t);
  const store = new SqliteAuditStore(db);
  await store.init();
  t.after(() => store.close());
  const [route] = auditRoutes(store);
  assert.deepEqual([route.method, route.path, route.auth], ['GET', '/audit', true]);
  const req = {} as IncomingMessage;
  const ok = await route.handler(req, new URL('http://admin/audit?decision=deny&limit=4'), {});
  assert.equal(ok.status, 200);
  const body = JSON.parse(String(ok.body));
  assert.equal(body.count, 4);
  assert.ok(body.entries.every((e: { record: { decision: string } }) => e.record.decision === 'deny'));
  assert.equal((await route.handler(req, new URL('http://admin/audit?decision=maybe'), {})).status, 400);
  assert.equal((await route.handler(req, new URL('http://admin/audit?constructor=1'), {})).status, 400);
  assert.equal((await route.handler(req, new URL('http://admin/audit?tool=a&tool=b'), {})).status, 400);
  assert.equal((await auditRoutes(null)[0].handler(req, new URL('http://admin/audit'), {})).status, 404);

  // GET /audit/export: the JSONL export with its proofs verifies offline.
  const exp = auditRoutes(store).find((r) => r.path === '/audit/export')!;
  assert.equal(exp.auth, true);
  const res = await exp.handler(req, new URL('http://admin/audit/export'), {});
  assert.equal(res.status, 200);
  assert.equal(res.headers?.['content-type'], 'application/x-ndjson');
  const report = await verifySource(readExport(String(res.body)));
  assert.equal(report.ok, true, JSON.stringify(report.issues));
  assert.ok(report.chains.length >= 1);
});

test('an external anchor checkpoint exposes a rollback that deleted the newer checkpoints too', async (t) => {
  const { dir, keyPath, store, db } = await populated(t);
  const pub = join(dir, 'pub.pem');
  writeFileSync(pub, (await cli(['pubkey', '--key', keyPath])).out);
  const anchor = await cli(['checkpoint', '--store', store]);
  assert.equal(anchor.code, 0, anchor.err);
  assert.equal(JSON.parse(anchor.out.trim()).seq, 30);
  writeFileSync(join(dir, 'anchor.jsonl'), anchor.out);
  // The attacker drops the last 10 entries and the checkpoint that covered them.
  const s = new SqliteAuditStore(db);
  await s.init();
  s.exec('DROP TRIGGER audit_entries_no_delete; DROP TRIGGER audit_checkpoints_no_delete');
  s.exec('DELETE FROM audit_entries WHERE seq > 20; DELETE FROM audit_checkpoints WHERE seq > 20');
  await s.close();
  const fooled = await cli(['verify', '--store', store, '--pubkey', pub]);
  assert.equal(fooled.code, 0, 'without an anchor the rollback is invisible');
  const caught = await cli(['verify', '--store', store, '--pubkey', pub, '--anchor', join(dir, 'anchor.jsonl')]);
  assert.equal(caught.code, 1);
  assert.match(caught.out, /FIRST PROBLEM: chain r1 seq 21: truncated/);
});
