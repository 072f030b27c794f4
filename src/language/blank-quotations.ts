/**
 * A paragraph with its quotations blanked out, so that patterns reading the reporter's words
 * (reporting verbs, outlet cues) never read inside what someone said. Attribution and the
 * outlet reader both read paragraphs this way.
 */
import type { QuotedSpan } from './language.ts';

/** The character a quotation is blanked with: invisible, never in an article, one code unit. */
export const QUOTATION_MASK = '\u2063';

/** The text with every quotation blanked out, same length; built in one pass, as a paragraph may hold thousands. */
export function blankQuotations(text: string, quotations: readonly QuotedSpan[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const { outer } of quotations) {
    parts.push(text.slice(cursor, outer.start), QUOTATION_MASK.repeat(outer.end - outer.start));
    cursor = outer.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
