// Canonical JSON for hashing and signing audit data (RFC 8785-like):
// - object keys sorted by UTF-16 code units (JavaScript's default string order, as RFC 8785 asks);
// - no whitespace;
// - strings escaped exactly as JSON.stringify escapes them (which is what RFC 8785 specifies);
// - numbers as JavaScript serialises them (ECMAScript Number::toString, the RFC 8785 rule);
// - keys whose value is undefined are omitted and undefined array items become null, like JSON.stringify;
// - non-finite numbers (NaN, ±Infinity) become null (RFC 8785 forbids them; we choose a deterministic
//   mapping so that a record never fails to serialise on a bad latency value).
// Anything that is not plain JSON data (bigint, functions, symbols, cycles, > 64 levels) is refused
// with a GuardError, because two machines could disagree on how to serialise it.
import { GuardError } from '../core/errors.ts';

const MAX_DEPTH = 64;

// Quoted forms of object keys. Audit records use a small fixed vocabulary of keys, so this saves a
// JSON.stringify per key on the hot path; the cache is bounded so odd input cannot grow it.
const quotedKeys = new Map<string, string>();
const MAX_CACHED_KEYS = 4096;

function quoteKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (quotedKeys.size < MAX_CACHED_KEYS && k.length <= 64) quotedKeys.set(k, q);
  }
  return q;
}

/** Serialise a JSON-like value canonically. Pure; throws GuardError('internal') on non-JSON data. */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

function write(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw new GuardError('internal', 'canonical JSON: value nested too deeply');
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          const item: unknown = value[i];
          out += item === undefined ? 'null' : write(item, depth + 1);
        }
        return out + ']';
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        if (value instanceof Date) return JSON.stringify(value.toISOString());
        throw new GuardError('internal', 'canonical JSON: only plain objects and arrays are allowed');
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      let out = '{';
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        if (!first) out += ',';
        first = false;
        out += quoteKey(k) + ':' + write(v, depth + 1);
      }
      return out + '}';
    }
    case 'undefined':
      return 'null';
    default:
      throw new GuardError('internal', `canonical JSON: cannot serialise a ${typeof value}`);
  }
}
