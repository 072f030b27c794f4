/**
 * Each source's actors kept between builds: an index built from the cache is the index a cold
 * build makes, a source read once is not read again, and a change to the registry or to the
 * source's text is a new reading.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildActorIndex, sourceActorReader, type IndexedSource, type SourceActors } from '../../../../src/actors/actor-index.ts';
import { cachedSourceActorReader } from '../../../../src/actors/cached-source-actors.ts';
import { NameMatcher, type NamedEntry } from '../../../../src/actors/name-matcher.ts';

const registry: NamedEntry[] = [
  { type: 'actor', id: 'hegseth', kind: 'person', name: 'Pete Hegseth', aliases: ['Hegseth'] },
  { type: 'actor', id: 'trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump'] },
  { type: 'outlet', id: 'record', kind: 'outlet', name: 'The Record', aliases: [] },
];

const sources: IndexedSource[] = [
  { slug: 'a', language: 'en', paragraphs: ['Pete Hegseth ordered the pause, according to The Record.', '“It is temporary,” Hegseth told The Record. Trump and Hegseth met.'] },
  { slug: 'b', language: 'en', paragraphs: ['Trump spoke.', '“A free pass,” officials said of Trump’s plan.'], emphasis: [[], [{ start: 0, end: 3 }]] },
];

/** Everything an index answers, for comparing two indexes. */
function everything(index: ReturnType<typeof buildActorIndex>) {
  return ['hegseth', 'trump'].map((id) => ({
    mentions: index.mentionsOf(id),
    quotations: index.quotationsBy(id),
    sources: index.sourcesOf(id),
    alongside: index.alongside(id),
    inA: [index.quotationsIn('a'), index.titlesIn('a'), index.actorsIn('a')],
    inB: [index.quotationsIn('b'), index.titlesIn('b'), index.actorsIn('b')],
  }));
}

/** A reader that counts the sources it really reads. */
function counting(read: (source: IndexedSource) => SourceActors): { read: typeof read; reads: string[] } {
  const reads: string[] = [];
  return { reads, read: (source) => (reads.push(source.slug), read(source)) };
}

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const newRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'dossier-source-actors-'));
  roots.push(root);
  return root;
};

describe('cachedSourceActorReader', () => {
  it('gives, cold and from the cache, the index the uncached reader gives', () => {
    const root = newRoot();
    const matcher = new NameMatcher(registry);
    const uncached = everything(buildActorIndex(sources, registry, matcher));
    expect(everything(buildActorIndex(sources, registry, matcher, cachedSourceActorReader(registry, matcher, root)))).toEqual(uncached);
    // A second build reads every source back from disk.
    expect(everything(buildActorIndex(sources, registry, matcher, cachedSourceActorReader(registry, matcher, root)))).toEqual(uncached);
    expect(uncached[0]?.mentions.length).toBeGreaterThan(0);
  });

  it('reads a source again only when its text or the registry changed', () => {
    const root = newRoot();
    const matcher = new NameMatcher(registry);
    const build = (entries: readonly NamedEntry[], list: readonly IndexedSource[]) => {
      const entriesMatcher = entries === registry ? matcher : new NameMatcher(entries);
      const inner = counting(sourceActorReader(entries, entriesMatcher));
      const index = buildActorIndex(list, entries, entriesMatcher, cachedSourceActorReader(entries, entriesMatcher, root, inner.read));
      return { index, reads: inner.reads };
    };
    expect(build(registry, sources).reads).toEqual(['a', 'b']);
    // Nothing changed: nothing is read.
    expect(build(registry, sources).reads).toEqual([]);
    // One source added and one edited: those two alone are read.
    const edited = { ...sources[1]!, paragraphs: ['Donald Trump ordered the pause.'] };
    const added = { slug: 'c', language: 'en', paragraphs: ['Hegseth spoke.'] };
    const next = build(registry, [sources[0]!, edited, added]);
    expect(next.reads).toEqual(['b', 'c']);
    expect(next.index.actorsIn('b')).toEqual(['trump']);
    // Another registry (Trump no longer an actor): every source is read again.
    const smaller = registry.filter((entry) => entry.id !== 'trump');
    const shrunk = build(smaller, [sources[0]!, edited, added]);
    expect(shrunk.reads).toEqual(['a', 'b', 'c']);
    expect(shrunk.index.actorsIn('b')).toEqual([]);
  });

  it('a cached reading that cannot be read is read again, not trusted', () => {
    const root = newRoot();
    const matcher = new NameMatcher(registry);
    cachedSourceActorReader(registry, matcher, root)(sources[0]!);
    // Every cached file emptied, as a disk or an interrupted copy might leave one.
    for (const file of readdirSync(join(root, '.cache', 'source-actors'), { recursive: true, withFileTypes: true })) {
      if (file.isFile()) writeFileSync(join(file.parentPath, file.name), '');
    }
    const inner = counting(sourceActorReader(registry, matcher));
    expect(cachedSourceActorReader(registry, matcher, root, inner.read)(sources[0]!)).toEqual(sourceActorReader(registry, matcher)(sources[0]!));
    expect(inner.reads).toEqual(['a']);
  });
});
