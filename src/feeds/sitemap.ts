/**
 * `sitemap.xml`: every page the site lists for search engines, found in the built site
 * itself (a page with a canonical link; the build report and the 404 page have none), so it
 * never names a page that was not built or misses one that was. Sorted, with no dates the
 * content does not give, so the same site gives the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const CANONICAL = /<link rel="canonical" href="([^"]+)"/;

/** The sitemap of these addresses, sorted and without repeats. */
export function sitemapXml(urls: Iterable<string>): string {
  const sorted = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sorted.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/** The canonical address of every page under `dir` (its HTML files, read as built). */
export function listedPages(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        // The canonical link is in the head, near the top.
        const canonical = CANONICAL.exec(readFileSync(path, 'utf8').slice(0, 4096))?.[1];
        if (canonical) found.push(canonical.replace(/&amp;/g, '&'));
      }
    }
  };
  walk(dir);
  return found;
}
