/**
 * Astro integration: once the site is built, index it with Pagefind's Node API and write
 * the index into the built site (`<outDir>/pagefind/`). Only what pages mark with
 * `data-pagefind-body` is indexed, so site chrome never shows up in results.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Indexes the built site in `siteDir`; `log` hears how many pages were indexed. */
export async function buildSearchIndex(siteDir: string, log: (message: string) => void): Promise<void> {
  const { index, errors } = await createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no pages marked data-pagefind-body');
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    log(`indexed ${added.page_count} pages`);
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
