/**
 * Direct quotations in a paragraph of English plain text.
 *
 * Cleaned sources use curly quotes, hand-written ones may use straight quotes; both are
 * read. Single quotes are left alone: in English text they are far more often apostrophes,
 * and in British style they mark quotations inside quotations. A quotation left open at
 * the end of a paragraph runs to the paragraph's end (news style reopens it in the next).
 */
import type { QuotedSpan } from '../language.ts';

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

export function findQuotations(text: string): QuotedSpan[] {
  const quotations: QuotedSpan[] = [];
  let openedAt = -1;
  let opener = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (openedAt < 0) {
      if (OPENING.has(char) || char === STRAIGHT) {
        openedAt = index;
        opener = char;
      }
    } else if ((opener === STRAIGHT && char === STRAIGHT) || (opener !== STRAIGHT && CLOSING.has(char))) {
      quotations.push({ outer: { start: openedAt, end: index + 1 }, inner: { start: openedAt + 1, end: index }, open: false });
      openedAt = -1;
    }
  }
  if (openedAt >= 0) {
    quotations.push({ outer: { start: openedAt, end: text.length }, inner: { start: openedAt + 1, end: text.length }, open: true });
  }
  return quotations.filter((quotation) => text.slice(quotation.inner.start, quotation.inner.end).trim() !== '');
}
