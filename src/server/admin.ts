// Admin HTTP server (node:http): /metrics, /healthz, /readyz and a route table other modules plug
// into (audit query, approvals). Lifetime: one per process, started by `serve`, closed on shutdown.
//
// Routes with `auth: true` need `Authorization: Bearer <token>` equal to the admin token (compared in
// constant time over SHA-256 digests, so neither content nor length leaks through timing). Without a
// configured token those routes answer 503 rather than being open.
import http from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { registry } from '../observability/metrics.ts';
import { logger as rootLogger, type Logger } from '../observability/logger.ts';

/** What an admin route handler returns. `body`: string/Buffer sent as is, anything else as JSON. */
export interface AdminResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/**
 * One admin endpoint. `path` is matched exactly, segment by segment; a segment written `:name`
 * matches any single non-empty segment and is passed in `params` (e.g. '/approvals/:id/grant').
 * Handlers read the request body themselves (see readBody / readJson).
 */
export interface AdminRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  readonly path: string;
  readonly auth: boolean;
  handler(req: http.IncomingMessage, url: URL, params: Readonly<Record<string, string>>): Promise<AdminResponse>;
}

export interface AdminServerOptions {
  /** Extra routes (from the pipeline: audit, approvals). */
  readonly routes?: readonly AdminRoute[];
  /** The admin bearer token; undefined → auth routes answer 503. */
  readonly token?: string;
  /** Liveness: false makes /healthz answer 503. */
  readonly live?: () => boolean;
  /** Readiness: serving and pipeline ready. */
  readonly ready: () => boolean;
  readonly logger?: Logger;
}

/** Largest request body readBody accepts by default. */
export const DEFAULT_ADMIN_BODY_LIMIT = 1024 * 1024;

/** Reads a request body up to `limit` bytes; rejects with an Error whose `status` is 413 beyond it. */
export function readBody(req: http.IncomingMessage, limit = DEFAULT_ADMIN_BODY_LIMIT): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.destroy();
        reject(Object.assign(new Error('request body too large'), { status: 413 }));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Reads and parses a JSON body; an empty body gives undefined; bad JSON rejects with status 400. */
export async function readJson(req: http.IncomingMessage, limit = DEFAULT_ADMIN_BODY_LIMIT): Promise<unknown> {
  const buf = await readBody(req, limit);
  if (buf.length === 0) return undefined;
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    throw Object.assign(new Error('request body is not valid JSON'), { status: 400 });
  }
}

/** Constant-time bearer token check. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const prefix = 'bearer ';
  if (header.length <= prefix.length || header.slice(0, prefix.length).toLowerCase() !== prefix) return false;
  const given = createHash('sha256').update(header.slice(prefix.length).trim()).digest();
  const want = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, want);
}

function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const p = pattern.split('/');
  const a = pathname.split('/');
  if (p.length !== a.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) {
      if (a[i] === '') return undefined;
      try {
        params[p[i].slice(1)] = decodeURIComponent(a[i]);
      } catch {
        return undefined;
      }
    } else if (p[i] !== a[i]) {
      return undefined;
    }
  }
  return params;
}

function send(res: http.ServerResponse, r: AdminResponse): void {
  const headers: Record<string, string> = { 'cache-control': 'no-store', ...(r.headers ?? {}) };
  let body: Buffer | string;
  if (r.body === undefined) body = '';
  else if (Buffer.isBuffer(r.body) || typeof r.body === 'string') body = r.body;
  else {
    body = JSON.stringify(r.body);
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['content-type'] = 'text/plain; charset=utf-8';
  res.writeHead(r.status, headers);
  res.end(body);
}

/** The admin HTTP server. */
export class AdminServer {
  private readonly opts: AdminServerOptions;
  private readonly log: Logger;
  private readonly server: http.Server;
  private readonly routes: AdminRoute[];

  constructor(opts: AdminServerOptions) {
    this.opts = opts;
    this.log = opts.logger ?? rootLogger;
    this.routes = [...(opts.routes ?? [])];
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        this.log.error({ err: err instanceof Error ? err.message : String(err) }, 'admin handler failed');
        if (!res.headersSent) send(res, { status: 500, body: 'internal error\n' });
        else res.destroy();
      });
    });
    this.server.keepAliveTimeout = 5000;
  }

  /** Add routes after construction (e.g. once the pipeline is up). */
  addRoutes(routes: readonly AdminRoute[]): void {
    this.routes.push(...routes);
  }

  /** Listen on host:port (port 0 allowed) or a unix socket path; resolves the bound address string. */
  listen(target: { host: string; port: number } | { path: string }): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      const done = (): void => {
        this.server.off('error', reject);
        const a = this.server.address();
        if (typeof a === 'string') resolve(`unix:${a}`);
        else {
          const ai = a as AddressInfo;
          resolve(ai.family === 'IPv6' ? `[${ai.address}]:${ai.port}` : `${ai.address}:${ai.port}`);
        }
      };
      if ('path' in target) this.server.listen(target.path, done);
      else this.server.listen(target.port, target.host, done);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://admin.local');
    const method = req.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') {
      switch (url.pathname) {
        case '/metrics': {
          const text = await registry.metrics();
          return send(res, { status: 200, headers: { 'content-type': registry.contentType }, body: text });
        }
        case '/healthz': {
          const live = this.opts.live ? this.opts.live() : true;
          return send(res, live ? { status: 200, body: 'ok\n' } : { status: 503, body: 'not live\n' });
        }
        case '/readyz': {
          let ready = false;
          try {
            ready = this.opts.ready();
          } catch {
            ready = false;
          }
          return send(res, ready ? { status: 200, body: 'ready\n' } : { status: 503, body: 'not ready\n' });
        }
      }
    }
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchPath(route.path, url.pathname);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      if (route.auth) {
        if (this.opts.token === undefined || this.opts.token === '') {
          return send(res, { status: 503, body: 'admin token not configured\n' });
        }
        if (!tokenMatches(req.headers.authorization, this.opts.token)) {
          return send(res, { status: 401, headers: { 'www-authenticate': 'Bearer realm="llm-boundary"' }, body: 'unauthorized\n' });
        }
      }
      try {
        return send(res, await route.handler(req, url, params));
      } catch (err) {
        const status = (err as { status?: unknown }).status;
        if (typeof status === 'number' && status >= 400 && status < 500) {
          return send(res, { status, body: { error: err instanceof Error ? err.message : 'bad request' } });
        }
        throw err;
      }
    }
    return send(res, pathMatched ? { status: 405, body: 'method not allowed\n' } : { status: 404, body: 'not found\n' });
  }
}
