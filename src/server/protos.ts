// Loads our wire-compatible Envoy / gRPC protos (protos/) once per process and exposes the service
// definitions grpc-js needs, plus a protobufjs Root for field-level checks (tests, config decoding).
//
// Loader options are part of the wire contract of everything in src/server and test/envoy:
//   keepCase: true   field names as in the .proto (snake_case), e.g. raw_value, end_of_stream
//   oneofs: true     decoded messages carry the set oneof member name (e.g. msg.request === 'request_body')
//   longs: String    int64 as decimal strings
//   enums: String    enums decode as their names ('STREAMED'); numbers are also accepted when encoding
//   defaults: false  absent fields stay undefined (proto3 cannot tell absent from default anyway)
//   bytes: Buffer    bytes fields decode as Buffer
// google.protobuf well-known types come from protobufjs' bundled descriptors, whose field names are
// camelCase: a google.protobuf.Value must be written as { stringValue: 'x' } / { structValue: {...} }
// even with keepCase (snake_case keys would silently serialise an empty Value). See toStruct/fromStruct.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';

/** Absolute path of the protos/ directory (include root for every .proto we ship). */
export const PROTO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../protos');

/** Top-level .proto files; their imports are resolved from PROTO_DIR. */
export const PROTO_FILES: readonly string[] = Object.freeze([
  'envoy/service/ext_proc/v3/external_processor.proto',
  'envoy/service/auth/v3/external_auth.proto',
  'envoy/extensions/filters/http/ext_proc/v3/ext_proc.proto',
  'grpc/health/v1/health.proto',
]);

/** The proto-loader options used everywhere (see the header comment). */
export const LOADER_OPTIONS: protoLoader.Options = Object.freeze({
  keepCase: true,
  oneofs: true,
  longs: String,
  enums: String,
  defaults: false,
  bytes: Buffer,
  includeDirs: [PROTO_DIR],
});

let cachedPackage: protoLoader.PackageDefinition | undefined;
let cachedGrpc: grpc.GrpcObject | undefined;
let cachedRoot: protobuf.Root | undefined;

/** The proto-loader package definition (cached for the process lifetime). */
export function packageDefinition(): protoLoader.PackageDefinition {
  cachedPackage ??= protoLoader.loadSync([...PROTO_FILES], LOADER_OPTIONS);
  return cachedPackage;
}

/** grpc-js object tree for the loaded protos (cached). */
export function grpcObject(): grpc.GrpcObject {
  cachedGrpc ??= grpc.loadPackageDefinition(packageDefinition());
  return cachedGrpc;
}

function serviceDefinition(fullName: string): grpc.ServiceDefinition {
  const def = packageDefinition()[fullName];
  if (!def || typeof def !== 'object' || !('Process' in def || 'Check' in def)) {
    throw new Error(`service ${fullName} not found in ${PROTO_DIR}`);
  }
  return def as unknown as grpc.ServiceDefinition;
}

/** envoy.service.ext_proc.v3.ExternalProcessor (method Process, bidi stream). */
export function extProcService(): grpc.ServiceDefinition {
  return serviceDefinition('envoy.service.ext_proc.v3.ExternalProcessor');
}

/** envoy.service.auth.v3.Authorization (method Check, unary). */
export function authService(): grpc.ServiceDefinition {
  return serviceDefinition('envoy.service.auth.v3.Authorization');
}

/** grpc.health.v1.Health (Check unary, Watch server stream). */
export function healthService(): grpc.ServiceDefinition {
  return serviceDefinition('grpc.health.v1.Health');
}

/** Client constructor for a service, e.g. clientConstructor('envoy.service.ext_proc.v3.ExternalProcessor'). */
export function clientConstructor(fullName: string): grpc.ServiceClientConstructor {
  let node: unknown = grpcObject();
  for (const part of fullName.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new Error(`service client ${fullName} not found`);
  return node as grpc.ServiceClientConstructor;
}

/**
 * A protobufjs Root with every shipped .proto (cached). For field-number checks and strict decoding
 * of filter configs; message objects here follow protobufjs conventions (camelCase unless keepCase).
 */
export function protoRoot(): protobuf.Root {
  if (cachedRoot) return cachedRoot;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => {
    // protobufjs resolves google/protobuf/* from its bundled descriptors before calling this.
    return path.isAbsolute(target) ? target : path.join(PROTO_DIR, target);
  };
  root.loadSync([...PROTO_FILES], { keepCase: true });
  root.resolveAll();
  cachedRoot = root;
  return root;
}

/** JSON-like value accepted by toStruct (undefined members are dropped). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue | undefined };

/** proto-loader object for a google.protobuf.Value (camelCase member names; see header comment). */
export function toValue(v: unknown): Record<string, unknown> {
  if (v === null || v === undefined) return { nullValue: 'NULL_VALUE' };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'bigint') return { stringValue: v.toString() };
  if (Array.isArray(v)) return { listValue: { values: v.map(toValue) } };
  if (Buffer.isBuffer(v)) return { stringValue: v.toString('base64') };
  if (typeof v === 'object') return { structValue: toStruct(v as Record<string, unknown>) };
  return { stringValue: String(v) };
}

/** proto-loader object for a google.protobuf.Struct built from a plain object. */
export function toStruct(obj: Readonly<Record<string, unknown>>): { fields: Record<string, unknown> } {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v !== undefined) fields[k] = toValue(v);
  }
  return { fields };
}

/** Plain JSON from a decoded google.protobuf.Value (either key style tolerated). */
export function fromValue(v: unknown): unknown {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if ('stringValue' in o && o.stringValue !== undefined) return o.stringValue;
  if ('numberValue' in o && o.numberValue !== undefined) return o.numberValue;
  if ('boolValue' in o && o.boolValue !== undefined) return o.boolValue;
  if ('structValue' in o && o.structValue !== undefined) return fromStruct(o.structValue);
  if ('listValue' in o && o.listValue !== undefined) {
    const values = (o.listValue as { values?: unknown[] }).values ?? [];
    return values.map(fromValue);
  }
  return null;
}

/** Plain object from a decoded google.protobuf.Struct (undefined/empty → {}). */
export function fromStruct(s: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!s || typeof s !== 'object') return out;
  const fields = (s as { fields?: Record<string, unknown> }).fields;
  if (!fields || typeof fields !== 'object') return out;
  for (const [k, v] of Object.entries(fields)) out[k] = fromValue(v);
  return out;
}
