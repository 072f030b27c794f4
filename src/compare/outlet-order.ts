/**
 * The order in which the coverage grid and the overlap picture list sources: grouped by
 * outlet (by name, a leading "The" aside, as the outlets page lists them), oldest first
 * within each, then by slug. One order for both, so a reader finds a source in the same
 * place in each.
 */
import { compareOutletNames, compareStrings } from '../lib/compare-strings.ts';

/** What the order needs of a source. */
export interface OrderedSource {
  slug: string;
  /** Outlet id. */
  outlet: string;
  /** Outlet name as shown. */
  outletName: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
}


export function byOutletThenDate<T extends OrderedSource>(sources: readonly T[]): T[] {
  return [...sources].sort(
    (a, b) =>
      compareOutletNames(a.outletName, b.outletName) ||
      compareStrings(a.outlet, b.outlet) ||
      compareStrings(a.published, b.published) ||
      compareStrings(a.slug, b.slug),
  );
}

/** Consecutive runs of one outlet in an ordered list: its id, name and the indexes [start, end). */
export function outletRuns(sources: readonly OrderedSource[]): { outlet: string; outletName: string; start: number; end: number }[] {
  const runs: { outlet: string; outletName: string; start: number; end: number }[] = [];
  sources.forEach((source, index) => {
    const last = runs.at(-1);
    if (last && last.outlet === source.outlet) last.end = index + 1;
    else runs.push({ outlet: source.outlet, outletName: source.outletName, start: index, end: index + 1 });
  });
  return runs;
}
