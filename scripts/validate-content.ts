/**
 * `npm run validate`: checks content/ with friendly, located messages before Astro builds,
 * then lists the names in the sources that no actor or outlet covers (a hint, not an error).
 */
import { join } from 'node:path';
import { NameMatcher } from '../src/actors/name-matcher.ts';
import { readRegistry } from '../src/actors/registry-files.ts';
import { proposeUnknownNames } from '../src/names/propose-unknown-names.ts';
import { formatUnknownNames } from './lib/format-unknown-names.ts';
import { validateContent } from './content/validate-content.ts';
import { reportFailure } from './lib/report-failure.ts';

try {
  const { counts, sources } = validateContent(process.cwd());
  console.log(`content/ is valid: ${Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ')}.`);
  const matcher = new NameMatcher(readRegistry(join(process.cwd(), 'content')));
  const unknown = proposeUnknownNames(sources, matcher);
  console.log(['', ...formatUnknownNames(unknown)].join('\n'));
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
