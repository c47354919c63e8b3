// Cold caches: what one buffered exchange costs when the CPU caches do not hold the detectors' tables.
// In-process (no gRPC), embedded default policy, the benchmark's 4 KB chat request and 2 KB answer.
//
// The load sweep of scenario 1 shows server CPU per exchange rising as the offered rate falls (on every
// VM of this project's history: several milliseconds per exchange at 50/s against well under one at
// saturation), for the no-op floor too. Back-to-back exchanges find the detectors' working set (RE2
// automata, the model weights and bitmap, dictionaries, compiled code) in the caches; an exchange that
// arrives after the core did something else, or idled, finds it evicted. This measures that directly:
//  - exchanges back to back ("hot");
//  - each after a 20 ms idle (the core halts; on a shared host other guests run on it);
//  - each after sweeping a 64 MB buffer (twice the L3 of the machines here), the core kept busy;
//  - each after a busy gap of 0.1 to 20 ms (the core spins on a loop that touches nothing: what other
//    tenants of the host evict while this process does not halt);
// and, per detector of the request and response sets, its scan of the exchange's texts hot and right
// after a sweep. Median CPU (process.cpuUsage for exchanges, wall time for single scans) over the samples.
// Usage: node bench/cold.ts [--quick] (pin it: taskset -c 0); prints a table on stderr and one JSON
// object on stdout. Not part of `npm test` or `npm run bench`'s scenarios (BENCHMARKS.md finding 27).
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { assemblePipeline } from '../src/pipeline/index.ts';
import { loadEmbeddedPolicy } from '../src/policy/compile.ts';
import { NoneAuditSink } from '../src/audit/writer.ts';
import { createApprovalStore } from '../src/tools/index.ts';
import type { DetectionContext } from '../src/core/types.ts';
import { benchRule, REQUEST_CTX, RESPONSE_CTX } from './detectors.ts';
import { chatRequest4k, chatResponse2k, requestHeaders, responseHeaders } from './lib/payloads.ts';

export interface ColdBenchResult {
  /** Median CPU ms per exchange (request headers + BUFFERED body + response headers + BUFFERED body). */
  readonly exchange: { readonly hot: number; readonly afterIdle: number; readonly afterSweep: number };
  /** Median CPU ms per exchange after a busy gap of `gapMs` (spinning, not halting). */
  readonly afterBusyGap: ReadonlyArray<{ readonly gapMs: number; readonly ms: number }>;
  /** Per detector scan of the exchange's texts: median µs hot and right after a sweep. */
  readonly scans: ReadonlyArray<{ readonly name: string; readonly chars: number; readonly hotUs: number; readonly coldUs: number }>;
  readonly samples: number;
}

const quick = process.argv.includes('--quick');
const SAMPLES = quick ? 20 : 200;
const SWEEP = new Uint8Array(64 << 20);

/** Touch one byte per cache line of a buffer twice the size of the last-level cache. */
function sweep(): void {
  for (let j = 0; j < SWEEP.length; j += 64) SWEEP[j]++;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

const policy = loadEmbeddedPolicy({ hmacKey: randomBytes(32), installKey: false });
const pipeline = assemblePipeline({ policies: { current: () => policy, close() {} }, audit: new NoneAuditSink(), approvals: createApprovalStore('memory') });
const req = chatRequest4k();
const res = chatResponse2k();

async function exchangeCpuMs(): Promise<number> {
  const c0 = process.cpuUsage();
  const ex = pipeline.factory.create({ metadata: {}, observability: false, requestBodyMode: 'BUFFERED', responseBodyMode: 'BUFFERED' });
  await ex.requestHeaders(requestHeaders(req.length), false);
  await ex.requestBody(req, true, 'BUFFERED');
  await ex.responseHeaders(responseHeaders('application/json', res.length), false);
  await ex.responseBody(res, true, 'BUFFERED');
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

async function exchanges(before: () => Promise<void> | void): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await before();
    xs.push(await exchangeCpuMs());
  }
  return median(xs);
}

for (let i = 0; i < (quick ? 200 : 2000); i++) await exchangeCpuMs(); // JIT warm-up
const hot = await exchanges(() => {});
const afterIdle = await exchanges(() => sleep(20));
const afterSweep = await exchanges(sweep);
const spin = (ms: number) => (): void => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const afterBusyGap: { gapMs: number; ms: number }[] = [];
for (const gapMs of [0.1, 0.25, 0.5, 1, 2, 5, 20]) afterBusyGap.push({ gapMs, ms: await exchanges(spin(gapMs)) });

// The texts each detector sees in that exchange: the system and user messages, the answer.
const body = JSON.parse(req.toString()) as { messages: Array<{ role: string; content: string }> };
const system = body.messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n');
const user = body.messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
const answer = (JSON.parse(res.toString()) as { choices: Array<{ message: { content: string } }> }).choices[0].message.content;
const rule = benchRule();
const cases: Array<{ name: string; text: string; run: () => void }> = [];
const add = (name: string, text: string, det: { scan(t: string, c: DetectionContext): unknown }, ctx: DetectionContext): void => {
  cases.push({ name, text, run: () => det.scan(text, ctx) });
};
for (const d of rule.request.detectors) {
  add(`request ${d.id}, user message`, user, d, REQUEST_CTX);
  add(`request ${d.id}, system message`, system, d, { ...REQUEST_CTX, role: 'system' });
}
for (const d of rule.response.detectors) add(`response ${d.id}, answer`, answer, d, RESPONSE_CTX);
for (const c of cases) for (let i = 0; i < (quick ? 30 : 300); i++) c.run();
const scans = cases.map((c) => {
  const hotUs: number[] = [];
  const coldUs: number[] = [];
  for (let i = 0; i < (quick ? 10 : 60); i++) {
    let t0 = performance.now();
    c.run();
    hotUs.push((performance.now() - t0) * 1000);
    sweep();
    t0 = performance.now();
    c.run();
    coldUs.push((performance.now() - t0) * 1000);
  }
  return { name: c.name, chars: c.text.length, hotUs: Math.round(median(hotUs)), coldUs: Math.round(median(coldUs)) };
});

const result: ColdBenchResult = { exchange: { hot, afterIdle, afterSweep }, afterBusyGap, scans, samples: SAMPLES };
const lines = [
  `exchange CPU (median of ${SAMPLES}): back to back ${hot.toFixed(3)} ms, after 20 ms idle ${afterIdle.toFixed(3)} ms, after a 64 MB sweep ${afterSweep.toFixed(3)} ms`,
  `after a busy gap (spinning): ${afterBusyGap.map((g) => `${g.gapMs} ms → ${g.ms.toFixed(3)}`).join(', ')} ms`,
  '| scan | characters | hot µs | after a sweep µs |',
  '|---|---|---|---|',
  ...scans.map((s) => `| ${s.name} | ${s.chars} | ${s.hotUs} | ${s.coldUs} |`),
  `| sum | | ${scans.reduce((n, s) => n + s.hotUs, 0)} | ${scans.reduce((n, s) => n + s.coldUs, 0)} |`,
];
process.stderr.write(lines.join('\n') + '\n');
process.stdout.write(JSON.stringify(result) + '\n');
