import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  MemoryVault, PLACEHOLDER_MAX_LENGTH, formatPlaceholder, redactText, redactTextWithVault, resolveOverlaps, restorePlaceholders,
  type PlaceholderVault, type RedactionSpan,
} from '../../src/redaction/index.ts';
import { isGuardError } from '../../src/core/errors.ts';
import { createPiiDetector } from '../../src/detectors/pii/index.ts';
import type { DetectionContext, RedactionStyle } from '../../src/core/types.ts';

const key = Buffer.alloc(32, 7);
const span = (text: string, value: string, type: string, style: RedactionStyle, score = 0.9): RedactionSpan => {
  const start = text.indexOf(value);
  assert.ok(start >= 0);
  return { start, end: start + value.length, type, style, score };
};

test('styles: mask, partial, hash, remove', () => {
  const t = 'mail bob@example.com card 4111111111111111 end';
  assert.equal(redactText(t, [span(t, 'bob@example.com', 'EMAIL', { kind: 'mask' })]), 'mail [EMAIL] card 4111111111111111 end');
  assert.equal(redactText(t, [span(t, '4111111111111111', 'CREDIT_CARD', { kind: 'partial', keep: 4 })]), 'mail bob@example.com card ****1111 end');
  assert.equal(redactText('pin 1234', [{ start: 4, end: 8, type: 'PIN', style: { kind: 'partial', keep: 4 } }]), 'pin [PIN]', 'too short to keep a tail');
  assert.equal(redactText(t, [span(t, ' card 4111111111111111', 'X', { kind: 'remove' })]), 'mail bob@example.com end');
  const h1 = redactText(t, [span(t, 'bob@example.com', 'EMAIL', { kind: 'hash' })], { hmacKey: key });
  assert.match(h1, /^mail \[EMAIL:[0-9a-f]{8}\] card/u);
  assert.equal(redactText('x bob@example.com', [{ start: 2, end: 17, type: 'EMAIL', style: { kind: 'hash' } }], { hmacKey: key }).slice(2), h1.slice(5, 21), 'same value, same key → same tag');
  assert.notEqual(redactText(t, [span(t, 'bob@example.com', 'EMAIL', { kind: 'hash' })], { hmacKey: Buffer.alloc(32, 8) }), h1, 'key matters');
  assert.throws(() => redactText(t, [span(t, 'bob@example.com', 'EMAIL', { kind: 'hash' })]), (e: unknown) => isGuardError(e) && e.code === 'policy_error');
  assert.equal(redactText(t, []), t);
});

test('overlaps: union of the group, winner = longest then highest score then strictest style', () => {
  const t = 'abcdefghijklmnopqrstuvwxyz';
  const out = resolveOverlaps(t, [
    { start: 2, end: 6, type: 'A', style: { kind: 'mask' } },
    { start: 4, end: 12, type: 'B', style: { kind: 'hash' } },
    { start: 12, end: 14, type: 'C', style: { kind: 'mask' } }, // touches, does not overlap
  ]);
  assert.deepEqual(out.map((s) => [s.start, s.end, s.type]), [[2, 12, 'B'], [12, 14, 'C']]);
  assert.equal(redactText(t, [
    { start: 0, end: 5, type: 'LOW', style: { kind: 'mask' }, score: 0.3 },
    { start: 0, end: 5, type: 'HIGH', style: { kind: 'mask' }, score: 0.9 },
  ]), '[HIGH]fghijklmnopqrstuvwxyz');
  // A partial winner inside a wider group is masked: its tail could belong to the other entity.
  assert.equal(redactText(t, [
    { start: 0, end: 10, type: 'CARD', style: { kind: 'partial', keep: 4 } },
    { start: 8, end: 12, type: 'X', style: { kind: 'mask' } },
  ]), '[CARD]mnopqrstuvwxyz');
});

test('a kept range: the pieces around it are rewritten, a finding inside it on its own, one reaching into a piece with that piece', () => {
  const t = 'See the [fs docs](https://h.example/x) now';
  const link = { start: 8, end: 38, type: 'EXFIL_LINK', score: 0.6, keep: { from: 1, to: 8 } };
  assert.equal(t.slice(link.start + link.keep.from, link.start + link.keep.to), 'fs docs');
  assert.equal(redactText(t, [{ ...link, style: { kind: 'remove' } }]), 'See the fs docs now');
  assert.equal(redactText(t, [{ ...link, style: { kind: 'mask' } }]), 'See the fs docs[EXFIL_LINK] now', 'the opener goes, the tail takes the style');
  assert.equal(redactText(t, [{ ...link, style: { kind: 'remove' }, keep: undefined }]), 'See the  now', 'without one the whole span goes');
  // A finding inside the kept text keeps its own style; one reaching from the text into the URL joins the tail.
  assert.equal(redactText(t, [{ ...link, style: { kind: 'remove' } }, span(t, 'docs', 'WORD', { kind: 'mask' })]), 'See the fs [WORD] now');
  assert.equal(redactText(t, [{ ...link, style: { kind: 'remove' } }, span(t, 'docs](https', 'X', { kind: 'mask' })]), 'See the fs  now');
  // A kept range that does not fit inside its span, or is empty, is ignored (the whole span is rewritten).
  for (const keep of [{ from: 1, to: 31 }, { from: -1, to: 3 }, { from: 4, to: 4 }, { from: 5, to: 2 }, { from: 0.5, to: 3 }]) {
    assert.equal(redactText(t, [{ ...link, style: { kind: 'mask' }, keep }]), 'See the [EXFIL_LINK] now', JSON.stringify(keep));
  }
  // A kept range at either end of its span leaves one piece.
  assert.equal(redactText('[ab](xyz)', [{ start: 0, end: 9, type: 'L', style: { kind: 'mask' }, keep: { from: 1, to: 9 } }]), 'ab](xyz)');
  assert.equal(redactText('[ab](xyz)', [{ start: 0, end: 9, type: 'L', style: { kind: 'mask' }, keep: { from: 0, to: 3 } }]), '[ab[L]');
});

test('bad spans fail with a GuardError; surrogate pairs are never split', () => {
  assert.throws(() => redactText('abc', [{ start: 2, end: 5, type: 'X', style: { kind: 'mask' } }]), (e: unknown) => isGuardError(e) && e.code === 'internal');
  assert.throws(() => redactText('abc', [{ start: 2, end: 1, type: 'X', style: { kind: 'mask' } }]), isGuardError);
  assert.throws(() => redactText('abc', [{ start: 0.5, end: 1, type: 'X', style: { kind: 'mask' } }]), isGuardError);
  assert.equal(redactText('a😀b', [{ start: 2, end: 3, type: 'E', style: { kind: 'mask' } }]), 'a[E]b');
});

test('property: masked output never contains a redacted value and keeps the text between spans', () => {
  fc.assert(fc.property(
    fc.array(fc.stringMatching(/^[a-z ]{0,8}$/u), { minLength: 2, maxLength: 6 }),
    fc.array(fc.stringMatching(/^[A-Z0-9]{12,16}$/u), { minLength: 1, maxLength: 5 }),
    (gaps, secrets) => {
      let text = '';
      const spans: RedactionSpan[] = [];
      for (let i = 0; i < secrets.length; i++) {
        text += gaps[i % gaps.length] + ' ';
        spans.push({ start: text.length, end: text.length + secrets[i].length, type: 'S', style: { kind: 'mask' } });
        text += secrets[i] + ' ';
      }
      const out = redactText(text, spans);
      for (const s of secrets) assert.ok(!out.includes(s));
      assert.equal(out.split('[S]').length - 1, secrets.length);
    },
  ), { numRuns: 200 });
});

test('detector findings flow into the writer with correct offsets through normalisation', () => {
  const ctx: DetectionContext = { role: 'user', kind: 'message_text', untrusted: false, direction: 'request' };
  const pii = createPiiDetector({ id: 'pii', entities: ['EMAIL'] });
  const text = 'write to ｊｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ or jo\u200be@example.org today';
  const spans = pii.scan(text, ctx).map((f) => ({ ...f, style: { kind: 'mask' } as const }));
  assert.equal(redactText(text, spans), 'write to [EMAIL] or [EMAIL] today');
});

test('placeholders: stable per scope and value, restored in responses, masked when the vault fails', async () => {
  const vault = new MemoryVault();
  const t = 'from ann@example.com to bob@example.com cc ann@example.com';
  const spans = ['ann@example.com', 'bob@example.com'].map((v) => span(t, v, 'EMAIL', { kind: 'placeholder' }));
  spans.push({ start: t.lastIndexOf('ann@'), end: t.lastIndexOf('ann@') + 15, type: 'EMAIL', style: { kind: 'placeholder' } });
  const red = await redactTextWithVault(t, spans, { vault, scope: 'conv-1' });
  assert.equal(red, 'from <EMAIL_1> to <EMAIL_2> cc <EMAIL_1>');
  assert.equal(await restorePlaceholders('Reply to <EMAIL_2> and <EMAIL_1>; keep <EMAIL_9> and <b>.', 'conv-1', vault),
    'Reply to bob@example.com and ann@example.com; keep <EMAIL_9> and <b>.');
  assert.equal(await restorePlaceholders('<EMAIL_1>', 'other-conversation', vault), '<EMAIL_1>', 'scopes are isolated');
  const again = await redactTextWithVault('bob@example.com', [{ start: 0, end: 15, type: 'EMAIL', style: { kind: 'placeholder' } }], { vault, scope: 'conv-1' });
  assert.equal(again, '<EMAIL_2>');
  const broken: PlaceholderVault = { put: async () => { throw new Error('down'); }, get: async () => undefined };
  assert.equal(await redactTextWithVault(t, spans, { vault: broken, scope: 's' }), 'from [EMAIL] to [EMAIL] cc [EMAIL]');
  assert.equal(redactText(t, spans), 'from [EMAIL] to [EMAIL] cc [EMAIL]', 'unprepared placeholders are masked');
  assert.ok(formatPlaceholder('A'.repeat(80), 999999).length <= PLACEHOLDER_MAX_LENGTH);
  assert.equal(formatPlaceholder('uk-nino', 3), '<UK_NINO_3>');
});

test('memory vault: TTL, LRU bound on scopes and cap per scope', async () => {
  let now = 1000;
  const v = new MemoryVault({ ttlMs: 100, maxScopes: 2, maxEntriesPerScope: 2, now: () => now });
  const p = await v.put('s1', 'EMAIL', 'a@x.io');
  assert.equal(await v.get('s1', p), 'a@x.io');
  now += 101;
  assert.equal(await v.get('s1', p), undefined, 'expired');
  await v.put('s1', 'EMAIL', 'a@x.io');
  await v.put('s2', 'EMAIL', 'b@x.io');
  await v.put('s3', 'EMAIL', 'c@x.io');
  assert.equal(v.size, 2);
  assert.equal(await v.get('s1', '<EMAIL_1>'), undefined, 'least recently used scope evicted');
  await v.put('s3', 'EMAIL', 'd@x.io');
  await assert.rejects(v.put('s3', 'EMAIL', 'e@x.io'), isGuardError);
  assert.equal(await v.put('s3', 'EMAIL', 'c@x.io'), '<EMAIL_1>', 'known values still resolve when full');
});
