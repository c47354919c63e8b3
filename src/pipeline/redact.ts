// Per-exchange redaction on top of the redaction writer (src/redaction): overlap resolution and
// rendering live there; this adds the exchange's placeholders. Placeholders are allocated in the
// placeholder vault (memory, or Redis shared by replicas) under the caller's scope, so the same value
// gets the same pseudonym across turns of one caller; the ones this exchange created are also kept
// locally so a streamed response (whose redactor must be synchronous) can restore them.
// Lifetime: one exchange.
import type { KeepRange, RedactionStyle, Segment } from '../core/types.ts';
import type { ChannelEdit, TextEdit } from '../formats/types.ts';
import {
  preparePlaceholders, renderReplacement, resolveOverlaps, type PlaceholderVault, type RedactionSpan,
} from '../redaction/index.ts';

export interface SpanToRedact {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly style: RedactionStyle;
  readonly score?: number;
  readonly keep?: KeepRange;
}

export interface RenderedEdit extends ChannelEdit {
  readonly type: string;
}

/** What scan.ts needs from a redactor. */
export interface Redactor {
  spans(text: string, spans: readonly SpanToRedact[]): Promise<RenderedEdit[]>;
}

export class ExchangeRedactor implements Redactor {
  private readonly key: Buffer;
  private readonly vault: PlaceholderVault;
  private readonly scope: string;
  /** placeholderKey(type, value) -> placeholder, and placeholder -> value, for this exchange. */
  private readonly forward = new Map<string, string>();
  private readonly reverse = new Map<string, string>();
  private longest = 0;

  constructor(hmacKey: Buffer, vault: PlaceholderVault, scope: string) {
    this.key = hmacKey;
    this.vault = vault;
    this.scope = scope;
  }

  /** Edits for `spans` of `text` (overlaps merged so no byte of any finding survives). */
  async spans(text: string, spans: readonly SpanToRedact[]): Promise<RenderedEdit[]> {
    if (spans.some((s) => s.style.kind === 'placeholder')) {
      const fresh = await preparePlaceholders(text, spans as readonly RedactionSpan[], this.vault, this.scope);
      for (const [k, p] of fresh) this.remember(k, p);
    }
    return this.spansSync(text, spans);
  }

  /** Synchronous variant for the stream engine: placeholders only from this exchange (else masked). */
  spansSync(text: string, spans: readonly SpanToRedact[]): RenderedEdit[] {
    if (spans.length === 0) return [];
    const out: RenderedEdit[] = [];
    for (const s of resolveOverlaps(text, spans as readonly RedactionSpan[])) {
      const value = text.slice(s.start, s.end);
      out.push({ start: s.start, end: s.end, type: s.type, replacement: renderReplacement(value, s.type, s.style, { hmacKey: this.key, placeholders: this.forward }) });
    }
    return out;
  }

  private remember(key: string, placeholder: string): void {
    this.forward.set(key, placeholder);
    const value = key.slice(key.indexOf('\u0000') + 1);
    this.reverse.set(placeholder, value);
    this.longest = Math.max(this.longest, placeholder.length);
  }

  /** Hold-back a stream needs so a placeholder split across chunks is restored whole. */
  placeholderHoldBack(): number {
    return this.longest;
  }

  /** `edits` plus edits restoring this exchange's placeholders in `text` (restores never overlap an edit). */
  restoreEdits(text: string, edits: readonly ChannelEdit[]): ChannelEdit[] {
    if (this.reverse.size === 0 || !text.includes('<')) return [...edits];
    const out = [...edits];
    for (const [p, value] of this.reverse) {
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length)) {
        const end = i + p.length;
        if (!edits.some((e) => e.start < end && i < e.end)) out.push({ start: i, end, replacement: value });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Restoration edits for a parsed response's segments, never overlapping `existing` edits. */
  restoreSegmentEdits(segments: readonly Segment[], existing: readonly TextEdit[]): TextEdit[] {
    if (this.reverse.size === 0) return [];
    const out: TextEdit[] = [];
    for (const seg of segments) {
      const mine = existing.filter((e) => e.pointer === seg.pointer);
      for (const e of this.restoreEdits(seg.text, mine)) {
        if (!mine.includes(e as TextEdit)) out.push({ pointer: seg.pointer, start: e.start, end: e.end, replacement: e.replacement });
      }
    }
    return out;
  }
}
