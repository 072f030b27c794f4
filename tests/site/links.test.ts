/**
 * Crawls the built site from the home page, breadth-first, through every internal link,
 * as a reader clicking around would: every page must exist, every `#fragment` must land on
 * an element, and nothing may point outside the base path (it would break on GitHub Pages,
 * where the site lives under `/<repo>/`).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { crawlSite, withoutHash, type Crawl } from '../support/crawl-site.ts';
import { actors, sources } from '../support/site-content.ts';
import { FIXED_PAGES, pathOf, useSite } from '../support/site-page.ts';

const site = useSite();

describe('crawling the site from the home page', () => {
  let result: Crawl | undefined;
  const crawled = (): Crawl => {
    if (!result) throw new Error('the crawl did not run');
    return result;
  };

  beforeAll(async () => {
    result = await crawlSite(site());
  });

  test('reaches every page the content defines', () => {
    const expected = [
      ...FIXED_PAGES,
      ...sources().map((source) => `sources/${source.slug}/`),
      ...actors().map((actor) => `actors/${actor.id}/`),
    ].map((path) => site().url(path));
    expect([...crawled().pages.keys()]).toEqual(expect.arrayContaining(expected));
  });

  test('every page it reaches is served with status 200', () => {
    const failing = [...crawled().pages]
      .filter(([, page]) => page.status !== 200)
      .map(([url, page]) => `${pathOf(url)} → ${page.status}`);
    expect(crawled().pages.size).toBeGreaterThan(1);
    expect(failing).toEqual([]);
  });

  test('no page it reaches logs an error', () => {
    const failing = [...crawled().pages].flatMap(([url, page]) => page.errors.map((error) => `${pathOf(url)}: ${error}`));
    expect(failing).toEqual([]);
  });

  test('every link with a #fragment lands on an element with that id', () => {
    const withFragment = crawled().links.filter((link) => link.target.hash !== '');
    expect(withFragment.length, 'the site has fragment links (citations, paragraph anchors)').toBeGreaterThan(0);
    const broken = withFragment
      .filter((link) => {
        const target = crawled().pages.get(withoutHash(link.target));
        // A text fragment (`#p3:~:text=…`) is an instruction to the browser, not part of the id.
        const id = decodeURIComponent(link.target.hash.slice(1).split(':~:')[0] ?? '');
        return !target?.ids.includes(id);
      })
      .map((link) => `${link.href} on ${pathOf(link.from)}`);
    expect(broken).toEqual([]);
  });

  test('no address leaves the base path', () => {
    expect(crawled().links.length).toBeGreaterThan(0);
    expect(crawled().escapes).toEqual([]);
  });
});
