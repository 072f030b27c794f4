/**
 * A source's changes split into pages (`/sources/<slug>/changes/`, then
 * `/sources/<slug>/changes/page/<n>/`): the rows of every group in the record's order, at most
 * `LIST_LIMITS.changesPerPage` a page, a group that runs across pages continued under its own
 * heading on the next; the passages left as received after the last row. The first page also
 * holds the summary (how damaged the copy was, the paragraphs in doubt, the quotations altered).
 * The marks in a source's text link to the page that holds their row (`changePageOf`). Pure;
 * the routes only render it.
 */
import { groupChanges, isUncertainFlag } from '../lib/cleaning-summary.ts';
import { LIST_LIMITS } from '../lib/list-limits.ts';
import type { CleaningRecord } from '../schemas/cleaning-record.ts';
import { listPages, pagedPath, paginationOf, type Pagination } from './list-pages.ts';

type Change = CleaningRecord['changes'][number];

/** A change as a row: the change and its 0-based place in the record (its anchor's number). */
export interface ChangeRow {
  change: Change;
  index: number;
}

/** The rows of one group that a page holds. */
export interface ChangeGroupPart {
  pass: string;
  label: string;
  /** How many changes the whole group has. */
  total: number;
  /** Whether the group began on an earlier page. */
  continued: boolean;
  rows: ChangeRow[];
}

export interface ChangesPage {
  number: number;
  pageCount: number;
  /** 1-based position of this page's first and last row among all the rows. */
  first: number;
  last: number;
  /** How many rows (changes, not the passages left as received) all the pages hold. */
  total: number;
  groups: ChangeGroupPart[];
  /** The passages left as received: on the last page, after the last row. */
  uncertain: ChangeRow[];
  /** The navigation between the pages; undefined when one page holds every change. */
  pagination: Pagination | undefined;
}

/** The path of page `number` of a source's changes below the site's base. */
export const changesPagePath = (slug: string, number: number): string => pagedPath(`sources/${slug}/changes/`, number);

/** The record's changes as rows in the order the pages list them (group by group), and its passages left as received. */
function rowsOf(record: Pick<CleaningRecord, 'changes'>): { rows: Array<ChangeRow & { pass: string; label: string; total: number }>; uncertain: ChangeRow[] } {
  const indexOf = new Map<Change, number>(record.changes.map((change, index) => [change, index]));
  const rows = groupChanges(record.changes.filter((change) => !isUncertainFlag(change))).flatMap((group) =>
    group.changes.map((change) => ({ change, index: indexOf.get(change) ?? 0, pass: group.pass, label: group.label, total: group.changes.length })),
  );
  const uncertain = record.changes.flatMap((change, index) => (isUncertainFlag(change) ? [{ change, index }] : []));
  return { rows, uncertain };
}

/** Every page of a source's changes, `perPage` rows a page. */
export function changePages(slug: string, record: Pick<CleaningRecord, 'changes'>, perPage = LIST_LIMITS.changesPerPage): ChangesPage[] {
  const { rows, uncertain } = rowsOf(record);
  const pages = listPages(rows, perPage);
  return pages.map((page) => {
    const groups: ChangeGroupPart[] = [];
    page.items.forEach((row, at) => {
      const current = groups.at(-1);
      if (current && current.pass === row.pass) current.rows.push({ change: row.change, index: row.index });
      else groups.push({ pass: row.pass, label: row.label, total: row.total, continued: at === 0 && page.first > 1 && rows[page.first - 2]?.pass === row.pass, rows: [{ change: row.change, index: row.index }] });
    });
    return {
      number: page.number,
      pageCount: page.pageCount,
      first: page.first,
      last: page.last,
      total: page.total,
      groups,
      uncertain: page.number === page.pageCount ? uncertain : [],
      pagination: paginationOf(page.number, page.pageCount, (number) => changesPagePath(slug, number)),
    };
  });
}

/** How many pages a source's changes take, for the routes' static paths. */
export function changesPageCount(record: Pick<CleaningRecord, 'changes'>, perPage = LIST_LIMITS.changesPerPage): number {
  return listPages(rowsOf(record).rows, perPage).length;
}

/** The page that holds each change's row (or, for a passage left as received, its entry), by the change's 0-based place in the record. */
export function changePageOf(record: Pick<CleaningRecord, 'changes'>, perPage = LIST_LIMITS.changesPerPage): Map<number, number> {
  const { rows, uncertain } = rowsOf(record);
  const pages = listPages(rows, perPage);
  const pageOf = new Map<number, number>();
  for (const page of pages) for (const row of page.items) pageOf.set(row.index, page.number);
  for (const row of uncertain) pageOf.set(row.index, pages.length);
  return pageOf;
}
