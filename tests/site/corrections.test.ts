/**
 * Every page offers a way to correct it: the file behind it opened for editing (a pull
 * request), which must be a real file of this repository, or a new issue titled after it.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_REPOSITORY } from '../../src/site-location.ts';
import { actors, outlets, questionIds, sources } from '../support/site-content.ts';
import { FIXED_PAGES, useSite, withPage } from '../support/site-page.ts';

const site = useSite();
const paths = [
  ...FIXED_PAGES,
  ...sources().map((source) => `sources/${source.slug}/`),
  ...actors().map((actor) => `actors/${actor.id}/`),
  ...outlets().map((outlet) => `outlets/${outlet.id}/`),
  ...questionIds().map((id) => `questions/${id}/`),
];

describe('suggest a correction', () => {
  test.for(paths)('/%s links to the file behind it, or to a new issue', async (path) => {
    await withPage(site(), path, async ({ page }) => {
      const link = page.locator('footer a', { hasText: 'Suggest a correction' });
      expect(await link.count()).toBe(1);
      const href = (await link.getAttribute('href')) ?? '';
      const edit = `${DEFAULT_REPOSITORY}/edit/main/`;
      if (href.startsWith(edit)) {
        const file = decodeURIComponent(href.slice(edit.length));
        expect(existsSync(file), `${file} exists in the repository`).toBe(true);
        expect(file).toMatch(/^(content|seeds)\//);
      } else {
        expect(href.startsWith(`${DEFAULT_REPOSITORY}/issues/new?title=`), href).toBe(true);
        expect(decodeURIComponent(href.split('title=')[1] ?? '')).toBe(`Correction: ${(await page.title()).split(' · ')[0]}`);
      }
    });
  });

  test('pages made from content files edit those files', async () => {
    await withPage(site(), `actors/${actors()[0]?.id}/`, async ({ page }) => {
      expect(await page.locator('footer a', { hasText: 'Suggest a correction' }).getAttribute('href')).toBe(
        `${DEFAULT_REPOSITORY}/edit/main/content/actors/${actors()[0]?.id}.md`,
      );
    });
  });
});
