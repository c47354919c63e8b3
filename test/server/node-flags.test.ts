// The server's Node/V8 flags (src/server/node-flags.ts): every place that starts the server passes the
// same list, and the flags do what they are there for on this Node (a V8 upgrade that renamed or dropped
// one would make node refuse to start, or silently change GC behaviour).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { SERVER_NODE_FLAGS } from '../../src/server/node-flags.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('package.json start and the Dockerfile ENTRYPOINT pass exactly the server flags', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  assert.equal(pkg.scripts.start, ['node', ...SERVER_NODE_FLAGS, 'src/cli.ts', 'serve'].join(' '));
  const entry = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').split('\n').find((l) => l.startsWith('ENTRYPOINT '));
  assert.ok(entry !== undefined, 'Dockerfile has an ENTRYPOINT');
  assert.deepEqual(JSON.parse(entry.slice('ENTRYPOINT '.length)), ['node', ...SERVER_NODE_FLAGS, 'src/cli.ts']);
});

// A child that promotes ~60 MB of short-lived objects into the old generation (each batch survives two
// scavenges, then is dropped) and prints how many full mark-compact collections ran meanwhile.
const PROMOTER = `
const { PerformanceObserver, constants } = require('node:perf_hooks');
let majors = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++; }).observe({ entryTypes: ['gc'] });
const ring = [];
for (let b = 0; b < 240; b++) {
  const batch = [];
  for (let i = 0; i < 2000; i++) batch.push({ i, s: 'x'.repeat(64) + i });
  ring.push(batch);
  if (ring.length > 24) ring.shift();
  for (let k = 0; k < 40; k++) new Array(2000).fill(k);
}
setTimeout(() => console.log(majors), 50);
`;

test('the flags keep full collections away while ~60 MB of garbage is promoted (and without them there are some)', () => {
  const run = (flags: readonly string[]): number => Number(execFileSync(process.execPath, [...flags, '-e', PROMOTER], { encoding: 'utf8' }).trim());
  const without = run([]);
  const withFlags = run(SERVER_NODE_FLAGS);
  assert.ok(without >= 1, `default heap: expected at least one full collection, saw ${without}`);
  assert.equal(withFlags, 0, `with ${SERVER_NODE_FLAGS.join(' ')}: expected no full collection, saw ${withFlags}`);
});
