// Runs a phase's detectors over segments and turns planned redactions into text edits. Detector
// failures are isolated per detector: a throwing detector is counted and reported as a failure
// (internal_error), never swallowed into "no findings".
import type { DetectionContext, Finding, Segment } from '../core/types.ts';
import { isGuardError } from '../core/errors.ts';
import { detectorErrors, findings as findingsMetric, redactions as redactionsMetric } from '../observability/metrics.ts';
import type { CompiledPhase, PhaseDecision } from '../policy/types.ts';
import type { TextEdit } from '../formats/types.ts';
import type { Redactor, SpanToRedact } from './redact.ts';
import { applyAllowList } from '../detectors/allow.ts';
import type { BodyScanCache } from './scan-cache.ts';
import type { PoolScanResult, ScanPool } from './scan-pool.ts';

/** What the scan of one body knows of its exchange besides each text (DetectionContext's exchange-wide fields). */
export interface ScanFacts {
  /** The request's system prompts, for the detectors that read them. */
  readonly systemPrompts?: readonly string[];
  /** Read the texts as rot13 too (DetectionContext.rot13): a response to a request that named rot13. */
  readonly rot13?: boolean;
}

function contextOf(seg: Segment, direction: 'request' | 'response', facts: ScanFacts | undefined): DetectionContext {
  const ctx: DetectionContext = { role: seg.role, kind: seg.kind, untrusted: seg.untrusted, direction, systemPrompts: facts?.systemPrompts };
  return facts?.rot13 === true ? { ...ctx, rot13: true } : ctx;
}

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
 * What the detectors scan: a segment, or several text parts of one content array joined, because the
 * model reads consecutive text parts of a message (OpenAI `content: [{type: "text"}, ...]`, Anthropic
 * text blocks, MCP result content) as one text. Scanned one by one, a secret, an e-mail address or an
 * instruction split across parts ("sk-pro" + "j-…", "Ignore all prev" + "ious instructions") would
 * match in none of them. Parts are grouped when they sit in the same array (same pointer prefix, the
 * part's index, `/text`) with the same role, kind and provenance; they are joined without a separator
 * (the adversarial case: a token cut in two). Findings are mapped back: a span crossing parts becomes
 * one finding per part it covers (each piece is redacted in its own JSON string); a whole-segment
 * finding (classifier) goes to the first non-empty part.
 */
export interface ScanUnit {
  /** Indices of the segments joined, in order (one for an ordinary segment). */
  readonly members: readonly number[];
  /** Start of each member in `seg.text`. */
  readonly offsets: readonly number[];
  /** The segment scanned (for a group: the first member's provenance, the joined text, the array's pointer). */
  readonly seg: Segment;
}

/** `prefix` of a `prefix/<index>/text` pointer, or null. Pointers come from the body parsers, not from text. */
function partArray(pointer: string): string | null {
  if (!pointer.endsWith('/text')) return null;
  const rest = pointer.slice(0, -'/text'.length);
  const slash = rest.lastIndexOf('/');
  if (slash < 0) return null;
  const index = rest.slice(slash + 1);
  if (index.length === 0 || index.length > 9) return null;
  for (let k = 0; k < index.length; k++) {
    const c = index.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return null;
  }
  return rest.slice(0, slash);
}

/**
 * The scan units of a body: text parts of one content array joined, every other segment on its own.
 * `joiner` goes between joined parts ('' for scanning: a token cut in two must match whole).
 */
export function scanUnits(segments: readonly Segment[], joiner = ''): ScanUnit[] {
  const groups = new Map<string, number[]>();
  const order: (number | number[])[] = [];
  segments.forEach((seg, i) => {
    const array = partArray(seg.pointer);
    if (array === null) {
      order.push(i);
      return;
    }
    const key = `${array}\u0000${seg.role}\u0000${seg.kind}\u0000${seg.untrusted ? 1 : 0}`;
    const g = groups.get(key);
    if (g === undefined) {
      const members = [i];
      groups.set(key, members);
      order.push(members);
    } else g.push(i);
  });
  return order.map((o) => {
    if (typeof o === 'number' || o.length === 1) {
      const i = typeof o === 'number' ? o : o[0];
      return { members: [i], offsets: [0], seg: segments[i] };
    }
    const offsets: number[] = [];
    let text = '';
    for (const i of o) {
      if (offsets.length > 0) text += joiner;
      offsets.push(text.length);
      text += segments[i].text;
    }
    const first = segments[o[0]];
    return { members: o, offsets, seg: { ...first, text, pointer: partArray(first.pointer)! } };
  });
}

function withoutKeep(f: Finding): Finding {
  const { keep, ...rest } = f;
  void keep;
  return rest;
}

/** Findings of one unit, appended to the members they belong to (see ScanUnit). */
function distribute(unit: ScanUnit, found: readonly Finding[], segments: readonly Segment[], perSegment: Finding[][], spanwise: (id: string) => boolean): void {
  const { members, offsets } = unit;
  if (members.length === 1) {
    for (const f of found) perSegment[members[0]].push(f);
    return;
  }
  for (const f of found) {
    if (!spanwise(f.detector)) {
      let k = members.findIndex((i) => segments[i].text.length > 0);
      if (k < 0) k = 0;
      perSegment[members[k]].push({ ...f, start: 0, end: segments[members[k]].text.length });
      continue;
    }
    // The last part starting at or before f.start (binary search: a body may have very many parts),
    // then every part the span reaches.
    let lo = 0;
    let hi = members.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] <= f.start) lo = mid;
      else hi = mid - 1;
    }
    for (let k = lo; k < members.length && (offsets[k] < f.end || k === lo); k++) {
      const from = offsets[k];
      const to = from + segments[members[k]].text.length;
      const s = Math.max(f.start, from);
      const e = Math.min(f.end, to);
      // Overlap, or an empty finding located inside this part.
      if (s < e || (f.start === f.end && f.start >= from && f.start < to)) {
        // A finding cut at a part boundary loses its kept range (offsets from a start that moved).
        const g = f.keep === undefined || (s === f.start && e === f.end) ? f : withoutKeep(f);
        perSegment[members[k]].push(f.end > to ? { ...g, start: s - from, end: e - from, continues: true } : { ...g, start: s - from, end: e - from });
      }
    }
  }
}

/**
 * The phase's detectors over all segments, for buffered bodies, unit by unit (scanUnits). Local
 * detectors run synchronously per unit; between units this yields to the event loop after a few
 * milliseconds of work, and stops at `deadlineAt` (performance.now() time): the remaining units are then
 * not scanned and the scan reports a timeout, so the policy's detector_timeout action decides in time
 * instead of Envoy's message timeout. With `pool` (scan-pool.ts), units of at least its minChars are
 * scanned in a worker thread while the main thread goes on (the same deadline applies); the rest, and
 * every unit the pool declines, inline. Asynchronous detectors (remote classifiers) are awaited in
 * parallel; their failures are timeouts too. With `cache` (the caller's segment verdict cache, see
 * scan-cache.ts), units whose local findings are cached are not rescanned; asynchronous detectors always
 * run. Findings are recorded per unit in unit order (local detectors first, then asynchronous ones in
 * detector order), whichever thread produced them.
 */
export async function scanSegmentsAsync(
  phase: CompiledPhase,
  segments: readonly Segment[],
  direction: 'request' | 'response',
  facts: ScanFacts | undefined,
  deadlineAt = Number.POSITIVE_INFINITY,
  cache: BodyScanCache | null = null,
  pool: ScanPool | null = null,
): Promise<ScanResult> {
  const perSegment: Finding[][] = segments.map(() => []);
  const failed = new Set<string>();
  const timedOut = new Set<string>();
  const units = scanUnits(segments);
  const spanwise = spanwiseOf(phase);
  const local: (readonly Finding[])[] = [];
  const pooled: Promise<void>[] = [];
  let slice = performance.now();
  let scanned = 0;
  for (const unit of units) {
    const now = performance.now();
    if (now >= deadlineAt) {
      timedOut.add('deadline');
      detectorErrors.inc({ detector: 'pipeline', kind: 'timeout' });
      break;
    }
    const u = scanned++;
    local.push([]);
    const key = cache === null ? null : cache.key(unit.seg);
    const hit = key === null ? undefined : cache!.get(key);
    if (hit !== undefined) {
      local[u] = hit;
      continue;
    }
    const job = pool === null ? null : pooledScan(pool, phase, unit.seg, direction, facts, deadlineAt, cache, key);
    if (job !== null) {
      pooled.push(job.then((r) => {
        local[u] = r.findings;
        for (const id of r.failed) failed.add(id);
        for (const id of r.timedOut) timedOut.add(id);
      }));
      continue;
    }
    if (now - slice > YIELD_AFTER_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
    local[u] = scanFresh(phase, unit.seg, direction, facts, failed, timedOut, cache, key);
  }
  const remote = phase.detectors.filter((d) => d.scanAsync !== undefined);
  const remoteFound: (readonly Finding[])[][] = [];
  const jobs: Promise<void>[] = [...pooled];
  for (let u = 0; u < scanned; u++) {
    const seg = units[u].seg;
    const row: (readonly Finding[])[] = remote.map(() => []);
    remoteFound.push(row);
    if (seg.text.length === 0) continue;
    const ctx = contextOf(seg, direction, facts);
    remote.forEach((d, k) => {
      jobs.push(d.scanAsync!(seg.text, ctx).then(
        (found) => {
          row[k] = found;
        },
        () => {
          timedOut.add(d.id);
        },
      ));
    });
  }
  await Promise.all(jobs);
  for (let u = 0; u < scanned; u++) {
    distribute(units[u], local[u], segments, perSegment, spanwise);
    for (const found of remoteFound[u]) distribute(units[u], found, segments, perSegment, spanwise);
  }
  return { perSegment, failedDetectors: [...failed], timedOut: [...timedOut] };
}

/**
 * One unit (not in the cache) through the worker pool, or null when the pool declines it. A complete
 * pooled scan is stored in the cache under `key` like an inline one.
 */
function pooledScan(
  pool: ScanPool,
  phase: CompiledPhase,
  seg: Segment,
  direction: 'request' | 'response',
  facts: ScanFacts | undefined,
  deadlineAt: number,
  cache: BodyScanCache | null,
  key: string | null,
): Promise<PoolScanResult> | null {
  const ctx = contextOf(seg, direction, facts);
  const job = pool.tryScan(phase.detectors, seg.text, ctx, deadlineAt);
  if (job === null) return null;
  return job.then((r) => {
    for (const id of r.failed) detectorErrors.inc({ detector: id, kind: 'error' });
    for (const id of r.timedOut) detectorErrors.inc(id === 'deadline' ? { detector: 'pipeline', kind: 'timeout' } : { detector: id, kind: 'timeout' });
    const findings = applyAllowList(r.findings, spanwiseOf(phase));
    if (key !== null && r.failed.length === 0 && r.timedOut.length === 0) cache!.set(key, findings);
    return { ...r, findings };
  });
}

function spanwiseOf(phase: CompiledPhase): (id: string) => boolean {
  return (id) => phase.detectors.find((d) => d.id === id)?.spanwise ?? true;
}

/**
 * The phase's local detectors over one segment (whose cache lookup, if any, missed); failures are
 * recorded, never swallowed. A complete result is stored in `cache` under `key`.
 */
function scanFresh(
  phase: CompiledPhase,
  seg: Segment,
  direction: 'request' | 'response',
  facts: ScanFacts | undefined,
  failed: Set<string>,
  timedOut: Set<string>,
  cache: BodyScanCache | null,
  key: string | null,
): Finding[] {
  if (seg.text.length === 0) return [];
  let complete = true;
  const out: Finding[] = [];
  const ctx = contextOf(seg, direction, facts);
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
  const result = applyAllowList(out, spanwiseOf(phase));
  // Only a scan every detector finished is remembered; a failed one is retried next time.
  if (key !== null && complete) cache!.set(key, result);
  return result;
}

/** The phase's local detectors over all segments, synchronously (shadow evaluation). */
export function scanSegments(
  phase: CompiledPhase,
  segments: readonly Segment[],
  direction: 'request' | 'response',
  facts: ScanFacts | undefined,
): ScanResult {
  const failed = new Set<string>();
  const timedOut = new Set<string>();
  const perSegment: Finding[][] = segments.map(() => []);
  const spanwise = spanwiseOf(phase);
  for (const unit of scanUnits(segments)) distribute(unit, scanFresh(phase, unit.seg, direction, facts, failed, timedOut, null, null), segments, perSegment, spanwise);
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
  const bySegment = new Map<number, SpanToRedact[]>();
  for (const r of decision.redactions) {
    let list = bySegment.get(r.segment);
    if (!list) bySegment.set(r.segment, (list = []));
    list.push(r);
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
