/**
 * The words two passages are compared by. Reporters covering one event use the same content
 * words in different grammatical forms ("ordered", "order"), spellings ("authorised",
 * "authorized") and alongside different function words, so each word is reduced to a term
 * that forms and spellings share, and the words that say nothing about the subject (function
 * words, attribution like "said" or "according") are dropped before any weighting.
 *
 * A term is: lower case, British spelling made American (the registry's word list, then the
 * regular -ise/-yse endings), then the Porter stem. Both sides of a comparison go through the
 * same steps, so a fold that also changes a word with no spelling variant ("promise") is
 * harmless: it only renames that word's term.
 */
import { stemmer } from 'stemmer';
import { canonicalWord } from '../actors/spelling-variants.ts';

/** One term of a passage. */
export interface PassageTerm {
  /** The term: folded and stemmed ("authorised" and "authorized" both give "author"). */
  term: string;
  /** The word as written in the passage, for showing the reader: its first lower-case use, else its first use. */
  surface: string;
  /** How many times the passage uses the term. */
  count: number;
}

/** Letters, marks and digits; an apostrophe splits "Brenn’s" into "Brenn" and "s", dropped below. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * English function words, and the words news copy uses to attribute rather than to report
 * ("said", "told", "according", "reportedly"): every source is full of them, so a shared
 * "said" says nothing about whether two passages cover the same ground. Contraction pieces
 * ("isn", "t") are here because the apostrophe splits words.
 */
const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all also am an and any are aren as at be because been before being
  below between both but by can cannot could couldn did didn do does doesn doing don down during each either
  few for from further had hadn has hasn have haven having he her here hers herself him himself his how i if
  in into is isn it its itself just ll me more most much must mustn my myself no nor not now of off on once
  only or other others our ours ourselves out over own re same shan she should shouldn so some such than that
  the their theirs them themselves then there these they this those through to too under until up upon us ve
  very was wasn we were weren what when where whether which while who whom whose why will with won would
  wouldn yet you your yours yourself yourselves s t d m
  also already another around since still though thus via within without
  according reportedly said say saying says tell telling tells told mr mrs ms`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Regular British endings not in the registry's word list: "authorised" → "authorized", "analyse" → "analyze". */
function americanEnding(word: string): string {
  return word.replace(/(?<=\p{L}{3})is(e|ed|es|ing|ation|ations|er|ers)$/u, 'iz$1').replace(/(?<=\p{L}{3})ys(e|ed|es|ing)$/u, 'yz$1');
}

/** The term of one word, or undefined for a stopword or a one-character word. */
export function termOf(word: string): string | undefined {
  const canonical = canonicalWord(word);
  if (canonical.length < 2 || STOPWORDS.has(canonical)) return undefined;
  return stemmer(americanEnding(canonical));
}

/** The distinct terms of a passage, in order of first use, with counts. */
export function passageTerms(text: string): PassageTerm[] {
  const terms = new Map<string, PassageTerm>();
  for (const match of text.matchAll(WORD)) {
    const term = termOf(match[0]);
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
