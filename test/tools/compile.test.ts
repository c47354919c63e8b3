import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv } from 'ajv';
import { TOOLS_SCHEMA, compileToolPolicy } from '../../src/tools/compile.ts';
import { GuardError } from '../../src/core/errors.ts';
import { identity } from './helpers.ts';

test('TOOLS_SCHEMA compiles under Ajv strict mode and accepts a full example', () => {
  const validate = new Ajv({ strict: true, allErrors: true }).compile(TOOLS_SCHEMA as Record<string, unknown>);
  const ok = validate({
    allow: ['search_*', 'fetch_url'],
    deny: ['shell_*'],
    max_calls: 5,
    default_risk: 'low',
    on_tainted: { high: 'approve', medium: 'deny' },
    approval_ttl: 600,
    per_tool: {
      fetch_url: { risk: 'high', approval: 'required', arguments: { '/url': { hosts: ['*.example.com'], required: true } } },
      'search_*': { arguments: { '/q': { pattern: '^[a-z ]+$', max_length: 100 }, '/n': { minimum: 1, maximum: 10 }, '/mode': { enum: ['a', 1, true, null] } } },
    },
    when: [{ roles: ['admin'], allow: ['*'], deny: ['rm'] }],
  });
  assert.equal(ok, true, JSON.stringify(validate.errors));
});

function rejects(section: unknown, fragment: string): void {
  assert.throws(() => compileToolPolicy(section), (err: unknown) => {
    assert.ok(err instanceof GuardError, String(err));
    assert.equal(err.code, 'policy_error');
    assert.ok(err.message.includes(fragment), `${err.message} should mention ${fragment}`);
    return true;
  });
}

test('invalid sections fail the load with policy_error naming the problem', () => {
  rejects({ allow: ['a'], bogus: 1 }, 'additional properties');
  rejects({ max_calls: -1 }, 'tools/max_calls');
  rejects({ per_tool: { x: { risk: 'extreme' } } }, 'risk');
  rejects({ per_tool: { x: { arguments: { 'no-slash': { required: true } } } } }, 'property name');
  rejects({ per_tool: { x: { arguments: { '/a': { pattern: '(a)\\1' } } } } }, 'pattern');
  rejects({ per_tool: { x: { arguments: { '/a': { minimum: 5, maximum: 1 } } } } }, 'minimum > maximum');
  rejects({ per_tool: { x: { arguments: { '/a': { schemes: ['https'] } } } } }, 'schemes needs hosts');
  rejects({ per_tool: { x: { arguments: { '/a': { hosts: ['exa mple.com'] } } } } }, 'invalid host');
  rejects({ per_tool: { x: { arguments: { '/a': { hosts: ['*.exa mple.com'] } } } } }, 'invalid host');
  rejects({ per_tool: { x: { arguments: { '/a': { hosts: ['bü*.com'] } } } } }, 'must be ASCII');
  rejects({ on_tainted: { high: 'allow' } }, 'on_tainted/high');
  rejects('deny everything', 'must be object');
});

test('absent section disables governance; compiled policy is deep-frozen', () => {
  assert.equal(compileToolPolicy(undefined).enabled, false);
  assert.equal(compileToolPolicy(null).enabled, false);
  const p = compileToolPolicy({ deny: ['x'], approval_ttl: 30 });
  assert.equal(p.enabled, true);
  assert.equal(p.approvalTtlMs, 30_000);
  assert.ok(Object.isFrozen(p));
  const scope = p.scopeFor!(identity('a'));
  assert.ok(Object.isFrozen(scope));
  assert.ok(Object.isFrozen(scope.deny.patterns));
  assert.throws(() => { (scope.deny.patterns as string[]).push('y'); });
  // Frozen closures still work (RE2 state is not frozen).
  assert.equal(scope.deny.firstMatch('x'), 0);
  assert.equal(scope.deny.firstMatch('x'), 0);
});

test('when overlays: first match wins, deny is a union, per_tool falls back to the base', () => {
  const p = compileToolPolicy({
    allow: ['search'],
    deny: ['drop_*'],
    per_tool: { fetch: { risk: 'high' }, search: { risk: 'low' } },
    when: [
      { identities: ['spiffe://*/ns/admin/*'], allow: ['*'], deny: ['rm'], per_tool: { fetch: { risk: 'medium' } } },
      { roles: ['ops*'], tenants: ['acme'], max_calls: 2 },
    ],
  });
  const admin = p.scopeFor!(identity('spiffe://td/ns/admin/sa'));
  assert.equal(admin.label, 'when:0');
  assert.deepEqual(admin.deny.patterns, ['drop_*', 'rm']);
  assert.equal(admin.allow!.firstMatch('anything'), 0);
  assert.equal(admin.settingsFor('fetch')!.risk, 'medium');
  assert.equal(admin.settingsFor('search')!.risk, 'low');
  // `*` does not cross '/' in identity globs: a smuggled path is not the admin namespace.
  assert.equal(p.scopeFor!(identity('spiffe://evil/x/ns/admin/sa')).label, 'base');
  assert.equal(p.scopeFor!(identity('spiffe://td/ns/admin/sa/extra')).label, 'base');
  // All criteria of an entry must hold.
  assert.equal(p.scopeFor!(identity('u', ['ops-eu'], 'acme')).label, 'when:1');
  assert.equal(p.scopeFor!(identity('u', ['ops-eu'], 'other')).label, 'base');
  assert.equal(p.scopeFor!(identity('u', ['ops-eu'])).label, 'base');
  assert.equal(p.scopeFor!(identity('u', ['ops-eu'], 'acme')).maxCalls, 2);
  assert.equal(p.scopeFor!(identity(undefined)).maxCalls, null);
});
