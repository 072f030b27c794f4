/**
 * rehype plugin, trusted (runs after sanitising): numbers the top-level paragraphs of a
 * source as `p1`, `p2`, … so citations, comparisons and search results can link to one
 * paragraph. Applies only to files the `include` test accepts (the sources collection).
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';

export interface ParagraphAnchorOptions {
  /** Whether a file (by path) gets paragraph anchors. */
  include: (path: string) => boolean;
}

const rehypeParagraphAnchors: Plugin<[ParagraphAnchorOptions], Root> = function (options) {
  return (tree, file) => {
    if (!options.include(file.path ?? '')) return;
    let number = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      number += 1;
      const marker: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['paragraph-anchor'],
          href: `#p${number}`,
          ariaLabel: `Paragraph ${number}`,
          // The number is navigation, not text: keep it out of search excerpts.
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: `¶${number}` }],
      };
      node.properties = { ...node.properties, id: `p${number}` };
      node.children.unshift(marker, { type: 'text', value: ' ' });
    }
  };
};

export default rehypeParagraphAnchors;
