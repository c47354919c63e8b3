// Remote classifier adapter: lets an operator add a model served elsewhere (for example Llama Prompt
// Guard 2 behind Hugging Face text-embeddings-inference, or any HTTP classifier) as a detector. It is
// asynchronous, so it runs on request bodies and buffered responses only, never per streamed chunk.
// Each call has a timeout; consecutive failures open a circuit breaker for a cool-down so a dead
// classifier costs nothing per request. Failures surface as GuardError 'detector_timeout', which the
// pipeline maps to the policy's detector_timeout action (deny by default; allow is counted as
// fail-open). No text is logged; only the detector id and failure kind are counted.
import { GuardError } from '../core/errors.ts';
import type { DetectionContext, Detector, Finding, Role } from '../core/types.ts';
import { detectorErrors } from '../observability/metrics.ts';

export interface RemoteClassifierConfig {
  readonly id: string;
  readonly url: string;
  /** Request/response protocol: 'simple' {text,role,kind,direction} -> {score}; 'tei' {inputs} -> [{label,score}]. */
  readonly protocol: 'simple' | 'tei';
  /** For 'tei': the label whose score is the attack probability (e.g. MALICIOUS, INJECTION, LABEL_1). */
  readonly label?: string;
  /** Finding type emitted (untrusted segments get the INDIRECT_ prefix when the type is PROMPT_INJECTION). */
  readonly type: string;
  readonly timeoutMs: number;
  /** Only scan segments with these roles (untrusted segments are always scanned). */
  readonly roles: readonly Role[];
  /** Text sent per call is cut to this many characters (head and tail kept). */
  readonly maxChars: number;
  /** Consecutive failures that open the breaker, and how long it stays open. */
  readonly failureThreshold: number;
  readonly openMs: number;
  readonly headers?: Readonly<Record<string, string>>;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const half = Math.floor(max / 2);
  return text.slice(0, half) + '\n' + text.slice(text.length - half);
}

function scoreOf(cfg: RemoteClassifierConfig, body: unknown): number {
  if (cfg.protocol === 'simple') {
    const s = (body as { score?: unknown })?.score;
    if (typeof s === 'number' && s >= 0 && s <= 1) return s;
    throw new Error('response has no score in [0,1]');
  }
  // TEI returns [{label, score}, …] or [[{label, score}, …]] for a single input.
  let list: unknown = body;
  if (Array.isArray(list) && Array.isArray(list[0])) list = list[0];
  if (!Array.isArray(list)) throw new Error('response is not a label list');
  const want = (cfg.label ?? '').toUpperCase();
  for (const e of list as { label?: unknown; score?: unknown }[]) {
    if (typeof e?.label === 'string' && e.label.toUpperCase() === want && typeof e.score === 'number') return e.score;
  }
  throw new Error(`label ${cfg.label} not in response`);
}

export function createRemoteClassifier(cfg: RemoteClassifierConfig): Detector {
  let failures = 0;
  let openUntil = 0;
  const fail = (kind: 'timeout' | 'error' | 'circuit_open', message: string): never => {
    detectorErrors.inc({ detector: cfg.id, kind });
    throw new GuardError('detector_timeout', `remote classifier ${cfg.id}: ${message}`);
  };
  return {
    id: cfg.id,
    maxMatchLength: 0,
    spanwise: false,
    scan: () => [],
    async scanAsync(text: string, ctx: DetectionContext): Promise<Finding[]> {
      if (text.length === 0 || (!ctx.untrusted && !cfg.roles.includes(ctx.role))) return [];
      if (Date.now() < openUntil) fail('circuit_open', 'circuit open after repeated failures');
      const payload = cfg.protocol === 'simple'
        ? { text: clip(text, cfg.maxChars), role: ctx.role, kind: ctx.kind, direction: ctx.direction, untrusted: ctx.untrusted }
        : { inputs: clip(text, cfg.maxChars) };
      let score: number;
      try {
        const res = await fetch(cfg.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...cfg.headers },
          body: JSON.stringify(payload),
          signal: AbortSignal.timeout(cfg.timeoutMs),
        });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        score = scoreOf(cfg, await res.json());
        failures = 0;
      } catch (err) {
        failures++;
        if (failures >= cfg.failureThreshold) {
          openUntil = Date.now() + cfg.openMs;
          failures = 0;
        }
        const e = err as Error;
        return fail(e.name === 'TimeoutError' || e.name === 'AbortError' ? 'timeout' : 'error', e.name === 'TimeoutError' ? `no answer within ${cfg.timeoutMs} ms` : e.message);
      }
      const type = ctx.untrusted && cfg.type === 'PROMPT_INJECTION' ? 'INDIRECT_PROMPT_INJECTION' : cfg.type;
      return [{ detector: cfg.id, type, start: 0, end: text.length, score, explanation: `remote classifier ${cfg.id}` }];
    },
  };
}

/** JSON Schema of the `remote_classifier` detector parameters. */
export const REMOTE_CLASSIFIER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  properties: {
    url: { type: 'string', pattern: '^https?://' },
    protocol: { type: 'string', enum: ['simple', 'tei'] },
    label: { type: 'string', minLength: 1 },
    finding_type: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
    timeout_ms: { type: 'integer', minimum: 1, maximum: 10000 },
    roles: { type: 'array', items: { type: 'string', enum: ['system', 'developer', 'user', 'assistant', 'tool', 'none'] } },
    max_chars: { type: 'integer', minimum: 64, maximum: 1000000 },
    failure_threshold: { type: 'integer', minimum: 1 },
    open_ms: { type: 'integer', minimum: 0 },
    headers: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const;

export function remoteClassifierFromParams(id: string, p: Record<string, unknown>): Detector {
  return createRemoteClassifier({
    id,
    url: p.url as string,
    protocol: (p.protocol as 'simple' | 'tei' | undefined) ?? 'simple',
    label: p.label as string | undefined,
    type: (p.finding_type as string | undefined) ?? 'PROMPT_INJECTION',
    timeoutMs: (p.timeout_ms as number | undefined) ?? 100,
    roles: (p.roles as Role[] | undefined) ?? ['user'],
    maxChars: (p.max_chars as number | undefined) ?? 8000,
    failureThreshold: (p.failure_threshold as number | undefined) ?? 5,
    openMs: (p.open_ms as number | undefined) ?? 30000,
    headers: p.headers as Record<string, string> | undefined,
  });
}
