// CANARY_TOKEN: literal tokens declared in policy (planted in system prompts, documents or tool
// data); any occurrence in traffic means that data is leaking. Matched on the original text, on the
// normalised copy (invisible characters or look-alikes inserted into the token) and inside decoded
// base64/hex/%xx spans.
import { compile, compileSet, escapeLiteral, matchAll, type Re2 } from '../../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../../core/types.ts';
import { DEFAULT_VIEW_OPTIONS, scanViews } from '../views.ts';

export interface CanaryConfig {
  readonly id: string;
  /** Literal tokens (at least 6 characters each, so they do not occur by chance). */
  readonly tokens: readonly string[];
  readonly caseInsensitive?: boolean;
}

export function createCanaryDetector(cfg: CanaryConfig): Detector {
  if (cfg.tokens.length === 0) throw new Error(`detector ${cfg.id}: canary needs at least one token`);
  for (const t of cfg.tokens) if (t.length < 6) throw new Error(`detector ${cfg.id}: canary tokens must be at least 6 characters`);
  const flags = cfg.caseInsensitive ? 'i' : '';
  const sources = cfg.tokens.map(escapeLiteral);
  const set = compileSet(cfg.id, sources, flags);
  const res: Re2[] = sources.map((s, i) => compile(`${cfg.id}/token${i}`, s, flags));
  const core = (text: string): Finding[] => {
    const out: Finding[] = [];
    for (const i of set.match(text)) {
      for (const m of matchAll(res[i], text)) {
        out.push({ detector: cfg.id, type: 'CANARY_TOKEN', start: m.start, end: m.end, score: 1, explanation: `canary token #${i + 1}` });
      }
    }
    return out;
  };
  const maxLen = cfg.tokens.reduce((m, t) => Math.max(m, t.length), 0);
  return {
    id: cfg.id,
    maxMatchLength: Math.max(maxLen * 2, DEFAULT_VIEW_OPTIONS.maxDecodeSpan),
    spanwise: true,
    scan(text: string, _ctx: DetectionContext): Finding[] {
      return scanViews(text, core);
    },
  };
}
