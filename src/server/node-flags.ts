// Node/V8 command-line flags the server is meant to run with. They must be given on node's own command
// line (V8 reads them when the heap is created, and Node refuses them in NODE_OPTIONS), so they are
// repeated where the server is started: package.json `start`, the Dockerfile ENTRYPOINT and the
// benchmark harness, which import or are checked against this list (test/server/node-flags.test.ts).
//
// --initial-old-space-size: a floor under V8's old-generation limit. Streamed responses keep each
// event until its text is decided (the hold-back), long enough to be promoted out of the young
// generation; with V8's default limit (a small factor over a ~35 MB live heap) that promotion started a
// full mark-compact about every 2 s at 20,000 streamed chunks/s, and each one stalls the single-threaded
// server for 10-20 ms (incremental-marking start, concurrent marking on the same core, the final
// pause): 33 full collections per minute and a per-chunk p99 of 16-18 ms instead of ~3. With a 160 MB
// floor: 3-4 per minute (BENCHMARKS.md finding 9). Cost: the heap may hold up to ~160 MB of garbage
// before a full collection; a heap whose live size is larger (thousands of open streams) is sized by
// V8's own rule as before.
export const SERVER_NODE_FLAGS: readonly string[] = Object.freeze(['--initial-old-space-size=160']);
