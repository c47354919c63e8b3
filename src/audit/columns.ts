// Index columns derived from a record, shared by the SQLite and PostgreSQL stores. They exist only to
// make queries fast; the canonical record JSON stays authoritative, and reading an entry back compares
// the columns with the record so an edited column cannot hide a record from queries unnoticed.
import { GuardError } from '../core/errors.ts';
import { isTruncationMarker } from './chain.ts';
import type { AuditQuery, EntryPayload } from './model.ts';

export interface IndexColumns {
  readonly kind: 'record' | 'truncation';
  readonly time: string;
  readonly decision: string | null;
  readonly identity: string | null;
  readonly decision_id: string | null;
  /** ",d1,d2," so a detector is matched with a delimiter-bounded substring search. */
  readonly detectors: string;
  readonly tools: string;
}

/** ISO-8601 UTC with milliseconds when the input parses as a date; otherwise the input unchanged. */
export function normTime(s: string): string {
  const t = Date.parse(s);
  return Number.isNaN(t) ? s : new Date(t).toISOString();
}

function listColumn(values: Iterable<string>): string {
  const set = new Set<string>();
  for (const v of values) if (typeof v === 'string' && !v.includes(',')) set.add(v);
  return ',' + [...set].sort().join(',') + (set.size > 0 ? ',' : '');
}

export function indexColumns(r: EntryPayload): IndexColumns {
  if (isTruncationMarker(r)) {
    return { kind: 'truncation', time: normTime(r.time), decision: null, identity: null, decision_id: null, detectors: ',', tools: ',' };
  }
  return {
    kind: 'record',
    time: normTime(String(r.time)),
    decision: r.decision ?? null,
    identity: r.identity ?? null,
    decision_id: r.decisionId ?? null,
    detectors: listColumn((r.findings ?? []).map((f) => f.detector)),
    tools: listColumn((r.tools ?? []).map((t) => t.tool)),
  };
}

/** Describe the first index column that disagrees with the record, or undefined. */
export function compareColumns(stored: Record<string, unknown>, r: EntryPayload): string | undefined {
  const want = indexColumns(r) as unknown as Record<string, unknown>;
  for (const k of ['kind', 'time', 'decision', 'identity', 'decision_id', 'detectors', 'tools']) {
    const a = stored[k] ?? null;
    const b = want[k] ?? null;
    if (a !== b) return `index column ${k} does not match the record`;
  }
  return undefined;
}

const DECISIONS = new Set(['allow', 'redact', 'deny']);

export const DEFAULT_QUERY_LIMIT = 100;
export const MAX_QUERY_LIMIT = 10_000;

/**
 * Validate raw filter values (CLI flags or URL query parameters) into an AuditQuery. Throws
 * GuardError('malformed_body') with a message naming the bad filter.
 */
export function parseQuery(raw: Record<string, string | undefined>): AuditQuery {
  const q: { -readonly [K in keyof AuditQuery]: AuditQuery[K] } = {};
  for (const k of Object.keys(raw)) {
    if (!['since', 'until', 'identity', 'decision', 'detector', 'tool', 'chain', 'limit'].includes(k)) {
      throw new GuardError('malformed_body', `unknown audit filter: ${k}`);
    }
  }
  const time = (name: 'since' | 'until'): void => {
    const v = raw[name];
    if (v === undefined) return;
    const t = Date.parse(v);
    if (Number.isNaN(t)) throw new GuardError('malformed_body', `${name}: not an ISO-8601 time`);
    q[name] = new Date(t).toISOString();
  };
  time('since');
  time('until');
  for (const name of ['identity', 'detector', 'tool', 'chain'] as const) {
    const v = raw[name];
    if (v === undefined) continue;
    if (v.length === 0 || v.length > 256) throw new GuardError('malformed_body', `${name}: must be 1-256 characters`);
    q[name] = v;
  }
  if (raw.decision !== undefined) {
    if (!DECISIONS.has(raw.decision)) throw new GuardError('malformed_body', 'decision: must be allow, redact or deny');
    q.decision = raw.decision as 'allow' | 'redact' | 'deny';
  }
  if (raw.limit !== undefined) {
    const n = Number(raw.limit);
    if (!Number.isInteger(n) || n < 1 || n > MAX_QUERY_LIMIT) throw new GuardError('malformed_body', `limit: must be an integer 1-${MAX_QUERY_LIMIT}`);
    q.limit = n;
  }
  return q;
}
