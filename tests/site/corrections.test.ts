/**
 * Every page offers a way to correct it: the file behind it opened for editing (a pull
 * request), which must be a real file of this repository, or a new issue titled after it.
 * The link is plain markup in each built page's footer, so every page's is read from the
 * built HTML; one page is also opened in Chromium, as a reader gets it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
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

/** The built page at `path` (below the base): the href of each footer link suggesting a correction, and its title. */
function correctionLinks(path: string): { hrefs: string[]; title: string } {
  const tree: Root = fromHtml(readFileSync(join(inject('siteDir'), path, 'index.html'), 'utf8'));
  const hrefs: string[] = [];
  let title = '';
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'title') title = toText(node);
    if (node.tagName !== 'footer') return undefined;
    visit(node, 'element', (inner: Element) => {
      if (inner.tagName === 'a' && toText(inner).includes('Suggest a correction')) hrefs.push(String(inner.properties.href ?? ''));
    });
    return 'skip';
  });
  return { hrefs, title };
}

describe('suggest a correction', () => {
  test.for(paths)('/%s links to the file behind it, or to a new issue', (path) => {
    const { hrefs, title } = correctionLinks(path);
    expect(hrefs).toHaveLength(1);
    const href = hrefs[0] ?? '';
    const edit = `${DEFAULT_REPOSITORY}/edit/main/`;
    if (href.startsWith(edit)) {
      const file = decodeURIComponent(href.slice(edit.length));
      expect(existsSync(file), `${file} exists in the repository`).toBe(true);
      expect(file).toMatch(/^(content|seeds)\//);
    } else {
      expect(href.startsWith(`${DEFAULT_REPOSITORY}/issues/new?title=`), href).toBe(true);
      expect(decodeURIComponent(href.split('title=')[1] ?? '')).toBe(`Correction: ${title.split(' · ')[0]}`);
    }
  });

  test('pages made from content files edit those files (in Chromium, as a reader gets the page)', async () => {
    await withPage(site(), `actors/${actors()[0]?.id}/`, async ({ page }) => {
      expect(await page.locator('footer a', { hasText: 'Suggest a correction' }).getAttribute('href')).toBe(
        `${DEFAULT_REPOSITORY}/edit/main/content/actors/${actors()[0]?.id}.md`,
      );
    });
  });
});
