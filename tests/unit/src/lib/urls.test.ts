/**
 * Internal links under the site's base path.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actorHref, paragraphHref, sourceHref, withBase } from '../../../../src/lib/urls.ts';

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
