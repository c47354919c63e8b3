// Property: any single tampering of a checkpointed chain (edit, delete, swap, insert, truncate) is
// detected, and the first problem is reported at or before the tampered position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateKeyPairSync } from 'node:crypto';
import { ChainHead, keyIdOf, signCheckpoint, entryHash } from '../../src/audit/chain.ts';
import type { SigningKey } from '../../src/audit/chain.ts';
import { canonicalJson } from '../../src/audit/canonical.ts';
import { indexColumns } from '../../src/audit/columns.ts';
import type { Checkpoint, EntryPayload, StoredEntry } from '../../src/audit/model.ts';
import { verifySource } from '../../src/audit/verify.ts';
import type { VerifySource } from '../../src/audit/verify.ts';
import { makeRecord } from './helpers.ts';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const key: SigningKey = { privateKey, publicKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), keyId: keyIdOf(publicKey) };

function build(n: number, every: number): { entries: StoredEntry[]; cps: Checkpoint[] } {
  const head = new ChainHead('c');
  const recs = Array.from({ length: n }, (_, i) => {
    const r = makeRecord(i);
    return { canonical: canonicalJson(r), columns: indexColumns(r) };
  });
  const pending = head.link(recs);
  const entries = pending.map((p) => ({ chain: p.chain, seq: p.seq, prev_hash: p.prev_hash, hash: p.hash, record: JSON.parse(p.canonical) as EntryPayload }));
  const cps: Checkpoint[] = [];
  for (const e of entries) {
    if (e.seq % every === 0 || e.seq === n) cps.push(signCheckpoint(key, { chain: 'c', seq: e.seq, hash: e.hash, time: '2026-01-01T00:00:00.000Z', count: e.seq, witness: [] }));
  }
  return { entries, cps };
}

function source(entries: StoredEntry[], cps: Checkpoint[]): VerifySource {
  return {
    chains: async () => ['c'],
    keys: async () => [],
    entries: async function* () {
      yield* entries;
    },
    checkpoints: async () => cps,
    markers: async () => [],
  };
}

type Tamper =
  | { kind: 'edit'; at: number }
  | { kind: 'edit-rehash'; at: number }
  | { kind: 'delete'; at: number }
  | { kind: 'swap'; at: number }
  | { kind: 'insert'; at: number }
  | { kind: 'truncate'; at: number };

function apply(entries: StoredEntry[], t: Tamper): { entries: StoredEntry[]; position: number } {
  const out = entries.map((e) => ({ ...e }));
  const i = t.at;
  switch (t.kind) {
    case 'edit':
      out[i] = { ...out[i], record: { ...(out[i].record as object), model: 'tampered' } as EntryPayload };
      return { entries: out, position: out[i].seq };
    case 'edit-rehash': {
      // Rewrite one record and recompute every hash after it: only a checkpoint can tell.
      let prev = i === 0 ? '0'.repeat(64) : out[i - 1].hash;
      for (let k = i; k < out.length; k++) {
        const record = k === i ? ({ ...(out[k].record as object), decision: 'allow', model: 'x' } as EntryPayload) : out[k].record;
        const hash = entryHash('c', out[k].seq, prev, record);
        out[k] = { ...out[k], prev_hash: prev, record, hash };
        prev = hash;
      }
      return { entries: out, position: out[i].seq };
    }
    case 'delete':
      out.splice(i, 1);
      return { entries: out, position: i + 1 };
    case 'swap': {
      const a = out[i];
      const b = out[i + 1];
      out[i] = { ...b, seq: a.seq };
      out[i + 1] = { ...a, seq: b.seq };
      return { entries: out, position: a.seq };
    }
    case 'insert': {
      const prev = i === 0 ? '0'.repeat(64) : out[i - 1].hash;
      const record = makeRecord(999) as EntryPayload;
      const forged = { chain: 'c', seq: i + 1, prev_hash: prev, record, hash: entryHash('c', i + 1, prev, record) };
      const shifted = out.slice(i).map((e) => ({ ...e, seq: e.seq + 1 }));
      return { entries: [...out.slice(0, i), forged, ...shifted], position: i + 1 };
    }
    case 'truncate':
      return { entries: out.slice(0, i), position: i + 1 };
  }
}

test('property: every single tampering is detected at or before the tampered seq', async () => {
  const N = 24;
  const { entries, cps } = build(N, 6);
  const clean = await verifySource(source(entries, cps), { publicKeys: [key.publicPem] });
  assert.equal(clean.ok, true, JSON.stringify(clean.issues));
  const tamper = fc.oneof(
    fc.record({ kind: fc.constantFrom('edit' as const, 'edit-rehash' as const, 'delete' as const, 'insert' as const, 'truncate' as const), at: fc.integer({ min: 0, max: N - 1 }) }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.integer({ min: 0, max: N - 2 }) }),
  );
  await fc.assert(
    fc.asyncProperty(tamper, async (t) => {
      const { entries: bad, position } = apply(entries, t);
      const rep = await verifySource(source(bad, cps), { publicKeys: [key.publicPem] });
      assert.equal(rep.ok, false, `${t.kind} at ${t.at} not detected`);
      const first = rep.issues[0];
      if (t.kind === 'edit-rehash') {
        // Caught by the next checkpoint after the rewrite.
        assert.equal(first.kind, 'checkpoint_mismatch');
        assert.ok(first.seq >= position && first.seq <= Math.ceil(position / 6) * 6, `${first.seq} vs ${position}`);
      } else {
        assert.ok(first.seq <= position, `${t.kind} at seq ${position} reported at ${first.seq} (${first.kind})`);
        // Deleting the last entry is a truncated tail.
        const expected = t.kind === 'delete' && t.at === N - 1 ? 'truncated' : { edit: 'altered', delete: 'removed', swap: 'reordered', insert: 'inserted', truncate: 'truncated' }[t.kind];
        assert.equal(first.kind, expected, `${t.kind} at seq ${position}: ${first.kind} ${first.message}`);
      }
    }),
    { numRuns: 150 },
  );
});
