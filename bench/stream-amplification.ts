// Measures how much text the streaming redactor re-scans per streamed byte: feeds a 500-token OpenAI
// chat SSE response in 20-byte chunks through the stream transformer with the default policy's
// response detectors, counting redactor calls and characters passed to them. Rows: the detectors'
// hold points (src/detectors/hold.ts, what the pipeline uses; `holdBack: "hold"`), and fixed
// hold-backs (the policy's maxMatchLength, and smaller ones for comparison). In-process, no gRPC; not
// part of the tests.
//   node bench/stream-amplification.ts [--out bench/results/stream-amplification.json]
// Also reports the release lag: how many content characters are held back behind the input, and CPU
// per chunk (engine + detectors, median of interleaved rounds; `usPerChunk`), and the same for a
// PII-dense answer (`dense`).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { ScanMemo, type DetectionContext } from '../src/core/types.ts';
import { createStreamTransformer } from '../src/formats/stream.ts';
import { holdPlan } from '../src/detectors/hold.ts';
import { loadEmbeddedPolicy } from '../src/policy/compile.ts';
import { chatStream, chunks, denseAnswerStream } from './lib/payloads.ts';

const policy = loadEmbeddedPolicy({ hmacKey: randomBytes(32), installKey: false });
const rule = policy.select({ host: 'api.openai.com', path: '/v1/chat/completions', method: 'POST', headers: new Map(), identity: { source: 'none', roles: [] } });
const spanwise = rule.response.detectors.filter((d) => d.spanwise);
const ctx: DetectionContext = { role: 'assistant', kind: 'output_text', untrusted: false, direction: 'response', systemPrompts: [] };
const sse = chatStream(500);
const parts = chunks(sse, 20);

const plan = holdPlan(spanwise);

/**
 * One stream's transformer with the response detectors: the detectors' hold points (`'hold'`) or a
 * fixed hold-back, and a per-stream memo as the pipeline gives one (`memo` false: none). `onScan` sees
 * the length of every text handed to the detectors.
 */
function transformer(mode: 'hold' | number, memo = true, onScan?: (chars: number) => void) {
  const sctx: DetectionContext = memo ? { ...ctx, memo: new ScanMemo() } : ctx;
  return createStreamTransformer({
    format: 'openai.chat', holdBack: mode === 'hold' ? rule.response.holdBack : mode, maxEventBytes: 1 << 20, onBlock: 'error_event',
    ...(mode === 'hold' ? { holdFrom: (text: string) => plan.hold(text), holdLag: plan.lag } : {}),
    redact: (text) => {
      onScan?.(text.length);
      const findings = [];
      for (const d of spanwise) for (const f of d.scan(text, sctx)) findings.push(f);
      return { edits: [], findings };
    },
  });
}

const rows = [];
for (const mode of ['hold', rule.response.holdBack, 512, 128] as const) {
  let calls = 0, chars = 0, content = 0;
  const t = transformer(mode, true, (n) => {
    calls++;
    chars += n;
  });
  // Release lag: content characters of complete input events vs content characters released so far,
  // after every chunk (the engine may split and re-pack events, so events are not counted).
  const contentOf = (block: string): number => {
    let n = 0;
    for (const line of block.split('\n')) {
      if (!line.startsWith('data: {')) continue;
      const c = (JSON.parse(line.slice(6)) as { choices?: { delta?: { content?: string } }[] }).choices?.[0]?.delta?.content;
      if (typeof c === 'string') n += c.length;
    }
    return n;
  };
  let inText = '', inChars = 0, outChars = 0, maxLag = 0, lagSum = 0;
  const t0 = performance.now();
  let out = 0;
  for (const p of parts) {
    const o = t.push(p).bytes;
    out += o.length;
    if (o.length > 0) outChars += contentOf(o.toString());
    inText += p.toString('latin1');
    const cut = inText.lastIndexOf('\n\n');
    if (cut >= 0) {
      inChars += contentOf(Buffer.from(inText.slice(0, cut), 'latin1').toString());
      inText = inText.slice(cut + 2);
    }
    const lag = inChars - outChars;
    maxLag = Math.max(maxLag, lag);
    lagSum += lag;
  }
  out += t.end().bytes.length;
  const ms = performance.now() - t0;
  // Content characters of the stream (what a single whole-text scan would read).
  for (const m of sse.toString().matchAll(/"content":("(?:[^"\\]|\\.)*")/g)) content += (JSON.parse(m[1]) as string).length;
  rows.push({ holdBack: mode, chunks: parts.length, redactorCalls: calls, charsScanned: chars, contentChars: content, amplification: Math.round((chars / content) * 10) / 10, ms: Math.round(ms), usPerChunk: Math.round((ms * 1000) / parts.length), outBytes: out, maxLagChars: maxLag, meanLagChars: Math.round(lagSum / parts.length) });
}
// CPU per chunk (user + system, no lag bookkeeping): the modes interleaved over several rounds so
// machine noise hits them alike; the median round per mode.
const ROUNDS = 9;
const cpu = new Map<string | number, number[]>();
for (let r = 0; r < ROUNDS; r++) {
  for (const mode of ['hold', rule.response.holdBack, 512, 128] as const) {
    const t = transformer(mode);
    const c0 = process.cpuUsage();
    for (const p of parts) t.push(p);
    t.end();
    const c = process.cpuUsage(c0);
    const list = cpu.get(mode) ?? [];
    list.push((c.user + c.system) / parts.length);
    cpu.set(mode, list);
  }
}
for (const row of rows) {
  const xs = (cpu.get(row.holdBack) ?? []).sort((a, b) => a - b);
  // usPerChunk (what bench/run.ts prints): the CPU median; wallUsPerChunk: the first, instrumented run.
  const median = Math.round(xs[xs.length >> 1] * 100) / 100;
  Object.assign(row, { wallUsPerChunk: row.usPerChunk, usPerChunk: median, cpuUsPerChunkMedian: median });
}
// A PII-dense answer (customer records, distinct phone numbers; denseAnswerStream), streamed the same
// way with the hold points: each entity is re-found on every re-scan of the held text, so what the
// detectors remember across the scans of one stream (DetectionContext.memo, as the pipeline gives
// them: phone verdicts) shows here. Each round is a new stream with its own memo; CPU per chunk is the
// median round. `--no-memo` measures without it.
const dense = denseAnswerStream(16 * 1024);
const denseParts = chunks(dense.sse, 20);
const denseCpu: number[] = [];
let denseScanned = 0;
const useMemo = !process.argv.includes('--no-memo');
for (let r = 0; r < 5; r++) {
  let scanned = 0;
  const t = transformer('hold', useMemo, (n) => (scanned += n));
  const c0 = process.cpuUsage();
  for (const p of denseParts) t.push(p);
  t.end();
  const c = process.cpuUsage(c0);
  denseCpu.push((c.user + c.system) / denseParts.length);
  denseScanned = scanned;
}
denseCpu.sort((a, b) => a - b);
const denseUs = denseCpu[denseCpu.length >> 1];
const denseRow = {
  memo: useMemo, contentChars: dense.content.length, chunks: denseParts.length, amplification: Math.round((denseScanned / dense.content.length) * 10) / 10,
  usPerChunk: Math.round(denseUs * 100) / 100, contentKBPerCpuSecond: Math.round(dense.content.length / ((denseUs * denseParts.length) / 1e6) / 1000),
};
const result = { tokens: 500, chunkBytes: 20, detectors: spanwise.map((d) => `${d.id}:${d.maxMatchLength}${d.holdFrom ? `/hold lag>=${d.holdLag ?? 0}` : ''}`), rows, dense: denseRow };
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
const outIdx = process.argv.indexOf('--out');
if (outIdx > 0) writeFileSync(process.argv[outIdx + 1], JSON.stringify(result, null, 2) + '\n');
