/**
 * English sentences of a paragraph of plain text. Sentences are split outside quotations
 * only, so a quoted "Stop. Now." stays one sentence, and never after an abbreviation's full
 * stop ("Mr. Doe") or a single capital's ("U.S.", "J. Smith").
 */
import type { QuotedSpan, Span } from '../language.ts';
import { SENTENCE_ABBREVIATIONS } from './abbreviations.ts';
import { findQuotations } from './quotations.ts';

/**
 * True when a quotation is open at `from` and still open at `to`. Quotations are in text
 * order and do not overlap (as `findQuotations` returns them), so only the last one to
 * open before `from` can be: found by binary search, as a paragraph may hold thousands of
 * sentence stops and quotations, and checking every quotation at every stop was quadratic.
 */
function quotedAcross(from: number, to: number, spans: readonly QuotedSpan[]): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.outer.start < from) low = middle + 1;
    else high = middle;
  }
  const span = spans[low - 1];
  return span !== undefined && span.outer.end > to;
}

function isAbbreviation(text: string, stop: number): boolean {
  const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? '';
  // A single capital ("U.S.", "J. Smith") or a known title or short form.
  return (word.length === 1 && word === word.toUpperCase()) || SENTENCE_ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentences as spans that cover the paragraph: a sentence ends at ".", "!" or "?" (with any
 * closing quotes or brackets after it) followed by white space and a capital, a digit or an
 * opening quote, never inside a quotation. `quotations` are the paragraph's, in text order,
 * as `findQuotations` returns them.
 */
export function splitSentences(text: string, quotations: readonly QuotedSpan[] = findQuotations(text)): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  const boundary = /[.!?]+["”’)\]]*(?=\s+["“‘(\[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(boundary)) {
    const stop = match.index;
    const end = stop + match[0].length;
    // A stop inside a quotation ends the sentence only if the quotation closes with it.
    if (quotedAcross(stop, end, quotations)) continue;
    if (match[0] === '.' && isAbbreviation(text, stop)) continue;
    sentences.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text.charAt(start))) start += 1;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}
