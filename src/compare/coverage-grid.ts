/**
 * The coverage grid: which source answers which key question, as a compact grid that reads
 * at a dozen sources and at hundreds. One row per source, grouped by outlet and oldest first
 * (outlet-order.ts), one column per question; a cell says whether the source answers and, if
 * it does, how the answering sources relate (agree, differ, contradict, or it alone answers).
 * Pure: the page gives it the sources and questions, and lays out what it returns.
 */
import { byOutletThenDate, outletRuns, type OrderedSource } from './outlet-order.ts';

/** A cell: the question's relation when the source answers it, else not reported. */
export type CoverageState = 'agree' | 'differ' | 'contradict' | 'single-source' | 'not-reported';

/** How each state is named in the table (read out by screen readers) and in the legend. */
export const COVERAGE_LABELS: Readonly<Record<CoverageState, string>> = {
  agree: 'answers; the answers agree',
  differ: 'answers; the answers differ',
  contradict: 'answers; the answers contradict each other',
  'single-source': 'the only source to answer',
  'not-reported': 'not reported',
};

/** The words in a cell, short because a column is narrow; the legend gives the long form. */
export const COVERAGE_WORDS: Readonly<Record<CoverageState, string>> = {
  agree: 'agree',
  differ: 'differ',
  contradict: 'contradict',
  'single-source': 'only',
  'not-reported': 'not reported',
};

export interface GridSource extends OrderedSource {
  title: string;
}

export interface GridQuestion {
  id: string;
  question: string;
  relation: Exclude<CoverageState, 'not-reported'>;
  /** Slugs of the answering sources. */
  answering: readonly string[];
}

export interface CoverageRow {
  slug: string;
  published: string;
  title: string;
  cells: CoverageState[];
}

export interface CoverageGrid {
  /** The questions shown, numbered from 1 in their order. */
  questions: { id: string; number: number; question: string; answered: number }[];
  /** Rows grouped by outlet. */
  groups: { outlet: string; outletName: string; rows: CoverageRow[] }[];
  /** Sources and questions left out past the limits. */
  hiddenSources: number;
  hiddenQuestions: number;
}

export function coverageGrid(
  sources: readonly GridSource[],
  questions: readonly GridQuestion[],
  limits: { sources: number; questions: number },
): CoverageGrid {
  const shownQuestions = questions.slice(0, limits.questions);
  const answering = shownQuestions.map((question) => new Set(question.answering));
  const ordered = byOutletThenDate(sources).slice(0, limits.sources);
  const rows: CoverageRow[] = ordered.map((source) => ({
    slug: source.slug,
    published: source.published,
    title: source.title,
    cells: shownQuestions.map((question, index) => (answering[index]!.has(source.slug) ? question.relation : 'not-reported')),
  }));
  return {
    questions: shownQuestions.map((question, index) => ({ id: question.id, number: index + 1, question: question.question, answered: answering[index]!.size })),
    groups: outletRuns(ordered).map((run) => ({ outlet: run.outlet, outletName: run.outletName, rows: rows.slice(run.start, run.end) })),
    hiddenSources: sources.length - ordered.length,
    hiddenQuestions: questions.length - shownQuestions.length,
  };
}
