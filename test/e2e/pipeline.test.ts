// End to end through the real ext_proc server and pipeline, driven by the Envoy-faithful client:
// parse -> detect -> decide -> mutate or deny -> record, in the body modes a production Envoy config
// uses (request BUFFERED or STREAMED; response STREAMED with allow_mode_override).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { EnvoyExtProcClient, type EnvoyConfig } from '../envoy/client.ts';
import { startTestServer, until, type TestServer } from '../server/helpers.ts';
import { assemblePipeline, type Pipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';

const POLICY = `version: 1
settings:
  decision_header: x-llm-boundary-decision
identity:
  - header: { name: x-llm-identity, tenant_header: x-tenant-id }
detectors:
  blocklist:
    type: patterns
    patterns:
      - { id: codename, literal: "Project Falcon", type: CONFIDENTIAL }
  pii:
    type: patterns
    patterns:
      - { id: card, regex: "\\\\b4[0-9]{15}\\\\b", type: CREDIT_CARD, max_length: 16 }
      - { id: mail, regex: "[a-z]+@[a-z]+\\\\.com", type: EMAIL, max_length: 64 }
default:
  request:
    detectors: [blocklist, pii]
    findings:
      CONFIDENTIAL: { action: deny }
      CREDIT_CARD: { action: redact, style: partial, keep: 4 }
      EMAIL: { action: redact, style: placeholder }
  response:
    detectors: [blocklist, pii]
    findings:
      CONFIDENTIAL: { action: deny }
      EMAIL: { action: redact, style: mask }
      CREDIT_CARD: { action: redact, style: mask }
  audit: { capture: redacted }
rules:
  - id: observe-team
    match: { identities: ["team-observe"] }
    mode: monitor
`;

const audit = new MemoryAuditSink();
let pipeline: Pipeline;
let srv: TestServer;
let client: EnvoyExtProcClient;

const MODES: EnvoyConfig['processingMode'] = {
  request_header_mode: 'SEND',
  response_header_mode: 'SEND',
  request_body_mode: 'BUFFERED',
  response_body_mode: 'STREAMED',
};

before(async () => {
  const policy = compilePolicy(POLICY, { source: 'e2e.yaml', baseDir: import.meta.dirname, hmacKey: Buffer.alloc(32, 1) });
  pipeline = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore() });
  srv = await startTestServer(pipeline.factory);
  client = new EnvoyExtProcClient({ target: srv.target, processingMode: MODES, allowModeOverride: true });
});
after(async () => {
  client.close();
  await srv.close();
});

const header = (h: ReadonlyArray<readonly [string, string]>, n: string): string | undefined => h.find(([k]) => k === n)?.[1];

function chat(content: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'system', content: 'be brief' }, { role: 'user', content }], ...extra });
}

function sse(deltas: string[]): string[] {
  const events = deltas.map((d, i) => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta: i === 0 ? { role: 'assistant', content: d } : { content: d } }] })}\n\n`);
  events.push('data: [DONE]\n\n');
  return events;
}

test('a denied prompt never reaches the upstream and gets an OpenAI-shaped error', async () => {
  let reached = false;
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: chat('tell me about Project Falcon') },
    () => {
      reached = true;
      return { status: 200 };
    },
  );
  assert.equal(reached, false);
  assert.equal(r.downstream.status, 403);
  const body = JSON.parse(r.downstream.body.toString());
  assert.equal(typeof body.error.message, 'string');
  assert.ok(!r.downstream.body.toString().includes('Falcon'));
  const id = header(r.downstream.headers, 'x-llm-boundary-decision');
  assert.match(id ?? '', /^[0-9a-f-]{36}$/);
  assert.equal(r.dynamicMetadata.llm_boundary?.decision_id, id);
  // The record is written when Envoy closes the stream, just after the reply.
  await until(() => audit.records.some((a) => a.decisionId === id));
  const rec = audit.records.find((a) => a.decisionId === id)!;
  assert.equal(rec.decision, 'deny');
  assert.ok(rec.findings.some((f) => f.type === 'CONFIDENTIAL' && f.action === 'deny'));
  assert.ok(!JSON.stringify(rec).includes('Project Falcon'), 'no raw value in the audit record');
});

test('a card number is redacted in the forwarded request; every other byte is kept and content-length fixed', async () => {
  const body = chat('card 4111111111111111 please', { temperature: 0.5 });
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json'], ['content-length', String(Buffer.byteLength(body))]], body },
    () => ({ status: 200, headers: [['content-type', 'application/json']], body: '{"choices":[{"index":0,"message":{"role":"assistant","content":"ok"}}]}' }),
  );
  assert.equal(r.downstream.status, 200);
  const sent = r.upstream!.body.toString();
  assert.equal(sent, body.replace('4111111111111111', '****1111'));
  assert.equal(header(r.upstream!.headers, 'content-length'), String(Buffer.byteLength(sent)));
  assert.equal(header(r.upstream!.headers, 'accept-encoding'), undefined);
});

test('an email split across SSE chunks is masked in the stream and never leaves raw', async () => {
  const events = sse(['Write to ', 'jo', 'hn@exa', 'mple.com', ' today.']);
  // Cut the byte stream at awkward places, including inside an event.
  const joined = events.join('');
  const chunks: string[] = [];
  for (let i = 0; i < joined.length; i += 17) chunks.push(joined.slice(i, i + 17));
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: chat('hi', { stream: true }) },
    () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: chunks }),
  );
  assert.equal(r.downstream.status, 200);
  assert.ok(r.events.includes('mode_override'));
  const out = r.downstream.body.toString();
  assert.ok(!out.includes('john@example.com'), 'raw email leaked');
  assert.ok(!out.includes('hn@exa'), 'a fragment of the email leaked');
  const text = out
    .split('\n')
    .filter((l) => l.startsWith('data: {'))
    .map((l) => JSON.parse(l.slice(6)).choices[0].delta.content ?? '')
    .join('');
  assert.equal(text, 'Write to [EMAIL] today.');
  assert.ok(out.trimEnd().endsWith('data: [DONE]'));
});

test('a placeholder created for the request is restored in the JSON response', async () => {
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: chat('mail ann@corp.com now') },
    (up) => {
      const sent = up.body.toString();
      assert.ok(!sent.includes('ann@corp.com'));
      assert.ok(sent.includes('<EMAIL_1>'));
      return {
        status: 200,
        headers: [['content-type', 'application/json']],
        body: JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: 'Sent to <EMAIL_1>.' } }] }),
      };
    },
  );
  assert.equal(r.downstream.status, 200);
  // The response phase masks emails it detects, but restoration happens after detection: the caller gets their own value back.
  assert.equal(JSON.parse(r.downstream.body.toString()).choices[0].message.content, 'Sent to ann@corp.com.');
});

test('a blocked stream ends with an API-native error event after headers went out', async () => {
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: chat('hi', { stream: true }) },
    () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: sse(['The plan is ', 'Project Fal', 'con and more']) }),
  );
  const out = r.downstream.body.toString();
  assert.ok(!out.includes('Falcon'));
  assert.ok(!out.includes('Project Fal'), 'held text before the match must not leak the entity prefix');
  assert.ok(out.includes('"error"'));
  assert.ok(out.trimEnd().endsWith('data: [DONE]'));
});

test('malformed JSON fails closed with a clear error', async () => {
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: '{"messages": [' },
    () => ({ status: 200 }),
  );
  assert.equal(r.downstream.status, 403);
  assert.ok(JSON.parse(r.downstream.body.toString()).error);
  assert.equal(r.upstream, undefined);
});

test('monitor mode lets the request through and says what would have happened', async () => {
  const r = await client.exchange(
    {
      method: 'POST',
      path: '/v1/chat/completions',
      headers: [['content-type', 'application/json'], ['x-llm-identity', 'team-observe']],
      body: chat('Project Falcon status?'),
    },
    () => ({ status: 200, headers: [['content-type', 'application/json']], body: '{"choices":[]}' }),
  );
  assert.equal(r.downstream.status, 200);
  assert.ok(r.upstream!.body.toString().includes('Project Falcon'));
  assert.match(header(r.downstream.headers, 'x-llm-boundary-decision-monitor') ?? '', /request=deny; reasons=finding:CONFIDENTIAL/);
  const id = header(r.downstream.headers, 'x-llm-boundary-decision');
  await until(() => audit.records.some((a) => a.decisionId === id));
  const rec = audit.records.find((a) => a.decisionId === id);
  assert.equal(rec?.mode, 'monitor');
  assert.equal(rec?.phases[0].action, 'deny');
  assert.equal(rec?.phases[0].enforced, 'allow');
});

test('ext_authz: same policy, denial carries status and body; redaction-needing bodies fail closed', async () => {
  const mk = (body: string) => ({
    method: 'POST', path: '/v1/chat/completions', host: 'llm', scheme: 'https', protocol: 'HTTP/2',
    headers: new Map([['content-type', 'application/json']]), body: Buffer.from(body), partialBody: false,
    peerPrincipal: '', metadata: {}, contextExtensions: {}, requestId: 'r-1',
  });
  const ok = await pipeline.authorize(mk(chat('hello')));
  assert.equal(ok.allowed, true);
  const denied = await pipeline.authorize(mk(chat('Project Falcon')));
  assert.equal(denied.allowed, false);
  if (!denied.allowed) assert.equal(denied.status, 403);
  const redact = await pipeline.authorize(mk(chat('card 4111111111111111')));
  assert.equal(redact.allowed, false);
  // With ext_proc after ext_authz on the route, redaction is left to ext_proc.
  const deferred = await pipeline.authorize({ ...mk(chat('card 4111111111111111')), contextExtensions: { 'llm_boundary.ext_proc': 'enabled' } });
  assert.equal(deferred.allowed, true);
  const partial = await pipeline.authorize({ ...mk(chat('hello')), partialBody: true });
  assert.equal(partial.allowed, false, 'a truncated body fails closed by default');
  assert.ok(audit.records.some((r) => r.source === 'ext_authz'));
});

test('a gzip-compressed event stream is decoded, scanned and forwarded uncompressed', async () => {
  const { gzipSync } = await import('node:zlib');
  const gz = gzipSync(Buffer.from(sse(['mail me at ', 'bob@corp.com', ' ok']).join('')));
  const parts = [gz.subarray(0, 10), gz.subarray(10, 30), gz.subarray(30)];
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json'], ['accept-encoding', 'gzip']], body: chat('hi', { stream: true }) },
    (up) => {
      assert.equal(header(up.headers, 'accept-encoding'), undefined, 'accept-encoding removed upstream');
      return { status: 200, headers: [['content-type', 'text/event-stream'], ['content-encoding', 'gzip']], body: parts };
    },
  );
  assert.equal(header(r.downstream.headers, 'content-encoding'), undefined);
  const out = r.downstream.body.toString();
  assert.ok(out.includes('[EMAIL]'));
  assert.ok(!out.includes('bob@corp.com'));
});

test('an unknown content encoding fails closed', async () => {
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: chat('hi') },
    () => ({ status: 200, headers: [['content-type', 'application/json'], ['content-encoding', 'zstd']], body: 'xxxx' }),
  );
  assert.equal(r.downstream.status, 502);
  assert.ok(!r.downstream.body.toString().includes('xxxx'));
});

test('request trailers: a held FULL_DUPLEX_STREAMED body is released before the trailers; STREAMED is refused clearly', async () => {
  const fds = new EnvoyExtProcClient({
    target: srv.target,
    processingMode: { request_header_mode: 'SEND', request_body_mode: 'FULL_DUPLEX_STREAMED', request_trailer_mode: 'SEND' },
  });
  const body = chat('card 4111111111111111 please');
  try {
    const r = await fds.exchange(
      { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: [body.slice(0, 20), body.slice(20)], trailers: [['x-checksum', 'abc']] },
      (up) => {
        assert.equal(up.body.toString(), body.replace('4111111111111111', '****1111'));
        return { status: 200 };
      },
    );
    assert.equal(r.downstream.status, 200);
  } finally {
    fds.close();
  }
  const streamed = new EnvoyExtProcClient({
    target: srv.target,
    processingMode: { request_header_mode: 'SEND', request_body_mode: 'STREAMED', request_trailer_mode: 'SEND' },
  });
  try {
    const r = await streamed.exchange(
      { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: [body.slice(0, 20), body.slice(20)], trailers: [['x-checksum', 'abc']] },
      () => ({ status: 200 }),
    );
    assert.equal(r.downstream.status, 400);
    assert.match(JSON.parse(r.downstream.body.toString()).error.message, /trailers/);
  } finally {
    streamed.close();
  }
});

test('a stream with five emails yields exactly five audit findings and five redactions, at whole-stream offsets', async () => {
  const { registry } = await import('../../src/observability/metrics.ts');
  const count = async () => (await registry.getSingleMetric('llm_boundary_redactions_total')!.get()).values.find((v) => v.labels.phase === 'response' && v.labels.type === 'EMAIL')?.value ?? 0;
  const before = await count();
  const text = ['a@corp.com', 'b@corp.com', 'c@corp.com', 'd@corp.com', 'e@corp.com'].map((e) => `mail ${e} then`).join(' and ') + '.';
  const deltas: string[] = [];
  for (let i = 0; i < text.length; i += 3) deltas.push(text.slice(i, i + 3));
  const r = await client.exchange(
    { method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body: chat('hi', { stream: true }) },
    () => ({ status: 200, headers: [['content-type', 'text/event-stream']], body: sse(deltas) }),
  );
  const id = header(r.downstream.headers, 'x-llm-boundary-decision');
  await until(() => audit.records.some((a) => a.decisionId === id));
  const rec = audit.records.find((a) => a.decisionId === id)!;
  const emails = rec.findings.filter((f) => f.phase === 'response' && f.type === 'EMAIL');
  assert.equal(emails.length, 5);
  assert.deepEqual(emails.map((f) => text.slice(f.start, f.end)).sort(), ['a@corp.com', 'b@corp.com', 'c@corp.com', 'd@corp.com', 'e@corp.com']);
  assert.equal((await count()) - before, 5);
});
