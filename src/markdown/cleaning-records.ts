/**
 * The altered quotations of every generated source, read from content/cleaning/ when the
 * site's Markdown pipeline is set up (the records are build output of the content build).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleaningRecordSchema } from '../schemas/cleaning-record.ts';
import type { QuotationMark } from './rehype-altered-quotations.ts';

export function alteredQuotationsBySlug(cleaningDir: string): Map<string, QuotationMark[]> {
  const bySlug = new Map<string, QuotationMark[]>();
  if (!existsSync(cleaningDir)) return bySlug;
  for (const name of readdirSync(cleaningDir).filter((file) => file.endsWith('.json')).sort()) {
    const parsed = cleaningRecordSchema.safeParse(JSON.parse(readFileSync(join(cleaningDir, name), 'utf8')));
    // An invalid record is reported by `npm run validate`; the page then shows no marks.
    if (parsed.success) bySlug.set(name.replace(/\.json$/, ''), parsed.data.alteredQuotations);
  }
  return bySlug;
}
