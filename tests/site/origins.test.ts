/**
 * Independent origins and first appearances in the built site (issue 17, items 2 and 4):
 * each key question says how many sources answer it and how many original reports they
 * rest on, on its page and beside its row on the compare page; its page lists the answers
 * oldest first, saying which repeat whose reporting; and the open data carries the same.
 * Expectations are read from the seeds' own words: TechCrunch credits The Record for who
 * ordered the pause (its ¶2), the BBC credits CBS News (its ¶7).
 */
import { describe, expect, test } from 'vitest';
import { useSite, withPage } from '../support/site-page.ts';

const site = useSite();
const TECHCRUNCH = 'techcrunch-us-suspends-offensive-cyber-operations';
const BBC = 'bbc-hegseth-orders-pause-in-cyber-operations';

interface OpenDataQuestion {
  id: string;
  answers: { source: string; origins: string[]; credits: { outlet: string; role: string }[]; firstToReport: boolean }[];
  origins: { outlet: string; sources: string[] }[];
}

describe('independent origins', () => {
  test('a question page counts sources and original reports, and says whose reporting each answer repeats', async () => {
    await withPage(site(), 'questions/01-who-ordered/', async ({ page, errors }) => {
      expect(await page.locator('.question-relation .origin-count').innerText()).toBe('2 sources, 2 independent original reports');
      const origins = page.locator('p.origins');
      expect(await origins.locator('a[href$="/outlets/the-record/"]').count()).toBe(1);
      expect(await origins.locator('a[href$="/outlets/cbs-news/"]').count()).toBe(1);
      expect(await origins.locator('a[href$="/about/#user-content-independent-origins"]').count()).toBe(1);
      const techcrunch = page.locator('.question-answer', { has: page.locator(`a[href$="/sources/${TECHCRUNCH}/"]`) });
      const line = await techcrunch.locator('.answer-origin').innerText();
      expect(line).toContain('Repeats reporting it credits: The Record (report, “according to”)');
      expect(await techcrunch.locator('.answer-origin a[href$="/outlets/the-record/"]').count()).toBe(1);
      expect(errors).toEqual([]);
    });
  });

  test('a claim with no outlet credited is the source’s own reporting', async () => {
    await withPage(site(), 'questions/02-when/', async ({ page }) => {
      expect(await page.locator('.question-relation .origin-count').innerText()).toBe('2 sources, 2 independent original reports');
      const lines = await page.locator('.answer-origin').allInnerTexts();
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toContain('Its own reporting');
    });
  });

  test('answers come oldest first, then by address, with the earliest marked first to report; sources that do not answer come after them', async () => {
    await withPage(site(), 'questions/05-how-many/', async ({ page }) => {
      const sections = await page.locator('.question-answer').evaluateAll((elements) =>
        elements.map((element) => ({ answered: element.querySelector('.answer-origin') !== null, first: element.querySelector('.first-report')?.textContent ?? '' })),
      );
      const firstUnanswered = sections.findIndex((section) => !section.answered);
      expect(sections.slice(firstUnanswered).every((section) => !section.answered)).toBe(true);
      expect(sections[0]?.first).toMatch(/first in the dossier to report this/i);
    });
  });

  test('the compare page gives each question its count beside the relation badge', async () => {
    await withPage(site(), 'compare/', async ({ page }) => {
      expect(await page.locator('tr#q-01-who-ordered th .origin-count').innerText()).toBe('2 sources, 2 independent original reports');
      expect(await page.locator('tr#q-11-who-reported th .origin-count').innerText()).toBe('2 sources, 4 independent original reports');
    });
  });

  test('the open data carries each answer’s origins and credits, and each question’s origins', async () => {
    const response = await fetch(site().url('data/dossier.json'));
    const data = (await response.json()) as { questions: OpenDataQuestion[] };
    const who = data.questions.find((question) => question.id === '01-who-ordered');
    expect(who?.answers.map((answer) => [answer.source, answer.origins, answer.credits, answer.firstToReport])).toEqual([
      [BBC, ['cbs-news'], [{ outlet: 'cbs-news', role: 'report' }], true],
      [TECHCRUNCH, ['the-record'], [{ outlet: 'the-record', role: 'report' }], true],
    ]);
    expect(who?.origins.map((origin) => origin.outlet).sort()).toEqual(['cbs-news', 'the-record']);
  });
});
