/**
 * Pass: straight quotation marks and apostrophes become typographic ones, so that every
 * source uses one convention and quotations can be found by their marks.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { rewriteBlocks } from '../tree.ts';

/** An opening mark follows the start of the text, a space or an opening bracket or dash. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013-]/u;

/** Looks only at the character before the mark, so a long text stays linear. */
function opensQuotation(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || OPENING_CONTEXT.test(before);
}

const curlQuotes: Plugin<[], Root> = function () {
  return (tree, file) => {
    rewriteBlocks(tree, file, {
      ruleId: 'typography/double-quote',
      pattern: /"/g,
      replace: (match, text) => (opensQuotation(text, match.index) ? '“' : '”'),
      reason: 'A straight double quotation mark, made typographic.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'typography/single-quote',
      pattern: /'/g,
      replace: (match, text) => (opensQuotation(text, match.index) ? '‘' : '’'),
      reason: 'A straight apostrophe or single quotation mark, made typographic.',
    });
  };
};

export default curlQuotes;
