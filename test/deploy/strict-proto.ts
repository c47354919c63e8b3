// Strict decoding of Envoy YAML/JSON configuration into our protobufjs message types: every key must
// be a field of the message, every value must have the field's type (proto3 JSON mapping as Envoy
// reads it: Duration as "1.5s", wrappers as plain scalars, enums by name or number, Struct as JSON).
// protobufjs' own fromObject silently drops unknown keys and coerces types, so it cannot catch a
// misspelt field or a string where a message belongs; this does, with a path in the error.
import path from 'node:path';
import protobuf from 'protobufjs';
import { PROTO_DIR } from '../../src/server/protos.ts';

export class StrictDecodeError extends Error {
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'StrictDecodeError';
  }
}

const DURATION = /^(-?)(\d{1,12})(?:\.(\d{1,9}))?s$/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !Buffer.isBuffer(v);
}

function durationFromJson(v: unknown, where: string): { seconds: number; nanos: number } {
  if (typeof v !== 'string') throw new StrictDecodeError(where, `Duration must be a string like "0.2s", got ${typeof v}`);
  const m = DURATION.exec(v);
  if (!m) throw new StrictDecodeError(where, `invalid Duration ${JSON.stringify(v)}`);
  const sign = m[1] === '-' ? -1 : 1;
  const nanos = m[3] ? Number(m[3].padEnd(9, '0')) : 0;
  return { seconds: sign * Number(m[2]), nanos: sign * nanos };
}

function valueFromJson(v: unknown, where: string): Record<string, unknown> {
  if (v === null) return { nullValue: 0 };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'string') return { stringValue: v };
  if (Array.isArray(v)) return { listValue: { values: v.map((x, i) => valueFromJson(x, `${where}[${i}]`)) } };
  if (isPlainObject(v)) return { structValue: structFromJson(v, where) };
  throw new StrictDecodeError(where, `not representable as google.protobuf.Value`);
}

function structFromJson(v: unknown, where: string): { fields: Record<string, unknown> } {
  if (!isPlainObject(v)) throw new StrictDecodeError(where, 'Struct must be an object');
  const fields: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) fields[k] = valueFromJson(x, `${where}.${k}`);
  return { fields };
}

const INT32 = new Set(['int32', 'sint32', 'sfixed32']);
const UINT32 = new Set(['uint32', 'fixed32']);
const INT64 = new Set(['int64', 'sint64', 'sfixed64', 'uint64', 'fixed64']);

function scalar(type: string, v: unknown, where: string): unknown {
  const intLike = (lo: number, hi: number): number => {
    const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < lo || n > hi) throw new StrictDecodeError(where, `expected ${type}, got ${JSON.stringify(v)}`);
    return n;
  };
  switch (true) {
    case type === 'bool':
      if (typeof v !== 'boolean') throw new StrictDecodeError(where, `expected bool, got ${JSON.stringify(v)}`);
      return v;
    case type === 'string':
      if (typeof v !== 'string') throw new StrictDecodeError(where, `expected string, got ${JSON.stringify(v)}`);
      return v;
    case type === 'bytes':
      if (typeof v !== 'string') throw new StrictDecodeError(where, 'expected base64 string for bytes');
      return Buffer.from(v, 'base64');
    case type === 'double' || type === 'float':
      if (typeof v !== 'number') throw new StrictDecodeError(where, `expected number, got ${JSON.stringify(v)}`);
      return v;
    case INT32.has(type):
      return intLike(-(2 ** 31), 2 ** 31 - 1);
    case UINT32.has(type):
      return intLike(0, 2 ** 32 - 1);
    case INT64.has(type):
      return intLike(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    default:
      throw new StrictDecodeError(where, `unsupported scalar type ${type}`);
  }
}

const WRAPPERS: Record<string, string> = {
  '.google.protobuf.BoolValue': 'bool',
  '.google.protobuf.UInt32Value': 'uint32',
  '.google.protobuf.Int32Value': 'int32',
  '.google.protobuf.UInt64Value': 'uint64',
  '.google.protobuf.Int64Value': 'int64',
  '.google.protobuf.StringValue': 'string',
  '.google.protobuf.DoubleValue': 'double',
  '.google.protobuf.FloatValue': 'float',
  '.google.protobuf.BytesValue': 'bytes',
};

function fieldValue(field: protobuf.Field, resolved: protobuf.ReflectionObject | null, v: unknown, where: string): unknown {
  if (resolved instanceof protobuf.Enum) {
    if (typeof v === 'string') {
      if (!(v in resolved.values)) throw new StrictDecodeError(where, `unknown ${resolved.name} value ${JSON.stringify(v)} (allowed: ${Object.keys(resolved.values).join(', ')})`);
      return resolved.values[v];
    }
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    throw new StrictDecodeError(where, `expected ${resolved.name} enum name or number`);
  }
  if (resolved instanceof protobuf.Type) return messageFromJson(resolved, v, where);
  return scalar(field.type, v, where);
}

/** Convert Envoy-style JSON for message `type` into a protobufjs fromObject input, strictly. */
export function messageFromJson(type: protobuf.Type, v: unknown, where: string): Record<string, unknown> | unknown {
  const full = type.fullName;
  if (full === '.google.protobuf.Duration') return durationFromJson(v, where);
  if (full === '.google.protobuf.Struct') return structFromJson(v, where);
  if (full === '.google.protobuf.Value') return valueFromJson(v, where);
  if (full in WRAPPERS) {
    // Envoy accepts the JSON mapping (a plain scalar) and the explicit {value: x} form.
    const inner = isPlainObject(v) && Object.keys(v).length === 1 && 'value' in v ? v.value : v;
    return { value: scalar(WRAPPERS[full], inner, where) };
  }
  if (full === '.google.protobuf.Any') throw new StrictDecodeError(where, 'nested Any is not checked by this decoder');
  if (!isPlainObject(v)) throw new StrictDecodeError(where, `expected an object for ${type.name}, got ${JSON.stringify(v)}`);
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(v)) {
    const at = `${where}.${key}`;
    const field = type.fields[key];
    if (!field) throw new StrictDecodeError(at, `unknown field of ${type.fullName.slice(1)} (known: ${Object.keys(type.fields).join(', ')})`);
    field.resolve();
    const resolved = field.resolvedType;
    if (field instanceof protobuf.MapField) {
      if (!isPlainObject(raw)) throw new StrictDecodeError(at, 'map must be an object');
      const m: Record<string, unknown> = {};
      for (const [mk, mv] of Object.entries(raw)) m[mk] = fieldValue(field, resolved, mv, `${at}[${JSON.stringify(mk)}]`);
      out[key] = m;
    } else if (field.repeated) {
      if (!Array.isArray(raw)) throw new StrictDecodeError(at, 'repeated field must be a list');
      out[key] = raw.map((x, i) => fieldValue(field, resolved, x, `${at}[${i}]`));
    } else {
      out[key] = fieldValue(field, resolved, raw, at);
    }
  }
  for (const oneof of type.oneofsArray) {
    const set = oneof.fieldsArray.filter((f) => f.name in out);
    if (set.length > 1) throw new StrictDecodeError(where, `oneof ${oneof.name} has several members set: ${set.map((f) => f.name).join(', ')}`);
  }
  return out;
}

let cached: protobuf.Root | undefined;

/** Root with the ext_proc and ext_authz filter-config protos (plus what they import). */
export function filterConfigRoot(): protobuf.Root {
  if (cached) return cached;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(PROTO_DIR, target));
  root.loadSync([
    'envoy/extensions/filters/http/ext_proc/v3/ext_proc.proto',
    'envoy/extensions/filters/http/ext_authz/v3/ext_authz.proto',
  ], { keepCase: true });
  root.resolveAll();
  cached = root;
  return root;
}

/**
 * Strictly decode a typed_config object ({"@type": ..., ...fields}) into its message: convert, verify,
 * encode to wire bytes and decode back. Returns the decoded message as a plain object (enums as names,
 * longs as strings, defaults omitted).
 */
export function decodeTypedConfig(typedConfig: Record<string, unknown>, where: string): { typeName: string; message: Record<string, unknown> } {
  const url = typedConfig['@type'];
  if (typeof url !== 'string' || !url.startsWith('type.googleapis.com/')) throw new StrictDecodeError(where, 'missing or malformed @type');
  const typeName = url.slice('type.googleapis.com/'.length);
  const type = filterConfigRoot().lookupType(typeName);
  const { '@type': _t, ...fields } = typedConfig;
  const input = messageFromJson(type, fields, where) as Record<string, unknown>;
  const problem = type.verify(input);
  if (problem) throw new StrictDecodeError(where, `protobufjs verify: ${problem}`);
  const bytes = type.encode(type.fromObject(input)).finish();
  const decoded = type.toObject(type.decode(bytes), { enums: String, longs: String, defaults: false, oneofs: true });
  return { typeName, message: decoded };
}
