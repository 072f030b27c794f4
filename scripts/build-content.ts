/**
 * `npm run build:content [-- --check]`: seeds/ → content/. With --check, writes nothing
 * and fails when content/ is not what the seeds and rules produce.
 */
import { relative } from 'node:path';
import { planContent, projectPaths } from './content/plan-content.ts';
import { outdatedFiles, writeContent } from './content/write-content.ts';
import { reportFailure } from './lib/report-failure.ts';

const root = process.cwd();
const check = process.argv.includes('--check');

try {
  const plan = planContent(projectPaths(root));
  const show = (path: string) => relative(root, path);
  if (check) {
    const outdated = outdatedFiles(plan);
    if (outdated.length > 0) {
      console.error(`content/ is stale against seeds/ and the cleaning rules:`);
      for (const path of outdated) console.error(`  ${show(path)}`);
      console.error('Run `npm run build:content` and commit the result.');
      process.exitCode = 1;
    } else {
      console.log(`content/ is up to date (${plan.files.length} files).`);
    }
  } else {
    const { written, removed } = writeContent(plan);
    console.log(
      `content: ${plan.files.length / 2} sources from seeds/; ${written.length} written, ${removed.length} removed.`,
    );
    for (const path of written) console.log(`  wrote ${show(path)}`);
    for (const path of removed) console.log(`  removed ${show(path)}`);
  }
} catch (error) {
  process.exitCode = reportFailure(error);
}
