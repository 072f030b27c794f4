/**
 * Pass: an acronym the document writes in capitals ("CISA") but also in title case
 * ("Cisa", a translation tool's habit) is written in capitals throughout. The document is
 * its own evidence: a word is only changed when its all-capitals form appears too.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { blocksOf, blockText, rewriteBlocks } from '../tree.ts';

const normaliseAcronyms: Plugin<[], Root> = function () {
  return (tree, file) => {
    // Capitals in a shouted line (an all-caps headline) are not evidence of an acronym.
    const mixedCase = blocksOf(tree)
      .map(blockText)
      .filter((text) => (text.match(/\p{Ll}/gu) ?? []).length > (text.match(/\p{Lu}/gu) ?? []).length);
    const acronyms = new Set(mixedCase.join('\n').match(/(?<![\p{L}\p{N}])\p{Lu}{3,6}(?![\p{L}\p{N}])/gu) ?? []);
    if (acronyms.size === 0) return;
    rewriteBlocks(tree, file, {
      ruleId: 'typography/acronym-case',
      pattern: /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,5}(?![\p{L}\p{N}])/gu,
      replace: (match) => {
        const upper = match[0].toUpperCase();
        return acronyms.has(upper) ? upper : null;
      },
      reason: 'An acronym the article also writes in capitals, written the same way.',
    });
  };
};

export default normaliseAcronyms;
