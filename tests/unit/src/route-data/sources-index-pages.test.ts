/**
 * The sources index split into pages: how many, which sources each holds, their addresses
 * (which no source slug can take) and the navigation between them.
 */
import { describe, expect, it } from 'vitest';
import { paginationOf, PAGINATION_NEIGHBOURS, sourcesIndexPages, sourcesIndexPath } from '../../../../src/route-data/sources-index-pages.ts';
import { SOURCE_INDEX_PAGES_SEGMENT, sourceSlugProblem } from '../../../../src/schemas/slug.ts';

const slugs = (count: number) => Array.from({ length: count }, (_, at) => `harbour-gazette-${at + 1}`);

describe('sourcesIndexPages', () => {
  it('puts every source on exactly one page, in order, at most perPage a page', () => {
    const sources = slugs(23);
    const pages = sourcesIndexPages(sources, 10);
    expect(pages.map((page) => page.sources.length)).toEqual([10, 10, 3]);
    expect(pages.flatMap((page) => page.sources)).toEqual(sources);
    expect(pages.map((page) => [page.number, page.pageCount, page.first, page.last, page.total])).toEqual([
      [1, 3, 1, 10, 23],
      [2, 3, 11, 20, 23],
      [3, 3, 21, 23, 23],
    ]);
  });

  it('makes one page when the sources fit, exactly or with room', () => {
    expect(sourcesIndexPages(slugs(10), 10)).toHaveLength(1);
    expect(sourcesIndexPages(slugs(2), 10)).toEqual([{ number: 1, pageCount: 1, sources: slugs(2), first: 1, last: 2, total: 2 }]);
    expect(sourcesIndexPages(slugs(11), 10)).toHaveLength(2);
  });

  it('keeps a first page, empty, when there are no sources', () => {
    expect(sourcesIndexPages([], 10)).toEqual([{ number: 1, pageCount: 1, sources: [], first: 0, last: 0, total: 0 }]);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => sourcesIndexPages(slugs(3), 0)).toThrow(/at least 1, not 0/);
    expect(() => sourcesIndexPages(slugs(3), 2.5)).toThrow(/not 2.5/);
  });
});

describe('sourcesIndexPath', () => {
  it('keeps page 1 at sources/ and puts the others under the reserved segment', () => {
    expect(sourcesIndexPath(1)).toBe('sources/');
    expect(sourcesIndexPath(2)).toBe(`sources/${SOURCE_INDEX_PAGES_SEGMENT}/2/`);
    expect(sourcesIndexPath(40)).toBe('sources/page/40/');
    expect(() => sourcesIndexPath(0)).toThrow(/at least 1/);
  });

  it('uses a segment no source slug may take', () => {
    expect(sourceSlugProblem(SOURCE_INDEX_PAGES_SEGMENT)).toMatch(/is reserved: "\/sources\/page\/"/);
  });
});

describe('paginationOf', () => {
  it('has nothing to show with one page', () => {
    expect(paginationOf(1, 1)).toBeUndefined();
  });

  it('links previous and next where they exist and marks the current page', () => {
    const first = paginationOf(1, 3);
    expect(first?.previous).toBeUndefined();
    expect(first?.next).toEqual({ number: 2, path: 'sources/page/2/', current: false, afterGap: false });
    expect(first?.pages.map((link) => [link.number, link.current, link.afterGap])).toEqual([
      [1, true, false],
      [2, false, false],
      [3, false, false],
    ]);
    const last = paginationOf(3, 3);
    expect(last?.previous?.path).toBe('sources/page/2/');
    expect(last?.next).toBeUndefined();
    expect(paginationOf(2, 3)?.previous?.path).toBe('sources/');
  });

  it('names the first, the last and the current page’s neighbours, with gaps, however many pages there are', () => {
    const middle = paginationOf(100, 200);
    expect(middle?.pages.map((link) => link.number)).toEqual([1, 98, 99, 100, 101, 102, 200]);
    expect(middle?.pages.filter((link) => link.afterGap).map((link) => link.number)).toEqual([98, 200]);
    expect(middle?.pages.filter((link) => link.current).map((link) => link.number)).toEqual([100]);
    expect(middle?.pages).toHaveLength(2 * PAGINATION_NEIGHBOURS + 3);
    // Near an end, no gap where no page is left out.
    expect(paginationOf(2, 200)?.pages.map((link) => [link.number, link.afterGap])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [200, true],
    ]);
    expect(paginationOf(4, 7)?.pages.map((link) => link.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a page the index does not have', () => {
    expect(() => paginationOf(4, 3)).toThrow(/page 4 is not one of the index's 3 pages/);
    expect(() => paginationOf(0, 3)).toThrow(/page 0/);
  });
});
