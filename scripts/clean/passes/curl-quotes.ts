/**
 * Pass: straight quotation marks and apostrophes become typographic ones, so that every
 * source uses one convention and quotations can be found by their marks.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { rewriteBlocks } from '../tree.ts';

/** An opening mark follows the start of the text, a space, an opening bracket or dash, or another opening mark. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013\u201C\u2018-]/u;

const STRAIGHT_MARK = /["']/;
/** Real nesting is two or three marks deep; a longer run is not worth looking through. */
const MAX_NESTING = 4;

/**
 * A mark opens when what precedes it opens; a short run of straight marks (`'"`) is
 * looked through to the character before it. The look-back is bounded, so a text made
 * of quotation marks still cleans in linear time.
 */
function opensQuotation(text: string, index: number): boolean {
  let position = index - 1;
  while (position >= 0 && index - position <= MAX_NESTING && STRAIGHT_MARK.test(text[position] ?? '')) position -= 1;
  const before = text[position];
  return before === undefined || OPENING_CONTEXT.test(before);
}

const curlQuotes: Plugin<[], Root> = function () {
  return (tree, file) => {
    rewriteBlocks(tree, file, {
      ruleId: 'typography/double-quote',
      kind: 'typographic',
      pattern: /"/g,
      replace: (match, text) => (opensQuotation(text, match.index) ? '“' : '”'),
      reason: 'A straight double quotation mark, made typographic.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'typography/single-quote',
      kind: 'typographic',
      pattern: /'/g,
      replace: (match, text) => {
        const after = text.slice(match.index + 1, match.index + 3);
        // Elisions are apostrophes wherever they stand: the '90s, rock 'n' roll.
        if (/^\d\d/.test(after) || (/^n'/.test(after) && text[match.index - 1] === ' ')) return '’';
        return opensQuotation(text, match.index) ? '‘' : '’';
      },
      reason: 'A straight apostrophe or single quotation mark, made typographic.',
    });
  };
};

export default curlQuotes;
