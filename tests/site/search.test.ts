/**
 * The search page as a reader uses it: typing key by key into the box, the header form on
 * any page landing on /search/?q=…, a shareable address, results that lead to the right
 * page, and only page content (never the header or footer) being searched.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { actors, allContentText, sources } from '../support/site-content.ts';
import { UNLISTED_PAGES, useSite, withPage } from '../support/site-page.ts';
import { indexedUrls } from '../support/site-search.ts';

const site = useSite();

/** Waits until the search script has loaded Pagefind and shown its form. */
async function searchReady(page: Page): Promise<void> {
  await page.locator('#search-form').waitFor({ state: 'visible' });
}

/**
 * Waits for the status line about `query` (earlier keystrokes' searches are superseded, so
 * only the final query's status counts) and returns it.
 */
async function statusFor(page: Page, query: string): Promise<string> {
  const status = page.locator('#search-status');
  await page.waitForFunction((expected) => document.getElementById('search-status')?.textContent?.includes(expected), `“${query}”`);
  return (await status.textContent()) ?? '';
}

/** Number of results the status line announces, or 0 for "No results". */
function announcedCount(status: string, query: string): number {
  if (status === `No results for “${query}”.`) return 0;
  const match = /^(\d+) results? for “(.+)”/.exec(status);
  if (!match || match[2] !== query) throw new Error(`unexpected search status: "${status}"`);
  return Number(match[1]);
}

function resultLinks(page: Page): Promise<{ href: string; text: string }[]> {
  return page
    .locator('#search-results > li > h2 > a')
    .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', text: link.textContent ?? '' })));
}

async function queryInAddress(page: Page): Promise<string | null> {
  return new URLSearchParams(await page.evaluate(() => window.location.search)).get('q');
}

/** True when `word` (or a longer word starting with it, which Pagefind would also match) occurs in content/. */
function inContent(word: string): boolean {
  return new RegExp(`\\b${word}`, 'i').test(allContentText());
}

describe('the search page', () => {
  test('typing a name shows results that link into the site', async () => {
    const query = 'Hegseth';
    await withPage(site(), 'search/', async ({ page, errors }) => {
      await searchReady(page);
      await page.locator('#search-input').pressSequentially(query, { delay: 40 });
      const status = await statusFor(page, query);
      const count = announcedCount(status, query);
      expect(count, status).toBeGreaterThan(0);
      const links = await resultLinks(page);
      expect(links).toHaveLength(Math.min(count, 30));
      for (const { href } of links) {
        expect(href.startsWith(site().base), `${href} is under ${site().base}`).toBe(true);
        const response = await page.request.get(site().url(href));
        expect(response.status(), `${href} is served`).toBe(200);
      }
      expect(errors).toEqual([]);
    });
  });

  test('the first source result opens that source', async () => {
    const query = 'Hegseth';
    const sourcePaths = new Map(sources().map((source) => [`${site().base}sources/${source.slug}/`, source]));
    await withPage(site(), `search/`, async ({ page }) => {
      await searchReady(page);
      await page.locator('#search-input').pressSequentially(query, { delay: 40 });
      await statusFor(page, query);
      const first = (await resultLinks(page)).find((link) => sourcePaths.has(link.href));
      if (!first) throw new Error(`no source among the results for "${query}"`);
      const source = sourcePaths.get(first.href);
      await page.locator(`#search-results a[href="${first.href}"]`).first().click();
      await page.waitForURL((url) => url.pathname === first.href);
      expect(await page.locator('h1').innerText()).toBe(source?.title);
      expect(first.text).toBe(source?.title);
      expect(await page.locator('main').innerText()).toContain(query);
    });
  });

  test('the address follows the query while typing, and the address alone reproduces the search', async () => {
    const query = 'Putin';
    const shared = await withPage(site(), 'search/', async ({ page }) => {
      await searchReady(page);
      await page.locator('#search-input').focus();
      for (let typed = 1; typed <= query.length; typed += 1) {
        await page.keyboard.type(query.charAt(typed - 1));
        await expect.poll(() => queryInAddress(page)).toBe(query.slice(0, typed));
      }
      return { url: page.url(), status: await statusFor(page, query), links: await resultLinks(page) };
    });
    expect(announcedCount(shared.status, query)).toBeGreaterThan(0);
    // A reader opening the shared address sees the same search, already run.
    await withPage(site(), shared.url, async ({ page }) => {
      await searchReady(page);
      expect(await page.locator('#search-input').inputValue()).toBe(query);
      expect(await statusFor(page, query)).toBe(shared.status);
      expect(await resultLinks(page)).toEqual(shared.links);
    });
  });

  test('clearing the box clears the results and the address', async () => {
    await withPage(site(), 'search/?q=Zelensky', async ({ page }) => {
      await searchReady(page);
      expect(announcedCount(await statusFor(page, 'Zelensky'), 'Zelensky')).toBeGreaterThan(0);
      await page.locator('#search-input').fill('');
      await expect.poll(() => queryInAddress(page)).toBeNull();
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(0);
    });
  });

  test('a query matching nothing says "No results"', async () => {
    const query = 'zxqvjkw';
    expect(inContent(query), `"${query}" must not occur in content/`).toBe(false);
    await withPage(site(), 'search/', async ({ page }) => {
      await searchReady(page);
      await page.locator('#search-input').pressSequentially(query, { delay: 40 });
      expect(await statusFor(page, query)).toBe(`No results for “${query}”.`);
      expect(await page.locator('#search-results > li').count()).toBe(0);
    });
  });
});

describe('queries are text, never markup', () => {
  test('a query written as HTML is shown literally and runs nothing', async () => {
    const query = '<img src=x onerror=alert(1)>';
    await withPage(site(), 'search/', async ({ page, errors }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await searchReady(page);
      await page.locator('#search-input').pressSequentially(query, { delay: 20 });
      expect(await statusFor(page, query)).toContain(query);
      expect(await page.locator('main img').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

describe('the header search form', () => {
  test('on another page, it submits to the search page with the query and its results', async () => {
    const query = 'Zelensky';
    await withPage(site(), 'about/', async ({ page }) => {
      await page.locator('#site-search').pressSequentially(query, { delay: 40 });
      await page.keyboard.press('Enter');
      await page.waitForURL(
        (url) => url.pathname === `${site().base}search/` && url.searchParams.get('q') === query,
      );
      await searchReady(page);
      expect(await page.locator('#search-input').inputValue()).toBe(query);
      expect(announcedCount(await statusFor(page, query), query)).toBeGreaterThan(0);
      expect((await resultLinks(page)).length).toBeGreaterThan(0);
    });
  });
});

describe('site chrome is not searched', () => {
  // "Skip" is only in the skip link, "built" only in the footer: present on every page,
  // absent from every source, actor and explainer.
  test.for([
    { word: 'Skip', where: '.skip-link' },
    { word: 'built', where: '.site-footer' },
  ])('"$word" (in $where) finds nothing', async ({ word, where }) => {
    expect(inContent(word), `"${word}" must not occur in content/ for this test to mean anything`).toBe(false);
    await withPage(site(), 'search/', async ({ page }) => {
      expect(await page.locator(where).textContent()).toMatch(new RegExp(`\\b${word}\\b`));
      await searchReady(page);
      await page.locator('#search-input').pressSequentially(word, { delay: 40 });
      expect(await statusFor(page, word)).toBe(`No results for “${word}”.`);
      expect(await page.locator('#search-results > li').count()).toBe(0);
    });
  });
});

describe('what the index holds', () => {
  test('every source and actor page, and neither the unlisted pages (the build report) nor the 404 page', async () => {
    const base = site().base;
    await withPage(site(), 'search/', async ({ page }) => {
      const urls = await indexedUrls(page, `${base}pagefind/pagefind.js`);
      expect(urls).toEqual(
        expect.arrayContaining([
          ...sources().map((source) => `${base}sources/${source.slug}/`),
          ...actors().map((actor) => `${base}actors/${actor.id}/`),
        ]),
      );
      expect(UNLISTED_PAGES.length, 'the site has an unlisted page to look for').toBeGreaterThan(0);
      for (const path of UNLISTED_PAGES) expect(urls, `${base}${path} is not indexed`).not.toContain(`${base}${path}`);
      expect(urls.filter((url) => url.includes('404')), 'the 404 page is not indexed').toEqual([]);
      expect(urls.filter((url) => !url.startsWith(base)), 'every indexed page is under the base path').toEqual([]);
    });
  });
});
