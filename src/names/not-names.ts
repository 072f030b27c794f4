/**
 * Capitalised words that are not names, told apart with real language data rather than
 * guessed, each a class of false name the report used to list:
 *
 * - `shouting`: a phrase in capitals ("BREAKING NEWS", "READ MORE") whose words are all
 *   common lower-case words of the language, or one such word of five letters or more
 *   ("UPDATE"); a shorter one may be an acronym that spells a word ("WHO", "CARE");
 * - `common-word`: one capitalised word the language writes in lower case nearly always
 *   (the Brown corpus, through `NameVocabulary.lowerCaseWords`), with nothing around it
 *   saying it names a person or an organisation ("the Budget", "a Ceasefire");
 * - `misspelt-place`: a word one slip from a country or demonym ("Ukriane") that is no word
 *   of its own ("Nigel" beside "Niger" is a name): a place, even misspelt, is not an actor.
 *
 * Contractions ("Don't"), month abbreviations ("Jan.") and ranks glued to titles ("Maj.
 * Gen.") are not here: the language's sentence starters, month abbreviations and titles
 * already keep them out of the candidates (candidates.ts, title-phrases.ts).
 */
import { withinOneEdit } from '../language/edit-distance.ts';
import { lookupForm } from '../language/lookup-form.ts';
import type { NameLexicon } from './name-lexicon.ts';
import { isAcronym } from './name-units.ts';

/** Why a candidate is not a name. */
export type NotANameReason = 'shouting' | 'common-word' | 'misspelt-place';

/** What the grouped occurrences of a candidate say about it. */
export interface CandidateReading {
  /** The words as written. */
  words: readonly string[];
  /** Something around it says it names a person. */
  personEvidence: boolean;
  /** Something around it says it names an organisation. */
  organisationEvidence: boolean;
}

/** Shortest word in capitals taken for shouting rather than for an acronym that spells a word. */
const SHOUTED_WORD_MIN_LENGTH = 5;

const isCommonWord = (form: string, lex: NameLexicon) => lex.vocabulary.lowerCaseWords.has(form) || lex.vocabulary.sentenceStarters.has(form);

function isShouting(words: readonly string[], lex: NameLexicon): boolean {
  const letters = words.filter((word) => !lex.vocabulary.connectors.has(word));
  if (letters.length === 0 || !letters.every((word) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(word))) return false;
  if (!letters.every((word) => isCommonWord(lookupForm(word), lex))) return false;
  return letters.length > 1 || letters[0]!.length >= SHOUTED_WORD_MIN_LENGTH;
}

function isCommonCapitalisedWord(reading: CandidateReading, lex: NameLexicon): boolean {
  if (reading.words.length !== 1 || reading.personEvidence || reading.organisationEvidence) return false;
  const word = reading.words[0]!;
  return !isAcronym(word) && lex.vocabulary.lowerCaseWords.has(lookupForm(word));
}

function isMisspeltPlace(words: readonly string[], lex: NameLexicon): boolean {
  const { countries, nearCountryWords, nearCountryMinLength } = lex.vocabulary;
  const form = lookupForm(words.join(' '));
  if (form.length < nearCountryMinLength || nearCountryWords.has(form) || lex.plain.has(form) || lex.places.has(form)) return false;
  return countries.some((country) => country.length >= nearCountryMinLength && country !== form && withinOneEdit(form, country));
}

/** Why the candidate is not a name, or undefined when it may be one. */
export function notANameReason(reading: CandidateReading, lex: NameLexicon): NotANameReason | undefined {
  if (isShouting(reading.words, lex)) return 'shouting';
  if (isCommonCapitalisedWord(reading, lex)) return 'common-word';
  if (isMisspeltPlace(reading.words, lex)) return 'misspelt-place';
  return undefined;
}
