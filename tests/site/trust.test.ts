/**
 * A damaged copy's words are not anyone's words: in the seed dossier both sources are
 * damaged copies and no clean source vouches for their quotations, so every place that
 * shows a quotation or a piece of evidence from them must say so, in Chromium as a reader
 * sees it: the source page (on the words and in "Who is quoted"), the speaker's page, the
 * question pages and the compare page, search results, the open data and JSON-LD.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { sources } from '../support/site-content.ts';
import { useSite, withPage } from '../support/site-page.ts';
import { searchFor, shownResults } from '../support/site-search.ts';

const site = useSite();
const seeded = sources().filter((source) => source.quotations !== undefined);
const unverified = seeded.flatMap((source) => (source.quotations ?? []).filter((quotation) => quotation.status === 'unverified').map((quotation) => ({ slug: source.slug, ...quotation })));

describe('the seed dossier', () => {
  test('has damaged copies whose quotations no clean source vouches for (what this file checks)', () => {
    expect(seeded.length).toBeGreaterThan(0);
    expect(unverified.length).toBeGreaterThan(0);
  });
});

describe('a damaged copy’s own page says whose words its text is', () => {
  const wordingDamaged = sources().filter((source) => source.damage.includes('spun') || source.damage.includes('machine-translated'));

  test('the seed dossier has such copies (what this block checks)', () => {
    expect(wordingDamaged.length).toBeGreaterThan(0);
  });

  test.for(wordingDamaged)('the source page $slug says, above its text, that its words are not necessarily the outlet’s', async (source) => {
    await withPage(site(), `sources/${source.slug}/`, async ({ page, errors }) => {
      const notice = page.locator('article .wording-notice');
      expect(await notice.count()).toBe(1);
      expect(await notice.innerText()).toMatch(/^The text below is our cleaning of a copy that was .+: its words, quotations included, are not necessarily the outlet’s\.$/);
      // Read before the text, not after it.
      const before = await page.evaluate(() => {
        const noticeNode = document.querySelector('article .wording-notice');
        const body = document.querySelector('article .source-body');
        return noticeNode !== null && body !== null && (noticeNode.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(before).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});

describe('every page kind that shows a damaged copy’s quotation says it is unverified wording', () => {
  test.for(seeded)('the source page $slug marks each such quotation on its words and in "Who is quoted"', async (source) => {
    const expected = (source.quotations ?? []).filter((quotation) => quotation.status === 'unverified');
    await withPage(site(), `sources/${source.slug}/`, async ({ page, errors }) => {
      expect(await page.locator('.source-body .quoted-unverified').count()).toBe(expected.length);
      // Its word is drawn by the stylesheet, and is its accessible name too.
      const notes = await page.locator('.source-body a.quotation-note').evaluateAll((links) =>
        links.map((link) => ({ drawn: getComputedStyle(link, '::after').content, name: link.getAttribute('aria-label') ?? '' })),
      );
      expect(notes).toEqual(expected.map(() => ({ drawn: '"unverified wording"', name: 'unverified wording: what this quotation rests on' })));
      const standings = await page.locator('section[aria-labelledby="quoted"] figure.quotation .standing').allInnerTexts();
      expect(standings.filter((text) => text.startsWith('Unverified wording.'))).toHaveLength(expected.length);
      for (const text of standings.filter((line) => line.startsWith('Unverified wording.'))) expect(text).toContain('not necessarily what was said');
      // The legend above the text explains the mark.
      expect(await page.locator('.marks-legend').innerText()).toContain('not necessarily what was said');
      expect(errors).toEqual([]);
    });
  });

  test.for(seeded)('the source page $slug opens each paragraph still in the damaged copy’s wording with a mark giving the reason, and no other', async (source) => {
    await withPage(site(), `sources/${source.slug}/`, async ({ page, errors }) => {
      const paragraphs = await page.locator('.source-body > p[id]').evaluateAll((nodes) =>
        nodes.map((node) => {
          const note = node.querySelector(':scope > a.paragraph-note');
          return {
            id: node.id,
            marked: node.classList.contains('unrestored'),
            // The note comes first after the paragraph's number, before a word of the text.
            first: note !== null && note.previousElementSibling?.classList.contains('paragraph-anchor') === true,
            drawn: note ? getComputedStyle(note, '::after').content : '',
            name: note?.getAttribute('aria-label') ?? '',
            href: note?.getAttribute('href') ?? '',
            border: getComputedStyle(node).borderLeftStyle,
          };
        }),
      );
      const expected = new Map(source.unrestored.map((unrestored) => [`p${unrestored.paragraph}`, unrestored]));
      expect(paragraphs.filter((paragraph) => paragraph.marked).map((paragraph) => paragraph.id)).toEqual([...expected.keys()]);
      for (const paragraph of paragraphs.filter((entry) => entry.marked)) {
        const unrestored = expected.get(paragraph.id);
        expect(paragraph).toMatchObject({ first: true, drawn: '"wording in doubt"', border: 'dashed' });
        expect(paragraph.name).toBe(`Paragraph ${unrestored?.paragraph ?? 0}, wording in doubt. ${unrestored?.reason ?? ''}`);
        expect(paragraph.href).toMatch(new RegExp(`/sources/${source.slug}/changes/#unrestored-${unrestored?.paragraph ?? 0}$`));
      }
      if (expected.size > 0) expect(await page.locator('.marks-legend').innerText()).toContain('its words may be the damaged copy’s, not the outlet’s');
      // The damage card counts them, so that "0 left as received" never reads as nothing in doubt.
      expect(await page.locator('.damage-score .paragraphs-in-doubt dd').innerText()).toBe(String(expected.size));
      // A damaged copy's quotation in such a paragraph says that its paragraph was not restored.
      const quotedThere = (source.quotations ?? []).filter((quotation) => quotation.status === 'unverified' && expected.has(`p${quotation.paragraph}`));
      const standings = await page.locator('section[aria-labelledby="quoted"] figure.quotation .standing').allInnerTexts();
      expect(standings.filter((text) => text.includes('in a paragraph whose damage cleaning could not undo'))).toHaveLength(quotedThere.length);
      expect(errors).toEqual([]);
    });
    if (source.unrestored.length > 0) {
      await withPage(site(), `sources/${source.slug}/changes/`, async ({ page }) => {
        for (const unrestored of source.unrestored) expect(await page.locator(`#unrestored-${unrestored.paragraph}`).innerText()).toBe(`¶${unrestored.paragraph} ${unrestored.reason}`);
      });
    }
  });

  test('each speaker’s page shows their quotations as the unverified wording they are', async () => {
    const schumer = unverified.find((quotation) => quotation.text.includes('strategic mistake'));
    expect(schumer, 'the BBC copy quotes Schumer').toBeDefined();
    await withPage(site(), 'actors/chuck-schumer/', async ({ page }) => {
      expect(await page.locator('h2#quotations').innerText()).toBe('What the sources quote Chuck Schumer as saying');
      const figure = page.locator('figure.quotation', { has: page.locator('blockquote', { hasText: 'strategic mistake' }) });
      expect(await figure.locator('.standing').innerText()).toMatch(/^Unverified wording\. These are the words of a damaged copy .*not necessarily what was said\./);
      // "critical" is the spinner lexicon's probable restoration of "vital": marked as changed.
      expect(await figure.locator('blockquote .marked-altered').allInnerTexts()).toEqual(['critical']);
    });
  });

  test('a question page never calls a damaged copy’s words the source’s own', async () => {
    await withPage(site(), 'questions/01-who-ordered/', async ({ page }) => {
      const labels = await page.locator('.question-answer p.meta', { hasText: 'The evidence, in' }).allInnerTexts();
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        expect(label).not.toContain('own words');
        expect(label).toMatch(/our cleaned copy, which was .+: not necessarily the outlet’s/);
      }
    });
  });

  test('the compare page says, for each damaged copy’s column, whose words its evidence is', async () => {
    await withPage(site(), 'compare/', async ({ page }) => {
      const notes = await page.locator('table.matrix thead .damaged-copy').allInnerTexts();
      expect(notes).toHaveLength(seeded.length);
      expect(await page.locator('.lede').innerText()).not.toContain("source's own words");
    });
  });

  test('search results from a damaged copy say its words are not necessarily the outlet’s', async () => {
    await withPage(site(), 'search/', async ({ page }) => {
      await searchFor(page, '"strategic mistake"');
      const results = await shownResults(page);
      expect(results.length).toBeGreaterThan(0);
      const wording = await page.locator('#search-results li .search-wording').allInnerTexts();
      expect(wording.length).toBeGreaterThan(0);
      for (const line of wording) expect(line).toContain('not necessarily the outlet’s');
    });
  });

  test('the open data gives every quotation its status, and the JSON-LD says what each rests on', async () => {
    const data = JSON.parse(readFileSync(join(inject('siteDir'), 'data', 'dossier.json'), 'utf8')) as {
      schemaVersion: number;
      quotations: Array<{ source: string; text: string; status: string }>;
    };
    expect(data.schemaVersion).toBe(2);
    const statuses = new Map(data.quotations.map((quotation) => [`${quotation.source} ${quotation.text}`, quotation.status]));
    for (const quotation of unverified) {
      const found = [...statuses].find(([key]) => key.startsWith(`${quotation.slug} `) && (quotation.text.includes(key.slice(quotation.slug.length + 1)) || key.includes(quotation.text)));
      expect(found?.[1], quotation.text).toBe('unverified');
    }
    await withPage(site(), `sources/${seeded[0]?.slug}/`, async ({ page }) => {
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}') as { hasPart?: Array<{ '@type': string; description: string }> };
      expect(jsonLd.hasPart?.length).toBeGreaterThan(0);
      for (const part of jsonLd.hasPart ?? []) {
        expect(part['@type']).toBe('Quotation');
        expect(part.description).toMatch(/damaged copy|undamaged/);
      }
    });
  });
});
