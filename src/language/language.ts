/**
 * What the dossier needs to know about a language to read a source written in it: how its
 * sentences, quotations and words are cut, which of its words say nothing about a subject,
 * how it reports speech, names people and cites outlets. Every reader of running text gets
 * these through a `Language` chosen by the source's `language` tag (`languageFor`, in
 * choose-language.ts), never by importing a list, so a second language is one new module
 * beside `en/` that implements this interface.
 */

/** A span of a paragraph's text. */
export interface Span {
  start: number;
  end: number;
}

/** One direct quotation. */
export interface QuotedSpan {
  /** From the opening mark to just past the closing mark (or the paragraph's end). */
  outer: Span;
  /** The quoted words, without the marks. */
  inner: Span;
  /** True when no closing mark was found in the paragraph. */
  open: boolean;
}

/** The roles a phrase around an outlet's name can give it (the outlet reader adds "mention" for none). */
export type CitationCueRole = 'report' | 'confirmation' | 'statement-venue';

/**
 * The phrases that say what a source cites an outlet for (read by src/outlets/). Patterns
 * are case-insensitive and Unicode-aware; those marked global are scanned with `PrefixMatches`.
 */
export interface CitationCues {
  /** Cues before the name, each global and ending just before the name or a short noun phrase leading to it ("according to", "told"). */
  before: readonly { role: CitationCueRole; pattern: RegExp }[];
  /** A cue from `before` that tells someone something ("told"): a statement venue, unless it closes a reported claim. */
  telling: RegExp;
  /** Words allowed between a cue and the name, and the articles that may open them. */
  bridgeWord: RegExp;
  /** Lower-case words that end the short noun phrase between a cue and a name (clause openers, prepositions, pronouns). */
  bridgeStops: ReadonlySet<string>;
  /** An article ("the", "a"). */
  article: RegExp;
  /** After a possessive name: "'s questions" (a statement venue) and "'s report" (a report). */
  possessiveVenue: RegExp;
  possessiveReport: RegExp;
  /** After a name used as a modifier: " questions", " report". */
  modifierVenue: RegExp;
  modifierReport: RegExp;
  /** A reporting verb after the name, possibly past an appositive: its verb in the group `verb`. `mask` is the character quotations are blanked with. */
  verbAfter(mask: string): RegExp;
  /** "X, which first reported …": its verb in the group `verb`. */
  relativeAfter(mask: string): RegExp;
  /** A verb of `verbAfter` or `relativeAfter` that confirms rather than reports. */
  confirming: RegExp;
  /** What joins outlets that share one cue: ", ", " and ", " as well as ". */
  coordination: RegExp;
  /** What may follow "told X" when the telling closes a reported claim: a few words, then the stop. */
  sentenceClose: RegExp;
  /** A word that opens a reported clause after the name ("that"): then the telling is a statement. */
  clauseOpener: RegExp;
}

/**
 * The words the report of unknown names reads (src/names/): what may join the words of a
 * name, what makes a name a person, an organisation, a place or an event, and the English
 * around a name that says which. All word sets are in lookup form: lower case, no dots,
 * straight apostrophes.
 */
export interface NameVocabulary {
  /** Words that start a sentence without naming anything ("the", "however", "yesterday"). */
  sentenceStarters: ReadonlySet<string>;
  /** Lower-case words that may join the capitalised words of one name ("of", "von", "bin"). */
  connectors: ReadonlySet<string>;
  /** Connectors after which a person's name ends and an organisation begins ("Jane Doe of the Foo Institute"); they also let a conjunction in ("of", "for"). */
  ofWords: ReadonlySet<string>;
  /** Conjunctions that join names, or words inside a name already joined by an `ofWords` connector ("and"). */
  conjunctions: ReadonlySet<string>;
  /** Articles: a connector only after another connector ("Bank of the West"); a name may start with one ("The Foo Group"). */
  articles: ReadonlySet<string>;
  /** Abbreviations whose full stop belongs to a name ("Mr.", "Gen.", "St."). */
  nameAbbreviations: ReadonlySet<string>;
  /** Words that name a position or rank; before a name they show that it is a person ("minister", "gen"). */
  titleHeads: ReadonlySet<string>;
  /** Words that qualify a title ("foreign", "deputy", "general"). */
  titleModifiers: ReadonlySet<string>;
  /** Words that are a title only after another title word ("Attorney General"; "General Motors" is a name). */
  titleHeadsAfterTitle: ReadonlySet<string>;
  /** Words that make a name an organisation ("agency", "ministry"). */
  organisationWords: ReadonlySet<string>;
  /** Words that make a name an event, a law or a plan ("war", "summit", "act"). */
  eventWords: ReadonlySet<string>;
  /** Last words that make a name a place ("sea", "street"). */
  placeEndings: ReadonlySet<string>;
  /** Acronyms that are common words, not names ("ai", "ceo"). */
  commonAcronyms: ReadonlySet<string>;
  /** Words that keep "X of Y" one name without an organisation word ("isle", "duke"). */
  keepsOf: ReadonlySet<string>;
  /** Nationalities and similar adjectives ("ukrainian", "western"). */
  demonyms: ReadonlySet<string>;
  /** Places of one or more words ("kyiv", "saudi arabia"). */
  places: ReadonlySet<string>;
  /** Country names and their demonyms, for recognising a misspelt one (lookup form). */
  countries: readonly string[];
  /** Real words one slip from a country or demonym ("nigel"), never taken for a misspelling. */
  nearCountryWords: ReadonlySet<string>;
  /** Shortest country or demonym a misspelling is looked for near. */
  nearCountryMinLength: number;
  /** Day and month names, and month abbreviations as words ("monday", "march", "sept"). */
  calendar: ReadonlySet<string>;
  /** Month abbreviations that are also other words or names ("jan"): calendar words only before "." or a number. */
  monthAbbreviations: ReadonlySet<string>;
  /** Common words the language writes in lower case (a capitalised one alone is not a name). */
  lowerCaseWords: ReadonlySet<string>;
  /** A word ending that marks a possessive ("'s"). */
  possessive: RegExp;
  /** A particle written in lower case before a capitalised name ("al-Assad"). */
  particleName: RegExp;
  /** After a name: an apposition describing a person (", who", ", a spokeswoman"). */
  personAfter: RegExp;
  /** After a name: an apposition describing an organisation (", which", ", a company"). */
  organisationAfter: RegExp;
  /** Before a name, anchored at the end: a role noun ("analyst Jane Doe"). */
  personBefore: RegExp;
  /** Before a name, anchored at the end: an organisation noun or "researchers at". */
  organisationBefore: RegExp;
  /** Non-space characters before a name that `personBefore` and `organisationBefore` can read, one to spare. */
  beforeReach: number;
}

/** A language the dossier can read. */
export interface Language {
  /** Primary language subtag (BCP 47) this module implements: "en". */
  readonly tag: string;
  /** The language's name in English, for messages: "English". */
  readonly name: string;
  /** Direct quotations of a paragraph, in text order, not overlapping. */
  findQuotations(text: string): QuotedSpan[];
  /** Sentences as spans covering the paragraph, never ending inside a quotation; `quotations` as `findQuotations` gives them. */
  splitSentences(text: string, quotations?: readonly QuotedSpan[]): Span[];
  /** Abbreviations whose full stop does not end a sentence, lower case without the stop ("mr", "inc", "sept"). */
  readonly abbreviations: ReadonlySet<string>;
  /** A word, for comparing passages (global pattern): letters, marks and digits. */
  readonly wordPattern: RegExp;
  /** Words that say nothing about a passage's subject: function words, attribution ("said"), honorifics. Lower case. */
  readonly stopWords: ReadonlySet<string>;
  /** Forms of the verbs whose subject is the speaker of the words they report: saying and confirming ("said", "told", "confirmed"). Lower case. */
  readonly reportingVerbs: ReadonlySet<string>;
  /** Titles, honorifics and ranks that stand before a person's name ("minister", "mr", "gen"). Lower case, no dots. */
  readonly titles: ReadonlySet<string>;
  /** Personal pronouns in the subject case ("he", "she", "they"). Lower case. */
  readonly pronouns: ReadonlySet<string>;
  /** What a subject pronoun can stand for as a reporting verb's subject: only a person ("she") or any actor ("they"); undefined for a word that is no such pronoun or stands for no one the text names ("you"). */
  pronounReference(word: string): 'person' | 'any' | undefined;
  /** The form every spelling of a word shares: lower case, one spelling ("defence" → "defense"), straight apostrophe. */
  canonicalWord(word: string): string;
  /** The stem a word's grammatical forms and regular spellings share ("ordered", "orders" → "order"); input already canonical. */
  stem(word: string): string;
  /** What the report of unknown names reads. */
  readonly names: NameVocabulary;
  /** What the outlet-citation reader reads. */
  readonly citationCues: CitationCues;
}
