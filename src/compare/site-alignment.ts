/**
 * The alignment as the site shows it: every source aligned with the registry's actors, and
 * per match a short hint of what the two passages share, in words a reader recognises
 * (actor names, then the weightiest shared words that are not already part of those names).
 * Kept apart from the aligner so that it stays free of the registry, and apart from the
 * page so that the choices are testable.
 */
import { actorReader, alignPassages, summarisePairs, type Alignment, type AlignmentInput, type PairSummary, type PassageMatch } from './align-passages.ts';
import { NameMatcher, tokenize, type NamedEntry } from '../actors/name-matcher.ts';
import { english } from '../language/en/index.ts';
import type { Language } from '../language/language.ts';

/** The alignment of the site's sources, with what the page needs to show it. */
export interface SiteAlignment {
  /** Every paragraph of every source with its matches. */
  alignment: Alignment;
  /** Pairs of sources that share at least one passage. */
  pairs: PairSummary[];
  /** What a match shares, as a short list of names and words ("Ilsa Marrow", "guidance"). */
  sharedHint: (match: PassageMatch) => string[];
}

/** At most this many actors, then words, in a hint. */
const HINT_ACTORS = 3;
const HINT_ITEMS = 5;

/**
 * `matcher` must be built from `registry`; pass one to share its work with other indexes.
 * `language` is the one passages are compared in (the dossier's): English unless given.
 */
export function alignSources(
  sources: readonly AlignmentInput[],
  registry: readonly NamedEntry[],
  matcher: NameMatcher = new NameMatcher(registry),
  language: Language = english,
): SiteAlignment {
  return siteAlignment(alignPassages(sources, { actorsOf: actorReader(matcher), language }), registry, language);
}

/**
 * The site's view of an alignment made already, as `alignSources` makes it: for a build that
 * aligns once and reads the result at more than one threshold (see `withThreshold`).
 */
export function siteAlignment(alignment: Alignment, registry: readonly NamedEntry[], language: Language = english): SiteAlignment {
  const { canonicalWord } = language;
  const entries = new Map(registry.filter((entry) => entry.type === 'actor').map((entry) => [entry.id, entry]));
  // The words of every name an actor goes by, so "Ilsa" is not listed beside "Ilsa Marrow".
  const nameWords = new Map(
    [...entries].map(([id, entry]) => [
      id,
      new Set([entry.name, ...entry.aliases].flatMap((name) => tokenize(name).map((token) => canonicalWord(token.value)))),
    ]),
  );

  const sharedHint = (match: PassageMatch): string[] => {
    const actors = match.sharedActors.slice(0, HINT_ACTORS);
    const covered = new Set(actors.flatMap((id) => [...(nameWords.get(id) ?? [])]));
    const words = match.sharedTerms.filter((word) => !covered.has(canonicalWord(word)));
    return [...actors.map((id) => entries.get(id)?.name ?? id), ...words].slice(0, HINT_ITEMS);
  };

  return { alignment, pairs: summarisePairs(alignment), sharedHint };
}
