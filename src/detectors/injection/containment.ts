// Which texts of a list contain another text of the list, for the training data only (dataset.ts, scripts/eval.ts).
// CyberSecEval's "system+user" rows are a system prompt followed by an attack; the same system prompt is also a benign
// example of its own, and one system prompt opens up to 48 rows, on both sides of the split. A held-out text inside a
// training text has been trained on with that text's label, so such training texts are left out. Rabin-Karp over the
// normalised texts: one rolling hash per position, and a comparison only where a pattern's first units hash alike.
// Never at request time.

/** Texts shorter than this (UTF-16 code units) are not looked for inside others: short phrases recur by chance. */
export const MIN_CONTAINED = 24;

const BASE = 0x01000193;
/** Bits of the hash prefilter (a bitmap of the patterns' hashes, so most positions cost one array read). */
const FILTER_BITS = 22;

/** Polynomial hash (mod 2^32) of the first `k` units of `t`: where the rolling hash starts. */
function headHash(t: string, k: number): number {
  let h = 0;
  for (let p = 0; p < k; p++) h = (Math.imul(h, BASE) + t.charCodeAt(p)) >>> 0;
  return h;
}

/**
 * For each text, the indices of the other texts it contains, sorted. Only strictly longer texts contain: two equal
 * texts are the same text (the split already groups them). `minLength` bounds the texts looked for.
 */
export function containedIn(texts: readonly string[], minLength = MIN_CONTAINED): number[][] {
  const k = minLength;
  const out: number[][] = texts.map(() => []);
  // Patterns: every text of at least k units, keyed by the hash of its first k units.
  const byHash = new Map<number, number[]>();
  const filter = new Uint8Array(1 << (FILTER_BITS - 3));
  const mask = (1 << FILTER_BITS) - 1;
  for (let j = 0; j < texts.length; j++) {
    const t = texts[j];
    if (t.length < k) continue;
    const h = headHash(t, k);
    const list = byHash.get(h);
    if (list === undefined) byHash.set(h, [j]);
    else list.push(j);
    const b = h & mask;
    filter[b >>> 3] |= 1 << (b & 7);
  }
  // BASE^(k-1) mod 2^32, to take the leaving unit out of the rolling hash.
  let top = 1;
  for (let p = 1; p < k; p++) top = Math.imul(top, BASE) >>> 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (t.length <= k) continue;
    let h = headHash(t, k);
    let found: Set<number> | undefined;
    for (let p = 0; ; p++) {
      const b = h & mask;
      if ((filter[b >>> 3] & (1 << (b & 7))) !== 0) {
        for (const j of byHash.get(h) ?? []) {
          if (texts[j].length < t.length && t.startsWith(texts[j], p)) (found ??= new Set()).add(j);
        }
      }
      if (p + k >= t.length) break;
      h = (Math.imul((h - Math.imul(t.charCodeAt(p), top)) >>> 0, BASE) + t.charCodeAt(p + k)) >>> 0;
    }
    if (found !== undefined) out[i] = [...found].sort((a, b) => a - b);
  }
  return out;
}
