/**
 * Feeds and sharing in the built site, in Chromium (issue 17, item 6): the Atom feed of new
 * sources and corrections, announced on every page; the sitemap under the base path, naming
 * every listed page and no other; an Open Graph card per kind of page, a PNG of the site.
 */
import { describe, expect, test } from 'vitest';
import { sources } from '../support/site-content.ts';
import { useSite, withPage } from '../support/site-page.ts';

const site = useSite();

/** Entries of an Atom feed or locations of a sitemap, read by Chromium's own XML parser. */
async function readXml(path: string, selector: string): Promise<{ status: number; texts: string[]; updated: string }> {
  return withPage(site(), '', async ({ page }) =>
    page.evaluate(
      async ({ url, selector: wanted }) => {
        const response = await fetch(url);
        const document = new DOMParser().parseFromString(await response.text(), 'application/xml');
        if (document.querySelector('parsererror')) throw new Error(`${url} is not well-formed XML`);
        return {
          status: response.status,
          texts: [...document.querySelectorAll(wanted)].map((element) => element.textContent ?? ''),
          updated: document.querySelector('feed > updated')?.textContent ?? '',
        };
      },
      { url: site().url(path), selector },
    ),
  );
}

describe('the Atom feed', () => {
  test('carries every source and correction, newest first, updated when its newest entry is', async () => {
    const feed = await readXml('feed.xml', 'entry > id');
    expect(feed.status).toBe(200);
    const titles = await readXml('feed.xml', 'entry > title');
    expect(titles.texts.filter((title) => title.startsWith('New source: '))).toHaveLength(sources().length);
    expect(titles.texts.some((title) => title.startsWith('Correction: '))).toBe(true);
    const dates = (await readXml('feed.xml', 'entry > updated')).texts;
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed.updated).toBe(dates[0]);
    // Every entry points into the site, under its base path.
    for (const id of feed.texts) expect(new URL(id).pathname.startsWith(site().base)).toBe(true);
  });

  test('every page announces it for feed readers', async () => {
    await withPage(site(), 'sources/', async ({ page }) => {
      expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(`${site().base}feed.xml`);
    });
  });
});

describe('the sitemap', () => {
  test('lists every listed page under the base path, each served, and not the maintainers’ build report', async () => {
    const sitemap = await readXml('sitemap.xml', 'url > loc');
    expect(sitemap.status).toBe(200);
    const paths = sitemap.texts.map((loc) => new URL(loc).pathname);
    expect(paths).toEqual(expect.arrayContaining([site().base, `${site().base}corrections/`, ...sources().map((source) => `${site().base}sources/${source.slug}/`)]));
    expect(paths).not.toContain(`${site().base}build-report/`);
    for (const path of paths) expect((await fetch(site().url(path))).status, path).toBe(200);
  });
});

describe('Open Graph cards', () => {
  test.for(['', 'sources/', `sources/${sources()[0]?.slug ?? ''}/`, 'questions/01-who-ordered/', 'compare/coverage/', 'corrections/'])(
    '/%s names a card of its kind, a 1200 × 630 picture of the site',
    async (path) => {
      const card = await withPage(site(), path, async ({ page }) => ({
        image: (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '',
        alt: (await page.locator('meta[property="og:image:alt"]').getAttribute('content')) ?? '',
        twitter: await page.locator('meta[name="twitter:card"]').getAttribute('content'),
      }));
      expect(card.image).toMatch(/^https?:\/\/[^/]+\/.*og\/[a-z]+\.png$/);
      expect(card.alt).toMatch(/^The Dossier: /);
      expect(card.twitter).toBe('summary_large_image');
      // Opened on its own in a tab, as a reader following the card would see it (Chromium then
      // asks the server root for a favicon, which is not the site's to answer).
      await withPage(site(), new URL(card.image).pathname, async ({ page, status }) => {
        expect(status).toBe(200);
        const size = await page.locator('img').evaluate((image) => [(image as HTMLImageElement).naturalWidth, (image as HTMLImageElement).naturalHeight]);
        expect(size).toEqual([1200, 630]);
      });
    },
  );
});
