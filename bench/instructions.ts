// Detector work without a clock, for comparing two builds or two model files on a noisy VM. Wall-clock
// runs on the eighteenth round's VM differed by up to 10% either way between identical code; instructions
// counted by callgrind under V8's --predictable --single-threaded (no concurrent compiler, no timing-driven
// tier-up) repeat to 0.1% (BENCHMARKS.md finding 21). Scans the detector corpus `--passes` times through one
// phase's detector set of the policy (or one detector of it) and prints what it did:
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out node --single-threaded --predictable \
//     bench/instructions.ts --set request --passes 2
// and the same with --passes 0 (start-up, policy and model load), whose count is subtracted; divide by
// passes * bytes for instructions per byte. Options: --set request|response, --detector ID, --passes N
// (default 1), --bytes N (corpus size, default 262144), --policy FILE.
import { benchRule, REQUEST_CTX, RESPONSE_CTX } from './detectors.ts';
import { detectorCorpus } from './lib/payloads.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const set = arg('set', 'request');
if (set !== 'request' && set !== 'response') throw new Error(`--set must be request or response, not ${set}`);
const passes = Number(arg('passes', '1'));
const size = Number(arg('bytes', '262144'));
if (!Number.isInteger(passes) || passes < 0 || !Number.isInteger(size) || size < 1) throw new Error('--passes and --bytes take non-negative integers (--bytes at least 1)');
const policyFile = arg('policy', '');
const phase = benchRule(policyFile === '' ? undefined : policyFile)[set];
const only = arg('detector', '');
const detectors = only === '' ? phase.detectors : phase.detectors.filter((d) => d.id === only);
if (detectors.length === 0) throw new Error(`no detector ${only} in the ${set} set (${phase.detectors.map((d) => d.id).join(', ')})`);
const ctx = set === 'request' ? REQUEST_CTX : RESPONSE_CTX;
const texts = detectorCorpus(size);
let findings = 0;
for (let p = 0; p < passes; p++) for (const text of texts) for (const d of detectors) findings += d.scan(text, ctx).length;
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
process.stdout.write(JSON.stringify({ set, detectors: detectors.map((d) => d.id), passes, texts: texts.length, bytes, findings }) + '\n');
