// The JSON Schema of the policy language, composed at start-up from the parts other modules own:
// detector parameter schemas come from the detector registry (DETECTOR_TYPES), the `tools` section
// from TOOLS_SCHEMA. schema/policy.schema.json is this function's output, committed for editors and
// CI (`llm-boundary policy schema > schema/policy.schema.json`; a test keeps the two equal).
import { API_FORMATS, FAILURE_KINDS } from '../core/types.ts';
import { DETECTOR_TYPES, type DetectorType } from '../detectors/registry.ts';
import { TOOLS_SCHEMA } from '../tools/compile.ts';

type Json = Record<string, unknown>;

/** Names of detector instances, rule ids and finding types share these shapes. */
export const NAME_PATTERN = '^[a-z][a-z0-9_-]{0,62}$';
export const RULE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$';
export const FINDING_TYPE_PATTERN = '^[A-Z][A-Z0-9_]{0,62}$';
export const HEADER_NAME_PATTERN = "^[a-z0-9!#$%&'*+.^_`|~-]+$";

export const FINDING_ACTIONS = ['allow', 'flag', 'redact', 'deny'] as const;
export const REDACTION_STYLES = ['mask', 'partial', 'hash', 'placeholder', 'remove'] as const;
export const AUDIT_CAPTURES = ['none', 'hash', 'redacted', 'full'] as const;

/** Remove keys that must not appear in an embedded sub-schema ($id/$schema would re-root references). */
function embed(schema: Readonly<Json>): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === '$id' || k === '$schema') continue;
    out[k] = v;
  }
  return out;
}

/** A detector type's parameter schema with the `type` discriminator admitted next to the parameters. */
function withTypeKey(name: string, schema: Readonly<Json>): Json {
  const s = embed(schema);
  const props = (s.properties ?? {}) as Json;
  return { ...s, properties: { type: { const: name }, ...props } };
}

function detectorInstanceSchema(): Json {
  const types = DETECTOR_TYPES as Record<string, DetectorType>;
  const names = Object.keys(types).sort();
  return {
    type: 'object',
    description: 'A named detector instance: `type` picks the detector from the registry; the other keys are its parameters.',
    required: ['type'],
    properties: { type: { enum: names } },
    allOf: names.map((n) => ({
      if: { properties: { type: { const: n } }, required: ['type'] },
      then: withTypeKey(n, types[n].schema as Json),
    })),
  };
}

const findingRuleSchema: Json = {
  type: 'object',
  additionalProperties: false,
  required: ['action'],
  properties: {
    action: { enum: [...FINDING_ACTIONS] },
    threshold: { type: 'number', minimum: 0, maximum: 1 },
    style: { enum: [...REDACTION_STYLES] },
    keep: { type: 'integer', minimum: 1, maximum: 64 },
  },
};

const phaseSchema: Json = {
  type: 'object',
  additionalProperties: false,
  properties: {
    detectors: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: NAME_PATTERN } },
    findings: {
      type: 'object',
      description: 'Outcome per finding: key = a finding TYPE (upper case), a detector instance name (lower case: any finding of that detector), or `*` (anything else).',
      propertyNames: { pattern: '^(\\*|[A-Z][A-Z0-9_]{0,62}|[a-z][a-z0-9_-]{0,62})$' },
      additionalProperties: findingRuleSchema,
    },
  },
};

const stringList: Json = { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'string', minLength: 1, maxLength: 512 } };

const matchSchema: Json = {
  type: 'object',
  additionalProperties: false,
  properties: {
    hosts: stringList,
    paths: stringList,
    methods: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Z]+$' } },
    headers: {
      type: 'object',
      propertyNames: { pattern: HEADER_NAME_PATTERN },
      additionalProperties: { type: 'string', maxLength: 512 },
    },
    identities: stringList,
    tenants: stringList,
    roles: stringList,
  },
};

function ruleBodyProperties(): Json {
  const onFailure: Json = {};
  for (const k of FAILURE_KINDS) onFailure[k] = { enum: ['deny', 'allow'] };
  return {
    mode: { enum: ['enforce', 'monitor'] },
    format: { enum: ['auto', ...API_FORMATS] },
    request: phaseSchema,
    response: phaseSchema,
    tools: embed(TOOLS_SCHEMA as Json),
    budgets: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max_body_bytes: { type: 'integer', minimum: 1 },
        max_messages: { type: 'integer', minimum: 1 },
        max_prompt_tokens: { type: 'integer', minimum: 1 },
      },
    },
    on_failure: { type: 'object', additionalProperties: false, properties: onFailure },
    deny_status: { type: 'integer', minimum: 400, maximum: 599 },
    stream_block: { enum: ['error_event', 'reset'] },
    audit: {
      type: 'object',
      additionalProperties: false,
      properties: { capture: { enum: [...AUDIT_CAPTURES] } },
    },
  };
}

const identitySourceSchema: Json = {
  type: 'object',
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  properties: {
    header: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { type: 'string', pattern: HEADER_NAME_PATTERN },
        tenant_header: { type: 'string', pattern: HEADER_NAME_PATTERN },
        roles_header: { type: 'string', pattern: HEADER_NAME_PATTERN },
      },
    },
    xfcc: {
      type: 'object',
      additionalProperties: false,
      properties: {
        header: { type: 'string', pattern: HEADER_NAME_PATTERN },
        tenant_header: { type: 'string', pattern: HEADER_NAME_PATTERN },
        roles_header: { type: 'string', pattern: HEADER_NAME_PATTERN },
      },
    },
    jwt: {
      type: 'object',
      additionalProperties: false,
      properties: {
        namespace: { type: 'string', minLength: 1 },
        payload_key: { type: 'string', minLength: 1 },
        principal_claim: { type: 'string', minLength: 1 },
        tenant_claim: { type: 'string', minLength: 1 },
        roles_claim: { type: 'string', minLength: 1 },
      },
    },
    peer: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tenant_header: { type: 'string', pattern: HEADER_NAME_PATTERN },
        roles_header: { type: 'string', pattern: HEADER_NAME_PATTERN },
      },
    },
  },
};

/** Build the policy JSON Schema (draft 2020-12) from the live registries. Pure; call once per process. */
export function buildPolicySchema(): Json {
  const body = ruleBodyProperties();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://llm-boundary.dev/schema/policy.schema.json',
    title: 'llm-boundary policy',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'default'],
    // `x-` keys are ignored: a place for YAML anchors shared by rules (`x-common: &common`).
    patternProperties: { '^x-': true },
    properties: {
      version: { const: 1 },
      description: { type: 'string' },
      settings: {
        type: 'object',
        additionalProperties: false,
        properties: {
          decision_header: { type: 'string', pattern: HEADER_NAME_PATTERN },
          hmac_key_env: { type: 'string', pattern: '^[A-Z_][A-Z0-9_]*$' },
        },
      },
      identity: { type: 'array', items: identitySourceSchema },
      detectors: {
        type: 'object',
        propertyNames: { pattern: NAME_PATTERN },
        additionalProperties: detectorInstanceSchema(),
      },
      default: { type: 'object', additionalProperties: false, properties: { description: { type: 'string' }, ...body } },
      rules: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'match'],
          properties: {
            id: { type: 'string', pattern: RULE_ID_PATTERN },
            description: { type: 'string' },
            match: matchSchema,
            ...body,
          },
        },
      },
      shadow: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        maxProperties: 1,
        properties: {
          file: { type: 'string', minLength: 1 },
          policy: { $ref: '#' },
        },
      },
    },
  };
}
