/**
 * schema.org data: the right types, only facts the page shows, and no way for contributed
 * text to end the script element.
 */
import { describe, expect, it } from 'vitest';
import { actorThing, newsArticle, serializeJsonLd, webSite } from '../../../../src/open-data/json-ld.ts';

const article = {
  headline: 'A headline',
  titleIsOurs: false,
  published: '2025-03-03',
  dateEstimated: false,
  language: 'en',
  publisher: 'BBC News',
  page: 'https://example.org/dossier/sources/a/',
};

describe('newsArticle', () => {
  it('gives a stated date as datePublished, and an estimated one only in words', () => {
    expect(newsArticle(article)).toMatchObject({ '@type': 'NewsArticle', datePublished: '2025-03-03', publisher: { name: 'BBC News' } });
    const estimated = newsArticle({ ...article, dateEstimated: true });
    expect(estimated).not.toHaveProperty('datePublished');
    expect(estimated.description).toContain('estimated');
  });

  it('links the original only when it is known, and says when the title is ours', () => {
    expect(newsArticle(article)).not.toHaveProperty('url');
    expect(newsArticle({ ...article, originalUrl: 'https://bbc.co.uk/x' })).toMatchObject({ url: 'https://bbc.co.uk/x', isBasedOn: 'https://bbc.co.uk/x' });
    expect(newsArticle({ ...article, titleIsOurs: true })).toHaveProperty('alternativeHeadline');
  });
});

describe('actorThing', () => {
  const base = { name: 'X', role: 'A role', aliases: [], page: 'https://example.org/x/', affiliations: [{ name: 'Parent', page: 'https://example.org/p/' }] };

  it('maps each kind to a schema.org type, with affiliations in the matching property', () => {
    expect(actorThing({ ...base, kind: 'person' })).toMatchObject({ '@type': 'Person', affiliation: [{ name: 'Parent' }] });
    expect(actorThing({ ...base, kind: 'agency' })).toMatchObject({ '@type': 'GovernmentOrganization', parentOrganization: [{ name: 'Parent' }] });
    expect(actorThing({ ...base, kind: 'organisation' })['@type']).toBe('Organization');
    expect(actorThing({ ...base, kind: 'government' })['@type']).toBe('GovernmentOrganization');
  });

  it('leaves out empty lists', () => {
    const thing = actorThing({ ...base, kind: 'person', affiliations: [] });
    expect(thing).not.toHaveProperty('affiliation');
    expect(thing).not.toHaveProperty('alternateName');
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed or broken by the text it carries, and still parses to the same data', () => {
    const hostile = { name: '</script><script>alert(1)</script> & <!-- \u2028 \u2029' };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('describes the site with a search action', () => {
    const site = webSite({ name: 'D', description: 'd', url: 'https://e.org/d/', searchUrl: 'https://e.org/d/search/' });
    expect(site).toMatchObject({ '@type': 'WebSite', potentialAction: { target: 'https://e.org/d/search/?q={search_term_string}' } });
  });
});
