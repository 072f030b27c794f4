/**
 * The name report of the whole dossier (readNames), computed once per state of the dossier
 * for its two readers: `npm run validate` prints it and the build report shows it. Whichever
 * asks first computes it and keeps it in `.cache/name-report.json` with the hash of what it
 * was read from (the sources, the registry, the code); the other reads it back when that hash
 * is the same. One file, the latest report: a new state of the dossier replaces it.
 *
 * Both readers give the sources in the dossier's order, oldest first, then by slug (as the
 * site lists them): the report lists each name's paragraphs in that order, so a reader sees
 * where a name first appeared. The registry enters the hash sorted by type and id: its order
 * only decides which entry keeps a name two entries claim, which validate refuses.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { NameMatcher, NamedEntry } from '../actors/name-matcher.ts';
import { buildCacheDir, readCachedJson, writeCachedJson } from '../build-cache/cache-folder.ts';
import { codeStamp } from '../build-cache/input-stamp.ts';
import { compareStrings } from '../lib/compare-strings.ts';
import type { NameReport, SourceText } from './name-report.ts';
import { readNames } from './read-names.ts';

/** A source as the report reads it, with the date that places it in the dossier's order. */
export interface DatedSourceText extends SourceText {
  published: Date;
}

/** The dossier's order of sources: oldest first, then by slug (src/lib/collections.ts lists them so). */
export function inDossierOrder<T extends DatedSourceText>(sources: readonly T[]): T[] {
  return sources.toSorted((a, b) => a.published.getTime() - b.published.getTime() || compareStrings(a.slug, b.slug));
}

interface Kept {
  key: string;
  report: NameReport;
}

function reportFile(root: string): string {
  return join(buildCacheDir(root), 'name-report.json');
}

function keyOf(sources: readonly DatedSourceText[], registry: readonly NamedEntry[], root: string): string {
  const entries = registry.toSorted((a, b) => compareStrings(a.type, b.type) || compareStrings(a.id, b.id));
  const hash = createHash('sha256').update(codeStamp(root)).update('\0').update(JSON.stringify(entries));
  for (const source of sources) hash.update('\0').update(JSON.stringify([source.slug, source.language, source.paragraphs]));
  return hash.digest('hex');
}

/**
 * The name report of these sources in the dossier's order (`matcher` built from `registry`),
 * from the cache of the project at `root` when it holds the report of the same inputs;
 * `compute` makes it otherwise (readNames unless given).
 */
export function dossierNameReport(
  sources: readonly DatedSourceText[],
  registry: readonly NamedEntry[],
  matcher: Pick<NameMatcher, 'find'>,
  root: string = process.cwd(),
  compute: (sources: readonly SourceText[], matcher: Pick<NameMatcher, 'find'>) => NameReport = readNames,
): NameReport {
  const ordered = inDossierOrder(sources);
  const key = keyOf(ordered, registry, root);
  const kept = readCachedJson<Kept>(reportFile(root));
  if (kept?.key === key) return kept.report;
  const report = compute(
    ordered.map(({ slug, language, paragraphs }) => ({ slug, language, paragraphs })),
    matcher,
  );
  writeCachedJson(reportFile(root), { key, report } satisfies Kept);
  return report;
}
