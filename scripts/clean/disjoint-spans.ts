/**
 * Spans of a text that do not overlap one another, kept sorted so a new span's overlap is
 * found by binary search. Passes that choose among candidate edits (the un-spinner, registry
 * names) keep the ones already taken here: a scan of every taken span per candidate was
 * quadratic in a paragraph of thousands of edits.
 *
 * Apart and sorted by start, the spans' ends are sorted too: a span overlaps one of them
 * exactly when it overlaps the last that starts before it ends.
 */
export class DisjointSpans {
  readonly #spans: Array<readonly [number, number]> = [];

  /** Index of the last span starting before `end`, or -1. */
  #lastStartingBefore(end: number): number {
    let low = 0;
    let high = this.#spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#spans[middle]?.[0] ?? Infinity) < end) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  /** Whether [start, end) overlaps a span already taken. */
  overlaps(start: number, end: number): boolean {
    const before = this.#spans[this.#lastStartingBefore(end)];
    return before !== undefined && before[1] > start;
  }

  /** Takes [start, end), which must not overlap a span already taken. */
  add(start: number, end: number): void {
    this.#spans.splice(this.#lastStartingBefore(end) + 1, 0, [start, end]);
  }
}

/**
 * A test of whether a span overlaps any of `spans` (which may overlap one another): sorted by
 * start, with the furthest end reached so far, answered by binary search.
 */
export function overlapsAnyOf(spans: ReadonlyArray<readonly [number, number]>): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  for (const [, end] of sorted) reach.push(Math.max(reach.at(-1) ?? -Infinity, end));
  return (start, end) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle]?.[0] ?? Infinity) < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (reach[low - 1] ?? -Infinity) > start;
  };
}
