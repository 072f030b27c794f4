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
import { blocksOf, blockText, quotationLookup, rawParagraphOf, recordChange, setBlockText } from '../tree.ts';

const finder = retext().use(retextEnglish).use(retextRepeatedWords).freeze();

/**
 * Words that double in correct English beyond retext-repeated-words' own list
 * ("gave in in the end", "went on on Friday", "what it is is").
 */
const MAY_REPEAT = new Set(['in', 'on', 'is', 'to', 'it', 'so', 'do', 'was', 'very', 'by']);

/** [start, end) of each repeat to remove (the space and the second copy), in text order. */
export function repeatedWordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
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
      const text = blockText(block);
      const spans = repeatedWordSpans(text);
      if (spans.length === 0) continue;
      // The text does not change while its repeats are recorded: its quotations are found once.
      const inQuotation = quotationLookup(text);
      let output = '';
      let cursor = 0;
      for (const [start, end] of spans) {
        if (start < cursor) continue;
        output += text.slice(cursor, start);
        cursor = end;
        recordChange(file, {
          ruleId: 'repeats/repeated-word',
          before: text.slice(start, end),
          after: '',
          rawParagraph: rawParagraphOf(block),
          offset: start,
          inQuotation: inQuotation(start, end),
          reason: 'The same word twice in a row, kept once.',
        });
      }
      setBlockText(block, output + text.slice(cursor));
    }
  };
};

export default removeRepeatedWords;
