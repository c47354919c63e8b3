// Per-exchange redaction: renders the replacement for each planned span (styles from policy) and
// keeps the exchange's reversible placeholders so the response can restore them. Lifetime: one
// exchange. Overlapping spans are resolved here, in one place: the earliest start wins, and at equal
// starts the longest span.
import { createHmac } from 'node:crypto';
import type { RedactionStyle } from '../core/types.ts';
import type { ChannelEdit, TextEdit } from '../formats/types.ts';
import type { Segment } from '../core/types.ts';

export interface SpanToRedact {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly style: RedactionStyle;
}

export interface RenderedEdit extends ChannelEdit {
  readonly type: string;
}

/** What scan.ts needs from a redactor. */
export interface Redactor {
  spans(text: string, spans: readonly SpanToRedact[]): Promise<RenderedEdit[]>;
}

/** Resolve overlaps: sorted by start, longest first at equal start; later spans overlapping a kept one are dropped. */
export function resolveOverlaps<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = -1;
  for (const s of sorted) {
    if (s.end <= s.start) continue;
    if (s.start < end) continue;
    out.push(s);
    end = s.end;
  }
  return out;
}

export class ExchangeRedactor implements Redactor {
  private readonly key: Buffer;
  private readonly scope: string;
  /** placeholder -> original value, and (type, value) -> placeholder, for this exchange. */
  private readonly byPlaceholder = new Map<string, string>();
  private readonly byValue = new Map<string, string>();
  private readonly counters = new Map<string, number>();
  private longest = 0;

  constructor(hmacKey: Buffer, scope: string) {
    this.key = hmacKey;
    this.scope = scope;
  }

  async spans(text: string, spans: readonly SpanToRedact[]): Promise<RenderedEdit[]> {
    return this.spansSync(text, spans);
  }

  spansSync(text: string, spans: readonly SpanToRedact[]): RenderedEdit[] {
    const out: RenderedEdit[] = [];
    for (const s of resolveOverlaps(spans)) {
      out.push({ start: s.start, end: s.end, type: s.type, replacement: this.render(s.style, s.type, text.slice(s.start, s.end)) });
    }
    return out;
  }

  /** Replacement text for one value. Never derived from content except through the keyed hash. */
  render(style: RedactionStyle, type: string, value: string): string {
    switch (style.kind) {
      case 'mask':
        return `[${type}]`;
      case 'remove':
        return '';
      case 'partial': {
        const keep = Math.max(0, Math.min(style.keep, Math.floor(value.length / 2)));
        return '*'.repeat(Math.max(4, value.length - keep)) + (keep > 0 ? value.slice(value.length - keep) : '');
      }
      case 'hash':
        return `[${type}:${createHmac('sha256', this.key).update(type).update('\u0000').update(value).digest('hex').slice(0, 12)}]`;
      case 'placeholder':
        return this.placeholder(type, value);
    }
  }

  private placeholder(type: string, value: string): string {
    const key = `${type}\u0000${value}`;
    const known = this.byValue.get(key);
    if (known !== undefined) return known;
    const n = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, n);
    const p = `<${type}_${n}>`;
    this.byValue.set(key, p);
    this.byPlaceholder.set(p, value);
    this.longest = Math.max(this.longest, p.length);
    return p;
  }

  /** Hold-back a stream needs so a placeholder split across chunks is restored whole. */
  placeholderHoldBack(): number {
    return this.longest;
  }

  /** Edits restoring this exchange's placeholders in `text`, merged with (and never overlapping) `edits`. */
  restoreEdits(text: string, edits: readonly ChannelEdit[]): ChannelEdit[] {
    if (this.byPlaceholder.size === 0) return [...edits];
    const restores: ChannelEdit[] = [];
    for (const [p, value] of this.byPlaceholder) {
      let i = text.indexOf(p);
      while (i >= 0) {
        restores.push({ start: i, end: i + p.length, replacement: value });
        i = text.indexOf(p, i + p.length);
      }
    }
    if (restores.length === 0) return [...edits];
    return resolveOverlaps([...edits, ...restores]);
  }

  /** Restoration edits for a parsed response's segments, skipping spans already edited. */
  restoreSegmentEdits(segments: readonly Segment[], existing: readonly TextEdit[]): TextEdit[] {
    if (this.byPlaceholder.size === 0) return [];
    const out: TextEdit[] = [];
    for (const seg of segments) {
      const mine = existing.filter((e) => e.pointer === seg.pointer);
      const merged = this.restoreEdits(seg.text, mine);
      for (const e of merged) {
        if (!mine.some((m) => m.start === e.start && m.end === e.end)) out.push({ pointer: seg.pointer, ...e });
      }
    }
    return out;
  }

  /** The scope placeholders belong to (the decision id). */
  get scopeId(): string {
    return this.scope;
  }
}
