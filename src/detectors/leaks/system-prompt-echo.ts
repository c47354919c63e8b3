// SYSTEM_PROMPT_ECHO: the response repeats the request's own system prompt (DetectionContext
// .systemPrompts) verbatim or nearly so. Both sides are normalised and split into lower-cased words;
// every run of `minWords` consecutive response words is looked up in the set of the system prompt's
// `minWords`-word shingles. Matching shingles that follow each other (allowing a gap of about one
// edited word) merge into one finding spanning the echoed words in the ORIGINAL response text.
//
// Only echoes of at least `minWords` words (default 8) are caught; shorter overlaps are common
// phrases. Paraphrases, translations and summaries are not caught. On streams each window is
// matched on its own: maxMatchLength covers a minimal echo (minWords words of up to ~20 characters);
// a longer echo is found piecewise, window by window. A stream whose request has no system prompt of
// `minWords` words holds nothing back for it (holdFor).
import { compile, matchAll } from '../../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../../core/types.ts';
import { normalize } from '../normalize.ts';

const WORD = compile('echo/word', '^[\\p{L}\\p{N}\\p{M}]$');
/** Words considered per text (bounds work on huge prompts/responses). */
const MAX_WORDS = 200_000;
const CACHE_SIZE = 64;

export interface EchoConfig {
  readonly id: string;
  readonly minWords?: number;
}

interface PromptShingles {
  readonly shingles: Set<string>;
  /** Distinct words of the prompt (a shingle with any other word cannot match). */
  readonly vocabulary: Set<string>;
  readonly count: number;
}

interface Words {
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
}

/** Per non-ASCII code point: letter or number? (RE2 once per distinct code point, then cached.) */
const wordCache = new Map<number, boolean>();
export function isWordCp(cp: number, ch: string): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let v = wordCache.get(cp);
  if (v === undefined) {
    v = matchAll(WORD, ch).length > 0;
    if (wordCache.size < 65536) wordCache.set(cp, v);
  }
  return v;
}

function wordsOf(text: string): Words {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let start = -1;
  const len = text.length;
  while (i <= len && words.length < MAX_WORDS) {
    // codePointAt without the call: a surrogate pair is one code point, a lone surrogate is itself.
    let cp = i < len ? text.charCodeAt(i) : -1;
    let w = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    const isWord = cp >= 0 && (cp < 0x80 ? (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : isWordCp(cp, w === 1 ? text[i] : text.slice(i, i + 2)));
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) {
      words.push(text.slice(start, i).toLowerCase());
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += w;
  }
  return { words, starts, ends };
}

export function createSystemPromptEchoDetector(cfg: EchoConfig): Detector {
  const k = cfg.minWords ?? 8;
  if (!Number.isInteger(k) || k < 3) throw new Error(`detector ${cfg.id}: min_words must be an integer >= 3`);
  // Shingle sets per system prompt text; a policy has few distinct system prompts at a time.
  const cache = new Map<string, PromptShingles>();
  const shinglesOf = (prompt: string): PromptShingles => {
    const hit = cache.get(prompt);
    if (hit !== undefined) {
      cache.delete(prompt);
      cache.set(prompt, hit);
      return hit;
    }
    const { words } = wordsOf(normalize(prompt, { decode: false }).text);
    const shingles = new Set<string>();
    for (let i = 0; i + k <= words.length; i++) shingles.add(words.slice(i, i + k).join(' '));
    const v = { shingles, vocabulary: new Set(words), count: words.length };
    cache.set(prompt, v);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return v;
  };

  return {
    id: cfg.id,
    maxMatchLength: k * 20,
    spanwise: true,
    // Without a system prompt of at least k words there is nothing to echo: the stream holds nothing.
    holdFor(ctx: DetectionContext): number {
      for (const p of ctx.systemPrompts ?? []) if (shinglesOf(p).shingles.size > 0) return k * 20;
      return 0;
    },
    scan(text: string, ctx: DetectionContext): Finding[] {
      const prompts = ctx.systemPrompts ?? [];
      if (prompts.length === 0 || text.length === 0) return [];
      const n = normalize(text, { decode: false });
      const resp = wordsOf(n.text);
      if (resp.words.length < k) return [];
      const out: Finding[] = [];
      for (const prompt of prompts) {
        const { shingles, vocabulary, count } = shinglesOf(prompt);
        if (shingles.size === 0) continue;
        // A shingle can only match when all k of its words occur in the prompt: count, per position,
        // the run of prompt words ending there, and build the shingle string only where it is >= k.
        let run = 0;
        let runStart = -1;
        let runEnd = -1; // index of the last matching shingle start
        const flush = (): void => {
          if (runStart < 0) return;
          const lastWord = runEnd + k - 1;
          const covered = lastWord - runStart + 1;
          const [s, e] = n.toOriginal(resp.starts[runStart], resp.ends[lastWord]);
          const score = Math.min(0.99, 0.6 + 0.3 * Math.min(1, covered / (3 * k)) + 0.1 * Math.min(1, covered / Math.max(count, 1)));
          out.push({
            detector: cfg.id, type: 'SYSTEM_PROMPT_ECHO', start: s, end: e, score: Math.round(score * 1000) / 1000,
            explanation: `echo of ${covered} words (system prompt has ${count})`,
          });
          runStart = -1;
        };
        for (let j = 0; j < resp.words.length; j++) {
          run = vocabulary.has(resp.words[j]) ? run + 1 : 0;
          if (run < k) continue;
          const i = j - k + 1;
          if (!shingles.has(resp.words.slice(i, j + 1).join(' '))) continue;
          if (runStart >= 0 && i - runEnd <= k + 1) {
            runEnd = i; // contiguous, or resumes after about one changed word
          } else {
            flush();
            runStart = i;
            runEnd = i;
          }
        }
        flush();
      }
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      return out;
    },
  };
}
