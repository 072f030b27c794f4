/**
 * What the outlets index lists past its limits (src/pages/outlets/index.astro, and its
 * citation table in src/components/CitationGraph.astro). Each list stops at a count and at a
 * number of characters of its text: a maintainer writes each outlet's description at any
 * length, and the table keeps the sources citing the most outlets, whose rows are the longest
 * and grow with the dossier, so a count alone cannot keep the page within its budget.
 */
import { LIST_LIMITS, topInOrderWithin, type Capped } from '../lib/list-limits';

/** An outlet as its card on the index shows it. */
export interface IndexedOutlet {
  data: { name: string; description: string };
}

/** The outlets given a card: those publishing and cited most (`weight`), in their order. */
export function outletCards<Outlet extends IndexedOutlet>(outlets: readonly Outlet[], weight: (outlet: Outlet) => number): Capped<Outlet> {
  return topInOrderWithin(outlets, LIST_LIMITS.outletsIndex, weight, (outlet) => `${outlet.data.name}${outlet.data.description}`, LIST_LIMITS.outletsIndexCharacters);
}

/** The citation table's rows: the sources citing the most outlets (`outletsCited`), in their order; `rowText` is what a row shows. */
export function citationTableRows<Source>(sources: readonly Source[], outletsCited: (source: Source) => number, rowText: (source: Source) => string): Capped<Source> {
  return topInOrderWithin(sources, LIST_LIMITS.citationTableSources, outletsCited, rowText, LIST_LIMITS.citationTableCharacters);
}
