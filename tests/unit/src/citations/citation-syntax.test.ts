/**
 * The citation syntax, declared once: what is read as a citation, what is refused, what a
 * generator writes, and that what it writes reads back the same through the prose reader.
 */
import { describe, expect, it } from 'vitest';
import { citationLink, citationUrl, INLINE_LINK, isCitationUrl, NOT_A_CLAIM, parseCitationUrl } from '../../../../src/citations/citation-syntax.ts';
import { citationCoverage, readProse } from '../../../../src/citations/prose-citations.ts';

describe('citation addresses', () => {
  it('reads the source and paragraph of source:<slug>#p<n>', () => {
    expect(parseCitationUrl('source:harbour-gazette-ferry-strike#p12')).toEqual({ source: 'harbour-gazette-ferry-strike', paragraph: 12 });
  });

  it.each(['source:Harbour#p1', 'source:harbour#12', 'source:harbour#p', 'source:harbour#p1x', 'sources:harbour#p1', 'https://example.org/#p1'])(
    'refuses %s',
    (url) => {
      expect(parseCitationUrl(url)).toBeUndefined();
    },
  );

  it('takes any source: link as meant for a citation, so a malformed one is reported, not ignored', () => {
    expect(isCitationUrl('source:Harbour#p1')).toBe(true);
    expect(isCitationUrl('https://example.org/source:x#p1')).toBe(false);
  });

  it('writes what it reads', () => {
    expect(parseCitationUrl(citationUrl('ferry-strike', 4))).toEqual({ source: 'ferry-strike', paragraph: 4 });
  });
});

describe('citation links', () => {
  it('writes a link the prose reader reads back, words included, quotation marks escaped', () => {
    const words = 'the "final" offer was refused';
    const markdown = `The union refused the offer ${citationLink('Gazette ¶4', 'ferry-strike', 4, words)}.`;
    const [citation] = readProse(markdown).citations;
    expect(citation).toMatchObject({ source: 'ferry-strike', paragraph: 4, label: 'Gazette ¶4', words });
  });

  it('leaves the title out when no words are given', () => {
    expect(citationLink('¶2', 'ferry-strike', 2)).toBe('[¶2](source:ferry-strike#p2)');
  });

  it('reduces a link with its title to its label for plain text', () => {
    expect('Talks failed ([Gazette ¶4](source:ferry-strike#p4 "no \\"deal\\"")).'.replace(INLINE_LINK, '$1')).toBe('Talks failed (Gazette ¶4).');
  });

  it('knows the not-a-claim mark with or without a note', () => {
    expect(NOT_A_CLAIM.test('<!-- not a claim -->')).toBe(true);
    expect(NOT_A_CLAIM.test('<!--not a claim: a definition-->')).toBe(true);
    expect(NOT_A_CLAIM.test('<!-- not claimed -->')).toBe(false);
  });
});

describe('citation coverage', () => {
  it('counts cited, exempt and uncited sentences and the citations that give their words', () => {
    const markdown = [
      `The ferry stopped ${citationLink('¶1', 'ferry-strike', 1, 'the ferry stopped')}.`,
      'The port stayed open.',
      `This page lists the sources. <!-- not a claim --> The strike ended ${citationLink('¶9', 'ferry-strike', 9)}.`,
    ].join('\n\n');
    expect(citationCoverage(readProse(markdown))).toEqual({ sentences: 4, cited: 2, exempt: 1, uncited: 1, citations: 2, withWords: 1 });
  });
});
