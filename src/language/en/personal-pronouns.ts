/**
 * English personal pronouns in the subject case, a closed class. The attribution work
 * (src/actors/attribute-quotations.ts) brings its own `pronouns.ts`; the two are one list
 * when they merge.
 */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
