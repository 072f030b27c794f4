/**
 * The dossier's name report, computed once per state of the dossier: what validate prints and
 * the build report shows are one computation, read back only for the same inputs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NameMatcher, type NamedEntry } from '../../../../src/actors/name-matcher.ts';
import { dossierNameReport, inDossierOrder, type DatedSourceText } from '../../../../src/names/dossier-name-report.ts';
import type { NameReport, SourceText } from '../../../../src/names/name-report.ts';
import { readNames } from '../../../../src/names/read-names.ts';

const registry: NamedEntry[] = [
  { type: 'actor', id: 'hegseth', kind: 'person', name: 'Pete Hegseth', aliases: ['Hegseth'] },
  { type: 'outlet', id: 'record', kind: 'outlet', name: 'The Record', aliases: [] },
];

const sources: DatedSourceText[] = [
  { slug: 'later', language: 'en', published: new Date('2025-03-04'), paragraphs: ['Senator Jane Holloway said the pause was a mistake.'] },
  { slug: 'earlier', language: 'en', published: new Date('2025-03-02'), paragraphs: ['Pete Hegseth ordered it, Jane Holloway said on Sunday.'] },
  { slug: 'b-same-day', language: 'en', published: new Date('2025-03-04'), paragraphs: ['Jane Holloway spoke again.'] },
];

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const newRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'dossier-name-report-'));
  roots.push(root);
  return root;
};

/** readNames, counting its calls. */
function counting(): { compute: (list: readonly SourceText[], matcher: Pick<NameMatcher, 'find'>) => NameReport; calls: string[][] } {
  const calls: string[][] = [];
  return { calls, compute: (list, matcher) => (calls.push(list.map((source) => source.slug)), readNames(list, matcher)) };
}

describe('dossierNameReport', () => {
  it('is readNames over the sources in the dossier’s order: oldest first, then by slug', () => {
    const matcher = new NameMatcher(registry);
    expect(inDossierOrder(sources).map((source) => source.slug)).toEqual(['earlier', 'b-same-day', 'later']);
    const report = dossierNameReport(sources, registry, matcher, newRoot());
    expect(report).toEqual(readNames(inDossierOrder(sources), matcher));
    // The name's paragraphs come where the dossier lists them: the earliest report first.
    expect(report.unknown.find((name) => name.name.includes('Holloway'))?.occurrences.map((occurrence) => occurrence.slug)).toEqual(['earlier', 'b-same-day', 'later']);
  });

  it('computes once for the same sources and registry, in whatever order they come', () => {
    const root = newRoot();
    const matcher = new NameMatcher(registry);
    const counter = counting();
    const first = dossierNameReport(sources, registry, matcher, root, counter.compute);
    const again = dossierNameReport(sources.toReversed(), registry.toReversed(), new NameMatcher(registry.toReversed()), root, counter.compute);
    expect(again).toEqual(first);
    expect(counter.calls).toEqual([['earlier', 'b-same-day', 'later']]);
  });

  it('computes again when a source, its text or the registry changes', () => {
    const root = newRoot();
    const matcher = new NameMatcher(registry);
    const counter = counting();
    dossierNameReport(sources, registry, matcher, root, counter.compute);
    const edited = sources.map((source) => (source.slug === 'later' ? { ...source, paragraphs: ['Nobody is named here.'] } : source));
    dossierNameReport(edited, registry, matcher, root, counter.compute);
    dossierNameReport(edited.slice(1), registry, matcher, root, counter.compute);
    const larger = [...registry, { type: 'actor' as const, id: 'holloway', kind: 'person', name: 'Jane Holloway', aliases: [] }];
    const report = dossierNameReport(edited.slice(1), larger, new NameMatcher(larger), root, counter.compute);
    expect(counter.calls.length).toBe(4);
    expect(report.unknown.some((name) => name.name.includes('Holloway'))).toBe(false);
  });

  it('a kept report that cannot be read is computed again', () => {
    const root = newRoot();
    const matcher = new NameMatcher(registry);
    dossierNameReport(sources, registry, matcher, root);
    writeFileSync(join(root, '.cache', 'name-report.json'), '{"key":');
    const counter = counting();
    expect(dossierNameReport(sources, registry, matcher, root, counter.compute)).toEqual(readNames(inDossierOrder(sources), matcher));
    expect(counter.calls.length).toBe(1);
  });
});
