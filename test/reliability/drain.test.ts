// Drain: SIGTERM under load loses no exchange that started before it. N exchanges are opened against
// `node src/cli.ts serve` (real pipeline) and held between request and response (the upstream is
// "slow"); SIGTERM arrives; new exchanges are refused; the N held exchanges then complete correctly
// (their streamed responses are still scanned and redacted) and the process exits 0.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EnvoyExtProcClient, type EnvoyConfig, type EnvoyResult } from '../envoy/client.ts';
import { PATTERNS_POLICY, killChildren, spawnServe, until } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-drain-'));
const policyFile = path.join(tmp, 'policy.yaml');
fs.writeFileSync(policyFile, PATTERNS_POLICY);
after(() => {
  killChildren();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const MODES: EnvoyConfig['processingMode'] = { request_header_mode: 'SEND', response_header_mode: 'SEND', request_body_mode: 'BUFFERED', response_body_mode: 'STREAMED' };
const N = 20;

test(`SIGTERM with ${N} exchanges in flight: all complete correctly, new ones are refused, exit code 0`, async () => {
  const s = await spawnServe(['--policy', policyFile, '--audit-store', 'none', '--grace-ms', '20000', '--log-level', 'warn']);
  const client = new EnvoyExtProcClient({ target: s.grpc, processingMode: MODES, allowModeOverride: true, messageTimeoutMs: 15_000 });
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let atUpstream = 0;
  const inflight: Promise<EnvoyResult>[] = [];
  for (let i = 0; i < N; i++) {
    const body = JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: `request ${i} card 4111111111111111` }] });
    inflight.push(
      client.exchange({ method: 'POST', path: '/v1/chat/completions', headers: [['content-type', 'application/json']], body }, async (up) => {
        assert.ok(!up.body.toString().includes('4111111111111111'));
        atUpstream++;
        await gate;
        return {
          status: 200,
          headers: [['content-type', 'text/event-stream']],
          body: [`data: {"choices":[{"index":0,"delta":{"content":"reply ${i} to bob@example.com"}}]}\n\n`, 'data: [DONE]\n\n'],
        };
      }),
    );
  }
  try {
    await until(() => atUpstream === N, 20_000, 'all exchanges in flight');
    s.child.kill('SIGTERM');
    // New exchanges after SIGTERM are refused (UNAVAILABLE / GOAWAY → Envoy's fail-closed 500).
    await until(async () => {
      const late = new EnvoyExtProcClient({ target: s.grpc, processingMode: MODES, messageTimeoutMs: 5000 });
      try {
        const r = await late.exchange({ method: 'GET', path: '/' });
        return r.downstream.status === 500;
      } finally {
        late.close();
      }
    }, 10_000, 'new exchanges refused while draining');
    assert.equal(s.child.exitCode, null, 'still running while exchanges are open');
    release();
    const results = await Promise.all(inflight);
    results.forEach((r, i) => {
      assert.equal(r.downstream.status, 200, `exchange ${i}`);
      assert.equal(r.downstream.reset, false);
      const text = r.downstream.body.toString();
      assert.ok(text.includes(`reply ${i}`), `exchange ${i} got its own response`);
      assert.ok(!text.includes('bob@example.com'), `exchange ${i} was still scanned after SIGTERM`);
    });
    const exit = await s.exit;
    assert.equal(exit.code, 0, `exit ${JSON.stringify(exit)}: ${s.stderr().slice(0, 500)}`);
  } finally {
    release();
    client.close();
  }
});
