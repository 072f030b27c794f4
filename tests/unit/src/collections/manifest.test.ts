/**
 * The manifest of content/ is the one declaration the site's collections and the content
 * check share: it must cover every folder the repository's content/ has, and each reference
 * it declares must be a field of its collection's schema.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, COLLECTIONS } from '../../../../src/collections/manifest.ts';
import { missingEntryMessage, referencesIn } from '../../../../src/collections/references.ts';

describe('the manifest', () => {
  it('declares exactly the folders of content/', () => {
    const folders = readdirSync(join(process.cwd(), 'content'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(COLLECTION_NAMES.map((name) => COLLECTIONS[name].folder).sort()).toEqual(folders);
  });

  it.each(COLLECTION_NAMES.flatMap((name) => Object.keys(COLLECTIONS[name].references).map((field) => [name, field] as const)))(
    'finds the reference %s.%s in the schema',
    (name, field) => {
      expect(Object.keys(COLLECTIONS[name].schema.shape)).toContain(field);
    },
  );

  it('has a body rule only for Markdown, and a count for every Markdown collection', () => {
    for (const name of COLLECTION_NAMES) {
      const declaration = COLLECTIONS[name];
      const markdown = declaration.extension === '.md';
      expect('citations' in declaration, name).toBe(markdown);
      expect('countedAs' in declaration, name).toBe(markdown);
    }
  });
});

describe('references', () => {
  it('lists each id a field names, with the path of its line', () => {
    const data = { name: 'Harbour Authority', affiliations: ['city-council', 'port-board'] };
    expect(referencesIn(COLLECTIONS.actors, data)).toEqual([
      { field: 'affiliations', path: ['affiliations', 0], target: 'actors', id: 'city-council' },
      { field: 'affiliations', path: ['affiliations', 1], target: 'actors', id: 'port-board' },
    ]);
    expect(referencesIn(COLLECTIONS.sources, { outlet: 'harbour-gazette' })).toEqual([{ field: 'outlet', path: ['outlet'], target: 'outlets', id: 'harbour-gazette' }]);
  });

  it('names the missing entry and the folder it should be in', () => {
    expect(missingEntryMessage('outlets', 'harbour-gazette')).toBe('no outlet "harbour-gazette" in content/outlets/');
  });
});
