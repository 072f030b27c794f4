import { describe, expect, test } from 'vitest';
import { mapConcurrently } from '../../../../scripts/lib/map-concurrently.ts';

/** Resolves after `ms` milliseconds. */
const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('mapConcurrently', () => {
  test('gives results in the items’ order, not the order the jobs finished in', async () => {
    // The first item takes longest, so it finishes last.
    const results = await mapConcurrently([30, 10, 0, 20], 4, async (ms, index) => {
      await after(ms);
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:10', '2:0', '3:20']);
  });

  test('never runs more than `limit` jobs at once, and runs that many when it can', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrently(Array.from({ length: 12 }, (_, index) => index), 3, async () => {
      running += 1;
      most = Math.max(most, running);
      await after(5);
      running -= 1;
    });
    expect(most).toBe(3);
  });

  test('an empty list gives an empty list, and a job’s failure is the call’s failure', async () => {
    expect(await mapConcurrently([], 2, async () => 1)).toEqual([]);
    await expect(mapConcurrently([1, 2], 2, async (item) => (item === 2 ? Promise.reject(new Error('two failed')) : item))).rejects.toThrow('two failed');
  });

  test('a limit below one is refused, naming it', async () => {
    await expect(mapConcurrently([1], 0, async (item) => item)).rejects.toThrow(/limit must be a whole number of at least 1, not 0/);
  });
});
