/**
 * An HDR-style latency histogram over whole microseconds: exact below 128 µs, then 64 linear
 * sub-buckets per power of two (under 1.6 % relative error), so millions of samples cost a
 * fixed ~2,000 counters and histograms from several processes merge exactly.
 */
const LINEAR_LIMIT = 128;
const SUB_BUCKETS = 64;
const SUB_BITS = 6;
const MAX_VALUE = 2 ** 31 - 1;

export interface HistogramJson {
  count: number;
  min: number;
  max: number;
  sum: number;
  /** Sparse `[bucketIndex, count]` pairs. */
  buckets: Array<[number, number]>;
}

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

function bucketOf(value: number): number {
  if (value < LINEAR_LIMIT) return value;
  const exponent = 31 - Math.clz32(value) - SUB_BITS;
  return LINEAR_LIMIT + (exponent - 1) * SUB_BUCKETS + ((value >>> exponent) - SUB_BUCKETS);
}

/** The largest value that falls into `bucket` (what percentiles report: never optimistic). */
function highestIn(bucket: number): number {
  if (bucket < LINEAR_LIMIT) return bucket;
  const exponent = Math.floor((bucket - LINEAR_LIMIT) / SUB_BUCKETS) + 1;
  const sub = ((bucket - LINEAR_LIMIT) % SUB_BUCKETS) + SUB_BUCKETS;
  return ((sub + 1) << exponent) - 1;
}

export class Histogram {
  private readonly counts = new Map<number, number>();
  count = 0;
  min = Number.POSITIVE_INFINITY;
  max = 0;
  sum = 0;

  /** Records one sample in microseconds; negatives count as 0, fractions are rounded. */
  record(micros: number): void {
    const value = Math.min(MAX_VALUE, Math.max(0, Math.round(micros)));
    const bucket = bucketOf(value);
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  recordMillis(ms: number): void {
    this.record(ms * 1000);
  }

  /** The value (µs) at or below which `percent` % of the samples fall; 0 when empty. */
  percentile(percent: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil((percent / 100) * this.count));
    let seen = 0;
    for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(bucket)!;
      if (seen >= rank) return Math.min(this.max, Math.max(this.min, highestIn(bucket)));
    }
    return this.max;
  }

  merge(other: Histogram): this {
    for (const [bucket, count] of other.counts) this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + count);
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    return this;
  }

  summary(): LatencySummary {
    const ms = (micros: number): number => Math.round(micros) / 1000;
    return {
      count: this.count,
      p50Ms: ms(this.percentile(50)),
      p95Ms: ms(this.percentile(95)),
      p99Ms: ms(this.percentile(99)),
      maxMs: ms(this.count === 0 ? 0 : this.max),
      meanMs: this.count === 0 ? 0 : ms(this.sum / this.count),
    };
  }

  toJSON(): HistogramJson {
    return {
      count: this.count,
      min: this.count === 0 ? 0 : this.min,
      max: this.max,
      sum: this.sum,
      buckets: [...this.counts.entries()].sort((a, b) => a[0] - b[0]),
    };
  }

  static fromJSON(json: HistogramJson): Histogram {
    const histogram = new Histogram();
    for (const [bucket, count] of json.buckets) histogram.counts.set(bucket, count);
    histogram.count = json.count;
    histogram.sum = json.sum;
    histogram.max = json.max;
    histogram.min = json.count === 0 ? Number.POSITIVE_INFINITY : json.min;
    return histogram;
  }
}
