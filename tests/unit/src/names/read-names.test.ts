/**
 * The unknown-names report: names in the sources that no actor or outlet covers.
 */
import { describe, expect, it } from 'vitest';
import { NameMatcher, type NamedEntry } from '../../../../src/actors/name-matcher.ts';
import { formatUnknownNames } from '../../../../scripts/lib/format-name-report.ts';
import { proposeUnknownNames } from '../../../../src/names/read-names.ts';
import type { SourceText } from '../../../../src/names/name-report.ts';

const REGISTRY: NamedEntry[] = [
  {
    type: 'actor',
    id: 'pete-hegseth',
    kind: 'person',
    name: 'Pete Hegseth',
    aliases: ['Hegseth', 'Defence Secretary Pete Hegseth', 'Secretary Hegseth'],
  },
  { type: 'actor', id: 'donald-trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump', 'President Trump'] },
  { type: 'actor', id: 'russian-government', kind: 'government', name: 'Russian government', aliases: ['Russia', 'Moscow'] },
  { type: 'actor', id: 'cisa', kind: 'agency', name: 'Cybersecurity and Infrastructure Security Agency', aliases: ['CISA'] },
  { type: 'outlet', id: 'bbc-news', kind: 'outlet', name: 'BBC News', aliases: ['BBC'] },
];
const matcher = new NameMatcher(REGISTRY);

const propose = (...paragraphs: string[]) => proposeUnknownNames([{ slug: 'source', language: 'en', paragraphs }], matcher);
const names = (...paragraphs: string[]) => propose(...paragraphs).map((entry) => entry.name);

describe('proposeUnknownNames', () => {
  it('proposes a new person and a new organisation, with their kinds and paragraphs', () => {
    expect(
      propose(
        'Jane Doe, a spokeswoman for the Foo Agency, said the agency had not been told.',
        'Hegseth did not reply.',
        // The surname alone is the same person.
        'Doe added that the order stood.',
      ),
    ).toEqual([
      {
        name: 'Jane Doe',
        kind: 'person',
        occurrences: [
          { slug: 'source', paragraph: 1 },
          { slug: 'source', paragraph: 3 },
        ],
      },
      { name: 'Foo Agency', kind: 'organisation', occurrences: [{ slug: 'source', paragraph: 1 }] },
    ]);
  });

  it('does not propose known actors and outlets, by name, alias or possessive', () => {
    expect(
      names(
        'Defence Secretary Pete Hegseth met President Trump in Moscow.',
        'Hegseth’s order and Trump\'s plan reached the BBC’s newsroom, and Russia’s reply followed.',
        'Secretary Hegseth told CISA nothing.',
      ),
    ).toEqual([]);
  });

  it('proposes what a title or a known name leaves, but not a fragment of a known name', () => {
    expect(names('Ukrainian Foreign Minister Andrii Sybiha met NATO Secretary General Mark Rutte.')).toEqual(['Andrii Sybiha', 'Mark Rutte', 'NATO']);
    expect(propose('CISA Director Jen Easterly resigned.')).toEqual([
      { name: 'Jen Easterly', kind: 'person', occurrences: [{ slug: 'source', paragraph: 1 }] },
    ]);
    expect(propose('Russia’s Foreign Ministry protested.')[0]).toMatchObject({ name: 'Foreign Ministry', kind: 'organisation' });
    // "Tower" beside "Trump" is part of a known name, not a new one.
    expect(names('Trump Tower was quiet.')).toEqual([]);
  });

  it('does not propose places, nationalities, days, months, titles alone, or words that start a sentence', () => {
    expect(
      names(
        'In March, Ukrainian officials met in Saudi Arabia. However, the talks in Kyiv on Friday ended early.',
        'Western diplomats said the United States and the Ukrainians would respond from Washington, London and Beijing.',
        'The President, the Secretary of State and the Assistant Secretary agreed. Officials said nothing.',
        'Hundreds of Europeans protested on Saturday. “There is no plan,” one said. Since then, nothing.',
      ),
    ).toEqual([]);
  });

  it('cuts a person from the organisation after "of"', () => {
    expect(propose('Analysts such as Emily Harding of the Center for Strategic and International Studies disagreed.')).toEqual([
      { name: 'Center for Strategic and International Studies', kind: 'organisation', occurrences: [{ slug: 'source', paragraph: 1 }] },
      { name: 'Emily Harding', kind: 'person', occurrences: [{ slug: 'source', paragraph: 1 }] },
    ]);
  });

  it('says "unknown" when the text gives no evidence of the kind', () => {
    expect(propose('Lockheed Martin declined to comment.')).toEqual([
      { name: 'Lockheed Martin', kind: 'unknown', occurrences: [{ slug: 'source', paragraph: 1 }] },
    ]);
  });

  it('lists each paragraph once, across sources, in source then paragraph order', () => {
    const sources: SourceText[] = [
      { slug: 'first', language: 'en', paragraphs: ['Nothing here.', 'The Bar Council met; the Bar Council agreed.'] },
      { slug: 'second', language: 'en', paragraphs: ['The Bar Council objected.', 'Trump spoke.', 'So did the Bar Council.'] },
    ];
    expect(proposeUnknownNames(sources, matcher)).toEqual([
      {
        name: 'Bar Council',
        kind: 'organisation',
        occurrences: [
          { slug: 'first', paragraph: 2 },
          { slug: 'second', paragraph: 1 },
          { slug: 'second', paragraph: 3 },
        ],
      },
    ]);
  });

  it('orders by number of paragraphs, then by name, the same on every run', () => {
    const paragraphs = ['Zed Corp and Alpha Bank met Jane Doe.', 'Jane Doe left.', 'Mid Group stayed with Alpha Bank.'];
    const first = propose(...paragraphs);
    expect(first.map((entry) => entry.name)).toEqual(['Alpha Bank', 'Jane Doe', 'Mid Group', 'Zed Corp']);
    expect(propose(...paragraphs)).toEqual(first);
    expect(proposeUnknownNames([{ slug: 'source', language: 'en', paragraphs: [...paragraphs].reverse() }], matcher).map((entry) => entry.name)).toEqual(
      first.map((entry) => entry.name),
    );
  });
});

describe('formatUnknownNames', () => {
  it('prints one line per name with its paragraphs, grouped by source', () => {
    expect(
      formatUnknownNames([
        {
          name: 'Jane Doe',
          kind: 'person',
          occurrences: [
            { slug: 'a', paragraph: 3 },
            { slug: 'a', paragraph: 5 },
            { slug: 'b', paragraph: 1 },
          ],
        },
      ]),
    ).toEqual([
      'Names no actor covers (add them to content/actors/ if they act in the events):',
      '  Jane Doe (person) — a ¶3, ¶5; b ¶1',
    ]);
  });

  it('says so when every name is covered', () => {
    expect(formatUnknownNames([])).toEqual(['Every name in the sources is covered by an actor or outlet.']);
  });
});
