/**
 * How the sources index is split into pages (src/pages/sources/index.astro is page 1,
 * src/pages/sources/page/[page].astro the others): `LIST_LIMITS.sourcesPerPage` sources a
 * page, in the order given, so each page stays within the first-round-trip budget at any
 * number of sources. Page 1 keeps the address `/sources/`; page n is `/sources/page/<n>/`,
 * which no source can take because `page` is not a valid source slug (src/schemas/slug.ts).
 * Pure, so the split is testable with any number of sources; the routes only render it.
 */
import { SOURCE_INDEX_PAGES_SEGMENT } from '../schemas/slug.ts';

export interface SourcesIndexPage<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the index has (at least 1, even with no sources). */
  pageCount: number;
  /** The sources on this page, in the index's order. */
  sources: T[];
  /** 1-based position of this page's first and last source in the whole index (0 and 0 when there are none). */
  first: number;
  last: number;
  /** How many sources the whole index lists. */
  total: number;
}

/** The index split into pages of at most `perPage` sources; one empty page when there are no sources. */
export function sourcesIndexPages<T>(sources: readonly T[], perPage: number): SourcesIndexPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`sources per page must be a whole number of at least 1, not ${perPage}`);
  const pageCount = Math.max(1, Math.ceil(sources.length / perPage));
  return Array.from({ length: pageCount }, (_, at) => {
    const start = at * perPage;
    const shown = sources.slice(start, start + perPage);
    return { number: at + 1, pageCount, sources: shown, first: shown.length > 0 ? start + 1 : 0, last: start + shown.length, total: sources.length };
  });
}

/** The path of page `number` below the site's base: `sources/` for the first, `sources/page/<n>/` for the others. */
export function sourcesIndexPath(number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new Error(`a sources index page number is a whole number of at least 1, not ${number}`);
  return number === 1 ? 'sources/' : `sources/${SOURCE_INDEX_PAGES_SEGMENT}/${number}/`;
}

/** Pages the navigation names on each side of the current one; past them, the first and last pages and a gap. */
export const PAGINATION_NEIGHBOURS = 2;

/** A link in the pagination navigation. */
export interface PageLink {
  number: number;
  /** Path below the site's base (see `sourcesIndexPath`). */
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

/** The navigation of page `number` of `pageCount`; undefined when there is one page (nothing to navigate). */
export function paginationOf(number: number, pageCount: number): Pagination | undefined {
  if (!Number.isInteger(number) || number < 1 || number > pageCount) throw new Error(`page ${number} is not one of the index's ${pageCount} pages`);
  if (pageCount <= 1) return undefined;
  const link = (at: number, afterGap = false): PageLink => ({ number: at, path: sourcesIndexPath(at), current: at === number, afterGap });
  const shown = [...new Set([1, ...Array.from({ length: 2 * PAGINATION_NEIGHBOURS + 1 }, (_, at) => number - PAGINATION_NEIGHBOURS + at), pageCount])]
    .filter((at) => at >= 1 && at <= pageCount)
    .sort((a, b) => a - b);
  return {
    previous: number > 1 ? link(number - 1) : undefined,
    next: number < pageCount ? link(number + 1) : undefined,
    pages: shown.map((at, index) => link(at, index > 0 && at - (shown[index - 1] as number) > 1)),
  };
}
