/**
 * What a quotation shown on the site rests on, wherever it is shown (source page, actor
 * page, question and compare evidence, search, open data): the same answer from the same
 * records. A source cleaned from a seed has its quotations' status in its cleaning record,
 * computed by the content build with the whole dossier (see scripts/clean/pipeline.ts); a
 * source written by hand is a clean copy (a damaged one must come in as a seed), so its
 * quotations are the outlet's words as published: verbatim.
 */
import type { ChangeEvidence, CleaningRecord, QuotationRecord, QuotationStatus } from '../schemas/cleaning-record.ts';

/** A quotation's standing, for display. */
export interface QuotationStanding {
  status: QuotationStatus;
  /** Other sources' paragraphs with the same words, or the one the words were restored from. */
  evidence: readonly ChangeEvidence[];
  /** [start, end) of words cleaning changed, relative to the quotation's text as shown. */
  altered: ReadonlyArray<readonly [number, number]>;
  /** True when the quotation's paragraph is still in the damaged copy's wording (the record's `unrestoredParagraphs`). */
  paragraphUnrestored: boolean;
}

/** The standing of a quotation in a source with no cleaning record: a clean copy's own words. */
export const VERBATIM: QuotationStanding = { status: 'verbatim', evidence: [], altered: [], paragraphUnrestored: false };

/** A quotation as the site finds it in a paragraph's text. */
export interface ShownQuotation {
  paragraph: number;
  /** The quoted words, marks excluded. */
  text: string;
  /** Offsets of the quoted words in the paragraph's text. */
  start: number;
}

/** The record's entry for a quotation found on the page: same paragraph, and the same words or part of them. */
function recordFor(records: readonly QuotationRecord[], quotation: ShownQuotation): QuotationRecord | undefined {
  return records.find((record) => record.paragraph === quotation.paragraph && (record.text.includes(quotation.text) || quotation.text.includes(record.text)));
}

/** The standing of one quotation of a source, from its record (undefined for a hand-written source). */
export function quotationStanding(record: Pick<CleaningRecord, 'quotations' | 'unrestoredParagraphs'> | undefined, quotation: ShownQuotation): QuotationStanding {
  if (!record) return VERBATIM;
  const found = recordFor(record.quotations, quotation);
  const paragraphUnrestored = record.unrestoredParagraphs.some((unrestored) => unrestored.paragraph === quotation.paragraph);
  // A quotation the record does not list (the page found one the cleaner did not): a
  // damaged copy's words unless the record says the copy is clean.
  if (!found) return { status: record.quotations.every((entry) => entry.status === 'verbatim') ? 'verbatim' : 'unverified', evidence: [], altered: [], paragraphUnrestored };
  // The record's offsets are the paragraph's; the page may show part of the quotation.
  const length = quotation.text.length;
  const altered = found.altered
    .map(([start, end]) => [Math.max(0, start - quotation.start), Math.min(length, end - quotation.start)] as const)
    .filter(([start, end]) => end > start);
  return { status: found.status, evidence: found.evidence, altered, paragraphUnrestored };
}

/** One sentence for readers on what the status means, for the quotation's source label. */
export function standingSentence(standing: QuotationStanding, nameOf: (slug: string) => string): string {
  const sources = [...new Set(standing.evidence.map((evidence) => nameOf(evidence.source ?? '')))];
  switch (standing.status) {
    case 'verbatim':
      return 'Worded exactly as the outlet printed it, in a copy that arrived undamaged.';
    case 'corroborated':
      return `The same words appear in ${sources.join(' and ')}, a copy that arrived undamaged.`;
    case 'restored':
      return `This copy's damaged wording was replaced by the words of ${sources.join(' and ')}, a copy that arrived undamaged.`;
    case 'unverified':
      // A paragraph whose damage cleaning could not undo: said, so the words never pass as the speaker's.
      return standing.paragraphUnrestored
        ? 'These are the words of a damaged copy (spun or machine-translated), in a paragraph whose damage cleaning could not undo: not necessarily what was said.'
        : 'These are the words of a damaged copy (spun or machine-translated), not necessarily what was said.';
  }
}

/** Short label of each status, for badges. */
export const STATUS_LABELS: Readonly<Record<QuotationStatus, string>> = {
  verbatim: 'as published',
  corroborated: 'corroborated',
  restored: 'restored from another source',
  unverified: 'unverified wording',
};
