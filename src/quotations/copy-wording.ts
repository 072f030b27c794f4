/**
 * Whose words a source's text is. A clean copy's text is the outlet's as published; a copy
 * that went through a spinner or a round-trip translation, even cleaned, is our cleaning of
 * a damaged copy: its words are not the outlet's, and no label may say they are. Used by
 * every place that shows a source's words (its own page, question pages, the compare page,
 * search results).
 */
import type { CleaningRecord } from '../schemas/cleaning-record.ts';
import { isWordingDamage, wordingDamageWords } from '../schemas/damage-kinds.ts';

/** What a source's words are, for a label that tells the truth. */
export interface CopyWording {
  /** True when the copy was spun or machine-translated (declared or found). */
  damaged: boolean;
  /** The label for evidence drawn from it, to follow "The evidence, in …". */
  evidenceLabel: string;
  /** What the copy's own page says above its text: whose words they are; none for a clean copy. */
  notice: string | undefined;
  /** The line a search result from it shows beside its passages; none for a clean copy. */
  searchNote: string | undefined;
}

/** How a source's words stand, from the damage it declares and its cleaning record's findings. */
export function copyWording(declared: readonly string[], record: Pick<CleaningRecord, 'damageFound'> | undefined): CopyWording {
  const kinds = [...new Set([...declared, ...(record?.damageFound ?? [])])].filter(isWordingDamage).sort();
  if (kinds.length === 0) return { damaged: false, evidenceLabel: 'the source’s own words', notice: undefined, searchNote: undefined };
  const copyWas = kinds.map((kind) => wordingDamageWords[kind].copyWas).join(' and ');
  return {
    damaged: true,
    evidenceLabel: `the words of our cleaned copy, which was ${copyWas}: not necessarily the outlet’s`,
    notice: `The text below is our cleaning of a copy that was ${copyWas}: its words, quotations included, are not necessarily the outlet’s.`,
    searchNote: 'A damaged copy, cleaned: its words, quotations included, are not necessarily the outlet’s.',
  };
}

/** How many of the record's restorations short of certain (or damaged passages) fall in [start, end) of a paragraph. */
export function doubtfulRestorations(record: Pick<CleaningRecord, 'changes'> | undefined, paragraph: number, start: number, end: number): number {
  if (!record) return 0;
  return record.changes.filter(
    (change) => change.confidence !== 'certain' && change.paragraph === paragraph && change.span !== null && change.span[0] < end && change.span[1] > start,
  ).length;
}
