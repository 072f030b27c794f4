/**
 * How the sources index is split into pages (src/pages/sources/index.astro is page 1,
 * src/pages/sources/page/[page].astro the others): `LIST_LIMITS.sourcesPerPage` sources a
 * page, in the order given, so each page stays within the first-round-trip budget at any
 * number of sources. Page 1 keeps the address `/sources/`; page n is `/sources/page/<n>/`,
 * which no source can take because `page` is not a valid source slug (src/schemas/slug.ts).
 * The split and the navigation are src/route-data/list-pages.ts's; this names the addresses.
 */
import { listPages, pagedPath, paginationOf, type ListPage, type Pagination } from './list-pages.ts';

export interface SourcesIndexPage<T> extends Omit<ListPage<T>, 'items'> {
  /** The sources on this page, in the index's order. */
  sources: T[];
}

/** The index split into pages of at most `perPage` sources; one empty page when there are no sources. */
export function sourcesIndexPages<T>(sources: readonly T[], perPage: number): SourcesIndexPage<T>[] {
  return listPages(sources, perPage).map(({ items, ...page }) => ({ ...page, sources: items }));
}

/** The path of page `number` below the site's base: `sources/` for the first, `sources/page/<n>/` for the others. */
export function sourcesIndexPath(number: number): string {
  return pagedPath('sources/', number);
}

/** The navigation of page `number` of the index's `pageCount`; undefined when there is one page. */
export function sourcesIndexPagination(number: number, pageCount: number): Pagination | undefined {
  return paginationOf(number, pageCount, sourcesIndexPath);
}
