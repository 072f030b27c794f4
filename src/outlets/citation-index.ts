/**
 * The outlet citations of a build, read once and looked up by source and by outlet, with
 * the citation graph: what the source, outlet and graph pages ask for.
 */
import type { NameMatcher } from '../actors/name-matcher.ts';
import { groupBy } from '../lib/list-limits.ts';
import { buildCitationGraph, type CitationGraph } from './citation-graph.ts';
import { noRoles, type RoleCounts } from './citation-roles.ts';
import { findOutletCitations, type CitingSource, type OutletCitation } from './read-citations.ts';

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
