// CRYPTO_ADDRESS: Bitcoin addresses (base58check P2PKH/P2SH with version byte 0x00/0x05; bech32
// segwit v0 and bech32m v1+ with hrp bc/tb) and Ethereum addresses (0x + 40 hex; mixed case must pass
// the EIP-55 checksum, computed with our own Keccak-256; all-lower/all-upper case is accepted with a
// lower score since 40 hex digits can also be a hash).
import { base58Check, bech32Verify, eip55 } from '../checksums.ts';
import type { Recognizer } from '../recognizer.ts';

export const recognizer: Recognizer = {
  id: 'crypto',
  type: 'CRYPTO_ADDRESS',
  patterns: [
    { name: 'btc-base58', regex: '\\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\\b', score: 0.3 },
    { name: 'btc-bech32', regex: '\\b(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}\\b', score: 0.3 },
    { name: 'eth', regex: '\\b0x[0-9a-fA-F]{40}\\b', score: 0.3 },
  ],
  maxLength: 90,
  context: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'crypto', 'send to', 'address'],
  contextBoost: 0.1,
  validate(value) {
    if (value.startsWith('0x')) {
      const hex = value.slice(2);
      const lower = hex.toLowerCase();
      if (hex === lower || hex === hex.toUpperCase()) return { score: 0.6, note: 'eth, no checksum case' };
      return eip55(hex) === hex ? { score: 0.95, note: 'eth, eip55' } : null;
    }
    const c = value[0];
    if (c === '1' || c === '3') {
      const p = base58Check(value);
      if (p === null || p.length !== 21 || (p[0] !== 0 && p[0] !== 5)) return null;
      return { score: 0.95, note: 'btc, base58check' };
    }
    const b = bech32Verify(value);
    if (b === null || (b.hrp !== 'bc' && b.hrp !== 'tb') || b.data.length === 0) return null;
    const version = b.data[0];
    if ((version === 0) !== (b.encoding === 'bech32')) return null; // BIP-350: v0 uses bech32, v1+ bech32m
    return { score: 0.95, note: `btc, ${b.encoding}` };
  },
  examples: {
    match: ['send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
    noMatch: ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'],
  },
};
