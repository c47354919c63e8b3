// bench/lib/procstat.ts involuntarySwitches: the count the 1 KB prompt benchmark uses to tell prompts the kernel
// switched out from the others. Pinned to one core beside a busy thread of its own process, the main thread is
// switched out every few milliseconds and the count grows with it. (How often it is switched out alone depends on
// what else the machine runs, tests beside this one included, so no bound is put on that.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { involuntarySwitches } from '../../bench/lib/procstat.ts';

const linux = existsSync(`/proc/self/task/${process.pid}/status`);
const taskset = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p));

test('involuntarySwitches reads the main thread\'s count (Linux) and it never falls', { skip: !linux }, () => {
  const read = involuntarySwitches();
  assert.ok(read !== null);
  const a = read();
  assert.ok(Number.isInteger(a) && a >= 0);
  assert.ok(read() >= a);
});

test('involuntarySwitches counts the slices a busy sibling thread takes on a shared core', { skip: !linux || taskset === undefined, timeout: 60_000 }, () => {
  const lib = resolve(import.meta.dirname, '../../bench/lib/procstat.ts');
  const script = `
    import { Worker } from 'node:worker_threads';
    import { involuntarySwitches } from ${JSON.stringify(lib)};
    const read = involuntarySwitches();
    const spin = (ms) => { const t = performance.now(); while (performance.now() - t < ms); };
    const w = new Worker('const t = performance.now(); while (performance.now() - t < 3000);', { eval: true });
    await new Promise((r) => w.once('online', r));
    const b = read(); spin(400); const shared = read() - b;
    await w.terminate();
    console.log(JSON.stringify({ shared }));`;
  const out = execFileSync(taskset!, ['-c', '0', process.execPath, '--input-type=module', '-e', script], { encoding: 'utf8' });
  const { shared } = JSON.parse(out.trim().split('\n').pop()!) as { shared: number };
  // The scheduler hands the core back and forth every few milliseconds: 400 ms shared is dozens of switches.
  assert.ok(shared >= 10, `shared core: ${shared} switches`);
});
