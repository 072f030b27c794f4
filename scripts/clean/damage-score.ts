/**
 * The damage score of a cleaned article: how many fingerprints of damage were found,
 * how many fixed and how many left, and the share of the raw words that cleaning changed.
 */
import { diffWords } from 'diff';

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

const countWords = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

export function damageScore(
  rawText: string,
  cleanText: string,
  ruleIds: readonly string[],
  suspects: number,
): DamageScore {
  const fixed = ruleIds.filter((id) => !NORMALISATION.test(id) && !LEFT.test(id)).length;
  const left = ruleIds.filter((id) => LEFT.test(id)).length + suspects;
  const words = countWords(rawText);
  const wordsChanged = diffWords(rawText, cleanText)
    .filter((part) => part.removed)
    .reduce((sum, part) => sum + countWords(part.value), 0);
  return {
    found: fixed + left,
    fixed,
    left,
    words,
    wordsChanged,
    shareChanged: words === 0 ? 0 : Math.round((wordsChanged / words) * 10_000) / 10_000,
  };
}
