/**
 * A word-level diff between the text as received and as cleaned, for readers: runs of
 * unchanged, removed and added text, in order.
 */
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.removed ? 'removed' : part.added ? 'added' : 'same',
    text: part.value,
  }));
}
