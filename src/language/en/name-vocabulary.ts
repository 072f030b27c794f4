/**
 * The English the report of unknown names reads (src/names/), gathered from this folder's
 * vocabularies into the `NameVocabulary` the report asks a language for. Built on first use:
 * locale data and derived forms, a few thousand entries.
 */
import type { NameVocabulary } from '../language.ts';
import { lookupForm } from '../lookup-form.ts';
import { MONTH_ABBREVIATIONS, NAME_ABBREVIATIONS } from './abbreviations.ts';
import { adverbsAndNumbers, countryDemonyms, countryNames, functionWords, lowerCaseWords, nearCountryWords } from './corpus-words.ts';
import {
  BEFORE_REACH,
  COMMON_ACRONYMS,
  ARTICLES,
  CONJUNCTIONS,
  CONNECTORS,
  EVENT_WORDS,
  KEEPS_OF,
  ORGANISATION_AFTER,
  ORGANISATION_BEFORE,
  OF_WORDS,
  ORGANISATION_WORDS,
  PARTICLE_NAME,
  PERSON_AFTER,
  PERSON_BEFORE,
  PLACE_ENDINGS,
  POSSESSIVE,
  OTHER_SENTENCE_STARTERS,
} from './name-words.ts';
import { NEAR_COUNTRY_MIN_LENGTH } from './misspelt-places.ts';
import { placeWords } from './places.ts';
import { TITLE_HEADS, TITLE_HEADS_AFTER_TITLE, TITLE_MODIFIERS } from './titles-of-office.ts';

/**
 * Words that start a sentence without naming anything: the Brown corpus's function words,
 * adverbs and numbers, less the particles of names ("De Beers"), and a few others.
 */
function sentenceStarters(): ReadonlySet<string> {
  const derived = [...functionWords(), ...adverbsAndNumbers()].filter((word) => !CONNECTORS.has(word));
  return new Set([...derived, ...OTHER_SENTENCE_STARTERS]);
}

export function englishNameVocabulary(): NameVocabulary {
  const { places, demonyms, calendar } = placeWords();
  return {
    sentenceStarters: sentenceStarters(),
    connectors: CONNECTORS,
    ofWords: OF_WORDS,
    conjunctions: CONJUNCTIONS,
    articles: ARTICLES,
    nameAbbreviations: NAME_ABBREVIATIONS,
    titleHeads: TITLE_HEADS,
    titleModifiers: TITLE_MODIFIERS,
    titleHeadsAfterTitle: TITLE_HEADS_AFTER_TITLE,
    organisationWords: ORGANISATION_WORDS,
    eventWords: EVENT_WORDS,
    placeEndings: PLACE_ENDINGS,
    commonAcronyms: COMMON_ACRONYMS,
    keepsOf: KEEPS_OF,
    demonyms,
    places,
    countries: [...countryNames(), ...countryDemonyms()].map(lookupForm),
    nearCountryWords: nearCountryWords(),
    nearCountryMinLength: NEAR_COUNTRY_MIN_LENGTH,
    calendar,
    monthAbbreviations: MONTH_ABBREVIATIONS,
    lowerCaseWords: lowerCaseWords(),
    possessive: POSSESSIVE,
    particleName: PARTICLE_NAME,
    personAfter: PERSON_AFTER,
    organisationAfter: ORGANISATION_AFTER,
    personBefore: PERSON_BEFORE,
    organisationBefore: ORGANISATION_BEFORE,
    beforeReach: BEFORE_REACH,
  };
}
