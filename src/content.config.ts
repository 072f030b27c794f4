/**
 * The site's content collections, defined from the one manifest of content/
 * (src/collections/manifest.ts) that the content check reads too: each collection's files
 * read by the dossier's own loader (`src/files/collection-loader.ts`: never through a link,
 * front matter by the hardened YAML reader, an invalid entry failing the build with the file
 * and the line), held to its schema, and each declared reference resolved by Astro to the
 * entry it names.
 */
import { defineCollection, reference } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTIONS, SITE_COLLECTION_NAMES, type CollectionReference, type Collections, type SiteCollectionName } from './collections/manifest.ts';
import { collectionLoader } from './files/collection-loader.ts';

/** Astro's schema for a field naming an entry of collection `Name`. */
type ReferenceSchema<Name extends string> = ReturnType<typeof reference<Name>>;

/** The schema fields of a collection's references: one entry, or a list of entries (empty by default). */
type ReferenceFields<References extends Readonly<Record<string, CollectionReference>>> = {
  -readonly [Field in keyof References]: References[Field] extends { many: true }
    ? z.ZodDefault<z.ZodArray<ReferenceSchema<References[Field]['collection']>>>
    : ReferenceSchema<References[Field]['collection']>;
};

function referenceFields<References extends Readonly<Record<string, CollectionReference>>>(references: References): ReferenceFields<References> {
  const fields: Record<string, z.ZodType> = {};
  for (const [field, target] of Object.entries(references)) {
    fields[field] = target.many ? z.array(reference(target.collection)).default([]) : reference(target.collection);
  }
  return fields as ReferenceFields<References>;
}

/** A declared schema with its references as Astro resolves them (what `schema.extend` returns). */
type SiteSchema<Declaration> = Declaration extends {
  schema: z.ZodObject<infer Shape, infer Config>;
  references: infer References extends Readonly<Record<string, CollectionReference>>;
}
  ? z.ZodObject<z.core.util.Extend<Shape, ReferenceFields<References>>, Config>
  : never;

/** What `defineCollection` returns for a schema. */
type SiteCollection<Schema> = Schema extends z.ZodType ? ReturnType<typeof defineCollection<Schema, Loader>> : never;

type SiteCollections = { [Name in SiteCollectionName]: SiteCollection<SiteSchema<Collections[Name]>> };

/** One declared collection as Astro defines it. */
function siteCollection(declaration: Collections[keyof Collections]) {
  const { schema, references } = declaration;
  return defineCollection({
    loader: collectionLoader(declaration),
    // A schema with no references is given as declared (a schema with refinements cannot be extended).
    schema: Object.keys(references).length === 0 ? schema : schema.extend(referenceFields(references)),
  });
}

// Typed by the mapping above: each collection's data as its own schema (with resolved references) outputs it.
// A collection read from disk (the manifest's `readFromDisk`) is not one of them.
export const collections = Object.fromEntries(SITE_COLLECTION_NAMES.map((name) => [name, siteCollection(COLLECTIONS[name])])) as SiteCollections;
