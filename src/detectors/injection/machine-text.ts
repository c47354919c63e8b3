// Benign machine text written for this project (no third-party text): the output that reaches a model as a
// tool result or a retrieved document (logs, stack traces, CI and compiler output, diffs, configs, API
// responses, mail headers). The injection classifier was trained on prompts and prose only, so machine text
// that happens to say "error", "denied", "--ignore-scripts", "override", "root" or "prompt_tokens" looked
// unfamiliar to it; these documents are its hard negatives. Everything comes from a seeded PRNG (one seed
// per kind, derived from the kind's name), so every import yields the same documents. The caller splits
// train/held-out by `kind`, so each kind is one format family.

import { reseed, rnd } from './seeded.ts';

export interface MachineDoc { readonly kind: string; readonly text: string }

// ------------------------------------------------------------------ deterministic helpers
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const num = (lo: number, hi: number, d: number): string => (lo + rnd() * (hi - lo)).toFixed(d);
const chance = (p: number): boolean => rnd() < p;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
function sample<T>(xs: readonly T[], n: number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = int(0, i); [a[i], a[j]] = [a[j], a[i]]; }
  return a.slice(0, Math.min(n, a.length));
}
const chars = (set: string, n: number): string => times(n, () => set[Math.floor(rnd() * set.length)]).join('');
const hex = (n: number): string => chars('0123456789abcdef', n);
const b64 = (n: number): string => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', n);
const alnum = (n: number): string => chars('abcdefghijklmnopqrstuvwxyz0123456789', n);
const kid = (n: number): string => chars('bcdfghjklmnpqrstvwxz2456789', n); // Kubernetes-style suffix
const upper = (n: number): string => chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ip4 = (): string => `${pick(['192.0.2', '198.51.100', '203.0.113'])}.${int(2, 254)}`; // RFC 5737
const ip10 = (): string => `10.${int(0, 4)}.${int(0, 255)}.${int(2, 254)}`;
const ip6 = (): string => `2001:db8:${int(1, 0xffff).toString(16)}::${int(1, 0xfff).toString(16)}`; // RFC 3849
const mac = (): string => times(6, () => hex(2)).join(':');
const lines = (...xs: (string | false | null | undefined)[]): string =>
  xs.filter((x): x is string => typeof x === 'string').join('\n');
/** Aligned columns like `kubectl get` or `ps`; columns listed in `right` are right-aligned. */
function table(rows: readonly (readonly string[])[], gap = 3, right: readonly number[] = []): string {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (right.includes(c) ? cell.padStart(w[c]) : cell.padEnd(w[c]))).join(' '.repeat(gap)).trimEnd())
    .join('\n');
}

// ------------------------------------------------------------------ time (all UTC, from a fixed epoch)
const T0 = Date.UTC(2023, 9, 2);
const when = (): number => T0 + int(0, 200) * 86_400_000 + int(0, 86_399_999);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const D = (t: number): Date => new Date(t);
const iso = (t: number): string => D(t).toISOString();
const isoS = (t: number): string => iso(t).slice(0, 19) + 'Z';
const ymd = (t: number): string => iso(t).slice(0, 10);
const hms = (t: number): string => iso(t).slice(11, 19);
const sqlTs = (t: number): string => iso(t).slice(0, 23).replace('T', ' ');
const sysTs = (t: number): string => `${MON[D(t).getUTCMonth()]} ${String(D(t).getUTCDate()).padStart(2)} ${hms(t)}`;
const clfTs = (t: number): string => `${pad(D(t).getUTCDate())}/${MON[D(t).getUTCMonth()]}/${D(t).getUTCFullYear()}:${hms(t)} +0000`;
const cTime = (t: number): string => `${WDAY[D(t).getUTCDay()]} ${MON[D(t).getUTCMonth()]} ${D(t).getUTCDate()} ${hms(t)} ${D(t).getUTCFullYear()}`;
const httpDate = (t: number): string => D(t).toUTCString();
const human = (v: number): string =>
  v < 1000 ? `${v}ms` : v < 60_000 ? `${(v / 1000).toFixed(v < 10_000 ? 2 : 1)}s` : `${Math.floor(v / 60_000)}m${Math.floor((v % 60_000) / 1000)}s`;
const age = (s: number): string =>
  s < 120 ? `${s}s` : s < 7200 ? `${Math.floor(s / 60)}m` : s < 172_800 ? `${Math.floor(s / 3600)}h` : `${Math.floor(s / 86_400)}d`;

// ------------------------------------------------------------------ shared vocabulary
const SVCS = ['checkout-api', 'billing-worker', 'auth-service', 'search-indexer', 'inventory', 'notifier', 'report-builder',
  'edge-gateway', 'media-transcoder', 'ledger-sync', 'profile-api', 'scheduler', 'payments', 'catalog'];
const HOSTS = ['web-01', 'web-02', 'web-03', 'api-eu-1', 'db-primary', 'db-replica-2', 'worker-07', 'edge-03', 'build-agent-4',
  'cache-01', 'bastion', 'mq-02', 'k8s-node-a2', 'lb-01'];
const DOMAINS = ['shop.example.com', 'api.example.com', 'app.example.org', 'portal.example.net', 'cdn.example.com',
  'auth.example.com', 'grafana.example.internal', 'wiki.example.internal'];
const LOGINS = ['deploy', 'ci', 'alice', 'bob', 'mchen', 'priya', 'jdoe', 'backup', 'ops', 'admin'];
const PEOPLE = ['Alice Martin', 'Bob Nguyen', 'Priya Raman', 'Mei Chen', 'José Álvarez', 'Zoë Fischer', 'Łukasz Nowak',
  'Søren Kjær', 'Amara Okafor', 'Daniel Weiß', 'Hana Sato', 'Tom Becker', 'Lucía Romero', 'Omar Haddad'];
const slug = (s: string): string => s.toLowerCase().replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae')
  .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '.');
const mailOf = (name: string, dom = 'example.com'): string => `${slug(name)}@${dom}`;
const UAS = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/1.1', 'kube-probe/1.29', 'Prometheus/2.50.1', 'okhttp/4.12.0', 'axios/1.6.7'];
const API_PATHS = (): string => pick([
  `/api/v1/orders?page=${int(1, 40)}&per_page=${pick([20, 50, 100])}`, `/api/v1/orders/${int(10000, 99999)}`,
  `/api/v1/users/${uuid()}`, '/api/v1/cart/items', '/api/v2/search', '/api/v1/auth/token', '/api/v1/invoices/export',
  `/api/v1/products/${int(100, 9999)}/reviews`, '/graphql', '/api/v1/sessions', '/api/v1/webhooks/stripe-example',
]);

// ------------------------------------------------------------------ logs
const UNIT_DESC = ['Daily apt download activities', 'Cleanup of Temporary Directories', 'Rotate log files', 'Daily man-db regeneration',
  'Discard unused blocks on filesystems', 'Certbot renewal', 'Message of the Day', 'Refresh fwupd metadata'];
const CRON_CMDS = ['command -v debian-sa1 > /dev/null && debian-sa1 1 1', '/usr/local/bin/backup.sh --target s3://backups-example/db >/dev/null 2>&1',
  'cd / && run-parts --report /etc/cron.hourly', '/usr/bin/certbot renew --quiet', '/opt/app/bin/rotate-exports --keep 14',
  'restic forget --keep-daily 7 --keep-weekly 4 --prune', '/usr/bin/find /tmp/uploads -mtime +2 -delete'];
const SUDO_CMDS = ['/usr/bin/systemctl restart nginx', '/usr/bin/journalctl -u app --since today', '/usr/bin/apt-get upgrade -y',
  '/usr/bin/tail -n 200 /var/log/auth.log', '/usr/sbin/ufw status verbose', '/usr/bin/docker compose pull',
  '/usr/bin/systemctl reset-failed app-worker.service', '/bin/chown -R www-data:www-data /var/www/uploads'];

function syslog(): string {
  const host = pick(HOSTS), users = sample(LOGINS, 3), attacker = ip4();
  let t = when();
  return times(int(6, 20), () => {
    t += int(0, 120_000);
    const pid = int(400, 64000), u = pick(users), port = int(32768, 60999), uid = 1000 + LOGINS.indexOf(u);
    const line = pick<() => string>([
      () => `sshd[${pid}]: Accepted publickey for ${u} from ${ip4()} port ${port} ssh2: ED25519 SHA256:${b64(43)}`,
      () => `sshd[${pid}]: Failed password for invalid user ${pick(['admin', 'test', 'oracle', 'ubuntu', 'support', 'git'])} from ${attacker} port ${port} ssh2`,
      () => `sshd[${pid}]: Connection closed by authenticating user root ${attacker} port ${port} [preauth]`,
      () => `sshd[${pid}]: Disconnected from invalid user admin ${attacker} port ${port} [preauth]`,
      () => `sshd[${pid}]: Read error from remote host ${ip4()} port ${port}: Connection reset by peer`,
      () => `sshd[${pid}]: pam_unix(sshd:session): session opened for user ${u}(uid=${uid}) by (uid=0)`,
      () => `CRON[${pid}]: (root) CMD (${pick(CRON_CMDS)})`,
      () => `systemd[1]: Starting ${pick(UNIT_DESC)}...`,
      () => `systemd[1]: Finished ${pick(UNIT_DESC)}.`,
      () => `systemd[1]: ${pick(['logrotate', 'apt-daily', 'man-db', 'fstrim', 'certbot', 'sysstat-collect'])}.service: Deactivated successfully.`,
      () => `systemd-logind[${int(400, 900)}]: New session ${int(1, 4000)} of user ${u}.`,
      () => `systemd-logind[${int(400, 900)}]: Removed session ${int(1, 4000)}.`,
      () => `sudo[${pid}]:    ${u} : TTY=pts/${int(0, 4)} ; PWD=/home/${u} ; USER=root ; COMMAND=${pick(SUDO_CMDS)}`,
      () => `sudo[${pid}]: pam_unix(sudo:auth): authentication failure; logname=${u} uid=${uid} euid=0 tty=/dev/pts/1 ruser=${u} rhost=  user=${u}`,
      () => `kernel: [UFW BLOCK] IN=eth0 OUT= MAC=${mac()} SRC=${attacker} DST=${ip10()} LEN=${int(40, 60)} TOS=0x00 PREC=0x00 TTL=${int(40, 250)} ID=${int(1, 65535)} PROTO=TCP SPT=${int(1024, 65535)} DPT=${pick([23, 3389, 5432, 6379, 8080, 445])} WINDOW=${int(1024, 65535)} RES=0x00 SYN URGP=0`,
      () => `postfix/smtp[${pid}]: ${upper(10)}: to=<${pick(LOGINS)}@example.org>, relay=mx.example.org[${ip4()}]:25, delay=${num(0.1, 3, 1)}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${upper(10)})`,
      () => `dhclient[${pid}]: DHCPACK of ${ip10()} from ${ip10()} (xid=0x${hex(8)})`,
      () => `chronyd[${pid}]: Selected source ${ip4()} (${int(0, 3)}.pool.ntp.example.net)`,
      () => `kernel: TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.`,
    ])();
    return `${sysTs(t)} ${host} ${line}`;
  }).join('\n');
}

function nginxAccess(): string {
  const dom = pick(DOMAINS), ext = chance(0.5), clients = times(int(2, 5), () => ip4());
  let t = when();
  return times(int(4, 13), () => {
    t += int(0, 9000);
    const r = rnd();
    let method = 'GET', path: string, status: number;
    if (r < 0.12) { path = pick(['/wp-login.php', '/.env', '/.git/config', '/phpmyadmin/index.php', '/admin/config.php', '/cgi-bin/luci']); status = pick([404, 404, 403]); }
    else if (r < 0.25) { method = 'POST'; path = pick(['/login', '/api/v1/sessions', '/api/v1/auth/token']); status = pick([200, 302, 401, 401, 429]); }
    else if (r < 0.4) { path = pick([`/static/js/main.${hex(8)}.js`, `/assets/img/hero-${int(1, 9)}.webp`, '/favicon.ico', `/static/css/app.${hex(8)}.css`]); status = pick([200, 304, 304]); }
    else if (r < 0.5) { path = pick(['/healthz', '/metrics', '/readyz']); status = 200; }
    else {
      method = pick(['GET', 'GET', 'GET', 'POST', 'PUT', 'DELETE']); path = API_PATHS();
      status = pick({ GET: [200, 200, 200, 200, 400, 404, 499, 502, 504], POST: [201, 200, 400, 422, 502], PUT: [200, 204, 409], DELETE: [204, 403, 404] }[method] ?? [200]);
    }
    const bytes = status === 304 || status === 204 || status === 499 ? 0 : status >= 400 ? int(140, 700) : int(120, 48000);
    const ref = chance(0.5) ? `https://${dom}/${pick(['', 'cart', 'account', 'products', 'checkout'])}` : '-';
    const probe = path === '/healthz' || path === '/readyz', asset = status === 304 || path.startsWith('/static') || path.startsWith('/assets') || path === '/favicon.ico';
    const ua = probe ? 'kube-probe/1.29' : path === '/metrics' ? 'Prometheus/2.50.1' : pick(UAS.slice(0, r < 0.12 ? UAS.length : 7));
    const rt = status === 504 ? '60.001' : asset || probe ? num(0, 0.004, 3) : num(0.002, status >= 500 ? 30 : 0.9, 3);
    const cache = asset ? pick(['HIT', 'HIT', 'EXPIRED']) : method === 'GET' && path.startsWith('/api') ? pick(['MISS', 'BYPASS', 'HIT']) : '-';
    const tail = ext ? ` ${rt} ${status === 499 || cache === 'HIT' ? '-' : rt} ${cache}` : '';
    const user = path.startsWith('/admin') && chance(0.5) ? 'admin' : '-';
    return `${pick(clients)} - ${user} [${clfTs(t)}] "${method} ${path} HTTP/${pick(['1.1', '1.1', '2.0'])}" ${status} ${bytes} "${ref}" "${ua}"${tail}`;
  }).join('\n');
}

function httpErrorLog(): string {
  const dom = pick(DOMAINS);
  let t = when();
  if (chance(0.5)) { // nginx
    const wpid = int(20, 900), up = `${ip10()}:${pick([3000, 8080, 8000, 9000])}`;
    return times(int(4, 10), () => {
      t += int(0, 60_000);
      const ip = ip4(), path = API_PATHS();
      const req = `, client: ${ip}, server: ${dom}, request: "${pick(['GET', 'POST'])} ${path} HTTP/1.1"`;
      const upstream = `${req}, upstream: "http://${up}${path}", host: "${dom}"`;
      const [lvl, msg] = pick<[string, string]>([
        ['error', `upstream timed out (110: Connection timed out) while reading response header from upstream${upstream}`],
        ['error', `connect() failed (111: Connection refused) while connecting to upstream${upstream}`],
        ['error', `recv() failed (104: Connection reset by peer) while reading response header from upstream${upstream}`],
        ['error', `upstream prematurely closed connection while reading response header from upstream${upstream}`],
        ['error', `open() "/var/www/${dom}/favicon.ico" failed (2: No such file or directory), client: ${ip}, server: ${dom}, request: "GET /favicon.ico HTTP/1.1", host: "${dom}"`],
        ['error', `access forbidden by rule${req}, host: "${dom}"`],
        ['error', `client intended to send too large body: ${int(11, 90) * 1048576} bytes${req}, host: "${dom}"`],
        ['error', `user "admin" was not found in "/etc/nginx/.htpasswd"${req}, host: "${dom}"`],
        ['warn', `an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/${int(1, 9)}/${pad(int(0, 99))}/00000${int(10000, 99999)} while reading upstream${upstream}`],
        ['error', `limiting requests, excess: ${num(1, 30, 3)} by zone "api"${req}, host: "${dom}"`],
        ['error', `no live upstreams while connecting to upstream${upstream}`],
        ['info', `SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: ${ip}, server: 0.0.0.0:443`],
      ]);
      const ts = `${ymd(t).replace(/-/g, '/')} ${hms(t)}`;
      return `${ts} [${lvl}] ${wpid}#${wpid}: *${int(1, 900000)} ${msg}`;
    }).concat(chance(0.4) ? [`${ymd(t).replace(/-/g, '/')} ${hms(t + 5000)} [notice] 1#1: signal process started`] : []).join('\n');
  }
  const pid = int(1000, 30000);
  return times(int(4, 11), () => {
    t += int(0, 90_000);
    const d = D(t), ts = `[${WDAY[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${hms(t)}.${pad(int(0, 999999), 6)} ${d.getUTCFullYear()}]`;
    const cl = `[client ${ip4()}:${int(32768, 60999)}]`;
    const [mod, msg] = pick<[string, string]>([
      ['proxy_fcgi:error', `${cl} AH01071: Got error 'PHP message: PHP Warning:  Undefined array key "page" in /var/www/html/index.php on line ${int(20, 400)}'`],
      ['core:info', `${cl} AH00128: File does not exist: /var/www/html/.well-known/security.txt`],
      ['authz_core:error', `${cl} AH01630: client denied by server configuration: /var/www/html/server-status`],
      ['auth_basic:error', `${cl} AH01617: user admin: authentication failure for "/admin": Password Mismatch`],
      ['proxy_http:error', `${cl} AH01102: error reading status line from remote server ${ip10()}:8080`],
      ['proxy:error', `${cl} AH00898: Error reading from remote server returned by /api/`],
      ['core:error', `${cl} AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error.`],
      ['ssl:warn', `AH01909: ${dom}:443:0 server certificate does NOT include an ID which matches the server name`],
      ['mpm_event:notice', `AH00489: Apache/2.4.58 (Debian) OpenSSL/3.0.11 configured -- resuming normal operations`],
      ['core:notice', `AH00094: Command line: '/usr/sbin/apache2'`],
      ['mpm_event:error', `AH00485: scoreboard is full, not at MaxRequestWorkers`],
    ]);
    return `${ts} [${mod}] [pid ${pid}:tid ${int(139000000000000, 140999999999999)}] ${msg}`;
  }).join('\n');
}

function jsonLines(): string {
  const svc = pick(SVCS), style = int(0, 2), host = `${svc}-${kid(10)}-${kid(5)}`;
  let t = when();
  return times(int(4, 12), () => {
    t += int(1, 20_000);
    const trace = hex(32);
    const [level, msg, extra] = pick<() => [string, string, Record<string, unknown>]>([
      () => ['info', 'request completed', { method: pick(['GET', 'POST', 'PATCH']), path: API_PATHS(), status: pick([200, 200, 201, 204, 404]), duration_ms: Number(num(0.4, 400, 1)), bytes: int(80, 90000) }],
      () => ['debug', 'cache miss', { key: `product:${int(100, 99999)}`, ttl_s: pick([60, 300, 3600]) }],
      () => ['warn', 'retrying upstream call', { upstream: pick(SVCS), attempt: int(1, 3), max_attempts: 4, backoff_ms: pick([100, 200, 400, 800]), error: pick(['context deadline exceeded', 'connection reset by peer', '503 Service Unavailable']) }],
      () => ['warn', 'login failed', { user: pick(LOGINS), reason: pick(['invalid_password', 'account_locked', 'mfa_required']), ip: ip4(), attempts: int(1, 6) }],
      () => ['info', 'password reset requested', { user_id: int(1000, 99999), channel: 'email', password: '[REDACTED]' }],
      () => ['info', 'token refreshed', { subject: `user:${int(1000, 99999)}`, expires_in: 3600, scope: 'orders:read orders:write' }],
      () => ['warn', 'rate limit exceeded', { client_id: `app_${alnum(8)}`, limit: pick([100, 600, 1200]), window_s: 60 }],
      () => ['info', 'job completed', { job: pick(['sync-inventory', 'send-digest', 'rebuild-index', 'expire-sessions']), processed: int(0, 5000), failed: int(0, 12), skipped: int(0, 80), duration_ms: int(200, 90000) }],
      () => ['info', 'config loaded', { 'db.host': 'db.example.internal', 'db.user': 'app', 'db.password': '****', 'cache.bypass': false, 'feature.new_checkout': chance(0.5) }],
      () => ['info', 'inference request completed', { model: pick(['summarizer-v3', 'classifier-small', 'embed-v2']), prompt_tokens: int(40, 3800), completion_tokens: int(0, 700), latency_ms: int(80, 9000), cache: pick(['hit', 'miss']) }],
      () => ['info', 'feature flag evaluated', { flag: pick(['disable_legacy_export', 'new_pricing_page', 'skip_email_verification_in_staging']), value: chance(0.5), rule: 'default' }],
      () => ['info', 'migration applied', { version: Number(ymd(t).replace(/-/g, '') + pad(int(0, 235959), 6)), name: pick(['add_index_orders_created_at', 'drop_column_users_legacy_role', 'create_table_audit_events']), duration_ms: int(5, 9000) }],
      () => ['warn', 'permission denied', { user_id: int(1000, 99999), action: pick(['orders:delete', 'users:impersonate', 'billing:refund']), resource: `org/${int(1, 900)}` }],
      () => ['error', 'unhandled error', { err: { type: pick(['TimeoutError', 'QueryFailedError', 'TypeError']), message: pick(['Query read timeout', 'deadlock detected', "Cannot read properties of undefined (reading 'items')"]), stack: `Error\n    at ${pick(['OrderService.create', 'CartRepo.load', 'Worker.run'])} (/app/dist/index.js:${int(100, 9000)}:${int(2, 60)})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)` } }],
      () => ['info', 'shutting down', { signal: 'SIGTERM', inflight: int(0, 30), grace_period_s: 30 }],
    ])();
    const base: Record<string, unknown> =
      style === 0 ? { level: ({ debug: 20, info: 30, warn: 40, error: 50 } as Record<string, number>)[level], time: t, pid: 1, hostname: host, msg }
        : style === 1 ? { level, ts: iso(t), caller: `${pick(['server', 'store', 'worker', 'auth'])}/${pick(['handler', 'client', 'pool', 'job'])}.go:${int(20, 400)}`, msg }
          : { '@timestamp': iso(t), 'log.level': level.toUpperCase(), message: msg, 'service.name': svc, 'trace.id': trace };
    return JSON.stringify({ ...base, ...extra });
  }).join('\n');
}

function logfmt(): string {
  const gokit = chance(0.5), comp = pick(['tsdb', 'scrape', 'rules', 'web', 'lease', 'compactor', 'ingester']);
  let t = when();
  const q = (s: string): string => (/[\s"=]/.test(s) ? JSON.stringify(s) : s);
  return times(int(5, 16), () => {
    t += int(1, 30_000);
    const [lvl, msg, kv] = pick<() => [string, string, [string, string | number][]]>([
      () => ['info', 'write block', [['mint', t - 7_200_000], ['maxt', t], ['ulid', `01H${upper(23)}`], ['duration', human(int(80, 9000))]]],
      () => ['info', 'Deleting obsolete block', [['block', `01H${upper(23)}`]]],
      () => { const u = `http://${ip10()}:${pick([9100, 9187, 8080])}/metrics`; return ['warn', 'scrape failed', [['target', u], ['err', `Get "${u}": context deadline exceeded`]]]; },
      () => ['info', 'Completed loading of configuration file', [['filename', '/etc/prometheus/prometheus.yml'], ['totalDuration', human(int(2, 90))]]],
      () => ['info', 'request', [['method', pick(['GET', 'POST'])], ['path', API_PATHS()], ['status', pick([200, 200, 204, 404, 500])], ['dur', human(int(1, 900))]]],
      () => ['warn', 'failed to renew lease', [['lease', `${pick(SVCS)}/leader`], ['err', 'context deadline exceeded'], ['retry_in', '2s']]],
      () => ['debug', 'skipping target', [['reason', 'relabel drop'], ['job', pick(['node', 'kubelet', 'blackbox'])]]],
      () => ['error', 'rule evaluation failed', [['group', pick(['node.rules', 'api-slo', 'disk'])], ['err', 'many-to-many matching not allowed: matching labels must be unique on one side']]],
      () => ['info', 'WAL segment loaded', [['segment', int(1, 40)], ['maxSegment', 41]]],
      () => ['info', 'http: TLS handshake error', [['remote', `${ip4()}:${int(32768, 60999)}`], ['err', 'EOF']]],
      () => ['warn', 'connection reset', [['peer', `${ip10()}:7946`], ['err', 'read: connection reset by peer']]],
      () => ['info', 'flushing series', [['series', int(1000, 900000)], ['chunks', int(1000, 90000)], ['reason', pick(['idle', 'full', 'stale'])]]],
    ])();
    const pairs: [string, string | number][] = gokit
      ? [['ts', iso(t)], ['caller', `${comp}.go:${int(40, 900)}`], ['level', lvl], ['component', comp], ['msg', msg], ...kv]
      : [['time', isoS(t)], ['level', lvl === 'warn' ? 'warning' : lvl], ['msg', msg], ...kv];
    return pairs.map(([k, v]) => `${k}=${typeof v === 'number' ? v : q(v)}`).join(' ');
  }).join('\n');
}

// ------------------------------------------------------------------ Kubernetes and containers
function kubectl(): string {
  const ns = pick(['default', 'payments', 'platform', 'monitoring', 'ingress-nginx', 'staging', 'data']);
  const apps = sample(SVCS, int(3, 6));
  const podName = (a: string): string => `${a}-${kid(int(9, 10))}-${kid(5)}`;
  const prompt = chance(0.6) ? `$ ` : null;
  const v = int(0, 4);
  if (v === 0) {
    const rows = [['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']];
    for (const a of apps) for (let i = 0, n = int(1, 3); i < n; i++) {
      const st = pick(['Running', 'Running', 'Running', 'Running', 'CrashLoopBackOff', 'Pending', 'Completed', 'ImagePullBackOff', 'Error', 'OOMKilled', 'Terminating']);
      const restarts = st === 'Running' ? int(0, 2) : st === 'Pending' || st === 'ImagePullBackOff' ? 0 : int(0, 40);
      rows.push([podName(a), st === 'Running' ? '1/1' : st === 'Completed' ? '0/1' : pick(['0/1', '1/2']), st,
        restarts > 0 ? `${restarts} (${age(int(30, 4000))} ago)` : '0', age(int(60, 3_000_000))]);
    }
    return lines(prompt && `${prompt}kubectl get pods -n ${ns}`, table(rows));
  }
  if (v === 1) {
    const rows = [['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE']];
    for (let i = 0, n = int(5, 12); i < n; i++) {
      const p = `pod/${podName(pick(apps))}`;
      rows.push([age(int(5, 3600)), ...pick<() => string[]>([
        () => ['Normal', 'Scheduled', p, `Successfully assigned ${ns}/${p.slice(4)} to node-pool-${pick(['a', 'b'])}-${kid(4)}`],
        () => ['Normal', 'Pulled', p, `Container image "registry.example.com/${pick(apps)}:${int(1, 3)}.${int(0, 20)}.${int(0, 9)}" already present on machine`],
        () => ['Warning', 'BackOff', p, 'Back-off restarting failed container app in pod'],
        () => ['Warning', 'FailedScheduling', p, `0/${int(3, 9)} nodes are available: ${int(1, 3)} Insufficient cpu, ${int(1, 3)} node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/6 nodes are available: 6 No preemption victims found for incoming pod.`],
        () => ['Warning', 'Unhealthy', p, `Readiness probe failed: Get "http://${ip10()}:8080/readyz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`],
        () => ['Warning', 'FailedMount', p, `MountVolume.SetUp failed for volume "config" : configmap "${pick(apps)}-config" not found`],
        () => ['Normal', 'Killing', p, 'Stopping container app'],
        () => ['Normal', 'ScalingReplicaSet', `deployment/${pick(apps)}`, `Scaled ${pick(['up', 'down'])} replica set ${pick(apps)}-${kid(10)} to ${int(0, 6)}`],
        () => ['Warning', 'Failed', p, `Failed to pull image "registry.example.com/${pick(apps)}:latest": rpc error: code = NotFound desc = failed to resolve reference`],
      ])()]);
    }
    return lines(prompt && `${prompt}kubectl get events -n ${ns} --sort-by=.lastTimestamp`, table(rows, 3));
  }
  if (v === 2) {
    const rows = [['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']];
    for (const a of apps) { const want = int(1, 6), have = chance(0.7) ? want : int(0, want); rows.push([a, `${have}/${want}`, String(want), String(have), age(int(3600, 30_000_000))]); }
    const nodes = [['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION']];
    for (let i = 0, n = int(3, 7); i < n; i++) nodes.push([`node-pool-${pick(['a', 'b', 'gpu'])}-${kid(4)}`, pick(['Ready', 'Ready', 'Ready', 'NotReady', 'Ready,SchedulingDisabled']), i === 0 ? 'control-plane' : '<none>', age(int(86400, 30_000_000)), `v1.${int(27, 29)}.${int(1, 9)}`]);
    return lines(prompt && `${prompt}kubectl get deploy -n ${ns}`, table(rows), '', prompt && `${prompt}kubectl get nodes`, table(nodes));
  }
  // describe pod
  const app = pick(apps), pod = podName(app), t = when(), img = `registry.example.com/${ns}/${app}:${int(1, 4)}.${int(0, 30)}.${int(0, 9)}`;
  const oom = chance(0.4), restarts = oom ? int(1, 30) : int(0, 2);
  return lines(prompt && `${prompt}kubectl describe pod ${pod} -n ${ns}`,
    `Name:             ${pod}`, `Namespace:        ${ns}`, `Priority:         0`, `Service Account:  ${app}`,
    `Node:             node-pool-a-${kid(4)}/${ip10()}`, `Start Time:       ${httpDate(t).replace('GMT', '+0000')}`,
    `Labels:           app.kubernetes.io/name=${app}`, `                  pod-template-hash=${kid(10)}`,
    `Annotations:      prometheus.io/scrape: true`, `Status:           Running`, `IP:               ${ip10()}`,
    `Controlled By:    ReplicaSet/${app}-${kid(10)}`, `Containers:`, `  app:`, `    Container ID:   containerd://${hex(64)}`,
    `    Image:          ${img}`, `    Port:           8080/TCP`, `    State:          Running`, `      Started:      ${httpDate(t + 3600_000).replace('GMT', '+0000')}`,
    oom ? `    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137` : null,
    `    Ready:          True`, `    Restart Count:  ${restarts}`,
    `    Limits:\n      memory:  ${pick([256, 512, 1024])}Mi`, `    Requests:\n      cpu:     ${pick([100, 250, 500])}m\n      memory:  ${pick([128, 256, 512])}Mi`,
    `    Liveness:       http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3`,
    `    Environment:`, `      LOG_LEVEL:    info`, `      DB_HOST:      postgres.${ns}.svc.cluster.local`,
    `      DB_PASSWORD:  <set to the key 'password' in secret '${app}-db'>  Optional: false`,
    `    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${kid(5)} (ro)`,
    `Conditions:\n  Type              Status\n  Initialized       True\n  Ready             True\n  ContainersReady   True\n  PodScheduled      True`,
    `QoS Class:                   Burstable`, `Node-Selectors:              <none>`,
    `Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s`,
    `Events:`, restarts > 0
      ? table([['  Type', 'Reason', 'Age', 'From', 'Message'], ['  ----', '------', '----', '----', '-------'],
        ['  Normal', 'Pulled', `${int(2, 50)}m`, 'kubelet', `Container image "${img}" already present on machine`],
        ['  Warning', 'BackOff', `${int(1, 9)}m`, 'kubelet', 'Back-off restarting failed container app in pod']], 2)
      : '  <none>');
}

function dockerBuild(): string {
  const stack = pick(['node', 'python', 'go'] as const);
  const base = { node: `node:${pick([18, 20, 22])}-alpine`, python: `python:3.${int(10, 12)}-slim`, go: `golang:1.${int(21, 22)}-bookworm` }[stack];
  const runs: Record<string, readonly [string, string]> = {
    node: ['npm ci --ignore-scripts --omit=dev', 'npm run build'],
    python: ['pip install --no-cache-dir -r requirements.txt', 'python -m compileall -q src'],
    go: ['go mod download', 'CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server'],
  };
  const run = runs[stack];
  const steps = ['WORKDIR /app', `COPY ${stack === 'node' ? 'package*.json' : stack === 'go' ? 'go.mod go.sum' : 'requirements.txt'} ./`, `RUN ${run[0]}`, 'COPY . .', `RUN ${run[1]}`];
  const fail = chance(0.3) ? int(2, 4) : -1, total = steps.length + 1;
  const out = ['#0 building with "default" instance using docker driver', '',
    '#1 [internal] load build definition from Dockerfile', `#1 transferring dockerfile: ${num(0.4, 2.5, 2)}kB done`, '#1 DONE 0.0s', '',
    `#2 [internal] load metadata for docker.io/library/${base}`, `#2 DONE ${num(0.3, 2.5, 1)}s`, '',
    '#3 [internal] load .dockerignore', '#3 transferring context: 2B done', '#3 DONE 0.0s', '',
    `#4 [1/${total}] FROM docker.io/library/${base}@sha256:${hex(64)}`, '#4 CACHED', ''];
  let n = 5;
  for (let i = 0; i < steps.length; i++, n++) {
    out.push(`#${n} [${i + 2}/${total}] ${steps[i]}`);
    if (i < 2 && chance(0.6)) { out.push(`#${n} CACHED`, ''); continue; }
    let s = num(0.2, 3, 3);
    const say = (x: string): void => { s = (Number(s) + Number(num(0.01, 4, 3))).toFixed(3); out.push(`#${n} ${s} ${x}`); };
    if (steps[i].startsWith('RUN')) {
      const install = i === 2;
      if (i === fail) {
        const msgs = {
          node: install ? ['npm error code ENOENT', 'npm error syscall open', 'npm error path /app/package-lock.json', 'npm error enoent Could not read package-lock.json']
            : ['> app@1.0.0 build', '> tsc -p tsconfig.build.json', '', `src/server.ts(${int(10, 200)},${int(2, 40)}): error TS2307: Cannot find module './routes/health' or its corresponding type declarations.`],
          python: install ? [`Collecting psycopg2==2.9.${int(3, 9)}`, '  error: subprocess-exited-with-error', '  Error: pg_config executable not found.', 'ERROR: Failed to build installable wheels for some pyproject.toml based projects (psycopg2)']
            : [`*** Error compiling 'src/app/settings.py'...`, `  File "src/app/settings.py", line ${int(10, 90)}`, '    DEBUG = env("DEBUG", default=False', '                                      ^', 'SyntaxError: \'(\' was never closed'],
          go: install ? ['go: github.com/example/sdk@v1.4.0: reading https://proxy.golang.example/github.com/example/sdk/@v/v1.4.0.mod: 404 Not Found']
            : [`internal/store/pg.go:${int(10, 300)}:${int(2, 40)}: undefined: pgx.ErrNoRows`, `cmd/server/main.go:${int(10, 90)}:${int(2, 30)}: declared and not used: cfg`],
        }[stack];
        for (const m of msgs) say(m);
        out.push(`#${n} ERROR: process "/bin/sh -c ${steps[i].slice(4)}" did not complete successfully: exit code: ${stack === 'go' && !install ? 1 : pick([1, 1, 2])}`, '------',
          ` > [${i + 2}/${total}] ${steps[i]}:`, ...out.slice(-Math.min(3, msgs.length)).map((l) => l.replace(`#${n} `, '')), '------', `ERROR: failed to solve: process "/bin/sh -c ${steps[i].slice(4)}" did not complete successfully: exit code: 1`);
        return out.join('\n');
      }
      if (stack === 'node') {
        if (install) { if (chance(0.4)) say(`npm warn deprecated ${pick(['rimraf@3.0.2', 'glob@7.2.3', 'inflight@1.0.6'])}: no longer supported`); say(`added ${int(80, 900)} packages, and audited ${int(900, 1000)} packages in ${int(2, 40)}s`); say('found 0 vulnerabilities'); }
        else { say(`> app@${int(1, 3)}.${int(0, 9)}.0 build`); say('> tsc -p tsconfig.build.json'); }
      } else if (stack === 'python' && install) {
        for (const p of sample(PY_PKGS, int(2, 4))) say(`Collecting ${p}==${pver(p)}`);
        say(`Installing collected packages: ${sample(PY_PKGS, 4).join(', ')}`); say(`Successfully installed ${sample(PY_PKGS, int(4, 8)).map((p) => `${p}-${pver(p)}`).join(' ')}`);
      } else if (stack === 'go' && install) for (const m of sample(['github.com/jackc/pgx/v5', 'golang.org/x/sync', 'go.uber.org/zap', 'github.com/spf13/cobra'], int(1, 3))) say(`go: downloading ${m} v${pver(m)}`);
      out.push(`#${n} DONE ${num(1, 90, 1)}s`, '');
    } else out.push(`#${n} DONE ${num(0, 0.4, 1)}s`, '');
  }
  const tag = `registry.example.com/${pick(SVCS)}:${hex(7)}`;
  out.push(`#${n} exporting to image`, `#${n} exporting layers ${num(0.1, 6, 1)}s done`, `#${n} writing image sha256:${hex(64)} done`, `#${n} naming to ${tag} done`, `#${n} DONE ${num(0.2, 6, 1)}s`);
  return out.join('\n');
}

// ------------------------------------------------------------------ crashes and stack traces
// Framework frames in call order (innermost first), so a sorted sample reads like a real stack.
const JAVA_FRAMEWORK = ['org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:56)',
  'com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)',
  'org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)',
  'org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)',
  'java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
  'org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:150)',
  'org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)',
  'org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1011)',
  'org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:174)',
  'org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)',
  'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)',
  'java.base/java.lang.Thread.run(Thread.java:1583)'];
const JAVA_EX: readonly [string, string][] = [
  ['java.lang.NullPointerException', 'Cannot invoke "com.example.{pkg}.model.Customer.getId()" because "customer" is null'],
  ['java.lang.IllegalStateException', `Order ${'{id}'} is already in state SHIPPED`],
  ['java.sql.SQLTransientConnectionException', 'HikariPool-1 - Connection is not available, request timed out after 30000ms.'],
  ['org.springframework.dao.DataIntegrityViolationException', 'could not execute statement; SQL [n/a]; constraint [uk_users_email]'],
  ['java.net.SocketTimeoutException', 'Read timed out'],
  ['java.nio.file.AccessDeniedException', '/var/lib/app/exports/report-{id}.csv'],
  ['org.springframework.security.access.AccessDeniedException', 'Access Denied'],
  ['java.util.ConcurrentModificationException', 'null'],
  ['com.fasterxml.jackson.databind.exc.MismatchedInputException', 'Cannot deserialize value of type `java.lang.Long` from String "n/a": not a valid `java.lang.Long` value'],
  ['java.lang.NumberFormatException', 'For input string: "12a"'],
  ['org.postgresql.util.PSQLException', 'ERROR: relation "audit_events" does not exist\n  Position: 15'],
  ['java.net.ConnectException', 'Connection refused'],
  ['org.postgresql.util.PSQLException', 'FATAL: password authentication failed for user "orders_rw"'],
];
function javaStack(): string {
  const pkg = pick(['orders', 'billing', 'inventory', 'accounts', 'shipping']), t = when();
  const cls = sample(['Controller', 'Service', 'Repository', 'Mapper', 'Validator', 'Client', 'Job'], 4).map((c) => `${pkg[0].toUpperCase()}${pkg.slice(1)}${c}`);
  const appFrame = (): string => { const c = pick(cls); return `com.example.${pkg}.${c.endsWith('Controller') ? 'web' : c.endsWith('Repository') ? 'data' : 'service'}.${c}.${pick(['create', 'findById', 'handle', 'process', 'validate', 'export', 'lambda$run$0', 'apply'])}(${c}.java:${int(30, 480)})`; };
  const ex = (): string => { const [ty, m] = pick(JAVA_EX); return `${ty}: ${m.replace('{id}', String(int(1000, 99999))).replace('{pkg}', pkg)}`; };
  const thread = pick([`http-nio-8080-exec-${int(1, 200)}`, `scheduling-${int(1, 4)}`, `kafka-consumer-${int(0, 8)}`, 'main']);
  const head = pick([
    `${sqlTs(t)} ERROR 1 --- [${pick(SVCS)}] [${thread.padStart(15)}] c.e.${pkg}.web.GlobalExceptionHandler    : Request processing failed`,
    `${hms(t)}.${pad(int(0, 999), 3)} [${thread}] ERROR o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() for servlet [dispatcherServlet] threw exception`,
    `[${isoS(t)}] [${thread}] ERROR com.example.${pkg}.jobs.NightlyExport - export failed, will retry at next schedule`,
    null]);
  const out = head ? [head, ex()] : [`Exception in thread "${thread}" ${ex()}`];
  const frames = (k: number): void => {
    out.push(...times(int(1, 4), () => `\tat ${appFrame()}`));
    const fw = sample(JAVA_FRAMEWORK.map((_, i) => i), k).sort((x, y) => x - y);
    out.push(...fw.map((i) => `\tat ${JAVA_FRAMEWORK[i]}`));
  };
  frames(int(3, 9));
  for (let c = 0, n = int(0, 2); c < n; c++) { out.push(`Caused by: ${ex()}`); frames(int(1, 3)); out.push(`\t... ${int(12, 90)} ${pick(['more', 'common frames omitted'])}`); }
  return out.join('\n');
}

type PyFrame = readonly [string, string, string];
const PY_APP: readonly PyFrame[] = [ // outermost first
  ['/app/manage.py', 'main', 'execute_from_command_line(sys.argv)'],
  ['/app/src/cli.py', 'run', 'asyncio.run(main(args))'],
  ['/app/src/api/views.py', 'create_order', 'customer = payload["customer_id"]'],
  ['/app/src/api/views.py', 'export_report', 'path.write_text(render(rows))'],
  ['/app/src/worker/tasks.py', 'sync_inventory', 'rows = repo.load_changed(since=last_run)'],
  ['/app/src/worker/tasks.py', 'process_batch', 'result = client.fetch(item.id, timeout=cfg.timeout)'],
  ['/app/src/core/repo.py', 'load_changed', 'return self.session.execute(stmt).scalars().all()'],
  ['/app/src/core/parse.py', 'parse_row', 'qty = int(row["quantity"])'],
  ['/app/src/core/settings.py', 'load', 'with open(self.path) as fh:'],
];
const PY_LIB: readonly PyFrame[] = [
  ['/usr/local/lib/python3.11/site-packages/requests/adapters.py', 'send', 'raise ConnectionError(e, request=request)'],
  ['/usr/local/lib/python3.11/site-packages/requests/sessions.py', 'request', 'resp = self.send(prep, **send_kwargs)'],
  ['/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/base.py', '_execute_context', 'return self._exec_single_context('],
  ['/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py', 'connect', 'conn = _connect(dsn, connection_factory=connection_factory, **kwasync)'],
  ['/usr/local/lib/python3.11/json/decoder.py', 'raw_decode', 'raise JSONDecodeError("Expecting value", s, err.value) from None'],
  ['/usr/local/lib/python3.11/asyncio/base_events.py', 'run_until_complete', 'return future.result()'],
  ['/usr/local/lib/python3.11/site-packages/celery/app/trace.py', '__protected_call__', 'return self.run(*args, **kwargs)'],
];
const PY_EX = ["KeyError: 'customer_id'", "AttributeError: 'NoneType' object has no attribute 'get'",
  "ValueError: invalid literal for int() with base 10: 'n/a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
  "FileNotFoundError: [Errno 2] No such file or directory: '/data/in/{d}.csv'", "PermissionError: [Errno 13] Permission denied: '/var/lib/app/cache/index.db'",
  "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v2/items (Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))",
  'psycopg2.OperationalError: connection to server at "db.example.internal" (10.0.2.4), port 5432 failed: FATAL:  password authentication failed for user "app"',
  'sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(someone@example.com) already exists.',
  'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)', "ModuleNotFoundError: No module named 'yaml'",
  'RecursionError: maximum recursion depth exceeded while calling a Python object', 'TimeoutError: timed out',
  'django.db.utils.ProgrammingError: column orders_order.discount_code does not exist\nLINE 1: ...", "orders_order"."status", "orders_order"."discount_...'];
function pyTraceback(): string {
  const t = when(), out: string[] = [], last = pick(PY_EX).replace('{d}', ymd(t));
  const pre = pick([`[${sqlTs(t).replace('.', ',')}] ERROR in app: Exception on ${API_PATHS().split('?')[0]} [${pick(['GET', 'POST'])}]`,
    `[${sqlTs(t).replace('.', ',')}: ERROR/ForkPoolWorker-${int(1, 8)}] Task tasks.${pick(['sync_inventory', 'send_digest', 'process_batch'])}[${uuid()}] raised unexpected: ${last.split('\n')[0].split(':')[0].split('.').pop()}`,
    `$ python ${pick(['manage.py migrate', 'src/cli.py import --dry-run', '-m app.worker'])}`, null]);
  if (pre) out.push(pre);
  const block = (exc: string): void => {
    out.push('Traceback (most recent call last):');
    const app = sample(PY_APP.map((_, i) => i), int(2, 4)).sort((x, y) => x - y).map((i) => PY_APP[i]);
    for (const [f, fn, code] of [...app, ...sample(PY_LIB, int(0, 2))]) {
      out.push(`  File "${f}", line ${int(12, 900)}, in ${fn}`, `    ${code}`);
      if (chance(0.25)) { const off = int(0, Math.min(12, code.length - 8)); out.push(`    ${' '.repeat(off)}${'^'.repeat(int(5, code.length - off))}`); }
    }
    out.push(exc);
  };
  if (chance(0.4)) { block(pick(PY_EX).replace('{d}', ymd(t))); out.push('', pick(['During handling of the above exception, another exception occurred:', 'The above exception was the direct cause of the following exception:']), ''); }
  block(last);
  return out.join('\n');
}

function goPanic(): string {
  const mod = `example.com/${pick(['inventory', 'gateway', 'ledger', 'indexer'])}`, gid = int(20, 9000);
  const [head, sig] = pick<[string, boolean]>([
    ['panic: runtime error: invalid memory address or nil pointer dereference', true],
    [`panic: runtime error: index out of range [${int(1, 9)}] with length ${int(0, 1)}`, false],
    ['fatal error: concurrent map writes', false],
    [`panic: send on closed channel`, false],
    [`panic: pq: password authentication failed for user "ledger"`, false],
    [`panic: ${pick(['config: missing required key "database.url"', 'listen tcp :8080: bind: address already in use'])}`, false],
  ]);
  const fns: [string, string][] = [[`server.(*Server).handle${pick(['Order', 'Sync', 'Batch'])}`, 'server/handlers.go'], [`store.(*PG).${pick(['Get', 'List', 'Upsert'])}`, 'store/pg.go'],
    [`cache.(*LRU).${pick(['Set', 'evict'])}`, 'cache/lru.go'], ['worker.(*Pool).run', 'worker/pool.go'], ['server.(*Server).ServeHTTP', 'server/server.go']];
  const frame = ([f, file]: [string, string]): string => `${mod}/internal/${f}(${pick(['0xc000', '0xc001'])}${hex(6)}, ${pick(['0x0', `0x${hex(2)}`])}, ...)\n\t/src/internal/${file}:${int(20, 500)} +0x${hex(int(2, 3))}`;
  const out = [head];
  if (sig) out.push(`[signal SIGSEGV: segmentation violation code=0x1 addr=0x${hex(2)} pc=0x${hex(6)}]`);
  out.push('', `goroutine ${gid} [running]:`);
  out.push(...sample([0, 1, 2, 4], int(2, 4)).sort((x, y) => y - x).reverse().map((i) => frame(fns[i])));
  out.push(`net/http.HandlerFunc.ServeHTTP(0x${hex(6)}, {0x${hex(7)}, 0xc000${hex(6)}}, 0xc000${hex(6)})\n\t/usr/local/go/src/net/http/server.go:2166 +0x29`,
    `created by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3285 +0x4b4`);
  for (let g = 0, n = int(0, 2); g < n; g++) out.push('', `goroutine ${int(1, 900)} [${pick(['chan receive', 'select', 'IO wait', 'semacquire'])}${chance(0.5) ? `, ${int(1, 90)} minutes` : ''}]:`, frame(fns[3]));
  out.push(chance(0.5) ? 'exit status 2' : `${pick(SVCS)}.service: Main process exited, code=exited, status=2/INVALIDARGUMENT`);
  return out.join('\n');
}

function nodeError(): string {
  const file = `/app/dist/${pick(['routes/orders', 'services/billing', 'jobs/sync', 'lib/cache', 'server'])}.js`, ln = int(10, 400), col = int(3, 40);
  const at = (): string => pick([`    at ${pick(['OrderService.create', 'BillingClient.charge', 'SyncJob.run', 'Cache.get', 'Router.handle'])} (${file}:${int(10, 400)}:${int(3, 40)})`,
    '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)', '    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)',
    '    at next (/app/node_modules/express/lib/router/route.js:149:13)', '    at async Promise.all (index 0)', `    at Module._compile (node:internal/modules/cjs/loader:1376:14)`]);
  const stack = (): string[] => times(int(3, 7), at);
  const ver = `Node.js v${pick(['18.19.1', '20.11.1', '20.12.2', '22.2.0'])}`;
  const v = int(0, 5);
  if (v === 0) {
    const code = pick(['const total = order.items.reduce((s, i) => s + i.price, 0);', 'return user.profile.id;', 'res.json({ id: row.id, status: row.status });']);
    return lines(`${file}:${ln}`, `    ${code}`, `    ${' '.repeat(col % code.length)}^`, '',
      `TypeError: Cannot read properties of undefined (reading '${pick(['items', 'profile', 'id', 'status'])}')`, ...stack(), '', ver);
  }
  if (v === 1) {
    const port = pick([5432, 6379, 27017, 9200, 4222]);
    return lines('node:internal/process/promises:289', '            triggerUncaughtException(err, true /* fromPromise */);', '            ^', '',
      `Error: connect ECONNREFUSED ${pick(['127.0.0.1', ip10()])}:${port}`, `    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {`,
      '  errno: -111,', "  code: 'ECONNREFUSED',", "  syscall: 'connect',", `  address: '127.0.0.1',`, `  port: ${port}`, '}', '', ver);
  }
  if (v === 2) {
    const m = pick(['./config.js', '@example/shared', 'dotenv', './lib/db']);
    return lines('node:internal/modules/esm/resolve:844', '  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);', '        ^', '',
      `Error [ERR_MODULE_NOT_FOUND]: Cannot find ${m.startsWith('.') ? 'module' : 'package'} '${m.startsWith('.') ? `/app/dist/${m.slice(2)}` : m}' imported from ${file}`,
      '    at packageResolve (node:internal/modules/esm/resolve:844:9)', '    at moduleResolve (node:internal/modules/esm/resolve:901:20)',
      '    at defaultResolve (node:internal/modules/esm/resolve:1121:11)', '    at ModuleLoader.resolve (node:internal/modules/esm/loader:396:12) {', "  code: 'ERR_MODULE_NOT_FOUND'", '}', '', ver);
  }
  if (v === 3) {
    return lines(`${isoS(when())} [${pick(SVCS)}] unhandled error in request ${uuid()}`,
      'Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client',
      '    at ServerResponse.setHeader (node:_http_outgoing:659:11)', '    at ServerResponse.header (/app/node_modules/express/lib/response.js:794:10)', ...stack(),
      "  code: 'ERR_HTTP_HEADERS_SENT'");
  }
  if (v === 4) {
    const pid = int(10, 900);
    const gc = times(int(2, 4), (i) => `[${pid}:0x${hex(12)}]   ${int(40000, 90000) + i * 900} ms: ${pick(['Mark-Compact', 'Scavenge'])} ${num(2030, 2046, 1)} (${num(2070, 2090, 1)}) -> ${num(2020, 2040, 1)} (${num(2070, 2090, 1)}) MB, ${num(800, 2000, 1)} / 0.0 ms  (average mu = 0.${int(100, 300)}, current mu = 0.0${int(10, 99)}) allocation failure; scavenge might not succeed`);
    return lines('', '<--- Last few GCs --->', '', ...gc, '', '', '<--- JS stacktrace --->', '',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ...times(int(4, 8), (i) => ` ${i + 1}: 0x${hex(6)} node::${pick(['OOMErrorHandler', 'Abort', 'FatalError', 'DumpBacktrace'])}(${pick(['', 'char const*', 'v8::Isolate*'])}) [node]`),
      'Aborted (core dumped)');
  }
  return lines(`${isoS(when())} ERROR ${pick(SVCS)}: job failed`, `AggregateError [ETIMEDOUT]: `, ...stack(),
    `    at internalConnectMultiple (node:net:1116:18) {`, "  code: 'ETIMEDOUT',", '  [errors]: [', `    Error: connect ETIMEDOUT ${ip4()}:443`, '        at createConnectionError (node:net:1646:14)',
    `        at Timeout.internalConnectMultipleTimeout (node:net:1705:38) {`, '      errno: -110,', "      code: 'ETIMEDOUT',", "      syscall: 'connect',", '    },', `    Error: connect ENETUNREACH ${ip6()}:443 - Local (:::0)`, '  ]', '}');
}

// ------------------------------------------------------------------ CI, package managers, compilers
const NPM_PKGS = ['express', 'zod', 'pino', 'undici', 'typescript', 'vitest', 'eslint', 'prettier', 'react', 'react-dom', 'vite',
  '@types/node', 'lodash', 'date-fns', 'pg', 'ioredis', 'jsonwebtoken', 'commander', 'yaml', 'dotenv'];
const PY_PKGS = ['requests', 'fastapi', 'pydantic', 'uvicorn', 'sqlalchemy', 'psycopg2-binary', 'pytest', 'numpy', 'pandas', 'boto3',
  'celery', 'redis', 'PyYAML', 'httpx', 'python-dotenv', 'alembic'];
const ver = (): string => `${pick([0, 1, 1, 2, 2, 3, 4, 5])}.${int(0, 30)}.${int(0, 12)}`;
// Plausible major.minor lines for well-known packages, so manifests and install logs do not show express 0.3 or typescript 2.
const KNOWN_VER: Record<string, string> = {
  express: '4.19', zod: '3.22', pino: '8.19', undici: '6.7', typescript: '5.4', vitest: '1.4', eslint: '8.57', prettier: '3.2', react: '18.2', 'react-dom': '18.2', vite: '5.2',
  '@types/node': '20.11', lodash: '4.17', 'date-fns': '3.6', pg: '8.11', ioredis: '5.3', jsonwebtoken: '9.0', commander: '12.0', yaml: '2.4', dotenv: '16.4',
  requests: '2.31', fastapi: '0.110', pydantic: '2.6', uvicorn: '0.29', sqlalchemy: '2.0', 'psycopg2-binary': '2.9', pytest: '8.1', numpy: '1.26', pandas: '2.2', boto3: '1.34',
  celery: '5.3', redis: '5.0', PyYAML: '6.0', httpx: '0.27', 'python-dotenv': '1.0', alembic: '1.13',
  serde: '1.0', serde_json: '1.0', tokio: '1.36', hyper: '1.2', anyhow: '1.0', thiserror: '1.0', tracing: '0.1', clap: '4.5', regex: '1.10', bytes: '1.5', rustls: '0.22', sqlx: '0.7', axum: '0.7', 'futures-util': '0.3',
  'github.com/jackc/pgx/v5': '5.5', 'golang.org/x/sync': '0.6', 'github.com/spf13/cobra': '1.8', 'go.uber.org/zap': '1.27', 'github.com/prometheus/client_golang': '1.19',
  'golang.org/x/net': '0.22', 'google.golang.org/grpc': '1.62', 'github.com/stretchr/testify': '1.9', 'gopkg.in/yaml.v3': '3.0',
};
const pver = (name: string): string => (KNOWN_VER[name] ? `${KNOWN_VER[name]}.${int(0, KNOWN_VER[name].startsWith('1.0') ? 190 : 9)}` : ver());
function packageInstall(): string {
  const prompt = `${pick(['$', '+', `${pick(LOGINS)}@${pick(HOSTS)}:~/src/app$`])} `;
  const v = int(0, 4);
  if (v <= 1) {
    const cmd = pick(['npm ci', 'npm ci --ignore-scripts', 'npm install', `npm install ${pick(NPM_PKGS)}@latest`, 'npm install --no-audit --prefer-offline']);
    const out = [prompt + cmd];
    for (let i = 0, n = int(0, 4); i < n; i++) out.push(`npm warn deprecated ${pick(['rimraf@3.0.2', 'glob@7.2.3', 'har-validator@5.1.5', 'uuid@3.4.0', 'querystring@0.2.0', 'stable@0.1.8'])}: ${pick(['this version is no longer supported, upgrade to the current major', 'use the built-in module instead', 'package is unmaintained'])}`);
    if (chance(0.3)) out.push(`npm warn EBADENGINE Unsupported engine {`, `npm warn EBADENGINE   package: '${pick(NPM_PKGS)}@${ver()}',`, `npm warn EBADENGINE   required: { node: '>=${pick([20, 22])}' },`, `npm warn EBADENGINE   current: { node: 'v18.19.1', npm: '10.2.4' }`, 'npm warn EBADENGINE }');
    if (!cmd.includes('ignore-scripts') && chance(0.5)) out.push('', `> app@${ver()} postinstall`, `> ${pick(['husky', 'node scripts/postinstall.mjs', 'patch-package', 'prisma generate'])}`, '');
    if (v === 1 && chance(0.6)) {
      out.push('npm error code ERESOLVE', 'npm error ERESOLVE unable to resolve dependency tree', 'npm error', `npm error While resolving: app@${ver()}`,
        `npm error Found: react@${pick(['17.0.2', '18.2.0'])}`, 'npm error node_modules/react', `npm error   react@"^${pick(['17', '18'])}.0.0" from the root project`, 'npm error',
        `npm error Could not resolve dependency:`, `npm error peer react@"^19.0.0" from @example/ui-kit@${ver()}`,
        'npm error', 'npm error Fix the upstream dependency conflict, or retry', 'npm error this command with --force or --legacy-peer-deps',
        `npm error A complete log of this run can be found in: /root/.npm/_logs/${iso(when()).replace(/:/g, '_').replace('.', '_')}-debug-0.log`);
      return out.join('\n');
    }
    const vulns = chance(0.5) ? 0 : int(1, 9);
    out.push('', `added ${int(20, 1400)} packages, ${chance(0.3) ? `removed ${int(1, 40)} packages, ` : ''}and audited ${int(1400, 1500)} packages in ${int(2, 90)}s`, '',
      `${int(40, 260)} packages are looking for funding`, '  run `npm fund` for details', '');
    out.push(vulns === 0 ? 'found 0 vulnerabilities' : `${vulns} vulnerabilities (${int(0, vulns)} moderate, ${vulns} high)\n\nTo address issues that do not require attention, run:\n  npm audit fix\n\nRun \`npm audit\` for details.`);
    const nv = `10.${int(5, 8)}.${int(0, 3)}`;
    if (chance(0.3)) out.push('npm notice', `npm notice New minor version of npm available! 10.2.4 -> ${nv}`, `npm notice To update run: npm install -g npm@${nv}`, 'npm notice');
    return out.join('\n');
  }
  if (v <= 3) {
    const pkgs = sample(PY_PKGS, int(3, 7)), out = [prompt + pick(['pip install -r requirements.txt', 'pip install --no-cache-dir -r requirements/prod.txt', `python -m pip install ${pkgs.join(' ')}`])];
    const pv = new Map(pkgs.map((p) => [p, pver(p)]));
    for (const p of pkgs) {
      const v2 = pv.get(p)!;
      out.push(`Collecting ${p}${chance(0.6) ? `==${v2}` : ''}`, `  Downloading ${p.replace(/-/g, '_')}-${v2}-${pick(['py3-none-any', 'cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64'])}.whl (${int(20, 9000)} kB)`);
      if (chance(0.3)) out.push(`Requirement already satisfied: ${pick(['idna', 'certifi', 'urllib3', 'typing-extensions'])}>=${int(1, 4)}.0 in /usr/local/lib/python3.11/site-packages (from ${p}) (${ver()})`);
    }
    if (v === 3 && chance(0.5)) { out.push(`ERROR: Could not find a version that satisfies the requirement ${pick(pkgs)}==${int(10, 30)}.0.0 (from versions: ${times(5, ver).join(', ')})`, `ERROR: No matching distribution found for ${pick(pkgs)}==${int(10, 30)}.0.0`); return out.join('\n'); }
    out.push('Installing collected packages: ' + pkgs.join(', '), `Successfully installed ${pkgs.map((p) => `${p}-${pv.get(p)}`).join(' ')}`);
    if (chance(0.4)) out.push('WARNING: Running pip as the \'root\' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead.');
    return out.join('\n');
  }
  const out = [prompt + 'go mod tidy'];
  for (const m of sample(['github.com/jackc/pgx/v5', 'golang.org/x/sync', 'github.com/spf13/cobra', 'go.uber.org/zap', 'github.com/prometheus/client_golang', 'golang.org/x/net', 'google.golang.org/grpc'], int(3, 7))) out.push(`go: downloading ${m} v${pver(m)}`);
  out.push(chance(0.5) ? `go: finding module for package example.com/internal/${pick(['auth', 'billing'])}\ngo: example.com/app/cmd/server imports\n\texample.com/internal/auth: cannot find module providing package example.com/internal/auth: unrecognized import path "example.com/internal/auth": reading https://example.com/internal/auth?go-get=1: 404 Not Found` : `${prompt}go build ./... && echo ok\nok`);
  return out.join('\n');
}

function jsTestSummary(): string {
  const files = sample(['src/api/orders.test.ts', 'src/utils/format.test.ts', 'src/auth/session.test.ts', 'src/cart/pricing.test.ts', 'src/db/migrate.test.ts',
    'src/components/Button.test.tsx', 'src/lib/retry.test.ts', 'src/jobs/export.test.ts', 'src/config/load.test.ts'], int(4, 8));
  const fail = chance(0.5) ? int(1, 2) : 0, skipped = int(0, 5), passed = int(30, 400), tm = num(1, 40, 3);
  const v = int(0, 2);
  if (v === 2) { // node:test
    const out = [`$ node --test ${pick(['test/', 'dist/test/**/*.test.js'])}`];
    let k = 0;
    for (const f of files) { k++; const ok = !(fail && k === 2); out.push(`${ok ? 'ok' : 'not ok'} ${k} - ${f.replace(/^src\//, '').replace(/\.test\.tsx?$/, '')}`, `  ---`, `  duration_ms: ${num(1, 900, 6)}`, ...(ok ? [] : [`  failureType: 'subtestsFailed'`, `  error: '1 subtest failed'`, `  code: 'ERR_TEST_FAILURE'`]), '  ...'); }
    out.push(`1..${files.length}`, `# tests ${passed}`, `# suites ${files.length}`, `# pass ${passed - fail - skipped}`, `# fail ${fail}`, '# cancelled 0', `# skipped ${skipped}`, '# todo 0', `# duration_ms ${num(100, 9000, 4)}`);
    return out.join('\n');
  }
  const out = [`$ ${pick(['npx jest --ci', 'npm test', 'npx vitest run', 'pnpm test -- --coverage'])}`, ''];
  const mark = v === 0 ? (ok: boolean) => (ok ? ' PASS ' : ' FAIL ') : (ok: boolean) => (ok ? ' ✓' : ' ❯');
  files.forEach((f, i) => out.push(`${mark(!(fail && i === 1))} ${f}${v === 1 ? ` (${int(2, 40)} tests${skipped && i === 0 ? ` | ${skipped} skipped` : ''}) ${int(5, 900)}ms` : ''}`));
  if (fail) {
    const [suite, name, call, m, want, got] = pick<[string, string, string, string, string, string]>([
      ['Orders API', 'rejects an order without items', 'request(app).post("/orders").send({ items: [] })', 'status).toBe', '400', '500'],
      ['formatPrice', 'rounds half up', 'formatPrice(12.345, "EUR")', ').toEqual', '"EUR 12.35"', '"EUR 12.34"'],
      ['session store', 'expires idle sessions after 30 minutes', 'store.get(id, { now: t0 + 31 * MINUTE })', ').toBeUndefined', 'undefined', '{"id": "s1", "user": 42}'],
      ['retry()', 'stops after the last attempt', 'retry(failing, { attempts: 3 }).catch(() => calls)', ').toBe', '3', '4'],
    ]);
    const L = int(20, 140), col = int(18, 30);
    const matcher = m.split(').')[1];
    out.push('', `  ● ${suite} › ${name}`, '', `    expect(received).${matcher}(${matcher === 'toBeUndefined' ? '' : 'expected'})${matcher === 'toBe' ? ' // Object.is equality' : ''}`, '',
      ...(matcher === 'toBeUndefined' ? [`    Received: ${got}`] : [`    Expected: ${want}`, `    Received: ${got}`]), '',
      `      ${L - 1} |     const res = await ${call};`, `    > ${L} |     expect(res${m.startsWith('status') ? '.status' : ''}).${matcher}(${matcher === 'toBeUndefined' ? '' : want});`,
      `      ${' '.repeat(String(L).length)} | ${' '.repeat(col)}^`, '', `      at Object.<anonymous> (${files[1]}:${L}:${col})`);
  }
  out.push('');
  if (v === 0) out.push(`Test Suites: ${fail ? `${fail} failed, ` : ''}${files.length - (fail ? 1 : 0)} passed, ${files.length} total`,
    `Tests:       ${fail ? `${fail} failed, ` : ''}${skipped ? `${skipped} skipped, ` : ''}${passed} passed, ${passed + fail + skipped} total`, 'Snapshots:   0 total', `Time:        ${tm} s`, 'Ran all test suites.');
  else out.push(` Test Files  ${fail ? `${fail} failed | ` : ''}${files.length - (fail ? 1 : 0)} passed (${files.length})`, `      Tests  ${fail ? `${fail} failed | ` : ''}${passed} passed${skipped ? ` | ${skipped} skipped` : ''} (${passed + fail + skipped})`,
    `   Start at  ${hms(when())}`, `   Duration  ${tm}s (transform ${int(100, 900)}ms, setup 0ms, collect ${int(100, 2000)}ms, tests ${int(100, 9000)}ms)`);
  if (fail) out.push('', 'npm ERR! Test failed.  See above for more details.');
  return out.join('\n');
}

function pytestOut(): string {
  const mods = sample(['tests/test_api.py', 'tests/test_models.py', 'tests/unit/test_parse.py', 'tests/unit/test_pricing.py', 'tests/integration/test_db.py', 'tests/test_cli.py', 'tests/test_auth.py'], int(3, 6));
  let passed = 0, failed = 0, skipped = 0, pct = 0;
  const failures: string[] = [];
  const rows = mods.map((m, i) => {
    const n = int(4, 40);
    const marks = times(n, () => { const r = rnd(); if (r < 0.012) { failed++; failures.push(m); return 'F'; } if (r < 0.09) { skipped++; return 's'; } passed++; return '.'; }).join('');
    pct = i === mods.length - 1 ? 100 : Math.min(99, pct + Math.floor(100 / mods.length));
    return `${m} ${marks}`.padEnd(76) + `[${String(pct).padStart(3)}%]`;
  });
  const out = ['============================= test session starts ==============================',
    `platform linux -- Python 3.${int(10, 12)}.${int(1, 9)}, pytest-${pick(['7.4.4', '8.0.2', '8.1.1'])}, pluggy-1.${int(3, 5)}.0`,
    `rootdir: /builds/${pick(['platform', 'data', 'web'])}/${pick(SVCS)}`, 'configfile: pyproject.toml',
    `plugins: ${sample(['cov-4.1.0', 'asyncio-0.23.5', 'xdist-3.5.0', 'mock-3.12.0', 'django-4.8.0'], int(1, 3)).join(', ')}`,
    `collected ${passed + failed + skipped} items`, '', ...rows];
  if (failed) {
    out.push('', '=================================== FAILURES ===================================');
    for (const m of failures.slice()) {
      const [fn, arg, call, got, want] = pick<[string, string, string, string, string]>([
        ['test_total_with_discount', 'cart', 'compute_total(cart, code="SPRING10")', 'Decimal(\'44.99\')', 'Decimal(\'45.00\')'],
        ['test_rejects_expired_token', 'client', 'client.get("/me", headers=expired_headers).status_code', '200', '401'],
        ['test_parse_iso_dates', '', 'parse_row(ROW)["created_at"]', "'2024-03-01'", "'2024-03-01T00:00:00'"],
        ['test_export_skips_archived', 'tmp_path', 'len(run_export(tmp_path).splitlines())', '13', '12'],
        ['test_migration_is_reversible', 'db_session', 'downgrade_then_upgrade(db_session)', 'None', "{'revision': '0042'}"],
      ]);
      out.push(`${'_'.repeat(31)} ${fn} ${'_'.repeat(31)}`, '', `    def ${fn}(${arg}):`, `        result = ${call}`, `>       assert result == ${want}`, `E       assert ${got} == ${want}`, '', `${m}:${int(10, 300)}: AssertionError`);
      failures[failures.indexOf(m)] = `${m}::${fn} - assert ${got} == ${want}`;
    }
    out.push('=========================== short test summary info ============================', ...failures.map((f) => `FAILED ${f}`));
  }
  if (chance(0.4)) out.push('', '=============================== warnings summary ===============================',
    `tests/test_models.py::test_legacy_fields`, `  /app/src/models.py:${int(20, 200)}: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version.`);
  const sum = [failed && `${failed} failed`, `${passed} passed`, skipped && `${skipped} skipped`].filter(Boolean).join(', ');
  out.push(`${'='.repeat(20)} ${sum} in ${num(0.5, 90, 2)}s ${'='.repeat(20)}`);
  return out.join('\n');
}

function cargoBuild(): string {
  const crate = pick(['ingestd', 'ledger', 'edge-proxy', 'tilecache', 'logship']);
  const deps = sample(['serde', 'serde_json', 'tokio', 'hyper', 'anyhow', 'thiserror', 'tracing', 'clap', 'regex', 'bytes', 'rustls', 'sqlx', 'axum', 'futures-util'], int(4, 10));
  const release = chance(0.5), out = [`$ cargo build ${release ? '--release' : pick(['', '--locked', '--all-targets'])}`.trimEnd()];
  for (const d of deps) out.push(`   Compiling ${d} v${pver(d)}`);
  out.push(`   Compiling ${crate} v0.${int(1, 9)}.${int(0, 9)} (/home/ci/${crate})`);
  const diag: [string, string, string, string][] = [
    ['warning', 'unused variable: `cfg`', 'let cfg = load_config()?;', "help: if this is intentional, prefix it with an underscore: `_cfg`\n   |\n   = note: `#[warn(unused_variables)]` on by default"],
    ['warning', 'unused import: `std::collections::HashMap`', 'use std::collections::HashMap;', '= note: `#[warn(unused_imports)]` on by default'],
    ['error[E0308]', 'mismatched types', 'let port: u16 = env::var("PORT")?;', 'expected `u16`, found `String`'],
    ['error[E0382]', 'borrow of moved value: `buf`', 'send(buf).await?; log(&buf);', 'value borrowed here after move'],
    ['error[E0599]', 'no method named `unwrap_or_skip` found for enum `Option` in the current scope', 'let v = maybe.unwrap_or_skip();', 'method not found in `Option<Record>`'],
    ['warning', 'field `created_at` is never read', 'created_at: DateTime<Utc>,', '= note: `#[warn(dead_code)]` on by default'],
  ];
  const chosen = sample(diag, int(0, 3));
  let errors = 0;
  for (const [lvl, msg, code, note] of chosen) {
    const ln = int(10, 400), c = int(5, 20);
    if (lvl.startsWith('error')) errors++;
    const g = ' '.repeat(String(ln).length), [first, ...rest] = note.split('\n');
    const label = first.startsWith('=') ? '' : ` ${first}`, tail = first.startsWith('=') ? [`${g} |`, `${g} ${first}`] : rest.map((l) => l.replace(/^ {3}/, g));
    out.push(`${lvl}: ${msg}`, `${g}--> src/${pick(['main', 'config', 'server', 'store', 'pipeline'])}.rs:${ln}:${c}`, `${g} |`, `${ln} |     ${code}`,
      `${g} |     ${' '.repeat(int(0, 6))}${'^'.repeat(int(3, 12))}${label}`, ...tail, '');
  }
  const warns = chosen.length - errors;
  if (errors) out.push(`Some errors have detailed explanations: ${chosen.filter((x) => x[0].startsWith('error')).map((x) => x[0].slice(6, 11)).join(', ')}.`,
    `For more information about an error, try \`rustc --explain ${chosen.find((x) => x[0].startsWith('error'))![0].slice(6, 11)}\`.`,
    `${warns ? `warning: \`${crate}\` (bin "${crate}") generated ${warns} warning${warns > 1 ? 's' : ''}\n` : ''}error: could not compile \`${crate}\` (bin "${crate}") due to ${errors} previous error${errors > 1 ? 's' : ''}${warns ? `; ${warns} warning${warns > 1 ? 's' : ''} emitted` : ''}`);
  else out.push(...(warns ? [`warning: \`${crate}\` (bin "${crate}") generated ${warns} warning${warns > 1 ? 's' : ''}`] : []), `    Finished \`${release ? 'release' : 'dev'}\` profile [${release ? 'optimized' : 'unoptimized + debuginfo'}] target(s) in ${num(3, 240, 2)}s`);
  return out.join('\n');
}

const TS_ERRS: readonly [string, string, string][] = [
  ['TS2339', "Property 'customerId' does not exist on type 'Order'.", 'const id = order.customerId;'],
  ['TS2345', "Argument of type 'string | undefined' is not assignable to parameter of type 'string'.\n  Type 'undefined' is not assignable to type 'string'.", 'const user = await findUser(req.params.id);'],
  ['TS2307', "Cannot find module './config' or its corresponding type declarations.", "import { config } from './config';"],
  ['TS7006', "Parameter 'row' implicitly has an 'any' type.", 'rows.map((row) => row.total)'],
  ['TS2322', "Type 'number' is not assignable to type 'string'.", 'label = count;'],
  ['TS18048', "'session' is possibly 'undefined'.", 'return session.expiresAt;'],
  ['TS6133', "'req' is declared but its value is never read.", 'export function health(req: Request, res: Response) {'],
  ['TS4114', "This member must have an 'override' modifier because it overrides a member in the base class 'BaseJob'.", 'async run(): Promise<void> {'],
  ['TS2741', "Property 'password' is missing in type '{ user: string; }' but required in type 'DbCredentials'.", 'connect({ user: env.DB_USER });'],
  ['TS1345', "An expression of type 'void' cannot be tested for truthiness.", 'if (cache.reset()) {'],
  ['TS2554', 'Expected 2 arguments, but got 1.', 'const r = retry(fetchOrders);'],
];
function tscErrors(): string {
  const files = sample(['src/routes/orders.ts', 'src/services/billing.ts', 'src/jobs/nightly.ts', 'src/lib/cache.ts', 'src/db/client.ts', 'src/auth/session.ts', 'src/index.ts'], int(1, 4));
  const errs = sample(TS_ERRS, int(2, 6)).map((e) => ({ e, f: pick(files), l: int(5, 300), c: int(3, 40) }));
  if (chance(0.4)) return lines(`$ ${pick(['npx tsc --noEmit', 'npm run typecheck', 'tsc -p tsconfig.build.json'])}`,
    ...errs.map(({ e, f, l, c }) => `${f}(${l},${c}): error ${e[0]}: ${e[1]}`), pick(['npm error Lifecycle script `typecheck` failed with error:\nnpm error code 2\nnpm error path /builds/app\nnpm error command failed\nnpm error command sh -c tsc --noEmit', 'Error: Process completed with exit code 2.', null]));
  const out: string[] = [];
  for (const { e, f, l, c } of errs) {
    const code = /^(export|import)/.test(e[2]) ? e[2] : `    ${e[2]}`, at = Math.min(c - 1, code.length - 4);
    out.push(`${f}:${l}:${c} - error ${e[0]}: ${e[1]}`, '', `${l} ${code}`, `${' '.repeat(String(l).length + 1 + at)}${'~'.repeat(Math.min(int(3, 12), code.length - at))}`, '');
  }
  const byFile = new Map<string, number>();
  for (const x of errs) byFile.set(x.f, (byFile.get(x.f) ?? 0) + 1);
  out.push('', `Found ${errs.length} errors in ${byFile.size} file${byFile.size > 1 ? 's' : ''}.`, '', 'Errors  Files');
  for (const [f, k] of byFile) out.push(`${String(k).padStart(6)}  ${f}:${errs.find((x) => x.f === f)!.l}`);
  return out.join('\n');
}

function gccMake(): string {
  const lib = pick(['libframe', 'rtpstat', 'tinyhttpd', 'libkv', 'imgtool']), cc = pick(['cc', 'gcc', 'clang']), dir = `/home/ci/src/${lib}`;
  if (chance(0.3)) {
    const avx = chance(0.5);
    return lines(`$ cmake -S . -B build -DCMAKE_BUILD_TYPE=Release`, `-- The C compiler identification is GNU ${pick(['12.2.0', '13.2.0'])}`, '-- Detecting C compiler ABI info', '-- Detecting C compiler ABI info - done',
      `-- Check for working C compiler: /usr/bin/cc - skipped`, '-- Looking for pthread.h', '-- Looking for pthread.h - found', '-- Performing Test CMAKE_HAVE_LIBC_PTHREAD', '-- Performing Test CMAKE_HAVE_LIBC_PTHREAD - Success',
      `-- Performing Test HAVE_AVX2_INSTRUCTIONS - ${avx ? 'Success' : 'Failed'}`, avx ? '-- Using AVX2 instructions for the hash kernels' : '-- AVX2 not available, using the portable SSE2 code path',
      `-- Found OpenSSL: /usr/lib/x86_64-linux-gnu/libcrypto.so (found version "3.0.${int(2, 13)}")`, chance(0.4) ? `CMake Warning at CMakeLists.txt:${int(10, 90)} (message):\n  BUILD_TESTING is disabled; unit tests will be skipped\n` : null,
      '-- Configuring done (0.' + int(2, 9) + 's)', '-- Generating done (0.0s)', `-- Build files have been written to: ${dir}/build`,
      '$ cmake --build build -j8', ...times(int(3, 7), (i) => `[${String(Math.round(((i + 1) / 8) * 100)).padStart(3)}%] Building C object CMakeFiles/${lib}.dir/src/${pick(['hash', 'io', 'main', 'parse', 'pool', 'util'])}.c.o`),
      `[100%] Linking C executable ${lib}`, `[100%] Built target ${lib}`);
  }
  const srcs = sample(['parser', 'net', 'buffer', 'main', 'config', 'hash', 'log'], int(2, 5));
  const out = [`make[1]: Entering directory '${dir}'`];
  let failed = false;
  for (const s of srcs) {
    out.push(`${cc} -O2 -Wall -Wextra -g -Iinclude -c -o src/${s}.o src/${s}.c`);
    if (chance(0.5)) {
      const ln = int(20, 600), col = int(5, 30);
      const [kind, msg, code] = pick<[string, string, string]>([
        ['warning', "comparison of integer expressions of different signedness: 'int' and 'size_t' {aka 'long unsigned int'} [-Wsign-compare]", 'for (int i = 0; i < len; i++) {'],
        ['warning', "unused parameter 'flags' [-Wunused-parameter]", 'static int open_store(const char *path, int flags)'],
        ['warning', "'strncpy' output may be truncated copying 63 bytes from a string of length 255 [-Wstringop-truncation]", 'strncpy(hdr->name, name, sizeof hdr->name - 1);'],
        ['error', "implicit declaration of function 'inet_pton' [-Wimplicit-function-declaration]", 'if (inet_pton(AF_INET, host, &addr.sin_addr) != 1)'],
        ['error', "'struct config' has no member named 'max_conn'", 'cfg->max_conn = atoi(val);'],
        ['warning', "ignoring return value of 'write' declared with attribute 'warn_unused_result' [-Wunused-result]", 'write(fd, buf, n);'],
      ]);
      out.push(`src/${s}.c: In function '${pick(['parse_header', 'open_store', 'conn_accept', 'load_config', 'main', 'hash_update'])}':`, `src/${s}.c:${ln}:${col}: ${kind}: ${msg}`,
        `${String(ln).padStart(5)} |     ${code}`, `      |     ${' '.repeat(Math.min(col, code.length - 3))}^${'~'.repeat(int(0, 8))}`);
      if (kind === 'error') { out.push(`make[1]: *** [Makefile:${int(20, 80)}: src/${s}.o] Error 1`, `make[1]: Leaving directory '${dir}'`, `make: *** [Makefile:${int(5, 15)}: all] Error 2`); failed = true; break; }
    }
  }
  if (!failed) out.push(`${cc} -o ${lib} ${srcs.map((s) => `src/${s}.o`).join(' ')} -lpthread -lssl -lcrypto`, `make[1]: Leaving directory '${dir}'`,
    ...(chance(0.4) ? ['$ ./' + lib + ' --selftest', pick(['selftest: 42 checks passed', 'Illegal instruction (core dumped)', 'selftest: all checks passed (AVX2 path disabled)'])] : []));
  return out.join('\n');
}

// ------------------------------------------------------------------ version control
const SUBJECTS = ['fix(auth): reset session token on password change', 'feat(api): add admin endpoint for bulk user export',
  `chore(deps): bump undici from 6.6.2 to 6.7.0`, 'ci: skip e2e job on docs-only changes', 'refactor(cache): bypass cache for authenticated requests',
  'fix: ignore empty lines in CSV import', 'perf(db): add index on orders(created_at)', 'docs: document the override order for config files',
  'Revert "feat: enable new checkout flow by default"', 'fix(worker): disable retries for non-idempotent jobs', 'build: drop --ignore-engines from CI install step',
  'feat(cli): add --dry-run flag to the migrate command', 'test: make the session expiry test independent of the system clock',
  'fix(nginx): forward X-Request-Id to upstream', 'chore: remove the previous release-notes generator', 'feat(i18n): add German translations for error pages',
  'fix(billing): round tax per line item, not per invoice', 'security: mask password fields in request logs', 'fix(k8s): raise memory limit for report-builder to 1Gi',
  'style: apply prettier 3 formatting', 'feat: execute scheduled exports in the worker instead of the API process', 'fix(ui): keep the filter when the user navigates back'];
const BODIES = ['The previous behaviour kept old sessions alive after a password change.\nAll sessions of the user are now reset, and a new token is issued.',
  'Under load the connection pool was exhausted by long-running exports.\nMove them to the worker and cap concurrency at 4.',
  'The import failed on files exported from spreadsheet tools that append\nblank trailing lines. Skip them and count them in the import summary.',
  'Retries on POST /charges could bill twice when the upstream timed out\nafter committing. Disable retries for that job type; the reconciler\ncatches the rare lost request.',
  'Mask values of keys matching /pass(word)?|secret|token/i before logging.\nExisting log lines are unaffected.', 'Closes #' + '{n}.'];
function gitLog(): string {
  const authors = sample(PEOPLE, int(2, 5));
  let t = when();
  const v = int(0, 2), n = v === 1 ? int(8, 20) : int(3, 7);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    t -= int(600_000, 2 * 86_400_000);
    const sha = hex(40), a = pick(authors), subj = pick(SUBJECTS);
    if (v === 1) { out.push(`${sha.slice(0, 7)} ${i === 0 ? '(HEAD -> main, origin/main) ' : chance(0.1) ? `(tag: v${ver()}) ` : ''}${subj}`); continue; }
    const merge = chance(0.15);
    out.push(`commit ${sha}${i === 0 && v === 0 ? ' (HEAD -> main, origin/main, origin/HEAD)' : ''}`);
    if (merge) out.push(`Merge: ${hex(7)} ${hex(7)}`);
    const tz = pick(['+0000', '+0100', '+0200', '-0500', '+0530', '+0900']);
    out.push(`Author: ${a} <${mailOf(a)}>`, `Date:   ${cTime(t)} ${tz}`, '');
    out.push(`    ${merge ? `Merge pull request #${int(100, 4000)} from example/${pick(['fix', 'feat', 'chore'])}/${pick(['session-reset', 'csv-import', 'tax-rounding', 'k8s-limits'])}` : subj}`);
    if (!merge && chance(0.5)) out.push('', ...pick(BODIES).replace('{n}', String(int(100, 4000))).split('\n').map((l) => `    ${l}`));
    const co = pick(PEOPLE);
    if (chance(0.2) && co !== a) out.push('', `    Co-authored-by: ${co} <${mailOf(co, 'users.noreply.example.com')}>`);
    if (v === 2) {
      const files = sample(['src/auth/session.ts', 'src/api/orders.ts', 'deploy/k8s/deployment.yaml', 'README.md', 'package-lock.json', 'src/import/csv.ts', 'migrations/0042_orders_idx.sql', 'CHANGELOG.md'], int(1, 4));
      const ch = files.map(() => [int(0, 120), int(0, 60)] as const), w = Math.max(...files.map((f) => f.length));
      out.push('', ...files.map((f, k) => ` ${f.padEnd(w)} | ${String(ch[k][0] + ch[k][1]).padStart(3)} ${'+'.repeat(Math.min(30, Math.ceil(ch[k][0] / 4)))}${'-'.repeat(Math.min(20, Math.ceil(ch[k][1] / 4)))}`),
        ` ${files.length} file${files.length > 1 ? 's' : ''} changed, ${ch.reduce((s, c) => s + c[0], 0)} insertions(+), ${ch.reduce((s, c) => s + c[1], 0)} deletions(-)`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

type Hunk = { path: string; ctx: string; pre: string[]; del: string[]; add: string[]; post: string[] };
const HUNKS: (() => Hunk)[] = [
  () => ({ path: 'src/config/defaults.ts', ctx: 'export const defaults = {', pre: ['  http: {', `    port: ${pick([3000, 8080])},`, "    bodyLimit: '1mb',"],
    del: [`    timeoutMs: ${pick([5000, 10000])},`], add: [`    timeoutMs: ${pick([15000, 30000])},`, '    keepAliveMs: 5000,'], post: ['  },', '  cache: {', `    ttlSeconds: ${pick([60, 300, 900])},`] }),
  () => ({ path: 'deploy/k8s/deployment.yaml', ctx: 'spec:', pre: ['          requests:', '            cpu: 250m', '            memory: 256Mi', '          limits:'],
    del: ['            memory: 512Mi'], add: ['            memory: 1Gi'], post: ['        livenessProbe:', '          httpGet:', '            path: /healthz'] }),
  () => ({ path: 'app/services/export.py', ctx: 'def export_orders(repo, since):', pre: ['    rows = repo.orders(since=since)', '    out = io.StringIO()', '    writer = csv.writer(out)'],
    del: ['    for r in rows:'], add: ['    for r in rows:', '        if r.archived:', '            continue  # skip archived orders'], post: ['        writer.writerow([r.id, r.total, r.created_at.isoformat()])', '    return out.getvalue()', ''] }),
  () => ({ path: 'Dockerfile', ctx: '', pre: ['FROM node:20-alpine AS build', 'WORKDIR /app', 'COPY package*.json ./'], del: ['RUN npm install'], add: ['RUN npm ci --ignore-scripts'], post: ['COPY . .', 'RUN npm run build', ''] }),
  () => ({ path: 'internal/server/orders.go', ctx: 'func (s *Server) handleOrder(w http.ResponseWriter, r *http.Request) {', pre: ['\tid := r.PathValue("id")', '\torder, err := s.store.Get(r.Context(), id)', '\tif err != nil {'],
    del: ['\t\thttp.Error(w, err.Error(), 500)'], add: ['\t\tif errors.Is(err, store.ErrNotFound) {', '\t\t\thttp.Error(w, "order not found", http.StatusNotFound)', '\t\t\treturn', '\t\t}', '\t\ts.log.Error("get order", "id", id, "err", err)', '\t\thttp.Error(w, "internal error", http.StatusInternalServerError)'],
    post: ['\t\treturn', '\t}', '\twriteJSON(w, order)'] }),
  () => ({ path: 'deploy/nginx/site.conf', ctx: 'location /api/ {', pre: ['    proxy_set_header Host $host;', '    proxy_set_header X-Real-IP $remote_addr;', '    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;'],
    del: [`    proxy_read_timeout ${pick([30, 60])}s;`], add: ['    proxy_read_timeout 90s;', '    proxy_cache_bypass $http_authorization;', '    proxy_no_cache $http_authorization;'], post: ['    proxy_pass http://app_upstream;', '}', ''] }),
  () => ({ path: 'package.json', ctx: '', pre: ['  "scripts": {', '    "build": "tsc -p tsconfig.build.json",', '    "start": "node dist/server.js",'],
    del: ['    "test": "jest"'], add: ['    "test": "vitest run",', '    "test:watch": "vitest"'], post: ['  },', '  "dependencies": {', `    "express": "^4.${int(17, 19)}.${int(0, 3)}",`] }),
  () => ({ path: '.github/workflows/ci.yml', ctx: 'jobs:', pre: ['      - uses: actions/setup-node@v4', '        with:', `          node-version: ${pick([18, 20, 22])}`],
    del: ['      - run: npm install'], add: ['      - run: npm ci --ignore-scripts', '      - run: npm run lint'], post: ['      - run: npm test', '        env:', '          CI: true'] }),
  () => ({ path: 'README.md', ctx: '## Configuration', pre: ['| Variable | Default | Description |', '|---|---|---|', '| `PORT` | `8080` | HTTP listen port |'],
    del: ['| `LOG_LEVEL` | `info` | Log level |'], add: ['| `LOG_LEVEL` | `info` | Log level (`debug`, `info`, `warn`, `error`) |', '| `CACHE_DISABLE` | `false` | Disable the response cache (useful in development) |'],
    post: ['| `DATABASE_URL` | — | PostgreSQL connection string |', '', '## Running tests'] }),
  () => ({ path: 'src/auth/session.ts', ctx: 'export async function changePassword(userId: string, next: string) {', pre: ['  const hash = await argon2.hash(next);', '  await db.users.update(userId, { passwordHash: hash });', ''],
    del: [], add: ['  // Invalidate every existing session so an old cookie stops working.', '  await sessions.resetAll(userId);', ''], post: ['  audit.log("password_changed", { userId });', '}', ''] }),
  () => ({ path: 'requirements.txt', ctx: '', pre: ['fastapi==0.110.0', 'httpx==0.27.0', 'psycopg2-binary==2.9.9'], del: [`pydantic==2.5.${int(1, 3)}`], add: [`pydantic==2.6.${int(1, 4)}`], post: ['python-dotenv==1.0.1', 'sqlalchemy==2.0.29', 'uvicorn==0.29.0'] }),
  () => ({ path: 'src/lib/retry.ts', ctx: 'export async function retry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {', pre: ['    try {', '      return await fn();', '    } catch (err) {'],
    del: ['      if (++attempt >= opts.attempts) throw err;'], add: ['      if (++attempt >= opts.attempts || !isRetryable(err)) throw err;', '      opts.onRetry?.(err, attempt);'],
    post: ['      await sleep(backoff(attempt, opts.baseMs));', '    }', '  }'] }),
];
function unifiedDiff(): string {
  const out: string[] = [];
  if (chance(0.3)) { const a = pick(PEOPLE), t = when(); out.push(`commit ${hex(40)}`, `Author: ${a} <${mailOf(a)}>`, `Date:   ${cTime(t)} +0000`, '', `    ${pick(SUBJECTS)}`, ''); }
  const picked = sample(HUNKS, int(1, 3)).map((h) => h());
  if (chance(0.25)) {
    const ver2 = pad(int(1, 99), 4), rows = [`-- ${ver2}: speed up the admin order list`, `CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx`, '    ON orders (created_at DESC);', '', `ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';`];
    const p = `migrations/${ver2}_orders_created_at_idx.sql`;
    out.push(`diff --git a/${p} b/${p}`, 'new file mode 100644', `index 0000000..${hex(7)}`, '--- /dev/null', `+++ b/${p}`, `@@ -0,0 +1,${rows.length} @@`, ...rows.map((r) => `+${r}`));
  }
  for (const h of picked) {
    const start = int(3, 220), oldN = h.pre.length + h.del.length + h.post.length, newN = h.pre.length + h.add.length + h.post.length;
    out.push(`diff --git a/${h.path} b/${h.path}`, `index ${hex(7)}..${hex(7)} 100644`, `--- a/${h.path}`, `+++ b/${h.path}`,
      `@@ -${start},${oldN} +${start + (chance(0.5) ? 0 : int(1, 6))},${newN} @@${h.ctx ? ' ' + h.ctx : ''}`,
      ...h.pre.map((l) => ` ${l}`), ...h.del.map((l) => `-${l}`), ...h.add.map((l) => `+${l}`), ...h.post.map((l) => ` ${l}`));
  }
  return out.join('\n');
}

// ------------------------------------------------------------------ shell sessions
const FILE_NAMES = ['backup.sh', '.env.example', 'docker-compose.yml', 'logs', 'node_modules', 'Präsentation_Q3.pdf', 'résumé-2024.docx', 'データ集計.xlsx',
  'отчёт_март.csv', 'notes — draft.md', 'id_ed25519.pub', 'deploy.log', 'dump-2024-02-29.sql.gz', 'README.md', 'Makefile', 'tmp', '.bash_history', 'uploads'];
function lsLong(t: number, owner: string): string {
  const names = sample(FILE_NAMES, int(5, 11));
  const rows = [['drwxr-xr-x', String(int(2, 12)), owner, owner, '4096', '', '.'], ['drwxr-xr-x', String(int(3, 30)), 'root', 'root', '4096', '', '..'],
    ...names.map((n) => { const dir = !n.includes('.') || n === 'node_modules'; return [dir ? 'drwxr-xr-x' : pick(['-rw-r--r--', '-rw-------', '-rwxr-xr-x', '-rw-rw-r--']), dir ? String(int(2, 9)) : '1', owner, pick([owner, owner, 'www-data', 'docker']), dir ? '4096' : String(int(60, 90_000_000)), '', n]; })];
  for (const r of rows) { const d = D(t - int(0, 90) * 86_400_000); r[5] = `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${hms(d.getTime()).slice(0, 5)}`; }
  return `total ${int(20, 900000)}\n` + rows.map((r) => `${r[0]} ${r[1].padStart(2)} ${r[2].padEnd(7)} ${r[3].padEnd(8)} ${r[4].padStart(9)} ${r[5]} ${r[6]}`).join('\n');
}
function shellSession(): string {
  const user = pick(['deploy', 'root', 'ubuntu', 'mchen', 'ops']), host = pick(HOSTS), t = when();
  const home = user === 'root' ? '/root' : `/home/${user}`;
  const ps1 = (cwd: string): string => (user === 'root' ? `[root@${host} ${cwd === '~' ? '~' : cwd.split('/').pop()}]# ` : `${user}@${host}:${cwd}$ `);
  const cmds: (() => [string, string, string])[] = [
    () => ['~', `ls -la${chance(0.5) ? ' ' + home : ''}`, lsLong(t, user)],
    () => ['~', 'df -h', table([['Filesystem', 'Size', 'Used', 'Avail', 'Use%', 'Mounted on'], ['/dev/nvme0n1p1', `${pick([30, 50, 100])}G`, `${int(5, 29)}G`, `${int(1, 20)}G`, `${int(20, 99)}%`, '/'],
      ['tmpfs', '3.9G', '0', '3.9G', '0%', '/dev/shm'], ['/dev/nvme0n1p15', '105M', '6.1M', '99M', '6%', '/boot/efi'], ['/dev/nvme1n1', `${pick([200, 500])}G`, `${int(10, 190)}G`, `${int(10, 300)}G`, `${int(5, 97)}%`, '/var/lib/postgresql'],
      ['overlay', '50G', `${int(5, 29)}G`, `${int(1, 20)}G`, `${int(20, 99)}%`, `/var/lib/docker/overlay2/${hex(64)}/merged`]], 1, [1, 2, 3, 4])],
    () => ['~', 'ps aux --sort=-%mem | head -n 7', table([['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'],
      ...times(6, () => { const [u, c] = pick<[string, string]>([['postgres', 'postgres: 15/main: checkpointer'], ['www-data', 'nginx: worker process'], ['root', '/usr/bin/containerd'], ['root', '/usr/bin/dockerd -H fd://'], ['deploy', 'node /srv/app/dist/server.js'], ['redis', '/usr/bin/redis-server 127.0.0.1:6379'], ['root', '/lib/systemd/systemd --system --deserialize 31'], ['deploy', 'java -Xmx2g -jar /opt/app/app.jar']]);
        return [u, String(int(300, 90000)), num(0, 40, 1), num(0.1, 30, 1), String(int(100000, 9000000)), String(int(9000, 3000000)), '?', pick(['Ssl', 'S', 'Sl', 'Ss']), pick(['Feb29', '09:12', 'Mar01', '13:40']), `${int(0, 900)}:${pad(int(0, 59))}`, c]; })], 1, [1, 2, 3, 4, 5])],
    () => ['~', 'free -h', table([['', 'total', 'used', 'free', 'shared', 'buff/cache', 'available'], ['Mem:', `${pick([3.8, 7.7, 15, 31])}Gi`, `${num(1, 6, 1)}Gi`, `${int(100, 900)}Mi`, `${int(1, 300)}Mi`, `${num(0.5, 8, 1)}Gi`, `${num(0.5, 9, 1)}Gi`], ['Swap:', '0B', '0B', '0B']], 4, [1, 2, 3, 4, 5, 6])],
    () => ['~', 'uptime', ` ${hms(t)} up ${int(1, 300)} days, ${int(0, 23)}:${pad(int(0, 59))},  ${int(1, 4)} users,  load average: ${num(0, 4, 2)}, ${num(0, 4, 2)}, ${num(0, 4, 2)}`],
    () => ['~', 'crontab -l', lines('# m h  dom mon dow   command', `MAILTO=ops@example.com`, `${int(0, 59)} ${int(0, 5)} * * * /usr/local/bin/backup.sh --target s3://backups-example/${host} >> /var/log/backup.log 2>&1`,
      `*/${pick([5, 10, 15])} * * * * /opt/app/bin/healthcheck --quiet || systemctl restart app`, `${int(0, 59)} 3 * * 0 restic forget --keep-daily 7 --keep-weekly 4 --prune`,
      chance(0.5) ? `@reboot /opt/app/bin/warm-cache --skip-images` : '# @reboot /opt/app/bin/warm-cache   (disabled, see OPS-1423)', `30 2 1 * * /usr/sbin/logrotate --force /etc/logrotate.d/app`)],
    () => ['~', 'ss -tlnp', table([['State', 'Recv-Q', 'Send-Q', 'Local Address:Port', 'Peer Address:Port', 'Process'], ['LISTEN', '0', '4096', '127.0.0.53%lo:53', '0.0.0.0:*', 'users:(("systemd-resolve",pid=612,fd=14))'],
      ['LISTEN', '0', '511', '0.0.0.0:443', '0.0.0.0:*', `users:(("nginx",pid=${int(900, 2000)},fd=7))`], ['LISTEN', '0', '128', '0.0.0.0:22', '0.0.0.0:*', 'users:(("sshd",pid=801,fd=3))'],
      ['LISTEN', '0', '244', '127.0.0.1:5432', '0.0.0.0:*', `users:(("postgres",pid=${int(900, 2000)},fd=6))`], ['LISTEN', '0', '511', `[::]:8080`, '[::]:*', `users:(("node",pid=${int(2000, 9000)},fd=21))`]], 1)],
    () => ['/var/log', 'sudo du -sh /var/log/* | sort -h | tail -n 6', times(6, (i) => `${i < 3 ? `${int(4, 900)}K` : `${num(1, 900, 0)}M`}\t/var/log/${['alternatives.log', 'dpkg.log', 'nginx', 'syslog.1', 'journal', 'app'][i]}`).join('\n')],
    () => ['~', 'id', `uid=${user === 'root' ? 0 : 1001}(${user}) gid=${user === 'root' ? 0 : 1001}(${user}) groups=${user === 'root' ? '0(root)' : `1001(${user}),4(adm),27(sudo),998(docker)`}`],
    () => ['~/src/app', 'docker ps', table([['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
      ...times(int(2, 4), () => { const s = pick(SVCS); return [hex(12), `registry.example.com/${s}:${int(1, 4)}.${int(0, 20)}.${int(0, 9)}`, pick(['"docker-entrypoint.s…"', '"/server"', '"python -m app"']), `${int(2, 50)} ${pick(['hours', 'minutes', 'days'])} ago`, pick(['Up 2 hours', 'Up 5 days (healthy)', 'Restarting (1) 8 seconds ago', 'Up 3 minutes (unhealthy)']), `0.0.0.0:${int(3000, 9000)}->8080/tcp`, `app-${s}-1`]; })], 3)],
    () => ['~', 'top -bn1 | head -n 12', lines(`top - ${hms(t)} up ${int(1, 90)} days,  ${int(1, 23)}:${pad(int(0, 59))},  1 user,  load average: ${num(0, 3, 2)}, ${num(0, 3, 2)}, ${num(0, 3, 2)}`,
      `Tasks: ${int(120, 400)} total,   ${int(1, 4)} running, ${int(100, 390)} sleeping,   0 stopped,   ${int(0, 2)} zombie`, `%Cpu(s): ${num(0, 40, 1)} us,  ${num(0, 9, 1)} sy,  0.0 ni, ${num(50, 99, 1)} id,  ${num(0, 5, 1)} wa,  0.0 hi,  0.1 si,  0.0 st`,
      `MiB Mem :  ${num(3000, 32000, 1)} total,   ${num(100, 3000, 1)} free,   ${num(1000, 9000, 1)} used,   ${num(500, 9000, 1)} buff/cache`, `MiB Swap:      0.0 total,      0.0 free,      0.0 used.   ${num(1000, 9000, 1)} avail Mem`, '',
      table([['    PID', 'USER', 'PR', 'NI', 'VIRT', 'RES', 'SHR', 'S', '%CPU', '%MEM', 'TIME+', 'COMMAND'], ...times(5, () => [String(int(1, 90000)).padStart(7), pick(['root', 'postgres', 'www-data', user]), '20', '0', `${int(10, 9000)}${pick(['m', 'g', ''])}`, `${int(10, 900)}${pick(['m', ''])}`, String(int(1000, 90000)), pick(['S', 'R']), num(0, 90, 1), num(0, 25, 1), `${int(0, 900)}:${pad(int(0, 59))}.${pad(int(0, 99))}`, pick(['node', 'postgres', 'java', 'systemd', 'kworker/u8:2-events_unbound', 'nginx', 'containerd'])])], 1))],
  ];
  return sample(cmds, int(2, 4)).map((c) => { const [cwd, cmd, out] = c(); return `${ps1(cwd)}${cmd}\n${out}`; }).join('\n');
}

// ------------------------------------------------------------------ databases
function psqlTable(cols: string[], rows: string[][], numeric: number[]): string {
  const w = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const head = cols.map((c, i) => { const l = Math.floor((w[i] - c.length) / 2); return ' '.repeat(l) + c + ' '.repeat(w[i] - c.length - l); });
  return lines(` ${head.join(' | ')}`.trimEnd(), w.map((x) => '-'.repeat(x + 2)).join('+'),
    ...rows.map((r) => ` ${r.map((v, i) => (numeric.includes(i) ? v.padStart(w[i]) : v.padEnd(w[i]))).join(' | ')}`.trimEnd()),
    `(${rows.length} row${rows.length === 1 ? '' : 's'})`);
}
function mysqlTable(cols: string[], rows: string[][]): string {
  const w = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const sep = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+', row = (r: string[]): string => '| ' + r.map((v, i) => v.padEnd(w[i])).join(' | ') + ' |';
  return lines(sep, row(cols), sep, ...rows.map(row), sep, `${rows.length} rows in set (0.0${int(0, 9)} sec)`);
}
const cost = (): string => { const a = Number(num(0, 500, 2)); return `(cost=${a.toFixed(2)}..${(a + Number(num(1, 90000, 2))).toFixed(2)} rows=${int(1, 90000)} width=${int(4, 120)})`; };
let planMax = 0; // largest actual time in the current plan, so Execution Time is consistent
const actual = (rows = int(0, 90000)): string => { const a = Number(num(0, 40, 3)), b = a + Number(num(0.01, 900, 3)); planMax = Math.max(planMax, b); return `(actual time=${a.toFixed(3)}..${b.toFixed(3)} rows=${rows} loops=1)`; };
function sqlResult(): string {
  const db = pick(['app', 'orders', 'billing', 'analytics']), t = when();
  const pr = `${db}=> `, v = int(0, 6);
  if (v === 0) {
    const rows = times(int(3, 9), () => { const p = pick(PEOPLE); return [String(int(1, 9000)), mailOf(p), pick(['admin', 'admin', 'owner']), sqlTs(t - int(0, 9e8)).slice(0, 19) + '+00']; });
    return lines(`${pr}SELECT id, email, role, last_login FROM users WHERE role IN ('admin', 'owner') ORDER BY last_login DESC;`, psqlTable(['id', 'email', 'role', 'last_login'], rows, [0]));
  }
  if (v === 1) return lines(`${pr}SELECT status, count(*) FROM orders WHERE created_at > now() - interval '1 day' GROUP BY status ORDER BY 2 DESC;`,
    psqlTable(['status', 'count'], sample(['paid', 'new', 'shipped', 'cancelled', 'refunded', 'failed', 'pending_review'], int(3, 7)).map((s) => [s, int(0, 9000)] as const).sort((a, b) => b[1] - a[1]).map(([s, n]) => [s, String(n)]), [1]));
  if (v === 2) return lines(`${pr}SELECT pid, usename, state, wait_event_type, left(query, 48) AS query, now() - query_start AS runtime FROM pg_stat_activity WHERE state <> 'idle';`,
    psqlTable(['pid', 'usename', 'state', 'wait_event_type', 'query', 'runtime'], times(int(2, 6), () => [String(int(1000, 90000)), pick(['app', 'report', 'postgres', 'replicator']), pick(['active', 'idle in transaction', 'active']),
      pick(['Lock', 'IO', 'Client', '']), pick(['UPDATE orders SET status = $1 WHERE id = $2', 'SELECT * FROM events WHERE created_at > $1 ORDER', 'COPY public.audit_log TO STDOUT', 'VACUUM ANALYZE public.sessions', 'BEGIN']),
      `00:${pad(int(0, 20))}:${pad(int(0, 59))}.${pad(int(0, 999999), 6)}`]), [0]));
  if (v === 3) return lines(`${pr}SELECT relname, n_live_tup, n_dead_tup, last_autovacuum FROM pg_stat_user_tables ORDER BY n_dead_tup DESC LIMIT 6;`,
    psqlTable(['relname', 'n_live_tup', 'n_dead_tup', 'last_autovacuum'], sample(['events', 'sessions', 'orders', 'order_items', 'audit_log', 'users', 'jobs', 'webhook_deliveries'], 6).map((r) => [r, String(int(1000, 9e7)), String(int(0, 9e6)), chance(0.2) ? '' : `${sqlTs(t - int(0, 9e8)).slice(0, 19)}+00`]), [1, 2]));
  if (v === 4) {
    const rows = times(int(3, 8), () => [pick(['SKU', 'HW', 'AC']) + '-' + int(1000, 9999), pick(['USB-C cable 2m', 'Desk lamp (LED)', 'Wireless mouse', 'Notebook A5 dotted', 'Laptop stand', 'HDMI adapter', 'Kaffeebecher 350 ml']), String(int(0, 9)), pick(['berlin-1', 'rotterdam', 'lyon-2'])]);
    return lines(`mysql> SELECT sku, name, stock, warehouse FROM products WHERE stock < 10 ORDER BY stock;`, mysqlTable(['sku', 'name', 'stock', 'warehouse'], rows));
  }
  if (v === 5) {
    planMax = 0;
    const a = Number(num(0.01, 0.09, 3)), b = a + Number(num(0.05, 4, 3)), st = pick(['paid', 'new', 'shipped']);
    const plan = [`Limit  (cost=0.43..${num(5, 90, 2)} rows=20 width=${int(60, 120)}) (actual time=${a.toFixed(3)}..${b.toFixed(3)} rows=20 loops=1)`,
      `  ->  Index Scan Backward using orders_created_at_idx on orders o  (cost=0.43..${num(9000, 90000, 2)} rows=${int(5000, 90000)} width=${int(60, 120)}) (actual time=${(a - 0.001).toFixed(3)}..${(b - 0.004).toFixed(3)} rows=20 loops=1)`,
      `        Filter: (status = '${st}'::text)`, `        Rows Removed by Filter: ${int(0, 400)}`, `Planning Time: ${num(0.05, 2, 3)} ms`, `Execution Time: ${(b + Number(num(0.01, 0.2, 3))).toFixed(3)} ms`];
    return lines(`${pr}EXPLAIN ANALYZE SELECT * FROM orders o WHERE status = '${st}' ORDER BY created_at DESC LIMIT 20;`, psqlTable(['QUERY PLAN'], plan.map((p) => [p]), []));
  }
  planMax = 0;
  const plan = [`HashAggregate  ${cost()} ${actual(int(5, 60))}`, '  Group Key: c.country', `  Batches: 1  Memory Usage: ${int(24, 400)}kB`, `  ->  Hash Join  ${cost()} ${actual()}`,
    '        Hash Cond: (o.customer_id = c.id)', `        ->  Seq Scan on orders o  ${cost()} ${actual()}`, `              Filter: (created_at >= '${ymd(t)} 00:00:00+00'::timestamp with time zone)`,
    `              Rows Removed by Filter: ${int(1000, 900000)}`, `        ->  Hash  ${cost()} ${actual()}`, `              Buckets: ${pick([16384, 65536, 131072])}  Batches: 1  Memory Usage: ${int(600, 9000)}kB`,
    `              ->  Seq Scan on customers c  ${cost()} ${actual()}`, `Planning Time: ${num(0.1, 3, 3)} ms`];
  plan.push(`Execution Time: ${(planMax + Number(num(0.5, 30, 3))).toFixed(3)} ms`);
  return lines(`${pr}EXPLAIN (ANALYZE, BUFFERS off) SELECT c.country, sum(o.total) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at >= '${ymd(t)}' GROUP BY 1;`, psqlTable(['QUERY PLAN'], plan.map((p) => [p]), []));
}

// ------------------------------------------------------------------ infrastructure output
type TfRes = { type: string; name: string; attrs: [string, string, string?][] }; // [key, value, new value for updates]
function terraformPlan(): string {
  const env = pick(['prod', 'staging', 'dev']), app = pick(SVCS);
  const res: (() => TfRes)[] = [
    () => ({ type: 'aws_s3_bucket', name: 'logs', attrs: [['bucket', `"${app}-${env}-logs-example"`], ['force_destroy', 'false'], ['arn', '(known after apply)'], ['id', '(known after apply)']] }),
    () => ({ type: 'aws_security_group_rule', name: 'https_ingress', attrs: [['type', '"ingress"'], ['from_port', '443'], ['to_port', '443'], ['protocol', '"tcp"'], ['cidr_blocks', '[\n          + "203.0.113.0/24",\n        ]'], ['security_group_id', `"sg-0${hex(16)}"`]] }),
    () => ({ type: 'aws_instance', name: 'bastion', attrs: [['ami', `"ami-0${hex(16)}"`], ['instance_type', '"t3.small"', '"t3.medium"'], ['associate_public_ip_address', 'true'], ['private_ip', '(known after apply)']] }),
    () => ({ type: 'aws_db_instance', name: 'main', attrs: [['engine', '"postgres"'], ['engine_version', `"15.${int(4, 6)}"`, `"16.${int(1, 3)}"`], ['instance_class', '"db.t4g.medium"'], ['allocated_storage', '100'], ['username', '"app_admin"'], ['password', '(sensitive value)'], ['skip_final_snapshot', 'false']] }),
    () => ({ type: 'aws_cloudwatch_log_group', name: 'app', attrs: [['name', `"/ecs/${app}"`], ['retention_in_days', '14', '30'], ['id', `"/ecs/${app}"`]] }),
    () => ({ type: 'random_password', name: 'db', attrs: [['length', '32'], ['special', 'true'], ['override_special', '"!#%&*()-_=+[]{}<>:?"'], ['result', '(sensitive value)']] }),
    () => ({ type: 'aws_route53_record', name: 'api', attrs: [['name', `"api.${env}.example.com"`], ['type', '"CNAME"'], ['ttl', '300', '60'], ['records', `[\n          + "${app}-${hex(8)}.elb.example.net",\n        ]`]] }),
    () => ({ type: 'kubernetes_config_map', name: 'app', attrs: [['metadata', `{\n          + name      = "${app}-config"\n          + namespace = "${env}"\n        }`], ['data', `{\n          + "LOG_LEVEL"     = "info"\n          + "CACHE_DISABLE" = "false"\n        }`]] }),
    () => ({ type: 'aws_iam_role_policy', name: 'read_bucket', attrs: [['name', `"${app}-read-bucket"`], ['role', `"${app}-task"`], ['policy', `jsonencode(\n          {\n            + Statement = [\n                + {\n                    + Action   = ["s3:GetObject", "s3:ListBucket"]\n                    + Effect   = "Allow"\n                    + Resource = "arn:aws:s3:::${app}-${env}-logs-example/*"\n                  },\n              ]\n            + Version   = "2012-10-17"\n          }\n        )`]] }),
  ];
  const chosen = sample(res, int(2, 4)).map((f) => f());
  const counts = { add: 0, change: 0, destroy: 0 };
  const out: string[] = [];
  if (chance(0.6)) out.push(...chosen.map((r) => `${r.type}.${r.name}: Refreshing state... [id=${({ aws_s3_bucket: `${app}-${env}-logs-example`, aws_instance: `i-0${hex(16)}`, aws_security_group_rule: `sgrule-${int(1e9, 4e9)}`, aws_db_instance: `${app}-${env}`, aws_cloudwatch_log_group: `/ecs/${app}`, random_password: 'none', aws_route53_record: `Z${upper(12)}_api.${env}.example.com_CNAME`, kubernetes_config_map: `${env}/${app}-config`, aws_iam_role_policy: `${app}-task:${app}-read-bucket` } as Record<string, string>)[r.type]}]`), '');
  out.push('Terraform used the selected providers to generate the following execution plan. Resource actions are', 'indicated with the following symbols:', '  + create', '  ~ update in-place', '  - destroy', '-/+ destroy and then create replacement', '', 'Terraform will perform the following actions:', '');
  for (const r of chosen) {
    const upd = r.attrs.some((a) => a[2] !== undefined), act = upd ? (chance(0.25) ? 'replace' : 'update') : chance(0.15) ? 'destroy' : 'create';
    const w = Math.max(...r.attrs.map((a) => a[0].length));
    const sym = { create: '+', update: '~', destroy: '-', replace: '-/+' }[act];
    out.push(`  # ${r.type}.${r.name} ${{ create: 'will be created', update: 'will be updated in-place', destroy: 'will be destroyed', replace: 'must be replaced' }[act]}`,
      `${act === 'replace' ? '' : '  '}${sym} resource "${r.type}" "${r.name}" {`);
    for (const [k, v, nv] of r.attrs) {
      if (act === 'update' || act === 'replace') out.push(nv !== undefined ? `      ~ ${k.padEnd(w)} = ${v} -> ${nv}${act === 'replace' ? ' # forces replacement' : ''}` : `        ${k.padEnd(w)} = ${v}`);
      else out.push(`      ${act === 'destroy' ? '-' : '+'} ${k.padEnd(w)} = ${act === 'destroy' ? v.replace('(known after apply)', `"${hex(12)}"`) + ' -> null' : v}`);
    }
    if (act === 'update') out.push(`        # (${int(2, 20)} unchanged attributes hidden)`);
    out.push('    }', '');
    if (act === 'create') counts.add++; else if (act === 'update') counts.change++; else if (act === 'destroy') counts.destroy++; else { counts.add++; counts.destroy++; }
  }
  out.push(`Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`);
  if (chance(0.4)) out.push('', 'Do you want to perform these actions?', '  Terraform will perform the actions described above.', "  Only 'yes' will be accepted to approve.", '', '  Enter a value: ');
  return out.join('\n');
}

function promMetrics(): string {
  const out: string[] = [];
  const fam = (name: string, help: string, type: string, samples: string[]): void => { out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples); };
  const big = (): string => (chance(0.3) ? `${num(1, 9.99, 3)}e+0${int(5, 9)}` : String(int(0, 900000)));
  const handlers = sample(['/api/v1/orders', '/api/v1/cart', '/healthz', '/metrics', '/api/v1/auth/token', '/graphql'], int(2, 4));
  const families: (() => void)[] = [
    () => fam('http_requests_total', 'Total number of HTTP requests by method, status code and handler.', 'counter', handlers.flatMap((h) => ['200', ...sample(h === '/healthz' || h === '/metrics' ? ['503'] : ['400', '401', '404', '500'], int(0, 2))].map((c) => `http_requests_total{code="${c}",handler="${h}",method="${h.includes('token') ? 'POST' : 'GET'}"} ${c === '200' ? big() : int(0, 9000)}`))),
    () => { const h = pick(handlers); let c = 0; const b = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10].map((le) => { c += int(0, 4000); return `http_request_duration_seconds_bucket{handler="${h}",le="${le}"} ${c}`; });
      fam('http_request_duration_seconds', 'Latency of HTTP requests.', 'histogram', [...b, `http_request_duration_seconds_bucket{handler="${h}",le="+Inf"} ${c}`, `http_request_duration_seconds_sum{handler="${h}"} ${num(10, 9000, 3)}`, `http_request_duration_seconds_count{handler="${h}"} ${c}`]); },
    () => fam('process_resident_memory_bytes', 'Resident memory size in bytes.', 'gauge', [`process_resident_memory_bytes ${num(1, 9.9, 4)}e+0${int(7, 8)}`]),
    () => fam('process_open_fds', 'Number of open file descriptors.', 'gauge', [`process_open_fds ${int(9, 900)}`]),
    () => fam('go_goroutines', 'Number of goroutines that currently exist.', 'gauge', [`go_goroutines ${int(8, 4000)}`]),
    () => fam('app_jobs_processed_total', 'Jobs processed by result.', 'counter', sample(['export', 'sync', 'digest'], 2).flatMap((j) => ([['success', 90000], ['failed', 300], ['skipped', 5000]] as const).map(([r, m]) => `app_jobs_processed_total{job="${j}",result="${r}"} ${int(0, m)}`))),
    () => fam('app_queue_depth', 'Messages waiting in each queue.', 'gauge', sample(['emails', 'webhooks', 'exports', 'retries'], int(2, 4)).map((q) => `app_queue_depth{queue="${q}"} ${int(0, 5000)}`)),
    () => fam('app_cache_requests_total', 'Cache lookups by result.', 'counter', ['hit', 'miss', 'bypass'].map((r) => `app_cache_requests_total{cache="responses",result="${r}"} ${big()}`)),
    () => fam('app_build_info', 'Build information.', 'gauge', [`app_build_info{goversion="go1.22.${int(0, 5)}",revision="${hex(12)}",version="${ver()}"} 1`]),
    () => fam('app_login_attempts_total', 'Login attempts by outcome.', 'counter', ['success', 'denied', 'locked'].map((o) => `app_login_attempts_total{outcome="${o}"} ${int(0, 90000)}`)),
    () => fam('node_cpu_seconds_total', 'Seconds the CPUs spent in each mode.', 'counter', ['idle', 'system', 'user', 'iowait'].flatMap((m) => times(2, (c) => `node_cpu_seconds_total{cpu="${c}",mode="${m}"} ${num(10, 9e5, 2)}`))),
    () => fam('node_filesystem_avail_bytes', 'Filesystem space available to non-root users in bytes.', 'gauge', [['/dev/nvme0n1p1', 'ext4', '/'], ['/dev/nvme1n1', 'xfs', '/var/lib/postgresql']].map(([d, f, m]) => `node_filesystem_avail_bytes{device="${d}",fstype="${f}",mountpoint="${m}"} ${num(1, 9.9, 5)}e+${int(9, 11)}`)),
    () => fam('inference_tokens_total', 'Tokens processed by the inference gateway.', 'counter', ['prompt', 'completion'].flatMap((d) => sample(['summarizer-v3', 'embed-v2'], int(1, 2)).map((m) => `inference_tokens_total{direction="${d}",model="${m}"} ${big()}`))),
    () => fam('up', '1 if the target is reachable.', 'gauge', [`up{instance="${ip10()}:9100",job="node"} ${pick([0, 1, 1])}`]),
  ];
  for (const f of sample(families, int(3, 7))) f();
  return out.join('\n');
}

// ------------------------------------------------------------------ HTTP and APIs
function curlVerbose(): string {
  const host = pick(DOMAINS.filter((d) => !d.endsWith('.internal'))), ip = ip4(), t = when(), path = API_PATHS(), method = pick(['GET', 'GET', 'POST', 'DELETE']);
  const auth = chance(0.5), h2 = chance(0.6), proto = h2 ? 'HTTP/2' : 'HTTP/1.1';
  if (chance(0.25)) { // HTTPie-style exchange dump
    const st = pick<[number, string]>([[401, 'Unauthorized'], [403, 'Forbidden'], [200, 'OK'], [429, 'Too Many Requests'], [409, 'Conflict']]);
    const errs: Record<number, [string, string]> = { 401: ['invalid_token', 'The access token expired'], 403: ['forbidden', 'Role viewer cannot perform orders:delete'],
      429: ['rate_limited', 'Retry after 30 seconds'], 409: ['conflict', 'Version mismatch: resource was modified'] };
    const body = st[0] === 200 ? { id: int(1000, 99999), status: 'ok' } : { error: { code: errs[st[0]][0], message: errs[st[0]][1] } };
    return lines(`$ http --print=HhBb ${method} https://${host}${path} Authorization:'Bearer ****'`, `${method} ${path} HTTP/1.1`, 'Accept: application/json, */*;q=0.5', 'Accept-Encoding: gzip, deflate',
      'Authorization: Bearer ****', 'Connection: keep-alive', `Host: ${host}`, 'User-Agent: HTTPie/3.2.2', '', '', `HTTP/1.1 ${st[0]} ${st[1]}`, 'Connection: keep-alive', `Content-Type: application/json`,
      `Date: ${httpDate(t)}`, st[0] === 401 ? 'WWW-Authenticate: Bearer realm="api", error="invalid_token"' : null, st[0] === 429 ? 'Retry-After: 30' : null, `X-Request-Id: ${uuid()}`, '', JSON.stringify(body, null, 4));
  }
  const out: (string | null)[] = [`$ curl -v ${method !== 'GET' ? `-X ${method} ` : ''}${auth ? "-H 'Authorization: Bearer ****' " : ''}https://${host}${path}`, `*   Trying ${ip}:443...`];
  const fail = pick([null, null, null, null, 'refused', 'timeout', 'cert']);
  if (fail === 'refused') return lines(...out, `* connect to ${ip} port 443 from ${ip10()} port ${int(32768, 60999)} failed: Connection refused`, `*   Trying ${ip6()}:443...`, '* Immediate connect fail for ' + ip6() + ': Network is unreachable', `* Failed to connect to ${host} port 443 after ${int(1, 90)} ms: Couldn't connect to server`, '* Closing connection', `curl: (7) Failed to connect to ${host} port 443 after ${int(1, 90)} ms: Couldn't connect to server`);
  if (fail === 'timeout') return lines(...out, `* Connected to ${host} (${ip}) port 443`, '* ALPN: curl offers h2,http/1.1', '* TLSv1.3 (OUT), TLS handshake, Client hello (1):', `* Operation timed out after ${int(10000, 30000)} milliseconds with 0 out of 0 bytes received`, '* Closing connection', `curl: (28) Operation timed out after ${int(10000, 30000)} milliseconds with 0 out of 0 bytes received`);
  out.push(`* Connected to ${host} (${ip}) port 443`, '* ALPN: curl offers h2,http/1.1', '* TLSv1.3 (OUT), TLS handshake, Client hello (1):', '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
    '* TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):', '* TLSv1.3 (IN), TLS handshake, Certificate (11):');
  if (fail === 'cert') return lines(...out, '* TLSv1.3 (OUT), TLS alert, unknown CA (560):', '* SSL certificate problem: unable to get local issuer certificate', '* Closing connection', 'curl: (60) SSL certificate problem: unable to get local issuer certificate', 'More details here: https://curl.example.org/docs/sslcerts.html');
  const status = pick([200, 200, 201, 204, 301, 304, 404, 429, 500, 502, 503]);
  const body = status === 204 || status === 304 ? '' : status >= 500 ? `<html><head><title>${status} ${status === 502 ? 'Bad Gateway' : 'Service Unavailable'}</title></head><body><center><h1>${status}</h1></center><hr><center>nginx</center></body></html>` : JSON.stringify(status === 200 || status === 201 ? { id: int(1, 99999), status: pick(['paid', 'new', 'active']), updated_at: isoS(t) } : { error: status === 429 ? 'rate_limited' : 'not_found', request_id: uuid() });
  out.push('* TLSv1.3 (IN), TLS handshake, CERT verify (15):', '* TLSv1.3 (IN), TLS handshake, Finished (20):', '* TLSv1.3 (OUT), TLS handshake, Finished (20):',
    '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS', `* ALPN: server accepted ${h2 ? 'h2' : 'http/1.1'}`, '* Server certificate:', `*  subject: CN=${host}`,
    `*  start date: ${httpDate(t - 40 * 86_400_000).slice(5).replace(' GMT', ' GMT')}`, `*  expire date: ${httpDate(t + 50 * 86_400_000).slice(5)}`, `*  subjectAltName: host "${host}" matched cert's "${host}"`,
    '*  issuer: C=US; O=Example Trust Services; CN=Example TLS RSA CA G1', '*  SSL certificate verify ok.', h2 ? `* using HTTP/2` : null, `> ${method} ${path} ${proto}`, `> Host: ${host}`, '> User-Agent: curl/8.5.0', '> Accept: */*',
    auth ? '> Authorization: Bearer ****' : null, '>', `< ${proto} ${status}${h2 ? '' : ' ' + ({ 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 304: 'Not Modified', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' } as Record<number, string>)[status]}`,
    `< date: ${httpDate(t)}`, `< content-type: ${status >= 500 ? 'text/html' : 'application/json; charset=utf-8'}`, `< content-length: ${body.length}`, status === 301 ? `< location: https://${host}${path}/` : null,
    `< cache-control: ${pick(['no-store', 'private, max-age=0', 'public, max-age=300'])}`, `< x-cache: ${pick(['BYPASS', 'MISS', 'HIT', 'DYNAMIC'])}`, `< x-request-id: ${uuid()}`, status === 429 ? '< retry-after: 30' : null,
    '< strict-transport-security: max-age=63072000; includeSubDomains', '<', body || null, `* Connection #0 to host ${host} left intact`);
  return lines(...out);
}

function jsonApi(): string {
  const t = when();
  const money = (): { amount: number; currency: string } => ({ amount: Number(num(1, 900, 2)), currency: pick(['EUR', 'USD', 'GBP', 'JPY']) });
  const docs: (() => unknown)[] = [
    () => ({ data: times(int(1, 3), () => ({ id: `ord_${alnum(12)}`, status: pick(['paid', 'pending', 'refunded', 'failed']), total: money(), customer: { id: `cus_${alnum(10)}`, email: mailOf(pick(PEOPLE)) },
      items: times(int(1, 3), () => ({ sku: `SKU-${int(1000, 9999)}`, qty: int(1, 5), unit_price: money() })), created_at: isoS(t - int(0, 9e8)) })),
      pagination: { page: int(1, 9), per_page: 3, total: int(10, 900), next: `/api/v1/orders?page=${int(2, 10)}&per_page=3` } }),
    () => { const p = pick(PEOPLE); return { id: int(1000, 99999), username: slug(p).replace('.', '_'), display_name: p, email: mailOf(p), roles: sample(['admin', 'billing', 'viewer', 'support', 'developer'], int(1, 3)), mfa_enabled: chance(0.7),
      disabled: chance(0.1), last_login: { at: isoS(t), ip: ip4(), user_agent: pick(UAS) }, settings: { locale: pick(['de-DE', 'en-GB', 'fr-FR', 'ja-JP']), timezone: pick(['Europe/Berlin', 'Europe/London', 'Asia/Tokyo']), notifications: { email: true, sms: false } }, password: '********' }; },
    () => { const [code, message, status, reason] = pick<[string, string, number, string]>([['permission_denied', `Caller lacks permission 'storage.objects.delete' on bucket 'exports-example'`, 403, 'IAM_PERMISSION_DENIED'],
      ['not_found', `Order ord_${alnum(12)} not found`, 404, 'RESOURCE_NOT_FOUND'], ['invalid_argument', "Field 'quantity' must be a positive integer", 400, 'FIELD_VIOLATION'],
      ['resource_exhausted', `Quota exceeded for metric requests_per_minute, limit ${pick([600, 1200])}`, 429, 'RATE_LIMIT_EXCEEDED'], ['failed_precondition', 'Invoice is already finalized and cannot be modified', 412, 'INVALID_STATE']]);
      return { error: { code, message, status, request_id: uuid(), details: [{ type: 'error_info', reason, domain: 'api.example.com', metadata: { service: pick(SVCS) } }] } }; },
    () => ({ status: pick(['ok', 'degraded', 'degraded', 'down']), version: ver(), commit: hex(12), uptime_s: int(60, 9e6), checks: { database: { status: 'up', latency_ms: Number(num(0.3, 40, 1)) }, cache: chance(0.5) ? { status: 'down', error: `dial tcp ${ip10()}:6379: connect: connection refused` } : { status: 'up', latency_ms: Number(num(0.1, 4, 2)) },
      queue: { status: 'up', backlog: int(0, 9000) }, disk: { status: pick(['up', 'warn']), free_bytes: int(1e8, 9e10) } } }),
    () => ({ query: pick(['wireless headphones', 'reset password', 'invoice export csv', 'Kaffeemühle']), took_ms: int(2, 300), hits: { total: int(0, 5000), items: times(int(2, 4), () => ({ id: alnum(10), title: pick(['How to reset your password', 'Exporting invoices to CSV', 'Noise-cancelling wireless headphones', 'Handkaffeemühle aus Edelstahl', 'Admin guide: managing roles']), score: Number(num(1, 20, 3)), url: `https://${pick(DOMAINS)}/${pick(['help', 'products', 'docs'])}/${alnum(8)}` })) } }),
    () => ({ number: int(10, 4000), title: pick(SUBJECTS), state: pick(['open', 'closed', 'merged']), draft: false, user: { login: slug(pick(PEOPLE)).replace('.', '-') }, labels: sample(['bug', 'ci', 'security', 'dependencies', 'needs-review'], int(0, 2)).map((name) => ({ name })),
      head: { ref: `${pick(['fix', 'feat'])}/${alnum(6)}`, sha: hex(40) }, base: { ref: 'main' }, mergeable: pick([true, false, null]), checks: times(int(1, 4), () => ({ name: pick(['build', 'test (20.x)', 'lint', 'e2e', 'codeql']), conclusion: pick(['success', 'success', 'failure', 'skipped', 'cancelled']) })), created_at: isoS(t) }),
    () => ({ location: pick([{ name: 'München', country: 'DE', lat: 48.137, lon: 11.575 }, { name: 'São Paulo', country: 'BR', lat: -23.55, lon: -46.633 }, { name: 'Kraków', country: 'PL', lat: 50.061, lon: 19.938 }, { name: 'Reykjavík', country: 'IS', lat: 64.146, lon: -21.942 }]),
      current: { observed_at: isoS(t), temp_c: Number(num(-10, 35, 1)), humidity: int(20, 100), wind_kph: Number(num(0, 60, 1)), condition: pick(['clear', 'light rain', 'overcast', 'snow']) }, forecast: times(3, (i) => ({ date: ymd(t + (i + 1) * 86_400_000), min_c: int(-10, 15), max_c: int(10, 35), precip_mm: Number(num(0, 20, 1)) })) }),
    () => ({ object: 'usage_report', period: { start: ymd(t - 30 * 86_400_000), end: ymd(t) }, data: sample(['summarizer-v3', 'embed-v2', 'classifier-small'], int(2, 3)).map((model) => ({ model, requests: int(100, 900000), prompt_tokens: int(1e4, 9e8), completion_tokens: int(0, 9e7), cost_usd: Number(num(0.5, 9000, 2)) })), has_more: false }),
    () => ({ id: `whd_${alnum(14)}`, event: pick(['invoice.paid', 'order.refunded', 'customer.deleted', 'subscription.renewed']), endpoint: `https://hooks.example.net/${alnum(8)}`, attempts: times(int(1, 4), (i) => ({ at: isoS(t + i * 60_000 * 2 ** i), status: i < 2 ? pick([500, 502, 504, 0]) : 200, duration_ms: int(20, 30000), error: i < 2 ? pick(['timeout', 'connection reset', 'HTTP 502']) : null })), next_retry_at: null, disabled: false }),
    () => ({ flags: sample(['new_checkout', 'disable_legacy_export', 'bypass_cache_for_admins', 'dark_mode', 'beta_search', 'skip_onboarding_tour'], int(2, 4)).map((key) => ({ key, enabled: chance(0.6), rollout: { percentage: pick([0, 5, 25, 50, 100]), sticky_by: 'user_id' }, rules: chance(0.5) ? [{ attribute: 'role', op: 'in', values: ['admin', 'staff'] }] : [], updated_by: mailOf(pick(PEOPLE)), updated_at: isoS(t) })) }),
  ];
  return JSON.stringify(pick(docs)(), null, pick([2, 2, 4]));
}

function csvExport(): string {
  let t = when();
  const q = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const sets: [string[], () => string[]][] = [
    [['order_id', 'created_at', 'customer_email', 'country', 'items', 'total', 'currency', 'status'], () => [`ORD-${int(100000, 999999)}`, isoS(t - int(0, 9e8)), mailOf(pick(PEOPLE)), pick(['DE', 'FR', 'US', 'JP', 'BR', 'PL']), String(int(1, 9)), num(5, 900, 2), pick(['EUR', 'USD']), pick(['paid', 'paid', 'refunded', 'cancelled', 'pending'])]],
    [['timestamp', 'device_id', 'temperature_c', 'humidity_pct', 'battery_v', 'status'], () => { const bat = num(3.1, 4.2, 2); return [isoS(t += 60_000), `dev-${hex(6)}`, num(-5, 40, 2), num(10, 99, 1), bat, Number(bat) < 3.35 ? 'low_battery' : pick(['ok', 'ok', 'ok', 'ok', 'sensor_error'])]; }],
    [['date', 'description', 'amount', 'balance', 'category'], () => [ymd(t - int(0, 60) * 86_400_000), pick(['CARD PAYMENT REWE München', 'SEPA TRANSFER Miete März', 'ATM WITHDRAWAL Kraków', 'DIRECT DEBIT Stadtwerke', 'CARD PAYMENT Café Müller, Köln', 'SALARY EXAMPLE GMBH', 'REFUND Online Shop']), num(-900, 900, 2), num(100, 9000, 2), pick(['groceries', 'rent', 'cash', 'utilities', 'income', 'dining'])]],
    [['date', 'page', 'views', 'unique_visitors', 'bounce_rate', 'avg_time_s'], () => [ymd(t - int(0, 30) * 86_400_000), pick(['/', '/pricing', '/docs/getting-started', '/blog/release-2-4', '/login', '/signup']), String(int(10, 90000)), String(int(5, 40000)), num(0.1, 0.9, 3), String(int(5, 400))]],
    [['sku', 'name', 'warehouse', 'on_hand', 'reserved', 'reorder_point'], () => [`SKU-${int(1000, 9999)}`, pick(['Desk lamp, LED', 'USB-C cable 2m', 'Notebook A5 "dotted"', 'Laptop stand', 'Kaffeebecher 350 ml', 'Ergonomic mouse']), pick(['berlin-1', 'rotterdam', 'lyon-2']), String(int(0, 900)), String(int(0, 50)), String(int(5, 100))]],
    [['user', 'email', 'role', 'last_active', 'mfa', 'status'], () => { const p = pick(PEOPLE); return [p, mailOf(p), pick(['admin', 'member', 'member', 'billing', 'owner', 'read-only']), ymd(t - int(0, 200) * 86_400_000), pick(['yes', 'yes', 'no']), pick(['active', 'active', 'disabled', 'invited'])]; }],
    [['check', 'region', 'timestamp', 'status', 'response_ms', 'error'], () => { const ok = chance(0.8); return [pick(['api-health', 'login-page', 'checkout-flow']), pick(['eu-west', 'us-east', 'ap-south']), isoS(t += 300_000), ok ? 'up' : 'down', ok ? String(int(40, 900)) : '', ok ? '' : pick(['timeout after 10000 ms', 'HTTP 503', 'connection reset by peer', 'TLS handshake failed'])]; }],
  ];
  const [head, row] = pick(sets);
  return [head.join(','), ...times(int(6, 30), () => row().map(q).join(','))].join(chance(0.3) ? '\r\n' : '\n');
}

// ------------------------------------------------------------------ configuration and manifest files
function yamlConfig(): string {
  const app = pick(SVCS), ns = pick(['payments', 'platform', 'staging', 'default']), img = `registry.example.com/${ns}/${app}:${ver()}`, port = pick([3000, 8000, 8080]);
  return pick<() => string>([
    () => lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${app}`, `  namespace: ${ns}`, '  labels:', `    app.kubernetes.io/name: ${app}`, 'spec:', `  replicas: ${int(1, 6)}`,
      '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${app}`, '  template:', '    metadata:', '      labels:', `        app.kubernetes.io/name: ${app}`, '    spec:',
      '      securityContext:', '        runAsNonRoot: true', `        runAsUser: ${int(1000, 65000)}`, '      containers:', '        - name: app', `          image: ${img}`, '          ports:', `            - containerPort: ${port}`,
      '          env:', '            - name: LOG_LEVEL', `              value: ${pick(['info', 'debug', 'warn'])}`, '            - name: DB_PASSWORD', '              valueFrom:', '                secretKeyRef:', `                  name: ${app}-db`, '                  key: password',
      '          resources:', `            requests: { cpu: ${pick([100, 250, 500])}m, memory: ${pick([128, 256, 512])}Mi }`, `            limits: { memory: ${pick([512, 1024])}Mi }`,
      '          readinessProbe:', `            httpGet: { path: /readyz, port: ${port} }`, '            periodSeconds: 10', '---', 'apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${app}`, `  namespace: ${ns}`, 'spec:',
      `  selector: { app.kubernetes.io/name: ${app} }`, '  ports:', `    - port: 80`, `      targetPort: ${port}`),
    () => lines(`# docker-compose.yml for local development`, 'services:', '  app:', '    build: .', `    image: ${app}:dev`, '    ports:', `      - "${port}:${port}"`, '    environment:',
      `      DATABASE_URL: postgres://app:****@db:5432/${app.replace(/-/g, '_')}`, '      REDIS_URL: redis://cache:6379/0', '      CACHE_DISABLE: "true"', '    depends_on:', '      db:', '        condition: service_healthy', '      cache:', '        condition: service_started',
      '  db:', `    image: postgres:${pick([15, 16])}-alpine`, '    environment:', '      POSTGRES_USER: app', '      POSTGRES_PASSWORD: example-only', '    volumes:', '      - pgdata:/var/lib/postgresql/data',
      '    healthcheck:', '      test: ["CMD-SHELL", "pg_isready -U app"]', '      interval: 5s', '      retries: 10', '  cache:', '    image: redis:7-alpine', '    command: ["redis-server", "--save", "", "--appendonly", "no"]', 'volumes:', '  pgdata: {}'),
    () => lines('name: CI', 'on:', '  push:', '    branches: [main]', '  pull_request:', '    paths-ignore:', "      - 'docs/**'", "      - '**.md'", 'concurrency:', '  group: ci-${{ github.ref }}', '  cancel-in-progress: true',
      'jobs:', '  test:', '    runs-on: ubuntu-latest', '    strategy:', '      matrix:', `        node: [${sample([18, 20, 22], 2).sort().join(', ')}]`, '    steps:', '      - uses: actions/checkout@v4', '      - uses: actions/setup-node@v4',
      '        with:', '          node-version: ${{ matrix.node }}', '          cache: npm', '      - run: npm ci --ignore-scripts', '      - run: npm run lint', '      - run: npm test -- --reporter=junit --outputFile=reports/junit.xml',
      '      - name: Upload report', '        if: always()', '        uses: actions/upload-artifact@v4', '        with:', '          name: junit-${{ matrix.node }}', '          path: reports/'),
    () => lines('groups:', `  - name: ${app}.rules`, '    rules:', '      - alert: HighErrorRate', `        expr: sum(rate(http_requests_total{job="${app}",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="${app}"}[5m])) > 0.0${int(1, 5)}`,
      '        for: 10m', '        labels:', '          severity: page', '        annotations:', `          summary: "${app}: more than ${int(1, 5)}% of requests fail"`, '          runbook_url: https://wiki.example.internal/runbooks/high-error-rate',
      '      - alert: DiskAlmostFull', '        expr: node_filesystem_avail_bytes{mountpoint="/"} / node_filesystem_size_bytes{mountpoint="/"} < 0.1', '        for: 30m', '        labels:', '          severity: ticket', '        annotations:',
      '          summary: "{{ $labels.instance }}: root filesystem below 10% free"', '      - alert: TargetDown', '        expr: up == 0', '        for: 5m', '        labels:', '          severity: ticket'),
    () => lines('---', `- name: Configure ${app} hosts`, `  hosts: ${pick(['web', 'workers', 'all'])}`, '  become: true', '  vars:', `    app_user: ${app.replace(/-/g, '_')}`, `    app_port: ${port}`, '  tasks:',
      '    - name: Install packages', '      ansible.builtin.apt:', '        name: [nginx, python3-venv, logrotate]', '        state: present', '        update_cache: true', '', '    - name: Create system user',
      '      ansible.builtin.user:', '        name: "{{ app_user }}"', '        system: true', '        shell: /usr/sbin/nologin', '        create_home: false', '',
      '    - name: Disable the default nginx site', '      ansible.builtin.file:', '        path: /etc/nginx/sites-enabled/default', '        state: absent', '      notify: reload nginx', '',
      '    - name: Deploy unit file', '      ansible.builtin.template:', `        src: templates/${app}.service.j2`, `        dest: /etc/systemd/system/${app}.service`, "        mode: '0644'", '',
      '  handlers:', '    - name: reload nginx', '      ansible.builtin.service:', '        name: nginx', '        state: reloaded'),
    () => lines(`# Default values for ${app}.`, `replicaCount: ${int(1, 5)}`, 'image:', `  repository: registry.example.com/${ns}/${app}`, '  pullPolicy: IfNotPresent', '  # Overrides the image tag whose default is the chart appVersion.', '  tag: ""',
      'serviceAccount:', '  create: true', '  name: ""', 'ingress:', `  enabled: ${chance(0.7)}`, '  className: nginx', '  annotations:', '    nginx.ingress.kubernetes.io/proxy-body-size: 20m', '  hosts:', `    - host: ${pick(DOMAINS)}`, '      paths:', '        - path: /', '          pathType: Prefix',
      'resources:', '  limits:', `    memory: ${pick([256, 512, 1024])}Mi`, 'autoscaling:', `  enabled: ${chance(0.5)}`, `  minReplicas: ${int(1, 3)}`, `  maxReplicas: ${int(4, 20)}`, '  targetCPUUtilizationPercentage: 75',
      'postgresql:', '  auth:', '    username: app', '    existingSecret: app-db-credentials', 'nodeSelector: {}', 'tolerations: []'),
  ])();
}

function iniToml(): string {
  const app = pick(SVCS), nm = app.replace(/-/g, '_');
  return pick<() => string>([
    () => lines('[project]', `name = "${app}"`, `version = "${ver()}"`, 'requires-python = ">=3.10"', 'dependencies = [', ...sample(PY_PKGS, int(3, 6)).map((p) => `    "${p}>=${KNOWN_VER[p] ?? '1.0'}",`), ']', '',
      '[project.optional-dependencies]', 'dev = ["pytest>=8", "ruff>=0.3", "mypy>=1.9"]', '', '[tool.ruff]', `line-length = ${pick([100, 110, 120])}`, 'extend-exclude = ["migrations"]', '', '[tool.ruff.lint]', 'select = ["E", "F", "I", "B"]',
      'ignore = ["E501"]', '', '[tool.pytest.ini_options]', 'addopts = "-ra --strict-markers"', 'markers = ["slow: long-running tests (deselect with -m \'not slow\')"]', '', '[tool.mypy]', 'strict = true', 'disallow_untyped_defs = true'),
    () => lines('[package]', `name = "${app}"`, `version = "0.${int(1, 9)}.${int(0, 9)}"`, 'edition = "2021"', 'rust-version = "1.75"', '', '[dependencies]', `tokio = { version = "1.${int(30, 37)}", features = ["full"] }`,
      'serde = { version = "1", features = ["derive"] }', 'anyhow = "1"', `tracing = "0.1"`, `axum = "0.7"`, '', '[dev-dependencies]', 'proptest = "1"', '', '[profile.release]', 'lto = "thin"', 'codegen-units = 1', 'strip = true', '', '[features]', 'default = []', 'unstable-metrics = []'),
    () => lines('[mysqld]', 'user            = mysql', 'pid-file        = /var/run/mysqld/mysqld.pid', 'datadir         = /var/lib/mysql', 'bind-address    = 127.0.0.1', `max_connections = ${pick([151, 300, 500])}`,
      `innodb_buffer_pool_size = ${pick([1, 2, 4, 8])}G`, 'innodb_flush_log_at_trx_commit = 1', 'slow_query_log  = 1', 'slow_query_log_file = /var/log/mysql/slow.log', `long_query_time = ${pick([0.5, 1, 2])}`,
      'skip-name-resolve', '# skip-grant-tables   # never enable on a reachable host', '', '[client]', 'user     = backup', 'password = ****', 'socket   = /var/run/mysqld/mysqld.sock'),
    () => lines('[Unit]', `Description=${app} service`, 'After=network-online.target postgresql.service', 'Wants=network-online.target', '', '[Service]', 'Type=simple', `User=${nm}`, `Group=${nm}`,
      `WorkingDirectory=/srv/${app}`, `EnvironmentFile=-/etc/default/${app}`, `ExecStart=/srv/${app}/bin/${app} --config /etc/${app}/config.toml`, 'ExecReload=/bin/kill -HUP $MAINPID', 'Restart=on-failure', 'RestartSec=5s',
      'LimitNOFILE=65536', 'NoNewPrivileges=true', 'ProtectSystem=strict', 'ProtectHome=true', `ReadWritePaths=/var/lib/${app} /var/log/${app}`, 'PrivateTmp=true', '', '[Install]', 'WantedBy=multi-user.target'),
    () => lines('[user]', `\tname = ${pick(PEOPLE)}`, `\temail = ${mailOf(pick(PEOPLE))}`, '[core]', '\teditor = vim', '\tautocrlf = input', '\texcludesfile = ~/.gitignore_global', '[pull]', '\trebase = true',
      '[init]', '\tdefaultBranch = main', '[alias]', '\tst = status -sb', '\tlg = log --oneline --graph --decorate -20', '\tundo = reset --soft HEAD~1', '\tamend = commit --amend --no-edit', '[credential]', '\thelper = cache --timeout=3600', '[difftool]', '\tprompt = false', '[merge]', '\tconflictstyle = zdiff3',
      '[url "git@git.example.com:"]', '\tinsteadOf = https://git.example.com/'),
    () => lines('[supervisord]', 'logfile=/var/log/supervisor/supervisord.log', 'nodaemon=false', '', '[unix_http_server]', 'file=/var/run/supervisor.sock', 'chmod=0700', '', '[inet_http_server]', 'port=127.0.0.1:9001',
      'username=admin', 'password=****', '', `[program:${app}]`, `command=/srv/${app}/venv/bin/gunicorn -w ${int(2, 8)} -b 127.0.0.1:${pick([8000, 8001])} app:create_app()`, `directory=/srv/${app}`, `user=${nm}`, 'autostart=true', 'autorestart=true',
      'stopsignal=TERM', 'stopwaitsecs=30', `stdout_logfile=/var/log/${app}/out.log`, `stderr_logfile=/var/log/${app}/err.log`, '', '[program:worker]', `command=/srv/${app}/venv/bin/celery -A tasks worker -l info --concurrency=${int(2, 8)}`, `numprocs=1`),
    () => lines('# PostgreSQL configuration (excerpt)', "listen_addresses = 'localhost,10.0.1.5'", `max_connections = ${pick([100, 200, 400])}`, `shared_buffers = ${pick([1, 2, 4, 8])}GB`, `effective_cache_size = ${pick([4, 12, 24])}GB`,
      `work_mem = ${pick([4, 16, 32, 64])}MB`, 'maintenance_work_mem = 512MB', "wal_level = replica", 'max_wal_size = 4GB', "log_min_duration_statement = 500ms", "log_line_prefix = '%m [%p] %q%u@%d '",
      'log_lock_waits = on', "statement_timeout = 0\t\t# in milliseconds, 0 is disabled", 'idle_in_transaction_session_timeout = 10min', "password_encryption = scram-sha-256", 'autovacuum_vacuum_scale_factor = 0.05'),
    () => lines('; php.ini overrides for the web pool', 'memory_limit = 256M', 'upload_max_filesize = 20M', 'post_max_size = 24M', 'max_execution_time = 60', 'expose_php = Off', 'display_errors = Off',
      'log_errors = On', 'error_log = /var/log/php/error.log', 'disable_functions = exec,passthru,shell_exec,system,proc_open,popen', 'session.cookie_secure = 1', 'session.cookie_httponly = 1', "session.cookie_samesite = \"Lax\"",
      'opcache.enable = 1', 'opcache.validate_timestamps = 0', `date.timezone = ${pick(['UTC', 'Europe/Berlin'])}`),
  ])();
}

function dockerfile(): string {
  const stack = pick(['node', 'python', 'go', 'nginx']);
  const app = pick(SVCS);
  const nv = pick([18, 20, 22]), port = pick([3000, 8080, 8000]);
  if (stack === 'node') return lines(chance(0.6) ? '# syntax=docker/dockerfile:1' : null, `ARG NODE_VERSION=${nv}`, 'FROM node:${NODE_VERSION}-alpine AS deps', 'WORKDIR /app', 'COPY package.json package-lock.json ./',
    chance(0.5) ? 'RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts' : 'RUN npm ci --ignore-scripts --no-audit --no-fund', '', 'FROM deps AS build', 'COPY . .',
    `RUN npm run ${pick(['build', 'build:prod', 'compile'])} && npm prune --omit=dev`, '', 'FROM node:${NODE_VERSION}-alpine', 'ENV NODE_ENV=production', `ENV PORT=${port}`, 'WORKDIR /app',
    chance(0.5) ? 'RUN apk add --no-cache tini' : null, 'RUN addgroup -S app && adduser -S app -G app', 'COPY --from=build --chown=app:app /app/node_modules ./node_modules',
    'COPY --from=build --chown=app:app /app/dist ./dist', chance(0.4) ? 'COPY --chown=app:app migrations ./migrations' : null, 'USER app', `EXPOSE ${port}`,
    chance(0.6) ? `HEALTHCHECK --interval=${pick([15, 30, 60])}s --timeout=3s CMD wget -qO- http://127.0.0.1:${port}/healthz || exit 1` : null,
    chance(0.5) ? 'ENTRYPOINT ["/sbin/tini", "--"]' : null, `CMD ["node", ${chance(0.3) ? '"--enable-source-maps", ' : ''}"${pick(['dist/server.js', 'dist/index.js', 'dist/main.js'])}"]`);
  if (stack === 'python') return lines(`FROM python:3.${int(10, 12)}-slim`, 'ENV PYTHONDONTWRITEBYTECODE=1 \\', '    PYTHONUNBUFFERED=1 \\', '    PIP_NO_CACHE_DIR=1 \\', '    PIP_DISABLE_PIP_VERSION_CHECK=1',
    'RUN apt-get update \\', ' && apt-get install -y --no-install-recommends libpq5 curl \\', ' && rm -rf /var/lib/apt/lists/*', 'WORKDIR /srv/app', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt',
    'COPY . .', 'RUN useradd --system --uid 10001 app && chown -R app /srv/app', 'USER app', 'EXPOSE 8000', `CMD ["gunicorn", "-w", "${int(2, 8)}", "-b", "0.0.0.0:8000", "app.wsgi:application"]`);
  if (stack === 'go') return lines(`FROM golang:1.${int(21, 22)} AS build`, 'WORKDIR /src', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .',
    `RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w -X main.version=${ver()}" -o /out/${app} ./cmd/${app}`, '', 'FROM gcr.example.com/distroless/static:nonroot',
    `COPY --from=build /out/${app} /usr/local/bin/${app}`, 'USER nonroot:nonroot', 'EXPOSE 8080', `ENTRYPOINT ["/usr/local/bin/${app}"]`, 'CMD ["--config", "/etc/app/config.yaml"]');
  const fe = pick(['frontend', 'admin-ui', 'docs-site', 'storefront']);
  return lines(`FROM nginx:1.${pick([24, 25, 26])}-${pick(['alpine', 'bookworm'])}`, chance(0.5) ? `LABEL org.opencontainers.image.source="https://git.example.com/web/${fe}"` : null,
    '# Remove the default site and ship our own config', 'RUN rm /etc/nginx/conf.d/default.conf', `COPY deploy/nginx/${fe}.conf /etc/nginx/conf.d/${fe}.conf`,
    chance(0.5) ? 'COPY deploy/nginx/gzip.conf deploy/nginx/security-headers.conf /etc/nginx/snippets/' : null,
    `COPY --from=registry.example.com/web/${fe}:${chance(0.5) ? 'latest' : ver()} /app/dist /usr/share/nginx/html`, 'RUN chown -R nginx:nginx /usr/share/nginx/html \\', ' && nginx -t',
    chance(0.5) ? 'USER root' : 'USER nginx', `EXPOSE ${pick([80, 8080])}`, chance(0.5) ? 'HEALTHCHECK CMD wget -q --spider http://127.0.0.1/healthz || exit 1' : null, 'STOPSIGNAL SIGQUIT', 'CMD ["nginx", "-g", "daemon off;"]');
}

function depManifest(): string {
  const app = pick(SVCS), v = int(0, 2);
  if (v === 0) {
    const dep = (xs: string[]): Record<string, string> => Object.fromEntries(xs.map((p) => [p, `^${pver(p)}`]));
    return JSON.stringify({ name: `@example/${app}`, version: ver(), private: true, type: pick(['module', 'commonjs']), engines: { node: `>=${pick([18, 20])}` },
      scripts: { build: 'tsc -p tsconfig.build.json', start: 'node dist/server.js', dev: 'tsx watch src/server.ts', test: 'vitest run', lint: 'eslint .', ...(chance(0.5) ? { postinstall: 'patch-package' } : {}), 'db:reset': 'node scripts/reset-db.mjs --force' },
      dependencies: dep(sample(NPM_PKGS.filter((p) => !['typescript', 'vitest', 'eslint', 'prettier', '@types/node'].includes(p)), int(3, 8))), devDependencies: dep(['typescript', 'vitest', 'eslint', '@types/node'].slice(0, int(2, 4))),
      ...(chance(0.6) ? { overrides: { [pick(['semver', 'tough-cookie', 'word-wrap'])]: `^${ver()}` } } : {}) }, null, 2);
  }
  if (v === 1) {
    const out = [`# ${app} runtime dependencies`, `# generated by pip-compile --output-file=requirements.txt requirements.in`];
    for (const p of sample(PY_PKGS, int(6, 14)).sort((a, b) => a.localeCompare(b))) { out.push(`${p.toLowerCase()}==${pver(p)}`); if (chance(0.4)) out.push(`    # via ${pick([...PY_PKGS.map((x) => x.toLowerCase()), '-r requirements.in'])}`); }
    if (chance(0.4)) out.push('', '# pinned below 3.0 until the new API is supported', `urllib3<3`, '--extra-index-url https://pypi.example.internal/simple');
    return out.join('\n');
  }
  const mods = sample(['github.com/jackc/pgx/v5', 'golang.org/x/sync', 'github.com/spf13/cobra', 'go.uber.org/zap', 'github.com/prometheus/client_golang', 'google.golang.org/grpc', 'github.com/stretchr/testify', 'gopkg.in/yaml.v3'], int(3, 6));
  const ind = sample(['golang.org/x/net', 'golang.org/x/sys', 'golang.org/x/text', 'github.com/beorn7/perks', 'github.com/cespare/xxhash/v2', 'google.golang.org/protobuf', 'github.com/davecgh/go-spew'], int(2, 6));
  return lines(`module example.com/${app}`, '', `go 1.${int(21, 22)}`, chance(0.5) ? `\ntoolchain go1.22.${int(0, 5)}` : null, '', 'require (', ...mods.map((m) => `\t${m} v${pver(m)}`), ')', '', 'require (', ...ind.map((m) => `\t${m} v0.${int(0, 30)}.${int(0, 9)} // indirect`), ')',
    chance(0.3) ? `\nreplace example.com/shared => ../shared` : null);
}

// ------------------------------------------------------------------ mail
function mailHeaders(): string {
  const t = when(), from = pick(PEOPLE), to = pick(PEOPLE), mid = `<${hex(16)}.${int(1000, 9999)}@${pick(['mail.example.com', 'mx1.example.net'])}>`;
  const enc = (s: string): string => (/[^\x00-\x7f]/.test(s) ? `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=` : s);
  const kind = int(0, 3), host = pick(HOSTS);
  const subj = kind === 1 ? `Cron <root@${host}> /usr/local/bin/backup.sh` : kind === 2 ? 'Undelivered Mail Returned to Sender' : kind === 3 ? `[FIRING:${int(1, 3)}] ${pick(['HighErrorRate', 'DiskAlmostFull', 'TargetDown'])} (${pick(SVCS)} page)` :
    pick(['Re: Q3 budget review', 'Überweisung eingegangen – Rechnung 2024-0342', 'Your order ORD-' + int(100000, 999999) + ' has shipped', '[JIRA] (OPS-' + int(100, 9999) + ') Disk usage above 90% on db-replica-2', 'Meeting notes: release 2.4 go/no-go', 'Réunion de lundi — ordre du jour']);
  const hdr = [`Return-Path: <${kind === 2 ? '' : kind === 1 ? `root@${host}.example.internal` : mailOf(from)}>`, `Delivered-To: ${mailOf(to, 'example.org')}`,
    `Received: from ${pick(['mail.example.com', 'smtp-out.example.net'])} (${pick(['mail.example.com', 'smtp-out.example.net'])} [${ip4()}])`, `\tby mx1.example.org (Postfix) with ESMTPS id ${upper(10)}`,
    `\tfor <${mailOf(to, 'example.org')}>; ${httpDate(t).replace('GMT', '+0000 (UTC)')}`, `Received: from [${ip10()}] (unknown [${ip4()}])`, `\tby mail.example.com (Postfix) with ESMTPSA id ${upper(9)};`, `\t${httpDate(t - int(500, 9000)).replace('GMT', '+0000')}`,
    `Authentication-Results: mx1.example.org;`, `\tdkim=${pick(['pass', 'pass', 'fail', 'none'])} header.d=example.com header.s=${pick(['s1', 'mail2024', 'selector1'])} header.b=${b64(8)};`, `\tspf=${pick(['pass', 'pass', 'softfail'])} (mx1.example.org: domain of ${mailOf(from)} designates ${ip4()} as permitted sender) smtp.mailfrom=${mailOf(from)};`,
    `\tdmarc=pass (p=${pick(['none', 'quarantine', 'reject'])} dis=none) header.from=example.com`, `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com;`, `\ts=s1; t=${Math.floor(t / 1000)}; bh=${b64(43)}=;`, `\th=From:To:Subject:Date:Message-ID;`, `\tb=${b64(70)}`, `\t ${b64(70)}==`,
    `From: ${kind === 2 ? 'MAILER-DAEMON@mx1.example.net (Mail Delivery System)' : kind === 1 ? `root@${host}.example.internal (Cron Daemon)` : kind === 3 ? 'Alertmanager <alerts@example.com>' : `${enc(from)} <${mailOf(from)}>`}`,
    `To: ${enc(to)} <${mailOf(to, 'example.org')}>`, `Subject: ${enc(subj)}`, `Date: ${httpDate(t - int(500, 9000)).replace('GMT', '+0000')}`, `Message-ID: ${mid}`, 'MIME-Version: 1.0',
    kind === 2 ? `Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="${upper(10)}.${int(1e9, 2e9)}/mx1.example.net"` : `Content-Type: text/plain; charset="${pick(['utf-8', 'UTF-8', 'us-ascii'])}"`, `Content-Transfer-Encoding: ${pick(['7bit', 'quoted-printable', '8bit'])}`,
    chance(0.4) ? `X-Spam-Status: No, score=${num(-5, 4, 1)} required=5.0 tests=BAYES_00,DKIM_SIGNED,DKIM_VALID,SPF_PASS` : null, chance(0.3) ? `List-Unsubscribe: <https://lists.example.com/unsubscribe/${alnum(16)}>` : null];
  const body = kind === 1 ? ['', `backup: dumping ${pick(['orders', 'billing'])} (pg_dump -Fc) ... done in ${int(10, 900)}s`, `backup: uploading ${int(100, 9000)} MiB to s3://backups-example/db/${ymd(t)}.dump ... ok`, `backup: pruning snapshots older than 14 days: ${int(0, 5)} removed, 0 failed`]
    : kind === 2 ? ['', 'This is the mail system at host mx1.example.net.', '', 'The message below could not be delivered to one or more recipients.', '', `<${host.replace(/-\d+$/, '')}-alerts@example.org>: host mx.example.org[${ip4()}] said: 550 5.1.1`, `    <${host.replace(/-\d+$/, '')}-alerts@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`]
      : kind === 3 ? ['', `Labels: alertname=${subj.split('] ')[1].split(' ')[0]} severity=page instance=${ip10()}:9100`, `Started: ${isoS(t - 600_000)}`, `Source: https://prometheus.example.internal/graph?g0.expr=up+%3D%3D+0`] : [];
  return lines(...hdr, ...body);
}

// ------------------------------------------------------------------ kernel and system services
function dmesg(): string {
  let s = chance(0.4) ? 0 : Number(num(100, 900000, 6));
  const boot = s === 0, cpu = pick(['Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz', 'AMD EPYC 7R13 Processor', 'Intel(R) Core(TM) i7-1185G7 @ 3.00GHz']);
  const ev: (() => string)[] = boot ? [
    () => `Linux version 6.1.0-${int(10, 21)}-amd64 (debian-kernel@lists.example.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.${int(60, 90)}-1`,
    () => `Command line: BOOT_IMAGE=/boot/vmlinuz-6.1.0-18-amd64 root=UUID=${uuid()} ro quiet${chance(0.5) ? ' mitigations=auto' : ''}`,
    () => `x86/fpu: Supporting XSAVE feature 0x00${pick([1, 2, 4])}: '${pick(['x87 floating point registers', 'SSE registers', 'AVX registers'])}'`,
    () => `smpboot: CPU0: ${cpu} (family: 0x${hex(1)}, model: 0x${hex(2)}, stepping: 0x${int(1, 9)})`,
    () => `Spectre V2 : Mitigation: ${pick(['Retpolines', 'Enhanced / Automatic IBRS'])}`, () => 'Spectre V1 : Mitigation: usercopy/swapgs barriers and __user pointer sanitization',
    () => `microcode: updated early: 0x${hex(2)} -> 0x${hex(2)}, date = 2023-0${int(1, 9)}-${pad(int(1, 28))}`, () => { const tot = int(4, 64) * 1048576; return `Memory: ${tot - int(200000, 900000)}K/${tot}K available (${int(12000, 20000)}K kernel code, ${int(2000, 4000)}K rwdata, ${int(200000, 900000)}K reserved)`; },
    () => `nvme nvme0: ${int(2, 8)}/0/0 default/read/poll queues`, () => ` nvme0n1: p1 p14 p15`, () => `EXT4-fs (nvme0n1p1): mounted filesystem ${uuid()} ro with ordered data mode. Quota mode: none.`,
    () => `systemd[1]: systemd 252.${int(10, 22)}-1~deb12u1 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL)`,
    () => `ena 0000:00:05.0: Elastic Network Adapter (ENA) v2.8.0g`, () => `random: crng init done`, () => `audit: type=1403 audit(${int(1.7e9, 1.71e9)}.${int(100, 999)}:2): auid=4294967295 ses=4294967295 lsm=selinux res=1`,
  ] : [
    () => `Out of memory: Killed process ${int(1000, 90000)} (${pick(['java', 'node', 'postgres', 'python3'])}) total-vm:${int(1e6, 9e6)}kB, anon-rss:${int(1e6, 4e6)}kB, file-rss:0kB, shmem-rss:0kB, UID:${pick([0, 999, 1001])} pgtables:${int(1000, 9000)}kB oom_score_adj:0`,
    () => `${pick(['node', 'python3', 'ffmpeg'])}[${int(1000, 90000)}]: segfault at ${hex(1)} ip 0000${hex(12)} sp 00007ff${hex(9)} error 4 in libc.so.6[7f${hex(10)}+${hex(6)}] likely on CPU ${int(0, 15)} (core ${int(0, 7)}, socket 0)`,
    () => `traps: ${pick(['node', 'app'])}[${int(1000, 90000)}] trap invalid opcode ip:${hex(7)} sp:7ffd${hex(8)} error:0 in ${pick(['node', 'libcrypto.so.3'])}[${hex(6)}+${hex(7)}]`,
    () => `usb 1-1: new high-speed USB device number ${int(2, 9)} using xhci_hcd`, () => `usb 1-1: New USB device found, idVendor=${hex(4)}, idProduct=${hex(4)}, bcdDevice= 1.00`,
    () => `e1000e 0000:00:1f.6 eno1: NIC Link is ${pick(['Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx', 'Down'])}`,
    () => `audit: type=1400 audit(${int(1.7e9, 1.71e9)}.${int(100, 999)}:${int(100, 999)}): apparmor="DENIED" operation="open" class="file" profile="${pick(['/usr/sbin/cupsd', 'snap.firefox.firefox', '/usr/bin/man'])}" name="${pick(['/etc/shadow', '/proc/1/environ', '/home/'])}" pid=${int(100, 9000)} comm="${pick(['cupsd', 'firefox', 'man'])}" requested_mask="r" denied_mask="r" fsuid=0 ouid=0`,
    () => `EXT4-fs warning (device nvme1n1): ext4_dx_add_entry:2${int(100, 999)}: Directory (ino: ${int(1e5, 9e6)}) index full, reach max htree level :2`,
    () => `blk_update_request: I/O error, dev sdb, sector ${int(1e6, 9e8)} op 0x0:(READ) flags 0x0 phys_seg 1 prio class 2`,
    () => `TCP: ${pick(['eth0', 'ens5'])}: Driver has suspect GRO implementation, TCP performance may be compromised.`,
    () => `nf_conntrack: nf_conntrack: table full, dropping packet`, () => `IPv6: ADDRCONF(NETDEV_CHANGE): veth${hex(7)}: link becomes ready`,
    () => `docker0: port ${int(1, 9)}(veth${hex(7)}) entered ${pick(['blocking', 'forwarding', 'disabled'])} state`, () => `EXT4-fs (dm-${int(0, 3)}): mounted filesystem with ordered data mode. Opts: (null). Quota mode: none.`,
  ];
  const chosen = boot ? sample(ev.map((_, i) => i), int(8, ev.length)).sort((a, b) => a - b).map((i) => ev[i]) : times(int(8, 20), () => pick(ev));
  return chosen.map((f) => { s += boot ? Number(num(0, 0.4, 6)) : Number(num(0, 900, 6)); return `[${s.toFixed(6).padStart(12)}] ${f()}`; }).join('\n');
}

function systemctlStatus(): string {
  const [unit, desc, exe, err] = pick<[string, string, string, string]>([
    ['nginx.service', 'A high performance web server and a reverse proxy server', '/usr/sbin/nginx -g daemon on; master_process on;', 'nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)'],
    ['postgresql@15-main.service', 'PostgreSQL Cluster 15-main', '/usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main', 'FATAL:  could not open file "/etc/ssl/private/ssl-cert-snakeoil.key": Permission denied'],
    ['docker.service', 'Docker Application Container Engine', '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock', 'failed to start daemon: error initializing graphdriver: driver not supported: overlay2'],
    [`${pick(SVCS)}.service`, 'Application worker', '/srv/app/bin/worker --config /etc/app/config.toml', 'error: config: unknown key "max_conn" at line 14'],
    ['ssh.service', 'OpenBSD Secure Shell server', '/usr/sbin/sshd -D', '/etc/ssh/sshd_config line 42: Bad configuration option: PermitRootLogn']]);
  const t = when(), host = pick(HOSTS), failed = chance(0.35), pid = int(400, 90000), de = chance(0.25), bin = exe.split(' ')[0].split('/').pop();
  const day = (x: number): string => `${WDAY[D(x).getUTCDay()]} ${ymd(x)} ${hms(x)} UTC`;
  const steps = failed
    ? (de ? [`systemd[1]: Starte ${unit} - ${desc}…`, `${bin}[${pid}]: ${err}`, `systemd[1]: ${unit}: Hauptprozess beendet, code=exited, status=1/FAILURE`, `systemd[1]: ${unit}: Fehlgeschlagen mit Ergebnis »exit-code«.`, `systemd[1]: Start von ${unit} fehlgeschlagen – ${desc}.`]
      : [`systemd[1]: Starting ${unit} - ${desc}...`, `${bin}[${pid}]: ${err}`, `systemd[1]: ${unit}: Main process exited, code=exited, status=1/FAILURE`, `systemd[1]: ${unit}: Failed with result 'exit-code'.`, `systemd[1]: Failed to start ${unit} - ${desc}.`])
    : (de ? [`systemd[1]: Starte ${unit} - ${desc}…`, `systemd[1]: ${unit} - ${desc} wurde gestartet.`] : [`systemd[1]: Starting ${unit} - ${desc}...`, `systemd[1]: Started ${unit} - ${desc}.`,
      ...(chance(0.5) ? [`systemd[1]: Reloading ${unit} - ${desc}...`, `systemd[1]: Reloaded ${unit} - ${desc}.`] : [])]);
  let x = t;
  const journal = steps.map((m) => { x += int(0, 1500); return `${MON[D(x).getUTCMonth()]} ${pad(D(x).getUTCDate())} ${hms(x)} ${host} ${m}`; });
  return lines(`$ systemctl status ${unit}${chance(0.5) ? ' --no-pager' : ''}`, `${failed ? '×' : '●'} ${unit} - ${desc}`,
    `     Loaded: loaded (/lib/systemd/system/${unit}; enabled; preset: enabled)`,
    chance(0.2) ? `    Drop-In: /etc/systemd/system/${unit}.d\n             └─override.conf` : null,
    failed ? `     Active: failed (Result: exit-code) since ${day(t + 9000)}; ${int(1, 59)}min ago` : `     Active: active (running) since ${day(t)}; ${int(1, 40)} ${pick(['days', 'h', 'weeks'])} ago`,
    `    Process: ${pid - 3} ExecStartPre=${exe.split(' ')[0]} ${bin === 'nginx' ? '-t -q ' : ''}${failed ? '(code=exited, status=1/FAILURE)' : '(code=exited, status=0/SUCCESS)'}`,
    failed ? `   Main PID: ${pid} (code=exited, status=1/FAILURE)` : `   Main PID: ${pid} (${exe.split(' ')[0].split('/').pop()})`,
    failed ? null : `      Tasks: ${int(2, 90)} (limit: ${pick([4557, 9387, 18945])})`, failed ? null : `     Memory: ${num(2, 900, 1)}M`, `        CPU: ${num(0.01, 900, 3)}s`,
    failed ? null : `     CGroup: /system.slice/${unit}\n             ├─${pid} "${exe}"${bin === 'nginx' || bin === 'postgres' ? `\n             └─${pid + 1} "${bin}: ${bin === 'nginx' ? 'worker process' : '15/main: checkpointer'}"` : ''}`, '', ...journal);
}

// ------------------------------------------------------------------ cloud CLI JSON
function ecsCounts(): { desiredCount: number; runningCount: number; pendingCount: number } {
  const d = int(1, 6), r = chance(0.6) ? d : int(0, d);
  return { desiredCount: d, runningCount: r, pendingCount: d - r };
}
function awsCli(): string {
  const t = when(), acct = String(int(1e11, 9.9e11)), region = pick(['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-northeast-1']), app = pick(SVCS);
  const [cmd, body] = pick<() => [string, unknown]>([
    () => ['aws sts get-caller-identity', { UserId: `AROAEXAMPLE${upper(10)}:${pick(['ci-deploy', 'terraform', slug(pick(PEOPLE))])}`, Account: acct, Arn: `arn:aws:sts::${acct}:assumed-role/${pick(['AdminAccess', 'ci-deploy', 'ReadOnly'])}/${pick(['ci-deploy', 'terraform'])}` }],
    () => [`aws ec2 describe-instances --filters Name=tag:app,Values=${app} --region ${region}`, { Reservations: times(int(1, 2), () => ({ ReservationId: `r-0${hex(16)}`, OwnerId: acct, Instances: [{ InstanceId: `i-0${hex(16)}`, ImageId: `ami-0${hex(16)}`, InstanceType: pick(['t3.medium', 'm6i.large', 'c7g.xlarge']),
      LaunchTime: `${isoS(t).slice(0, -1)}+00:00`, Placement: { AvailabilityZone: `${region}${pick(['a', 'b', 'c'])}`, Tenancy: 'default' }, PrivateIpAddress: ip10(), PublicIpAddress: ip4(), State: { Code: 16, Name: pick(['running', 'running', 'stopped']) },
      SecurityGroups: [{ GroupName: `${app}-sg`, GroupId: `sg-0${hex(16)}` }], Tags: [{ Key: 'Name', Value: `${app}-${int(1, 9)}` }, { Key: 'app', Value: app }, { Key: 'env', Value: pick(['prod', 'staging']) }] }] })) }],
    () => [`aws s3api list-objects-v2 --bucket ${app}-exports-example --prefix ${ymd(t).slice(0, 7)}/ --max-items 4`, { Contents: times(int(2, 4), () => ({ Key: `${ymd(t).slice(0, 7)}/${pick(['orders', 'invoices', 'audit'])}-${ymd(t - int(0, 28) * 86_400_000)}.csv.gz`, LastModified: `${isoS(t).slice(0, -1)}+00:00`, ETag: `"${hex(32)}"`, Size: int(1000, 9e8), StorageClass: pick(['STANDARD', 'STANDARD_IA']) })), NextToken: b64(40) }],
    () => [`aws ecs describe-services --cluster ${pick(['prod', 'staging'])} --services ${app}`, { services: [{ serviceName: app, status: 'ACTIVE', ...ecsCounts(), launchType: 'FARGATE',
      deployments: [{ id: `ecs-svc/${int(1e15, 9e15)}`, status: 'PRIMARY', taskDefinition: `arn:aws:ecs:${region}:${acct}:task-definition/${app}:${int(10, 400)}`, rolloutState: pick(['COMPLETED', 'IN_PROGRESS', 'FAILED']) }],
      events: times(int(2, 4), (i) => ({ id: uuid(), createdAt: `${isoS(t - i * 600_000).slice(0, -1)}+00:00`, message: pick([`(service ${app}) has reached a steady state.`, `(service ${app}) has started 1 tasks: (task ${hex(32)}).`, `(service ${app}) deregistered 1 targets in (target-group arn:aws:elasticloadbalancing:${region}:${acct}:targetgroup/${app}/${hex(16)})`, `(service ${app}) was unable to place a task because no container instance met all of its requirements.`]) })) }], failures: [] }],
    () => [`aws logs filter-log-events --log-group-name /ecs/${app} --filter-pattern ERROR --limit 3`, { events: times(int(2, 3), () => ({ logStreamName: `ecs/app/${hex(32)}`, timestamp: t, message: `${iso(t)} ERROR ${pick(['request failed: upstream connect error or disconnect/reset before headers', 'job export-orders failed: permission denied on s3://exports-example', 'db: canceling statement due to statement timeout'])}`, ingestionTime: t + int(100, 2000), eventId: String(int(1e15, 9e15)) })), searchedLogStreams: [] }],
    () => [`aws lambda list-functions --max-items 3`, { Functions: sample(['thumbnailer', 'webhook-relay', 'nightly-report', 'audit-export'], int(2, 3)).map((fn) => ({ FunctionName: `${app}-${fn}`, Runtime: pick(['nodejs20.x', 'python3.12', 'provided.al2023']), Role: `arn:aws:iam::${acct}:role/${app}-lambda`, Handler: pick(['index.handler', 'app.handler', 'bootstrap']), CodeSize: int(1000, 5e7), Timeout: pick([3, 30, 900]), MemorySize: pick([128, 512, 1024]), LastModified: `${iso(t).slice(0, -1)}+0000`, Architectures: [pick(['x86_64', 'arm64'])] })) }],
    () => [`aws iam list-attached-role-policies --role-name ${app}-task`, { AttachedPolicies: [{ PolicyName: pick(['AdministratorAccess', 'ReadOnlyAccess', `${app}-s3-read`]), PolicyArn: `arn:aws:iam::aws:policy/${pick(['AdministratorAccess', 'ReadOnlyAccess'])}` }, { PolicyName: `${app}-logs`, PolicyArn: `arn:aws:iam::${acct}:policy/${app}-logs` }], IsTruncated: false }],
  ])();
  return `$ ${cmd}\n${JSON.stringify(body, null, 4)}`;
}

// ------------------------------------------------------------------ database server logs
function postgresLog(): string {
  let t = when();
  const dbs = ['orders', 'billing', 'app'], users = ['app', 'report', 'orders_rw', 'postgres', 'replicator'];
  const pid = (): number => int(1000, 90000);
  return times(int(5, 14), () => {
    t += int(10, 60_000);
    const p = pid(), who = `${pick(users)}@${pick(dbs)} `, pre = `${sqlTs(t)} UTC [${p}] `;
    return pick<() => string>([
      () => `${pre}${who}LOG:  duration: ${num(500, 90000, 3)} ms  statement: ${pick(['SELECT o.id, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.country = $1', "UPDATE sessions SET last_seen = now() WHERE id = '" + uuid() + "'", 'DELETE FROM events WHERE created_at < now() - interval \'90 days\'', 'BEGIN', 'COMMIT'])}`,
      () => `${pre}${who}ERROR:  duplicate key value violates unique constraint "users_email_key"\n${pre}${who}DETAIL:  Key (email)=(${mailOf(pick(PEOPLE))}) already exists.\n${pre}${who}STATEMENT:  INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3)`,
      () => { const u = pick(users), w = `${u}@${pick(dbs)} `; return `${pre}${w}FATAL:  password authentication failed for user "${u}"\n${pre}${w}DETAIL:  Connection matched file "/etc/postgresql/15/main/pg_hba.conf" line ${int(90, 130)}: "host all all 10.0.0.0/8 scram-sha-256"`; },
      () => `${pre}LOG:  checkpoint starting: ${pick(['time', 'wal', 'immediate force wait'])}`,
      () => `${pre}LOG:  checkpoint complete: wrote ${int(100, 90000)} buffers (${num(0.1, 40, 1)}%); 0 WAL file(s) added, ${int(0, 9)} removed, ${int(0, 9)} recycled; write=${num(1, 270, 3)} s, sync=${num(0, 2, 3)} s, total=${num(1, 270, 3)} s`,
      () => `${pre}LOG:  automatic vacuum of table "${pick(dbs)}.public.${pick(['events', 'sessions', 'orders', 'jobs'])}": index scans: ${int(0, 2)}\n\tpages: ${int(0, 900)} removed, ${int(1000, 90000)} remain, ${int(100, 9000)} scanned\n\ttuples: ${int(100, 90000)} removed, ${int(1000, 9e6)} remain, 0 are dead but not yet removable`,
      () => `${pre}${who}ERROR:  canceling statement due to statement timeout\n${pre}${who}STATEMENT:  SELECT count(*) FROM audit_log WHERE actor_id = $1`,
      () => `${pre}${who}ERROR:  deadlock detected\n${pre}${who}DETAIL:  Process ${p} waits for ShareLock on transaction ${int(1e6, 9e8)}; blocked by process ${pid()}.\n\tProcess ${pid()} waits for ShareLock on transaction ${int(1e6, 9e8)}; blocked by process ${p}.\n${pre}${who}HINT:  See server log for query details.`,
      () => `${pre}${who}LOG:  could not receive data from client: Connection reset by peer`,
      () => `${pre}${who}WARNING:  there is no transaction in progress`,
      () => `${pre}${who}ERROR:  permission denied for table payroll`,
      () => `${pre}LOG:  connection received: host=${ip10()} port=${int(32768, 60999)}`,
      () => `${pre}${who}LOG:  connection authorized: user=${pick(users)} database=${pick(dbs)} application_name=${pick(['psql', 'pgbouncer', 'metabase', 'orders-api'])} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)`,
      () => `${pre}LOG:  started streaming WAL from primary at ${int(1, 12).toString(16).toUpperCase()}/${hex(8).toUpperCase()} on timeline 1`,
      () => `${pre}${who}LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp${p}.0", size ${int(1e6, 9e8)}`,
    ])();
  }).join('\n');
}

// ------------------------------------------------------------------ test reports and changelogs
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function junitXml(): string {
  const suites = sample(['api.OrdersTest', 'api.SessionTest', 'billing.InvoiceRoundingTest', 'import.CsvImportTest', 'cache.ResponseCacheTest', 'worker.RetryPolicyTest'], int(1, 2));
  const t = when(), body: string[] = [];
  let all = 0, allF = 0, allS = 0, allT = 0;
  for (const s of suites) {
    const cases = sample(['createsOrder', 'rejectsEmptyCart', 'expiresIdleSession', 'roundsHalfUp', 'skipsBlankLines', 'bypassesCacheForAdmin', 'resetsCounterAfterSuccess', 'deniesWithoutRole',
      'ignoresUnknownColumns', 'retriesOnTimeout', 'keepsPreviousValueOnError', 'parsesUtf8Filenames'], int(3, 7)).map((name) => ({ name: chance(0.3) ? `${name}()` : name, time: Number(num(0.001, 3, 3)), r: rnd() }));
    const f = cases.filter((c) => c.r < 0.12).length, sk = cases.filter((c) => c.r >= 0.12 && c.r < 0.2).length, tt = cases.reduce((a, c) => a + c.time, 0);
    all += cases.length; allF += f; allS += sk; allT += tt;
    body.push(`  <testsuite name="com.example.${s}" tests="${cases.length}" failures="${f}" errors="0" skipped="${sk}" time="${tt.toFixed(3)}" timestamp="${isoS(t).slice(0, -1)}" hostname="${pick(HOSTS)}">`);
    for (const c of cases) {
      const open = `    <testcase name="${c.name}" classname="com.example.${s}" time="${c.time}"`;
      if (c.r < 0.12) body.push(`${open}>`, `      <failure message="${xml(pick(['expected: <200> but was: <503>', 'expected: <12.50> but was: <12.5>', 'Condition not satisfied: session == null']))}" type="${pick(['org.opentest4j.AssertionFailedError', 'java.lang.AssertionError'])}">${xml(`at com.example.${s}.${c.name.replace('()', '')}(${s.split('.')[1]}.java:${int(20, 300)})`)}</failure>`, '    </testcase>');
      else if (c.r < 0.2) body.push(`${open}>`, `      <skipped message="${pick(['requires Docker', 'disabled on CI: flaky', 'assumption failed: DB_URL not set'])}"/>`, '    </testcase>');
      else body.push(`${open}/>`);
    }
    if (chance(0.5)) body.push(`    <system-out><![CDATA[${sqlTs(t)} INFO  [main] c.e.TestContainers - started postgres:16 in ${num(1, 9, 1)}s\n${sqlTs(t + 500)} WARN  [main] c.e.Config - property app.cache.disable is deprecated, use app.cache.enabled]]></system-out>`);
    body.push('  </testsuite>');
  }
  return lines('<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${pick(['gradle-test', 'surefire', 'Test results'])}" tests="${all}" failures="${allF}" errors="0" skipped="${allS}" time="${allT.toFixed(3)}">`, ...body, '</testsuites>');
}

function changelog(): string {
  let t = when();
  const items: Record<string, string[]> = {
    Added: ['`--dry-run` flag for `migrate`, which prints the statements without executing them', 'Admin endpoint to export all users as CSV', 'German and Polish translations for error pages',
      'Support for `CACHE_DISABLE=1` to bypass the response cache during development', 'Prometheus metric `app_jobs_processed_total` with a `result` label (success, failed, skipped)', 'Retry-After header on 429 responses'],
    Changed: ['Default request timeout raised from 10 s to 30 s', 'Sessions are now reset when a user changes their password', 'Minimum supported Node.js version is now 20', 'Export jobs run in the worker instead of the API process',
      'Log lines mask `password`, `token` and `secret` fields'],
    Fixed: ['CSV import no longer fails on trailing blank lines', 'Tax is rounded per line item, matching the invoice PDF', 'Race condition when two workers claimed the same job', 'Memory leak in the websocket reconnect loop (#' + int(100, 999) + ')',
      'Login form kept the previous error message after a successful retry', 'Crash on startup when `LOG_LEVEL` was unset'],
    Deprecated: ['The `--ignore-case` alias; use `--case-insensitive`', '`GET /api/v1/orders/export` — use `POST /api/v1/exports` instead', 'Config key `cache.skip`; it will be removed in 3.0'],
    Removed: ['Support for Node.js 16', 'The legacy `override.yml` loader', 'The unused `system_info` table'],
    Security: ['Updated `undici` to fix a header injection issue in redirects', 'Admin routes now require MFA', 'Rate limiting on `/api/v1/auth/token` to slow down password guessing'],
  };
  const out = chance(0.6) ? ['# Changelog', '', 'All notable changes to this project are documented in this file. The format follows Keep a Changelog and the project uses semantic versioning.', ''] : [];
  let [maj, min, patch] = [int(1, 4), int(0, 12), int(0, 5)];
  for (let r = 0, n = int(2, 4); r < n; r++) {
    out.push(`## [${maj}.${min}.${patch}] - ${ymd(t)}`, '');
    for (const sec of sample(Object.keys(items).filter((k) => items[k].length), int(1, 3))) {
      const got = sample(items[sec], int(1, 3));
      items[sec] = items[sec].filter((x) => !got.includes(x));
      out.push(`### ${sec}`, '', ...got.map((x) => `- ${x}`), '');
    }
    t -= int(5, 60) * 86_400_000;
    if (patch > 0) patch--; else if (min > 0) { min--; patch = int(0, 4); } else { maj = Math.max(1, maj - 1); min = int(3, 9); }
  }
  return out.join('\n').trimEnd();
}

// ------------------------------------------------------------------ registry
const KINDS: readonly { readonly kind: string; readonly gen: () => string; readonly count: number }[] = [
  { kind: 'syslog', gen: syslog, count: 10 }, { kind: 'nginx_access', gen: nginxAccess, count: 10 }, { kind: 'http_error_log', gen: httpErrorLog, count: 10 },
  { kind: 'json_lines_log', gen: jsonLines, count: 10 }, { kind: 'logfmt_log', gen: logfmt, count: 10 }, { kind: 'kubectl', gen: kubectl, count: 10 },
  { kind: 'docker_build', gen: dockerBuild, count: 10 }, { kind: 'java_stacktrace', gen: javaStack, count: 10 }, { kind: 'python_traceback', gen: pyTraceback, count: 10 },
  { kind: 'go_panic', gen: goPanic, count: 10 }, { kind: 'node_error', gen: nodeError, count: 10 }, { kind: 'package_install', gen: packageInstall, count: 10 },
  { kind: 'js_test_summary', gen: jsTestSummary, count: 10 }, { kind: 'pytest_output', gen: pytestOut, count: 10 }, { kind: 'cargo_build', gen: cargoBuild, count: 10 },
  { kind: 'tsc_errors', gen: tscErrors, count: 10 }, { kind: 'gcc_make', gen: gccMake, count: 10 }, { kind: 'git_log', gen: gitLog, count: 10 },
  { kind: 'unified_diff', gen: unifiedDiff, count: 10 }, { kind: 'shell_session', gen: shellSession, count: 10 }, { kind: 'sql_result', gen: sqlResult, count: 10 },
  { kind: 'terraform_plan', gen: terraformPlan, count: 10 }, { kind: 'prometheus_metrics', gen: promMetrics, count: 10 }, { kind: 'curl_verbose', gen: curlVerbose, count: 10 },
  { kind: 'json_api_response', gen: jsonApi, count: 10 }, { kind: 'csv_export', gen: csvExport, count: 10 }, { kind: 'yaml_config', gen: yamlConfig, count: 10 },
  { kind: 'ini_toml_config', gen: iniToml, count: 10 }, { kind: 'dockerfile', gen: dockerfile, count: 10 }, { kind: 'dependency_manifest', gen: depManifest, count: 10 },
  { kind: 'mail_headers', gen: mailHeaders, count: 10 }, { kind: 'dmesg', gen: dmesg, count: 10 }, { kind: 'systemctl_status', gen: systemctlStatus, count: 10 },
  { kind: 'aws_cli_json', gen: awsCli, count: 10 }, { kind: 'postgres_log', gen: postgresLog, count: 10 }, { kind: 'junit_xml', gen: junitXml, count: 10 },
  { kind: 'changelog', gen: changelog, count: 10 },
];

/** Long line-oriented output is cut at a line boundary, as a tool would truncate it. */
const MAX_CHARS = 3000;
function clip(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_CHARS);
  return text.slice(0, cut > 0 ? cut : MAX_CHARS);
}

function generate(): MachineDoc[] {
  const docs: MachineDoc[] = [];
  for (const { kind, gen, count } of KINDS) {
    reseed(kind);
    for (let i = 0; i < count; i++) docs.push({ kind, text: clip(gen()) });
  }
  return docs;
}

/** Project-written benign machine text (tool output, logs, files): deterministic. */
export const HANDWRITTEN_MACHINE: readonly MachineDoc[] = generate();
