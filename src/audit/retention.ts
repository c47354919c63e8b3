// Retention: the only way entries leave the store. Pruning removes a prefix of a chain (every entry
// with seq <= throughSeq) and, in the same transaction, appends a signed truncation marker stating the
// range and the hash of the last deleted entry, so verification still links the first retained entry
// and the deletion itself is on record.
import { GuardError } from '../core/errors.ts';
import { canonicalJson } from './canonical.ts';
import { indexColumns } from './columns.ts';
import { ChainHead, signMarker } from './chain.ts';
import type { SigningKey } from './chain.ts';
import type { AuditStore } from './model.ts';

export interface PruneResult {
  readonly chain: string;
  readonly deleted: number;
  /** Seq of the truncation marker appended, or null when there was nothing to delete. */
  readonly markerSeq: number | null;
  readonly throughSeq: number;
}

/**
 * Delete the entries of `chain` recorded before `before` (ISO-8601): the longest prefix of the chain
 * whose record times are all earlier. Retries when a live writer moves the head meanwhile.
 */
export async function pruneChain(store: AuditStore, key: SigningKey, chain: string, beforeTime: string): Promise<PruneResult> {
  const t = Date.parse(beforeTime);
  if (Number.isNaN(t)) throw new GuardError('malformed_body', 'prune: --before is not an ISO-8601 time');
  // Stored times are normalised ISO-8601 (toISOString), so the cut-off must be too for string comparison.
  const before = new Date(t).toISOString();
  for (let attempt = 0; ; attempt++) {
    const head = await store.head(chain);
    const first = await store.firstSeq(chain);
    if (head === null || first === null) return { chain, deleted: 0, markerSeq: null, throughSeq: 0 };
    const cut = await store.firstSeqAtOrAfter(chain, before);
    const through = (cut ?? head.seq + 1) - 1;
    if (through < first) return { chain, deleted: 0, markerSeq: null, throughSeq: through };
    let lastHash: string | null = null;
    for await (const e of store.entries(chain, through, through)) lastHash = e.hash;
    if (lastHash === null) throw new GuardError('internal', `chain ${chain}: entry ${through} not found`);
    const marker = signMarker(key, { chain, fromSeq: first, throughSeq: through, lastHash, deleted: through - first + 1, before, time: new Date().toISOString() });
    const [entry] = new ChainHead(chain, head.seq, head.hash).link([{ canonical: canonicalJson(marker), columns: indexColumns(marker) }]);
    try {
      const deleted = await store.prune(entry);
      return { chain, deleted, markerSeq: entry.seq, throughSeq: through };
    } catch (err) {
      if (attempt >= 4) throw err;
      // Most likely a live writer appended after we read the head: read it again.
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}
