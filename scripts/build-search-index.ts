/**
 * Indexes an already built site with Pagefind, as the build's own integration does:
 * `node scripts/build-search-index.ts <site-dir>`. The scale benchmark runs it as a stage
 * of its own (after `DOSSIER_SEARCH_INDEX=off astro build`) to time Pagefind apart from Astro.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/search-index.ts';

const siteDir = process.argv[2];
if (!siteDir) {
  console.error('Usage: node scripts/build-search-index.ts <built-site-folder>');
  process.exitCode = 2;
} else {
  try {
    await buildSearchIndex(resolve(siteDir), (message) => console.log(message));
  } catch (error) {
    console.error(`Search index for ${siteDir} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
