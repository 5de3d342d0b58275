/**
 * Seeded random numbers for the scale-data generator: the same seed gives the same sequence on every
 * machine and Node version (32-bit integer arithmetic only, no Math.random).
 */

/** 32-bit FNV-1a hash of a string, for deriving seeds from names. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded pseudo-random source (sfc32) with the helpers the generator needs. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream for `seed` and a name (e.g. the kind of record), independent of every other name's stream. */
  constructor(seed: number, stream = '') {
    this.a = hashString(`a:${seed}:${stream}`);
    this.b = hashString(`b:${seed}:${stream}`);
    this.c = hashString(`c:${seed}:${stream}`);
    this.d = 1;
    for (let i = 0; i < 15; i += 1) this.next();
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, all equally likely. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One key of a table of weights, in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /** A number near `median` with a long right tail (log-normal, `spread` = sigma of the log). */
  logNormal(median: number, spread: number): number {
    // Box-Muller; 1 - next() is never 0.
    const z = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
    return median * Math.exp(spread * z);
  }

  /** A copy of `items` in random order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }

  /** `count` distinct items (fewer when there are not enough), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.min(count, items.length));
  }
}

/**
 * Picks indexes 0..n-1 with probability proportional to given weights (binary search over the
 * cumulative weights), e.g. a power law: rank i has weight 1 / (i + 1)^s.
 */
export class WeightedIndex {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    if (weights.length === 0) throw new Error('WeightedIndex needs at least one weight');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i += 1) {
      sum += weights[i]!;
      this.cumulative[i] = sum;
    }
  }

  /** A power law (Zipf) over n ranks: rank 0 most likely, rank i with weight 1 / (i + 1)^exponent. */
  static zipf(n: number, exponent: number): WeightedIndex {
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i += 1) weights[i] = 1 / Math.pow(i + 1, exponent);
    return new WeightedIndex(weights);
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** One index drawn with `random`. */
  draw(random: Random): number {
    const total = this.cumulative[this.cumulative.length - 1]!;
    const x = random.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
