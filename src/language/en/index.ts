/**
 * English, as the dossier reads it: each vocabulary from its own module in this folder.
 */
import { stemmer } from 'stemmer';
import type { Language, NameVocabulary } from '../language.ts';
import { SENTENCE_ABBREVIATIONS } from './abbreviations.ts';
import { CITATION_CUES } from './citation-cues.ts';
import { englishNameVocabulary } from './name-vocabulary.ts';
import { PERSONAL_PRONOUNS, SUBJECT_PRONOUNS } from './pronouns.ts';
import { findQuotations } from './quotations.ts';
import { REPORTING_VERB_FORMS } from './reporting-verbs.ts';
import { splitSentences } from './sentences.ts';
import { americanEnding, canonicalWord } from './spelling-variants.ts';
import { englishStopWords } from './stop-words.ts';
import { TITLE_HEADS } from './titles-of-office.ts';

let names: NameVocabulary | undefined;
const stopWords = englishStopWords();

export const english: Language = {
  tag: 'en',
  name: 'English',
  findQuotations,
  splitSentences,
  abbreviations: SENTENCE_ABBREVIATIONS,
  // Letters, marks and digits; an apostrophe splits "Brenn’s" into "Brenn" and "s".
  wordPattern: /[\p{L}\p{M}\p{N}]+/gu,
  stopWords,
  reportingVerbs: new Set(REPORTING_VERB_FORMS),
  titles: TITLE_HEADS,
  pronouns: PERSONAL_PRONOUNS,
  pronounReference: (word) => {
    const reference = Object.hasOwn(SUBJECT_PRONOUNS, word.toLowerCase()) ? SUBJECT_PRONOUNS[word.toLowerCase()] : undefined;
    return reference === 'no-one' ? undefined : reference;
  },
  canonicalWord,
  // Regular British endings fold before stemming: the Porter stemmer reads American spelling.
  stem: (word) => stemmer(americanEnding(word)),
  get names() {
    names ??= englishNameVocabulary();
    return names;
  },
  citationCues: CITATION_CUES,
};
