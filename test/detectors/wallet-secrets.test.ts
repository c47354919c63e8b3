import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { BIP39_ENGLISH } from '../../src/detectors/secrets/data/bip39-english.ts';
import { checksumHolds, electrumVersion, findSeedPhrases, phraseOf, randomSeedPhrase } from '../../src/detectors/secrets/seed-phrase.ts';
import { createSecretsDetector } from '../../src/detectors/secrets/index.ts';
import { isExtendedPrivateKey, isWif, randomWif, randomXprv } from '../../src/detectors/secrets/crypto-keys.ts';
import { base58Check, base58CheckEncode } from '../../src/detectors/checksums.ts';
import { seededRand } from '../../src/detectors/secrets/rule.ts';
import type { DetectionContext } from '../../src/core/types.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };
const det = createSecretsDetector({ id: 'secrets' });
const seeds = (text: string): string[] => det.scan(text, ctx).filter((f) => f.type === 'CRYPTO_SEED_PHRASE').map((f) => text.slice(f.start, f.end));
const hex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, 'hex'));
const index = (w: string): number => BIP39_ENGLISH.indexOf(w);

test('the wordlist is the standard English list (2,048 words, sha256 of english.txt)', () => {
  assert.equal(BIP39_ENGLISH.length, 2048);
  assert.equal(createHash('sha256').update(BIP39_ENGLISH.join('\n') + '\n').digest('hex'), '2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda');
});

test('entropy to words and the checksum follow BIP-39 (published test vectors)', () => {
  assert.equal(phraseOf(hex('00'.repeat(16))).join(' '), 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about');
  assert.equal(phraseOf(hex('7f'.repeat(16))).join(' '), 'legal winner thank year wave sausage worth useful legal winner thank yellow');
  assert.equal(phraseOf(hex('80'.repeat(16))).join(' '), 'letter advice cage absurd amount doctor acoustic avoid letter advice cage above');
  assert.equal(phraseOf(hex('ff'.repeat(16))).join(' '), 'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong');
  assert.equal(phraseOf(hex('00'.repeat(32))).at(-1), 'art');
  const words = 'legal winner thank year wave sausage worth useful legal winner thank yellow'.split(' ').map(index);
  assert.equal(checksumHolds(words, 0, 12), true);
  words[11] = index('year');
  assert.equal(checksumHolds(words, 0, 12), false);
});

test('phrases of every length are found whole, in the forms people write them', () => {
  const r = seededRand(39);
  for (const n of [12, 15, 18, 21, 24] as const) {
    const phrase = randomSeedPhrase(r, n);
    const words = phrase.split(' ');
    assert.deepEqual(seeds(`My recovery phrase is ${phrase} please help`), [phrase], `${n} words in a sentence`);
    const numbered = words.map((w, i) => `${i + 1}. ${w}`).join('\n');
    assert.deepEqual(seeds(`Backup words:\n${numbered}\nKeep them offline.`), [numbered.slice(3)], `${n} words numbered`);
    const json = `{"mnemonic": ["${words.join('", "')}"]}`;
    assert.deepEqual(seeds(json), [words.join('", "')], `${n} words as a JSON array`);
    assert.deepEqual(seeds(phrase.toUpperCase()), [phrase.toUpperCase()], `${n} words upper case`);
    const table = words.map((w, i) => `| ${i + 1} | ${w} |`).join('\n');
    assert.equal(seeds(table).length, 1, `${n} words in a table`);
  }
  const phrase = randomSeedPhrase(r, 12);
  // Base64 of the phrase: the decoded view finds it and the finding covers the encoded run.
  const b64 = Buffer.from(phrase).toString('base64');
  const found = det.scan(`seed backup: ${b64}`, ctx).filter((f) => f.type === 'CRYPTO_SEED_PHRASE');
  assert.equal(found.length, 1);
  assert.equal(found[0].score, 0.95);
  assert.match(found[0].explanation, /^bip39-seed-phrase: BIP-39 checksum, 12 words; decoded base64$/);
  // Two phrases in one text are two findings.
  const other = randomSeedPhrase(r, 12);
  assert.deepEqual(seeds(`old wallet: ${phrase}\nnew wallet: ${other}`), [phrase, other]);
});

test('what is not a phrase: a wrong checksum, too few words, the list itself, test vectors, prose', () => {
  const r = seededRand(7);
  const words = randomSeedPhrase(r, 12).split(' ');
  // One word changed: the checksum fails (the replacement is chosen so that it does).
  const changed = [...words];
  for (const w of BIP39_ENGLISH) {
    changed[5] = w;
    if (!checksumHolds(changed.map(index), 0, 12)) break;
  }
  assert.deepEqual(seeds(changed.join(' ')), []);
  assert.deepEqual(seeds(words.slice(0, 11).join(' ')), [], 'eleven words');
  assert.deepEqual(findSeedPhrases(words.join(' . ')), [], 'words apart by full stops are sentences');
  assert.deepEqual(findSeedPhrases(words.join('_')), [], 'an identifier');
  assert.deepEqual(findSeedPhrases(words.join('-')), [], 'one hyphenated token');
  assert.deepEqual(findSeedPhrases(words.map((w) => w + 'é').join(' ')), [], 'longer words with a non-ASCII letter');
  // An excerpt of the list in its order, whatever its checksum (one in 16 such windows would pass it).
  for (let at = 0; at < 2048 - 24; at += 97) assert.deepEqual(findSeedPhrases(BIP39_ENGLISH.slice(at, at + 24).join(' ')), [], `list at ${at}`);
  assert.deepEqual(findSeedPhrases([...BIP39_ENGLISH].reverse().slice(0, 40).join('\n')), [], 'the list backwards');
  assert.deepEqual(findSeedPhrases('abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about'), []);
  assert.deepEqual(findSeedPhrases('zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong'), []);
  const prose = 'Please keep the answer under two hundred words and use plain English. Before you begin, make sure that every ' +
    'member of the team can access the shared folder, review the budget, and confirm the final price with the client today.';
  assert.deepEqual(seeds(prose), []);
});

// Wallet private keys (secrets/crypto-keys.ts). The published examples: the Bitcoin wiki's WIF example (the key
// 0C28FCA3…AA1D, uncompressed and compressed) and BIP-32 test vector 1's master key and its public twin.
const WIF = '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ';
const WIF_COMPRESSED = 'KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617';
const XPRV = 'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi';
const XPUB = 'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8';
const keys = (text: string): string[] => det.scan(text, ctx).filter((f) => f.type === 'PRIVATE_KEY').map((f) => text.slice(f.start, f.end));

test('WIF and extended private keys: the published examples and generated ones are found, exactly', () => {
  assert.equal(Buffer.from(base58Check(WIF)!.subarray(1, 5)).toString('hex'), '0c28fca3');
  assert.deepEqual(keys(`$ bitcoin-cli dumpprivkey 1GAehh7TsJAHuUAeKZcXf5CnwuGuGgyX2S\n${WIF}\nthat is the key`), [WIF]);
  assert.deepEqual(keys(`wallet backup (compressed): ${WIF_COMPRESSED}.`), [WIF_COMPRESSED]);
  assert.deepEqual(keys(`master: ${XPRV}`), [XPRV]);
  assert.deepEqual(keys(`tr(${XPRV}/86h/0h/0h/0/*)`), [XPRV], 'inside an output descriptor');
  const r = seededRand(11);
  for (let i = 0; i < 20; i++) {
    const compressed = i % 2 === 0;
    const wif = randomWif(r, compressed, i % 5 === 0);
    assert.ok(isWif(wif), wif);
    assert.deepEqual(keys(`"btc_key": "${wif}"`), [wif]);
    const x = randomXprv(r, ['xprv', 'tprv', 'yprv', 'zprv', 'Yprv', 'Zprv', 'uprv', 'vprv'][i % 8]);
    assert.ok(isExtendedPrivateKey(x), x);
    assert.deepEqual(keys(x), [x]);
  }
});

test('not wallet private keys: public keys, a wrong checksum, other versions, keys out of range, no key word', () => {
  assert.deepEqual(keys(`account xpub: ${XPUB}`), []);
  assert.equal(isExtendedPrivateKey(XPUB), false);
  // One character changed: the base58check checksum fails.
  const bad = WIF.slice(0, 20) + (WIF[20] === 'a' ? 'b' : 'a') + WIF.slice(21);
  assert.deepEqual(keys(`key ${bad}`), []);
  // A valid base58check string of another version and length (a P2PKH address), and a WIF payload with a key of 0.
  assert.deepEqual(keys('key 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'), []);
  assert.equal(isWif(base58CheckEncode(Uint8Array.from([0x80, ...new Uint8Array(32)]))), false);
  // The version byte of a WIF that does not fit its first character (a compressed-key payload written with 0x80 but 33 bytes long is a 5…).
  const payload34 = Uint8Array.from([0x80, ...new Uint8Array(32).fill(7), 0x02]);
  assert.equal(isWif(base58CheckEncode(payload34)), false, 'a 34-byte payload must end in 0x01');
  // An extended key whose version says private but whose key data is a public key.
  const pub = base58Check(XPUB)!;
  const forged = Uint8Array.from(pub);
  forged.set([0x04, 0x88, 0xad, 0xe4], 0);
  assert.equal(isExtendedPrivateKey(base58CheckEncode(forged)), false);
  // A WIF key alone, without a word of keys or wallets, is not read (its rule is keyword-gated).
  assert.deepEqual(keys(`Here it is: ${WIF}`), []);
});

test('property: skipping tokens that cannot start a run finds what reading every token finds', () => {
  const r = seededRand(5);
  const phrases = [randomSeedPhrase(r, 12), randomSeedPhrase(r, 24), randomSeedPhrase(r, 15)];
  const piece = fc.oneof(
    fc.constantFrom(...BIP39_ENGLISH.slice(0, 300), ...BIP39_ENGLISH.slice(1700)),
    fc.constantFrom('the', 'and', 'a', 'of', 'extraordinary', 'Zyx', 'café', 'x_y', '1', '12', '123', 'ABOUT', 'Legal'),
    fc.constantFrom(...phrases, ...phrases.map((p) => p.split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n'))),
  );
  const gap = fc.constantFrom(' ', '  ', '\n', ', ', '. ', ' 3) ', ' | ', '\n\n', ': ', ' - ', '"', '!', '              ');
  fc.assert(fc.property(fc.array(fc.tuple(piece, gap), { maxLength: 80 }), (parts) => {
    const text = parts.map(([p, g]) => p + g).join('');
    assert.deepEqual(findSeedPhrases(text), findSeedPhrases(text, false));
  }), { numRuns: 400 });
});

test('Electrum seeds (the same list, an HMAC version prefix instead of the checksum) are recovery phrases too', () => {
  // Electrum's own test seeds: one standard, two segwit.
  const standard = 'cycle rocket west magnet parrot shuffle foot correct salt library feed song';
  const segwit = 'wild father tree among universe such mobile favorite target dynamic credit identify';
  const segwit2 = 'bitter grass shiver impose acquire brush forget axis eager alone wine silver';
  assert.equal(electrumVersion(standard.split(' ').map(index), 0, 12), 'standard');
  assert.equal(electrumVersion(segwit.split(' ').map(index), 0, 12), 'segwit');
  assert.deepEqual(seeds(`My Electrum wallet seed: ${standard}. Please restore it.`), [standard]);
  assert.deepEqual(seeds(segwit2.split(' ').map((w, i) => `${i + 1}) ${w}`).join('\n')), [segwit2.split(' ').map((w, i) => `${i + 1}) ${w}`).join('\n').slice(3)]);
  const [f] = det.scan(segwit, ctx).filter((x) => x.type === 'CRYPTO_SEED_PHRASE');
  assert.match(f.explanation, /Electrum segwit seed, 12 words/);
  // One word changed: neither check holds (the replacement is chosen so).
  const words = standard.split(' ');
  for (const w of BIP39_ENGLISH) {
    words[11] = w;
    const ix = words.map(index);
    if (electrumVersion(ix, 0, 12) === null && !checksumHolds(ix, 0, 12)) break;
  }
  assert.deepEqual(seeds(words.join(' ')), []);
});
