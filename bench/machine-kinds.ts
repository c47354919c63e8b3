// Machine-like texts by kind (bench/lib/payloads.ts MACHINE_KINDS: PEM, base64 in JSON, CSV rows, hex
// dumps, UUID lists, signed URLs): CPU time per character of each detector of the default policy, new
// texts for every measurement (an RE2.Set's automaton keeps the states of texts it has read, so reading
// a text again costs less than new traffic does: BENCHMARKS.md finding 29).
//   node bench/machine-kinds.ts [--texts N]      (run it in two checkouts to compare them)
// Prints a markdown table, ns per character (median over N texts of ~12 KB). Not part of `npm test` or
// `npm run bench`.
import { benchRule, REQUEST_CTX, RESPONSE_CTX } from './detectors.ts';
import { MACHINE_KINDS, machineTextsOf } from './lib/payloads.ts';

const at = process.argv.indexOf('--texts');
const n = at >= 0 ? Number(process.argv[at + 1]) : 9;
const rule = benchRule();
let seed = 9000;
const columns: string[] = [];
const rows = new Map<string, string[]>();
for (const phase of ['request', 'response'] as const) {
  const ctx = phase === 'request' ? REQUEST_CTX : RESPONSE_CTX;
  for (const d of rule[phase].detectors) {
    columns.push(`${d.id} (${phase})`);
    for (const kind of MACHINE_KINDS) {
      for (let w = 0; w < 2; w++) for (const t of machineTextsOf(kind, 12 * 1024, seed++)) d.scan(t, ctx); // JIT warm-up
      const per: number[] = [];
      for (let k = 0; k < n; k++) {
        const texts = machineTextsOf(kind, 12 * 1024, seed++);
        const chars = texts.reduce((a, t) => a + t.length, 0);
        const t0 = process.hrtime.bigint();
        for (const t of texts) d.scan(t, ctx);
        per.push(Number(process.hrtime.bigint() - t0) / chars);
      }
      per.sort((a, b) => a - b);
      const row = rows.get(kind) ?? [];
      row.push(per[per.length >> 1].toFixed(0));
      rows.set(kind, row);
    }
  }
}
const lines = [`| kind | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---|').join('')}`];
for (const [kind, row] of rows) lines.push(`| ${kind} | ${row.join(' | ')} |`);
process.stdout.write(lines.join('\n') + '\n');
