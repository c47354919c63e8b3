import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileIdentity, parseXfcc, xfccPrincipal } from '../../src/policy/identity.ts';

test('XFCC: the last element (appended by the nearest Envoy) supplies the URI', () => {
  const v =
    'By=spiffe://cluster.local/ns/edge/sa/gw;Hash=aa;URI=spiffe://cluster.local/ns/evil/sa/forged,' +
    'By=spiffe://cluster.local/ns/llm/sa/boundary;Hash=bb;Subject="/C=US/O=Acme, Inc./CN=client";URI=spiffe://cluster.local/ns/payments/sa/api;DNS=api.local';
  assert.equal(xfccPrincipal(v), 'spiffe://cluster.local/ns/payments/sa/api');
  const els = parseXfcc(v);
  assert.equal(els.length, 2);
  assert.deepEqual(els[1].find(([k]) => k === 'Subject'), ['Subject', '/C=US/O=Acme, Inc./CN=client']);
});

test('XFCC: quoted values with escaped quotes, and elements without URI', () => {
  assert.deepEqual(parseXfcc('Subject="a\\"b;c";URI=x'), [[['Subject', 'a"b;c'], ['URI', 'x']]]);
  assert.equal(xfccPrincipal('By=spiffe://a;Hash=1'), undefined);
  assert.equal(xfccPrincipal(''), undefined);
  // A forged earlier element does not help when the last one has no URI.
  assert.equal(xfccPrincipal('URI=spiffe://forged,By=x;Hash=2'), undefined);
});

test('sources are tried in order; first that yields wins', () => {
  const resolve = compileIdentity([
    { header: { name: 'x-llm-identity', tenant_header: 'x-tenant-id', roles_header: 'x-llm-roles' } },
    { xfcc: {} },
    { jwt: { tenant_claim: 'tenant', roles_claim: 'roles' } },
    { peer: {} },
  ]);
  const h = (o: Record<string, string>) => new Map(Object.entries(o));
  const a = resolve({ headers: h({ 'x-llm-identity': 'svc-a', 'x-tenant-id': 'acme', 'x-llm-roles': 'admin, dev,admin' }) });
  assert.deepEqual({ ...a, roles: [...a.roles] }, { principal: 'svc-a', source: 'header', tenant: 'acme', roles: ['admin', 'dev'] });
  const b = resolve({ headers: h({ 'x-forwarded-client-cert': 'By=x;URI=spiffe://td/ns/n/sa/s' }), peerPrincipal: 'spiffe://peer' });
  assert.equal(b.source, 'xfcc');
  assert.equal(b.principal, 'spiffe://td/ns/n/sa/s');
  const c = resolve({
    headers: h({}),
    metadata: { 'envoy.filters.http.jwt_authn': { jwt_payload: { sub: 'user-7', tenant: 'globex', roles: ['reader'], nested: { x: 1 } } } },
  });
  assert.equal(c.source, 'jwt');
  assert.equal(c.principal, 'user-7');
  assert.equal(c.tenant, 'globex');
  assert.deepEqual([...c.roles], ['reader']);
  assert.equal(c.claims?.nested, undefined, 'non-primitive claims are not copied');
  const d = resolve({ headers: h({}), peerPrincipal: 'spiffe://peer/ns/x/sa/y' });
  assert.equal(d.source, 'peer');
  const e = resolve({ headers: h({}) });
  assert.deepEqual({ ...e, roles: [...e.roles] }, { source: 'none', roles: [] });
  assert.ok(Object.isFrozen(a));
});

test('undeclared sources are never trusted', () => {
  const resolve = compileIdentity([{ jwt: {} }]);
  const id = resolve({
    headers: new Map([
      ['x-llm-identity', 'root'],
      ['x-forwarded-client-cert', 'URI=spiffe://td/ns/admin/sa/x'],
    ]),
    peerPrincipal: 'spiffe://peer',
  });
  assert.equal(id.source, 'none');
  assert.equal(id.principal, undefined);
  // A JWT payload of the wrong shape yields nothing rather than throwing.
  assert.equal(resolve({ headers: new Map(), metadata: { 'envoy.filters.http.jwt_authn': { jwt_payload: 'x' } } }).source, 'none');
  assert.equal(resolve({ headers: new Map(), metadata: { 'envoy.filters.http.jwt_authn': { jwt_payload: { sub: 5 } } } }).source, 'none');
});

test('property: XFCC parsing never throws and a URI in the last element is always found', async () => {
  const fc = (await import('fast-check')).default;
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), (s) => {
      parseXfcc(s);
      xfccPrincipal(s);
    }),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.webUrl(), (prefix, uri) => {
      const clean = uri.replaceAll('"', '').replaceAll(',', '').replaceAll(';', '').replaceAll('\\', '');
      const v = `${prefix.replaceAll('"', '')},By=spiffe://x;URI=${clean}`;
      assert.equal(xfccPrincipal(v), clean.trim() || undefined);
    }),
    { numRuns: 300 },
  );
});
