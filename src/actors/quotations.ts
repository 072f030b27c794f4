/**
 * Seam for the attribution work: `attribute-quotations.ts` imports these types from here.
 * Quotations and sentences are the language's now (src/language/, `Language.findQuotations`
 * and `Language.splitSentences`); when the attribution work merges, it imports the types
 * from src/language/language.ts and this file goes.
 */
export type { QuotedSpan, Span } from '../language/language.ts';
