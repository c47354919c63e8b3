// Diagnoses the per-chunk latency tail of scenario 2 (STREAMED SSE over ext_proc, issue 9). Three modes:
//
//   node bench/stream-tail.ts [--rates 10000,20000] [--duration-ms 10000] [--runs 1] [--kinds real,floor,burn8]
//                             [--node-flags "--trace-gc ..."] [--server-args "--turn-budget-ms 0"] [--gaps]
//     Starts the real server and the no-op floor like bench/run.ts (`serve`, pinned to core 0; generator
//     bench/load.ts pinned to core 1), runs only STREAMED at the given rates and prints per-chunk
//     p50/p99, the server's CPU per chunk, core 0's busy and steal shares (core 0 busy well above the
//     server's own CPU = another process shared the server's core: the step's latency is not the
//     server's), GC pauses by kind and event-loop delay over the measured window. `burnN` = the floor
//     plus N us of busy CPU per response chunk (the product's utilisation without its GC or work).
//     `loaded` = the product's pipeline built and kept (policy, detectors, scan worker) but every
//     exchange the floor's; `echo` = the floor answering every response chunk with a body mutation
//     carrying a copy of it (the product's reply shape). Both tell the product's per-chunk work from
//     what merely having it in the process, or its replies, cost (BENCHMARKS.md finding 13).
//     --gaps adds a 1 ms timer in the server: loop turns by main-thread CPU and the longest stalls with
//     the CPU and GC time inside them (stall with little CPU = the server was descheduled).
//     STREAM_TAIL_SERVER_STDOUT=<file> keeps the server's stdout (e.g. --trace-gc-nvp) in <file>.<kind>.
//   node bench/stream-tail.ts --inproc [--streams 33] [--chunks 400000] [--timing]
//     The product's per-chunk path in-process (no gRPC, no other process involved): CPU per chunk and
//     GC pauses with `streams` interleaved exchanges of the embedded policy, staggered and restarted.
//   node bench/stream-tail.ts --profile FILE.cpuprofile [--min-ms 10] [--skip-ms 3000]
//     Busy runs of the main thread in a --cpu-prof profile: how many last >= min-ms and what fills them,
//     against the whole profile (a few long synchronous tasks vs. a uniformly busy loop).
//
// The server-side statistics come from this same file preloaded into the server (node --import) with
// STREAM_TAIL_STATS=<file>: on SIGUSR2 it writes what it saw since the previous SIGUSR2 to <file>.
// Diagnostics only; not part of the test suite or of `npm run bench`.
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { isMainThread } from 'node:worker_threads';
import { constants as perf, monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { grpcTarget } from './lib/listening.ts';
import { coreTicks, cpuSeconds } from './lib/procstat.ts';
import { SERVER_NODE_FLAGS } from '../src/server/node-flags.ts';

/** perf_hooks GC entry kinds (detail.kind) by name: 4 is the full mark-compact, 8 the start of incremental marking. */
const GC_KINDS: Record<number, string> = {
  [perf.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [perf.NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP]: 'minor(ms)',
  [perf.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [perf.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [perf.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

const coreTicksOrZero = (core: number): [number, number] => coreTicks(core) ?? [0, 0];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

// ---- server-side hook (preloaded) -------------------------------------------------------------

interface GcEntry { at: number; ms: number; kind: number }
interface HookStats {
  windowMs: number;
  gc: { kind: string; count: number; totalMs: number; maxMs: number; p99Ms: number }[];
  gcTotalMs: number;
  eld: { p50: number; p99: number; p999: number; max: number; mean: number };
  gaps: { at: number; ms: number; gcMs: number; cpuMs: number }[];
  heapUsedMb: number;
  /** Loop turns (between two 1 ms timer callbacks) by main-thread CPU spent in them: >5, >10, >20, >50 ms. */
  busyTurns: number[];
  /** The largest main-thread CPU spent in one loop turn (ms). */
  busiestTurnMs: number;
}

function installHook(file: string, gaps: boolean): void {
  let gcs: GcEntry[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) {
      gcs.push({ at: e.startTime, ms: e.duration, kind: e.detail?.kind ?? 0 });
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  let since = performance.now();
  let stalls: { at: number; ms: number; cpuMs: number }[] = [];
  let busyTurns = [0, 0, 0, 0];
  let busiest = 0;
  if (gaps) {
    // Main-thread CPU inside a stall tells a long task (CPU ~ stall) from being descheduled (CPU ~ 0).
    let last = performance.now();
    let lastCpu = process.threadCpuUsage();
    const t = setInterval(() => {
      const n = performance.now();
      const c = process.threadCpuUsage();
      const cpuMs = (c.user + c.system - lastCpu.user - lastCpu.system) / 1000;
      if (n - last > 5) stalls.push({ at: last, ms: n - last, cpuMs });
      [5, 10, 20, 50].forEach((lim, i) => cpuMs > lim && busyTurns[i]++);
      if (cpuMs > busiest) busiest = cpuMs;
      last = n;
      lastCpu = c;
    }, 1);
    t.unref();
  }
  process.on('SIGUSR2', () => {
    const now = performance.now();
    const by = new Map<string, number[]>();
    for (const g of gcs) {
      const k = GC_KINDS[g.kind] ?? String(g.kind);
      const a = by.get(k) ?? [];
      a.push(g.ms);
      by.set(k, a);
    }
    const r = (v: number): number => Math.round(v * 100) / 100;
    const stats: HookStats = {
      windowMs: r(now - since),
      gc: [...by].map(([kind, a]) => {
        a.sort((x, y) => x - y);
        return { kind, count: a.length, totalMs: r(a.reduce((s, v) => s + v, 0)), maxMs: r(a[a.length - 1]), p99Ms: r(a[Math.min(a.length - 1, Math.ceil(a.length * 0.99) - 1)]) };
      }),
      gcTotalMs: r(gcs.reduce((s, g) => s + g.ms, 0)),
      eld: { p50: r(h.percentile(50) / 1e6), p99: r(h.percentile(99) / 1e6), p999: r(h.percentile(99.9) / 1e6), max: r(h.max / 1e6), mean: r(h.mean / 1e6) },
      gaps: stalls.sort((a, b) => b.ms - a.ms).slice(0, 12).map((s) => ({
        at: r(s.at - since),
        ms: r(s.ms),
        cpuMs: r(s.cpuMs),
        gcMs: r(gcs.filter((g) => g.at < s.at + s.ms && g.at + g.ms > s.at).reduce((t, g) => t + g.ms, 0)),
      })),
      heapUsedMb: r(process.memoryUsage().heapUsed / 1048576),
      busyTurns,
      busiestTurnMs: r(busiest),
    };
    busyTurns = [0, 0, 0, 0];
    busiest = 0;
    writeFileSync(file, JSON.stringify(stats));
    gcs = [];
    stalls = [];
    h.reset();
    since = now;
  });
}

// ---- driver -------------------------------------------------------------------------------------

const children = new Set<ChildProcess>();
function track(c: ChildProcess): ChildProcess {
  children.add(c);
  c.once('exit', () => children.delete(c));
  return c;
}

function pin(pid: number, core: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-pc', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Server { proc: ChildProcess; target: string; statsFile: string; stop(): Promise<void> }

const FLOOR_IMPORT = `import { createPipeline as floor } from ${JSON.stringify(join(ROOT, 'bench/noop-pipeline.ts'))};`;

/**
 * A pipeline module (written to `dir`/`name`.ts) that is the floor with its per-chunk responseBody
 * replaced by `responseBody`, the source of a function expression in which `rb` is the floor's own.
 */
function floorWithResponseBody(dir: string, name: string, responseBody: string): string {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, [
    FLOOR_IMPORT,
    'export function createPipeline() {',
    '  const p = floor();',
    '  const create = p.factory.create;',
    '  return { ...p, factory: { create: (s: never) => {',
    '    const ex = create(s);',
    '    const rb = ex.responseBody.bind(ex);',
    `    ex.responseBody = ${responseBody};`,
    '    return ex;',
    '  } } };',
    '}',
  ].join('\n'));
  return file;
}

/**
 * Kind `burnN` (a diagnostic): the floor, plus N microseconds of busy CPU in every response chunk, so
 * it runs at the product's utilisation without any of the product's pauses or allocations.
 */
function burnModule(dir: string, us: number): string {
  return floorWithResponseBody(dir, `burn-${us}`,
    `(...a: never[]) => { const t = performance.now() + ${us / 1000}; while (performance.now() < t); return (rb as (...x: never[]) => never)(...a); }`);
}

/** Kinds `loaded` and `echo` (diagnostics, see the header): pipeline modules written next to the stats file. */
function variantModule(dir: string, kind: 'loaded' | 'echo'): string {
  if (kind === 'echo') return floorWithResponseBody(dir, 'echo', "(chunk: Buffer) => ({ kind: 'continue' as const, body: Buffer.from(chunk) })");
  const file = join(dir, 'loaded.ts');
  writeFileSync(file, [
    FLOOR_IMPORT,
    `import { createPipeline as product } from ${JSON.stringify(join(ROOT, 'src/pipeline/index.ts'))};`,
    'export async function createPipeline(options: never) {',
    '  const built = await product(options);',
    '  return { ...floor(), close: () => built.close() };',
    '}',
  ].join('\n'));
  return file;
}

async function startServer(kind: string, nodeFlags: string[], statsFile: string, gaps: boolean, serverArgs: string[] = []): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, LLM_BOUNDARY_HMAC_KEY: randomBytes(32).toString('hex'), STREAM_TAIL_STATS: statsFile };
  delete env.LLM_BOUNDARY_PIPELINE_MODULE;
  if (gaps) env.STREAM_TAIL_GAPS = '1';
  if (kind === 'floor') env.LLM_BOUNDARY_PIPELINE_MODULE = join(ROOT, 'bench/noop-pipeline.ts');
  if (kind.startsWith('burn')) env.LLM_BOUNDARY_PIPELINE_MODULE = burnModule(dirname(statsFile), Number(kind.slice(4)));
  if (kind === 'loaded' || kind === 'echo') env.LLM_BOUNDARY_PIPELINE_MODULE = variantModule(dirname(statsFile), kind);
  const args = [
    ...SERVER_NODE_FLAGS, ...nodeFlags, '--import', SELF,
    join(ROOT, 'src/cli.ts'), 'serve',
    '--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0',
    '--audit-store', 'none', '--log-level', 'error', '--grace-ms', '200', '--max-streams', '20000',
    ...serverArgs,
  ];
  const proc = track(spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  pin(proc.pid!, 0);
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => {
    const s = d.toString();
    stderr = (stderr + s).slice(-4000);
    if (process.env.STREAM_TAIL_SERVER_STDERR) process.stderr.write(s);
  });
  const target = await grpcTarget(proc, `server (${kind})`, () => stderr);
  // STREAM_TAIL_SERVER_STDOUT=<file>: keep the server's stdout (e.g. --trace-gc output) there.
  const keep = process.env.STREAM_TAIL_SERVER_STDOUT;
  if (keep) proc.stdout!.on('data', (d: Buffer) => appendFileSync(`${keep}.${kind}`, d));
  proc.stdout!.resume();
  return {
    proc, target, statsFile,
    stop: () => new Promise<void>((res) => {
      if (proc.exitCode !== null) return res();
      const k = setTimeout(() => proc.kill('SIGKILL'), 3000);
      proc.once('exit', () => {
        clearTimeout(k);
        res();
      });
      proc.kill('SIGTERM');
    }),
  };
}

async function serverStats(s: Server): Promise<HookStats> {
  rmSync(s.statsFile, { force: true });
  s.proc.kill('SIGUSR2');
  for (let i = 0; i < 200 && !existsSync(s.statsFile); i++) await sleep(10);
  await sleep(20);
  return JSON.parse(readFileSync(s.statsFile, 'utf8')) as HookStats;
}

interface StreamResult {
  offeredChunksPerSec: number; achievedChunksPerSec: number; sentTotal: number; errors: number;
  chunkLatency: { p50: number | null; p90: number | null; p99: number | null; p999: number | null; max: number | null };
}

async function main(argv: string[]): Promise<void> {
  const opt = (name: string, def: string): string => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : def;
  };
  const rates = opt('--rates', '10000,20000').split(',').map(Number);
  const durationMs = Number(opt('--duration-ms', '10000'));
  const runs = Number(opt('--runs', '1'));
  const kinds = opt('--kinds', 'real,floor').split(',');
  const nodeFlags = opt('--node-flags', '').split(' ').filter(Boolean);
  const gaps = argv.includes('--gaps');
  const serverArgs = opt('--server-args', '').split(' ').filter(Boolean);
  const tokens = 500;
  const tmp = mkdtempSync(join(tmpdir(), 'stream-tail-'));
  const { chatStream } = await import('./lib/payloads.ts');
  const streamLen = Math.ceil(chatStream(tokens).length / 20);
  try {
    for (let run = 0; run < runs; run++) {
      for (const kind of kinds) {
        const s = await startServer(kind, nodeFlags, join(tmp, `${kind}.json`), gaps, serverArgs);
        const gen = track(fork(join(ROOT, 'bench/load.ts'), [], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
        pin(gen.pid!, 1);
        try {
          for (const rate of rates) {
            const n = Math.max(1, Math.round(rate / 600));
            const streamMs = (streamLen / (rate / n)) * 1000;
            const warmupMs = 1000 + Math.round(streamMs);
            const reply = new Promise<{ ok: boolean; result?: StreamResult; error?: string }>((res, rej) => {
              gen.once('message', (m) => res(m as { ok: boolean; result?: StreamResult; error?: string }));
              gen.once('exit', (c) => rej(new Error(`generator exited ${c}`)));
            });
            const t0 = performance.now();
            gen.send({ kind: 'streams', target: s.target, mode: 'STREAMED', streams: n, chunksPerSecond: rate, tokens, chunkBytes: 20, warmupMs, durationMs, channels: 4, stagger: true });
            await sleep(warmupMs + 5);
            await serverStats(s); // discard the warm-up
            const c0 = cpuSeconds(s.proc.pid!);
            const g0 = cpuSeconds(gen.pid!);
            const k0 = coreTicksOrZero(0);
            const w0 = performance.now();
            await sleep(durationMs);
            const st = await serverStats(s);
            const cpu = cpuSeconds(s.proc.pid!) - c0;
            const gcpu = cpuSeconds(gen.pid!) - g0;
            const k1 = coreTicksOrZero(0);
            const wall = (performance.now() - w0) / 1000;
            const r = await reply;
            if (!r.ok || !r.result) throw new Error(r.error);
            const x = r.result;
            const sentPerSec = (x.sentTotal / ((performance.now() - t0) / 1000));
            const gcLine = st.gc.map((g) => `${g.kind} ${g.count}x tot ${g.totalMs} max ${g.maxMs}`).join('; ');
            process.stdout.write(
              `run ${run + 1} ${kind.padEnd(5)} ${rate}/s achieved ${x.achievedChunksPerSec}/s  chunk p50 ${x.chunkLatency.p50} p90 ${x.chunkLatency.p90} p99 ${x.chunkLatency.p99} p99.9 ${x.chunkLatency.p999} max ${x.chunkLatency.max} ms  errors ${x.errors}\n` +
              `    server CPU ${(cpu / wall).toFixed(2)} core, ~${((cpu * 1e6) / (sentPerSec * wall)).toFixed(1)} us/chunk; generator ${(gcpu / wall).toFixed(2)} core; core 0 busy ${((k1[0] - k0[0]) / 100 / wall).toFixed(2)} steal ${((k1[1] - k0[1]) / 100 / wall).toFixed(2)}; heap ${st.heapUsedMb} MB\n` +
              `    GC ${st.gcTotalMs} ms in ${st.windowMs} ms: ${gcLine}\n` +
              `    event-loop delay p50 ${st.eld.p50} p99 ${st.eld.p99} p99.9 ${st.eld.p999} max ${st.eld.max} ms\n` +
              (gaps ? `    loop turns with main-thread CPU >5/>10/>20/>50 ms: ${st.busyTurns.join('/')}, busiest ${st.busiestTurnMs} ms\n` : '') +
              (gaps ? `    longest stalls (at ms: ms [main-thread cpu ms, gc ms]): ${st.gaps.map((g) => `${g.at}: ${g.ms} [${g.cpuMs}, ${g.gcMs}]`).join(', ')}\n` : ''),
            );
            await sleep(500);
          }
        } finally {
          gen.disconnect();
          await s.stop();
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---- profile segments (--profile FILE.cpuprofile [--min-ms 10] [--skip-ms 3000]) ---------------

/**
 * The main thread's busy runs (consecutive non-idle samples) in a V8 .cpuprofile: how many last over
 * --min-ms, and which functions (inclusive, src/ and a few runtime entries) fill them, against the
 * whole profile. Tells a few long synchronous tasks from a uniformly busy loop.
 */
function profileSegments(file: string, minMs: number, skipMs: number): void {
  interface PNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
  const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: PNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: PNode): string => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/work\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
  const stackKeys = new Map<number, string[]>();
  const keysOf = (id: number): string[] => {
    let k = stackKeys.get(id);
    if (k) return k;
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) seen.add(key(byId.get(cur)!));
    k = [...seen];
    stackKeys.set(id, k);
    return k;
  };
  const isIdle = (id: number): boolean => byId.get(id)!.callFrame.functionName === '(idle)';
  let t = 0;
  const runs: { start: number; ms: number; samples: { id: number; dt: number }[] }[] = [];
  let cur: { start: number; ms: number; samples: { id: number; dt: number }[] } | undefined;
  const all = new Map<string, number>();
  let allBusy = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    // timeDeltas[i] is the time before sample i; attribute the next delta to sample i.
    const dt = (prof.timeDeltas[i + 1] ?? 0) / 1000;
    t += (prof.timeDeltas[i] ?? 0) / 1000;
    if (t < skipMs) continue;
    const id = prof.samples[i];
    if (isIdle(id)) {
      if (cur) runs.push(cur);
      cur = undefined;
      continue;
    }
    allBusy += dt;
    for (const k of keysOf(id)) all.set(k, (all.get(k) ?? 0) + dt);
    cur ??= { start: t, ms: 0, samples: [] };
    cur.ms += dt;
    cur.samples.push({ id, dt });
  }
  if (cur) runs.push(cur);
  const long = runs.filter((r) => r.ms >= minMs);
  const inLong = new Map<string, number>();
  let longBusy = 0;
  for (const r of long) for (const s of r.samples) {
    longBusy += s.dt;
    for (const k of keysOf(s.id)) inLong.set(k, (inLong.get(k) ?? 0) + s.dt);
  }
  const hist = [1, 2, 5, 10, 20, 50, 100].map((lim) => `>=${lim}ms ${runs.filter((r) => r.ms >= lim).length}`).join(', ');
  process.stdout.write(`busy ${allBusy.toFixed(0)} ms in ${runs.length} runs (${hist}); runs >= ${minMs} ms: ${long.length}, ${longBusy.toFixed(0)} ms\n`);
  process.stdout.write(`longest: ${runs.map((r) => r.ms).sort((a, b) => b - a).slice(0, 15).map((v) => v.toFixed(1)).join(', ')}\n`);
  const interesting = (k: string): boolean => /src\/|bench\/|\(garbage collector\)|\(program\)|onStreamRead|processTicksAndRejections|listOnTimeout|processImmediate/.test(k);
  process.stdout.write(`function (inclusive)                                            in long runs      overall\n`);
  [...inLong].filter(([k]) => interesting(k)).sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => {
    const o = all.get(k) ?? 0;
    process.stdout.write(`  ${k.slice(0, 62).padEnd(62)} ${v.toFixed(0).padStart(6)} ms ${((100 * v) / longBusy).toFixed(1).padStart(5)}%  ${((100 * o) / allBusy).toFixed(1).padStart(5)}%\n`);
  });
}

// ---- in-process (--inproc [--streams 33] [--chunks 400000] [--timing]) ---------------------------

/**
 * The product's per-chunk path without gRPC and without noise from other processes: `streams`
 * exchanges of the real pipeline (embedded policy) fed one 20-byte chunk each in turn, staggered and
 * restarted like scenario 2, so the live per-stream state matches the server's. Prints CPU per chunk
 * and GC pauses (count, total, mean, max by kind) over the measured part (after a first fifth).
 */
async function inproc(streams: number, total: number, timing: boolean): Promise<void> {
  const { assemblePipeline } = await import('../src/pipeline/index.ts');
  const { loadEmbeddedPolicy } = await import('../src/policy/compile.ts');
  const { NoneAuditSink } = await import('../src/audit/writer.ts');
  const { createApprovalStore } = await import('../src/tools/index.ts');
  const { chatStream, chunks, requestHeaders, responseHeaders, streamRequest } = await import('./lib/payloads.ts');
  const policy = loadEmbeddedPolicy({ hmacKey: randomBytes(32), installKey: false });
  const p = assemblePipeline({ policies: { current: () => policy, close() {} }, audit: new NoneAuditSink(), approvals: createApprovalStore('memory') });
  const body = streamRequest();
  const parts = chunks(chatStream(500), 20);
  type Ex = ReturnType<typeof p.factory.create>;
  const open = async (): Promise<Ex> => {
    const ex = p.factory.create({ metadata: {}, observability: false, requestBodyMode: 'BUFFERED', responseBodyMode: 'STREAMED' });
    await ex.requestHeaders(requestHeaders(body.length), false);
    await ex.requestBody(body, true, 'BUFFERED');
    await ex.responseHeaders(responseHeaders('text/event-stream'), false);
    return ex;
  };
  const slots: { ex: Ex; k: number }[] = [];
  for (let i = 0; i < streams; i++) slots.push({ ex: await open(), k: Math.floor((i * parts.length) / streams) });
  const gcs: { kind: number; ms: number }[] = [];
  const obs = new PerformanceObserver((l) => {
    for (const e of l.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) gcs.push({ kind: e.detail?.kind ?? 0, ms: e.duration });
  });
  obs.observe({ entryTypes: ['gc'] });
  let outBytes = 0;
  const opens: number[] = [];
  const lasts: number[] = [];
  const chunkMax: number[] = [];
  let c0 = process.cpuUsage();
  let measured = 0;
  for (let n = 0; n < total; n++) {
    if (n === Math.floor(total / 5)) {
      c0 = process.cpuUsage();
      gcs.length = 0;
      measured = 0;
    }
    const s = slots[n % streams];
    const last = s.k === parts.length - 1;
    const t0 = timing ? performance.now() : 0;
    const r = s.ex.responseBody(parts[s.k], last, 'STREAMED');
    const res = r instanceof Promise ? await r : r;
    if (timing) {
      const dt = performance.now() - t0;
      if (last) lasts.push(dt);
      else chunkMax.push(dt);
    }
    if (res.kind === 'continue' && res.body) outBytes += res.body.length;
    measured++;
    if (last) {
      const t1 = performance.now();
      s.ex.close('complete');
      s.ex = await open();
      opens.push(performance.now() - t1);
      s.k = 0;
    } else s.k++;
  }
  const c = process.cpuUsage(c0);
  await sleep(50);
  obs.disconnect();
  const by = new Map<string, number[]>();
  for (const g of gcs) {
    const k = GC_KINDS[g.kind] ?? String(g.kind);
    by.set(k, [...(by.get(k) ?? []), g.ms]);
  }
  const r2 = (v: number): number => Math.round(v * 100) / 100;
  process.stdout.write(`in-process ${streams} streams, ${measured} chunks measured: ${r2((c.user + c.system) / measured)} us/chunk CPU (incl. GC threads), out ${outBytes} bytes\n`);
  const q = (a: number[], p: number): number => r2([...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.ceil((p / 100) * a.length) - 1)] ?? NaN);
  if (timing) process.stdout.write(`  wall ms: close+open of a stream p50 ${q(opens, 50)} p99 ${q(opens, 99)} max ${q(opens, 100)} (n ${opens.length}); last chunk p50 ${q(lasts, 50)} max ${q(lasts, 100)}; other chunks p99 ${q(chunkMax, 99)} p99.9 ${q(chunkMax, 99.9)} max ${q(chunkMax, 100)}\n`);
  for (const [k, a] of by) {
    const sum = a.reduce((x, y) => x + y, 0);
    process.stdout.write(`  ${k}: ${a.length}x, total ${r2(sum)} ms (${r2((sum * 1000) / measured)} us/chunk), mean ${r2(sum / a.length)} max ${r2(Math.max(...a))} ms\n`);
  }
}

if (process.env.STREAM_TAIL_STATS && !process.argv[1]?.endsWith('stream-tail.ts')) {
  // Preloaded into the server. --import runs in its worker threads too; the hook belongs to the main
  // thread only: in the scan worker, its 1 ms event-loop-delay timer alone cost that otherwise idle
  // thread ~2.6% of a core at 20,000 chunks/s, which the floor (no worker) did not pay.
  if (isMainThread) installHook(process.env.STREAM_TAIL_STATS, process.env.STREAM_TAIL_GAPS === '1');
} else {
  process.on('exit', () => {
    for (const c of children) c.kill('SIGKILL');
  });
  const argv = process.argv.slice(2);
  const pi = argv.indexOf('--profile');
  const opt = (n: string, d: number): number => (argv.includes(n) ? Number(argv[argv.indexOf(n) + 1]) : d);
  const job = pi >= 0 ? Promise.resolve(profileSegments(argv[pi + 1], opt('--min-ms', 10), opt('--skip-ms', 3000)))
    : argv.includes('--inproc') ? inproc(opt('--streams', 33), opt('--chunks', 400_000), argv.includes('--timing'))
      : main(argv);
  job.then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`stream-tail failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
