/**
 * `npm run pr-summary -- --base <git ref>`: what the change since `base` does to the dossier,
 * as Markdown for a pull request's job summary (scripts/review/). In GitHub Actions it adds
 * a one-line way to preview the built site locally, from the run's artifact. Prints to
 * stdout; exits 0 even when the content check finds problems (the summary lists them, and
 * the build step fails on them); only a failure to read git or the files is an error.
 */
import { parseArgs } from 'node:util';
import { changedFiles } from './review/changed-files.ts';
import { changeFacts } from './review/change-facts.ts';
import { summaryMarkdown } from './review/summary-markdown.ts';
import { reportFailure } from './lib/report-failure.ts';

try {
  const { values } = parseArgs({ options: { base: { type: 'string' }, artifact: { type: 'string' } }, strict: true });
  if (!values.base) throw new Error('--base is required: the git ref the change is compared with (in a pull request, HEAD^1).');
  const root = process.cwd();
  const facts = changeFacts(root, changedFiles(root, values.base));
  const { GITHUB_RUN_ID: runId, GITHUB_REPOSITORY: repository } = process.env;
  const preview = runId && repository && values.artifact ? { runId, repository, artifact: values.artifact } : undefined;
  process.stdout.write(summaryMarkdown(facts, preview));
} catch (error) {
  process.exitCode = reportFailure(error, 'no summary was written');
}
