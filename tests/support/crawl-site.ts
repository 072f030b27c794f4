/**
 * Crawling a built site from its home page, breadth-first, through every internal link, as a
 * reader clicking around would: each page's status, ids and errors, the links between pages,
 * and every address that leaves the base path. Used on the seed dossier (links.test.ts) and
 * on the second dossier (second-dossier.test.ts).
 */
import { idsOn, pathOf, withPage, type Site } from './site-page.ts';

export interface CrawledPage {
  status: number;
  ids: string[];
  errors: string[];
}

export interface Link {
  /** Page the link is on. */
  from: string;
  /** The attribute as written. */
  href: string;
  /** Absolute target, fragment included. */
  target: URL;
}

export interface Crawl {
  pages: Map<string, CrawledPage>;
  /** Links to pages of this site, in the order they were found. */
  links: Link[];
  /** URL-valued attributes (href, src, action) that leave the base path, with where they are. */
  escapes: string[];
}

export function withoutHash(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

/** Crawls `current` from its home page through every internal link, breadth-first. */
export async function crawlSite(current: Site): Promise<Crawl> {
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

