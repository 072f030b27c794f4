/**
 * Paragraph counts of every source in a folder, for checking citations before rendering.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countParagraphs } from './source-paragraphs.ts';

export { countParagraphs };

export function paragraphCounts(sourcesDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of readdirSync(sourcesDir).filter((file) => file.endsWith('.md')).sort()) {
    counts.set(name.replace(/\.md$/, ''), countParagraphs(readFileSync(join(sourcesDir, name), 'utf8')));
  }
  return counts;
}
