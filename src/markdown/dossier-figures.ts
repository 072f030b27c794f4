/**
 * The dossier's own numbers about its cleaning, computed from the cleaning records at each
 * build, so the method page states what the records hold and never a number typed once and
 * left to go stale. The editors' prose names a figure as `{{changes.probable}}` (see
 * remark-dossier-figures.ts); these are the names.
 */
import type { CleaningRecord } from '../schemas/cleaning-record.ts';

/** A figure's name and how it is counted from the records. */
const FIGURES: Readonly<Record<string, (records: readonly CleaningRecord[]) => number>> = {
  'sources.cleaned': (records) => records.length,
  'changes.total': (records) => changes(records).length,
  'changes.certain': (records) => changes(records).filter((change) => change.confidence === 'certain').length,
  'changes.probable': (records) => changes(records).filter((change) => change.confidence === 'probable').length,
  'changes.guess': (records) => changes(records).filter((change) => change.confidence === 'guess').length,
  'changes.meaning-bearing': (records) => changes(records).filter((change) => change.meaning.length > 0).length,
  'changes.meaning-bearing-certain': (records) => changes(records).filter((change) => change.meaning.length > 0 && change.confidence === 'certain').length,
  'changes.with-evidence': (records) => changes(records).filter((change) => change.evidence !== undefined).length,
  'changes.in-quotations': (records) => changes(records).filter((change) => change.inQuotation && wordsChanged(change)).length,
  'changes.editorial': (records) => changes(records).filter((change) => change.ruleId.startsWith('editorial/') && change.ruleId !== 'editorial/uncertain').length,
  'passages.damaged': (records) => records.flatMap((record) => record.changes).filter((change) => change.before === change.after).length,
  'quotations.total': (records) => quotations(records).length,
  'quotations.verbatim': (records) => quotations(records).filter((quotation) => quotation.status === 'verbatim').length,
  'quotations.corroborated': (records) => quotations(records).filter((quotation) => quotation.status === 'corroborated').length,
  'quotations.restored': (records) => quotations(records).filter((quotation) => quotation.status === 'restored').length,
  'quotations.unverified': (records) => quotations(records).filter((quotation) => quotation.status === 'unverified').length,
  'quotations.altered': (records) => quotations(records).filter((quotation) => quotation.altered.length > 0).length,
};

/** Changes of words or form; a flag that leaves a damaged passage as received is not one. */
const changes = (records: readonly CleaningRecord[]) => records.flatMap((record) => record.changes).filter((change) => change.before !== change.after);
const quotations = (records: readonly CleaningRecord[]) => records.flatMap((record) => record.quotations);
const wordsChanged = (change: CleaningRecord['changes'][number]) => {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
  return words(change.before) !== words(change.after);
};

/** Every figure's name. */
export const FIGURE_NAMES: readonly string[] = Object.keys(FIGURES);

/** Every figure, computed from the records. */
export function dossierFigures(records: readonly CleaningRecord[]): ReadonlyMap<string, number> {
  return new Map(Object.entries(FIGURES).map(([name, count]) => [name, count(records)]));
}
