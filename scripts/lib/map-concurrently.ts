/**
 * Runs an async job over every item, at most `limit` at a time, and gives the results in the
 * items' order (not the order they finished in), so what a caller reports stays deterministic.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, job: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`mapConcurrently: limit must be a whole number of at least 1, not ${limit}`);
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await job(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
