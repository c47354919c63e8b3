// Command-line / environment options for `llm-boundary serve`, parsed into one typed, frozen object.
// Precedence: command-line flag > environment variable LLM_BOUNDARY_<NAME> > default. Every problem
// (unknown flag, bad number, bad address, unreadable file, inconsistent TLS flags) is an OptionsError,
// which the CLI prints and turns into exit code 2 before anything starts.
import fs from 'node:fs';

/** A listen address: TCP host:port (port 0 = any free port) or a unix socket path. */
export type ListenAddress =
  | { readonly kind: 'tcp'; readonly host: string; readonly port: number }
  | { readonly kind: 'unix'; readonly path: string };

export type AuditStoreOption =
  | { readonly kind: 'none' }
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string };

export type StateStoreOption =
  | { readonly kind: 'memory' }
  | { readonly kind: 'redis'; readonly url: string; readonly host: string; readonly port: number; readonly tls: boolean };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface TlsOptions {
  readonly certFile: string;
  readonly keyFile: string;
  readonly clientCaFile?: string;
  readonly cert: Buffer;
  readonly key: Buffer;
  /** When set, clients must present a certificate signed by this CA (mTLS). */
  readonly clientCa?: Buffer;
}

/** Options for `serve` (frozen; safe to share). Lifetime: the process. */
export interface ServeOptions {
  readonly grpcListen: ListenAddress;
  readonly adminListen: ListenAddress;
  /** Policy file; undefined → the embedded default policy. */
  readonly policyFile?: string;
  readonly deadlineMs: number;
  readonly maxMessageBytes: number;
  readonly maxStreams: number;
  readonly graceMs: number;
  /** Interval of server HTTP/2 keepalive pings on gRPC connections; a peer that does not answer within
   * KEEPALIVE_TIMEOUT_MS loses the connection and its streams (0 = no pings). */
  readonly keepaliveMs: number;
  /** Segment verdict cache bound (entries; 0 = off) and the shortest segment it stores. */
  readonly scanCacheEntries: number;
  readonly scanCacheMinChars: number;
  /** Detector worker threads for large buffered segments (0 = none). */
  readonly scanWorkers: number;
  /** Buffered segments shorter than this are scanned on the main thread. */
  readonly scanWorkerMinChars: number;
  readonly logLevel: LogLevel;
  readonly adminTokenFile?: string;
  /** The admin bearer token (from the file or LLM_BOUNDARY_ADMIN_TOKEN); never log it. */
  readonly adminToken?: string;
  readonly auditStore: AuditStoreOption;
  /** Ed25519 private key (PEM) for signing audit records; created if missing by the audit module. */
  readonly auditKeyFile: string;
  readonly stateStore: StateStoreOption;
  readonly tls?: TlsOptions;
  /** When non-empty, only mTLS peers whose URI SAN is one of these SPIFFE ids are served. */
  readonly allowedSpiffeIds: readonly string[];
  /**
   * Module exporting createPipeline (default: src/pipeline/index.ts). Settable only through the
   * environment variable LLM_BOUNDARY_PIPELINE_MODULE: a seam for tests and embedding.
   */
  readonly pipelineModule?: string;
}

/** A start-up configuration error: the CLI prints the message and exits with code 2. */
export class OptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptionsError';
  }
}

interface FlagSpec {
  readonly name: string;
  readonly env: string;
  readonly default?: string;
  readonly value: string;
  readonly help: string;
}

/** Every serve flag with its environment variable and default (also the source of --help and docs). */
export const SERVE_FLAGS: readonly FlagSpec[] = Object.freeze(
  (
    [
      ['grpc-listen', '0.0.0.0:50051', 'ADDR', 'ext_proc/ext_authz/health gRPC listener: host:port, [v6]:port or unix:/path'],
      ['admin-listen', '0.0.0.0:9464', 'ADDR', 'admin HTTP listener (/metrics, /healthz, /readyz, admin API)'],
      ['policy', undefined, 'FILE', 'policy file (default: the embedded policy)'],
      ['deadline-ms', '150', 'MS', 'internal per-message deadline; keep below Envoy message_timeout (200 ms)'],
      ['max-message-bytes', '16777216', 'N', 'largest gRPC message accepted (bigger: RESOURCE_EXHAUSTED)'],
      ['max-streams', '10000', 'N', 'concurrent ext_proc streams; beyond it new streams get RESOURCE_EXHAUSTED'],
      ['grace-ms', '20000', 'MS', 'on SIGTERM/SIGINT, how long open streams may finish'],
      ['scan-cache-entries', '10000', 'N', 'segment verdict cache: findings of text an identified caller sends again are reused, not rescanned; 0 = off'],
      ['scan-cache-min-chars', '256', 'N', 'shorter segments are always scanned (not cached)'],
      ['scan-workers', '1', 'N', 'detector worker threads for large buffered segments (the event loop keeps serving streams meanwhile); 0 = scan everything on the main thread'],
      ['scan-worker-min-chars', '16384', 'N', 'shorter buffered segments are scanned on the main thread (the hand-off would cost more)'],
      ['keepalive-ms', '30000', 'MS', 'HTTP/2 ping interval on gRPC connections; a silent peer (no ping ack in 10 s) loses its streams; 0 = off'],
      ['log-level', 'info', 'LEVEL', 'fatal | error | warn | info | debug | trace | silent'],
      ['admin-token-file', undefined, 'FILE', 'bearer token for authenticated admin routes (or env LLM_BOUNDARY_ADMIN_TOKEN)'],
      ['audit-store', 'sqlite:data/audit.sqlite', 'STORE', 'sqlite:PATH | postgres://... | none'],
      ['audit-key', 'data/audit-key.pem', 'FILE', 'Ed25519 PEM key signing audit records (created if missing)'],
      ['state-store', 'memory', 'STORE', 'memory | redis://host:port (approvals, rate state shared by replicas)'],
      ['tls-cert', undefined, 'FILE', 'server certificate (PEM) for the gRPC listener'],
      ['tls-key', undefined, 'FILE', 'server private key (PEM)'],
      ['tls-client-ca', undefined, 'FILE', 'CA bundle; when set, clients must present a certificate (mTLS)'],
      ['allowed-spiffe-ids', undefined, 'IDS', 'comma list of SPIFFE ids allowed as mTLS peers (needs --tls-client-ca)'],
    ] as const
  ).map(([name, def, value, help]) =>
    Object.freeze({
      name,
      env: 'LLM_BOUNDARY_' + name.toUpperCase().split('-').join('_'),
      ...(def !== undefined ? { default: def } : {}),
      value,
      help,
    }),
  ),
);

const FLAG_NAMES = new Set(SERVE_FLAGS.map((f) => f.name));
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Splits argv into flag values; accepts `--name value` and `--name=value`. */
function collectFlags(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new OptionsError(`unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!FLAG_NAMES.has(name)) throw new OptionsError(`unknown flag --${name} (see llm-boundary serve --help)`);
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new OptionsError(`flag --${name} needs a value`);
      value = argv[++i];
    }
    if (out.has(name)) throw new OptionsError(`flag --${name} given twice`);
    out.set(name, value);
  }
  return out;
}

/** Parses a listen address. */
export function parseListen(flag: string, v: string): ListenAddress {
  if (v.startsWith('unix:')) {
    let path = v.slice('unix:'.length);
    if (path.startsWith('///')) path = path.slice(2); // unix:///abs/path form
    if (path === '') throw new OptionsError(`--${flag}: empty unix socket path`);
    return Object.freeze({ kind: 'unix', path });
  }
  let host: string;
  let portText: string;
  if (v.startsWith('[')) {
    const close = v.indexOf(']');
    if (close < 0 || v[close + 1] !== ':') throw new OptionsError(`--${flag}: bad address '${v}' (expected [v6]:port)`);
    host = v.slice(1, close);
    portText = v.slice(close + 2);
  } else {
    const colon = v.lastIndexOf(':');
    if (colon <= 0) throw new OptionsError(`--${flag}: bad address '${v}' (expected host:port or unix:/path)`);
    host = v.slice(0, colon);
    portText = v.slice(colon + 1);
    if (host.includes(':')) throw new OptionsError(`--${flag}: IPv6 hosts must be bracketed, e.g. [::]:${portText}`);
  }
  if (portText.length === 0 || portText.length > 5 || !isDigits(portText)) throw new OptionsError(`--${flag}: bad port '${portText}'`);
  const port = Number(portText);
  if (port > 65535) throw new OptionsError(`--${flag}: port ${port} out of range 0-65535`);
  return Object.freeze({ kind: 'tcp', host, port });
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}

function parseIntFlag(flag: string, v: string, min: number, max: number): number {
  if (!isDigits(v.trim())) throw new OptionsError(`--${flag}: '${v}' is not a non-negative integer`);
  const n = Number(v.trim());
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new OptionsError(`--${flag}: ${n} out of range ${min}-${max}`);
  return n;
}

function readableFile(flag: string, path: string): string {
  try {
    const st = fs.statSync(path);
    if (!st.isFile()) throw new OptionsError(`--${flag}: '${path}' is not a file`);
    fs.accessSync(path, fs.constants.R_OK);
  } catch (err) {
    if (err instanceof OptionsError) throw err;
    throw new OptionsError(`--${flag}: cannot read '${path}' (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return path;
}

function readFile(flag: string, path: string): Buffer {
  readableFile(flag, path);
  return fs.readFileSync(path);
}

function parseAuditStore(v: string): AuditStoreOption {
  if (v === 'none') return Object.freeze({ kind: 'none' });
  if (v.startsWith('sqlite:')) {
    const path = v.slice('sqlite:'.length);
    if (path === '') throw new OptionsError(`--audit-store: empty sqlite path`);
    return Object.freeze({ kind: 'sqlite', path });
  }
  if (v.startsWith('postgres://') || v.startsWith('postgresql://')) {
    try {
      new URL(v);
    } catch {
      throw new OptionsError(`--audit-store: bad postgres URL`);
    }
    return Object.freeze({ kind: 'postgres', url: v });
  }
  throw new OptionsError(`--audit-store: '${v}' is not sqlite:PATH, postgres://... or none`);
}

function parseStateStore(v: string): StateStoreOption {
  if (v === 'memory') return Object.freeze({ kind: 'memory' });
  if (v.startsWith('redis://') || v.startsWith('rediss://')) {
    let u: URL;
    try {
      u = new URL(v);
    } catch {
      throw new OptionsError(`--state-store: bad redis URL`);
    }
    if (u.hostname === '') throw new OptionsError(`--state-store: redis URL needs a host`);
    const port = u.port === '' ? 6379 : Number(u.port);
    return Object.freeze({ kind: 'redis', url: v, host: u.hostname, port, tls: u.protocol === 'rediss:' });
  }
  throw new OptionsError(`--state-store: '${v}' is not memory or redis://host:port`);
}

/**
 * Parses serve flags (argv after `serve`) with environment fallbacks into frozen ServeOptions.
 * Reads the admin token and TLS files (so unreadable files fail at start-up). Throws OptionsError.
 */
export function parseServeOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const flags = collectFlags(argv);
  const get = (name: string): string | undefined => {
    const spec = SERVE_FLAGS.find((f) => f.name === name)!;
    const fromFlag = flags.get(name);
    if (fromFlag !== undefined) return fromFlag;
    const fromEnv = env[spec.env];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    return spec.default;
  };

  const grpcListen = parseListen('grpc-listen', get('grpc-listen')!);
  const adminListen = parseListen('admin-listen', get('admin-listen')!);
  const policyFile = get('policy');
  if (policyFile !== undefined) readableFile('policy', policyFile);
  const deadlineMs = parseIntFlag('deadline-ms', get('deadline-ms')!, 1, 60_000);
  const maxMessageBytes = parseIntFlag('max-message-bytes', get('max-message-bytes')!, 1024, 1024 * 1024 * 1024);
  const maxStreams = parseIntFlag('max-streams', get('max-streams')!, 1, 1_000_000);
  const graceMs = parseIntFlag('grace-ms', get('grace-ms')!, 0, 3_600_000);
  const keepaliveMs = parseIntFlag('keepalive-ms', get('keepalive-ms')!, 0, 3_600_000);
  const scanCacheEntries = parseIntFlag('scan-cache-entries', get('scan-cache-entries')!, 0, 10_000_000);
  const scanCacheMinChars = parseIntFlag('scan-cache-min-chars', get('scan-cache-min-chars')!, 0, 100_000_000);
  const scanWorkers = parseIntFlag('scan-workers', get('scan-workers')!, 0, 64);
  const scanWorkerMinChars = parseIntFlag('scan-worker-min-chars', get('scan-worker-min-chars')!, 0, 100_000_000);
  const logLevel = get('log-level')! as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new OptionsError(`--log-level: '${logLevel}' is not one of ${LOG_LEVELS.join(', ')}`);

  const adminTokenFile = get('admin-token-file');
  let adminToken: string | undefined;
  if (adminTokenFile !== undefined) {
    adminToken = readFile('admin-token-file', adminTokenFile).toString('utf8').trim();
    if (adminToken === '') throw new OptionsError(`--admin-token-file: '${adminTokenFile}' is empty`);
  } else if (env.LLM_BOUNDARY_ADMIN_TOKEN !== undefined && env.LLM_BOUNDARY_ADMIN_TOKEN.trim() !== '') {
    adminToken = env.LLM_BOUNDARY_ADMIN_TOKEN.trim();
  }

  const auditStore = parseAuditStore(get('audit-store')!);
  const auditKeyFile = get('audit-key')!;
  if (auditKeyFile === '') throw new OptionsError('--audit-key: empty path');
  if (fs.existsSync(auditKeyFile)) readableFile('audit-key', auditKeyFile);
  const stateStore = parseStateStore(get('state-store')!);

  const certFile = get('tls-cert');
  const keyFile = get('tls-key');
  const caFile = get('tls-client-ca');
  let tls: TlsOptions | undefined;
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new OptionsError('--tls-cert and --tls-key must be given together');
  }
  if (caFile !== undefined && certFile === undefined) throw new OptionsError('--tls-client-ca needs --tls-cert and --tls-key');
  if (certFile !== undefined && keyFile !== undefined) {
    if (grpcListen.kind === 'unix') throw new OptionsError('TLS is not supported on a unix: gRPC listener');
    tls = Object.freeze({
      certFile,
      keyFile,
      cert: readFile('tls-cert', certFile),
      key: readFile('tls-key', keyFile),
      ...(caFile !== undefined ? { clientCaFile: caFile, clientCa: readFile('tls-client-ca', caFile) } : {}),
    });
  }

  const idsText = get('allowed-spiffe-ids');
  const allowedSpiffeIds = Object.freeze(
    (idsText ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
  for (const id of allowedSpiffeIds) {
    if (!id.startsWith('spiffe://') || id.length <= 'spiffe://'.length) {
      throw new OptionsError(`--allowed-spiffe-ids: '${id}' is not a spiffe:// id`);
    }
  }
  if (allowedSpiffeIds.length > 0 && tls?.clientCa === undefined) {
    throw new OptionsError('--allowed-spiffe-ids needs mTLS (--tls-cert, --tls-key and --tls-client-ca)');
  }

  const pipelineModule = env.LLM_BOUNDARY_PIPELINE_MODULE;

  return Object.freeze({
    grpcListen,
    adminListen,
    ...(policyFile !== undefined ? { policyFile } : {}),
    deadlineMs,
    maxMessageBytes,
    maxStreams,
    graceMs,
    keepaliveMs,
    scanCacheEntries,
    scanCacheMinChars,
    scanWorkers,
    scanWorkerMinChars,
    logLevel,
    ...(adminTokenFile !== undefined ? { adminTokenFile } : {}),
    ...(adminToken !== undefined ? { adminToken } : {}),
    auditStore,
    auditKeyFile,
    stateStore,
    ...(tls ? { tls } : {}),
    allowedSpiffeIds,
    ...(pipelineModule !== undefined && pipelineModule !== '' ? { pipelineModule } : {}),
  });
}

/** Help text for `serve`, generated from SERVE_FLAGS. */
export function serveHelp(): string {
  const lines = ['Usage: llm-boundary serve [flags]', '', 'Flags (each also settable as the environment variable shown):'];
  for (const f of SERVE_FLAGS) {
    lines.push(`  --${f.name} ${f.value}`.padEnd(34) + f.help);
    lines.push(' '.repeat(34) + `env ${f.env}` + (f.default !== undefined ? `, default ${f.default}` : ''));
  }
  return lines.join('\n') + '\n';
}
