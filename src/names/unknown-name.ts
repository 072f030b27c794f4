/**
 * What the report of unknown names reads and what it proposes: names of people and
 * organisations that appear in the sources but that no actor or outlet of the registry
 * covers, so a maintainer adding a source learns which actors to add.
 */

/** One source to scan: its id, its language and its paragraphs as its page numbers them. */
export interface SourceText {
  /** Source id (file name without extension). */
  slug: string;
  /** BCP 47 tag of the source's language: its words are read with that language's rules (languageFor). */
  language: string;
  /** Plain-text paragraphs, in order; paragraph 1 is the first. */
  paragraphs: readonly string[];
}

/** What an unknown name most likely refers to. */
export type UnknownNameKind = 'person' | 'organisation' | 'unknown';

/** A paragraph where an unknown name appears. */
export interface UnknownNameOccurrence {
  /** Source id. */
  slug: string;
  /** Paragraph number, counting from 1 as the source page does. */
  paragraph: number;
}

/** A name found in the sources that no actor or outlet covers. */
export interface UnknownName {
  /** The name as the sources write it, without a title ("Jane Doe", not "Minister Jane Doe"). */
  name: string;
  /** Person, organisation, or unknown when the text gives no evidence either way. */
  kind: UnknownNameKind;
  /** Paragraphs where it appears (once per paragraph), in source order then paragraph order. */
  occurrences: UnknownNameOccurrence[];
}
