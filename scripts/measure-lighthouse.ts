/**
 * `npm run lighthouse`: serves the built site (dist/) under its base path, runs Lighthouse
 * on one page of each kind in Debian's Chromium, and writes the four category scores to
 * docs/lighthouse.md. A measurement, not a test: run it after `npm run build`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DEFAULT_BASE } from '../src/site-location.ts';
import { serveSite } from '../tests/support/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page of each kind; the first source and actor stand for all of their kind. */
const PAGE_KINDS: ReadonlyArray<[kind: string, path: string]> = [
  ['Home (explainer)', ''],
  ['Sources index', 'sources/'],
  ['Source', 'sources/bbc-hegseth-orders-pause-in-cyber-operations/'],
  ['Actors index', 'actors/'],
  ['Actor', 'actors/pete-hegseth/'],
  ['Compare', 'compare/'],
  ['Search (with a query)', 'search/?q=hegseth'],
  ['Method', 'about/'],
  // Lighthouse will not audit a response with status 404, so the page itself is fetched.
  ['Not found (404)', '404.html'],
];

async function main(): Promise<number> {
  const siteDir = resolve('dist');
  if (!existsSync(resolve(siteDir, 'index.html'))) {
    console.error('dist/ has no built site: run `npm run build` first.');
    return 1;
  }
  const site = await serveSite(siteDir, DEFAULT_BASE);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: string[] = [];
  let failures = 0;
  try {
    for (const [kind, path] of PAGE_KINDS) {
      const result = await lighthouse(site.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = result?.lhr.categories;
      const scores = CATEGORIES.map((category) => Math.round((categories?.[category]?.score ?? 0) * 100));
      if (scores.some((score) => score < 100)) failures += 1;
      rows.push(`| ${kind} | \`${DEFAULT_BASE}${path}\` | ${scores.join(' | ')} |`);
      console.log(`${kind.padEnd(24)} ${scores.join('  ')}`);
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  const table = [
    '# Lighthouse scores',
    '',
    'Measured by `npm run lighthouse` on the built site (served locally under the base path, Lighthouse',
    `${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, Debian Chromium, mobile emulation with simulated throttling). Scores out of 100.`,
    '',
    '| Page kind | Path | Performance | Accessibility | Best practices | SEO |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'The 404 page is marked `noindex` on purpose (a missing page has no address worth indexing);',
    'Lighthouse\'s SEO category counts that against it ("Page is blocked from indexing").',
    '',
  ].join('\n');
  writeFileSync('docs/lighthouse.md', table);
  console.log(`\nwrote docs/lighthouse.md (${failures} page kind(s) below 100 in some category)`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
