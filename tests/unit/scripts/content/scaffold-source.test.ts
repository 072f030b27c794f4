/**
 * What `npm run new-source` writes, and what it refuses.
 */
import { describe, expect, it } from 'vitest';
import { articleBody, scaffoldSource, slugFor } from '../../../../scripts/content/scaffold-source.ts';
import { ContentError } from '../../../../src/files/content-error.ts';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';

const known = { outlets: ['bbc-news', 'the-record'], slugs: ['bbc-news-taken'], today: '2026-01-01' };
const facts = { title: 'Hegseth orders a pause', outlet: 'bbc-news', published: '2025-03-03' };
const article = { text: 'First paragraph.\n\nSecond paragraph.', file: 'a.txt', isMarkdown: false };

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((problem) => `${problem.field ?? problem.file}: ${problem.message}`);
    throw error;
  }
  return [];
}

describe('slugFor', () => {
  it('joins the outlet and the headline in lower-case words, without accents or apostrophes', () => {
    expect(slugFor('bbc-news', 'Zelenskyy’s “row” with Trump — über alles?')).toBe('bbc-news-zelenskyys-row-with-trump-uber-alles');
  });

  it('cuts a long headline at a word, within 64 characters', () => {
    const slug = slugFor('the-record', 'word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug).toMatch(/^the-record(-word)+$/);
  });
});

describe('articleBody', () => {
  it('turns text into escaped Markdown paragraphs, one per block or per line', () => {
    const text = '# Not a heading\n1. Not a list\n<script>alert(1)</script> and *stars*';
    const { markdown, paragraphs } = articleBody(text, false);
    expect(paragraphs).toEqual(['# Not a heading', '1. Not a list', '<script>alert(1)</script> and *stars*']);
    // Rendered, the paragraphs read exactly as the text did: nothing became markup.
    expect(sourceParagraphs(markdown)).toEqual(paragraphs);
  });

  it('keeps a Markdown file’s Markdown, without its front matter', () => {
    const { markdown } = articleBody('---\ntitle: x\n---\n\nSome *emphasis*.\n\nMore.\n', true);
    expect(markdown).toBe('Some *emphasis*.\n\nMore.');
  });
});

describe('articleBody and a text that begins with its own headline', () => {
  const title = 'Hegseth “orders” a pause — officials';

  it('leaves out a first paragraph that is the headline, whatever its quotation marks, dashes, case or end stop', () => {
    const text = 'HEGSETH "ORDERS" A PAUSE - OFFICIALS.\nFirst paragraph.\nSecond paragraph.';
    const { markdown, paragraphs, headlineLeftOut } = articleBody(text, false, title);
    expect(headlineLeftOut).toBe(true);
    expect(paragraphs).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(markdown).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('leaves out a Markdown file’s heading that is the headline, and keeps the rest as written', () => {
    const text = '---\ntitle: x\n---\n# Hegseth “orders” a pause — officials\n\nSome *emphasis*.\n\n```\ncode\n\n  kept\n```\n';
    const { markdown, headlineLeftOut } = articleBody(text, true, title);
    expect(headlineLeftOut).toBe(true);
    expect(markdown).toBe('Some *emphasis*.\n\n```\ncode\n\n  kept\n```');
  });

  it('keeps a first paragraph that only begins like the headline, a text that is nothing but the headline, and any text when no title is given', () => {
    expect(articleBody('Hegseth “orders” a pause — officials say more.\n\nNext.', false, title).headlineLeftOut).toBe(false);
    expect(articleBody('Hegseth “orders” a pause — officials', false, title)).toMatchObject({ headlineLeftOut: false, paragraphs: ['Hegseth “orders” a pause — officials'] });
    expect(articleBody('Hegseth “orders” a pause — officials\n\nNext.', false).headlineLeftOut).toBe(false);
  });

  it('is what new-source writes: the body starts with the article’s first paragraph', () => {
    const source = scaffoldSource(facts, { ...article, text: `${facts.title}\n\n${article.text}` }, known);
    expect(source.headlineLeftOut).toBe(true);
    expect(source.text.endsWith('---\n\nFirst paragraph.\n\nSecond paragraph.\n')).toBe(true);
  });
});

describe('scaffoldSource', () => {
  it('writes front matter the schema accepts and the article as the body', () => {
    const source = scaffoldSource({ ...facts, url: 'https://www.bbc.co.uk/news/x' }, article, known);
    expect(source.slug).toBe('bbc-news-hegseth-orders-a-pause');
    expect(source.text).toBe(
      '---\ntitle: "Hegseth orders a pause"\noutlet: "bbc-news"\npublished: "2025-03-03"\nurl: "https://www.bbc.co.uk/news/x"\nlanguage: "en"\n---\n\nFirst paragraph.\n\nSecond paragraph.\n',
    );
  });

  it('refuses, naming each option, an unknown outlet, a future or impossible date, a taken or bad slug, a bad address and an empty article', () => {
    expect(problemsOf(() => scaffoldSource({ ...facts, outlet: 'nope' }, article, known))).toEqual([
      expect.stringMatching(/^--outlet: no outlet "nope" in content\/outlets\/; use one of: bbc-news, the-record/),
    ]);
    expect(problemsOf(() => scaffoldSource({ ...facts, published: '2027-01-01' }, article, known))).toEqual([
      '--published: 2027-01-01 is in the future (today is 2026-01-01).',
    ]);
    expect(problemsOf(() => scaffoldSource({ ...facts, published: '2025-02-30' }, article, known))).toEqual([
      expect.stringMatching(/^--published: a real date written YYYY-MM-DD/),
    ]);
    expect(problemsOf(() => scaffoldSource({ ...facts, slug: 'bbc-news-taken' }, article, known))).toEqual([
      '--slug: content/sources/bbc-news-taken.md already exists; nothing was overwritten. Give another name with --slug.',
    ]);
    expect(problemsOf(() => scaffoldSource({ ...facts, slug: 'Bad Slug' }, article, known))).toEqual([expect.stringMatching(/^--slug: "Bad Slug" must be/)]);
    // Found by the security test of issue 12: a 300-character slug ended in ENAMETOOLONG, and
    // Windows device names were accepted.
    expect(problemsOf(() => scaffoldSource({ ...facts, slug: 'a'.repeat(300) }, article, known))).toEqual([
      expect.stringMatching(/^--slug: "a{57}\.\.\." is 300 characters long; a slug may have at most 100\.$/),
    ]);
    expect(problemsOf(() => scaffoldSource({ ...facts, slug: 'nul' }, article, known))).toEqual(['--slug: "nul" is a name Windows reserves for a device ("nul"); choose another.']);
    expect(problemsOf(() => scaffoldSource({ ...facts, slug: 'com1' }, article, known))).toEqual([expect.stringMatching(/reserves for a device/)]);
    expect(problemsOf(() => scaffoldSource({ ...facts, slug: 'page' }, article, known))).toEqual([expect.stringMatching(/^--slug: "page" is reserved: "\/sources\/page\/"/)]);
    expect(problemsOf(() => scaffoldSource({ ...facts, url: 'javascript:alert(1)' }, article, known))).toEqual([expect.stringMatching(/^--url: /)]);
    expect(problemsOf(() => scaffoldSource(facts, { ...article, text: ' \n\n ' }, known))).toEqual(['a.txt: has no text to use as the article.']);
  });
});
