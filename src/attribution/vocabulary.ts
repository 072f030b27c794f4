/**
 * The language module's closed classes (src/language/en/) as attribution reads them: as sets
 * of lower-case words and as the patterns that find them in a paragraph. Nothing is declared
 * here; each vocabulary is declared once, in its own module. Reporting verbs, titles and
 * pronouns are read through the `Language` interface (src/language/language.ts), which the
 * outlet and name readers share; the classes only attribution reads, from their modules.
 * Attribution's patterns are English word order: a source in another language has its
 * quotations and sentences cut by its own module, and its cues read with these.
 */
import { CONJUNCTIONS } from '../language/en/conjunctions.ts';
import { DETERMINERS } from '../language/en/determiners.ts';
import { MENTION_MARKERS } from '../language/en/mention-markers.ts';
import { PREPOSITIONS } from '../language/en/prepositions.ts';
import { english } from '../language/en/index.ts';
import { RELATIVE_PRONOUNS } from '../language/en/pronouns.ts';
import { SPEECH_NOUNS } from '../language/en/speech-nouns.ts';
import { SPOKESPERSON_NOUNS } from '../language/en/spokesperson-nouns.ts';
import { SUBJECT_VERB_INTERVENERS } from '../language/en/subject-verb-interveners.ts';
import { WORK_TITLE_INTRODUCERS } from '../language/en/work-title-introducers.ts';

/** Longest first, so an alternation prefers "press secretary" to "press". */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

export const PREPOSITION = new Set(PREPOSITIONS);
export const DETERMINER = new Set(DETERMINERS);
export const RELATIVE_PRONOUN = new Set(RELATIVE_PRONOUNS);
export const TITLE_BEFORE_NAME = english.titles;
export const SPEECH_NOUN = new Set(SPEECH_NOUNS);
export const WORK_TITLE_PREPOSITION = new Set(WORK_TITLE_INTRODUCERS.prepositions);
export const WORK_TITLE_PARTICIPLE = new Set(WORK_TITLE_INTRODUCERS.participles);
export const CONJUNCTION = new Set([...CONJUNCTIONS.coordinating, ...CONJUNCTIONS.subordinating]);
const INTERVENER = new Set(SUBJECT_VERB_INTERVENERS);

/** Reporting verbs, as whole words. */
export const REPORTING_VERB = new RegExp(`\\b(?:${alternation([...english.reportingVerbs])})\\b`, 'giu');
export const ACCORDING_TO = /\baccording to\b/giu;
/** Where a clause starts inside a sentence: a colon or semicolon, a conjunction after a comma, a subordinator or "but". */
export const CLAUSE_BOUNDARY = new RegExp(
  `[;:]|,\\s*(?:${alternation(['and', 'but', 'yet', ...CONJUNCTIONS.subordinating])})\\b|\\b(?:${alternation(['but', ...CONJUNCTIONS.subordinating])})\\b`,
  'giu',
);
/** A boundary that joins a clause to the one before it, which may lend it its subject ("…, but added"). */
export const COORDINATING_BOUNDARY = /^,?\s*(?:but|and|yet)\b/iu;
/** The one-word nouns for someone who speaks for an organisation ("spokeswoman"), as a description of a speaker reads them. */
export const SPOKESPERSON_NOUN = new Set(SPOKESPERSON_NOUNS.filter((noun) => noun !== 'statement' && !noun.includes(' ')));
/** A spokesperson for something, just before its name: "a spokeswoman for the". */
export const SPOKESPERSON_BEFORE = new RegExp(`\\b(?:${alternation(SPOKESPERSON_NOUNS)})s?\\s+(?:for|of|from|by)\\s+(?:the\\s+)?$`, 'iu');
/** Something's spokesperson, just after its possessive: "’s press secretary". */
export const SPOKESPERSON_AFTER = new RegExp(`^['’]s\\s+(?:\\w+\\s+)?(?:${alternation(SPOKESPERSON_NOUNS.filter((noun) => noun !== 'statement'))})\\b`, 'iu');
/** The words just before a quotation that make it a word quoted as a word: "so-called", "the word". */
export const MENTIONED_BEFORE = new RegExp(`(?:\\b(?:${alternation(MENTION_MARKERS.adjectives)})|\\bthe\\s+(?:${alternation(MENTION_MARKERS.nouns)}))\\s*$`, 'iu');
/** Reporting verbs at the start of the words after a quotation: ", said Reyes". */
export const VERB_FIRST = new RegExp(`^(?:${REPORTING_VERB.source})\\s+`, 'iu');

/** The kind of actor a subject pronoun can stand for, or undefined when the word is none. */
export function pronounReach(word: string): 'person' | 'any' | undefined {
  return english.pronounReference(word);
}

/** A word between a subject and its verb that is neither ("later", "has", "quickly"). */
export function isIntervener(word: string): boolean {
  return /ly$/iu.test(word) || INTERVENER.has(word.toLowerCase());
}

/** A closed-class word: one that is never part of a name, even capitalised at a sentence's start. */
export function isFunctionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return PREPOSITION.has(lower) || DETERMINER.has(lower) || CONJUNCTION.has(lower) || pronounReach(lower) !== undefined || INTERVENER.has(lower) || RELATIVE_PRONOUN.has(lower);
}
