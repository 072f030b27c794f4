/**
 * The marks of every generated source's text (see cleaning-marks.ts), read from
 * content/cleaning/ when the site's Markdown pipeline is set up (the records are build
 * output of the content build).
 */
import { basename, dirname, resolve } from 'node:path';
import { listContributedFolder } from '../files/contributed-files.ts';
import { readContentFile } from '../files/read-content-file.ts';
import { cleaningRecordSchema } from '../schemas/cleaning-record.ts';
import { MAX_CLEANING_RECORD_BYTES } from './input-limits.ts';
import { cleaningMarks, type CleaningMark } from './cleaning-marks.ts';

export function cleaningMarksBySlug(cleaningDir: string): Map<string, CleaningMark[]> {
  const bySlug = new Map<string, CleaningMark[]>();
  const dir = resolve(cleaningDir);
  // Regular files only, never through a link; the same bound as the content check's.
  for (const { name, path } of listContributedFolder(dirname(dir), basename(dir), { extensions: ['.json'] }).files) {
    try {
      const parsed = cleaningRecordSchema.safeParse(JSON.parse(readContentFile(path, path, MAX_CLEANING_RECORD_BYTES)));
      if (parsed.success) bySlug.set(name.replace(/\.json$/, ''), cleaningMarks(parsed.data));
    } catch {
      // An unreadable or invalid record is reported by `npm run validate`; the page then shows no marks.
    }
  }
  return bySlug;
}
