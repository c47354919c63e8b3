// End to end through the demo's scenarios: the real service with the demo policy (embedded default +
// a tool deny-list), the
// mock LLM and the Envoy-faithful client. Asserts what the default policy promises (README policy):
// injections blocked, secrets and card numbers redacted both ways, e-mail addresses masked in answers,
// exfiltration links stripped — and that benign traffic passes untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockLlm } from '../../src/mock-llm/server.ts';
import { BENIGN_TEXT, LEAKED_AWS_KEY, LEAKED_EMAIL, LEAKED_GITHUB_TOKEN, EXFIL_HOST } from '../../src/mock-llm/scenarios.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoPolicyText, runScenarios, SCENARIOS } from '../../scripts/demo.ts';
import { startService } from './service.ts';

test('demo scenarios against the real pipeline and default policy', async (t) => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-demo-'));
  fs.writeFileSync(path.join(tmp, 'policy.yaml'), demoPolicyText());
  const svc = await startService(['--policy', path.join(tmp, 'policy.yaml')]);
  const mock = await startMockLlm({ delayMs: 0 });
  const origWrite = process.stdout.write.bind(process.stdout);
  try {
    // The demo prints as it goes; keep test output clean.
    (process.stdout as any).write = () => true;
    let outcomes;
    try {
      outcomes = await runScenarios(svc.grpc, mock);
    } finally {
      (process.stdout as any).write = origWrite;
    }
    const by = new Map(outcomes.map((o) => [o.title, o]));
    const get = (prefix: string) => {
      const o = outcomes.find((x) => x.title.startsWith(prefix));
      assert.ok(o, prefix);
      return o;
    };
    assert.equal(by.size, SCENARIOS.length);
    for (const o of outcomes) t.diagnostic(`${o.title}: ${o.status} ${JSON.stringify(o.received.slice(0, 100))}`);

    const benign = get('Benign');
    assert.equal(benign.status, 200);
    assert.equal(benign.received, BENIGN_TEXT);

    const injection = get('Direct prompt injection');
    assert.ok(injection.status >= 400, `injection denied (got ${injection.status})`);
    assert.equal(injection.upstreamSaw, undefined, 'the model never saw the injection');

    const indirect = get('Indirect injection');
    assert.ok(indirect.status >= 400, `indirect injection denied (got ${indirect.status})`);

    const card = get('Card number in the prompt');
    // Redacted by ext_proc, or denied at ext_authz (which cannot rewrite bodies): either way the model never sees it.
    assert.ok(card.upstreamSaw === undefined ? card.status >= 400 : !card.upstreamSaw.includes('4111 1111 1111 1111'), 'card never reaches the model');

    const pii = get('Model leaks PII');
    assert.ok(!pii.received.includes(LEAKED_EMAIL), 'e-mail masked in the answer');

    const probe = get('Request asks for the password');
    assert.ok(probe.status >= 400, `the request for the guarded password is denied (got ${probe.status})`);
    assert.equal(probe.upstreamSaw, undefined, 'the model never saw it');

    const secret = get('Model spells out the password');
    assert.equal(secret.status, 200);
    assert.ok(secret.received.includes('[SYSTEM_PROMPT_SECRET]') && !secret.received.includes('T-O-R-N-A-D-O'), `spelled-out password masked (got ${secret.received})`);

    const acrostic = get('Model hides the password in an acrostic');
    assert.equal(acrostic.status, 200);
    assert.ok(acrostic.received.includes('[SYSTEM_PROMPT_SECRET]') && !acrostic.received.includes('T is for the tide'), `acrostic masked (got ${acrostic.received})`);
    assert.ok(acrostic.received.startsWith('A poem for you:') && acrostic.received.endsWith('I hope you like it.'), acrostic.received);

    const tool = get('Model calls a dangerous tool');
    assert.ok(!tool.received.includes('attacker.example/x.sh'), `the denied run_shell call never reaches the client (got ${tool.status})`);

    const stream = get('Streamed answer');
    assert.ok(stream.extproc && !stream.extproc.downstream.body.toString().includes(LEAKED_AWS_KEY), 'AWS key redacted across chunks');
    assert.ok(!stream.extproc.downstream.body.toString().includes(LEAKED_GITHUB_TOKEN), 'GitHub token redacted across chunks');

    const exfil = get('Anthropic stream');
    assert.ok(exfil.extproc && !exfil.extproc.downstream.body.toString().includes(`https://${EXFIL_HOST}/collect`), 'exfiltration link removed');
  } finally {
    await mock.close();
    await svc.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
