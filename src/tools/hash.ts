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
import { createHash } from 'node:crypto';
import { GuardError } from '../core/errors.ts';

/** Deepest nesting canonicalJson accepts; deeper input is treated as malformed (no stack exhaustion). */
export const MAX_ARGUMENT_DEPTH = 256;

/** Canonical JSON text of a JSON value. Throws GuardError('malformed_body') for non-JSON values or excessive depth. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, 0, parts);
  return parts.join('');
}

function write(v: unknown, depth: number, out: string[]): void {
  if (depth > MAX_ARGUMENT_DEPTH) throw new GuardError('malformed_body', `arguments nested deeper than ${MAX_ARGUMENT_DEPTH}`);
  if (v === null) { out.push('null'); return; }
  switch (typeof v) {
    case 'string': out.push(JSON.stringify(v)); return;
    case 'boolean': out.push(v ? 'true' : 'false'); return;
    case 'number':
      if (!Number.isFinite(v)) throw new GuardError('malformed_body', 'non-finite number in arguments');
      out.push(JSON.stringify(v));
      return;
    case 'object': break;
    default: throw new GuardError('malformed_body', `value of type ${typeof v} is not JSON`);
  }
  if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.push(',');
      write(v[i] === undefined ? null : v[i], depth + 1, out);
    }
    out.push(']');
    return;
  }
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  out.push('{');
  keys.forEach((k, i) => {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(k), ':');
    write(obj[k], depth + 1, out);
  });
  out.push('}');
}

/** SHA-256 (hex) of the canonical JSON of `args`. Identical calls hash identically regardless of key order or whitespace. */
export function argumentHash(args: unknown): string {
  return createHash('sha256').update(canonicalJson(args), 'utf8').digest('hex');
}

/** SHA-256 (hex) of raw bytes; used to label calls whose arguments could not be parsed. */
export function rawHash(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}
