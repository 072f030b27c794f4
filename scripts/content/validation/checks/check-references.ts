/**
 * Check: every field the manifest declares a reference (a source's outlet, an actor's
 * affiliations) names an entry that exists. The site resolves the same fields with Astro's
 * `reference()`; here a missing entry is named with the file, the line and the field.
 */
import { COLLECTION_NAMES } from '../../../../src/collections/manifest.ts';
import { missingEntryMessage, referencesIn } from '../../../../src/collections/references.ts';
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import type { ContentUnderCheck, ReadCollection } from '../read-content.ts';

export function checkReferences(content: ContentUnderCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of COLLECTION_NAMES) {
    const collection: ReadCollection = content.collections[name];
    for (const entry of collection.entries) {
      for (const reference of referencesIn(collection.declaration, entry.data as Readonly<Record<string, unknown>>)) {
        // A file that exists but was refused has its own problem; one is enough.
        if (content.ids(reference.target).has(reference.id)) continue;
        problems.push({ file: entry.file, line: entry.lineOf(reference.path), field: reference.field, message: `${missingEntryMessage(reference.target, reference.id)}.` });
      }
    }
  }
  return problems;
}
