/**
 * The last match of a pattern in the text before an offset, asked for many offsets of one
 * text: the text is scanned once and each question is a binary search. Scanning the text so
 * far for every question (every outlet name, every quotation of a paragraph) made a long
 * paragraph quadratic: 40,000 names in a 1 MB paragraph took minutes.
 *
 * The answers are those a scan of `text.slice(0, end)` gives, when the character before `end`
 * does not run on into the one at `end` as a word (callers ask before a name, a quotation, a
 * comma, a reporting verb or a clause boundary, never inside a word). A match of the whole
 * text that ends by `end` is then a match of the prefix as well, found the same way; a match
 * that starts before `end` and ends after it is not, and the prefix may hold a shorter match
 * from its start, so those few characters are scanned again.
 */

/** One match: where it starts and ends in the text, and what it matched. */
export interface PrefixMatch {
  index: number;
  end: number;
  value: string;
}

export class PrefixMatches {
  readonly #pattern: RegExp;
  readonly #text: string;
  readonly #matches: PrefixMatch[] = [];

  /** `pattern` must be global; it is copied, so the caller's `lastIndex` is never touched. */
  constructor(pattern: RegExp, text: string) {
    if (!pattern.global) throw new TypeError(`PrefixMatches: ${String(pattern)} must be global`);
    this.#pattern = new RegExp(pattern.source, pattern.flags);
    this.#text = text;
    for (const match of text.matchAll(this.#pattern)) {
      this.#matches.push({ index: match.index, end: match.index + match[0].length, value: match[0] });
    }
  }

  /** Every match, in text order. */
  get all(): readonly PrefixMatch[] {
    return this.#matches;
  }

  /** The last match in `text.slice(0, end)`, as a scan of that prefix would find it. */
  lastBefore(end: number): PrefixMatch | undefined {
    const matches = this.#matches;
    // The first match that ends after `end`.
    let low = 0;
    let high = matches.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (matches[middle]!.end > end) high = middle;
      else low = middle + 1;
    }
    const across = matches[low];
    if (across !== undefined && across.index < end) {
      const again = this.#lastInPrefix(across.index, end);
      if (again) return again;
    }
    return matches[low - 1];
  }

  /** The last match of a scan of `text.slice(0, end)` that starts at `from` or later. */
  #lastInPrefix(from: number, end: number): PrefixMatch | undefined {
    // matchAll starts from the pattern's lastIndex (it copies the pattern with it).
    this.#pattern.lastIndex = from;
    let found: PrefixMatch | undefined;
    for (const match of this.#text.slice(0, end).matchAll(this.#pattern)) {
      found = { index: match.index, end: match.index + match[0].length, value: match[0] };
    }
    return found;
  }
}
