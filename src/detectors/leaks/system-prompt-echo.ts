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
import { doubled } from '../../core/units.ts';

const WORD = compile('echo/word', '^[\\p{L}\\p{N}\\p{M}]$');
/**
 * Words of a system prompt made into shingles: bounds the memory a cached prompt holds (CACHE_SIZE of
 * them). Response texts are read whole: their cost is linear and nothing of them is kept. (Until the
 * twenty-eighth round responses were cut at 200,000 words too, so an echo after that went unseen.)
 */
const MAX_PROMPT_WORDS = 200_000;
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

/**
 * Word boundaries of a text: word j is text.slice(starts[j], ends[j]), j < count. Typed arrays, and no
 * word strings kept: arrays of tens of thousands of short strings cost up to 5 times more per word past
 * ~64 K characters (V8 moves a large backing store out of the young generation, and every young string
 * stored into it then takes the write barrier's slow path), which a linear-time test saw as a step.
 */
interface Words {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly count: number;
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

function wordsOf(text: string, max = Infinity): Words {
  let starts = new Int32Array(256);
  let ends = new Int32Array(256);
  let count = 0;
  let i = 0;
  let start = -1;
  const len = text.length;
  while (i <= len && count < max) {
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
      if (count === starts.length) {
        starts = doubled(starts);
        ends = doubled(ends);
      }
      starts[count] = start;
      ends[count] = i;
      count++;
      start = -1;
    }
    i += w;
  }
  return { starts, ends, count };
}

/** Word j of `text` (see Words), lower-cased. */
function wordAt(text: string, ws: Words, j: number): string {
  return text.slice(ws.starts[j], ws.ends[j]).toLowerCase();
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
    const text = normalize(prompt, { decode: false }).text;
    const ws = wordsOf(text, MAX_PROMPT_WORDS);
    const words = Array.from({ length: ws.count }, (_, j) => wordAt(text, ws, j));
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
      if (resp.count < k) return [];
      // The last k words, lower-cased, in a ring (word j at j % k): a shingle is built only where the run
      // of prompt words reaches k.
      const ring: string[] = new Array<string>(k).fill('');
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
        for (let j = 0; j < resp.count; j++) {
          const word = wordAt(n.text, resp, j);
          ring[j % k] = word;
          run = vocabulary.has(word) ? run + 1 : 0;
          if (run < k) continue;
          const i = j - k + 1;
          let shingle = ring[i % k];
          for (let q = i + 1; q <= j; q++) shingle += ' ' + ring[q % k];
          if (!shingles.has(shingle)) continue;
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
