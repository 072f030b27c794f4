/**
 * What an outlet's page shows (src/pages/outlets/[id].astro): the dossier's sources it
 * published, newest first past `LIST_LIMITS.outletSources`; the citations of it in other
 * sources, grouped by citing source and capped the same way; its self mentions; its search
 * attributes. The route only renders this.
 */
import { groupBy, LIST_LIMITS, topInOrder, type Capped } from '../lib/list-limits';
import { titleLang } from '../lib/text-language';
import { withBase } from '../lib/urls';
import { pagefindAttributes } from '../search/index-attributes';

/** A source as the outlet page names it. */
export interface PublishedSource {
  id: string;
  data: { title: string; published: Date; language: string; titleBasis: 'published' | 'editorial'; outlet: { id: string } };
}

/** The citation index as the outlet page reads it (src/outlets/), for citations of type `Citation`. */
export interface OutletCitationsRead<Citation extends { slug: string }> {
  citationsOf(outlet: string): readonly Citation[];
  selfMentionsIn(slug: string): readonly unknown[];
}

/** The build's data an outlet page reads. */
export interface OutletPageInputs<Source extends PublishedSource, Citation extends { slug: string }> {
  outletNames: ReadonlyMap<string, string>;
  /** The sources the outlet published, oldest first. */
  published: readonly Source[];
  sourcesById: ReadonlyMap<string, Source>;
  citations: OutletCitationsRead<Citation>;
}

/** A citing source as the cited-by list names it. */
export interface CitingSourceInfo {
  title: string;
  titleLang: string | undefined;
  outletName: string;
}

export interface OutletPage<Source, Citation> {
  /** Citations of the outlet in sources it did not publish. */
  citations: readonly Citation[];
  /** The published sources listed (the newest, past the limit), and how many are not. */
  publishedShown: Capped<Source>;
  /** The citing sources listed (those citing it most, past the limit), each its citations, and how many are not. */
  citedByShown: Capped<Citation[]>;
  /** The citations of the listed citing sources, in source order. */
  shownCitations: Citation[];
  /** Titles and outlets of the citing sources listed, the only ones the list names. */
  sourceInfo: ReadonlyMap<string, CitingSourceInfo>;
  /** The search for every source the outlet published, where the list stops. */
  searchPublished: string;
  /** Mentions of the outlet in its own sources. */
  selfMentions: number;
  /** Distinct sources citing it. */
  citingSources: number;
  searchIndexAttributes: Record<string, string>;
}

export function outletPage<Source extends PublishedSource, Citation extends { slug: string }>(
  outlet: { id: string; data: { name: string } },
  inputs: OutletPageInputs<Source, Citation>,
): OutletPage<Source, Citation> {
  const { published, sourcesById, outletNames } = inputs;
  const citations = inputs.citations.citationsOf(outlet.id);
  // Past the limit the page lists the newest sources it published and the sources citing it most.
  const publishedShown = topInOrder(published, LIST_LIMITS.outletSources, (source) => source.data.published.getTime());
  const citedByShown = topInOrder([...groupBy(citations, (citation) => citation.slug).values()], LIST_LIMITS.outletSources, (group) => group.length);
  const sourceInfo = new Map(
    citedByShown.shown.flatMap((group) => {
      const source = group[0] ? sourcesById.get(group[0].slug) : undefined;
      if (!source) return [];
      const info: CitingSourceInfo = {
        title: source.data.title,
        titleLang: titleLang(source.data.language, source.data.titleBasis),
        outletName: outletNames.get(source.data.outlet.id) ?? source.data.outlet.id,
      };
      return [[source.id, info] as const];
    }),
  );
  return {
    citations,
    publishedShown,
    citedByShown,
    shownCitations: citedByShown.shown.flat(),
    sourceInfo,
    searchPublished: withBase(`search/?kind=source&outlet=${encodeURIComponent(outlet.data.name)}`),
    selfMentions: published.reduce((sum, source) => sum + inputs.citations.selfMentionsIn(source.id).length, 0),
    citingSources: new Set(citations.map((citation) => citation.slug)).size,
    searchIndexAttributes: pagefindAttributes({ kind: 'outlet' }, { kind: 'outlet' }),
  };
}
