/**
 * Words that present a quoted expression as an expression, not as what someone said: "the
 * so-called “harbour tax”", "the word “temporary”", "the term “reset”". Quotation marks after
 * them set off a word as a word (what grammars call a mention, or scare quotes), so the quoted
 * words are no one's statement. From English usage guides' treatment of words used as words
 * (the Chicago Manual of Style, §7.58–7.63).
 */
export const MENTION_MARKERS: Readonly<{ adjectives: readonly string[]; nouns: readonly string[] }> = {
  adjectives: ['so-called'],
  nouns: ['word', 'term', 'terms', 'phrase', 'expression', 'label', 'slogan'],
};
