/**
 * A source's paragraphs as plain text, as its page numbers them.
 */
import { describe, expect, it } from 'vitest';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';

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
