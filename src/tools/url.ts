// URL-argument checks for the `hosts` constraint. The URL is parsed with the WHATWG parser (the same
// algorithm browsers and Node's fetch use), so what we compare is the host the tool will actually
// connect to: backslashes, percent-encoded or full-width dots, IDN (compared in punycode form),
// IPv4 shorthand (0x7f.1 -> 127.0.0.1) and IPv6 literals are all normalised first. A URL with any
// userinfo (user:pass@) is rejected outright: it is the classic way to make a URL *look* like it
// points at an allowed host. One trailing dot of a fully-qualified name is ignored on both sides.
import { GuardError } from '../core/errors.ts';
import { compileGlobs, type GlobList } from './glob.ts';

/** A compiled host allow-list. Lifetime: the compiled policy. */
export interface HostAllowList {
  readonly hosts: readonly string[];
  readonly schemes: readonly string[];
  /** null when the URL is acceptable, else a content-free reason code. */
  check(value: unknown): HostViolation | null;
}

export type HostViolation =
  | 'not_a_string'
  | 'invalid_url'
  | 'scheme_not_allowed'
  | 'userinfo_not_allowed'
  | 'host_not_allowed';

function stripTrailingDot(h: string): string {
  return h.endsWith('.') && !h.endsWith('..') ? h.slice(0, -1) : h;
}

/** Normalise one policy host entry (may contain `*` wildcards) to the form the URL parser produces. */
export function normaliseHostPattern(entry: string): string {
  const raw = entry.trim();
  if (raw === '') throw new GuardError('policy_error', 'empty host in hosts allow-list');
  if (raw.startsWith('[')) {
    // IPv6 literal: let the URL parser canonicalise it ([::0001] -> [::1]).
    try {
      return new URL(`http://${raw}/`).hostname;
    } catch {
      throw new GuardError('policy_error', `invalid IPv6 host ${JSON.stringify(entry)} in hosts allow-list`);
    }
  }
  // Wildcard labels (normally leading ones) stay as written; the rest is canonicalised by the URL
  // parser, exactly as a URL's host would be (IDN -> punycode, IPv4 forms -> dotted quad).
  const labels = stripTrailingDot(raw.toLowerCase()).split('.');
  let last = -1;
  labels.forEach((l, i) => { if (l.includes('*') || l.includes('?')) last = i; });
  for (const label of labels.slice(0, last + 1)) {
    for (const ch of label) {
      if (!(ch === '*' || ch === '?' || ch === '-' || ch === '_' || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))) {
        throw new GuardError('policy_error', `wildcard host label ${JSON.stringify(label)} must be ASCII letters, digits, '-', '_'`);
      }
    }
  }
  const suffix = labels.slice(last + 1).join('.');
  let canon = '';
  if (suffix !== '') {
    // Only a host: no userinfo, port, path, query or fragment may hide in an allow-list entry.
    for (const ch of '@/\\?#:%') {
      if (suffix.includes(ch)) throw new GuardError('policy_error', `invalid host ${JSON.stringify(entry)} in hosts allow-list (host names only)`);
    }
    try {
      canon = stripTrailingDot(new URL(`http://${suffix}/`).hostname);
    } catch {
      throw new GuardError('policy_error', `invalid host ${JSON.stringify(entry)} in hosts allow-list`);
    }
    if (canon.includes('@') || canon.includes(':')) throw new GuardError('policy_error', `invalid host ${JSON.stringify(entry)} in hosts allow-list`);
  }
  return [...labels.slice(0, last + 1), ...(canon === '' ? [] : [canon])].join('.');
}

/**
 * Compile a hosts allow-list. `*.example.com` matches any subdomain (any depth) but not example.com
 * itself; `*` alone matches every host; entries without wildcards match exactly.
 */
export function compileHostAllowList(id: string, hosts: readonly string[], schemes: readonly string[] = ['https', 'http']): HostAllowList {
  const normalised = hosts.map(normaliseHostPattern);
  const globs: GlobList = compileGlobs(id, normalised, { caseInsensitive: true });
  const schemeSet = new Set(schemes.map((s) => (s.endsWith(':') ? s.slice(0, -1) : s).toLowerCase()));
  const check = (value: unknown): HostViolation | null => {
    if (typeof value !== 'string') return 'not_a_string';
    let url: URL;
    try {
      url = new URL(value.trim());
    } catch {
      return 'invalid_url';
    }
    if (!schemeSet.has(url.protocol.slice(0, -1))) return 'scheme_not_allowed';
    if (url.username !== '' || url.password !== '') return 'userinfo_not_allowed';
    // The parser leaves an "@" in the host position only for invalid URLs; be explicit anyway.
    const host = stripTrailingDot(url.hostname.toLowerCase());
    if (host === '' || host.includes('@')) return 'invalid_url';
    return globs.matches(host) ? null : 'host_not_allowed';
  };
  return Object.freeze({ hosts: Object.freeze([...hosts]), schemes: Object.freeze([...schemeSet]), check });
}
