/**
 * The HTML pages of a built site, read from disk: for checks that look at every page's
 * markup without a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** Path of the file inside the site folder, with forward slashes: `sources/x/index.html`. */
  file: string;
  html: string;
}

/** Every `.html` file under `siteDir`, sorted by path so failures read the same each run. */
export function builtPages(siteDir: string): BuiltPage[] {
  const entries = readdirSync(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
    .map((file) => ({ file, html: readFileSync(join(siteDir, file), 'utf8') }));
}

/** The address of a built file relative to the base path: `sources/x/` for `sources/x/index.html`. */
export function pagePath(file: string): string {
  return file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
}
