// Measures how much text the streaming redactor re-scans per streamed byte: feeds a 500-token OpenAI
// chat SSE response in 20-byte chunks through the stream transformer with the default policy's
// response detectors, counting redactor calls and characters passed to them, for several hold-back
// values (the policy's, and smaller ones for comparison). In-process, no gRPC; not part of the tests.
//   node bench/stream-amplification.ts
import { randomBytes } from 'node:crypto';
import type { DetectionContext } from '../src/core/types.ts';
import { createStreamTransformer } from '../src/formats/stream.ts';
import { loadEmbeddedPolicy } from '../src/policy/compile.ts';
import { chatStream, chunks } from './lib/payloads.ts';

const policy = loadEmbeddedPolicy({ hmacKey: randomBytes(32), installKey: false });
const rule = policy.select({ host: 'api.openai.com', path: '/v1/chat/completions', method: 'POST', headers: new Map(), identity: { source: 'none', roles: [] } });
const spanwise = rule.response.detectors.filter((d) => d.spanwise);
const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts: [] };
const sse = chatStream(500);
const parts = chunks(sse, 20);

const rows = [];
for (const holdBack of [rule.response.holdBack, 512, 128]) {
  let calls = 0, chars = 0, content = 0;
  const t = createStreamTransformer({
    format: 'openai.chat', holdBack, maxEventBytes: 1 << 20, onBlock: 'error_event',
    redact: (text) => {
      calls++;
      chars += text.length;
      for (const d of spanwise) d.scan(text, ctx);
      return { edits: [] };
    },
  });
  const t0 = performance.now();
  let out = 0;
  for (const p of parts) out += t.push(p).bytes.length;
  out += t.end().bytes.length;
  const ms = performance.now() - t0;
  // Content characters of the stream (what a single whole-text scan would read).
  for (const m of sse.toString().matchAll(/"content":("(?:[^"\\]|\\.)*")/g)) content += (JSON.parse(m[1]) as string).length;
  rows.push({ holdBack, chunks: parts.length, redactorCalls: calls, charsScanned: chars, contentChars: content, amplification: Math.round((chars / content) * 10) / 10, ms: Math.round(ms), usPerChunk: Math.round((ms * 1000) / parts.length), outBytes: out });
}
process.stdout.write(JSON.stringify({ detectors: spanwise.map((d) => `${d.id}:${d.maxMatchLength}`), rows }, null, 2) + '\n');
