// Latency sample collection and percentile summaries for the benchmarks. A Samples instance lives for
// one measured step (one offered rate of one scenario); values are milliseconds.

/** Growable array of latency samples (ms). */
export class Samples {
  private buf = new Float64Array(4096);
  private n = 0;

  add(v: number): void {
    if (this.n === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.n++] = v;
  }

  get count(): number {
    return this.n;
  }

  summary(): Summary {
    return summarise(this.buf.subarray(0, this.n));
  }
}

/** Percentiles of one sample set, in milliseconds (3 decimals); null fields when there were no samples. */
export interface Summary {
  readonly n: number;
  readonly mean: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p99: number | null;
  readonly p999: number | null;
  readonly max: number | null;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Percentile summary of a sample set (ms in, ms out). */
export function summarise(values: Float64Array | readonly number[]): Summary {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return { n: 0, mean: null, p50: null, p90: null, p99: null, p999: null, max: null };
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    n: sorted.length,
    mean: round(sum / sorted.length),
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    p999: round(percentile(sorted, 99.9)),
    max: round(sorted[sorted.length - 1]),
  };
}

/** a / b rounded to 2 decimals, or null when either side is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** a - b rounded to 3 decimals, or null. */
export function diff(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null) return null;
  return round(a - b);
}
