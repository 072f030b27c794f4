/**
 * English, as the dossier reads it: each vocabulary from its own module in this folder.
 */
import { stemmer } from 'stemmer';
import type { Language, NameVocabulary } from '../language.ts';
import { SENTENCE_ABBREVIATIONS } from './abbreviations.ts';
import { CITATION_CUES } from './citation-cues.ts';
import { englishNameVocabulary } from './name-vocabulary.ts';
import { CONFIRMING_VERBS, REPORTING_VERBS } from './outlet-reporting-verbs.ts';
import { PERSONAL_PRONOUNS } from './personal-pronouns.ts';
import { findQuotations } from './quotations.ts';
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
  // Seam: the outlet reader's verbs for now; the attribution work's reporting-verbs.ts joins them at merge.
  reportingVerbs: new Set([...REPORTING_VERBS, ...CONFIRMING_VERBS]),
  // Seam: titles of office and ranks for now; the attribution work's titles.ts (honorifics) joins them at merge.
  titles: TITLE_HEADS,
  // Seam: the attribution work's pronouns.ts replaces this at merge.
  pronouns: PERSONAL_PRONOUNS,
  canonicalWord,
  // Regular British endings fold before stemming: the Porter stemmer reads American spelling.
  stem: (word) => stemmer(americanEnding(word)),
  get names() {
    names ??= englishNameVocabulary();
    return names;
  },
  citationCues: CITATION_CUES,
};
