// Wallet private keys in the two text forms Bitcoin software exports them (forty-sixth round), typed
// PRIVATE_KEY; both end in a base58check checksum (the first 4 bytes of SHA-256(SHA-256(payload))), so a
// random string of the right shape passes one time in 2^32:
//   bitcoin-wif-private-key     Wallet Import Format (`dumpprivkey`, paper wallets, key sweeping): version
//                               0x80 (mainnet) or 0xef (testnet), the 32-byte key, and 0x01 when the public key
//                               is compressed: 51 characters starting 5 (mainnet) or 9 (testnet), 52 starting
//                               K or L (mainnet) or c (testnet). The key must lie in 1 … n-1 of secp256k1.
//   bip32-extended-private-key  a BIP-32 extended private key (an HD wallet's master or account key: every
//                               child key follows from it): 78 bytes, 111 characters starting xprv or tprv,
//                               or the SLIP-132 variants yprv, zprv, Yprv, Zprv, uprv, vprv; the key data's
//                               first byte is 0x00 (an extended public key, xpub…, has 0x02 or 0x03 there and
//                               is not reported).
// A WIF key has no literal prefix, so its rule runs where a word of keys or wallets occurs ("key", "wif",
// "wallet", "bitcoin", "btc", "privkey"): `dumpprivkey` output pasted alone is not read.
import { base58Check, base58CheckEncode } from '../checksums.ts';
import type { Rand, SecretRule } from './rule.ts';

const B58_CLASS = '[1-9A-HJ-NP-Za-km-z]';
/** A base58 token may not continue past the match. */
const END = '(?:[^1-9A-HJ-NP-Za-km-z]|$)';
/** The order of secp256k1's group: a private key is below it and not zero. */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** Version bytes of extended private keys: BIP-32 xprv, tprv and the SLIP-132 variants. */
const XPRV_VERSIONS: ReadonlyMap<string, number> = new Map([
  ['xprv', 0x0488ade4], ['tprv', 0x04358394], ['yprv', 0x049d7878], ['zprv', 0x04b2430c],
  ['Yprv', 0x0295b005], ['Zprv', 0x02aa7a99], ['uprv', 0x044a4e28], ['vprv', 0x045f18bc],
]);

function inKeyRange(key: Uint8Array): boolean {
  const k = BigInt('0x' + Buffer.from(key).toString('hex'));
  return k > 0n && k < SECP256K1_N;
}

/** Whether `s` is a WIF private key: base58check, version 0x80 or 0xef, 32 key bytes (and 0x01 for a compressed key). */
export function isWif(s: string): boolean {
  const p = base58Check(s);
  if (p === null || (p[0] !== 0x80 && p[0] !== 0xef)) return false;
  if (p.length === 34 ? p[33] !== 0x01 : p.length !== 33) return false;
  // The first character follows from version and length: 5 / 9 uncompressed, K L / c compressed.
  const first = s[0];
  const compressed = p.length === 34;
  const ok = p[0] === 0x80 ? (compressed ? first === 'K' || first === 'L' : first === '5') : compressed ? first === 'c' : first === '9';
  return ok && inKeyRange(p.subarray(1, 33));
}

/** Whether `s` is an extended private key: base58check of 78 bytes, a private version, key data 0x00 + key. */
export function isExtendedPrivateKey(s: string): boolean {
  const version = XPRV_VERSIONS.get(s.slice(0, 4));
  if (version === undefined) return false;
  const p = base58Check(s);
  if (p === null || p.length !== 78) return false;
  if (((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0 !== version) return false;
  return p[45] === 0x00 && inKeyRange(p.subarray(46, 78));
}

function randomBytes(r: Rand, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
  b[0] = (b[0] % 0xfe) + 1; // a key well inside 1 … n-1
  return b;
}

/** A WIF key for tests and samples (never a funded wallet). */
export function randomWif(r: Rand, compressed: boolean, testnet = false): string {
  const key = randomBytes(r, 32);
  return base58CheckEncode(Uint8Array.from([testnet ? 0xef : 0x80, ...key, ...(compressed ? [0x01] : [])]));
}

/** An extended private key for tests and samples: depth 0 master key with a random chain code. */
export function randomXprv(r: Rand, prefix = 'xprv'): string {
  const version = XPRV_VERSIONS.get(prefix)!;
  const payload = new Uint8Array(78);
  payload.set([version >>> 24, (version >>> 16) & 0xff, (version >>> 8) & 0xff, version & 0xff], 0);
  // depth 0, parent fingerprint 0, child number 0 (bytes 4-12), chain code (13-44), 0x00, key (46-77)
  payload.set(randomBytes(r, 32), 13);
  payload.set(randomBytes(r, 32), 46);
  return base58CheckEncode(payload);
}

export const CRYPTO_KEY_RULES: readonly SecretRule[] = [
  {
    id: 'bitcoin-wif-private-key',
    type: 'PRIVATE_KEY',
    regex: `\\b([59KLc]${B58_CLASS}{50,51})${END}`,
    group: 1,
    keywords: ['key', 'wif', 'wallet', 'bitcoin', 'btc'],
    score: 0.95,
    maxLength: 53,
    validate: (s) => (isWif(s) ? { note: 'base58check, WIF' } : null),
    sample: (r) => {
      const wif = randomWif(r, r() < 0.7, r() < 0.2);
      return [`bitcoin-cli dumpprivkey gives ${wif}`, `WIF: ${wif}`, `{"wallet": "cold", "key": "${wif}"}`][Math.floor(r() * 3)];
    },
  },
  {
    id: 'bip32-extended-private-key',
    type: 'PRIVATE_KEY',
    regex: `\\b((?:[xtyzuvYZ]prv)${B58_CLASS}{107})${END}`,
    group: 1,
    keywords: ['prv'],
    anchor: { literals: [...XPRV_VERSIONS.keys()], within: 0, caseSensitive: true },
    score: 0.95,
    maxLength: 112,
    validate: (s) => (isExtendedPrivateKey(s) ? { note: 'base58check, BIP-32' } : null),
    sample: (r) => {
      const xprv = randomXprv(r, ['xprv', 'tprv', 'zprv'][Math.floor(r() * 3)]);
      return [`Account extended key: ${xprv}`, `descriptor: wpkh(${xprv}/84h/0h/0h/0/*)`][Math.floor(r() * 2)];
    },
  },
];
