// gRPC listener credentials and the optional SPIFFE-id admission check for mTLS peers.
import * as grpc from '@grpc/grpc-js';
import type { TlsOptions } from '../config/options.ts';
import type { ProcessCall } from './stream.ts';

/** Insecure, TLS or mTLS server credentials from the parsed options. */
export function serverCredentials(tls: TlsOptions | undefined): grpc.ServerCredentials {
  if (!tls) return grpc.ServerCredentials.createInsecure();
  return grpc.ServerCredentials.createSsl(tls.clientCa ?? null, [{ private_key: tls.key, cert_chain: tls.cert }], tls.clientCa !== undefined);
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
