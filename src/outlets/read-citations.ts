/**
 * Which outlets each source cites as its own sources, and for what: read from the words
 * around each outlet's name, never guessed. A reader comparing sources needs to know when
 * two articles are one piece of reporting passed on twice ("according to The Dispatch"), so
 * every mention of an outlet in a source becomes a citation with a role (citation-roles.ts),
 * read by role-reader.ts with the source's language's cues:
 *
 * - `report`: "according to X", "reported by X", "citing X", "X reported / says / said /
 *   wrote / revealed", "X, which first reported …", "X's report", and a claim closed by
 *   "…, officials told X." (the outlet is where the claim was reported, not where someone
 *   made a statement);
 * - `confirmation`: "confirmed by X", "corroborated by X", "X confirmed", "X, which confirmed …";
 * - `statement-venue`: "told X", "told X that / : “…”", "in a statement to X", "in an
 *   interview on / with X", "speaking to X", "said on X", "did not respond to X", "X's
 *   questions", "X questions";
 * - `mention`: any other mention, and every mention inside a quotation (the speaker names
 *   the outlet there, not the source).
 *
 * Cues are read within the mention's sentence, with quotations blanked out, so quoted
 * words never act as cues. A cue before the name may be separated from it by a short noun
 * phrase ("told the Courant's US partner Radio Varde"); outlets joined by "and" or commas share
 * their cue ("confirmed by The Northern Times and The Evening Post"). A source's
 * mentions of its own publishing outlet ("told Kestrel" in Kestrel's article) are
 * kept, flagged `self`, and are not citations: the graph leaves them out. An outlet named
 * several times in one sentence is one citation, with the first role other than `mention`.
 *
 * Cost: names, quotations and sentences are each walked once, in text order, and each
 * run's cue is found by binary search (role-reader.ts): the work grows with the paragraph.
 */
import type { NameMatch, NameMatcher } from '../actors/name-matcher.ts';
import { languageFor } from '../language/choose-language.ts';
import type { Language, Span } from '../language/language.ts';
import type { CitationRole } from './citation-roles.ts';
import { readRole, SentenceCues, type RoleReading } from './role-reader.ts';
import { blankQuotations, QUOTATION_MASK } from '../language/blank-quotations.ts';

/** A source as the citation reader reads it. */
export interface CitingSource {
  /** Source slug. */
  slug: string;
  /** Id of the outlet that published the source; its mentions of that outlet are `self`. */
  outlet: string;
  /** BCP 47 tag of the source's language: its cues are read (languageFor). */
  language: string;
  /** Plain-text paragraphs, numbered from 1 as on the source page. */
  paragraphs: readonly string[];
}

/** One sentence of a source that names an outlet. */
export interface OutletCitation {
  /** Slug of the citing source. */
  slug: string;
  /** 1-based paragraph number, as on the source page. */
  paragraph: number;
  /** Id of the outlet named. */
  outlet: string;
  /** The sentence that names the outlet, as plain text. */
  sentence: string;
  /** Offsets, in `sentence`, of the outlet's name as written (the first, or the one that gave the role). */
  name: Span;
  /** What the sentence cites the outlet for. */
  role: CitationRole;
  /** The words that established the role ("according to", "told", "confirmed"); absent for a plain mention. */
  cue?: string;
  /** True when the source names its own publishing outlet: not a citation. */
  self: boolean;
}


/** Outlet names outside quotations, grouped into runs that share a cue. */
function runsOf(masked: string, names: readonly NameMatch[], coordination: RegExp): NameMatch[][] {
  const runs: NameMatch[][] = [];
  for (const name of names) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && !previous.possessive && coordination.test(masked.slice(previous.end, name.start))) run.push(name);
    else runs.push([name]);
  }
  return runs;
}

/** Trims the sentence's white space and moves the name's offsets with it. */
function sentenceText(text: string, span: Span, name: NameMatch): { sentence: string; name: Span } {
  const raw = text.slice(span.start, span.end);
  const lead = raw.length - raw.trimStart().length;
  return { sentence: raw.trim(), name: { start: name.start - span.start - lead, end: name.end - span.start - lead } };
}

/** Every outlet named in one paragraph, one citation per outlet per sentence, in text order. */
export function citationsInParagraph(
  text: string,
  matcher: NameMatcher,
  where: { slug: string; paragraph: number; outlet: string },
  language: Language,
): OutletCitation[] {
  const names = matcher.find(text).filter((name) => name.target.type === 'outlet');
  if (names.length === 0) return [];
  const quotations = language.findQuotations(text);
  const masked = blankQuotations(text, quotations);
  // Names, quotations and sentences are all in text order: each is walked once, alongside
  // the others, where looking each name up in every sentence and quotation was quadratic.
  let nextQuotation = 0;
  const quoted = (name: NameMatch) => {
    while (nextQuotation < quotations.length && quotations[nextQuotation]!.outer.end <= name.start) nextQuotation += 1;
    const quotation = quotations[nextQuotation];
    return quotation !== undefined && name.start >= quotation.outer.start;
  };
  let nextName = 0;
  const citations: OutletCitation[] = [];
  for (const span of language.splitSentences(text, quotations)) {
    while (nextName < names.length && names[nextName]!.start < span.start) nextName += 1;
    const inSentence: NameMatch[] = [];
    while (nextName < names.length && names[nextName]!.start < span.end) inSentence.push(names[nextName++]!);
    if (inSentence.length === 0) continue;
    const cues = new SentenceCues(masked, span, language.citationCues);
    const readings = new Map<NameMatch, RoleReading>();
    for (const run of runsOf(masked, inSentence.filter((name) => !quoted(name)), language.citationCues.coordination)) {
      const reading = readRole(masked, QUOTATION_MASK, span, cues, run[0]!.start, run.at(-1)!);
      for (const name of run) readings.set(name, reading);
    }
    // Where each outlet's citation is in `citations`, to replace a mention by a later role.
    const byOutlet = new Map<string, number>();
    for (const name of inSentence) {
      const reading = readings.get(name) ?? { role: 'mention' };
      const at = byOutlet.get(name.target.id);
      const existing = at === undefined ? undefined : citations[at];
      if (existing && (existing.role !== 'mention' || reading.role === 'mention')) continue;
      const { sentence, name: position } = sentenceText(text, span, name);
      const citation: OutletCitation = {
        slug: where.slug,
        paragraph: where.paragraph,
        outlet: name.target.id,
        sentence,
        name: position,
        role: reading.role,
        ...(reading.cue ? { cue: reading.cue.replace(/\s+/gu, ' ') } : {}),
        self: name.target.id === where.outlet,
      };
      if (at !== undefined) citations[at] = citation;
      else byOutlet.set(name.target.id, citations.push(citation) - 1);
    }
  }
  return citations;
}

/** Every sentence of every source that names an outlet, in source, paragraph and text order; each source read in its own language. */
export function findOutletCitations(sources: readonly CitingSource[], matcher: NameMatcher): OutletCitation[] {
  return sources.flatMap((source) => {
    const language = languageFor(source.language);
    return source.paragraphs.flatMap((text, index) =>
      citationsInParagraph(text, matcher, { slug: source.slug, paragraph: index + 1, outlet: source.outlet }, language),
    );
  });
}
