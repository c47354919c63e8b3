// A closed error taxonomy. Codes are used as metric label values and map to outcomes in one place.

export type ErrorCode =
  | 'malformed_body'
  | 'unsupported_format'
  | 'body_too_large'
  | 'compressed_body'
  | 'invalid_utf8'
  | 'truncated_stream'
  | 'event_too_large'
  | 'protocol_error'
  | 'detector_timeout'
  | 'detector_error'
  | 'policy_error'
  | 'audit_unavailable'
  | 'internal';

export class GuardError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GuardError';
    this.code = code;
  }
}

export function isGuardError(err: unknown): err is GuardError {
  return err instanceof GuardError;
}
