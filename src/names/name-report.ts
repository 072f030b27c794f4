/**
 * What the report of names reads and what it proposes: names of people and organisations
 * that appear in the sources but that no actor or outlet of the registry covers, so a
 * maintainer adding a source learns which actors to add, and names the registry covers
 * written in forms it does not list, so the maintainer can add them as aliases.
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

/** A name the registry already covers, written another way ("Jane R. Doe" for "Jane Doe"). */
export interface KnownNameVariant {
  /** Registry the entry belongs to. */
  type: 'actor' | 'outlet';
  /** Id of the registry entry (its file name in content/actors/ or content/outlets/). */
  id: string;
  /** The ways the sources write it that the registry does not list, most frequent first. */
  forms: string[];
  /** Paragraphs where those forms appear (once per paragraph), in source order then paragraph order. */
  occurrences: UnknownNameOccurrence[];
}

/** What the report of names says: names no entry covers, and entries written in forms they do not list. */
export interface NameReport {
  /** Names no actor or outlet covers; most frequent first, then by name. */
  unknown: UnknownName[];
  /** Registry entries written another way; most frequent first, then by id. */
  variants: KnownNameVariant[];
}
