/**
 * The altered quotations of every generated source, read from content/cleaning/ when the
 * site's Markdown pipeline is set up (the records are build output of the content build).
 */
import { basename, dirname, resolve } from 'node:path';
import { listContributedFolder } from '../files/contributed-files.ts';
import { readContentFile } from '../files/read-content-file.ts';
import { cleaningRecordSchema } from '../schemas/cleaning-record.ts';
import { MAX_CLEANING_RECORD_BYTES } from './input-limits.ts';
import type { QuotationMark } from './rehype-altered-quotations.ts';

export function alteredQuotationsBySlug(cleaningDir: string): Map<string, QuotationMark[]> {
  const bySlug = new Map<string, QuotationMark[]>();
  const dir = resolve(cleaningDir);
  // Regular files only, never through a link; the same bound as the content check's.
  for (const { name, path } of listContributedFolder(dirname(dir), basename(dir), { extensions: ['.json'] }).files) {
    try {
      const parsed = cleaningRecordSchema.safeParse(JSON.parse(readContentFile(path, path, MAX_CLEANING_RECORD_BYTES)));
      if (parsed.success) bySlug.set(name.replace(/\.json$/, ''), parsed.data.alteredQuotations);
    } catch {
      // An unreadable or invalid record is reported by `npm run validate`; the page then shows no marks.
    }
  }
  return bySlug;
}
