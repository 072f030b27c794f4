/**
 * Astro content loaders for the folders of content/, reading each file exactly as the
 * content check (`npm run validate`) reads it: only regular files, never through a link
 * (`contributed-files.ts`), the same size and Markdown limits, and front matter through the
 * one hardened YAML reader (`front-matter.ts`). Astro's own glob loader would follow links
 * and parse YAML with another parser (which expands aliases, runs no tag checks and turns
 * `title: 2025-03-03` into a date), so the site and the check could read one file two ways.
 *
 * A bad file stops the build with every problem named by file and line, as the check
 * reports them; Markdown is rendered by the configured processor, as the glob loader does,
 * and its HTML kept on disk rather than in the store (rendered-markdown.ts).
 *
 * Astro's store is kept between builds (scripts/build-site.ts): an entry is parsed and
 * rendered again only when its digest changes, and the digest of a Markdown entry covers
 * its file and what its rendering reads besides (src/markdown/render-dependencies.ts).
 * The store is left holding the entries in the order of the folder's listing, as a build
 * from an empty store leaves it, so the order of `getCollection` never depends on history.
 */
import { join, relative, sep } from 'node:path';
import dossier from '../../dossier.config.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, formatProblem, type ContentProblem } from './content-error.ts';
import { listContributedFolder, type ContributedFile } from './contributed-files.ts';
import { parseMarkdownFile } from './front-matter.ts';
import { readContentFile } from './read-content-file.ts';
import { MAX_MARKDOWN_BYTES } from '../markdown/input-limits.ts';
import { COLLECTIONS, type CollectionDeclaration } from '../collections/manifest.ts';
import { paragraphCounts } from '../markdown/paragraph-counts.ts';
import { renderDependencies, type RenderInputs } from '../markdown/render-dependencies.ts';
import { hasRenderedMarkdown, removeRenderedMarkdown, writeRenderedMarkdown } from './rendered-markdown.ts';

/** Thrown when a collection has bad files; the message lists each, one per line. */
export class CollectionFilesError extends Error {
  constructor(folder: string, problems: readonly ContentProblem[]) {
    super(`${dossier.folders.content}/${folder} has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}\nRun \`npm run validate\` for the whole list.`);
    this.name = 'CollectionFilesError';
    // A problem in a maintainer's file, not in the code: Astro prints the stack of what a
    // loader throws, and the frames would only hide the file and line above them.
    this.stack = this.message;
  }
}

/** One entry read from disk, before Astro's schema and rendering. */
interface ReadEntry {
  id: string;
  source: ContributedFile;
  /** The file's text, for the digest. */
  contents: string;
  /** Data as written, for the collection's schema (with its references). */
  data: Record<string, unknown>;
  /** The Markdown body, trimmed as Astro's glob loader trims it; undefined for data files. */
  body?: string;
}

/** Lists a folder of content/ and reads every file; throws with every problem found. */
function readFolder(context: LoaderContext, folder: string, extension: string, read: (file: ContributedFile) => Omit<ReadEntry, 'id' | 'source'>): ReadEntry[] {
  const root = fileURLToPath(context.config.root);
  const listing = listContributedFolder(root, `${dossier.folders.content}/${folder}`, { extensions: [extension] });
  const problems: ContentProblem[] = [...listing.problems];
  const entries: ReadEntry[] = [];
  for (const source of listing.files) {
    try {
      entries.push({ id: source.name.slice(0, -extension.length), source, ...read(source) });
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
    }
  }
  if (problems.length > 0) throw new CollectionFilesError(folder, problems);
  return entries;
}

/**
 * How an entry is rendered, and what its rendering reads besides its file (undefined: the
 * entry is rendered on every build).
 */
interface Rendering {
  render: (entry: ReadEntry) => Promise<StoredRender>;
  dependencies: (entry: ReadEntry) => string | undefined;
}

/**
 * Stores and renders the entries, replacing the collection's previous contents; an entry
 * whose digest is unchanged, and whose HTML is still on disk, is kept as stored.
 */
async function storeEntries(context: LoaderContext, entries: readonly ReadEntry[], rendering: Rendering): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const kept = new Set<string>();
  for (const entry of entries) {
    const filePath = relative(root, entry.source.path).split(sep).join('/');
    const dependencies = rendering.dependencies(entry);
    const digest = context.generateDigest(`${entry.contents}\0${dependencies ?? ''}`);
    kept.add(entry.id);
    const existing = context.store.get(entry.id);
    if (dependencies !== undefined && existing?.digest === digest && (existing.rendered !== undefined || hasRenderedMarkdown(root, context.collection, entry.id, digest))) continue;
    const data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.source.path });
    const rendered = await rendering.render(entry);
    // HTML goes to disk (rendered-markdown.ts), out of the store Astro compiles into the
    // prerender; only a body that imports images stays in the store, where Astro resolves them.
    const withImages = rendered.metadata.imagePaths.length > 0;
    if (withImages) removeRenderedMarkdown(root, context.collection, entry.id);
    else writeRenderedMarkdown(root, context.collection, entry.id, { digest, html: rendered.html });
    context.store.set({
      id: entry.id,
      data,
      // No body either: pages read it from the file (entry-body.ts), for the same reason.
      filePath,
      // No digest for an entry rendered every time: the store would keep it as unchanged.
      digest: dependencies === undefined ? undefined : digest,
      rendered: withImages ? rendered : undefined,
      assetImports: withImages ? rendered.metadata.imagePaths : undefined,
    });
  }
  for (const id of context.store.keys()) {
    if (kept.has(id)) continue;
    context.store.delete(id);
    removeRenderedMarkdown(root, context.collection, id);
  }
  keepListingOrder(context, entries);
}

/**
 * Puts the stored entries in the order of `entries` when it differs (an entry added since
 * the store was written sits last): every entry is set again in order, as stored.
 */
function keepListingOrder(context: LoaderContext, entries: readonly ReadEntry[]): void {
  const stored = [...context.store.keys()];
  if (stored.length === entries.length && stored.every((id, index) => id === entries[index]?.id)) return;
  const values = entries.flatMap((entry) => context.store.get(entry.id) ?? []);
  context.store.clear();
  for (const value of values) context.store.set(value);
}

type StoredRender = { html: string; metadata: { imagePaths: string[]; [key: string]: unknown } };

/**
 * The loader of a declared site collection (src/collections/manifest.ts): its Markdown
 * files. JSON records (build output) are not a site collection: the site reads them from
 * disk (the manifest's `readFromDisk`), out of Astro's store.
 */
export function collectionLoader(declaration: Pick<CollectionDeclaration, 'folder' | 'extension' | 'schema'>): Loader {
  if (declaration.extension !== '.md') {
    throw new Error(`${dossier.folders.content}/${declaration.folder} holds JSON records: declare it \`readFromDisk\` in src/collections/manifest.ts and read it from disk.`);
  }
  return markdownCollection(declaration.folder, declaration.schema);
}

/** A collection of Markdown files in `content/<folder>/`, checked against `schema` for located messages. */
function markdownCollection(folder: string, schema: z.ZodType): Loader {
  return {
    name: 'dossier-markdown',
    load: async (context) => {
      const entries = readFolder(context, folder, '.md', (source) => {
        const contents = readContentFile(source.path, source.file, MAX_MARKDOWN_BYTES);
        const markdown = parseMarkdownFile(contents, source.file, schema);
        return { contents, data: markdown.rawData, body: markdown.body.trim() };
      });
      const { markdown, image } = context.config;
      const renderer = await markdown.processor.createRenderer({
        image,
        syntaxHighlight: markdown.syntaxHighlight,
        shikiConfig: markdown.shikiConfig,
        gfm: markdown.gfm,
        smartypants: markdown.smartypants,
      });
      const root = fileURLToPath(context.config.root);
      const content = join(root, dossier.folders.content);
      // The same counts the processor is given (astro.config.mjs), read for cited sources only.
      const inputs: RenderInputs = { root, paragraphCounts: paragraphCounts(join(content, COLLECTIONS.sources.folder)), cleaningDir: join(content, COLLECTIONS.cleaning.folder) };
      await storeEntries(context, entries, {
        render: async (entry) => {
          const result = await renderer.render(entry.body ?? '', { frontmatter: entry.data, fileURL: pathToFileURL(entry.source.path) });
          return {
            html: result.code,
            metadata: { ...result.metadata, imagePaths: [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths] },
          };
        },
        dependencies: (entry) => renderDependencies(inputs, entry.source.path, entry.body ?? ''),
      });
    },
  };
}
