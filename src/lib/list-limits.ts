/**
 * How long a list a page shows, and which items make the cut, as the dossier grows. With a
 * handful of sources every page lists everything; with thousands, a page that listed every
 * source (or every source for every question) would weigh megabytes and take the build
 * quadratic time. Past a limit a page shows the most telling items and says how many more
 * there are and where to find them all (search, an index page, the item's own page).
 * Pure, so the choices are testable; the numbers are in one place so they can be stated.
 */

export const LIST_LIMITS = {
  /** Sources the home page lists (the newest); the sources index lists all. */
  homeSources: 24,
  /** People the home page lists (the most mentioned); the actors index lists all. */
  homePeople: 24,
  /** Outlets named as answering a question in the home page's summary; past it, a count. */
  namedAnswers: 6,
  /**
   * Sources up to which the compare page shows everything side by side: the question matrix
   * (a column per source), each source's cited outlets, every paragraph's matches, and the
   * full texts. Past it each of these becomes a summary linking to the pages that hold the detail.
   */
  compareSources: 12,
  /** Pairs of sources the compare page summarises (those sharing most passages). */
  comparePairs: 50,
  /** Sources (rows) and key questions (columns) in the coverage grid; past them it says how many more. */
  gridSources: 300,
  gridQuestions: 40,
  /** Sources up to which a question column header also names its question; past it, the key above the grid does. */
  gridTitles: 50,
  /** Sources up to which the overlap picture draws each source (a pixel each at worst); past it, outlets. */
  overlapPictureSources: 400,
  /** Sources up to which the overlap table gives every pair of sources; past it, pairs of outlets. */
  overlapTableSources: 24,
  /** Outlets in the overlap table (and in the picture when it draws outlets): those with most sources. */
  overlapOutlets: 24,
  /** Sources up to which a question page also lists every source that does not answer it. */
  questionAllSources: 12,
  /** Independent origins a question page names (those most sources rest on); past it, a count. */
  questionOrigins: 12,
  /** Sources an actor page lists in each of its sections (those naming or quoting it most). */
  actorSources: 50,
  /** Sources an outlet page lists as published by it, and as citing it. */
  outletSources: 50,
  /** Sources in the outlets page's citation table. */
  citationTableSources: 100,
  /** Places listed per name on the build report; unattributed quotations listed. */
  reportOccurrences: 20,
  reportQuotations: 200,
  /** Entries in the Atom feed (the newest sources and corrections). */
  feedEntries: 100,
  /** Suggested evidence listed on the build report (the best per question and source, strongest first). */
  reportSuggestions: 40,
} as const;

export interface Capped<T> {
  /** The items shown, in their original order. */
  shown: T[];
  /** How many were left out. */
  hidden: number;
}

/**
 * The `limit` items with the highest `score` (ties: the earlier item), returned in their
 * original order, so a capped list reads like the full one with gaps. Everything when the
 * list fits. O(n log n).
 */
export function topInOrder<T>(items: readonly T[], limit: number, score: (item: T) => number): Capped<T> {
  if (items.length <= limit) return { shown: [...items], hidden: 0 };
  const ranked = items
    .map((item, index) => ({ index, score: score(item) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.index)
    .sort((a, b) => a - b);
  return { shown: ranked.map((index) => items[index] as T), hidden: items.length - ranked.length };
}

/** The first `limit` items, and how many more. */
export function firstOf<T>(items: readonly T[], limit: number): Capped<T> {
  return { shown: items.slice(0, Math.max(0, limit)), hidden: Math.max(0, items.length - Math.max(0, limit)) };
}

/** Items grouped by key, keys in order of first appearance: one pass, where filtering per key would be quadratic. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
