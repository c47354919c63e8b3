// Topic lists from policy: named lists of terms (words or phrases); a segment that mentions a topic
// yields one finding per term occurrence, typed TOPIC_<NAME>, so policy can flag, redact or deny a
// topic (e.g. deny "weapons" prompts, flag "medical"). Terms are matched case-insensitively on word
// boundaries through one RE2 prefilter set; `min_hits` requires several occurrences before any is
// reported (on streams this counts within the hold-back window only).
import { compile, compileSet, escapeLiteral, matchAll, type Re2 } from '../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../core/types.ts';

export interface TopicConfig {
  readonly name: string;
  readonly terms: readonly string[];
  readonly minHits: number;
}

export function topicType(name: string): string {
  return 'TOPIC_' + name.toUpperCase().replaceAll('-', '_');
}

export function createTopicsDetector(id: string, topics: readonly TopicConfig[]): Detector {
  const compiled: { cfg: TopicConfig; type: string; re: Re2 }[] = [];
  const sources: string[] = [];
  let longest = 1;
  for (const t of topics) {
    if (t.terms.length === 0) throw new Error(`topic ${t.name} has no terms`);
    const alt = t.terms.map((term) => escapeLiteral(term.trim()).replaceAll(' ', '\\s+')).join('|');
    const src = `(?i)\\b(?:${alt})\\b`;
    compiled.push({ cfg: t, type: topicType(t.name), re: compile(`${id}/${t.name}`, src) });
    sources.push(src);
    for (const term of t.terms) longest = Math.max(longest, term.length * 2);
  }
  const set = compileSet(id, sources);
  return {
    id,
    maxMatchLength: longest,
    spanwise: true,
    scan(text: string, _ctx: DetectionContext): Finding[] {
      if (text.length === 0) return [];
      const out: Finding[] = [];
      for (const i of set.match(text)) {
        const { cfg, type, re } = compiled[i];
        const hits = matchAll(re, text);
        if (hits.length < cfg.minHits) continue;
        for (const m of hits) out.push({ detector: id, type, start: m.start, end: m.end, score: 1, explanation: `topic ${cfg.name}` });
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

export const TOPICS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['topics'],
  properties: {
    topics: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z][a-z0-9_-]{0,40}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['terms'],
        properties: {
          terms: { type: 'array', minItems: 1, maxItems: 5000, items: { type: 'string', minLength: 1, maxLength: 200 } },
          min_hits: { type: 'integer', minimum: 1, maximum: 100 },
        },
      },
    },
  },
} as const;

export function topicsFromParams(id: string, p: Record<string, unknown>): Detector {
  const topics = Object.entries(p.topics as Record<string, { terms: string[]; min_hits?: number }>).map(([name, t]) => ({
    name,
    terms: t.terms,
    minHits: t.min_hits ?? 1,
  }));
  return createTopicsDetector(id, topics);
}
