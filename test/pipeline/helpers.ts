// The embedded default policy behind the real gRPC server and the Envoy-faithful client, with BUFFERED
// bodies both ways (the path segment scanning and the verdict cache serve). Shared by the pipeline tests.
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { startTestServer, type TestServer } from '../server/helpers.ts';
import { assemblePipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { loadEmbeddedPolicy } from '../../src/policy/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';
import type { ScanCache } from '../../src/pipeline/scan-cache.ts';
import type { ScanPool } from '../../src/pipeline/scan-pool.ts';

export interface DefaultPolicyServer {
  readonly srv: TestServer;
  readonly client: EnvoyExtProcClient;
  readonly audit: MemoryAuditSink;
  close(): Promise<void>;
}

export async function startDefaultPolicy(opts: { hmacKeyByte: number; scanCache?: ScanCache; scanPool?: ScanPool }): Promise<DefaultPolicyServer> {
  const audit = new MemoryAuditSink();
  const policy = loadEmbeddedPolicy({ hmacKey: Buffer.alloc(32, opts.hmacKeyByte) });
  const pipeline = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore(), ...(opts.scanCache ? { scanCache: opts.scanCache } : {}), ...(opts.scanPool ? { scanPool: opts.scanPool } : {}) });
  const srv = await startTestServer(pipeline.factory);
  const client = new EnvoyExtProcClient({
    target: srv.target,
    allowModeOverride: true,
    messageTimeoutMs: 5000,
    processingMode: { request_header_mode: 'SEND', response_header_mode: 'SEND', request_body_mode: 'BUFFERED', response_body_mode: 'BUFFERED' },
  });
  return {
    srv,
    client,
    audit,
    async close() {
      client.close();
      await srv.close();
      await pipeline.close();
    },
  };
}
