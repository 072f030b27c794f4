/**
 * The hostile Markdown corpus (tests/fixtures/hostile/: markdown-it's XSS fixtures, OWASP's
 * filter-evasion cheat sheet, DOMPurify's vectors, DOM clobbering and our own) and the Big
 * List of Naughty Strings, each as the body of a source page through the real Markdown
 * pipeline, both as unified runs it and as Astro's renderer runs it (which adds heading ids):
 * nothing that comes out may run code, navigate, post, load from elsewhere or clobber a name.
 */
import { describe, expect, it } from 'vitest';
import { describeFindings, findExecutableMarkup } from '../../../support/executable-markup.ts';
import { hostileCorpus, naughtyStrings } from '../../../support/hostile-corpus.ts';
import { BASE, renderMarkdown, renderWithAstro, SOURCE_PATH } from '../../support/markdown.ts';

const corpus = hostileCorpus();

function findings(html: string): string {
  return describeFindings(findExecutableMarkup(html, { base: BASE, fragment: true }));
}

describe('the hostile corpus', () => {
  it('has every origin the issue names, each file with its source and licence', () => {
    expect(corpus.map((file) => file.origin).sort()).toEqual(['dom-clobbering', 'dompurify', 'dossier', 'markdown-it', 'owasp']);
    for (const file of corpus) {
      expect(file.source, file.file).toMatch(/^https:\/\/github\.com\/|^this repository$/);
      expect(file.licence, file.file).toMatch(/MIT|Apache-2\.0|CC-BY-SA-4\.0/);
    }
  });
});

describe.each(corpus.map((file) => [file.file, file] as const))('%s, as a source body', (_file, file) => {
  it.each(file.cases.map((entry, index) => [`${index + 1}. ${entry.name}`, entry.payload] as const))('neutralises %s', async (_name, payload) => {
    expect(findings(await renderMarkdown(payload, SOURCE_PATH))).toBe('');
    expect(findings(await renderWithAstro(payload, SOURCE_PATH))).toBe('');
  });
});

describe('the Big List of Naughty Strings, each as a source body', () => {
  const strings = naughtyStrings();

  it('renders every string to inert markup', async () => {
    const failures: string[] = [];
    for (const [index, value] of strings.entries()) {
      const found = findings(await renderWithAstro(value, SOURCE_PATH));
      if (found !== '') failures.push(`blns #${index} ${JSON.stringify(value)}:\n${found}`);
    }
    expect(failures.join('\n\n')).toBe('');
  });

  it('renders them all together, one per paragraph, to inert markup', async () => {
    const body = strings.filter((value) => value.trim() !== '').join('\n\n');
    expect(findings(await renderWithAstro(body, SOURCE_PATH))).toBe('');
  });
});

describe('holes the corpus found, closed in the pipeline', () => {
  const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);

  // Regression guard, once a hole: Astro adds heading ids after our plugins, unprefixed, so
  // `## P1` took paragraph 1's anchor (it comes first in the page) and `## __pwned` named a global.
  it('prefixes the ids of contributed headings, as the sanitiser prefixes ids written in HTML', async () => {
    const html = await renderWithAstro('## P1\n\nOne.\n\n## __pwned\n\n## __pwned', SOURCE_PATH);
    expect(idsOf(html)).toEqual(['user-content-p1', 'p1', 'user-content-__pwned', 'user-content-__pwned-1']);
  });

  it('still points in-page links at a contributed heading', async () => {
    const html = await renderWithAstro('## The background\n\nSee [the background](#the-background).', SOURCE_PATH);
    expect(idsOf(html)).toContain('user-content-the-background');
    expect(html).toContain('href="#user-content-the-background"');
  });

  // Regression guard, once a hole: GitHub's rules let <img src> and <source srcset> name any
  // http(s) address, so a contributed image was a beacon to another site (only the CSP stopped it).
  it.each([
    ['an image on another site', '<img src="https://evil.example/b.png" alt="b">'],
    ['a protocol-relative image', '<img src="//evil.example/b.png" alt="b">'],
    ['a backslashed protocol-relative image', '<img src="/\\evil.example/b.png" alt="b">'],
    ['a Markdown image on another site', '![b](https://evil.example/b.png)'],
    ['a source set naming another site', '<picture><source srcset="a.png 1x, https://evil.example/b.png 2x"><img alt="b"></picture>'],
  ])('drops %s, keeping the element', async (_name, markdown) => {
    const html = await renderWithAstro(markdown, SOURCE_PATH);
    expect(html).not.toContain('evil.example');
    expect(html).toContain('<img');
  });

  it('keeps an image of this site', async () => {
    expect(await renderMarkdown('<img src="/dossier/favicon.svg" alt="icon"> <img src="chart.png" alt="chart">', SOURCE_PATH)).toMatch(
      /<img src="\/dossier\/favicon\.svg" alt="icon"> <img src="chart\.png" alt="chart">/,
    );
  });
});
