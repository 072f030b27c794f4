/**
 * English conjunctions that open a clause (the closed classes every grammar lists, e.g.
 * Quirk et al. 1985, §13 and §14.11): coordinating ("and", "but") and subordinating
 * ("while", "because"). A reporting verb's subject is looked for inside its own clause, and
 * words after a quotation that open with one ("… while Kessmark continued") start a new
 * clause rather than name the speaker. "As" and "if" are left out of the subordinators: "as"
 * is far more often the preposition of "quoted Brandt as saying" and "described it as" (it is
 * in prepositions.ts), and "if" opens conditions inside reported speech, not new speakers.
 */
export const CONJUNCTIONS: Readonly<{ coordinating: readonly string[]; subordinating: readonly string[] }> = {
  coordinating: ['and', 'but', 'or', 'nor', 'yet', 'so'],
  subordinating: ['after', 'although', 'because', 'before', 'once', 'since', 'though', 'unless', 'until', 'when', 'whenever', 'where', 'whereas', 'while', 'whilst'],
};
