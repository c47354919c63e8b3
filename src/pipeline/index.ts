// Wires the process-wide collaborators (live policy, audit sink, approval store) into the pipeline the
// server runs: an ExchangeFactory for ext_proc streams, an authorizer for ext_authz Checks, admin
// routes (audit query, approvals) and readiness. Lifetime: the process; close() on shutdown flushes
// the audit queue.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { ServeOptions } from '../config/options.ts';
import { MemoryVault, RedisVault, type PlaceholderVault } from '../redaction/index.ts';
import { createAuditSink, type ManagedAuditSink } from '../audit/writer.ts';
import { auditRoutes } from '../audit/routes.ts';
import { PolicyStore } from '../policy/watch.ts';
import { createApprovalStore, approvalRoutes, type ApprovalStore } from '../tools/index.ts';
import type { AdminRoute } from '../server/admin.ts';
import type { Authorize } from '../server/authz.ts';
import { auditStoreUp } from '../observability/metrics.ts';
import { PipelineExchange, type ExchangeDeps } from './exchange.ts';
import { createAuthorizer } from './authorize.ts';
import type { ExchangeFactory } from './types.ts';
import type { AuditSink } from '../audit/types.ts';
import type { CompiledPolicy } from '../policy/types.ts';
import { ScanCache } from './scan-cache.ts';
import { ScanPool } from './scan-pool.ts';
import type { Detector } from '../core/types.ts';

/** The live policy source (a PolicyStore, or a fixed policy in tests). */
export interface PolicySource {
  current(): CompiledPolicy;
  close(): void;
  /** Subscribe to policy swaps (PolicyStore); returns an unsubscribe function. Absent: the policy never changes. */
  onChange?(listener: (policy: CompiledPolicy) => void): () => void;
}

/**
 * Every detector instance of a policy's rules and default rule (for warming the scan pool). A shadow
 * policy's detectors are left out: shadow evaluation scans synchronously on the main thread.
 */
export function policyDetectors(policy: CompiledPolicy): Detector[] {
  const out = new Set<Detector>();
  for (const rule of [...(policy.rules ?? []), ...(policy.defaultRule !== undefined ? [policy.defaultRule] : [])]) {
    for (const d of rule.request.detectors) out.add(d);
    for (const d of rule.response.detectors) out.add(d);
  }
  return [...out];
}

export interface Pipeline {
  readonly factory: ExchangeFactory;
  readonly authorize: Authorize;
  readonly adminRoutes: readonly AdminRoute[];
  readonly policies: PolicySource;
  readonly audit: AuditSink;
  readonly approvals: ApprovalStore;
  ready(): boolean;
  close(): Promise<void>;
}

/** Defaults that are not policy: hard caps protecting the process whatever a policy says. */
export const PIPELINE_LIMITS = Object.freeze({
  /** Most bytes one exchange may hold for one body (policy max_body_bytes is capped by this). */
  maxHeldBytes: 16 * 1024 * 1024,
  /** Largest single SSE event. */
  maxEventBytes: 1024 * 1024,
});

export interface PipelineParts {
  readonly policies: PolicySource;
  readonly audit: AuditSink;
  /** The store behind the audit sink, for the GET /audit route (null: no query route data). */
  readonly auditStore?: ManagedAuditSink['store'];
  readonly approvals: ApprovalStore;
  /** Placeholder vault (default: in memory). */
  readonly vault?: PlaceholderVault;
  /** Detector time budget per buffered body (see ExchangeDeps.scanBudgetMs). */
  readonly scanBudgetMs?: number;
  /** Segment verdict cache (see ExchangeDeps.scanCache); absent = none. */
  readonly scanCache?: ScanCache;
  /** Detector worker pool (see ExchangeDeps.scanPool); absent = none. Warmed with the live policy here and closed with the pipeline. */
  readonly scanPool?: ScanPool;
}

/** Assemble a pipeline from already-built parts (tests and `policy test` use this directly). */
export function assemblePipeline(parts: PipelineParts): Pipeline {
  const deps: ExchangeDeps = {
    currentPolicy: () => parts.policies.current(),
    audit: parts.audit,
    approvals: parts.approvals,
    vault: parts.vault ?? new MemoryVault(),
    scanBudgetMs: parts.scanBudgetMs,
    ...(parts.scanCache !== undefined ? { scanCache: parts.scanCache } : {}),
    ...(parts.scanPool !== undefined ? { scanPool: parts.scanPool } : {}),
    maxHeldBytes: PIPELINE_LIMITS.maxHeldBytes,
    maxEventBytes: PIPELINE_LIMITS.maxEventBytes,
  };
  const pool = parts.scanPool;
  let unwatch: (() => void) | null = null;
  if (pool !== undefined) {
    pool.warm(policyDetectors(parts.policies.current()));
    unwatch = parts.policies.onChange?.((p) => pool.warm(policyDetectors(p))) ?? null;
  }
  const factory: ExchangeFactory = { create: (start) => new PipelineExchange(deps, start) };
  const routes: AdminRoute[] = [...auditRoutes(parts.auditStore ?? null), ...approvalRoutes(parts.approvals)];
  return {
    factory,
    authorize: createAuthorizer(deps),
    adminRoutes: routes,
    policies: parts.policies,
    audit: parts.audit,
    approvals: parts.approvals,
    ready() {
      const up = parts.audit.healthy();
      auditStoreUp.set(up ? 1 : 0);
      // An unhealthy audit store only makes us unready when the live policy fails closed on it.
      return up || parts.policies.current().select(EMPTY_FACTS).onFailure.audit_unavailable === 'allow';
    },
    async close() {
      unwatch?.();
      parts.policies.close();
      await pool?.close();
      await parts.audit.close();
      await parts.approvals.close();
      await deps.vault.close?.();
    },
  };
}

const EMPTY_FACTS = { host: '', path: '/', method: 'GET', headers: new Map<string, string>(), identity: { source: 'none' as const, roles: [] } };

function auditSpec(o: ServeOptions): string {
  const s = o.auditStore;
  return s.kind === 'none' ? 'none' : s.kind === 'sqlite' ? `sqlite:${s.path}` : s.url;
}

/** The pipeline `llm-boundary serve` runs. */
export async function createPipeline(options: ServeOptions): Promise<Pipeline> {
  const policies = new PolicyStore(options.policyFile !== undefined ? { file: options.policyFile } : {});
  const audit = await createAuditSink(auditSpec(options), { keyPath: options.auditKeyFile });
  const state = options.stateStore;
  const approvals = createApprovalStore(state.kind === 'memory' ? 'memory' : state.url);
  const vault = state.kind === 'memory'
    ? new MemoryVault()
    : new RedisVault({ redis: new Redis(state.url, { lazyConnect: false, maxRetriesPerRequest: 2 }), key: vaultKey(), ownsClient: true });
  // Detectors stop early enough that the policy's detector_timeout answer beats the server's own
  // per-message deadline (--deadline-ms), which in turn stays under Envoy's message_timeout.
  const scanBudgetMs = Math.max(10, Math.floor(options.deadlineMs * 0.8));
  const scanCache = options.scanCacheEntries > 0 ? new ScanCache({ maxEntries: options.scanCacheEntries, minChars: options.scanCacheMinChars }) : undefined;
  const scanPool = options.scanWorkers > 0 ? new ScanPool({ workers: options.scanWorkers, minChars: options.scanWorkerMinChars }) : undefined;
  return assemblePipeline({
    policies, audit, auditStore: audit.store, approvals, vault, scanBudgetMs,
    ...(scanCache !== undefined ? { scanCache } : {}),
    ...(scanPool !== undefined ? { scanPool } : {}),
  });
}

/**
 * The placeholder vault's 32-byte key: LLM_BOUNDARY_VAULT_KEY (64 hex characters) so replicas share
 * it; without it a random per-process key (placeholders then cannot be restored by other replicas).
 */
function vaultKey(): Buffer {
  const hex = process.env.LLM_BOUNDARY_VAULT_KEY;
  // Buffer.from(…, 'hex') stops at the first non-hex pair, so 32 decoded bytes means 64 hex digits.
  if (hex !== undefined && hex.length === 64 && Buffer.from(hex, 'hex').length === 32) return Buffer.from(hex, 'hex');
  if (hex !== undefined) throw new Error('LLM_BOUNDARY_VAULT_KEY must be 64 hexadecimal characters');
  return randomBytes(32);
}
