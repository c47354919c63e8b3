// Shared helpers for the per-format parsers: collect segments with provenance, then sweep every string
// leaf the format parser did not claim into a generic 'json_string' segment, so that a field we do not
// model (metadata, user, a new API field) is still scanned instead of passing unseen.
import type { ApiFormat, ParsedBody, Role, Segment, SegmentKind, ToolCall, ToolDeclaration } from '../core/types.ts';
import type { JsonDocument } from './json.ts';
import { pointerToken } from './json.ts';

/** Keys whose string values are protocol structure, not content. */
const STRUCTURAL_KEYS = new Set([
  'role', 'type', 'object', 'model', 'id', 'tool_call_id', 'call_id', 'tool_use_id', 'item_id', 'finish_reason',
  'stop_reason', 'jsonrpc', 'method', 'status', 'encoding_format', 'media_type', 'mimeType', 'service_tier',
  'system_fingerprint', 'reasoning_effort', 'detail', 'format', 'protocolVersion',
]);

/** Keys whose values are opaque blobs (signatures, encrypted state, base64 payloads). */
const OPAQUE_KEYS = new Set(['signature', 'encrypted_content', 'b64_json', 'embedding']);

export function ptr(base: string, ...tokens: (string | number)[]): string {
  let p = base;
  for (const t of tokens) p += '/' + pointerToken(t);
  return p;
}

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lastToken(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return pointer.slice(i + 1).split('~1').join('/').split('~0').join('~');
}

function isOpaque(pointer: string, value: string): boolean {
  if (OPAQUE_KEYS.has(lastToken(pointer))) return true;
  return value.startsWith('data:') && value.slice(0, 200).includes(';base64,');
}

/** Collects one ParsedBody. Lifetime: one parse call. */
export class BodyBuilder {
  readonly segments: Segment[] = [];
  readonly toolDeclarations: ToolDeclaration[] = [];
  readonly toolCalls: ToolCall[] = [];
  readonly mcpMethods: string[] = [];
  messageCount = 0;
  private readonly claimed = new Set<string>();
  private readonly skipped: string[] = [];

  /** Adds a segment when `value` is a string. */
  seg(value: unknown, pointer: string, role: Role, kind: SegmentKind, untrusted = false): void {
    this.claimed.add(pointer);
    if (typeof value === 'string' && !isOpaque(pointer, value)) this.segments.push({ text: value, role, kind, pointer, untrusted });
  }

  /**
   * Adds every string leaf under `value` (keys are not scanned: they cannot be rewritten in place).
   * `content` skips protocol fields (type, id, ...) for content blocks; tool arguments keep them all.
   */
  leaves(value: unknown, pointer: string, role: Role, kind: SegmentKind, untrusted = false, content = false): void {
    if (typeof value === 'string') this.seg(value, pointer, role, kind, untrusted);
    else if (Array.isArray(value)) value.forEach((v, i) => this.leaves(v, ptr(pointer, i), role, kind, untrusted, content));
    else if (isObj(value)) {
      for (const k of Object.keys(value)) {
        if (content && typeof value[k] === 'string' && STRUCTURAL_KEYS.has(k)) continue;
        this.leaves(value[k], ptr(pointer, k), role, kind, untrusted, content);
      }
    }
  }

  /** Marks a subtree as opaque (e.g. base64 image data): neither claimed nor swept. */
  skip(pointer: string): void {
    this.skipped.push(pointer);
  }

  /** Tool declarations: name plus description strings (tool poisoning hides in parameter descriptions too). */
  declare(name: unknown, pointer: string, describe: readonly [unknown, string][], untrusted: boolean): void {
    this.toolDeclarations.push({ name: typeof name === 'string' ? name : '', pointer });
    for (const [v, p] of describe) this.descriptions(v, p, untrusted);
  }

  private descriptions(v: unknown, p: string, untrusted: boolean): void {
    if (typeof v === 'string') {
      this.seg(v, p, 'none', 'tool_definition', untrusted);
      return;
    }
    // Inside schemas only description / title texts are prose; other strings are swept as json_string.
    const walk = (x: unknown, at: string): void => {
      if (Array.isArray(x)) x.forEach((y, i) => walk(y, ptr(at, i)));
      else if (isObj(x)) {
        for (const k of Object.keys(x)) {
          const y = x[k];
          if ((k === 'description' || k === 'title') && typeof y === 'string') this.seg(y, ptr(at, k), 'none', 'tool_definition', untrusted);
          else if (typeof y === 'object' && y !== null) walk(y, ptr(at, k));
        }
      }
    };
    walk(v, p);
  }

  /**
   * Builds the ParsedBody. String leaves not claimed by the format parser become 'json_string'
   * segments (role 'none') unless they are protocol structure or opaque blobs.
   */
  finish(format: ApiFormat, doc: JsonDocument | undefined, opts: { model?: unknown; stream?: unknown; restUntrusted?: boolean }): ParsedBody {
    if (doc) {
      for (const s of doc.strings) {
        if (this.claimed.has(s.pointer)) continue;
        if (this.skipped.some((p) => s.pointer === p || s.pointer.startsWith(p + '/'))) continue;
        if (STRUCTURAL_KEYS.has(lastToken(s.pointer)) || isOpaque(s.pointer, s.value)) continue;
        this.segments.push({ text: s.value, role: 'none', kind: 'json_string', pointer: s.pointer, untrusted: opts.restUntrusted ?? false });
      }
    }
    return {
      format,
      ...(typeof opts.model === 'string' ? { model: opts.model } : {}),
      stream: opts.stream === true,
      segments: this.segments,
      toolDeclarations: this.toolDeclarations,
      toolCalls: this.toolCalls,
      messageCount: this.messageCount,
      ...(format === 'mcp' ? { mcpMethods: this.mcpMethods } : {}),
    };
  }
}

/** Parses tool-call argument JSON text; undefined when it is not complete, valid JSON. */
export function parseArguments(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
