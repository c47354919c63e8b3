import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BASE, compile } from './helpers.ts';
import { decide, estimateTokens } from '../../src/policy/decide.ts';
import type { Detector, FailureKind, Finding, Segment } from '../../src/core/types.ts';
import type { CompiledRule } from '../../src/policy/types.ts';

const policy = compile(BASE);
const dflt = policy.defaultRule!;
const monitor = policy.rules![0]; // payments: monitor mode, CONFIDENTIAL -> redact

const seg = (text: string, extra: Partial<Segment> = {}): Segment => ({ text, role: 'user', kind: 'message_text', pointer: '/messages/0/content', untrusted: false, ...extra });
const f = (type: string, detector: string, start: number, end: number, score = 1): Finding => ({ detector, type, start, end, score, explanation: 'test' });

// A rule whose request phase runs a whole-segment classifier (spanwise=false), like the injection detector.
const classifier: Detector = { id: 'clf', maxMatchLength: 0, spanwise: false, scan: () => [] };
const withClassifier: CompiledRule = {
  ...dflt,
  id: 'clf-rule',
  request: {
    detectors: [classifier],
    holdBack: 0,
    ruleFor: (finding) => (finding.type === 'PROMPT_INJECTION' ? { action: 'redact', threshold: 0, style: { kind: 'mask' } } : { action: 'deny', threshold: 0, style: { kind: 'mask' } }),
  },
};

interface Row {
  name: string;
  rule: CompiledRule;
  phase: 'request' | 'response';
  segments: Segment[];
  findings: Finding[][];
  extra?: Parameters<typeof decide>[4];
  action: 'allow' | 'redact' | 'deny';
  enforced: 'allow' | 'redact' | 'deny';
  reasons: string[];
  redactions?: number;
  status?: number;
}

const S = seg('my card 4111111111111111 and Project Falcon');
const rows: Row[] = [
  { name: 'no findings -> allow', rule: dflt, phase: 'request', segments: [S], findings: [[]], action: 'allow', enforced: 'allow', reasons: [] },
  { name: 'redact finding', rule: dflt, phase: 'request', segments: [S], findings: [[f('CREDIT_CARD', 'cards', 8, 24)]], action: 'redact', enforced: 'redact', reasons: ['finding:CREDIT_CARD'], redactions: 1 },
  {
    name: 'deny beats redact; reasons ordered deny first',
    rule: dflt, phase: 'request', segments: [S],
    findings: [[f('CREDIT_CARD', 'cards', 8, 24), f('CONFIDENTIAL', 'blocklist', 29, 43)]],
    action: 'deny', enforced: 'deny', reasons: ['finding:CONFIDENTIAL', 'finding:CREDIT_CARD'], redactions: 1, status: 403,
  },
  { name: 'flag -> allow with reason', rule: dflt, phase: 'request', segments: [S], findings: [[f('EMAIL', 'cards', 0, 2)]], action: 'allow', enforced: 'allow', reasons: ['finding:EMAIL'] },
  {
    name: 'monitor: action kept, enforced allow',
    rule: monitor, phase: 'request', segments: [S], findings: [[f('CONFIDENTIAL', 'blocklist', 29, 43)]],
    action: 'redact', enforced: 'allow', reasons: ['finding:CONFIDENTIAL'], redactions: 1,
  },
  {
    name: 'whole-segment finding with redact escalates to deny',
    rule: withClassifier, phase: 'request', segments: [S], findings: [[f('PROMPT_INJECTION', 'clf', 0, S.text.length, 0.99)]],
    action: 'deny', enforced: 'deny', reasons: ['finding:PROMPT_INJECTION'], redactions: 0, status: 403,
  },
  {
    name: 'span out of range fails closed as internal_error',
    rule: dflt, phase: 'request', segments: [S], findings: [[f('CREDIT_CARD', 'cards', 8, 999)]],
    action: 'deny', enforced: 'deny', reasons: ['failure:internal_error'], redactions: 0, status: 403,
  },
  {
    name: 'response phase uses response findings (detector-level hash)',
    rule: dflt, phase: 'response', segments: [seg('x 4111111111111111', { role: 'assistant', kind: 'output_text' })], findings: [[f('CREDIT_CARD', 'cards', 2, 18)]],
    action: 'redact', enforced: 'redact', reasons: ['finding:CREDIT_CARD'], redactions: 1,
  },
  { name: 'budget: messages', rule: dflt, phase: 'request', segments: [S], findings: [[]], extra: { budgets: { messageCount: 51 } }, action: 'deny', enforced: 'deny', reasons: ['budget:max_messages'], status: 403 },
  { name: 'budget: messages at limit', rule: dflt, phase: 'request', segments: [S], findings: [[]], extra: { budgets: { messageCount: 50 } }, action: 'allow', enforced: 'allow', reasons: [] },
  { name: 'budget: body bytes (response too)', rule: monitor, phase: 'response', segments: [], findings: [], extra: { budgets: { bodyBytes: 1025 } }, action: 'deny', enforced: 'allow', reasons: ['budget:max_body_bytes'], status: 403 },
  {
    name: 'budget: estimated prompt tokens = ceil(chars/4)',
    rule: dflt, phase: 'request', segments: [seg('x'.repeat(256000 * 4 + 1))], findings: [[]], extra: { budgets: {} },
    action: 'deny', enforced: 'deny', reasons: ['budget:max_prompt_tokens'], status: 403,
  },
  { name: 'budget: prompt tokens not checked on responses', rule: dflt, phase: 'response', segments: [seg('x'.repeat(256000 * 4 + 1))], findings: [[]], extra: { budgets: { messageCount: 9999 } }, action: 'allow', enforced: 'allow', reasons: [] },
  { name: 'failure denied by default (fail closed)', rule: dflt, phase: 'request', segments: [], findings: [], extra: { failures: ['unparseable_body'] }, action: 'deny', enforced: 'deny', reasons: ['failure:unparseable_body'], status: 403 },
  { name: 'failure allowed by on_failure is still recorded', rule: dflt, phase: 'request', segments: [], findings: [], extra: { failures: ['unknown_content_type'] }, action: 'allow', enforced: 'allow', reasons: ['failure:unknown_content_type'] },
  { name: 'tool deny', rule: dflt, phase: 'response', segments: [], findings: [], extra: { tools: [{ action: 'allow' }, { action: 'deny' }] }, action: 'deny', enforced: 'deny', reasons: ['tool:deny'], status: 403 },
  { name: 'tool approval pending holds the call', rule: policy.rules![1], phase: 'response', segments: [], findings: [], extra: { tools: [{ action: 'approve' }] }, action: 'deny', enforced: 'deny', reasons: ['tool:approve'], status: 451 },
];

for (const r of rows) {
  test(`decide: ${r.name}`, () => {
    const d = decide(r.rule, r.phase, r.findings, r.segments, r.extra);
    assert.equal(d.action, r.action);
    assert.equal(d.enforced, r.enforced);
    assert.deepEqual([...d.reasons], r.reasons);
    if (r.redactions !== undefined) assert.equal(d.redactions.length, r.redactions);
    assert.equal(d.denyStatus, r.status);
    assert.equal(d.ruleId, r.rule.id);
    assert.ok(Object.isFrozen(d));
  });
}

test('decide: redactions carry the configured style and segment coordinates, sorted', () => {
  const segs = [seg('a'), seg('card 4111111111111111 4222222222222222')];
  const d = decide(dflt, 'request', [[], [f('CREDIT_CARD', 'cards', 22, 38), f('CREDIT_CARD', 'cards', 5, 21)]], segs);
  assert.deepEqual(d.redactions, [
    { segment: 1, start: 5, end: 21, type: 'CREDIT_CARD', style: { kind: 'partial', keep: 4 } },
    { segment: 1, start: 22, end: 38, type: 'CREDIT_CARD', style: { kind: 'partial', keep: 4 } },
  ]);
  assert.equal(d.flagged.length, 2);
  const r = decide(dflt, 'response', [[f('EMAIL', 'cards', 0, 1)]], [seg('ab')]);
  assert.deepEqual(r.redactions[0].style, { kind: 'mask' });
});

test('decide is pure: same input, same output; more severe input never lowers the outcome', () => {
  const kinds: FailureKind[] = ['compressed_body', 'unknown_content_type', 'partial_body'];
  const rank = { allow: 0, redact: 1, deny: 2 } as const;
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('CREDIT_CARD', 'CONFIDENTIAL', 'EMAIL', 'OTHER'), { maxLength: 6 }),
      fc.subarray(kinds),
      fc.integer({ min: 0, max: 100 }),
      (types, failures, messages) => {
        const text = 'x'.repeat(40);
        const findings = [types.map((t, i) => f(t, t === 'CONFIDENTIAL' ? 'blocklist' : 'cards', i, i + 2))];
        const a = decide(dflt, 'request', findings, [seg(text)], { failures, budgets: { messageCount: messages } });
        const b = decide(dflt, 'request', findings, [seg(text)], { failures, budgets: { messageCount: messages } });
        assert.deepEqual(a, b);
        const worse = decide(dflt, 'request', [[...findings[0], f('CONFIDENTIAL', 'blocklist', 0, 1)]], [seg(text)], { failures, budgets: { messageCount: messages } });
        assert.ok(rank[worse.action] >= rank[a.action]);
        assert.equal(worse.action, 'deny');
        for (const reason of a.reasons) assert.match(reason, /^(finding:[A-Z_]+|budget:max_[a-z_]+|failure:[a-z_]+|tool:(deny|approve))$/);
      },
    ),
    { numRuns: 200 },
  );
  assert.equal(estimateTokens(0), 0);
  assert.equal(estimateTokens(5), 2);
});
