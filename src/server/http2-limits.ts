// HTTP/2 transport limits of the gRPC listener that grpc-js does not expose as options.
//
// Node (nghttp2) rate-limits RST_STREAM frames received from a peer (the HTTP/2 "rapid reset"
// mitigation, CVE-2023-44487): burst 1000, then 33 per second per connection; past it the whole
// session is torn down with GOAWAY(INTERNAL_ERROR). Envoy ends EVERY ext_proc stream with a reset
// (half-close, then cancel) and multiplexes all streams on one connection, so any sustained rate
// above 33 exchanges/s per Envoy connection hit that limit after ~1000 exchanges and failed every
// exchange in flight on the connection (a 500 with failure_mode_allow false). The limit is raised
// to a rate well above this server's throughput; concurrency stays bounded by --max-streams.
import type * as grpc from '@grpc/grpc-js';

/** RST_STREAM frames a peer may send in a burst, and per second after it. */
export const STREAM_RESET_BURST = 100_000;
export const STREAM_RESET_RATE = 20_000;

/**
 * Applies the limits above to every listener the server binds later (call before bindAsync).
 * grpc-js passes its private `commonServerOptions` to http2.createServer / createSecureServer;
 * when that internal changes shape this is a no-op and returns false (covered by a test).
 */
export function applyHttp2Limits(server: grpc.Server): boolean {
  const common = (server as unknown as { commonServerOptions?: Record<string, unknown> }).commonServerOptions;
  if (common === null || typeof common !== 'object') return false;
  common.streamResetBurst = STREAM_RESET_BURST;
  common.streamResetRate = STREAM_RESET_RATE;
  return true;
}
