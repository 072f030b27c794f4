/**
 * The wording of a quotation, typography aside: what two sources must share for one to
 * corroborate the other. Case, quotation marks, apostrophe and dash styles, punctuation and
 * spacing do not count; the words and their order do. Each word keeps where it stands in
 * the text, so a match can be cut out of the source that carries it exactly as written.
 */

/** One word of a text. */
export interface WordingWord {
  /** Lower case, apostrophes straightened: what is compared. */
  key: string;
  /** Offset of the word's first character in the text. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/** Letters and digits, with apostrophes inside a word ("didn’t", "Brenn’s") kept in it. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of a text, in order, with their offsets. */
export function wordingWords(text: string): WordingWord[] {
  return [...text.matchAll(WORD)].map((match) => ({
    key: match[0].toLowerCase().replace(/’/g, "'"),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The comparison key of a whole text: its words joined by single spaces. */
export function wordingKey(text: string): string {
  return wordingWords(text)
    .map((word) => word.key)
    .join(' ');
}

/** Length of the longest common subsequence of two word lists (by key). */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // One row at a time: quotations are short, but nothing here assumes it.
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Where a quotation's wording stands in another text, and how alike the two are. */
export interface WordingMatch {
  /** Offsets, in the other text, from the first to the last word of the window. */
  start: number;
  end: number;
  /** 2 × common words ÷ (words of the quotation + words of the window): 1 when identical. */
  similarity: number;
  /** Words in common, in order. */
  common: number;
  /** True when the window's words are the quotation's words exactly (typography aside). */
  exact: boolean;
}

/** How far a window may be longer or shorter than the quotation: a spinner may turn a word into two. */
const WINDOW_SLACK = 2;

/**
 * The window of `text` (whole words, a length within WINDOW_SLACK words of the quotation's)
 * whose wording is most like `quotation`'s; undefined when they share no word. Ties go to the
 * earliest window, then the one closest in length, so the result depends on the texts only.
 */
export function bestWindow(quotation: readonly WordingWord[], text: readonly WordingWord[]): WordingMatch | undefined {
  const wanted = quotation.map((word) => word.key);
  if (wanted.length === 0 || text.length === 0) return undefined;
  const present = new Set(wanted);
  let best: WordingMatch | undefined;
  let bestLengthGap = Number.POSITIVE_INFINITY;
  for (let from = 0; from < text.length; from += 1) {
    // A window that starts on a word the quotation lacks is never better than the one after it.
    if (!present.has(text[from]?.key ?? '')) continue;
    const minimum = Math.max(1, wanted.length - WINDOW_SLACK);
    const maximum = Math.min(text.length - from, wanted.length + WINDOW_SLACK);
    for (let length = minimum; length <= maximum; length += 1) {
      const window = text.slice(from, from + length);
      const keys = window.map((word) => word.key);
      const common = commonWords(wanted, keys);
      const similarity = (2 * common) / (wanted.length + length);
      const gap = Math.abs(length - wanted.length);
      if (!best || similarity > best.similarity || (similarity === best.similarity && gap < bestLengthGap)) {
        best = {
          start: window[0]?.start ?? 0,
          end: window.at(-1)?.end ?? 0,
          similarity,
          common,
          exact: common === wanted.length && length === wanted.length,
        };
        bestLengthGap = gap;
      }
    }
  }
  return best && best.common > 0 ? best : undefined;
}
