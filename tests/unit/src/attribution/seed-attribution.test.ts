/**
 * Attribution on the real sources with the real registry: every direct quotation in the two
 * seed articles, and who said it, as a careful reader of each article would say. Quotations
 * are found by a distinctive part of their words.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeSource } from '../../../../src/attribution/attribute-source.ts';
import type { AttributedQuotation } from '../../../../src/attribution/types.ts';
import { english } from '../../../../src/language/en/index.ts';
import { NameMatcher } from '../../../../src/actors/name-matcher.ts';
import { readRegistry } from '../../../../src/actors/registry-files.ts';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';

const CONTENT = fileURLToPath(new URL('../../../../content/', import.meta.url));

const OUTLETS = ['techcrunch', 'bbc-news', 'cbs-news', 'the-record', 'new-york-times', 'washington-post', 'the-guardian', 'cnn', 'abc-news'];

interface Expected {
  /** A distinctive part of the quoted words. */
  quote: string;
  speaker: string;
  /** Outlets the quotation came through, as named in its cue. */
  via: string[];
}

interface Seed {
  slug: string;
  quotations: Expected[];
}

const SEEDS: readonly Seed[] = [
  {
    slug: 'bbc-hegseth-orders-pause-in-cyber-operations',
    quotations: [
      { quote: 'playing with World War Three', speaker: 'donald-trump', via: [] },
      { quote: 'There isn’t a greater priority', speaker: 'senior-defence-official', via: [] },
      { quote: 'all kinds of carrots and sticks', speaker: 'mike-waltz', via: ['cnn'] },
      { quote: 'You are not going to bring', speaker: 'marco-rubio', via: ['abc-news'] },
      { quote: 'a critical strategic mistake', speaker: 'chuck-schumer', via: ['new-york-times'] },
      { quote: 'a free pass as Russia', speaker: 'chuck-schumer', via: [] },
    ],
  },
  {
    slug: 'techcrunch-us-suspends-offensive-cyber-operations',
    quotations: [
      { quote: 'discuss the information, plans or operations', speaker: 'senior-defence-official', via: ['the-record'] },
      { quote: 'CISA remains committed', speaker: 'tricia-mclaughlin', via: [] },
      { quote: 'There has been no change', speaker: 'tricia-mclaughlin', via: ['techcrunch'] },
      { quote: 'constant cyberspace', speaker: 'us-intelligence-community', via: [] },
    ],
  },
];

const registry = readRegistry(CONTENT);
const matcher = new NameMatcher(registry);
const kinds = new Map(registry.filter((entry) => entry.type === 'actor').map((entry) => [entry.id, entry.kind]));

function quotationsOf(slug: string): AttributedQuotation[] {
  const paragraphs = sourceParagraphs(readFileSync(`${CONTENT}sources/${slug}.md`, 'utf8'));
  return attributeSource(paragraphs, matcher, (id) => kinds.get(id), english).quotations;
}

describe('attribution on the seed sources', () => {
  it('reads the real registry, with every outlet as an outlet', () => {
    const outlets = registry.filter((entry) => entry.type === 'outlet').map((entry) => entry.id);
    expect(outlets).toEqual(expect.arrayContaining(OUTLETS));
    expect(registry.some((entry) => entry.type === 'actor' && entry.id === 'us-intelligence-community')).toBe(true);
  });

  describe.each(SEEDS)('$slug', ({ slug, quotations: expected }) => {
    const quotations = quotationsOf(slug);

    it(`finds ${expected.length} quotations`, () => {
      expect(quotations.map((quotation) => quotation.text)).toHaveLength(expected.length);
    });

    it.each(expected)('“$quote” → $speaker', ({ quote, speaker, via }) => {
      const matching = quotations.filter((quotation) => quotation.text.includes(quote));
      expect(matching).toHaveLength(1);
      expect({ speaker: matching[0]?.speaker, via: matching[0]?.via }).toEqual({ speaker, via });
    });

    it('never names an outlet as a speaker', () => {
      for (const quotation of quotations) expect(OUTLETS).not.toContain(quotation.speaker);
    });
  });
});
