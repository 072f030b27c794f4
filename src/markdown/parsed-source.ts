/**
 * Each source's Markdown parsed once for every stage that needs its paragraphs: the
 * content build (hand-written sources), `npm run validate`, the Markdown loader's render
 * dependencies and the site's per-build indexes all read `parsedSource`, which keeps what
 * `readSourceMarkdown` yields on disk by the hash of the Markdown and of the code
 * (`.cache/parsed-sources/`). The cache only skips work: a value is read back only under
 * the same Markdown and the same code. Nothing is kept in memory here: the callers that read
 * a source more than once per build keep what they need (src/lib/collections.ts).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildCacheDir, KeyedJsonCache } from '../build-cache/cache-folder.ts';
import { codeStamp } from '../build-cache/input-stamp.ts';
import { readSourceMarkdown, type SourceReading } from './source-paragraphs.ts';

export type { SourceReading };

const caches = new Map<string, { disk: KeyedJsonCache<SourceReading>; stamp: string }>();

function cacheOf(root: string) {
  let cache = caches.get(root);
  if (cache === undefined) {
    cache = { disk: new KeyedJsonCache<SourceReading>(join(buildCacheDir(root), 'parsed-sources')), stamp: codeStamp(root) };
    caches.set(root, cache);
  }
  return cache;
}

/**
 * What one parse of a source's body yields (paragraphs, their italics, citation addresses),
 * from the cache of the project at `root` (the working folder unless given) when it holds it.
 * The body is read trimmed, as Astro's loader stores and renders it
 * (src/files/collection-loader.ts): every caller numbers the paragraphs the site numbers, and
 * all of them, validate included, share one cached parse per source.
 */
export function parsedSource(body: string, root: string = process.cwd()): SourceReading {
  const markdown = body.trim();
  const cache = cacheOf(root);
  const key = createHash('sha256').update(cache.stamp).update('\0').update(markdown).digest('hex');
  const cached = cache.disk.get(key);
  if (cached !== undefined) return cached;
  const reading = readSourceMarkdown(markdown);
  cache.disk.set(key, reading);
  return reading;
}
