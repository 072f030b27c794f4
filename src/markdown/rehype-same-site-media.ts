/**
 * rehype plugin, trusted (runs after sanitising): contributed images load from this site
 * only. GitHub's rules let `<img src>` and `<source srcset>` name any http(s) address; on
 * this site that is a beacon (a third party learns who reads which page) or a request a
 * reader never chose, and the Content-Security-Policy (`img-src 'self'`) would refuse it
 * anyway, leaving a broken image. So a source that would load from another origin is
 * dropped here, with the rest of the element kept; relative addresses stay.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Any origin will do: only whether a URL stays on it matters. */
const HERE = 'https://dossier.invalid/base/page/';

/** True when `url`, resolved as a browser would against a page of this site, stays on the site. */
export function isSameSite(url: string): boolean {
  try {
    return new URL(url, HERE).origin === new URL(HERE).origin;
  } catch {
    return false;
  }
}

/** The URLs of a `srcset`: the first token of each comma-separated candidate. */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

const rehypeSameSiteMedia: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      const { src, srcSet } = node.properties;
      if (src !== undefined && !isSameSite(String(src))) delete node.properties.src;
      if (srcSet !== undefined) {
        const value = Array.isArray(srcSet) ? srcSet.join(',') : String(srcSet);
        if (!srcsetUrls(value).every(isSameSite)) delete node.properties.srcSet;
      }
    });
  };
};

export default rehypeSameSiteMedia;
