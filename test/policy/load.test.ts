import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { errorsOf } from './helpers.ts';
import { buildPolicySchema } from '../../src/policy/schema.ts';
import { loadPolicyText, PolicyError } from '../../src/policy/load.ts';
import { isGuardError } from '../../src/core/errors.ts';

test('schema errors name file, line and column of the offending key or value', () => {
  const text = `version: 1
default:
  mode: enforce
  request:
    detectors: [a]
    findings:
      EMAIL: { action: obliterate }
rules:
  - id: r1
    match:
      hosts: [x]
      colour: blue
    deny_status: 200
  - match: { paths: [/x] }
`;
  try {
    loadPolicyText(text, 'p.yaml');
    assert.fail('expected an error');
  } catch (err) {
    assert.ok(err instanceof PolicyError);
    assert.ok(isGuardError(err));
    assert.equal(err.code, 'policy_error');
    const got = err.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.message} ${i.pointer}`);
    assert.deepEqual(got, [
      'p.yaml:7:24 `action` must be one of: "allow", "flag", "redact", "deny" /default/request/findings/EMAIL/action',
      'p.yaml:12:7 unknown key `colour` /rules/0/match/colour',
      'p.yaml:13:18 `deny_status` must be >= 400 /rules/0/deny_status',
      'p.yaml:14:5 `1` is missing required key `id` /rules/1',
    ]);
    assert.match(err.message, /^p\.yaml:7:24: error: /);
  }
});

test('detector parameters are validated against the registry schema of their type', () => {
  const errs = errorsOf(`version: 1
detectors:
  block:
    type: patterns
    patterns:
      - { id: a, literal: x, type: lower_case }
  other: { type: patterns, patterns: [], flavour: 1 }
  ghost: { type: no_such_detector }
default: {}
`);
  assert.ok(errs.includes('6:36 `type` must match ^[A-Z][A-Z0-9_]*$'), errs.join('\n'));
  assert.ok(errs.includes('7:42 unknown key `flavour`'), errs.join('\n'));
  assert.ok(errs.some((e) => e.startsWith('8:18 `type` must be one of: ') && e.includes('"patterns"')), errs.join('\n'));
});

test('YAML syntax errors and missing required top-level keys are positioned', () => {
  assert.deepEqual(errorsOf('version: 1\ndefault: {\n  mode: enforce\n'), errorsOf('version: 1\ndefault: {\n  mode: enforce\n'));
  const syntax = errorsOf('version: 1\ndefault:\n  mode: [enforce\n');
  assert.ok(syntax.length >= 1 && syntax[0].includes('syntax:'), syntax.join('\n'));
  assert.deepEqual(errorsOf('version: 2\n'), ['1:1 policy is missing required key `default`', '1:10 `version` must be 1']);
  assert.deepEqual(errorsOf('version: 1\ndefault: {}\ndefault: {}\n').length, 1, 'duplicate keys are an error');
  assert.deepEqual(errorsOf('- 1\n- 2\n'), ['1:1 policy must be object']);
});

test('x- keys carry YAML anchors; merge keys work', () => {
  const p = loadPolicyText(
    `version: 1
x-strict: &strict
  deny_status: 451
  stream_block: reset
default:
  <<: *strict
  mode: monitor
`,
    'a.yaml',
  );
  assert.deepEqual(p.doc.default, { deny_status: 451, stream_block: 'reset', mode: 'monitor' });
});

test('shipped schema/policy.schema.json equals the schema generated from the registries', () => {
  const shipped = JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(shipped, buildPolicySchema(), 'regenerate with: node src/cli.ts policy schema > schema/policy.schema.json');
});

test('property: arbitrary text never crashes the loader; it parses or fails with a positioned PolicyError', async () => {
  const fc = (await import('fast-check')).default;
  const keys = ['version: 1', 'default:', '  mode: monitor', 'rules:', '  - id: x', '    match: {}', 'detectors:', '  a: { type: patterns }', '"', '[', '{', '&a', '*a', '<<: *a', '\t', ':'];
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...keys), { maxLength: 12 }).map((l) => l.join('\n'))), (text) => {
      try {
        loadPolicyText(text, 'fuzz.yaml');
      } catch (err) {
        assert.ok(err instanceof PolicyError, String(err));
        for (const i of err.issues) {
          assert.ok(i.line >= 1 && i.column >= 1, JSON.stringify(i));
          assert.equal(i.file, 'fuzz.yaml');
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('an empty document is a clear error', () => {
  assert.throws(() => loadPolicyText('', 'e.yaml'), (err: unknown) => err instanceof PolicyError && err.issues[0].message === 'policy must be object');
});
