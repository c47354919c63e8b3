// The redaction writer: rewrites spans of a text according to their RedactionStyle. Detectors find,
// policy decides, this module rewrites: it is the one place where overlapping spans are resolved and
// where replacement text is produced.
//
// Styles: mask → `[EMAIL]`; partial → `****1234` (last `keep` characters kept); hash → `[EMAIL:3f2a9c1d]`
// (first 8 hex digits of HMAC-SHA256 under the policy key, so equal values correlate without being
// revealed); placeholder → `<EMAIL_1>` (reversible through a PlaceholderVault, restored in responses);
// remove → deleted.
import { createHmac } from 'node:crypto';
import { GuardError } from '../core/errors.ts';
import { compile, matchAll } from '../core/regex.ts';
import type { KeepRange, RedactionStyle } from '../core/types.ts';
import type { PlaceholderVault } from './vault.ts';

/** One span to rewrite, in UTF-16 offsets of the text. */
export interface RedactionSpan {
  readonly start: number;
  readonly end: number;
  /** Finding type, used in the replacement (`[EMAIL]`, `<EMAIL_1>`). */
  readonly type: string;
  readonly style: RedactionStyle;
  /** Finding score; breaks ties between overlapping spans of equal length. */
  readonly score?: number;
  /**
   * Part of the span left in place, as offsets from `start` (Finding.keep: a link's text). The span is
   * rewritten as two pieces around it: the piece before it is removed, the piece after it takes the
   * span's style (`[docs](https://h/x)` → `docs` with `remove`, `docs[EXFIL_LINK]` with `mask`).
   */
  readonly keep?: KeepRange;
}

export interface RedactContext {
  /** Key for style 'hash' (CompiledPolicy.hmacKey). Required when a span uses it. */
  readonly hmacKey?: Buffer;
  /**
   * Placeholders prepared by preparePlaceholders(), keyed by placeholderKey(type, value). A
   * placeholder span without an entry falls back to the mask style (never to the original text).
   */
  readonly placeholders?: ReadonlyMap<string, string>;
}

/** Longest type name carried into a placeholder. */
const PLACEHOLDER_TYPE_MAX = 40;
/** Largest placeholder counter rendered (per scope and type). */
const PLACEHOLDER_COUNTER_DIGITS = 6;

/**
 * Longest placeholder text (`<` + type + `_` + counter + `>`): a stream engine holds back at least this
 * many characters before releasing text to restorePlaceholders(), so a placeholder split across chunks
 * is still restored.
 */
export const PLACEHOLDER_MAX_LENGTH = 1 + PLACEHOLDER_TYPE_MAX + 1 + PLACEHOLDER_COUNTER_DIGITS + 1;

const PLACEHOLDER_RE = compile('redaction/placeholder', `<([A-Z][A-Z0-9_]{0,${PLACEHOLDER_TYPE_MAX - 1}})_([1-9][0-9]{0,${PLACEHOLDER_COUNTER_DIGITS - 1}})>`);

/** Type name as it appears in placeholders (upper-case letters, digits and '_', bounded length). */
export function placeholderType(type: string): string {
  let t = '';
  for (const ch of type.toUpperCase()) {
    t += (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ? ch : '_';
    if (t.length >= PLACEHOLDER_TYPE_MAX) break;
  }
  if (t.length === 0 || !(t[0] >= 'A' && t[0] <= 'Z')) t = ('X' + t).slice(0, PLACEHOLDER_TYPE_MAX);
  return t;
}

/** The placeholder text for the n-th value of a type in a scope. */
export function formatPlaceholder(type: string, n: number): string {
  if (!Number.isInteger(n) || n < 1 || n >= 10 ** PLACEHOLDER_COUNTER_DIGITS) {
    throw new GuardError('internal', 'placeholder counter out of range');
  }
  return `<${placeholderType(type)}_${n}>`;
}

/** Map key for RedactContext.placeholders. */
export function placeholderKey(type: string, value: string): string {
  return `${placeholderType(type)}\u0000${value}`;
}

const STYLE_RANK: Readonly<Record<RedactionStyle['kind'], number>> = { remove: 4, mask: 3, hash: 2, placeholder: 1, partial: 0 };

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

const REMOVE: RedactionStyle = { kind: 'remove' };

/**
 * Validate spans and merge overlapping ones. A span with a kept range (RedactionSpan.keep) is first
 * split into its two pieces, which then take part like any other span: a finding inside the kept text
 * is rewritten on its own, and one that reaches into a piece joins that piece's group. A kept range
 * that does not fit inside its span is ignored (the whole span is rewritten). Overlapping spans (sharing at least one code unit) form
 * one group whose range is their UNION, so no byte of any finding survives; the group takes the type
 * and style of its winner (longest span, then highest score, then strictest style). A 'partial'
 * winner whose group is wider than itself is rendered as 'mask', since its kept tail could belong
 * to another entity. Offsets inside a surrogate pair are widened to the whole code point.
 * Returns non-overlapping spans sorted by start.
 */
export function resolveOverlaps(text: string, spans: readonly RedactionSpan[]): RedactionSpan[] {
  const norm: RedactionSpan[] = [];
  for (const whole of spans) {
    if (!Number.isInteger(whole.start) || !Number.isInteger(whole.end) || whole.start < 0 || whole.end > text.length || whole.start > whole.end) {
      throw new GuardError('internal', `redaction span out of range (${whole.start}, ${whole.end}) for text of length ${text.length}`);
    }
    const k = whole.keep;
    if (k === undefined || !Number.isInteger(k.from) || !Number.isInteger(k.to) || k.from < 0 || k.to <= k.from || k.to > whole.end - whole.start) {
      add(whole);
      continue;
    }
    add({ start: whole.start, end: whole.start + k.from, type: whole.type, style: REMOVE, score: whole.score });
    add({ start: whole.start + k.to, end: whole.end, type: whole.type, style: whole.style, score: whole.score });
  }
  function add(s: RedactionSpan): void {
    if (s.start === s.end) return;
    let start = s.start;
    let end = s.end;
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
    if (end < text.length && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
    norm.push(start === s.start && end === s.end ? s : { ...s, start, end });
  }
  norm.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RedactionSpan[] = [];
  let group: RedactionSpan[] = [];
  let gEnd = -1;
  const flush = (): void => {
    if (group.length === 0) return;
    let win = group[0];
    for (const s of group) {
      const dl = (s.end - s.start) - (win.end - win.start);
      const ds = (s.score ?? 0) - (win.score ?? 0);
      if (dl > 0 || (dl === 0 && (ds > 0 || (ds === 0 && STYLE_RANK[s.style.kind] > STYLE_RANK[win.style.kind])))) win = s;
    }
    const start = group[0].start;
    const end = gEnd;
    let style = win.style;
    if (style.kind === 'partial' && (start !== win.start || end !== win.end)) style = { kind: 'mask' };
    out.push({ start, end, type: win.type, style, score: win.score });
    group = [];
  };
  for (const s of norm) {
    if (group.length > 0 && s.start < gEnd) {
      group.push(s);
      gEnd = Math.max(gEnd, s.end);
    } else {
      flush();
      group = [s];
      gEnd = s.end;
    }
  }
  flush();
  return out;
}

/** Replacement text for one value. */
export function renderReplacement(value: string, type: string, style: RedactionStyle, ctx: RedactContext = {}): string {
  switch (style.kind) {
    case 'mask':
      return `[${type}]`;
    case 'remove':
      return '';
    case 'partial': {
      const keep = Math.max(0, Math.floor(style.keep));
      const cps = [...value];
      // Too short to keep anything without revealing most of it.
      if (keep === 0 || cps.length <= keep * 2) return `[${type}]`;
      return '****' + cps.slice(cps.length - keep).join('');
    }
    case 'hash': {
      if (ctx.hmacKey === undefined || ctx.hmacKey.length === 0) throw new GuardError('policy_error', 'hash redaction needs a key');
      const h = createHmac('sha256', ctx.hmacKey).update(type).update('\u0000').update(value).digest('hex');
      return `[${type}:${h.slice(0, 8)}]`;
    }
    case 'placeholder': {
      const p = ctx.placeholders?.get(placeholderKey(type, value));
      return p ?? `[${type}]`;
    }
  }
}

/** Rewrite `text`, applying each span's style. Pure and synchronous (placeholders must be prepared first). */
export function redactText(text: string, spans: readonly RedactionSpan[], ctx: RedactContext = {}): string {
  if (spans.length === 0) return text;
  const resolved = resolveOverlaps(text, spans);
  let out = '';
  let pos = 0;
  for (const s of resolved) {
    out += text.slice(pos, s.start);
    out += renderReplacement(text.slice(s.start, s.end), s.type, s.style, ctx);
    pos = s.end;
  }
  return out + text.slice(pos);
}

/**
 * Allocate vault placeholders for every placeholder-style span (after overlap resolution), for use
 * as RedactContext.placeholders. A vault failure leaves the value out of the map, so the writer
 * masks it instead: the original never goes upstream.
 */
export async function preparePlaceholders(
  text: string, spans: readonly RedactionSpan[], vault: PlaceholderVault, scope: string,
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const s of resolveOverlaps(text, spans)) {
    if (s.style.kind !== 'placeholder') continue;
    const value = text.slice(s.start, s.end);
    const key = placeholderKey(s.type, value);
    if (map.has(key)) continue;
    try {
      map.set(key, await vault.put(scope, placeholderType(s.type), value));
    } catch {
      // fall back to mask for this value
    }
  }
  return map;
}

/** redactText with placeholders allocated in `vault` under `scope` (e.g. a conversation id). */
export async function redactTextWithVault(
  text: string, spans: readonly RedactionSpan[], ctx: RedactContext & { readonly vault: PlaceholderVault; readonly scope: string },
): Promise<string> {
  const placeholders = await preparePlaceholders(text, spans, ctx.vault, ctx.scope);
  return redactText(text, spans, { ...ctx, placeholders });
}

/**
 * Replace placeholders the vault knows (in this scope) with their original values, e.g. in a model
 * response to a redacted request. Unknown placeholders are left as they are. At most `maxLookups`
 * distinct placeholders are resolved per call.
 */
export async function restorePlaceholders(text: string, scope: string, vault: PlaceholderVault, maxLookups = 1000): Promise<string> {
  if (!text.includes('<')) return text;
  const matches = matchAll(PLACEHOLDER_RE, text);
  if (matches.length === 0) return text;
  const values = new Map<string, string | undefined>();
  for (const m of matches) {
    const ph = text.slice(m.start, m.end);
    if (values.has(ph)) continue;
    if (values.size >= maxLookups) break;
    values.set(ph, await vault.get(scope, ph));
  }
  let out = '';
  let pos = 0;
  for (const m of matches) {
    const v = values.get(text.slice(m.start, m.end));
    if (v === undefined) continue;
    out += text.slice(pos, m.start) + v;
    pos = m.end;
  }
  return out + text.slice(pos);
}
