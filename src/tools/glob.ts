// Glob lists for tool names, identities, roles, tenants and URL hosts, compiled once at policy load
// into an RE2 set (src/core/regex.ts). Syntax: `*` matches any run of characters, `?` exactly one
// character, everything else is literal. With a separator (identities use '/'), `*` and `?` do not
// cross it and `**` does, so `spiffe://*/ns/payments/*` cannot be satisfied by a trust domain that
// smuggles extra path segments. No JS RegExp ever sees the matched (untrusted) text.
import { compileSet, escapeLiteral, type PatternSet } from '../core/regex.ts';

/** An immutable, compiled list of globs. Lifetime: the compiled policy that owns it. */
export interface GlobList {
  /** The globs as written in the policy (used in closed-set rule labels such as `deny:shell_*`). */
  readonly patterns: readonly string[];
  /** Index of the first glob (in policy order) that matches `text`, or -1. */
  firstMatch(text: string): number;
  /** True when any glob matches. */
  matches(text: string): boolean;
}

export interface GlobOptions {
  /** A one-character separator `*` and `?` will not cross (`**` does). */
  readonly separator?: string;
  /** Compare case-insensitively (hosts). */
  readonly caseInsensitive?: boolean;
}

/** Translate one glob into an anchored RE2 source. */
export function globToRe2(glob: string, opts: GlobOptions = {}): string {
  const sep = opts.separator;
  const notSep = sep === undefined ? '[\\s\\S]' : `[^${escapeLiteral(sep)}]`;
  let out = '^';
  const chars = [...glob];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') {
      if (sep !== undefined && chars[i + 1] === '*') {
        out += '[\\s\\S]*';
        while (chars[i + 1] === '*') i++;
      } else {
        out += `${notSep}*`;
        while (chars[i + 1] === '*') i++;
      }
    } else if (c === '?') {
      out += notSep;
    } else {
      out += escapeLiteral(c);
    }
  }
  return out + '$';
}

/** Compile a list of globs. `id` names the list in pattern errors (e.g. 'tools.deny'). */
export function compileGlobs(id: string, globs: readonly string[], opts: GlobOptions = {}): GlobList {
  const patterns = Object.freeze([...globs]);
  const set: PatternSet = compileSet(id, patterns.map((g) => globToRe2(g, opts)), opts.caseInsensitive ? 'i' : '');
  const firstMatch = (text: string): number => {
    if (patterns.length === 0) return -1;
    const hits = set.match(text);
    if (hits.length === 0) return -1;
    let min = hits[0];
    for (const h of hits) if (h < min) min = h;
    return min;
  };
  return Object.freeze({ patterns, firstMatch, matches: (text: string) => firstMatch(text) >= 0 });
}

/** The empty list (matches nothing). */
export const NO_GLOBS: GlobList = compileGlobs('none', []);
