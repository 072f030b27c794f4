/**
 * How the key questions index is split into pages (src/pages/questions/index.astro is page 1,
 * src/pages/questions/page/[page].astro the others): `LIST_LIMITS.questionsPerPage` questions
 * a page, in the questions' order, so each page stays within the first-round-trip budget at
 * any number of questions. Page 1 is `/questions/`; page n is `/questions/page/<n>/`, which no
 * question can take because `page` is not a valid question id (src/schemas/slug.ts). The
 * split and the navigation are src/route-data/list-pages.ts's; this names the addresses and
 * says, per question, what the index shows of it.
 */
import { listPages, pagedPath, paginationOf, type ListPage, type Pagination } from './list-pages.ts';
import { unreadCount } from '../questions/no-answer.ts';
import type { QuestionFrontmatter } from '../schemas/question.ts';

/** What the index shows of one key question. */
export interface QuestionsIndexEntry {
  /** The question's id (its file name and address). */
  id: string;
  question: string;
  relation: QuestionFrontmatter['relation'];
  relationNote: string;
  /** Sources that answer it. */
  answered: number;
  /** Sources not yet read for it (`unreadCount`): its relation holds "so far". */
  unread: number;
}

export interface QuestionsIndexPage extends Omit<ListPage<QuestionsIndexEntry>, 'items'> {
  /** The questions on this page, in the questions' order. */
  questions: QuestionsIndexEntry[];
}

/** The index entry of each question, read against the dossier's sources. */
export function questionsIndexEntries(
  questions: readonly { id: string; data: Pick<QuestionFrontmatter, 'question' | 'relation' | 'relationNote' | 'answers' | 'noAnswerIn'> }[],
  sourceIds: readonly string[],
): QuestionsIndexEntry[] {
  return questions.map(({ id, data }) => ({
    id,
    question: data.question,
    relation: data.relation,
    relationNote: data.relationNote,
    answered: new Set(data.answers.map((answer) => answer.source)).size,
    unread: unreadCount(data, sourceIds),
  }));
}

/** The index split into pages of at most `perPage` questions; one empty page when there are none. */
export function questionsIndexPages(entries: readonly QuestionsIndexEntry[], perPage: number): QuestionsIndexPage[] {
  return listPages(entries, perPage).map(({ items, ...page }) => ({ ...page, questions: items }));
}

/** The path of page `number` below the site's base: `questions/` for the first, `questions/page/<n>/` for the others. */
export function questionsIndexPath(number: number): string {
  return pagedPath('questions/', number);
}

/** The navigation of page `number` of the index's `pageCount`; undefined when there is one page. */
export function questionsIndexPagination(number: number, pageCount: number): Pagination | undefined {
  return paginationOf(number, pageCount, questionsIndexPath);
}
