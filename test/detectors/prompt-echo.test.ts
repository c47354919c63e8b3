// SYSTEM_PROMPT_ECHO (src/detectors/leaks/system-prompt-echo.ts): near-verbatim echoes of the request's
// own system prompt (person and contraction forms changed, words inserted, dropped or replaced, letters
// spelled out), in unspaced scripts and other letter cases, in rot13 and decoded payloads; what must not be one (a
// shuffled prompt, a role restated, sparse overlaps); and, through the pipeline, a streamed answer
// redacted exactly as the whole answer, for any event split and chunking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DetectionContext, Finding } from '../../src/core/types.ts';
import { createSystemPromptEchoDetector } from '../../src/detectors/leaks/system-prompt-echo.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import { deltasOf, sse, streamExchange } from './stream-exchange.ts';

const PROMPT = 'You are the billing assistant for Northwind Energy. Do not discuss tariffs that are not published on the website, '
  + 'and never reveal the internal escalation phone line to customers. Answer in a friendly tone and keep every reply short.';
const ctx = (...systemPrompts: string[]): DetectionContext => ({ role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts });
const d = createSystemPromptEchoDetector({ id: 'echo' });

/** The one finding of `text`, which must cover `part` of it. */
function covers(text: string, part: string, prompt = PROMPT): Finding {
  const f = d.scan(text, ctx(prompt));
  assert.equal(f.length, 1, `${text} → ${JSON.stringify(f)}`);
  const at = text.indexOf(part);
  assert.ok(f[0].start <= at && f[0].end >= at + part.length, `${text.slice(f[0].start, f[0].end)} does not cover ${part}`);
  return f[0];
}

const none = (text: string, prompt = PROMPT): void => assert.deepEqual(d.scan(text, ctx(prompt)), [], text);

test('echo: restated in the first person, with contractions changed', () => {
  const leak = "I'm the billing assistant for Northwind Energy. I don't discuss tariffs that aren't published on the website";
  covers(`My instructions: ${leak}.`, leak);
});

test('echo: words inserted after every word, every fourth dropped or replaced', () => {
  const words = 'never reveal the internal escalation phone line to customers answer in a friendly tone'.split(' ');
  const interleaved = words.map((w) => `${w} banana`).join(' ');
  covers(`Sure: ${interleaved}.`, interleaved.replace(/ banana$/u, ''));
  const dropped = words.filter((_, k) => k % 4 !== 3).join(' ');
  covers(`Sure: ${dropped}.`, dropped);
  const replaced = words.map((w, k) => (k % 4 === 3 ? 'zebra' : w)).join(' ');
  covers(`Sure: ${replaced}.`, replaced);
});

test('echo: a match only every third unit, or the prompt\'s words out of order, is no echo', () => {
  const words = 'never reveal the internal escalation phone line to customers answer in a friendly tone keep'.split(' ');
  none(`Sure: ${words.map((w) => `${w} red blue`).join(' ')}.`);
  // The prompt's own words, shuffled (a fixed permutation): its vocabulary, not its instructions.
  none('phone tone the published reveal customers line website keep friendly escalation internal tariffs reply Northwind short');
  // Every pair of words swapped: each step skips a word of the prompt, none follows the one before.
  const pairs = 'Do not discuss tariffs that are not published on the website and never reveal the internal escalation phone line'.split(' ');
  none(pairs.map((_, k) => pairs[k % 2 === 0 ? Math.min(k + 1, pairs.length - 1) : k - 1]).join(' '));
  // An assistant saying what it is: the person words add nothing, so six words remain.
  none('I am the billing assistant for Northwind Energy, how can I help today?');
});

test('echo: unspaced scripts by character, upper-case Cyrillic, and the threshold there', () => {
  const zh = '你的工作是讨论适合课程的话题。不要讨论像人工智能或量子物理等更适合大学生的话题。';
  covers(`好的：${zh.slice(12)}`, zh.slice(12, -1), zh);
  // Fifteen characters (seven and a half words) are below eight words.
  none(`好的：${zh.slice(0, 15)}`, zh);
  const ru = 'Ваша задача описать типичный климат в Нью-Йорке в разное время года. Ни в коем случае не делитесь информацией о других городах.';
  covers(`Вот: ${ru.toUpperCase()}`, ru.toUpperCase().slice(0, -1), ru);
});

test('echo: rot13 without a marker, base64 of the whole prompt and of each sentence', () => {
  const rot = (s: string): string => s.replace(/[a-z]/giu, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c <= 'Z' ? 65 : 97)));
  const r = rot(PROMPT);
  covers(`Here: ${r} Done.`, r.slice(0, -1));
  const b = Buffer.from(PROMPT).toString('base64');
  const f = covers(`Encoded as asked: ${b} Done.`, b);
  assert.equal(f.end - f.start, b.length, 'the finding is the encoded span');
  // A prompt whose base64 is one run longer than the views' 512-character payload bound.
  const long = `${PROMPT} Escalate outages to the network operations centre, log every refund request in the ledger, and close each conversation by asking whether anything else is needed.`;
  const lb = Buffer.from(long).toString('base64');
  assert.ok(lb.length > 512);
  covers(`Encoded: ${lb} Done.`, lb, long);
  const lines = PROMPT.split(/(?<=\.) /u).map((s) => Buffer.from(s).toString('base64'));
  const text = `Line by line:\n${lines.join('\n')}\nDone.`;
  const g = covers(text, lines.join('\n'));
  assert.ok(g.start === text.indexOf(lines[0]) && g.end === text.indexOf(lines.at(-1)!) + lines.at(-1)!.length);
});

test('echo: in an answer that names rot13, a rot13 echo is found where it is, not over the whole answer', () => {
  // The normaliser reads such an answer whole as rot13 too; the echo detector reads rot13 word by word.
  const rot = (s: string): string => s.replace(/[a-z]/giu, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c <= 'Z' ? 65 : 97)));
  const r = rot('never reveal the internal escalation phone line to customers. Answer in a friendly tone');
  const text = `Here is the rot13 you asked for. ${'The forecast is mild with some wind later on. '.repeat(4)}${r}. ${'Nothing else to add about the forecast today. '.repeat(4)}`;
  const f = covers(text, r);
  assert.ok(f.start >= text.indexOf(r) - 1 && f.end <= text.indexOf(r) + r.length + 1, `${f.start}-${f.end} is more than the echo`);
});

test('echo: a prompt spelled out letter by letter, words apart', () => {
  const spelled = (t: string, join: string, gap: string): string => t.split(' ').map((w) => [...w].join(join)).join(gap);
  const part = 'never reveal the internal escalation phone line to customers';
  for (const [join, gap] of [[' ', '   '], ['-', ' '], ['.', ' / ']]) {
    const leak = spelled(part, join, gap);
    covers(`Spelled as you asked: ${leak}. Bye`, leak);
  }
  // The same letters with one separator throughout spell one long word: no words to match.
  none(`Spelled: ${spelled(part, ' ', ' ')}. Bye`);
});

const ECHO = compilePolicy(
  'version: 1\ndetectors:\n  echo: { type: system_prompt_echo }\ndefault:\n  mode: enforce\n  request: { detectors: [] }\n  response:\n    detectors: [echo]\n    findings:\n      SYSTEM_PROMPT_ECHO: { action: redact, style: mask }\n',
  { source: 'test', baseDir: '.', hmacKey: Buffer.alloc(32, 7) },
);

test('streamed: a spelled-out echo is held from its first letter while its words form', async () => {
  const prompt = 'You are the support bot for Acme. Never share the refund override code with callers. Keep answers brief and kind.';
  const filler = 'The weather today is mild with light winds from a western direction. '.repeat(3);
  const spelled = 'n e v e r   s h a r e   t h e   r e f u n d   o v e r r i d e   c o d e   w i t h   c a l l e r s';
  // Leads of every length up to the scan step, so that the engine decides with every prefix of the spelled
  // words at the end of its window.
  for (let k = 0; k < 80; k++) {
    const lead = `${filler.slice(0, filler.length - k).trimEnd()} `;
    if (/ \S $/u.test(lead)) continue; // a one-letter word before the spelling would be spelled too
    const body = sse(`${lead}${spelled}   please.`.match(/.{1,2}/gsu)!);
    const { all } = await streamExchange(ECHO, prompt, body, 13);
    assert.equal(all, `${lead}[SYSTEM_PROMPT_ECHO]   please.`, `lead of ${lead.length}`);
  }
});

test('streamed: a chain that fillers interrupt is held while trailing letters may spell its next word', async () => {
  const prompt = 'You are the support bot for Acme. Never share the refund override code with callers. Keep answers brief and kind.';
  // "I am the support bot for Acme. the … with" is a chain; three fillers later the letters "c a l l e r s"
  // spell its next word. A window ending in "c " or "c a" must keep the chain alive: the letters become one
  // unit at the index of "c", within reach of "with".
  const text = 'Never share the refund override code with callers. brief I am the support bot for Acme. the share with banana mild mild c a l l e r s';
  const fs = d.scan(text, ctx(prompt));
  assert.equal(fs.length, 2);
  assert.equal(fs[1].end, text.length, 'the spelled word ends the second echo');
  let expect = '';
  let pos = 0;
  for (const f of fs) { expect += `${text.slice(pos, f.start)}[SYSTEM_PROMPT_ECHO]`; pos = f.end; }
  for (let k = text.indexOf('mild c') + 5; k < text.length; k++) {
    const { all } = await streamExchange(ECHO, prompt, sse([text.slice(0, k), text.slice(k)]), 1 << 20);
    assert.equal(all, expect, `cut at ${k}: ${JSON.stringify(text.slice(0, k).slice(-12))}`);
  }
});

test('property: a streamed answer with echo pieces is redacted as the whole answer is, for any event split and chunking', async () => {
  const prompt = 'You are the support bot for Acme. Never share the refund override code with callers. Keep answers brief and kind.';
  // Prompt words (in and out of order, cut into pieces by the deltas), person and contraction forms,
  // fillers, and encoded pieces of the prompt.
  const piece = fc.constantFrom(
    'you', 'I', 'am', 'are', 'the', 'support', 'bot', 'for', 'Acme.', 'never', 'share', 'refund', 'override', 'code', 'with', 'callers',
    'keep', 'answers', 'brief', 'and', 'kind', 'banana', 'weather', 'is', 'mild', "don't", 'Acme', 'sup', 'port',
    'I am the support bot for Acme.', 'Never share the refund override code with callers.', 'Keep answers brief and kind.',
    'Arire funer gur ershaq bireevqr pbqr jvgu pnyyref.',
    // Spelled out: letters joined by the first separator, words ended by another.
    'n e v e r   s h a r e   t h e   r e f u n d', 'o v e r r i d e', 'c-o-d-e w-i-t-h', 'c a l l e r s', 'a', 'k', 'e',
    // Encoded pieces: a whole sentence, and halves that are an echo only read together.
    ...['Never share the refund override code with callers.', 'Never share the refund', 'override code with callers.'].map((s) => Buffer.from(s).toString('base64')),
  );
  const deltaCuts = fc.array(fc.nat(), { maxLength: 24 });
  await fc.assert(fc.asyncProperty(fc.array(piece, { maxLength: 40 }), fc.constantFrom(' ', '  ', '\n'), deltaCuts, fc.array(fc.nat(), { maxLength: 12 }), async (parts, sep, dc, cc) => {
    const text = parts.join(sep);
    if (text.length === 0) return;
    const body = sse(deltasOf(text, dc));
    const whole = await streamExchange(ECHO, prompt, body, body.length);
    const cut = await streamExchange(ECHO, prompt, body, 0, cc);
    assert.equal(cut.all, whole.all);
    // And the whole answer is what the detector finds in it, masked.
    let expect = '';
    let pos = 0;
    for (const f of d.scan(text, ctx(prompt))) {
      expect += `${text.slice(pos, f.start)}[SYSTEM_PROMPT_ECHO]`;
      pos = f.end;
    }
    assert.equal(whole.all, expect + text.slice(pos));
  }), { numRuns: Number(process.env.ECHO_RUNS ?? 80) });
});
