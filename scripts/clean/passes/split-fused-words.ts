/**
 * Pass: separate words that scraping fused where a link or line break was removed
 * ("assessmentThe", "hackersAnd"). Only a lower-case word of three letters or more running
 * into a capitalised one is split; brand names such as "iPhone", "eBay" or "YouTube" do
 * not have that shape, and a short list of real camel-case names is left alone. A fused
 * function word ("And", "The") is put back in lower case, since it continues the sentence.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { LOWER_CASE_OR_MORE, UPPER_CASE_OR_MORE } from '../../../src/language/letter-classes.ts';
import { rewriteBlocks } from '../tree.ts';

/** Words that run on a sentence: in lower case after the split. */
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'it', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Real words of this shape (lower-case run, then a capital). */
const CAMEL_CASE_NAMES = new Set(['macOS', 'iOS', 'watchOS', 'tvOS', 'iPadOS', 'wikiHow', 'chatGPT', 'easyJet', 'easyGroup', 'openDemocracy', 'airBaltic', 'bioRxiv', 'medRxiv', 'arXiv']);

const splitFusedWords: Plugin<[], Root> = function () {
  return (tree, file) => {
    rewriteBlocks(tree, file, {
      ruleId: 'typography/fused-words',
      kind: 'typographic',
      pattern: /(?<![\p{L}\p{N}])(\p{Ll}{3,})(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu,
      // Three lower-case letters straight before a capital and a lower-case letter: most
      // paragraphs have none ("McAllister" is not that shape). Plain ranges (see
      // src/language/letter-classes.ts): the property classes cost more than the pattern saved.
      mayMatch: new RegExp(`[${LOWER_CASE_OR_MORE}]{3}[${UPPER_CASE_OR_MORE}][${LOWER_CASE_OR_MORE}]`),
      replace: (match) => {
        const [word, head = '', tail = ''] = match;
        if (CAMEL_CASE_NAMES.has(word)) return null;
        const second = FUNCTION_WORDS.has(tail.toLowerCase()) ? tail.toLowerCase() : tail;
        return `${head} ${second}`;
      },
      reason: 'Two words run together where a link or line break was removed, separated.',
    });
  };
};

export default splitFusedWords;
