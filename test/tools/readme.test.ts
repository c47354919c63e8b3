// The policy example in the README `tools` section compiles and does what the text says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { compileToolPolicy } from '../../src/tools/compile.ts';
import { precheckToolCall } from '../../src/tools/evaluate.ts';
import { call, ctx, identity } from './helpers.ts';

test('README tools example', () => {
  const md = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const sec = md.slice(md.indexOf('<!-- section:tools -->'), md.indexOf('<!-- /section:tools -->'));
  const start = sec.indexOf('```yaml\n') + 8;
  const yaml = sec.slice(start, sec.indexOf('```', start));
  const p = compileToolPolicy((parse(yaml) as { tools: unknown }).tools);
  const sre = ctx({ identity: identity('spiffe://cluster.local/ns/sre/sa') });
  const dev = ctx();
  const rule = (c: typeof dev, name: string, args: unknown) => precheckToolCall(p, call(name, args), c).rule;
  assert.equal(rule(sre, 'shell_exec', {}), 'deny:shell_*');
  assert.equal(rule(sre, 'kubectl', {}), 'allow');
  assert.equal(rule(dev, 'kubectl', {}), 'allow:unlisted');
  assert.equal(rule(dev, 'fetch_url', { url: 'http://docs.example.com/' }), 'constraint:/url');
  assert.equal(rule(dev, 'fetch_url', { url: 'https://docs.example.com/' }), 'allow');
  assert.equal(rule(dev, 'send_email', { to: 'x@evil.com' }), 'constraint:/to');
  assert.equal(rule(dev, 'deploy', { env: 'prod', replicas: 3 }), 'approval:required');
  assert.equal(rule(ctx({ tainted: true }), 'send_email', { to: 'a@example.com' }), 'taint:high');
  assert.equal(rule(ctx({ callsSoFar: 8 }), 'search_web', {}), 'max_calls');
  assert.equal(p.approvalTtlMs, 600_000);
});
