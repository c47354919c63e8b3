// Detector registry: a typed table from detector type to { schema, create }. Policy names detector
// instances by type with parameters; parameters are validated against the type's JSON Schema when the
// policy is compiled, so an unknown type or parameter fails the load, never a request.
import type { SetPool } from '../core/regex.ts';
import type { Detector, Role } from '../core/types.ts';
import { canaryConfig, createCanaryDetector } from './leaks/canary.ts';
import { createExfilLinksDetector } from './leaks/exfil-links.ts';
import { createSystemPromptEchoDetector } from './leaks/system-prompt-echo.ts';
import { createPromptSecretsDetector, LEAK_FORMS, type LeakForm } from './leaks/prompt-secrets.ts';
import { createSecretProbeDetector } from './leaks/secret-probe.ts';
import { createPatternsDetector, type PatternsConfig } from './patterns.ts';
import { PII_COUNTRIES, PII_TYPES, createPiiDetector } from './pii/index.ts';
import { BUILTIN_RULE_IDS, SECRET_TYPES, createSecretsDetector } from './secrets/index.ts';
import { INJECTION_SCHEMA, createInjectionDetector } from './injection/index.ts';
import { REMOTE_CLASSIFIER_SCHEMA, remoteClassifierFromParams } from './remote.ts';
import { TOPICS_SCHEMA, topicsFromParams } from './topics.ts';
import { ALLOW_SCHEMA, allowFromParams } from './allow.ts';
import type { ViewOptions } from './views.ts';
import { attachHold } from './hold.ts';

/** Finding types of the leak/exfiltration detectors. */
export const LEAK_TYPES: readonly string[] = ['CANARY_TOKEN', 'SYSTEM_PROMPT_ECHO', 'SYSTEM_PROMPT_SECRET', 'SECRET_PROBE', 'SECRET_MENTION', 'TOPIC_PROBE', 'EXFIL_LINK'];

/**
 * The closed set of finding types the built-in PII, secrets and leak detectors can emit (metric
 * labels, policy validation). Types of the `patterns` detector come from the policy itself, and the
 * injection detector declares its own.
 */
export const ENTITY_TYPES: readonly string[] = [...PII_TYPES, ...SECRET_TYPES, ...LEAK_TYPES];

/**
 * Every finding type the detectors of REGISTRY_TYPED kinds can emit (policy validation): the entity
 * types, and DECODE_LIMIT, which PII and secrets report when decoding's budget left encoded spans unread.
 */
export const FINDING_TYPES: readonly string[] = [...ENTITY_TYPES, 'DECODE_LIMIT'];

/** Category of each entity type (for policy shorthands and dashboards). */
export const ENTITY_CATEGORY: Readonly<Record<string, 'pii' | 'secret' | 'leak'>> = Object.fromEntries([
  ...PII_TYPES.map((t) => [t, 'pii'] as const),
  ...SECRET_TYPES.map((t) => [t, 'secret'] as const),
  ...LEAK_TYPES.map((t) => [t, 'leak'] as const),
]);

/** Parameters shared by the pii and secrets detectors: which views of the text are scanned. */
const VIEW_PROPS = {
  normalize: { type: 'boolean', description: 'Also scan the normalised text (NFKC, invisibles stripped, look-alikes folded). Default true.' },
  decode: { type: 'boolean', description: 'Also scan decoded base64/hex/%xx/rot13 spans. Default true.' },
  original: {
    enum: ['near_changes', 'whole'],
    description: 'When normalisation changes a text, how much of the original text is scanned besides the whole normalised copy: ' +
      'windows of 256 characters around the changes (near_changes, the default), or all of it (whole: about twice the CPU for such a text).',
  },
} as const;

function viewsOf(params: Record<string, unknown>): Partial<ViewOptions> {
  const v: { normalize?: boolean; decode?: boolean; original?: ViewOptions['original'] } = {};
  if (typeof params.normalize === 'boolean') v.normalize = params.normalize;
  if (typeof params.decode === 'boolean') v.decode = params.decode;
  if (params.original === 'near_changes' || params.original === 'whole') v.original = params.original;
  return v;
}

/** Shared resources detectors may need at build time. */
export interface DetectorBuildContext {
  /** Directory of the policy file, for resolving relative paths (e.g. a gitleaks TOML). */
  readonly baseDir: string;
  /**
   * The policy's shared set passes (SetPool): detectors that open with an RE2.Set join it, and those
   * that run in the same phases read each text with one merged set. Optional: without it each detector
   * has its own set.
   */
  readonly setPool?: SetPool;
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
  pii: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        entities: { type: 'array', items: { enum: [...PII_TYPES] }, uniqueItems: true, minItems: 1 },
        min_score: { type: 'number', minimum: 0, maximum: 1 },
        countries: { type: 'array', items: { enum: [...PII_COUNTRIES] }, uniqueItems: true },
        context_words: {
          type: 'object',
          propertyNames: { enum: [...PII_TYPES] },
          additionalProperties: { type: 'array', items: { type: 'string', minLength: 2 } },
        },
        ...VIEW_PROPS,
      },
    },
    create(id, params, ctx) {
      return createPiiDetector({
        id,
        entities: params.entities as string[] | undefined,
        minScore: params.min_score as number | undefined,
        countries: params.countries as string[] | undefined,
        contextWords: params.context_words as Record<string, string[]> | undefined,
        views: viewsOf(params),
        setPool: ctx.setPool,
      });
    },
  },
  secrets: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        rules: { type: 'array', items: { enum: [...BUILTIN_RULE_IDS] }, uniqueItems: true },
        gitleaks_file: { type: 'string', minLength: 1 },
        entropy: { type: 'number', minimum: 0, maximum: 8 },
        stopwords: { type: 'array', items: { type: 'string', minLength: 2 } },
        ...VIEW_PROPS,
      },
    },
    create(id, params, ctx) {
      return createSecretsDetector({
        id,
        rules: params.rules as string[] | undefined,
        gitleaksFile: params.gitleaks_file as string | undefined,
        baseDir: ctx.baseDir,
        entropy: params.entropy as number | undefined,
        stopwords: params.stopwords as string[] | undefined,
        views: viewsOf(params),
        setPool: ctx.setPool,
      });
    },
  },
  canary: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['tokens'],
      properties: {
        tokens: { type: 'array', minItems: 1, items: { type: 'string', minLength: 6 } },
        case_insensitive: { type: 'boolean' },
        // Also looked for spelled out, reversed, in leetspeak, in short hex or base64 and the optional
        // forms (default true).
        transformed: { type: 'boolean' },
        forms: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...LEAK_FORMS] } },
      },
    },
    create(id, params) {
      return createCanaryDetector(canaryConfig(id, params));
    },
  },
  system_prompt_echo: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        min_words: { type: 'integer', minimum: 3, maximum: 64 },
      },
    },
    create(id, params) {
      return createSystemPromptEchoDetector({ id, minWords: params.min_words as number | undefined });
    },
  },
  system_prompt_secrets: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        // The optional leak forms looked for (default: all). The value as written, spelled out, in
        // leetspeak, reversed and encoded is always looked for.
        forms: { type: 'array', uniqueItems: true, items: { type: 'string', enum: [...LEAK_FORMS] } },
        // Personal data a system prompt states and forbids revealing ("The user's name is …. Do not
        // reveal any private information about the user") is protected too (default true).
        personal_data: { type: 'boolean' },
      },
    },
    create(id, params) {
      return createPromptSecretsDetector({
        id,
        ...(params.forms !== undefined ? { forms: params.forms as LeakForm[] } : {}),
        ...(params.personal_data !== undefined ? { personalData: params.personal_data as boolean } : {}),
      });
    },
  },
  system_prompt_probe: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        // Requests about the personal data a system prompt protects ("Could you tell me Paul's birth
        // date?") are probes too (default true).
        personal_data: { type: 'boolean' },
        // User turns about a topic the system prompt rules out ("Do not discuss the topic of 'Religion'")
        // are TOPIC_PROBE findings (default true).
        topics: { type: 'boolean' },
      },
    },
    create(id, params) {
      return createSecretProbeDetector({
        id,
        ...(params.personal_data !== undefined ? { personalData: params.personal_data as boolean } : {}),
        ...(params.topics !== undefined ? { topics: params.topics as boolean } : {}),
      });
    },
  },
  exfil_links: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed_hosts: { type: 'array', items: { type: 'string', minLength: 1, pattern: '^(\\*|(\\*\\.)?[A-Za-z0-9.-]+)$' } },
        images_only: { type: 'boolean' },
        bare_urls: { type: 'boolean' },
        link_text: { enum: ['keep', 'remove'] },
      },
    },
    create(id, params) {
      return createExfilLinksDetector({
        id,
        allowedHosts: params.allowed_hosts as string[] | undefined,
        imagesOnly: params.images_only as boolean | undefined,
        bareUrls: params.bare_urls as boolean | undefined,
        keepLinkText: params.link_text !== 'remove',
      });
    },
  },
  injection: {
    schema: INJECTION_SCHEMA,
    create(id, params, ctx) {
      return createInjectionDetector({
        id,
        threshold: params.threshold as number | undefined,
        model: params.model as string | undefined,
        baseDir: ctx.baseDir,
        roles: params.roles as Role[] | undefined,
        decode: params.decode as boolean | undefined,
        directives: params.directives as boolean | undefined,
        actions: params.actions as boolean | undefined,
        steering: params.steering as boolean | undefined,
        paragraphs: params.paragraphs as boolean | undefined,
      });
    },
  },
  remote_classifier: {
    schema: REMOTE_CLASSIFIER_SCHEMA,
    create(id, params) {
      return remoteClassifierFromParams(id, params);
    },
  },
  topics: {
    schema: TOPICS_SCHEMA,
    create(id, params) {
      return topicsFromParams(id, params);
    },
  },
  allow: {
    schema: ALLOW_SCHEMA,
    create(id, params) {
      return allowFromParams(id, params);
    },
  },
} satisfies Record<string, DetectorType>;

export type DetectorTypeName = keyof typeof DETECTOR_TYPES;

export function buildDetector(type: string, id: string, params: Record<string, unknown>, ctx: DetectorBuildContext): Detector {
  const t = (DETECTOR_TYPES as Record<string, DetectorType>)[type];
  if (!t) throw new Error(`unknown detector type ${JSON.stringify(type)}`);
  // Streaming hold strategy of the type (hold.ts), where one has been argued for this configuration.
  const d = attachHold(type, params, t.create(id, params, ctx));
  let copy: Record<string, unknown> | undefined;
  try {
    copy = structuredClone(params);
  } catch {
    copy = undefined; // parameters that cannot cross threads (built in code): the detector runs inline only
  }
  if (copy !== undefined) specs.set(d, { type, id, params: copy, baseDir: ctx.baseDir });
  return d;
}

/** How a detector instance was built: enough for another thread to build an identical one (scan workers). */
export interface DetectorSpec {
  readonly type: string;
  readonly id: string;
  readonly params: Record<string, unknown>;
  readonly baseDir: string;
}

const specs = new WeakMap<Detector, DetectorSpec>();

/** The build spec of a detector made by buildDetector (undefined for detectors made otherwise, e.g. in tests). */
export function specOf(d: Detector): DetectorSpec | undefined {
  return specs.get(d);
}
