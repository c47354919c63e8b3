import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileToolPolicy } from '../../src/tools/compile.ts';
import { filterDeclarations, precheckToolCall, resolvePointer } from '../../src/tools/evaluate.ts';
import { argumentHash } from '../../src/tools/hash.ts';
import { call, ctx, identity, rawCall } from './helpers.ts';

test('deny globs win over allow; allow-list denies everything else', () => {
  const p = compileToolPolicy({ allow: ['search_*', 'get_weather', 'shell_safe'], deny: ['shell_*', 'exec'] });
  const d = (name: string) => precheckToolCall(p, call(name, {}), ctx());
  assert.equal(d('search_web').action, 'allow');
  assert.equal(d('get_weather').action, 'allow');
  assert.equal(d('get_weatherX').action, 'deny');
  assert.equal(d('get_weatherX').rule, 'allow:unlisted');
  assert.equal(d('get_weatherX').reason, 'tool_not_allowed');
  const shell = d('shell_safe');
  assert.equal(shell.action, 'deny');
  assert.equal(shell.rule, 'deny:shell_*');
  assert.equal(shell.reason, 'tool_denied');
  assert.equal(d('exec').rule, 'deny:exec');
  // Globs are anchored and literal apart from * and ?: dots, brackets and regex syntax do not leak.
  const q = compileToolPolicy({ allow: ['a.b?', 'x[1]'] });
  assert.equal(precheckToolCall(q, call('a.bc', {}), ctx()).action, 'allow');
  assert.equal(precheckToolCall(q, call('aXbc', {}), ctx()).action, 'deny');
  assert.equal(precheckToolCall(q, call('a.bcd', {}), ctx()).action, 'deny');
  assert.equal(precheckToolCall(q, call('x[1]', {}), ctx()).action, 'allow');
  assert.equal(precheckToolCall(q, call('x1', {}), ctx()).action, 'deny');
});

test('deny-only policy allows other tools; disabled policy allows everything', () => {
  const p = compileToolPolicy({ deny: ['rm*'] });
  assert.equal(precheckToolCall(p, call('ls', {}), ctx()).action, 'allow');
  assert.equal(precheckToolCall(p, call('rmdir', {}), ctx()).action, 'deny');
  const off = compileToolPolicy(undefined);
  const d = precheckToolCall(off, call('rm', { path: '/' }), ctx());
  assert.equal(d.action, 'allow');
  assert.equal(d.rule, 'none');
  assert.equal(d.argumentHash, argumentHash({ path: '/' }));
  assert.equal(precheckToolCall(off, rawCall('f', '{"a":'), ctx()).action, 'allow');
});

test('malformed arguments and names are denied; "" means no arguments', () => {
  const p = compileToolPolicy({ allow: ['*'] });
  const bad = precheckToolCall(p, rawCall('f', '{"a":'), ctx());
  assert.equal(bad.action, 'deny');
  assert.equal(bad.reason, 'malformed_arguments');
  assert.match(bad.argumentHash, /^[0-9a-f]{64}$/);
  assert.equal(precheckToolCall(p, rawCall('f', '{"a":1} trailing'), ctx()).reason, 'malformed_arguments');
  const empty = precheckToolCall(p, rawCall('f', ''), ctx());
  assert.equal(empty.action, 'allow');
  assert.equal(empty.argumentHash, argumentHash({}));
  // Raw arguments that parse are used when the parser did not supply them.
  assert.equal(precheckToolCall(p, rawCall('f', ' { "b" : 2 , "a" : 1 } '), ctx()).argumentHash, argumentHash({ a: 1, b: 2 }));
  assert.equal(precheckToolCall(p, call('', {}), ctx()).reason, 'malformed_name');
  // Pathologically deep arguments are malformed, not a crash.
  let deep: unknown = 1;
  for (let i = 0; i < 400; i++) deep = [deep];
  assert.equal(precheckToolCall(p, call('f', deep), ctx()).reason, 'malformed_arguments');
});

test('max_calls counts calls per exchange', () => {
  const p = compileToolPolicy({ max_calls: 2 });
  assert.equal(precheckToolCall(p, call('f', {}), ctx({ callsSoFar: 0 })).action, 'allow');
  assert.equal(precheckToolCall(p, call('f', {}), ctx({ callsSoFar: 1 })).action, 'allow');
  const third = precheckToolCall(p, call('f', {}), ctx({ callsSoFar: 2 }));
  assert.equal(third.action, 'deny');
  assert.equal(third.rule, 'max_calls');
  assert.equal(third.reason, 'max_calls_exceeded');
  const zero = compileToolPolicy({ max_calls: 0 });
  assert.equal(precheckToolCall(zero, call('f', {}), ctx()).action, 'deny');
});

test('argument constraints: pattern, enum, range, max_length, required, nested pointers', () => {
  const p = compileToolPolicy({
    per_tool: {
      query_db: {
        arguments: {
          '/sql': { pattern: '^\\s*select\\b', case_insensitive: true, max_length: 40, required: true },
          '/limit': { minimum: 1, maximum: 100 },
          '/mode': { enum: ['ro', 'fast'] },
          '/opts/tags/0': { enum: ['a', 'b'] },
          '/a~1b': { enum: [1] },
        },
      },
    },
  });
  const d = (args: unknown) => precheckToolCall(p, call('query_db', args), ctx());
  assert.equal(d({ sql: 'SELECT 1', limit: 5, mode: 'ro' }).action, 'allow');
  const drop = d({ sql: 'DROP TABLE users' });
  assert.equal(drop.action, 'deny');
  assert.equal(drop.rule, 'constraint:/sql');
  assert.equal(drop.reason, 'argument_constraint');
  assert.equal(drop.detail, 'argument /sql: pattern_mismatch');
  assert.ok(!drop.detail!.includes('DROP'), 'details never carry argument values');
  assert.equal(d({}).detail, 'argument /sql: missing');
  assert.equal(d({ sql: 7 }).detail, 'argument /sql: not_a_string');
  assert.equal(d({ sql: 'select ' + 'x'.repeat(40) }).detail, 'argument /sql: too_long');
  // max_length counts code points, not UTF-16 units.
  assert.equal(d({ sql: 'select ' + '😀'.repeat(33) }).action, 'allow');
  assert.equal(d({ sql: 'select 1', limit: 0 }).detail, 'argument /limit: below_minimum');
  assert.equal(d({ sql: 'select 1', limit: 101 }).detail, 'argument /limit: above_maximum');
  assert.equal(d({ sql: 'select 1', limit: '5' }).detail, 'argument /limit: not_a_number');
  assert.equal(d({ sql: 'select 1', mode: 'rw' }).detail, 'argument /mode: not_in_enum');
  assert.equal(d({ sql: 'select 1', opts: { tags: ['c'] } }).rule, 'constraint:/opts/tags/0');
  assert.equal(d({ sql: 'select 1', opts: { tags: ['a'] } }).action, 'allow');
  assert.equal(d({ sql: 'select 1', 'a/b': 2 }).rule, 'constraint:/a~1b');
  // Other tools are not constrained by query_db's settings.
  assert.equal(precheckToolCall(p, call('other', { sql: 'DROP' }), ctx()).action, 'allow');
});

test('per_tool: exact names win over globs, then the first glob in policy order', () => {
  const p = compileToolPolicy({
    per_tool: { 'fs_*': { risk: 'high' }, 'fs_read*': { risk: 'low' }, fs_read_secret: { risk: 'medium' } },
  });
  const risk = (n: string) => precheckToolCall(p, call(n, {}), ctx()).risk;
  assert.equal(risk('fs_read_secret'), 'medium');
  assert.equal(risk('fs_readme'), 'high');
  assert.equal(risk('net'), 'medium'); // default_risk default
});

test('hosts constraint on URL arguments', () => {
  const p = compileToolPolicy({
    per_tool: { fetch: { arguments: { '/url': { hosts: ['*.example.com', 'api.github.com'], schemes: ['https'], required: true } } } },
  });
  const d = (url: unknown) => precheckToolCall(p, call('fetch', { url }), ctx());
  assert.equal(d('https://docs.example.com/a').action, 'allow');
  assert.equal(d('http://docs.example.com/a').detail, 'argument /url: scheme_not_allowed');
  assert.equal(d('https://api.github.com@evil.com/').detail, 'argument /url: userinfo_not_allowed');
  assert.equal(d('https://evil.com/?u=api.github.com').detail, 'argument /url: host_not_allowed');
  assert.equal(d(['https://api.github.com']).detail, 'argument /url: not_a_string');
});

test('taint gating: high-risk tools denied or held, medium per policy, low unaffected', () => {
  const base = { per_tool: { send_email: { risk: 'high' }, search: { risk: 'low' }, read_file: { risk: 'medium' } } };
  const deny = compileToolPolicy(base);
  const t = ctx({ tainted: true });
  const hi = precheckToolCall(deny, call('send_email', {}), t);
  assert.equal(hi.action, 'deny');
  assert.equal(hi.rule, 'taint:high');
  assert.equal(hi.reason, 'tainted_context');
  assert.equal(precheckToolCall(deny, call('send_email', {}), ctx()).action, 'allow');
  assert.equal(precheckToolCall(deny, call('read_file', {}), t).action, 'allow');
  assert.equal(precheckToolCall(deny, call('search', {}), t).action, 'allow');
  const approve = compileToolPolicy({ ...base, on_tainted: { high: 'approve', medium: 'deny' } });
  const held = precheckToolCall(approve, call('send_email', {}), t);
  assert.equal(held.action, 'approve');
  assert.equal(held.rule, 'taint:high');
  assert.equal(held.approvalId, undefined);
  assert.equal(precheckToolCall(approve, call('read_file', {}), t).rule, 'taint:medium');
  assert.equal(precheckToolCall(approve, call('read_file', {}), t).action, 'deny');
  assert.equal(precheckToolCall(approve, call('search', {}), t).action, 'allow');
});

test('approval: required holds the call; deny and constraints are checked first', () => {
  const p = compileToolPolicy({ deny: ['wire_all'], per_tool: { 'wire_*': { approval: 'required', arguments: { '/amount': { maximum: 1000 } } } } });
  assert.equal(precheckToolCall(p, call('wire_money', { amount: 10 }), ctx()).action, 'approve');
  assert.equal(precheckToolCall(p, call('wire_money', { amount: 10 }), ctx()).rule, 'approval:required');
  assert.equal(precheckToolCall(p, call('wire_money', { amount: 5000 }), ctx()).action, 'deny');
  assert.equal(precheckToolCall(p, call('wire_all', {}), ctx()).action, 'deny');
});

test('filterDeclarations strips what may never be called in this context', () => {
  const p = compileToolPolicy({
    allow: ['search', 'send_email', 'fetch', 'wire'],
    deny: ['fetch'],
    per_tool: { send_email: { risk: 'high' }, search: { risk: 'low' }, wire: { risk: 'high', approval: 'required' } },
    when: [{ roles: ['admin'], allow: ['*'] }],
  });
  const decls = ['search', 'send_email', 'fetch', 'shell', 'wire', 'search'].map((name, i) => ({ name, pointer: `/tools/${i}` }));
  assert.deepEqual(filterDeclarations(p, decls, ctx()).sort(), ['fetch', 'shell']);
  assert.deepEqual(filterDeclarations(p, decls, ctx({ tainted: true })).sort(), ['fetch', 'send_email', 'shell', 'wire']);
  assert.deepEqual(filterDeclarations(p, decls, ctx({ identity: identity('root', ['admin']) })).sort(), ['fetch']);
  assert.deepEqual(filterDeclarations(compileToolPolicy(undefined), decls, ctx()), []);
  assert.deepEqual(filterDeclarations(compileToolPolicy({ max_calls: 0 }), decls.slice(0, 2), ctx()).sort(), ['search', 'send_email']);
});

test('resolvePointer follows RFC 6901', () => {
  const doc = { a: [{ 'b/c': 1, 'd~e': 2 }], '': 3 };
  assert.deepEqual(resolvePointer(doc, '/a/0/b~1c'), { found: true, value: 1 });
  assert.deepEqual(resolvePointer(doc, '/a/0/d~0e'), { found: true, value: 2 });
  assert.deepEqual(resolvePointer(doc, '/'), { found: true, value: 3 });
  assert.equal(resolvePointer(doc, '/a/01').found, false);
  assert.equal(resolvePointer(doc, '/a/1').found, false);
  assert.equal(resolvePointer(doc, '/a/-').found, false);
  assert.equal(resolvePointer(doc, '/toString').found, false);
  assert.equal(resolvePointer(doc, '/a/0/b~1c/x').found, false);
});

test('property: arbitrary calls never crash the evaluator and always get a hash', async () => {
  const fc = (await import('fast-check')).default;
  const p = compileToolPolicy({
    allow: ['*'], deny: ['x*'], max_calls: 5,
    per_tool: { '*': { arguments: { '/url': { hosts: ['*.example.com'] }, '/n': { minimum: 0 }, '/s': { pattern: '^a', max_length: 5 } } } },
  });
  fc.assert(
    fc.property(
      fc.string({ maxLength: 12 }),
      fc.oneof(fc.string({ maxLength: 40 }), fc.json({ maxDepth: 3 })),
      fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
      fc.boolean(),
      fc.nat({ max: 8 }),
      (name, raw, args, tainted, callsSoFar) => {
        const d = precheckToolCall(p, { name, rawArguments: raw, arguments: args, pointer: '', api: 'mcp' }, ctx({ tainted, callsSoFar }));
        assert.match(d.argumentHash, /^[0-9a-f]{64}$/);
        assert.ok(['allow', 'deny', 'approve'].includes(d.action));
        if (callsSoFar >= 5 && d.action === 'allow') assert.fail('max_calls not enforced');
      },
    ),
    { numRuns: 400 },
  );
});
