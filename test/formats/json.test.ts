import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GuardError } from '../../src/core/errors.ts';
import { applyEdits, parseJson, parsePointer, quoteJson, removeArrayElements } from '../../src/formats/json.ts';
import type { TextEdit } from '../../src/formats/types.ts';

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof GuardError, `expected GuardError, got ${String(err)}`);
    return `${err.code}: ${err.message}`;
  }
  return 'no error';
}

test('parses values with byte ranges and pointers', () => {
  const body = Buffer.from('{"a":"x\\u00e9y","b/c":[1,"é😀",true,null],"~k":{"s":"t"}}');
  const doc = parseJson(body);
  assert.deepEqual(doc.value, { a: 'xéy', 'b/c': [1, 'é😀', true, null], '~k': { s: 't' } });
  const byPtr = new Map(doc.strings.map((s) => [s.pointer, s]));
  assert.deepEqual([...byPtr.keys()], ['/a', '/b~1c/1', '/~0k/s']);
  for (const s of doc.strings) assert.equal(JSON.parse(body.subarray(s.start, s.end).toString()), s.value);
  assert.deepEqual(parsePointer('/b~1c/1'), ['b/c', '1']);
  assert.equal(doc.nodes.get('/b~1c')?.kind, 'array');
  assert.equal(doc.nodes.get('')?.kind, 'object');
});

test('rejects malformed JSON with the byte offset', () => {
  assert.match(code(() => parseJson(Buffer.from('{"a":1} x'))), /^malformed_body: .*offset 8.*after the JSON value/);
  assert.match(code(() => parseJson(Buffer.from('{"a":01}'))), /^malformed_body: .*offset 6/);
  assert.match(code(() => parseJson(Buffer.from('{"a":"\u0001"}'))), /^malformed_body: .*control character/);
  assert.match(code(() => parseJson(Buffer.from('[1,]'))), /^malformed_body/);
  assert.match(code(() => parseJson(Buffer.from('{"a":1,"a":2}'))), /^malformed_body: .*duplicate object key "a"/);
  assert.match(code(() => parseJson(Buffer.from('\ufeff{}'))), /^malformed_body: .*byte order mark/);
  assert.match(code(() => parseJson(Buffer.from(''))), /^malformed_body: .*empty body/);
  assert.match(code(() => parseJson(Buffer.from('"\\x"'))), /^malformed_body: .*invalid escape/);
  assert.match(code(() => parseJson(Buffer.from('[1e]'))), /^malformed_body: .*exponent/);
});

test('enforces depth and size limits', () => {
  const deep = Buffer.from('['.repeat(200) + ']'.repeat(200));
  assert.match(code(() => parseJson(deep)), /^malformed_body: .*nesting deeper than 128/);
  assert.equal(code(() => parseJson(Buffer.from('[[1]]'), { maxDepth: 2 })), 'no error');
  assert.match(code(() => parseJson(Buffer.from('[[[1]]]'), { maxDepth: 2 })), /^malformed_body/);
  assert.match(code(() => parseJson(Buffer.from('"12345"'), { maxBytes: 4 })), /^body_too_large/);
});

test('rejects invalid UTF-8 with its offset; keeps escaped lone surrogates', () => {
  const bad = Buffer.concat([Buffer.from('{"a":"ok'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
  assert.match(code(() => parseJson(bad)), /^invalid_utf8: .*offset 8/);
  const overlong = Buffer.concat([Buffer.from('"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"')]);
  assert.match(code(() => parseJson(overlong)), /^invalid_utf8/);
  const doc = parseJson(Buffer.from('"a\\ud800b"'));
  assert.equal(doc.value, 'a\ud800b');
  assert.equal(quoteJson('a\ud800b'), '"a\\ud800b"');
  assert.equal(quoteJson('😀"\\\n\u0001'), '"😀\\"\\\\\\n\\u0001"');
});

test('quoteJson: round-trips any UTF-16 string through parseJson and escapes only what JSON requires', () => {
  const units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
  fc.assert(fc.property(fc.oneof(units, fc.string({ unit: 'binary', maxLength: 60 })), (s) => {
    const q = quoteJson(s);
    assert.equal(parseJson(Buffer.from(q, 'utf8')).value, s);
    // Minimal escaping: no escape sequence other than the mandatory ones and lone surrogates.
    // Escape pairs are consumed left to right, so an escaped backslash followed by "u" is not misread.
    for (const m of q.matchAll(/\\(?:u([0-9a-f]{4})|([^u]))/g)) {
      if (m[2] !== undefined) {
        assert.ok('"\\nrtbf'.includes(m[2]), `unexpected escape \\${m[2]}`);
        continue;
      }
      const c = parseInt(m[1]!, 16);
      assert.ok(c < 0x20 || (c >= 0xd800 && c <= 0xdfff), `unexpected escape \\u${m[1]}`);
    }
    assert.equal(q.isWellFormed(), true);
  }), { numRuns: 2000 });
});

test('__proto__ keys become own properties', () => {
  const doc = parseJson(Buffer.from('{"__proto__":{"polluted":true}}'));
  const v = doc.value as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(v), Object.prototype);
  assert.deepEqual(Object.keys(v), ['__proto__']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('applyEdits rewrites only the edited strings', () => {
  const body = Buffer.from('{ "n": 12345678901234567890, "t" : "mail a@b.co now",\n "u": "keep\\/me" }');
  const out = applyEdits(body, [{ pointer: '/t', start: 5, end: 11, replacement: '[EMAIL] "q"' }]);
  assert.equal(out.toString(), '{ "n": 12345678901234567890, "t" : "mail [EMAIL] \\"q\\" now",\n "u": "keep\\/me" }');
  assert.match(code(() => applyEdits(body, [{ pointer: '/n', start: 0, end: 1, replacement: '' }])), /^internal/);
  assert.match(
    code(() => applyEdits(body, [{ pointer: '/t', start: 0, end: 4, replacement: '' }, { pointer: '/t', start: 2, end: 6, replacement: '' }])),
    /^internal: overlapping/,
  );
});

test('removeArrayElements keeps other bytes and fixes commas', () => {
  const body = Buffer.from('{"tools": [ {"a":1},\n  {"b":2} ,{"c":[1, 2, 3]} ], "x": 1}');
  assert.equal(removeArrayElements(body, ['/tools/1']).toString(), '{"tools": [ {"a":1},\n  {"c":[1, 2, 3]} ], "x": 1}');
  assert.equal(removeArrayElements(body, ['/tools/2']).toString(), '{"tools": [ {"a":1},\n  {"b":2} ], "x": 1}');
  assert.equal(removeArrayElements(body, ['/tools/0']).toString(), '{"tools": [ {"b":2} ,{"c":[1, 2, 3]} ], "x": 1}');
  assert.equal(removeArrayElements(body, ['/tools/0', '/tools/1', '/tools/2']).toString(), '{"tools": [  ], "x": 1}');
  assert.equal(removeArrayElements(body, ['/tools/2/c/1', '/tools/0']).toString(), '{"tools": [ {"b":2} ,{"c":[1, 3]} ], "x": 1}');
  assert.match(code(() => removeArrayElements(body, ['/x'])), /^internal/);
  assert.match(code(() => removeArrayElements(body, ['/tools/9'])), /^internal/);
});

// Arbitrary JSON documents, serialised with random whitespace, so positions matter.
const jsonDoc = fc.jsonValue({ maxDepth: 4 }).chain((v) =>
  fc.constantFrom(0, 1, 2).map((indent) => ({ value: v, text: JSON.stringify(v, null, indent) })),
);

test('property: parse agrees with JSON.parse and string ranges are exact', () => {
  fc.assert(
    fc.property(jsonDoc, ({ value, text }) => {
      const body = Buffer.from(text);
      const doc = parseJson(body);
      assert.deepEqual(doc.value, JSON.parse(text));
      for (const s of doc.strings) assert.equal(JSON.parse(body.subarray(s.start, s.end).toString()), s.value);
      return value !== undefined;
    }),
    { numRuns: 300 },
  );
});

test('property: applyEdits changes exactly the edited values and no other byte', () => {
  fc.assert(
    fc.property(jsonDoc, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 6 }), ({ text }, picks) => {
      const body = Buffer.from(text);
      const doc = parseJson(body);
      if (doc.strings.length === 0) return true;
      const edits: TextEdit[] = [];
      const used = new Set<string>();
      for (const [si, a, b, rep] of picks) {
        const s = doc.strings[si % doc.strings.length];
        if (used.has(s.pointer)) continue;
        used.add(s.pointer);
        const len = s.value.length;
        const start = len === 0 ? 0 : a % (len + 1);
        const end = start + (len - start === 0 ? 0 : b % (len - start + 1));
        edits.push({ pointer: s.pointer, start, end, replacement: rep });
      }
      const out = applyEdits(body, edits);
      // The pipeline passes the document it parsed the body with (no second parse): the same bytes.
      assert.ok(applyEdits(body, edits, doc).equals(out));
      const after = parseJson(out);
      const expected = new Map(doc.strings.map((s) => [s.pointer, s.value]));
      for (const e of edits) {
        const v = expected.get(e.pointer)!;
        expected.set(e.pointer, v.slice(0, e.start) + e.replacement + v.slice(e.end));
      }
      assert.deepEqual(new Map(after.strings.map((s) => [s.pointer, s.value])), expected);
      // Bytes outside the edited string tokens are identical, in order.
      const editedRanges = doc.strings.filter((s) => used.has(s.pointer));
      let pos = 0;
      let outPos = 0;
      for (const r of editedRanges) {
        const keep = body.subarray(pos, r.start);
        assert.ok(out.subarray(outPos, outPos + keep.length).equals(keep));
        const newTok = after.strings.find((s) => s.pointer === r.pointer)!;
        outPos = newTok.end;
        pos = r.end;
      }
      assert.ok(out.subarray(outPos).equals(body.subarray(pos)));
      return true;
    }),
    { numRuns: 300 },
  );
});

test('property: removeArrayElements equals filtering the parsed arrays', () => {
  fc.assert(
    fc.property(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.constantFrom(0, 2), (arr, drop, indent) => {
      const body = Buffer.from(JSON.stringify({ list: arr, after: 'x' }, null, indent));
      const ptrs = arr.map((_, i) => `/list/${i}`).filter((_, i) => drop[i]);
      const out = removeArrayElements(body, ptrs);
      const expected = { list: arr.filter((_, i) => !drop[i]), after: 'x' };
      assert.deepEqual(parseJson(out).value, JSON.parse(JSON.stringify(expected)));
      return true;
    }),
    { numRuns: 300 },
  );
});

test('property: string runs are scanned four bytes at a time without missing a quote, backslash or control character at any alignment', () => {
  // parseJson skips plain runs of a string with four-byte reads (Parser.string). A string of mostly
  // plain characters with one special byte at any offset, in a body starting at any offset of its
  // ArrayBuffer, must parse exactly as JSON.parse does, and a raw control character must be reported at
  // its own byte offset.
  const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '€', '😀', '!', '~', '\u007f'), maxLength: 40 });
  const special = fc.constantFrom('\\"', '\\\\', '\\n', '\\u0041', '\u0001', '\u001f', '\t', '\n', '');
  fc.assert(
    fc.property(plain, special, plain, fc.nat(7), fc.nat(3), (before, sp, after, pad, lead) => {
      const text = `${' '.repeat(lead)}{"k":"${before}${sp}${after}","z":1}`;
      const bytes = Buffer.from(text);
      const holder = Buffer.alloc(pad + bytes.length);
      bytes.copy(holder, pad);
      const body = holder.subarray(pad);
      let want: unknown;
      try {
        want = JSON.parse(text);
      } catch {
        want = undefined;
      }
      if (want === undefined) {
        const at = lead + 6 + Buffer.byteLength(before);
        assert.match(code(() => parseJson(body)), new RegExp(`^malformed_body: malformed JSON at byte offset ${at}: control character`));
      } else {
        const doc = parseJson(body);
        assert.deepEqual(doc.value, want);
        const s = doc.strings[0];
        assert.equal(JSON.parse(body.subarray(s.start, s.end).toString()), s.value);
      }
    }),
    { numRuns: 400, seed: 7 },
  );
});

test('numbers: integers read directly equal JSON.parse, and every other number is read as JavaScript reads it', () => {
  // Plain integers of up to 15 digits are computed by the parser itself; the rest go through Number().
  const cases = ['0', '-0', '7', '-12', '42', '999999999999999', '123456789012345', '1234567890123456', '9007199254740993',
    '100000000000000000000', '1e5', '1E-2', '-1.5e+3', '1.50', '0.1', '-0.0', '10', '1763700000'];
  for (const c of cases) {
    const doc = parseJson(Buffer.from(`{"n":${c},"a":[${c}]}`));
    const want = JSON.parse(`{"n":${c},"a":[${c}]}`) as { n: number; a: number[] };
    const got = doc.value as { n: number; a: number[] };
    assert.ok(Object.is(got.n, want.n) && Object.is(got.a[0], want.a[0]), `${c}: ${got.n} !== ${want.n}`);
    assert.deepEqual(doc.nodes.get('/n'), { kind: 'number', start: 5, end: 5 + c.length });
  }
  fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true })), (x) => {
    const text = JSON.stringify([x]);
    assert.ok(Object.is((parseJson(Buffer.from(text)).value as number[])[0], JSON.parse(text)[0]), text);
  }), { numRuns: 500, seed: 11 });
});
