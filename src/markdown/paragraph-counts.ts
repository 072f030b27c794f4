/**
 * Counts the paragraphs of each source file the way the page numbers them (top-level
 * paragraphs of the Markdown body), so citations can be checked before rendering.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';

export function countParagraphs(markdown: string): number {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return fromMarkdown(body).children.filter((node) => node.type === 'paragraph').length;
}

export function paragraphCounts(sourcesDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of readdirSync(sourcesDir).filter((file) => file.endsWith('.md')).sort()) {
    counts.set(name.replace(/\.md$/, ''), countParagraphs(readFileSync(join(sourcesDir, name), 'utf8')));
  }
  return counts;
}
