import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileGlobs, globToRe2 } from '../../src/policy/glob.ts';

test('glob table: *, **, ?, escapes, separators', () => {
  const cases: Array<[string, '/' | '.' | '', string, boolean]> = [
    ['/v1/chat/*', '/', '/v1/chat/completions', true],
    ['/v1/chat/*', '/', '/v1/chat/completions/extra', false],
    ['/v1/**', '/', '/v1/chat/completions/extra', true],
    ['/v1/**', '/', '/v2/chat', false],
    ['*.example.com', '.', 'api.example.com', true],
    ['*.example.com', '.', 'a.b.example.com', false],
    ['**.example.com', '.', 'a.b.example.com', true],
    ['*.example.com', '.', 'example.com', false],
    ['spiffe://*/ns/payments/*', '/', 'spiffe://cluster.local/ns/payments/sa/api', false],
    ['spiffe://*/ns/payments/**', '/', 'spiffe://cluster.local/ns/payments/sa/api', true],
    ['spiffe://*/ns/payments/sa/*', '/', 'spiffe://cluster.local/ns/payments/sa/api', true],
    ['spiffe://*/ns/payments/sa/*', '/', 'spiffe://cluster.local/ns/billing/sa/api', false],
    ['ap?', '/', 'api', true],
    ['ap?', '/', 'ap/', false],
    ['a\\*b', '', 'a*b', true],
    ['a\\*b', '', 'axb', false],
    ['(x)+[y]', '', '(x)+[y]', true],
    ['*', '', 'anything/at.all', true],
    ['prod', '', 'production', false],
  ];
  for (const [glob, sep, input, want] of cases) {
    const g = compileGlobs('t', [glob], { sep });
    assert.equal(g.matches(input), want, `${glob} ~ ${input}`);
    // Stateless across calls (RE2 with the g flag keeps lastIndex; compileGlobs resets it).
    assert.equal(g.matches(input), want);
  }
});

test('a list matches when any glob matches; case-insensitive hosts', () => {
  const g = compileGlobs('hosts', ['API.openai.com', '*.anthropic.com'], { sep: '.', caseInsensitive: true });
  assert.equal(g.matches('api.openai.com'), true);
  assert.equal(g.matches('api.anthropic.com'), true);
  assert.equal(g.matches('evil.com'), false);
  assert.equal(compileGlobs('empty', [], { sep: '/' }).matches(''), false);
});

test('property: a glob without wildcards matches exactly itself', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
      const lit = a.replaceAll('\\', '').replaceAll('*', '').replaceAll('?', '');
      const g = compileGlobs('p', [lit], { sep: '/' });
      assert.equal(g.matches(lit), true);
      if (b !== lit) assert.equal(g.matches(b), false);
    }),
    { numRuns: 300 },
  );
});

test('property: a single * never crosses the separator', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 20 }), (s) => {
      const g = compileGlobs('p', ['x/*/y'], { sep: '/' });
      assert.equal(g.matches(`x/${s}/y`), !s.includes('/'));
    }),
    { numRuns: 300 },
  );
  assert.equal(globToRe2('a**b', '/'), 'a.*b');
});

/** Reference semantics, written independently as a backtracking matcher over tokens. */
function reference(glob: string, s: string, sep: string): boolean {
  const toks: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '*' && glob[i + 1] === '*') {
      while (glob[i + 1] === '*') i++;
      toks.push('**');
    } else toks.push(glob[i]);
  }
  const memo = new Map<string, boolean>();
  const go = (t: number, p: number): boolean => {
    const k = `${t},${p}`;
    if (memo.has(k)) return memo.get(k)!;
    let r: boolean;
    if (t === toks.length) r = p === s.length;
    else if (toks[t] === '**') r = go(t + 1, p) || (p < s.length && go(t, p + 1));
    else if (toks[t] === '*') r = go(t + 1, p) || (p < s.length && s[p] !== sep && go(t, p + 1));
    else if (toks[t] === '?') r = p < s.length && s[p] !== sep && go(t + 1, p + 1);
    else r = p < s.length && s[p] === toks[t] && go(t + 1, p + 1);
    memo.set(k, r);
    return r;
  };
  return go(0, 0);
}

test('property: compiled globs agree with a reference matcher', () => {
  const gl = fc.array(fc.constantFrom('a', 'b', '/', '.', '*', '?', '**'), { maxLength: 8 }).map((a) => a.join(''));
  const str = fc.array(fc.constantFrom('a', 'b', '/', '.'), { maxLength: 10 }).map((a) => a.join(''));
  fc.assert(
    fc.property(gl, str, fc.constantFrom('/' as const, '.' as const), (glob, s, sep) => {
      assert.equal(compileGlobs('p', [glob], { sep }).matches(s), reference(glob, s, sep), `${glob} ~ ${s} (sep ${sep})`);
    }),
    { numRuns: 1000 },
  );
});
