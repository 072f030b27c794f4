/**
 * A word-level diff between the text as received and as cleaned, for readers: runs of
 * unchanged, removed and added text, in order.
 *
 * Bounded. Myers' diff (the `diff` package) costs the texts' length times the number of
 * edits, so a long paragraph that cleaning changed throughout (a 1 MB seed with a spinner's
 * swap in every sentence) took minutes. The edit distance the diff may explore is capped so
 * that length × edits stays near MAX_DIFF_WORK (never under MIN_EDIT_LENGTH edits); past the
 * cap the paragraph is shown as removed whole and added whole, which is what such a diff
 * amounts to for a reader anyway. A real paragraph (a few kilobytes, tens of edits) is
 * thousands of times under the cap and diffs word by word as before. The cap is a count,
 * not a clock, so every build shows the same diff.
 */
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Characters × edits the diff may explore: about a second's work at worst. */
export const MAX_DIFF_WORK = 20_000_000;
/** The cap never goes below this many edits, however long the texts. */
export const MIN_EDIT_LENGTH = 100;

export function wordDiff(before: string, after: string): DiffPart[] {
  const maxEditLength = Math.max(MIN_EDIT_LENGTH, Math.floor(MAX_DIFF_WORK / Math.max(1, before.length + after.length)));
  const parts = diffWordsWithSpace(before, after, { maxEditLength });
  if (!parts) {
    return [
      ...(before === '' ? [] : [{ kind: 'removed' as const, text: before }]),
      ...(after === '' ? [] : [{ kind: 'added' as const, text: after }]),
    ];
  }
  return parts.map((part) => ({
    kind: part.removed ? 'removed' : part.added ? 'added' : 'same',
    text: part.value,
  }));
}
