/**
 * Context snippets around a mention.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../../../src/actors/snippet.ts';

describe('snippetAround', () => {
  it('splits the paragraph around the span', () => {
    expect(snippetAround('Then Hegseth left.', 5, 12)).toEqual({ before: 'Then ', match: 'Hegseth', after: ' left.' });
  });

  it('shortens long context at a word boundary with an ellipsis', () => {
    const before = 'word '.repeat(30);
    const after = ' text'.repeat(30);
    const text = `${before}Putin${after}`;
    const snippet = snippetAround(text, before.length, before.length + 5);
    expect(snippet.match).toBe('Putin');
    expect(snippet.before).toMatch(/^…word /);
    expect(snippet.before.length).toBeLessThanOrEqual(71);
    expect(before.endsWith(snippet.before.slice(1))).toBe(true);
    expect(snippet.after).toMatch(/ text…$/);
    expect(after.startsWith(snippet.after.slice(0, -1))).toBe(true);
  });

  it('keeps short context whole, so the snippet is the paragraph', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), fc.string({ maxLength: 70 }), (left, right) => {
        const text = `${left}Zelensky${right}`;
        const { before, match, after } = snippetAround(text, left.length, left.length + 8);
        expect(before + match + after).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
