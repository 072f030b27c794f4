/**
 * The subject pronouns of English (the nominative personal pronouns every grammar lists),
 * with what each can stand for: "he" and "she" only for a person; "it", "they", "we" and "I"
 * also for an organisation or a government ("the ministry said it …", "they said").
 */
export const SUBJECT_PRONOUNS: Readonly<Record<string, 'person' | 'any'>> = {
  he: 'person',
  she: 'person',
  it: 'any',
  they: 'any',
  we: 'any',
  i: 'any',
};

/**
 * The wh- relative pronouns: a name after one ("officials who met Reyes said") is inside a
 * relative clause, not the subject of the main verb. "That" is left out: it also opens
 * reported clauses ("Reyes said that Varga …"), so it proves nothing.
 */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'whom', 'whose', 'which'];
