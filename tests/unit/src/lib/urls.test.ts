/**
 * Internal links under the site's base path.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actorHref, editHref, evidenceHref, issueHref, paragraphHref, sourceHref, withBase } from '../../../../src/lib/urls.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('withBase', () => {
  it.each([
    ['sources/x/', '/dossier/', '/dossier/sources/x/'],
    ['/sources/x/', '/dossier/', '/dossier/sources/x/'],
    ['//sources/x/', '/dossier/', '/dossier/sources/x/'],
    ['sources/x/', '/dossier', '/dossier/sources/x/'],
    ['sources/x/', '/', '/sources/x/'],
    ['', '/dossier/', '/dossier/'],
    ['search/?q=a%20b#r', '/a/b/', '/a/b/search/?q=a%20b#r'],
  ])('joins %j under %j as %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it('uses the configured base by default', () => {
    vi.stubEnv('BASE_URL', '/dossier/');
    expect(withBase('about/')).toBe('/dossier/about/');
  });
});

describe('page links', () => {
  it('point at sources, paragraphs and actors under the base, as citations do', () => {
    vi.stubEnv('BASE_URL', '/dossier/');
    expect(sourceHref('bbc-x')).toBe('/dossier/sources/bbc-x/');
    // The same address the citation plugin writes for [¶3](source:bbc-x#p3).
    expect(paragraphHref('bbc-x', 3)).toBe('/dossier/sources/bbc-x/#p3');
    expect(actorHref('pete-hegseth')).toBe('/dossier/actors/pete-hegseth/');
  });
});

describe('evidenceHref', () => {
  it('links the paragraph and highlights the words with a text fragment, encoding what the directive reserves', () => {
    expect(evidenceHref('a-source', 3, 'it’s not clear - yet, really & truly')).toBe(
      `${sourceHref('a-source')}#p3:~:text=it%E2%80%99s%20not%20clear%20%2D%20yet%2C%20really%20%26%20truly`,
    );
  });

  it('gives a long passage by its first and last five words', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    expect(evidenceHref('s', 1, text)).toBe(`${sourceHref('s')}#p1:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen`);
  });
});

describe('correction links', () => {
  const location = { repository: 'https://github.com/owner/dossier', branch: 'main' };
  it('open the file behind the page for editing, or a new issue titled after the page', () => {
    expect(editHref('content/actors/pete-hegseth.md', location)).toBe('https://github.com/owner/dossier/edit/main/content/actors/pete-hegseth.md');
    expect(issueHref('Correction: Compare & contrast', location)).toBe('https://github.com/owner/dossier/issues/new?title=Correction%3A%20Compare%20%26%20contrast');
  });
});
