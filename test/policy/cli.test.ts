import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/commands/policy.ts';
import { decide } from '../../src/policy/decide.ts';
import type { ExchangeEvaluator } from '../../src/policy/testing.ts';
import type { Finding, Segment } from '../../src/core/types.ts';
import type { CompiledPhase, PhaseDecision } from '../../src/policy/types.ts';

const FIX = join(import.meta.dirname, 'fixtures');

async function cli(argv: string[], evaluate?: ExchangeEvaluator | null) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => (out += s), err: (s) => (err += s) }, evaluate);
  return { code, out, err };
}

// A minimal stand-in for the pipeline, enough to exercise the runner: OpenAI-chat-like JSON only,
// segments = message contents, the rule's real detectors, the real decide(), masks `[TYPE]`.
function scanAndDecide(phase: 'request' | 'response', compiled: CompiledPhase, ruleDecide: (f: Finding[][], s: Segment[]) => PhaseDecision, body: Buffer) {
  const doc = JSON.parse(body.toString('utf8')) as { messages?: { role: string; content: string }[]; choices?: { message: { content: string } }[] };
  const holders = phase === 'request' ? (doc.messages ?? []) : (doc.choices ?? []).map((c) => c.message);
  const segments: Segment[] = holders.map((m, i) => ({ text: m.content, role: phase === 'request' ? 'user' : 'assistant', kind: 'message_text', pointer: `/${i}`, untrusted: false }));
  const findings = segments.map((s) => compiled.detectors.flatMap((d) => d.scan(s.text, { role: s.role, kind: s.kind, untrusted: false, direction: phase })));
  const d = ruleDecide(findings, segments);
  let changed: Buffer | undefined;
  if (d.enforced === 'redact') {
    for (const r of [...d.redactions].reverse()) {
      const h = holders[r.segment] as { content: string };
      h.content = h.content.slice(0, r.start) + `[${r.type}]` + h.content.slice(r.end);
    }
    changed = Buffer.from(JSON.stringify(doc));
  }
  return { d, changed };
}

const evaluate: ExchangeEvaluator = async (policy, input) => {
  const headers = new Map(Object.entries(input.request.headers));
  const identity = policy.resolveIdentity({ headers });
  const rule = policy.select({ host: input.request.host ?? '', path: input.request.path, method: input.request.method, headers, identity });
  const req = scanAndDecide('request', rule.request, (f, s) => decide(rule, 'request', f, s), input.request.body);
  if (req.d.enforced === 'deny') return { request: req.d, denied: { status: req.d.denyStatus!, body: Buffer.from('{"error":"denied"}') } };
  if (!input.response) return { request: req.d, ...(req.changed ? { requestBody: req.changed } : {}) };
  const res = scanAndDecide('response', rule.response, (f, s) => decide(rule, 'response', f, s), input.response.body);
  return { request: req.d, response: res.d, ...(req.changed ? { requestBody: req.changed } : {}), ...(res.changed ? { responseBody: res.changed } : {}) };
};

test('policy validate: OK with version, errors with file:line:col and exit 1, usage exit 2', async () => {
  const ok = await cli(['validate', join(FIX, 'cli-policy.yaml')]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /^OK .*cli-policy\.yaml version [0-9a-f]{12} \(1 rule \+ default\)\n$/);
  const bad = await cli(['validate', join(FIX, 'bad-cases', 'bad.test.yaml')]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /bad\.test\.yaml:1:1: error: policy is missing required key `version`/);
  assert.match(bad.err, /bad\.test\.yaml:2:1: error: unknown key `cases`/);
  assert.match(bad.err, /INVALID .*: \d+ error\(s\)/);
  assert.equal((await cli(['validate', join(FIX, 'missing.yaml')])).code, 1);
  assert.equal((await cli(['validate'])).code, 2);
  assert.equal((await cli(['validate', 'a', 'b'])).code, 2);
  assert.equal((await cli([])).code, 2);
  assert.equal((await cli(['frobnicate'])).code, 2);
  assert.equal((await cli(['--help'])).code, 0);
});

test('policy test: PASS per case, summary, exit 0 when all pass', async () => {
  const r = await cli(['test', join(FIX, 'cases', 'pass.test.yaml')], evaluate);
  assert.equal(r.code, 0, r.out + r.err);
  for (const name of ['benign', 'codename denied', 'card redacted both ways', 'acme is monitored']) assert.match(r.out, new RegExp(`  PASS: ${name}\\n`));
  assert.match(r.out, /PASS: 4\/4\n$/);
});

test('policy test: failures are listed without echoing content, exit 1', async () => {
  const r = await cli(['test', join(FIX, 'cases')], evaluate);
  assert.equal(r.code, 1);
  assert.match(r.out, /  FAIL: wrong expectation\n    rule: expected nope, got default\n    request: expected decision allow, got deny \[finding:CONFIDENTIAL\] by rule default\n    request: expected reason finding:CREDIT_CARD/);
  assert.match(r.out, /PASS: 4\/5\nFAIL: 1\/5\n$/);
  assert.ok(!r.out.includes('Project Falcon'));
});

test('policy test: malformed test files and missing evaluator are reported, not crashes', async () => {
  const bad = await cli(['test', join(FIX, 'bad-cases')], evaluate);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /  ERROR: [^\n]*bad\.test\.yaml:3:5: \/cases\/0 must have required property .request.\n    [^\n]*bad\.test\.yaml:4:5: \/cases\/0 must NOT have additional properties `requestt`/);
  assert.match(bad.out, /ERROR: 1 file\(s\) could not be loaded/);
  const noEval = await cli(['test', join(FIX, 'cases', 'pass.test.yaml')], null);
  assert.equal(noEval.code, 1);
  assert.match(noEval.out, /evaluator .* is not available/);
  assert.equal((await cli(['test', join(FIX, 'nope')], evaluate)).code, 2);
  assert.equal((await cli(['test'])).code, 2);
});

test('policy schema prints the shipped schema', async () => {
  const r = await cli(['schema']);
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.out), JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8')));
});

test('policy explain: resolved identity, selected rule and its effective settings', async () => {
  const { parse } = await import('yaml');
  const r = await cli(['explain', join(FIX, 'cli-policy.yaml'), '--header', 'X-LLM-Identity=bob', '--header', 'x-tenant-id=acme']);
  assert.equal(r.code, 0, r.err);
  const doc = parse(r.out);
  assert.deepEqual(doc.identity, { source: 'header', principal: 'bob', tenant: 'acme', roles: [] });
  assert.equal(doc.rule.id, 'acme');
  assert.equal(doc.rule.mode, 'monitor');
  assert.deepEqual(doc.rule.request.findings, { CONFIDENTIAL: 'deny', CREDIT_CARD: 'redact mask' });
  const d = parse((await cli(['explain', join(FIX, 'cli-policy.yaml')])).out);
  assert.equal(d.rule.id, 'default');
  assert.equal(d.identity.source, 'none');
  assert.equal((await cli(['explain', join(FIX, 'cli-policy.yaml'), '--header', 'novalue'])).code, 2);
  assert.equal((await cli(['explain', join(FIX, 'cli-policy.yaml'), '--metadata', '[1]'])).code, 2);
  assert.equal((await cli(['explain'])).code, 2);
});

test('policy diff: effective differences after inheritance; exit 0 when equal, 1 when not', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'lb-diff-'));
  const base = readFileSync(join(FIX, 'cli-policy.yaml'), 'utf8');
  writeFileSync(join(dir, 'a.yaml'), base);
  writeFileSync(join(dir, 'same.yaml'), `# reformatted\n${base}\n`);
  writeFileSync(join(dir, 'b.yaml'), base.replace('      CONFIDENTIAL: { action: deny }', '      CONFIDENTIAL: { action: flag }').replace('    mode: monitor', '    mode: enforce\n  - id: extra\n    match: { hosts: [x] }'));
  const same = await cli(['diff', join(dir, 'a.yaml'), join(dir, 'same.yaml')]);
  assert.equal(same.code, 0);
  assert.match(same.out, /no differences/);
  const d = await cli(['diff', join(dir, 'a.yaml'), join(dir, 'b.yaml')]);
  assert.equal(d.code, 1);
  const lines = d.out.trim().split('\n').slice(1);
  assert.deepEqual(lines.sort(), [
    '+ rule extra',
    '~ acme: mode: "monitor" -> "enforce"',
    '~ acme: request.findings.CONFIDENTIAL: "deny" -> "flag"',
    '~ default: request.findings.CONFIDENTIAL: "deny" -> "flag"',
  ]);
  assert.equal((await cli(['diff', join(dir, 'a.yaml')])).code, 2);
  assert.equal((await cli(['diff', join(dir, 'a.yaml'), join(dir, 'missing.yaml')])).code, 2);
});

test('policy test through the real pipeline evaluator (src/pipeline/evaluate.ts)', async () => {
  const r = await cli(['test', join(FIX, 'cases', 'pass.test.yaml')]);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /PASS: 4\/4\n$/);
});
