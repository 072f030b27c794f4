/**
 * What a source page marks in its text, read from the source's cleaning record, so doubt is
 * shown where the reader reads and not only in a list at the foot of the page:
 *
 * - every restoration short of certain, on its words (`probable`, `guess`);
 * - every passage known to be damaged and left as received (`damaged`);
 * - inside a quotation, the exact words cleaning changed (`altered`, the † of the list of
 *   quotations we altered), whatever its confidence;
 * - every quotation whose words are not the outlet's as published: `unverified` (a damaged
 *   copy's wording), `corroborated` or `restored` (by another source);
 * - every paragraph whose damage cleaning did not undo (`unrestored`, on the paragraph itself:
 *   its wording is still the damaged copy's, see scripts/clean/unrestored-paragraphs.ts).
 *
 * Each mark links to where its reason is written in full: a change's row and an unrestored
 * paragraph's entry on the page of every change, a quotation's entry in "Who is quoted".
 */
import type { CleaningRecord, QuotationStatus } from '../schemas/cleaning-record.ts';
import { changePageOf } from '../route-data/change-pages.ts';

/** What a mark says about its words. */
export type MarkKind = 'probable' | 'guess' | 'damaged' | 'altered' | 'quotation' | 'unrestored';

/** One mark in a paragraph's text. */
export interface CleaningMark {
  /** 1-based paragraph. */
  paragraph: number;
  /** [start, end) in the paragraph's text (0, 0 for a mark on the whole paragraph). */
  start: number;
  end: number;
  /** The words the record says stand there, when it knows them, to check the page shows them. */
  text?: string;
  kind: MarkKind;
  /** For a quotation: what its words rest on. */
  status?: QuotationStatus;
  /** The fragment of the page the mark links to (`change-12`, `quotation-9-1`). */
  target: string;
  /** For a mark whose reason is on the source's changes: the page of them that holds it (1 for the first). */
  page?: number;
  /** The accessible name of the mark's link, which says what the mark means. */
  label: string;
}

/** Id of a change's row in the change list: its 1-based number in the record. */
export const changeAnchor = (index: number) => `change-${index + 1}`;

/** Id of an unrestored paragraph's entry on the page of every change. */
export const unrestoredAnchor = (paragraph: number) => `unrestored-${paragraph}`;

/** Id of a quotation's entry on its source page: paragraph and place among the paragraph's quotations. */
export const quotationAnchor = (paragraph: number, position: number) => `quotation-${paragraph}-${position + 1}`;

/** The symbol shown after marked words, by kind; the legend above the text explains them. */
export const MARK_SYMBOLS: Readonly<Record<Exclude<MarkKind, 'quotation' | 'unrestored'>, string>> = {
  probable: '≈',
  guess: '?',
  damaged: '!',
  altered: '†',
};

/** The words a paragraph's mark shows (drawn by the stylesheet) and begins its accessible name with. */
export const UNRESTORED_MARK_TEXT = 'wording in doubt';

const LABELS: Readonly<Record<Exclude<MarkKind, 'quotation' | 'unrestored'>, string>> = {
  probable: 'Probable restoration',
  guess: 'A guess',
  damaged: 'Damaged, left as received',
  altered: 'Words of a quotation changed by cleaning',
};

/** Labels of the quotation marks, which are words rather than symbols. */
export const QUOTATION_MARK_TEXT: Readonly<Record<Exclude<QuotationStatus, 'verbatim'>, string>> = {
  unverified: 'unverified wording',
  corroborated: 'corroborated',
  restored: 'restored',
};

/** A change that only flags a passage: its words are as received. */
const isFlag = (change: CleaningRecord['changes'][number]) => change.before === change.after;

/** The marks of one source's text, from its record; in paragraph and text order, outer before inner. */
export function cleaningMarks(record: Pick<CleaningRecord, 'changes' | 'quotations' | 'unrestoredParagraphs'>): CleaningMark[] {
  // Paragraphs first: they are the outermost marks.
  const marks: CleaningMark[] = record.unrestoredParagraphs.map((unrestored) => ({
    paragraph: unrestored.paragraph,
    start: 0,
    end: 0,
    kind: 'unrestored',
    target: unrestoredAnchor(unrestored.paragraph),
    label: `Paragraph ${unrestored.paragraph}, ${UNRESTORED_MARK_TEXT}. ${unrestored.reason}`,
  }));
  // Quotations first: they are the outer marks.
  const positions = new Map<number, number>();
  for (const quotation of record.quotations) {
    const position = positions.get(quotation.paragraph) ?? 0;
    positions.set(quotation.paragraph, position + 1);
    if (quotation.status === 'verbatim') continue;
    const [start, end] = quotation.span;
    marks.push({
      paragraph: quotation.paragraph,
      start,
      end,
      text: quotation.text,
      kind: 'quotation',
      status: quotation.status,
      target: quotationAnchor(quotation.paragraph, position),
      label: `${QUOTATION_MARK_TEXT[quotation.status]}: what this quotation rests on`,
    });
  }
  const quoted = quotationCover(record.quotations);
  const pageOf = changePageOf(record);
  // Words: one mark per place, the weakest confidence winning when several changes share it.
  const byPlace = new Map<string, CleaningMark>();
  const rank: Record<MarkKind, number> = { damaged: 0, guess: 1, probable: 2, altered: 3, quotation: 4, unrestored: 5 };
  record.changes.forEach((change, index) => {
    if (change.location !== 'body' || change.paragraph === null || !change.span) return;
    const [start, end] = change.span;
    if (end <= start) return;
    const inQuotation = quoted(change.paragraph, start, end) && !isFlag(change) && change.before !== change.after;
    let kind: Exclude<MarkKind, 'quotation' | 'unrestored'> | undefined;
    if (isFlag(change)) kind = 'damaged';
    else if (change.confidence !== 'certain') kind = change.confidence;
    else if (inQuotation && !change.ruleId.startsWith('corroboration/') && wordsDiffer(change.before, change.after)) kind = 'altered';
    if (!kind) return;
    const key = `${change.paragraph}:${start}:${end}`;
    const existing = byPlace.get(key);
    if (existing && rank[existing.kind] <= rank[kind]) return;
    const inside = inQuotation && kind !== 'altered' ? ', inside a quotation' : '';
    byPlace.set(key, {
      paragraph: change.paragraph,
      start,
      end,
      // A later edit may have widened the span past the change's own words.
      ...(end - start === change.after.length ? { text: change.after } : {}),
      kind,
      target: changeAnchor(index),
      page: pageOf.get(index) ?? 1,
      label: `${LABELS[kind]}${inside} (change ${index + 1}): see why`,
    });
  });
  marks.push(...byPlace.values());
  const whole = (mark: CleaningMark) => (mark.kind === 'unrestored' ? 0 : 1);
  return marks.sort(
    (a, b) => a.paragraph - b.paragraph || whole(a) - whole(b) || a.start - b.start || b.end - a.end || (a.kind === 'quotation' ? -1 : b.kind === 'quotation' ? 1 : 0),
  );
}

/**
 * Whether [start, end) lies inside one of a paragraph's quotations, answered by binary
 * search: each paragraph's quotations sorted by start, with the furthest end reached so far
 * (a change per quotation in a long paragraph made a scan of all of them quadratic).
 */
function quotationCover(quotations: Pick<CleaningRecord, 'quotations'>['quotations']): (paragraph: number, start: number, end: number) => boolean {
  const byParagraph = new Map<number, { starts: number[]; reach: number[] }>();
  const sorted = [...quotations].sort((a, b) => a.paragraph - b.paragraph || a.span[0] - b.span[0]);
  for (const quotation of sorted) {
    let entry = byParagraph.get(quotation.paragraph);
    if (!entry) byParagraph.set(quotation.paragraph, (entry = { starts: [], reach: [] }));
    entry.starts.push(quotation.span[0]);
    entry.reach.push(Math.max(entry.reach.at(-1) ?? -Infinity, quotation.span[1]));
  }
  return (paragraph, start, end) => {
    const entry = byParagraph.get(paragraph);
    if (!entry || start >= end) return false;
    // The last quotation starting at or before `start`; any earlier one reaching `end` covers it.
    let low = 0;
    let high = entry.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((entry.starts[middle] ?? Infinity) <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (entry.reach[low - 1] ?? -Infinity) >= end;
  };
}

/** True when two texts differ in their words, not only in marks, case or spacing. */
function wordsDiffer(before: string, after: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
  return words(before) !== words(after);
}
