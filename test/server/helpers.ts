// Test doubles for the server tests: a scriptable Exchange/ExchangeFactory and an in-process server
// on 127.0.0.1:0. Not a test file itself.
import * as grpc from '@grpc/grpc-js';
import type {
  BodyMode,
  CloseReason,
  Exchange,
  ExchangeFactory,
  ExchangeStart,
  HeaderList,
  PhaseName,
  PhaseResult,
} from '../../src/pipeline/types.ts';
import { ExtProcServer } from '../../src/server/extproc.ts';
import { HealthService } from '../../src/server/health.ts';
import { createGrpcServer } from '../../src/commands/serve.ts';

export interface Call {
  readonly phase: PhaseName;
  readonly headers?: HeaderList;
  readonly chunk?: Buffer;
  readonly eos?: boolean;
  readonly mode?: BodyMode;
}

/** Per-phase behaviour; default: continue unchanged. */
export interface Script {
  requestHeaders?(h: HeaderList, eos: boolean, ex: TestExchange): Promise<PhaseResult> | PhaseResult;
  requestBody?(chunk: Buffer, eos: boolean, mode: BodyMode, ex: TestExchange): Promise<PhaseResult> | PhaseResult;
  requestTrailers?(t: HeaderList, ex: TestExchange): Promise<PhaseResult> | PhaseResult;
  responseHeaders?(h: HeaderList, eos: boolean, ex: TestExchange): Promise<PhaseResult> | PhaseResult;
  responseBody?(chunk: Buffer, eos: boolean, mode: BodyMode, ex: TestExchange): Promise<PhaseResult> | PhaseResult;
  responseTrailers?(t: HeaderList, ex: TestExchange): Promise<PhaseResult> | PhaseResult;
  onDeadline?(phase: PhaseName): PhaseResult;
  onError?(phase: PhaseName, err: unknown): PhaseResult;
}

const CONTINUE: PhaseResult = { kind: 'continue' };
let seq = 0;

/** Records every call; behaviour from a Script. */
export class TestExchange implements Exchange {
  readonly decisionId = `test-${++seq}`;
  readonly start: ExchangeStart;
  readonly calls: Call[] = [];
  readonly deadlines: PhaseName[] = [];
  readonly errors: Array<{ phase: PhaseName; err: unknown }> = [];
  closeReasons: CloseReason[] = [];
  private readonly script: Script;
  private closedResolve!: (r: CloseReason) => void;
  readonly closed: Promise<CloseReason>;

  constructor(start: ExchangeStart, script: Script) {
    this.start = start;
    this.script = script;
    this.closed = new Promise((r) => (this.closedResolve = r));
  }
  async requestHeaders(headers: HeaderList, eos: boolean): Promise<PhaseResult> {
    this.calls.push({ phase: 'request_headers', headers, eos });
    return (await this.script.requestHeaders?.(headers, eos, this)) ?? CONTINUE;
  }
  async requestBody(chunk: Buffer, eos: boolean, mode: BodyMode): Promise<PhaseResult> {
    this.calls.push({ phase: 'request_body', chunk, eos, mode });
    return (await this.script.requestBody?.(chunk, eos, mode, this)) ?? CONTINUE;
  }
  async requestTrailers(t: HeaderList): Promise<PhaseResult> {
    this.calls.push({ phase: 'request_trailers', headers: t });
    return (await this.script.requestTrailers?.(t, this)) ?? CONTINUE;
  }
  async responseHeaders(headers: HeaderList, eos: boolean): Promise<PhaseResult> {
    this.calls.push({ phase: 'response_headers', headers, eos });
    return (await this.script.responseHeaders?.(headers, eos, this)) ?? CONTINUE;
  }
  async responseBody(chunk: Buffer, eos: boolean, mode: BodyMode): Promise<PhaseResult> {
    this.calls.push({ phase: 'response_body', chunk, eos, mode });
    return (await this.script.responseBody?.(chunk, eos, mode, this)) ?? CONTINUE;
  }
  async responseTrailers(t: HeaderList): Promise<PhaseResult> {
    this.calls.push({ phase: 'response_trailers', headers: t });
    return (await this.script.responseTrailers?.(t, this)) ?? CONTINUE;
  }
  onDeadline(phase: PhaseName): PhaseResult {
    this.deadlines.push(phase);
    return this.script.onDeadline?.(phase) ?? { kind: 'deny', status: 504, headers: [], body: Buffer.from('deadline'), details: 'deadline' };
  }
  onError(phase: PhaseName, err: unknown): PhaseResult {
    this.errors.push({ phase, err });
    return this.script.onError?.(phase, err) ?? { kind: 'deny', status: 500, headers: [], body: Buffer.from('error'), details: 'internal error' };
  }
  close(reason: CloseReason): void {
    this.closeReasons.push(reason);
    if (this.closeReasons.length === 1) this.closedResolve(reason);
  }
}

/** Factory that builds TestExchanges from one Script and remembers them. */
export class TestFactory implements ExchangeFactory {
  readonly exchanges: TestExchange[] = [];
  script: Script;
  constructor(script: Script = {}) {
    this.script = script;
  }
  create(start: ExchangeStart): TestExchange {
    const ex = new TestExchange(start, this.script);
    this.exchanges.push(ex);
    return ex;
  }
  get last(): TestExchange {
    return this.exchanges[this.exchanges.length - 1];
  }
}

export interface TestServer {
  readonly target: string;
  readonly extproc: ExtProcServer;
  readonly health: HealthService;
  readonly server: grpc.Server;
  close(): Promise<void>;
}

/** Envoy message_timeout for test clients: far above any legitimate processing time under load. */
export const TEST_MESSAGE_TIMEOUT_MS = 10_000;

/** Starts ExtProcServer + Health on 127.0.0.1:0. */
export async function startTestServer(
  factory: ExchangeFactory,
  o: { deadlineMs?: number; maxStreams?: number; maxMessageBytes?: number; keepaliveMs?: number; keepaliveTimeoutMs?: number } = {},
): Promise<TestServer> {
  const server = createGrpcServer(o.maxMessageBytes ?? 16 * 1024 * 1024, o.keepaliveMs ?? 0, o.keepaliveTimeoutMs);
  // Generous default deadline: tests run on a loaded shared machine; deadline tests set their own.
  const extproc = new ExtProcServer({ factory, deadlineMs: o.deadlineMs ?? 5000, maxStreams: o.maxStreams ?? 10000 });
  extproc.register(server);
  const health = new HealthService();
  health.register(server);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return {
    target: `127.0.0.1:${port}`,
    extproc,
    health,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        extproc.closeAll();
        health.shutdown();
        server.forceShutdown();
        resolve();
      }),
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Wait until cond() is true (polling; for state changes that happen after a reply, not for timing). */
export async function until(cond: () => boolean, limitMs = 2000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await sleep(5);
  }
}
