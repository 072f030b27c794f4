/**
 * A name matcher that reads each distinct text once. A build reads every paragraph of every
 * source with the matcher several times (the actor index, quotation attribution, outlet
 * citations, passage alignment, the unknown-names report); sharing one of these across them
 * turns five scans of the corpus into one. Matches are kept for the matcher's lifetime, so
 * share it per build, not for ever.
 */
import { NameMatcher, type NameMatch } from './name-matcher.ts';

export class MemoNameMatcher extends NameMatcher {
  readonly #found = new Map<string, NameMatch[]>();

  /** As `NameMatcher.find`; a fresh array each time, so a caller may reorder it. */
  override find(text: string): NameMatch[] {
    let found = this.#found.get(text);
    if (!found) {
      found = super.find(text);
      this.#found.set(text, found);
    }
    return [...found];
  }
}
