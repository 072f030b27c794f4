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

/** Waits until the search script has loaded Pagefind, built its filters and run the search the address names. */
export async function searchLoaded(page: Page): Promise<void> {
  await page.locator('#search-form[data-ready]').waitFor({ state: 'attached' });
  await searchSettled(page);
}

/**
 * Waits until the results on screen answer the address in the location bar: the page
 * writes the address its results are for on the list once they are shown.
 */
export async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('search-results')?.dataset.address === window.location.search);
}

/** One result as shown: its link, its details line (`Source · BBC News · …`) and its passage links. */
export interface ShownResult {
  href: string;
  title: string;
  details: string;
  /** Links to the passages that matched: `text` as shown (`In ¶14`), `name` as read out (`In paragraph 14`). */
  passages: { href: string; text: string; name: string }[];
}

export function shownResults(page: Page): Promise<ShownResult[]> {
  return page.locator('#search-results > li').evaluateAll((items) => {
    /** The element's text without the parts `hidden` selects: what is seen, or what is read out. */
    const without = (element: Element, hidden: string) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll(hidden).forEach((part) => part.remove());
      return copy.textContent ?? '';
    };
    return items.map((item) => {
      const link = item.querySelector<HTMLAnchorElement>(':scope > h2 > a');
      return {
        href: link?.getAttribute('href') ?? '',
        title: link?.textContent ?? '',
        details: item.querySelector(':scope > p.meta')?.textContent ?? '',
        passages: [...item.querySelectorAll<HTMLAnchorElement>('.search-passages a')].map((passage) => ({
          href: passage.getAttribute('href') ?? '',
          text: without(passage, '.visually-hidden'),
          name: passage.getAttribute('aria-label') ?? without(passage, '[aria-hidden="true"]'),
        })),
      };
    });
  });
}

/**
 * Every result of the search on screen: presses "Show more results" (ten at a time) until
 * it is gone, waiting each time for the new results, and reads them all.
 */
export async function everyResult(page: Page): Promise<ShownResult[]> {
  const more = page.locator('#search-more');
  const items = page.locator('#search-results > li');
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, before);
  }
  return shownResults(page);
}

/**
 * Opens the folded filters as a reader does (which loads Pagefind's filter index), unless
 * they are open already, and waits until their values and counts are shown.
 */
export async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('#search-filters-panel');
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await page.locator('#search-filters[data-ready]').waitFor({ state: 'attached' });
}

/** The checkbox for one filter value, e.g. `filterBox(page, 'outlet', 'BBC News')`. */
export function filterBox(page: Page, filter: string, value: string) {
  return page.locator(`#search-filters input[type="checkbox"][name="${filter}"][value="${value.replace(/"/g, '\\"')}"]`);
}

/** The query and the filter values in the page's address. */
export async function addressState(page: Page): Promise<{ q: string | null; filters: Record<string, string[]> }> {
  const params = new URLSearchParams(await page.evaluate(() => window.location.search));
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) if (key !== 'q') (filters[key] ??= []).push(value);
  return { q: params.get('q'), filters };
}

/**
 * How many pixels inside `selector` the browser paints as a text-fragment highlight
 * (`::target-text`, which a `#p3:~:text=…` link asks for). The highlight is recoloured pure
 * green, a colour nothing else on the site uses, and the element's visible part counted.
 */
export async function highlightedPixels(page: Page, selector: string): Promise<number> {
  // A constructed style sheet: the site's Content-Security-Policy (rightly) refuses the
  // inline <style> that page.addStyleTag would add, and CSSOM is outside its reach.
  await page.evaluate(() => {
    const recolour = new CSSStyleSheet();
    recolour.replaceSync('::target-text { background: #00ff00 !important; color: #000000 !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, recolour];
  });
  // Two frames: the new style is applied and painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return 0;
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const width = Math.min(viewport.width, box.x + box.width) - x;
  const height = Math.min(viewport.height, box.y + box.height) - y;
  if (width <= 0 || height <= 0) return 0;
  const image = (await page.screenshot({ clip: { x, y, width, height } })).toString('base64');
  return page.evaluate(async (data) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${data}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.width;
    canvas.height = picture.height;
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(picture, 0, 0);
    const pixels = context.getImageData(0, 0, picture.width, picture.height).data;
    let green = 0;
    for (let at = 0; at < pixels.length; at += 4) if (pixels[at] === 0 && pixels[at + 1] === 255 && pixels[at + 2] === 0) green += 1;
    return green;
  }, image);
}
