import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileGlobs } from '../../src/tools/glob.ts';

test('globs: * and ? semantics, optional separator, first match in order', () => {
  const g = compileGlobs('t', ['mcp__github__*', 'get_?', '*_admin']);
  assert.equal(g.firstMatch('mcp__github__create_issue'), 0);
  assert.equal(g.firstMatch('get_x'), 1);
  assert.equal(g.firstMatch('get_xy'), -1);
  assert.equal(g.firstMatch('get__admin'), 2);
  assert.equal(g.firstMatch('mcp__github__x_admin'), 0);
  assert.equal(g.firstMatch('a/b_admin'), 2, 'without a separator * crosses /');
  const ids = compileGlobs('ids', ['spiffe://*/ns/*/sa/*', 'user:**'], { separator: '/' });
  assert.equal(ids.firstMatch('spiffe://td/ns/a/sa/b'), 0);
  assert.equal(ids.firstMatch('spiffe://td/x/ns/a/sa/b'), -1);
  assert.equal(ids.firstMatch('user:a/b/c'), 1);
  assert.equal(compileGlobs('e', []).firstMatch('x'), -1);
  assert.equal(compileGlobs('ci', ['API.*'], { caseInsensitive: true }).matches('api.github.com'), true);
});

test('property: a glob without wildcards matches exactly its own text', () => {
  const literal = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !s.includes('*') && !s.includes('?'));
  fc.assert(
    fc.property(literal, literal, (a, b) => {
      const g = compileGlobs('p', [a]);
      assert.equal(g.matches(a), true);
      assert.equal(g.matches(b), a === b);
      // A trailing * matches every extension and nothing that lacks the prefix.
      const star = compileGlobs('p*', [`${a}*`]);
      assert.equal(star.matches(a + b), true);
      assert.equal(star.matches(b), b.startsWith(a));
    }),
    { numRuns: 300 },
  );
});
