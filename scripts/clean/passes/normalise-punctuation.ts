/**
 * Pass: repair punctuation spacing that scraping and translation leave behind: a run of
 * commas where a list of links was, a space before a comma or full stop, and a missing
 * space after a comma between words.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { LETTER_OR_MORE } from '../../../src/language/letter-classes.ts';
import { documentText, rewriteBlocks } from '../tree.ts';

const normalisePunctuation: Plugin<[], Root> = function () {
  return (tree, file) => {
    // Words the article capitalises mid-sentence are names; others were capitalised by the
    // list. Read from the document as the pass found it, only when a run of commas has a
    // word after it (most documents have none).
    const document = documentText(tree);
    let names: Set<string | undefined> | undefined;
    const isName = (word: string) => (names ??= new Set([...document.matchAll(/(?<=\p{Ll}[,;]? )(\p{Lu}\p{Ll}+)/gu)].map((match) => match[1]))).has(word);
    rewriteBlocks(tree, file, {
      ruleId: 'punctuation/repeated-comma',
      kind: 'typographic',
      // A run of commas, and the capitalised word a lost list item may have left after it.
      pattern: /,(?: ?,)+(?: (\p{Lu}\p{Ll}+))?/gu,
      // Each quick test below is a literal part every match has, or a plain-range class
      // holding the pattern's (src/language/letter-classes.ts): most paragraphs fail it.
      mayMatch: /, ?,/,
      replace: (match) => {
        const word = match[1];
        if (word === undefined) return ',';
        return `, ${isName(word) ? word : word.toLowerCase()}`;
      },
      reason: 'A run of commas where a list of links was, made one; the list item that follows continues the sentence.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'punctuation/space-before-hyphen',
      kind: 'typographic',
      // "cyber -aggressive": a hyphen with a space before it and none after joins a compound.
      // Word parts of two and three letters at least: "git -v" and "ls -la" are commands.
      pattern: /(?<=\p{L}{2}) -(?=\p{L}{3})/gu,
      mayMatch: new RegExp(` -[${LETTER_OR_MORE}]`),
      replace: () => '-',
      reason: 'A stray space before the hyphen of a compound word, removed.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'punctuation/space-before',
      kind: 'typographic',
      // A space before , ; : ! ? or a full stop, unless the full stop starts a number, an
      // ellipsis or a name (".NET").
      pattern: / +(?=[,;:!?]|\.(?![\d.\p{L}]))/gu,
      mayMatch: / [,;:!?.]/,
      replace: () => '',
      reason: 'A space before punctuation, removed.',
    });
    rewriteBlocks(tree, file, {
      ruleId: 'punctuation/space-after-comma',
      kind: 'typographic',
      // A comma squeezed between two words (not digits, as in 1,000).
      pattern: /(?<=\p{L}),(?=\p{L})/gu,
      mayMatch: new RegExp(`[${LETTER_OR_MORE}],[${LETTER_OR_MORE}]`),
      replace: () => ', ',
      reason: 'A comma with no space after it, spaced.',
    });
  };
};

export default normalisePunctuation;
