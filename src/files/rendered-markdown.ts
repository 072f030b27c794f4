/**
 * The rendered HTML of each Markdown entry, kept on disk beside Astro's content store rather
 * than in it: `.cache/rendered-markdown/<collection>/<id>.json`. Astro hands its whole store
 * to the prerender as one JSON string literal, and compiling that literal grows with the
 * square of its length (docs/scale-benchmark.md, "Profile at 10,000 sources"); rendered
 * bodies were half of it, and each is read by one page.
 *
 * The Markdown loader (collection-loader.ts) writes an entry's file each time it renders the
 * entry, with the digest it stores for the entry; a page reads the file back by collection
 * and id (src/components/EntryBody.astro), and a file written for another state of the entry
 * is refused rather than shown. An entry whose rendering imports images keeps its HTML in
 * Astro's store, where Astro's own `render` resolves them.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCacheDir } from '../build-cache/cache-folder.ts';

/** What is kept of one rendered entry. */
export interface RenderedMarkdown {
  /** The digest the loader stored for the entry when it rendered it (empty: rendered on every build). */
  digest: string;
  /** The sanitised HTML of the body, as the configured Markdown processor rendered it. */
  html: string;
}

/** The folder of the rendered entries of the project at `root`. */
export function renderedMarkdownDir(root: string): string {
  return join(buildCacheDir(root), 'rendered-markdown');
}

function entryFile(root: string, collection: string, id: string): string {
  return join(renderedMarkdownDir(root), collection, `${id}.json`);
}

/** Writes an entry's rendered HTML (to a temporary file renamed into place: never half-written). */
export function writeRenderedMarkdown(root: string, collection: string, id: string, rendered: RenderedMarkdown): void {
  const file = entryFile(root, collection, id);
  mkdirSync(join(renderedMarkdownDir(root), collection), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(rendered));
  renameSync(temporary, file);
}

/** Forgets the rendered HTML of an entry that left its collection. */
export function removeRenderedMarkdown(root: string, collection: string, id: string): void {
  rmSync(entryFile(root, collection, id), { force: true });
}

/** True when the entry's file exists and was written for `digest`. */
export function hasRenderedMarkdown(root: string, collection: string, id: string, digest: string): boolean {
  return readRendered(root, collection, id)?.digest === digest;
}

function readRendered(root: string, collection: string, id: string): RenderedMarkdown | undefined {
  try {
    const value = JSON.parse(readFileSync(entryFile(root, collection, id), 'utf8')) as Partial<RenderedMarkdown>;
    return typeof value.digest === 'string' && typeof value.html === 'string' ? { digest: value.digest, html: value.html } : undefined;
  } catch {
    return undefined;
  }
}

/** Thrown when a page asks for an entry the loader did not render in this state. */
export class RenderedMarkdownMissingError extends Error {
  constructor(collection: string, id: string) {
    super(`The rendered body of ${collection} → ${id} is missing or out of date in .cache/rendered-markdown/; run \`npm run build -- --cold\`.`);
    this.name = 'RenderedMarkdownMissingError';
    this.stack = this.message;
  }
}

/**
 * The HTML of an entry as the loader rendered it for the entry's current state (`digest` as
 * Astro stored it; undefined for an entry rendered on every build, whose file this build wrote).
 */
export function readRenderedMarkdown(root: string, collection: string, id: string, digest: string | undefined): string {
  const rendered = readRendered(root, collection, id);
  if (rendered === undefined || (digest !== undefined && rendered.digest !== digest)) throw new RenderedMarkdownMissingError(collection, id);
  return rendered.html;
}
