// Kubernetes and Istio manifests validate against the upstream schemas (kubernetes-models), the
// kustomize trees resolve, and the objects reference each other consistently. docker-compose,
// Dockerfile and Prometheus/Grafana files are checked structurally.
import { READINESS_SERVICE } from '../../src/server/health.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import YAML from 'yaml';
import { ConfigMap, Namespace, Service, ServiceAccount } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { AuthorizationPolicy, PeerAuthentication } from '@kubernetes-models/istio/security.istio.io/v1';
import { EnvoyFilter } from '@kubernetes-models/istio/networking.istio.io/v1alpha3';
import { IstioOperator } from '@kubernetes-models/istio/install.istio.io/v1alpha1';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), 'utf8');
const yamlAll = (abs: string): any[] => YAML.parseAllDocuments(fs.readFileSync(abs, 'utf8')).map((d) => {
  assert.equal(d.errors.length, 0, `${abs}: ${d.errors.map((e) => e.message).join('; ')}`);
  return d.toJS();
});

type Model = { validate(): void };
const MODELS: Record<string, new (o: any) => Model> = {
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'security.istio.io/v1/PeerAuthentication': PeerAuthentication,
  'security.istio.io/v1/AuthorizationPolicy': AuthorizationPolicy,
  'networking.istio.io/v1alpha3/EnvoyFilter': EnvoyFilter,
  'install.istio.io/v1alpha1/IstioOperator': IstioOperator,
};

function validateObject(obj: any, where: string): void {
  const key = `${obj.apiVersion}/${obj.kind}`;
  const Ctor = MODELS[key];
  assert.ok(Ctor, `${where}: no schema for ${key}`);
  try {
    new Ctor(obj).validate();
  } catch (err) {
    assert.fail(`${where}: ${key} ${obj.metadata?.name} invalid: ${(err as Error).message}`);
  }
}

/** Resources of a kustomization, recursively (files and bases), with the namespace transformer applied. */
function kustomize(dir: string): any[] {
  const k = yamlAll(path.join(dir, 'kustomization.yaml'))[0];
  assert.equal(k.kind, 'Kustomization');
  const out: any[] = [];
  for (const r of k.resources ?? []) {
    const p = path.resolve(dir, r);
    assert.ok(fs.existsSync(p), `${dir}: resource ${r} does not exist`);
    if (fs.statSync(p).isDirectory()) out.push(...kustomize(p));
    else {
      const docs = yamlAll(p).filter((d) => d);
      for (const d of docs) {
        if (k.namespace && d.kind !== 'Namespace') d.metadata.namespace = k.namespace;
        out.push(d);
      }
    }
  }
  for (const img of k.images ?? []) {
    for (const d of out) {
      for (const c of d.spec?.template?.spec?.containers ?? []) {
        if (c.image === img.name) c.image = `${img.newName ?? img.name}:${img.newTag}`;
      }
    }
  }
  return out;
}

test('every Kubernetes and Istio manifest validates against its schema', () => {
  let n = 0;
  for (const rel of ['istio/base', 'istio/overlays/gateway', 'istio/overlays/sidecar', 'istio/mesh']) {
    const dir = path.join(ROOT, rel);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.yaml') && x !== 'kustomization.yaml' && x !== 'values.yaml')) {
      for (const doc of yamlAll(path.join(dir, f))) { validateObject(doc, `${rel}/${f}`); n++; }
    }
  }
  assert.ok(n >= 13, `validated ${n} objects`);
});

test('the schema validation is real: broken objects are rejected', () => {
  const [dep] = yamlAll(path.join(ROOT, 'istio/base/deployment.yaml'));
  dep.spec.replicas = 'two';
  assert.throws(() => new Deployment(dep).validate());
  const [ap] = yamlAll(path.join(ROOT, 'istio/overlays/gateway/authorizationpolicy-custom.yaml'));
  ap.spec.action = 'MAYBE';
  assert.throws(() => new AuthorizationPolicy(ap).validate());
  const [ef] = yamlAll(path.join(ROOT, 'istio/overlays/gateway/envoyfilter-ext-proc.yaml'));
  ef.spec.configPatches[0].match.context = 'INGRESS';
  assert.throws(() => new EnvoyFilter(ef).validate());
});

for (const overlay of ['gateway', 'sidecar']) {
  test(`kustomize overlay ${overlay}: resolves and wires Envoy to the Service`, () => {
    const objs = kustomize(path.join(ROOT, 'istio/overlays', overlay));
    for (const o of objs) validateObject(o, overlay);
    const byKind = (k: string) => objs.filter((o) => o.kind === k);
    const [dep] = byKind('Deployment');
    const [svc] = byKind('Service');
    const pod = dep.spec.template.spec;
    const c = pod.containers[0];
    // Image rewritten by kustomize images.
    assert.match(c.image, /^ghcr\.io\/llm-boundary\/llm-boundary:\d+\.\d+\.\d+$/);
    // gRPC health probes on the gRPC port.
    for (const probe of ['livenessProbe', 'startupProbe']) assert.deepEqual(c[probe].grpc, { port: 50051 }, probe);
    // Readiness follows the pipeline through its own health service name (see src/server/health.ts).
    assert.deepEqual(c.readinessProbe.grpc, { port: 50051, service: READINESS_SERVICE }, 'readinessProbe');
    // Non-root, read-only, no capabilities.
    assert.equal(pod.securityContext.runAsNonRoot, true);
    assert.equal(c.securityContext.readOnlyRootFilesystem, true);
    assert.deepEqual(c.securityContext.capabilities.drop, ['ALL']);
    assert.equal(c.securityContext.allowPrivilegeEscalation, false);
    assert.ok(c.resources.requests.cpu && c.resources.limits.memory);
    // Policy from the ConfigMap mounted as a directory (subPath mounts never see updates).
    const vol = pod.volumes.find((v: any) => v.configMap);
    const cm = byKind('ConfigMap').find((x) => x.metadata.name === vol.configMap.name);
    assert.ok(cm, 'policy ConfigMap exists');
    const mount = c.volumeMounts.find((m: any) => m.name === vol.name);
    assert.equal(mount.subPath, undefined);
    const policyArg = c.args.find((a: string) => a.startsWith('--policy='));
    assert.equal(policyArg, `--policy=${mount.mountPath}/policy.yaml`);
    assert.ok(cm.data['policy.yaml'].includes('version: 1'));
    // Writable paths are volumes, since the root filesystem is read-only.
    for (const a of c.args.filter((x: string) => x.startsWith('--audit-'))) {
      const p = a.split('=')[1].replace(/^sqlite:/, '');
      assert.ok(c.volumeMounts.some((m: any) => p.startsWith(m.mountPath + '/')), `${a} is on a volume`);
    }
    assert.ok(pod.terminationGracePeriodSeconds * 1000 > Number(c.env.find((e: any) => e.name === 'LLM_BOUNDARY_GRACE_MS').value));
    // Service: grpc port named and typed for Istio protocol selection, plus admin.
    const grpcPort = svc.spec.ports.find((p: any) => p.name === 'grpc-extproc');
    assert.equal(grpcPort.appProtocol, 'grpc');
    assert.equal(grpcPort.port, 50051);
    assert.ok(svc.spec.ports.some((p: any) => p.port === 9464));
    const podLabels = dep.spec.template.metadata.labels;
    const matches = (sel: Record<string, string>) => Object.entries(sel).every(([k, v]) => podLabels[k] === v);
    assert.ok(matches(svc.spec.selector));
    assert.ok(matches(byKind('PodDisruptionBudget')[0].spec.selector.matchLabels));
    assert.ok(matches(byKind('PeerAuthentication')[0].spec.selector.matchLabels));
    assert.equal(byKind('PeerAuthentication')[0].spec.mtls.mode, 'STRICT');
    const hpa = byKind('HorizontalPodAutoscaler')[0];
    assert.equal(hpa.spec.scaleTargetRef.name, dep.metadata.name);
    assert.ok(hpa.spec.minReplicas >= 2);
    // EnvoyFilter targets the Service's Istio outbound cluster.
    const [ef] = byKind('EnvoyFilter');
    const patch = ef.spec.configPatches[0];
    assert.equal(patch.applyTo, 'HTTP_FILTER');
    assert.equal(patch.match.context, overlay === 'gateway' ? 'GATEWAY' : 'SIDECAR_INBOUND');
    assert.equal(patch.match.listener.filterChain.filter.subFilter.name, 'envoy.filters.http.router');
    assert.equal(patch.patch.operation, 'INSERT_BEFORE');
    assert.ok(ef.spec.workloadSelector.labels);
    const fqdn = `${svc.metadata.name}.${svc.metadata.namespace}.svc.cluster.local`;
    assert.equal(patch.patch.value.typed_config.grpc_service.envoy_grpc.cluster_name, `outbound|${grpcPort.port}||${fqdn}`);
    // CUSTOM AuthorizationPolicy names the mesh extension provider, which points at the same Service.
    const [ap] = byKind('AuthorizationPolicy');
    assert.equal(ap.spec.action, 'CUSTOM');
    const [op] = yamlAll(path.join(ROOT, 'istio/mesh/extension-provider.yaml'));
    const provider = op.spec.meshConfig.extensionProviders.find((p: any) => p.name === ap.spec.provider.name);
    assert.ok(provider, 'provider registered in meshConfig');
    assert.equal(provider.envoyExtAuthzGrpc.service, fqdn);
    assert.equal(provider.envoyExtAuthzGrpc.port, grpcPort.port);
    assert.ok(provider.envoyExtAuthzGrpc.includeRequestBodyInCheck.maxRequestBytes > 0);
    // Same selector for the CUSTOM policy and the ext_proc filter.
    assert.deepEqual(ap.spec.selector.matchLabels, ef.spec.workloadSelector.labels);
    assert.equal(ap.metadata.namespace, ef.metadata.namespace);
  });
}

test('Helm values snippet equals the IstioOperator meshConfig', () => {
  const [op] = yamlAll(path.join(ROOT, 'istio/mesh/extension-provider.yaml'));
  const [values] = yamlAll(path.join(ROOT, 'istio/mesh/values.yaml'));
  assert.deepEqual(values.meshConfig, op.spec.meshConfig);
});

test('docker-compose: services, pinned images, healthcheck, ports and mounted files', () => {
  const compose = YAML.parse(read('docker-compose.yml'));
  const s = compose.services;
  assert.deepEqual(Object.keys(s).sort(), ['envoy', 'grafana', 'llm-boundary', 'mock-llm', 'prometheus']);
  for (const [name, svc] of Object.entries<any>(s)) {
    assert.ok(svc.image, `${name}: image`);
    const tag = svc.image.split(':')[1];
    assert.ok(tag && tag !== 'latest' && /\d/.test(tag), `${name}: image ${svc.image} must be pinned`);
    for (const v of svc.volumes ?? []) {
      const src = String(v).split(':')[0];
      if (src.startsWith('./')) assert.ok(fs.existsSync(path.join(ROOT, src)), `${name}: ${src} exists`);
    }
  }
  assert.match(s.envoy.image, /^envoyproxy\/envoy:v1\.\d+\.\d+$/);
  assert.deepEqual(s.envoy.ports, ['10000:10000', '9901:9901']);
  assert.equal(s['llm-boundary'].build, '.');
  assert.ok(s['llm-boundary'].healthcheck.test.includes('deploy/docker/healthcheck.ts'));
  assert.equal(s.envoy.depends_on['llm-boundary'].condition, 'service_healthy');
  // Envoy's clusters point at the compose services and their ports.
  const boot = YAML.parse(read('envoy/envoy.yaml'));
  const endpoints = boot.static_resources.clusters.map((c: any) => c.load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address);
  assert.deepEqual(endpoints, [{ address: 'llm-boundary', port_value: 50051 }, { address: 'mock-llm', port_value: 8080 }]);
  assert.equal(s['llm-boundary'].environment.LLM_BOUNDARY_GRPC_LISTEN, '0.0.0.0:50051');
  assert.deepEqual(s['mock-llm'].command.slice(0, 2), ['--port', '8080']);
  // Prometheus scrapes what compose exposes.
  const prom = YAML.parse(read('deploy/prometheus/prometheus.yml'));
  const targets = prom.scrape_configs.flatMap((j: any) => j.static_configs.flatMap((c: any) => c.targets));
  assert.deepEqual(targets.sort(), ['envoy:9901', 'llm-boundary:9464']);
  assert.equal(prom.scrape_configs.find((j: any) => j.job_name === 'envoy').metrics_path, '/stats/prometheus');
});

test('Dockerfile: multi-stage Node 24 slim, production deps, non-root, HEALTHCHECK; copied paths exist', () => {
  const df = read('Dockerfile');
  const froms = df.split('\n').filter((l) => l.startsWith('FROM '));
  assert.equal(froms.length, 2);
  for (const f of froms) assert.match(f, /^FROM node:24-bookworm-slim( AS \w+)?$/);
  assert.match(df, /npm ci --omit=dev/);
  assert.match(df, /apt-get install[^\n]*g\+\+/);
  const user = df.split('\n').filter((l) => l.startsWith('USER ')).at(-1);
  assert.ok(user && !/root|\b0\b/.test(user), 'runs as non-root');
  assert.match(df, /HEALTHCHECK[^\n]*\n\s*CMD \["node", "deploy\/docker\/healthcheck\.ts"\]/);
  const copies = df.split('\n').filter((l) => l.startsWith('COPY ') && !l.includes('--from='));
  for (const c of copies) {
    const parts = c.split(/\s+/).filter((p) => !p.startsWith('--'));
    for (const src of parts.slice(1, -1)) assert.ok(fs.existsSync(path.join(ROOT, src)), `Dockerfile COPY source ${src} exists`);
  }
  const ignore = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  assert.ok(ignore.includes('node_modules') && ignore.includes('.git'));
  // Nothing COPY needs is excluded from the build context (prefix match on the plain entries we use).
  for (const c of copies) {
    const parts = c.split(/\s+/).filter((p) => !p.startsWith('--'));
    for (const src of parts.slice(1, -1)) {
      for (const pat of ignore.filter((p) => !p.includes('*'))) {
        const pre = pat.replace(/^\//, '');
        assert.ok(!(src === pre || src.startsWith(pre + '/')), `Dockerfile COPY ${src} is excluded by .dockerignore ${pat}`);
      }
    }
  }
});

test('Dockerfile: the image holds every file the service reads at run time (the embedded policy, protos, the injection model, its gate and word lists)', async () => {
  const { EMBEDDED_POLICY_PATH } = await import('../../src/policy/compile.ts');
  const { PROTO_DIR } = await import('../../src/server/protos.ts');
  const { DEFAULT_MODEL_PATH } = await import('../../src/detectors/injection/model.ts');
  const { DEFAULT_SCRIPT_WORDS_PATH, DEFAULT_SPLIT_WORDS_PATH, DEFAULT_WORDS_PATH } = await import('../../src/detectors/injection/typos.ts');
  const { gatePathOf } = await import('../../src/detectors/injection/gate.ts');
  const copied = read('Dockerfile').split('\n').filter((l) => l.startsWith('COPY ') && !l.includes('--from='))
    .flatMap((l) => l.split(/\s+/).filter((p) => !p.startsWith('--')).slice(1, -1));
  for (const file of [EMBEDDED_POLICY_PATH, PROTO_DIR, DEFAULT_MODEL_PATH, gatePathOf(DEFAULT_MODEL_PATH), DEFAULT_WORDS_PATH, DEFAULT_SCRIPT_WORDS_PATH, DEFAULT_SPLIT_WORDS_PATH]) {
    assert.ok(fs.existsSync(file), file);
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    assert.ok(copied.some((src) => rel === src || rel.startsWith(src + '/')), `Dockerfile copies ${rel}`);
  }
});

test('Grafana provisioning and dashboard: datasource uid matches, panels query our metrics', async () => {
  const ds = YAML.parse(read('deploy/grafana/provisioning/datasources/prometheus.yml'));
  const dash = JSON.parse(read('deploy/grafana/dashboards/llm-boundary.json'));
  const { registry } = await import('../../src/observability/metrics.ts');
  const names = new Set((await registry.getMetricsAsJSON()).map((m) => m.name));
  const titles = dash.panels.map((p: any) => p.title.toLowerCase()).join(' | ');
  for (const want of ['decisions by action', 'decisions by reason', 'latency', 'active', 'redactions', 'tool']) assert.ok(titles.includes(want), want);
  const ids = new Set<number>();
  for (const p of dash.panels) {
    assert.ok(!ids.has(p.id), `duplicate panel id ${p.id}`);
    ids.add(p.id);
    assert.equal(p.datasource.uid, ds.datasources[0].uid);
    for (const t of p.targets) {
      for (const m of t.expr.match(/llm_boundary_[a-z_]+/g) ?? []) {
        const base = m.replace(/_(bucket|sum|count)$/, '');
        assert.ok(names.has(base), `panel "${p.title}" uses unknown metric ${m}`);
      }
    }
  }
});

test('container healthcheck script: exit 0 on 200, 1 on 503 and when nothing listens', async () => {
  let status = 200;
  const srv = http.createServer((req, res) => { res.statusCode = req.url === '/healthz' ? status : 404; res.end(); });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  const run = async (env: Record<string, string>): Promise<number> => {
    const child = spawn(process.execPath, [path.join(ROOT, 'deploy/docker/healthcheck.ts')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
    const [code] = await once(child, 'exit');
    return code as number;
  };
  try {
    assert.equal(await run({ LLM_BOUNDARY_ADMIN_LISTEN: `0.0.0.0:${port}` }), 0);
    status = 503;
    assert.equal(await run({ LLM_BOUNDARY_ADMIN_LISTEN: `0.0.0.0:${port}` }), 1);
  } finally {
    await new Promise<void>((r) => srv.close(() => r()));
  }
  assert.equal(await run({ LLM_BOUNDARY_HEALTHCHECK_URL: `http://127.0.0.1:${port}/healthz` }), 1);
});

test('the policy shipped in the Istio ConfigMap compiles with the real policy compiler', async () => {
  const [cm] = yamlAll(path.join(ROOT, 'istio/base/configmap-policy.yaml'));
  const { compilePolicyReport } = await import('../../src/policy/compile.ts');
  const report = compilePolicyReport(cm.data['policy.yaml'], { source: 'istio/base/configmap-policy.yaml', baseDir: ROOT, hmacKey: Buffer.alloc(32, 7) });
  assert.ok(report.policy.version, 'compiled');
  assert.deepEqual(report.warnings.filter((w) => w.severity === 'error'), []);
});
