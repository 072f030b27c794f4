/**
 * Swaps inside a word. A spinner that replaces thesaurus words wherever their letters occur,
 * word boundaries or not, breaks words from the inside: "forward" holds "war", and comes out
 * as "forwarfared"-like strings no edited English writes. Such a word is read back as the
 * known words one inverse swap of a piece would make: for each piece of at least
 * MIN_PIECE letters that is a form the thesaurus table lists, each of its candidates put in
 * its place; only results the model knows (it must score them) are kept. A piece with fewer
 * than MIN_PIECE letters of the word around it is read only where the word is no plain
 * misspelling (see `insideWordSwaps`). Which one, if any,
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

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** English's inflectional and commonest derivational endings, a closed class. */
const ENDING = /^(?:s|es|ed|d|ly|y|er|r|en|n)$/;
/** Whether a piece at `at` is the start of the word and only an ending follows it: a misspelt inflection of the piece. */
function inflectedPiece(at: number, after: string): boolean {
  return at === 0 && ENDING.test(after);
}

/** Whether a known English word is one edit (a letter deleted, added, changed or two swapped) from `word`. */
function oneEditFromWord(model: EnglishModel, word: string): boolean {
  const known = (candidate: string) => candidate !== word && isEnglishWord(model, candidate);
  for (let at = 0; at <= word.length; at += 1) {
    if (at < word.length && known(word.slice(0, at) + word.slice(at + 1))) return true;
    if (at + 1 < word.length && known(word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2))) return true;
    for (const letter of LETTERS) {
      if (known(word.slice(0, at) + letter + word.slice(at))) return true;
      if (at < word.length && known(word.slice(0, at) + letter + word.slice(at + 1))) return true;
    }
  }
  return false;
}

/** Every inverse swap of one piece of `word` that makes a word the model knows; none when English knows `word`. */
export function insideWordSwaps(model: EnglishModel, word: string): InsideWordSwap[] {
  if (word.length < MIN_WORD || word.length > MAX_WORD || !/^[a-z]+$/.test(word) || isEnglishWord(model, word)) return [];
  const found: InsideWordSwap[] = [];
  const seen = new Set<string>();
  let misspelt: boolean | undefined;
  for (let at = 0; at < word.length; at += 1) {
    for (let end = at + MIN_PIECE; end <= word.length; end += 1) {
      const written = word.slice(at, end);
      const originals = model.candidates(written);
      if (originals.length === 0) continue;
      // A piece with only a letter or two around it ("slocustt": "tree" → "locust" in
      // "street") is read only where that is not a plain misspelling: not a known word and an
      // ending ("subsidys", "basicly": a misspelt inflection), nor one edit from a known word
      // ("speach"; asked once per word, and only here: a long word's edits are many).
      if (word.length - (end - at) < MIN_PIECE && (inflectedPiece(at, word.slice(end)) || (misspelt ??= oneEditFromWord(model, word)))) continue;
      for (const original of originals) {
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
