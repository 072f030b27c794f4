/**
 * Weight budgets on the seed dossier (docs/budgets.md says why each is what it is):
 *
 * - HTML + CSS, gzipped, at most 14,600 bytes per page: the ten 1,460-byte segments a server
 *   may send before the first acknowledgement (TCP's initial window, RFC 6928), so every page
 *   can arrive whole in the first round trip.
 * - No JavaScript on any page but search.
 * - Search: our own script at most 6 KiB gzipped; everything a first query downloads
 *   (Pagefind's script, worker, WebAssembly and index chunks) at most 160 KiB.
 */
import { describe, expect, inject, test } from 'vitest';
import { builtPages } from '../support/built-pages.ts';
import { pageWeight } from '../support/page-weight.ts';
import { useSite, withPage } from '../support/site-page.ts';
import { searchFor } from '../support/site-search.ts';

const FIRST_ROUND_TRIP_BYTES = 10 * 1_460;
const SEARCH_SCRIPT_GZIP_BYTES = 6 * 1_024;
const FIRST_QUERY_BYTES = 160 * 1_024;
const SEARCH_PAGE = 'search/index.html';

const siteDir = inject('siteDir');
const base = inject('siteBase');
const pages = builtPages(siteDir).map((page) => ({ ...page, weight: pageWeight(siteDir, base, page.html) }));

describe('HTML and CSS arrive in the first round trip', () => {
  test('the site has pages to weigh', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.for(pages)('$file', ({ weight }) => {
    expect(weight.cssGzip).toBeGreaterThan(0);
    expect(weight.htmlGzip + weight.cssGzip).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
  });
});

describe('JavaScript', () => {
  test.for(pages.filter((page) => page.file !== SEARCH_PAGE))('$file runs none', ({ weight }) => {
    expect(weight.scripts).toEqual([]);
  });

  test('the search page runs only its own bundled script, within budget', () => {
    const search = pages.find((page) => page.file === SEARCH_PAGE);
    if (!search) throw new Error(`no ${SEARCH_PAGE} in the built site`);
    expect(search.weight.scripts).toHaveLength(1);
    expect(search.weight.scripts[0]).toMatch(new RegExp(`^${base}_astro/[^/]+\\.js$`));
    expect(search.weight.scriptGzip).toBeLessThanOrEqual(SEARCH_SCRIPT_GZIP_BYTES);
  });

  const site = useSite();

  test('a first search query downloads what Pagefind needs, within budget', async () => {
    await withPage(site(), 'search/', async ({ page, errors }) => {
      // Counted by the server, which compresses text as GitHub Pages does: the browser's own
      // accounting misses what Pagefind's worker fetches. This is the only test of the file
      // that loads a page, so everything the server sent from pagefind/ is this search's.
      const { hrefs } = await searchFor(page, 'Hegseth');
      expect(hrefs.length).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      const pagefind = [...site().sent]
        .filter(([path]) => path.startsWith(`${base}pagefind/`))
        .filter(([, bytes]) => bytes > 0);
      // The script, its worker, its WebAssembly, the index metadata and at least one chunk of each kind.
      expect(pagefind.map(([path]) => path)).toEqual(
        expect.arrayContaining([
          `${base}pagefind/pagefind.js`,
          `${base}pagefind/pagefind-worker.js`,
          expect.stringMatching(/\.pagefind$/),
          expect.stringMatching(/\.pf_meta$/),
          expect.stringMatching(/\.pf_index$/),
          expect.stringMatching(/\.pf_fragment$/),
        ]),
      );
      const total = pagefind.reduce((sum, [, bytes]) => sum + bytes, 0);
      expect(total, pagefind.map(([path, bytes]) => `${path} ${bytes}`).join('\n')).toBeLessThanOrEqual(FIRST_QUERY_BYTES);
      expect(errors).toEqual([]);
    });
  });
});
