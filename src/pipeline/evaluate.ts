// Evaluate one HTTP exchange against a given policy without Envoy: the same Exchange code the server
// runs, driven in BUFFERED mode (event-stream responses go through the stream engine in one chunk).
// Used by `llm-boundary policy test` and by tests. No audit store, in-memory approvals.
import type { CompiledPolicy } from '../policy/types.ts';
import type { ExchangeInput, ExchangeOutcome } from '../policy/testing.ts';
import { MemoryApprovalStore } from '../tools/index.ts';
import { MemoryVault } from '../redaction/index.ts';
import type { AuditRecord, AuditSink } from '../audit/types.ts';
import { PipelineExchange } from './exchange.ts';
import { PIPELINE_LIMITS } from './index.ts';
import type { HeaderList, PhaseResult } from './types.ts';

/** An audit sink that keeps records in memory (tests, policy test). */
export class MemoryAuditSink implements AuditSink {
  readonly records: AuditRecord[] = [];
  append(record: AuditRecord): boolean {
    this.records.push(record);
    return true;
  }
  healthy(): boolean {
    return true;
  }
  async flush(): Promise<void> {}
  async close(): Promise<void> {}
}

function headerList(pseudo: [string, string][], headers: Record<string, string>): HeaderList {
  const out = [...pseudo];
  for (const [k, v] of Object.entries(headers)) out.push([k.toLowerCase(), v]);
  return out;
}

export async function evaluateExchange(policy: CompiledPolicy, input: ExchangeInput): Promise<ExchangeOutcome> {
  const approvals = new MemoryApprovalStore();
  const ex = new PipelineExchange(
    {
      currentPolicy: () => policy,
      audit: new MemoryAuditSink(),
      approvals,
      vault: new MemoryVault(),
      maxHeldBytes: PIPELINE_LIMITS.maxHeldBytes,
      maxEventBytes: PIPELINE_LIMITS.maxEventBytes,
    },
    { metadata: input.metadata ?? {}, observability: false, peerPrincipal: input.peerPrincipal },
  );
  const r = input.request;
  const deniedOf = (p: PhaseResult) => (p.kind === 'deny' ? { status: p.status, body: p.body } : p.kind === 'reset' ? { status: 0, body: Buffer.alloc(0) } : undefined);
  try {
    const hasBody = r.body.length > 0;
    let p = await ex.requestHeaders(headerList([[':method', r.method], [':path', r.path], [':authority', r.host ?? 'localhost'], [':scheme', 'http']], r.headers), !hasBody);
    let requestBody: Buffer | undefined;
    if (p.kind === 'continue' && hasBody) {
      p = await ex.requestBody(r.body, true, 'BUFFERED');
      if (p.kind === 'continue' && p.body !== undefined) requestBody = p.body;
    }
    const denied = deniedOf(p);
    if (denied !== undefined || input.response === undefined) {
      return { request: ex.requestDecision!, requestBody, denied };
    }
    const s = input.response;
    const eos = s.body.length === 0;
    let q = await ex.responseHeaders(headerList([[':status', String(s.status)]], s.headers), eos);
    let responseBody: Buffer | undefined;
    if (q.kind === 'continue' && !eos) {
      const mode = q.responseBodyMode === 'STREAMED' ? 'STREAMED' : 'BUFFERED';
      q = await ex.responseBody(s.body, true, mode);
      if (q.kind === 'continue') responseBody = q.body ?? s.body;
    }
    return { request: ex.requestDecision!, response: ex.responseDecision, requestBody, responseBody, denied: deniedOf(q) };
  } finally {
    ex.close('complete');
    await approvals.close();
  }
}
