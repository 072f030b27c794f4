/**
 * English words that say nothing about a passage's subject, so two passages sharing them
 * share nothing: the function words of the Brown corpus (corpus-words.ts), the pieces of
 * its contractions (the apostrophe splits "isn't" into "isn" and "t" when passages are
 * compared), the words news copy uses to attribute rather than to report ("said", "told",
 * "according", "reportedly"), and honorifics ("Mr").
 */
import { HONORIFIC_ABBREVIATIONS } from './abbreviations.ts';
import { functionWords } from './corpus-words.ts';

/** Attribution: how news copy says who said something, in every passage alike. A closed class. */
const ATTRIBUTION_WORDS = ['according', 'reportedly', 'said', 'say', 'saying', 'says', 'tell', 'telling', 'tells', 'told'];

export function englishStopWords(): ReadonlySet<string> {
  const derived = functionWords();
  const pieces = [...derived].filter((word) => word.includes("'")).flatMap((word) => word.split("'").filter((piece) => piece !== ''));
  return new Set([...derived, ...pieces, ...ATTRIBUTION_WORDS, ...HONORIFIC_ABBREVIATIONS]);
}
