// Scanning through normalisation: run a detector core on the original text, on its normalised copy
// (when normalisation changed anything) and on each decoded span, and return findings in ORIGINAL
// offsets. A finding in the normalised copy is mapped back through the offset map; a finding inside
// decoded text covers the whole encoded span (that is what must be redacted).
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

export function scanViews(text: string, core: (t: string) => Finding[], opts: ViewOptions = DEFAULT_VIEW_OPTIONS): Finding[] {
  const direct = core(text);
  if (!opts.normalize && !opts.decode) return direct;
  const nopts: NormalizeOptions = { decode: opts.decode, maxDecodeSpan: opts.maxDecodeSpan };
  const n = normalize(text, nopts);
  if (!n.changed && n.decoded.length === 0) return direct;
  const out = direct.slice();
  const overlapsSameType = (f: Finding): boolean => {
    for (const d of direct) if (d.type === f.type && f.start < d.end && d.start < f.end) return true;
    return false;
  };
  if (opts.normalize && n.changed) {
    for (const f of core(n.text)) {
      const [start, end] = n.toOriginal(f.start, f.end);
      const g: Finding = { ...f, start, end, explanation: `${f.explanation}; normalised` };
      if (end > start && !overlapsSameType(g)) out.push(g);
    }
  }
  if (opts.decode) {
    for (const d of n.decoded) {
      for (const f of core(d.text)) {
        const g: Finding = { ...f, start: d.start, end: d.end, explanation: `${f.explanation}; decoded ${d.encoding}` };
        if (!overlapsSameType(g)) out.push(g);
      }
    }
  }
  return dedupe(out);
}
