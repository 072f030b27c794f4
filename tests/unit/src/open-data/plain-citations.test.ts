import { describe, expect, it } from 'vitest';
import { citationsIn, plainText } from '../../../../src/open-data/plain-citations.ts';

describe('citations in prose', () => {
  const markdown = 'Hegseth ordered it ([BBC ¶7](source:bbc-a#p7), [TC ¶2](source:tc-b#p2)); see [BBC ¶7](source:bbc-a#p7) and [the site](https://example.org).';

  it('lists each cited paragraph once, in order', () => {
    expect(citationsIn(markdown)).toEqual([
      { source: 'bbc-a', paragraph: 7 },
      { source: 'tc-b', paragraph: 2 },
    ]);
  });

  it('reads as plain text with the citation labels kept', () => {
    expect(plainText(markdown)).toBe('Hegseth ordered it (BBC ¶7, TC ¶2); see BBC ¶7 and the site.');
  });
});
