/**
 * A language's name vocabulary (`Language.names`) with the sets the name reader looks words
 * up in, built once per language: "plain" words that on their own never name an actor
 * (sentence starters, days and months, common acronyms, nationalities, one-word places).
 */
import type { Language, NameVocabulary } from '../language/language.ts';

export interface NameLexicon {
  /** The language's vocabulary, as it gives it. */
  vocabulary: NameVocabulary;
  /** Places of one or more words, in lookup form. */
  places: ReadonlySet<string>;
  /** Single words that on their own never name an actor. */
  plain: ReadonlySet<string>;
  /** Day and month names. */
  calendar: ReadonlySet<string>;
}

const built = new WeakMap<Language, NameLexicon>();

/** The lexicon of a language, built on first use. */
export function nameLexicon(language: Language): NameLexicon {
  let lexicon = built.get(language);
  if (lexicon) return lexicon;
  const vocabulary = language.names;
  const plain = new Set<string>([
    ...vocabulary.sentenceStarters,
    ...vocabulary.calendar,
    ...vocabulary.commonAcronyms,
    ...vocabulary.demonyms,
    ...[...vocabulary.places].filter((place) => !place.includes(' ')),
  ]);
  lexicon = { vocabulary, places: vocabulary.places, plain, calendar: vocabulary.calendar };
  built.set(language, lexicon);
  return lexicon;
}
