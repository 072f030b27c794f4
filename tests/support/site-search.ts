/**
 * Driving the search page as a reader does, for tests outside search.test.ts: wait for
 * Pagefind, type the query key by key, wait for the status line about that query, read the
 * result links. And Pagefind's own list of every page in the built index.
 */
import type { Page } from 'playwright-core';

export interface SearchResults {
  /** The status line, e.g. `3 results for “Schumer”.` */
  status: string;
  /** The results' links as written (`/dossier/actors/x/`), in order. */
  hrefs: string[];
}

/** Types `query` into the search page's box (the page must be the search page) and reads the results. */
export async function searchFor(page: Page, query: string): Promise<SearchResults> {
  await page.locator('#search-form').waitFor({ state: 'visible' });
  await page.locator('#search-input').pressSequentially(query, { delay: 30 });
  // Earlier keystrokes' searches are superseded: only the status about the whole query counts.
  await page.waitForFunction(
    (expected) => document.getElementById('search-status')?.textContent?.includes(expected),
    `“${query}”`,
  );
  return {
    status: (await page.locator('#search-status').textContent()) ?? '',
    hrefs: await page
      .locator('#search-results > li > h2 > a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
  };
}

/**
 * Every page in the site's Pagefind index, as the URLs Pagefind returns (`/dossier/x/`),
 * from an empty search with no filter, which Pagefind answers with every indexed page.
 * `bundle` is the address of `pagefind/pagefind.js`; the page must be on the same site.
 */
export async function indexedUrls(page: Page, bundle: string): Promise<string[]> {
  // A string, not a function: the test runner rewrites `import()` in the functions it compiles.
  const urls: unknown = await page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(bundle)});
    await pagefind.init();
    const search = await pagefind.search(null);
    return Promise.all(search.results.map(async (result) => (await result.data()).url));
  })()`);
  if (!Array.isArray(urls) || !urls.every((url): url is string => typeof url === 'string')) {
    throw new Error(`Pagefind returned something other than a list of URLs: ${JSON.stringify(urls)}`);
  }
  return urls;
}
