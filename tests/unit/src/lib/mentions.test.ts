/**
 * Finding an actor's mentions by name and aliases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, mentionPattern } from '../../../../src/lib/mentions.ts';

const texts = (text: string, names: readonly string[]) => findMentions(text, names).map((mention) => mention.text);

describe('findMentions', () => {
  it('prefers the longest name, so a full name counts once', () => {
    expect(findMentions('Pete Hegseth said Hegseth would decide.', ['Hegseth', 'Pete Hegseth'])).toEqual([
      { index: 0, text: 'Pete Hegseth' },
      { index: 18, text: 'Hegseth' },
    ]);
  });

  it('prefers the longest name whatever order the aliases are given in', () => {
    expect(texts('US Cyber Command acted.', ['Cyber Command', 'US Cyber Command'])).toEqual(['US Cyber Command']);
    expect(texts('US Cyber Command acted.', ['US Cyber Command', 'Cyber Command'])).toEqual(['US Cyber Command']);
  });

  it('counts a possessive with either apostrophe as part of the mention', () => {
    expect(texts('Trump’s team and Trump\'s allies met Trump.', ['Trump'])).toEqual(['Trump’s', 'Trump\'s', 'Trump']);
  });

  it('matches whole words only', () => {
    expect(texts('A trumpet, Trumpet and Trumps played; ProTrump and Trump2024 too.', ['Trump'])).toEqual([]);
    expect(texts('Trump-backed plans, (Trump) and “Trump”.', ['Trump'])).toEqual(['Trump', 'Trump', 'Trump']);
    // Letters beyond ASCII count as letters: no match inside "Zelenskyé".
    expect(texts('Zelenskyé, Zelensky.', ['Zelensky'])).toEqual(['Zelensky']);
  });

  it('is case-sensitive: a proper name is not a common word', () => {
    expect(texts('He played his trump card.', ['Trump'])).toEqual([]);
  });

  it('matches a multi-word name across a line break or several spaces', () => {
    expect(texts('Secretary Pete\nHegseth and Pete   Hegseth.', ['Pete Hegseth'])).toEqual(['Pete\nHegseth', 'Pete   Hegseth']);
  });

  it('treats regular-expression characters in names literally', () => {
    expect(texts('The U.S. and the UXS.', ['U.S.'])).toEqual(['U.S.']);
    expect(texts('C++ (and C) programmers', ['C++'])).toEqual(['C++']);
  });

  it('ignores empty and repeated names', () => {
    expect(mentionPattern([])).toBeUndefined();
    expect(mentionPattern(['', '  '])).toBeUndefined();
    expect(findMentions('Anything', [' ', ''])).toEqual([]);
    expect(texts('Vance and Vance', ['Vance', ' Vance ', 'Vance'])).toEqual(['Vance', 'Vance']);
  });

  it('reports each mention at its index, as it appears in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Putin', 'Vladimir Putin', 'Kremlin', 'the', 'Putins', 'said', '—', '\n'), { maxLength: 20 }), (words) => {
        const text = words.join(' ');
        for (const mention of findMentions(text, ['Putin', 'Vladimir Putin'])) {
          expect(text.slice(mention.index, mention.index + mention.text.length)).toBe(mention.text);
          expect(mention.text).toMatch(/^(?:Vladimir\s+)?Putin$/);
        }
        // Every standalone "Putin" is found (once, possibly within "Vladimir Putin").
        expect(findMentions(text, ['Putin', 'Vladimir Putin'])).toHaveLength(words.filter((word) => word === 'Putin' || word === 'Vladimir Putin').length);
      }),
      { numRuns: 500 },
    );
  });
});
