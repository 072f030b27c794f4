/**
 * `npm run validate`: checks content/ with friendly, located messages before Astro builds,
 * then lists the names in the sources that no actor or outlet covers (a hint, not an error).
 */
import { NameMatcher } from '../src/actors/name-matcher.ts';
import { readProjectRegistry } from '../src/actors/registry-files.ts';
import { dossierNameReport } from '../src/names/dossier-name-report.ts';
import { formatNameReport } from './lib/format-name-report.ts';
import { validateContent } from './content/validation/content-checks.ts';
import { reportFailure } from './lib/report-failure.ts';

try {
  const { counts, sources } = validateContent(process.cwd());
  console.log(`content/ is valid: ${Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ')}.`);
  const registry = readProjectRegistry(process.cwd());
  // The build report shows the same report: whichever comes first computes it for both.
  const report = dossierNameReport(sources, registry, new NameMatcher(registry));
  const unknown = report.unknown;
  console.log(['', ...formatNameReport(report)].join('\n'));
  // On a pull request, each name also shows as a notice on the source that names it.
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const name of unknown) {
      for (const slug of new Set(name.occurrences.map((occurrence) => occurrence.slug))) {
        console.log(`::notice file=content/sources/${slug}.md::"${name.name}" (${name.kind}) is named here but no actor in content/actors/ covers it.`);
      }
    }
  }
} catch (error) {
  process.exitCode = reportFailure(error, 'fix them, then build again');
}
