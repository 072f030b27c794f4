/**
 * A Markdown entry's body, read from its file when a page needs it rather than kept in
 * Astro's content store: Astro compiles the whole store into its prerender as one string
 * literal, at a cost that grows with the square of its length (see rendered-markdown.ts).
 * Read as the content loader reads it (collection-loader.ts): the file through the content
 * reader (no links, no NUL, UTF-8 only), the text after the front matter, trimmed.
 */
import { join } from 'node:path';
import { splitFrontMatter } from './front-matter.ts';
import { readContentFile } from './read-content-file.ts';
import { MAX_MARKDOWN_BYTES } from '../markdown/input-limits.ts';

/** The body of the Markdown file at `filePath` (relative to `root`, as Astro's store records it). */
export function readEntryBody(root: string, filePath: string): string {
  const text = readContentFile(join(root, filePath), filePath, MAX_MARKDOWN_BYTES);
  return (splitFrontMatter(text)?.body ?? text).trim();
}
