// The custom-patterns detector: literals and RE2 patterns declared in policy, each with a finding type.
// All patterns of one detector are compiled into one RE2.Set prefilter, so text with no hit is scanned
// once; only the patterns the set reports are then run individually for positions.
import { compile, compileSet, escapeLiteral, matchAll, type Re2 } from '../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../core/types.ts';

export interface PatternSpec {
  /** Rule id, unique within the detector (appears in explanations and errors). */
  readonly id: string;
  /** Finding type, e.g. CUSTOM_DENY, INTERNAL_CODENAME. */
  readonly type: string;
  readonly regex?: string;
  readonly literal?: string;
  readonly caseInsensitive?: boolean;
  readonly score?: number;
  /** Longest text this pattern can match; required for unbounded patterns used on streams. */
  readonly maxLength?: number;
}

export interface PatternsConfig {
  readonly id: string;
  readonly patterns: readonly PatternSpec[];
}

export function createPatternsDetector(cfg: PatternsConfig): Detector {
  const sources: string[] = [];
  const compiled: { spec: PatternSpec; re: Re2 }[] = [];
  let maxLen = 0;
  for (const spec of cfg.patterns) {
    if ((spec.regex === undefined) === (spec.literal === undefined)) {
      throw new Error(`detector ${cfg.id}: pattern ${spec.id} needs exactly one of regex or literal`);
    }
    const src = spec.regex ?? escapeLiteral(spec.literal!);
    const flags = spec.caseInsensitive ? 'i' : '';
    compiled.push({ spec, re: compile(`${cfg.id}/${spec.id}`, src, flags) });
    sources.push(spec.caseInsensitive ? `(?i:${src})` : src);
    maxLen = Math.max(maxLen, spec.maxLength ?? (spec.literal !== undefined ? spec.literal.length : 256));
  }
  const set = compileSet(cfg.id, sources);
  return {
    id: cfg.id,
    maxMatchLength: maxLen,
    spanwise: true,
    scan(text: string, _ctx: DetectionContext): Finding[] {
      if (text.length === 0 || set.size === 0) return [];
      const hits = set.match(text);
      if (hits.length === 0) return [];
      const out: Finding[] = [];
      for (const i of hits) {
        const { spec, re } = compiled[i];
        for (const m of matchAll(re, text)) {
          if (m.end === m.start) continue;
          out.push({
            detector: cfg.id,
            type: spec.type,
            start: m.start,
            end: m.end,
            score: spec.score ?? 1,
            explanation: `pattern ${spec.id}`,
          });
        }
      }
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      return out;
    },
  };
}
