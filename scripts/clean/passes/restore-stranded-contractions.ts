/**
 * Pass: undo a phrase a spinner padded in front of a contraction's ending. A spinner swaps a
 * word for a longer phrase without looking at what clings to it: "if you're" has "you"
 * swapped for "you happen to" and reads "if you happen to're". English never writes the
 * ending there: the Brown corpus (`writesContraction`) never attaches 're, 'm, 'll or 'd to
 * "to" or to any other word of a closed class it does not list with that ending. So, in a
 * document judged spun, where such an ending hangs on a function word Brown never gives it
 * and, at most MAX_PADDING words before, only white space between, stands a word Brown does
 * give it ("you're"), the words between are the padding and are removed: "you happen to're"
 * → "you're".
 *
 * Evidence and guess apart: that something was padded in is certain (the form does not
 * occur in English); that the padding is exactly the words after the nearest word able to
 * carry the ending is the simplest reading, not a proven one, so the change is `probable`.
 * 've is left alone: "ought to've", "like to've" are informal English Brown does not happen
 * to print. 's is both a contraction and the possessive, which any word takes.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { functionWords, writesContraction } from '../../../src/language/en/corpus-words.ts';
import { blocksOf, blockText, editBlock, type Edit } from '../tree.ts';

export const STRANDED_CONTRACTION_RULE = 'unspin/stranded-contraction';

/** Words of padding between the ending's rightful word and the word it hangs on, at most ("happen to"). */
export const MAX_PADDING = 3;

/** An ending on a word: the word, the apostrophe, the ending; not inside a longer word. */
const HANGING_ENDING = /(?<![\p{L}\p{N}'’])(\p{L}+)(['’])(re|m|ll|d)(?![\p{L}\p{N}'’])/gu;
/**
 * Characters read back from an ending, at most: padding is a few short words, and a text of
 * one long run of words (a hostile input) is never read back further than this per ending.
 */
const MAX_LOOK_BACK = 120;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
/** Part of a word (a letter, digit, apostrophe or hyphen): a word that runs on through one is not a plain word. */
const WORD_PART = /[\p{L}\p{N}'’-]/u;

/**
 * The plain word (letters only) just before `end` with only white space after it, read
 * backwards from `end` no further than `limit`; undefined where there is none.
 */
function wordBefore(text: string, end: number, limit: number): { start: number; word: string } | undefined {
  let at = end;
  while (at > limit && SPACE.test(text.charAt(at - 1))) at -= 1;
  if (at === end) return undefined;
  const wordEnd = at;
  while (at > limit && LETTER.test(text.charAt(at - 1))) at -= 1;
  if (at === wordEnd || at === limit || WORD_PART.test(text.charAt(at - 1))) return undefined;
  return { start: at, word: text.slice(at, wordEnd) };
}

/** The stranded endings of one text, each as the edit that removes the padding before it. */
export function strandedContractions(text: string): Edit[] {
  const edits: Edit[] = [];
  if (!text.includes("'") && !text.includes('’')) return edits;
  for (const match of text.matchAll(HANGING_ENDING)) {
    const [whole, last = '', apostrophe = '', ending = ''] = match;
    if (writesContraction(last, ending) || !functionWords().has(last.toLowerCase())) continue;
    // Walk back word by word, white space only between, to the nearest word that takes the ending.
    const limit = Math.max(-1, match.index - MAX_LOOK_BACK);
    let start = match.index;
    for (let padding = 1; padding <= MAX_PADDING; padding += 1) {
      const before = wordBefore(text, start, limit);
      if (!before) break;
      const { word } = before;
      start = before.start;
      if (!writesContraction(word, ending)) continue;
      const end = match.index + whole.length;
      const after = `${word}${apostrophe}${ending}`;
      edits.push({
        start,
        end,
        after,
        ruleId: STRANDED_CONTRACTION_RULE,
        reason: `English never writes “${last}${apostrophe}${ending}”: a spinner padded “${word}” into “${text.slice(start, match.index + last.length)}” and left the ending behind; the padding is removed. Which words were padding is read, not proven: the nearest word that takes the ending is kept.`,
        kind: 'wording',
        confidence: 'probable',
      });
      break;
    }
  }
  return edits;
}

const restoreStrandedContractions: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (!(file.data.damageKinds ?? []).includes('spun')) return;
    for (const block of blocksOf(tree)) {
      const edits = strandedContractions(blockText(block));
      if (edits.length > 0) editBlock(file, block, edits);
    }
  };
};

export default restoreStrandedContractions;
