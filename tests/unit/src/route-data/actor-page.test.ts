/**
 * An actor's page data, built from the real actor index over invented sources: affiliations
 * both ways, quotations and mentions grouped by source, lists capped with the rest counted.
 */
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../../src/actors/actor-index.ts';
import type { NamedEntry } from '../../../../src/actors/name-matcher.ts';
import { LIST_LIMITS } from '../../../../src/lib/list-limits.ts';
import { quotationStanding } from '../../../../src/quotations/quotation-standing.ts';
import { indexQuotationVersions } from '../../../../src/quotations/quotation-versions.ts';
import { actorPage, affiliationIndex, type ActorEntry, type ActorPageInputs } from '../../../../src/route-data/actor-page.ts';

function actor(id: string, name: string, aliases: string[], affiliations: string[] = []): ActorEntry {
  return { id, data: { name, aliases, damagedForms: [], kind: affiliations.length > 0 || aliases.length > 0 ? 'person' : 'agency', role: `Role of ${name}`, affiliations: affiliations.map((parent) => ({ id: parent })) } };
}

const actors = [
  actor('harbour-authority', 'Harbour Authority', []),
  actor('mara-velling', 'Mara Velling', ['Velling'], ['harbour-authority']),
  actor('port-board', 'Port Board', [], ['harbour-authority']),
];
const registry: NamedEntry[] = [
  ...actors.map((entry): NamedEntry => ({ type: 'actor', id: entry.id, kind: entry.data.kind, name: entry.data.name, aliases: entry.data.aliases })),
  { type: 'outlet', id: 'harbour-gazette', kind: 'outlet', name: 'Harbour Gazette', aliases: [] },
];

function inputs(texts: ReadonlyArray<{ slug: string; paragraphs: string[] }>, cast: ActorEntry[] = actors): ActorPageInputs {
  const names: NamedEntry[] = [
    ...cast.map((entry): NamedEntry => ({ type: 'actor', id: entry.id, kind: entry.data.kind, name: entry.data.name, aliases: entry.data.aliases })),
    ...registry.filter((entry) => entry.type === 'outlet'),
  ];
  return {
    actors: cast,
    affiliations: affiliationIndex(cast),
    index: buildActorIndex(texts.map((text) => ({ ...text, language: 'en' })), names),
    outletNames: new Map([['harbour-gazette', 'Harbour Gazette']]),
    sources: new Map(texts.map(({ slug }) => [slug, { data: { title: `Title of ${slug}`, outlet: { id: 'harbour-gazette' } } }])),
    versions: indexQuotationVersions([]),
    standing: async (_slug, quotation) => quotationStanding(undefined, quotation),
    site: new URL('https://example.org/dossier/'),
  };
}

describe('affiliationIndex', () => {
  it('resolves what an actor is part of, in its own order, and who is part of it, in the actors’ order', () => {
    const index = affiliationIndex(actors);
    expect(index.partOf('port-board').map((entry) => entry.id)).toEqual(['harbour-authority']);
    expect(index.members('harbour-authority').map((entry) => entry.id)).toEqual(['mara-velling', 'port-board']);
    expect(index.members('port-board')).toEqual([]);
    expect(index.partOf('no-such-actor')).toEqual([]);
  });
});

describe('actorPage', () => {
  const texts = [
    { slug: 'gazette-1', paragraphs: ['“The gates close at dusk,” Mara Velling said.', 'Velling met the Harbour Authority.'] },
    { slug: 'gazette-2', paragraphs: ['The Port Board did not comment.'] },
  ];

  it('groups the actor’s quotations and mentions by source, with labels, counts and links', async () => {
    const page = await actorPage(actors[1] as ActorEntry, inputs(texts));
    expect(page.quotationGroups.map((group) => [group.slug, group.quotations.map(({ quotation, standing }) => [quotation.text, standing.status])])).toEqual([
      ['gazette-1', [['The gates close at dusk', 'verbatim']]],
    ]);
    expect(page.total).toBe(2);
    expect(page.namedIn).toEqual({ shown: [{ slug: 'gazette-1', mentions: 2, paragraphs: 2 }], hidden: 0 });
    expect(page.mentionGroups.map((group) => group.paragraphMentions.map((mention) => mention.paragraph))).toEqual([[1, 2]]);
    expect(page.alongside).toEqual([{ id: 'harbour-authority', paragraphs: 1 }]);
    expect(page.sourceLabel('gazette-1')).toBe('Harbour Gazette');
    expect(page.sourceLabel('unknown-source')).toBe('unknown-source');
    expect(page.searchSources).toMatch(/search\/\?kind=source&actor=Mara%20Velling$/);
  });

  it('gives the structured data absolute links to the actor and what it is part of', async () => {
    const page = await actorPage(actors[1] as ActorEntry, inputs(texts));
    expect(page.affiliations.map((entry) => entry.id)).toEqual(['harbour-authority']);
    expect(page.structured).toMatchObject({
      '@type': 'Person',
      name: 'Mara Velling',
      alternateName: ['Velling'],
      affiliation: [{ '@type': 'Organization', name: 'Harbour Authority', url: expect.stringMatching(/^https:\/\/example\.org\/.*actors\/harbour-authority\/$/) }],
    });
    const parent = await actorPage(actors[0] as ActorEntry, inputs(texts));
    expect(parent.members.map((entry) => entry.data.name)).toEqual(['Mara Velling', 'Port Board']);
    expect(parent.quotationGroups).toEqual([]);
  });

  it('lists the sources naming the actor most, up to the limit, and counts the rest and their quotations', async () => {
    const many = Array.from({ length: LIST_LIMITS.actorSources + 2 }, (_, at) => ({
      slug: `gazette-${String(at).padStart(3, '0')}`,
      // The first two name her twice; every source quotes her once.
      paragraphs: [`“Open the gates,” Mara Velling said.${at < 2 ? ' Velling left.' : ''}`],
    }));
    const page = await actorPage(actors[1] as ActorEntry, inputs(many));
    expect(page.namedIn.shown).toHaveLength(LIST_LIMITS.actorSources);
    expect(page.namedIn.hidden).toBe(2);
    // Ties keep the earlier source: the last two are left out.
    expect(page.namedIn.shown.at(-1)?.slug).toBe(many[LIST_LIMITS.actorSources - 1]?.slug);
    expect(page.quotedIn.hidden).toBe(2);
    // One quotation a source: the first `actorQuotations` of the sources listed are shown.
    expect(page.quotationGroups.flatMap((group) => group.quotations)).toHaveLength(LIST_LIMITS.actorQuotations);
    expect(page.hiddenQuotations).toBe(many.length - LIST_LIMITS.actorQuotations);
  });

  it('shows at most actorQuotations quotations and actorMentions paragraphs, source by source, and counts the rest', async () => {
    const perSource = 3;
    const sources = Array.from({ length: LIST_LIMITS.actorMentions + 5 }, (_, at) => ({
      slug: `gazette-${String(at).padStart(3, '0')}`,
      paragraphs: Array.from({ length: perSource }, (_, paragraph) => `“Gate ${paragraph} stays shut,” Mara Velling said.`),
    }));
    const page = await actorPage(actors[1] as ActorEntry, inputs(sources));
    const quotations = page.quotationGroups.flatMap((group) => group.quotations);
    expect(quotations).toHaveLength(LIST_LIMITS.actorQuotations);
    expect(page.hiddenQuotations).toBe(page.quotations.length - LIST_LIMITS.actorQuotations);
    // Source by source, each source's quotations in their order: the first groups are full.
    expect(page.quotationGroups[0]?.quotations).toHaveLength(perSource);
    expect(page.quotationGroups.map((group) => group.slug)).toEqual(sources.slice(0, Math.ceil(LIST_LIMITS.actorQuotations / perSource)).map((source) => source.slug));
    const paragraphs = page.mentionGroups.flatMap((group) => group.paragraphMentions);
    expect(paragraphs).toHaveLength(LIST_LIMITS.actorMentions);
    // Every paragraph names her: all but those shown are counted.
    expect(page.hiddenMentions).toBe(sources.length * perSource - LIST_LIMITS.actorMentions);
  });

  it('lists the actorAlongside actors sharing most paragraphs, and counts the others', async () => {
    const cast = [
      actor('mara-velling', 'Mara Velling', ['Velling']),
      ...Array.from({ length: LIST_LIMITS.actorAlongside + 3 }, (_, at) => actor(`board-${at}`, `Board Number${'x'.repeat(at)}`, [])),
    ];
    // Board 0 shares two paragraphs with her, the others one each.
    const texts = [
      { slug: 'gazette-1', paragraphs: cast.slice(1).map((other) => `Mara Velling met the ${other.data.name}.`) },
      { slug: 'gazette-2', paragraphs: [`Mara Velling met the ${cast[1]?.data.name}.`] },
    ];
    const page = await actorPage(cast[0] as ActorEntry, inputs(texts, cast));
    expect(page.alongside).toHaveLength(LIST_LIMITS.actorAlongside);
    expect(page.alongside[0]).toEqual({ id: 'board-0', paragraphs: 2 });
    expect(page.hiddenAlongside).toBe(3);
  });
});
