/**
 * A source's paragraphs as plain text, as its page numbers them.
 */
import { describe, expect, it } from 'vitest';
import { readSourceMarkdown, sourceParagraphEmphasis, sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';

describe('sourceParagraphs', () => {
  it('gives the text of each top-level paragraph, without markup', () => {
    expect(sourceParagraphs('One *two* [three](https://x.example).\n\nFour \\*five\\*.')).toEqual(['One two three.', 'Four *five*.']);
  });

  it('skips headings, lists, quotations and code', () => {
    expect(sourceParagraphs('# H\n\nA.\n\n- item\n\n> quoted\n\n    code\n\nB.')).toEqual(['A.', 'B.']);
  });

  it('returns nothing for an empty body', () => {
    expect(sourceParagraphs('')).toEqual([]);
  });
});

describe('sourceParagraphEmphasis', () => {
  it('gives each paragraph’s italics as offsets of the same plain text sourceParagraphs gives', () => {
    const markdown = 'Said on *This Week* and “_The Evening Round_” on Friday.\n\nNo italics.\n\n  *Lead*   words <i>and</i> <cite>A Work</cite>';
    const paragraphs = sourceParagraphs(markdown);
    const emphasis = sourceParagraphEmphasis(markdown);
    expect(emphasis).toHaveLength(paragraphs.length);
    expect(emphasis.map((spans, index) => spans.map((span) => paragraphs[index]!.slice(span.start, span.end)))).toEqual([
      ['This Week', 'The Evening Round'],
      [],
      ['Lead', 'and', 'A Work'],
    ]);
  });

  it('gives none for a paragraph that holds the private-use marks it uses', () => {
    expect(sourceParagraphEmphasis('A \uE000 mark and *italics*.')).toEqual([[]]);
  });
});

describe('readSourceMarkdown', () => {
  const markdown = 'A [cited](source:a-source#p2 "words") claim and [a link](https://x.example).\n\nSee [the other][c], *in italics*.\n\n[c]: source:b-source#p1\n';

  it('gives the paragraphs and italics the two readers give, from one parse', () => {
    const reading = readSourceMarkdown(markdown);
    expect(reading.paragraphs).toEqual(sourceParagraphs(markdown));
    expect(reading.emphasis).toEqual(sourceParagraphEmphasis(markdown));
  });

  it('lists the citation addresses of links and definitions, in document order, and no other link', () => {
    expect(readSourceMarkdown(markdown).citationUrls).toEqual(['source:a-source#p2', 'source:b-source#p1']);
  });
});
