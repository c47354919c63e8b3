// PostgreSQL audit store, for replicas sharing one store (each replica writes its own chain).
// Same tables and rules as the SQLite store: a row trigger refuses UPDATE, refuses DELETE unless a
// retention grant naming a truncation marker covers the row (the `audit prune` path), and refuses
// inserts that do not extend the chain head; a statement trigger refuses TRUNCATE.
import pg from 'pg';
import { GuardError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
import { canonicalJson } from './canonical.ts';
import { DEFAULT_QUERY_LIMIT } from './columns.ts';
import { isTruncationMarker, linkRecords } from './chain.ts';
import type { AuditQuery, AuditStore, ChainEntry, ChainKey, Checkpoint, PendingEntry, QueuedRecord, StoredEntry, TruncationMarker } from './model.ts';
import { GENESIS_HASH } from './model.ts';
import { rowToEntry, type EntryRow } from './sqlite.ts';

const ENTRY_COLS = 'chain, seq, prev_hash, hash, kind, time, decision, identity, decision_id, detectors, tools, record';
const PAGE = 1000;

function schemaSql(): string {
  return `
CREATE TABLE IF NOT EXISTS audit_keys (
  key_id TEXT NOT NULL, chain TEXT NOT NULL, public_key TEXT NOT NULL, created TEXT NOT NULL,
  PRIMARY KEY (chain, key_id));
CREATE TABLE IF NOT EXISTS audit_entries (
  chain TEXT NOT NULL, seq BIGINT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL,
  kind TEXT NOT NULL, time TEXT NOT NULL, decision TEXT, identity TEXT, decision_id TEXT,
  detectors TEXT NOT NULL, tools TEXT NOT NULL, record TEXT NOT NULL,
  PRIMARY KEY (chain, seq));
CREATE INDEX IF NOT EXISTS audit_entries_time ON audit_entries (time);
CREATE TABLE IF NOT EXISTS audit_checkpoints (
  chain TEXT NOT NULL, seq BIGINT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (chain, seq));
CREATE TABLE IF NOT EXISTS audit_retention (
  chain TEXT NOT NULL, through_seq BIGINT NOT NULL, marker_seq BIGINT NOT NULL, PRIMARY KEY (chain, marker_seq));

CREATE OR REPLACE FUNCTION audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE head_seq BIGINT; head_hash TEXT;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT e.seq, e.hash INTO head_seq, head_hash FROM audit_entries e WHERE e.chain = NEW.chain ORDER BY e.seq DESC LIMIT 1;
    IF (head_seq IS NULL AND (NEW.seq <> 1 OR NEW.prev_hash <> '${GENESIS_HASH}'))
       OR (head_seq IS NOT NULL AND (NEW.seq <> head_seq + 1 OR NEW.prev_hash <> head_hash)) THEN
      RAISE EXCEPTION 'audit entries can only be appended at the chain head';
    END IF;
    RETURN NEW;
  ELSIF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM audit_retention r JOIN audit_entries m
                 ON m.chain = r.chain AND m.seq = r.marker_seq AND m.kind = 'truncation'
               WHERE r.chain = OLD.chain AND r.through_seq >= OLD.seq) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only; only audit prune may delete them';
  END IF;
  RAISE EXCEPTION 'audit entries are immutable';
END
$fn$;
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit table % is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END
$fn$;
DROP TRIGGER IF EXISTS audit_entries_guard ON audit_entries;
CREATE TRIGGER audit_entries_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_guard();
DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries;
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
DROP TRIGGER IF EXISTS audit_checkpoints_guard ON audit_checkpoints;
CREATE TRIGGER audit_checkpoints_guard BEFORE UPDATE OR DELETE ON audit_checkpoints FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
DROP TRIGGER IF EXISTS audit_checkpoints_no_truncate ON audit_checkpoints;
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
DROP TRIGGER IF EXISTS audit_retention_guard ON audit_retention;
CREATE TRIGGER audit_retention_guard BEFORE UPDATE OR DELETE ON audit_retention FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
DROP TRIGGER IF EXISTS audit_retention_no_truncate ON audit_retention;
CREATE TRIGGER audit_retention_no_truncate BEFORE TRUNCATE ON audit_retention FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
DROP TRIGGER IF EXISTS audit_keys_guard ON audit_keys;
CREATE TRIGGER audit_keys_guard BEFORE UPDATE OR DELETE ON audit_keys FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
`;
}

/** True for a safe unquoted schema name: 1-63 chars of a-z 0-9 _ starting with a letter or _. */
export function isValidSchemaName(s: string): boolean {
  if (s.length < 1 || s.length > 63) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || c === 95 || (i > 0 && c >= 48 && c <= 57);
    if (!ok) return false;
  }
  return true;
}

/** node-postgres returns BIGINT (seq) as a string. */
type PgEntryRow = Omit<EntryRow, 'seq'> & { seq: string };

function toEntry(r: PgEntryRow): StoredEntry {
  return rowToEntry({ ...r, seq: Number(r.seq) });
}

/**
 * PostgreSQL-backed AuditStore. The schema comes from the explicit argument or a `schema` query
 * parameter of the URL (default `public`). Lifetime: one pool per process; close() ends it.
 */
export class PostgresAuditStore implements AuditStore {
  readonly kind = 'postgres' as const;
  readonly schema: string;
  private readonly pool: pg.Pool;

  constructor(url: string, schema?: string) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new GuardError('internal', 'audit store: invalid postgres URL');
    }
    const fromUrl = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    this.schema = schema ?? fromUrl ?? 'public';
    if (!isValidSchemaName(this.schema)) throw new GuardError('internal', 'audit store: schema must be 1-63 characters of a-z 0-9 _');
    this.pool = new pg.Pool({
      connectionString: parsed.toString(),
      max: 4,
      connectionTimeoutMillis: 5000,
      options: `-c search_path=${this.schema}`,
    });
    // An idle client losing its connection must not crash the process; the next query reports it.
    this.pool.on('error', (err) => logger.warn({ err: err.message }, 'audit postgres idle client error'));
  }

  async init(): Promise<void> {
    await this.tx(async (c) => {
      // Serialise concurrent first starts of several replicas.
      await c.query("SELECT pg_advisory_xact_lock(hashtext('llm_boundary_audit_schema'))");
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query(schemaSql());
    });
  }

  async registerKey(key: ChainKey): Promise<void> {
    await this.pool.query('INSERT INTO audit_keys (key_id, chain, public_key, created) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [key.keyId, key.chain, key.publicKey, key.created]);
  }

  async keys(): Promise<ChainKey[]> {
    const r = await this.pool.query('SELECT key_id, chain, public_key, created FROM audit_keys ORDER BY chain, created');
    return r.rows.map((x: { key_id: string; chain: string; public_key: string; created: string }) => ({ keyId: x.key_id, chain: x.chain, publicKey: x.public_key, created: x.created }));
  }

  async head(chain: string): Promise<{ seq: number; hash: string } | null> {
    const r = await this.pool.query('SELECT seq, hash FROM audit_entries WHERE chain = $1 ORDER BY seq DESC LIMIT 1', [chain]);
    return r.rows.length ? { seq: Number(r.rows[0].seq), hash: r.rows[0].hash as string } : null;
  }

  private async insertEntries(c: pg.PoolClient, entries: readonly PendingEntry[]): Promise<void> {
    // Multi-row inserts of up to 400 rows (12 parameters each) keep round trips low.
    for (let i = 0; i < entries.length; i += 400) {
      const slice = entries.slice(i, i + 400);
      const values: unknown[] = [];
      const rows: string[] = [];
      for (const e of slice) {
        const col = e.columns;
        const b = values.length;
        rows.push(`($${b + 1},$${b + 2},$${b + 3},$${b + 4},$${b + 5},$${b + 6},$${b + 7},$${b + 8},$${b + 9},$${b + 10},$${b + 11},$${b + 12})`);
        values.push(e.chain, e.seq, e.prev_hash, e.hash, col.kind, col.time, col.decision, col.identity, col.decision_id, col.detectors, col.tools, e.canonical);
      }
      await c.query(`INSERT INTO audit_entries (${ENTRY_COLS}) VALUES ${rows.join(',')}`, values);
    }
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    // A checked-out client has no pool 'error' listener: a connection lost between two queries
    // would be an unhandled 'error' event and crash the process. Record it instead (the pending or
    // next query fails) and release the client as broken so the pool discards it.
    let broken: Error | undefined;
    const onError = (err: Error): void => {
      broken = err;
    };
    c.on('error', onError);
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      broken ??= err instanceof Error ? err : new Error(String(err));
      throw err;
    } finally {
      c.off('error', onError);
      c.release(broken);
    }
  }

  async append(entries: readonly PendingEntry[], checkpoints: readonly Checkpoint[]): Promise<void> {
    await this.tx(async (c) => {
      if (entries.length) await this.insertEntries(c, entries);
      for (const cp of checkpoints) await c.query('INSERT INTO audit_checkpoints (chain, seq, body) VALUES ($1, $2, $3)', [cp.chain, cp.seq, canonicalJson(cp)]);
    });
  }

  async appendRecords(chain: string, head: { seq: number; hash: string }, records: readonly QueuedRecord[]): Promise<{ seq: number; hash: string }> {
    // Linking runs on this thread: do it in slices so a large batch does not hold the event loop.
    const entries: PendingEntry[] = [];
    let at = head;
    for (let i = 0; i < records.length; i += 128) {
      const part = linkRecords(chain, at, records.slice(i, i + 128));
      for (const e of part) entries.push(e);
      const last = part[part.length - 1];
      if (last) at = { seq: last.seq, hash: last.hash };
      if (i + 128 < records.length) await new Promise<void>((r) => setImmediate(r));
    }
    await this.append(entries, []);
    return at;
  }

  async chains(): Promise<string[]> {
    const r = await this.pool.query('SELECT chain FROM audit_entries UNION SELECT chain FROM audit_checkpoints UNION SELECT chain FROM audit_keys ORDER BY 1');
    return r.rows.map((x: { chain: string }) => x.chain);
  }

  async *entries(chain: string, fromSeq = 1, toSeq = Number.MAX_SAFE_INTEGER): AsyncIterable<StoredEntry> {
    let from = fromSeq;
    for (;;) {
      const r = await this.pool.query(`SELECT ${ENTRY_COLS} FROM audit_entries WHERE chain = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq LIMIT ${PAGE}`, [chain, from, toSeq]);
      for (const row of r.rows as PgEntryRow[]) yield toEntry(row);
      if (r.rows.length < PAGE) return;
      from = Number((r.rows[r.rows.length - 1] as PgEntryRow).seq) + 1;
    }
  }

  async checkpoints(chain?: string): Promise<Checkpoint[]> {
    const r = chain === undefined
      ? await this.pool.query('SELECT chain, seq, body FROM audit_checkpoints ORDER BY chain, seq')
      : await this.pool.query('SELECT chain, seq, body FROM audit_checkpoints WHERE chain = $1 ORDER BY seq', [chain]);
    return r.rows.map(parseRow);
  }

  async latestCheckpoints(): Promise<Checkpoint[]> {
    const r = await this.pool.query('SELECT DISTINCT ON (chain) chain, seq, body FROM audit_checkpoints ORDER BY chain, seq DESC');
    return r.rows.map(parseRow);
  }

  async markers(chain: string): Promise<ChainEntry[]> {
    const r = await this.pool.query(`SELECT ${ENTRY_COLS} FROM audit_entries WHERE chain = $1 AND kind = 'truncation' ORDER BY seq`, [chain]);
    return (r.rows as PgEntryRow[]).map(toEntry);
  }

  async query(q: AuditQuery): Promise<ChainEntry[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const p = (v: unknown): string => {
      args.push(v);
      return '$' + args.length;
    };
    if (q.since !== undefined) where.push(`time >= ${p(q.since)}`);
    if (q.until !== undefined) where.push(`time < ${p(q.until)}`);
    if (q.identity !== undefined) where.push(`identity = ${p(q.identity)}`);
    if (q.decision !== undefined) where.push(`decision = ${p(q.decision)}`);
    if (q.chain !== undefined) where.push(`chain = ${p(q.chain)}`);
    if (q.detector !== undefined) where.push(`strpos(detectors, ',' || ${p(q.detector)} || ',') > 0`);
    if (q.tool !== undefined) where.push(`strpos(tools, ',' || ${p(q.tool)} || ',') > 0`);
    const sql = `SELECT ${ENTRY_COLS} FROM audit_entries ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY time DESC, chain, seq DESC LIMIT ${p(q.limit ?? DEFAULT_QUERY_LIMIT)}`;
    const r = await this.pool.query(sql, args);
    return (r.rows as PgEntryRow[]).map(toEntry);
  }

  async firstSeqAtOrAfter(chain: string, time: string): Promise<number | null> {
    const r = await this.pool.query('SELECT min(seq) AS s FROM audit_entries WHERE chain = $1 AND time >= $2', [chain, time]);
    return r.rows[0]?.s == null ? null : Number(r.rows[0].s);
  }

  async firstSeq(chain: string): Promise<number | null> {
    const r = await this.pool.query('SELECT min(seq) AS s FROM audit_entries WHERE chain = $1', [chain]);
    return r.rows[0]?.s == null ? null : Number(r.rows[0].s);
  }

  async prune(marker: PendingEntry): Promise<number> {
    const m = JSON.parse(marker.canonical) as TruncationMarker;
    if (!isTruncationMarker(m)) throw new GuardError('internal', 'prune needs a truncation marker');
    return this.tx(async (c) => {
      await this.insertEntries(c, [marker]);
      await c.query('INSERT INTO audit_retention (chain, through_seq, marker_seq) VALUES ($1, $2, $3)', [marker.chain, m.throughSeq, marker.seq]);
      const r = await c.query('DELETE FROM audit_entries WHERE chain = $1 AND seq <= $2', [marker.chain, m.throughSeq]);
      return r.rowCount ?? 0;
    });
  }

  /** Run raw SQL (tests simulate an attacker with it). */
  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function parseRow(r: { chain: string; seq: string; body: string }): Checkpoint {
  try {
    const cp = JSON.parse(r.body) as Checkpoint;
    return cp.chain === r.chain && cp.seq === Number(r.seq) ? cp : { ...cp, chain: r.chain, seq: Number(r.seq), signature: '' };
  } catch {
    return { chain: r.chain, seq: Number(r.seq), hash: '', time: '', count: 0, witness: [], keyId: '', signature: '' };
  }
}
