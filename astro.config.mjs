// @ts-check
import { defineConfig } from 'astro/config';
import dossier from './dossier.config.ts';
import buildSupervision from './src/integrations/build-supervision.ts';
import contributedFiles from './src/integrations/contributed-files.ts';
import searchIndex from './src/integrations/search-index.ts';
import sitemap from './src/integrations/sitemap.ts';
import { dossierMarkdown } from './src/markdown/processor.ts';
import { readRecordsForMarkdown } from './src/markdown/cleaning-records.ts';
import { paragraphCounts } from './src/markdown/paragraph-counts.ts';
import { readRegistry } from './src/actors/registry-files.ts';
import { siteLocation } from './src/site-location.ts';
import { COLLECTIONS } from './src/collections/manifest.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';

// Where the site is published. On GitHub Pages the workflow passes the Pages origin and
// the project's base path (`/<repo>/`); locally the defaults mirror that shape.
const { site, base } = siteLocation(process.env);
// The cleaning records, read once for the marks in each source's text and the method page's figures.
const content = `./${dossier.folders.content}`;
const { cleaningMarks, figures } = readRecordsForMarkdown(`${content}/${COLLECTIONS.cleaning.folder}`);

// Vite copies process.env into import.meta.env, so a BASE_URL left in the environment
// (test runners set one) would silently replace the base path on every link.
delete process.env.BASE_URL;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Files published as they are, by allow-list (src/files/public-files.ts).
  publicDir: `./${dossier.folders.public}`,
  // A separate output folder lets tests and the safe build write elsewhere than dist/.
  outDir: process.env.DOSSIER_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  // Astro keeps its content store here. Builds that run side by side (tests, the benchmark)
  // each pass a folder of their own, or they would read and overwrite each other's store.
  cacheDir: process.env.DOSSIER_CACHE_DIR ?? './node_modules/.astro',
  // Sources are read from content/; nothing in the site is rendered on demand.
  output: 'static',
  markdown: {
    // Shiki would run before sanitising and be stripped by it; sources carry no code.
    syntaxHighlight: false,
    processor: dossierMarkdown({
      base,
      paragraphCounts: paragraphCounts(`${content}/${COLLECTIONS.sources.folder}`),
      cleaningMarks,
      figures,
      registry: readRegistry(content),
    }),
  },
  // DOSSIER_SEARCH_INDEX=off leaves indexing to `scripts/build-search-index.ts` (the benchmark
  // times it as a stage of its own).
  // The public/ check first (nothing is copied before it), then the guard that ends an
  // orphaned build stage, then the sitemap and indexing when the pages are written.
  // The sitemap is read from the pages as built, before Pagefind adds its files.
  integrations: [contributedFiles(), buildSupervision(), sitemap(), searchIndex({ enabled: process.env.DOSSIER_SEARCH_INDEX !== 'off' })],
  devToolbar: { enabled: false },
  // Pages whose content is one source's own files, and the Open Graph cards, carry a cache key
  // (src/build-cache/page-cache-key.ts): when neither the key nor the page's code changed since
  // the last build, Astro copies the page from its cache rather than rendering it again. Every
  // other page reads across the dossier and is rendered on every build. `npm run build` also
  // empties that cache when the code, the registry or the site's address change
  // (scripts/build/astro-store.ts).
  experimental: { incrementalBuild: true },
  // The Content-Security-Policy, as a <meta> tag on every page (GitHub Pages cannot send
  // headers). Astro adds the hashes of the scripts and styles it emits; see src/security/csp.ts.
  security: { csp: contentSecurityPolicy },
});
