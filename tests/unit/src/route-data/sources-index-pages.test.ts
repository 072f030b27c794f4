/**
 * The sources index split into pages: how many, which sources each holds, their addresses
 * (which no source slug can take) and the navigation between them.
 */
import { describe, expect, it } from 'vitest';
import { sourcesIndexPages, sourcesIndexPagination, sourcesIndexPath } from '../../../../src/route-data/sources-index-pages.ts';
import { LIST_PAGES_SEGMENT, sourceSlugProblem } from '../../../../src/schemas/slug.ts';

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
    expect(sourcesIndexPath(2)).toBe(`sources/${LIST_PAGES_SEGMENT}/2/`);
    expect(sourcesIndexPath(40)).toBe('sources/page/40/');
    expect(() => sourcesIndexPath(0)).toThrow(/at least 1/);
  });

  it('uses a segment no source slug may take', () => {
    expect(sourceSlugProblem(LIST_PAGES_SEGMENT)).toMatch(/is reserved: "\/sources\/page\/"/);
  });
});

describe('sourcesIndexPagination', () => {
  it('links the index\'s own addresses, and has nothing to show with one page', () => {
    expect(sourcesIndexPagination(1, 1)).toBeUndefined();
    expect(sourcesIndexPagination(2, 3)?.previous?.path).toBe('sources/');
    expect(sourcesIndexPagination(2, 3)?.next?.path).toBe('sources/page/3/');
  });
});
