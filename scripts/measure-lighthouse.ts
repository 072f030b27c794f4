/**
 * `npm run lighthouse`: serves the built site (dist/) under its base path, runs Lighthouse
 * on one page of each kind in Debian's Chromium, and writes the four category scores to
 * docs/lighthouse.md. The same audit is a test (tests/site/lighthouse.test.ts); this writes
 * the table for readers of the docs. Run it after `npm run build`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_BASE } from '../src/site-location.ts';
import { CATEGORIES, EMULATED_DEVICE_INDEX, STEADY_RUNS, startLighthouse } from '../tests/support/lighthouse.ts';
import { pageKinds } from '../tests/support/page-kinds.ts';
import { serveSite } from '../tests/support/static-server.ts';

async function main(): Promise<number> {
  const siteDir = resolve('dist');
  if (!existsSync(resolve(siteDir, 'index.html'))) {
    console.error('dist/ has no built site: run `npm run build` first.');
    return 1;
  }
  const site = await serveSite(siteDir, DEFAULT_BASE);
  const runner = await startLighthouse();
  const rows: string[] = [];
  try {
    for (const { kind, path, noindex } of pageKinds()) {
      const { scores } = await runner.auditSteadily(site.url + path);
      const cells = CATEGORIES.map((category) => (category === 'seo' && noindex ? `${scores[category]}*` : String(scores[category])));
      rows.push(`| ${kind} | \`${DEFAULT_BASE}${path}\` | ${cells.join(' | ')} |`);
      console.log(`${kind.padEnd(28)} ${cells.join('  ')}`);
    }
  } finally {
    await runner.close();
    await site.close();
  }
  const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
  const table = [
    '# Lighthouse scores',
    '',
    'Measured by `npm run lighthouse` on the built site (served locally under the base path, Lighthouse',
    `${version}, Debian Chromium, mobile emulation with simulated throttling; it waits for half a`,
    'second of quiet after load rather than its default second, because every request here answers in',
    'milliseconds, and records the same requests either way). Scores out of 100.',
    '`tests/site/lighthouse.test.ts` runs the same audit on every test run and fails below 100. A page',
    `short of 100 in any category is audited ${STEADY_RUNS - 1} times more and the median of the ${STEADY_RUNS} runs kept,`,
    'because performance scores vary from run to run on a busy machine (Lighthouse\'s own advice',
    'is the median of five). The CPU slowdown is calibrated to the host, as Lighthouse\'s',
    'throttling guide advises: each audit uses the benchmark index the previous one measured,',
    `divided by ${EMULATED_DEVICE_INDEX} (a mid-tier phone), so that the emulated device stays the same when the host`,
    'is loaded. That is Lighthouse\'s default fourfold slowdown on this machine when it is quiet',
    '(index about 2,700); the first audit of a run uses the default.',
    '',
    '| Page kind | Path | Performance | Accessibility | Best practices | SEO |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '\\* The build report is a maintainers\' page marked `noindex` on purpose; Lighthouse\'s SEO',
    'category counts that against it ("Page is blocked from indexing"), so SEO is not asserted for it.',
    'The 404 page carries no `noindex`: GitHub Pages serves it with status 404, which already keeps it',
    'out of search engines.',
    '',
  ].join('\n');
  writeFileSync('docs/lighthouse.md', table);
  console.log('\nwrote docs/lighthouse.md');
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
