// Detector registry: a typed table from detector type to { schema, create }. Policy names detector
// instances by type with parameters; parameters are validated against the type's JSON Schema when the
// policy is compiled, so an unknown type or parameter fails the load, never a request.
import type { Detector } from '../core/types.ts';
import { createPatternsDetector, type PatternsConfig } from './patterns.ts';

/** Shared resources detectors may need at build time. */
export interface DetectorBuildContext {
  /** Directory of the policy file, for resolving relative paths (e.g. a gitleaks TOML). */
  readonly baseDir: string;
}

export interface DetectorType {
  /** JSON Schema (draft 2020-12 subset understood by Ajv) for this type's parameters (the instance object minus `type`). */
  readonly schema: Readonly<Record<string, unknown>>;
  create(id: string, params: Record<string, unknown>, ctx: DetectorBuildContext): Detector;
}

export const DETECTOR_TYPES = {
  patterns: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['patterns'],
      properties: {
        patterns: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'type'],
            properties: {
              id: { type: 'string', minLength: 1 },
              type: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
              regex: { type: 'string', minLength: 1 },
              literal: { type: 'string', minLength: 1 },
              case_insensitive: { type: 'boolean' },
              score: { type: 'number', minimum: 0, maximum: 1 },
              max_length: { type: 'integer', minimum: 1 },
            },
          },
        },
      },
    },
    create(id, params) {
      const patterns = (params.patterns as Record<string, unknown>[]).map((p) => ({
        id: p.id as string,
        type: p.type as string,
        regex: p.regex as string | undefined,
        literal: p.literal as string | undefined,
        caseInsensitive: p.case_insensitive as boolean | undefined,
        score: p.score as number | undefined,
        maxLength: p.max_length as number | undefined,
      }));
      return createPatternsDetector({ id, patterns } satisfies PatternsConfig);
    },
  },
} satisfies Record<string, DetectorType>;

export type DetectorTypeName = keyof typeof DETECTOR_TYPES;

export function buildDetector(type: string, id: string, params: Record<string, unknown>, ctx: DetectorBuildContext): Detector {
  const t = (DETECTOR_TYPES as Record<string, DetectorType>)[type];
  if (!t) throw new Error(`unknown detector type ${JSON.stringify(type)}`);
  return t.create(id, params, ctx);
}
