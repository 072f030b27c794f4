/**
 * rehype plugin, trusted (runs after sanitising): gives every heading of contributed
 * Markdown a prefixed id (`## The background` → `user-content-the-background`).
 *
 * Astro adds heading ids after all of our plugins, from the heading's text and unprefixed,
 * so a contributed `## P3` became `id="p3"` ahead of paragraph 3's anchor (citations of ¶3
 * landed on the heading) and `## location` or `## __pwned` named a global (`window.x` finds
 * the element with id x). Astro keeps an id that is already there, so the ids are made here
 * with Astro's own slugs and then prefixed, as the sanitiser prefixes ids written in HTML.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export interface PrefixedHeadingIdOptions {
  prefix: string;
}

const HEADING = /^h[1-6]$/;

const rehypePrefixedHeadingIds: Plugin<[PrefixedHeadingIdOptions], Root> = function ({ prefix }) {
  // Astro's transformer, run early: the slugs (and their -1, -2 for repeats) are Astro's own.
  const slugHeadings = rehypeHeadingIds();
  if (typeof slugHeadings !== 'function') throw new TypeError('rehypeHeadingIds() returned no transformer');
  return (tree, file) => {
    const unnamed: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      if (HEADING.test(node.tagName) && node.properties.id === undefined) unnamed.push(node);
    });
    if (unnamed.length === 0) return;
    slugHeadings(tree, file, () => undefined);
    for (const heading of unnamed) {
      if (typeof heading.properties.id === 'string' && heading.properties.id !== '') heading.properties.id = `${prefix}${heading.properties.id}`;
    }
  };
};

export default rehypePrefixedHeadingIds;
