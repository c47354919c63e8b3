// The only module that imports re2. Every pattern applied to untrusted text (from code, policy or a
// gitleaks file) is compiled here, at load time, into a linear-time RE2 program. Unsupported syntax
// (backreferences, lookaround) is rejected with the rule id in the message.
import RE2 from 're2';

export type Re2 = InstanceType<typeof RE2>;

export class PatternError extends Error {
  readonly ruleId: string;
  constructor(ruleId: string, message: string) {
    super(`pattern ${JSON.stringify(ruleId)}: ${message}`);
    this.name = 'PatternError';
    this.ruleId = ruleId;
  }
}

/** Compile one pattern. `flags` is a subset of "imsu"; "g" and "u" are always added. */
export function compile(ruleId: string, source: string, flags = ''): Re2 {
  const f = new Set((flags + 'gu').split(''));
  for (const c of f) if (!'gimsu'.includes(c)) throw new PatternError(ruleId, `unsupported flag ${c}`);
  try {
    return new RE2(source, [...f].join(''));
  } catch (err) {
    throw new PatternError(ruleId, (err as Error).message);
  }
}

/** A multi-pattern prefilter: which of many patterns match anywhere in a text, in one pass. */
export interface PatternSet {
  /** Indexes (into the source list) of the patterns that match somewhere in `text`. */
  match(text: string | Buffer): number[];
  readonly size: number;
}

export function compileSet(setId: string, sources: readonly string[], flags = ''): PatternSet {
  if (sources.length === 0) return { match: () => [], size: 0 };
  try {
    const set = new RE2.Set(sources as string[], flags + 'u');
    return { match: (text) => set.match(typeof text === 'string' ? wellFormed(text) : text), size: sources.length };
  } catch (err) {
    throw new PatternError(setId, (err as Error).message);
  }
}

export interface Match {
  readonly start: number;
  readonly end: number;
  readonly groups: readonly (string | undefined)[];
}

/** All non-overlapping matches, leftmost first. Offsets are UTF-16 code units. */
export function matchAll(re: Re2, input: string): Match[] {
  const text = wellFormed(input);
  const out: Match[] = [];
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (m === null) break;
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, groups: m.slice(1) });
    // An empty match advances by one code point, never into the middle of a surrogate pair (node-re2
    // maps lastIndex to UTF-8 offsets and answers inconsistently from inside a pair).
    if (end === start) re.lastIndex = end + (isHighSurrogate(text.charCodeAt(end)) && isLowSurrogate(text.charCodeAt(end + 1)) ? 2 : 1);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * RE2 (through node-re2) stops matching after a lone UTF-16 surrogate, so a JSON "\ud800" escape in
 * front of a secret would hide it from every detector. Lone surrogates are replaced by U+FFFD, which
 * keeps every offset (same length) and never creates a match on its own.
 */
export function wellFormed(text: string): string {
  return text.isWellFormed() ? text : text.toWellFormed();
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether `re` matches anywhere in `text` (stateless: resets lastIndex, sees past lone surrogates). */
export function test(re: Re2, text: string): boolean {
  re.lastIndex = 0;
  const ok = re.test(wellFormed(text));
  re.lastIndex = 0;
  return ok;
}

/** Escape a literal so it matches itself in RE2 syntax. */
export function escapeLiteral(s: string): string {
  let out = '';
  for (const ch of s) out += '\\^$.|?*+()[]{}/-'.includes(ch) ? '\\' + ch : ch;
  return out;
}
