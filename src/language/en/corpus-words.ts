/**
 * The English word lists derived from real language data (word-lists.generated.ts, built by
 * `npm run build:word-lists`), as sets, each read on first use.
 */
import { ADVERBS_AND_NUMBERS, CONTRACTED_FORMS, COUNTRIES, DEMONYMS, FUNCTION_WORDS, LOWER_CASE_WORDS, NEAR_COUNTRY_WORDS } from './word-lists.generated.ts';

const entries = (list: string): string[] => list.split('\n').filter((entry) => entry !== '');

/** Words the Brown corpus tags as closed-class (articles, pronouns, prepositions, auxiliaries…), contractions included. */
export const functionWords = (): ReadonlySet<string> => (cache.functionWords ??= new Set(entries(FUNCTION_WORDS)));
/** Words the Brown corpus tags as adverbs, particles or numbers ("however", "today", "twelve"). */
export const adverbsAndNumbers = (): ReadonlySet<string> => (cache.adverbsAndNumbers ??= new Set(entries(ADVERBS_AND_NUMBERS)));
/** Words the Brown corpus writes in lower case nearly always away from a sentence's start, and WordNet never capitalises. */
export const lowerCaseWords = (): ReadonlySet<string> => (cache.lowerCaseWords ??= new Set(entries(LOWER_CASE_WORDS)));
/** English country names (npm i18n-iso-countries), as written. */
export const countryNames = (): readonly string[] => (cache.countries ??= entries(COUNTRIES));
/** Demonyms of the countries that English knows as words ("ukrainian"), lower case. */
export const countryDemonyms = (): readonly string[] => (cache.demonyms ??= entries(DEMONYMS));
/** Real words one slip from a country or demonym. */
export const nearCountryWords = (): ReadonlySet<string> => (cache.nearCountry ??= new Set(entries(NEAR_COUNTRY_WORDS)));
/** Every word with a contracted ending ('re, 've, 'm, 'll, 'd, n't) the Brown corpus writes ("you're", "don't"), lower case, straight apostrophe. */
const contractedForms = (): ReadonlySet<string> => (cache.contractedForms ??= new Set(entries(CONTRACTED_FORMS)));
/**
 * Whether the Brown corpus writes this word with this contracted ending, whatever the case and
 * apostrophe of the text: "you" + "re", "don" + "t" (the split a text's apostrophe makes).
 */
export const writesContraction = (word: string, ending: string): boolean => contractedForms().has(`${word.toLowerCase()}'${ending.toLowerCase()}`);

const cache: {
  functionWords?: Set<string>;
  adverbsAndNumbers?: Set<string>;
  lowerCaseWords?: Set<string>;
  countries?: string[];
  demonyms?: string[];
  nearCountry?: Set<string>;
  contractedForms?: Set<string>;
} = {};
