// JSONL export of the audit trail with everything needed to verify it elsewhere, and the reader that
// turns an export back into a VerifySource.
//
// Lines, in order:
//   {"type":"header","format":"llm-boundary.audit.export.v1","exported":ISO,"since"?,"until"?}
//   {"type":"key","chain","keyId","publicKey","created"}                 one per registered key
//   {"type":"segment","chain","full":bool,"fromSeq","toSeq","prevHash"}  one per chain, then its
//   {"type":"entry","chain","seq","prev_hash","record","hash"}          entries in seq order, and
//   {"type":"checkpoint",...Checkpoint}                                  all its checkpoints.
// A time-filtered export holds a contiguous seq range per chain, extended to the next checkpoint so
// the range ends on a signed hash; "full": false marks such a segment.
import { GuardError } from '../core/errors.ts';
import { canonicalJson } from './canonical.ts';
import type { AuditStore, ChainEntry, ChainKey, Checkpoint, StoredEntry } from './model.ts';
import { isTruncationMarker } from './chain.ts';
import type { VerifySource } from './verify.ts';

export const EXPORT_FORMAT = 'llm-boundary.audit.export.v1';

export interface ExportOptions {
  readonly since?: string;
  readonly until?: string;
  readonly chain?: string;
}

/**
 * Write an export line by line through `write` (which may return a promise to apply backpressure).
 * Returns the number of entries written.
 */
export async function exportAudit(store: AuditStore, opts: ExportOptions, write: (line: string) => void | Promise<void>): Promise<number> {
  const header: Record<string, unknown> = { type: 'header', format: EXPORT_FORMAT, exported: new Date().toISOString() };
  if (opts.since) header.since = opts.since;
  if (opts.until) header.until = opts.until;
  await write(canonicalJson(header));
  for (const k of await store.keys()) {
    if (opts.chain === undefined || k.chain === opts.chain) await write(canonicalJson({ type: 'key', ...k }));
  }
  let total = 0;
  for (const chain of await store.chains()) {
    if (opts.chain !== undefined && chain !== opts.chain) continue;
    const head = await store.head(chain);
    const first = await store.firstSeq(chain);
    const cps = await store.checkpoints(chain);
    if (head === null || first === null) {
      await write(canonicalJson({ type: 'segment', chain, full: true, fromSeq: 0, toSeq: 0, prevHash: '' }));
      for (const cp of cps) await write(canonicalJson({ type: 'checkpoint', ...cp }));
      continue;
    }
    let from = first;
    let to = head.seq;
    if (opts.since !== undefined) {
      const s = await store.firstSeqAtOrAfter(chain, opts.since);
      from = s ?? head.seq + 1;
    }
    if (opts.until !== undefined) {
      const u = await store.firstSeqAtOrAfter(chain, opts.until);
      if (u !== null) to = u - 1;
      // End on a signed hash when one follows, so the whole segment is provable.
      const next = cps.find((c) => c.seq >= to);
      if (next && next.seq <= head.seq) to = next.seq;
    }
    const full = from === first && to === head.seq;
    let prevHash = '';
    const entries: StoredEntry[] = [];
    if (from <= to) {
      for await (const e of store.entries(chain, from, to)) entries.push(e);
      prevHash = entries.length > 0 ? entries[0].prev_hash : '';
    }
    await write(canonicalJson({ type: 'segment', chain, full, fromSeq: from, toSeq: to, prevHash }));
    for (const e of entries) {
      await write(canonicalJson({ type: 'entry', chain: e.chain, seq: e.seq, prev_hash: e.prev_hash, record: e.record, hash: e.hash }));
      total += 1;
    }
    for (const cp of cps) await write(canonicalJson({ type: 'checkpoint', ...cp }));
  }
  return total;
}

interface ParsedChain {
  segment?: { full: boolean; fromSeq: number; toSeq: number; prevHash: string };
  entries: StoredEntry[];
  checkpoints: Checkpoint[];
}

/**
 * Parse an export into a VerifySource. Malformed lines are a GuardError('malformed_body') naming the
 * line number; semantic problems are left to the verifier.
 */
export function readExport(text: string): VerifySource & { readonly header: Record<string, unknown> } {
  const keys: ChainKey[] = [];
  const chains = new Map<string, ParsedChain>();
  const get = (c: string): ParsedChain => {
    let p = chains.get(c);
    if (!p) {
      p = { entries: [], checkpoints: [] };
      chains.set(c, p);
    }
    return p;
  };
  let header: Record<string, unknown> | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new GuardError('malformed_body', `export line ${i + 1}: not JSON`);
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new GuardError('malformed_body', `export line ${i + 1}: not an object`);
    const { type, ...rest } = o;
    if (header === null) {
      if (type !== 'header' || rest.format !== EXPORT_FORMAT) throw new GuardError('malformed_body', `export line ${i + 1}: expected a ${EXPORT_FORMAT} header`);
      header = rest;
      continue;
    }
    if (typeof rest.chain !== 'string') throw new GuardError('malformed_body', `export line ${i + 1}: missing chain`);
    switch (type) {
      case 'key':
        keys.push(rest as unknown as ChainKey);
        break;
      case 'segment':
        get(rest.chain).segment = rest as unknown as ParsedChain['segment'];
        break;
      case 'entry':
        if (typeof rest.seq !== 'number' || typeof rest.hash !== 'string' || typeof rest.prev_hash !== 'string' || typeof rest.record !== 'object' || rest.record === null) {
          throw new GuardError('malformed_body', `export line ${i + 1}: malformed entry`);
        }
        get(rest.chain).entries.push(rest as unknown as StoredEntry);
        break;
      case 'checkpoint':
        get(rest.chain).checkpoints.push(rest as unknown as Checkpoint);
        break;
      default:
        throw new GuardError('malformed_body', `export line ${i + 1}: unknown line type`);
    }
  }
  if (header === null) throw new GuardError('malformed_body', 'export is empty');
  const h = header;
  // Only a time-filtered export may hold partial segments; in a full export a segment claiming to be
  // partial would hide deleted early entries, so it is treated as full.
  const filtered = h.since !== undefined || h.until !== undefined;
  const partial = filtered && [...chains.values()].some((c) => c.segment !== undefined && !c.segment.full);
  const source: VerifySource & { header: Record<string, unknown> } = {
    header: h,
    chains: async () => [...chains.keys()].sort(),
    keys: async () => keys,
    entries: async function* (chain: string) {
      // Export order is the claimed order; the verifier judges it, so no sorting here.
      for (const e of chains.get(chain)?.entries ?? []) yield e;
    },
    checkpoints: async (chain: string) => [...(chains.get(chain)?.checkpoints ?? [])].sort((a, b) => a.seq - b.seq),
    markers: async (chain: string): Promise<ChainEntry[]> => {
      const c = chains.get(chain);
      if (!c || (c.segment && !c.segment.full)) return [];
      return c.entries.filter((e) => isTruncationMarker(e.record));
    },
  };
  if (partial) {
    source.segment = (chain: string) => {
      const s = chains.get(chain)?.segment;
      if (!s || s.full) return undefined;
      return { fromSeq: s.fromSeq, toSeq: s.toSeq, prevHash: s.prevHash };
    };
  }
  return source;
}
