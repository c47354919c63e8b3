// All Prometheus metrics, prefix llm_boundary_. Label values come from closed sets only (phases,
// actions, reason codes, entity types known to the detector registry, error codes) — never from
// request content, identities or paths.
import client from 'prom-client';
import { HotCounter, HotHistogram } from './hot-metrics.ts';

export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: 'llm_boundary_process_' });

const r = [registry];

export const decisions = new client.Counter({
  name: 'llm_boundary_decisions_total',
  help: 'Decisions by phase, enforced action and reason code.',
  labelNames: ['phase', 'action', 'reason', 'mode'] as const,
  registers: r,
});

// The three per-message series (observed for every ext_proc message, i.e. every streamed chunk) are
// hot-metrics: bind a label set once with .child(...) and observe the cell (hot-metrics.ts).
export const phaseDuration = new HotHistogram({
  name: 'llm_boundary_processing_seconds',
  help: 'Time to produce the reply for one ext_proc message or ext_authz check, by phase.',
  labelNames: ['phase'] as const,
  buckets: [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5],
  registers: r,
});

export const chunkDuration = new HotHistogram({
  name: 'llm_boundary_chunk_processing_seconds',
  help: 'Time to process one streamed body chunk, by direction.',
  labelNames: ['direction'] as const,
  buckets: [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05],
  registers: r,
});

export const activeStreams = new client.Gauge({
  name: 'llm_boundary_active_streams',
  help: 'Open ext_proc streams.',
  registers: r,
});

export const bodyBytes = new HotCounter({
  name: 'llm_boundary_body_bytes_total',
  help: 'Body bytes received from Envoy, by direction.',
  labelNames: ['direction'] as const,
  registers: r,
});

export const protocolErrors = new client.Counter({
  name: 'llm_boundary_protocol_errors_total',
  help: 'Protocol misuse or malformed messages, by kind.',
  labelNames: ['kind'] as const,
  registers: r,
});

export const failOpen = new client.Counter({
  name: 'llm_boundary_fail_open_total',
  help: 'Traffic let through unscanned or unenforced because policy chose fail-open, by reason.',
  labelNames: ['reason'] as const,
  registers: r,
});

export const scanCacheLookups = new client.Counter({
  name: 'llm_boundary_scan_cache_lookups_total',
  help: 'Segment verdict cache lookups of identified callers, by result (hit: not rescanned; miss: scanned and stored).',
  labelNames: ['result'] as const,
  registers: r,
});

export const scanCacheEntries = new client.Gauge({
  name: 'llm_boundary_scan_cache_entries',
  help: 'Entries in the segment verdict cache.',
  registers: r,
});

export const scanPoolJobs = new client.Counter({
  name: 'llm_boundary_scan_pool_jobs_total',
  help: 'Buffered scan units offered to the detector worker pool, by outcome (done: scanned in a worker; deadline: the scan budget ran out first; worker_lost: the worker died; inline_busy / inline_cold: scanned on the main thread because every ready worker was busy, or none had built the detectors yet).',
  labelNames: ['outcome'] as const,
  registers: r,
});

export const scanPoolWorkers = new client.Gauge({
  name: 'llm_boundary_scan_pool_workers',
  help: 'Detector worker threads running.',
  registers: r,
});

export const findings = new client.Counter({
  name: 'llm_boundary_findings_total',
  help: 'Detector findings by phase, detector, entity type and the action policy chose.',
  labelNames: ['phase', 'detector', 'type', 'action'] as const,
  registers: r,
});

export const redactions = new client.Counter({
  name: 'llm_boundary_redactions_total',
  help: 'Spans redacted, by phase and entity type.',
  labelNames: ['phase', 'type'] as const,
  registers: r,
});

export const toolDecisions = new client.Counter({
  name: 'llm_boundary_tool_decisions_total',
  help: 'Tool governance decisions by API and action.',
  labelNames: ['api', 'action'] as const,
  registers: r,
});

export const approvals = new client.Counter({
  name: 'llm_boundary_approvals_total',
  help: 'Approval lifecycle events (requested, granted, rejected, consumed, expired).',
  labelNames: ['event'] as const,
  registers: r,
});

export const policyReloadErrors = new client.Counter({
  name: 'llm_boundary_policy_reload_errors_total',
  help: 'Policy reloads rejected (the previous policy stays live).',
  registers: r,
});

export const policyReloads = new client.Counter({
  name: 'llm_boundary_policy_reloads_total',
  help: 'Policies loaded and made live.',
  registers: r,
});

export const policyInfo = new client.Gauge({
  name: 'llm_boundary_policy_info',
  help: 'The live policy version (value 1) and the shadow candidate (role="shadow").',
  labelNames: ['version', 'role'] as const,
  registers: r,
});

export const shadowDisagreements = new client.Counter({
  name: 'llm_boundary_shadow_disagreements_total',
  help: 'Exchanges where the shadow policy decided differently, by phase, live action and shadow action.',
  labelNames: ['phase', 'live', 'shadow'] as const,
  registers: r,
});

export const auditRecords = new client.Counter({
  name: 'llm_boundary_audit_records_total',
  help: 'Audit records by outcome (written, rejected, dropped).',
  labelNames: ['outcome'] as const,
  registers: r,
});

export const auditBacklog = new client.Gauge({
  name: 'llm_boundary_audit_queue_depth',
  help: 'Audit records accepted but not yet persisted.',
  registers: r,
});

export const auditStoreUp = new client.Gauge({
  name: 'llm_boundary_audit_store_up',
  help: '1 when the audit store accepts writes.',
  registers: r,
});

export const detectorErrors = new client.Counter({
  name: 'llm_boundary_detector_errors_total',
  help: 'Detector failures and timeouts, by detector and kind.',
  labelNames: ['detector', 'kind'] as const,
  registers: r,
});

export const rejectedStreams = new client.Counter({
  name: 'llm_boundary_rejected_streams_total',
  help: 'Streams refused before processing, by reason (capacity, draining, message_too_large).',
  labelNames: ['reason'] as const,
  registers: r,
});
