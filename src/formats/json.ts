// Strict JSON (RFC 8259) with byte positions. The pipeline must rewrite only the string values it
// redacts and leave every other byte alone (numbers keep their precision, key order and whitespace
// survive, signatures over untouched parts stay valid), so the parser records where each value sits in
// the original Buffer. Positions are byte offsets; string values are also addressed by JSON pointer.
//
// Deliberate choices:
// - Invalid UTF-8 anywhere in the body is rejected ('invalid_utf8'): the upstream would decode it
//   differently from us, which is a parser differential an attacker can use.
// - Duplicate object keys are rejected ('malformed_body'): parsers disagree on which one wins.
// - Escaped lone surrogates (\ud800 without a partner) are accepted, as RFC 8259 §8.2 allows, and kept
//   as lone UTF-16 code units in the decoded text; they are re-escaped as \uXXXX when written back.
// - A leading byte order mark is rejected (RFC 8259 §8.1: senders must not add one).
import { isUtf8 } from 'node:buffer';
import { GuardError } from '../core/errors.ts';
import type { TextEdit } from './types.ts';

/** Limits applied while parsing one body. */
export interface JsonLimits {
  /** Maximum nesting of arrays and objects (default 128). */
  readonly maxDepth?: number;
  /** Maximum body size in bytes (default 32 MiB). */
  readonly maxBytes?: number;
}

export type JsonNodeKind = 'object' | 'array' | 'string' | 'number' | 'literal';

/** Where one value sits in the body. `end` is exclusive; a string's range includes its quotes. */
export interface JsonNode {
  readonly kind: JsonNodeKind;
  readonly start: number;
  readonly end: number;
}

/** A string value with its pointer and byte range (quotes included). */
export interface JsonString {
  readonly pointer: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** The result of one parse. Lifetime: the body it came from; positions refer to that Buffer only. */
export interface JsonDocument {
  readonly value: unknown;
  /** Every string value (not object keys), in document order. */
  readonly strings: readonly JsonString[];
  /** Every value by JSON pointer ('' is the root). */
  readonly nodes: ReadonlyMap<string, JsonNode>;
}

const DEFAULT_MAX_DEPTH = 128;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** RFC 6901 escaping of one reference token. */
export function pointerToken(key: string | number): string {
  const s = String(key);
  if (!s.includes('~') && !s.includes('/')) return s;
  return s.split('~').join('~0').split('/').join('~1');
}

/** Splits a JSON pointer into unescaped reference tokens. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new GuardError('internal', `invalid JSON pointer ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.split('~1').join('/').split('~0').join('~'));
}

/** Byte offset of the first invalid UTF-8 sequence (for error messages), or -1. */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let n = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { n = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { n = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** Throws GuardError 'invalid_utf8' (with the byte offset) unless `buf` is valid UTF-8. */
export function assertUtf8(buf: Buffer, what = 'body'): void {
  if (isUtf8(buf)) return;
  throw new GuardError('invalid_utf8', `${what} is not valid UTF-8 (byte offset ${firstInvalidUtf8(buf)})`);
}

class Parser {
  private readonly buf: Buffer;
  /** The same bytes, for reading four at a time (string()). */
  private readonly view: DataView;
  private pos = 0;
  private readonly maxDepth: number;
  readonly strings: JsonString[] = [];
  readonly nodes = new Map<string, JsonNode>();

  constructor(buf: Buffer, maxDepth: number) {
    this.buf = buf;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    this.maxDepth = maxDepth;
  }

  fail(message: string, at = this.pos): never {
    throw new GuardError('malformed_body', `malformed JSON at byte offset ${at}: ${message}`);
  }

  ws(): void {
    const b = this.buf;
    let p = this.pos;
    while (p < b.length) {
      const c = b[p];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    this.pos = p;
  }

  document(): unknown {
    if (this.buf.length >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) {
      this.fail('byte order mark is not allowed', 0);
    }
    this.ws();
    if (this.pos >= this.buf.length) this.fail('empty body');
    const v = this.value('', 0);
    this.ws();
    if (this.pos < this.buf.length) this.fail('unexpected data after the JSON value');
    return v;
  }

  value(pointer: string, depth: number): unknown {
    const b = this.buf;
    const start = this.pos;
    const c = b[start];
    if (c === 0x22) {
      const s = this.string();
      this.strings.push({ pointer, value: s, start, end: this.pos });
      this.nodes.set(pointer, { kind: 'string', start, end: this.pos });
      return s;
    }
    if (c === 0x7b || c === 0x5b) {
      if (depth >= this.maxDepth) this.fail(`nesting deeper than ${this.maxDepth}`);
      const v = c === 0x7b ? this.object(pointer, depth + 1) : this.array(pointer, depth + 1);
      this.nodes.set(pointer, { kind: c === 0x7b ? 'object' : 'array', start, end: this.pos });
      return v;
    }
    if (c === 0x74) return this.literal(pointer, 'true', true);
    if (c === 0x66) return this.literal(pointer, 'false', false);
    if (c === 0x6e) return this.literal(pointer, 'null', null);
    if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) return this.number(pointer);
    if (c === undefined) this.fail('unexpected end of input');
    this.fail(`unexpected character ${JSON.stringify(String.fromCharCode(c))}`);
  }

  literal(pointer: string, word: string, v: unknown): unknown {
    const start = this.pos;
    for (let i = 0; i < word.length; i++) {
      if (this.buf[start + i] !== word.charCodeAt(i)) this.fail(`invalid literal (expected ${word})`, start);
    }
    this.pos = start + word.length;
    this.nodes.set(pointer, { kind: 'literal', start, end: this.pos });
    return v;
  }

  number(pointer: string): number {
    const b = this.buf;
    const start = this.pos;
    let p = start;
    if (b[p] === 0x2d) p++;
    const digit = (x: number | undefined): boolean => x !== undefined && x >= 0x30 && x <= 0x39;
    if (b[p] === 0x30) p++;
    else if (digit(b[p])) while (digit(b[p])) p++;
    else this.fail('invalid number', p);
    if (b[p] === 0x2e) {
      p++;
      if (!digit(b[p])) this.fail('invalid number: digit expected after the decimal point', p);
      while (digit(b[p])) p++;
    }
    if (b[p] === 0x65 || b[p] === 0x45) {
      p++;
      if (b[p] === 0x2b || b[p] === 0x2d) p++;
      if (!digit(b[p])) this.fail('invalid number: digit expected in the exponent', p);
      while (digit(b[p])) p++;
    }
    this.pos = p;
    this.nodes.set(pointer, { kind: 'number', start, end: p });
    // A plain integer of up to 15 digits (no sign, point or exponent: the loop stops at any non-digit)
    // is exact as a double: computed here (a native toString and Number per number cost more than the
    // rest of its parse); anything else as JavaScript reads it.
    if (p - start <= 15) {
      let v = 0;
      let q = start;
      for (; q < p; q++) {
        const d = b[q] - 0x30;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      if (q === p) return v;
    }
    return Number(b.toString('latin1', start, p));
  }

  /** Parses a string token at pos (which is a quote) and returns the decoded value. */
  string(): string {
    const b = this.buf;
    const dv = this.view;
    const last = b.length - 4; // the last offset a four-byte read may start at
    const open = this.pos;
    let p = open + 1;
    let chunkStart = p;
    let out = '';
    for (;;) {
      // Skip four bytes at a time while none of them ends the plain run: a quote, a backslash or a
      // control character (bytewise "has a zero byte" and "has a byte < 0x20" tests, which are exact
      // as yes/no answers; the byte loop below then finds which byte it is). Most of a chat body is
      // string content, and this loop reads it at a quarter of the steps.
      while (p <= last) {
        const x = dv.getUint32(p, true) | 0;
        const q = x ^ 0x22222222;
        const e = x ^ 0x5c5c5c5c;
        if ((((q - 0x01010101) & ~q) | ((e - 0x01010101) & ~e) | ((x - 0x20202020) & ~x)) & 0x80808080) break;
        p += 4;
      }
      const c = b[p];
      if (c === undefined) this.fail('unterminated string', open);
      if (c === 0x22) {
        out += b.toString('utf8', chunkStart, p);
        this.pos = p + 1;
        return out;
      }
      if (c < 0x20) this.fail('control character in string', p);
      if (c !== 0x5c) { p++; continue; }
      out += b.toString('utf8', chunkStart, p);
      const e = b[p + 1];
      switch (e) {
        case 0x22: out += '"'; break;
        case 0x5c: out += '\\'; break;
        case 0x2f: out += '/'; break;
        case 0x62: out += '\b'; break;
        case 0x66: out += '\f'; break;
        case 0x6e: out += '\n'; break;
        case 0x72: out += '\r'; break;
        case 0x74: out += '\t'; break;
        case 0x75: {
          let code = 0;
          for (let k = 2; k < 6; k++) {
            const h = b[p + k];
            let v: number;
            if (h === undefined) this.fail('unterminated \\u escape', p);
            if (h >= 0x30 && h <= 0x39) v = h - 0x30;
            else if (h >= 0x61 && h <= 0x66) v = h - 0x57;
            else if (h >= 0x41 && h <= 0x46) v = h - 0x37;
            else this.fail('invalid \\u escape', p);
            code = code * 16 + v;
          }
          out += String.fromCharCode(code);
          p += 4;
          break;
        }
        default:
          this.fail('invalid escape sequence', p);
      }
      p += 2;
      chunkStart = p;
    }
  }

  object(pointer: string, depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.pos++;
    this.ws();
    if (this.buf[this.pos] === 0x7d) { this.pos++; return obj; }
    for (;;) {
      this.ws();
      if (this.buf[this.pos] !== 0x22) this.fail('object key (string) expected');
      const keyAt = this.pos;
      const key = this.string();
      if (seen.has(key)) this.fail(`duplicate object key ${JSON.stringify(key.slice(0, 64))}`, keyAt);
      seen.add(key);
      this.ws();
      if (this.buf[this.pos] !== 0x3a) this.fail("':' expected after object key");
      this.pos++;
      this.ws();
      const v = this.value(pointer + '/' + pointerToken(key), depth);
      // `__proto__` must become an own data property, never the prototype.
      if (key === '__proto__') Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
      else obj[key] = v;
      this.ws();
      const c = this.buf[this.pos];
      if (c === 0x2c) { this.pos++; continue; }
      if (c === 0x7d) { this.pos++; return obj; }
      this.fail("',' or '}' expected in object");
    }
  }

  array(pointer: string, depth: number): unknown[] {
    const arr: unknown[] = [];
    this.pos++;
    this.ws();
    if (this.buf[this.pos] === 0x5d) { this.pos++; return arr; }
    for (;;) {
      this.ws();
      arr.push(this.value(pointer + '/' + arr.length, depth));
      this.ws();
      const c = this.buf[this.pos];
      if (c === 0x2c) { this.pos++; continue; }
      if (c === 0x5d) { this.pos++; return arr; }
      this.fail("',' or ']' expected in array");
    }
  }
}

/**
 * Parses a JSON body strictly and records the position of every value.
 * Errors: 'invalid_utf8', 'body_too_large' (over maxBytes), 'malformed_body' (syntax, depth,
 * duplicate keys; the message carries the byte offset).
 */
export function parseJson(body: Buffer, limits: JsonLimits = {}): JsonDocument {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (body.length > maxBytes) throw new GuardError('body_too_large', `JSON body of ${body.length} bytes exceeds the limit of ${maxBytes}`);
  assertUtf8(body);
  const p = new Parser(body, limits.maxDepth ?? DEFAULT_MAX_DEPTH);
  const value = p.document();
  return { value, strings: p.strings, nodes: p.nodes };
}

/**
 * Serialises a string as a JSON string token with minimal escaping: only '"', '\\', control characters
 * and lone surrogates are escaped; everything else is written as UTF-8. That is exactly what the
 * well-formed JSON.stringify of ES2019 does (a property test pins the equivalence), and the native
 * serialiser is several times faster than a loop over code units.
 */
export function quoteJson(s: string): string {
  return JSON.stringify(s);
}

/** Applies UTF-16 edits to a text. Edits must not overlap (GuardError 'internal' otherwise). */
export function applyTextEdits(text: string, edits: readonly { start: number; end: number; replacement: string }[]): string {
  if (edits.length === 0) return text;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new GuardError('internal', `overlapping or out-of-range edit [${e.start},${e.end}) on a text of ${text.length} code units`);
    }
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly bytes: Buffer;
}

function splice(body: Buffer, splices: Splice[]): Buffer {
  if (splices.length === 0) return body;
  splices.sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [];
  let pos = 0;
  for (const s of splices) {
    if (s.start < pos) continue; // contained in an earlier splice (e.g. nested removal)
    parts.push(body.subarray(pos, s.start), s.bytes);
    pos = s.end;
  }
  parts.push(body.subarray(pos));
  return Buffer.concat(parts);
}

/**
 * Rewrites the string values named by the edits' pointers and keeps every other byte. Edits on the
 * same pointer are applied together (offsets refer to the decoded value). A pointer that does not name
 * a string value, or overlapping edits, is a GuardError 'internal' (a caller bug, never input).
 */
export function applyEdits(body: Buffer, edits: readonly TextEdit[], doc?: JsonDocument): Buffer {
  if (edits.length === 0) return body;
  const parsed = doc ?? parseJson(body);
  const byPointer = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = byPointer.get(e.pointer);
    if (list) list.push(e);
    else byPointer.set(e.pointer, [e]);
  }
  const stringAt = new Map<string, JsonString>();
  for (const s of parsed.strings) stringAt.set(s.pointer, s);
  const splices: Splice[] = [];
  for (const [pointer, list] of byPointer) {
    const s = stringAt.get(pointer);
    if (!s) throw new GuardError('internal', `edit pointer ${JSON.stringify(pointer)} does not name a string value`);
    const text = applyTextEdits(s.value, list);
    splices.push({ start: s.start, end: s.end, bytes: Buffer.from(quoteJson(text), 'utf8') });
  }
  return splice(body, splices);
}

/**
 * Removes array elements (e.g. tool declarations being stripped) and fixes the commas, keeping all
 * other bytes. Every pointer must name an element of an array (GuardError 'internal' otherwise).
 */
export function removeArrayElements(body: Buffer, pointers: readonly string[], doc?: JsonDocument): Buffer {
  if (pointers.length === 0) return body;
  const parsed = doc ?? parseJson(body);
  const perArray = new Map<string, Set<number>>();
  for (const ptr of pointers) {
    const cut = ptr.lastIndexOf('/');
    const parent = cut < 0 ? '' : ptr.slice(0, cut);
    const idxText = ptr.slice(cut + 1);
    const node = parsed.nodes.get(parent);
    const idx = Number(idxText);
    if (cut < 0 || !node || node.kind !== 'array' || String(idx) !== idxText || !parsed.nodes.has(ptr)) {
      throw new GuardError('internal', `pointer ${JSON.stringify(ptr)} does not name an array element`);
    }
    let set = perArray.get(parent);
    if (!set) perArray.set(parent, (set = new Set()));
    set.add(idx);
  }
  const splices: Splice[] = [];
  for (const [parent, removed] of perArray) {
    const elems: JsonNode[] = [];
    for (let i = 0; ; i++) {
      const n = parsed.nodes.get(parent + '/' + i);
      if (!n) break;
      elems.push(n);
    }
    const kept = elems.map((_, i) => i).filter((i) => !removed.has(i));
    // Deleted bytes = the element region minus the kept elements and the separator after each kept
    // element that is followed by another kept element.
    const keepRanges: [number, number][] = [];
    kept.forEach((k, j) => {
      const end = j < kept.length - 1 ? elems[k + 1].start : elems[k].end;
      keepRanges.push([elems[k].start, j < kept.length - 1 ? end : elems[k].end]);
    });
    let pos = elems[0].start;
    const regionEnd = elems[elems.length - 1].end;
    for (const [s, e] of keepRanges) {
      if (s > pos) splices.push({ start: pos, end: s, bytes: Buffer.alloc(0) });
      pos = e;
    }
    if (regionEnd > pos) splices.push({ start: pos, end: regionEnd, bytes: Buffer.alloc(0) });
  }
  return splice(body, splices);
}
