import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { BIP39_ENGLISH } from '../../src/detectors/secrets/data/bip39-english.ts';
import { checksumHolds, findSeedPhrases, phraseOf, randomSeedPhrase } from '../../src/detectors/secrets/seed-phrase.ts';
import { createSecretsDetector } from '../../src/detectors/secrets/index.ts';
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
