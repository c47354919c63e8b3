// Container HEALTHCHECK: GET /healthz on the admin listener and exit 0 (healthy) or 1 (unhealthy).
// Runs as a short-lived process per check, so it must not import the service (no re2, no pino) and
// must finish within the HEALTHCHECK timeout even if the server accepts but never answers.
// Address: LLM_BOUNDARY_HEALTHCHECK_URL, else the port of LLM_BOUNDARY_ADMIN_LISTEN on 127.0.0.1.
import http from 'node:http';

function target(): string {
  const explicit = process.env.LLM_BOUNDARY_HEALTHCHECK_URL;
  if (explicit) return explicit;
  const listen = process.env.LLM_BOUNDARY_ADMIN_LISTEN ?? '0.0.0.0:9464';
  const port = listen.slice(listen.lastIndexOf(':') + 1);
  return `http://127.0.0.1:${port}/healthz`;
}

const timeoutMs = Number(process.env.LLM_BOUNDARY_HEALTHCHECK_TIMEOUT_MS ?? '2000');
const req = http.get(target(), { timeout: timeoutMs }, (res) => {
  res.resume();
  res.on('end', () => process.exit(res.statusCode === 200 ? 0 : 1));
});
req.on('timeout', () => {
  req.destroy();
  process.stderr.write('healthcheck: timeout\n');
  process.exit(1);
});
req.on('error', (err) => {
  process.stderr.write(`healthcheck: ${err.message}\n`);
  process.exit(1);
});
