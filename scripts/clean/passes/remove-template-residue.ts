/**
 * Pass: remove what article-spinning templates leave behind. Spintax offers alternatives
 * in braces, `{war|conflict}`; a spinner that fails leaves the braces in the text, with
 * one choice (`{that a}`) or several. The first choice is kept, as the spinner would have.
 * Only braces holding plain words are touched.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { rewriteBlocks } from '../tree.ts';

const removeTemplateResidue: Plugin<[], Root> = function () {
  return (tree, file) => {
    // One choice in the braces: only the braces are debris.
    rewriteBlocks(tree, file, {
      ruleId: 'template/spintax',
      kind: 'typographic',
      pattern: /\{([\p{L}\p{N}'’ -]{1,60})\}/gu,
      // Braces are rare in news text: a paragraph without one is not read.
      mayMatch: /\{/,
      replace: (match) => (match[1] ?? '').trim(),
      reason: 'Spinner template braces left in the text; the words inside are kept.',
    });
    // Several: which one the article had is not known; the first is the spinner's own pick.
    rewriteBlocks(tree, file, {
      ruleId: 'template/spintax-choice',
      kind: 'wording',
      confidence: 'probable',
      pattern: /\{([\p{L}\p{N}'’ -]{1,60})\|[\p{L}\p{N}'’ |-]{0,200}\}/gu,
      mayMatch: /\{/,
      replace: (match) => (match[1] ?? '').trim(),
      reason: 'Spinner template braces left in the text, with several choices; the first is kept, as the spinner would have, but the article may have had another.',
    });
  };
};

export default removeTemplateResidue;
