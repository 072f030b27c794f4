/**
 * What a key question's page shows (src/pages/questions/[id].astro): the answers oldest
 * first, each with how it stands among the others (first to report, whose reporting it
 * repeats) and its evidence placed in the source with the restorations it holds; then, for
 * a handful of sources, the ones that do not answer ("not reported"); the search attributes.
 * The route only renders this.
 */
import { formatDate } from '../lib/dates';
import { LIST_LIMITS } from '../lib/list-limits';
import { outletHref, sourceHref } from '../lib/urls';
import type { QuestionOrigins } from '../origins/claim-origins';
import { answerOriginView, answersPerDate, type AnswerOriginView, type OriginLinks } from '../origins/origin-wording';
import { placeEvidence, type PlacedEvidence } from '../questions/question-evidence';
import { doubtfulRestorations, type CopyWording } from '../quotations/copy-wording';
import type { CleaningRecord } from '../schemas/cleaning-record';
import type { QuestionFrontmatter } from '../schemas/question';
import { pagefindAttributes } from '../search/index-attributes';

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
  /** The source's answer; undefined when it does not answer ("not reported"). */
  answer: QuestionFrontmatter['answers'][number] | undefined;
  origin: AnswerOriginView | undefined;
  wording: CopyWording;
  /** Each piece of evidence placed in the source, with how many restorations short of certain it holds. */
  evidence: Array<PlacedEvidence & { doubtful: number }>;
}

export interface QuestionPage<Source> {
  links: OriginLinks;
  answers: Array<QuestionAnswerView<Source>>;
  /** How many sources answer. */
  answering: number;
  /** True when the sources that do not answer are listed (a handful); past the limit, only counted. */
  listAll: boolean;
  searchIndexAttributes: Record<string, string>;
}

export async function questionPage<Source extends AnsweringSource>(
  question: { id: string; data: Pick<QuestionFrontmatter, 'answers'> },
  inputs: QuestionPageInputs<Source>,
): Promise<QuestionPage<Source>> {
  const { sources, sourcesById, outletNames, origins } = inputs;
  const outletOf = (source: Source) => outletNames.get(source.data.outlet.id) ?? source.data.outlet.id;
  const bySource = new Map(question.data.answers.map((answer) => [answer.source, answer]));
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
  const answers = await Promise.all(
    listed.map(async ({ source, origin }) => {
      const answer = bySource.get(source.id);
      const record = answer ? await inputs.record(source.id) : undefined;
      return {
        source,
        outlet: outletOf(source),
        answer,
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
  const answeredBy = answers.filter((entry) => entry.answer !== undefined).map((entry) => entry.outlet);
  return {
    links,
    answers,
    answering: answering.length,
    listAll,
    searchIndexAttributes: pagefindAttributes({ kind: 'question', outlet: answeredBy }, { kind: 'question', answered: answeredBy.join(', ') }),
  };
}
