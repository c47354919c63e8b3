// `llm-boundary serve`: wires the gRPC server (ext_proc, ext_authz, health) and the admin HTTP server
// around the pipeline from createPipeline(options), prints the bound addresses, and drains on
// SIGTERM/SIGINT. Lifetime: the process.
//
// Start-up line (stdout, one JSON object, always printed whatever the log level, so tests and
// orchestration can read the ports bound for `:0`):
//   {"level":30,"time":...,"service":"llm-boundary","msg":"listening","grpc":"127.0.0.1:43125","admin":"127.0.0.1:39111"}
//
// Shutdown: health → NOT_SERVING (Watch streams notified), /readyz → 503, new Process streams refused
// with UNAVAILABLE and the gRPC server stops accepting calls (GOAWAY), open streams get up to
// --grace-ms to finish, then are ended with UNAVAILABLE; the pipeline is closed; exit code 0.
import * as grpc from '@grpc/grpc-js';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { ExchangeFactory } from '../pipeline/types.ts';
import { OptionsError, parseServeOptions, serveHelp, type ListenAddress, type ServeOptions } from '../config/options.ts';
import { logger } from '../observability/logger.ts';
import { AdminServer, type AdminRoute } from '../server/admin.ts';
import { registerAuthz, type Authorize } from '../server/authz.ts';
import { ExtProcServer } from '../server/extproc.ts';
import { HEALTH_SERVICES, HealthService } from '../server/health.ts';
import { serverCredentials, spiffeAdmission } from '../server/tls.ts';
import { applyHttp2Limits } from '../server/http2-limits.ts';

/** What src/pipeline/index.ts's createPipeline(options) returns (the lead's module). */
export interface Pipeline {
  readonly factory: ExchangeFactory;
  ready(): boolean;
  readonly adminRoutes: readonly AdminRoute[];
  /** ext_authz decision function (see src/server/authz.ts); absent → no Authorization service. */
  readonly authorize?: Authorize;
  close(): Promise<void>;
}

export type CreatePipeline = (options: ServeOptions) => Pipeline | Promise<Pipeline>;

/** How long a keepalive ping may stay unanswered before the connection is closed. */
export const KEEPALIVE_TIMEOUT_MS = 10_000;

/**
 * The gRPC server with our message-size limits and the HTTP/2 limits Envoy's close pattern needs
 * (see src/server/http2-limits.ts); shared by `serve` and the in-process test servers.
 */
export function createGrpcServer(maxMessageBytes: number, keepaliveMs = 0, keepaliveTimeoutMs = KEEPALIVE_TIMEOUT_MS): grpc.Server {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': maxMessageBytes,
    'grpc.max_send_message_length': maxMessageBytes,
    // Server pings find peers that vanished without closing (a killed Envoy pod, a partition): their
    // connection is closed, which cancels its ext_proc streams and frees their state. grpc-js disables
    // keepalive for a value of -1 (its default is 2 hours).
    'grpc.keepalive_time_ms': keepaliveMs > 0 ? keepaliveMs : -1,
    'grpc.keepalive_timeout_ms': keepaliveTimeoutMs,
  });
  applyHttp2Limits(server);
  return server;
}

/** A running server (returned by startServer for in-process use and tests). */
export interface RunningServer {
  readonly grpcAddress: string;
  readonly adminAddress: string;
  readonly options: ServeOptions;
  /** Drain and stop; resolves when everything is closed. Idempotent. */
  shutdown(reason?: string): Promise<void>;
}

function grpcTarget(a: ListenAddress): string {
  if (a.kind === 'unix') return `unix:${a.path}`;
  return a.host.includes(':') ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`;
}

async function loadPipeline(options: ServeOptions): Promise<Pipeline> {
  const spec = options.pipelineModule
    ? pathToFileURL(path.resolve(options.pipelineModule)).href
    : new URL('../pipeline/index.ts', import.meta.url).href;
  let mod: { createPipeline?: CreatePipeline };
  try {
    mod = (await import(spec)) as { createPipeline?: CreatePipeline };
  } catch (err) {
    throw new Error(`cannot load the pipeline module ${spec}: ${(err as Error).message}`);
  }
  if (typeof mod.createPipeline !== 'function') throw new Error(`${spec} does not export createPipeline`);
  return await mod.createPipeline(options);
}

function bindGrpc(server: grpc.Server, target: ListenAddress, creds: grpc.ServerCredentials): Promise<string> {
  const t = grpcTarget(target);
  return new Promise((resolve, reject) => {
    server.bindAsync(t, creds, (err, port) => {
      if (err) return reject(new Error(`cannot listen on ${t}: ${err.message}`));
      if (target.kind === 'unix') return resolve(t);
      resolve(target.host.includes(':') ? `[${target.host}]:${port}` : `${target.host}:${port}`);
    });
  });
}

/** Starts everything for the given options (no signal handling; see run()). */
export async function startServer(options: ServeOptions, pipelineOverride?: Pipeline): Promise<RunningServer> {
  const pipeline = pipelineOverride ?? (await loadPipeline(options));
  const health = new HealthService();
  const admit = spiffeAdmission(options.allowedSpiffeIds);
  const extproc = new ExtProcServer({
    factory: pipeline.factory,
    deadlineMs: options.deadlineMs,
    maxStreams: options.maxStreams,
    logger,
    ...(admit ? { admit } : {}),
  });
  const server = createGrpcServer(options.maxMessageBytes, options.keepaliveMs);
  extproc.register(server);
  health.register(server);
  // ext_authz shares the internal deadline so a slow check is denied before Envoy's own timeout.
  const authz = pipeline.authorize !== undefined;
  if (pipeline.authorize) registerAuthz(server, pipeline.authorize, { deadlineMs: options.deadlineMs });

  let serving = false;
  const admin = new AdminServer({
    routes: pipeline.adminRoutes,
    ...(options.adminToken !== undefined ? { token: options.adminToken } : {}),
    ready: () => serving && pipeline.ready(),
    logger,
  });

  let grpcAddress: string;
  let adminAddress: string;
  try {
    grpcAddress = await bindGrpc(server, options.grpcListen, serverCredentials(options.tls));
    adminAddress = await admin.listen(
      options.adminListen.kind === 'unix' ? { path: options.adminListen.path } : { host: options.adminListen.host, port: options.adminListen.port },
    );
  } catch (err) {
    server.forceShutdown();
    await admin.close().catch(() => {});
    await pipeline.close().catch(() => {});
    throw err;
  }
  serving = true;
  logger.info({ authz, tls: options.tls !== undefined, mtls: options.tls?.clientCa !== undefined }, 'services registered');
  // Readiness follows the pipeline (e.g. a fail-closed audit store that is down); '' stays live.
  const readiness = (): void => {
    const status = serving && pipeline.ready() ? 'SERVING' : 'NOT_SERVING';
    for (const s of HEALTH_SERVICES) if (s !== '') health.set(s, status);
  };
  readiness();
  const readinessTimer = setInterval(readiness, 1000);
  readinessTimer.unref();

  let stopping: Promise<void> | undefined;
  const shutdown = (reason = 'shutdown'): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ reason, openStreams: extproc.openStreams, graceMs: options.graceMs }, 'draining');
      serving = false;
      clearInterval(readinessTimer);
      health.setAll('NOT_SERVING');
      extproc.drain();
      const grpcClosed = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      const idle = await extproc.waitIdle(options.graceMs);
      if (!idle) {
        logger.warn({ openStreams: extproc.openStreams }, 'grace period over; ending open streams');
        extproc.closeAll();
      }
      health.shutdown();
      const forced = setTimeout(() => server.forceShutdown(), 2000);
      forced.unref();
      await grpcClosed;
      clearTimeout(forced);
      await admin.close();
      await pipeline.close();
      logger.info('stopped');
    })();
    return stopping;
  };

  return { grpcAddress, adminAddress, options, shutdown };
}

/** CLI entry for `serve`. Resolves with the exit code once the server has stopped. */
export async function run(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(serveHelp());
    return 0;
  }
  let options: ServeOptions;
  try {
    options = parseServeOptions(argv);
  } catch (err) {
    if (err instanceof OptionsError) {
      process.stderr.write(`llm-boundary serve: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  logger.level = options.logLevel;

  let running: RunningServer;
  try {
    running = await startServer(options);
  } catch (err) {
    process.stderr.write(`llm-boundary serve: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(
    JSON.stringify({
      level: 30,
      time: Date.now(),
      service: 'llm-boundary',
      msg: 'listening',
      grpc: running.grpcAddress,
      admin: running.adminAddress,
    }) + '\n',
  );

  return await new Promise<number>((resolve) => {
    let signals = 0;
    const onSignal = (sig: NodeJS.Signals): void => {
      signals++;
      if (signals > 1) {
        logger.warn({ signal: sig }, 'second signal: exiting now');
        process.exit(1);
      }
      running.shutdown(sig).then(
        () => resolve(0),
        (err: unknown) => {
          logger.error({ err: (err as Error).message }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
