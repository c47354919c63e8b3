// Property tests of the pure translation functions: whatever the decision or the request, the reply
// is well-formed for Envoy and bad input is a clear error, never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MalformedCheckError, toAuthzInput, toCheckResponse } from '../../src/server/authz.ts';
import type { AuthzResult } from '../../src/server/authz.ts';

const headerPair = fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 }));

test('toCheckResponse: status always set; allow = code 0 + ok_response, deny = code 7 + a valid HTTP status; no CR/LF/NUL in headers', () => {
  const result: fc.Arbitrary<AuthzResult> = fc.oneof(
    fc.record({ allowed: fc.constant(true as const), headers: fc.array(headerPair, { maxLength: 6 }) }),
    fc.record({
      allowed: fc.constant(false as const),
      status: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double()),
      headers: fc.array(headerPair, { maxLength: 6 }),
      body: fc.string({ maxLength: 50 }),
    }),
  );
  fc.assert(fc.property(result, (r) => {
    const res = toCheckResponse(r) as any;
    assert.ok(res.status && typeof res.status.code === 'number');
    const opts = r.allowed ? res.ok_response.headers : res.denied_response.headers;
    if (r.allowed) {
      assert.equal(res.status.code, 0);
      assert.equal(res.denied_response, undefined);
    } else {
      assert.equal(res.status.code, 7);
      const code = res.denied_response.status.code;
      assert.ok(Number.isInteger(code) && code >= 200 && code <= 599);
      if (Number.isInteger(r.status) && r.status >= 200 && r.status <= 599) assert.equal(code, r.status);
      assert.equal(res.denied_response.body, r.body);
    }
    for (const o of opts) {
      assert.deepEqual(o.append, { value: false });
      assert.equal(o.header.raw_value, undefined);
      assert.ok(!/[\r\n\0]/.test(o.header.value) && o.header.key.length > 0 && !o.header.key.startsWith(':'));
      assert.equal(o.header.key, o.header.key.toLowerCase());
    }
  }), { numRuns: 300 });
});

test('toAuthzInput: arbitrary objects either translate or raise MalformedCheckError', () => {
  const anyish = fc.anything({ maxDepth: 3, withBoxedValues: false });
  const shaped = fc.record({
    attributes: fc.record({
      request: fc.record({ http: fc.record({ method: fc.string(), path: fc.string(), headers: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })), body: fc.string() }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      source: fc.record({ principal: fc.string() }, { requiredKeys: [] }),
    }, { requiredKeys: [] }),
  }, { requiredKeys: [] });
  fc.assert(fc.property(fc.oneof(anyish, shaped), (v) => {
    try {
      const input = toAuthzInput((v ?? {}) as any);
      assert.ok(Buffer.isBuffer(input.body));
      assert.equal(typeof input.path, 'string');
      for (const k of input.headers.keys()) assert.equal(k, k.toLowerCase());
    } catch (err) {
      assert.ok(err instanceof MalformedCheckError, `unexpected ${(err as Error).name}`);
    }
  }), { numRuns: 300 });
});
