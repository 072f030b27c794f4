/**
 * The corrections log (issue 17, item 5): a page listing every correction newest first, with
 * what was wrong, what it says now and the paragraph it rests on; a "corrected on" line at
 * the top of each corrected page, linking to its entry; none on other pages; a link to the
 * log in every footer. Expectations come from content/corrections/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { typographer } from '../../src/lib/typography.ts';
import { useSite, withPage } from '../support/site-page.ts';

const site = useSite();
const DIR = join('content', 'corrections');
const corrections = readdirSync(DIR)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({
    id: name.replace(/\.md$/, ''),
    ...(parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(DIR, name), 'utf8'))?.[1] ?? '') as { date: Date | string; page: string; wrong: string; now: string }),
  }))
  .map((entry) => ({ ...entry, date: entry.date instanceof Date ? entry.date.toISOString().slice(0, 10) : String(entry.date) }))
  .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));

describe('the corrections log', () => {
  test('the repository has at least one correction to show', () => {
    expect(corrections.length).toBeGreaterThan(0);
  });

  test('lists every correction newest first, with what it said, what it says now, and a citation', async () => {
    await withPage(site(), 'corrections/', async ({ page, errors }) => {
      const entries = await page.locator('article.correction').evaluateAll((articles) =>
        articles.map((article) => ({
          id: article.id,
          date: article.querySelector('h2 time')?.getAttribute('datetime') ?? '',
          page: article.querySelector('h2 a')?.getAttribute('href') ?? '',
          said: [...article.querySelectorAll('dd')].map((dd) => dd.textContent ?? ''),
          citations: article.querySelectorAll('a.citation').length,
        })),
      );
      expect(entries).toEqual(
        corrections.map((entry) => ({
          id: `correction-${entry.id}`,
          date: entry.date,
          page: `${site().base}${entry.page}`,
          // As the site reads the two fields: our words, given SmartyPants' marks (src/schemas/prose-text.ts).
          said: [`“${typographer(entry.wrong)}”`, `“${typographer(entry.now)}”`],
          citations: expect.any(Number),
        })),
      );
      for (const entry of entries) expect(entry.citations).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  });

  test('each corrected page says so at its top and links to its entry; an uncorrected page does not', async () => {
    for (const entry of corrections) {
      await withPage(site(), entry.page, async ({ page }) => {
        const line = page.locator('main > p.corrected-on');
        expect(await line.innerText()).toMatch(/^Corrected on \d+ \w+ \d{4}/);
        expect(await line.locator('a').getAttribute('href')).toBe(`${site().base}corrections/#correction-${entry.id}`);
      });
    }
    const corrected = new Set(corrections.map((entry) => entry.page));
    const uncorrected = ['about/', 'compare/'].find((path) => !corrected.has(path));
    if (uncorrected !== undefined) {
      await withPage(site(), uncorrected, async ({ page }) => {
        expect(await page.locator('p.corrected-on').count()).toBe(0);
      });
    }
  });

  test('every page’s footer links to the log', async () => {
    await withPage(site(), '', async ({ page }) => {
      expect(await page.locator(`footer a[href="${site().base}corrections/"]`).count()).toBe(1);
    });
  });
});
