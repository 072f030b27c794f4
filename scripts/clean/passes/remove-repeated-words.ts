/**
 * Pass: remove a word printed twice in a row ("the NCSO NCSO"), found by
 * retext-repeated-words, which already knows the words that may legitimately repeat
 * ("had had", "that that") and capitalised names that double ("Walla Walla").
 */
import type { Root } from 'mdast';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextRepeatedWords from 'retext-repeated-words';
import type { Plugin } from 'unified';
import { WORD_CHARACTER } from '../../../src/language/letter-classes.ts';
import { blocksOf, blockText, editBlock, type Edit } from '../tree.ts';

const finder = retext().use(retextEnglish).use(retextRepeatedWords).freeze();

/**
 * Words that double in correct English beyond retext-repeated-words' own list
 * ("gave in in the end", "went on on Friday", "what it is is").
 */
const MAY_REPEAT = new Set(['in', 'on', 'is', 'to', 'it', 'so', 'do', 'was', 'very', 'by']);

/**
 * Pieces of a long text are read one at a time. retext's parser (parse-latin) moves nodes
 * around with a splice per sentence, so a paragraph of tens of thousands of sentences took
 * it minutes. A repeat is two words with only white space between, so a cut after white
 * space that follows a comma, semicolon, colon, `!`, `?`, closing bracket or quotation mark
 * (never part of a word, and always ending a run of words) cannot part one; pieces are cut
 * there once they pass PIECE_LENGTH characters. Where no such mark comes for FORCED_CUT
 * characters (no article has a sentence that long), the cut is made at the next white space
 * and the next piece starts again at the word before it, so a repeat across the cut is still
 * read whole; only the parser's view of the words beyond that word can differ there.
 */
export const PIECE_LENGTH = 20_000;
const FORCED_CUT = 4 * PIECE_LENGTH;
const CUT = /[,;:!?)\]”"»]\s+/g;
const SPACE = /\s+/g;

function pieces(text: string): Array<{ at: number; text: string }> {
  const found: Array<{ at: number; text: string }> = [];
  let from = 0;
  while (text.length - from > PIECE_LENGTH) {
    CUT.lastIndex = from + PIECE_LENGTH;
    const cut = CUT.exec(text);
    if (cut && cut.index < from + FORCED_CUT) {
      const to = cut.index + cut[0].length;
      found.push({ at: from, text: text.slice(from, to) });
      from = to;
      continue;
    }
    SPACE.lastIndex = from + PIECE_LENGTH;
    const space = SPACE.exec(text);
    if (!space) break;
    // The word before the space starts the next piece too (it must start after `from`).
    let wordStart = space.index;
    while (wordStart > from && !/\s/u.test(text.charAt(wordStart - 1))) wordStart -= 1;
    if (wordStart <= from) break;
    found.push({ at: from, text: text.slice(from, space.index) });
    from = wordStart;
  }
  found.push({ at: from, text: text.slice(from) });
  return found;
}

/** A run of word characters, as retext-repeated-words' words are made of. */
const WORD_RUN = new RegExp(`(?:${WORD_CHARACTER}|['’-])+`, 'gu');
const ONLY_SPACE = /^\s+$/u;

/**
 * Whether a text may hold a word, space, the same word (any case): what retext-repeated-words
 * looks for. Most paragraphs have none, and retext's full parse of them was a tenth of the
 * cleaning time; one pass over the words, comparing each with the one before, answers
 * without it (a back-reference in one regular expression, tried at every letter, cost more).
 */
function mayRepeat(text: string): boolean {
  WORD_RUN.lastIndex = 0;
  let previous = '';
  let previousEnd = -1;
  for (let match = WORD_RUN.exec(text); match !== null; match = WORD_RUN.exec(text)) {
    const word = match[0];
    // Case folding maps one character to one of the same length: a word of another length differs.
    if (word.length === previous.length && ONLY_SPACE.test(text.slice(previousEnd, match.index))) {
      // Either case mapping: together they answer yes wherever case folding would ("ſ", "K").
      if (word.toLowerCase() === previous.toLowerCase() || word.toUpperCase() === previous.toUpperCase()) return true;
    }
    previous = word;
    previousEnd = match.index + word.length;
  }
  return false;
}

/** [start, end) of each repeat to remove (the space and the second copy), in text order. */
export function repeatedWordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!mayRepeat(text)) return spans;
  const parts = pieces(text);
  for (const piece of parts) {
    // A text of one piece was just asked.
    if (parts.length > 1 && !mayRepeat(piece.text)) continue;
    for (const message of finder.processSync(piece.text).messages) {
      const place = message.place;
      if (!place || !('start' in place)) continue;
      const { start, end } = place;
      if (start.offset === undefined || end.offset === undefined) continue;
      if (MAY_REPEAT.has((message.expected?.[0] ?? '').toLowerCase())) continue;
      const firstWordEnd = start.offset + piece.text.slice(start.offset, end.offset).search(/\s/);
      if (firstWordEnd > start.offset) spans.push([piece.at + firstWordEnd, piece.at + end.offset]);
    }
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
