/**
 * The site's origin and base path from the environment.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE, DEFAULT_SITE, normaliseBase, siteLocation } from '../../../src/site-location.ts';

describe('normaliseBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['//', '/'],
    ['   ', '/'],
    ['dossier', '/dossier/'],
    ['/dossier', '/dossier/'],
    ['dossier/', '/dossier/'],
    ['/dossier/', '/dossier/'],
    ['//dossier//', '/dossier/'],
    [' /dossier/ ', '/dossier/'],
    ['org/dossier', '/org/dossier/'],
    ['/org/dossier/', '/org/dossier/'],
  ])('%j → %j', (value, expected) => {
    expect(normaliseBase(value)).toBe(expected);
  });

  it('is idempotent and always starts and ends with a slash', () => {
    for (const value of ['', 'a', '/a', 'a/', '/a/b/', ' x ']) {
      const once = normaliseBase(value);
      expect(normaliseBase(once)).toBe(once);
      expect(once).toMatch(/^\/(?:.*\/)?$/);
    }
  });
});

describe('siteLocation', () => {
  it('defaults to a project site under /dossier/', () => {
    expect(siteLocation({})).toMatchObject({ site: DEFAULT_SITE, base: DEFAULT_BASE });
    expect(DEFAULT_BASE).toBe(normaliseBase(DEFAULT_BASE));
  });

  it('takes the origin and base path from the environment', () => {
    expect(siteLocation({ SITE_URL: ' https://org.github.io ', BASE_PATH: '/repo' })).toMatchObject({ site: 'https://org.github.io', base: '/repo/' });
  });

  it('serves from the root when the base path is set but empty (a user or organisation site)', () => {
    expect(siteLocation({ BASE_PATH: '' }).base).toBe('/');
  });

  it('falls back to the default origin when SITE_URL is empty', () => {
    expect(siteLocation({ SITE_URL: '  ' }).site).toBe(DEFAULT_SITE);
  });
});

describe('the repository behind "suggest a correction" links', () => {
  it('is the one GitHub Actions runs for, or REPOSITORY_URL, or a default', () => {
    expect(siteLocation({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/dossier' })).toMatchObject({
      repository: 'https://github.com/owner/dossier',
      branch: 'main',
    });
    expect(siteLocation({ REPOSITORY_URL: 'https://git.example.org/d/', REPOSITORY_BRANCH: 'trunk' })).toMatchObject({
      repository: 'https://git.example.org/d',
      branch: 'trunk',
    });
    expect(siteLocation({}).repository).toBe('https://github.com/example/dossier');
  });
});
