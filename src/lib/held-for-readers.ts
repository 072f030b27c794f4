/**
 * A value computed once for a known number of readers, then let go: the last of them takes
 * it and the holder forgets it, so it is not kept on the heap through the rest of the build.
 * A reader past that number computes it again (slower, never wrong), so the count only
 * decides how long the value is held, not what anyone reads.
 */
export function heldForReaders<T>(readers: number, compute: () => Promise<T>): () => Promise<T> {
  if (!Number.isInteger(readers) || readers < 1) throw new Error(`heldForReaders: readers must be a whole number from 1 (found ${readers})`);
  let held: Promise<T> | undefined;
  let left = 0;
  return () => {
    if (!held) {
      held = compute();
      left = readers;
    }
    const value = held;
    left -= 1;
    if (left === 0) held = undefined;
    return value;
  };
}
