// Scanning through normalisation: run a detector core on the original text, on its normalised copy
// (when normalisation changed anything) and on each decoded span, and return findings in ORIGINAL
// offsets. A finding in the normalised copy is mapped back through the offset map; a finding inside
// decoded text covers the whole encoded span (that is what must be redacted). The core is told which
// views are decoded spans: those start a text of their own (the others start where `text` does).
import type { Finding } from '../core/types.ts';
import { normalize, type NormalizeOptions } from './normalize.ts';
import { dedupe } from './recognizer.ts';

export interface ViewOptions {
  /** Scan the normalised copy (default true). */
  readonly normalize: boolean;
  /** Scan decoded base64/hex/%xx/rot13/tag spans (default true). */
  readonly decode: boolean;
  /** Longest encoded span decoded; bounds the streaming hold-back contribution of decoding. */
  readonly maxDecodeSpan: number;
}

export const DEFAULT_VIEW_OPTIONS: ViewOptions = { normalize: true, decode: true, maxDecodeSpan: 512 };

export function scanViews(text: string, core: (t: string, decoded: boolean) => Finding[], opts: ViewOptions = DEFAULT_VIEW_OPTIONS): Finding[] {
  const direct = core(text, false);
  if (!opts.normalize && !opts.decode) return direct;
  const nopts: NormalizeOptions = { decode: opts.decode, maxDecodeSpan: opts.maxDecodeSpan };
  const n = normalize(text, nopts);
  if (!n.changed && n.decoded.length === 0) return direct;
  const all = direct.slice();
  if (opts.normalize && n.changed) {
    for (const f of core(n.text, false)) {
      const [start, end] = n.toOriginal(f.start, f.end);
      if (end > start) all.push({ ...f, start, end, explanation: `${f.explanation}; normalised` });
    }
  }
  if (opts.decode) {
    for (const d of n.decoded) {
      for (const f of core(d.text, true)) all.push({ ...f, start: d.start, end: d.end, explanation: `${f.explanation}; decoded ${d.encoding}` });
    }
  }
  return mergeSameType(all);
}

/**
 * Merge overlapping findings of the same type into one finding over their union, keeping the
 * explanation of the best-scoring one. The original text may only yield part of an entity (an
 * invisible character cut it short) while the normalised copy yields all of it; the union keeps
 * every byte of the entity inside the finding.
 */
export function mergeSameType(findings: Finding[]): Finding[] {
  const sorted = dedupe(findings);
  const out: Finding[] = [];
  const lastByType = new Map<string, number>();
  for (const f of sorted) {
    const i = lastByType.get(f.type);
    const prev = i === undefined ? undefined : out[i];
    if (prev !== undefined && i !== undefined && f.start < prev.end) {
      const best = f.score > prev.score ? f : prev;
      out[i] = { ...best, start: prev.start, end: Math.max(prev.end, f.end), score: Math.max(prev.score, f.score) };
      continue;
    }
    lastByType.set(f.type, out.length);
    out.push(f);
  }
  return out;
}
