/**
 * The words two passages are compared by. Reporters covering one event use the same content
 * words in different grammatical forms ("ordered", "order"), spellings ("authorised",
 * "authorized") and alongside different function words, so each word is reduced to a term
 * that forms and spellings share, and the words that say nothing about the subject (the
 * language's stop words: function words, attribution like "said" or "according") are
 * dropped before any weighting.
 *
 * A term is the language's canonical spelling of the word (for English: lower case, British
 * spelling made American, then the regular -ise/-yse endings), then its stem. Both sides of
 * a comparison go through the same steps, so a fold that also changes a word with no
 * spelling variant ("promise") is harmless: it only renames that word's term.
 */
import type { Language } from '../language/language.ts';

/** One term of a passage. */
export interface PassageTerm {
  /** The term: folded and stemmed ("authorised" and "authorized" both give "author"). */
  term: string;
  /** The word as written in the passage, for showing the reader: its first lower-case use, else its first use. */
  surface: string;
  /** How many times the passage uses the term. */
  count: number;
}

/**
 * Each language's terms by word as written, `null` for a word that has none. A dossier uses
 * far fewer distinct words than it has words, and folding and stemming each use again was
 * most of the aligner's and the evidence suggestions' work (every paragraph is read by the
 * aligner and the suggestions, every sentence of a candidate passage by the suggestions).
 */
const termsByLanguage = new WeakMap<Language, Map<string, string | null>>();

/** The term of one word, or undefined for a stop word or a one-character word. */
export function termOf(word: string, language: Language): string | undefined {
  let terms = termsByLanguage.get(language);
  if (!terms) {
    terms = new Map();
    termsByLanguage.set(language, terms);
  }
  let term = terms.get(word);
  if (term === undefined) {
    const canonical = language.canonicalWord(word);
    term = canonical.length < 2 || language.stopWords.has(canonical) ? null : language.stem(canonical);
    terms.set(word, term);
  }
  return term ?? undefined;
}

/** The distinct terms of a passage, in order of first use, with counts. */
export function passageTerms(text: string, language: Language): PassageTerm[] {
  const terms = new Map<string, PassageTerm>();
  for (const match of text.matchAll(language.wordPattern)) {
    const term = termOf(match[0], language);
    if (term === undefined) continue;
    const seen = terms.get(term);
    if (!seen) terms.set(term, { term, surface: match[0], count: 1 });
    else {
      seen.count += 1;
      // A lower-case use is the word itself; a capital may only start the sentence.
      if (seen.surface !== seen.surface.toLowerCase() && match[0] === match[0].toLowerCase()) seen.surface = match[0];
    }
  }
  return [...terms.values()];
}
