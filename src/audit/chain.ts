// Hash chain and signatures of the audit trail.
//
// Entry hash:       SHA-256( "llm-boundary.audit.entry.v1" || 0x00 || canonical({chain, prev_hash, record, seq}) )
// Checkpoint sig:   Ed25519( "llm-boundary.audit.checkpoint.v1" || 0x00 || canonical(checkpoint without signature) )
// Truncation sig:   Ed25519( "llm-boundary.audit.truncation.v1" || 0x00 || canonical(marker without signature) )
// The domain prefixes keep a value valid in one role from being replayed in another.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, hash as oneShotHash, sign, verify, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, writeSync, closeSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { canonicalJson } from './canonical.ts';
import { GuardError } from '../core/errors.ts';
import type { Checkpoint, EntryPayload, PendingEntry, QueuedRecord, TruncationMarker, WitnessRef } from './model.ts';
import { GENESIS_HASH } from './model.ts';
import type { IndexColumns } from './columns.ts';

export const ENTRY_DOMAIN = 'llm-boundary.audit.entry.v1\0';
export const CHECKPOINT_DOMAIN = 'llm-boundary.audit.checkpoint.v1\0';
export const TRUNCATION_DOMAIN = 'llm-boundary.audit.truncation.v1\0';

/**
 * Hash of an entry given the canonical JSON of its record. Keys of the wrapper are already in
 * canonical order (chain < prev_hash < record < seq), so the wrapper is built by concatenation and the
 * record is serialised only once.
 */
export function entryHashFromCanonical(chain: string, seq: number, prevHash: string, recordCanonical: string): string {
  const body = '{"chain":' + JSON.stringify(chain) + ',"prev_hash":' + JSON.stringify(prevHash) + ',"record":' + recordCanonical + ',"seq":' + String(seq) + '}';
  return oneShotHash('sha256', ENTRY_DOMAIN + body, 'hex');
}

export function entryHash(chain: string, seq: number, prevHash: string, record: EntryPayload): string {
  return entryHashFromCanonical(chain, seq, prevHash, canonicalJson(record));
}

/**
 * In-memory head of one chain. Owned by the writer (one per chain per process); link() is called in
 * append order and advances the head only when commit() confirms the store accepted the entries.
 */
export class ChainHead {
  readonly chain: string;
  seq: number;
  hash: string;
  constructor(chain: string, seq = 0, hash = GENESIS_HASH) {
    this.chain = chain;
    this.seq = seq;
    this.hash = hash;
  }
  /** Build entries for canonical records following the current head, without moving the head. */
  link(records: readonly { canonical: string; columns: IndexColumns }[]): PendingEntry[] {
    const out: PendingEntry[] = [];
    let seq = this.seq;
    let prev = this.hash;
    for (const r of records) {
      seq += 1;
      const hash = entryHashFromCanonical(this.chain, seq, prev, r.canonical);
      out.push({ chain: this.chain, seq, prev_hash: prev, hash, canonical: r.canonical, columns: r.columns });
      prev = hash;
    }
    return out;
  }
  commit(last: { seq: number; hash: string }): void {
    this.seq = last.seq;
    this.hash = last.hash;
  }
}

/**
 * Canonicalise queued JSON snapshots and link them after `head`. A snapshot that cannot be
 * canonicalised (only possible for pathological nesting) is replaced by a placeholder record saying
 * so, rather than blocking the chain: accepted records are never dropped silently.
 */
export function linkRecords(chain: string, head: { seq: number; hash: string }, records: readonly QueuedRecord[]): PendingEntry[] {
  const prepared = records.map((r) => {
    try {
      return { canonical: canonicalJson(JSON.parse(r.text)), columns: r.columns };
    } catch (err) {
      const placeholder = { type: 'audit.unserialisable', time: new Date().toISOString(), reason: String((err as Error).message).slice(0, 200) };
      return { canonical: canonicalJson(placeholder), columns: { kind: 'record' as const, time: placeholder.time, decision: null, identity: null, decision_id: null, detectors: ',', tools: ',' } };
    }
  });
  return new ChainHead(chain, head.seq, head.hash).link(prepared);
}

// ---------------------------------------------------------------------------------------------------
// Keys

/** A chain's signing key, loaded once at start-up and kept for the process lifetime. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** SPKI PEM of the public key. */
  readonly publicPem: string;
  /** First 16 bytes (hex) of SHA-256 over the SPKI DER: names the key in checkpoints and markers. */
  readonly keyId: string;
}

export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 32);
}

function fromPrivate(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new GuardError('internal', 'audit key must be an Ed25519 private key');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), keyId: keyIdOf(publicKey) };
}

/**
 * Load the Ed25519 private key (PKCS#8 PEM) at path, or create it with mode 0600 (directory 0700) when
 * missing. Creation uses O_EXCL so two processes racing on first start end up with the same key.
 */
export function loadOrCreateSigningKey(path: string): SigningKey {
  try {
    return fromPrivate(createPrivateKey(readFileSync(path)));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new GuardError('internal', `cannot load audit key ${path}: ${(err as Error).message}`, { cause: err });
    }
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fromPrivate(createPrivateKey(readFileSync(path)));
    throw new GuardError('internal', `cannot create audit key ${path}: ${(err as Error).message}`, { cause: err });
  }
  try {
    writeSync(fd, pem);
  } finally {
    closeSync(fd);
  }
  return fromPrivate(privateKey);
}

/** Load only the private key (no creation): for commands that must not invent a key. */
export function loadSigningKey(path: string): SigningKey {
  try {
    return fromPrivate(createPrivateKey(readFileSync(path)));
  } catch (err) {
    throw new GuardError('internal', `cannot load audit key ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** Parse a public key from PEM (SPKI) or from a private key PEM. */
export function parsePublicKey(pem: string | Buffer): KeyObject {
  const text = pem.toString();
  const key = text.includes('PRIVATE KEY') ? createPublicKey(createPrivateKey(text)) : createPublicKey(text);
  if (key.asymmetricKeyType !== 'ed25519') throw new GuardError('internal', 'audit public key must be Ed25519');
  return key;
}

/** True when s is a usable chain id: 1..128 chars of [A-Za-z0-9._:-]. */
export function isValidChainId(s: string): boolean {
  if (s.length < 1 || s.length > 128) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 45 || c === 58;
    if (!ok) return false;
  }
  return true;
}

/**
 * The chain id of this replica: the explicit value when given (flag / LLM_BOUNDARY_AUDIT_CHAIN), else
 * the id persisted in `<keyPath>.chain`, else a new `hostname-random` id written there. Persisting it
 * next to the key keeps one chain per key across restarts.
 */
export function resolveChainId(keyPath: string, explicit?: string): string {
  const chosen = explicit ?? process.env.LLM_BOUNDARY_AUDIT_CHAIN;
  if (chosen !== undefined && chosen !== '') {
    if (!isValidChainId(chosen)) throw new GuardError('internal', 'audit chain id must be 1-128 characters of A-Z a-z 0-9 . _ : -');
    return chosen;
  }
  const file = keyPath + '.chain';
  try {
    const id = readFileSync(file, 'utf8').trim();
    if (isValidChainId(id)) return id;
    throw new GuardError('internal', `invalid chain id in ${file}`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  let host = '';
  for (const ch of hostname()) host += isValidChainId(ch) ? ch : '-';
  const id = (host.slice(0, 100) || 'replica') + '-' + randomBytes(4).toString('hex');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, id + '\n');
    } finally {
      closeSync(fd);
    }
    return id;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw err;
  }
}

/** True when the key file is readable by group or others (operators get a warning). */
export function keyFileTooOpen(path: string): boolean {
  try {
    return (statSync(path).mode & 0o077) !== 0;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Signed statements

type CheckpointBody = Omit<Checkpoint, 'signature'>;
type MarkerBody = Omit<TruncationMarker, 'signature'>;

export function signCheckpoint(key: SigningKey, body: Omit<CheckpointBody, 'keyId'>): Checkpoint {
  const full: CheckpointBody = { ...body, keyId: key.keyId };
  const signature = sign(null, Buffer.from(CHECKPOINT_DOMAIN + canonicalJson(full)), key.privateKey).toString('base64');
  return { ...full, signature };
}

export function checkpointSignatureValid(cp: Checkpoint, publicKey: KeyObject): boolean {
  const { signature, ...body } = cp;
  try {
    return verify(null, Buffer.from(CHECKPOINT_DOMAIN + canonicalJson(body)), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export function signMarker(key: SigningKey, body: Omit<MarkerBody, 'keyId' | 'type'>): TruncationMarker {
  const full: MarkerBody = { type: 'audit.truncation', ...body, keyId: key.keyId };
  const signature = sign(null, Buffer.from(TRUNCATION_DOMAIN + canonicalJson(full)), key.privateKey).toString('base64');
  return { ...full, signature };
}

export function markerSignatureValid(m: TruncationMarker, publicKey: KeyObject): boolean {
  const { signature, ...body } = m;
  try {
    return verify(null, Buffer.from(TRUNCATION_DOMAIN + canonicalJson(body)), publicKey, Buffer.from(String(signature), 'base64'));
  } catch {
    return false;
  }
}

export function isTruncationMarker(r: EntryPayload): r is TruncationMarker {
  return (r as { type?: unknown }).type === 'audit.truncation';
}

export type { WitnessRef };
