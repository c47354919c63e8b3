// SQLite audit store (node:sqlite, synchronous DatabaseSync behind the async AuditStore interface).
// WAL journal, synchronous=FULL (a committed batch survives power loss). Triggers make the tables
// append-only: UPDATE is always refused; DELETE on entries only for seqs covered by a retention grant
// row that names a truncation marker already in the chain (the `audit prune` path); inserts must
// extend the chain head (seq = head + 1 and prev_hash = head hash).
import { DatabaseSync } from 'node:sqlite';
import type { StatementSync } from 'node:sqlite';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { GuardError } from '../core/errors.ts';
import { canonicalJson } from './canonical.ts';
import { compareColumns, DEFAULT_QUERY_LIMIT } from './columns.ts';
import type { AuditQuery, AuditStore, ChainEntry, ChainKey, Checkpoint, EntryPayload, PendingEntry, QueuedRecord, StoredEntry, TruncationMarker } from './model.ts';
import { isTruncationMarker, linkRecords } from './chain.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_keys (
  key_id TEXT NOT NULL, chain TEXT NOT NULL, public_key TEXT NOT NULL, created TEXT NOT NULL,
  PRIMARY KEY (chain, key_id));
CREATE TABLE IF NOT EXISTS audit_entries (
  chain TEXT NOT NULL, seq INTEGER NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
  kind TEXT NOT NULL, time TEXT NOT NULL, decision TEXT, identity TEXT, decision_id TEXT,
  detectors TEXT NOT NULL, tools TEXT NOT NULL, record TEXT NOT NULL,
  PRIMARY KEY (chain, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS audit_entries_time ON audit_entries (time);
CREATE TABLE IF NOT EXISTS audit_checkpoints (
  chain TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (chain, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_retention (
  chain TEXT NOT NULL, through_seq INTEGER NOT NULL, marker_seq INTEGER NOT NULL,
  PRIMARY KEY (chain, marker_seq)) WITHOUT ROWID;

CREATE TRIGGER IF NOT EXISTS audit_entries_append_only BEFORE INSERT ON audit_entries
WHEN NEW.seq <> COALESCE((SELECT max(seq) FROM audit_entries WHERE chain = NEW.chain), 0) + 1
  OR NEW.prev_hash <> COALESCE((SELECT hash FROM audit_entries WHERE chain = NEW.chain AND seq = NEW.seq - 1),
                               CASE WHEN NEW.seq = 1 THEN '${'0'.repeat(64)}' ELSE NEW.prev_hash END)
BEGIN SELECT RAISE(ABORT, 'audit entries can only be appended at the chain head'); END;
CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit entries are immutable'); END;
CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON audit_entries
WHEN NOT EXISTS (SELECT 1 FROM audit_retention r WHERE r.chain = OLD.chain AND r.through_seq >= OLD.seq
  AND EXISTS (SELECT 1 FROM audit_entries m WHERE m.chain = r.chain AND m.seq = r.marker_seq AND m.kind = 'truncation'))
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only; only audit prune may delete them'); END;
CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are immutable'); END;
CREATE TRIGGER IF NOT EXISTS audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS audit_retention_no_update BEFORE UPDATE ON audit_retention
BEGIN SELECT RAISE(ABORT, 'audit retention grants are immutable'); END;
CREATE TRIGGER IF NOT EXISTS audit_retention_no_delete BEFORE DELETE ON audit_retention
BEGIN SELECT RAISE(ABORT, 'audit retention grants cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS audit_keys_no_update BEFORE UPDATE ON audit_keys
BEGIN SELECT RAISE(ABORT, 'audit keys are immutable'); END;
CREATE TRIGGER IF NOT EXISTS audit_keys_no_delete BEFORE DELETE ON audit_keys
BEGIN SELECT RAISE(ABORT, 'audit keys cannot be deleted'); END;
`;

const ENTRY_COLS = 'chain, seq, prev_hash, hash, kind, time, decision, identity, decision_id, detectors, tools, record';
const PAGE = 1000;

export interface EntryRow {
  chain: string;
  seq: number;
  prev_hash: string;
  hash: string;
  kind: string;
  time: string;
  decision: string | null;
  identity: string | null;
  decision_id: string | null;
  detectors: string;
  tools: string;
  record: string;
}

/** Turn a stored row into an entry; a record that is not JSON becomes an `{unparseable}` payload the verifier flags. */
export function rowToEntry(row: EntryRow): StoredEntry {
  let record: EntryPayload;
  try {
    record = JSON.parse(row.record) as EntryPayload;
  } catch {
    return { chain: row.chain, seq: Number(row.seq), prev_hash: row.prev_hash, hash: row.hash, record: { unparseable: true } as unknown as EntryPayload, indexMismatch: 'record is not valid JSON' };
  }
  const indexMismatch = record !== null && typeof record === 'object' ? compareColumns(row as unknown as Record<string, unknown>, record) : 'record is not an object';
  const e: StoredEntry = { chain: row.chain, seq: Number(row.seq), prev_hash: row.prev_hash, hash: row.hash, record };
  return indexMismatch === undefined ? e : { ...e, indexMismatch };
}

/** Path part of a `sqlite:PATH` spec. */
export function sqlitePath(spec: string): string {
  const p = spec.slice('sqlite:'.length);
  if (p.length === 0) throw new GuardError('internal', 'audit store spec sqlite: needs a path (sqlite:data/audit.sqlite)');
  return p;
}

/** SQLite-backed AuditStore. Lifetime: one per process (or per CLI command); close() releases the file. */
export class SqliteAuditStore implements AuditStore {
  readonly kind = 'sqlite' as const;
  readonly path: string;
  private db: DatabaseSync | null = null;
  private readonly stmts = new Map<string, StatementSync>();

  constructor(path: string) {
    this.path = path;
  }

  private open(): DatabaseSync {
    if (this.db) return this.db;
    if (this.path !== ':memory:') {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      // Records name identities (and content, per capture mode): create the file owner-only. SQLite
      // gives its -wal and -shm files the same permissions.
      closeSync(openSync(this.path, 'a', 0o600));
    }
    const db = new DatabaseSync(this.path);
    try {
      db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    } catch (err) {
      db.close();
      throw err;
    }
    this.db = db;
    return db;
  }

  private stmt(sql: string): StatementSync {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.open().prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  async init(): Promise<void> {
    this.open().exec(SCHEMA);
  }

  async registerKey(key: ChainKey): Promise<void> {
    this.stmt('INSERT OR IGNORE INTO audit_keys (key_id, chain, public_key, created) VALUES (?, ?, ?, ?)').run(key.keyId, key.chain, key.publicKey, key.created);
  }

  async keys(): Promise<ChainKey[]> {
    const rows = this.stmt('SELECT key_id, chain, public_key, created FROM audit_keys ORDER BY chain, created').all() as unknown as { key_id: string; chain: string; public_key: string; created: string }[];
    return rows.map((r) => ({ keyId: r.key_id, chain: r.chain, publicKey: r.public_key, created: r.created }));
  }

  async head(chain: string): Promise<{ seq: number; hash: string } | null> {
    const row = this.stmt('SELECT seq, hash FROM audit_entries WHERE chain = ? ORDER BY seq DESC LIMIT 1').get(chain) as { seq: number; hash: string } | undefined;
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  private insertEntries(entries: readonly PendingEntry[]): void {
    const ins = this.stmt(`INSERT INTO audit_entries (${ENTRY_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const e of entries) {
      const c = e.columns;
      ins.run(e.chain, e.seq, e.prev_hash, e.hash, c.kind, c.time, c.decision, c.identity, c.decision_id, c.detectors, c.tools, e.canonical);
    }
  }

  private insertCheckpoints(cps: readonly Checkpoint[]): void {
    const ins = this.stmt('INSERT INTO audit_checkpoints (chain, seq, body) VALUES (?, ?, ?)');
    for (const cp of cps) ins.run(cp.chain, cp.seq, canonicalJson(cp));
  }

  private tx(fn: () => void): void {
    const db = this.open();
    db.exec('BEGIN IMMEDIATE');
    try {
      fn();
      db.exec('COMMIT');
    } catch (err) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // the transaction may already be rolled back by SQLite; the original error matters
      }
      throw err;
    }
  }

  async append(entries: readonly PendingEntry[], checkpoints: readonly Checkpoint[]): Promise<void> {
    this.tx(() => {
      this.insertEntries(entries);
      this.insertCheckpoints(checkpoints);
    });
  }

  async appendRecords(chain: string, head: { seq: number; hash: string }, records: readonly QueuedRecord[]): Promise<{ seq: number; hash: string }> {
    const entries = linkRecords(chain, head, records);
    await this.append(entries, []);
    const last = entries[entries.length - 1];
    return last ? { seq: last.seq, hash: last.hash } : head;
  }

  async chains(): Promise<string[]> {
    const rows = this.stmt('SELECT DISTINCT chain FROM audit_entries UNION SELECT DISTINCT chain FROM audit_checkpoints UNION SELECT DISTINCT chain FROM audit_keys ORDER BY 1').all() as unknown as { chain: string }[];
    return rows.map((r) => r.chain);
  }

  async *entries(chain: string, fromSeq = 1, toSeq = Number.MAX_SAFE_INTEGER): AsyncIterable<StoredEntry> {
    const page = this.stmt(`SELECT ${ENTRY_COLS} FROM audit_entries WHERE chain = ? AND seq >= ? AND seq <= ? ORDER BY seq LIMIT ${PAGE}`);
    let from = fromSeq;
    for (;;) {
      const rows = page.all(chain, from, toSeq) as unknown as EntryRow[];
      for (const r of rows) yield rowToEntry(r);
      if (rows.length < PAGE) return;
      from = Number(rows[rows.length - 1].seq) + 1;
    }
  }

  async checkpoints(chain?: string): Promise<Checkpoint[]> {
    const rows = (chain === undefined
      ? this.stmt('SELECT chain, seq, body FROM audit_checkpoints ORDER BY chain, seq').all()
      : this.stmt('SELECT chain, seq, body FROM audit_checkpoints WHERE chain = ? ORDER BY seq').all(chain)) as unknown as { chain: string; seq: number; body: string }[];
    return rows.map(parseCheckpointRow);
  }

  async latestCheckpoints(): Promise<Checkpoint[]> {
    const rows = this.stmt('SELECT c.chain, c.seq, c.body FROM audit_checkpoints c WHERE c.seq = (SELECT max(seq) FROM audit_checkpoints d WHERE d.chain = c.chain) ORDER BY c.chain').all() as unknown as { chain: string; seq: number; body: string }[];
    return rows.map(parseCheckpointRow);
  }

  async markers(chain: string): Promise<ChainEntry[]> {
    const rows = this.stmt(`SELECT ${ENTRY_COLS} FROM audit_entries WHERE chain = ? AND kind = 'truncation' ORDER BY seq`).all(chain) as unknown as EntryRow[];
    return rows.map(rowToEntry);
  }

  async query(q: AuditQuery): Promise<ChainEntry[]> {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (q.since !== undefined) { where.push('time >= ?'); args.push(q.since); }
    if (q.until !== undefined) { where.push('time < ?'); args.push(q.until); }
    if (q.identity !== undefined) { where.push('identity = ?'); args.push(q.identity); }
    if (q.decision !== undefined) { where.push('decision = ?'); args.push(q.decision); }
    if (q.chain !== undefined) { where.push('chain = ?'); args.push(q.chain); }
    if (q.detector !== undefined) { where.push("instr(detectors, ',' || ? || ',') > 0"); args.push(q.detector); }
    if (q.tool !== undefined) { where.push("instr(tools, ',' || ? || ',') > 0"); args.push(q.tool); }
    args.push(q.limit ?? DEFAULT_QUERY_LIMIT);
    const sql = `SELECT ${ENTRY_COLS} FROM audit_entries ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY time DESC, chain, seq DESC LIMIT ?`;
    const rows = this.open().prepare(sql).all(...args) as unknown as EntryRow[];
    return rows.map(rowToEntry);
  }

  async firstSeqAtOrAfter(chain: string, time: string): Promise<number | null> {
    const row = this.stmt('SELECT min(seq) AS s FROM audit_entries WHERE chain = ? AND time >= ?').get(chain, time) as { s: number | null } | undefined;
    return row?.s ?? null;
  }

  async firstSeq(chain: string): Promise<number | null> {
    const row = this.stmt('SELECT min(seq) AS s FROM audit_entries WHERE chain = ?').get(chain) as { s: number | null } | undefined;
    return row?.s ?? null;
  }

  async prune(marker: PendingEntry): Promise<number> {
    const m = JSON.parse(marker.canonical) as TruncationMarker;
    if (!isTruncationMarker(m)) throw new GuardError('internal', 'prune needs a truncation marker');
    let deleted = 0;
    this.tx(() => {
      this.insertEntries([marker]);
      this.stmt('INSERT INTO audit_retention (chain, through_seq, marker_seq) VALUES (?, ?, ?)').run(marker.chain, m.throughSeq, marker.seq);
      const r = this.stmt('DELETE FROM audit_entries WHERE chain = ? AND seq <= ?').run(marker.chain, m.throughSeq);
      deleted = Number(r.changes);
    });
    return deleted;
  }

  /** Run raw SQL (tests simulate an attacker with it). */
  exec(sql: string): void {
    this.open().exec(sql);
  }

  async close(): Promise<void> {
    this.stmts.clear();
    if (this.db) {
      const db = this.db;
      this.db = null;
      db.close();
    }
  }
}

function parseCheckpointRow(r: { chain: string; seq: number; body: string }): Checkpoint {
  try {
    const cp = JSON.parse(r.body) as Checkpoint;
    // The row key is authoritative for where the checkpoint sits; a body claiming otherwise fails its signature or match.
    return cp.chain === r.chain && cp.seq === Number(r.seq) ? cp : { ...cp, chain: r.chain, seq: Number(r.seq), signature: '' };
  } catch {
    return { chain: r.chain, seq: Number(r.seq), hash: '', time: '', count: 0, witness: [], keyId: '', signature: '' };
  }
}
