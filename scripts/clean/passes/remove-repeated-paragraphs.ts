/**
 * Pass: drop a paragraph that repeats the one before it word for word, such as a headline
 * printed twice (once as the page title, once above the article).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { blockText, blocksOf, comparable, removeBlock } from '../tree.ts';

const removeRepeatedParagraphs: Plugin<[], Root> = function () {
  return (tree, file) => {
    let previous: string | undefined;
    for (const block of blocksOf(tree)) {
      const key = comparable(blockText(block));
      if (key !== '' && key === previous) {
        removeBlock(tree, file, block, {
          ruleId: 'structure/repeated-paragraph',
          reason: 'The same paragraph twice in a row (a doubled headline or a scraping slip).',
        });
      } else {
        previous = key;
      }
    }
    // A headline whose only body was its own copy is the text itself, not a headline.
    const [first, ...rest] = tree.children;
    if (first?.type === 'heading' && !rest.some((node) => node.type === 'paragraph')) {
      tree.children[0] = { type: 'paragraph', children: first.children, data: first.data };
    }
  };
};

export default removeRepeatedParagraphs;
