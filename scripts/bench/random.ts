/**
 * Seeded randomness for the scale benchmark's generator: the same seed gives the same
 * dossier on every machine and run, so sizes and runs can be compared. Math.random cannot
 * be seeded, so it is never used here.
 */

export type Random = () => number;

/** mulberry32: a tiny, fast, seedable PRNG. Returns numbers in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export const integer = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('cannot pick from an empty list');
  return item;
}

/** `count` distinct items (fewer if the list is shorter), in the order drawn. */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number, draw: () => T = () => pick(random, items)): T[] {
  const chosen = new Set<T>();
  const wanted = Math.min(count, new Set(items).size);
  // Bounded: a Zipf draw can keep returning the head, so give up after a fair number of tries.
  for (let tries = 0; chosen.size < wanted && tries < wanted * 50; tries += 1) chosen.add(draw());
  return [...chosen];
}

/**
 * A sampler of indexes 0..n-1 with weight 1/(rank+1)^exponent: a few items are drawn very
 * often and a long tail rarely, as actors are named in news coverage.
 */
export function zipf(random: Random, n: number, exponent = 1): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 0; rank < n; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cumulative.push(total);
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? total) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
