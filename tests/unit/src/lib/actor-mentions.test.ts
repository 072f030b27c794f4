/**
 * Mentions per paragraph, with a snippet around the first one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionsInParagraphs } from '../../../../src/lib/actor-mentions.ts';

describe('mentionsInParagraphs', () => {
  it('lists only paragraphs with a mention, numbered from 1, with their count', () => {
    const result = mentionsInParagraphs(['No one here.', 'Hegseth and Pete Hegseth.', 'Then Hegseth left.'], ['Hegseth', 'Pete Hegseth']);
    expect(result.map(({ paragraph, count }) => [paragraph, count])).toEqual([
      [2, 2],
      [3, 1],
    ]);
    expect(result[1]?.snippet).toEqual({ before: 'Then ', mention: 'Hegseth', after: ' left.' });
  });

  it('shortens long context at a word boundary with an ellipsis', () => {
    const before = 'word '.repeat(30);
    const after = ' text'.repeat(30);
    const [mention] = mentionsInParagraphs([`${before}Putin${after}`], ['Putin']);
    expect(mention?.snippet.mention).toBe('Putin');
    expect(mention?.snippet.before).toMatch(/^…word /);
    expect(mention?.snippet.before.length).toBeLessThanOrEqual(71);
    expect(before.endsWith(mention?.snippet.before.slice(1) ?? 'x')).toBe(true);
    expect(mention?.snippet.after).toMatch(/ text…$/);
    expect(after.startsWith(mention?.snippet.after.slice(0, -1) ?? 'x')).toBe(true);
  });

  it('keeps short context whole, so the snippet is the paragraph', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (left, right) => {
        const paragraph = `${left} Zelensky ${right}`;
        const [first] = mentionsInParagraphs([paragraph], ['Zelensky']);
        if (!first) return; // "Zelensky" joined to a letter in left/right is not a mention
        const { before, mention, after } = first.snippet;
        expect(before + mention + after).toBe(paragraph);
      }),
      { numRuns: 500 },
    );
  });
});
