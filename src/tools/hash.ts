// Canonical JSON and argument hashing. An approval is bound to (identity, tool, argumentHash), so the
// hash must not depend on how a client or model happened to format the arguments.
//
// Canonical form (the RFC 8785 "JCS" shape for values produced by JSON.parse):
//   - no insignificant whitespace;
//   - object members sorted by key, comparing UTF-16 code units (JS default string order);
//   - strings and numbers serialised exactly as JSON.stringify does (shortest round-trip numbers,
//     -0 as 0, minimal escaping, lone surrogates as \uXXXX);
//   - arrays keep their order; members whose value is undefined are omitted (cannot come from JSON).
// argumentHash = lower-case hex SHA-256 of the UTF-8 bytes of that text.
import { hash } from 'node:crypto';
import { GuardError } from '../core/errors.ts';

/** Deepest nesting canonicalJson accepts; deeper input is treated as malformed (no stack exhaustion). */
export const MAX_ARGUMENT_DEPTH = 256;

/** Canonical JSON text of a JSON value. Throws GuardError('malformed_body') for non-JSON values or excessive depth. */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

function write(v: unknown, depth: number): string {
  if (depth > MAX_ARGUMENT_DEPTH) throw new GuardError('malformed_body', `arguments nested deeper than ${MAX_ARGUMENT_DEPTH}`);
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'boolean': return v ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(v)) throw new GuardError('malformed_body', 'non-finite number in arguments');
      return JSON.stringify(v);
    case 'object': break;
    default: throw new GuardError('malformed_body', `value of type ${typeof v} is not JSON`);
  }
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out += ',';
      out += write(v[i] === undefined ? null : v[i], depth + 1);
    }
    return out + ']';
  }
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const x = obj[k];
    if (x === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += JSON.stringify(k) + ':' + write(x, depth + 1);
  }
  return out + '}';
}

/** SHA-256 (hex) of the canonical JSON of `args`. Identical calls hash identically regardless of key order or whitespace. */
export function argumentHash(args: unknown): string {
  return hash('sha256', canonicalJson(args), 'hex');
}

/** SHA-256 (hex) of raw bytes; used to label calls whose arguments could not be parsed. */
export function rawHash(raw: string): string {
  return hash('sha256', raw, 'hex');
}
