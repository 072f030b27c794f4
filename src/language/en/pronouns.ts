/**
 * English pronouns, closed classes declared once here.
 *
 * The personal pronouns in the subject case (every grammar lists them), with what each can
 * stand for as the subject of a reporting verb: "he" and "she" only for a person; "it",
 * "they", "we" and "I" also for an organisation or a government ("the ministry said it …",
 * "they said"); "you" for no one the text names (it addresses the reader or a listener, so
 * "you said" inside a quotation names no speaker).
 */
export const SUBJECT_PRONOUNS: Readonly<Record<string, 'person' | 'any' | 'no-one'>> = {
  i: 'any',
  you: 'no-one',
  he: 'person',
  she: 'person',
  it: 'any',
  we: 'any',
  they: 'any',
};

/** The personal pronouns in the subject case ("he", "they"): the outlet reader stops a noun phrase at one. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(Object.keys(SUBJECT_PRONOUNS));

/**
 * The wh- relative pronouns: a name after one ("officials who met Reyes said") is inside a
 * relative clause, not the subject of the main verb. "That" is left out: it also opens
 * reported clauses ("Reyes said that Varga …"), so it proves nothing.
 */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'whom', 'whose', 'which'];
