/**
 * Who covers what, at a glance (issue 17, item 3): the coverage grid is a real table whose
 * every cell says in words what the question files say; the overlap picture is an SVG file
 * the page shows as an image, with the same overlaps in a table; the compare page leads to
 * both. No script on either page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { sources } from '../support/site-content.ts';
import { useSite, withPage } from '../support/site-page.ts';

const site = useSite();

const questions = readdirSync(join('content', 'questions'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const data = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join('content', 'questions', name), 'utf8'))?.[1] ?? '') as {
      order: number;
      relation: string;
      answers: { source: string }[];
      noAnswerIn?: string[];
    };
    return { id: name.replace(/\.md$/, ''), ...data };
  })
  .sort((a, b) => a.order - b.order);

const WORDS: Record<string, string> = { agree: 'agree', differ: 'differ', contradict: 'contradict', 'single-source': 'only' };

describe('the coverage grid', () => {
  test('has a row per source under its outlet, a column per question, and in each cell the state in words', async () => {
    await withPage(site(), 'compare/coverage/', async ({ page, errors }) => {
      const rows = await page.locator('table.coverage tbody tr:has(th[scope="row"])').evaluateAll((elements) =>
        elements.map((row) => ({
          href: row.querySelector('th[scope="row"] a')?.getAttribute('href') ?? '',
          outlet: row.closest('tbody')?.querySelector('th[scope="rowgroup"]')?.textContent ?? '',
          cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
        })),
      );
      expect(rows).toHaveLength(sources().length);
      for (const row of rows) {
        const slug = row.href.split('/').at(-2) ?? '';
        expect(row.outlet.length).toBeGreaterThan(0);
        expect(row.cells).toEqual(
          questions.map((question) => (question.answers.some((answer) => answer.source === slug) ? WORDS[question.relation] : question.noAnswerIn?.includes(slug) ? 'not reported' : 'not yet read')),
        );
      }
      const headers = await page.locator('table.coverage thead th[scope="col"] a').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
      expect(headers).toHaveLength(questions.length);
      expect(headers[0]).toMatch(/^1: /);
      expect(errors).toEqual([]);
    });
  });

  test('draws each state as a shape, not colour alone, with the words kept for screen readers', async () => {
    await withPage(site(), 'compare/coverage/', async ({ page }) => {
      const agree = page.locator('table.coverage td.c-agree').first();
      expect(await agree.evaluate((cell) => getComputedStyle(cell, '::before').content)).toMatch(/^"●"/);
      expect(await agree.evaluate((cell) => getComputedStyle(cell).fontSize)).toBe('0px');
      // Agree, differ, contradict, only, not reported, not yet read: the last with its own shape.
      expect(await page.locator('.grid-legend li').count()).toBe(6);
      expect(await page.locator('.grid-legend .cell.c-not-read').evaluate((cell) => getComputedStyle(cell, '::before').content)).toMatch(/^"\?"/);
    });
  });
});

describe('the overlap picture', () => {
  test('is a build-time SVG shown as an image, described in its alt, with a table of the same overlaps', async () => {
    await withPage(site(), 'compare/overlap/', async ({ page, errors }) => {
      const image = page.locator('figure.overlap-picture img');
      expect(await image.getAttribute('src')).toBe(`${site().base}compare/overlap.svg`);
      expect(await image.getAttribute('alt')).toMatch(/^A grid of the \d+ sources against each other/);
      await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      expect(await page.locator('table.overlap-table tbody tr').count()).toBe(sources().length);
      expect(errors).toEqual([]);
    });
    const response = await fetch(site().url('compare/overlap.svg'));
    expect(response.status).toBe(200);
    const svg = await response.text();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|\bon\w+=|href="(?!#)/i);
  });

  test('the compare page leads to the grid and the picture', async () => {
    await withPage(site(), 'compare/', async ({ page }) => {
      expect(await page.locator(`.at-a-glance a[href="${site().base}compare/coverage/"]`).count()).toBe(1);
      expect(await page.locator(`.at-a-glance a[href="${site().base}compare/overlap/"]`).count()).toBe(1);
    });
  });
});
