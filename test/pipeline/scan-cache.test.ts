// Segment verdict cache (src/pipeline/scan-cache.ts): what is reused, what never is, and that a cached
// pipeline decides exactly like an uncached one on a multi-turn conversation through the real server.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DetectionContext, Detector, Finding, Segment } from '../../src/core/types.ts';
import type { CompiledPhase } from '../../src/policy/types.ts';
import { ScanCache } from '../../src/pipeline/scan-cache.ts';
import { scanSegmentsAsync } from '../../src/pipeline/scan.ts';
import { GuardError } from '../../src/core/errors.ts';
import { until } from '../server/helpers.ts';
import { startDefaultPolicy, type DefaultPolicyServer } from './helpers.ts';
import { registry } from '../../src/observability/metrics.ts';

/** A detector that counts its calls and reports every "secret" word with the context it saw. */
class Counting implements Detector {
  readonly id: string;
  readonly maxMatchLength = 16;
  readonly spanwise = true;
  calls = 0;
  failNext = false;
  constructor(id = 'count') {
    this.id = id;
  }
  scan(text: string, ctx: DetectionContext): Finding[] {
    this.calls++;
    if (this.failNext) {
      this.failNext = false;
      throw new GuardError('detector_timeout', 'budget');
    }
    const out: Finding[] = [];
    for (let i = text.indexOf('secret'); i >= 0; i = text.indexOf('secret', i + 1)) {
      out.push({ detector: this.id, type: `W_${ctx.role}_${ctx.untrusted ? 'u' : 't'}_${ctx.direction}_${ctx.systemPrompts?.length ?? 0}${ctx.rot13 === true ? '_rot13' : ''}`, start: i, end: i + 6, score: 1, explanation: 'word' });
    }
    return out;
  }
}

const phaseOf = (...dets: Detector[]): CompiledPhase => ({ detectors: dets }) as unknown as CompiledPhase;
const seg = (text: string, role: Segment['role'] = 'user', untrusted = false): Segment =>
  ({ text, role, kind: role === 'tool' ? 'tool_result' : 'message_text', untrusted, pointer: '/x' }) as unknown as Segment;
const long = (s: string) => `${s} ${'filler text '.repeat(30)}`;

async function scan(cache: ScanCache | null, phase: CompiledPhase, segs: Segment[], scope: string | undefined, direction: 'request' | 'response' = 'request', sys?: string[], rot13?: boolean) {
  const facts = { systemPrompts: sys, ...(rot13 === true ? { rot13 } : {}) };
  const body = cache?.forBody(phase, scope, direction, facts) ?? null;
  return scanSegmentsAsync(phase, segs, direction, facts, Number.POSITIVE_INFINITY, body);
}

test('a segment sent again by the same caller is not rescanned; its findings are equal and private copies', async () => {
  const d = new Counting();
  const phase = phaseOf(d);
  const cache = new ScanCache({ maxEntries: 100, minChars: 64 });
  const a = await scan(cache, phase, [seg(long('one secret here'))], 'alice');
  const b = await scan(cache, phase, [seg(long('one secret here'))], 'alice');
  assert.equal(d.calls, 1);
  assert.deepEqual(b.perSegment, a.perSegment);
  assert.equal(b.perSegment[0].length, 1);
  // The caller may append (remote detectors do): the cache keeps its own copy.
  b.perSegment[0].push({ detector: 'x', type: 'X', start: 0, end: 1, score: 1, explanation: '' });
  const c = await scan(cache, phase, [seg(long('one secret here'))], 'alice');
  assert.equal(c.perSegment[0].length, 1);
  assert.ok(Object.isFrozen(c.perSegment[0][0]));
});

test('entries are never shared across callers, anonymous callers, phases, provenance, system prompts or rot13 readings', async () => {
  const d = new Counting();
  const phase = phaseOf(d);
  const cache = new ScanCache({ maxEntries: 100, minChars: 64 });
  const text = long('a secret');
  await scan(cache, phase, [seg(text)], 'alice');
  assert.equal(d.calls, 1);
  await scan(cache, phase, [seg(text)], 'bob'); // other caller
  await scan(cache, phase, [seg(text)], undefined); // anonymous: scanned...
  await scan(cache, phase, [seg(text)], undefined); // ...every time
  await scan(cache, phaseOf(d), [seg(text)], 'alice'); // another compiled phase (policy reload)
  const asTool = await scan(cache, phase, [seg(text, 'tool', true)], 'alice'); // other provenance
  assert.equal(asTool.perSegment[0][0].type, 'W_tool_u_request_0');
  const resp = await scan(cache, phase, [seg(text, 'assistant')], 'alice', 'response', ['sys one']);
  const resp2 = await scan(cache, phase, [seg(text, 'assistant')], 'alice', 'response', ['sys two']); // other system prompt
  assert.equal(resp.perSegment[0][0].type, 'W_assistant_t_response_1');
  assert.equal(d.calls, 8);
  assert.deepEqual(resp2.perSegment, resp.perSegment);
  // Scope strings that concatenate alike stay apart (length-prefixed).
  await scan(cache, phase, [seg(text)], 'ali');
  assert.equal(d.calls, 9);
  // And each of those is now a hit.
  for (const s of ['alice', 'bob', 'ali']) await scan(cache, phase, [seg(text)], s);
  await scan(cache, phase, [seg(text, 'assistant')], 'alice', 'response', ['sys two']);
  assert.equal(d.calls, 9);
  // An answer read as rot13 too (the request named rot13) is another reading of the same text.
  const r13 = await scan(cache, phase, [seg(text, 'assistant')], 'alice', 'response', ['sys two'], true);
  assert.equal(r13.perSegment[0][0].type, 'W_assistant_t_response_1_rot13');
  assert.equal(d.calls, 10);
  await scan(cache, phase, [seg(text, 'assistant')], 'alice', 'response', ['sys two'], true);
  assert.equal(d.calls, 10);
});

test('texts that differ only in their lone surrogates never share an entry', async () => {
  const d = new Counting();
  const phase = phaseOf(d);
  const cache = new ScanCache({ maxEntries: 100, minChars: 0 });
  // Both encode to the same UTF-8 (each lone surrogate becomes U+FFFD): the key must not.
  await scan(cache, phase, [seg('secret \ud800 tail')], 'alice');
  await scan(cache, phase, [seg('secret \udfff tail')], 'alice');
  await scan(cache, phase, [seg('secret \ufffd tail')], 'alice');
  assert.equal(d.calls, 3);
  await scan(cache, phase, [seg('secret \udfff tail')], 'alice');
  assert.equal(d.calls, 3);
});

test('short segments and failed scans are not stored; a disabled cache stores nothing', async () => {
  const d = new Counting();
  const phase = phaseOf(d);
  const cache = new ScanCache({ maxEntries: 100, minChars: 64 });
  await scan(cache, phase, [seg('short secret')], 'alice');
  await scan(cache, phase, [seg('short secret')], 'alice');
  assert.equal(d.calls, 2);
  d.failNext = true;
  const failed = await scan(cache, phase, [seg(long('secret'))], 'alice');
  assert.deepEqual(failed.timedOut, ['count']);
  const retried = await scan(cache, phase, [seg(long('secret'))], 'alice');
  assert.equal(d.calls, 4);
  assert.equal(retried.perSegment[0].length, 1);
  assert.equal(retried.timedOut?.length, 0);
  const off = new ScanCache({ maxEntries: 0 });
  assert.equal(off.forBody(phase, 'alice', 'request', undefined), null);
  assert.throws(() => new ScanCache({ maxEntries: -1 }), RangeError);
});

test('the cache holds at most maxEntries, evicting the least recently used', async () => {
  const d = new Counting();
  const phase = phaseOf(d);
  const cache = new ScanCache({ maxEntries: 3, minChars: 0 });
  for (const t of ['t1', 't2', 't3']) await scan(cache, phase, [seg(t)], 'alice');
  await scan(cache, phase, [seg('t1')], 'alice'); // t1 becomes most recent
  await scan(cache, phase, [seg('t4')], 'alice'); // evicts t2
  assert.equal(cache.size, 3);
  const before = d.calls;
  await scan(cache, phase, [seg('t1')], 'alice');
  await scan(cache, phase, [seg('t3')], 'alice');
  await scan(cache, phase, [seg('t4')], 'alice');
  assert.equal(d.calls, before);
  await scan(cache, phase, [seg('t2')], 'alice');
  assert.equal(d.calls, before + 1);
});

test('findings are bounded too: a segment with very many findings is not stored, and the total stays under budget', async () => {
  const d = new Counting();
  const phase = phaseOf(d);
  const cache = new ScanCache({ maxEntries: 16, minChars: 0 }); // budget: 64 findings, at most 4 per stored segment
  await scan(cache, phase, [seg('secret '.repeat(5))], 'alice');
  await scan(cache, phase, [seg('secret '.repeat(5))], 'alice');
  assert.equal(d.calls, 2); // 5 findings > 64 / 16: rescanned every time
  for (let k = 0; k < 40; k++) await scan(cache, phase, [seg(`${k} ${'secret '.repeat(4)}`)], 'alice');
  assert.ok(cache.storedFindings <= 64, `${cache.storedFindings}`);
  assert.equal(cache.size, 16); // 16 entries of 4 findings = 64
  const before = d.calls;
  await scan(cache, phase, [seg(`39 ${'secret '.repeat(4)}`)], 'alice'); // most recent: still there
  assert.equal(d.calls, before);
  await scan(cache, phase, [seg(`0 ${'secret '.repeat(4)}`)], 'alice'); // oldest: evicted
  assert.equal(d.calls, before + 1);
});

test('property: with any interleaving of callers and texts, cached findings equal a fresh scan', async () => {
  const words = ['secret', 'plain', 'secretsecret', 'x', ' ', 'sécret', '\ud83d\ude00'];
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ who: fc.constantFrom('alice', 'bob', undefined), role: fc.constantFrom('user', 'tool', 'system') as fc.Arbitrary<Segment['role']>, parts: fc.array(fc.constantFrom(...words), { maxLength: 8 }) }), { minLength: 1, maxLength: 30 }),
      fc.integer({ min: 1, max: 6 }),
      async (steps, max) => {
        const cached = new Counting();
        const fresh = new Counting();
        const cache = new ScanCache({ maxEntries: max, minChars: 0 });
        const p1 = phaseOf(cached);
        const p2 = phaseOf(fresh);
        for (const s of steps) {
          const sg = seg(s.parts.join(''), s.role, s.role === 'tool');
          const a = await scan(cache, p1, [sg], s.who);
          const b = await scan(null, p2, [sg], s.who);
          assert.deepEqual(a.perSegment, b.perSegment);
        }
        assert.ok(cached.calls <= fresh.calls);
        assert.ok(cache.size <= max);
        assert.ok(cache.storedFindings <= max * 4);
      },
    ),
    { numRuns: 150 },
  );
});

// ---- end to end: a conversation through the real server with the embedded default policy ----

const XFCC: [string, string] = ['x-forwarded-client-cert', 'By=spiffe://mesh/gw;URI=spiffe://cluster.local/ns/chat/sa/frontend'];
const JSON_CT: [string, string] = ['content-type', 'application/json'];
const SYSTEM = 'You are the support assistant of Contoso. Answer in plain English, cite the knowledge base article you used, and never promise refunds. '.repeat(3);

function turn(k: number): { user: string; assistant: string } {
  return {
    user: `Question ${k}: my order ${1000 + k} has not arrived yet; the tracking page shows it left the depot on day ${k}. My e-mail is customer${k}@example.com and my card is 4111 1111 1111 1111. What should I do next? `.repeat(2),
    assistant: `Thanks for waiting. Order ${1000 + k} is with the carrier; deliveries in your region take two to four working days. I have opened case ${k} and you will get an e-mail update. `.repeat(2),
  };
}

function conversation(turns: number): string {
  const messages: unknown[] = [{ role: 'system', content: SYSTEM }];
  for (let k = 1; k < turns; k++) {
    const t = turn(k);
    messages.push({ role: 'user', content: t.user }, { role: 'assistant', content: t.assistant });
  }
  messages.push({ role: 'user', content: turn(turns).user });
  return JSON.stringify({ model: 'gpt-4o', messages });
}

type Side = DefaultPolicyServer;

async function side(cache: ScanCache | undefined): Promise<Side> {
  return startDefaultPolicy({ hmacKeyByte: 5, ...(cache ? { scanCache: cache } : {}) });
}

let withCache: Side;
let without: Side;
const sharedCache = new ScanCache({ maxEntries: 1000, minChars: 64 });
before(async () => {
  withCache = await side(sharedCache);
  without = await side(undefined);
});
after(async () => {
  await withCache.close();
  await without.close();
});

async function lookups(result: 'hit' | 'miss'): Promise<number> {
  const m = (await registry.getSingleMetric('llm_boundary_scan_cache_lookups_total')!.get()).values.find((v) => v.labels.result === result);
  return m?.value ?? 0;
}

async function send(s: Side, body: string, identified: boolean, answer = 'Your order is on its way; write to help@contoso.example if it is not there by Friday. '.repeat(4)) {
  const completion = JSON.stringify({ id: 'c1', object: 'chat.completion', model: 'gpt-4o', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: answer } }] });
  const r = await s.client.exchange({ method: 'POST', path: '/v1/chat/completions', headers: identified ? [JSON_CT, XFCC] : [JSON_CT], body }, () => ({ status: 200, headers: [JSON_CT], body: completion }));
  const id = r.downstream.headers.find(([k]) => k === 'x-llm-boundary-decision')?.[1];
  await until(() => s.audit.records.some((a) => a.decisionId === id));
  const rec = s.audit.records.find((a) => a.decisionId === id)!;
  return { status: r.downstream.status, upstreamBody: r.upstream?.body?.toString() ?? '', downstreamBody: r.downstream.body.toString(), findings: rec.findings.map((f) => ({ ...f })), decision: rec.decision };
}

test('a multi-turn conversation: only new turns are scanned, and every decision equals the uncached one', async () => {
  let prevHits = await lookups('hit');
  for (let turns = 1; turns <= 6; turns++) {
    const body = conversation(turns);
    const a = await send(withCache, body, true);
    const b = await send(without, body, true);
    assert.equal(a.status, b.status);
    assert.equal(a.upstreamBody, b.upstreamBody); // same redactions (card numbers) upstream
    assert.equal(a.downstreamBody, b.downstreamBody); // same response redactions (the e-mail address)
    assert.deepEqual(a.findings, b.findings);
    assert.equal(a.decision, b.decision);
    assert.equal(a.decision, 'redact');
    const hits = await lookups('hit');
    // Request: the system prompt and every earlier user and assistant turn are hits from turn 2 on
    // (earlier assistant turns were first seen in the previous request's history, except the newest).
    if (turns >= 3) assert.ok(hits - prevHits >= 2 * (turns - 2), `turn ${turns}: ${hits - prevHits} hits`);
    prevHits = hits;
  }
  assert.ok(sharedCache.size > 0);
});

test('anonymous traffic is never cached', async () => {
  const body = conversation(4);
  const h0 = await lookups('hit');
  const m0 = await lookups('miss');
  await send(withCache, body, false);
  await send(withCache, body, false);
  assert.equal(await lookups('hit'), h0);
  assert.equal(await lookups('miss'), m0);
});

test('`serve` options wire the cache: on by default for identified callers, off with --scan-cache-entries 0', async () => {
  const { parseServeOptions } = await import('../../src/config/options.ts');
  const { createPipeline } = await import('../../src/pipeline/index.ts');
  const body = Buffer.from(conversation(3));
  const headers: [string, string][] = [[':method', 'POST'], [':path', '/v1/chat/completions'], [':authority', 'api.openai.com'], JSON_CT, XFCC];
  const lookupsAfterTwoRequests = async (extra: string[]): Promise<number> => {
    const p = await createPipeline(parseServeOptions(['--audit-store', 'none', ...extra], {}));
    try {
      const before = (await lookups('hit')) + (await lookups('miss'));
      for (let i = 0; i < 2; i++) {
        const ex = p.factory.create({ metadata: {}, observability: false, requestBodyMode: 'BUFFERED', responseBodyMode: 'BUFFERED' });
        await ex.requestHeaders(headers, false);
        await ex.requestBody(body, true, 'BUFFERED');
        ex.close('complete');
      }
      return (await lookups('hit')) + (await lookups('miss')) - before;
    } finally {
      await p.close();
    }
  };
  assert.ok((await lookupsAfterTwoRequests([])) > 0);
  assert.equal(await lookupsAfterTwoRequests(['--scan-cache-entries', '0']), 0);
});
