/**
 * Whether cleaning altered a quotation, so every page that shows the quotation can say so
 * (the source page marks it †; actor pages must not present restored words as the
 * speaker's own without the same warning).
 */
import type { QuotationMark } from '../markdown/rehype-altered-quotations';

const MARKS = /^[\s"“”„«»]+|[\s"“”„«»,]+$/gu;

/** 1-based number of the altered quotation that covers this one, or undefined. */
export function alteredQuotationNumber(
  altered: readonly QuotationMark[],
  quotation: { paragraph: number; text: string },
): number | undefined {
  const index = altered.findIndex((mark) => {
    if (mark.paragraph !== quotation.paragraph) return false;
    const words = mark.text.replace(MARKS, '');
    return words.includes(quotation.text) || quotation.text.includes(words);
  });
  return index < 0 ? undefined : index + 1;
}
