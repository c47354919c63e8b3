// Glob patterns of the policy language (hosts, paths, identities, header values), translated once at
// load into one anchored RE2 program per list. Request data is only ever matched by RE2, never by a
// JS RegExp.
//
// Syntax, per field separator `sep` ('/' for paths and identities, '.' for hosts, none for header values):
//   *   any run of characters that does not contain `sep` (may be empty)
//   **  any run of characters, separators included
//   ?   exactly one character other than `sep`
//   \x  the character x literally
//   anything else matches itself.
import { compile, escapeLiteral, test, type Re2 } from '../core/regex.ts';

/** A compiled list of globs: matches when ANY glob matches the whole string. Lives as long as its policy. */
export interface GlobList {
  readonly globs: readonly string[];
  matches(s: string): boolean;
}

export interface GlobOptions {
  /** Separator that a single `*` does not cross; '' for none. */
  readonly sep: '/' | '.' | '';
  readonly caseInsensitive?: boolean;
}

/** Translate one glob into an (unanchored) RE2 source fragment. */
export function globToRe2(glob: string, sep: GlobOptions['sep']): string {
  const notSep = sep === '' ? '.' : `[^${escapeLiteral(sep)}]`;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) {
      out += escapeLiteral(glob[++i]);
    } else if (c === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        while (glob[i + 1] === '*') i++;
      } else {
        out += `${notSep}*`;
      }
    } else if (c === '?') {
      out += notSep;
    } else {
      // escapeLiteral covers RE2 metacharacters; a code point outside the BMP is kept whole by for..of
      // in escapeLiteral, so we pass surrogate pairs through together.
      const cp = glob.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      out += escapeLiteral(ch);
      if (cp > 0xffff) i++;
    }
  }
  return out;
}

/** Compile a list of globs into one anchored RE2 alternation. `id` names the list in errors. */
export function compileGlobs(id: string, globs: readonly string[], opts: GlobOptions): GlobList {
  const list = Object.freeze([...globs]);
  if (list.length === 0) return { globs: list, matches: () => false };
  const source = `^(?:${list.map((g) => globToRe2(g, opts.sep)).join('|')})$`;
  const re: Re2 = compile(id, source, opts.caseInsensitive ? 'is' : 's');
  return {
    globs: list,
    matches(s: string): boolean {
      return test(re, s);
    },
  };
}
