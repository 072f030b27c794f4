/**
 * What an actor's page shows (src/pages/actors/[id].astro), built from the per-build
 * indexes: the quotations attributed to the actor and the sources naming it, grouped by
 * source; the actors named alongside it; the actors it is part of and the ones it includes;
 * its structured data and search attributes. Every list is capped (`LIST_LIMITS.actorSources`
 * sources, `actorQuotations` quotations, `actorMentions` mentions, `actorAlongside` actors),
 * with how many more there are and a search for the sources naming the actor, so the page
 * stays within the first-round-trip budget however often the sources name it. The route only
 * renders this.
 */
import type { ActorIndex, ParagraphMentions, SourceMentionCount, SourcedQuotation } from '../actors/actor-index';
import { firstAcross, groupBy, LIST_LIMITS, topInOrder, type Capped } from '../lib/list-limits';
import { actorHref, withBase } from '../lib/urls';
import { actorThing, type JsonLd } from '../open-data/json-ld';
import type { QuotationStanding, ShownQuotation } from '../quotations/quotation-standing';
import type { QuotationVersion, QuotationVersionIndex } from '../quotations/quotation-versions';
import type { ActorFrontmatter } from '../schemas/actor';
import { pagefindAttributes } from '../search/index-attributes';

/** An actor as the page needs it: its front matter, affiliations resolved to ids. */
export interface ActorEntry {
  id: string;
  data: Omit<ActorFrontmatter, 'affiliations'> & { affiliations: ReadonlyArray<{ id: string }> };
}

/** A source as the page names it. */
export interface NamedSource {
  data: { title: string; outlet: { id: string } };
}

/** Who each actor is part of and who is part of it, computed once per build (not a scan of every actor per page). */
export interface AffiliationIndex {
  /** The actors `id` is part of, in the order its front matter lists them. */
  partOf(id: string): readonly ActorEntry[];
  /** The actors that list `id` among their affiliations, in the order of `actors`. */
  members(id: string): readonly ActorEntry[];
}

export function affiliationIndex(actors: readonly ActorEntry[]): AffiliationIndex {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const members = groupBy(
    actors.flatMap((actor) => [...new Set(actor.data.affiliations.map((reference) => reference.id))].map((parent) => ({ parent, actor }))),
    (link) => link.parent,
  );
  return {
    partOf: (id) => (byId.get(id)?.data.affiliations ?? []).flatMap((reference) => byId.get(reference.id) ?? []),
    members: (id) => (members.get(id) ?? []).map((link) => link.actor),
  };
}

/** The build's data an actor page reads. */
export interface ActorPageInputs {
  actors: readonly ActorEntry[];
  affiliations: AffiliationIndex;
  index: ActorIndex;
  outletNames: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, NamedSource>;
  versions: QuotationVersionIndex;
  standing(slug: string, quotation: ShownQuotation): Promise<QuotationStanding>;
  /** The site's address, for the structured data's absolute links. */
  site: URL | undefined;
}

export interface ActorQuotationGroup {
  slug: string;
  quotations: Array<{ quotation: SourcedQuotation; standing: QuotationStanding; versions: readonly QuotationVersion[] }>;
}

export interface ActorPage {
  /** The source's outlet name, or its slug when the source is not known. */
  sourceLabel(slug: string): string;
  /** Display names of the actors of the dossier. */
  actorNames: ReadonlyMap<string, string>;
  /** Per source: how often it names the actor. */
  perSource: readonly SourceMentionCount[];
  /** Actors named in the same paragraphs, most shared paragraphs first (only actors of the dossier), the first `LIST_LIMITS.actorAlongside`. */
  alongside: ReadonlyArray<{ id: string; paragraphs: number }>;
  /** How many more actors are named alongside it. */
  hiddenAlongside: number;
  /** Every quotation attributed to the actor. */
  quotations: readonly SourcedQuotation[];
  /** The sources quoting the actor that are listed, and how many are not. */
  quotedIn: Capped<string>;
  /** The sources naming the actor that are listed, and how many are not. */
  namedIn: Capped<SourceMentionCount>;
  /** The quotations shown: the first `LIST_LIMITS.actorQuotations` of the sources quoting the actor most, by source. */
  quotationGroups: ActorQuotationGroup[];
  /** The mentions shown: the first `LIST_LIMITS.actorMentions` of the sources naming the actor most, by source. */
  mentionGroups: Array<SourceMentionCount & { paragraphMentions: readonly ParagraphMentions[] }>;
  /** Quotations not shown. */
  hiddenQuotations: number;
  /** Mentions (paragraphs naming the actor) not shown. */
  hiddenMentions: number;
  /** Total mentions of the actor. */
  total: number;
  /** The search for the sources naming the actor, where the lists stop. */
  searchSources: string;
  affiliations: readonly ActorEntry[];
  members: readonly ActorEntry[];
  structured: JsonLd;
  searchIndexAttributes: Record<string, string>;
}

export async function actorPage(actor: ActorEntry, inputs: ActorPageInputs): Promise<ActorPage> {
  const { index, outletNames, sources, versions } = inputs;
  const actorNames = new Map(inputs.actors.map((candidate) => [candidate.id, candidate.data.name]));
  const sourceLabel = (slug: string) => outletNames.get(sources.get(slug)?.data.outlet.id ?? '') ?? slug;
  const mentions = index.mentionsOf(actor.id);
  const perSource = index.sourcesOf(actor.id);
  const quotations = index.quotationsBy(actor.id);
  // Grouped in one pass: filtering every mention per source is quadratic for an actor most sources name.
  const quotationsBySource = groupBy(quotations, (quotation) => quotation.slug);
  const mentionsBySource = groupBy(mentions, (mention) => mention.slug);
  // Past LIST_LIMITS.actorSources, each section lists the sources that quote or name the actor
  // most (in source order) and sends the reader to search for the rest.
  const quotedIn = topInOrder([...quotationsBySource.keys()], LIST_LIMITS.actorSources, (slug) => quotationsBySource.get(slug)?.length ?? 0);
  const namedIn = topInOrder(perSource, LIST_LIMITS.actorSources, (count) => count.mentions);
  // Each quotation and mention is a block of text: past their own limits, the first ones of
  // those sources are shown, so the page's weight does not grow with the actor's fame.
  const shownQuotations = firstAcross(quotedIn.shown, LIST_LIMITS.actorQuotations, (slug) => quotationsBySource.get(slug) ?? []);
  const shownMentions = firstAcross(namedIn.shown, LIST_LIMITS.actorMentions, (count) => mentionsBySource.get(count.slug) ?? []);
  const alongside = index.alongside(actor.id).filter((other) => actorNames.has(other.id));
  const quotationGroups = await Promise.all(
    shownQuotations.shown.map(async ({ group: slug, items }) => ({
      slug,
      quotations: await Promise.all(
        items.map(async (quotation) => ({
          quotation,
          standing: await inputs.standing(slug, quotation),
          versions: versions.versionsOf(slug, quotation.paragraph, quotation.start),
        })),
      ),
    })),
  );
  const affiliations = inputs.affiliations.partOf(actor.id);
  const absolute = (path: string) => new URL(path, inputs.site).href;
  return {
    sourceLabel,
    actorNames,
    perSource,
    alongside: alongside.slice(0, LIST_LIMITS.actorAlongside),
    hiddenAlongside: Math.max(0, alongside.length - LIST_LIMITS.actorAlongside),
    quotations,
    quotedIn,
    namedIn,
    quotationGroups,
    mentionGroups: shownMentions.shown.map(({ group: count, items }) => ({ ...count, paragraphMentions: items })),
    hiddenQuotations: quotations.length - quotationGroups.reduce((sum, group) => sum + group.quotations.length, 0),
    hiddenMentions: mentions.length - shownMentions.shown.reduce((sum, group) => sum + group.items.length, 0),
    total: index.mentionCount(actor.id),
    searchSources: withBase(`search/?kind=source&actor=${encodeURIComponent(actor.data.name)}`),
    affiliations,
    members: inputs.affiliations.members(actor.id),
    structured: actorThing({
      name: actor.data.name,
      kind: actor.data.kind,
      role: actor.data.role,
      aliases: actor.data.aliases,
      page: absolute(actorHref(actor.id)),
      affiliations: affiliations.map((parent) => ({ name: parent.data.name, page: absolute(actorHref(parent.id)) })),
    }),
    searchIndexAttributes: pagefindAttributes(
      { kind: 'actor', 'actor kind': actor.data.kind, actor: actor.data.name },
      { kind: 'actor', 'actor kind': actor.data.kind, role: actor.data.role },
    ),
  };
}
