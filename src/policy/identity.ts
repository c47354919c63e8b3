// Caller identity from the sources a policy declares trusted, tried in order; the first source that
// yields a principal wins. Nothing undeclared is consulted: a header is only trusted when the policy
// names it (the operator must make Envoy strip/overwrite it at the edge).
import type { Identity } from '../core/types.ts';
import type { RawIdentitySource } from './load.ts';
import type { IdentitySources } from './types.ts';

const MAX_PRINCIPAL = 1024;
const MAX_ROLES = 64;
const MAX_ROLE_LEN = 128;
const MAX_CLAIMS = 32;

export type IdentityResolver = (src: IdentitySources) => Identity;

const NONE: Identity = Object.freeze({ source: 'none', roles: Object.freeze([]) as readonly string[] });

function clip(s: string | undefined, max: number): string | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (t.length === 0) return undefined;
  return t.length > max ? t.slice(0, max) : t;
}

function splitRoles(v: unknown): string[] {
  let parts: unknown[] = [];
  if (Array.isArray(v)) parts = v;
  else if (typeof v === 'string') parts = v.split(v.includes(',') ? ',' : ' ');
  const out: string[] = [];
  for (const p of parts) {
    if (typeof p !== 'string') continue;
    const r = clip(p, MAX_ROLE_LEN);
    if (r !== undefined && !out.includes(r)) out.push(r);
    if (out.length >= MAX_ROLES) break;
  }
  return out;
}

/**
 * Split an x-forwarded-client-cert value into elements of key=value pairs. Elements are separated by
 * ',', pairs by ';', and a value may be double-quoted (Envoy quotes Subject, and any value containing
 * ',', ';' or '='); inside quotes a backslash escapes the next character.
 */
export function parseXfcc(value: string): Array<Array<[string, string]>> {
  const elements: Array<Array<[string, string]>> = [];
  let pairs: Array<[string, string]> = [];
  let key = '';
  let buf = '';
  let inKey = true;
  let quoted = false;
  const endPair = () => {
    const k = (inKey ? buf : key).trim();
    const v = inKey ? '' : buf;
    if (k.length > 0) pairs.push([k, v]);
    key = '';
    buf = '';
    inKey = true;
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '\\' && i + 1 < value.length) buf += value[++i];
      else if (c === '"') quoted = false;
      else buf += c;
    } else if (c === '"' && !inKey) {
      quoted = true;
    } else if (c === '=' && inKey) {
      key = buf;
      buf = '';
      inKey = false;
    } else if (c === ';') {
      endPair();
    } else if (c === ',') {
      endPair();
      elements.push(pairs);
      pairs = [];
    } else {
      buf += c;
    }
  }
  endPair();
  elements.push(pairs);
  return elements.filter((e) => e.length > 0);
}

/**
 * The client URI SAN that the nearest Envoy recorded: Envoy (forward_client_cert_details
 * APPEND_FORWARD / SANITIZE_SET) appends the element for the peer it terminated TLS from to the END of
 * the header, so the last element is the one this hop vouches for; earlier elements were forwarded by
 * upstream proxies and are only as trustworthy as they are.
 */
export function xfccPrincipal(value: string): string | undefined {
  const elements = parseXfcc(value);
  const last = elements[elements.length - 1];
  if (!last) return undefined;
  for (const [k, v] of last) if (k.toLowerCase() === 'uri') return clip(v, MAX_PRINCIPAL);
  return undefined;
}

function headerExtras(headers: ReadonlyMap<string, string>, tenantHeader?: string, rolesHeader?: string) {
  return {
    tenant: tenantHeader ? clip(headers.get(tenantHeader), MAX_PRINCIPAL) : undefined,
    roles: rolesHeader ? splitRoles(headers.get(rolesHeader) ?? '') : [],
  };
}

function make(source: Identity['source'], principal: string, tenant: string | undefined, roles: string[], claims?: Record<string, unknown>): Identity {
  const id: { -readonly [K in keyof Identity]: Identity[K] } = { principal, source, roles: Object.freeze(roles) };
  if (tenant !== undefined) id.tenant = tenant;
  if (claims !== undefined) id.claims = Object.freeze(claims);
  return Object.freeze(id);
}

/** Keep primitive claims (and arrays of primitives), bounded, for matching and the audit record. */
function safeClaims(payload: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [k, v] of Object.entries(payload)) {
    if (n >= MAX_CLAIMS) break;
    const prim = (x: unknown) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean';
    if (prim(v) || (Array.isArray(v) && v.length <= MAX_ROLES && v.every(prim))) {
      out[k] = typeof v === 'string' ? v.slice(0, MAX_PRINCIPAL) : v;
      n++;
    }
  }
  return out;
}

/** Compile the policy's `identity:` list into a resolver. An empty list yields source 'none'. */
export function compileIdentity(sources: readonly RawIdentitySource[]): IdentityResolver {
  const steps: Array<(src: IdentitySources) => Identity | undefined> = sources.map((s) => {
    if ('header' in s) {
      const c = s.header;
      return (src) => {
        const p = clip(src.headers.get(c.name), MAX_PRINCIPAL);
        if (p === undefined) return undefined;
        const x = headerExtras(src.headers, c.tenant_header, c.roles_header);
        return make('header', p, x.tenant, x.roles);
      };
    }
    if ('xfcc' in s) {
      const c = s.xfcc;
      const name = c.header ?? 'x-forwarded-client-cert';
      return (src) => {
        const v = src.headers.get(name);
        const p = v === undefined ? undefined : xfccPrincipal(v);
        if (p === undefined) return undefined;
        const x = headerExtras(src.headers, c.tenant_header, c.roles_header);
        return make('xfcc', p, x.tenant, x.roles);
      };
    }
    if ('jwt' in s) {
      const c = s.jwt;
      const ns = c.namespace ?? 'envoy.filters.http.jwt_authn';
      const key = c.payload_key ?? 'jwt_payload';
      const pc = c.principal_claim ?? 'sub';
      return (src) => {
        const nsObj = src.metadata?.[ns];
        if (!nsObj || typeof nsObj !== 'object') return undefined;
        const payload = (nsObj as Record<string, unknown>)[key];
        if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
        const claims = payload as Record<string, unknown>;
        const pv = claims[pc];
        const p = typeof pv === 'string' ? clip(pv, MAX_PRINCIPAL) : undefined;
        if (p === undefined) return undefined;
        const tv = c.tenant_claim ? claims[c.tenant_claim] : undefined;
        const tenant = typeof tv === 'string' ? clip(tv, MAX_PRINCIPAL) : undefined;
        const roles = c.roles_claim ? splitRoles(claims[c.roles_claim]) : [];
        return make('jwt', p, tenant, roles, safeClaims(claims));
      };
    }
    const c = s.peer;
    return (src) => {
      const p = clip(src.peerPrincipal, MAX_PRINCIPAL);
      if (p === undefined) return undefined;
      const x = headerExtras(src.headers, c.tenant_header, c.roles_header);
      return make('peer', p, x.tenant, x.roles);
    };
  });
  return (src) => {
    for (const step of steps) {
      const id = step(src);
      if (id) return id;
    }
    return NONE;
  };
}
