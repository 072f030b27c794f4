/**
 * Paragraph counts of every source in a folder, for checking citations before rendering.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const count = countParagraphs(readFileSync(path, 'utf8'));
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

export function paragraphCounts(sourcesDir: string): ReadonlyMap<string, number> {
  const paths = new Map<string, string>();
  for (const name of readdirSync(sourcesDir).filter((file) => file.endsWith('.md')).sort()) {
    paths.set(name.replace(/\.md$/, ''), join(sourcesDir, name));
  }
  return new LazyParagraphCounts(paths);
}
