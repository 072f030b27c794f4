/**
 * What a source's page shows (src/pages/sources/[slug].astro) beside its text: the outlet's
 * name, each direct quotation with what its words rest on, its place among its paragraph's
 * quotations (where the marks in the text link) and the other sources' versions of it; the
 * cleaning marks; the structured data and the search attributes. The route only renders this.
 */
import type { ActorIndex } from '../actors/actor-index';
import type { AttributedQuotation } from '../attribution/types';
import { formatDate, isoDate } from '../lib/dates';
import { sourceHref } from '../lib/urls';
import { cleaningMarks, quotationAnchor, type CleaningMark } from '../markdown/cleaning-marks';
import { newsArticle, type JsonLd } from '../open-data/json-ld';
import type { CopyWording } from '../quotations/copy-wording';
import { standingSentence, type QuotationStanding, type ShownQuotation } from '../quotations/quotation-standing';
import type { QuotationVersion, QuotationVersionIndex } from '../quotations/quotation-versions';
import type { CleaningRecord } from '../schemas/cleaning-record';
import { damageNamed } from '../lib/cleaning-summary';
import type { SourceFrontmatter } from '../schemas/source';
import { pagefindAttributes } from '../search/index-attributes';

/** A source as the page needs it: its front matter, the outlet resolved to its id. */
export interface SourceEntry {
  id: string;
  data: Omit<SourceFrontmatter, 'outlet'> & { outlet: { id: string } };
}

/** The build's data a source page reads. */
export interface SourcePageInputs {
  outletNames: ReadonlyMap<string, string>;
  actorNames: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, { data: { outlet: { id: string } } }>;
  actorIndex: ActorIndex;
  versions: QuotationVersionIndex;
  standing(slug: string, quotation: ShownQuotation): Promise<QuotationStanding>;
  /** The source's cleaning record; undefined for a hand-written source. */
  record: CleaningRecord | undefined;
  /** Whose words the source's text is. */
  wording: CopyWording;
  /** The site's address, for the structured data's link to the page. */
  site: URL | undefined;
}

export interface ShownSourceQuotation {
  quotation: AttributedQuotation;
  /** The quotation's anchor: its paragraph and its place among that paragraph's quotations. */
  id: string;
  standing: QuotationStanding;
  versions: readonly QuotationVersion[];
}

export interface SourcePage {
  outletName: string;
  /** The page's description: outlet, date and title. */
  description: string;
  /** A source's outlet name, or its slug when the source is not known. */
  labelOf(slug: string): string;
  /** Every direct quotation, attributed or not. */
  quotations: readonly AttributedQuotation[];
  /** How many of them the text gives a speaker (a registry actor, or a name kept as written). */
  attributed: number;
  /** The sentence over the quotations: how many, and of how many the text names the speaker. */
  quotedSummary: string;
  shownQuotations: ShownSourceQuotation[];
  marks: CleaningMark[];
  /** The damage the page names: the sidecar's, then wording damage the cleaner found beyond it, said to be its finding. */
  damage: string[];
  /** For a spun or machine-translated copy, the sentence above its text saying whose words they are. */
  wordingNotice: string | undefined;
  structured: JsonLd;
  searchIndexAttributes: Record<string, string>;
}

/**
 * "6 direct quotations; the text names the speaker of 4." in words that read for every count:
 * a lone quotation has "its speaker", none named is "none of them", every one is "all 6".
 */
export function quotedSummary(count: number, attributed: number): string {
  if (count === 1) return `1 direct quotation; the text ${attributed === 1 ? 'names its speaker' : 'does not name its speaker'}.`;
  const named = attributed === 0 ? 'none of them' : attributed === count ? `all ${count}` : String(attributed);
  return `${count} direct quotations; the text names the speaker of ${named}.`;
}

export async function sourcePage(source: SourceEntry, inputs: SourcePageInputs): Promise<SourcePage> {
  const { outletNames, actorNames, actorIndex } = inputs;
  const { title, titleBasis, published, dateBasis, url, language } = source.data;
  const outletName = outletNames.get(source.data.outlet.id) ?? source.data.outlet.id;
  const labelOf = (slug: string) => outletNames.get(inputs.sources.get(slug)?.data.outlet.id ?? '') ?? slug;
  const quotations = actorIndex.quotationsIn(source.id);
  // Each quotation with its standing and its place among its paragraph's quotations (the marks link there).
  const positions = new Map<number, number>();
  const shownQuotations = await Promise.all(
    quotations.map(async (quotation) => {
      const position = positions.get(quotation.paragraph) ?? 0;
      positions.set(quotation.paragraph, position + 1);
      return {
        quotation,
        id: quotationAnchor(quotation.paragraph, position),
        standing: await inputs.standing(source.id, quotation),
        versions: inputs.versions.versionsOf(source.id, quotation.paragraph, quotation.start),
      };
    }),
  );
  // Search filters: the actors this source names (by any of their names), and its year. Looked
  // up per source, not by asking every actor about every source (quadratic at scale); the
  // filter keeps the registry's order.
  // Speakers the text names, whether the register of actors has them or not.
  const attributed = quotations.filter((quotation) => quotation.speaker !== undefined || quotation.speakerAsWritten !== undefined).length;
  const named = new Set(actorIndex.actorsIn(source.id));
  const namedActors: string[] = [];
  for (const [id, name] of actorNames) if (named.has(id)) namedActors.push(name);
  return {
    outletName,
    description: `${outletName}, ${formatDate(published)}: ${title}`,
    labelOf,
    quotations,
    attributed,
    quotedSummary: quotedSummary(quotations.length, attributed),
    shownQuotations,
    marks: inputs.record ? cleaningMarks(inputs.record) : [],
    // The damage declared, and any wording damage the cleaner found beyond it.
    damage: damageNamed(source.data.damage, inputs.record?.damageFound ?? []),
    wordingNotice: inputs.wording.notice,
    structured: newsArticle({
      quotations: shownQuotations.map(({ quotation, standing }) => ({
        text: quotation.text,
        speaker: quotation.speaker ? actorNames.get(quotation.speaker) : quotation.speakerAsWritten,
        standing: standingSentence(standing, labelOf),
      })),
      headline: title,
      titleIsOurs: titleBasis === 'editorial',
      published: isoDate(published),
      dateEstimated: dateBasis === 'estimated',
      language,
      publisher: outletName,
      originalUrl: url,
      page: new URL(sourceHref(source.id), inputs.site).href,
    }),
    searchIndexAttributes: pagefindAttributes(
      { kind: 'source', outlet: outletName, year: String(published.getUTCFullYear()), actor: namedActors },
      {
        kind: 'source',
        outlet: outletName,
        date: isoDate(published),
        published: `${dateBasis === 'estimated' ? 'about ' : ''}${formatDate(published)}`,
        // Shown with its passages in search results: they are our cleaning of a damaged copy.
        wording: inputs.wording.searchNote,
      },
    ),
  };
}
