// Admin HTTP routes of the audit trail: GET /audit with the same filters as `audit query`, and
// GET /audit/export (JSONL with the proofs, as `audit export`).
import type { AdminRoute } from '../server/admin.ts';
import { isGuardError } from '../core/errors.ts';
import { logger } from '../observability/logger.ts';
import { parseQuery } from './columns.ts';
import { exportAudit } from './export.ts';
import type { AuditStore } from './model.ts';

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/**
 * Routes for the admin server. All require the admin token (auth: true): audit records carry
 * identities and, depending on the capture mode, redacted content.
 */
export function auditRoutes(store: AuditStore | null): AdminRoute[] {
  return [
    {
      method: 'GET',
      path: '/audit',
      auth: true,
      async handler(_req, url) {
        if (store === null) return { status: 404, headers: JSON_HEADERS, body: JSON.stringify({ error: 'audit store is none' }) };
        const raw: Record<string, string> = {};
        for (const [k, v] of url.searchParams) {
          if (Object.hasOwn(raw, k)) return { status: 400, headers: JSON_HEADERS, body: JSON.stringify({ error: `repeated parameter: ${k}` }) };
          raw[k] = v;
        }
        try {
          const q = parseQuery(raw);
          const entries = await store.query(q);
          return { status: 200, headers: JSON_HEADERS, body: JSON.stringify({ count: entries.length, entries }) };
        } catch (err) {
          if (isGuardError(err) && err.code === 'malformed_body') return { status: 400, headers: JSON_HEADERS, body: JSON.stringify({ error: err.message }) };
          logger.error({ err: (err as Error).message }, 'audit query failed');
          return { status: 503, headers: JSON_HEADERS, body: JSON.stringify({ error: 'audit store unavailable' }) };
        }
      },
    },
    {
      // The same export as `llm-boundary audit export`: JSONL with keys, chained entries and signed
      // checkpoints, verifiable offline with `llm-boundary audit verify --file`.
      method: 'GET',
      path: '/audit/export',
      auth: true,
      async handler(_req, url) {
        if (store === null) return { status: 404, headers: JSON_HEADERS, body: JSON.stringify({ error: 'audit store is none' }) };
        const opts: { since?: string; until?: string; chain?: string } = {};
        for (const k of ['since', 'until', 'chain'] as const) {
          const v = url.searchParams.get(k);
          if (v !== null) opts[k] = v;
        }
        try {
          const lines: string[] = [];
          await exportAudit(store, opts, (line) => {
            lines.push(line);
          });
          return { status: 200, headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' }, body: lines.join('\n') + '\n' };
        } catch (err) {
          if (isGuardError(err) && err.code === 'malformed_body') return { status: 400, headers: JSON_HEADERS, body: JSON.stringify({ error: err.message }) };
          logger.error({ err: (err as Error).message }, 'audit export failed');
          return { status: 503, headers: JSON_HEADERS, body: JSON.stringify({ error: 'audit store unavailable' }) };
        }
      },
    },
  ];
}
