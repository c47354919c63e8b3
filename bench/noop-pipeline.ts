// The benchmark floor: a pipeline module whose Exchange continues every phase at once (no parsing, no
// detectors, no audit) and whose authorizer allows every Check. Loaded by the real `serve` command
// through LLM_BOUNDARY_PIPELINE_MODULE, so the floor runs the same gRPC server, stream processor,
// envelopes, deadlines and metrics as the product; only the per-exchange work is removed.
// Lifetime: one per server process.
import type { Exchange, ExchangeFactory, PhaseResult } from '../src/pipeline/types.ts';
import type { Authorize } from '../src/server/authz.ts';

const CONTINUE: PhaseResult = Object.freeze({ kind: 'continue' });
const done = Promise.resolve(CONTINUE);

/** An Exchange that changes nothing. */
class NoopExchange implements Exchange {
  readonly decisionId = 'noop';
  requestHeaders(): Promise<PhaseResult> { return done; }
  requestBody(): Promise<PhaseResult> { return done; }
  requestTrailers(): Promise<PhaseResult> { return done; }
  responseHeaders(): Promise<PhaseResult> { return done; }
  // Synchronous like the product's per-chunk streaming path (the Exchange contract allows it for
  // responseBody), so the floor stays the lower bound of what a STREAMED chunk can cost.
  responseBody(): PhaseResult { return CONTINUE; }
  responseTrailers(): Promise<PhaseResult> { return done; }
  onDeadline(): PhaseResult { return CONTINUE; }
  onError(): PhaseResult { return CONTINUE; }
  close(): void {}
}

export const noopFactory: ExchangeFactory = { create: () => new NoopExchange() };

export const noopAuthorize: Authorize = async () => ({ allowed: true, headers: [] });

/** Same signature as src/pipeline/index.ts createPipeline (the serve command calls it). */
export function createPipeline() {
  return {
    factory: noopFactory,
    authorize: noopAuthorize,
    adminRoutes: [],
    ready: () => true,
    close: async () => {},
  };
}
