/**
 * The citation graph: which source relies on which outlet, and for what, from the citations
 * read-citations.ts finds. Self mentions are left out.
 */
import { noRoles, type RoleCounts } from './citation-roles.ts';
import type { OutletCitation } from './read-citations.ts';

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
