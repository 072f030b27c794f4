/**
 * Every kind of page, opened in Chromium under the base path: the basics every page needs
 * (one h1, a title, a description, lang), what each kind must show according to content/,
 * citations that land on a real paragraph, and no errors in the console.
 */
import { describe, expect, test } from 'vitest';
import { LIST_LIMITS } from '../../src/lib/list-limits.ts';
import { actors, sources, questionIds } from '../support/site-content.ts';
import { FIXED_PAGES, MISSING_PAGE, UNLISTED_PAGES, idsOn, useSite, withPage, type Site } from '../support/site-page.ts';

const site = useSite();
const sourceList = sources();
const actorList = actors();

interface PageCase {
  name: string;
  path: string;
  status: number;
  /**
   * For search engines: `listed` pages have a canonical link and no noindex; `unlisted` ones
   * (the build report) are noindex; `not-found` (the 404 page) has neither, its status says it.
   */
  listing: 'listed' | 'unlisted' | 'not-found';
}

const pageCases: PageCase[] = [
  ...FIXED_PAGES.map((path) => ({ name: path === '' ? 'home' : path, path, status: 200, listing: UNLISTED_PAGES.includes(path) ? ('unlisted' as const) : ('listed' as const) })),
  ...sourceList.map((source) => ({ name: `source ${source.slug}`, path: `sources/${source.slug}/`, status: 200, listing: 'listed' as const })),
  ...sourceList
    .filter((source) => source.changeCount !== undefined)
    .map((source) => ({ name: `source ${source.slug} as received`, path: `sources/${source.slug}/received/`, status: 200, listing: 'listed' as const })),
  ...actorList.map((actor) => ({ name: `actor ${actor.id}`, path: `actors/${actor.id}/`, status: 200, listing: 'listed' as const })),
  ...questionIds().map((id) => ({ name: `question ${id}`, path: `questions/${id}/`, status: 200, listing: 'listed' as const })),
  { name: 'missing page', path: MISSING_PAGE, status: 404, listing: 'not-found' as const },
  // Deeper than the 404 page's own folder: its styles and links must not be relative.
  { name: 'missing page in a folder', path: `sources/${MISSING_PAGE}`, status: 404, listing: 'not-found' as const },
];

describe('every page', () => {
  // Pages side by side (up to the site project's maxConcurrency), a tab each.
  test.concurrent.for(pageCases)('$name has the basics and loads without errors', async ({ path, status, listing }, { expect }) => {
    await withPage(
      site(),
      path,
      async ({ page, status: actual, errors }) => {
        expect(actual, `HTTP status of /${path}`).toBe(status);
        const h1 = page.locator('h1');
        await expect.poll(() => h1.count(), { message: 'exactly one h1' }).toBe(1);
        expect((await h1.innerText()).trim()).not.toBe('');
        expect((await page.title()).trim()).not.toBe('');
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect(description?.trim() ?? '', 'meta description').not.toBe('');
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        const ids = await idsOn(page);
        expect(ids.filter((id, index) => ids.indexOf(id) !== index), 'duplicate ids').toEqual([]);
        const canonical = page.locator('link[rel="canonical"]');
        const robots = page.locator('meta[name="robots"]');
        if (listing === 'listed') {
          // Link previews and search engines get the page's own address, base path included.
          expect(new URL((await canonical.getAttribute('href')) ?? '').pathname).toBe(new URL(page.url()).pathname);
          expect(await robots.count(), 'a listed page is not marked noindex').toBe(0);
        } else {
          // A missing page has no address of its own, and a maintainers' page (the build
          // report) is not for search engines: no canonical link, no og:url. The build report
          // says noindex; the 404 page's status says it already.
          expect(await canonical.count()).toBe(0);
          expect(await page.locator('meta[property="og:url"]').count()).toBe(0);
          if (listing === 'unlisted') expect(await robots.getAttribute('content')).toBe('noindex');
          else expect(await robots.count()).toBe(0);
        }
        // Scripts (the search page's Pagefind bundle) must have run before errors are judged.
        await page.waitForLoadState('networkidle');
        expect(errors).toEqual([]);
      },
      { expectedStatus: status },
    );
  });
});

describe('the 404 page', () => {
  test('is served with status 404 and offers a way back', async () => {
    await withPage(
      site(),
      MISSING_PAGE,
      async ({ page, status }) => {
        expect(status).toBe(404);
        await expect.poll(() => page.locator('h1').innerText()).toBe('Page not found');
        expect(await page.title()).toContain('Page not found');
        const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        const base = site().base;
        expect(hrefs).toEqual(expect.arrayContaining([base, `${base}sources/`, `${base}search/`]));
      },
      { expectedStatus: 404 },
    );
  });
});

describe('source pages', () => {
  test.for(sourceList)('$slug numbers its paragraphs p1..pN in order', async (source) => {
    await withPage(site(), `sources/${source.slug}/`, async ({ page }) => {
      expect(await page.locator('h1').innerText()).toBe(source.title);
      const numbered = await page.locator('main [id]').evaluateAll((elements) =>
        elements
          .filter((element) => /^p\d+$/.test(element.id))
          .map((element) => ({
            id: element.id,
            tag: element.tagName,
            anchor: element.firstElementChild?.matches('a.paragraph-anchor') ? element.firstElementChild.getAttribute('href') : null,
          })),
      );
      // The page numbers the Markdown's top-level paragraphs, so the count comes from the file.
      const expected = Array.from({ length: source.paragraphCount }, (_, index) => `p${index + 1}`);
      expect(source.paragraphCount).toBeGreaterThan(0);
      expect(numbered.map((entry) => entry.id)).toEqual(expected);
      for (const entry of numbered) {
        expect(entry.tag, `#${entry.id} is a paragraph`).toBe('P');
        expect(entry.anchor, `#${entry.id} starts with its own anchor`).toBe(`#${entry.id}`);
      }
    });
  });

  test.for(sourceList.filter((source) => source.changeCount !== undefined))(
    '$slug lists every change from its cleaning record, on its pages of changes, each with its confidence',
    async (source) => {
      // The changes run on in pages of LIST_LIMITS.changesPerPage rows; the first holds the summary.
      const rows = source.changeCount ?? 0;
      const pageCount = Math.max(1, Math.ceil(rows / LIST_LIMITS.changesPerPage));
      let listed = 0;
      const confidences: string[] = [];
      let uncertain = 0;
      for (let number = 1; number <= pageCount; number += 1) {
        await withPage(site(), `sources/${source.slug}/changes/${number === 1 ? '' : `page/${number}/`}`, async ({ page, status }) => {
          expect(status).toBe(200);
          const section = page.locator('section[aria-labelledby="what-we-changed"]');
          expect(await section.locator('h2#what-we-changed').innerText()).toBe('What we changed');
          const here = await section.locator('table tbody tr').count();
          // Every page but the last is full.
          if (number < pageCount) expect(here).toBe(LIST_LIMITS.changesPerPage);
          listed += here;
          confidences.push(...(await section.locator('table tbody tr .badge[class*="confidence-"]').allInnerTexts()));
          // Damaged passages left as received are not changes: listed apart, after the last row.
          uncertain += await section.locator('#left-as-received + p + ul > li').count();
          if (pageCount > 1) expect(await page.locator('nav[aria-label="Pages of the changes"] [aria-current="page"]').innerText()).toMatch(new RegExp(`(?:^|\\s)${number}$`));
          // Every altered quotation is listed with its received wording, on the first page.
          expect(await page.locator('ol.altered-list > li').count()).toBe(number === 1 ? source.alteredQuotationCount : 0);
        });
      }
      expect(listed).toBe(rows);
      expect(uncertain).toBe(source.uncertainCount);
      expect(confidences).toHaveLength(rows);
      for (const confidence of confidences) expect(['certain', 'probable', 'guess']).toContain(confidence);
      await withPage(site(), `sources/${source.slug}/changes/page/${pageCount + 1}/`, async ({ status }) => {
        expect(status).toBe(404);
      });
    },
  );

  test.for(sourceList.filter((source) => source.rawParagraphs !== undefined))(
    '$slug as received shows every paragraph of its copy, with no strike-through or underline over a space beside a word',
    async (source) => {
      const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
      await withPage(site(), `sources/${source.slug}/received/`, async ({ page }) => {
        const rows = await page.locator('.raw-clean ol > li').evaluateAll((items) =>
          items.map((item) => {
            const text = item.querySelector(':scope > p:last-of-type');
            const copy = text?.cloneNode(true) as HTMLElement | undefined;
            copy?.querySelectorAll('ins, .visually-hidden').forEach((element) => element.remove());
            // Marks with a space at an edge while the text beside them has one: the space is
            // the text's, not the change's (a space inside a change is only for a join or a split).
            const spacedMarks = [...(text?.querySelectorAll('del, ins') ?? [])].filter((mark) => {
              const own = [...mark.childNodes].filter((node) => !(node instanceof HTMLElement && node.classList.contains('visually-hidden'))).map((node) => node.textContent).join('');
              const before = mark.previousSibling?.textContent ?? '';
              const after = mark.nextSibling?.textContent ?? '';
              return own !== own.trim() && /\S/.test(own) && (/\s$/.test(before) || /^\s/.test(after));
            }).length;
            return { number: Number(item.getAttribute('value')), copy: copy?.textContent ?? '', marks: text?.querySelectorAll('del, ins').length ?? 0, spacedMarks };
          }),
        );
        expect(rows.map((row) => row.number)).toEqual(source.rawParagraphs?.map((_, index) => index + 1));
        for (const row of rows) expect(collapsed(row.copy), `paragraph ${row.number} as received`).toBe(collapsed(source.rawParagraphs?.[row.number - 1] ?? ''));
        expect(rows.reduce((sum, row) => sum + row.marks, 0)).toBeGreaterThan(0);
        expect(rows.filter((row) => row.spacedMarks > 0).map((row) => row.number)).toEqual([]);
      });
    },
  );

  test.for(sourceList.filter((source) => source.changeCount !== undefined))(
    '$slug marks in its text every mark its record calls for, each linking to a reason that exists',
    async (source) => {
      const marks = source.marks ?? [];
      const notes = await withPage(site(), `sources/${source.slug}/`, async ({ page }) => {
        const found = await page.locator('.source-body a.mark-note').evaluateAll((links) =>
          links.map((link) => ({ paragraph: link.closest('p[id]')?.id ?? '', href: link.getAttribute('href') ?? '', label: link.getAttribute('aria-label') ?? '' })),
        );
        expect(found.map((note) => `${note.paragraph} ${note.href.replace(/^.*#/, '')}`).sort()).toEqual(
          marks.map((mark) => `p${mark.paragraph} ${mark.target}`).sort(),
        );
        // Every mark's words are wrapped where the record says (none fell back to the paragraph's end);
        // a paragraph's own mark wraps no words.
        expect(await page.locator('.source-body .marked, .source-body .quoted').count()).toBe(marks.filter((mark) => mark.kind !== 'unrestored').length);
        // A quotation's mark points to its entry in "Who is quoted" on this page.
        for (const note of found.filter((entry) => entry.href.startsWith('#'))) {
          expect(await page.locator(note.href).count(), note.href).toBe(1);
        }
        return found;
      });
      // Each change's mark links to the page of changes that holds its row.
      const byPage = Map.groupBy(
        notes.filter((note) => !note.href.startsWith('#')),
        (note) => note.href.replace(/#.*$/, ''),
      );
      expect([...byPage.values()].flat()).toHaveLength(marks.filter((mark) => mark.kind !== 'quotation').length);
      for (const [path, onPage] of byPage) {
        expect(path).toMatch(new RegExp(`^${site().base}sources/${source.slug}/changes/(?:page/\\d+/)?$`));
        await withPage(site(), path.slice(site().base.length), async ({ page }) => {
          for (const note of onPage) expect(await page.locator(note.href.replace(/^.*#/, '#')).count(), note.href).toBe(1);
        });
      }
    },
  );
});

describe('index pages', () => {
  test('the sources index links to every source in content/', async () => {
    await withPage(site(), 'sources/', async ({ page }) => {
      const cards = page.locator('main ul.cards > li');
      expect(await cards.count()).toBe(sourceList.length);
      for (const source of sourceList) {
        const link = cards.locator(`a[href="${site().base}sources/${source.slug}/"]`);
        expect(await link.innerText(), source.slug).toBe(source.title);
      }
    });
  });

  test('with fewer sources than a page holds, the sources index is one page: no page navigation, no /sources/page/2/', async () => {
    expect(sourceList.length).toBeLessThanOrEqual(LIST_LIMITS.sourcesPerPage);
    await withPage(site(), 'sources/', async ({ page }) => {
      expect(await page.locator('h1').innerText()).toBe('Sources');
      expect(await page.locator('nav[aria-label="Pages of the sources index"]').count()).toBe(0);
      expect(await page.locator('a[rel="next"], a[rel="prev"]').count()).toBe(0);
    });
    await withPage(site(), 'sources/page/2/', async ({ status }) => {
      expect(status).toBe(404);
    });
  });

  test('the key questions index lists every question in order, each linking to its page with its relation, on one page here', async () => {
    const ids = questionIds();
    expect(ids.length).toBeLessThanOrEqual(LIST_LIMITS.questionsPerPage);
    await withPage(site(), 'questions/', async ({ page }) => {
      expect(await page.locator('h1').innerText()).toBe('Key questions');
      const items = page.locator('main ul.questions-summary > li');
      expect(await items.count()).toBe(ids.length);
      for (const [index, id] of ids.entries()) {
        const item = items.nth(index);
        expect(await item.locator('a').first().getAttribute('href')).toBe(`${site().base}questions/${id}/`);
        expect(await item.locator('.badge.relation').count()).toBe(1);
      }
      expect(await page.locator('nav[aria-label="Pages of the key questions index"]').count()).toBe(0);
    });
    await withPage(site(), 'questions/page/2/', async ({ status }) => {
      expect(status).toBe(404);
    });
    // Every question page's kicker leads back to the list.
    await withPage(site(), `questions/${ids[0] ?? ''}/`, async ({ page }) => {
      expect(await page.locator('.kicker a').getAttribute('href')).toBe(`${site().base}questions/`);
    });
  });

  test('the actors index lists every actor under its kind', async () => {
    await withPage(site(), 'actors/', async ({ page }) => {
      const kinds = [...new Set(actorList.map((actor) => actor.kind))];
      expect(await page.locator('main section[aria-labelledby^="kind-"]').count()).toBe(kinds.length);
      for (const kind of kinds) {
        const section = page.locator(`main section[aria-labelledby="kind-${kind}"]`);
        const members = actorList.filter((actor) => actor.kind === kind);
        expect(await section.locator('li.card').count(), `actors of kind ${kind}`).toBe(members.length);
        for (const actor of members) {
          expect(await section.locator(`a[href="${site().base}actors/${actor.id}/"]`).innerText()).toBe(actor.name);
        }
      }
    });
  });

  test('the home page shows every person and every source', async () => {
    await withPage(site(), '', async ({ page }) => {
      const people = actorList.filter((actor) => actor.kind === 'person');
      const peopleCards = page.locator('section[aria-labelledby="key-actors"] li.card');
      expect(await peopleCards.count()).toBe(people.length);
      const sourceCards = page.locator('section[aria-labelledby="the-sources"] li.card');
      expect(await sourceCards.count()).toBe(sourceList.length);
    });
  });

  test('the compare page has one column per source with all its paragraphs', async () => {
    await withPage(site(), 'compare/', async ({ page }) => {
      const columns = page.locator('.compare > section');
      expect(await columns.count()).toBe(sourceList.length);
      for (const source of sourceList) {
        const column = page.locator(`.compare > section[aria-labelledby="column-${source.slug}"]`);
        const refs = await column
          .locator('a.paragraph-ref')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(refs).toEqual(
          Array.from({ length: source.paragraphCount }, (_, index) => `${site().base}sources/${source.slug}/#p${index + 1}`),
        );
      }
    });
  });

  test('each actor page is headed with the actor name', async () => {
    for (const actor of actorList) {
      await withPage(site(), `actors/${actor.id}/`, async ({ page }) => {
        expect(await page.locator('h1').innerText()).toBe(actor.name);
      });
    }
  });
});

/** Ids on each target page, fetched once however many citations point at it. */
const idCache = new Map<string, Promise<{ status: number; ids: string[] }>>();

function targetIds(current: Site, url: string): Promise<{ status: number; ids: string[] }> {
  let cached = idCache.get(url);
  if (!cached) {
    cached = withPage(current, url, async ({ page, status }) => ({ status, ids: await idsOn(page) }));
    idCache.set(url, cached);
  }
  return cached;
}

describe('citations', () => {
  const citingPages = [
    { name: 'home', path: '' },
    ...actorList.map((actor) => ({ name: `actor ${actor.id}`, path: `actors/${actor.id}/` })),
  ];
  const slugs = sourceList.map((source) => source.slug).join('|');

  test.concurrent.for(citingPages)('on $name, every citation lands on an existing paragraph', async ({ path }, { expect }) => {
    const current = site();
    // Editors' citations (a.citation) and the actor pages' generated "In the sources" links.
    const hrefs = await withPage(current, path, ({ page }) =>
      page
        .locator('main a.citation, main section[aria-labelledby="mentions"] a[href*="#"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
    );
    if (path === '') expect(hrefs.length, 'the explainer cites its sources').toBeGreaterThan(0);
    // A citation that gives its words also asks the browser to highlight them (`#p3:~:text=…`).
    const citation = new RegExp(`^${current.base}sources/(${slugs})/#p\\d+(:~:text=[^#]+)?$`);
    for (const href of hrefs) {
      expect(href, 'citation points at a paragraph of a known source').toMatch(citation);
      const target = new URL(href, current.url());
      // The text directive is an instruction to the browser, not part of the id.
      const fragment = decodeURIComponent(target.hash.slice(1).split(':~:')[0] ?? '');
      target.hash = '';
      const { status, ids } = await targetIds(current, target.href);
      expect(status, `${href} is served`).toBe(200);
      expect(ids, `${href} has an element with id "${fragment}"`).toContain(fragment);
    }
  });

  test('actor pages cite the sources at least once between them', async () => {
    let total = 0;
    for (const actor of actorList) {
      total += await withPage(site(), `actors/${actor.id}/`, ({ page }) => page.locator('main a.citation').count());
    }
    expect(total).toBeGreaterThan(0);
  });
});
