/**
 * The search page as a reader uses it: typing key by key into the box, the header form on
 * any page landing on /search/?q=…, a shareable address, results that lead to the right
 * page, and only page content (never the header or footer) being searched. Then search in
 * depth: each filter (kind, outlet, year, actor) narrows the results, filters alone browse,
 * the address carries query and filters, quoted phrases are exact, passage links land on
 * the paragraph with the words highlighted, and all of it works from the keyboard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { actors, allContentText, outlets, sources } from '../support/site-content.ts';
import { FIXED_PAGES, UNLISTED_PAGES, useSite, withPage } from '../support/site-page.ts';
import {
  addressState,
  filterBox,
  highlightedPixels,
  indexedUrls,
  openFilters,
  searchLoaded,
  searchSettled,
  everyResult,
  shownResults,
  type ShownResult,
} from '../support/site-search.ts';

const site = useSite();

/** Front matter of a file in content/. */
function frontMatterOf(file: string): Record<string, unknown> {
  const data: unknown = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');
  if (typeof data !== 'object' || data === null) throw new Error(`${file} has no front matter`);
  return data as Record<string, unknown>;
}

/** What the filters should find for each source, read from content/. */
const sourceFacts = sources().map((source) => {
  const file = join('content', 'sources', `${source.slug}.md`);
  const data = frontMatterOf(file);
  const outletId = String(data.outlet);
  const published = data.published instanceof Date ? data.published.toISOString() : String(data.published);
  return {
    slug: source.slug,
    outlet: outlets().find((outlet) => outlet.id === outletId)?.name ?? outletId,
    year: published.slice(0, 4),
    text: readFileSync(file, 'utf8'),
  };
});

const questionFacts = readdirSync(join('content', 'questions'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const data = frontMatterOf(join('content', 'questions', name));
    const answers = Array.isArray(data.answers) ? (data.answers as { source: string }[]) : [];
    const noAnswerIn = Array.isArray(data.noAnswerIn) ? (data.noAnswerIn as string[]) : [];
    return { id: name.replace(/\.md$/, ''), question: String(data.question), answeredBy: answers.map((answer) => answer.source), noAnswerIn };
  });

const sourcePath = (slug: string) => `${site().base}sources/${slug}/`;
const actorPath = (id: string) => `${site().base}actors/${id}/`;
const questionPath = (id: string) => `${site().base}questions/${id}/`;

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
      expect(links).toHaveLength(Math.min(count, 10));
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

  test('results follow fast typing, and the address changes once a pause lets the search run, not on every keystroke', async () => {
    const query = 'Hegseth ordered';
    await withPage(site(), 'search/', async ({ page }) => {
      // Counts the page's address updates: browsers refuse a flood of them (Safari: 100 in 30 s).
      await page.addInitScript(() => {
        const counted = window as unknown as { __replaceStates: number };
        counted.__replaceStates = 0;
        const original = history.replaceState.bind(history);
        history.replaceState = (...args: Parameters<History['replaceState']>) => {
          counted.__replaceStates += 1;
          original(...args);
        };
      });
      await page.reload();
      await searchReady(page);
      const before = await page.evaluate(() => (window as unknown as { __replaceStates: number }).__replaceStates);
      await page.locator('#search-input').pressSequentially(query, { delay: 15 });
      const status = await statusFor(page, query);
      expect(announcedCount(status, query)).toBeGreaterThan(0);
      expect(await queryInAddress(page)).toBe(query);
      const updates = (await page.evaluate(() => (window as unknown as { __replaceStates: number }).__replaceStates)) - before;
      expect(updates).toBeGreaterThan(0);
      expect(updates).toBeLessThan(query.length / 2);
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
  test('every source, actor and key question page, and neither the unlisted pages (the build report) nor the 404 page', async () => {
    const base = site().base;
    await withPage(site(), 'search/', async ({ page }) => {
      const urls = await indexedUrls(page, `${base}pagefind/pagefind.js`);
      expect(urls).toEqual(
        expect.arrayContaining([
          ...sources().map((source) => `${base}sources/${source.slug}/`),
          ...actors().map((actor) => `${base}actors/${actor.id}/`),
          ...questionFacts.map((question) => `${base}questions/${question.id}/`),
        ]),
      );
      expect(UNLISTED_PAGES.length, 'the site has an unlisted page to look for').toBeGreaterThan(0);
      for (const path of UNLISTED_PAGES) expect(urls, `${base}${path} is not indexed`).not.toContain(`${base}${path}`);
      expect(urls.filter((url) => url.includes('404')), 'the 404 page is not indexed').toEqual([]);
      expect(urls.filter((url) => !url.startsWith(base)), 'every indexed page is under the base path').toEqual([]);
    });
  });
});

/** Number of results a status line announces, with or without words: `12 results for “x”…`, `21 results filtered by…`, `No results…`. */
function resultCount(status: string): number {
  if (status.startsWith('No results')) return 0;
  const match = /^(\d+) results?\b/.exec(status);
  if (!match) throw new Error(`unexpected search status: "${status}"`);
  return Number(match[1]);
}

async function statusText(page: Page): Promise<string> {
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** Opens the search page at `search/<query string>`, waits for the results the address asks for, and shows them all. */
async function openSearch(page: Page, queryString: string): Promise<ShownResult[]> {
  await page.goto(site().url(`search/${queryString}`));
  await searchLoaded(page);
  return everyResult(page);
}

/** Ticks (or unticks) a filter value with the mouse, opening the filters and unfolding a long list first, waits for the results it gives, and shows them all. */
async function toggleFilter(page: Page, filter: string, value: string): Promise<ShownResult[]> {
  await openFilters(page);
  const box = filterBox(page, filter, value);
  const folded = await box.evaluate((input) => input.closest('details')?.open === false);
  if (folded) await page.locator(`#search-filters .search-filter-${filter} summary`).click();
  await box.click();
  await searchSettled(page);
  return everyResult(page);
}

const hrefs = (results: readonly ShownResult[]) => results.map((result) => result.href).sort();
const namesOf = (id: string) => {
  const actor = actors().find((candidate) => candidate.id === id);
  if (!actor) throw new Error(`no actor "${id}" in content/actors/`);
  return [actor.name, ...actor.aliases];
};
const names = (text: string, forms: readonly string[]) => forms.some((form) => text.includes(form));

describe('filters', () => {
  const query = 'Hegseth';
  const schumer = actors().find((actor) => actor.name === 'Chuck Schumer');
  const bbc = sourceFacts.find((source) => source.outlet === 'BBC News');

  test('are fieldsets with legends, every checkbox with a label and a count, and the status is a live region', async () => {
    await withPage(site(), 'search/', async ({ page, errors }) => {
      await searchLoaded(page);
      await openFilters(page);
      const fieldsets = await page.locator('#search-filters fieldset').evaluateAll((sets) =>
        sets.map((set) => ({
          legend: set.querySelector('legend')?.textContent?.trim() ?? '',
          boxes: [...set.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
            label: [...(box.labels ?? [])].map((label) => label.textContent ?? '').join(' ').trim(),
          })),
        })),
      );
      expect(fieldsets.map((set) => set.legend)).toEqual(['Kind of page', 'Outlet', 'Year published', 'Actor named']);
      for (const set of fieldsets) {
        expect(set.boxes.length, set.legend).toBeGreaterThan(0);
        for (const box of set.boxes) expect(box.label, set.legend).toMatch(/\S.*\(\d+\)$/);
      }
      const buttons = await page.locator('#search-form button, #search-more').evaluateAll((all) => all.map((button) => button.textContent?.trim() ?? ''));
      expect(buttons.every((text) => text !== ''), 'every button is named').toBe(true);
      expect(await page.locator('#search-input').evaluate((input) => (input as HTMLInputElement).labels?.length ?? 0)).toBe(1);
      expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
      expect(errors).toEqual([]);
    });
  });

  test('a first search fetches no filter index; opening the filters fetches it', async () => {
    await withPage(site(), `search/?q=${query}`, async ({ page, errors }) => {
      const filterFiles: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.pf_filter')) filterFiles.push(request.url());
      });
      await searchLoaded(page);
      expect(resultCount(await statusText(page))).toBeGreaterThan(0);
      expect(await page.locator('#search-filters-panel').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      expect(await page.locator('#search-filters fieldset').count()).toBe(0);
      expect(filterFiles).toEqual([]);
      await openFilters(page);
      expect(filterFiles.length).toBeGreaterThan(0);
      expect(await page.locator('#search-filters fieldset').count()).toBe(4);
      expect(errors).toEqual([]);
    });
  });

  test('each count is how many of the search\'s results carry that value', async () => {
    await withPage(site(), 'search/', async ({ page }) => {
      const results = await openSearch(page, `?q=${query}&kind=source`);
      await openFilters(page);
      expect(results.length).toBeGreaterThan(0);
      const counts = await page.locator('#search-filters input[type="checkbox"]').evaluateAll((boxes) =>
        (boxes as HTMLInputElement[]).map((box) => ({
          name: box.name,
          value: box.value,
          count: Number(/\((\d+)\)$/.exec([...(box.labels ?? [])].map((label) => label.textContent ?? '').join(' ').trim())?.[1] ?? Number.NaN),
        })),
      );
      const outletOf = (href: string) => sourceFacts.find((source) => sourcePath(source.slug) === href)?.outlet;
      for (const { name, value, count } of counts.filter((box) => box.name === 'kind' || box.name === 'outlet')) {
        const expected = name === 'kind' ? (value === 'source' ? results.length : 0) : results.filter((result) => outletOf(result.href) === value).length;
        expect(count, `${name} = ${value}`).toBe(expected);
      }
      expect(counts.filter((box) => box.name === 'outlet').reduce((sum, box) => sum + box.count, 0), 'every source shown has one outlet').toBe(results.length);
    });
  });

  test.for([
    { filter: 'kind', value: 'source', expected: 'only source pages' },
    { filter: 'outlet', value: 'BBC News', expected: "only the BBC's source and the key questions it answers" },
    { filter: 'year', value: '2025', expected: 'only sources published that year' },
    { filter: 'actor', value: 'Chuck Schumer', expected: 'only his page and the sources naming him' },
  ])('$filter = $value narrows a search to $expected', async ({ filter, value }) => {
    expect(inContent(query)).toBe(true);
    if (!schumer || !bbc) throw new Error('content/ has no Chuck Schumer or no BBC News source, which this test relies on');
    const belongs: Record<string, (href: string) => boolean> = {
      kind: (href) => sourceFacts.some((source) => sourcePath(source.slug) === href),
      outlet: (href) =>
        sourceFacts.some((source) => source.outlet === value && sourcePath(source.slug) === href) ||
        questionFacts.some((question) => question.answeredBy.some((slug) => slug === bbc.slug) && questionPath(question.id) === href),
      year: (href) => sourceFacts.some((source) => source.year === value && sourcePath(source.slug) === href),
      actor: (href) => href === actorPath(schumer.id) || sourceFacts.some((source) => names(source.text, namesOf(schumer.id)) && sourcePath(source.slug) === href),
    };
    await withPage(site(), `search/?q=${query}`, async ({ page, errors }) => {
      await searchLoaded(page);
      const before = resultCount(await statusText(page));
      const unfiltered = hrefs(await everyResult(page));
      expect(before, 'the unfiltered search shows every result once they are all shown').toBe(unfiltered.length);
      const after = await toggleFilter(page, filter, value);
      const status = await statusText(page);
      expect(status).toContain(`for “${query}”, filtered by`);
      expect(resultCount(status)).toBe(after.length);
      expect(after.length, 'the filter keeps some results').toBeGreaterThan(0);
      expect(after.length, 'the filter removes some results').toBeLessThan(before);
      for (const href of hrefs(after)) {
        expect(unfiltered, `${href} was among the unfiltered results`).toContain(href);
        expect(belongs[filter]?.(href), `${href} matches ${filter} = ${value}`).toBe(true);
      }
      expect(await filterBox(page, filter, value).isChecked()).toBe(true);
      expect((await addressState(page)).filters[filter]).toEqual([value]);
      expect(errors).toEqual([]);
    });
  });

  test('with no words, ticking "Actors" lists every actor page and nothing else', async () => {
    await withPage(site(), 'search/', async ({ page }) => {
      await searchLoaded(page);
      expect(await page.locator('#search-results > li').count()).toBe(0);
      const results = await toggleFilter(page, 'kind', 'actor');
      expect(hrefs(results)).toEqual(actors().map((actor) => actorPath(actor.id)).sort());
      expect(await statusText(page)).toBe(`${actors().length} results filtered by Kind of page: Actors.`);
      expect(results.every((result) => result.details.startsWith('Actor · '))).toBe(true);
      expect(await addressState(page)).toEqual({ q: null, filters: { kind: ['actor'] } });
    });
  });

  test('an outlet with no words lists its sources and the key questions they answer', async () => {
    const outlet = 'TechCrunch';
    const own = sourceFacts.filter((source) => source.outlet === outlet);
    expect(own.length).toBeGreaterThan(0);
    await withPage(site(), 'search/', async ({ page }) => {
      const results = await openSearch(page, `?outlet=${encodeURIComponent(outlet)}`);
      const expected = [
        ...own.map((source) => sourcePath(source.slug)),
        ...questionFacts.filter((question) => question.answeredBy.some((slug) => own.some((source) => source.slug === slug))).map((question) => questionPath(question.id)),
      ].sort();
      expect(hrefs(results)).toEqual(expected);
      for (const result of results.filter((entry) => entry.href.includes('/sources/'))) expect(result.details).toContain(`Source · ${outlet} · `);
    });
  });

  test('a year with no words lists exactly the sources published that year', async () => {
    const year = sourceFacts[0]?.year ?? '';
    await withPage(site(), 'search/', async ({ page }) => {
      const results = await openSearch(page, `?year=${year}`);
      expect(hrefs(results)).toEqual(sourceFacts.filter((source) => source.year === year).map((source) => sourcePath(source.slug)).sort());
    });
  });

  test('sources naming Chuck Schumer are only the sources whose text names him', async () => {
    if (!schumer) throw new Error('content/actors/ has no Chuck Schumer');
    const naming = sourceFacts.filter((source) => names(source.text, namesOf(schumer.id)));
    expect(naming.length, 'some source names him').toBeGreaterThan(0);
    expect(naming.length, 'some source does not').toBeLessThan(sourceFacts.length);
    await withPage(site(), 'search/', async ({ page }) => {
      const results = await openSearch(page, `?kind=source&actor=${encodeURIComponent(schumer.name)}`);
      expect(hrefs(results)).toEqual(naming.map((source) => sourcePath(source.slug)).sort());
    });
  });

  test('filters combine: any value within a filter, every filter at once', async () => {
    await withPage(site(), 'search/', async ({ page }) => {
      const either = await openSearch(page, '?kind=source&kind=actor');
      expect(either.length).toBe(sourceFacts.length + actors().length);
      const both = await openSearch(page, `?kind=source&outlet=${encodeURIComponent('BBC News')}`);
      expect(hrefs(both)).toEqual(sourceFacts.filter((source) => source.outlet === 'BBC News').map((source) => sourcePath(source.slug)));
      // "Clear filters" empties them all, and with no words the page waits for a search again.
      await page.locator('#search-clear').click();
      await searchSettled(page);
      expect(await page.locator('#search-filters input:checked').count()).toBe(0);
      expect(await page.locator('#search-results > li').count()).toBe(0);
      expect(await addressState(page)).toEqual({ q: null, filters: {} });
    });
  });

  test('a long list finds its values by part of a name, keeps ticked values shown, and never searches as it finds', async () => {
    const hegseth = actors().find((actor) => actor.name.endsWith('Hegseth'));
    if (!hegseth || !schumer) throw new Error('content/actors/ has no Hegseth or no Chuck Schumer');
    await withPage(site(), `search/?q=${query}`, async ({ page, errors }) => {
      await searchLoaded(page);
      await openFilters(page);
      const fieldset = page.locator('#search-filters .search-filter-actor');
      await fieldset.locator('summary').click();
      const total = await fieldset.locator('input[type="checkbox"]').count();
      expect(total, 'the actor list is long enough to fold').toBeGreaterThan(10);
      const finder = page.getByLabel(`Find among the ${total} actors`);
      const shownNames = () =>
        fieldset.locator('li').evaluateAll((items) => items.filter((item) => item.checkVisibility()).map((item) => item.querySelector('input')?.value ?? ''));
      const found = () => fieldset.locator('.filter-found').textContent();
      const every = await shownNames();
      expect(every).toHaveLength(total);
      // The names holding the letters typed, read plainly (no accents among them here).
      const holding = (letters: string) => every.filter((name) => name.toLowerCase().includes(letters));
      expect(holding('heg')).toEqual([hegseth.name]);
      const before = await addressState(page);
      const resultsFor = await page.locator('#search-results').getAttribute('data-address');

      await finder.pressSequentially('heg', { delay: 20 });
      expect(await shownNames()).toEqual(holding('heg'));
      expect(await found()).toBe(`1 of ${total} actors matches “heg”.`);
      // Finding is not searching: the address, the results and the ticks stay as they were.
      await finder.press('Enter');
      expect(await addressState(page)).toEqual(before);
      expect(await page.locator('#search-results').getAttribute('data-address')).toBe(resultsFor);
      expect(await fieldset.locator('input:checked').count()).toBe(0);

      // A ticked value stays in view whatever is typed next.
      await filterBox(page, 'actor', hegseth.name).click();
      await searchSettled(page);
      await finder.fill('');
      await finder.pressSequentially('SCHUMER', { delay: 20 });
      const schumers = holding('schumer');
      expect(schumers).toContain(schumer.name);
      expect((await shownNames()).sort()).toEqual([...new Set([hegseth.name, ...schumers])].sort());
      expect(await found()).toBe(`${schumers.length} of ${total} ${schumers.length === 1 ? 'actors matches' : 'actors match'} “SCHUMER”. 1 ticked actor that does not match stays shown.`);
      await finder.fill('');
      await finder.pressSequentially('zzqx', { delay: 20 });
      expect(await shownNames()).toEqual([hegseth.name]);
      expect(await found()).toBe('No actor matches “zzqx”. 1 ticked actor that does not match stays shown.');
      // Unticked, it is no longer counted as ticked, but stays in view (it has the focus) until the next letter typed.
      await filterBox(page, 'actor', hegseth.name).click();
      await searchSettled(page);
      expect(await found()).toBe('No actor matches “zzqx”.');
      expect(await shownNames()).toEqual([hegseth.name]);
      await finder.press('End');
      await finder.pressSequentially('z', { delay: 20 });
      expect(await shownNames()).toEqual([]);
      await finder.fill('');
      await filterBox(page, 'actor', hegseth.name).click();
      await searchSettled(page);
      // Emptied, the finder shows every value again and says nothing.
      await finder.fill('');
      expect(await shownNames()).toHaveLength(total);
      expect(await found()).toBe('');
      expect(await addressState(page)).toEqual({ q: query, filters: { actor: [hegseth.name] } });
      expect(errors).toEqual([]);
    });
  });

  test('more than a page of results shows 10, then ten more on each "Show more results", focus moving to the first new one', async () => {
    const total = actors().length + outlets().length + questionFacts.length;
    expect(total, 'enough pages to need a third page of results').toBeGreaterThan(20);
    await withPage(site(), 'search/', async ({ page }) => {
      await page.goto(site().url('search/?kind=actor&kind=outlet&kind=question'));
      await searchLoaded(page);
      expect(await shownResults(page)).toHaveLength(10);
      expect(await statusText(page)).toContain(`${total} results filtered by`);
      expect(await statusText(page)).toContain('(showing 10)');
      await page.locator('#search-more').click();
      await expect.poll(() => page.locator('#search-results > li').count()).toBe(20);
      expect(await statusText(page)).toContain('(showing 20)');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
      expect(focused).toBe((await shownResults(page))[10]?.href);
      for (let shown = 20; shown < total; shown += 10) {
        await page.locator('#search-more').click();
        await expect.poll(() => page.locator('#search-results > li').count()).toBe(Math.min(shown + 10, total));
      }
      expect(await page.locator('#search-more').isHidden()).toBe(true);
      expect(await statusText(page)).not.toContain('showing');
    });
  });
});

describe('the address of a search', () => {
  test('carries the words and the filters, and reloading or sharing it restores both', async () => {
    const query = 'Hegseth';
    const shared = await withPage(site(), 'search/', async ({ page }) => {
      await searchLoaded(page);
      await page.locator('#search-input').pressSequentially(query, { delay: 30 });
      await expect.poll(async () => (await addressState(page)).q).toBe(query);
      await toggleFilter(page, 'kind', 'source');
      await toggleFilter(page, 'outlet', 'BBC News');
      expect(await addressState(page)).toEqual({ q: query, filters: { kind: ['source'], outlet: ['BBC News'] } });
      const before = { status: await statusText(page), results: await shownResults(page) };
      expect(before.results.length).toBeGreaterThan(0);
      await page.reload();
      await searchLoaded(page);
      expect(await page.locator('#search-input').inputValue()).toBe(query);
      expect(await filterBox(page, 'kind', 'source').isChecked()).toBe(true);
      expect(await filterBox(page, 'outlet', 'BBC News').isChecked()).toBe(true);
      expect(await page.locator('#search-filters input:checked').count()).toBe(2);
      expect(await statusText(page)).toBe(before.status);
      expect(await shownResults(page)).toEqual(before.results);
      return { url: page.url(), ...before };
    });
    await withPage(site(), shared.url, async ({ page }) => {
      await searchLoaded(page);
      expect(await statusText(page)).toBe(shared.status);
      expect(await shownResults(page)).toEqual(shared.results);
    });
  });
});

describe('exact phrases', () => {
  const phrase = 'critical strategic mistake';
  const bbc = sourceFacts.find((source) => source.outlet === 'BBC News');

  test('a phrase in double quotes finds the pages holding those words in that order, among them the BBC source', async () => {
    if (!bbc) throw new Error('content/ has no BBC News source');
    expect(bbc.text).toContain(phrase);
    await withPage(site(), 'search/', async ({ page }) => {
      const results = await openSearch(page, `?q=${encodeURIComponent(`"${phrase}"`)}`);
      expect(await statusText(page)).toContain('(exact phrase)');
      expect(hrefs(results)).toContain(sourcePath(bbc.slug));
      for (const { href } of results) {
        await withPage(site(), href, async ({ page: target }) => {
          expect((await target.locator('article').innerText()).replace(/\s+/g, ' '), href).toContain(phrase);
        });
      }
    });
  });

  test('in quotes the order counts; without them it does not', async () => {
    const reordered = 'strategic critical mistake';
    expect(inContent(reordered)).toBe(false);
    await withPage(site(), 'search/', async ({ page }) => {
      await openSearch(page, `?q=${encodeURIComponent(`"${reordered}"`)}`);
      expect(await statusText(page)).toBe(`No results for “"${reordered}"” (exact phrase).`);
      const loose = await openSearch(page, `?q=${encodeURIComponent(reordered)}`);
      expect(hrefs(loose)).toContain(sourcePath(bbc?.slug ?? ''));
    });
  });

  test('curly quotes, as phones type them, work as straight ones', async () => {
    await withPage(site(), 'search/', async ({ page }) => {
      const straight = hrefs(await openSearch(page, `?q=${encodeURIComponent(`"${phrase}"`)}`));
      const curly = hrefs(await openSearch(page, `?q=${encodeURIComponent(`“${phrase}”`)}`));
      expect(curly).toEqual(straight);
    });
  });
});

describe('passages', () => {
  test('a source result links to its matching paragraphs ("In ¶N"), each holding the words', async () => {
    const query = 'Hegseth';
    const links = await withPage(site(), `search/?q=${query}`, async ({ page }) => {
      await searchLoaded(page);
      return (await shownResults(page)).filter((result) => result.href.includes('/sources/')).flatMap((result) => result.passages);
    });
    const paragraphLinks = links.filter((link) => /#p\d+:~:text=/.test(link.href));
    expect(paragraphLinks.length).toBeGreaterThan(1);
    for (const link of paragraphLinks) {
      const [path = '', fragment = ''] = link.href.split('#');
      const id = fragment.split(':~:')[0] ?? '';
      expect(link.text).toBe(`In ¶${id.slice(1)}`);
      expect(link.name).toBe(`In paragraph ${id.slice(1)}`);
      await withPage(site(), path, async ({ page }) => {
        expect(await page.locator(`[id="${id}"]`).innerText(), link.href).toContain(query);
      });
    }
  });

  test('following one lands on the paragraph, scrolled into view, with the words highlighted', async () => {
    const phrase = 'critical strategic mistake';
    const bbc = sourceFacts.find((source) => source.outlet === 'BBC News');
    if (!bbc) throw new Error('content/ has no BBC News source');
    await withPage(site(), 'search/', async ({ page }) => {
      const results = await openSearch(page, `?q=${encodeURIComponent(`"${phrase}"`)}`);
      const result = results.find((entry) => entry.href === sourcePath(bbc.slug));
      const href = result?.passages[0]?.href ?? '';
      const match = new RegExp(`^${sourcePath(bbc.slug)}#(p\\d+):~:text=`).exec(href);
      if (!match) throw new Error(`the BBC result has no paragraph link: ${JSON.stringify(result)}`);
      const id = match[1] ?? '';
      await Promise.all([
        page.waitForURL((url) => url.pathname === sourcePath(bbc.slug)),
        page.locator(`#search-results a[href="${href}"]`).click(),
      ]);
      const paragraph = page.locator(`[id="${id}"]`);
      expect((await paragraph.innerText()).replace(/\s+/g, ' ')).toContain(phrase);
      await expect
        .poll(() => paragraph.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }))
        .toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(await highlightedPixels(page, `[id="${id}"]`), 'the phrase is highlighted in the paragraph').toBeGreaterThan(0);
    });
  });
});

describe('key questions', () => {
  test('"Key questions" with no words lists every question page; with words, only matching questions', async () => {
    await withPage(site(), 'search/', async ({ page }) => {
      const all = await openSearch(page, '?kind=question');
      expect(hrefs(all)).toEqual(questionFacts.map((question) => questionPath(question.id)).sort());
      const word = 'CISA';
      const who = questionFacts.find((question) => question.question.includes(word));
      if (!who) throw new Error(`content/questions/ has no question about ${word}`);
      const matching = await openSearch(page, `?q=${word}&kind=question`);
      expect(hrefs(matching)).toContain(questionPath(who.id));
      expect(matching.every((result) => result.href.startsWith(`${site().base}questions/`) && result.details.startsWith('Key question'))).toBe(true);
      expect(matching.length).toBeLessThan(all.length);
    });
  });

  test('a question page gives each source\'s answer, "Not reported" or "Not yet read", and links back to its row on the compare page', async () => {
    const question = questionFacts.find((candidate) => candidate.answeredBy.length < sourceFacts.length && candidate.noAnswerIn.length > 0) ?? questionFacts[0];
    if (!question) throw new Error('content/questions/ is empty');
    await withPage(site(), `questions/${question.id}/`, async ({ page, errors }) => {
      expect(await page.locator('h1').innerText()).toBe(question.question);
      expect(await page.locator('.relation').count()).toBe(1);
      expect(await page.locator('.question-answer').count()).toBe(sourceFacts.length);
      expect(await page.locator('.question-answer .not-reported').count()).toBe(question.noAnswerIn.length);
      expect(await page.locator('.question-answer .not-read').count()).toBe(sourceFacts.length - question.answeredBy.length - question.noAnswerIn.length);
      if (question.noAnswerIn.length > 0) expect(await page.locator('.question-answer .not-reported').first().innerText()).toMatch(/^Not reported: an editor has read this source/);
      expect(await page.locator('.question-answer .evidence a').count()).toBeGreaterThan(0);
      expect(await page.locator(`a[href="${site().base}compare/#q-${question.id}"]`).count()).toBe(1);
      expect(errors).toEqual([]);
    });
    await withPage(site(), 'compare/', async ({ page }) => {
      expect(await page.locator(`tr#q-${question.id} a[href="${questionPath(question.id)}"]`).innerText()).toBe(question.question);
    });
  });
});

describe('from the keyboard alone', () => {
  test('Tab reaches the box, typing searches, Tab reaches a filter and Space ticks it', async () => {
    const query = 'Hegseth';
    await withPage(site(), 'search/', async ({ page }) => {
      await searchLoaded(page);
      const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
      for (let presses = 0; (await focusedId()) !== 'search-input'; presses += 1) {
        if (presses > 30) throw new Error('Tab never reached the search box');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type(query, { delay: 30 });
      await expect.poll(async () => (await addressState(page)).q).toBe(query);
      await searchSettled(page);
      const before = resultCount(await statusText(page));
      expect(before).toBeGreaterThan(0);
      // The filters are folded: Tab reaches their summary, Enter opens them.
      const onSummary = () => page.evaluate(() => document.activeElement?.parentElement?.id === 'search-filters-panel');
      for (let presses = 0; !(await onSummary()); presses += 1) {
        if (presses > 3) throw new Error('Tab never reached the filters');
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await openFilters(page);
      const focusedBox = () =>
        page.evaluate(() => {
          const element = document.activeElement;
          return element instanceof HTMLInputElement && element.type === 'checkbox' ? { name: element.name, value: element.value } : null;
        });
      for (let presses = 0; (await focusedBox()) === null; presses += 1) {
        if (presses > 5) throw new Error('Tab never reached a filter');
        await page.keyboard.press('Tab');
      }
      const box = await focusedBox();
      if (!box) throw new Error('no filter focused');
      await page.keyboard.press('Space');
      await searchSettled(page);
      expect(await filterBox(page, box.name, box.value).isChecked()).toBe(true);
      expect((await addressState(page)).filters[box.name]).toEqual([box.value]);
      expect(resultCount(await statusText(page))).toBeLessThan(before);
      // Space again unticks it, and the full results come back.
      await page.keyboard.press('Space');
      await searchSettled(page);
      expect(resultCount(await statusText(page))).toBe(before);
    });
  });
});

describe('from the keyboard alone, past the filters', () => {
  test('the filters open with Enter, a skip link then jumps to the results, and a long filter list unfolds with Enter', async () => {
    await withPage(site(), 'search/?q=Hegseth', async ({ page }) => {
      await searchLoaded(page);
      await page.locator('#search-input').focus();
      await page.keyboard.press('Tab'); // the Search button
      await page.keyboard.press('Tab'); // the folded filters' summary
      expect(await page.evaluate(() => document.activeElement?.parentElement?.id)).toBe('search-filters-panel');
      await page.keyboard.press('Enter');
      await openFilters(page);
      await page.keyboard.press('Tab');
      const skip = page.locator('#search-skip');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-skip');
      expect((await skip.boundingBox())?.width ?? 0, 'the skip link shows when focused').toBeGreaterThan(10);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const first = (await shownResults(page))[0]?.href;
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
      expect(await addressState(page)).toEqual({ q: 'Hegseth', filters: {} });

      const summary = page.locator('.search-filter-actor summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('.search-filter-actor details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
      // First the list's finder: typing there narrows the list, and the next Tab reaches the first value found.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '')).toMatch(/^Find among the \d+ actors$/);
      await page.keyboard.type('hegseth', { delay: 20 });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await searchSettled(page);
      const hegseth = actors().find((actor) => actor.name.endsWith('Hegseth'))?.name;
      expect((await addressState(page)).filters.actor).toEqual([hegseth]);
    });
  });

  test('a long filter list is open when the address ticks one of its values', async () => {
    await withPage(site(), `search/?actor=${encodeURIComponent(actors()[0]?.name ?? '')}`, async ({ page }) => {
      await searchLoaded(page);
      expect(await page.locator('.search-filter-actor details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    });
  });
});

describe('the search box on every page', () => {
  const pages = [
    ...FIXED_PAGES.filter((path) => !UNLISTED_PAGES.includes(path)),
    'outlets/',
    `sources/${sourceFacts[0]?.slug ?? ''}/`,
    `actors/${actors()[0]?.id ?? ''}/`,
    `questions/${questionFacts[0]?.id ?? ''}/`,
  ];
  test.for(pages)('/%s has a labelled search box in its header, sending words to the search page', async (path) => {
    await withPage(site(), path, async ({ page }) => {
      const box = page.locator('header form[role="search"] input[type="search"]');
      await expect.poll(() => box.isVisible()).toBe(true);
      expect(await box.evaluate((input) => [...((input as HTMLInputElement).labels ?? [])].map((label) => label.textContent?.trim()).join(''))).not.toBe('');
      const action = await page.locator('header form[role="search"]').getAttribute('action');
      expect(action).toBe(`${site().base}search/`);
      expect(await box.getAttribute('name')).toBe('q');
    });
  });
});

describe('without JavaScript', () => {
  test('the search page says search needs it and offers the browse pages', async () => {
    await withPage(site(), 'search/', async ({ page }) => {
      const html = await (await page.request.get(site().url('search/'))).text();
      const fallback = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
      expect(fallback).toContain('JavaScript');
      const links = [...fallback.matchAll(/href="([^"]+)"/g)].map((found) => found[1]);
      const base = site().base;
      expect(links).toEqual(expect.arrayContaining([`${base}sources/`, `${base}actors/`, `${base}outlets/`, `${base}questions/`, `${base}compare/`]));
    });
  });
});
