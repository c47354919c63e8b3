// A/B of two builds' detectors in one process, for speed changes on a noisy shared VM (separate runs of
// bench/detectors.ts differ by 10-30% between identical builds there). Each side's detector sets come
// from its own checkout's bench/detectors.ts (`benchRule()`: the embedded default policy), so the two
// module graphs, models and caches are separate; measures alternate side by side, round after round, and
// the result is the median of per-round ratios.
//   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
//   taskset -c 0 node bench/ab.ts /tmp/before [/path/to/after, default this checkout] [--rounds N] [--untrusted]
// --untrusted reads the request side's texts as tool results (TOOL_CTX: untrusted content, where the injection
// detector also reads reply, action and steering directives) instead of user messages.
// Prints a markdown table (MB/s on the detector corpus per detector and set, µs per 1 KB prompt through
// the request set, MB/s of the sets on long documents, PII-dense records and machine-like texts). Not part of
// `npm test` or `npm run bench`.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectionContext, Detector } from '../src/core/types.ts';

interface Side {
  readonly name: string;
  readonly rule: { request: { detectors: readonly Detector[] }; response: { detectors: readonly Detector[] } };
  readonly req: DetectionContext;
  readonly res: DetectionContext;
}

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 9;
const untrusted = args.includes('--untrusted');
const dirs = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
if (dirs.length < 1 || !Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write('usage: node bench/ab.ts BEFORE_DIR [AFTER_DIR] [--rounds N] [--untrusted]\n');
  process.exit(2);
}
const here = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const before = resolve(dirs[0]);
const after = resolve(dirs[1] ?? here);

async function side(name: string, dir: string): Promise<Side> {
  const d = await import(`${dir}/bench/detectors.ts`);
  return { name, rule: d.benchRule(), req: untrusted ? d.TOOL_CTX : d.REQUEST_CTX, res: d.RESPONSE_CTX };
}
const sides = [await side('before', before), await side('after', after)];
const { denseRecords, detectorCorpus, machineTexts } = await import(`${after}/bench/lib/payloads.ts`);
const texts: string[] = detectorCorpus(1 << 20);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const dense: string[] = denseRecords(64 * 1024);
const denseBytes = dense.reduce((n, t) => n + Buffer.byteLength(t), 0);
// Machine-like texts: new ones every round, the same for both sides (each side's sets read them first;
// re-reading texts an RE2.Set has read measures its cached states, not new traffic: finding 29).
let machine: string[] = [];
let machineBytes = 0;
const newMachine = (round: number): void => {
  machine = machineTexts(32 * 1024, 5000 + round);
  machineBytes = machine.reduce((n, t) => n + Buffer.byteLength(t), 0);
};
newMachine(-1);
const prompts = texts.map((t) => t.slice(0, 1024)).filter((t) => t.length === 1024).slice(0, 200);
// Long documents (retrieved pages, tool results): two of ~256 K characters, corpus texts joined.
const documents = [0, 1].map((k) => {
  let s = '';
  for (let i = k * 100; s.length < 256 * 1024; i++) s += texts[i % texts.length] + '\n\n';
  return s;
});
const documentBytes = documents.reduce((n, t) => n + Buffer.byteLength(t), 0);

interface Job {
  readonly name: string;
  /** Bytes per run for MB/s; 0: report µs per prompt. */
  readonly bytes: number;
  /** Run once per side and round (its texts are new each round), not repeatedly for 600 ms. */
  readonly once?: boolean;
  run(s: Side): void;
}
const one = (phase: 'request' | 'response', id: string): Job => ({
  name: `${id} (${phase})`,
  bytes,
  run(s) {
    const d = s.rule[phase].detectors.find((x) => x.id === id);
    if (d === undefined) throw new Error(`${s.name}: no detector ${id} in the ${phase} set`);
    const ctx = phase === 'request' ? s.req : s.res;
    for (const t of texts) d.scan(t, ctx);
  },
});
const jobs: Job[] = [
  one('request', 'injection'),
  one('request', 'pii'),
  one('request', 'secrets'),
  one('response', 'exfil'),
  { name: 'request set', bytes, run: (s) => { for (const t of texts) for (const d of s.rule.request.detectors) d.scan(t, s.req); } },
  { name: 'response set', bytes, run: (s) => { for (const t of texts) for (const d of s.rule.response.detectors) d.scan(t, s.res); } },
  { name: '1 KB prompt through the request set, µs', bytes: 0, run: (s) => { for (const t of prompts) for (const d of s.rule.request.detectors) d.scan(t, s.req); } },
  { name: '256 K-character documents, request set', bytes: documentBytes, run: (s) => { for (const t of documents) for (const d of s.rule.request.detectors) d.scan(t, s.req); } },
  { name: '256 K-character documents, response set', bytes: documentBytes, run: (s) => { for (const t of documents) for (const d of s.rule.response.detectors) d.scan(t, s.res); } },
  { name: 'PII-dense records, response set', bytes: denseBytes, run: (s) => { for (const t of dense) for (const d of s.rule.response.detectors) d.scan(t, s.res); } },
  { name: 'machine-like texts (new each round), request set', get bytes() { return machineBytes; }, once: true, run: (s) => { for (const t of machine) for (const d of s.rule.request.detectors) d.scan(t, s.req); } },
  { name: 'machine-like texts (new each round), response set', get bytes() { return machineBytes; }, once: true, run: (s) => { for (const t of machine) for (const d of s.rule.response.detectors) d.scan(t, s.res); } },
];

const results = jobs.map(() => sides.map(() => [] as number[]));
for (const j of jobs) for (const s of sides) for (let w = 0; w < 2; w++) j.run(s); // JIT warm-up
for (let r = 0; r < rounds; r++) {
  newMachine(r);
  jobs.forEach((j, ji) => {
    // Alternate which side goes first, so neither always runs right after the other's caches.
    for (const si of r % 2 === 0 ? [0, 1] : [1, 0]) {
      const t0 = performance.now();
      let n = 0;
      do {
        j.run(sides[si]);
        n++;
      } while (j.once !== true && performance.now() - t0 < 600);
      const ms = (performance.now() - t0) / n;
      results[ji][si].push(j.bytes > 0 ? j.bytes / 1e6 / (ms / 1000) : (ms * 1000) / prompts.length);
    }
  });
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const lines = [`before: ${before}`, `after: ${after}`, `${rounds} rounds${untrusted ? ', request side read as tool results (untrusted)' : ''}`, '', '| measure | before | after | after / before (median of per-round ratios) |', '|---|---|---|---|'];
jobs.forEach((j, ji) => {
  const [b, a] = results[ji];
  lines.push(`| ${j.name} | ${median(b).toFixed(1)} | ${median(a).toFixed(1)} | ${median(a.map((x, k) => x / b[k])).toFixed(2)} |`);
});
process.stdout.write(lines.join('\n') + '\n');
