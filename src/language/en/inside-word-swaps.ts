/**
 * Swaps inside a word. A spinner that replaces thesaurus words wherever their letters occur,
 * word boundaries or not, breaks words from the inside: "forward" holds "war", and comes out
 * as "forwarfared"-like strings no edited English writes. Such a word is read back as the
 * known words one inverse swap of a piece would make: for each piece of at least
 * MIN_PIECE letters, leaving at least MIN_PIECE letters of the word around it, that is a form
 * the thesaurus table lists, each of its candidates put in
 * its place; only results the model knows (it must score them) are kept. Which one, if any,
 * is restored is the un-spinner's decision, in context, like any other swap
 * (`swap-readings.ts`).
 *
 * Only words English does not know are read this way (`english-words.ts`): a known word's
 * pieces are the author's ("warden" is not a broken "guardian"), and measured on the Brown
 * corpus, a million words of edited English, every word's reading is then none.
 */
import { isEnglishWord } from './english-words.ts';
import type { EnglishModel } from './language-model.ts';

/** Shortest piece read as a swap: two-letter "words" occur inside nearly every word. */
export const MIN_PIECE = 3;
/** Shortest word read this way: a broken word keeps the letters around its piece. */
const MIN_WORD = MIN_PIECE + 1;
/**
 * Longest word read this way: a piece swap lengthens a word by a few letters, and the pieces of
 * a word are quadratic in its length (a run of thousands of letters in hostile input would
 * cost millions of lookups).
 */
const MAX_WORD = 30;

export interface InsideWordSwap {
  /** The known word the inverse swap makes. */
  word: string;
  /** The piece as written, and where it starts in the broken word. */
  written: string;
  at: number;
  /** The thesaurus word it stands for. */
  original: string;
}

/** Every inverse swap of one piece of `word` that makes a word the model knows; none when English knows `word`. */
export function insideWordSwaps(model: EnglishModel, word: string): InsideWordSwap[] {
  if (word.length < MIN_WORD || word.length > MAX_WORD || !/^[a-z]+$/.test(word) || isEnglishWord(model, word)) return [];
  const found: InsideWordSwap[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < word.length; at += 1) {
    for (let end = at + MIN_PIECE; end <= word.length; end += 1) {
      // The rest of the word must be a piece too: a word that is a known word but for a
      // letter or two ("subsidys") is a misspelt inflection, not a swap inside a longer word.
      if (word.length - (end - at) < MIN_PIECE) continue;
      const written = word.slice(at, end);
      for (const original of model.candidates(written)) {
        if (!/^[a-z]+$/.test(original)) continue;
        const restored = word.slice(0, at) + original + word.slice(end);
        if (seen.has(restored) || model.id(restored) === undefined) continue;
        seen.add(restored);
        found.push({ word: restored, written, at, original });
      }
    }
  }
  return found;
}
