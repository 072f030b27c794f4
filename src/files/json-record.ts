/**
 * One JSON record of content/ (build output such as a cleaning record) read and held to its
 * schema, every fault located by file and field: the content check and the site read a
 * record the same way, through this.
 */
import type { z } from 'astro/zod';
import { ContentError, type ContentProblem } from './content-error.ts';
import type { ContributedFile } from './contributed-files.ts';
import { readContentFile } from './read-content-file.ts';
import { MAX_CLEANING_RECORD_BYTES } from '../markdown/input-limits.ts';

/** A record's data as `schema` outputs it, or the problems that refused it. */
export type JsonRecordReading<Schema extends z.ZodType> = { data: z.output<Schema>; problems?: undefined } | { data?: undefined; problems: ContentProblem[] };

/** Reads `file` (within the records' size bound) and parses it with `schema`. */
export function readJsonRecord<Schema extends z.ZodType>(file: ContributedFile, schema: Schema): JsonRecordReading<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(readContentFile(file.path, file.file, MAX_CLEANING_RECORD_BYTES));
  } catch (error) {
    if (error instanceof ContentError) return { problems: [...error.problems] };
    return { problems: [{ file: file.file, message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data };
  return { problems: result.error.issues.map((issue) => ({ file: file.file, field: issue.path.join('.'), message: issue.message })) };
}
