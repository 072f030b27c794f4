/**
 * The timeline's own pages (src/pages/timeline/[...page].astro): none while the home page
 * shows every event (`LIST_LIMITS.homeEvents`); past it, the whole timeline,
 * `LIST_LIMITS.timelineEvents` events a page, at `/timeline/` and then `/timeline/page/<n>/`.
 * Pure, so which pages exist is testable with any number of events.
 */
import { listPages, pagedPath, paginationOf, type ListPage, type Pagination } from './list-pages.ts';

/** The path of page `number` of the timeline below the site's base. */
export const timelinePath = (number: number): string => pagedPath('timeline/', number);

export interface TimelinePage<T> extends ListPage<T> {
  /** The route's rest parameter: undefined for `/timeline/`, `page/<n>` for the others. */
  param: string | undefined;
  pagination: Pagination | undefined;
}

/** The timeline's pages; none when the home page holds every event. */
export function timelinePages<T>(events: readonly T[], limits: { homeEvents: number; timelineEvents: number }): TimelinePage<T>[] {
  if (events.length <= limits.homeEvents) return [];
  return listPages(events, limits.timelineEvents).map((page) => ({
    ...page,
    param: page.number === 1 ? undefined : timelinePath(page.number).slice('timeline/'.length, -1),
    pagination: paginationOf(page.number, page.pageCount, timelinePath),
  }));
}
