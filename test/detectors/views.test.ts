// Scanning through views with the original read only near normalisation's changes (views.ts,
// `original: 'near_changes'`, the PII and secrets detectors' default): what changed, which windows are
// read, which window findings are kept, and that the two modes agree on realistic text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayChange, normalize } from '../../src/detectors/normalize.ts';
import { CUT_EDGE, DEFAULT_VIEW_OPTIONS, ORIGINAL_MARGIN, hasJsonEscape, jsonUnescaped, originalWindows, scanViews, type ViewOptions } from '../../src/detectors/views.ts';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import { createSecretsDetector } from '../../src/detectors/secrets/index.ts';
import type { DetectionContext, Finding } from '../../src/core/types.ts';
import { denseRecords, detectorCorpus, withCharacter } from '../../bench/lib/payloads.ts';
import { mulberry32 as prng } from '../../src/core/prng.ts';

const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' };
const WHOLE: ViewOptions = { ...DEFAULT_VIEW_OPTIONS, original: 'whole' };
const NEAR: ViewOptions = { ...DEFAULT_VIEW_OPTIONS, original: 'near_changes' };

/** Characters normalisation changes (or keeps: 'é', '—', '’', 'ß') and plain text around them. */
const PIECES = ['\u200b', '\u00ad', '\u202e', '\u{e0041}', '\ufe0f', 'ｆ', '１', 'ﬁ', '…', '½', '\u00a0', '\u3000', 'а', 'Ο', 'ѕ', '™',
  'e\u0301', 'é', '—', '–', '\u2212', '7', '’', 'ß', '😀', '👩\u200d💻', '\ud800', 'x', ' ', '\n', 'A',
  // Styled letters and the letters of decorated words (core/styled.ts), and marks stacked on a letter.
  'ᴀ', '🅐', '🇩', '⒜', '❶', 'ȧ', 'ṅ', 'ė', 'ḋ', 'ȯ', 'a\u0336', '\u0301\u0316'];

test('changes(): outside the changed ranges the normalised text copies the original unit for unit; mayChange() is never wrong to say no', () => {
  const unit = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }));
  fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
    const s = parts.join('');
    const n = normalize(s, { decode: false });
    const ch = n.changes();
    if (n.changed) assert.ok(mayChange(s), 'mayChange() said no to a text normalisation changes');
    if (!n.changed) {
      assert.deepEqual(ch, []);
      return;
    }
    const inChange = new Uint8Array(s.length);
    for (let i = 0; i < ch.length; i += 2) {
      assert.ok(ch[i] < ch[i + 1] && (i === 0 || ch[i - 1] < ch[i]), 'ascending, disjoint, non-empty ranges');
      inChange.fill(1, ch[i], ch[i + 1]);
    }
    // Normalised units come in groups that map to one original range; a group outside the changes
    // copies that range unchanged, and every unchanged original unit is copied by exactly one group.
    const copied = new Uint8Array(s.length);
    for (let k = 0; k < n.text.length;) {
      const a = n.starts[k];
      const b = n.ends[k];
      let j = k + 1;
      while (j < n.text.length && n.starts[j] === a && n.ends[j] === b) j++;
      let touches = false;
      for (let o = a; o < b; o++) if (inChange[o] === 0) touches = true;
      if (touches) {
        assert.equal(n.text.slice(k, j), s.slice(a, b), `units [${k}, ${j}) copy [${a}, ${b}) outside the changes`);
        for (let o = a; o < b; o++) {
          assert.equal(copied[o], 0);
          copied[o] = 1;
        }
      }
      k = j;
    }
    for (let o = 0; o < s.length; o++) if (inChange[o] === 0) assert.equal(copied[o], 1, `original unit ${o} is not copied`);
  }), { numRuns: 400 });
  assert.deepEqual(normalize('plain ascii').changes(), []);
  assert.equal(mayChange('caf\u00e9 \u2014 na\u00efve \u2019quoted\u2019 \u00df'), false, 'letters and punctuation normalisation keeps');
  for (const c of ['\u2026', '\u00a0', '\u200b', '\u0430', 'e\u0301', '\uff41', '\u{1d400}', 'ᴀ', '⒜', 'ȧṅėḋ', 'jȧṅė.ḋȯė@x']) {
    assert.equal(mayChange(`ab ${c}`), true, c);
    assert.ok(normalize(`ab ${c}`, { decode: false }).changed, c);
  }
  // Accented words of languages: no change, and mayChange says so.
  for (const w of ['Příští', 'été', 'Übergrößenträger', 'người']) {
    assert.equal(mayChange(`ab ${w}`), false, w);
    assert.equal(normalize(`ab ${w}`, { decode: false }).changed, false, w);
  }
  assert.deepEqual(normalize('a\u2026b').changes(), [1, 2]);
  assert.deepEqual(normalize('ab\u200b\u200bcd ｆ').changes(), [2, 4, 7, 8]);
});

test('originalWindows: margins each side, whole runs of non-whitespace, merged when close, null when they would cover half the text', () => {
  const m = ORIGINAL_MARGIN + CUT_EDGE;
  const spaces = (n: number): string => ' '.repeat(n);
  assert.deepEqual(originalWindows(spaces(10_000), [5000, 5001]), [5000 - m, 5001 + m]);
  assert.deepEqual(originalWindows(spaces(10_000), [10, 11, 9990, 9991]), [0, 11 + m, 9990 - m, 10_000]);
  // Two changes whose windows nearly meet read one window.
  const gap = 2 * m + CUT_EDGE;
  assert.deepEqual(originalWindows(spaces(10_000), [3000, 3001, 3001 + gap, 3002 + gap]), [3000 - m, 3002 + gap + m]);
  assert.equal(originalWindows(spaces(1000), [500, 501]), null, 'one window over more than half of a short text');
  assert.equal(originalWindows(spaces(10_000), Array.from({ length: 20 }, (_, i) => [i * 500, i * 500 + 1]).flat()), null);
  // A token that the margin would cut is read whole, and CUT_EDGE past it.
  const token = 'x'.repeat(700);
  const text = `${spaces(3000)}\u2026${token}${spaces(6000)}`;
  const [a, b] = originalWindows(text, [3000, 3001])!;
  assert.equal(a, 3000 - m);
  assert.equal(b, 3001 + token.length + CUT_EDGE);
});

/** A toy core: every word, reported with a score that says which view it came from. */
function words(t: string): Finding[] {
  const out: Finding[] = [];
  for (const m of t.matchAll(/[^\s.…]+/gu)) out.push({ detector: 'words', type: 'WORD', start: m.index, end: m.index + m[0].length, score: 0.5, explanation: m[0] });
  return out;
}

test('near_changes: the original is read around its changes, whole words only, and everything else once', () => {
  const filler = (n: number): string => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
  const left = filler(300);
  const right = filler(300);
  const text = `${left} pаypаl… ${right}`; // Cyrillic а twice, an ellipsis
  const seen: string[] = [];
  const core = (t: string): Finding[] => {
    seen.push(t);
    return words(t);
  };
  const near = scanViews(text, core, NEAR);
  const whole = scanViews(text, words, WHOLE);
  assert.deepEqual(near, whole, 'same findings as reading the whole original');
  const change = text.indexOf('pаypаl');
  // The original word with its look-alikes is kept (only the original reads "pаypаl").
  const raw = near.find((f) => f.start === change && f.explanation === 'pаypаl');
  assert.ok(raw !== undefined, 'the reading of the original next to the change is kept');
  // The normalised copy's reading of the same word is merged into it; far words are not marked normalised.
  assert.ok(near.every((f) => f.start >= change - 1 && f.start <= change + 10 ? true : !f.explanation.endsWith('normalised')));
  // What the core read: the normalised copy in full, and of the original only a window around the change.
  const originalRead = seen.filter((t) => t !== normalize(text).text);
  assert.equal(originalRead.length, 1);
  assert.ok(originalRead[0].length <= 2 * (ORIGINAL_MARGIN + CUT_EDGE) + 20, `read ${originalRead[0].length} units of the original`);
  assert.ok(text.includes(originalRead[0]));
});

test('near_changes: a reading across whitespace longer than the margin comes from the normalised copy', () => {
  // A toy core that reads runs of lower-case words: one run, longer than the margin, ends at the change.
  const runs = (t: string): Finding[] => [...t.matchAll(/[a-z\u200b]+(?: [a-z\u200b]+)*/gu)]
    .map((m) => ({ detector: 'runs', type: 'RUN', start: m.index, end: m.index + m[0].length, score: 0.5, explanation: `${m[0].length}` }));
  const long = 'word '.repeat(ORIGINAL_MARGIN / 2);
  const text = `${'A1 '.repeat(600)}${long}end\u200bq ${'B2 '.repeat(600)}`;
  const near = scanViews(text, runs, NEAR);
  const start = text.indexOf(long);
  const got = near.filter((f) => f.type === 'RUN');
  assert.deepEqual(got.map((f) => [f.start, f.end]), [[start, text.indexOf(' B2', start)]], 'one run, whole');
  assert.equal(got[0].explanation, `${long.length + 4}; normalised`, 'read from the normalised copy: the window cut the run');
  const spans = (fs: Finding[]): string[] => fs.map((f) => `${f.start}-${f.end}`);
  assert.deepEqual(spans(near), spans(scanViews(text, runs, WHOLE)));
});

/** One of PIECES' changed characters (or a look-alike for a Latin letter) at `k` random places. */
function sprinkle(text: string, k: number, rand: () => number): string {
  const inserts = ['\u2026', '\u00a0', '\u200b', '１', 'ﬁ', '\u00ad', '™', '\u3000', '½'];
  let s = text;
  for (let i = 0; i < k; i++) {
    const p = Math.floor(rand() * s.length);
    if (rand() < 0.3) {
      const j = s.indexOf('a', p);
      if (j >= 0) {
        s = `${s.slice(0, j)}а${s.slice(j + 1)}`;
        continue;
      }
    }
    s = `${s.slice(0, p)}${inserts[Math.floor(rand() * inserts.length)]}${s.slice(p)}`;
  }
  return s;
}

test('PII and secrets: near_changes finds what reading the whole original finds (benchmark corpus and customer records)', () => {
  const rand = prng(2026);
  const base = detectorCorpus(120_000);
  const dense = denseRecords(40_000);
  const texts = [
    ...withCharacter(base, '\u2026'),
    ...base.map((t) => sprinkle(t, 1, rand)),
    ...base.map((t) => sprinkle(t, 3, rand)),
    ...dense.map((t) => sprinkle(t, 2, rand)),
    ...withCharacter(dense, '\u2026'),
  ];
  const make = (original: ViewOptions['original']) => [createPiiDetector({ id: 'pii', views: { original } }), createSecretsDetector({ id: 'secrets', views: { original } })];
  const whole = make('whole');
  const near = make('near_changes');
  let windowed = 0;
  let findings = 0;
  for (const t of texts) {
    const n = normalize(t, { decode: true, maxDecodeSpan: 512 });
    if (n.changed && originalWindows(t, n.changes()) !== null) windowed++;
    for (let d = 0; d < 2; d++) {
      const a = whole[d].scan(t, ctx);
      findings += a.length;
      assert.deepEqual(near[d].scan(t, ctx), a, `${whole[d].id} differs on ${JSON.stringify(t.slice(0, 80))}`);
    }
  }
  assert.ok(windowed > texts.length / 2, `${windowed} of ${texts.length} texts read the original in windows`);
  assert.ok(findings > 1000, `${findings} findings compared`);
});

test('near_changes reads a JWT that only the original yields whole, however long (secrets)', () => {
  const jwt = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: 'x'.repeat(300), iat: 1 })).toString('base64url')}.dOuRSGVRtT7Z5L1z-nEtg0OpfBSrKNf0sQMbsLFbNOX`;
  assert.ok(jwt.length > ORIGINAL_MARGIN + CUT_EDGE, 'longer than the window reaches past the change');
  const filler = 'The quarterly report covers shipping volumes, warehouse staffing and the new returns process. '.repeat(20);
  // A full-width digit folds to "1", which glues itself to the token in the normalised copy.
  const text = `${filler}Session \uff11${jwt} issued. ${filler}`;
  const secrets = createSecretsDetector({ id: 'secrets', views: { original: 'near_changes' } });
  const found = secrets.scan(text, ctx).filter((f) => f.type === 'JWT');
  assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), [jwt]);
  assert.deepEqual(secrets.scan(text, ctx), createSecretsDetector({ id: 'secrets', views: { original: 'whole' } }).scan(text, ctx));
});

test('near_changes keeps what only the original yields next to a change (PII)', () => {
  const filler = 'The quarterly report covers shipping volumes, warehouse staffing and the new returns process. '.repeat(12);
  const near = createPiiDetector({ id: 'pii', views: { original: 'near_changes' } });
  const whole = createPiiDetector({ id: 'pii', views: { original: 'whole' } });
  const normalisedOnly = createPiiDetector({ id: 'pii', views: { normalize: false, decode: false } });
  // "ﬁ" folds to "fi", which glues itself to the date; "…" becomes "...", which no address takes.
  for (const [mid, type, value] of [
    ['The batch ran at 2026-11-21ﬁT10:13:00 without errors. ', 'DATE_TIME', '2026-11-21'],
    ['Write to ja…mes.tanaka@example.com today. ', 'EMAIL', 'mes.tanaka@example.com'],
  ] as const) {
    const text = `${filler}${mid}${filler}`;
    const n = normalize(text);
    assert.deepEqual(normalisedOnly.scan(n.text, ctx).filter((f) => f.type === type), [], 'the normalised copy alone has no such finding');
    const found = near.scan(text, ctx);
    assert.deepEqual(found.filter((f) => f.type === type).map((f) => text.slice(f.start, f.end)), [value]);
    assert.deepEqual(found, whole.scan(text, ctx));
  }
});

test('jsonUnescaped: the view of a JSON string body is the string, every unit maps onto its escape, changes list the unescaped units', () => {
  const unit = fc.oneof(fc.constantFrom('"', '\\', '/', '\n', '\t', '\b', '\u0001', 'é', '😀', 'a', ' ', 'Z'), fc.string({ maxLength: 3 }));
  fc.assert(fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
    const s = parts.join('');
    // JSON.stringify, with '/' and one non-ASCII letter written the other ways JSON allows.
    const body = JSON.stringify(s).slice(1, -1).replaceAll('/', '\\/').replaceAll('é', '\\u00e9');
    const v = jsonUnescaped(body);
    assert.equal(hasJsonEscape(body), v !== null);
    if (v === null) {
      assert.equal(body, s);
      return;
    }
    assert.equal(v.text, s);
    let changed = 0;
    for (let i = 0; i < s.length; i++) {
      const [a, b] = v.toOriginal(i, i + 1);
      const piece = body.slice(a, b);
      assert.equal(JSON.parse(`"${piece}"`), s[i], `unit ${i}`);
      if (piece.length > 1) changed++;
    }
    assert.deepEqual(v.toOriginal(0, s.length), [0, body.length]);
    let listed = 0;
    for (let i = 0; i < v.changes.length; i += 2) listed += v.changes[i + 1] - v.changes[i];
    assert.equal(listed, changed);
  }));
  assert.equal(jsonUnescaped('C:\\users\\x and \\q'), null, 'a backslash before anything else is no escape');
});
