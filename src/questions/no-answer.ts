/**
 * What the site says of a source that gives no answer to a key question, declared once for
 * the compare matrix, the question pages and the coverage grid. Silence is a claim about a
 * source, so it is made only when an editor has read the source for the question and found
 * nothing (the question's `noAnswerIn`); a source no one has checked yet, such as one a pull
 * request has just added, is said to be not yet read, never "not reported".
 */

import { plural } from '../lib/plural.ts';

/** Why a source has no answer to a question: read and found silent, or not read for it yet. */
export type NoAnswer = 'not-reported' | 'not-read';

/** The words for each, as the pages use them. */
export const NO_ANSWER_WORDS: Readonly<Record<NoAnswer, { title: string; sentence: string; legend: string; cell: string }>> = {
  'not-reported': {
    /** In a matrix cell. */
    title: 'Not reported',
    /** Under the source's name on a question page. */
    sentence: 'Not reported: an editor has read this source for this question and found no answer in it.',
    /** In the coverage grid's legend. */
    legend: 'not reported (read; no answer found)',
    /** In a coverage grid cell, for screen readers. */
    cell: 'not reported',
  },
  'not-read': {
    title: 'Not yet read',
    sentence: 'Not yet read for this question: no editor has recorded whether this source answers it.',
    legend: 'not yet read for this question',
    cell: 'not yet read',
  },
};

/**
 * Why `slug` gives no answer to a question whose `noAnswerIn` is given as a set (asked once
 * per source and question, so never a search of the list). Call it for a source that does
 * not answer.
 */
export function noAnswerOf(noAnswerIn: ReadonlySet<string>, slug: string): NoAnswer {
  return noAnswerIn.has(slug) ? 'not-reported' : 'not-read';
}

/** What `settledSources` and `unreadCount` read of a key question. */
interface QuestionReading {
  answers: readonly { source: string }[];
  noAnswerIn?: readonly string[];
}

/** The sources an editor has settled for a question: those answering it and those read and found silent. */
export function settledSources(question: QuestionReading): Set<string> {
  return new Set([...question.answers.map((answer) => answer.source), ...(question.noAnswerIn ?? [])]);
}

/**
 * How many of the dossier's sources (`sourceIds`) no editor has yet read for a question: they
 * neither answer it nor are recorded in its `noAnswerIn`. While any are, how its answers
 * relate is provisional.
 */
export function unreadCount(question: QuestionReading, sourceIds: readonly string[]): number {
  const settled = settledSources(question);
  return sourceIds.filter((id) => !settled.has(id)).length;
}

/**
 * The line a question page ends with past the limit of sources it lists one by one: how many
 * of the other sources an editor found silent and how many are not yet read for it.
 */
export function otherSourcesSentence(others: number, notReported: number): string {
  const notRead = others - notReported;
  const sources = (count: number) => plural(count, 'source');
  const one = others === 1;
  if (notRead === 0) return `The other ${sources(others)} ${one ? 'does' : 'do'} not report on this question (${one ? 'it was' : 'each was'} read for it by an editor).`;
  if (notReported === 0) return `The other ${sources(others)} ${one ? 'has' : 'have'} not yet been read for this question: no editor has recorded whether ${one ? 'it answers' : 'they answer'} it.`;
  return `Of the other ${sources(others)}, ${notReported} ${notReported === 1 ? 'was' : 'were'} read for this question and ${notReported === 1 ? 'does' : 'do'} not report on it; ${notRead} ${notRead === 1 ? 'has' : 'have'} not yet been read for it.`;
}

/**
 * What a question page says under how its answers relate when some sources have not been read
 * for it (a pull request's new source, before its answers are recorded): the relation is the
 * editors' reading of the sources read, and may change. Undefined when every source has been read.
 */
export function notReadNote(notRead: number): string | undefined {
  if (notRead <= 0) return undefined;
  const one = notRead === 1;
  return `${plural(notRead, 'source')} ${one ? 'has' : 'have'} not yet been read for this question: how the answers relate is the editors’ reading of the others, and may change once ${one ? 'it is' : 'they are'}.`;
}
