/**
 * Astro integration: once the site is built, index it with Pagefind's Node API and write
 * the index into the built site (`<outDir>/pagefind/`). Only what pages mark with
 * `data-pagefind-body` is indexed, so site chrome never shows up in results.
 *
 * Pagefind is handed only the pages that carry the attribute, in path order, rather than the
 * whole folder: it ignores the others anyway once any page has it, but it keeps every page it
 * reads in memory, and two thirds of a large dossier's pages (each source's changes and
 * as-received copy, later pages of long lists) are never search records. At 10,000 generated
 * sources that took Pagefind's peak from 4,440 to 3,383 MiB (docs/scale-benchmark.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { compareStrings } from '../lib/compare-strings.ts';

/** The attribute that makes a page a search record (the page templates set it on what to index). */
const BODY_MARKER = 'data-pagefind-body';

/** The built pages of `siteDir`, as paths relative to it, in code-point order. */
function builtPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .sort(compareStrings);
}

/** Indexes the built site in `siteDir`; `log` hears how many pages were indexed. */
export async function buildSearchIndex(siteDir: string, log: (message: string) => void): Promise<void> {
  const { index, errors } = await createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let indexed = 0;
    for (const sourcePath of builtPages(siteDir)) {
      const content = readFileSync(join(siteDir, sourcePath), 'utf8');
      // A page that only mentions the attribute in its text is read too, and then ignored by Pagefind.
      if (!content.includes(BODY_MARKER)) continue;
      const added = await index.addHTMLFile({ sourcePath, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
      indexed += 1;
    }
    if (indexed === 0) throw new Error('Pagefind found no pages marked data-pagefind-body');
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    log(`indexed ${indexed} pages`);
  } finally {
    await close();
  }
}

export interface SearchIndexOptions {
  /**
   * Index once Astro is done (the default). The scale benchmark turns this off to run and
   * measure Pagefind as a stage of its own (`scripts/build-search-index.ts`).
   */
  enabled?: boolean;
}

export default function searchIndex({ enabled = true }: SearchIndexOptions = {}): AstroIntegration {
  return {
    name: 'dossier:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (enabled) await buildSearchIndex(fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}
