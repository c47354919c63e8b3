// Test helper: which RE2.Sets run while a function runs (RE2.Set.prototype.match wrapped for its duration).
import RE2 from 're2';

/** The size (pattern count) of every RE2.Set read while `f` runs, in order. */
export function setSizes(f: () => void): number[] {
  const proto = (RE2 as unknown as { Set: { prototype: { match: (this: { size: number }, b: unknown) => number[] } } }).Set.prototype;
  const match = proto.match;
  const sizes: number[] = [];
  proto.match = function (this: { size: number }, b: unknown): number[] {
    sizes.push(this.size);
    return match.call(this, b);
  };
  try {
    f();
  } finally {
    proto.match = match;
  }
  return sizes;
}
