/**
 * Outlet citations: which outlets a source cites, and for what, read from the words around
 * each name; then the citation graph. Inline fixtures for each documented pattern, and the
 * two seed sources with the real registry, as a careful reader of each article would list them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NameMatcher, type NamedEntry } from '../../../../src/actors/name-matcher.ts';
import { readRegistry } from '../../../../src/actors/registry-files.ts';
import { parseMarkdownFile } from '../../../../src/files/front-matter.ts';
import { sourceSchema } from '../../../../src/schemas/source.ts';
import { sourceParagraphs } from '../../../../src/markdown/source-paragraphs.ts';
import { english } from '../../../../src/language/en/index.ts';
import { buildCitationGraph } from '../../../../src/outlets/citation-graph.ts';
import { buildOutletCitationIndex, groupCitations } from '../../../../src/outlets/citation-index.ts';
import type { CitationRole } from '../../../../src/outlets/citation-roles.ts';
import { citationsInParagraph, findOutletCitations, type OutletCitation } from '../../../../src/outlets/read-citations.ts';

const outlet = (id: string, name: string, aliases: string[] = []): NamedEntry => ({ type: 'outlet', id, kind: 'outlet', name, aliases });

const registry: NamedEntry[] = [
  outlet('record', 'The Record'),
  outlet('nyt', 'The New York Times', ['New York Times']),
  outlet('wapo', 'The Washington Post', ['Washington Post']),
  outlet('cbs', 'CBS News'),
  outlet('bbc', 'BBC News', ['BBC']),
  outlet('cnn', 'CNN'),
  outlet('techcrunch', 'TechCrunch'),
  { type: 'actor', id: 'waltz', kind: 'person', name: 'Mike Waltz', aliases: ['Waltz'] },
];
const matcher = new NameMatcher(registry);

/** The citations of one paragraph, as [outlet, role] pairs, published by `publisher`. */
function roles(text: string, publisher = 'nobody'): [string, CitationRole][] {
  return citationsInParagraph(text, matcher, { slug: 's', paragraph: 1, outlet: publisher }, english).map((citation) => [citation.outlet, citation.role]);
}

describe('the role of a citation, from the words around the name', () => {
  it.each<[string, string, [string, CitationRole][]]>([
    ['according to X', 'Hegseth ordered the pause, according to The Record.', [['record', 'report']]],
    ['according to X, which first reported', 'It may affect thousands, according to The Record, a publication which first reported the news.', [['record', 'report']]],
    ['X reported', 'The Record reported on Sunday that the order came from Hegseth.', [['record', 'report']]],
    ['X also says', 'The New York Times also says the order came before the meeting.', [['nyt', 'report']]],
    ['X, which first reported', 'The Record, which first reported the order, named no source.', [['record', 'report']]],
    ['reported by X', 'The order was first reported by The Record.', [['record', 'report']]],
    ['citing X', 'Reuters ran the story on Monday, citing The Washington Post.', [['wapo', 'report']]],
    ['X’s report', 'The Record’s report was the first.', [['record', 'report']]],
    ['a claim closed by “officials told X”', 'The halt came from Hegseth, officials told the BBC’s US partner CBS News.', [['bbc', 'statement-venue'], ['cbs', 'report']]],
    ['confirmed by X and Y', 'The order has since been confirmed by The New York Times and The Washington Post.', [['nyt', 'confirmation'], ['wapo', 'confirmation']]],
    ['X, Y and Z confirmed', 'The New York Times, The Washington Post and CNN confirmed the order.', [['nyt', 'confirmation'], ['wapo', 'confirmation'], ['cnn', 'confirmation']]],
    ['X confirmed', 'The Washington Post later confirmed the order.', [['wapo', 'confirmation']]],
    ['told X that', 'A senior official told The Record that he would not discuss operations.', [['record', 'statement-venue']]],
    ['told X: “…”', 'Rubio told CNN: “We will not.”', [['cnn', 'statement-venue']]],
    ['“…,” she told X', '“There has been no change,” McLaughlin told TechCrunch.', [['techcrunch', 'statement-venue']]],
    ['in a statement to the X', 'In a statement to the New York Times, Schumer called it a mistake.', [['nyt', 'statement-venue']]],
    ['in an interview on X', 'Waltz said in an interview on CNN that there could be carrots and sticks.', [['cnn', 'statement-venue']]],
    ['in an interview with X', 'In an interview with The Washington Post, Waltz denied it.', [['wapo', 'statement-venue']]],
    ['did not respond to X’s questions', 'The Pentagon did not respond to TechCrunch’s questions.', [['techcrunch', 'statement-venue']]],
    ['did not answer X questions', 'Officials did not answer TechCrunch questions.', [['techcrunch', 'statement-venue']]],
    ['did not respond to X', 'The Pentagon did not respond to CNN by Friday.', [['cnn', 'statement-venue']]],
    ['a plain mention', 'CNN is a cable news channel.', [['cnn', 'mention']]],
    ['a possessive without a cue', 'The Record’s editor left in May.', [['record', 'mention']]],
    ['a cue kept from the name by a clause', 'Waltz told reporters that The Record was wrong.', [['record', 'mention']]],
    ['a name inside a quotation', '“As The Record reported, the order is real,” Waltz said.', [['record', 'mention']]],
  ])('%s', (_pattern, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('keeps the cue words', () => {
    const [citation] = citationsInParagraph('The pause was ordered, according to The Record.', matcher, { slug: 's', paragraph: 1, outlet: 'x' }, english);
    expect(citation?.cue).toBe('according to');
  });
});

describe('citations in a paragraph', () => {
  it('are one per outlet per sentence, taking the first role other than a plain mention', () => {
    expect(roles('CNN aired it first. CNN reported it, and later CNN confirmed it.')).toEqual([
      ['cnn', 'mention'],
      ['cnn', 'report'],
    ]);
    expect(roles('The Record, a news site, has a story on it; according to The Record, the order is real.')).toEqual([['record', 'report']]);
  });

  it('give the sentence as plain text, with the name’s offsets in it', () => {
    const text = 'First sentence here. The pause was confirmed by The New York Times and the Washington Post.';
    const citations = citationsInParagraph(text, matcher, { slug: 'a', paragraph: 3, outlet: 'x' }, english);
    expect(citations.map(({ slug, paragraph, outlet: id, sentence }) => ({ slug, paragraph, outlet: id, sentence }))).toEqual([
      { slug: 'a', paragraph: 3, outlet: 'nyt', sentence: 'The pause was confirmed by The New York Times and the Washington Post.' },
      { slug: 'a', paragraph: 3, outlet: 'wapo', sentence: 'The pause was confirmed by The New York Times and the Washington Post.' },
    ]);
    expect(citations.map((citation) => citation.sentence.slice(citation.name.start, citation.name.end))).toEqual(['The New York Times', 'Washington Post']);
  });

  it('flag the source’s own outlet as self, whatever the role', () => {
    const citations = citationsInParagraph('“No change,” she told TechCrunch, according to The Record.', matcher, { slug: 'tc', paragraph: 1, outlet: 'techcrunch' }, english);
    expect(citations.map(({ outlet: id, self }) => [id, self])).toEqual([
      ['techcrunch', true],
      ['record', false],
    ]);
  });

  it('ignore actors and paragraphs without outlets', () => {
    expect(roles('Waltz said so.')).toEqual([]);
  });
});

const sources = [
  { slug: 'a', outlet: 'techcrunch', language: 'en', paragraphs: ['It was ordered, according to The Record.', 'The New York Times confirmed it. Waltz told TechCrunch so.'] },
  { slug: 'b', outlet: 'bbc', language: 'en', paragraphs: ['According to The Record, it was real.', 'Waltz told CNN: “Yes.” The BBC has no comment.'] },
  { slug: 'c', outlet: 'record', language: 'en', paragraphs: ['The Record has learned of the order.'] },
];

describe('the citation graph', () => {
  const citations = findOutletCitations(sources, matcher);
  const graph = buildCitationGraph(sources, citations);

  it('has every source, the outlets cited by a source they did not publish, and no self mention', () => {
    expect(graph.sources).toEqual([
      { slug: 'a', outlet: 'techcrunch', citations: 2 },
      { slug: 'b', outlet: 'bbc', citations: 2 },
      { slug: 'c', outlet: 'record', citations: 0 },
    ]);
    expect(graph.outlets.map((node) => node.id)).not.toContain('techcrunch');
    expect(graph.outlets.map((node) => node.id)).not.toContain('bbc');
  });

  it('orders outlets by the mean position of the sources citing them, then by citations, then id', () => {
    expect(graph.outlets).toEqual([
      { id: 'nyt', citations: 1, sources: 1 },
      { id: 'record', citations: 2, sources: 2 },
      { id: 'cnn', citations: 1, sources: 1 },
    ]);
  });

  it('counts citations per role on each edge, in source then outlet order', () => {
    expect(graph.edges.map(({ slug, outlet: id, roles: counts, total }) => [slug, id, counts, total])).toEqual([
      ['a', 'nyt', { report: 0, confirmation: 1, 'statement-venue': 0, mention: 0 }, 1],
      ['a', 'record', { report: 1, confirmation: 0, 'statement-venue': 0, mention: 0 }, 1],
      ['b', 'record', { report: 1, confirmation: 0, 'statement-venue': 0, mention: 0 }, 1],
      ['b', 'cnn', { report: 0, confirmation: 0, 'statement-venue': 1, mention: 0 }, 1],
    ]);
  });

  it('is the same whatever order the citations come in', () => {
    expect(buildCitationGraph(sources, [...citations].reverse())).toEqual(graph);
  });
});

describe('the citation index', () => {
  const index = buildOutletCitationIndex(sources, matcher);

  it('looks citations up by source and by outlet, self mentions apart', () => {
    expect(index.citationsIn('a').map((citation) => citation.outlet)).toEqual(['record', 'nyt']);
    expect(index.selfMentionsIn('a').map((citation) => [citation.outlet, citation.paragraph, citation.role])).toEqual([['techcrunch', 2, 'statement-venue']]);
    expect(index.selfMentionsIn('c').map((citation) => citation.outlet)).toEqual(['record']);
    expect(index.citationsOf('record').map((citation) => citation.slug)).toEqual(['a', 'b']);
    expect(index.citationsOf('bbc')).toEqual([]);
    expect(index.citationsIn('nope')).toEqual([]);
  });

  it('groups citations with their role counts', () => {
    expect(groupCitations(index.citationsOf('record'), 'slug').map(({ key, roles: counts }) => [key, counts.report])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });
});

describe('citations in the seed sources', () => {
  const CONTENT = fileURLToPath(new URL('../../../../content/', import.meta.url));
  const realMatcher = new NameMatcher(readRegistry(CONTENT));
  const read = (slug: string) => {
    const text = readFileSync(`${CONTENT}sources/${slug}.md`, 'utf8');
    const { data } = parseMarkdownFile(text, slug, sourceSchema);
    return { slug, outlet: data.outlet, language: data.language, paragraphs: sourceParagraphs(text) };
  };
  const TECHCRUNCH = 'techcrunch-us-suspends-offensive-cyber-operations';
  const BBC = 'bbc-hegseth-orders-pause-in-cyber-operations';
  const seeds = [read(TECHCRUNCH), read(BBC)];
  const citations = findOutletCitations(seeds, realMatcher);
  const table = (slug: string, self: boolean) =>
    citations
      .filter((citation) => citation.slug === slug && citation.self === self)
      .map((citation: OutletCitation) => `¶${citation.paragraph} ${citation.outlet} ${citation.role}`);

  it('knows each seed’s publisher', () => {
    expect(seeds.map((seed) => seed.outlet)).toEqual(['techcrunch', 'bbc-news']);
  });

  it('TechCrunch cites The Record, The New York Times, The Washington Post and The Guardian', () => {
    expect(table(TECHCRUNCH, false)).toEqual([
      '¶2 the-record report', // “…, according to The Record.”
      '¶3 new-york-times confirmation', // “confirmed by The New York Times and The Washington Post”
      '¶3 washington-post confirmation',
      '¶4 new-york-times report', // “The New York Times said the order came…”
      '¶5 the-record statement-venue', // “a senior defense official told The Record that he did not…”
      '¶6 the-guardian report', // “The Guardian also says that…”
    ]);
  });

  it('TechCrunch naming TechCrunch is not a citation', () => {
    // “did not respond to TechCrunch’s questions”, “a statement to TechCrunch”, “McLaughlin told TechCrunch”.
    expect(table(TECHCRUNCH, true)).toEqual(['¶5 techcrunch statement-venue', '¶7 techcrunch statement-venue', '¶9 techcrunch statement-venue']);
  });

  it('the BBC cites CBS News, The Record, CNN, ABC News and The New York Times', () => {
    expect(table(BBC, false)).toEqual([
      '¶7 cbs-news report', // “The halt … came from Defence Secretary Pete Hegseth …, officials told the BBC’s US partner CBS News.”
      '¶9 the-record report', // “according to The Record, a cybersecurity publication which first reported the news”
      '¶11 cnn statement-venue', // “said in an interview on CNN”
      '¶13 abc-news statement-venue', // “Rubio told ABC: …”
      '¶14 new-york-times statement-venue', // “In a statement to the New York Times, … Schumer …”
    ]);
  });

  it('the BBC naming “the BBC’s US partner” is not a citation', () => {
    expect(table(BBC, true)).toEqual(['¶7 bbc-news statement-venue']);
  });

  it('draws The Record and The New York Times as cited by both sources', () => {
    const graph = buildCitationGraph(seeds, citations);
    expect(graph.outlets.filter((node) => node.sources === 2).map((node) => node.id).sort()).toEqual(['new-york-times', 'the-record']);
    expect(graph.edges).toHaveLength(9);
  });
});
