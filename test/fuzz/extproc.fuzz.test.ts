// Protocol fuzzing of the real ext_proc server running the real pipeline: the committed corpus
// (test/fuzz/corpus/*.json) is replayed on every run, then fast-check generates plausible exchanges
// and mutates them (wrong order, missing oneof, duplicates, huge headers, invalid UTF-8, random
// chunking, early end_of_stream, cancel mid-stream, slow reading). Invariants: no unhandled
// rejection or exception, every reply well-formed and in order, no INTERNAL/UNKNOWN status, the
// stream registry (ExtProcServer.openStreams) back to 0 after every call, and the server still
// answers a normal exchange afterwards. A failing fast-check run prints its seed and path; add the
// shrunk case to the corpus as a JSON file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import * as grpc from '@grpc/grpc-js';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { clientConstructor } from '../../src/server/protos.ts';
import { defaultPolicy, startRealServer, until, type RealServer } from '../reliability/helpers.ts';
import { caseProblems, fuzzCase, loadCorpus, playCase, type FuzzCase, type Wire } from './gen.ts';

const problems: string[] = [];
const onRejection = (err: unknown): void => {
  problems.push(`unhandledRejection: ${err instanceof Error ? err.stack : String(err)}`);
};
const onException = (err: unknown): void => {
  problems.push(`uncaughtException: ${err instanceof Error ? err.stack : String(err)}`);
};

let patterns: RealServer;
let embeddedServer: RealServer | undefined;
let clients: EnvoyExtProcClient[] = [];

before(async () => {
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  patterns = await startRealServer();
});

/** The server with the embedded default policy, started on first use. */
async function embedded(): Promise<RealServer> {
  embeddedServer ??= await startRealServer({ policy: defaultPolicy() });
  return embeddedServer;
}

after(async () => {
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtException', onException);
  for (const c of clients) c.close();
  await patterns?.close();
  await embeddedServer?.close();
});

function opener(srv: RealServer): () => grpc.ClientDuplexStream<Wire, Wire> {
  const c = new EnvoyExtProcClient({ target: srv.target });
  clients.push(c);
  return () => c.rawCall() as grpc.ClientDuplexStream<Wire, Wire>;
}

async function runCase(srv: RealServer, open: () => grpc.ClientDuplexStream<Wire, Wire>, c: FuzzCase): Promise<string[]> {
  const outcome = await playCase(open, c);
  const p = caseProblems(c, outcome);
  // No leaked stream state: the server releases the stream once the call is over.
  try {
    await until(() => srv.extproc.openStreams === 0, 5000, 'openStreams === 0');
  } catch {
    p.push(`stream state leaked: ${srv.extproc.openStreams} open after the call ended`);
  }
  return p;
}

async function normalExchangeWorks(srv: RealServer): Promise<void> {
  const c = new EnvoyExtProcClient({
    target: srv.target,
    processingMode: { request_header_mode: 'SEND', response_header_mode: 'SEND', request_body_mode: 'BUFFERED', response_body_mode: 'STREAMED' },
    allowModeOverride: true,
    messageTimeoutMs: 10_000,
  });
  try {
    const body = JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'card 4111111111111111 please' }] });
    const r = await c.exchange(
      { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body },
      () => ({ status: 200, headers: [['content-type', 'application/json']], body: '{"choices":[{"index":0,"message":{"role":"assistant","content":"ok"}}]}' }),
    );
    assert.equal(r.downstream.status, 200);
    assert.ok(r.upstream, 'request reached the upstream');
    assert.ok(!r.upstream.body.toString().includes('4111111111111111'), 'the card number was redacted');
    assert.ok(r.upstream.body.toString().includes('1111'), 'partial redaction keeps the last 4');
  } finally {
    c.close();
  }
}

/**
 * fc.check with a short failure report: the seed and path to replay, the error, and a truncated
 * counterexample (generated cases can hold megabyte headers).
 */
async function check<T>(arb: fc.Arbitrary<T>, body: (v: T) => Promise<void>, params: fc.Parameters<[T]>): Promise<void> {
  const d = await fc.check(fc.asyncProperty(arb, body), params);
  if (!d.failed) return;
  const ce = JSON.stringify(d.counterexample, (_k, v: unknown) => (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer' ? `<${((v as { data: unknown[] }).data ?? []).length} bytes>` : v));
  const err = d.errorInstance instanceof Error ? d.errorInstance.message : String(d.errorInstance);
  assert.fail(`property failed (seed ${d.seed}, path "${d.counterexamplePath}"): ${err.slice(0, 1500)}\ncounterexample: ${String(ce).slice(0, 3000)}`);
}

const CORPUS = loadCorpus(path.join(import.meta.dirname, 'corpus'));

async function replayCorpus(label: string, srv: RealServer): Promise<void> {
  const open = opener(srv);
  const failures: string[] = [];
  for (const c of CORPUS) {
    const p = await runCase(srv, open, c);
    for (const x of p) failures.push(`${c.name} [${label}]: ${x}`);
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(problems, []);
  await normalExchangeWorks(srv);
}

test(`corpus replay (${CORPUS.length} cases), patterns policy`, async () => {
  await replayCorpus('patterns', patterns);
});

test(`corpus replay (${CORPUS.length} cases), embedded default policy`, async () => {
  await replayCorpus('default', await embedded());
});

test('corpus cases get their defined outcome', async () => {
  const open = opener(patterns);
  const byName = new Map(CORPUS.map((c) => [c.name!, c]));
  // Graceful ending so the server's status is seen rather than a local cancel.
  const outcome = async (n: string) => playCase(open, { ...byName.get(`${n}.json`)!, end: 'halfclose_wait' });
  assert.equal((await outcome('body-before-headers')).status?.code, grpc.status.FAILED_PRECONDITION);
  assert.equal((await outcome('missing-oneof')).status?.code, grpc.status.INVALID_ARGUMENT);
  assert.equal((await outcome('duplicate-request-headers')).status?.code, grpc.status.FAILED_PRECONDITION);
  assert.equal((await outcome('grpc-body-mode')).status?.code, grpc.status.INVALID_ARGUMENT);
  // A denied prompt is answered with an immediate_response even when Envoy closes gracefully.
  const deny = await outcome('graceful-close-after-deny');
  assert.ok(deny.replies.some((r) => r.immediate_response !== undefined));
  // Observability mode: nothing is ever sent back.
  assert.equal((await outcome('observability-mode')).replies.length, 0);
  // Deep JSON is refused by the parser's depth cap (fail closed: a local reply), not a crash.
  const deep = await outcome('deep-json');
  const ir = deep.replies.find((r) => r.immediate_response !== undefined)?.immediate_response as { status?: { code?: unknown } } | undefined;
  assert.ok(ir, 'deep JSON gets a local reply');
  // FULL_DUPLEX_STREAMED: a gzip event stream that ends in trailers without a body chunk (empty input does not
  // decompress). Body replies are M:N there, not answers (doc §3.5): the server fails closed with an error
  // event as a streamed_response that does not end the stream, then its trailers reply. (The fuzz invariant
  // "a reply only answers a phase that was sent" flagged this once, at random seeds and ten times the runs.)
  const duplex = await outcome('duplex-trailers-without-body');
  const kinds = duplex.replies.map((r) => String(r.response ?? Object.keys(r)[0]));
  assert.deepEqual(kinds, ['request_headers', 'response_headers', 'response_body', 'response_trailers']);
  const sr = (duplex.replies[2].response_body as { response: { body_mutation: { streamed_response: { body: Buffer; end_of_stream?: boolean } } } }).response.body_mutation.streamed_response;
  assert.ok(Buffer.from(sr.body).toString().startsWith('data: {"error":'), Buffer.from(sr.body).toString().slice(0, 80));
  assert.notEqual(sr.end_of_stream, true);
  assert.deepEqual(caseProblems(byName.get('duplex-trailers-without-body.json')!, duplex), []);
  await until(() => patterns.extproc.openStreams === 0);
});

test('fast-check: generated and mutated ProcessingRequest sequences (patterns policy)', async () => {
  const open = opener(patterns);
  await check(fuzzCase, async (c) => {
    const p = await runCase(patterns, open, c);
    assert.deepEqual(p, []);
  }, { numRuns: 150, seed: 0x5eed_0009, endOnFailure: true });
  assert.deepEqual(problems, []);
  await normalExchangeWorks(patterns);
});

test('fast-check: generated sequences against the embedded default policy', async () => {
  const srv = await embedded();
  const open = opener(srv);
  await check(fuzzCase, async (c) => {
    const p = await runCase(srv, open, c);
    assert.deepEqual(p, []);
  }, { numRuns: 40, seed: 0x5eed_0010, endOnFailure: true });
  assert.deepEqual(problems, []);
  await normalExchangeWorks(srv);
});

test('fast-check: CheckRequests with random fields get a CheckResponse or INVALID_ARGUMENT, never a crash', async () => {
  const Ctor = clientConstructor('envoy.service.auth.v3.Authorization');
  const client = new Ctor(patterns.target, grpc.credentials.createInsecure()) as unknown as grpc.Client & {
    Check(req: Wire, cb: (err: grpc.ServiceError | null, res?: Wire) => void): void;
  };
  const call = (req: Wire): Promise<{ err: grpc.ServiceError | null; res?: Wire }> =>
    new Promise((resolve) => client.Check(req, (err, res) => resolve({ err, res })));
  const str = fc.string({ maxLength: 30 });
  const http = fc.record(
    {
      id: str,
      method: fc.constantFrom('POST', 'GET', '', 'BREW'),
      path: fc.constantFrom('/v1/chat/completions', '/v1/messages', '/mcp', '', '/%ff', '/'.repeat(300)),
      host: str,
      headers: fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 60 }), { maxKeys: 6 }),
      header_map: fc.record({ headers: fc.array(fc.record({ key: str, value: str, raw_value: fc.uint8Array({ maxLength: 30 }).map((a) => Buffer.from(a)) }, { requiredKeys: [] }), { maxLength: 4 }) }),
      body: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'Project Falcon 4111111111111111' }] }))),
      raw_body: fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
    },
    { requiredKeys: [] },
  );
  const req = fc.record(
    {
      attributes: fc.record(
        {
          source: fc.record({ principal: str }, { requiredKeys: [] }),
          request: fc.record({ http }, { requiredKeys: [] }),
          context_extensions: fc.dictionary(str, str, { maxKeys: 3 }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  );
  const seen = { invalid: 0, ok: 0, denied: 0 };
  try {
    await check(req, async (r) => {
        const { err, res } = await call(r);
        if (err) {
          assert.equal(err.code, grpc.status.INVALID_ARGUMENT, `unexpected error status ${err.code}: ${err.details}`);
          seen.invalid++;
          return;
        }
        assert.ok(res);
        const hasOk = res.ok_response !== undefined;
        const hasDenied = res.denied_response !== undefined;
        assert.ok(hasOk !== hasDenied, 'exactly one of ok_response / denied_response');
        const code = (res.status as { code?: number } | undefined)?.code ?? 0;
        assert.equal(code === 0, hasOk, 'status OK iff ok_response');
        if (hasOk) seen.ok++;
        else seen.denied++;
        if (hasDenied) {
          const http = ((res.denied_response as Wire).status as { code?: unknown } | undefined)?.code;
          assert.ok(http !== undefined, 'denied_response carries an HTTP status');
        }
      }, { numRuns: 200, seed: 0x5eed_0011 });
  } finally {
    client.close();
  }
  // The generator reaches every outcome: malformed, allowed and denied checks.
  assert.ok(seen.invalid > 0 && seen.ok > 0 && seen.denied > 0, JSON.stringify(seen));
  assert.deepEqual(problems, []);
});
