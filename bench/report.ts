// Renders the markdown tables of BENCHMARKS.md from a results file:
//   node bench/report.ts [bench/results/latest.json]
// Output goes to stdout; BENCHMARKS.md embeds it between its `results` markers.
import { readFileSync } from 'node:fs';

type S = { n: number; p50: number | null; p99: number | null; p999: number | null };
const file = process.argv[2] ?? 'bench/results/latest.json';
const r = JSON.parse(readFileSync(file, 'utf8'));
const f = (v: number | null | undefined, d = 2): string => (v == null ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(d));
const lines: string[] = [];
const w = (s = ''): void => void lines.push(s);
const m = r.machine;
w(`Run: ${r.time}, \`${r.command}\`, ${r.durationSeconds} s. Machine: ${m.cpu}, nproc ${m.nproc}, ${m.memTotalMb} MB, Node ${m.node}, ${m.platform}; ${m.pinned}. Load average at start ${m.loadAverageAtStart.join(' / ')}, at end ${m.loadAverageAtEnd.join(' / ')} (the machine is shared with other jobs). Policy: ${r.policy}.`);
w();
const ex = r.scenarios.nonStreaming;
if (ex) {
  w('### 1. Non-streaming exchanges (BUFFERED 4 KB request + 2 KB response), with the floor (scenario 6)');
  w();
  w('Latency is per whole exchange (4 round trips), measured from the scheduled start; ms. CPU is the server process\'s user+system time per exchange; "core" is the share of one core the server got.');
  w();
  w('| offered/s | server achieved/s | p50 | p99 | p99.9 | server CPU µs/exch | core | floor achieved/s | floor p50 | floor p99 | floor p99.9 | floor CPU µs/exch |');
  w('|---|---|---|---|---|---|---|---|---|---|---|---|');
  const rates = [...new Set([...ex.server, ...ex.floor].map((x: { offeredPerSec: number }) => x.offeredPerSec))].sort((a, b) => a - b);
  for (const rate of rates) {
    const a = ex.server.find((x: { offeredPerSec: number }) => x.offeredPerSec === rate);
    const b = ex.floor.find((x: { offeredPerSec: number }) => x.offeredPerSec === rate);
    w(`| ${rate} | ${a ? a.achievedPerSec : 'skipped'} | ${f(a?.total.p50)} | ${f(a?.total.p99)} | ${f(a?.total.p999)} | ${f(a?.serverCpuUsPerExchange, 0)} | ${f(a?.serverCpuUtilisation)} | ${b ? b.achievedPerSec : 'skipped'} | ${f(b?.total.p50)} | ${f(b?.total.p99)} | ${f(b?.total.p999)} | ${f(b?.serverCpuUsPerExchange, 0)} |`);
  }
  w();
  w(`Knee (highest rate with ≥ 95% achieved, nothing dropped, ≤ 1% errors and p99 ≤ max(10 ms, 5× the lowest rate's p99)): server ${ex.knee.server ?? 'below the lowest rate'}/s, floor ${ex.knee.floor ?? 'below the lowest rate'}/s. "skipped": the sweep stops after the first saturated step. Floor errors at the highest rate are connection-level GOAWAYs (finding 5).`);
  w();
  w('Per-phase round trip (send → reply) at the lowest rate, p50 / p99 ms, server vs floor:');
  w();
  w('| phase | server p50 | server p99 | floor p50 | floor p99 | added p50 | added p99 |');
  w('|---|---|---|---|---|---|---|');
  const a0 = ex.server[0], b0 = ex.floor[0];
  for (const p of Object.keys(a0.phases)) {
    const A: S = a0.phases[p], B: S = b0.phases[p];
    w(`| ${p} | ${f(A.p50)} | ${f(A.p99)} | ${f(B.p50)} | ${f(B.p99)} | ${f(A.p50! - B.p50!)} | ${f(A.p99! - B.p99!)} |`);
  }
  w();
}
const st = r.scenarios.streaming;
if (st) {
  w('### 2. Streaming SSE responses (redaction on)');
  w();
  w('| mode | server | offered chunks/s | achieved | chunk p50 | chunk p99 | event p50 | event p99 | CPU µs/chunk | core |');
  w('|---|---|---|---|---|---|---|---|---|---|');
  for (const mode of Object.keys(st.modes)) {
    for (const kind of ['real', 'floor']) {
      for (const x of st.modes[mode][kind]) {
        w(`| ${mode} | ${kind === 'real' ? 'llm-boundary' : 'floor'} | ${x.offeredChunksPerSec} | ${mode === 'STREAMED' ? x.achievedChunksPerSec : `(sent ${x.sentChunksPerSec})`} | ${f(x.chunkLatency.p50)} | ${f(x.chunkLatency.p99)} | ${f(x.eventLatency.p50)} | ${f(x.eventLatency.p99)} | ${f(x.serverCpuUsPerChunk, 1)} | ${f(x.serverCpuUtilisation)} |`);
      }
    }
  }
  w();
  if (st.pairs?.pairs?.length) {
    w(`Alternating pairs (STREAMED, ${st.pairs.rate} chunks/s; both servers up, windows real then floor, back to back; the p99 target is judged on their median):`);
    w();
    w('| pair | llm-boundary p99 | CPU µs/chunk | floor p99 | CPU µs/chunk | p99 ratio | core shared |');
    w('|---|---|---|---|---|---|---|');
    st.pairs.pairs.forEach((p: { real: { chunkLatency: S; serverCpuUsPerChunk: number | null }; floor: { chunkLatency: S; serverCpuUsPerChunk: number | null }; chunkP99Ratio: number | null; contaminated: string | null }, i: number) =>
      w(`| ${i + 1} | ${f(p.real.chunkLatency.p99)} | ${f(p.real.serverCpuUsPerChunk, 1)} | ${f(p.floor.chunkLatency.p99)} | ${f(p.floor.serverCpuUsPerChunk, 1)} | ${f(p.chunkP99Ratio)}x | ${p.contaminated ?? 'no'} |`));
    w();
  }
  w('FULL_DUPLEX_STREAMED replies are M:N (no reply while text is held back), so no per-chunk latency exists; "sent" is the offered load actually sent, and the server kept up when its end-of-stream latency stays small (p50 ' + ((st.modes.FULL_DUPLEX_STREAMED?.real ?? []) as { endOfStreamLatency: S }[]).map((x) => f(x.endOfStreamLatency.p50)).join(' / ') + ' ms here). Event latency of the product is dominated by the hold-back (below).');
  w();
  if (st.holdBack?.rows) {
    w('Hold-back analysis (in-process, one 500-token stream in 20-byte chunks, default response detectors ' + st.holdBack.detectors.join(', ') + '):');
    w();
    w('| hold-back (chars) | redactor calls | chars scanned | re-scan factor | µs/chunk | max release lag (chars) |');
    w('|---|---|---|---|---|---|');
    for (const x of st.holdBack.rows) w(`| ${x.holdBack} | ${x.redactorCalls} | ${x.charsScanned} | ${x.amplification}x | ${x.usPerChunk} | ${x.maxLagChars} |`);
    w();
    const d = st.holdBack.dense;
    if (d) {
      w(`A PII-dense answer (customer records with distinct phone numbers, ${d.contentChars} characters in ${d.chunks} chunks, hold points): re-scan factor ${d.amplification}x, ${d.usPerChunk} µs/chunk, ${d.contentKBPerCpuSecond} KB of answer per CPU second.`);
      w();
    }
  }
}
const az = r.scenarios.extAuthz;
if (az) {
  w('### 3. ext_authz Check with a 4 KB body');
  w();
  w('| offered/s | server achieved/s | p50 | p99 | p99.9 | CPU µs/check | floor achieved/s | floor p50 | floor p99 | floor CPU µs/check |');
  w('|---|---|---|---|---|---|---|---|---|---|');
  const rates = [...new Set([...az.server, ...az.floor].map((x: { offeredPerSec: number }) => x.offeredPerSec))].sort((a, b) => a - b);
  for (const rate of rates) {
    const a = az.server.find((x: { offeredPerSec: number }) => x.offeredPerSec === rate);
    const b = az.floor.find((x: { offeredPerSec: number }) => x.offeredPerSec === rate);
    w(`| ${rate} | ${a ? a.achievedPerSec : 'skipped'} | ${f(a?.total.p50)} | ${f(a?.total.p99)} | ${f(a?.total.p999)} | ${f(a?.serverCpuUsPerCheck, 0)} | ${b ? b.achievedPerSec : 'skipped'} | ${f(b?.total.p50)} | ${f(b?.total.p99)} | ${f(b?.serverCpuUsPerCheck, 0)} |`);
  }
  w();
}
const det = r.scenarios.detectors;
if (det) {
  w(`### 4. Detector throughput (in-process, ${(det.corpusBytes / 1e6).toFixed(2)} MB mixed corpus, ${det.corpusTexts} texts of 1–4 KB)`);
  w();
  // The last columns: the same corpus with one non-ASCII character per text (bench/lib/payloads.ts withCharacter).
  type One = { perDetector: Record<string, { mbPerSec: number }>; sets: Record<'request' | 'response', number> } | undefined;
  const ell = det.ellipsis as One;
  const dash = det.dash as One;
  w('| detector | MB/s | findings per pass | MB/s, one "…" per text | MB/s, one "—" per text |');
  w('|---|---|---|---|---|');
  for (const [id, d] of Object.entries(det.perDetector) as [string, { mbPerSec: number; findingsPerPass: number }][]) {
    w(`| ${id} | ${d.mbPerSec} | ${d.findingsPerPass} | ${ell?.perDetector[id]?.mbPerSec ?? '–'} | ${dash?.perDetector[id]?.mbPerSec ?? '–'} |`);
  }
  for (const k of ['request', 'response'] as const) {
    w(`| ${k} set (${det.sets[k].detectors.join(' + ')}) | ${det.sets[k].mbPerSec} | | ${ell?.sets[k] ?? '–'} | ${dash?.sets[k] ?? '–'} |`);
  }
  w();
  const ds = det.declaredSecret as { everyForm: number; noForm: number; responseSet: number } | undefined;
  if (ds) {
    w(`With a system prompt that declares a secret value (prompt_secrets scans; above, without one, it returns at once): prompt_secrets ${ds.everyForm} MB/s with every optional leak form, ${ds.noForm} MB/s with none (\`forms: []\`); the response set ${ds.responseSet} MB/s.`);
    w();
  }
  const dr = det.declaredRequest as { probe: number; requestSet: number; findingsPerPass: number } | undefined;
  if (dr) {
    w(`With a request whose system prompt declares a secret value (probe reads the user's text; above, without one, it returns at once): probe ${dr.probe} MB/s (${dr.findingsPerPass} findings per pass of the corpus), the request set ${dr.requestSet} MB/s.`);
    w();
  }
  const tr = det.topicRequest as { probe: number; requestSet: number; findingsPerPass: number } | undefined;
  if (tr) {
    w(`With a request whose system prompt rules topics out (probe looks for them in the user's text): probe ${tr.probe} MB/s (${tr.findingsPerPass} findings per pass of the corpus), the request set ${tr.requestSet} MB/s.`);
    w();
  }
  const ut = det.untrusted as { injection: number; requestSet: number } | undefined;
  if (ut) {
    w(`The corpus as tool results (untrusted: the injection detector also looks for reply directives): injection ${ut.injection} MB/s, the request set ${ut.requestSet} MB/s.`);
    w();
  }
  const cn = det.canary as { transformed: number; noForm: number; literal: number } | undefined;
  if (cn) {
    w(`A canary detector of three tokens (not in the default policy): ${cn.transformed} MB/s with the transformed forms (every optional form), ${cn.noForm} MB/s with none of the optional forms (\`forms: []\`), ${cn.literal} MB/s literal only (\`transformed: false\`).`);
    w();
  }
  w(`1 KB prompt through the request set: p50 ${f(det.prompt1k.p50, 3)} ms, p99 ${f(det.prompt1k.p99, 3)} ms, p99.9 ${f(det.prompt1k.p999, 3)} ms (n = ${det.prompt1k.n}).`);
  const un = det.prompt1kUninterrupted as { summary: { n: number; p50: number; p99: number; p999: number }; interrupted: number } | undefined;
  if (un) w(`Without the ${un.interrupted} prompts during which the kernel switched the scanning thread out (an involuntary context switch on the pinned core): p50 ${f(un.summary.p50, 3)} ms, p99 ${f(un.summary.p99, 3)} ms, p99.9 ${f(un.summary.p999, 3)} ms (n = ${un.summary.n}).`);
  w();
  if (det.dense) {
    w(`PII-dense answers (${(det.dense.bytes / 1e3).toFixed(0)} KB of synthetic customer records as tables, CSV and sentences, ${det.dense.texts} texts), response detectors:`);
    w();
    w('| detector | MB/s | findings per pass |');
    w('|---|---|---|');
    for (const [id, d] of Object.entries(det.dense.perDetector) as [string, { mbPerSec: number; findingsPerPass: number }][]) w(`| ${id} | ${d.mbPerSec} | ${d.findingsPerPass} |`);
    w(`| response set | ${det.dense.responseSetMbPerSec} | |`);
    w();
  }
  if (det.machine) {
    w(`Machine-like texts (PEM, base64 in JSON, CSV rows, hex dumps, UUID lists, signed URLs; ${(det.machine.bytes / 1e3).toFixed(0)} KB per pass, new texts every pass: finding 29):`);
    w();
    w('| detector | MB/s | findings per pass |');
    w('|---|---|---|');
    for (const [id, d] of Object.entries(det.machine.perDetector) as [string, { mbPerSec: number; findingsPerPass: number }][]) w(`| ${id} | ${d.mbPerSec} | ${d.findingsPerPass} |`);
    w(`| request set | ${det.machine.sets.request} | |`);
    w(`| response set | ${det.machine.sets.response} | |`);
    w();
  }
}
const mem = r.scenarios.memory;
if (mem) {
  w('### 5. Memory per open stream (server RSS)');
  w();
  w('| server | state | streams | held | RSS before MB | RSS with streams MB | KB per stream |');
  w('|---|---|---|---|---|---|---|');
  for (const x of mem.rows) w(`| ${x.server === 'real' ? 'llm-boundary' : 'floor'} | ${x.state} | ${x.streams} | ${x.held} | ${x.baselineRssMb} | ${x.heldRssMb} | ${x.perStreamKb} |`);
  w();
}
const conv = r.scenarios.conversation;
if (conv) {
  w(`### 7. Multi-turn conversations (in-process; ${conv.description})`);
  w();
  w('| turn | request bytes | CPU ms, cache off | CPU ms, cache on |');
  w('|---|---|---|---|');
  for (const t of conv.perTurn) if (t.turn === 1 || t.turn % 5 === 0 || t.turn === conv.perTurn.length) w(`| ${t.turn} | ${t.requestBytes} | ${f(t.cpuMsOff, 2)} | ${f(t.cpuMsOn, 2)} |`);
  w();
  w(`Whole conversation: ${conv.conversationCpuMs.off} ms CPU without the cache, ${conv.conversationCpuMs.on} ms with it (${conv.conversationCpuMs.ratio}x less). The enforcing policy would have denied ${conv.wouldDeny.count} of the ${conv.wouldDeny.of} measured exchanges (monitor mode answers them; once a user turn is flagged, every later request carries it in its history).`);
  w();
}
const iso = r.scenarios.isolation;
if (iso) {
  w(`### 8. Streams while documents are scanned (in-process; ${iso.description})`);
  w();
  w('| scan workers | tick lateness p50 ms | p99 ms | max ms | wall ms per document |');
  w('|---|---|---|---|---|');
  for (const m of iso.modes) w(`| ${m.workers} | ${f(m.tickLateMs.p50, 2)} | ${f(m.tickLateMs.p99, 2)} | ${f(m.tickLateMs.max, 2)} | ${f(m.documentMs, 1)} |`);
  w();
}
w('### Targets');
w();
w('| target | goal | measured | met |');
w('|---|---|---|---|');
for (const t of r.targets) w(`| ${t.name} | ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'yes' : 'no'} |`);
w();
if (r.audit?.sustained) {
  w(`Audit (bench/audit.ts, owned by the audit helper, from bench/results/audit.json): ${r.audit.sustained.recordsPerSecondWall} records/s sustained into SQLite; append() on the hot path p50 ${r.audit.hotPath?.appendUs?.p50} µs, p99 ${r.audit.hotPath?.appendUs?.p99} µs.`);
  w();
}
process.stdout.write(lines.join('\n') + '\n');
