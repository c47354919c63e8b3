import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, compile, errorsOf, facts, report, KEY } from './helpers.ts';
import { compilePolicy } from '../../src/policy/compile.ts';
import type { Finding } from '../../src/core/types.ts';

const seg = { role: 'user', kind: 'message_text', untrusted: false } as const;
const finding = (type: string, detector: string, score = 1): Finding => ({ detector, type, start: 0, end: 1, score, explanation: 'x' });

test('select: first matching rule wins, else the default', () => {
  const p = compile(BASE);
  assert.equal(p.select(facts()).id, 'default');
  assert.equal(p.select(facts({ identity: { principal: 'spiffe://cluster.local/ns/payments/sa/api' } })).id, 'payments');
  // paths glob: query strings are ignored; a deeper path does not match `*`.
  assert.equal(p.select(facts({ path: '/v1/chat/completions?x=1', identity: { principal: 'spiffe://td/ns/payments/sa/a' } })).id, 'payments');
  assert.equal(p.select(facts({ path: '/v1/chat/a/b', identity: { principal: 'spiffe://td/ns/payments/sa/a' } })).id, 'default');
  const admin = facts({ headers: { 'x-env': 'production' }, identity: { tenant: 'acme', roles: ['dev', 'admin'] } });
  assert.equal(p.select(admin).id, 'acme-admins');
  assert.equal(p.select({ ...admin, method: 'GET' }).id, 'default');
  assert.equal(p.select(facts({ headers: { 'x-env': 'staging' }, identity: { tenant: 'acme', roles: ['admin'] } })).id, 'default');
  assert.equal(p.select(facts({ identity: { tenant: 'acme', roles: ['admin'] } })).id, 'default', 'missing header does not match');
  // hosts: port stripped, case-insensitive.
  assert.equal(p.select(facts({ host: 'API.Anthropic.com:443' })).id, 'anthropic');
  assert.equal(p.select(facts({ host: 'anthropic.com' })).id, 'default');
});

test('inheritance: omitted fields come from default; budgets/on_failure merge per key; findings per type', () => {
  const p = compile(BASE);
  const d = p.defaultRule!;
  const [payments, admins, anthropic] = p.rules!;
  assert.equal(d.mode, 'enforce');
  assert.equal(payments.mode, 'monitor');
  assert.deepEqual({ ...payments.budgets }, { maxBodyBytes: 1024, maxMessages: 50, maxPromptTokens: 256000 });
  assert.deepEqual({ ...d.budgets }, { maxBodyBytes: 8388608, maxMessages: 50, maxPromptTokens: 256000 });
  // findings merge per type: the rule overrides CONFIDENTIAL only, CREDIT_CARD comes from default.
  assert.equal(payments.request.ruleFor(finding('CONFIDENTIAL', 'blocklist'), seg)?.action, 'redact');
  assert.equal(payments.request.ruleFor(finding('CREDIT_CARD', 'cards'), seg)?.action, 'redact');
  assert.equal(d.request.ruleFor(finding('CONFIDENTIAL', 'blocklist'), seg)?.action, 'deny');
  // detectors list replaced.
  assert.deepEqual(admins.request.detectors.map((x) => x.id), ['blocklist']);
  assert.deepEqual(payments.request.detectors.map((x) => x.id), ['blocklist', 'cards']);
  assert.equal(admins.denyStatus, 451);
  assert.equal(d.denyStatus, 403);
  assert.equal(anthropic.formatOverride, 'anthropic.messages');
  assert.equal(d.formatOverride, undefined);
  assert.equal(anthropic.onFailure.compressed_body, 'allow');
  assert.equal(anthropic.onFailure.unknown_content_type, 'allow', 'inherited from default');
  assert.equal(anthropic.onFailure.partial_body, 'deny', 'built-in fail closed');
  assert.equal(anthropic.streamBlock, 'reset');
  assert.equal(d.streamBlock, 'error_event');
  assert.equal(anthropic.auditCapture, 'hash');
  assert.equal(d.auditCapture, 'redacted');
  assert.equal(p.decisionHeader, 'x-decision');
  assert.equal(p.hmacKey, KEY);
});

test('detectors are built once per policy and shared; hold-back is the max span length', () => {
  const p = compile(BASE);
  const d = p.defaultRule!;
  assert.equal(d.request.detectors[1], d.response.detectors[0]);
  assert.equal(p.rules![0].request.detectors[0], d.request.detectors[0]);
  assert.equal(d.request.holdBack, Math.max('Project Falcon'.length, 64));
  assert.equal(d.response.holdBack, 64);
});

test('ruleFor: type, then detector instance, then *, then flag; threshold and allow give null', () => {
  const p = compile(`version: 1
detectors:
  a: { type: patterns, patterns: [{ id: x, literal: xx, type: ALPHA }, { id: y, literal: yy, type: BETA }, { id: z, literal: zz, type: GAMMA }] }
  b: { type: patterns, patterns: [{ id: x, literal: xx, type: ALPHA }] }
default:
  request:
    detectors: [a, b]
    findings:
      ALPHA: { action: deny, threshold: 0.8 }
      a: { action: redact }
      GAMMA: { action: allow }
`);
  const ph = p.defaultRule!.request;
  assert.equal(ph.ruleFor(finding('ALPHA', 'a', 0.9), seg)?.action, 'deny');
  assert.equal(ph.ruleFor(finding('ALPHA', 'a', 0.5), seg), null, 'below threshold');
  assert.equal(ph.ruleFor(finding('BETA', 'a'), seg)?.action, 'redact', 'detector-level key');
  assert.equal(ph.ruleFor(finding('BETA', 'b'), seg)?.action, 'flag', 'built-in fallback');
  assert.equal(ph.ruleFor(finding('GAMMA', 'a'), seg), null, 'allow');
  assert.deepEqual(ph.ruleFor(finding('BETA', 'a'), seg)?.style, { kind: 'mask' });
});

test('compiled policy is deep-frozen', () => {
  const p = compile(BASE);
  assert.ok(Object.isFrozen(p));
  assert.ok(Object.isFrozen(p.defaultRule));
  assert.ok(Object.isFrozen(p.defaultRule!.budgets));
  assert.ok(Object.isFrozen(p.defaultRule!.onFailure));
  assert.ok(Object.isFrozen(p.rules));
  assert.ok(Object.isFrozen(p.defaultRule!.request.detectors));
  assert.throws(() => {
    (p.defaultRule!.budgets as { maxBodyBytes: number }).maxBodyBytes = 1;
  }, TypeError);
});

test('version: stable across formatting and comments, changes with content, JSON works too', () => {
  const v1 = compile(BASE).version;
  assert.match(v1, /^[0-9a-f]{12}$/);
  assert.equal(compile(`# a comment\n${BASE}\n\n`).version, v1);
  assert.notEqual(compile(BASE.replace('max_messages: 50', 'max_messages: 51')).version, v1);
  const json = JSON.stringify({ version: 1, default: { mode: 'monitor' } }, null, 2);
  const yaml = 'version: 1\ndefault:\n  mode: monitor\n';
  assert.equal(compile(json, 'p.json').version, compile(yaml).version);
  assert.equal(compile(json, 'p.json').defaultRule!.mode, 'monitor');
});

test('semantic errors carry line:column', () => {
  assert.deepEqual(
    errorsOf(`version: 1
detectors:
  a: { type: patterns, patterns: [{ id: x, literal: xx, type: ALPHA }] }
default:
  request:
    detectors: [a, missing]
    findings:
      ALPHAA: { action: deny }
      BETA: { action: flag, keep: 3 }
      zz: { action: flag }
rules:
  - id: r1
    match: { hosts: [x] }
  - id: r1
    match: { hosts: [y] }
  - id: default
    match: { hosts: [z] }
`),
    [
      '6:20 detector `missing` is not defined under `detectors`',
      '8:7 finding type `ALPHAA` is not emitted by any registered detector or declared pattern',
      '9:7 finding type `BETA` is not emitted by any registered detector or declared pattern',
      '9:29 `keep` applies only to style `partial`',
      '10:7 findings key `zz` names no detector defined under `detectors`',
      '14:9 duplicate rule id `r1` (first at rules[0])',
      '16:9 rule id `default` is reserved for the default rule',
    ],
  );
});

test('detector build errors (bad RE2) are policy errors at the detector', () => {
  const errs = errorsOf(`version: 1
detectors:
  bad: { type: patterns, patterns: [{ id: lookahead, regex: "a(?=b)", type: ALPHA }] }
default:
  request: { detectors: [bad] }
`);
  assert.equal(errs.length, 1);
  assert.match(errs[0], /^3:3 detector `bad` \(patterns\): pattern "bad\/lookahead"/);
});

test('warnings: unused detectors, unreachable rules, style without redact', () => {
  const r = report(`version: 1
detectors:
  a: { type: patterns, patterns: [{ id: x, literal: xx, type: ALPHA }] }
  unused: { type: patterns, patterns: [{ id: x, literal: xx, type: ALPHA }] }
default:
  request:
    detectors: [a]
    findings: { ALPHA: { action: deny, style: mask } }
rules:
  - { id: all, match: {} }
  - { id: never, match: { hosts: [x] } }
`);
  const w = r.warnings.map((i) => `${i.line}:${i.column} ${i.message}`);
  assert.deepEqual(w, [
    '4:3 detector `unused` is defined but no rule uses it',
    '8:40 `style` has no effect with action `deny`',
    '11:5 rule `never` is unreachable: rules[0] matches every request',
  ]);
  assert.equal(r.policy.select(facts()).id, 'all');
});

test('shadow: inline and file candidates compile beside the live policy and feed the version', () => {
  const inline = compile(`version: 1
default: { mode: enforce }
shadow:
  policy:
    version: 1
    default: { mode: monitor }
`);
  assert.ok(inline.shadow);
  assert.equal(inline.shadow.defaultRule!.mode, 'monitor');
  const other = compile(`version: 1
default: { mode: enforce }
shadow:
  policy:
    version: 1
    default: { mode: enforce }
`);
  assert.notEqual(inline.version, other.version);
  const fromFile = compile(`version: 1
default: {}
shadow: { file: fixtures/shadow.yaml }
`);
  assert.equal(fromFile.shadow?.defaultRule!.denyStatus, 418);
  assert.match(fromFile.shadow!.source, /fixtures\/shadow\.yaml$/);
  assert.deepEqual(
    errorsOf(`version: 1
default: {}
shadow:
  policy:
    version: 1
    default: {}
    shadow: { file: x.yaml }
`),
    ['7:5 a shadow policy cannot itself declare a shadow'],
  );
  assert.deepEqual(errorsOf(`version: 1\ndefault: {}\nshadow: { file: nope.yaml }\n`), ['3:17 cannot read shadow policy: ENOENT']);
});

test('HMAC key: from the configured env var, too-short keys rejected, else a stored install key', async () => {
  const text = 'version: 1\nsettings: { hmac_key_env: MY_KEY }\ndefault: {}\n';
  const p = compilePolicy(text, { source: 't', baseDir: '.', env: { MY_KEY: 'k'.repeat(32) } });
  assert.equal(p.hmacKey.toString(), 'k'.repeat(32));
  assert.throws(() => compilePolicy(text, { source: 't', baseDir: '.', env: { MY_KEY: 'short' } }), /shorter than 16 bytes/);
  const { mkdtempSync, readFileSync, statSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/lb-key-`);
  const k1 = compilePolicy(text, { source: 't', baseDir: '.', env: {}, stateDir: dir }).hmacKey;
  assert.equal(k1.length, 32);
  assert.deepEqual(readFileSync(`${dir}/hmac.key`), k1);
  assert.equal(statSync(`${dir}/hmac.key`).mode & 0o777, 0o600);
  assert.deepEqual(compilePolicy(text, { source: 't', baseDir: '.', env: {}, stateDir: dir }).hmacKey, k1);
});

test('finding types: registry closed sets, pattern types and a remote classifier finding_type are known', () => {
  const text = (t: string) => `version: 1
detectors:
  clf: { type: remote_classifier, url: "http://127.0.0.1:9/classify", finding_type: TOXICITY }
  pii: { type: pii }
default:
  request:
    detectors: [clf, pii]
    findings:
      ${t}: { action: deny }
      EMAIL: { action: redact }
`;
  assert.equal(compile(text('TOXICITY')).defaultRule!.request.ruleFor(finding('TOXICITY', 'clf'), seg)?.action, 'deny');
  assert.deepEqual(errorsOf(text('TOXICITYY')), ['9:7 finding type `TOXICITYY` is not emitted by any registered detector or declared pattern']);
});

test('DECODE_LIMIT is a finding type of PII and secrets: a policy without the injection detector may decide it', () => {
  const text = (detector: string) => `version: 1
detectors:
  d: { type: ${detector} }
default:
  response:
    detectors: [d]
    findings:
      DECODE_LIMIT: { action: deny }
`;
  for (const d of ['pii', 'secrets']) assert.equal(compile(text(d)).defaultRule!.response.ruleFor(finding('DECODE_LIMIT', 'd'), seg)?.action, 'deny', d);
  assert.deepEqual(errorsOf(text('pii').replace('DECODE_LIMIT', 'DECODE_LIMITS')), ['8:7 finding type `DECODE_LIMITS` is not emitted by any registered detector or declared pattern']);
});
