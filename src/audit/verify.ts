// Offline verification of audit chains, from a store or from an export file.
//
// Per chain: every entry's hash is recomputed; seqs must be dense from 1 (or from just after the
// latest signed truncation marker, or from the start of an exported segment); every prev_hash must
// equal the previous entry's hash; every checkpoint signature must verify with a trusted key and its
// hash must equal the stored entry at its seq; a checkpoint beyond the last entry proves the tail was
// truncated. The first problem is named by chain, seq and kind (altered, removed, reordered,
// inserted, ...). Across chains: every chain referenced by another chain's signed checkpoint
// (witness) must be present with that checkpoint.
import type { KeyObject } from 'node:crypto';
import { checkpointSignatureValid, entryHash, isTruncationMarker, keyIdOf, markerSignatureValid, parsePublicKey } from './chain.ts';
import type { ChainEntry, ChainKey, Checkpoint, StoredEntry, TruncationMarker } from './model.ts';
import { GENESIS_HASH } from './model.ts';

export type IssueKind =
  | 'altered' // content no longer matches its hash, or an entry was rewritten
  | 'removed' // entries missing from the chain
  | 'reordered' // an entry sits at a seq it was not written at, with its neighbours swapped
  | 'inserted' // an entry that was not in the original chain
  | 'truncated' // entries missing at the end, proven by a signed checkpoint
  | 'checkpoint_mismatch' // a signed checkpoint disagrees with the stored chain
  | 'bad_signature' // a checkpoint or marker signature does not verify
  | 'unknown_key' // signed with a key that is not trusted
  | 'bad_marker' // a truncation marker is malformed or inconsistent
  | 'missing_chain' // a chain witnessed by another chain is absent
  | 'index_mismatch'; // store index columns disagree with the record (queries would mislead)

export interface VerifyIssue {
  readonly chain: string;
  readonly seq: number;
  readonly kind: IssueKind;
  readonly message: string;
}

export interface ChainReport {
  readonly chain: string;
  readonly entries: number;
  readonly firstSeq: number | null;
  readonly headSeq: number;
  /** Entries up to this seq were deleted by signed retention (0 = none). */
  readonly prunedThrough: number;
  readonly checkpoints: number;
  readonly lastCheckpointSeq: number;
  /** Entries after the last valid checkpoint: intact as far as the hashes go, but not yet signed. */
  readonly unprovenTail: number;
  readonly ok: boolean;
}

export interface VerifyReport {
  readonly ok: boolean;
  /** False when signatures were checked against keys found in the store/export itself (not pinned). */
  readonly keysPinned: boolean;
  readonly chains: readonly ChainReport[];
  /** Issues in chain order, each chain's sorted by seq; the first is the first problem found. */
  readonly issues: readonly VerifyIssue[];
  readonly warnings: readonly string[];
}

/** What verification reads. AuditStore implements it; so does a parsed export. */
export interface VerifySource {
  chains(): Promise<string[]>;
  keys(): Promise<ChainKey[]>;
  entries(chain: string, fromSeq?: number): AsyncIterable<StoredEntry>;
  checkpoints(chain: string): Promise<Checkpoint[]>;
  markers(chain: string): Promise<ChainEntry[]>;
  /**
   * For exported segments (a seq range of a chain rather than all of it): the range and the prev_hash
   * the first entry claims. Checkpoints outside the range are only signature-checked.
   */
  segment?(chain: string): { fromSeq: number; toSeq: number; prevHash: string } | undefined;
}

export interface VerifyOptions {
  /** Pinned public keys (PEM). When given, only these keys are trusted. */
  readonly publicKeys?: readonly (string | Buffer)[];
  /** Max issues collected per chain. Default 100. */
  readonly maxIssues?: number;
  /**
   * Checkpoints kept outside the store (e.g. shipped to WORM storage by `audit checkpoint`). They are
   * verified like stored ones, so rolling a chain back (rewriting it and deleting its newer
   * checkpoints) is detected, and a chain they name must exist.
   */
  readonly anchors?: readonly Checkpoint[];
}

const SHIFT_WINDOW = 64;

class Lookahead<T> {
  private readonly it: AsyncIterator<T>;
  private readonly buf: T[] = [];
  private done = false;
  constructor(src: AsyncIterable<T>) {
    this.it = src[Symbol.asyncIterator]();
  }
  async peek(i: number): Promise<T | undefined> {
    while (this.buf.length <= i && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else this.buf.push(r.value);
    }
    return this.buf[i];
  }
  async next(): Promise<T | undefined> {
    const v = await this.peek(0);
    if (v !== undefined) this.buf.shift();
    return v;
  }
}

interface Trust {
  readonly pinned: boolean;
  keyFor(keyId: string, chain: string): KeyObject | undefined;
}

async function buildTrust(src: VerifySource, opts: VerifyOptions, warnings: string[]): Promise<Trust> {
  if (opts.publicKeys && opts.publicKeys.length > 0) {
    const byId = new Map<string, KeyObject>();
    for (const pem of opts.publicKeys) {
      const k = parsePublicKey(pem);
      byId.set(keyIdOf(k), k);
    }
    return { pinned: true, keyFor: (id) => byId.get(id) };
  }
  warnings.push('signatures checked against public keys recorded in the store or export itself; pass --pubkey to pin trusted keys');
  const byChain = new Map<string, KeyObject>();
  for (const k of await src.keys()) {
    try {
      const key = parsePublicKey(k.publicKey);
      if (keyIdOf(key) === k.keyId) byChain.set(k.chain + '\n' + k.keyId, key);
    } catch {
      warnings.push(`chain ${k.chain}: recorded public key ${k.keyId} does not parse`);
    }
  }
  return { pinned: false, keyFor: (id, chain) => byChain.get(chain + '\n' + id) };
}

/** Verify every chain of a source. Never throws on bad data; I/O errors propagate. */
export async function verifySource(src: VerifySource, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const warnings: string[] = [];
  const trust = await buildTrust(src, opts, warnings);
  const chains = await src.chains();
  const reports: ChainReport[] = [];
  const issues: VerifyIssue[] = [];
  const anchorsByChain = new Map<string, Checkpoint[]>();
  for (const a of opts.anchors ?? []) {
    const list = anchorsByChain.get(a.chain) ?? [];
    list.push(a);
    anchorsByChain.set(a.chain, list);
  }
  for (const c of anchorsByChain.keys()) {
    if (!chains.includes(c)) issues.push({ chain: c, seq: anchorsByChain.get(c)![0].seq, kind: 'missing_chain', message: `chain ${c} is missing, but an external anchor checkpoint names it` });
  }
  const cpIndex = new Map<string, Map<number, Checkpoint>>();
  const validCps: Checkpoint[] = [];
  for (const chain of chains) {
    const r = await verifyChain(src, chain, trust, opts.maxIssues ?? 100, warnings, anchorsByChain.get(chain) ?? []);
    reports.push(r.report);
    issues.push(...r.issues);
    cpIndex.set(chain, new Map(r.checkpoints.map((c) => [c.seq, c])));
    validCps.push(...r.validCheckpoints);
  }
  // Across chains: each signed checkpoint names the other chains' latest checkpoints at signing time.
  const partial = src.segment !== undefined;
  for (const cp of validCps) {
    for (const w of cp.witness ?? []) {
      const target = cpIndex.get(w.chain);
      if (!target) {
        if (partial) warnings.push(`chain ${w.chain} (witnessed by ${cp.chain} seq ${cp.seq}) is not in this export`);
        else issues.push({ chain: w.chain, seq: w.seq, kind: 'missing_chain', message: `chain ${w.chain} is missing, but chain ${cp.chain}'s checkpoint at seq ${cp.seq} saw it at seq ${w.seq}` });
        continue;
      }
      const t = target.get(w.seq);
      if (!t || t.hash !== w.hash) {
        issues.push({ chain: w.chain, seq: w.seq, kind: 'checkpoint_mismatch', message: `checkpoint at seq ${w.seq} witnessed by chain ${cp.chain} (seq ${cp.seq}) is ${t ? 'different' : 'missing'}` });
      }
    }
  }
  return { ok: issues.length === 0, keysPinned: trust.pinned, chains: reports, issues, warnings };
}

interface ChainResult {
  report: ChainReport;
  issues: VerifyIssue[];
  checkpoints: Checkpoint[];
  validCheckpoints: Checkpoint[];
}

async function verifyChain(src: VerifySource, chain: string, trust: Trust, maxIssues: number, warnings: string[], anchors: readonly Checkpoint[]): Promise<ChainResult> {
  const issues: VerifyIssue[] = [];
  const add = (seq: number, kind: IssueKind, message: string): void => {
    if (issues.length < maxIssues) issues.push({ chain, seq, kind, message });
  };

  // Truncation markers first: they say where the retained chain starts.
  let prunedThrough = 0;
  let prunedHash = GENESIS_HASH;
  const markers = await src.markers(chain);
  for (const m of markers) {
    const rec = m.record as TruncationMarker;
    if (!isTruncationMarker(rec)) continue;
    const key = trust.keyFor(rec.keyId, chain);
    if (!key) {
      add(m.seq, 'unknown_key', `truncation marker signed by untrusted key ${String(rec.keyId)}`);
      continue;
    }
    if (!markerSignatureValid(rec, key)) {
      add(m.seq, 'bad_signature', 'truncation marker signature does not verify');
      continue;
    }
    if (rec.chain !== chain || !(rec.throughSeq < m.seq) || !(rec.fromSeq <= rec.throughSeq) || typeof rec.lastHash !== 'string') {
      add(m.seq, 'bad_marker', 'truncation marker is inconsistent with its position');
      continue;
    }
    if (rec.throughSeq > prunedThrough) {
      prunedThrough = rec.throughSeq;
      prunedHash = rec.lastHash;
    }
  }

  // Checkpoints: signatures now, hashes while streaming the entries.
  // External anchors join the stored checkpoints (same seq and body: counted once).
  const stored = await src.checkpoints(chain);
  const seen = new Set(stored.map((c) => c.seq + ':' + c.signature));
  const cps = [...stored, ...anchors.filter((a) => !seen.has(a.seq + ':' + a.signature))].sort((a, b) => a.seq - b.seq);
  const validCps: Checkpoint[] = [];
  const cpAt = new Map<number, Checkpoint>();
  for (const cp of cps) {
    const key = trust.keyFor(cp.keyId, chain);
    if (!key) {
      add(cp.seq, 'unknown_key', `checkpoint at seq ${cp.seq} signed by untrusted key ${String(cp.keyId)}`);
      continue;
    }
    if (cp.chain !== chain || !checkpointSignatureValid(cp, key)) {
      add(cp.seq, 'bad_signature', `checkpoint at seq ${cp.seq} has an invalid signature`);
      continue;
    }
    if (cp.count !== cp.seq) {
      add(cp.seq, 'checkpoint_mismatch', `checkpoint at seq ${cp.seq} claims ${cp.count} entries`);
      continue;
    }
    validCps.push(cp);
    cpAt.set(cp.seq, cp);
  }

  const seg = src.segment?.(chain);
  if (seg) warnings.push(`chain ${chain}: export covers seq ${seg.fromSeq}..${seg.toSeq} only; entries outside that range are not checked`);
  let expectedSeq = seg ? seg.fromSeq : prunedThrough + 1;
  let expectedPrev: string | null = seg ? seg.prevHash : prunedHash;
  const look = new Lookahead(src.entries(chain));
  let count = 0;
  let firstSeq: number | null = null;
  let headSeq = seg ? seg.fromSeq - 1 : prunedThrough;
  let lastGoodCp = 0;
  let prev: StoredEntry | null = null;

  for (;;) {
    const e = await look.next();
    if (e === undefined) break;
    count += 1;
    if (firstSeq === null) firstSeq = e.seq;
    if (e.seq < expectedSeq) {
      if (prev !== null && e.seq <= prev.seq) add(e.seq, 'reordered', `seq ${e.seq} appears after seq ${prev.seq}`);
      else add(e.seq, 'inserted', `entry at seq ${e.seq} lies in the range a signed truncation marker says was deleted (through seq ${prunedThrough})`);
      continue;
    }
    let linkKnown = true;
    if (e.seq > expectedSeq) {
      const missing = e.seq - expectedSeq;
      add(expectedSeq, 'removed', missing === 1 ? `entry seq ${expectedSeq} is missing` : `entries seq ${expectedSeq}..${e.seq - 1} are missing`);
      linkKnown = false;
    }
    let own: string;
    try {
      own = entryHash(chain, e.seq, e.prev_hash, e.record);
    } catch {
      own = '';
    }
    if (own !== e.hash) {
      // Classifying costs up to 2 x SHIFT_WINDOW hashes, so only while issues are still being collected.
      const d = issues.length < maxIssues ? findShift(chain, e) : null;
      if (d === null) add(e.seq, 'altered', `entry seq ${e.seq}: content does not match its hash`);
      else if (d > 0) {
        let swapped = false;
        for (let i = 0; i < SHIFT_WINDOW; i++) {
          const f = await look.peek(i);
          if (f === undefined) break;
          if (f.hash === e.prev_hash) {
            swapped = true;
            break;
          }
        }
        if (swapped) add(e.seq, 'reordered', `seq ${e.seq} holds the entry written as seq ${e.seq + d} (entries reordered)`);
        else add(e.seq, 'removed', `${d} entr${d === 1 ? 'y' : 'ies'} removed before seq ${e.seq} and later entries renumbered (seq ${e.seq} was written as seq ${e.seq + d})`);
      } else {
        add(e.seq + d, 'inserted', `entr${d === -1 ? 'y' : 'ies'} at seq ${e.seq + d}${d < -1 ? '..' + (e.seq - 1) : ''} not in the original chain (seq ${e.seq} was written as seq ${e.seq + d})`);
      }
    } else if (linkKnown && expectedPrev !== null && e.prev_hash !== expectedPrev) {
      if (prev !== null && prev.seq === e.seq - 1) add(prev.seq, 'altered', `entry seq ${prev.seq} was rewritten: its hash no longer matches the prev_hash stored in seq ${e.seq}`);
      else if (e.seq === prunedThrough + 1 && prunedThrough > 0) add(e.seq, 'bad_marker', `first retained entry seq ${e.seq} does not link to the truncation marker's last hash`);
      else add(e.seq, 'altered', `entry seq ${e.seq} does not link to its predecessor`);
    }
    if (e.indexMismatch) add(e.seq, 'index_mismatch', `entry seq ${e.seq}: ${e.indexMismatch}`);
    const cp = cpAt.get(e.seq);
    if (cp) {
      if (cp.hash !== e.hash) {
        add(e.seq, 'checkpoint_mismatch', `signed checkpoint at seq ${e.seq} does not match the stored chain: rewritten at or before seq ${e.seq}${lastGoodCp ? ` (after seq ${lastGoodCp})` : ''}`);
      } else lastGoodCp = e.seq;
    }
    prev = e;
    headSeq = e.seq;
    expectedSeq = e.seq + 1;
    expectedPrev = e.hash;
  }

  // Checkpoints the entries could not be compared with.
  let lastValidCp = 0;
  for (const cp of validCps) {
    if (seg && (cp.seq < seg.fromSeq || cp.seq > seg.toSeq)) continue;
    if (cp.seq > lastValidCp) lastValidCp = cp.seq;
    if (cp.seq > headSeq) {
      add(headSeq + 1, 'truncated', `signed checkpoint at seq ${cp.seq} (count ${cp.count}) but the chain ends at seq ${headSeq}: entries ${headSeq + 1}..${cp.seq} were removed`);
      break;
    }
    if (!seg && cp.seq === prunedThrough && prunedThrough > 0 && cp.hash !== prunedHash) {
      add(cp.seq, 'bad_marker', `truncation marker's last hash disagrees with the signed checkpoint at seq ${cp.seq}`);
    }
  }
  if (count > 0 && validCps.length === 0) warnings.push(`chain ${chain}: no signed checkpoint yet; its ${count} entries are hash-linked but not signed`);
  // By seq; at the same seq the most specific diagnosis first (a checkpoint mismatch is the symptom
  // of an insertion or rewrite named separately; index columns matter least).
  const rank = (k: IssueKind): number => (k === 'checkpoint_mismatch' ? 1 : k === 'index_mismatch' ? 2 : 0);
  issues.sort((a, b) => a.seq - b.seq || rank(a.kind) - rank(b.kind));
  const unprovenTail = Math.max(0, headSeq - Math.max(lastValidCp, seg ? seg.fromSeq - 1 : prunedThrough));
  return {
    report: { chain, entries: count, firstSeq, headSeq, prunedThrough, checkpoints: cps.length, lastCheckpointSeq: lastValidCp, unprovenTail, ok: issues.length === 0 },
    issues,
    checkpoints: cps,
    validCheckpoints: validCps,
  };
}

/** The seq offset d (|d| <= window) such that the entry hashes correctly as if at seq+d, or null. */
function findShift(chain: string, e: StoredEntry): number | null {
  for (let k = 1; k <= SHIFT_WINDOW; k++) {
    for (const d of [k, -k]) {
      const s = e.seq + d;
      if (s < 1) continue;
      try {
        if (entryHash(chain, s, e.prev_hash, e.record) === e.hash) return d;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** One line per issue, for CLI output. */
export function formatIssue(i: VerifyIssue): string {
  return `chain ${i.chain} seq ${i.seq}: ${i.kind}: ${i.message}`;
}
