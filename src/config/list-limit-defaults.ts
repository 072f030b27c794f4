/**
 * The engine's list limits (see src/lib/list-limits.ts for what each does and why); a
 * dossier may set its own in dossier.config.ts.
 */
export const DEFAULT_LIST_LIMITS = {
  /** Sources the home page lists (the newest); the sources index lists all. */
  homeSources: 24,
  /** People the home page lists (the most mentioned); the actors index lists all. */
  homePeople: 24,
  /** Outlets named as answering a question in the home page's summary; past it, a count. */
  namedAnswers: 6,
  /**
   * Sources up to which the compare page shows everything side by side: the question matrix
   * (a column per source), each source's cited outlets, every paragraph's matches, and the
   * full texts. Past it each of these becomes a summary linking to the pages that hold the detail.
   */
  compareSources: 12,
  /** Pairs of sources the compare page summarises (those sharing most passages). */
  comparePairs: 50,
  /** Sources up to which a question page also lists every source that does not answer it. */
  questionAllSources: 12,
  /** Sources an actor page lists in each of its sections (those naming or quoting it most). */
  actorSources: 50,
  /** Sources an outlet page lists as published by it, and as citing it. */
  outletSources: 50,
  /** Sources in the outlets page's citation table. */
  citationTableSources: 100,
  /** Places listed per name on the build report; unattributed quotations listed. */
  reportOccurrences: 20,
  reportQuotations: 200,
} as const;
