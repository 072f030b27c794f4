/**
 * Titles of works in quotation marks are not quotations: “This Week” after "on ABN’s" is a
 * programme, not anyone's words, and it must neither be attributed nor lend its place to
 * the speaker's real quotation ("“…,” Ms. Varga said on ABN’s “Sunday Harbour.”").
 *
 * A title is told by its shape and its place, both needed: short (at most eight words) and
 * capitalised as titles are (every word capitalised but the articles, conjunctions and
 * prepositions inside it), with no sentence inside; and either after a word that introduces
 * a title ("on", "in", "titled"; work-title-introducers.ts), after a possessive ("ABN’s",
 * "Radio Kestrel’s"), or in italics. A capitalised slogan quoted on its own ("“Never Again,”
 * Osei said") stays a quotation.
 */
import { CONJUNCTIONS } from '../../language/en/conjunctions.ts';
import type { QuotationAt, Reading } from '../reading.ts';
import type { Finding, Strategy } from '../types.ts';
import { DETERMINER, PREPOSITION, WORK_TITLE_PARTICIPLE, WORK_TITLE_PREPOSITION } from '../vocabulary.ts';

/** Most words a quoted title has here; longer quoted words are someone's words. */
const MAX_TITLE_WORDS = 8;

const COORDINATING = new Set(CONJUNCTIONS.coordinating);

/** Words a title leaves in lower case inside it: articles, coordinating conjunctions, prepositions. */
function staysLowerInTitle(word: string): boolean {
  return DETERMINER.has(word) || COORDINATING.has(word) || PREPOSITION.has(word);
}

/** Shaped like a title: a few words, each capitalised but the small ones inside, no sentence within. */
export function shapedLikeTitle(words: string): boolean {
  const trimmed = words.trim().replace(/[.,!?]$/u, '').trim();
  if (trimmed === '' || /[.!?;:]/u.test(trimmed.replace(/\b\p{Lu}\./gu, ''))) return false;
  const parts = trimmed.split(/\s+/u);
  if (parts.length > MAX_TITLE_WORDS) return false;
  return parts.every((part, index) => {
    const letters = part.replace(/^[^\p{L}\p{N}]+/u, '');
    if (letters === '') return false;
    const first = letters.charAt(0);
    if (/\p{N}/u.test(first) || first !== first.toLowerCase()) return true;
    return index > 0 && index < parts.length - 1 && staysLowerInTitle(letters.toLowerCase());
  });
}

/** What in the words before the quotation shows a title follows, if anything. */
function introducedAsTitle(reading: Reading, openAt: number): string | undefined {
  const before = reading.view.masked.slice(Math.max(0, openAt - 60), openAt);
  const words = before.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word !== '');
  let word = words.pop();
  if (word === undefined || !/^\s+$/u.test(before.slice(before.lastIndexOf(word) + word.length))) return undefined;
  if (/['’]s$/u.test(word) && word.charAt(0) !== word.charAt(0).toLowerCase()) return `after “${word}”`;
  while (word !== undefined && DETERMINER.has(word.toLowerCase())) word = words.pop();
  const lower = word?.toLowerCase() ?? '';
  if (WORK_TITLE_PREPOSITION.has(lower) || WORK_TITLE_PARTICIPLE.has(lower)) return `after “${word}”`;
  return undefined;
}

/** Whether italics cover the quoted words. */
function inItalics(reading: Reading, start: number, end: number): boolean {
  return reading.emphasis.some((span) => span.start <= start && span.end >= end);
}

/** The title evidence for the quotation at `position`, kept per paragraph (other strategies ask about their neighbours). */
export function titleEvidence(reading: Reading, position: number): string | undefined {
  return reading.remember('title', position, () => {
    const quotation = reading.view.quotations[position];
    if (!quotation || quotation.open) return undefined;
    const inner = reading.view.text.slice(quotation.inner.start, quotation.inner.end);
    if (!shapedLikeTitle(inner)) return undefined;
    const text = inner.trim();
    const start = quotation.inner.start + inner.indexOf(text);
    if (inItalics(reading, start, start + text.replace(/[.,!?]$/u, '').length)) return 'in italics';
    return introducedAsTitle(reading, quotation.outer.start);
  });
}

export const titleOfWork: Strategy = {
  name: 'title-of-work',
  find({ reading, position }: QuotationAt): Finding | undefined {
    const evidence = titleEvidence(reading, position);
    return evidence === undefined ? undefined : { strategy: 'title-of-work', basis: 'cue-before', via: [], title: evidence };
  },
};
