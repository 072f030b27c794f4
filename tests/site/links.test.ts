/**
 * Crawls the built site from the home page, breadth-first, through every internal link,
 * as a reader clicking around would: every page must exist, every `#fragment` must land on
 * an element, and nothing may point outside the base path (it would break on GitHub Pages,
 * where the site lives under `/<repo>/`).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { actors, sources } from '../support/site-content.ts';
import { FIXED_PAGES, idsOn, pathOf, useSite, withPage } from '../support/site-page.ts';

const site = useSite();

interface CrawledPage {
  status: number;
  ids: string[];
  errors: string[];
}

interface Link {
  /** Page the link is on. */
  from: string;
  /** The attribute as written. */
  href: string;
  /** Absolute target, fragment included. */
  target: URL;
}

interface Crawl {
  pages: Map<string, CrawledPage>;
  /** Links to pages of this site, in the order they were found. */
  links: Link[];
  /** URL-valued attributes (href, src, action) that leave the base path, with where they are. */
  escapes: string[];
}

function withoutHash(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

async function crawl(): Promise<Crawl> {
  const current = site();
  const root = new URL(current.url());
  const isInternal = (url: URL) => url.origin === root.origin && url.pathname.startsWith(current.base);
  const pages = new Map<string, CrawledPage>();
  const links: Link[] = [];
  const escapes: string[] = [];
  const queue = [root.href];
  const queued = new Set(queue);

  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const pageUrl = next;
    // A file that is not a page (the feed, the open data) is fetched, not opened: a browser
    // downloads a feed rather than showing it, and it holds no links to follow.
    if (!/(?:\/|\.html)$/.test(new URL(pageUrl).pathname)) {
      pages.set(pageUrl, { status: (await fetch(pageUrl)).status, ids: [], errors: [] });
      continue;
    }
    await withPage(current, pageUrl, async ({ page, status, errors }) => {
      pages.set(pageUrl, { status, ids: await idsOn(page), errors });
      const attributes = await page.locator('[href], [src], form[action]').evaluateAll((elements) =>
        elements.flatMap((element) =>
          ['href', 'src', 'action'].flatMap((name) => {
            const value = element.getAttribute(name);
            return value === null ? [] : [{ tag: element.tagName.toLowerCase(), name, value }];
          }),
        ),
      );
      for (const { tag, name, value } of attributes) {
        const where = `<${tag} ${name}="${value}"> on ${pathOf(pageUrl)}`;
        const resolved = new URL(value, pageUrl);
        // Root-relative addresses must carry the base; resolved ones must stay under it.
        const rootRelative = value.startsWith('/') && !value.startsWith('//');
        if ((rootRelative && !value.startsWith(current.base)) || (resolved.origin === root.origin && !isInternal(resolved))) {
          escapes.push(where);
        }
        if (tag !== 'a' || name !== 'href' || !isInternal(resolved)) continue;
        links.push({ from: pageUrl, href: value, target: resolved });
        const target = withoutHash(resolved);
        if (!queued.has(target)) {
          queued.add(target);
          queue.push(target);
        }
      }
    });
  }
  return { pages, links, escapes };
}

describe('crawling the site from the home page', () => {
  let result: Crawl | undefined;
  const crawled = (): Crawl => {
    if (!result) throw new Error('the crawl did not run');
    return result;
  };

  beforeAll(async () => {
    result = await crawl();
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
