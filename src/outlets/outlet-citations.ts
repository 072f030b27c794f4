/**
 * Which outlets each source cites as its own sources, and for what: read from the words
 * around each outlet's name, never guessed. A reader comparing sources needs to know when
 * two articles are one piece of reporting passed on twice ("according to The Record"), so
 * every mention of an outlet in a source becomes a citation with a role:
 *
 * - `report`: the outlet's reporting is relied on: "according to X", "reported by X",
 *   "citing X", "X reported / says / said / wrote / revealed", "X, which first reported …",
 *   "X's report", and a claim closed by "…, officials told X." (the outlet is where the
 *   claim was reported, not where someone made a statement);
 * - `confirmation`: the outlet confirmed someone else's reporting: "confirmed by X",
 *   "corroborated by X", "X confirmed", "X, which confirmed …";
 * - `statement-venue`: someone spoke to the outlet: "told X", "told X that / : “…”",
 *   "in a statement to X", "in an interview on / with X", "speaking to X", "said on X",
 *   "did not respond to X", "X's questions", "X questions";
 * - `mention`: any other mention, and every mention inside a quotation (the speaker names
 *   the outlet there, not the source).
 *
 * Cues are read within the mention's sentence, with quotations blanked out, so quoted
 * words never act as cues. A cue before the name may be separated from it by a short noun
 * phrase ("told the BBC's US partner CBS News"); outlets joined by "and" or commas share
 * their cue ("confirmed by The New York Times and The Washington Post"). A source's
 * mentions of its own publishing outlet ("told TechCrunch" in TechCrunch's article) are
 * kept, flagged `self`, and are not citations: the graph leaves them out. An outlet named
 * several times in one sentence is one citation, with the first role other than `mention`.
 *
 * Cost: a sentence's cue patterns are scanned once, and each name's nearest cue is found by
 * binary search, so the work grows with the paragraph; rescanning the sentence so far for
 * every name took minutes on a 1 MB paragraph naming an outlet 40,000 times.
 */
import { findQuotations, splitSentences, type QuotedSpan, type Span } from '../actors/quotations.ts';
import type { NameMatch, NameMatcher } from '../actors/name-matcher.ts';
import { groupBy } from '../lib/list-limits.ts';
import { PrefixMatches } from '../lib/prefix-matches.ts';

/** What a source cites an outlet for. */
export type CitationRole = 'report' | 'confirmation' | 'statement-venue' | 'mention';

/** Every role, strongest reliance first: the order roles are listed and counted in. */
export const citationRoles: readonly CitationRole[] = ['report', 'confirmation', 'statement-venue', 'mention'];

/** A source as the citation reader reads it. */
export interface CitingSource {
  /** Source slug. */
  slug: string;
  /** Id of the outlet that published the source; its mentions of that outlet are `self`. */
  outlet: string;
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

interface RoleReading {
  role: CitationRole;
  cue?: string;
}

/** Characters a quotation is blanked with, so cue patterns never read inside it. */
const MASK = '\u2063';

/** Cues before the name, nearest wins. Each ends just before the name or the short noun phrase leading to it. */
const CUES_BEFORE: readonly { role: Exclude<CitationRole, 'mention'>; pattern: RegExp }[] = [
  { role: 'report', pattern: /\baccording to\b/giu },
  { role: 'report', pattern: /\b(?:(?:first|originally|initially)\s+)?(?:reported|revealed|broken|published|disclosed|cited|quoted)\s+(?:first\s+)?by\b/giu },
  { role: 'report', pattern: /\b(?:reported|published|revealed|disclosed|appeared)\s+in\b/giu },
  { role: 'report', pattern: /\b(?:reports?|reporting|story|article|investigation)\s+(?:by|from|in)\b/giu },
  { role: 'report', pattern: /\b(?:citing|per)\b/giu },
  { role: 'confirmation', pattern: /\b(?:confirmed|corroborated|verified|backed up)(?:\s+(?:independently|separately))?\s+by\b/giu },
  { role: 'statement-venue', pattern: /\b(?:told|tells|telling|tell)\b/giu },
  { role: 'statement-venue', pattern: /\b(?:statements?|comments?|remarks|emails?|response|briefing)\s+to\b/giu },
  { role: 'statement-venue', pattern: /\binterviews?\s+(?:on|with|to)\b/giu },
  { role: 'statement-venue', pattern: /\b(?:speaking|spoke|speak|speaks|talking|talked|talks|talk)\s+(?:to|with|on)\b/giu },
  { role: 'statement-venue', pattern: /\b(?:appeared|appearing|appears|said|says|saying)\s+on\b/giu },
  { role: 'statement-venue', pattern: /\b(?:confirmed|said|denied|explained|acknowledged|admitted|wrote)\s+to\b/giu },
  { role: 'statement-venue', pattern: /\b(?:respond|responded|responds|responding|reply|replied|replies|answer|answered|answers)\s+to\b/giu },
  { role: 'statement-venue', pattern: /\b(?:asked|contacted|approached|reached)\s+by\b/giu },
  { role: 'statement-venue', pattern: /\b(?:questions?|queries|inquiry|inquiries|requests?(?:\s+for\s+comment)?)\s+from\b/giu },
];

/** Cues that make "told X" a statement venue however the sentence ends. */
const TELLING = /^(?:told|tells|telling|tell)$/iu;

/**
 * Words allowed between a cue and the name: an optional article, then up to four words
 * ("told the BBC's US partner CBS News"). Words that start a new clause or phrase stop it.
 */
const BRIDGE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u;
const BRIDGE_STOP = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'and', 'or', 'but', 'because', 'if', 'as', 'than',
  'then', 'after', 'before', 'since', 'about', 'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'not',
  'to', 'of', 'in', 'on', 'by', 'for', 'from', 'with', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'reporters',
  'journalists', 'the', 'a', 'an',
]);
const ARTICLE = /^(?:the|a|an)$/iu;
const WHITE_SPACE = /\s/u;

/** After a possessive name: "X's questions" is a statement venue, "X's report" is a report. */
const POSSESSIVE_VENUE = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:questions?|queries|query|inquir(?:y|ies)|requests?|interviews?|programme|program|show|broadcast)\b/iu;
const POSSESSIVE_REPORT = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:reports?|reporting|story|stories|articles?|investigations?|analysis|scoop|coverage)\b/iu;
/** The name used as a noun modifier: "TechCrunch questions", "a New York Times report". */
const MODIFIER_VENUE = /^\s+(?:questions?|queries|inquir(?:y|ies)|requests?|interviews?)\b/iu;
const MODIFIER_REPORT = /^\s+(?:reports?|reporting|story|stories|articles?|investigations?|analysis|scoop)\b/iu;

/** Adverbs and auxiliaries between the name and its verb ("The Guardian also says"). */
const BETWEEN_NAME_AND_VERB = String.raw`(?:(?:also|first|later|earlier|previously|separately|independently|has|have|had|was|were|initially|originally|since|then|\p{L}+ly)\s+)*`;
/** An appositive after the name: "The Record, a cybersecurity publication, reported". */
const APPOSITIVE = String.raw`(?:,[^,;${MASK}]{1,80},\s*)?`;
const REPORT_VERBS = String.raw`reported|reports|reporting|report|says|said|say|wrote|writes|revealed|reveals|published|publishes|found|finds|added|adds|noted|notes|cited|cites|claimed|claims|quoted|quotes|described|describes|obtained|learned|broke|disclosed`;
const CONFIRM_VERBS = String.raw`confirmed|confirms|confirm|corroborated|corroborates|verified|verifies`;
const VERB_AFTER = new RegExp(String.raw`^\s*${APPOSITIVE}${BETWEEN_NAME_AND_VERB}(?<verb>${REPORT_VERBS}|${CONFIRM_VERBS})\b`, 'iu');
/** "X, which first reported the news"; "X, a cybersecurity publication which first reported". */
const RELATIVE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:[^,;${MASK}]{0,80}?\s)?(?:which|that|who)\s+${BETWEEN_NAME_AND_VERB}(?<verb>${REPORT_VERBS}|${CONFIRM_VERBS})\b`,
  'iu',
);
const CONFIRMING = new RegExp(String.raw`^(?:${CONFIRM_VERBS})$`, 'iu');

/** Joins outlets that share one cue: ", ", " and ", ", and ", " or ", " as well as ". */
const COORDINATION = /^\s*(?:,\s*)?(?:(?:and|or|as well as|&)\s+)?$/iu;
/** What may follow "told X" when the telling closes a reported claim: a few words, then the stop. */
const SENTENCE_CLOSE = /^(?:\s+[\p{L}\p{N}]+){0,3}\s*[.!?]*["”’)\]]*\s*$/u;

/** The text with every quotation blanked out, same length; built in one pass, as a paragraph may hold thousands. */
function blankQuotations(text: string, quotations: readonly QuotedSpan[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const { outer } of quotations) {
    parts.push(text.slice(cursor, outer.start), MASK.repeat(outer.end - outer.start));
    cursor = outer.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/**
 * A sentence's cues before names, each pattern scanned once: asking for the nearest cue
 * before each name by scanning the sentence so far again was quadratic in a sentence naming
 * outlets thousands of times.
 */
class SentenceCues {
  readonly #text: string;
  #found: PrefixMatches[] | undefined;

  constructor(masked: string, sentence: Span) {
    this.#text = masked.slice(sentence.start, sentence.end);
  }

  /** Each pattern's matches, in CUES_BEFORE order; scanned on first use (most sentences name no outlet). */
  get patterns(): PrefixMatches[] {
    this.#found ??= CUES_BEFORE.map(({ pattern }) => new PrefixMatches(pattern, this.#text));
    return this.#found;
  }
}

/** The words of `text` (split at white space) when there are at most `most`; undefined when more. */
function fewWords(text: string, most: number): string[] | undefined {
  // Read from the end, so a long text costs no more than its last few words.
  const words: string[] = [];
  let end = text.length;
  while (end > 0) {
    while (end > 0 && WHITE_SPACE.test(text.charAt(end - 1))) end -= 1;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !WHITE_SPACE.test(text.charAt(start - 1))) start -= 1;
    if (words.length === most) return undefined;
    words.unshift(text.slice(start, end));
    end = start;
  }
  return words;
}

/** True when the words between a cue and a name are a short noun phrase leading to the name. */
function isBridge(text: string): boolean {
  // An article and four words at most; a sixth word already rules it out.
  const words = fewWords(text, 5);
  if (!words) return false;
  if (words.length > 0 && ARTICLE.test(words[0]!)) words.shift();
  if (words.length > 4) return false;
  return words.every((word) => BRIDGE_WORD.test(word) && !BRIDGE_STOP.has(word.toLowerCase()));
}

/** The nearest cue before `at` in the sentence whose gap to the name is a bridge. */
function cueBefore(
  masked: string,
  sentence: Span,
  cues: SentenceCues,
  at: number,
): { role: Exclude<CitationRole, 'mention'>; index: number; value: string } | undefined {
  let best: { role: Exclude<CitationRole, 'mention'>; index: number; end: number; value: string } | undefined;
  cues.patterns.forEach((matches, position) => {
    const found = matches.lastBefore(at - sentence.start);
    if (found && (!best || found.end > best.end || (found.end === best.end && found.index < best.index))) {
      best = { role: CUES_BEFORE[position]!.role, ...found };
    }
  });
  if (!best || !isBridge(masked.slice(sentence.start + best.end, at))) return undefined;
  return { role: best.role, index: sentence.start + best.index, value: best.value };
}

/**
 * "<claim>, officials told X." reports the claim through X; "X told Y that …", "told X:" and
 * "“…,” she told X." are statements made to X. The telling closes a claim when an unquoted
 * clause with words in it ends in a comma before the teller, and nothing but a few words
 * follow the name.
 */
function closesReportedClaim(masked: string, sentence: Span, cueAt: number, after: string): boolean {
  if (!SENTENCE_CLOSE.test(after) || /\bthat\b/iu.test(after)) return false;
  const before = masked.slice(sentence.start, cueAt);
  const comma = before.lastIndexOf(',');
  if (comma < 0) return false;
  const teller = before.slice(comma + 1).trim().split(/\s+/u);
  return teller.length <= 8 && /\p{L}/u.test(before.slice(0, comma).replaceAll(MASK, ''));
}

/** The role of a run of coordinated outlet names, from the words around the run. */
function readRole(masked: string, sentence: Span, cues: SentenceCues, start: number, last: NameMatch): RoleReading {
  const afterName = masked.slice(last.end, sentence.end);
  if (last.possessive) {
    const venue = POSSESSIVE_VENUE.exec(afterName);
    if (venue) return { role: 'statement-venue', cue: `${last.text}${venue[0]}` };
    const report = POSSESSIVE_REPORT.exec(afterName);
    if (report) return { role: 'report', cue: `${last.text}${report[0]}` };
  } else {
    const venue = MODIFIER_VENUE.exec(afterName);
    if (venue) return { role: 'statement-venue', cue: `${last.text}${venue[0]}` };
    const report = MODIFIER_REPORT.exec(afterName);
    if (report) return { role: 'report', cue: `${last.text}${report[0]}` };
  }
  const cue = cueBefore(masked, sentence, cues, start);
  if (cue) {
    if (cue.role === 'statement-venue' && TELLING.test(cue.value) && !last.possessive && closesReportedClaim(masked, sentence, cue.index, afterName)) {
      return { role: 'report', cue: cue.value };
    }
    return { role: cue.role, cue: cue.value };
  }
  if (last.possessive) return { role: 'mention' };
  const verb = RELATIVE_AFTER.exec(afterName) ?? VERB_AFTER.exec(afterName);
  const value = verb?.groups?.['verb'];
  if (value) return { role: CONFIRMING.test(value) ? 'confirmation' : 'report', cue: value };
  return { role: 'mention' };
}

/** Outlet names outside quotations, grouped into runs that share a cue. */
function runsOf(masked: string, names: readonly NameMatch[]): NameMatch[][] {
  const runs: NameMatch[][] = [];
  for (const name of names) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && !previous.possessive && COORDINATION.test(masked.slice(previous.end, name.start))) run.push(name);
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
): OutletCitation[] {
  const names = matcher.find(text).filter((name) => name.target.type === 'outlet');
  if (names.length === 0) return [];
  const quotations = findQuotations(text);
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
  for (const span of splitSentences(text, quotations)) {
    while (nextName < names.length && names[nextName]!.start < span.start) nextName += 1;
    const inSentence: NameMatch[] = [];
    while (nextName < names.length && names[nextName]!.start < span.end) inSentence.push(names[nextName++]!);
    if (inSentence.length === 0) continue;
    const cues = new SentenceCues(masked, span);
    const readings = new Map<NameMatch, RoleReading>();
    for (const run of runsOf(masked, inSentence.filter((name) => !quoted(name)))) {
      const reading = readRole(masked, span, cues, run[0]!.start, run.at(-1)!);
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

/** Every sentence of every source that names an outlet, in source, paragraph and text order. */
export function findOutletCitations(sources: readonly CitingSource[], matcher: NameMatcher): OutletCitation[] {
  return sources.flatMap((source) =>
    source.paragraphs.flatMap((text, index) =>
      citationsInParagraph(text, matcher, { slug: source.slug, paragraph: index + 1, outlet: source.outlet }),
    ),
  );
}

/** How many citations of each role, every role present (zero where none). */
export type RoleCounts = Record<CitationRole, number>;

function noRoles(): RoleCounts {
  return { report: 0, confirmation: 0, 'statement-venue': 0, mention: 0 };
}

/** The roles with a count, in `citationRoles` order. */
export function rolesPresent(counts: RoleCounts): CitationRole[] {
  return citationRoles.filter((role) => counts[role] > 0);
}

/** A source in the citation graph. */
export interface SourceNode {
  /** Source slug. */
  slug: string;
  /** Id of the outlet that published it. */
  outlet: string;
  /** Citations of other outlets in it. */
  citations: number;
}

/** A cited outlet in the citation graph. */
export interface OutletNode {
  /** Outlet id. */
  id: string;
  /** Citations of it across sources. */
  citations: number;
  /** Sources citing it. */
  sources: number;
}

/** One source citing one outlet. */
export interface CitationEdge {
  /** Slug of the citing source. */
  slug: string;
  /** Id of the cited outlet. */
  outlet: string;
  /** Citations per role. */
  roles: RoleCounts;
  /** All citations along the edge. */
  total: number;
}

/** Which source relies on whom. Self mentions are left out. */
export interface CitationGraph {
  /** Every source, in the order given. */
  sources: SourceNode[];
  /** Every cited outlet, ordered so lines cross little: by the mean position of the sources citing it, then id. */
  outlets: OutletNode[];
  /** Source → outlet, by source order, then outlet order. */
  edges: CitationEdge[];
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The citation graph of the sources. Outlets are placed by the mean position of the sources
 * citing them (the barycentre heuristic), which keeps lines from crossing where it can,
 * with ties broken by more citations first and then by id, so the order is the same on
 * every build.
 */
export function buildCitationGraph(
  sources: readonly { slug: string; outlet: string }[],
  citations: readonly OutletCitation[],
): CitationGraph {
  const position = new Map(sources.map((source, index) => [source.slug, index]));
  const edges = new Map<string, CitationEdge>();
  for (const citation of citations) {
    if (citation.self || !position.has(citation.slug)) continue;
    const key = `${citation.slug}\u0000${citation.outlet}`;
    const edge = edges.get(key) ?? { slug: citation.slug, outlet: citation.outlet, roles: noRoles(), total: 0 };
    edge.roles[citation.role] += 1;
    edge.total += 1;
    edges.set(key, edge);
  }
  const outletStats = new Map<string, { citations: number; sources: number; positions: number }>();
  const sourceCitations = new Map<string, number>();
  for (const edge of edges.values()) {
    const stats = outletStats.get(edge.outlet) ?? { citations: 0, sources: 0, positions: 0 };
    stats.citations += edge.total;
    stats.sources += 1;
    stats.positions += position.get(edge.slug)!;
    outletStats.set(edge.outlet, stats);
    sourceCitations.set(edge.slug, (sourceCitations.get(edge.slug) ?? 0) + edge.total);
  }
  const outlets = [...outletStats]
    .map(([id, stats]) => ({ id, citations: stats.citations, sources: stats.sources, barycentre: stats.positions / stats.sources }))
    .sort((a, b) => a.barycentre - b.barycentre || b.citations - a.citations || compareIds(a.id, b.id));
  const outletOrder = new Map(outlets.map((outlet, index) => [outlet.id, index]));
  return {
    sources: sources.map((source) => ({ slug: source.slug, outlet: source.outlet, citations: sourceCitations.get(source.slug) ?? 0 })),
    outlets: outlets.map(({ id, citations: count, sources: citing }) => ({ id, citations: count, sources: citing })),
    edges: [...edges.values()].sort(
      (a, b) => position.get(a.slug)! - position.get(b.slug)! || outletOrder.get(a.outlet)! - outletOrder.get(b.outlet)!,
    ),
  };
}

/** Citations looked up by source and by outlet, and the graph, computed once per build. */
export interface OutletCitationIndex {
  /** Every citation and self mention, in source order. */
  all: readonly OutletCitation[];
  /** Citations of other outlets in a source (self mentions left out), in text order. */
  citationsIn(slug: string): readonly OutletCitation[];
  /** A source's mentions of its own publishing outlet. */
  selfMentionsIn(slug: string): readonly OutletCitation[];
  /** Every citation of an outlet by a source it did not publish, in source order. */
  citationsOf(outlet: string): readonly OutletCitation[];
  /** The citation graph. */
  graph: CitationGraph;
}

export function buildOutletCitationIndex(sources: readonly CitingSource[], matcher: NameMatcher): OutletCitationIndex {
  const all = findOutletCitations(sources, matcher);
  const cited = all.filter((citation) => !citation.self);
  const bySource = groupBy(cited, (citation) => citation.slug);
  const selfBySource = groupBy(
    all.filter((citation) => citation.self),
    (citation) => citation.slug,
  );
  const byOutlet = groupBy(cited, (citation) => citation.outlet);
  return {
    all,
    citationsIn: (slug) => bySource.get(slug) ?? [],
    selfMentionsIn: (slug) => selfBySource.get(slug) ?? [],
    citationsOf: (outlet) => byOutlet.get(outlet) ?? [],
    graph: buildCitationGraph(sources, all),
  };
}

/** Citations grouped by a key, keeping first-seen order of keys and text order within. */
export function groupCitations(citations: readonly OutletCitation[], by: 'slug' | 'outlet'): { key: string; citations: OutletCitation[]; roles: RoleCounts }[] {
  return [...groupBy(citations, (citation) => citation[by])].map(([key, list]) => {
    const roles = noRoles();
    for (const citation of list) roles[citation.role] += 1;
    return { key, citations: list, roles };
  });
}
