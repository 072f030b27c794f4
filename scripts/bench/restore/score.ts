/**
 * How close a restored text is to its original: word error rate, and which of the
 * cleaner's changes were right (a change is right when the word it put in is the original's).
 */
import { diffArrays } from 'diff';
import type { CleanedArticle } from '../../clean/pipeline.ts';

/** A cleaned article as one text to score: its headline, then its paragraphs. */
export const cleanedText = (article: CleanedArticle): string => [...(article.headline === undefined ? [] : [article.headline]), ...article.paragraphs].join('\n\n');

/** Words as compared: case-insensitive, apostrophes and dashes unified. */
export function words(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((word) => word.toLowerCase().replace(/’/g, "'"));
}

/** Word-level edit distance (substitutions, insertions, deletions). */
export function editDistance(from: readonly string[], to: readonly string[]): number {
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  for (let row = 1; row <= from.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= to.length; column += 1) {
      const cost = from[row - 1] === to[column - 1] ? 0 : 1;
      current[column] = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[to.length] ?? 0;
}

/**
 * For each word of `from`, the word of `to` aligned with it (null where removed): unchanged
 * runs align one to one, a replaced run position by position.
 */
export function align(from: readonly string[], to: readonly string[]): Array<string | null> {
  const aligned: Array<string | null> = [];
  const parts = diffArrays([...from], [...to]);
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    if (!part || part.added) continue;
    if (!part.removed) {
      aligned.push(...part.value);
      continue;
    }
    const next = parts[index + 1];
    const replacement = next?.added ? next.value : [];
    part.value.forEach((_, at) => aligned.push(replacement[at] ?? null));
    if (next?.added) index += 1;
  }
  return aligned;
}

export interface ChangeScore {
  /** Damaged words the cleaner changed. */
  changed: number;
  /** … of which now read as the original. */
  right: number;
  /** Damaged words that differ from the original. */
  damaged: number;
}

export function scoreChanges(original: string, damaged: string, cleaned: string): ChangeScore {
  const damagedWords = words(damaged);
  const toOriginal = align(damagedWords, words(original));
  const toCleaned = align(damagedWords, words(cleaned));
  let changed = 0;
  let right = 0;
  let damagedCount = 0;
  damagedWords.forEach((word, index) => {
    const originalWord = toOriginal[index];
    const cleanedWord = toCleaned[index];
    if (originalWord !== word) damagedCount += 1;
    if (cleanedWord !== word) {
      changed += 1;
      if (originalWord !== word && cleanedWord === originalWord) right += 1;
    }
  });
  return { changed, right, damaged: damagedCount };
}
