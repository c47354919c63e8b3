// Allow patterns from policy: spans that must never be treated as findings (a company's public
// support address, documented test card numbers, a known-safe phrase). An `allow` detector reports
// ALLOW spans; the pipeline removes every other finding in the same segment that overlaps one (and
// the ALLOW findings themselves) before policy decides. Whole-segment findings (classifiers) are kept:
// an allow-listed phrase does not excuse the rest of a message.
import type { Detector, Finding } from '../core/types.ts';
import { createPatternsDetector } from './patterns.ts';

export const ALLOW_TYPE = 'ALLOW';

export const ALLOW_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['patterns'],
  properties: {
    patterns: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1 },
          regex: { type: 'string', minLength: 1 },
          literal: { type: 'string', minLength: 1 },
          case_insensitive: { type: 'boolean' },
          max_length: { type: 'integer', minimum: 1 },
        },
      },
    },
  },
} as const;

export function allowFromParams(id: string, p: Record<string, unknown>): Detector {
  const patterns = (p.patterns as Record<string, unknown>[]).map((x) => ({
    id: x.id as string,
    type: ALLOW_TYPE,
    regex: x.regex as string | undefined,
    literal: x.literal as string | undefined,
    caseInsensitive: x.case_insensitive as boolean | undefined,
    maxLength: x.max_length as number | undefined,
  }));
  return createPatternsDetector({ id, patterns });
}

/** Drop ALLOW findings and every span-wise finding overlapping one. `spanwise(detectorId)` tells classifiers apart. */
export function applyAllowList(found: readonly Finding[], spanwise: (detector: string) => boolean): Finding[] {
  const allowed = found.filter((f) => f.type === ALLOW_TYPE);
  if (allowed.length === 0) return found as Finding[];
  return found.filter((f) => f.type !== ALLOW_TYPE && !(spanwise(f.detector) && allowed.some((a) => a.start < f.end && f.start < a.end)));
}
