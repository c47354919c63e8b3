// grpc.health.v1 Check and Watch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { clientConstructor } from '../../src/server/protos.ts';
import { TestFactory, startTestServer, until } from './helpers.ts';

test('Check answers per service; unknown service is NOT_FOUND; Watch streams status changes', async () => {
  const s = await startTestServer(new TestFactory());
  const Health = clientConstructor('grpc.health.v1.Health');
  const c = new Health(s.target, grpc.credentials.createInsecure()) as any;
  const check = (service: string): Promise<{ err: grpc.ServiceError | null; res: any }> =>
    new Promise((resolve) => c.Check({ service }, (err: grpc.ServiceError | null, res: any) => resolve({ err, res })));

  assert.equal((await check('')).res.status, 'SERVING');
  assert.equal((await check('envoy.service.ext_proc.v3.ExternalProcessor')).res.status, 'SERVING');
  const unknown = await check('no.such.Service');
  assert.equal(unknown.err?.code, grpc.status.NOT_FOUND);

  const seen: string[] = [];
  const w = c.Watch({ service: '' });
  w.on('data', (m: any) => seen.push(m.status));
  w.on('error', () => {});
  await until(() => seen.length === 1);
  s.health.setAll('NOT_SERVING');
  await until(() => seen.length === 2);
  assert.deepEqual(seen, ['SERVING', 'NOT_SERVING']);
  assert.equal((await check('')).res.status, 'NOT_SERVING');

  const unknownSeen: string[] = [];
  const w2 = c.Watch({ service: 'no.such.Service' });
  w2.on('data', (m: any) => unknownSeen.push(m.status));
  w2.on('error', () => {});
  await until(() => unknownSeen.length === 1);
  assert.deepEqual(unknownSeen, ['SERVICE_UNKNOWN']);

  const ended = new Promise<void>((r) => w.on('status', () => r()));
  s.health.shutdown();
  await ended;
  w2.cancel();
  c.close();
  await s.close();
});
