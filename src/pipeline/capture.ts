// Audit content capture per the rule's setting. Default 'redacted' keeps what was forwarded after
// redaction; a denied body is never kept in clear under 'redacted' (only its hash).
import { createHash } from 'node:crypto';
import type { AuditCapture } from '../policy/types.ts';

/** Longest captured text per body; longer content is cut and marked. */
export const MAX_CAPTURE_CHARS = 65536;

function hash(b: Buffer): string {
  return 'sha256:' + createHash('sha256').update(b).digest('hex');
}

function text(b: Buffer): string {
  const s = b.toString('utf8');
  return s.length > MAX_CAPTURE_CHARS ? s.slice(0, MAX_CAPTURE_CHARS) + `…[truncated ${s.length - MAX_CAPTURE_CHARS} chars]` : s;
}

/**
 * @param original  the body as received (decoded)
 * @param forwarded the body as forwarded after redaction; undefined when the exchange was denied
 */
export function captureContent(capture: AuditCapture, original: Buffer, forwarded: Buffer | undefined): string | undefined {
  switch (capture) {
    case 'none':
      return undefined;
    case 'hash':
      return hash(original);
    case 'full':
      return text(original);
    case 'redacted':
      return forwarded === undefined ? hash(original) : text(forwarded);
  }
}
