/**
 * An outlet page's data over invented sources and citations: the sources it published,
 * newest first past the limit, and the sources citing it, most citations first past it.
 */
import { describe, expect, it } from 'vitest';
import { LIST_LIMITS } from '../../../../src/lib/list-limits.ts';
import { outletPage, type PublishedSource } from '../../../../src/route-data/outlet-page.ts';

function source(id: string, outlet: string, day: number, language = 'en'): PublishedSource {
  return { id, data: { title: `Title of ${id}`, published: new Date(Date.UTC(2025, 2, day)), language, titleBasis: 'published', outlet: { id: outlet } } };
}

const outlet = { id: 'harbour-gazette', data: { name: 'Harbour Gazette' } };
const outletNames = new Map([
  ['harbour-gazette', 'Harbour Gazette'],
  ['tarn-post', 'Tarn Post'],
]);

describe('outletPage', () => {
  it('counts citations by source and names each citing source with its title’s language', () => {
    const sources = [source('gazette-1', 'harbour-gazette', 1), source('post-1', 'tarn-post', 2, 'fr'), source('post-2', 'tarn-post', 3)];
    const citations = [{ slug: 'post-1' }, { slug: 'post-2' }, { slug: 'post-1' }];
    const page = outletPage(outlet, {
      outletNames,
      published: [sources[0] as PublishedSource],
      sourcesById: new Map(sources.map((entry) => [entry.id, entry])),
      citations: { citationsOf: () => citations, selfMentionsIn: (slug) => (slug === 'gazette-1' ? [{}, {}] : []) },
    });
    expect(page.citingSources).toBe(2);
    expect(page.selfMentions).toBe(2);
    expect(page.citedByShown).toEqual({ shown: [[{ slug: 'post-1' }, { slug: 'post-1' }], [{ slug: 'post-2' }]], hidden: 0 });
    expect(page.sourceInfo.get('post-1')).toEqual({ title: 'Title of post-1', titleLang: 'fr', outletName: 'Tarn Post' });
    expect(page.searchPublished).toMatch(/search\/\?kind=source&outlet=Harbour%20Gazette$/);
  });

  it('past the limit, lists the newest sources it published and the sources citing it most', () => {
    const published = Array.from({ length: LIST_LIMITS.outletSources + 1 }, (_, at) => source(`gazette-${100 + at}`, 'harbour-gazette', at + 1));
    const citing = Array.from({ length: LIST_LIMITS.outletSources + 1 }, (_, at) => source(`post-${100 + at}`, 'tarn-post', at + 1));
    // The last citing source cites twice: it is kept; of the others (one citation each) the earlier are kept, the one before it is left out.
    const citations = [...citing.map((entry) => ({ slug: entry.id })), { slug: citing.at(-1)?.id ?? '' }];
    const page = outletPage(outlet, {
      outletNames,
      published,
      sourcesById: new Map(citing.map((entry) => [entry.id, entry])),
      citations: { citationsOf: () => citations, selfMentionsIn: () => [] },
    });
    expect(page.publishedShown.hidden).toBe(1);
    expect(page.publishedShown.shown[0]?.id).toBe('gazette-101');
    expect(page.citedByShown.hidden).toBe(1);
    expect(page.citedByShown.shown.map((group) => group[0]?.slug)).not.toContain('post-149');
    expect(page.citedByShown.shown.at(-1)).toHaveLength(2);
  });
});
