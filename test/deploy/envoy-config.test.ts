// Every ext_proc / ext_authz typed_config we ship (envoy/, istio/) decodes strictly into our protos,
// and the Envoy bootstrap has the shape the brief and doc §5.1 require.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { decodeTypedConfig, filterConfigRoot, messageFromJson, StrictDecodeError } from './strict-proto.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXT_PROC = 'type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor';
const EXT_AUTHZ = 'type.googleapis.com/envoy.extensions.filters.http.ext_authz.v3.ExtAuthz';
// Other typed_configs we use; no proto here, but a typo in the URL must still fail.
const KNOWN_OTHER = new Set([
  'type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager',
  'type.googleapis.com/envoy.extensions.filters.http.router.v3.Router',
  'type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog',
  'type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions',
]);

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (e.name.endsWith('.yaml') || e.name.endsWith('.yml')) out.push(p);
  }
  return out;
}

function loadDocs(file: string): unknown[] {
  return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8')).map((d) => {
    assert.equal(d.errors.length, 0, `${file}: ${d.errors.map((e) => e.message).join('; ')}`);
    return d.toJS();
  });
}

/** Every object carrying "@type", with a JSON-path-like location. */
function typedConfigs(node: unknown, where: string, out: Array<{ where: string; value: Record<string, unknown> }>): void {
  if (Array.isArray(node)) node.forEach((x, i) => typedConfigs(x, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o['@type'] === 'string') out.push({ where, value: o });
    for (const [k, v] of Object.entries(o)) typedConfigs(v, `${where}.${k}`, out);
  }
}

function allTypedConfigs(): Array<{ where: string; value: Record<string, unknown> }> {
  const out: Array<{ where: string; value: Record<string, unknown> }> = [];
  for (const file of [...yamlFiles(path.join(ROOT, 'envoy')), ...yamlFiles(path.join(ROOT, 'istio'))]) {
    loadDocs(file).forEach((doc, i) => typedConfigs(doc, `${path.relative(ROOT, file)}#${i}`, out));
  }
  return out;
}

test('every ext_proc and ext_authz typed_config in envoy/ and istio/ decodes strictly', () => {
  const all = allTypedConfigs();
  const procs = all.filter((c) => c.value['@type'] === EXT_PROC);
  const authz = all.filter((c) => c.value['@type'] === EXT_AUTHZ);
  assert.ok(procs.length >= 3, `expected ext_proc in envoy.yaml and both Istio overlays, found ${procs.length}`);
  assert.ok(authz.length >= 1);
  for (const c of all) {
    const url = c.value['@type'] as string;
    if (url.startsWith('type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.') || url.startsWith('type.googleapis.com/envoy.extensions.filters.http.ext_authz.v3.')) {
      const { message } = decodeTypedConfig(c.value, c.where);
      if (url === EXT_PROC || url === EXT_AUTHZ) assert.ok(message.grpc_service, `${c.where}: grpc_service`);
      else assert.ok(Object.keys(message).length > 0, `${c.where}: per-route config is not empty`);
    } else {
      assert.ok(KNOWN_OTHER.has(url), `${c.where}: unexpected @type ${url}`);
    }
  }
});

test('ext_proc configs: modes, fail-closed, timeouts and metadata namespace as documented', () => {
  for (const c of allTypedConfigs().filter((x) => x.value['@type'] === EXT_PROC)) {
    const m = decodeTypedConfig(c.value, c.where).message as any;
    assert.deepEqual(m.processing_mode, {
      request_header_mode: 'SEND', request_body_mode: 'BUFFERED', request_trailer_mode: 'SKIP',
      response_header_mode: 'SEND', response_body_mode: 'STREAMED', response_trailer_mode: 'SKIP',
    }, c.where);
    assert.equal(m.allow_mode_override, true, `${c.where}: the processor switches JSON responses to BUFFERED`);
    assert.notEqual(m.failure_mode_allow, true, `${c.where}: must fail closed`);
    const timeoutMs = Number(m.message_timeout.seconds ?? 0) * 1000 + (m.message_timeout.nanos ?? 0) / 1e6;
    assert.ok(timeoutMs > 150 && timeoutMs <= 1000, `${c.where}: message_timeout ${timeoutMs} ms must exceed the 150 ms internal deadline`);
    assert.deepEqual(m.metadata_options.receiving_namespaces.untyped, ['llm_boundary']);
    const eg = m.grpc_service.envoy_grpc;
    assert.ok(eg.cluster_name);
    // Istio cluster names contain '|', which gRPC servers reject in :authority.
    if (eg.cluster_name.includes('|')) assert.ok(eg.authority && !eg.authority.includes('|'), `${c.where}: authority`);
  }
});

test('envoy.yaml: listener, filter order, ext_authz body, clusters, access log, admin', () => {
  const [boot] = loadDocs(path.join(ROOT, 'envoy/envoy.yaml')) as any[];
  assert.equal(boot.admin.address.socket_address.port_value, 9901);
  const listener = boot.static_resources.listeners[0];
  assert.deepEqual(listener.address.socket_address, { address: '0.0.0.0', port_value: 10000 });
  const hcm = listener.filter_chains[0].filters[0];
  assert.equal(hcm.name, 'envoy.filters.network.http_connection_manager');
  const filters = hcm.typed_config.http_filters;
  assert.deepEqual(filters.map((f: any) => f.name), ['envoy.filters.http.ext_authz', 'envoy.filters.http.ext_proc', 'envoy.filters.http.router']);

  const authz = decodeTypedConfig(filters[0].typed_config, 'ext_authz').message as any;
  assert.equal(authz.transport_api_version, 'V3');
  assert.notEqual(authz.failure_mode_allow, true);
  assert.ok(authz.with_request_body.max_request_bytes > 0);
  assert.equal(authz.with_request_body.pack_as_bytes, true, 'raw_body keeps non-UTF-8 bytes intact');

  const clusters = new Map<string, any>(boot.static_resources.clusters.map((c: any) => [c.name, c]));
  for (const f of filters.slice(0, 2)) assert.ok(clusters.has(f.typed_config.grpc_service.envoy_grpc.cluster_name));
  const lb = clusters.get('llm_boundary');
  assert.equal(lb.type, 'STRICT_DNS');
  const opts = lb.typed_extension_protocol_options['envoy.extensions.upstreams.http.v3.HttpProtocolOptions'];
  assert.deepEqual(opts.explicit_http_config, { http2_protocol_options: {} });
  assert.equal(lb.http2_protocol_options, undefined, 'deprecated cluster-level http2 options');
  const routeCluster = hcm.typed_config.route_config.virtual_hosts[0].routes[0].route.cluster;
  assert.ok(clusters.has(routeCluster));
  const perRoute = decodeTypedConfig(hcm.typed_config.route_config.virtual_hosts[0].routes[0].typed_per_filter_config['envoy.filters.http.ext_authz'], 'per-route').message as any;
  assert.equal(perRoute.check_settings.context_extensions['llm_boundary.ext_proc'], 'enabled');
  const logFormat = JSON.stringify(hcm.typed_config.access_log[0].typed_config.log_format);
  assert.ok(logFormat.includes('%DYNAMIC_METADATA(llm_boundary:decision_id)%'));
});

test('the Istio ext_authz provider and the compose ext_authz filter agree on body settings', () => {
  const [op] = loadDocs(path.join(ROOT, 'istio/mesh/extension-provider.yaml')) as any[];
  const p = op.spec.meshConfig.extensionProviders[0].envoyExtAuthzGrpc;
  const [boot] = loadDocs(path.join(ROOT, 'envoy/envoy.yaml')) as any[];
  const filt = boot.static_resources.listeners[0].filter_chains[0].filters[0].typed_config.http_filters[0].typed_config;
  assert.equal(p.includeRequestBodyInCheck.maxRequestBytes, filt.with_request_body.max_request_bytes);
  assert.equal(p.includeRequestBodyInCheck.packAsBytes, filt.with_request_body.pack_as_bytes);
  assert.equal(p.failOpen, false);
  assert.equal(typeof p.statusOnError, 'string', 'Istio statusOnError is a string');
});

test('the strict decoder rejects unknown fields, wrong types, bad durations and enums', () => {
  const base = { '@type': EXT_PROC, grpc_service: { envoy_grpc: { cluster_name: 'x' } } };
  assert.doesNotThrow(() => decodeTypedConfig(base, 't'));
  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['misspelt field', { ...base, failure_mode_alow: false }, /unknown field/],
    ['camelCase where snake is expected', { ...base, allowModeOverride: true }, /unknown field/],
    ['string for bool', { ...base, failure_mode_allow: 'false' }, /expected bool/],
    ['bad duration', { ...base, message_timeout: '200ms' }, /invalid Duration/],
    ['number duration', { ...base, message_timeout: 0.2 }, /Duration must be a string/],
    ['bad enum', { ...base, processing_mode: { request_body_mode: 'STREAMING' } }, /unknown BodySendMode/],
    ['list expected', { ...base, request_attributes: 'request.path' }, /must be a list/],
    ['nested unknown', { ...base, metadata_options: { receiving_namespaces: { untyped: ['a'], typo: [] } } }, /unknown field/],
    ['unknown @type', { '@type': 'type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.Nope' }, /no such type|Nope/],
  ];
  for (const [name, cfg, re] of bad) {
    assert.throws(() => decodeTypedConfig(cfg, 't'), re, name);
  }
  // Durations decode to seconds + nanos exactly.
  const d = decodeTypedConfig({ ...base, message_timeout: '1.25s' }, 't').message as any;
  assert.deepEqual(d.message_timeout, { seconds: '1', nanos: 250000000 });
  // ext_authz: max_request_bytes is uint32 (no negatives), status_on_error uses the HttpStatus enum names.
  assert.throws(() => decodeTypedConfig({ '@type': EXT_AUTHZ, with_request_body: { max_request_bytes: -1 } }, 't'), /expected uint32/);
  assert.throws(() => decodeTypedConfig({ '@type': EXT_AUTHZ, status_on_error: { code: 'Unavailable' } }, 't'), /unknown StatusCode/);
  const type = filterConfigRoot().lookupType('envoy.extensions.filters.http.ext_authz.v3.BufferSettings');
  assert.throws(() => messageFromJson(type, 'x', 'w'), StrictDecodeError);
});

test('ext_authz filter-config protos keep the upstream field numbers', () => {
  const root = filterConfigRoot();
  const pins: Record<string, Record<string, number>> = {
    'envoy.extensions.filters.http.ext_authz.v3.ExtAuthz': {
      grpc_service: 1, failure_mode_allow: 2, with_request_body: 5, clear_route_cache: 6, status_on_error: 7,
      metadata_context_namespaces: 8, include_peer_certificate: 10, transport_api_version: 12, stat_prefix: 13,
      typed_metadata_context_namespaces: 16, allowed_headers: 17, include_tls_session: 18,
    },
    'envoy.extensions.filters.http.ext_authz.v3.BufferSettings': { max_request_bytes: 1, allow_partial_message: 2, pack_as_bytes: 3 },
    'envoy.extensions.filters.http.ext_authz.v3.ExtAuthzPerRoute': { disabled: 1, check_settings: 2 },
    'envoy.extensions.filters.http.ext_authz.v3.CheckSettings': { context_extensions: 1, disable_request_body_buffering: 2, with_request_body: 3 },
  };
  for (const [typeName, fields] of Object.entries(pins)) {
    const type = root.lookupType(typeName);
    assert.deepEqual(Object.fromEntries(Object.values(type.fields).map((f) => [f.name, f.id])), fields, typeName);
  }
  assert.ok(root.lookupType('envoy.extensions.filters.http.ext_authz.v3.ExtAuthz').reserved.some((r) => Array.isArray(r) && r[0] <= 4 && r[1] >= 4), 'field 4 (use_alpha) reserved');
  assert.deepEqual(root.lookupEnum('envoy.config.core.v3.ApiVersion').values, { AUTO: 0, V2: 1, V3: 2 });
});
