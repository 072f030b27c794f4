/**
 * The engine's list limits (see src/lib/list-limits.ts for what each does and why); a
 * dossier may set its own in dossier.config.ts.
 */
export const DEFAULT_LIST_LIMITS = {
  /*
   * The home page's lists. The seed dossier's home page is within 800 bytes of the 14,600-byte
   * budget (docs/budgets.md) with its 2 sources, 10 people, 11 questions and 8 events, most of
   * it the explainer; so past the seeds each list grows by a few items only, and links to the
   * page that lists them all.
   */
  /** Sources the home page lists (the newest); the sources index lists all, `sourcesPerPage` a page. */
  homeSources: 6,
  /**
   * Sources on each page of the sources index (`/sources/`, then `/sources/page/2/` …): a card
   * each, so a page stays within the 14,600-byte first-round-trip budget (docs/budgets.md).
   */
  sourcesPerPage: 50,
  /** People the home page lists (the most mentioned); the actors index lists more. */
  homePeople: 12,
  /** Timeline events on the home page (the first); past it, the timeline has pages of its own (`/timeline/`). */
  homeEvents: 8,
  /** Events on each page of the timeline (`/timeline/`, then `/timeline/page/2/` …), built only when the home page cannot hold them all. */
  timelineEvents: 25,
  /** Key questions the home page summarises (the first, in their order); the key questions index lists all. */
  homeQuestions: 12,
  /**
   * Key questions on each page of their index (`/questions/`, then `/questions/page/2/` …),
   * each with its relation and note, so a page stays within the first-round-trip budget.
   */
  questionsPerPage: 30,
  /** Key questions the compare page lists past `compareSources` (the first, in their order); the key questions index lists every one. */
  compareQuestions: 50,
  /** Actors the actors index lists (the most named, by kind, in their order); search finds every one. */
  actorsIndex: 120,
  /** Outlets the outlets index lists (those publishing and cited most, in their order); search finds every one. */
  outletsIndex: 60,
  /**
   * Characters of names and descriptions the outlets index's cards hold at most: a maintainer
   * writes each outlet's description, of any length, so the count above alone cannot keep the
   * page within its budget. 5,000 is about 40 outlets with a one-sentence description each.
   */
  outletsIndexCharacters: 5000,
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
  /**
   * Sources (rows) on each page of the coverage grid (`/compare/coverage/`, then
   * `/compare/coverage/page/2/` …), and key questions (columns) on every page, past which it
   * says how many more there are: together they keep each page within the 14,600-byte budget.
   */
  gridSources: 80,
  gridQuestions: 30,
  /** Sources up to which a question column header also names its question; past it, the key above the grid does. */
  gridTitles: 50,
  /** Sources up to which the overlap picture draws each source (a pixel each at worst); past it, outlets. */
  overlapPictureSources: 400,
  /** Sources up to which the overlap table gives every pair of sources; past it, pairs of outlets. */
  overlapTableSources: 24,
  /** Outlets in the overlap table (and in the picture when it draws outlets): those with most sources. */
  overlapOutlets: 24,
  /** Sources up to which a question page also lists every source that does not answer it. */
  questionAllSources: 12,
  /** Independent origins a question page names (those most sources rest on); past it, a count. */
  questionOrigins: 12,
  /**
   * Answers on each page of a key question (`/questions/<id>/`, then `/questions/<id>/page/2/` …),
   * oldest first, each with its evidence: a page stays within the 14,600-byte budget however
   * many sources answer.
   */
  questionAnswers: 12,
  /**
   * Rows on each page of a source's changes (`/sources/<slug>/changes/`, then
   * `/sources/<slug>/changes/page/2/` …), in the order of the record's groups: the seed copy
   * with 97 changes on one page took a phone long enough to lay out that Lighthouse's blocking
   * time fell short now and then, and a copy with hundreds would pass the page budget.
   */
  changesPerPage: 40,
  /** Sources an actor page lists in each of its sections (those naming or quoting it most). */
  actorSources: 20,
  /*
   * What an actor page shows of those sources, so it stays within the 14,600-byte budget
   * (docs/budgets.md) however often the sources name the actor; the rest is on each source's
   * page, and the page links to a search for the sources naming the actor.
   */
  /** Quotations an actor page shows: the first of the sources quoting it most, source by source. */
  actorQuotations: 10,
  /** Paragraphs naming the actor that its page quotes (a snippet each): the first of the sources naming it most. */
  actorMentions: 20,
  /** Actors an actor page lists as named alongside it (those sharing most paragraphs). */
  actorAlongside: 20,
  /** Sources an outlet page lists as published by it, and as citing it. */
  outletSources: 30,
  /** Sources in the outlets page's citation table. */
  citationTableSources: 30,
  /**
   * Characters of the citation table's rows (each source's label and title, and the names of
   * the outlets it cites) at most: the table keeps the sources citing the most outlets, whose
   * rows are the longest, and a row's length grows with the dossier. With the cards' limit
   * above, it keeps the outlets index within its budget at 10,000 generated sources.
   */
  citationTableCharacters: 8000,
  /*
   * The build report's lists, chosen so the whole report stays within the 14,600-byte budget
   * (docs/budgets.md) however large the dossier; `npm run validate` prints everything.
   */
  /** Places listed per name (and sources per unread language) on the build report. */
  reportOccurrences: 10,
  /** Names no actor covers, and registry entries written another way, listed (the most frequent). */
  reportNames: 20,
  /** Quotations listed in each of the report's quotation lists: without a speaker, by speakers no actor covers, quoted titles. */
  reportQuotations: 20,
  /** Files in the report's citation coverage table (those with most uncited sentences). */
  reportProseFiles: 40,
  /** Entries in the Atom feed (the newest sources and corrections). */
  feedEntries: 100,
  /** Suggested evidence listed on the build report (the best per question and source, strongest first). */
  reportSuggestions: 40,
} as const;
