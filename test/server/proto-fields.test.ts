// Pins every field number (and oneof membership) of our wire-compatible protos against the tables in
// /work/shared/docs/envoy-ext-proc.md §2, read from the loaded protobufjs Root. A wrong number here
// would silently drop or misroute data when talking to a real Envoy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extProcService, healthService, authService, protoRoot, toStruct, fromStruct, packageDefinition } from '../../src/server/protos.ts';

type Table = Record<string, Record<string, number>>;

const EXT_PROC = 'envoy.service.ext_proc.v3.';
const CORE = 'envoy.config.core.v3.';
const FILTER = 'envoy.extensions.filters.http.ext_proc.v3.';
const AUTH = 'envoy.service.auth.v3.';

const FIELDS: Table = {
  [EXT_PROC + 'ProcessingRequest']: {
    request_headers: 2, response_headers: 3, request_body: 4, response_body: 5, request_trailers: 6, response_trailers: 7,
    metadata_context: 8, attributes: 9, observability_mode: 10, protocol_config: 11, flow_control_init: 12, client_window_update: 13,
  },
  [EXT_PROC + 'ProcessingRequest.FlowControlInit']: {
    initial_window_downstream_to_sidestream: 1, initial_window_sidestream_to_upstream: 2,
    initial_window_upstream_to_sidestream: 3, initial_window_sidestream_to_downstream: 4,
  },
  [EXT_PROC + 'ProcessingRequest.ClientWindowUpdate']: { window_increment_sidestream_to_upstream: 1, window_increment_sidestream_to_downstream: 2 },
  [EXT_PROC + 'ProtocolConfiguration']: { request_body_mode: 1, response_body_mode: 2, send_body_without_waiting_for_header_response: 3 },
  [EXT_PROC + 'ProcessingResponse']: {
    request_headers: 1, response_headers: 2, request_body: 3, response_body: 4, request_trailers: 5, response_trailers: 6,
    immediate_response: 7, dynamic_metadata: 8, mode_override: 9, override_message_timeout: 10, streamed_immediate_response: 11,
    request_drain: 12, typed_dynamic_metadata: 13, server_window_update: 14, request_drain_requests: 15, request_drain_responses: 16,
  },
  [EXT_PROC + 'ProcessingResponse.ServerWindowUpdate']: { window_increment_downstream_to_sidestream: 1, window_increment_upstream_to_sidestream: 2 },
  [EXT_PROC + 'HttpHeaders']: { headers: 1, attributes: 2, end_of_stream: 3 },
  [EXT_PROC + 'HttpBody']: { body: 1, end_of_stream: 2, end_of_stream_without_message: 3, grpc_message_compressed: 4, drain_complete: 5 },
  [EXT_PROC + 'HttpTrailers']: { trailers: 1 },
  [EXT_PROC + 'HeadersResponse']: { response: 1 },
  [EXT_PROC + 'BodyResponse']: { response: 1 },
  [EXT_PROC + 'TrailersResponse']: { header_mutation: 1 },
  [EXT_PROC + 'CommonResponse']: { status: 1, header_mutation: 2, body_mutation: 3, trailers: 4, clear_route_cache: 5 },
  [EXT_PROC + 'ImmediateResponse']: { status: 1, headers: 2, body: 3, grpc_status: 4, details: 5 },
  [EXT_PROC + 'GrpcStatus']: { status: 1 },
  [EXT_PROC + 'HeaderMutation']: { set_headers: 1, remove_headers: 2 },
  [EXT_PROC + 'BodyMutation']: { body: 1, clear_body: 2, streamed_response: 3 },
  [EXT_PROC + 'StreamedBodyResponse']: { body: 1, end_of_stream: 2, end_of_stream_without_message: 3, grpc_message_compressed: 4, drain_complete: 5 },
  [EXT_PROC + 'StreamedImmediateResponse']: { headers_response: 1, body_response: 2, trailers_response: 3 },
  [FILTER + 'ProcessingMode']: {
    request_header_mode: 1, response_header_mode: 2, request_body_mode: 3, response_body_mode: 4, request_trailer_mode: 5, response_trailer_mode: 6,
  },
  [FILTER + 'ExternalProcessor']: {
    grpc_service: 1, failure_mode_allow: 2, processing_mode: 3, request_attributes: 5, response_attributes: 6, message_timeout: 7,
    stat_prefix: 8, mutation_rules: 9, max_message_timeout: 10, disable_clear_route_cache: 11, forward_rules: 12, filter_metadata: 13,
    allow_mode_override: 14, disable_immediate_response: 15, metadata_options: 16, observability_mode: 17, route_cache_action: 18,
    deferred_close_timeout: 19, send_body_without_waiting_for_header_response: 21, allowed_override_modes: 22,
    on_processing_response: 23, status_on_error: 24, processing_request_modifier: 25,
  },
  [FILTER + 'MetadataOptions']: { forwarding_namespaces: 1, receiving_namespaces: 2, cluster_metadata_forwarding_namespaces: 3 },
  [FILTER + 'MetadataOptions.MetadataNamespaces']: { untyped: 1, typed: 2 },
  [FILTER + 'HeaderForwardingRules']: { allowed_headers: 1, disallowed_headers: 2 },
  [FILTER + 'ExtProcPerRoute']: { disabled: 1, overrides: 2 },
  [FILTER + 'ExtProcOverrides']: {
    processing_mode: 1, async_mode: 2, request_attributes: 3, response_attributes: 4, grpc_service: 5, metadata_options: 6,
    grpc_initial_metadata: 7, failure_mode_allow: 8, processing_request_modifier: 9,
  },
  'envoy.config.common.mutation_rules.v3.HeaderMutationRules': {
    allow_all_routing: 1, allow_envoy: 2, disallow_system: 3, disallow_all: 4, allow_expression: 5, disallow_expression: 6, disallow_is_error: 7,
  },
  [CORE + 'HeaderMap']: { headers: 1 },
  [CORE + 'HeaderValue']: { key: 1, value: 2, raw_value: 3 },
  [CORE + 'HeaderValueOption']: { header: 1, append: 2, append_action: 3, keep_empty_value: 4 },
  [CORE + 'Metadata']: { filter_metadata: 1, typed_filter_metadata: 2 },
  [CORE + 'QueryParameter']: { key: 1, value: 2 },
  [CORE + 'Address']: { socket_address: 1, pipe: 2, envoy_internal_address: 3 },
  [CORE + 'SocketAddress']: {
    protocol: 1, address: 2, port_value: 3, named_port: 4, resolver_name: 5, ipv4_compat: 6, network_namespace_filepath: 7,
  },
  [CORE + 'Pipe']: { path: 1, mode: 2 },
  [CORE + 'GrpcService']: { envoy_grpc: 1, timeout: 3, initial_metadata: 5 },
  [CORE + 'GrpcService.EnvoyGrpc']: { cluster_name: 1, authority: 2, max_receive_message_length: 4, skip_envoy_headers: 5 },
  'envoy.type.v3.HttpStatus': { code: 1 },
  [AUTH + 'CheckRequest']: { attributes: 1 },
  [AUTH + 'AttributeContext']: {
    source: 1, destination: 2, request: 4, context_extensions: 10, metadata_context: 11, tls_session: 12, route_metadata_context: 13,
  },
  [AUTH + 'AttributeContext.Peer']: { address: 1, service: 2, labels: 3, principal: 4, certificate: 5 },
  [AUTH + 'AttributeContext.Request']: { time: 1, http: 2 },
  [AUTH + 'AttributeContext.HttpRequest']: {
    id: 1, method: 2, headers: 3, path: 4, host: 5, scheme: 6, query: 7, fragment: 8, size: 9, protocol: 10, body: 11, raw_body: 12, header_map: 13,
  },
  [AUTH + 'AttributeContext.TLSSession']: { sni: 1 },
  [AUTH + 'CheckResponse']: { status: 1, denied_response: 2, ok_response: 3, dynamic_metadata: 4, error_response: 5 },
  [AUTH + 'DeniedHttpResponse']: { status: 1, headers: 2, body: 3 },
  [AUTH + 'OkHttpResponse']: {
    headers: 2, dynamic_metadata: 3, headers_to_remove: 5, response_headers_to_add: 6, query_parameters_to_set: 7, query_parameters_to_remove: 8,
  },
  'google.rpc.Status': { code: 1, message: 2, details: 3 },
  'grpc.health.v1.HealthCheckRequest': { service: 1 },
  'grpc.health.v1.HealthCheckResponse': { status: 1 },
};

const TYPES: Record<string, Record<string, string>> = {
  [EXT_PROC + 'HttpBody']: { body: 'bytes', end_of_stream: 'bool' },
  [CORE + 'HeaderValue']: { key: 'string', value: 'string', raw_value: 'bytes' },
  [CORE + 'HeaderValueOption']: { append: 'google.protobuf.BoolValue' },
  [EXT_PROC + 'ImmediateResponse']: { body: 'bytes', details: 'string' },
  [AUTH + 'DeniedHttpResponse']: { body: 'string' },
  [AUTH + 'AttributeContext.HttpRequest']: { size: 'int64', raw_body: 'bytes', body: 'string' },
  [EXT_PROC + 'ProcessingResponse']: { dynamic_metadata: 'google.protobuf.Struct', override_message_timeout: 'google.protobuf.Duration' },
};

const ONEOFS: Record<string, Record<string, string[]>> = {
  [EXT_PROC + 'ProcessingRequest']: { request: ['request_headers', 'response_headers', 'request_body', 'response_body', 'request_trailers', 'response_trailers'] },
  [EXT_PROC + 'ProcessingResponse']: {
    response: ['request_headers', 'response_headers', 'request_body', 'response_body', 'request_trailers', 'response_trailers', 'immediate_response', 'streamed_immediate_response'],
  },
  [EXT_PROC + 'BodyMutation']: { mutation: ['body', 'clear_body', 'streamed_response'] },
  [EXT_PROC + 'StreamedImmediateResponse']: { response: ['headers_response', 'body_response', 'trailers_response'] },
  [AUTH + 'CheckResponse']: { http_response: ['denied_response', 'ok_response', 'error_response'] },
  [CORE + 'Address']: { address: ['socket_address', 'pipe', 'envoy_internal_address'] },
};

const ENUMS: Record<string, Record<string, number>> = {
  [FILTER + 'ProcessingMode.HeaderSendMode']: { DEFAULT: 0, SEND: 1, SKIP: 2 },
  [FILTER + 'ProcessingMode.BodySendMode']: { NONE: 0, STREAMED: 1, BUFFERED: 2, BUFFERED_PARTIAL: 3, FULL_DUPLEX_STREAMED: 4, GRPC: 5 },
  [EXT_PROC + 'CommonResponse.ResponseStatus']: { CONTINUE: 0, CONTINUE_AND_REPLACE: 1 },
  [CORE + 'HeaderValueOption.HeaderAppendAction']: { APPEND_IF_EXISTS_OR_ADD: 0, ADD_IF_ABSENT: 1, OVERWRITE_IF_EXISTS_OR_ADD: 2, OVERWRITE_IF_EXISTS: 3 },
  [FILTER + 'ExternalProcessor.RouteCacheAction']: { DEFAULT: 0, CLEAR: 1, RETAIN: 2 },
  'grpc.health.v1.HealthCheckResponse.ServingStatus': { UNKNOWN: 0, SERVING: 1, NOT_SERVING: 2, SERVICE_UNKNOWN: 3 },
  'envoy.type.v3.StatusCode': { Empty: 0, Continue: 100, OK: 200, Forbidden: 403, PayloadTooLarge: 413, TooManyRequests: 429, InternalServerError: 500, GatewayTimeout: 504, NetworkAuthenticationRequired: 511 },
};

test('every field number matches the reference tables', () => {
  const root = protoRoot();
  for (const [typeName, fields] of Object.entries(FIELDS)) {
    const t = root.lookupType(typeName);
    for (const [name, id] of Object.entries(fields)) {
      const f = t.fields[name];
      assert.ok(f, `${typeName}.${name} missing`);
      assert.equal(f.id, id, `${typeName}.${name} has number ${f.id}, expected ${id}`);
    }
    // No stray fields we did not pin.
    assert.deepEqual(Object.keys(t.fields).sort(), Object.keys(fields).sort(), `${typeName} has unpinned fields`);
  }
});

test('field types that matter on the wire', () => {
  const root = protoRoot();
  for (const [typeName, fields] of Object.entries(TYPES)) {
    const t = root.lookupType(typeName);
    for (const [name, type] of Object.entries(fields)) {
      const f = t.fields[name].resolve();
      const actual = f.resolvedType ? f.resolvedType.fullName.slice(1) : f.type;
      assert.equal(actual, type, `${typeName}.${name}`);
    }
  }
  const rep = root.lookupType(EXT_PROC + 'HeaderMutation').fields.set_headers;
  assert.equal(rep.repeated, true);
  const fm = root.lookupType(CORE + 'Metadata').fields.filter_metadata as unknown as { map: boolean; keyType: string; type: string };
  assert.equal(fm.map, true);
  assert.equal(fm.keyType, 'string');
  assert.equal(fm.type, 'google.protobuf.Struct');
});

test('oneof membership', () => {
  const root = protoRoot();
  for (const [typeName, oneofs] of Object.entries(ONEOFS)) {
    const t = root.lookupType(typeName);
    for (const [name, members] of Object.entries(oneofs)) {
      assert.ok(t.oneofs?.[name], `${typeName} oneof ${name}`);
      assert.deepEqual([...t.oneofs[name].oneof].sort(), [...members].sort(), `${typeName}.${name}`);
    }
  }
  // metadata_context, protocol_config etc. are outside the request oneof.
  const req = root.lookupType(EXT_PROC + 'ProcessingRequest');
  assert.equal(req.fields.metadata_context.partOf, null);
  assert.equal(req.fields.protocol_config.partOf, null);
});

test('enum values', () => {
  const root = protoRoot();
  for (const [enumName, values] of Object.entries(ENUMS)) {
    const e = root.lookupEnum(enumName);
    for (const [k, v] of Object.entries(values)) assert.equal(e.values[k], v, `${enumName}.${k}`);
  }
});

test('service method paths', () => {
  assert.equal(extProcService().Process.path, '/envoy.service.ext_proc.v3.ExternalProcessor/Process');
  assert.equal(extProcService().Process.requestStream, true);
  assert.equal(extProcService().Process.responseStream, true);
  assert.equal(authService().Check.path, '/envoy.service.auth.v3.Authorization/Check');
  assert.equal(healthService().Check.path, '/grpc.health.v1.Health/Check');
  assert.equal(healthService().Watch.responseStream, true);
});

test('google.protobuf.Value needs camelCase keys with proto-loader; toStruct/fromStruct round-trip', () => {
  const m = extProcService().Process;
  const md = { llm_boundary: { decision_id: 'd-1', score: 0.25, flags: ['a', 'b'], nested: { ok: true, none: null } } };
  const wire = m.responseSerialize({ immediate_response: { status: { code: 403 } }, dynamic_metadata: toStruct(md) });
  const back = m.responseDeserialize(wire) as { dynamic_metadata: unknown };
  assert.deepEqual(fromStruct(back.dynamic_metadata), md);
  // The pitfall: snake_case keys serialise an empty Value.
  const bad = m.responseDeserialize(
    m.responseSerialize({ immediate_response: {}, dynamic_metadata: { fields: { k: { string_value: 'x' } } } }),
  ) as { dynamic_metadata: unknown };
  assert.deepEqual(fromStruct(bad.dynamic_metadata), { k: null });
});

test('wire encoding: raw_value bytes, BoolValue append, any HTTP status number (open enum)', () => {
  const root = protoRoot();
  const m = extProcService().Process;
  const bytes = m.responseSerialize({
    request_headers: { response: { header_mutation: { set_headers: [{ header: { key: 'x-a', raw_value: Buffer.from('v') }, append: { value: false } }] } } },
  });
  const decoded = root.lookupType(EXT_PROC + 'ProcessingResponse').decode(bytes) as any;
  const opt = decoded.request_headers.response.header_mutation.set_headers[0];
  assert.equal(Buffer.from(opt.header.raw_value).toString(), 'v');
  assert.equal(opt.header.value, '');
  assert.ok(opt.append, 'append present (explicit false)');
  assert.equal(opt.append.value, false);
  // 418 is not a named StatusCode value but must survive (proto3 open enum).
  const ir = m.responseDeserialize(m.responseSerialize({ immediate_response: { status: { code: 418 } } })) as any;
  assert.equal(ir.immediate_response.status.code, 418);
  // Loader options: oneof name present, defaults absent, int64 as string.
  const req = m.requestDeserialize(m.requestSerialize({ request_body: { body: Buffer.from('x') } })) as any;
  assert.equal(req.request, 'request_body');
  assert.equal(req.request_body.end_of_stream, undefined);
  assert.ok(Buffer.isBuffer(req.request_body.body));
  assert.ok(packageDefinition()['envoy.service.ext_proc.v3.ProcessingRequest']);
});
