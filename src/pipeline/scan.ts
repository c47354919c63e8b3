// Runs a phase's detectors over segments and turns planned redactions into text edits. Detector
// failures are isolated per detector: a throwing detector is counted and reported as a failure
// (internal_error), never swallowed into "no findings".
import type { DetectionContext, Finding, Segment } from '../core/types.ts';
import { isGuardError } from '../core/errors.ts';
import { detectorErrors, findings as findingsMetric, redactions as redactionsMetric } from '../observability/metrics.ts';
import type { CompiledPhase, PhaseDecision } from '../policy/types.ts';
import type { TextEdit } from '../formats/types.ts';
import type { Redactor } from './redact.ts';
import { applyAllowList } from '../detectors/allow.ts';
import type { BodyScanCache } from './scan-cache.ts';

export interface ScanResult {
  /** Findings per segment index (same order as the segments). */
  readonly perSegment: Finding[][];
  /** Detector ids that threw. */
  readonly failedDetectors: string[];
  /** Asynchronous detectors that timed out or were unavailable. */
  readonly timedOut?: string[];
}

/** How long local detectors run before yielding to the event loop (other streams, deadline timers). */
const YIELD_AFTER_MS = 5;

/**
 * The phase's detectors over all segments, for buffered bodies. Local detectors run synchronously per
 * segment; between segments this yields to the event loop after a few milliseconds of work, and stops
 * at `deadlineAt` (performance.now() time): the remaining segments are then not scanned and the scan
 * reports a timeout, so the policy's detector_timeout action decides in time instead of Envoy's
 * message timeout. Asynchronous detectors (remote classifiers) are awaited in parallel; their failures
 * are timeouts too. With `cache` (the caller's segment verdict cache, see scan-cache.ts), segments
 * whose local findings are cached are not rescanned; asynchronous detectors always run.
 */
export async function scanSegmentsAsync(
  phase: CompiledPhase,
  segments: readonly Segment[],
  direction: 'request' | 'response',
  systemPrompts: readonly string[] | undefined,
  deadlineAt = Number.POSITIVE_INFINITY,
  cache: BodyScanCache | null = null,
): Promise<ScanResult> {
  const perSegment: Finding[][] = [];
  const failed = new Set<string>();
  const timedOut = new Set<string>();
  let slice = performance.now();
  for (const seg of segments) {
    const now = performance.now();
    if (now >= deadlineAt) {
      timedOut.add('deadline');
      detectorErrors.inc({ detector: 'pipeline', kind: 'timeout' });
      break;
    }
    if (now - slice > YIELD_AFTER_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
    perSegment.push(scanOne(phase, seg, direction, systemPrompts, failed, timedOut, cache));
  }
  while (perSegment.length < segments.length) perSegment.push([]);
  const remote = phase.detectors.filter((d) => d.scanAsync !== undefined);
  const jobs: Promise<void>[] = [];
  segments.forEach((seg, i) => {
    if (seg.text.length === 0 || timedOut.has('deadline')) return;
    const ctx: DetectionContext = { role: seg.role, kind: seg.kind, untrusted: seg.untrusted, direction, systemPrompts };
    for (const d of remote) {
      jobs.push(d.scanAsync!(seg.text, ctx).then(
        (found) => {
          for (const f of found) perSegment[i].push(f);
        },
        () => {
          timedOut.add(d.id);
        },
      ));
    }
  });
  await Promise.all(jobs);
  return { perSegment, failedDetectors: [...failed], timedOut: [...timedOut] };
}

/** The phase's local detectors over one segment; failures are recorded, never swallowed. */
function scanOne(
  phase: CompiledPhase,
  seg: Segment,
  direction: 'request' | 'response',
  systemPrompts: readonly string[] | undefined,
  failed: Set<string>,
  timedOut: Set<string>,
  cache: BodyScanCache | null = null,
): Finding[] {
  if (seg.text.length === 0) return [];
  const key = cache === null ? null : cache.key(seg);
  if (key !== null) {
    const hit = cache!.get(key);
    if (hit !== undefined) return hit;
  }
  let complete = true;
  const out: Finding[] = [];
  const ctx: DetectionContext = { role: seg.role, kind: seg.kind, untrusted: seg.untrusted, direction, systemPrompts };
  for (const d of phase.detectors) {
    if (d.scanAsync !== undefined) continue;
    try {
      for (const f of d.scan(seg.text, ctx)) out.push(f);
    } catch (err) {
      // A bounded detector that ran out of budget is a timeout (policy: detector_timeout); anything else an error.
      const timeout = isGuardError(err) && err.code === 'detector_timeout';
      (timeout ? timedOut : failed).add(d.id);
      detectorErrors.inc({ detector: d.id, kind: timeout ? 'timeout' : 'error' });
      complete = false;
    }
  }
  const result = applyAllowList(out, (id) => phase.detectors.find((d) => d.id === id)?.spanwise ?? true);
  // Only a scan every detector finished is remembered; a failed one is retried next time.
  if (key !== null && complete) cache!.set(key, result);
  return result;
}

/** The phase's local detectors over all segments, synchronously (shadow evaluation). */
export function scanSegments(
  phase: CompiledPhase,
  segments: readonly Segment[],
  direction: 'request' | 'response',
  systemPrompts: readonly string[] | undefined,
): ScanResult {
  const failed = new Set<string>();
  const timedOut = new Set<string>();
  const perSegment = segments.map((seg) => scanOne(phase, seg, direction, systemPrompts, failed, timedOut));
  return { perSegment, failedDetectors: [...failed], timedOut: [...timedOut] };
}

/** Count findings policy acted on, by detector/type/action (closed sets: detector ids and entity types from the registry). */
export function countFindings(phase: 'request' | 'response', compiled: CompiledPhase, perSegment: readonly (readonly Finding[])[], segments: readonly Segment[]): void {
  for (let i = 0; i < perSegment.length; i++) {
    for (const f of perSegment[i]) {
      const rule = compiled.ruleFor(f, segments[i]);
      if (rule === null) continue;
      findingsMetric.inc({ phase, detector: f.detector, type: f.type, action: rule.action });
    }
  }
}

/** Text edits (JSON-pointer addressed) implementing a decision's planned redactions. */
export async function redactionEdits(
  decision: PhaseDecision,
  segments: readonly Segment[],
  redactor: Redactor,
  phase: 'request' | 'response',
): Promise<TextEdit[]> {
  const bySegment = new Map<number, { start: number; end: number; type: string; style: PhaseDecision['redactions'][number]['style'] }[]>();
  for (const r of decision.redactions) {
    let list = bySegment.get(r.segment);
    if (!list) bySegment.set(r.segment, (list = []));
    list.push({ start: r.start, end: r.end, type: r.type, style: r.style });
  }
  const edits: TextEdit[] = [];
  for (const [index, spans] of bySegment) {
    const seg = segments[index];
    const replaced = await redactor.spans(seg.text, spans);
    for (const e of replaced) {
      edits.push({ pointer: seg.pointer, start: e.start, end: e.end, replacement: e.replacement });
      redactionsMetric.inc({ phase, type: e.type });
    }
  }
  return edits;
}
