// The pre-encoded per-chunk body replies (envelope.ts encodeBodyReply) are byte-for-byte what the
// generated ProcessingResponse serializer produces for the same object, and decode back to it; the
// Process serializer passes such a Buffer through unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as grpc from '@grpc/grpc-js';
import { encodeBodyReply } from '../../src/server/envelope.ts';
import { extProcService } from '../../src/server/protos.ts';
import { ExtProcServer } from '../../src/server/extproc.ts';

const proc = extProcService().Process;
const generic = (m: unknown): Buffer => proc.responseSerialize(m);

function objectFor(direction: 'request' | 'response', body: Buffer | undefined): Record<string, unknown> {
  return { [`${direction}_body`]: { response: body === undefined ? {} : { body_mutation: { body } } } };
}

test('encodeBodyReply equals the generic encoder for CONTINUE and for every replacement body size', () => {
  // Sizes around every varint length boundary of the four nested lengths.
  const sizes = [0, 1, 2, 20, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 16_370, 16_376, 16_377, 16_383, 16_384, 70_000, 2_097_150, 2_097_152];
  for (const direction of ['request', 'response'] as const) {
    assert.deepEqual(encodeBodyReply(direction, undefined), generic(objectFor(direction, undefined)));
    for (const n of sizes) {
      const body = Buffer.alloc(n, 0x61 + (n % 26));
      assert.deepEqual(encodeBodyReply(direction, body), generic(objectFor(direction, body)), `${direction} ${n}`);
    }
  }
});

test('property: encodeBodyReply equals the generic encoder and round-trips through the decoder', () => {
  fc.assert(
    fc.property(fc.constantFrom('request' as const, 'response' as const), fc.option(fc.uint8Array({ maxLength: 600 }), { nil: undefined }), (direction, bytes) => {
      const body = bytes === undefined ? undefined : Buffer.from(bytes);
      const wire = encodeBodyReply(direction, body);
      assert.deepEqual(wire, generic(objectFor(direction, body)));
      const decoded = proc.responseDeserialize(wire) as Record<string, { response?: { body_mutation?: { body?: Buffer } } }>;
      const r = decoded[`${direction}_body`];
      assert.ok(r?.response, 'body reply with a CommonResponse');
      if (body === undefined) assert.equal(r.response.body_mutation, undefined);
      else assert.deepEqual(Buffer.from(r.response.body_mutation?.body ?? []), body);
    }),
    { numRuns: 300 },
  );
});

test('the registered Process serializer passes pre-encoded Buffers through and still encodes objects', () => {
  let captured: grpc.ServiceDefinition | undefined;
  const fake = { addService: (def: grpc.ServiceDefinition) => (captured = def) } as unknown as grpc.Server;
  new ExtProcServer({ factory: { create: () => { throw new Error('unused'); } }, deadlineMs: 100, maxStreams: 1 }).register(fake);
  const ser = captured!.Process.responseSerialize;
  const pre = encodeBodyReply('response', Buffer.from('abc'));
  assert.equal(ser(pre), pre);
  const obj = { response_headers: { response: {} } };
  assert.deepEqual(ser(obj), generic(obj));
});
