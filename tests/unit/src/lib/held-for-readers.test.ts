import { describe, expect, it } from 'vitest';
import { heldForReaders } from '../../../../src/lib/held-for-readers.ts';

/** A computation that counts its runs and gives a fresh object each time. */
function counted() {
  let runs = 0;
  return {
    compute: async () => ({ run: ++runs }),
    runs: () => runs,
  };
}

describe('heldForReaders', () => {
  it('computes once for its readers, who all get the same value', async () => {
    const work = counted();
    const take = heldForReaders(3, work.compute);
    const values = [await take(), await take(), await take()];
    expect(work.runs()).toBe(1);
    expect(values[1]).toBe(values[0]);
    expect(values[2]).toBe(values[0]);
  });

  it('lets the value go after the last reader: a reader past the count computes it again', async () => {
    const work = counted();
    const take = heldForReaders(2, work.compute);
    const first = await take();
    await take();
    const third = await take();
    expect(work.runs()).toBe(2);
    expect(third).not.toBe(first);
    expect(third).toEqual({ run: 2 });
  });

  it('shares one computation between readers that ask before it is done', async () => {
    const work = counted();
    const take = heldForReaders(2, work.compute);
    const [a, b] = await Promise.all([take(), take()]);
    expect(work.runs()).toBe(1);
    expect(b).toBe(a);
  });

  it('refuses a count that is not a whole number from 1', () => {
    expect(() => heldForReaders(0, async () => 1)).toThrow(/whole number from 1/);
    expect(() => heldForReaders(1.5, async () => 1)).toThrow(/whole number from 1/);
  });
});
