/** Deterministic randomness for the synthetic corpus: the same seed writes the same files. */

/** sfc32: small, fast, good enough for workloads, and the same in every Node version. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** A well-mixed 32-bit hash of integers (for properties that must stay the same whenever an entity recurs). */
export function hash(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

/**
 * A rank in [0, n) drawn from a Zipf-like law P(r) ∝ 1 / (r + q) (inverse of its continuous CDF): rank 0 is
 * the most frequent; a larger offset q flattens the head (people recur less than districts).
 */
export function zipfRank(u: number, n: number, q: number): number {
  if (n <= 1) return 0;
  const r = Math.floor(q ** (1 - u) * (n + q) ** u - q);
  return Math.min(Math.max(r, 0), n - 1);
}

export function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
