/**
 * The compare page in Chromium: every key question has a row, every answer's evidence
 * link lands on a paragraph that holds those exact words, and following one scrolls to
 * the paragraph; sources that do not answer read "Not reported"; the alignment marks
 * passages only one source reports.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { sources } from '../support/site-content.ts';
import { useSite, withPage } from '../support/site-page.ts';

const site = useSite();

interface QuestionFile {
  id: string;
  question: string;
  answers: { source: string; evidence: string[] }[];
  /** Sources an editor read for the question and found silent ("Not reported"); others with no answer read "Not yet read". */
  noAnswerIn?: string[];
}

const questions: QuestionFile[] = readdirSync(join('content', 'questions'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const text = readFileSync(join('content', 'questions', name), 'utf8');
    const data = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as Omit<QuestionFile, 'id'>;
    return { id: name.replace(/\.md$/, ''), ...data };
  });

/** The words a text directive asks the browser to find: `text=a` or `text=start,end`. */
function directiveParts(href: string): string[] {
  const directive = href.split(':~:text=')[1] ?? '';
  return directive.split(',').map((part) => decodeURIComponent(part));
}

describe('the key questions matrix', () => {
  test('has a row per question file and a column per source, with "Not reported" where an editor found a source silent and "Not yet read" where none has looked', async () => {
    await withPage(site(), 'compare/', async ({ page }) => {
      const headers = await page.locator('table.matrix thead th').allInnerTexts();
      expect(headers.length).toBe(sources().length + 1);
      for (const question of questions) {
        const row = page.locator(`tr#q-${question.id}`);
        await expect.poll(() => row.count(), { message: question.id }).toBe(1);
        expect(await row.locator('th').innerText()).toContain(question.question);
        const unanswered = sources().filter((source) => !question.answers.some((answer) => answer.source === source.slug));
        const silent = unanswered.filter((source) => question.noAnswerIn?.includes(source.slug)).length;
        expect(await row.locator('td.not-reported').count(), question.id).toBe(silent);
        expect(await row.locator('td.not-read').count(), question.id).toBe(unanswered.length - silent);
        if (silent > 0) expect(await row.locator('td.not-reported').first().innerText()).toBe('Not reported');
        expect(await row.locator('.relation').count(), question.id).toBe(1);
        // The relation is provisional, and its badge says so, exactly while a source is unread.
        expect((await row.locator('.relation').innerText()).endsWith(', so far'), question.id).toBe(unanswered.length - silent > 0);
      }
    });
  });

  test('every evidence link points at a paragraph that holds exactly those words', async () => {
    const links = await withPage(site(), 'compare/', async ({ page }) =>
      page.locator('table.matrix .evidence a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href)),
    );
    const expected = questions.flatMap((question) => question.answers.flatMap((answer) => answer.evidence)).length;
    expect(links.length).toBe(expected);
    for (const href of links) {
      const url = new URL(href);
      const id = url.hash.slice(1).split(':~:')[0] ?? '';
      const text = await withPage(site(), url.pathname, async ({ page }) => page.locator(`[id="${id}"]`).innerText());
      for (const part of directiveParts(href)) expect(text.replace(/\s+/g, ' '), href).toContain(part);
    }
  });

  test('following an evidence link scrolls to its paragraph', async () => {
    await withPage(site(), 'compare/', async ({ page }) => {
      const link = page.locator('table.matrix .evidence a').last();
      const href = (await link.getAttribute('href')) ?? '';
      const id = href.split('#')[1]?.split(':~:')[0] ?? '';
      await Promise.all([page.waitForURL((url) => url.pathname.includes('/sources/')), link.click()]);
      const paragraph = page.locator(`[id="${id}"]`);
      await expect.poll(() => paragraph.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top < window.innerHeight && box.bottom > 0;
      })).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    });
  });
});

describe('passage alignment', () => {
  /** The text of the item for paragraph N in a source's "Passage by passage" list. */
  async function passageItem(page: import('playwright-core').Page, slug: string, paragraph: number): Promise<string> {
    const section = page.locator('section.passage-source', { has: page.locator(`[id="passages-${slug}"]`) });
    const item = section.locator('ol.passage-list > li', { has: page.locator('a.passage-ref', { hasText: new RegExp(`^¶${paragraph}$`) }) });
    return item.innerText();
  }

  const techcrunch = 'techcrunch-us-suspends-offensive-cyber-operations';
  const bbc = 'bbc-hegseth-orders-pause-in-cyber-operations';

  test('pairs what both seeds report: Hegseth’s order, and the timing before the Oval Office meeting', async () => {
    await withPage(site(), 'compare/', async ({ page }) => {
      expect(await passageItem(page, techcrunch, 2)).toContain('BBC News ¶7');
      expect(await passageItem(page, techcrunch, 4)).toContain('BBC News ¶3');
      expect(await passageItem(page, bbc, 7)).toContain('TechCrunch ¶2');
    });
  });

  test('marks what only one reports: the CISA story in TechCrunch, the Rubio and Schumer reactions in the BBC', async () => {
    await withPage(site(), 'compare/', async ({ page }) => {
      for (const paragraph of [6, 7, 8, 9]) expect(await passageItem(page, techcrunch, paragraph), `TechCrunch ¶${paragraph}`).toContain('Only in this source');
      for (const paragraph of [13, 14, 15]) expect(await passageItem(page, bbc, paragraph), `BBC ¶${paragraph}`).toContain('Only in this source');
    });
  });
});
