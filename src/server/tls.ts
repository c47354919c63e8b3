// gRPC listener credentials and the optional SPIFFE-id admission check for mTLS peers.
//
// Certificate rotation: the listener's certificate, key and client CA are re-read when their files
// change (checked every LLM_BOUNDARY_TLS_RELOAD_MS, default 10 s), without a restart and without
// touching open connections: new handshakes use the new files. A changed set that does not load
// (half-written file, key not matching the certificate) is ignored with a warning and the previous
// one stays in use, so a bad rotation never takes the listener down.
import * as grpc from '@grpc/grpc-js';
import fs from 'node:fs';
import tls from 'node:tls';
import type { TlsOptions } from '../config/options.ts';
import { logger } from '../observability/logger.ts';
import type { ProcessCall } from './stream.ts';

/** Default interval between checks of the TLS files for changes. */
export const DEFAULT_TLS_RELOAD_MS = 10_000;

function reloadIntervalFromEnv(): number {
  const raw = process.env.LLM_BOUNDARY_TLS_RELOAD_MS;
  const n = raw === undefined || raw === '' ? DEFAULT_TLS_RELOAD_MS : Number(raw);
  return Number.isInteger(n) && n >= 10 ? n : DEFAULT_TLS_RELOAD_MS;
}

type Identity = { certificate: Buffer; privateKey: Buffer };

/**
 * A grpc-js CertificateProvider seeded with the files read at start-up that polls their
 * (mtime, size, inode) and publishes a new identity / CA only when the whole set loads. Lifetime:
 * the listener's; the poll timer runs only while grpc-js listens (unref'd) and stops with it.
 */
export class ReloadingCertificateProvider implements grpc.experimental.CertificateProvider {
  private readonly files: { cert: string; key: string; ca?: string };
  private readonly intervalMs: number;
  private identity: Identity;
  private ca: Buffer | undefined;
  private stamp: string;
  private timer: NodeJS.Timeout | undefined;
  private readonly identityListeners = new Set<grpc.experimental.IdentityCertificateUpdateListener>();
  private readonly caListeners = new Set<grpc.experimental.CaCertificateUpdateListener>();
  /** Number of successful reloads (for tests and logs). */
  reloads = 0;

  constructor(opts: TlsOptions, intervalMs: number) {
    this.files = { cert: opts.certFile, key: opts.keyFile, ...(opts.clientCaFile !== undefined ? { ca: opts.clientCaFile } : {}) };
    this.intervalMs = intervalMs;
    this.identity = { certificate: opts.cert, privateKey: opts.key };
    this.ca = opts.clientCa;
    this.stamp = this.currentStamp();
  }

  private currentStamp(): string {
    const parts: string[] = [];
    for (const f of [this.files.cert, this.files.key, this.files.ca]) {
      if (f === undefined) continue;
      try {
        const st = fs.statSync(f);
        parts.push(`${st.ino}:${st.size}:${st.mtimeMs}`);
      } catch {
        parts.push('missing');
      }
    }
    return parts.join('|');
  }

  /** Re-reads the files if they changed; publishes them only when they form a valid context. */
  check(): void {
    const stamp = this.currentStamp();
    if (stamp === this.stamp) return;
    try {
      const certificate = fs.readFileSync(this.files.cert);
      const privateKey = fs.readFileSync(this.files.key);
      const ca = this.files.ca !== undefined ? fs.readFileSync(this.files.ca) : undefined;
      tls.createSecureContext({ cert: certificate, key: privateKey, ...(ca ? { ca } : {}) }); // throws on a bad set
      this.stamp = stamp;
      this.identity = { certificate, privateKey };
      this.ca = ca;
      this.reloads++;
      logger.info({ reloads: this.reloads }, 'tls: certificate files reloaded');
      for (const l of this.caListeners) if (this.ca) l({ caCertificate: this.ca });
      for (const l of this.identityListeners) l(this.identity);
    } catch (err) {
      // Keep serving with the previous set; try again at the next tick (the stamp is not updated).
      logger.warn({ err: (err as Error).message }, 'tls: changed certificate files do not load; keeping the previous ones');
    }
  }

  private startStop(): void {
    const used = this.identityListeners.size + this.caListeners.size > 0;
    if (used && this.timer === undefined) {
      this.timer = setInterval(() => this.check(), this.intervalMs);
      this.timer.unref();
    } else if (!used && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  addCaCertificateListener(listener: grpc.experimental.CaCertificateUpdateListener): void {
    this.caListeners.add(listener);
    this.startStop();
    // Asynchronously, as grpc-js registers its watcher right after adding the listener.
    process.nextTick(() => {
      if (this.ca && this.caListeners.has(listener)) listener({ caCertificate: this.ca });
    });
  }
  removeCaCertificateListener(listener: grpc.experimental.CaCertificateUpdateListener): void {
    this.caListeners.delete(listener);
    this.startStop();
  }
  addIdentityCertificateListener(listener: grpc.experimental.IdentityCertificateUpdateListener): void {
    this.identityListeners.add(listener);
    this.startStop();
    process.nextTick(() => {
      if (this.identityListeners.has(listener)) listener(this.identity);
    });
  }
  removeIdentityCertificateListener(listener: grpc.experimental.IdentityCertificateUpdateListener): void {
    this.identityListeners.delete(listener);
    this.startStop();
  }
}

/**
 * Insecure, TLS or mTLS server credentials from the parsed options. TLS credentials reload the
 * certificate files when they change (see the file header); `reloadMs` overrides the interval.
 */
export function serverCredentials(tls: TlsOptions | undefined, reloadMs = reloadIntervalFromEnv()): grpc.ServerCredentials {
  if (!tls) return grpc.ServerCredentials.createInsecure();
  const provider = new ReloadingCertificateProvider(tls, reloadMs);
  // grpc-js passes its FIRST argument on as the identity provider and the second as the CA provider
  // (the parameter names in its typings are swapped).
  return grpc.experimental.createCertificateProviderServerCredentials(provider, tls.clientCa !== undefined ? provider : null, tls.clientCa !== undefined);
}

/** URI subject-alternative names of a peer certificate's `subjectaltname` string ("URI:a, DNS:b"). */
export function uriSans(subjectAltName: string | undefined): string[] {
  if (!subjectAltName) return [];
  return subjectAltName
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('URI:'))
    .map((s) => s.slice(4));
}

/**
 * Admission check for ExtProcServer: admits a call only when its mTLS peer certificate carries a URI
 * SAN in `allowed`. Returns undefined when `allowed` is empty (no check).
 */
export function spiffeAdmission(allowed: readonly string[]): ((call: ProcessCall) => string | undefined) | undefined {
  if (allowed.length === 0) return undefined;
  const set = new Set(allowed);
  return (call) => {
    const cert = call.getAuthContext?.()?.sslPeerCertificate;
    const ids = uriSans(cert?.subjectaltname);
    if (ids.some((id) => set.has(id))) return undefined;
    return ids.length === 0 ? 'peer presented no SPIFFE id' : 'peer SPIFFE id is not allowed';
  };
}
