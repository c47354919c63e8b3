// Per-message metrics without prom-client's per-call cost. prom-client's observe()/inc() re-validate
// and re-hash the label object on every call (its labels() children do too), which is a measurable
// share of a STREAMED chunk's CPU. Here a label set is bound once to a cell (plain numbers and a
// Float64Array); observing is a bucket search and two additions. The registry reads the cells at scrape
// time through the same get()/getForPromString() shapes prom-client's Counter and Histogram produce, so
// /metrics is byte-for-byte what prom-client would print (pinned by test/server/hot-metrics.test.ts).
// Lifetime: module singletons (src/observability/metrics.ts), for the process lifetime.
import type { Registry } from 'prom-client';

type Labels<L extends string> = Readonly<Record<L, string>>;

interface ExportedValue {
  value: number;
  labels: Record<string, string | number>;
  metricName?: string;
  sharedLabels?: Record<string, string>;
  exemplar?: null;
}

interface Exported {
  name: string;
  help: string;
  type: 'counter' | 'histogram';
  values: ExportedValue[];
  aggregator: 'sum';
}

/** Label values in label-name order, joined: the cell key. */
function keyOf<L extends string>(names: readonly L[], labels: Labels<L>): string {
  let k = '';
  for (let i = 0; i < names.length; i++) {
    const v = labels[names[i]];
    if (typeof v !== 'string') throw new Error(`label ${names[i]} missing`);
    k += (i === 0 ? '' : '\u0000') + v;
  }
  return k;
}

function checkLabels(names: readonly string[], labels: object): void {
  for (const k of Object.keys(labels)) {
    if (!names.includes(k)) throw new Error(`Added label "${k}" is not included in initial labelset: ${names.join(', ')}`);
  }
}

/** One histogram series (fixed label values). */
export class HistogramCell {
  readonly labels: Readonly<Record<string, string>>;
  private readonly bounds: readonly number[];
  /** Observations per bucket (not cumulative); values above the last bound only count in `count`. */
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(labels: Readonly<Record<string, string>>, bounds: readonly number[]) {
    this.labels = labels;
    this.bounds = bounds;
    this.counts = new Float64Array(bounds.length);
  }

  observe(value: number): void {
    if (!Number.isFinite(value)) throw new TypeError(`Value is not a valid number: ${value}`);
    const b = this.bounds;
    for (let i = 0; i < b.length; i++) {
      if (value <= b[i]) {
        this.counts[i]++;
        break;
      }
    }
    this.sum += value;
    this.count++;
  }
}

export interface HotHistogramOptions<L extends string> {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly L[];
  readonly buckets: readonly number[];
  readonly registers?: readonly Registry[];
}

/** A labelled histogram (prom-client compatible exposition); bind label sets once with child(). */
export class HotHistogram<L extends string> {
  name: string;
  readonly help: string;
  readonly type = 'histogram' as const;
  readonly aggregator = 'sum' as const;
  private readonly labelNames: readonly L[];
  private readonly bounds: readonly number[];
  private cells = new Map<string, HistogramCell>();

  constructor(o: HotHistogramOptions<L>) {
    this.name = o.name;
    this.help = o.help;
    this.labelNames = Object.freeze([...o.labelNames]);
    this.bounds = Object.freeze([...o.buckets].sort((a, b) => a - b));
    for (const r of o.registers ?? []) r.registerMetric(this as never);
  }

  /** The series for these label values (created on first use; keep it for the hot path). */
  child(labels: Labels<L>): HistogramCell {
    const k = keyOf(this.labelNames, labels);
    let c = this.cells.get(k);
    if (c === undefined) {
      checkLabels(this.labelNames, labels);
      c = new HistogramCell(Object.freeze({ ...labels }), this.bounds);
      this.cells.set(k, c);
    }
    return c;
  }

  observe(labels: Labels<L>, value: number): void {
    this.child(labels).observe(value);
  }

  reset(): void {
    this.cells = new Map();
  }

  /** prom-client Histogram#getForPromString shape (bucket labels { le }, series labels shared). */
  async getForPromString(): Promise<Exported> {
    const values: ExportedValue[] = [];
    const bucket = `${this.name}_bucket`;
    for (const c of this.cells.values()) {
      if (c.count === 0) continue; // prom-client has no series before the first observation
      const shared = { ...c.labels };
      let acc = 0;
      for (let i = 0; i < this.bounds.length; i++) {
        acc += c.counts[i];
        values.push({ labels: { le: this.bounds[i] }, sharedLabels: shared, value: acc, metricName: bucket, exemplar: null });
      }
      values.push(
        { labels: { le: '+Inf' }, sharedLabels: shared, value: c.count, metricName: bucket, exemplar: null },
        { labels: {}, sharedLabels: shared, value: c.sum, metricName: `${this.name}_sum`, exemplar: undefined as never },
        { labels: {}, sharedLabels: shared, value: c.count, metricName: `${this.name}_count`, exemplar: undefined as never },
      );
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  /** prom-client Histogram#get shape (labels splayed). */
  async get(): Promise<Exported> {
    const data = await this.getForPromString();
    data.values = data.values.map(({ sharedLabels, labels, ...rest }) => ({ ...rest, labels: { ...labels, ...(sharedLabels ?? {}) } }));
    return data;
  }
}

/** One counter series (fixed label values). */
export class CounterCell {
  readonly labels: Readonly<Record<string, string>>;
  value = 0;
  /** prom-client has no series before the first inc(). */
  touched = false;
  constructor(labels: Readonly<Record<string, string>>) {
    this.labels = labels;
  }
  inc(by = 1): void {
    if (!Number.isFinite(by)) throw new TypeError(`Value is not a valid number: ${by}`);
    if (by < 0) throw new Error('It is not possible to decrease a counter');
    this.value += by;
    this.touched = true;
  }
}

export interface HotCounterOptions<L extends string> {
  readonly name: string;
  readonly help: string;
  readonly labelNames: readonly L[];
  readonly registers?: readonly Registry[];
}

/** A labelled counter (prom-client compatible exposition); bind label sets once with child(). */
export class HotCounter<L extends string> {
  name: string;
  readonly help: string;
  readonly type = 'counter' as const;
  readonly aggregator = 'sum' as const;
  private readonly labelNames: readonly L[];
  private cells = new Map<string, CounterCell>();

  constructor(o: HotCounterOptions<L>) {
    this.name = o.name;
    this.help = o.help;
    this.labelNames = Object.freeze([...o.labelNames]);
    for (const r of o.registers ?? []) r.registerMetric(this as never);
  }

  child(labels: Labels<L>): CounterCell {
    const k = keyOf(this.labelNames, labels);
    let c = this.cells.get(k);
    if (c === undefined) {
      checkLabels(this.labelNames, labels);
      c = new CounterCell(Object.freeze({ ...labels }));
      this.cells.set(k, c);
    }
    return c;
  }

  inc(labels: Labels<L>, by = 1): void {
    this.child(labels).inc(by);
  }

  reset(): void {
    this.cells = new Map();
  }

  /** prom-client Counter#get shape. */
  async get(): Promise<Exported> {
    const values: ExportedValue[] = [];
    for (const c of this.cells.values()) if (c.touched) values.push({ value: c.value, labels: { ...c.labels } });
    return { help: this.help, name: this.name, type: this.type, values, aggregator: this.aggregator };
  }
}
