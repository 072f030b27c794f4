/**
 * Rendering a cleaned article as a source file: article text must come back as the same
 * paragraphs, in the same number, whatever characters it holds, or citations would point
 * at the wrong paragraph.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { cleanArticle } from '../../../../scripts/clean/pipeline.ts';
import { paragraphToMarkdown, renderSourceMarkdown } from '../../../../scripts/content/render-source.ts';
import { countParagraphs } from '../../../../src/markdown/paragraph-counts.ts';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';
import { sourceSchema } from '../../../../src/schemas/source.ts';
import { rawArticle } from '../../support/article-arbitrary.ts';
import { elementsOf, renderMarkdown, SOURCE_PATH } from '../../support/markdown.ts';

const FRONTMATTER: Parameters<typeof renderSourceMarkdown>[0] = {
  title: 'A title: with "quotes" and # signs',
  titleBasis: 'published',
  outlet: 'bbc-news',
  published: '2025-03-03',
  dateBasis: 'stated',
  language: 'en',
  damage: [],
  seed: { file: '000_abc.txt', sha256: 'a'.repeat(64) },
};

function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Characters that mean something in Markdown or HTML, at the start of a line or anywhere. */
const markdownish = fc.string({
  unit: fc.constantFrom('#', '*', '_', '-', '+', '>', '<', '[', ']', '(', ')', '!', '`', '~', '|', '\\', '&', ';', ':', '=', '1', '.', ' ', 'a', 'B', '^', 'h', 't', 'p', 's', '/', 'w'),
  minLength: 1,
  maxLength: 40,
});

describe('renderSourceMarkdown', () => {
  it('writes front matter that parses back to the fields given, in a valid source', () => {
    const markdown = renderSourceMarkdown({ ...FRONTMATTER, damage: ['spun'] }, ['One.'], 'seeds/000_abc.txt');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
    const data: unknown = parseYamlText(match?.[1] ?? '');
    expect(data).toEqual({ ...FRONTMATTER, damage: ['spun'] });
    expect(sourceSchema.safeParse(data).success).toBe(true);
  });

  it('leaves out fields that are not given', () => {
    const markdown = renderSourceMarkdown({ ...FRONTMATTER, notes: undefined, url: undefined }, ['One.'], 'seeds/000_abc.txt');
    expect(markdown).not.toMatch(/^(notes|url):/m);
  });

  it('separates paragraphs by one blank line and ends with a newline', () => {
    expect(body(renderSourceMarkdown(FRONTMATTER, ['One.', 'Two.'], 'seeds/x.txt'))).toBe('\nOne.\n\nTwo.\n');
  });

  // Cleaning runs the English model's passes on every generated article: more than the default 5 s under load.
  it('reads back every cleaned paragraph exactly, one page paragraph each (article-shaped text)', { timeout: 15_000 }, () => {
    fc.assert(
      fc.property(rawArticle, (raw) => {
        const { paragraphs } = cleanArticle(raw);
        const markdown = renderSourceMarkdown(FRONTMATTER, paragraphs, 'seeds/x.txt');
        expect(sourceParagraphs(body(markdown))).toEqual(paragraphs);
        expect(countParagraphs(markdown)).toBe(paragraphs.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back paragraphs full of Markdown and HTML syntax as the same text', () => {
    fc.assert(
      fc.property(fc.array(markdownish, { minLength: 1, maxLength: 5 }), (texts) => {
        const { paragraphs } = cleanArticle(texts.join('\n\n'));
        const markdown = renderSourceMarkdown(FRONTMATTER, paragraphs, 'seeds/x.txt');
        expect(sourceParagraphs(body(markdown))).toEqual(paragraphs);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    '# not a heading',
    '1. not a list',
    '- not a list',
    '> not a quote',
    '<div>not html</div>',
    '[^1]: not a footnote',
    '[x]: https://example.com not a definition',
    '***',
    '    not code',
    'a &amp; b &#65;',
  ])('keeps %j a paragraph of text', (text) => {
    // Compared as a browser shows it: runs of spaces collapse (which is why "    not code"
    // reads "not code"), but it stays one paragraph rather than becoming code or markup.
    expect(sourceParagraphs(paragraphToMarkdown(text))).toEqual([text.replace(/\s+/g, ' ').trim()]);
  });

  it('keeps text that looks like GFM tables, task lists or footnotes text on the page', async () => {
    for (const text of ['| a | b |', '[ ] not a task', '[^1]: not a footnote']) {
      const tags = elementsOf(await renderMarkdown(paragraphToMarkdown(text), SOURCE_PATH)).map((element) => element.tagName);
      expect(tags, text).toEqual(['p', 'a']);
    }
  });

  // Pages render GFM, where `~~x~~` is strikethrough: the text must be escaped for it.
  it('keeps tildes text on the page (GFM strikethrough)', async () => {
    const text = 'Prices fell ~~10%~~ and then ~rose~ again.';
    const html = await renderMarkdown(paragraphToMarkdown(text), SOURCE_PATH);
    expect(elementsOf(html).map((element) => element.tagName)).toEqual(['p', 'a']);
    expect(html).toContain('~~10%~~');
  });
});
