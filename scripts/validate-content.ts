/**
 * `npm run validate`: checks content/ with friendly, located messages before Astro builds.
 */
import { validateContent } from './content/validate-content.ts';
import { reportFailure } from './lib/report-failure.ts';

try {
  const { counts } = validateContent(process.cwd());
  console.log(`content/ is valid: ${Object.entries(counts).map(([name, count]) => `${count} ${name}`).join(', ')}.`);
} catch (error) {
  process.exitCode = reportFailure(error, 'fix them, then build again');
}
