/**
 * The key questions index: what it shows of each question, how it is split into pages, and
 * their addresses (which no question id can take).
 */
import { describe, expect, it } from 'vitest';
import { questionsIndexEntries, questionsIndexPages, questionsIndexPagination, questionsIndexPath } from '../../../../src/route-data/questions-index-pages.ts';
import { LIST_PAGES_SEGMENT, questionIdProblem, slugProblem } from '../../../../src/schemas/slug.ts';

const answer = (source: string) => ({ source, answer: 'In our words.', evidence: ['words copied from it'] });
const question = (id: string, answers: string[], noAnswerIn: string[] = []) => ({
  id,
  data: { question: `What of ${id}?`, relation: 'agree' as const, relationNote: 'They agree.', answers: answers.map(answer), noAnswerIn },
});

describe('questionsIndexEntries', () => {
  it('counts each question’s answering sources and those not yet read for it', () => {
    const sources = ['a', 'b', 'c', 'd'];
    const entries = questionsIndexEntries([question('01-who', ['a', 'b']), question('02-when', ['a'], ['b', 'c', 'd'])], sources);
    expect(entries).toEqual([
      { id: '01-who', question: 'What of 01-who?', relation: 'agree', relationNote: 'They agree.', answered: 2, unread: 2 },
      { id: '02-when', question: 'What of 02-when?', relation: 'agree', relationNote: 'They agree.', answered: 1, unread: 0 },
    ]);
  });
});

describe('questionsIndexPages', () => {
  const entries = questionsIndexEntries(
    Array.from({ length: 65 }, (_, at) => question(`q-${at + 1}`, ['a'])),
    ['a'],
  );

  it('puts every question on exactly one page, in order, at most perPage a page', () => {
    const pages = questionsIndexPages(entries, 30);
    expect(pages.map((page) => page.questions.length)).toEqual([30, 30, 5]);
    expect(pages.flatMap((page) => page.questions.map((entry) => entry.id))).toEqual(entries.map((entry) => entry.id));
    expect(pages.map((page) => [page.number, page.pageCount, page.first, page.last, page.total])).toEqual([
      [1, 3, 1, 30, 65],
      [2, 3, 31, 60, 65],
      [3, 3, 61, 65, 65],
    ]);
  });

  it('keeps a first page, empty, when there are no questions', () => {
    expect(questionsIndexPages([], 30)).toEqual([{ number: 1, pageCount: 1, questions: [], first: 0, last: 0, total: 0 }]);
  });
});

describe('questionsIndexPath', () => {
  it('keeps page 1 at questions/ and puts the others under the reserved segment', () => {
    expect(questionsIndexPath(1)).toBe('questions/');
    expect(questionsIndexPath(2)).toBe(`questions/${LIST_PAGES_SEGMENT}/2/`);
    expect(questionsIndexPagination(1, 1)).toBeUndefined();
    expect(questionsIndexPagination(2, 3)?.previous?.path).toBe('questions/');
    expect(questionsIndexPagination(2, 3)?.next?.path).toBe('questions/page/3/');
  });

  it('uses a segment no question id may take, and refuses nothing else a slug may be', () => {
    expect(questionIdProblem(LIST_PAGES_SEGMENT)).toBe('is reserved: "/questions/page/" is where the key questions index\'s later pages live; choose another.');
    expect(questionIdProblem('01-who-ordered')).toBeUndefined();
    expect(questionIdProblem('Bad Name')).toBe(slugProblem('Bad Name'));
  });
});
