/**
 * Paragraph counts of every source in a folder, for checking citations before rendering.
 */
import { basename, dirname, resolve } from 'node:path';
import { listContributedFolder } from '../files/contributed-files.ts';
import { readContentFile } from '../files/read-content-file.ts';
import { MAX_MARKDOWN_BYTES } from './input-limits.ts';
import { splitFrontMatter } from '../files/front-matter.ts';
import { parsedSource } from './parsed-source.ts';
import { countParagraphs } from './source-paragraphs.ts';

export { countParagraphs };

/**
 * The counts, each computed the first time it is asked for. Only cited sources are ever
 * asked for (by the citation check, a few hundred even in a dossier of thousands), and
 * counting parses the whole Markdown, so counting every source up front cost the build
 * about 7 ms per source before a single page was rendered. Iterating counts them all.
 */
class LazyParagraphCounts implements ReadonlyMap<string, number> {
  readonly #paths: ReadonlyMap<string, string>;
  readonly #counts = new Map<string, number>();

  constructor(paths: ReadonlyMap<string, string>) {
    this.#paths = paths;
  }

  get size(): number {
    return this.#paths.size;
  }

  has(slug: string): boolean {
    return this.#paths.has(slug);
  }

  get(slug: string): number | undefined {
    const known = this.#counts.get(slug);
    if (known !== undefined) return known;
    const path = this.#paths.get(slug);
    if (path === undefined) return undefined;
    let count = 0;
    try {
      const text = readContentFile(path, path, MAX_MARKDOWN_BYTES);
      count = parsedSource(splitFrontMatter(text)?.body ?? text).paragraphs.length;
    } catch {
      // A file that cannot be read is reported by `npm run validate`; it has no paragraphs to cite.
    }
    this.#counts.set(slug, count);
    return count;
  }

  *entries(): MapIterator<[string, number]> {
    for (const slug of this.#paths.keys()) yield [slug, this.get(slug) as number];
  }

  keys(): MapIterator<string> {
    return this.#paths.keys();
  }

  *values(): MapIterator<number> {
    for (const [, count] of this.entries()) yield count;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (const [slug, count] of this.entries()) callback.call(thisArg, count, slug, this);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

/** Regular `.md` files only, never through a link (see `src/files/contributed-files.ts`). */
export function paragraphCounts(sourcesDir: string): ReadonlyMap<string, number> {
  const dir = resolve(sourcesDir);
  const paths = new Map<string, string>();
  for (const { name, path } of listContributedFolder(dirname(dir), basename(dir), { extensions: ['.md'] }).files) {
    paths.set(name.replace(/\.md$/, ''), path);
  }
  return new LazyParagraphCounts(paths);
}
