/**
 * What attribution says about a source's quotations, and the findings its strategies make on
 * the way (src/attribution/strategies.ts lists the strategies, resolve.ts settles them).
 */
import type { AttributionContext } from './context.ts';
import type { QuotationAt } from './reading.ts';

/** How a quotation's speaker was established. */
export type AttributionBasis = 'cue-after' | 'cue-before' | 'pronoun' | 'description' | 'previous-sentence' | 'continued' | 'unattributed';

/** The strategies, by name (strategies.ts declares them in order). */
export type StrategyName = 'title-of-work' | 'word-as-word' | 'cue-after' | 'cue-before' | 'shared-cue' | 'continued' | 'pronoun' | 'description' | 'previous-sentence';

/**
 * A speaker: an actor of the registry, or a name the registry does not have, kept as the text
 * writes it ("Rep. Dana Whitfield of Marshfield"): never a link, never an actor.
 */
export type Speaker = { type: 'actor'; id: string } | { type: 'as-written'; name: string };

/** One strategy's opinion of who said a quotation; the resolver settles them. */
export interface Finding {
  strategy: StrategyName;
  /** The basis the quotation gets if this finding names its speaker. */
  basis: Exclude<AttributionBasis, 'unattributed'>;
  /** Who the reporting words name; undefined when they name no one the text establishes. */
  speaker?: Speaker;
  /** A subject pronoun ("he", "they") standing for the speaker: the pronoun strategy resolves it. */
  pronoun?: string;
  /** The reporting words, as shown with the quotation. */
  cue?: string;
  /** How the words describe an unnamed speaker ("officials"). */
  speakerPhrase?: string;
  /** Outlets named in the reporting words. */
  via: string[];
  /** Why these reporting words rule out a speaker (someone else's claim is quoted): it counts against any speaker. */
  doubt?: string;
  /** Where the pronoun stands, when there is one: names before it in the sentence may be what it stands for. */
  pronounAt?: number;
  /** Set by the title strategy: the quoted words are a title of a work, shown by this ("after “on”"). */
  title?: string;
}

/** One direct quotation of a source, with its speaker when the text establishes one. */
export interface AttributedQuotation {
  /** 1-based paragraph number, as on the source page. */
  paragraph: number;
  /** The quoted words, without quotation marks. */
  text: string;
  /** Offsets of the quoted words in the paragraph's plain text. */
  start: number;
  end: number;
  /** Actor id of the speaker, when the text names an actor of the registry. */
  speaker?: string;
  /** The speaker as the text writes them, when the registry does not know them (never an actor id). */
  speakerAsWritten?: string;
  /** How the speaker was established. */
  basis: AttributionBasis;
  /** The words around the quotation that establish or describe its speaker. */
  cue?: string;
  /** For an unattributed quotation: how the text describes the speaker ("officials"). */
  speakerPhrase?: string;
  /** Outlets named in the reporting cue ("told the Courant", "according to The Dispatch"). */
  via: string[];
  /** For a quotation left unattributed because the strategies named different speakers: what each found. */
  disagreement?: readonly { strategy: StrategyName; speaker: string }[];
}

/** A quoted title of a work (a programme, a publication, a report): not a quotation. */
export interface QuotedTitle {
  paragraph: number;
  /** The title, without quotation marks. */
  text: string;
  start: number;
  end: number;
  /** What shows it is a title ("after “on”", "after ABN’s", "in italics"). */
  evidence: string;
}

/** A source's quotations with their speakers, and the quoted titles set aside. */
export interface SourceAttribution {
  quotations: AttributedQuotation[];
  titles: QuotedTitle[];
}

/** How a speaker reads in a message: the actor id, or the name as written. */
export function speakerLabel(speaker: Speaker): string {
  return speaker.type === 'actor' ? speaker.id : `“${speaker.name}” (as written)`;
}

/** Whether two speakers are the same. */
export function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.type === 'actor' ? b.type === 'actor' && a.id === b.id : b.type === 'as-written' && a.name === b.name;
}

/** One way of reading who said a quotation; strategies.ts declares them in order. */
export interface Strategy {
  name: StrategyName;
  /**
   * What this strategy finds about the quotation at `at`, or undefined when it does not apply.
   * `earlier` holds what the strategies before it in the list found about the same quotation.
   */
  find(at: QuotationAt, context: AttributionContext, earlier: readonly Finding[]): Finding | undefined;
}
