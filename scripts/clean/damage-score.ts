/**
 * The damage score of a cleaned article: how many fingerprints of damage were found,
 * how many fixed and how many left, and the share of the raw words that cleaning changed.
 */
import { LETTER, LETTER_OR_DIGIT } from '../../src/language/letter-classes.ts';

export interface DamageScore {
  /** Fingerprints of damage found: fixed plus left. */
  found: number;
  /** Fingerprints the cleaner or the editors restored. */
  fixed: number;
  /** Fingerprints left as received: uncertain passages and suspects whose rule did not apply. */
  left: number;
  /** Words in the raw text. */
  words: number;
  /** Raw words removed or replaced by cleaning. */
  wordsChanged: number;
  /** wordsChanged / words, 0 to 1, rounded to four places. */
  shareChanged: number;
}

/** Rules that only normalise typography; they are not evidence of damage. */
const NORMALISATION = /^(?:whitespace\/|typography\/(?:double|single)-quote$)/;
const LEFT = /^editorial\/uncertain$/;

/** A word: `[\p{L}\p{N}]+(?:’\p{L}+)?`, ASCII first (letter-classes.ts). */
const WORD = new RegExp(`${LETTER_OR_DIGIT}+(?:’${LETTER}+)?`, 'gu');

/** Words compared as words: case and apostrophe style do not make one different. */
function words(text: string): string[] {
  // Every word of every article: the whole text lowered and its apostrophes curled once, not
  // word by word.
  return text.toLowerCase().replace(/'/g, '’').match(WORD) ?? [];
}

/**
 * Raw words with no counterpart in the cleaned text, counted as a multiset difference:
 * linear in the text's length (a word diff is quadratic, and articles can be long), and
 * equal to the diff's count wherever cleaning replaces or removes words in place.
 */
function wordsRemoved(raw: readonly string[], clean: readonly string[]): number {
  const available = new Map<string, number>();
  for (const word of clean) available.set(word, (available.get(word) ?? 0) + 1);
  let removed = 0;
  for (const word of raw) {
    const count = available.get(word) ?? 0;
    if (count > 0) available.set(word, count - 1);
    else removed += 1;
  }
  return removed;
}

export function damageScore(
  rawText: string,
  cleanText: string,
  ruleIds: readonly string[],
  suspects: number,
): DamageScore {
  const fixed = ruleIds.filter((id) => !NORMALISATION.test(id) && !LEFT.test(id)).length;
  const left = ruleIds.filter((id) => LEFT.test(id)).length + suspects;
  const rawWords = words(rawText);
  const wordsChanged = wordsRemoved(rawWords, words(cleanText));
  return {
    found: fixed + left,
    fixed,
    left,
    words: rawWords.length,
    wordsChanged,
    shareChanged: rawWords.length === 0 ? 0 : Math.round((wordsChanged / rawWords.length) * 10_000) / 10_000,
  };
}
