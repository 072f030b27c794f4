/**
 * Each source's actors (the names each paragraph holds, its quotations and their speakers)
 * kept between builds in `.cache/source-actors/`, by the hash of what they are read from: the
 * source's language, paragraphs and italics, the registry, and the code (codeStamp). Adding
 * one source to a large dossier then reads the new source alone; every other reading comes
 * back from disk. The cache only skips work: a value is read back only under the same inputs,
 * so the index built from it is the one a cold build makes.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildCacheDir, KeyedJsonCache } from '../build-cache/cache-folder.ts';
import { codeStamp } from '../build-cache/input-stamp.ts';
import { sourceActorReader, type IndexedSource, type SourceActors } from './actor-index.ts';
import type { NameMatcher, NamedEntry } from './name-matcher.ts';

/**
 * A reader of one source's actors that keeps what it reads in the cache of the project at
 * `root`; `read` reads a source the cache does not hold (sourceActorReader's, from the same
 * registry and matcher, unless given).
 */
export function cachedSourceActorReader(
  registry: readonly NamedEntry[],
  matcher: NameMatcher,
  root: string = process.cwd(),
  read: (source: IndexedSource) => SourceActors = sourceActorReader(registry, matcher),
): (source: IndexedSource) => SourceActors {
  const disk = new KeyedJsonCache<SourceActors>(join(buildCacheDir(root), 'source-actors'));
  // What every reading depends on besides its source: the code and the registry.
  const stamp = createHash('sha256').update(codeStamp(root)).update('\0').update(JSON.stringify(registry)).digest('hex');
  return (source) => {
    const key = createHash('sha256')
      .update(stamp)
      .update('\0')
      .update(JSON.stringify([source.language, source.paragraphs, source.emphasis ?? null]))
      .digest('hex');
    const cached = disk.get(key);
    if (cached !== undefined) return cached;
    const reading = read(source);
    disk.set(key, reading);
    return reading;
  };
}
