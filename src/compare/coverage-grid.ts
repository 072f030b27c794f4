/**
 * The coverage grid: which source answers which key question, as a compact grid that reads
 * at a dozen sources and at hundreds. One row per source, grouped by outlet and oldest first
 * (outlet-order.ts), one column per question; a cell says whether the source answers and, if
 * it does, how the answering sources relate (agree, differ, contradict, or it alone answers).
 * Past `limits.sources` the rows are split into pages (`/compare/coverage/`, then
 * `/compare/coverage/page/<n>/`), each a grid of its own with the same columns, so every page
 * stays within the first-round-trip budget however many sources there are.
 * Pure: the page gives it the sources and questions, and lays out what it returns.
 */
import { listPages, pagedPath, paginationOf, type Pagination } from '../route-data/list-pages.ts';
import { byOutletThenDate, outletRuns, type OrderedSource } from './outlet-order.ts';
import { NO_ANSWER_WORDS, noAnswerOf } from '../questions/no-answer.ts';

/**
 * A cell: the question's relation when the source answers it; "not reported" when an editor
 * read it for the question and found no answer; "not read" when no one has checked yet.
 */
export type CoverageState = 'agree' | 'differ' | 'contradict' | 'single-source' | 'not-reported' | 'not-read';

/** How each state is named in the table (read out by screen readers) and in the legend. */
export const COVERAGE_LABELS: Readonly<Record<CoverageState, string>> = {
  agree: 'answers; the answers agree',
  differ: 'answers; the answers differ',
  contradict: 'answers; the answers contradict each other',
  'single-source': 'the only source to answer',
  'not-reported': NO_ANSWER_WORDS['not-reported'].legend,
  'not-read': NO_ANSWER_WORDS['not-read'].legend,
};

/** The words in a cell, short because a column is narrow; the legend gives the long form. */
export const COVERAGE_WORDS: Readonly<Record<CoverageState, string>> = {
  agree: 'agree',
  differ: 'differ',
  contradict: 'contradict',
  'single-source': 'only',
  'not-reported': NO_ANSWER_WORDS['not-reported'].cell,
  'not-read': NO_ANSWER_WORDS['not-read'].cell,
};

export interface GridSource extends OrderedSource {
  title: string;
}

export interface GridQuestion {
  id: string;
  question: string;
  relation: Exclude<CoverageState, 'not-reported' | 'not-read'>;
  /** Slugs of the answering sources. */
  answering: readonly string[];
  /** Slugs of the sources an editor read for the question and found no answer in. */
  noAnswerIn: readonly string[];
}

export interface CoverageRow {
  slug: string;
  published: string;
  title: string;
  cells: CoverageState[];
}

/** One page of the grid. */
export interface CoverageGrid {
  /** The questions shown, numbered from 1 in their order (the same on every page). */
  questions: { id: string; number: number; question: string; answered: number }[];
  /** This page's rows, grouped by outlet (an outlet whose sources run across pages heads a group on each). */
  groups: { outlet: string; outletName: string; rows: CoverageRow[] }[];
  /** This page's number, how many pages the grid takes, and which sources this page shows (1-based) of how many. */
  number: number;
  pageCount: number;
  first: number;
  last: number;
  sources: number;
  /** The navigation between the pages; undefined when one page holds every source. */
  pagination: Pagination | undefined;
  /** Questions left out past the limit (each has its own page). */
  hiddenQuestions: number;
}

/** The path of page `number` of the grid below the site's base: `compare/coverage/`, then `compare/coverage/page/<n>/`. */
export const coverageGridPath = (number: number): string => pagedPath('compare/coverage/', number);

/** The grid, `limits.sources` rows a page and the first `limits.questions` questions on each. */
export function coverageGrid(
  sources: readonly GridSource[],
  questions: readonly GridQuestion[],
  limits: { sources: number; questions: number },
): CoverageGrid[] {
  const shownQuestions = questions.slice(0, limits.questions);
  const answering = shownQuestions.map((question) => new Set(question.answering));
  const silent = shownQuestions.map((question) => new Set(question.noAnswerIn));
  const numbered = shownQuestions.map((question, index) => ({ id: question.id, number: index + 1, question: question.question, answered: answering[index]!.size }));
  return listPages(byOutletThenDate(sources), limits.sources).map((page) => {
    const rows: CoverageRow[] = page.items.map((source) => ({
      slug: source.slug,
      published: source.published,
      title: source.title,
      cells: shownQuestions.map((question, index) => (answering[index]!.has(source.slug) ? question.relation : noAnswerOf(silent[index]!, source.slug))),
    }));
    return {
      questions: numbered,
      groups: outletRuns(page.items).map((run) => ({ outlet: run.outlet, outletName: run.outletName, rows: rows.slice(run.start, run.end) })),
      number: page.number,
      pageCount: page.pageCount,
      first: page.first,
      last: page.last,
      sources: page.total,
      pagination: paginationOf(page.number, page.pageCount, coverageGridPath),
      hiddenQuestions: questions.length - shownQuestions.length,
    };
  });
}
