// Data model of the persisted audit trail: chained entries, signed checkpoints, truncation markers,
// and the store interface the writer, verifier, query and CLI share. Stores (SQLite, PostgreSQL)
// implement AuditStore; everything above the store is storage-agnostic.
import type { AuditRecord } from './types.ts';
import type { IndexColumns } from './columns.ts';

/** SHA-256 of nothing before the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Retention marker appended to a chain by `audit prune`. It states that every entry with
 * seq <= throughSeq was deleted (cumulative prefix semantics: pruning only ever removes a prefix of the
 * chain) and the hash of the entry at throughSeq, so the first retained entry still links. Signed with
 * the chain key over canonical JSON of all fields but `signature`.
 */
export interface TruncationMarker {
  readonly type: 'audit.truncation';
  readonly chain: string;
  /** First seq deleted by this prune. */
  readonly fromSeq: number;
  /** Last seq deleted (everything <= throughSeq is gone after this prune). */
  readonly throughSeq: number;
  /** Hash of the entry at throughSeq. */
  readonly lastHash: string;
  /** Number of entries deleted by this prune. */
  readonly deleted: number;
  /** The --before cut-off (ISO-8601) and the time the prune ran. */
  readonly before: string;
  readonly time: string;
  readonly keyId: string;
  /** Ed25519 signature, base64. */
  readonly signature: string;
}

export type EntryPayload = AuditRecord | TruncationMarker;

/** One persisted, chained entry. hash = SHA-256(domain || canonical({chain, seq, prev_hash, record})). */
export interface ChainEntry {
  readonly chain: string;
  /** 1-based, dense within a chain. */
  readonly seq: number;
  readonly prev_hash: string;
  readonly record: EntryPayload;
  readonly hash: string;
}

/**
 * An entry about to be stored: chain fields plus the record's canonical JSON (stored verbatim) and its
 * index columns (computed once, when the record was accepted, so the flusher never re-parses it).
 */
export interface PendingEntry {
  readonly chain: string;
  readonly seq: number;
  readonly prev_hash: string;
  readonly hash: string;
  readonly canonical: string;
  readonly columns: IndexColumns;
}

/** A record accepted by the writer: a JSON text snapshot (JSON.stringify) and its index columns. */
export interface QueuedRecord {
  readonly text: string;
  readonly columns: IndexColumns;
}

/** A stored entry as read back, with a note when the store's index columns disagree with the record. */
export interface StoredEntry extends ChainEntry {
  readonly indexMismatch?: string;
}

/** A reference to another chain's checkpoint, included so deleting or truncating a whole chain shows. */
export interface WitnessRef {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
}

/** Signed statement "chain had `count` entries, the last being seq/hash, at `time`". */
export interface Checkpoint {
  readonly chain: string;
  readonly seq: number;
  readonly hash: string;
  readonly time: string;
  /** Entries ever appended to the chain up to and including seq (equals seq: seqs are dense from 1). */
  readonly count: number;
  /** Latest checkpoints of the other chains in a shared store at signing time. */
  readonly witness: readonly WitnessRef[];
  readonly keyId: string;
  /** Ed25519 signature over canonical JSON of every other field, base64. */
  readonly signature: string;
}

/** A public key registered by a writer for its chain. */
export interface ChainKey {
  readonly chain: string;
  readonly keyId: string;
  /** SPKI PEM. */
  readonly publicKey: string;
  readonly created: string;
}

/** Filters shared by `audit query`, `GET /audit` and `audit export`. All optional; AND-ed. */
export interface AuditQuery {
  /** Inclusive ISO-8601 lower bound on record time. */
  readonly since?: string;
  /** Exclusive ISO-8601 upper bound on record time. */
  readonly until?: string;
  readonly identity?: string;
  readonly decision?: 'allow' | 'redact' | 'deny';
  readonly detector?: string;
  readonly tool?: string;
  readonly chain?: string;
  readonly limit?: number;
}

/** Persistence for chained audit entries. One instance per process; close() when done. */
export interface AuditStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Create tables and triggers if missing. Idempotent. */
  init(): Promise<void>;
  registerKey(key: ChainKey): Promise<void>;
  keys(): Promise<ChainKey[]>;
  /** Last entry of a chain, or null for an empty chain. */
  head(chain: string): Promise<{ seq: number; hash: string } | null>;
  /** Persist entries and checkpoints atomically (one transaction). */
  append(entries: readonly PendingEntry[], checkpoints: readonly Checkpoint[]): Promise<void>;
  /**
   * The writer's batch path: canonicalise and hash-link `records` after `head`, and persist them in
   * one transaction. Returns the new head. Done by the store so a threaded store can do the CPU work
   * off the event loop.
   */
  appendRecords(chain: string, head: { seq: number; hash: string }, records: readonly QueuedRecord[]): Promise<{ seq: number; hash: string }>;
  /** Chain ids that have entries, checkpoints or keys. */
  chains(): Promise<string[]>;
  /** Entries of a chain ordered by seq, from fromSeq (inclusive) to toSeq (inclusive) when given. */
  entries(chain: string, fromSeq?: number, toSeq?: number): AsyncIterable<StoredEntry>;
  checkpoints(chain?: string): Promise<Checkpoint[]>;
  /** Latest checkpoint per chain. */
  latestCheckpoints(): Promise<Checkpoint[]>;
  /** Retained truncation markers of a chain, ordered by seq. */
  markers(chain: string): Promise<ChainEntry[]>;
  /** Newest-first records matching the filter (truncation markers included unless filtered out). */
  query(q: AuditQuery): Promise<ChainEntry[]>;
  /** Smallest seq of a chain whose record time is >= time, or null. */
  firstSeqAtOrAfter(chain: string, time: string): Promise<number | null>;
  /** Smallest retained seq of a chain, or null. */
  firstSeq(chain: string): Promise<number | null>;
  /**
   * Retention path: in one transaction, append `marker` (already chained, at head+1) and delete every
   * entry of the chain with seq <= marker.record.throughSeq (the store's triggers allow it only then).
   */
  prune(marker: PendingEntry): Promise<number>;
  close(): Promise<void>;
}
