// envoy.service.ext_proc.v3.ExternalProcessor/Process: a thin dispatcher. Each call gets its own
// StreamProcessor (stream.ts), which drives one Exchange from the ExchangeFactory. This module only
// admits or refuses calls (capacity cap, draining, optional peer check) and tracks the open ones so
// shutdown can drain them. Lifetime: one ExtProcServer per grpc.Server, for the process lifetime.
import * as grpc from '@grpc/grpc-js';
import type { ExchangeFactory } from '../pipeline/types.ts';
import { activeStreams, rejectedStreams } from '../observability/metrics.ts';
import { logger as rootLogger, type Logger } from '../observability/logger.ts';
import { extProcService } from './protos.ts';
import { StreamProcessor, type ProcessCall } from './stream.ts';

export interface ExtProcServerOptions {
  readonly factory: ExchangeFactory;
  /** Internal per-message deadline in ms (flag --deadline-ms, default 150; keep below Envoy's message_timeout). */
  readonly deadlineMs: number;
  /** Global cap on concurrently open Process calls (flag --max-streams, default 10000). */
  readonly maxStreams: number;
  readonly logger?: Logger;
  /**
   * Optional admission check on the caller (e.g. mTLS SPIFFE id allow-list). Returns a refusal
   * message, or undefined to admit. Refused calls end with PERMISSION_DENIED.
   */
  readonly admit?: (call: ProcessCall) => string | undefined;
}

/** Owns the Process handler and the set of open streams. */
export class ExtProcServer {
  private readonly opts: ExtProcServerOptions;
  private readonly log: Logger;
  private readonly open = new Set<StreamProcessor>();
  private draining = false;
  private idleWaiters: Array<() => void> = [];

  constructor(opts: ExtProcServerOptions) {
    if (!Number.isInteger(opts.maxStreams) || opts.maxStreams < 1) throw new Error('maxStreams must be a positive integer');
    if (!(opts.deadlineMs > 0)) throw new Error('deadlineMs must be positive');
    this.opts = opts;
    this.log = opts.logger ?? rootLogger;
  }

  /** Registers the ExternalProcessor service on a grpc-js server. */
  register(server: grpc.Server): void {
    server.addService(withPreEncodedReplies(extProcService()), { Process: (call: ProcessCall) => this.handle(call) });
  }

  /** Number of open Process calls. */
  get openStreams(): number {
    return this.open.size;
  }

  /** The grpc-js handler for Process. */
  handle(call: ProcessCall): void {
    if (this.draining) {
      rejectedStreams.inc({ reason: 'draining' });
      return refuse(call, grpc.status.UNAVAILABLE, 'llm-boundary is draining; retry on another instance');
    }
    if (this.open.size >= this.opts.maxStreams) {
      rejectedStreams.inc({ reason: 'capacity' });
      this.log.warn({ open: this.open.size, max: this.opts.maxStreams }, 'refusing ext_proc stream: at capacity');
      return refuse(call, grpc.status.RESOURCE_EXHAUSTED, `llm-boundary is at its stream limit (${this.opts.maxStreams})`);
    }
    const refusal = this.opts.admit?.(call);
    if (refusal !== undefined) {
      rejectedStreams.inc({ reason: 'unauthenticated' });
      this.log.warn({ reason: refusal }, 'refusing ext_proc stream: peer not admitted');
      return refuse(call, grpc.status.PERMISSION_DENIED, refusal);
    }
    const p = new StreamProcessor(call, {
      factory: this.opts.factory,
      deadlineMs: this.opts.deadlineMs,
      log: this.log,
      onDone: (sp) => this.release(sp),
    });
    this.open.add(p);
    activeStreams.inc();
  }

  /** Stop admitting new streams (they get UNAVAILABLE); open streams continue. */
  drain(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Resolves true when no stream is open, or false after timeoutMs. */
  waitIdle(timeoutMs: number): Promise<boolean> {
    if (this.open.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      const waiter = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      this.idleWaiters.push(waiter);
    });
  }

  /** End every open stream with UNAVAILABLE (after the grace period). */
  closeAll(): void {
    for (const p of [...this.open]) p.shutdown();
  }

  private release(p: StreamProcessor): void {
    if (!this.open.delete(p)) return;
    activeStreams.dec();
    if (this.open.size === 0 && this.idleWaiters.length > 0) {
      const ws = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of ws) w();
    }
  }
}

function refuse(call: ProcessCall, code: grpc.status, details: string): void {
  // Swallow the inbound side so grpc-js does not buffer it; the status ends the call.
  call.on('data', () => {});
  call.on('error', () => {});
  call.emit('error', { code, details, metadata: new grpc.Metadata() } as grpc.ServiceError);
}

/**
 * The ExternalProcessor definition with a Process response serializer that passes a Buffer through as
 * the already-encoded ProcessingResponse (the StreamProcessor writes the per-chunk body replies
 * pre-encoded, envelope.ts encodeBodyReply); any other value goes through the generated serializer.
 */
function withPreEncodedReplies(def: grpc.ServiceDefinition): grpc.ServiceDefinition {
  const proc = def.Process;
  const generic = proc.responseSerialize;
  const responseSerialize = (msg: unknown): Buffer => (Buffer.isBuffer(msg) ? msg : generic(msg));
  return { ...def, Process: { ...proc, responseSerialize } };
}

