// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time and inclusive time per function
// (name + file:line), top N. Usage: node bench/profile-summary.ts FILE.cpuprofile [N] [filter]
// Used to find hot spots for BENCHMARKS.md; not part of the test suite.
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const [file, nArg, filter] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/profile-summary.ts FILE.cpuprofile [N] [url-filter]\n');
  process.exit(2);
}
const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = prof.endTime - prof.startTime;
const key = (n: Node): string => {
  const url = n.callFrame.url.replace(/^file:\/\/\/work\/main\//, '').replace(/^node:/, 'node:');
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
};
const selfBy = new Map<string, number>();
const inclBy = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + t);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    inclBy.set(k, (inclBy.get(k) ?? 0) + t);
  }
}
const top = Number(nArg ?? 30);
const show = (title: string, m: Map<string, number>): void => {
  process.stdout.write(`${title} (of ${(total / 1000).toFixed(0)} ms)\n`);
  [...m.entries()].filter(([k]) => !filter || k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top)
    .forEach(([k, t]) => process.stdout.write(`  ${(t / 1000).toFixed(1).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}\n`));
};
show('self time', selfBy);
show('inclusive time', inclBy);

// Optional: `--callers NAME` prints the call paths (3 frames up) that account for NAME's self time.
const ci = process.argv.indexOf('--callers');
if (ci > 0) {
  const name = process.argv[ci + 1];
  const paths = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id)!;
    if (!key(n).startsWith(name + ' ')) continue;
    const chain: string[] = [];
    for (let cur = parent.get(id), d = 0; cur !== undefined && d < 4; cur = parent.get(cur), d++) chain.push(key(byId.get(cur)!));
    const k = chain.join(' <- ');
    paths.set(k, (paths.get(k) ?? 0) + t);
  }
  process.stdout.write(`callers of ${name}\n`);
  [...paths.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([k, t]) => process.stdout.write(`  ${(t / 1000).toFixed(1).padStart(8)} ms  ${k}\n`));
}
