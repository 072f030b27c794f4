/**
 * Which direct quotations cleaning altered: the quotations of each cleaned paragraph are
 * paired, in order, with those of the raw paragraph it came from; a pair whose words differ
 * (ignoring quotation-mark style and spacing) is altered. Comparing finished texts, rather
 * than tracking offsets through every pass, keeps this exact however the passes change.
 */
import { quotationSpans } from './tree.ts';

export interface AlteredQuotation {
  /** 1-based cleaned paragraph. */
  paragraph: number;
  /** The quotation as it reads after cleaning, marks included. */
  text: string;
  /** The same quotation as received. */
  original: string;
}

function quotations(text: string): string[] {
  return quotationSpans(text).map(([start, end]) => text.slice(start, end));
}

/** Words only: marks, case of quotation marks and spacing do not make a quotation different. */
function wording(quotation: string): string {
  return quotation
    .replace(/["“”]/g, '')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function alteredQuotations(
  rawParagraphs: readonly string[],
  paragraphs: readonly string[],
  origins: readonly number[],
): AlteredQuotation[] {
  const altered: AlteredQuotation[] = [];
  paragraphs.forEach((text, index) => {
    const raw = quotations(rawParagraphs[(origins[index] ?? 0) - 1] ?? '');
    quotations(text).forEach((quotation, position) => {
      const original = raw[position];
      if (original === undefined || wording(original) !== wording(quotation)) {
        altered.push({ paragraph: index + 1, text: quotation, original: original ?? '' });
      }
    });
  });
  return altered;
}
