/**
 * A long list split into pages of a stated size, and the navigation between them: the
 * sources index, a key question's answers and the coverage grid use it, each with its own
 * addresses (`pathOf`), so every page of such a list stays within the first-round-trip
 * budget (docs/budgets.md) however long the list grows. Pure, so the split is testable with
 * any number of items; the routes only render it.
 */
import { LIST_PAGES_SEGMENT } from '../schemas/slug.ts';

export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, even when it is empty). */
  pageCount: number;
  /** The items on this page, in the list's order. */
  items: T[];
  /** 1-based position of this page's first and last item in the whole list (0 and 0 when there are none). */
  first: number;
  last: number;
  /** How many items the whole list has. */
  total: number;
}

/** The list split into pages of at most `perPage` items; one empty page when there are none. */
export function listPages<T>(items: readonly T[], perPage: number): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`items per page must be a whole number of at least 1, not ${perPage}`);
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pageCount }, (_, at) => {
    const start = at * perPage;
    const shown = items.slice(start, start + perPage);
    return { number: at + 1, pageCount, items: shown, first: shown.length > 0 ? start + 1 : 0, last: start + shown.length, total: items.length };
  });
}

/** Pages the navigation names on each side of the current one; past them, the first and last pages and a gap. */
export const PAGINATION_NEIGHBOURS = 2;

/** A link in the pagination navigation. */
export interface PageLink {
  number: number;
  /** Path below the site's base (what the list's `pathOf` gives). */
  path: string;
  /** Whether it is the page being shown (marked `aria-current="page"`). */
  current: boolean;
  /** Whether pages are left out between this link and the one before it (shown as a gap). */
  afterGap: boolean;
}

/** What the navigation of a page shows: previous, some pages, next. */
export interface Pagination {
  previous: PageLink | undefined;
  next: PageLink | undefined;
  /**
   * The first and last pages, and those within `PAGINATION_NEIGHBOURS` of the current one, in
   * order: the navigation stays the same size with 2 pages or 2,000, so it never pushes a page
   * past its budget.
   */
  pages: PageLink[];
}

/**
 * The navigation of page `number` of `pageCount`, page n at `pathOf(n)`; undefined when there
 * is one page (nothing to navigate).
 */
export function paginationOf(number: number, pageCount: number, pathOf: (number: number) => string): Pagination | undefined {
  if (!Number.isInteger(number) || number < 1 || number > pageCount) throw new Error(`page ${number} is not one of the list's ${pageCount} pages`);
  if (pageCount <= 1) return undefined;
  const link = (at: number, afterGap = false): PageLink => ({ number: at, path: pathOf(at), current: at === number, afterGap });
  const shown = [...new Set([1, ...Array.from({ length: 2 * PAGINATION_NEIGHBOURS + 1 }, (_, at) => number - PAGINATION_NEIGHBOURS + at), pageCount])]
    .filter((at) => at >= 1 && at <= pageCount)
    .sort((a, b) => a - b);
  return {
    previous: number > 1 ? link(number - 1) : undefined,
    next: number < pageCount ? link(number + 1) : undefined,
    pages: shown.map((at, index) => link(at, index > 0 && at - (shown[index - 1] as number) > 1)),
  };
}

/**
 * The path of page `number` of a list whose first page is at `firstPath` (`sources/`): the
 * first page keeps it, page n is `<firstPath>page/<n>/`. The caller makes sure nothing else
 * can take `<firstPath>page/` (a reserved slug, or a path of the list's own).
 */
export function pagedPath(firstPath: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new Error(`a page number is a whole number of at least 1, not ${number}`);
  if (!firstPath.endsWith('/')) throw new Error(`a list's first page is a folder path ending in "/", not "${firstPath}"`);
  return number === 1 ? firstPath : `${firstPath}${LIST_PAGES_SEGMENT}/${number}/`;
}
