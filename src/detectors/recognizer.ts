// The recognizer recipe shared by the PII (and some secret) recognizers: one or more RE2 patterns, an
// optional validator (checksum, range checks) that confirms, rescales or rejects a candidate, context
// words that raise the score, and examples that must / must not match. A recognizer module exports
// one `Recognizer`; an engine compiles every active recognizer's patterns into one RE2.Set so text
// that holds no candidate is scanned once.
//
// Score meaning (all recognizers):
//   >= 0.8  validated: a checksum or strict structural check passed, or a strong structure plus context;
//   0.6–0.8 strong format without checksum (e-mail, dashed SSN, IPv4);
//   0.3–0.6 weak: the format alone is ambiguous; context words lift these above 0.6;
//   < 0.3   very weak (only reported when a policy threshold is set that low).
import { GuardError } from '../core/errors.ts';
import { compile, compileSet, matchAll, type Re2 } from '../core/regex.ts';
import type { Finding } from '../core/types.ts';

export interface RecognizerPattern {
  /** Short name that appears in explanations. */
  readonly name: string;
  /** RE2 source. */
  readonly regex: string;
  readonly caseInsensitive?: boolean;
  /** Base score before validation and context. */
  readonly score: number;
  /** Capture group (1-based) that holds the entity; the rest of the match is context. */
  readonly group?: number;
  /** Drop the candidate unless a context word is near. */
  readonly contextRequired?: boolean;
}

/** Outcome of a validator: null rejects the candidate. */
export interface Validation {
  /** Replace the pattern score. */
  readonly score?: number;
  /** Short, content-free note for the explanation (e.g. "luhn", "mod97"). */
  readonly note?: string;
  /** Narrow the span (offsets relative to the text). */
  readonly start?: number;
  readonly end?: number;
}

/** A raw hit produced by a custom recognizer (one that is not pattern-driven). */
export interface RawHit {
  readonly start: number;
  readonly end: number;
  readonly score: number;
  readonly note: string;
}

export interface Recognizer {
  /** Unique id, e.g. "credit_card", "es_dni". */
  readonly id: string;
  /** Finding type emitted. */
  readonly type: string;
  /** ISO 3166 alpha-2 country for national identifiers; undefined for global entities. */
  readonly country?: string;
  readonly patterns: readonly RecognizerPattern[];
  /** Longest entity span in UTF-16 units (without context). */
  readonly maxLength: number;
  /** Lower-case context words/phrases that raise the score when found near the candidate. */
  readonly context?: readonly string[];
  /** Added to the score when context is present (default 0.35). */
  readonly contextBoost?: number;
  /** How far (UTF-16 units) before the candidate context is looked for; half that after (default 48). */
  readonly contextWindow?: number;
  validate?(value: string, text: string, start: number, end: number): Validation | null;
  /** Custom recognizers find candidates themselves (after the `prefilter` pattern hit). */
  custom?(text: string): RawHit[];
  /** RE2 source used in the shared prefilter for custom recognizers. */
  readonly prefilter?: string;
  /** Texts that must produce a finding of `type`, and near misses that must not. */
  readonly examples: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

interface CompiledPattern {
  readonly rec: Recognizer;
  readonly pat: RecognizerPattern | null;
  readonly re: Re2 | null;
}

export interface RecognizerEngineOptions {
  /** Detector id stamped on findings. */
  readonly detector: string;
  /** Extra context words per finding type (lower-cased on use). */
  readonly extraContext?: Readonly<Record<string, readonly string[]>>;
}

/** Compiled set of recognizers. Build once per policy load; `scan` is pure and reentrant. */
export interface RecognizerEngine {
  readonly maxMatchLength: number;
  scan(text: string): Finding[];
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c > '\u00bf');
}

/**
 * Whether a context word occurs near [start, end): up to `window` units before, half that after.
 * A word must start at a word boundary ("dl#" not in "handl#"); words of up to 4 characters must
 * also end at one ("sin" not in "business"), longer ones may be prefixes ("licen" → licence/license).
 */
export function hasContext(text: string, start: number, end: number, words: readonly string[], window: number): boolean {
  if (words.length === 0) return false;
  const a = Math.max(0, start - window);
  const b = Math.min(text.length, end + (window >> 1));
  const w = text.slice(a, start).toLowerCase() + ' ' + text.slice(end, b).toLowerCase();
  for (const word of words) {
    let i = w.indexOf(word);
    while (i >= 0) {
      const okStart = !isLetter(w[i - 1]) || !isLetter(word[0]);
      const last = word[word.length - 1];
      const okEnd = word.length > 4 || !isLetter(w[i + word.length]) || !isLetter(last);
      if (okStart && okEnd) return true;
      i = w.indexOf(word, i + 1);
    }
  }
  return false;
}

export function buildRecognizerEngine(recs: readonly Recognizer[], opts: RecognizerEngineOptions): RecognizerEngine {
  const compiled: CompiledPattern[] = [];
  const sources: string[] = [];
  let maxLen = 0;
  for (const rec of recs) {
    const window = rec.contextWindow ?? 48;
    maxLen = Math.max(maxLen, rec.maxLength + window + (window >> 1));
    if (rec.custom !== undefined) {
      if (rec.prefilter === undefined) throw new Error(`recognizer ${rec.id}: custom recognizer needs a prefilter`);
      compiled.push({ rec, pat: null, re: null });
      sources.push(rec.prefilter);
      continue;
    }
    for (const pat of rec.patterns) {
      compiled.push({ rec, pat, re: compile(`${rec.id}/${pat.name}`, pat.regex, pat.caseInsensitive ? 'i' : '') });
      sources.push(pat.caseInsensitive ? `(?i:${pat.regex})` : pat.regex);
    }
  }
  const set = compileSet(opts.detector, sources);
  const ctxWords = new Map<Recognizer, string[]>();
  for (const rec of recs) {
    const extra = opts.extraContext?.[rec.type] ?? [];
    ctxWords.set(rec, [...(rec.context ?? []), ...extra.map((w) => w.toLowerCase())]);
  }

  return {
    maxMatchLength: maxLen,
    scan(text: string): Finding[] {
      if (text.length === 0 || set.size === 0) return [];
      const hits = set.match(text);
      if (hits.length === 0) return [];
      const out: Finding[] = [];
      const seenCustom = new Set<Recognizer>();
      for (const i of hits) {
        const { rec, pat, re } = compiled[i];
        const words = ctxWords.get(rec)!;
        const window = rec.contextWindow ?? 48;
        const boost = rec.contextBoost ?? 0.35;
        if (pat === null || re === null) {
          if (seenCustom.has(rec)) continue;
          seenCustom.add(rec);
          for (const h of rec.custom!(text)) {
            const ctx = hasContext(text, h.start, h.end, words, window);
            const score = Math.min(1, ctx ? h.score + boost : h.score);
            out.push({ detector: opts.detector, type: rec.type, start: h.start, end: h.end, score: round(score), explanation: `${rec.id}: ${h.note}${ctx ? '; context' : ''}` });
          }
          continue;
        }
        for (const m of matchAll(re, text)) {
          if (m.end === m.start) continue;
          let start = m.start;
          let end = m.end;
          if (pat.group !== undefined) {
            const g = m.groups[pat.group - 1];
            if (g === undefined || g.length === 0) continue;
            const rel = text.slice(m.start, m.end).lastIndexOf(g);
            if (rel < 0) continue;
            start = m.start + rel;
            end = start + g.length;
          }
          if (pat.contextRequired && !hasContext(text, start, end, words, window)) continue;
          const value = text.slice(start, end);
          let score = pat.score;
          let note = pat.name;
          if (rec.validate !== undefined) {
            const v = rec.validate(value, text, start, end);
            if (v === null) continue;
            if (v.score !== undefined) score = v.score;
            if (v.note !== undefined) note += `, ${v.note}`;
            if (v.start !== undefined) start = v.start;
            if (v.end !== undefined) end = v.end;
          }
          const ctx = hasContext(text, start, end, words, window);
          if (pat.contextRequired && !ctx) continue;
          if (ctx) score = Math.min(1, score + boost);
          out.push({ detector: opts.detector, type: rec.type, start, end, score: round(score), explanation: `${rec.id}: ${note}${ctx ? '; context' : ''}` });
        }
      }
      return dedupe(out);
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Sort by position and drop exact duplicates (same span and type), keeping the highest score. */
export function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type) || b.score - a.score);
  const out: Finding[] = [];
  for (const f of findings) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.start === f.start && prev.end === f.end && prev.type === f.type) continue;
    out.push(f);
  }
  return out;
}

/** Characters adjacent to a candidate, to reject digits glued to longer numbers (RE2 has no lookaround). */
export function charBefore(text: string, start: number): string {
  return start > 0 ? text[start - 1] : '';
}
export function charAfter(text: string, end: number): string {
  return end < text.length ? text[end] : '';
}

/**
 * A recognizer whose bounded work budget ran out on this text (adversarial, digit-heavy input). It
 * must not silently skip the rest, so it fails like a detector timeout and the policy's
 * detector_timeout action applies (deny by default; allow is counted as fail-open).
 */
export function workExhausted(recognizer: string): GuardError {
  return new GuardError('detector_timeout', `${recognizer} recognizer work budget exhausted`);
}
