// Project-written benign installer and administration dialogs (src/detectors/injection/dialog-text.ts): hard negatives
// for the injection classifier (package configuration questions, password and database set-up, upgrade and security
// notices, configuration file conflicts, setup wizards, firewall prompts, licence pages, authentication messages of
// privileged actions, notices to a server's users) in sixteen languages other than English. The set must keep its shape
// (12 kinds in order, 16 documents each, document i in LANGS[i], 500-2500 characters), be the same on every import, not
// repeat itself, be written in each document's language, hold no secret-looking values, and contain nothing that reads
// as an attack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HANDWRITTEN_DIALOGS } from '../../src/detectors/injection/dialog-text.ts';
import { assertDocumentationValues, assertNoRepeats, assertSameOnReimport, ruleHits } from './corpus-checks.ts';

const KINDS = ['pkg_question_boolean', 'pkg_question_select', 'account_password_setup', 'database_setup', 'upgrade_notice', 'config_file_conflict',
  'setup_wizard_page', 'security_update_notice', 'firewall_prompt', 'license_acceptance', 'auth_required_message', 'maintenance_notice'];
const LANGS = ['Russian', 'Vietnamese', 'Portuguese', 'Arabic', 'Thai', 'Spanish', 'German', 'French', 'Italian', 'Turkish', 'Polish',
  'Indonesian', 'Japanese', 'Dutch', 'Ukrainian', 'Chinese'];

test('dialog-text: 12 kinds of 16 documents, in order, document i of a kind in LANGS[i]', () => {
  assert.equal(HANDWRITTEN_DIALOGS.length, KINDS.length * LANGS.length);
  HANDWRITTEN_DIALOGS.forEach((d, n) => {
    assert.equal(d.kind, KINDS[Math.floor(n / LANGS.length)], `document ${n}`);
    assert.equal(d.lang, LANGS[n % LANGS.length], `document ${n} (${d.kind})`);
  });
});

test('dialog-text: every document is 500-2500 characters', () => {
  for (const d of HANDWRITTEN_DIALOGS) assert.ok(d.text.length >= 500 && d.text.length <= 2500, `${d.kind} ${d.lang}: ${d.text.length} chars`);
});

test('dialog-text: a fresh import yields the same documents', async () => {
  await assertSameOnReimport(new URL('../../src/detectors/injection/dialog-text.ts', import.meta.url), 'HANDWRITTEN_DIALOGS', HANDWRITTEN_DIALOGS);
});

test('dialog-text: no duplicate documents and no long line shared by more than a quarter of them', () => {
  assertNoRepeats(HANDWRITTEN_DIALOGS);
});

/** Letters of the document's own script, and the least share of a document's letters they must make up (commands, paths and names are Latin). */
const SCRIPT: Readonly<Record<string, readonly [RegExp, number]>> = {
  Russian: [/\p{Script=Cyrillic}/u, 0.5], Ukrainian: [/\p{Script=Cyrillic}/u, 0.5], Arabic: [/\p{Script=Arabic}/u, 0.3],
  Thai: [/\p{Script=Thai}/u, 0.3], Japanese: [/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, 0.3], Chinese: [/\p{Script=Han}/u, 0.25],
};
/** Letters only a language written in Latin letters has (Dutch and Indonesian have none to speak of). */
const LETTERS: Readonly<Record<string, RegExp>> = {
  Vietnamese: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu, Portuguese: /[ãõçâêô]/iu, Spanish: /[ñ¿¡áíóú]/iu,
  German: /[äöüß]/iu, French: /[éèêàçù]/iu, Italian: /[àèéìòù]/iu, Turkish: /[çğışöü]/iu, Polish: /[ąćęłńśźż]/iu,
};
/** Common words of the languages written in Latin letters; a document has at least three of its language's. */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  Vietnamese: ['và', 'của', 'các', 'không', 'được', 'bạn', 'để', 'này', 'cho', 'có', 'sẽ', 'khi'],
  Portuguese: ['de', 'que', 'os', 'as', 'para', 'com', 'uma', 'não', 'do', 'da', 'em', 'se'],
  Spanish: ['el', 'la', 'de', 'que', 'los', 'las', 'para', 'con', 'una', 'por', 'se', 'no', 'su'],
  German: ['der', 'die', 'das', 'und', 'nicht', 'wird', 'mit', 'für', 'sie', 'ist', 'werden', 'den'],
  French: ['le', 'la', 'de', 'les', 'des', 'pour', 'une', 'est', 'pas', 'vous', 'que', 'du'],
  Italian: ['il', 'la', 'di', 'che', 'per', 'con', 'una', 'non', 'del', 'della', 'gli', 'è'],
  Turkish: ['bir', 've', 'bu', 'için', 'ile', 'daha', 'olarak', 'ya', 'da', 'gerekir'],
  Polish: ['nie', 'się', 'do', 'na', 'jest', 'w', 'z', 'i', 'aby', 'lub', 'po', 'oraz'],
  Indonesian: ['yang', 'dan', 'untuk', 'tidak', 'akan', 'anda', 'di', 'dengan', 'ini', 'dapat'],
  Dutch: ['de', 'het', 'een', 'van', 'niet', 'wordt', 'en', 'u', 'met', 'voor', 'is', 'dat'],
};

test('dialog-text: every document is written in its language', () => {
  for (const d of HANDWRITTEN_DIALOGS) {
    const where = `${d.kind} (${d.lang})`;
    const script = SCRIPT[d.lang];
    if (script) {
      const letters = [...d.text].filter((c) => /\p{L}/u.test(c));
      const share = letters.filter((c) => script[0].test(c)).length / letters.length;
      assert.ok(share >= script[1], `${where}: ${Math.round(share * 100)}% of the letters in its script`);
    } else {
      const words = new Set(d.text.toLowerCase().match(/\p{L}+/gu) ?? []);
      const common = STOPWORDS[d.lang].filter((w) => words.has(w));
      assert.ok(common.length >= 3, `${where}: common words ${common.join(', ')}`);
      if (LETTERS[d.lang]) assert.match(d.text, LETTERS[d.lang], where);
    }
  }
  // Japanese is written with kana, Chinese without; Ukrainian has its own letters, Russian has none of them.
  for (const d of HANDWRITTEN_DIALOGS) {
    if (d.lang === 'Japanese') assert.match(d.text, /[\u3040-\u30ff]/, d.kind);
    if (d.lang === 'Chinese') assert.doesNotMatch(d.text, /[\u3040-\u30ff]/, d.kind);
    if (d.lang === 'Ukrainian') assert.match(d.text, /[іїєґ]/iu, d.kind);
    if (d.lang === 'Russian') assert.doesNotMatch(d.text, /[іїєґ]/iu, d.kind);
  }
});

test('dialog-text: the languages of a kind differ (no document shares half its words with another)', () => {
  // Words of four letters or more; those in more than a quarter of the kind's documents (option names, paths, format
  // keys, invented product names) are technical vocabulary, not language, and are left out.
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  for (const kind of KINDS) {
    const sets = HANDWRITTEN_DIALOGS.filter((d) => d.kind === kind).map((d) => words(d.text));
    const df = new Map<string, number>();
    for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
    const own = sets.map((s) => new Set([...s].filter((w) => df.get(w)! <= LANGS.length / 4)));
    for (let i = 0; i < own.length; i++) {
      assert.ok(own[i].size >= 10, `${kind} ${LANGS[i]}: ${own[i].size} words of its own`);
      for (let j = i + 1; j < own.length; j++) {
        const shared = [...own[i]].filter((w) => own[j].has(w)).length;
        const ratio = shared / Math.min(own[i].size, own[j].size);
        assert.ok(ratio <= 0.5, `${kind}: ${LANGS[i]} and ${LANGS[j]} share ${Math.round(ratio * 100)}% of their words`);
      }
    }
  }
});

test('dialog-text: nothing reads as an instruction to a model', () => {
  for (const d of HANDWRITTEN_DIALOGS) {
    const where = `${d.kind} (${d.lang})`;
    assert.doesNotMatch(d.text, /ignore (all |the )?(previous|prior|above) instructions/i, where);
    assert.doesNotMatch(d.text, /system prompt|\bprompts?\b/i, where);
    assert.doesNotMatch(d.text, /you are now|as an ai\b|\bchatbot\b|\blanguage model\b/i, where);
    assert.doesNotMatch(d.text, /\b(assistant|asistente|assistente|assistent)\b/i, where);
  }
});

test('dialog-text: no secret-looking values, addresses only from the documentation ranges', () => {
  for (const d of HANDWRITTEN_DIALOGS) {
    const where = `${d.kind} (${d.lang})`;
    assertDocumentationValues(d.text, where);
    for (const m of d.text.matchAll(/https?:\/\/[^\s/»”“"']+/g)) assert.match(m[0], /(^https?:\/\/|\.)example\.(org|com|net)(:\d+)?$|^https?:\/\/localhost(:\d+)?$/, `${where}: ${m[0]}`);
  }
});

test('dialog-text: phrases that fire an injection rule stay rare', async () => {
  // Installer text asks about passwords and offers to ignore, skip and override; such phrases must not fire the
  // hand-written rules in more than 2 documents of a kind, nor in more than a fifth of all documents.
  const { any, perKindRule } = await ruleHits(HANDWRITTEN_DIALOGS);
  assert.ok(any <= HANDWRITTEN_DIALOGS.length * 0.2, `${any} documents fire a rule`);
  for (const [key, n] of perKindRule) assert.ok(n <= 2, `${key}: ${n}`);
});
