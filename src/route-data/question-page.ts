/**
 * What a key question's page shows (src/pages/questions/[id].astro): the answers oldest
 * first, each with how it stands among the others (first to report, whose reporting it
 * repeats) and its evidence placed in the source with the restorations it holds; then, for
 * a handful of sources, the ones that do not answer ("not reported" when an editor found them
 * silent, "not yet read" otherwise: src/questions/no-answer.ts); the search attributes.
 * The answers come `LIST_LIMITS.questionAnswers` a page: the first at `/questions/<id>/`, the
 * others at `/questions/<id>/page/<n>/` (src/pages/questions/[id]/page/[page].astro), so a
 * question most sources answer stays within the first-round-trip budget. The routes only
 * render this.
 */
import { formatDate } from '../lib/dates';
import { LIST_LIMITS } from '../lib/list-limits';
import { listPages, pagedPath, paginationOf, type Pagination } from './list-pages';
import { outletHref, sourceHref } from '../lib/urls';
import type { QuestionOrigins } from '../origins/claim-origins';
import { answerOriginView, answersPerDate, type AnswerOriginView, type OriginLinks } from '../origins/origin-wording';
import { placeEvidence, type PlacedEvidence } from '../questions/question-evidence';
import { doubtfulRestorations, type CopyWording } from '../quotations/copy-wording';
import type { CleaningRecord } from '../schemas/cleaning-record';
import type { QuestionFrontmatter } from '../schemas/question';
import { pagefindAttributes } from '../search/index-attributes';
import { noAnswerOf, type NoAnswer } from '../questions/no-answer';

/** A source as the question page needs it. */
export interface AnsweringSource {
  id: string;
  data: { published: Date; outlet: { id: string } };
}

/** The build's data a question page reads, for sources of type `Source`. */
export interface QuestionPageInputs<Source extends AnsweringSource> {
  /** Every source, oldest first. */
  sources: readonly Source[];
  sourcesById: ReadonlyMap<string, Source>;
  outletNames: ReadonlyMap<string, string>;
  /** The question's origins (src/origins/claim-origins.ts). */
  origins: QuestionOrigins;
  /** A source's paragraphs, as its page numbers them. */
  paragraphs(source: Source): readonly string[];
  record(slug: string): Promise<CleaningRecord | undefined>;
  wording(source: Source): Promise<CopyWording>;
}

export interface QuestionAnswerView<Source> {
  source: Source;
  outlet: string;
  /** The source's answer; undefined when it does not answer. */
  answer: QuestionFrontmatter['answers'][number] | undefined;
  /** When it does not answer: whether an editor found it silent or has not read it for the question. */
  none: NoAnswer | undefined;
  origin: AnswerOriginView | undefined;
  wording: CopyWording;
  /** Each piece of evidence placed in the source, with how many restorations short of certain it holds. */
  evidence: Array<PlacedEvidence & { doubtful: number }>;
}

export interface QuestionPage<Source> {
  links: OriginLinks;
  /** The answers (and, for a handful of sources, the sources not answering) on this page. */
  answers: Array<QuestionAnswerView<Source>>;
  /** How many sources answer. */
  answering: number;
  /** How many of the sources that do not answer an editor has read and found silent (the rest are not yet read). */
  notReported: number;
  /** This page's number, how many pages the answers take, and which of them this page shows (1-based). */
  number: number;
  pageCount: number;
  first: number;
  last: number;
  /** How many entries all the pages list together. */
  total: number;
  /** The navigation between the pages; undefined when one page holds every answer. */
  pagination: Pagination | undefined;
  /** True when the sources that do not answer are listed (a handful); past the limit, only counted. */
  listAll: boolean;
  searchIndexAttributes: Record<string, string>;
}

/** The path of page `number` of a question's answers below the site's base: `questions/<id>/`, then `questions/<id>/page/<n>/`. */
export function questionPagePath(id: string, number: number): string {
  return pagedPath(`questions/${id}/`, number);
}

/** How many pages a question's answers take, for the routes' static paths (the same count `questionPage` pages by). */
export function questionPageCount(question: { data: Pick<QuestionFrontmatter, 'answers'> }, sources: readonly { id: string }[]): number {
  const answering = new Set(question.data.answers.map((answer) => answer.source));
  const listed = sources.length <= LIST_LIMITS.questionAllSources ? sources.length : sources.filter((source) => answering.has(source.id)).length;
  return listPages(Array.from({ length: listed }), LIST_LIMITS.questionAnswers).length;
}

export async function questionPage<Source extends AnsweringSource>(
  question: { id: string; data: Pick<QuestionFrontmatter, 'answers' | 'noAnswerIn'> },
  inputs: QuestionPageInputs<Source>,
  number = 1,
): Promise<QuestionPage<Source>> {
  const { sources, sourcesById, outletNames, origins } = inputs;
  const outletOf = (source: Source) => outletNames.get(source.data.outlet.id) ?? source.data.outlet.id;
  const bySource = new Map(question.data.answers.map((answer) => [answer.source, answer]));
  const silent = new Set(question.data.noAnswerIn);
  const links: OriginLinks = {
    outletName: (id) => outletNames.get(id) ?? id,
    outletHref,
    source: (slug) => {
      const source = sourcesById.get(slug);
      return { text: source ? `${outletOf(source)}, ${formatDate(source.data.published)}` : slug, href: sourceHref(slug) };
    },
  };
  const perDate = answersPerDate(origins);
  // The answers oldest first (as the origins list them); then, for a handful of sources, the
  // sources that do not answer, "not reported" (past the limit, only a count: every question
  // page listing every source is quadratic in the corpus).
  const listAll = sources.length <= LIST_LIMITS.questionAllSources;
  const answering = origins.answers.flatMap((origin) => {
    const source = sourcesById.get(origin.source);
    return source ? [{ source, origin }] : [];
  });
  const listed = [...answering, ...(listAll ? sources.filter((source) => !bySource.has(source.id)).map((source) => ({ source, origin: undefined })) : [])];
  const pages = listPages(listed, LIST_LIMITS.questionAnswers);
  const page = pages[number - 1];
  if (!page) throw new Error(`content/questions/${question.id}.md: its answers take ${pages.length} page(s), not ${number}`);
  const answers = await Promise.all(
    page.items.map(async ({ source, origin }) => {
      const answer = bySource.get(source.id);
      const record = answer ? await inputs.record(source.id) : undefined;
      return {
        source,
        outlet: outletOf(source),
        answer,
        none: answer ? undefined : noAnswerOf(silent, source.id),
        origin: origin ? answerOriginView(origin, perDate.get(origin.published) ?? 1, links) : undefined,
        wording: await inputs.wording(source),
        evidence: answer
          ? placeEvidence(`content/questions/${question.id}.md`, source.id, inputs.paragraphs(source), answer.evidence).map((item) => ({
              ...item,
              doubtful: doubtfulRestorations(record, item.paragraph, item.start, item.end),
            }))
          : [],
      };
    }),
  );
  // Every answering outlet, not only this page's, once each: the search finds the question by any of them.
  const answeredBy = [...new Set(answering.map((entry) => outletOf(entry.source)))];
  return {
    links,
    answers,
    answering: answering.length,
    notReported: [...silent].filter((slug) => sourcesById.has(slug) && !bySource.has(slug)).length,
    number: page.number,
    pageCount: page.pageCount,
    first: page.first,
    last: page.last,
    total: page.total,
    pagination: paginationOf(page.number, page.pageCount, (at) => questionPagePath(question.id, at)),
    listAll,
    // The filter names every answering outlet (bounded by the outlets of the dossier); the text
    // shown with a result names a few, then counts, as the home page does.
    searchIndexAttributes: pagefindAttributes(
      { kind: 'question', outlet: answeredBy },
      {
        kind: 'question',
        answered:
          answeredBy.length > LIST_LIMITS.namedAnswers
            ? `${answeredBy.slice(0, LIST_LIMITS.namedAnswers).join(', ')} and ${answeredBy.length - LIST_LIMITS.namedAnswers} more outlets`
            : answeredBy.join(', '),
      },
    ),
  };
}
