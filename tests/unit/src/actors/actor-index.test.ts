/**
 * The actor index: one pass over the sources answers every actor page.
 */
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../../src/actors/actor-index.ts';
import type { NamedEntry } from '../../../../src/actors/name-matcher.ts';

const registry: NamedEntry[] = [
  { type: 'actor', id: 'hegseth', kind: 'person', name: 'Pete Hegseth', aliases: ['Hegseth'] },
  { type: 'actor', id: 'trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump'] },
  { type: 'actor', id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'] },
  { type: 'actor', id: 'nobody', kind: 'person', name: 'Nobody Named', aliases: [] },
  { type: 'outlet', id: 'record', kind: 'outlet', name: 'The Record', aliases: [] },
];

const sources = [
  {
    slug: 'a',
    language: 'en',
    paragraphs: [
      'Pete Hegseth ordered the pause, according to The Record.',
      '“It is temporary,” Hegseth told The Record. Trump and Hegseth met later; Hegseth left.',
    ],
  },
  { slug: 'b', language: 'en', paragraphs: ['Trump spoke to Putin.', 'No names here.', '“A free pass,” officials said of Trump’s plan.'] },
];

const index = buildActorIndex(sources, registry);

describe('buildActorIndex', () => {
  it('lists every paragraph naming an actor, with its count and a snippet of the first mention', () => {
    expect(index.mentionsOf('hegseth').map(({ slug, paragraph, count }) => [slug, paragraph, count])).toEqual([
      ['a', 1, 1],
      ['a', 2, 3],
    ]);
    expect(index.mentionsOf('hegseth')[1]?.snippet).toEqual({ before: '“It is temporary,” ', match: 'Hegseth', after: ' told The Record. Trump and Hegseth met later; Hegseth left.' });
    expect(index.mentionCount('hegseth')).toBe(4);
    expect(index.mentionCount('nobody')).toBe(0);
    expect(index.mentionsOf('nobody')).toEqual([]);
  });

  it('counts mentions per source, possessives included, and outlets are not actors', () => {
    expect(index.sourcesOf('trump')).toEqual([
      { slug: 'a', mentions: 1, paragraphs: 1 },
      { slug: 'b', mentions: 2, paragraphs: 2 },
    ]);
    expect(index.sourcesOf('record')).toEqual([]);
  });

  it('lists the actors each source names, in order of first mention, without scanning every actor', () => {
    expect(index.actorsIn('a')).toEqual(['hegseth', 'trump']);
    expect(index.actorsIn('b')).toEqual(['trump', 'putin']);
    expect(index.actorsIn('missing')).toEqual([]);
  });

  it('gives quotations by speaker and by source, unattributed ones only by source', () => {
    expect(index.quotationsBy('hegseth').map(({ slug, paragraph, text, via }) => ({ slug, paragraph, text, via }))).toEqual([
      { slug: 'a', paragraph: 2, text: 'It is temporary', via: ['record'] },
    ]);
    expect(index.quotationsIn('b').map(({ text, speaker, speakerPhrase }) => ({ text, speaker, speakerPhrase }))).toEqual([
      { text: 'A free pass', speaker: undefined, speakerPhrase: 'officials' },
    ]);
    expect(index.quotationsBy('record')).toEqual([]);
  });

  it('names the actors mentioned in the same paragraphs, most shared first', () => {
    expect(index.alongside('trump')).toEqual([
      { id: 'hegseth', paragraphs: 1 },
      { id: 'putin', paragraphs: 1 },
    ]);
    expect(index.alongside('putin')).toEqual([{ id: 'trump', paragraphs: 1 }]);
  });
});
