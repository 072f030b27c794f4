/**
 * rehype plugin, trusted (runs after sanitising): sanitising prefixes contributed ids
 * (`fn-1` → `user-content-fn-1`) so they cannot clobber globals; this points in-page
 * links (`#fn-1`) at the prefixed id when that is the one that exists, so footnotes and
 * links to contributed anchors keep working.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export interface PrefixedFragmentOptions {
  prefix: string;
}

const rehypePrefixedFragmentLinks: Plugin<[PrefixedFragmentOptions], Root> = function ({ prefix }) {
  return (tree) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) {
        links.push(node);
      }
    });
    for (const link of links) {
      const fragment = decodeURIComponent(String(link.properties.href).slice(1));
      if (!ids.has(fragment) && ids.has(prefix + fragment)) link.properties.href = `#${prefix}${fragment}`;
    }
  };
};

export default rehypePrefixedFragmentLinks;
