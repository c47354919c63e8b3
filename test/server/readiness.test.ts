// Readiness follows the pipeline through the `llm_boundary.readiness` health service (and the hosted
// service names); '' stays SERVING so a liveness probe never restarts a pod for a dependency outage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { startServer } from '../../src/commands/serve.ts';
import { parseServeOptions } from '../../src/config/options.ts';
import { clientConstructor } from '../../src/server/protos.ts';
import { READINESS_SERVICE } from '../../src/server/health.ts';
import { createPipeline } from '../../bench/noop-pipeline.ts';

test('health: readiness services follow pipeline.ready(); the server-wide status stays SERVING', async () => {
  let ready = true;
  const base = createPipeline();
  const server = await startServer(
    parseServeOptions(['--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0', '--audit-store', 'none', '--log-level', 'silent']),
    { ...base, ready: () => ready },
  );
  const Health = clientConstructor('grpc.health.v1.Health');
  type Cb = (err: Error | null, res: { status: string }) => void;
  const c = new Health(server.grpcAddress, grpc.credentials.createInsecure()) as unknown as grpc.Client & { Check(req: { service: string }, cb: Cb): void };
  const check = (service: string) => new Promise<string>((resolve, reject) =>
    c.Check({ service }, (err, res) => (err ? reject(err) : resolve(res.status))));
  const until = async (service: string, want: string) => {
    for (let i = 0; i < 50; i++) {
      if ((await check(service)) === want) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`${service} never became ${want}`);
  };
  try {
    assert.equal(await check(''), 'SERVING');
    await until(READINESS_SERVICE, 'SERVING');
    ready = false;
    await until(READINESS_SERVICE, 'NOT_SERVING');
    assert.equal(await check('envoy.service.ext_proc.v3.ExternalProcessor'), 'NOT_SERVING');
    assert.equal(await check(''), 'SERVING', 'liveness unaffected');
    ready = true;
    await until(READINESS_SERVICE, 'SERVING');
  } finally {
    c.close();
    await server.shutdown();
  }
});
