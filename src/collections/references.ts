/**
 * References between entries, as the manifest declares them: which ids an entry's front
 * matter names, and how a missing one is reported. The content check and the content build
 * (a seed's outlet) both report through here; the site resolves the same fields with Astro's
 * `reference()` (src/content.config.ts).
 */
import dossier from '../../dossier.config.ts';
import { COLLECTIONS, type CollectionDeclaration, type CollectionName } from './manifest.ts';

/** One id named by a reference field. */
export interface NamedReference {
  /** The field, e.g. `affiliations`. */
  field: string;
  /** Where the id sits in the front matter, for its line: ['affiliations', 1]. */
  path: Array<string | number>;
  /** The collection it must name an entry of. */
  target: CollectionName;
  id: string;
}

/** Every id the reference fields of `data` name, field by field in declaration order. */
export function referencesIn(declaration: CollectionDeclaration<CollectionName>, data: Readonly<Record<string, unknown>>): NamedReference[] {
  return Object.entries(declaration.references).flatMap(([field, reference]) => {
    const value = data[field];
    if (reference.many) {
      const ids = Array.isArray(value) ? value : [];
      return ids.map((id, index) => ({ field, path: [field, index], target: reference.collection, id: String(id) }));
    }
    return value === undefined ? [] : [{ field, path: [field], target: reference.collection, id: String(value) }];
  });
}

/** The folder of a collection as messages name it: `content/outlets/`. */
export function collectionFolder(name: CollectionName): string {
  return `${dossier.folders.content}/${COLLECTIONS[name].folder}/`;
}

/** What is wrong with a reference to an entry that does not exist: `no outlet "x" in content/outlets/`. */
export function missingEntryMessage(target: CollectionName, id: string): string {
  return `no ${COLLECTIONS[target].entryName} "${id}" in ${collectionFolder(target)}`;
}
