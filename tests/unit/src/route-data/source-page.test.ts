/**
 * A source page's data over an invented source: each quotation's anchor (its place in its
 * paragraph, where the marks in the text link), the speaker's name in the structured data,
 * and the search filters.
 */
import { describe, expect, it } from 'vitest';
import { buildActorIndex } from '../../../../src/actors/actor-index.ts';
import type { NamedEntry } from '../../../../src/actors/name-matcher.ts';
import { copyWording } from '../../../../src/quotations/copy-wording.ts';
import { quotationStanding } from '../../../../src/quotations/quotation-standing.ts';
import { indexQuotationVersions } from '../../../../src/quotations/quotation-versions.ts';
import { quotedSummary, sourcePage, type SourceEntry, type SourcePageInputs } from '../../../../src/route-data/source-page.ts';
import { sourceSchema } from '../../../../src/schemas/source.ts';

const registry: NamedEntry[] = [
  { type: 'actor', id: 'harbour-authority', kind: 'agency', name: 'Harbour Authority', aliases: [] },
  { type: 'actor', id: 'mara-velling', kind: 'person', name: 'Mara Velling', aliases: ['Velling'] },
];
const paragraphs = ['“The gates close at dusk,” Mara Velling said. “Ships wait,” she added.', 'The Harbour Authority agreed.'];

function source(overrides: Record<string, unknown> = {}): SourceEntry {
  const data = sourceSchema.parse({ title: 'Gates to close at dusk', outlet: 'harbour-gazette', published: '2025-03-03', ...overrides });
  return { id: 'gazette-1', data: { ...data, outlet: { id: data.outlet } } };
}

function inputs(damage: string[] = []): SourcePageInputs {
  return {
    outletNames: new Map([['harbour-gazette', 'Harbour Gazette']]),
    // The registry's order, as the site's map of actor names keeps it.
    actorNames: new Map(registry.map((entry) => [entry.id, entry.name])),
    sources: new Map([['gazette-1', { data: { outlet: { id: 'harbour-gazette' } } }]]),
    actorIndex: buildActorIndex([{ slug: 'gazette-1', paragraphs, language: 'en' }], registry),
    versions: indexQuotationVersions([]),
    standing: async (_slug, quotation) => quotationStanding(undefined, quotation),
    record: undefined,
    wording: copyWording(damage, undefined),
    site: new URL('https://example.org/dossier/'),
  };
}

describe('sourcePage', () => {
  it('anchors each quotation by its paragraph and its place in it, with its standing', async () => {
    const page = await sourcePage(source(), inputs());
    expect(page.shownQuotations.map(({ quotation, id, standing }) => [quotation.text, id, standing.status])).toEqual([
      ['The gates close at dusk', 'quotation-1-1', 'verbatim'],
      ['Ships wait', 'quotation-1-2', 'verbatim'],
    ]);
    expect(page.attributed).toBe(page.quotations.filter((quotation) => quotation.speaker !== undefined).length);
    expect(page.quotedSummary).toBe(quotedSummary(2, page.attributed));
    expect(page.marks).toEqual([]);
  });

  it('counts the quotations and their named speakers in a sentence that reads for every count', () => {
    expect(quotedSummary(1, 1)).toBe('1 direct quotation; the text names its speaker.');
    expect(quotedSummary(1, 0)).toBe('1 direct quotation; the text does not name its speaker.');
    expect(quotedSummary(2, 0)).toBe('2 direct quotations; the text names the speaker of none of them.');
    expect(quotedSummary(6, 4)).toBe('6 direct quotations; the text names the speaker of 4.');
    expect(quotedSummary(6, 6)).toBe('6 direct quotations; the text names the speaker of all 6.');
  });

  it('describes the page and names the speaker, outlet and page in the structured data', async () => {
    const page = await sourcePage(source(), inputs());
    expect(page.outletName).toBe('Harbour Gazette');
    expect(page.description).toMatch(/^Harbour Gazette, .*2025: Gates to close at dusk$/);
    expect(page.labelOf('gazette-1')).toBe('Harbour Gazette');
    expect(page.structured).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Gates to close at dusk',
      datePublished: '2025-03-03',
      publisher: { name: 'Harbour Gazette' },
      mainEntityOfPage: expect.stringMatching(/^https:\/\/example\.org\/.*sources\/gazette-1\/$/),
    });
    // The quotation's speaker by the registry's name, and what its words rest on, in words.
    expect((page.structured.hasPart as unknown[] | undefined)?.[0]).toMatchObject({
      '@type': 'Quotation',
      text: 'The gates close at dusk',
      spokenByCharacter: { name: 'Mara Velling' },
      description: expect.any(String),
    });
  });

  it('files the source under the actors it names, in the registry’s order, and its year', async () => {
    const page = await sourcePage(source(), inputs());
    const attributes = page.searchIndexAttributes;
    expect([attributes['data-pf-filter-actor-0'], attributes['data-pf-filter-actor-1']]).toEqual(['Harbour Authority', 'Mara Velling']);
    expect(attributes['data-pf-filter-year-0']).toBe('2025');
    expect(attributes['data-pf-meta-wording']).toBeUndefined();
  });

  it('says in search results that a damaged copy’s words are not necessarily the outlet’s', async () => {
    const page = await sourcePage(source({ damage: ['spun'] }), inputs(['spun']));
    expect(page.searchIndexAttributes['data-pf-meta-wording']).toMatch(/not necessarily the outlet’s/);
  });

  it('says above a damaged copy’s text whose words it is, and nothing above a clean copy’s', async () => {
    const spun = await sourcePage(source({ damage: ['spun'] }), inputs(['spun']));
    expect(spun.wordingNotice).toBe('The text below is our cleaning of a copy that was run through an article spinner: its words, quotations included, are not necessarily the outlet’s.');
    const both = await sourcePage(source({ damage: ['machine-translated', 'spun'] }), inputs(['machine-translated', 'spun']));
    expect(both.wordingNotice).toMatch(/machine-translated and back and run through an article spinner: /);
    expect((await sourcePage(source({ damage: ['web-debris'] }), inputs(['web-debris']))).wordingNotice).toBeUndefined();
    expect((await sourcePage(source(), inputs())).wordingNotice).toBeUndefined();
  });

  it('names the damage the sidecar declares (a hand-written source has no cleaning record to add to it)', async () => {
    expect((await sourcePage(source({ damage: ['spun', 'web-debris'] }), inputs(['spun']))).damage).toEqual(['spun', 'web-debris']);
    expect((await sourcePage(source(), inputs())).damage).toEqual([]);
  });
});
