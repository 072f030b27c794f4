/** Astro integration: writes `sitemap.xml` into the built site once its pages are written (src/feeds/sitemap.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listedPages, sitemapXml } from '../feeds/sitemap.ts';

export default function sitemap(): AstroIntegration {
  return {
    name: 'dossier:sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = listedPages(root);
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml(pages));
        logger.info(`sitemap.xml lists ${pages.length} pages`);
      },
    },
  };
}
