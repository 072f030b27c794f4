/**
 * axe-core on every page of the site, in the states a reader sees: search with results
 * shown (and with filters ticked and passages listed, and browsing by filter), every key
 * question page, the raw copy of a source expanded, the 404 page, and the dark colour scheme
 * (its palette is a separate set of colours, so contrast is checked in both).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'vitest';
import type { Page } from 'playwright-core';
import { blockingViolations } from '../support/axe.ts';
import { actors, sources } from '../support/site-content.ts';
import { FIXED_PAGES, MISSING_PAGE, useSite, withPage, type VisitOptions } from '../support/site-page.ts';
import { searchLoaded } from '../support/site-search.ts';

const site = useSite();
const sourceList = sources();
const firstSource = sourceList[0];
if (!firstSource) throw new Error('content/sources/ has no source to test');

/** Opens every <details>, so the text hidden in them (a source's raw copy) is checked too. */
async function openAllDetails(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((elements) => elements.forEach((element) => element.setAttribute('open', '')));
}

/** Runs a search through the page's own form and waits until the results are on screen. */
async function showResults(page: Page, query: string): Promise<void> {
  await page.locator('#search-form').waitFor({ state: 'visible' });
  await page.locator('#search-input').pressSequentially(query, { delay: 30 });
  await page.waitForFunction(
    (expected) => document.getElementById('search-status')?.textContent?.includes(expected),
    `“${query}”`,
  );
  await page.locator('#search-results > li mark').first().waitFor();
}

/** Opens a search from its address (words and filters) and waits until its results, filters and counts are shown. */
async function showFilteredResults(page: Page): Promise<void> {
  await searchLoaded(page);
  await page.locator('#search-filters input:checked').first().waitFor();
  await page.locator('#search-results > li mark').first().waitFor();
}

/** Opens the filters, unfolds the actors' long list and types into its finder, as a reader looking for one name. */
async function narrowActorList(page: Page): Promise<void> {
  await showFilteredResults(page);
  const fieldset = page.locator('#search-filters .search-filter-actor');
  await fieldset.locator('summary').click();
  await fieldset.locator('input[type="search"]').pressSequentially('an', { delay: 20 });
  await fieldset.locator('.filter-found:not(:empty)').waitFor();
}

const questionIds = readdirSync(join('content', 'questions'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => name.replace(/\.md$/, ''));

interface AxeCase {
  name: string;
  path: string;
  options?: VisitOptions;
  prepare?: (page: Page) => Promise<void>;
}

const cases: AxeCase[] = [
  ...FIXED_PAGES.map((path) => ({ name: path === '' ? 'home' : path, path })),
  { name: 'search/ with results', path: 'search/', prepare: (page: Page) => showResults(page, 'Hegseth') },
  { name: 'search/ with words, filters and passages', path: 'search/?q=Hegseth&kind=source&kind=question', prepare: showFilteredResults },
  { name: 'search/ browsing by filter', path: 'search/?kind=actor', prepare: (page: Page) => searchLoaded(page) },
  { name: 'search/ with a long filter list unfolded and narrowed', path: 'search/?q=Hegseth&kind=source', prepare: narrowActorList },
  ...sourceList.map((source) => ({ name: `source ${source.slug}`, path: `sources/${source.slug}/`, prepare: openAllDetails })),
  ...actors().map((actor) => ({ name: `actor ${actor.id}`, path: `actors/${actor.id}/` })),
  ...questionIds.map((id) => ({ name: `question ${id}`, path: `questions/${id}/` })),
  { name: '404', path: MISSING_PAGE, options: { expectedStatus: 404 } },
  { name: 'home, dark', path: '', options: { colorScheme: 'dark' } },
  {
    name: `source ${firstSource.slug}, dark`,
    path: `sources/${firstSource.slug}/`,
    options: { colorScheme: 'dark' },
    prepare: openAllDetails,
  },
  {
    name: 'search/ with results, dark',
    path: 'search/',
    options: { colorScheme: 'dark' },
    prepare: (page: Page) => showResults(page, 'Hegseth'),
  },
  {
    name: 'search/ with words, filters and passages, dark',
    path: 'search/?q=Hegseth&kind=source&kind=question',
    options: { colorScheme: 'dark' },
    prepare: showFilteredResults,
  },
];

describe('the audit itself', () => {
  // Guards the settings in tests/support/axe.ts: a faster audit must still see what is wrong.
  test('finds violations put into a page: an image with no alt text, a button with no name, text too faint to read', async ({ expect }) => {
    await withPage(site(), `sources/${firstSource.slug}/`, async ({ page }) => {
      await page.evaluate(() => {
        const main = document.querySelector('main');
        if (!main) throw new Error('the page has no <main>');
        const image = document.createElement('img');
        image.width = 40;
        image.height = 40;
        const button = document.createElement('button');
        const faint = document.createElement('p');
        faint.textContent = 'Words too faint to read';
        faint.style.color = '#d8d8d8';
        faint.style.background = '#ffffff';
        main.prepend(image, button, faint);
      });
      const found = await blockingViolations(page);
      const rules = new Set(found.map((line) => line.split(' ')[0]));
      expect([...rules].sort()).toEqual(['button-name', 'color-contrast', 'image-alt']);
    });
  });
});

describe('axe-core finds no violation', () => {
  // Pages side by side (up to the site project's maxConcurrency): each case has a tab of its own.
  test.concurrent.for(cases)('$name', async ({ path, options, prepare }, { expect }) => {
    await withPage(
      site(),
      path,
      async ({ page }) => {
        if (options?.colorScheme) {
          // Guards the test itself: the emulated scheme must be the one the page sees.
          const dark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
          expect(dark).toBe(options.colorScheme === 'dark');
        }
        await prepare?.(page);
        expect(await blockingViolations(page)).toEqual([]);
      },
      options,
    );
  });
});
