/**
 * `npm run check-links [-- --json report.json] [--markdown report.md]`: checks that every
 * source's `url` and `archiveUrl` still answers (scripts/links/check-urls.ts), prints what
 * is dead, and writes the report for the scheduled workflow, which opens an issue listing
 * the dead ones. Not part of the build or the tests: other sites' health must not decide
 * whether the dossier builds. Exits 0 whatever it finds (the workflow reads the report);
 * only a failure to read the sources is an error.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/files/content-error.ts';
import { readDossier } from './content/read-dossier.ts';
import { checkUrls } from './links/check-urls.ts';
import { linkReport, reportMarkdown, type CitedUrl } from './links/link-report.ts';
import { reportFailure } from './lib/report-failure.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' }, markdown: { type: 'string' }, timeout: { type: 'string' } }, strict: true });
  const dossier = readDossier(process.cwd());
  if (dossier.problems.length > 0) throw new ContentError(dossier.problems);
  const cited: CitedUrl[] = dossier.sources.flatMap((source) => [
    ...(source.data.url ? [{ url: source.data.url, file: source.file, field: 'url' as const }] : []),
    ...(source.data.archiveUrl ? [{ url: source.data.archiveUrl, file: source.file, field: 'archiveUrl' as const }] : []),
  ]);
  const urls = [...new Set(cited.map((entry) => entry.url))];
  const checks = await checkUrls(urls, { timeoutMs: values.timeout ? Number(values.timeout) : 15_000 });
  const report = linkReport(cited, checks);
  const markdown = reportMarkdown(report);
  console.log(markdown);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  if (values.markdown) writeFileSync(values.markdown, markdown);
}

main().catch((error: unknown) => {
  process.exitCode = reportFailure(error, 'nothing was checked');
});
