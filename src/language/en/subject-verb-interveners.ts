/**
 * Words that stand between a subject and its verb without being either: auxiliaries and
 * modal verbs, negation, and adverbs of time and frequency ("he later said", "Reyes has also
 * said", "she did not say"). Closed classes of English grammar; adverbs in "-ly" are
 * recognised by their ending, so they need no list.
 */
export const SUBJECT_VERB_INTERVENERS: readonly string[] = [
  'also', 'then', 'later', 'still', 'again', 'earlier', 'previously', 'once', 'has', 'had', 'have', 'was', 'were', 'is',
  'would', 'will', 'did', 'not', 'never',
];
