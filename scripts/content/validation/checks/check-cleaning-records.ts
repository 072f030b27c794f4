/**
 * Check: every cleaning record belongs to a source of the same name. A record without one
 * is left over from a seed that was removed or renamed: the content build removes it.
 */
import type { ContentProblem } from '../../../../src/files/content-error.ts';
import type { ContentUnderCheck } from '../read-content.ts';

export function checkCleaningRecords(content: ContentUnderCheck): ContentProblem[] {
  // One lookup per record in the set of sources, not a scan of the sources per record (quadratic).
  const sources = content.ids('sources');
  return content.collections.cleaning.entries
    .filter((record) => !sources.has(record.id))
    .map((record) => ({ file: record.file, message: 'has no source of the same name in content/sources/; run `npm run build:content`.' }));
}
