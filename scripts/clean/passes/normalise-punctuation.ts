/**
 * Pass: repair punctuation spacing that scraping and translation leave behind: a run of
 * commas where a list of links was, a space before a comma or full stop, and a missing
 * space after a comma between words.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { rewriteBlocks } from '../tree.ts';

const normalisePunctuation: Plugin<[], Root> = function () {
  return (tree, file) => {
    rewriteBlocks(tree, file, {
      ruleId: 'punctuation/repeated-comma',
      pattern: /,(?: ?,)+/g,
      replace: () => ',',
      reason: 'A run of commas (often where a list of links was), made one.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'punctuation/space-before',
      // A space before , ; : ! ? or a full stop, unless the full stop starts a number or an ellipsis.
      pattern: / +(?=[,;:!?]|\.(?![\d.]))/g,
      replace: () => '',
      reason: 'A space before punctuation, removed.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'punctuation/space-after-comma',
      // A comma squeezed between two words (not digits, as in 1,000).
      pattern: /(?<=\p{L}),(?=\p{L})/gu,
      replace: () => ', ',
      reason: 'A comma with no space after it, spaced.',
    });
  };
};

export default normalisePunctuation;
