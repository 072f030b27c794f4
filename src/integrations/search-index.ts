/**
 * Astro integration: once the site is built, index it with Pagefind's Node API and write
 * the index into the built site (`<outDir>/pagefind/`). Only what pages mark with
 * `data-pagefind-body` is indexed, so site chrome never shows up in results.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';

export async function buildSearchIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no pages marked data-pagefind-body');
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`indexed ${added.page_count} pages`);
  } finally {
    await close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'dossier:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => buildSearchIndex(fileURLToPath(dir), logger),
    },
  };
}
