// `npm run bench` (node bench/run.ts [--quick] [--out FILE] [--only a,b]): the benchmark driver.
// The server runs as `llm-boundary serve` in its own process pinned to core 0 (taskset); the load
// generator (bench/load.ts) runs in another process pinned to core 1 and plays Envoy over loopback
// gRPC, open-loop. Every server scenario runs twice: against the real pipeline and against the floor
// (bench/noop-pipeline.ts: same server, an Exchange that continues at once), so figures are also
// given relative to what gRPC + the server shell cost here. Writes bench/results/latest.json, a PNG
// plot (bench/results/latency.png) and prints a table. Lifetime: one run per process.
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { parseDocument } from 'yaml';
import { compilePolicy, EMBEDDED_POLICY_PATH } from '../src/policy/compile.ts';
import { DETECTOR_TYPES } from '../src/detectors/registry.ts';
import { diff, ratio, type Summary } from './lib/stats.ts';
import { lineChart } from './lib/png.ts';
import { chatStream } from './lib/payloads.ts';
import { grpcTarget } from './lib/listening.ts';
import { coreTicks, cpuSeconds, rssBytes } from './lib/procstat.ts';
import type { ExchangeStepResult, Task } from './load.ts';
import type { DetectorBenchResult } from './detectors.ts';
import type { ConversationBenchResult } from './conversation.ts';
import type { IsolationBenchResult } from './isolation.ts';
import { SERVER_NODE_FLAGS } from '../src/server/node-flags.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'bench');

// ---- configuration -------------------------------------------------------------------------------

interface Config {
  readonly quick: boolean;
  readonly exchangeRates: number[];
  readonly exchangeWarmupMs: number;
  readonly exchangeDurationMs: number;
  readonly streamModes: Array<'STREAMED' | 'FULL_DUPLEX_STREAMED'>;
  readonly streamRates: number[];
  /** Concurrent streams; 0 = offered rate / STREAM_CHUNKS_PER_SEC (each stream paced like a real model). */
  readonly streams: number;
  readonly streamTokens: number;
  readonly streamWarmupMs: number;
  readonly streamDurationMs: number;
  /**
   * Extra STREAMED windows at the highest stream rate, alternating real and floor (real, floor, real,
   * floor …) against two servers kept up side by side, so that a slow period of a shared machine falls
   * on both kinds; the p99 target is judged on the median ratio of these pairs (see streamPairs()).
   */
  readonly streamPairs: number;
  readonly authzRates: number[];
  readonly authzWarmupMs: number;
  readonly authzDurationMs: number;
  readonly memoryCounts: number[];
  readonly channels: number;
}

/** Per-stream pace: ~600 chunks/s of 20 bytes = ~80 tokens/s of OpenAI chat SSE (a fast model). */
const STREAM_CHUNKS_PER_SEC = 600;

const FULL: Config = {
  quick: false,
  exchangeRates: [50, 100, 250, 500, 1000, 1500, 2000, 3000],
  exchangeWarmupMs: 1500,
  exchangeDurationMs: 5000,
  streamModes: ['STREAMED', 'FULL_DUPLEX_STREAMED'],
  streamRates: [2500, 5000, 10_000, 20_000],
  streams: 0, // per rate: rate / streamChunksPerSecond
  streamTokens: 500,
  streamWarmupMs: 1000, // plus one whole stream duration (staggered starts)
  streamDurationMs: 6000,
  streamPairs: 3,
  authzRates: [100, 250, 500, 1000, 2000],
  authzWarmupMs: 1000,
  authzDurationMs: 4000,
  memoryCounts: [1000, 10_000],
  channels: 4,
};

const QUICK: Config = {
  quick: true,
  exchangeRates: [100, 300],
  exchangeWarmupMs: 150,
  exchangeDurationMs: 400,
  streamModes: ['STREAMED', 'FULL_DUPLEX_STREAMED'],
  streamRates: [1500],
  streams: 0,
  streamTokens: 60,
  streamWarmupMs: 150,
  streamDurationMs: 400,
  streamPairs: 1,
  authzRates: [200],
  authzWarmupMs: 100,
  authzDurationMs: 300,
  memoryCounts: [100],
  channels: 2,
};

// ---- processes ---------------------------------------------------------------------------------

let tasksetOk = existsSync('/usr/bin/taskset') || existsSync('/bin/taskset');

/** Every child process still alive; killed if the driver exits early (so no server outlives a run). */
const children = new Set<ChildProcess>();
function track(c: ChildProcess): ChildProcess {
  children.add(c);
  c.once('exit', () => children.delete(c));
  return c;
}
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));

/** Pin every thread of `pid` to `core`; false when taskset is missing or refuses. */
function pin(pid: number, core: number): boolean {
  if (!tasksetOk || cpus().length < 2) return false;
  try {
    execFileSync('taskset', ['-a', '-pc', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    tasksetOk = false;
    return false;
  }
}

interface Server {
  readonly proc: ChildProcess;
  readonly target: string;
  readonly pinned: boolean;
  stop(): Promise<void>;
}

const HMAC_KEY = randomBytes(32).toString('hex');

async function startServer(kind: 'real' | 'floor', policyFile: string | undefined, maxStreams: number): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, LLM_BOUNDARY_HMAC_KEY: HMAC_KEY };
  delete env.LLM_BOUNDARY_PIPELINE_MODULE;
  if (kind === 'floor') env.LLM_BOUNDARY_PIPELINE_MODULE = join(BENCH, 'noop-pipeline.ts');
  const args = [
    ...SERVER_NODE_FLAGS,
    join(ROOT, 'src/cli.ts'), 'serve',
    '--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0',
    '--audit-store', 'none', '--log-level', 'error', '--grace-ms', '200',
    '--max-streams', String(maxStreams),
    ...(policyFile && kind === 'real' ? ['--policy', policyFile] : []),
  ];
  const proc = track(spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  const pinned = pin(proc.pid!, 0);
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const target = await grpcTarget(proc, `server (${kind})`, () => stderr);
  proc.stdout!.resume();
  return {
    proc,
    target,
    pinned,
    stop: () =>
      new Promise<void>((res) => {
        if (proc.exitCode !== null) return res();
        const kill = setTimeout(() => proc.kill('SIGKILL'), 3000);
        proc.once('exit', () => {
          clearTimeout(kill);
          res();
        });
        proc.kill('SIGTERM');
      }),
  };
}

/** The load generator process and a promise-based task call. */
class Generator {
  readonly proc: ChildProcess;
  readonly pinned: boolean;
  private waiting: ((m: unknown) => void) | undefined;

  constructor() {
    this.proc = track(fork(join(BENCH, 'load.ts'), [], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    this.pinned = pin(this.proc.pid!, 1);
    this.proc.on('message', (m) => {
      const w = this.waiting;
      this.waiting = undefined;
      w?.(m);
    });
  }

  /** The next message from the generator. */
  next<T>(): Promise<T> {
    return new Promise((res, rej) => {
      const onExit = (code: number | null) => rej(new Error(`load generator exited (${code})`));
      this.proc.once('exit', onExit);
      this.waiting = (m) => {
        this.proc.off('exit', onExit);
        res(m as T);
      };
    });
  }

  async run<T>(task: Task): Promise<T> {
    const reply = this.next<{ ok: boolean; result?: T; error?: string }>();
    this.proc.send(task);
    const r = await reply;
    if (!r.ok) throw new Error(`load task ${task.kind} failed: ${r.error}`);
    return r.result as T;
  }

  send(m: unknown): void {
    this.proc.send(m as never);
  }

  close(): void {
    this.proc.disconnect();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---- policy ------------------------------------------------------------------------------------

/**
 * The embedded default policy if it compiles here; otherwise a copy without the detector instances
 * whose type this build does not register (recorded in the results, never silent).
 */
function resolvePolicy(tmp: string): { file: string | undefined; note: string } {
  const text = readFileSync(EMBEDDED_POLICY_PATH, 'utf8');
  const opts = { source: 'bench', baseDir: dirname(EMBEDDED_POLICY_PATH), hmacKey: randomBytes(32), installKey: false };
  try {
    compilePolicy(text, opts);
    return { file: undefined, note: 'embedded default policy (policies/default.yaml)' };
  } catch {
    const doc = parseDocument(text);
    const dets = doc.toJS().detectors as Record<string, { type: string }>;
    const missing = Object.entries(dets).filter(([, d]) => !(d.type in DETECTOR_TYPES)).map(([id]) => id);
    for (const id of missing) doc.deleteIn(['detectors', id]);
    for (const phase of ['request', 'response']) {
      const list = doc.getIn(['default', phase, 'detectors']) as { items: Array<{ value: unknown }> } | undefined;
      if (list) list.items = list.items.filter((i) => !missing.includes(String(i.value ?? i)));
    }
    const copy = String(doc);
    compilePolicy(copy, opts); // throws if still broken: nothing sensible to measure then
    const file = join(tmp, 'policy.yaml');
    writeFileSync(file, copy);
    return { file, note: `default policy WITHOUT detector(s) ${missing.join(', ')} (type not registered in this build)` };
  }
}

// ---- scenarios ---------------------------------------------------------------------------------

type Kind = 'real' | 'floor';
const KINDS: Kind[] = ['real', 'floor'];

async function withServer<T>(kind: Kind, policy: string | undefined, maxStreams: number, f: (s: Server, g: Generator) => Promise<T>): Promise<T> {
  const server = await startServer(kind, policy, maxStreams);
  const gen = new Generator();
  try {
    return await f(server, gen);
  } finally {
    gen.close();
    await server.stop();
  }
}

async function scenarioExchanges(cfg: Config, policy: string | undefined) {
  type Step = ExchangeStepResult & { serverCpuUsPerExchange: number | null; serverCpuUtilisation: number | null; generatorCpuUtilisation: number | null };
  const out: Record<Kind, Step[]> = { real: [], floor: [] };
  for (const kind of KINDS) {
    await withServer(kind, policy, 20_000, async (s, g) => {
      // Unrecorded warm-up (JIT, lazy initialisation) so the first step's CPU figures are not inflated.
      await g.run<ExchangeStepResult>({ kind: 'exchanges', target: s.target, rate: cfg.exchangeRates[0], warmupMs: 0, durationMs: cfg.quick ? 200 : 3000, channels: cfg.channels, maxInflight: 5000 });
      for (const rate of cfg.exchangeRates) {
        const c0 = cpuSeconds(s.proc.pid!);
        const g0 = cpuSeconds(g.proc.pid!);
        const w0 = performance.now();
        const r0 = await g.run<ExchangeStepResult>({
          kind: 'exchanges', target: s.target, rate, warmupMs: cfg.exchangeWarmupMs, durationMs: cfg.exchangeDurationMs,
          channels: cfg.channels, maxInflight: 5000,
        });
        const cpu = cpuSeconds(s.proc.pid!) - c0;
        const wall = performance.now() - w0;
        const r: Step = { ...r0, serverCpuUsPerExchange: perUnit(cpu, r0.launched), serverCpuUtilisation: utilisation(cpu, wall), generatorCpuUtilisation: utilisation(cpuSeconds(g.proc.pid!) - g0, wall) };
        out[kind].push(r);
        log(`  exchanges ${kind.padEnd(5)} ${String(rate).padStart(5)}/s  achieved ${r.achievedPerSec}/s  p50 ${fmt(r.total.p50)}  p99 ${fmt(r.total.p99)}  p99.9 ${fmt(r.total.p999)} ms  errors ${r.errors} denied ${r.denied}  server CPU ${r.serverCpuUsPerExchange} us/exchange, ${r.serverCpuUtilisation} of a core (generator ${r.generatorCpuUtilisation})`);
        if (saturated(r)) {
          log(`  (${kind} saturated at ${rate}/s: higher rates skipped)`);
          break;
        }
        await sleep(cfg.quick ? 50 : 500);
      }
    });
  }
  const added = out.real.flatMap((a) => {
    const b = out.floor.find((f) => f.offeredPerSec === a.offeredPerSec);
    if (!b) return [];
    const rate = a.offeredPerSec;
    const phases: Record<string, { p50: number | null; p99: number | null }> = {};
    for (const p of Object.keys(a.phases)) phases[p] = { p50: diff(a.phases[p].p50, b.phases[p].p50), p99: diff(a.phases[p].p99, b.phases[p].p99) };
    return [{
      rate,
      serverCpuUsPerExchange: diff(a.serverCpuUsPerExchange, b.serverCpuUsPerExchange),
      total: { p50: diff(a.total.p50, b.total.p50), p99: diff(a.total.p99, b.total.p99), p999: diff(a.total.p999, b.total.p999) },
      ratio: { p50: ratio(a.total.p50, b.total.p50), p99: ratio(a.total.p99, b.total.p99) },
      phases,
    }];
  });
  return {
    description: 'request headers + BUFFERED 4 KB chat request + response headers + BUFFERED 2 KB completion per exchange, open-loop; latency from the scheduled start (ms)',
    warmupMs: cfg.exchangeWarmupMs,
    durationMs: cfg.exchangeDurationMs,
    server: out.real,
    floor: out.floor,
    knee: { server: knee(out.real), floor: knee(out.floor) },
    addedMs: added,
  };
}

/** A step past the knee: further (higher) rates would only queue more. */
function saturated(s: { offeredPerSec: number; achievedPerSec: number; dropped: number; unfinished?: number; total: Summary }): boolean {
  return s.achievedPerSec < 0.9 * s.offeredPerSec || s.dropped > 0 || (s.unfinished ?? 0) > 0 || (s.total.p99 ?? 0) > 2000;
}

/** Share of one core used over a wall-clock interval (2 decimals). */
function utilisation(cpuSec: number, wallMs: number): number | null {
  if (!Number.isFinite(cpuSec) || wallMs <= 0) return null;
  return Math.round((cpuSec / (wallMs / 1000)) * 100) / 100;
}

/** Highest offered rate that was sustained: ≥95% achieved, nothing dropped, ≤1% errors/denials, p99 ≤ max(10 ms, 5x the lowest-rate p99). */
function knee(steps: ReadonlyArray<{ offeredPerSec: number; achievedPerSec: number; dropped: number; errors: number; denied?: number; unfinished?: number; total: Summary }>): number | null {
  if (steps.length === 0) return null;
  const base = steps[0].total.p99 ?? Infinity;
  let best: number | null = null;
  for (const s of steps) {
    const bad = (s.errors + (s.denied ?? 0)) / Math.max(1, s.achievedPerSec);
    const ok = s.achievedPerSec >= 0.95 * s.offeredPerSec && s.dropped === 0 && (s.unfinished ?? 0) === 0 && bad <= 0.01
      && s.total.p99 !== null && s.total.p99 <= Math.max(10, 5 * base);
    if (!ok) break;
    best = s.offeredPerSec;
  }
  return best;
}

type StreamStep = { offeredChunksPerSec: number; achievedChunksPerSec: number; sentTotal: number; chunkLatency: Summary; eventLatency: Summary; endOfStreamLatency: Summary; errors: number; serverCpuUsPerChunk?: number | null; serverCpuUtilisation?: number | null; generatorCpuUtilisation?: number | null; core0?: { busy: number | null; steal: number | null } | null; [k: string]: unknown };

/** One open-loop streaming window against server `s`, with the server's CPU and core 0's busy and steal time over it. */
async function streamStep(cfg: Config, s: Server, g: Generator, mode: 'STREAMED' | 'FULL_DUPLEX_STREAMED', rate: number): Promise<StreamStep> {
  const c0 = cpuSeconds(s.proc.pid!);
  const g0 = cpuSeconds(g.proc.pid!);
  const k0 = coreTicks(0);
  const w0 = performance.now();
  const n = cfg.streams > 0 ? cfg.streams : Math.max(1, Math.round(rate / STREAM_CHUNKS_PER_SEC));
  const streamMs = (Math.ceil(chatStream(cfg.streamTokens).length / 20) / (rate / n)) * 1000;
  const r0 = await g.run<StreamStep>({
    kind: 'streams', target: s.target, mode, streams: n, chunksPerSecond: rate, tokens: cfg.streamTokens,
    chunkBytes: 20, warmupMs: cfg.streamWarmupMs + Math.round(streamMs), durationMs: cfg.streamDurationMs, channels: cfg.channels,
    stagger: true,
  });
  const cpu = cpuSeconds(s.proc.pid!) - c0;
  const wall = performance.now() - w0;
  const k1 = coreTicks(0);
  // Core 0 is the server's: busy time there beyond the server's own CPU, or steal, means another
  // process or the hypervisor took the server's core during the step (its tail is not the server's).
  const core0 = k0 !== null && k1 !== null ? { busy: utilisation((k1[0] - k0[0]) / 100, wall), steal: utilisation((k1[1] - k0[1]) / 100, wall) } : null;
  return { ...r0, serverCpuUsPerChunk: perUnit(cpu, r0.sentTotal), serverCpuUtilisation: utilisation(cpu, wall), generatorCpuUtilisation: utilisation(cpuSeconds(g.proc.pid!) - g0, wall), core0 };
}

/** The highest-rate STREAMED step the server kept up with (past its knee a ratio to the floor only measures queueing). */
function sustainedStep(rows: readonly StreamStep[]): StreamStep | undefined {
  return rows.filter((r) => r.achievedChunksPerSec >= 0.9 * r.offeredChunksPerSec && (r.chunkLatency.p99 ?? Infinity) <= 2000).pop();
}

/** Median of `xs` (rounded to 2 decimals), null when empty. */
function medianOf(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 === 1 ? v[m] : Math.round(((v[m - 1] + v[m]) / 2) * 100) / 100;
}

/** A step whose server core was shared: core 0 busier than the server by over 0.15 of a core, or over 5% stolen by the hypervisor. */
function contaminated(r: StreamStep | undefined): string | null {
  const c = r?.core0;
  if (!c || c.busy === null || c.steal === null) return null;
  if (c.busy - (r?.serverCpuUtilisation ?? 0) > 0.15 || c.steal > 0.05) return `core 0 busy ${c.busy} (server ${r?.serverCpuUtilisation}), steal ${c.steal}`;
  return null;
}

/**
 * STREAMED at `rate`, alternating kinds: both servers are started (both pinned to core 0; the idle one
 * costs nothing), each is warmed with one unrecorded window, then `cfg.streamPairs` pairs of windows run
 * real then floor. The sweep runs every real step before every floor step, minutes apart, and on a
 * shared VM the per-chunk CPU of the same step varied by a quarter between runs (this drift, not the
 * server, then decided its p99 ratio); pairs taken back to back see the same machine.
 */
async function streamPairs(cfg: Config, policy: string | undefined, rate: number) {
  const real = await startServer('real', policy, 20_000);
  const floor = await startServer('floor', policy, 20_000);
  const g = new Generator();
  try {
    await streamStep(cfg, real, g, 'STREAMED', rate);
    await streamStep(cfg, floor, g, 'STREAMED', rate);
    const pairs: { real: StreamStep; floor: StreamStep; chunkP99Ratio: number | null; contaminated: string | null }[] = [];
    for (let i = 0; i < cfg.streamPairs; i++) {
      const a = await streamStep(cfg, real, g, 'STREAMED', rate);
      await sleep(cfg.quick ? 50 : 500);
      const b = await streamStep(cfg, floor, g, 'STREAMED', rate);
      await sleep(cfg.quick ? 50 : 500);
      const dirty = [contaminated(a), contaminated(b)].filter((x) => x !== null);
      const pair = { real: a, floor: b, chunkP99Ratio: ratio(a.chunkLatency.p99, b.chunkLatency.p99), contaminated: dirty.length > 0 ? dirty.join('; ') : null };
      pairs.push(pair);
      log(`  pair ${i + 1}/${cfg.streamPairs} at ${rate}/s: real p99 ${fmt(a.chunkLatency.p99)} (${a.serverCpuUsPerChunk} us/chunk), floor p99 ${fmt(b.chunkLatency.p99)} (${b.serverCpuUsPerChunk} us/chunk) => ${pair.chunkP99Ratio ?? '-'}x${pair.contaminated ? ` (core shared: ${pair.contaminated})` : ''}`);
    }
    return { rate, pairs };
  } finally {
    g.close();
    await Promise.all([real.stop(), floor.stop()]);
  }
}

async function scenarioStreams(cfg: Config, policy: string | undefined) {
  const out: Record<string, Record<Kind, StreamStep[]>> = {};
  for (const mode of cfg.streamModes) out[mode] = { real: [], floor: [] };
  for (const kind of KINDS) {
    await withServer(kind, policy, 20_000, async (s, g) => {
      for (const mode of cfg.streamModes) {
        for (const rate of cfg.streamRates) {
          const r = await streamStep(cfg, s, g, mode, rate);
          out[mode][kind].push(r);
          log(`  streams ${mode.padEnd(20)} ${kind.padEnd(5)} offered ${rate}/s achieved ${r.achievedChunksPerSec}/s  chunk p50 ${fmt(r.chunkLatency.p50)} p99 ${fmt(r.chunkLatency.p99)}  event p50 ${fmt(r.eventLatency.p50)} p99 ${fmt(r.eventLatency.p99)}  end-of-stream p50 ${fmt(r.endOfStreamLatency.p50)} ms  errors ${r.errors}  server CPU ${r.serverCpuUsPerChunk} us/chunk, ${r.serverCpuUtilisation} of a core (generator ${r.generatorCpuUtilisation})`);
          // STREAMED replies are 1:1, so a throughput shortfall there means the server fell behind.
          if (mode === 'STREAMED' && (r.achievedChunksPerSec < 0.9 * rate || (r.chunkLatency.p99 ?? 0) > 2000)) {
            log(`  (${kind} ${mode} saturated at ${rate} chunks/s: higher rates skipped)`);
            break;
          }
          if (mode === 'FULL_DUPLEX_STREAMED' && r.sentTotal > 0 && ((r.eventLatency.p99 ?? 0) > 20_000)) break;
          await sleep(cfg.quick ? 50 : 500);
        }
      }
    });
  }
  const comparison = cfg.streamModes.flatMap((mode) =>
    out[mode].real.flatMap((a) => {
      const b = out[mode].floor.find((f) => f.offeredChunksPerSec === a.offeredChunksPerSec);
      if (!b) return [];
      return [{
        mode, rate: a.offeredChunksPerSec,
        chunkP50Ratio: ratio(a.chunkLatency.p50, b.chunkLatency.p50),
        chunkP99Ratio: ratio(a.chunkLatency.p99, b.chunkLatency.p99),
        eventP50Ratio: ratio(a.eventLatency.p50, b.eventLatency.p50),
        eventP99Ratio: ratio(a.eventLatency.p99, b.eventLatency.p99),
        throughputRatio: ratio(a.achievedChunksPerSec, b.achievedChunksPerSec),
        serverCpuRatio: ratio(a.serverCpuUsPerChunk ?? null, b.serverCpuUsPerChunk ?? null),
      }];
    }),
  );
  // Pairs run at the highest sustained rate; a quick run (one short step, a smoke pass whose figures
  // are not judged) runs its pair at that step's rate even when a busy machine kept the step from
  // counting as sustained, so the pair machinery is always exercised.
  const rows = out.STREAMED?.real ?? [];
  const top = sustainedStep(rows) ?? (cfg.quick ? rows.at(-1) : undefined);
  const pairs = top !== undefined && cfg.streamPairs > 0 ? await streamPairs(cfg, policy, top.offeredChunksPerSec) : null;
  const holdBack = await holdBackAnalysis();
  return {
    holdBack,
    pairs,
    description: `concurrent OpenAI chat SSE responses (${cfg.streamTokens} tokens, 20-byte chunks, an e-mail every 100 tokens, masked by policy), ${cfg.streams > 0 ? cfg.streams : `offered rate / ${STREAM_CHUNKS_PER_SEC}`} streams each paced at an equal share of the offered rate, starts staggered over one stream duration and a new stream started when one ends, chunks sent open-loop; warm-up = one stream duration + ${cfg.streamWarmupMs} ms; chunk latency = STREAMED 1:1 reply time from the chunk's scheduled send; event latency = from the scheduled send of the chunk completing an SSE event to the reply carrying it (both modes)`,
    modes: out,
    comparison,
  };
}

/** In-process hold-back analysis (bench/stream-amplification.ts), pinned like the server. */
async function holdBackAnalysis(): Promise<unknown> {
  const proc = track(spawn(process.execPath, [join(BENCH, 'stream-amplification.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
  pin(proc.pid!, 0);
  let out = '', err = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((r) => proc.on('exit', r));
  if (code !== 0) return { error: err.slice(-1000) };
  const r = JSON.parse(out) as { rows: Array<{ holdBack: number; amplification: number; usPerChunk: number; maxLagChars: number }>; dense?: { contentChars: number; amplification: number; usPerChunk: number } };
  for (const row of r.rows) log(`  hold-back ${String(row.holdBack).padStart(5)}: text re-scanned ${row.amplification}x, ${row.usPerChunk} us/chunk in-process, release lag up to ${row.maxLagChars} chars`);
  if (r.dense) log(`  PII-dense answer (${r.dense.contentChars} chars): text re-scanned ${r.dense.amplification}x, ${r.dense.usPerChunk} us/chunk in-process`);
  return r;
}

async function scenarioAuthz(cfg: Config, policy: string | undefined) {
  type R = { offeredPerSec: number; achievedPerSec: number; dropped: number; errors: number; allowed: number; launched: number; total: Summary; serverCpuUsPerCheck?: number | null; serverCpuUtilisation?: number | null; generatorCpuUtilisation?: number | null };
  const out: Record<Kind, R[]> = { real: [], floor: [] };
  for (const kind of KINDS) {
    await withServer(kind, policy, 20_000, async (s, g) => {
      await g.run<R>({ kind: 'authz', target: s.target, rate: cfg.authzRates[0], warmupMs: 0, durationMs: cfg.quick ? 200 : 2000, channels: cfg.channels, maxInflight: 5000 });
      for (const rate of cfg.authzRates) {
        const c0 = cpuSeconds(s.proc.pid!);
        const g0 = cpuSeconds(g.proc.pid!);
        const w0 = performance.now();
        const r0 = await g.run<R>({ kind: 'authz', target: s.target, rate, warmupMs: cfg.authzWarmupMs, durationMs: cfg.authzDurationMs, channels: cfg.channels, maxInflight: 5000 });
        const cpu = cpuSeconds(s.proc.pid!) - c0;
        const wall = performance.now() - w0;
        const r: R = { ...r0, serverCpuUsPerCheck: perUnit(cpu, r0.launched), serverCpuUtilisation: utilisation(cpu, wall), generatorCpuUtilisation: utilisation(cpuSeconds(g.proc.pid!) - g0, wall) };
        out[kind].push(r);
        log(`  ext_authz ${kind.padEnd(5)} ${String(rate).padStart(5)}/s  achieved ${r.achievedPerSec}/s  p50 ${fmt(r.total.p50)}  p99 ${fmt(r.total.p99)}  p99.9 ${fmt(r.total.p999)} ms  allowed ${r.allowed} errors ${r.errors}  server CPU ${r.serverCpuUsPerCheck} us/check, ${r.serverCpuUtilisation} of a core (generator ${r.generatorCpuUtilisation})`);
        if (saturated(r)) {
          log(`  (${kind} saturated at ${rate}/s: higher rates skipped)`);
          break;
        }
        await sleep(cfg.quick ? 50 : 300);
      }
    });
  }
  return {
    description: 'ext_authz Check with a 4 KB chat request body (raw_body), open-loop; latency from the scheduled send (ms)',
    server: out.real,
    floor: out.floor,
    knee: { server: knee(out.real), floor: knee(out.floor) },
    addedMs: out.real.flatMap((a) => {
      const b = out.floor.find((f) => f.offeredPerSec === a.offeredPerSec);
      return b ? [{ rate: a.offeredPerSec, serverCpuUsPerCheck: diff(a.serverCpuUsPerCheck, b.serverCpuUsPerCheck), p50: diff(a.total.p50, b.total.p50), p99: diff(a.total.p99, b.total.p99) }] : [];
    }),
  };
}

async function scenarioMemory(cfg: Config, policy: string | undefined) {
  const rows: Array<{ server: Kind; state: 'idle' | 'active'; streams: number; held: number; failed: number; baselineRssMb: number; heldRssMb: number; perStreamKb: number | null }> = [];
  const kinds: Kind[] = KINDS;
  for (const kind of kinds) {
    for (const active of [false, true]) {
      for (const n of cfg.memoryCounts) {
        if (kind === 'floor' && n !== cfg.memoryCounts[cfg.memoryCounts.length - 1]) continue; // the floor at the largest count only
        await withServer(kind, policy, n + 1000, async (s, g) => {
          await sleep(cfg.quick ? 200 : 1000);
          const base = rssBytes(s.proc.pid!);
          const started = g.next<{ held: number; failed: number }>();
          g.send({ kind: 'hold', target: s.target, streams: n, active, channels: Math.max(cfg.channels, Math.ceil(n / 1000)) } satisfies Task);
          const h = await started;
          await sleep(cfg.quick ? 200 : 1500);
          const rss = rssBytes(s.proc.pid!);
          const done = g.next<unknown>();
          g.send({ kind: 'release' });
          await done;
          const row = {
            server: kind, state: active ? 'active' as const : 'idle' as const, streams: n, held: h.held, failed: h.failed,
            baselineRssMb: mb(base), heldRssMb: mb(rss), perStreamKb: h.held > 0 ? Math.round(((rss - base) / h.held / 1024) * 10) / 10 : null,
          };
          rows.push(row);
          log(`  memory ${kind.padEnd(5)} ${row.state.padEnd(6)} ${String(n).padStart(6)} streams: held ${h.held} failed ${h.failed}  RSS ${row.baselineRssMb} -> ${row.heldRssMb} MB  (${row.perStreamKb} KB/stream)`);
        });
      }
    }
  }
  return {
    description: 'server RSS (VmRSS) with N concurrently open ext_proc streams; idle = request headers answered; active = request body, SSE response headers and 5 response chunks answered (stream transformer open). Fresh server per row.',
    rows,
  };
}

/** Runs an in-process benchmark script as a child pinned to core 0; its last stdout line is its JSON result. */
async function pinnedChild<T>(script: string, args: readonly string[], label: string): Promise<{ r: T; pinned: boolean }> {
  const proc = track(spawn(process.execPath, [join(BENCH, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
  const pinned = pin(proc.pid!, 0);
  let out = '', err = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((res) => proc.on('exit', res));
  if (code !== 0) throw new Error(`${label} failed (${code}): ${err.slice(-2000)}`);
  const lines = out.trim().split('\n');
  return { r: JSON.parse(lines[lines.length - 1]) as T, pinned };
}

async function scenarioDetectors(cfg: Config, policy: string | undefined): Promise<DetectorBenchResult & { pinned: boolean }> {
  const { r, pinned } = await pinnedChild<DetectorBenchResult>('detectors.ts', [...(cfg.quick ? ['--quick'] : []), ...(policy ? ['--policy', policy] : [])], 'detector bench');
  for (const [id, d] of Object.entries(r.perDetector)) log(`  detector ${id.padEnd(12)} ${String(d.mbPerSec).padStart(7)} MB/s  (${d.findingsPerPass} findings/pass)`);
  log(`  request set  [${r.sets.request.detectors.join(', ')}] ${r.sets.request.mbPerSec} MB/s; response set [${r.sets.response.detectors.join(', ')}] ${r.sets.response.mbPerSec} MB/s`);
  log(`  1 KB prompt (request set): p50 ${fmt(r.prompt1k.p50)} ms  p99 ${fmt(r.prompt1k.p99)} ms`);
  const un = r.prompt1kUninterrupted;
  if (un !== undefined) log(`    without the ${un.interrupted} prompts switched out: p50 ${fmt(un.summary.p50)} ms  p99 ${fmt(un.summary.p99)} ms`);
  return { ...r, pinned };
}

async function scenarioConversation(cfg: Config): Promise<ConversationBenchResult & { pinned: boolean }> {
  const { r, pinned } = await pinnedChild<ConversationBenchResult>('conversation.ts', cfg.quick ? ['--quick'] : [], 'conversation bench');
  const last = r.perTurn[r.perTurn.length - 1];
  log(`  turn ${last.turn} (${last.requestBytes} B request): ${fmt(last.cpuMsOff)} ms CPU uncached, ${fmt(last.cpuMsOn)} ms with the scan cache; whole conversation ${r.conversationCpuMs.off} -> ${r.conversationCpuMs.on} ms (${r.conversationCpuMs.ratio}x)`);
  return { ...r, pinned };
}

async function scenarioIsolation(cfg: Config): Promise<IsolationBenchResult & { pinned: boolean }> {
  const { r, pinned } = await pinnedChild<IsolationBenchResult>('isolation.ts', cfg.quick ? ['--quick'] : [], 'isolation bench');
  for (const m of r.modes) log(`  scan workers ${m.workers}: 1 ms ticker late p50 ${fmt(m.tickLateMs.p50)} ms, p99 ${fmt(m.tickLateMs.p99)} ms, max ${fmt(m.tickLateMs.max)} ms; ${fmt(m.documentMs)} ms per document`);
  return { ...r, pinned };
}

// ---- output ------------------------------------------------------------------------------------

function log(s: string): void {
  process.stdout.write(s + '\n');
}

function fmt(v: number | null | undefined): string {
  return v == null ? '-' : v.toFixed(v < 10 ? 3 : 1);
}

/** CPU seconds / units, as microseconds per unit (1 decimal). */
function perUnit(cpuSec: number, units: number): number | null {
  if (!Number.isFinite(cpuSec) || units <= 0) return null;
  return Math.round((cpuSec * 1e6 * 10) / units) / 10;
}

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1].trim();
  } catch {
    // not Linux
  }
  return {
    nproc: cpus().length,
    cpu,
    memTotalMb: mb(totalmem()),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

function plot(ex: Awaited<ReturnType<typeof scenarioExchanges>>, file: string): void {
  const pts = (steps: ExchangeStepResult[], key: 'p50' | 'p99' | 'p999') => steps.map((s) => [s.offeredPerSec, s.total[key]] as const);
  const png = lineChart({
    title: 'exchange latency vs offered rate (solid: llm-boundary, dashed: no-op floor)',
    xLabel: 'offered exchanges/s (open loop)',
    yLabel: 'latency ms (log)',
    series: [
      { label: 'p50', color: [31, 119, 180], points: pts(ex.server, 'p50') },
      { label: 'p99', color: [255, 127, 14], points: pts(ex.server, 'p99') },
      { label: 'p99.9', color: [214, 39, 40], points: pts(ex.server, 'p999') },
      { label: 'floor p50', color: [31, 119, 180], dashed: true, points: pts(ex.floor, 'p50') },
      { label: 'floor p99', color: [255, 127, 14], dashed: true, points: pts(ex.floor, 'p99') },
      { label: 'floor p99.9', color: [214, 39, 40], dashed: true, points: pts(ex.floor, 'p999') },
    ],
  });
  writeFileSync(file, png);
}

interface Target { readonly name: string; readonly target: string; readonly measured: string; readonly met: boolean | null }

function targets(res: Record<string, unknown>): Target[] {
  const out: Target[] = [];
  const ex = res.nonStreaming as Awaited<ReturnType<typeof scenarioExchanges>> | undefined;
  if (ex) {
    const a = ex.addedMs.find((x) => x.rate === 1000);
    const step = ex.server.find((x) => x.offeredPerSec === 1000);
    const sat = ex.server.find((x) => saturated(x));
    out.push({
      name: 'non-streaming added latency at 1,000 exchanges/s',
      target: 'p50 <= 0.5 ms, p99 <= 2 ms',
      measured: a && step && !saturated(step)
        ? `p50 ${fmt(a.total.p50)} ms, p99 ${fmt(a.total.p99)} ms`
        : sat && sat.offeredPerSec <= 1000
          ? `not sustainable here: the server saturated at ${sat.offeredPerSec}/s (knee ${ex.knee.server ?? 'below the lowest rate'}/s)`
          : 'not measured (1,000/s not in the sweep)',
      met: a && step && !saturated(step) && a.total.p50 !== null && a.total.p99 !== null
        ? a.total.p50 <= 0.5 && a.total.p99 <= 2
        : sat && sat.offeredPerSec <= 1000 ? false : null,
    });
    // CPU per exchange from the highest sustained rate (the lowest rates also carry JIT warm-up).
    const pick = <T extends { offeredPerSec: number; achievedPerSec: number; dropped: number; unfinished?: number; total: Summary }>(xs: T[]): T | undefined =>
      xs.filter((x) => !saturated(x)).pop() ?? xs[0];
    const low = pick(ex.server), lowF = pick(ex.floor);
    if (low?.serverCpuUsPerExchange && lowF?.serverCpuUsPerExchange) {
      out.push({
        name: 'server CPU per exchange (load-independent; capacity = 1 s / this per dedicated core)',
        target: 'informational',
        measured: `${low.serverCpuUsPerExchange} us (floor ${lowF.serverCpuUsPerExchange} us) => ~${Math.round(1e6 / low.serverCpuUsPerExchange)} exchanges/s/core (floor ~${Math.round(1e6 / lowF.serverCpuUsPerExchange)})`,
        met: null,
      });
    }
  }
  const st = res.streaming as Awaited<ReturnType<typeof scenarioStreams>> | undefined;
  if (st) {
    const rows = st.modes.STREAMED?.real ?? [];
    const best = Math.max(0, ...rows.map((r) => r.achievedChunksPerSec));
    const ok = sustainedStep(rows);
    const c = st.comparison.filter((x) => x.mode === 'STREAMED' && x.rate === ok?.offeredChunksPerSec);
    const worst = c.length ? Math.max(...c.map((x) => x.chunkP99Ratio ?? Infinity)) : Infinity;
    // "Sustains R/s" = achieved >= 99% of an offered rate R: an open-loop window never counts every
    // scheduled chunk at its edges (the no-op floor also reports ~19,990 of 20,000).
    const held = rows.filter((r) => r.achievedChunksPerSec >= 0.99 * r.offeredChunksPerSec).map((r) => r.offeredChunksPerSec);
    const sustainedRate = Math.max(0, ...held);
    out.push({ name: 'streamed chunks/s with redaction (STREAMED)', target: '>= 20,000 chunks/s sustained (achieved >= 99% of offered)', measured: `${best} chunks/s achieved; highest offered rate sustained ${sustainedRate}/s`, met: sustainedRate >= 20_000 });
    const sustained = (xs: typeof rows) => xs.filter((r) => r.achievedChunksPerSec >= 0.9 * r.offeredChunksPerSec).pop() ?? xs[0];
    const cpu = sustained(rows)?.serverCpuUsPerChunk;
    const cpuF = sustained(st.modes.STREAMED?.floor ?? [])?.serverCpuUsPerChunk;
    if (cpu && cpuF) {
      out.push({
        name: 'server CPU per streamed chunk (load-independent)',
        target: 'informational',
        measured: `${cpu} us (floor ${cpuF} us) => ~${Math.round(1e6 / cpu)} chunks/s/core (floor ~${Math.round(1e6 / cpuF)})`,
        met: null,
      });
    }
    // A ratio to the floor only means something while the floor itself is steady: on a shared machine
    // the floor's own p99 at a high rate can jump tenfold, and any product then looks good next to it.
    const floorRows = st.modes.STREAMED?.floor ?? [];
    const floorBase = floorRows[0]?.chunkLatency.p99 ?? null;
    const floorAt = floorRows.find((r) => r.offeredChunksPerSec === ok?.offeredChunksPerSec)?.chunkLatency.p99 ?? null;
    const floorSteady = floorBase !== null && floorAt !== null && floorAt <= 3 * floorBase;
    // A step is contaminated when another process or the hypervisor took the server's core (see
    // contaminated(); bench/stream-tail.ts showed both on a shared VM).
    const dirty = [contaminated(ok), contaminated(floorRows.find((r) => r.offeredChunksPerSec === ok?.offeredChunksPerSec))].filter((x) => x !== null);
    const ratioText = `${Number.isFinite(worst) ? worst : '-'}x at ${ok?.offeredChunksPerSec ?? '-'} chunks/s (highest rate the server sustained)`;
    const caveats = [
      ...(floorSteady ? [] : [`the floor's own p99 there (${floorAt} ms) is over 3x its p99 at the lowest rate (${floorBase} ms)`]),
      ...(dirty.length > 0 ? [`another process or the hypervisor shared the server's core during the step (${dirty.join('; ')})`] : []),
    ];
    const sweepText = caveats.length === 0 || !Number.isFinite(worst) ? ratioText : `${ratioText}; inconclusive: ${caveats.join('; ')}`;
    // With alternating pairs, the target is judged on their median: pairs whose core was shared or
    // whose floor was unsteady (as above) are left out.
    const pairs = st.pairs?.pairs ?? [];
    const usable = pairs.filter((p) => p.contaminated === null && p.chunkP99Ratio !== null && (floorBase === null || (p.floor.chunkLatency.p99 ?? Infinity) <= 3 * floorBase));
    const median = medianOf(usable.map((p) => p.chunkP99Ratio!));
    if (st.pairs && pairs.length > 0) {
      out.push({
        name: 'per-chunk p99 vs floor (STREAMED)',
        target: '<= 1.5x floor',
        measured: `median ${median ?? '-'}x over ${usable.length} of ${pairs.length} alternating real/floor pairs at ${st.pairs.rate} chunks/s (${pairs.map((p) => `${p.chunkP99Ratio ?? '-'}x${usable.includes(p) ? '' : ' left out'}`).join(', ')}); sweep step ${sweepText}`,
        met: median === null ? null : median <= 1.5,
      });
    } else {
      out.push({
        name: 'per-chunk p99 vs floor (STREAMED)',
        target: '<= 1.5x floor',
        measured: sweepText,
        met: Number.isFinite(worst) && caveats.length === 0 ? worst <= 1.5 : null,
      });
    }
  }
  const mem = res.memory as Awaited<ReturnType<typeof scenarioMemory>> | undefined;
  if (mem) {
    const r = mem.rows.filter((x) => x.server === 'real' && x.streams >= 10_000);
    const worst = r.length ? Math.max(...r.map((x) => x.heldRssMb)) : null;
    out.push({ name: '10,000 concurrent open streams', target: '<= 1024 MB RSS', measured: worst === null ? 'not measured' : `${worst} MB (worst of idle/active)`, met: worst === null ? null : worst <= 1024 && r.every((x) => x.failed === 0) });
  }
  const det = res.detectors as DetectorBenchResult | undefined;
  if (det) {
    const v = Math.min(det.sets.request.mbPerSec, det.sets.response.mbPerSec);
    out.push({ name: 'default detector set throughput', target: '>= 50 MB/s', measured: `request set ${det.sets.request.mbPerSec} MB/s, response set ${det.sets.response.mbPerSec} MB/s`, met: v >= 50 });
  }
  return out;
}

// ---- main --------------------------------------------------------------------------------------

const SCENARIOS = ['nonStreaming', 'streaming', 'extAuthz', 'detectors', 'memory', 'conversation', 'isolation'] as const;

async function main(argv: readonly string[]): Promise<number> {
  const replot = argv.indexOf('--plot-only');
  if (replot >= 0) {
    // Re-render the PNG of an existing results file (no measurement).
    const file = resolve(argv[replot + 1] ?? join(BENCH, 'results', 'latest.json'));
    const r = JSON.parse(readFileSync(file, 'utf8')) as { scenarios: { nonStreaming?: Awaited<ReturnType<typeof scenarioExchanges>> } };
    if (!r.scenarios.nonStreaming) throw new Error(`${file} has no nonStreaming scenario`);
    const png = join(dirname(file), 'latency.png');
    plot(r.scenarios.nonStreaming, png);
    log(`wrote ${png}`);
    return 0;
  }
  const quick = argv.includes('--quick');
  const cfg = quick ? QUICK : FULL;
  const outIdx = argv.indexOf('--out');
  const outFile = resolve(outIdx >= 0 ? argv[outIdx + 1] : join(BENCH, 'results', 'latest.json'));
  const onlyIdx = argv.indexOf('--only');
  const only = onlyIdx >= 0 ? argv[onlyIdx + 1].split(',') : [...SCENARIOS];
  const pngFile = join(dirname(outFile), outFile.endsWith('latest.json') ? 'latency.png' : 'latency-' + (outFile.split('/').pop() ?? 'x').replace(/\.json$/, '') + '.png');
  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'llmb-bench-'));
  const t0 = Date.now();
  try {
    const pol = resolvePolicy(tmp);
    const m = machine();
    log(`llm-boundary bench${quick ? ' (quick)' : ''}: ${m.cpu}, ${m.nproc} cores, Node ${m.node}, load ${m.loadAverageAtStart.join(' ')}`);
    log(`policy: ${pol.note}`);
    const scenarios: Record<string, unknown> = {};
    if (only.includes('nonStreaming')) {
      log('1. non-streaming exchanges (BUFFERED)');
      scenarios.nonStreaming = await scenarioExchanges(cfg, pol.file);
    }
    if (only.includes('streaming')) {
      log('2. streaming SSE responses');
      scenarios.streaming = await scenarioStreams(cfg, pol.file);
    }
    if (only.includes('extAuthz')) {
      log('3. ext_authz Check');
      scenarios.extAuthz = await scenarioAuthz(cfg, pol.file);
    }
    if (only.includes('detectors')) {
      log('4. detector throughput (in-process)');
      scenarios.detectors = await scenarioDetectors(cfg, pol.file);
    }
    if (only.includes('memory')) {
      log('5. memory per open stream');
      scenarios.memory = await scenarioMemory(cfg, pol.file);
    }
    if (only.includes('conversation')) {
      log('7. multi-turn conversations (in-process, segment verdict cache off / on)');
      scenarios.conversation = await scenarioConversation(cfg);
    }
    if (only.includes('isolation')) {
      log('8. streams while documents are scanned (in-process, scan workers 0 / 1)');
      scenarios.isolation = await scenarioIsolation(cfg);
    }
    scenarios.floor = {
      description: 'Scenario 6: every server scenario above was also run against the same `serve` process with bench/noop-pipeline.ts (LLM_BOUNDARY_PIPELINE_MODULE): an Exchange that continues every phase at once and an authorizer that allows. The `floor` fields hold those runs; added latency = server - floor at the same offered rate; ratios = server / floor.',
      module: 'bench/noop-pipeline.ts',
      exchangesAtLowestRate: (scenarios.nonStreaming as { floor?: ExchangeStepResult[] } | undefined)?.floor?.[0]?.phases ?? null,
    };
    let audit: unknown = null;
    const auditFile = join(BENCH, 'results', 'audit.json');
    if (existsSync(auditFile)) {
      try {
        audit = JSON.parse(readFileSync(auditFile, 'utf8'));
      } catch {
        audit = null;
      }
    }
    const result = {
      schema: 1,
      time: new Date().toISOString(),
      quick,
      command: `npm run bench${quick ? ' -- --quick' : ''}`,
      machine: { ...m, loadAverageAtEnd: loadavg().map((v) => Math.round(v * 100) / 100), pinned: tasksetOk ? 'server core 0, load generator core 1 (taskset)' : 'not pinned (taskset unavailable)' },
      policy: pol.note,
      durationSeconds: Math.round((Date.now() - t0) / 100) / 10,
      config: cfg,
      scenarios,
      targets: targets(scenarios),
      audit,
    };
    writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
    if (scenarios.nonStreaming) plot(scenarios.nonStreaming as Awaited<ReturnType<typeof scenarioExchanges>>, pngFile);
    log('\nTargets');
    for (const t of result.targets) log(`  ${t.met === null ? ' ?  ' : t.met ? ' ok ' : 'MISS'}  ${t.name}: ${t.measured} (target ${t.target})`);
    log(`\nwrote ${outFile}${scenarios.nonStreaming ? ` and ${pngFile}` : ''} in ${result.durationSeconds} s`);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
