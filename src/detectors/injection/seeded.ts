// The seeded generator of the project-written corpora (machine-text.ts, code-text.ts, reference-text.ts): mulberry32, re-seeded per
// document kind from an FNV-1a hash of the kind's name, so every import yields the same documents. One state for
// the process: each corpus re-seeds before every kind it generates.
let state = 1;

/** The next number in [0, 1). */
export function rnd(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Start the sequence of the kind `name`. */
export function reseed(name: string): void {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  state = h | 0;
}

/** An integer in [lo, hi]. */
export const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
/** True with probability p. */
export const chance = (p: number): boolean => rnd() < p;
/** One element of xs. */
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
/** A shuffled copy of xs (Fisher-Yates). */
export function shuffle<T>(xs: readonly T[]): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = int(0, i); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
/** n elements of xs in a random order (all of them when n >= xs.length). */
export const sample = <T>(xs: readonly T[], n: number): T[] => shuffle(xs).slice(0, Math.max(0, Math.min(n, xs.length)));
/** n elements of xs in their order in xs (a sample that keeps the order). */
export function subset<T>(xs: readonly T[], n: number): T[] {
  const keep = new Set(sample(xs.map((_, i) => i), n));
  return xs.filter((_, i) => keep.has(i));
}
/** n as two digits (a month, a day, an hour). */
export const pad2 = (n: number): string => String(n).padStart(2, '0');
/** `text` without trailing blanks, cut at the last line break within `max` characters when longer (at `max` when none). */
export function clipAtLine(text: string, max: number): string {
  const t = text.trimEnd();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf('\n', max);
  return t.slice(0, cut > 0 ? cut : max).trimEnd();
}

/** A word of text to wrap, or one Han or kana character (those break anywhere), and whether a blank preceded it. */
export interface Tok { readonly t: string; readonly sp: boolean }
/** The words of `text` for line filling (reference-text.ts and dialog-text.ts wrap their terminal text with them). */
export function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let sp = false;
  for (const m of text.matchAll(/\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g)) {
    if (/^\s/.test(m[0])) { sp = true; continue; }
    out.push({ t: m[0], sp });
    sp = false;
  }
  return out;
}
