// Shared helpers for the reliability and fuzz suites (not a test file): an in-process server running
// the REAL pipeline, the CLI as a child process, a pausable TCP proxy for dependency outages, a
// Prometheus text parser and a ProcessingResponse shape checker. Everything binds 127.0.0.1 / port 0.
import * as grpc from '@grpc/grpc-js';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExtProcServer } from '../../src/server/extproc.ts';
import { HealthService } from '../../src/server/health.ts';
import { registerAuthz } from '../../src/server/authz.ts';
import { assemblePipeline, type Pipeline } from '../../src/pipeline/index.ts';
import { MemoryAuditSink } from '../../src/pipeline/evaluate.ts';
import { compilePolicy, loadEmbeddedPolicy } from '../../src/policy/compile.ts';
import type { CompiledPolicy } from '../../src/policy/types.ts';
import { MemoryApprovalStore } from '../../src/tools/index.ts';
import type { AuditSink } from '../../src/audit/types.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'src/cli.ts');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Poll until cond() holds (state changes after a reply; never a timing assertion). */
export async function until(cond: () => boolean | Promise<boolean>, limitMs = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`${what} not reached within ${limitMs} ms`);
    await sleep(5);
  }
}

/** A patterns policy used where the embedded default's ML detector would only slow fuzzing down. */
export const PATTERNS_POLICY = `version: 1
settings:
  decision_header: x-llm-boundary-decision
detectors:
  blocklist:
    type: patterns
    patterns:
      - { id: codename, literal: "Project Falcon", type: CONFIDENTIAL }
  pii:
    type: patterns
    patterns:
      - { id: card, regex: "\\\\b4[0-9]{15}\\\\b", type: CREDIT_CARD, max_length: 16 }
      - { id: mail, regex: "[a-z]+@[a-z]+\\\\.com", type: EMAIL, max_length: 64 }
default:
  request:
    detectors: [blocklist, pii]
    findings:
      CONFIDENTIAL: { action: deny }
      CREDIT_CARD: { action: redact, style: partial, keep: 4 }
      EMAIL: { action: redact, style: placeholder }
  response:
    detectors: [blocklist, pii]
    findings:
      CONFIDENTIAL: { action: deny }
      EMAIL: { action: redact, style: mask }
      CREDIT_CARD: { action: redact, style: mask }
  audit: { capture: redacted }
`;

const HMAC = Buffer.alloc(32, 7);

export function patternsPolicy(text = PATTERNS_POLICY): CompiledPolicy {
  return compilePolicy(text, { source: 'reliability.yaml', baseDir: ROOT, hmacKey: HMAC });
}

let embedded: CompiledPolicy | undefined;
/** The embedded default policy (compiled once per process: the injection model load is not free). */
export function defaultPolicy(): CompiledPolicy {
  embedded ??= loadEmbeddedPolicy({ hmacKey: HMAC });
  return embedded;
}

export interface RealServer {
  readonly target: string;
  readonly extproc: ExtProcServer;
  readonly server: grpc.Server;
  readonly pipeline: Pipeline;
  readonly audit: AuditSink;
  close(): Promise<void>;
}

/** ext_proc + ext_authz + health on 127.0.0.1:0 with the real pipeline (memory audit and approvals). */
export async function startRealServer(o: {
  policy?: CompiledPolicy;
  deadlineMs?: number;
  maxStreams?: number;
  maxMessageBytes?: number;
  audit?: AuditSink;
} = {}): Promise<RealServer> {
  const policy = o.policy ?? patternsPolicy();
  const audit = o.audit ?? new MemoryAuditSink();
  const pipeline = assemblePipeline({ policies: { current: () => policy, close() {} }, audit, approvals: new MemoryApprovalStore() });
  const server = new grpc.Server({
    'grpc.max_receive_message_length': o.maxMessageBytes ?? 16 * 1024 * 1024,
    'grpc.max_send_message_length': o.maxMessageBytes ?? 16 * 1024 * 1024,
  });
  // Generous internal deadline: the shared CI machine is slow; deadline behaviour is tested elsewhere.
  const extproc = new ExtProcServer({ factory: pipeline.factory, deadlineMs: o.deadlineMs ?? 5000, maxStreams: o.maxStreams ?? 10000 });
  extproc.register(server);
  new HealthService().register(server);
  registerAuthz(server, pipeline.authorize, { deadlineMs: o.deadlineMs ?? 5000 });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return {
    target: `127.0.0.1:${port}`,
    extproc,
    server,
    pipeline,
    audit,
    async close() {
      extproc.closeAll();
      server.forceShutdown();
      await pipeline.close();
    },
  };
}

// ---- the CLI as a child process --------------------------------------------------------------------

export interface Child {
  readonly child: ChildProcess;
  readonly grpc: string;
  readonly admin: string;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout(): string;
  stderr(): string;
}

const children = new Set<ChildProcess>();
/** Kill every child this process started (by pid, SIGKILL); call from after(). */
export function killChildren(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

/** Start `node src/cli.ts serve ...` on 127.0.0.1:0 ports; resolves once the listening line is printed. */
export function spawnServe(args: readonly string[], env: Record<string, string> = {}): Promise<Child> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--grpc-listen', '127.0.0.1:0', '--admin-listen', '127.0.0.1:0', ...args],
    { env: { ...process.env, LLM_BOUNDARY_HMAC_KEY: HMAC.toString('hex'), ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd: ROOT },
  );
  children.add(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  return new Promise((resolve, reject) => {
    let found = false;
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (found) return;
      for (const line of out.split('\n')) {
        if (!line.includes('"listening"')) continue;
        found = true;
        const j = JSON.parse(line) as { grpc: string; admin: string };
        resolve({ child, grpc: j.grpc, admin: j.admin, exit, stdout: () => out, stderr: () => err });
        return;
      }
    });
    void exit.then((e) => {
      if (!found) reject(new Error(`serve exited (${e.code ?? e.signal}) before listening: ${err.slice(0, 2000)}`));
    });
  });
}

// ---- a pausable TCP proxy (dependency outages without touching the real services) ----------------

/**
 * Forwards 127.0.0.1:<port> to a target port. pause() cuts every open connection and refuses new
 * ones (accepts and closes at once, like a dead peer); resume() forwards again. Lifetime: one test.
 */
export class TcpProxy {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private paused = false;
  port = 0;
  private readonly targetPort: number;

  constructor(targetPort: number) {
    this.targetPort = targetPort;
    this.server = net.createServer((client) => {
      if (this.paused) {
        client.destroy();
        return;
      }
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      this.sockets.add(client);
      this.sockets.add(upstream);
      const drop = (): void => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', drop);
      upstream.on('error', drop);
      client.on('close', drop);
      upstream.on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }

  async start(): Promise<number> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  pause(): void {
    this.paused = true;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  resume(): void {
    this.paused = false;
  }

  async close(): Promise<void> {
    this.pause();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

// ---- admin HTTP and metrics ---------------------------------------------------------------------

export function httpGet(admin: string, p: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string }> {
  const [host, port] = [admin.slice(0, admin.lastIndexOf(':')), Number(admin.slice(admin.lastIndexOf(':') + 1))];
  return new Promise((resolve, reject) => {
    const req = http.request({ host: host.replace(/^\[|\]$/g, ''), port, path: p, method, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface Series {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly value: number;
}

/** Parses Prometheus text exposition (the subset prom-client writes). */
export function parseMetrics(text: string): Series[] {
  const out: Series[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const brace = line.indexOf('{');
    const space = line.lastIndexOf(' ');
    let name: string;
    const labels: Record<string, string> = {};
    if (brace >= 0 && brace < space) {
      name = line.slice(0, brace);
      const close = line.lastIndexOf('}');
      const body = line.slice(brace + 1, close);
      // label="value" pairs; values may contain escaped quotes.
      let i = 0;
      while (i < body.length) {
        const eq = body.indexOf('=', i);
        const key = body.slice(i, eq).replace(/^,/, '');
        let j = eq + 2;
        let v = '';
        while (j < body.length && body[j] !== '"') {
          if (body[j] === '\\') {
            v += body[j + 1] === 'n' ? '\n' : body[j + 1];
            j += 2;
          } else v += body[j++];
        }
        labels[key] = v;
        i = j + 1;
        if (body[i] === ',') i++;
      }
    } else name = line.slice(0, space);
    out.push({ name, labels, value: Number(line.slice(space + 1)) });
  }
  return out;
}

// ---- ProcessingResponse shape -------------------------------------------------------------------

const RESPONSE_MEMBERS = ['request_headers', 'response_headers', 'request_body', 'response_body', 'request_trailers', 'response_trailers', 'immediate_response'];

/**
 * Checks one decoded ProcessingResponse against the rules Envoy enforces (doc §3.4/§3.6): exactly one
 * member of the `response` oneof; header mutations carry raw_value only; an immediate_response has
 * a status. Returns a problem description, or undefined when well-formed.
 */
export function replyProblem(msg: Record<string, unknown>): string | undefined {
  const set = RESPONSE_MEMBERS.filter((k) => msg[k] !== undefined && msg[k] !== null);
  if (set.length !== 1) return `expected exactly one response member, got [${set.join(',')}]`;
  if (msg.response !== undefined && msg.response !== set[0]) return `oneof discriminator ${String(msg.response)} != ${set[0]}`;
  const v = msg[set[0]] as Record<string, unknown>;
  const mutations: unknown[] = [];
  if (set[0] === 'immediate_response') {
    const st = (v.status as { code?: unknown } | undefined)?.code;
    if (st === undefined) return 'immediate_response without status';
    mutations.push(v.headers);
  } else if (set[0].endsWith('_trailers')) {
    mutations.push(v.header_mutation);
  } else {
    mutations.push((v.response as Record<string, unknown> | undefined)?.header_mutation);
  }
  for (const m of mutations) {
    const sh = (m as { set_headers?: Array<{ header?: { value?: string; raw_value?: Buffer } }> } | undefined)?.set_headers ?? [];
    for (const o of sh) {
      if (o.header?.value !== undefined && o.header.value !== '') return 'header mutation uses value instead of raw_value';
      if (o.header?.raw_value === undefined) return 'header mutation without raw_value';
    }
  }
  return undefined;
}

/** Phase name of a ProcessingRequest member that expects a reply of the same name. */
export function expectsReply(member: string): boolean {
  return RESPONSE_MEMBERS.includes(member) && member !== 'immediate_response';
}
