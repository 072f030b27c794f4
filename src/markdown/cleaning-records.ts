/**
 * The cleaning records of every generated source, read from content/cleaning/ (build output
 * of the content build, kept out of Astro's store: the manifest's `readFromDisk`). Read when
 * the site's Markdown pipeline is set up, for the marks each source's text carries (see
 * cleaning-marks.ts) and the dossier's figures (see dossier-figures.ts), and once per build
 * by the pages (src/lib/collections.ts), which stop on an invalid record.
 */
import { basename, dirname, resolve } from 'node:path';
import { listContributedFolder } from '../files/contributed-files.ts';
import type { ContentProblem } from '../files/content-error.ts';
import { readJsonRecord } from '../files/json-record.ts';
import { cleaningRecordSchema, type CleaningRecord } from '../schemas/cleaning-record.ts';
import { cleaningMarks, type CleaningMark } from './cleaning-marks.ts';
import { dossierFigures } from './dossier-figures.ts';

/** The records of a folder, and what is wrong with the files that are not valid records. */
export interface CleaningRecordFiles {
  /** Every valid record by source slug, in slug order. */
  records: Map<string, CleaningRecord>;
  /** One problem per field (or file) at fault, located by file. */
  problems: ContentProblem[];
}

/**
 * Reads every record of `folder` (below `root`, as messages name it: `content/cleaning`):
 * regular files only, never through a link, within the content check's bound.
 */
export function readCleaningRecordFiles(root: string, folder: string): CleaningRecordFiles {
  const records = new Map<string, CleaningRecord>();
  const listing = listContributedFolder(root, folder, { extensions: ['.json'] });
  const problems: ContentProblem[] = [...listing.problems];
  for (const file of listing.files) {
    const reading = readJsonRecord(file, cleaningRecordSchema);
    if (reading.problems) problems.push(...reading.problems);
    else records.set(file.name.replace(/\.json$/, ''), reading.data);
  }
  return { records, problems };
}

/**
 * Every valid record by source slug, in slug order. An invalid record is left out: the page
 * then shows no marks, and `npm run validate`, which runs first, reports it.
 */
export function readCleaningRecords(cleaningDir: string): Map<string, CleaningRecord> {
  const dir = resolve(cleaningDir);
  return readCleaningRecordFiles(dirname(dir), basename(dir)).records;
}

/** The marks of each source's text, by slug. */
export function cleaningMarksBySlug(records: ReadonlyMap<string, CleaningRecord>): Map<string, CleaningMark[]> {
  return new Map([...records].map(([slug, record]) => [slug, cleaningMarks(record)]));
}

/** What the site's Markdown processor takes from the records. */
export interface RecordsForMarkdown {
  /** The marks of each source's text, by slug. */
  cleaningMarks: Map<string, CleaningMark[]>;
  /** The dossier's figures, as the editors' prose cites them. */
  figures: ReadonlyMap<string, number>;
}

/**
 * The marks and the figures, from one reading of `cleaningDir`. The records themselves are
 * not returned: the configuration that asks for these lives as long as the build, and at
 * 10,000 sources the records are some 90 MB of JSON that the pages read on their own.
 */
export function readRecordsForMarkdown(cleaningDir: string): RecordsForMarkdown {
  const records = readCleaningRecords(cleaningDir);
  return { cleaningMarks: cleaningMarksBySlug(records), figures: dossierFigures([...records.values()]) };
}
