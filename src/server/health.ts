// grpc.health.v1.Health: Check (unary) and Watch (server stream). Envoy's gRPC health checker and
// Kubernetes gRPC probes use it. Status per service name; '' is the whole server. Lifetime: one per
// grpc.Server; setAll('NOT_SERVING') on shutdown, then shutdown() ends the Watch streams.
import * as grpc from '@grpc/grpc-js';
import { healthService } from './protos.ts';

export type ServingStatus = 'SERVING' | 'NOT_SERVING';

/**
 * Readiness as a health service name: NOT_SERVING while the pipeline cannot take traffic (for example
 * the audit store is down and the policy fails closed on it). '' stays SERVING until shutdown, so a
 * liveness probe on '' never restarts a pod for a dependency outage; readiness probes and Envoy's
 * health checks use this name (or the service names below, which follow it).
 */
export const READINESS_SERVICE = 'llm_boundary.readiness';

/** Service names answered by default: the whole server, readiness, and each service we host. */
export const HEALTH_SERVICES: readonly string[] = Object.freeze([
  '',
  READINESS_SERVICE,
  'envoy.service.ext_proc.v3.ExternalProcessor',
  'envoy.service.auth.v3.Authorization',
]);

interface HealthRequest {
  service?: string;
}

type WatchCall = grpc.ServerWritableStream<HealthRequest, { status: string }>;

export class HealthService {
  private readonly statuses = new Map<string, ServingStatus>();
  private readonly watchers = new Map<string, Set<WatchCall>>();

  constructor(services: readonly string[] = HEALTH_SERVICES, initial: ServingStatus = 'SERVING') {
    for (const s of services) this.statuses.set(s, initial);
  }

  register(server: grpc.Server): void {
    server.addService(healthService(), {
      Check: (call: grpc.ServerUnaryCall<HealthRequest, unknown>, cb: grpc.sendUnaryData<unknown>) => {
        const status = this.statuses.get(call.request?.service ?? '');
        if (status === undefined) {
          cb({ code: grpc.status.NOT_FOUND, details: `unknown service ${call.request?.service ?? ''}` }, null);
          return;
        }
        cb(null, { status });
      },
      Watch: (call: WatchCall) => {
        const service = call.request?.service ?? '';
        let set = this.watchers.get(service);
        if (!set) this.watchers.set(service, (set = new Set()));
        set.add(call);
        const remove = (): void => {
          set.delete(call);
        };
        call.on('cancelled', remove);
        call.on('close', remove);
        call.on('error', remove);
        call.write({ status: this.statuses.get(service) ?? 'SERVICE_UNKNOWN' });
      },
    });
  }

  status(service = ''): ServingStatus | undefined {
    return this.statuses.get(service);
  }

  /** Set one service's status and notify its watchers (only on change). */
  set(service: string, status: ServingStatus): void {
    if (this.statuses.get(service) === status) return;
    this.statuses.set(service, status);
    for (const w of this.watchers.get(service) ?? []) {
      try {
        w.write({ status });
      } catch {
        // watcher went away
      }
    }
  }

  setAll(status: ServingStatus): void {
    for (const s of [...this.statuses.keys()]) this.set(s, status);
  }

  /** End all Watch streams with OK so the server can shut down. */
  shutdown(): void {
    for (const set of this.watchers.values()) {
      for (const w of set) {
        try {
          w.end();
        } catch {
          // already closed
        }
      }
      set.clear();
    }
  }
}
