/** The timeline's own pages: none while the home page shows every event, then every event on exactly one page. */
import { describe, expect, it } from 'vitest';
import { timelinePages, timelinePath } from '../../../../src/route-data/timeline-pages.ts';

const events = (count: number) => Array.from({ length: count }, (_, at) => `event-${at + 1}`);
const limits = { homeEvents: 3, timelineEvents: 4 };

describe('timelinePages', () => {
  it('makes no page while the home page holds every event', () => {
    expect(timelinePages(events(3), limits)).toEqual([]);
    expect(timelinePages([], limits)).toEqual([]);
  });

  it('past the home page, puts every event on one page, at /timeline/ and then /timeline/page/<n>/', () => {
    const pages = timelinePages(events(9), limits);
    expect(pages.map((page) => [page.param, page.items])).toEqual([
      [undefined, events(4)],
      ['page/2', events(8).slice(4)],
      ['page/3', ['event-9']],
    ]);
    expect(pages[0]?.pagination?.next?.path).toBe('timeline/page/2/');
    expect(pages[2]?.pagination?.previous?.path).toBe(timelinePath(2));
  });

  it('has one page and no navigation when one page holds the whole timeline', () => {
    const [only, ...rest] = timelinePages(events(4), limits);
    expect(rest).toEqual([]);
    expect([only?.param, only?.pagination]).toEqual([undefined, undefined]);
  });
});
