// A peer that vanishes without closing its connection (a killed Envoy pod, a network partition) must not
// pin ext_proc streams forever: with --keepalive-ms the server pings each connection, and a connection
// whose pings go unanswered is closed, which ends its streams and frees their state. The partition is a
// TCP proxy on 127.0.0.1 that stops forwarding in both directions while keeping both sockets open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { EnvoyExtProcClient } from '../envoy/client.ts';
import { TestFactory, sleep, startTestServer, until } from './helpers.ts';

interface Proxy {
  readonly target: string;
  /** Stop forwarding both ways; sockets stay open (no FIN, no RST). */
  blackhole(): void;
  close(): Promise<void>;
}

async function startProxy(upstream: string): Promise<Proxy> {
  const [host, port] = [upstream.slice(0, upstream.lastIndexOf(':')), Number(upstream.slice(upstream.lastIndexOf(':') + 1))];
  let holed = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((down) => {
    const up = net.connect(port, host);
    sockets.add(down).add(up);
    down.on('data', (d) => void (holed || up.write(d)));
    up.on('data', (d) => void (holed || down.write(d)));
    const end = (): void => {
      down.destroy();
      up.destroy();
    };
    down.on('error', end).on('close', end);
    up.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as net.AddressInfo;
  return {
    target: `127.0.0.1:${addr.port}`,
    blackhole: () => void (holed = true),
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** Opens one Process stream through `target` and sends request headers; returns the call. */
async function openStream(target: string): Promise<{ client: EnvoyExtProcClient; call: grpc.ClientDuplexStream<Record<string, unknown>, Record<string, unknown>> }> {
  const client = new EnvoyExtProcClient({ target, messageTimeoutMs: 5000, processingMode: { request_body_mode: 'NONE', response_body_mode: 'NONE' } });
  const call = client.rawCall();
  call.on('error', () => {});
  const replied = new Promise<void>((r) => call.once('data', () => r()));
  call.write({ request_headers: { headers: { headers: [{ key: ':method', raw_value: Buffer.from('GET') }] }, end_of_stream: true } });
  await replied;
  return { client, call };
}

test('keepalive: a partitioned peer loses its connection and its open streams are freed', async () => {
  const srv = await startTestServer(new TestFactory(), { keepaliveMs: 100, keepaliveTimeoutMs: 200 });
  const proxy = await startProxy(srv.target);
  const { client } = await openStream(proxy.target);
  try {
    assert.equal(srv.extproc.openStreams, 1);
    proxy.blackhole();
    await until(() => srv.extproc.openStreams === 0, 5000);
  } finally {
    client.close();
    await proxy.close();
    await srv.close();
  }
});

test('keepalive off (0): the same partition keeps the stream open (what the flag is for)', async () => {
  const srv = await startTestServer(new TestFactory(), { keepaliveMs: 0 });
  const proxy = await startProxy(srv.target);
  const { client } = await openStream(proxy.target);
  try {
    proxy.blackhole();
    await sleep(1000);
    assert.equal(srv.extproc.openStreams, 1);
  } finally {
    client.close();
    await proxy.close();
    await srv.close();
  }
});

test('keepalive: a healthy idle connection answers the pings and keeps its stream', async () => {
  const srv = await startTestServer(new TestFactory(), { keepaliveMs: 100, keepaliveTimeoutMs: 200 });
  const { client } = await openStream(srv.target);
  try {
    await sleep(1000); // ~10 ping rounds
    assert.equal(srv.extproc.openStreams, 1);
  } finally {
    client.close();
    await srv.close();
  }
});
