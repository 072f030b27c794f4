/**
 * How long a list a page shows, and which items make the cut, as the dossier grows. With a
 * handful of sources every page lists everything; with thousands, a page that listed every
 * source (or every source for every question) would weigh megabytes and take the build
 * quadratic time. Past a limit a page shows the most telling items and says how many more
 * there are and where to find them all (search, an index page, the item's own page).
 * Pure, so the choices are testable; the numbers are in one place so they can be stated.
 */
import dossier from '../../dossier.config.ts';
import { DEFAULT_LIST_LIMITS } from '../config/list-limit-defaults.ts';

/** The limits: the engine's defaults, with any a dossier sets in dossier.config.ts (`listLimits`). */
export const LIST_LIMITS: Readonly<Record<keyof typeof DEFAULT_LIST_LIMITS, number>> = { ...DEFAULT_LIST_LIMITS, ...definedLimits(dossier.listLimits) };

/** The limits a configuration sets (an absent one keeps its default). */
function definedLimits(limits: Partial<Record<keyof typeof DEFAULT_LIST_LIMITS, number | undefined>>): Partial<Record<keyof typeof DEFAULT_LIST_LIMITS, number>> {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}

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
  return topInOrderWithin(items, limit, score, () => '', Infinity);
}

/**
 * As `topInOrder`, and past `characters` characters of text (`textOf` of each item taken, best
 * first) no more are taken: for cards holding text a maintainer writes (an outlet's
 * description), whose length no count bounds. The best item is always kept, and the items
 * kept are the best ones in order (a long one is never skipped for shorter ones after it), so
 * the list still reads as "the N with most". O(n log n).
 */
export function topInOrderWithin<T>(items: readonly T[], limit: number, score: (item: T) => number, textOf: (item: T) => string, characters: number): Capped<T> {
  const ranked = items
    .map((item, index) => ({ index, score: score(item) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const kept: number[] = [];
  let used = 0;
  for (const entry of ranked) {
    if (kept.length >= Math.max(0, limit)) break;
    const length = textOf(items[entry.index] as T).length;
    if (kept.length > 0 && used + length > characters) break;
    used += length;
    kept.push(entry.index);
  }
  kept.sort((a, b) => a - b);
  return { shown: kept.map((index) => items[index] as T), hidden: items.length - kept.length };
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

/**
 * The first `limit` items across groups, group by group in order: each group keeps its first
 * items until the limit is spent, a group left with none is dropped, and `hidden` counts the
 * items of every group left out. For lists of groups (quotations by source, by speaker) whose
 * total, not the number of groups, makes a page heavy.
 */
export function firstAcross<G, T>(groups: readonly G[], limit: number, itemsOf: (group: G) => readonly T[]): { shown: { group: G; items: T[] }[]; hidden: number } {
  let left = Math.max(0, limit);
  let hidden = 0;
  const shown: { group: G; items: T[] }[] = [];
  for (const group of groups) {
    const items = itemsOf(group);
    const taken = items.slice(0, left);
    left -= taken.length;
    hidden += items.length - taken.length;
    if (taken.length > 0) shown.push({ group, items: taken });
  }
  return { shown, hidden };
}
