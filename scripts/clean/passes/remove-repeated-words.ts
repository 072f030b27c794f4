/**
 * Pass: remove a word printed twice in a row ("the CISA CISA"), found by
 * retext-repeated-words, which already knows the words that may legitimately repeat
 * ("had had", "that that") and capitalised names that double ("Walla Walla").
 */
import type { Root } from 'mdast';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextRepeatedWords from 'retext-repeated-words';
import type { Plugin } from 'unified';
import { blocksOf, blockText, editBlock, type Edit } from '../tree.ts';

const finder = retext().use(retextEnglish).use(retextRepeatedWords).freeze();

/**
 * Words that double in correct English beyond retext-repeated-words' own list
 * ("gave in in the end", "went on on Friday", "what it is is").
 */
const MAY_REPEAT = new Set(['in', 'on', 'is', 'to', 'it', 'so', 'do', 'was', 'very', 'by']);

/**
 * A word, space, the same word: what retext-repeated-words looks for, found by one regular
 * expression. Most paragraphs have none, and retext's full parse of them was a tenth of
 * the cleaning time.
 */
const MAYBE_REPEATED = /(?<![\p{L}\p{M}\p{N}'’-])([\p{L}\p{M}\p{N}'’-]+)\s+\1(?![\p{L}\p{M}\p{N}'’-])/iu;

/** [start, end) of each repeat to remove (the space and the second copy), in text order. */
export function repeatedWordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!MAYBE_REPEATED.test(text)) return spans;
  for (const message of finder.processSync(text).messages) {
    const place = message.place;
    if (!place || !('start' in place)) continue;
    const { start, end } = place;
    if (start.offset === undefined || end.offset === undefined) continue;
    if (MAY_REPEAT.has((message.expected?.[0] ?? '').toLowerCase())) continue;
    const firstWordEnd = start.offset + text.slice(start.offset, end.offset).search(/\s/);
    if (firstWordEnd > start.offset) spans.push([firstWordEnd, end.offset]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

const removeRepeatedWords: Plugin<[], Root> = function () {
  return (tree, file) => {
    for (const block of blocksOf(tree)) {
      const edits: Edit[] = [];
      let cursor = 0;
      for (const [start, end] of repeatedWordSpans(blockText(block))) {
        if (start < cursor) continue;
        edits.push({ start, end, after: '', ruleId: 'repeats/repeated-word', kind: 'typographic', reason: 'The same word twice in a row, kept once.' });
        cursor = end;
      }
      editBlock(file, block, edits);
    }
  };
};

export default removeRepeatedWords;
