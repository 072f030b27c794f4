/**
 * Nouns that name something said ("claim", "remark", "words"): after a possessive ("Brandt’s
 * claim that …") they show that the words which follow are that person's, not those of the
 * sentence's reporting verb. The nouns of the reporting verbs (reporting-verbs.ts) that news
 * uses for a statement.
 */
export const SPEECH_NOUNS: readonly string[] = [
  'claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'statement', 'statements', 'words', 'assertion',
  'assertions', 'description', 'characterisation', 'characterization', 'suggestion', 'accusation', 'accusations',
  'allegation', 'allegations', 'warning', 'warnings', 'promise', 'pledge', 'call', 'argument', 'insistence',
];
