// Audit benchmark (not part of npm test): `node bench/audit.ts [--records N]` (default 50,000).
// 1. Sustained throughput: records/s from append() until durably committed in SQLite (WAL,
//    synchronous=FULL, 500-record transactions, checkpoint every 1000).
// 2. Hot-path cost: decisions arrive open-loop at 5,000/s; p50/p99/p99.9 of a simulated decision
//    with and without append(), and of append() alone, while the flusher runs; event-loop delay with
//    and without audit (the flusher's main-thread work delays whatever decision is queued behind it).
// Prints a table and writes bench/results/audit.json.
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createAuditSink } from '../src/audit/writer.ts';
import type { AuditRecord } from '../src/audit/types.ts';

const argIdx = process.argv.indexOf('--records');
const N = argIdx > 0 ? Number(process.argv[argIdx + 1]) : 50_000;

function record(i: number): AuditRecord {
  const deny = i % 7 === 0;
  return {
    decisionId: `0190f3c2-${i.toString(16).padStart(8, '0')}`,
    requestId: `req-${i}`,
    time: new Date(Date.UTC(2026, 0, 1) + i).toISOString(),
    source: 'ext_proc',
    identity: `spiffe://cluster.local/ns/apps/sa/agent-${i % 16}`,
    tenant: 'acme',
    route: { host: 'api.openai.com', path: '/v1/chat/completions', method: 'POST' },
    format: 'openai.chat',
    model: 'gpt-4o-mini',
    policyVersion: 'sha256:4f2a9c',
    ruleId: 'default',
    mode: 'enforce',
    decision: deny ? 'deny' : 'allow',
    phases: [
      { phase: 'request', action: deny ? 'deny' : 'allow', enforced: deny ? 'deny' : 'allow', reasons: deny ? ['prompt_injection'] : [], latencyMs: 0.31 },
      { phase: 'response', action: 'allow', enforced: 'allow', reasons: [], latencyMs: 0.12 },
    ],
    findings: deny ? [{ phase: 'request', detector: 'injection', type: 'instruction_override', where: '/messages/1/content', start: 0, end: 42, score: 0.97, action: 'deny' }] : [],
    tools: [],
    failOpen: [],
    content: { capture: 'hash', request: createHash('sha256').update(String(i)).digest('hex') },
  };
}

function pct(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function stats(samples: number[]): { p50: number; p99: number; p999: number; max: number } {
  const s = Float64Array.from(samples).sort();
  return { p50: pct(s, 50), p99: pct(s, 99), p999: pct(s, 99.9), max: s[s.length - 1] };
}

/** Stand-in for a decision's synchronous work (~ a few µs): hash a small body. */
function decisionWork(i: number): string {
  return createHash('sha256').update('{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hello ' + i + '"}]}').digest('hex');
}

const dir = mkdtempSync(join(tmpdir(), 'llmb-audit-bench-'));
try {
  // ---------------------------------------------------------------- 1. sustained throughput
  const records = Array.from({ length: N }, (_, i) => record(i));
  const sink = await createAuditSink(`sqlite:${join(dir, 'a.sqlite')}`, { keyPath: join(dir, 'k.pem'), queueCapacity: N + 1, batchSize: 500, checkpointEvery: 1000 });
  await sink.flush();
  const load = loadavg()[0];
  const t0 = process.hrtime.bigint();
  const main0 = process.threadCpuUsage();
  const proc0 = process.cpuUsage();
  for (const r of records) sink.append(r);
  await sink.flush();
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const mainCpu = process.threadCpuUsage(main0);
  const procCpu = process.cpuUsage(proc0);
  const throughput = N / secs;
  // CPU time is robust to other load on the machine: main-thread µs per record (append, hashing,
  // batching) and whole-process µs per record (plus the SQLite worker, GC threads).
  const head = await sink.store!.head(sink.chain!);
  if (head?.seq !== N) throw new Error(`expected ${N} stored records, found ${head?.seq}`);
  const mainUsPerRecord = (mainCpu.user + mainCpu.system) / N;
  const procUsPerRecord = (procCpu.user + procCpu.system) / N;
  await sink.close();

  // ---------------------------------------------------------------- 2. hot path
  // Decisions arrive open-loop at RATE per second (half the sustained goal), as a server sees them;
  // each "decision" is measured alone and followed by append(), while the flusher runs.
  const RATE = 5_000;
  const M = 30_000;
  const sink2 = await createAuditSink(`sqlite:${join(dir, 'b.sqlite')}`, { keyPath: join(dir, 'k2.pem') });
  await sink2.flush();
  const withAudit: number[] = [];
  const without: number[] = [];
  const appendOnly: number[] = [];
  const paced = async (body: (i: number) => void): Promise<void> => {
    const start = performance.now();
    for (let i = 0; i < M; i++) {
      const due = start + (i * 1000) / RATE;
      const now = performance.now();
      if (due > now + 1) await new Promise((r) => setTimeout(r, due - now));
      else if (i % 20 === 19) await new Promise((r) => setImmediate(r));
      body(i);
    }
  };
  // Baseline event-loop delay of the same paced loop without audit (the machine's own noise).
  const base = monitorEventLoopDelay({ resolution: 1 });
  base.enable();
  await paced((i) => {
    decisionWork(i);
    decisionWork(i);
  });
  base.disable();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  await paced((i) => {
    const a = process.hrtime.bigint();
    decisionWork(i);
    const b = process.hrtime.bigint();
    decisionWork(i);
    const c = process.hrtime.bigint();
    sink2.append(records[i % records.length]);
    const d = process.hrtime.bigint();
    without.push(Number(b - a) / 1000);
    withAudit.push(Number(d - b) / 1000);
    appendOnly.push(Number(d - c) / 1000);
  });
  await sink2.flush();
  loop.disable();
  // Mean CPU cost of append() alone, on the thread clock (unaffected by preemption).
  const u0 = process.threadCpuUsage();
  for (let k = 0; k < 10_000; k++) sink2.append(records[k % records.length]);
  const u = process.threadCpuUsage(u0);
  const appendCpuUs = (u.user + u.system) / 10_000;
  await sink2.close();
  const w = stats(withAudit);
  const wo = stats(without);
  const ap = stats(appendOnly);
  const eld = { p50: loop.percentile(50) / 1000, p99: loop.percentile(99) / 1000, max: loop.max / 1000 };
  const eldBase = { p50: base.percentile(50) / 1000, p99: base.percentile(99) / 1000, max: base.max / 1000 };

  const result = {
    time: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    loadAverage1m: load,
    // 1 when run under `taskset -c N` (the "one core" figure); the machine's cores otherwise.
    coresAvailable: availableParallelism(),
    sustained: {
      records: N,
      seconds: Number(secs.toFixed(3)),
      recordsPerSecondWall: Math.round(throughput),
      mainThreadCpuUsPerRecord: Number(mainUsPerRecord.toFixed(2)),
      processCpuUsPerRecord: Number(procUsPerRecord.toFixed(2)),
      recordsPerCpuSecond: Math.round(1e6 / procUsPerRecord),
      recordsPerMainThreadCpuSecond: Math.round(1e6 / mainUsPerRecord),
      goal: 10_000,
    },
    hotPath: {
      samples: M,
      ratePerSecond: RATE,
      decisionUs: wo,
      decisionWithAppendUs: w,
      appendUs: ap,
      addedP99Us: Number((w.p99 - wo.p99).toFixed(2)),
      appendMeanCpuUs: Number(appendCpuUs.toFixed(2)),
      goalAddedP99Us: 50,
      eventLoopDelayUs: eld,
      eventLoopDelayWithoutAuditUs: eldBase,
    },
  };
  const f = (n: number) => n.toFixed(2).padStart(9);
  process.stdout.write(
    `audit benchmark (${result.node}, ${result.cpu})\n` +
      `load average (1 min) at start: ${load.toFixed(2)} on ${cpus().length} cores; this process may use ${availableParallelism()}\n` +
      `sustained into SQLite:  ${N} records in ${secs.toFixed(2)} s wall = ${Math.round(throughput)} records/s (goal >= 10000)\n` +
      `CPU per record: main thread ${mainUsPerRecord.toFixed(1)} µs (${Math.round(1e6 / mainUsPerRecord)} records per main-thread CPU-second), ` +
      `whole process ${procUsPerRecord.toFixed(1)} µs (${Math.round(1e6 / procUsPerRecord)} records per CPU-second)\n\n` +
      `hot path: ${M} decisions at ${RATE}/s while the flusher runs\n` +
      `µs per decision            p50       p99     p99.9       max\n` +
      `decision alone       ${f(wo.p50)} ${f(wo.p99)} ${f(wo.p999)} ${f(wo.max)}\n` +
      `decision + append()  ${f(w.p50)} ${f(w.p99)} ${f(w.p999)} ${f(w.max)}\n` +
      `append() alone       ${f(ap.p50)} ${f(ap.p99)} ${f(ap.p999)} ${f(ap.max)}\n` +
      `added p99: ${result.hotPath.addedP99Us} µs (goal <= 50); append() mean CPU ${result.hotPath.appendMeanCpuUs} µs\n` +
      `event-loop delay while flushing: p50 ${eld.p50.toFixed(0)} µs, p99 ${eld.p99.toFixed(0)} µs, max ${eld.max.toFixed(0)} µs\n` +
      `event-loop delay, same loop without audit: p50 ${eldBase.p50.toFixed(0)} µs, p99 ${eldBase.p99.toFixed(0)} µs, max ${eldBase.max.toFixed(0)} µs\n`,
  );
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  writeFileSync(join(import.meta.dirname, 'results', 'audit.json'), JSON.stringify(result, null, 2) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
