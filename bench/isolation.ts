// Scenario 8: how long streams wait while large buffered documents are scanned, without and with the
// detector worker pool (src/pipeline/scan-pool.ts). In-process: the embedded policy's request phase
// scans retrieved documents (tool results) one after another, as the pipeline does for a buffered body;
// meanwhile a 1 ms ticker stands in for the streams on the same event loop and records how late each of
// its ticks fires (what a stream chunk arriving at that moment would wait before the server could read
// it). Reported per mode: the ticker's lateness p50 / p99 / max and the wall time per document.
// Run by bench/run.ts as a pinned child (server core only: the worker shares the core with the event
// loop, the one-core pod case); `node bench/isolation.ts [--quick]` unpinned shows a two-core machine.
// Prints one JSON object.
import type { Segment } from '../src/core/types.ts';
import { loadEmbeddedPolicy } from '../src/policy/compile.ts';
import { scanSegmentsAsync } from '../src/pipeline/scan.ts';
import { ScanPool } from '../src/pipeline/scan-pool.ts';
import { policyDetectors } from '../src/pipeline/index.ts';
import { prose } from './lib/payloads.ts';
import { Samples, type Summary } from './lib/stats.ts';

export interface IsolationModeResult {
  readonly workers: number;
  /** Lateness of the 1 ms ticker while the documents were scanned, ms. */
  readonly tickLateMs: Summary;
  /** Wall time per document scan, median ms. */
  readonly documentMs: number;
}

export interface IsolationBenchResult {
  readonly description: string;
  readonly documents: number;
  readonly documentChars: number;
  readonly modes: readonly IsolationModeResult[];
}

const INSERTS = [
  'Contact the account owner at maria.lopez@example.com before Friday.',
  'Use the deploy token ghp_Q7vK2mW9xT4pL8nR3sY6bZ1cF5hJ0dG2aE7u for the mirror.',
];

async function measure(workers: number, docs: readonly string[]): Promise<IsolationModeResult> {
  const policy = loadEmbeddedPolicy({ installKey: false });
  const phase = policy.defaultRule!.request;
  const pool = workers > 0 ? new ScanPool({ workers, minChars: 16_384 }) : null;
  if (pool !== null) {
    pool.warm(policyDetectors(policy));
    while (pool.readyWorkers() < workers) await new Promise((r) => setTimeout(r, 20));
  }
  const seg = (text: string): Segment => ({ pointer: '/messages/1/content', text, role: 'tool', kind: 'tool_result', untrusted: true });
  // Warm-up: JIT and lazily built detector state on both threads.
  await scanSegmentsAsync(phase, [seg(docs[0].slice(0, 20_000))], 'request', undefined, Number.POSITIVE_INFINITY, null, pool);
  const late = new Samples();
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    late.add(Math.max(0, now - last - 1));
    last = now;
  }, 1);
  const wall: number[] = [];
  try {
    for (const d of docs) {
      const t0 = performance.now();
      const r = await scanSegmentsAsync(phase, [seg(d)], 'request', undefined, Number.POSITIVE_INFINITY, null, pool);
      wall.push(performance.now() - t0);
      if (r.perSegment[0].length === 0) throw new Error('no findings: the document was not scanned');
      // A gap between documents, as between requests.
      await new Promise((res) => setTimeout(res, 5));
    }
  } finally {
    clearInterval(ticker);
    await pool?.close();
  }
  wall.sort((a, b) => a - b);
  return { workers, tickLateMs: late.summary(), documentMs: Math.round(wall[wall.length >> 1] * 10) / 10 };
}

export async function runIsolationBench(opts: { quick: boolean }): Promise<IsolationBenchResult> {
  const n = opts.quick ? 2 : 8;
  const chars = opts.quick ? 64 * 1024 : 256 * 1024;
  const docs = Array.from({ length: n }, (_, i) => {
    const body = prose(chars, 900 + i);
    const at = Math.floor(body.length / 2);
    return body.slice(0, at) + ' ' + INSERTS[i % INSERTS.length] + ' ' + body.slice(at);
  });
  const modes = [await measure(0, docs), await measure(1, docs)];
  return {
    description: `${n} retrieved documents of ~${Math.round(chars / 1024)} K characters (tool results, embedded policy request phase) scanned one after another; a 1 ms ticker on the same event loop records how late each tick fires (the wait of a stream chunk arriving then); workers 0 = inline, 1 = one scan worker`,
    documents: n,
    documentChars: chars,
    modes,
  };
}

if (import.meta.main) {
  const r = await runIsolationBench({ quick: process.argv.includes('--quick') });
  process.stdout.write(JSON.stringify(r) + '\n');
}
