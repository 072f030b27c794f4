/**
 * Direct quotations in a paragraph of plain text, and the paragraph's sentences.
 *
 * Cleaned sources use curly quotes, hand-written ones may use straight quotes; both are
 * read. Single quotes are left alone: in English text they are far more often apostrophes,
 * and in British style they mark quotations inside quotations. A quotation left open at
 * the end of a paragraph runs to the paragraph's end (news style reopens it in the next).
 * Sentences are split outside quotations only, so a quoted "Stop. Now." stays one sentence.
 */
import { TITLES_BEFORE_NAMES } from '../language/en/titles.ts';

/** A span of a paragraph's text. */
export interface Span {
  start: number;
  end: number;
}

/** One direct quotation. */
export interface QuotedSpan {
  /** From the opening mark to just past the closing mark (or the paragraph's end). */
  outer: Span;
  /** The quoted words, without the marks. */
  inner: Span;
  /** True when no closing mark was found in the paragraph. */
  open: boolean;
}

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

/** Words whose full stop does not end a sentence: these, and the abbreviated titles before names ("Adm. Sofia Marsh"). */
const ABBREVIATIONS = new Set([
  'st', 'jr', 'sr', 'vs', 'no', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec',
  ...Object.entries(TITLES_BEFORE_NAMES).filter(([, form]) => form === 'abbreviation').map(([title]) => title),
]);

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
  return (word.length === 1 && word === word.toUpperCase()) || ABBREVIATIONS.has(word.toLowerCase());
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
