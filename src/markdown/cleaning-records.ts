/**
 * The cleaning records of every generated source, read from content/cleaning/ when the
 * site's Markdown pipeline is set up (the records are build output of the content build):
 * the marks each source's text carries (see cleaning-marks.ts) and the dossier's figures
 * (see dossier-figures.ts), both derived from one reading.
 */
import { basename, dirname, resolve } from 'node:path';
import { listContributedFolder } from '../files/contributed-files.ts';
import { readContentFile } from '../files/read-content-file.ts';
import { cleaningRecordSchema, type CleaningRecord } from '../schemas/cleaning-record.ts';
import { MAX_CLEANING_RECORD_BYTES } from './input-limits.ts';
import { cleaningMarks, type CleaningMark } from './cleaning-marks.ts';

/** Every valid record by source slug, in slug order. */
export function readCleaningRecords(cleaningDir: string): Map<string, CleaningRecord> {
  const bySlug = new Map<string, CleaningRecord>();
  const dir = resolve(cleaningDir);
  // Regular files only, never through a link; the same bound as the content check's.
  for (const { name, path } of listContributedFolder(dirname(dir), basename(dir), { extensions: ['.json'] }).files) {
    try {
      const parsed = cleaningRecordSchema.safeParse(JSON.parse(readContentFile(path, path, MAX_CLEANING_RECORD_BYTES)));
      if (parsed.success) bySlug.set(name.replace(/\.json$/, ''), parsed.data);
    } catch {
      // An unreadable or invalid record is reported by `npm run validate`; the page then shows no marks.
    }
  }
  return bySlug;
}

/** The marks of each source's text, by slug. */
export function cleaningMarksBySlug(records: ReadonlyMap<string, CleaningRecord>): Map<string, CleaningMark[]> {
  return new Map([...records].map(([slug, record]) => [slug, cleaningMarks(record)]));
}
