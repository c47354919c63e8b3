// Admin API for human approval: list pending approvals, look one up, grant or reject it. Plugged into
// the admin HTTP server's route table (src/server/admin.ts); every route is auth: true, so the server
// checks the admin bearer token before a handler runs. Handlers parse the id from `url.pathname`
// themselves (they do not depend on the router's `params`). Responses never contain argument values — the
// store only has their hash.
import type { AdminResponse, AdminRoute } from '../server/admin.ts';
import { logger } from '../observability/logger.ts';
import { isApprovalId, type ApprovalRecord, type ApprovalStore, type Approver, type DecideResult } from './approvals.ts';

export type { AdminResponse, AdminRoute };

const MAX_BODY = 8192;
const JSON_HEADERS = Object.freeze({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });

function json(status: number, body: unknown): AdminResponse {
  return { status, headers: JSON_HEADERS, body: JSON.stringify(body) + '\n' };
}

function problem(status: number, error: string, message: string): AdminResponse {
  return json(status, { error, message });
}

/** The public view of an approval (ISO times, snake_case, no argument values). */
export function approvalView(r: ApprovalRecord): Record<string, unknown> {
  return {
    id: r.id,
    status: r.status,
    tool: r.tool,
    identity: r.identity,
    arg_hash: r.argHash,
    created: new Date(r.createdAt).toISOString(),
    expires: new Date(r.expiresAt).toISOString(),
    ...(r.decidedAt !== undefined ? { decided: new Date(r.decidedAt).toISOString() } : {}),
    ...(r.approver !== undefined ? { approver: r.approver } : {}),
    ...(r.note !== undefined ? { note: r.note } : {}),
  };
}

/** The id in /approvals/<id>[/<verb>], or null when the path is not shaped that way. */
function idFrom(url: URL, verb: '' | 'grant' | 'reject'): string | null {
  const parts = url.pathname.split('/').filter((p) => p !== '');
  const want = verb === '' ? 2 : 3;
  if (parts.length !== want || parts[0] !== 'approvals') return null;
  if (verb !== '' && parts[2] !== verb) return null;
  return parts[1];
}

async function readBody(req: AsyncIterable<unknown>): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    n += b.length;
    if (n > MAX_BODY) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Parse the optional {approver, note} body. */
function parseApprover(raw: Buffer): Approver | string {
  const text = raw.toString('utf8').trim();
  if (text === '') return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'body is not valid JSON';
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'body must be a JSON object';
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'approver' && k !== 'note') return `unknown field ${JSON.stringify(k)}`;
  if (o.approver !== undefined && (typeof o.approver !== 'string' || o.approver.length > 256)) return 'approver must be a string of at most 256 characters';
  if (o.note !== undefined && (typeof o.note !== 'string' || o.note.length > 2048)) return 'note must be a string of at most 2048 characters';
  return { ...(o.approver ? { approver: o.approver as string } : {}), ...(o.note ? { note: o.note as string } : {}) };
}

function decideReply(res: DecideResult, id: string, verb: 'grant' | 'reject'): AdminResponse {
  if (res.ok) {
    logger.info({ approvalId: id, event: verb === 'grant' ? 'granted' : 'rejected', tool: res.record.tool }, 'approval decided');
    return json(200, { approval: approvalView(res.record) });
  }
  if (res.error === 'not_found') return problem(404, 'not_found', 'no such approval');
  if (res.error === 'expired') return problem(410, 'expired', 'the approval expired; the caller must retry to request a new one');
  return problem(409, 'not_pending', `the approval is already ${res.record?.status ?? 'decided'}`);
}

/** Admin routes for approvals. Lifetime: the admin server's; `store` is shared with the pipeline. */
export function approvalRoutes(store: ApprovalStore): AdminRoute[] {
  const decide = (verb: 'grant' | 'reject'): AdminRoute['handler'] => async (req, url) => {
    const id = idFrom(url, verb);
    if (id === null) return problem(404, 'not_found', 'no such route');
    if (!isApprovalId(id)) return problem(404, 'not_found', 'no such approval');
    const raw = await readBody(req);
    if (raw === null) return problem(413, 'body_too_large', `body larger than ${MAX_BODY} bytes`);
    const by = parseApprover(raw);
    if (typeof by === 'string') return problem(400, 'bad_request', by);
    return decideReply(verb === 'grant' ? await store.grant(id, by) : await store.reject(id, by), id, verb);
  };
  return [
    {
      method: 'GET', path: '/approvals', auth: true,
      async handler(_req, url) {
        const parts = url.pathname.split('/').filter((p) => p !== '');
        if (parts.length !== 1 || parts[0] !== 'approvals') return problem(404, 'not_found', 'no such route');
        const pending = await store.listPending();
        return json(200, { approvals: pending.map(approvalView) });
      },
    },
    {
      method: 'GET', path: '/approvals/:id', auth: true,
      async handler(_req, url) {
        const id = idFrom(url, '');
        if (id === null) return problem(404, 'not_found', 'no such route');
        const rec = isApprovalId(id) ? await store.get(id) : undefined;
        return rec ? json(200, { approval: approvalView(rec) }) : problem(404, 'not_found', 'no such approval');
      },
    },
    { method: 'POST', path: '/approvals/:id/grant', auth: true, handler: decide('grant') },
    { method: 'POST', path: '/approvals/:id/reject', auth: true, handler: decide('reject') },
  ];
}
