/**
 * What a first visit to a built page downloads before it can render: its HTML and the
 * stylesheets it links, gzipped as a static host serves them, and the scripts it runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface PageWeight {
  /** Gzipped bytes of the HTML. */
  htmlGzip: number;
  /** Gzipped bytes of every stylesheet the page links. */
  cssGzip: number;
  /** Gzipped bytes of every script file the page loads (`<script src>`, module preloads). */
  scriptGzip: number;
  /** Executable scripts the page has: files and inline code (JSON-LD data is not code). */
  scripts: string[];
}

const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes).length;

function relList(element: Element): string[] {
  const rel = element.properties.rel;
  return (Array.isArray(rel) ? rel : [rel]).map((value) => String(value).toLowerCase());
}

/** `href` on the site (`/dossier/_astro/x.css`) → the file under `siteDir`. */
function fileOf(siteDir: string, base: string, href: string): string {
  const path = new URL(href, 'http://site.invalid/').pathname;
  if (!path.startsWith(base)) throw new Error(`${href} is outside the base path ${base}`);
  return join(siteDir, decodeURIComponent(path.slice(base.length)));
}

export function pageWeight(siteDir: string, base: string, html: string): PageWeight {
  let cssGzip = 0;
  let scriptGzip = 0;
  const scripts: string[] = [];
  visit(fromHtml(html), 'element', (element) => {
    if (element.tagName === 'link' && relList(element).includes('stylesheet')) {
      cssGzip += gzipSize(readFileSync(fileOf(siteDir, base, String(element.properties.href))));
    }
    if (element.tagName === 'link' && relList(element).includes('modulepreload')) {
      const href = String(element.properties.href);
      scripts.push(href);
      scriptGzip += gzipSize(readFileSync(fileOf(siteDir, base, href)));
    }
    if (element.tagName === 'script' && element.properties.type !== 'application/ld+json') {
      const src = element.properties.src;
      if (typeof src === 'string') {
        scripts.push(src);
        scriptGzip += gzipSize(readFileSync(fileOf(siteDir, base, src)));
      } else {
        scripts.push('inline script');
      }
    }
  });
  return { htmlGzip: gzipSize(html), cssGzip, scriptGzip, scripts };
}
