// Scan worker (worker_threads entry, see scan-pool.ts): builds detectors from the specs the main thread
// sends (registry.buildDetector with the same type, id, parameters and base directory, so each is the
// same pure function as its main-thread twin) and runs them over the texts of scan jobs.
//
// Messages in: `warm` (build these detectors, keep only them), `scan` (run the listed detectors over a
// text). Messages out: `warmed` (which keys are built), `done` (per detector: findings, or the kind of
// failure). Nothing here logs: texts never leave the job, and errors travel back as kinds only.
// Lifetime: until the pool terminates the thread.
import { parentPort } from 'node:worker_threads';
import type { DetectionContext, Detector, Finding } from '../core/types.ts';
import { isGuardError } from '../core/errors.ts';
import { buildDetector, type DetectorSpec } from '../detectors/registry.ts';

export type WorkerIn =
  | { readonly t: 'warm'; readonly gen: number; readonly specs: ReadonlyArray<{ readonly key: number; readonly spec: DetectorSpec }> }
  | { readonly t: 'scan'; readonly job: number; readonly keys: readonly number[]; readonly text: string; readonly ctx: DetectionContext };

/** Per detector of a job: its findings, or why it has none. */
export type DetectorOutcome = { readonly ok: Finding[] } | { readonly err: 'timeout' | 'error' };

export type WorkerOut =
  | { readonly t: 'warmed'; readonly gen: number; readonly built: number[]; readonly failed: number }
  | { readonly t: 'done'; readonly job: number; readonly results: DetectorOutcome[] };

const port = parentPort;
if (port === null) throw new Error('scan-worker.ts runs as a worker thread');

let built = new Map<number, Detector>();

port.on('message', (m: WorkerIn) => {
  if (m.t === 'warm') {
    const keep = new Map<number, Detector>();
    let failed = 0;
    for (const { key, spec } of m.specs) {
      const have = built.get(key);
      if (have !== undefined) {
        keep.set(key, have);
        continue;
      }
      try {
        keep.set(key, buildDetector(spec.type, spec.id, spec.params, { baseDir: spec.baseDir }));
      } catch {
        failed++; // a detector the main thread built but this thread cannot (a file changed in between): its jobs stay inline
      }
    }
    built = keep;
    const out: WorkerOut = { t: 'warmed', gen: m.gen, built: [...built.keys()], failed };
    port.postMessage(out);
    return;
  }
  const results: DetectorOutcome[] = [];
  for (const key of m.keys) {
    const d = built.get(key);
    if (d === undefined) {
      results.push({ err: 'error' });
      continue;
    }
    try {
      results.push({ ok: d.scan(m.text, m.ctx) });
    } catch (err) {
      results.push({ err: isGuardError(err) && err.code === 'detector_timeout' ? 'timeout' : 'error' });
    }
  }
  const out: WorkerOut = { t: 'done', job: m.job, results };
  port.postMessage(out);
});
