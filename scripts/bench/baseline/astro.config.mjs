// @ts-check
// The bare baseline: the same base path, output format and Markdown as the dossier's
// defaults, none of its plugins.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.github.io',
  base: '/dossier/',
  trailingSlash: 'always',
  outDir: process.env.DOSSIER_OUT_DIR ?? './dist',
  cacheDir: process.env.DOSSIER_CACHE_DIR ?? './.astro-cache',
  build: { format: 'directory' },
  output: 'static',
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
