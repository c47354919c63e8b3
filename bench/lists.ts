// Long lists (bench/lib/payloads.ts LIST_KINDS: dates, timestamps, ledger lines, integers, ISBNs, CSV
// rows, tables of figures, a phone directory) through the PII detector and the whole response set of the
// default policy: CPU time per character at 8, 64 and 256 KB, or "refused" where a detector gave up
// (detector_timeout, which the default policy answers with a denial). Each measurement reads a new text.
//   node bench/lists.ts [CHECKOUT]     (the detectors of another checkout, e.g. a worktree of an older
//                                       commit, to compare; the lists are always this checkout's)
// Prints a markdown table (ns per character, median of 3 texts). Not part of `npm test` or `npm run bench`.
import { resolve } from 'node:path';
import type { DetectionContext, Detector } from '../src/core/types.ts';
import { LIST_KINDS, listText, type ListKind } from './lib/payloads.ts';

const dir = resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname);
const d = await import(`${dir}/bench/detectors.ts`);
const rule = d.benchRule() as { response: { detectors: readonly Detector[] } };
const ctx = d.RESPONSE_CTX as DetectionContext;
const pii = rule.response.detectors.filter((x) => x.id === 'pii');
const SIZES = [8 * 1024, 64 * 1024, 256 * 1024];

/** ns per character of `dets` on a new text of `kind`, or -1 when a detector gave up. */
function cost(dets: readonly Detector[], kind: ListKind, chars: number, seed: number): number {
  const text = listText(kind, chars, seed);
  const t0 = process.cpuUsage();
  try {
    for (const x of dets) x.scan(text, ctx);
  } catch (err) {
    // (by its code: another checkout's GuardError is another class)
    if ((err as { code?: unknown }).code === 'detector_timeout') return -1;
    throw err;
  }
  const t = process.cpuUsage(t0);
  return ((t.user + t.system) * 1000) / text.length;
}

let seed = 100;
const cell = (dets: readonly Detector[], kind: ListKind, chars: number): string => {
  // Warm-up on four texts of the kind (compiled code, the sets' automata for its shapes), then three measured.
  for (let w = 0; w < 4; w++) cost(dets, kind, chars, seed++);
  const v = [0, 1, 2].map(() => cost(dets, kind, chars, seed++)).sort((a, b) => a - b);
  return v[0] < 0 ? 'refused' : v[1].toFixed(0);
};
const head = SIZES.flatMap((s) => [`PII ${s / 1024} KB`, `response set ${s / 1024} KB`]);
const lines = [`| list | ${head.join(' | ')} |`, `|---|${head.map(() => '---|').join('')}`];
for (const kind of Object.keys(LIST_KINDS) as ListKind[]) {
  lines.push(`| ${kind} | ${SIZES.flatMap((s) => [cell(pii, kind, s), cell(rule.response.detectors, kind, s)]).join(' | ')} |`);
}
process.stdout.write(`detectors of ${dir}\n\n${lines.join('\n')}\n`);
