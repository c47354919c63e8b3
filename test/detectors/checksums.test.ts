import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  base58Check, bech32Encode, bech32Verify, eip55, keccak256, luhn, mod97, shannonEntropy, verhoeff,
} from '../../src/detectors/checksums.ts';
import { isValidIban } from '../../src/detectors/pii/iban.ts';
import { cardIssuer } from '../../src/detectors/pii/credit-card.ts';
import { dniValid } from '../../src/detectors/pii/es-dni.ts';
import { fiscalCodeValid } from '../../src/detectors/pii/it-fiscal-code.ts';
import { nirKeyValid } from '../../src/detectors/pii/fr-nir.ts';
import { bsnValid } from '../../src/detectors/pii/nl-bsn.ts';
import { tfnValid } from '../../src/detectors/pii/au-tfn.ts';
import { nricValid } from '../../src/detectors/pii/sg-nric.ts';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

test('keccak-256 known vectors', () => {
  assert.equal(hex(keccak256(new Uint8Array())), 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
  assert.equal(hex(keccak256(Buffer.from('abc'))), '4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
  // Longer than one 136-byte block.
  assert.equal(hex(keccak256(Buffer.alloc(200, 0x61))).length, 64);
});

test('EIP-55 checksums of the specification examples', () => {
  for (const a of ['5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 'dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', 'D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb']) {
    assert.equal(eip55(a.toLowerCase()), a);
  }
});

test('bech32 / bech32m: spec vectors and encode→verify round trip', () => {
  assert.equal(bech32Verify('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')?.encoding, 'bech32');
  assert.equal(bech32Verify('bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297')?.encoding, 'bech32m');
  assert.equal(bech32Verify('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'), null);
  assert.equal(bech32Verify('bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'), null, 'mixed case is invalid');
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 50 }), fc.boolean(), (data, m) => {
    const enc = m ? 'bech32m' : 'bech32';
    const s = bech32Encode('bc', data, enc);
    const v = bech32Verify(s);
    assert.ok(v !== null);
    assert.equal(v.encoding, enc);
    assert.deepEqual(v.data, data);
    // One changed character breaks the checksum.
    const i = 3 + (data.length % (s.length - 3));
    const alt = s[i] === 'q' ? 'p' : 'q';
    assert.equal(bech32Verify(s.slice(0, i) + alt + s.slice(i + 1)), null);
  }), { numRuns: 200 });
});

test('base58check addresses', () => {
  assert.equal(base58Check('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')?.[0], 0);
  assert.equal(base58Check('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')?.[0], 5);
  assert.equal(base58Check('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb'), null);
  assert.equal(base58Check('0OIl'), null, 'characters outside the alphabet');
});

test('luhn, mod97, verhoeff and card issuers', () => {
  assert.ok(luhn('4111111111111111'));
  assert.ok(!luhn('4111111111111112'));
  assert.equal(mod97('370400440532013000DE89'.replace('DE89', '131489')), 1);
  assert.ok(isValidIban('DE89 3704 0044 0532 0130 00'));
  assert.ok(!isValidIban('DE89 3704 0044 0532 0130 01'));
  assert.ok(!isValidIban('DE89 3704 0044 0532 0130 0'), 'wrong length for DE');
  assert.ok(verhoeff('2363'));
  assert.ok(!verhoeff('2364'));
  assert.equal(cardIssuer('2223003122003222'), 'mastercard');
  assert.equal(cardIssuer('378282246310005'), 'amex');
  assert.equal(cardIssuer('9111111111111111'), null);
});

test('national identifier check digits', () => {
  assert.ok(dniValid('12345678Z'));
  assert.ok(!dniValid('12345678A'));
  assert.ok(dniValid('X1234567L'));
  assert.ok(fiscalCodeValid('RSSMRA85T10A562S'));
  assert.ok(!fiscalCodeValid('RSSMRA85T10A562T'));
  assert.ok(nirKeyValid('255081416802538'));
  assert.ok(!nirKeyValid('255081416802539'));
  assert.ok(bsnValid('111222333'));
  assert.ok(!bsnValid('111222334'));
  assert.ok(tfnValid('123456782'));
  assert.ok(!tfnValid('123456789'));
  assert.equal(nricValid('S1234567D'), true);
  assert.equal(nricValid('S1234567A'), false);
});

test('shannon entropy', () => {
  assert.equal(shannonEntropy('aaaa'), 0);
  assert.equal(shannonEntropy('abcd'), 2);
  assert.ok(shannonEntropy('q8Xv2LmN9pR4sT7wY1zK') > 4);
});
