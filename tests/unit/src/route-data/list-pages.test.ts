/**
 * A long list split into pages, the addresses of its pages and the navigation between them
 * (the sources index, a key question's answers and the coverage grid use it).
 */
import { describe, expect, it } from 'vitest';
import { listPages, pagedPath, paginationOf, PAGINATION_NEIGHBOURS } from '../../../../src/route-data/list-pages.ts';

const items = (count: number) => Array.from({ length: count }, (_, at) => `harbour-gazette-${at + 1}`);
const path = (number: number) => pagedPath('sources/', number);

describe('listPages', () => {
  it('puts every item on exactly one page, in order, at most perPage a page', () => {
    const list = items(23);
    const pages = listPages(list, 10);
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
    expect(pages.flatMap((page) => page.items)).toEqual(list);
    expect(pages.map((page) => [page.number, page.pageCount, page.first, page.last, page.total])).toEqual([
      [1, 3, 1, 10, 23],
      [2, 3, 11, 20, 23],
      [3, 3, 21, 23, 23],
    ]);
  });

  it('makes one page when the items fit, and keeps an empty first page when there are none', () => {
    expect(listPages(items(10), 10)).toHaveLength(1);
    expect(listPages([], 10)).toEqual([{ number: 1, pageCount: 1, items: [], first: 0, last: 0, total: 0 }]);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => listPages(items(3), 0)).toThrow(/at least 1, not 0/);
    expect(() => listPages(items(3), 2.5)).toThrow(/not 2.5/);
  });
});

describe('pagedPath', () => {
  it('keeps page 1 at the list\'s own path and puts the others under page/<n>/', () => {
    expect(pagedPath('questions/harbour-fees/', 1)).toBe('questions/harbour-fees/');
    expect(pagedPath('questions/harbour-fees/', 3)).toBe('questions/harbour-fees/page/3/');
    expect(() => pagedPath('sources/', 0)).toThrow(/at least 1/);
    expect(() => pagedPath('sources', 2)).toThrow(/ending in "\/"/);
  });
});

describe('paginationOf', () => {
  it('has nothing to show with one page', () => {
    expect(paginationOf(1, 1, path)).toBeUndefined();
  });

  it('links previous and next where they exist and marks the current page', () => {
    const first = paginationOf(1, 3, path);
    expect(first?.previous).toBeUndefined();
    expect(first?.next).toEqual({ number: 2, path: 'sources/page/2/', current: false, afterGap: false });
    expect(first?.pages.map((link) => [link.number, link.current, link.afterGap])).toEqual([
      [1, true, false],
      [2, false, false],
      [3, false, false],
    ]);
    const last = paginationOf(3, 3, path);
    expect(last?.previous?.path).toBe('sources/page/2/');
    expect(last?.next).toBeUndefined();
    expect(paginationOf(2, 3, path)?.previous?.path).toBe('sources/');
  });

  it('names the first, the last and the current page’s neighbours, with gaps, however many pages there are', () => {
    const middle = paginationOf(100, 200, path);
    expect(middle?.pages.map((link) => link.number)).toEqual([1, 98, 99, 100, 101, 102, 200]);
    expect(middle?.pages.filter((link) => link.afterGap).map((link) => link.number)).toEqual([98, 200]);
    expect(middle?.pages.filter((link) => link.current).map((link) => link.number)).toEqual([100]);
    expect(middle?.pages).toHaveLength(2 * PAGINATION_NEIGHBOURS + 3);
    // Near an end, no gap where no page is left out.
    expect(paginationOf(2, 200, path)?.pages.map((link) => [link.number, link.afterGap])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [200, true],
    ]);
    expect(paginationOf(4, 7, path)?.pages.map((link) => link.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a page the index does not have', () => {
    expect(() => paginationOf(4, 3, path)).toThrow(/page 4 is not one of the list's 3 pages/);
    expect(() => paginationOf(0, 3, path)).toThrow(/page 0/);
  });
});
