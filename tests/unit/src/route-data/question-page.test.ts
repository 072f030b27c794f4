/**
 * A key question's page data over invented sources: answers oldest first with how each
 * stands among the others, evidence placed in its paragraph, "not reported" or "not yet read"
 * for a handful of sources and only counts past the limit, and evidence that is not in the source refused.
 */
import { describe, expect, it } from 'vitest';
import { LIST_LIMITS } from '../../../../src/lib/list-limits.ts';
import { questionOrigins } from '../../../../src/origins/claim-origins.ts';
import { copyWording } from '../../../../src/quotations/copy-wording.ts';
import { questionPage, questionPageCount, questionPagePath, type AnsweringSource, type QuestionPageInputs } from '../../../../src/route-data/question-page.ts';

interface TestSource extends AnsweringSource {
  paragraphs: string[];
}

function source(id: string, outlet: string, published: string, paragraphs: string[]): TestSource {
  return { id, data: { published: new Date(`${published}T00:00:00Z`), outlet: { id: outlet } }, paragraphs };
}

const answer = (sourceId: string, evidence: string[]) => ({ source: sourceId, answer: `What ${sourceId} says.`, evidence });

function inputs(sources: TestSource[], answers: ReturnType<typeof answer>[]): QuestionPageInputs<TestSource> {
  const byId = new Map(sources.map((entry) => [entry.id, entry]));
  const origins = questionOrigins(
    answers.map((given) => {
      const entry = byId.get(given.source) as TestSource;
      return { source: entry.id, outlet: entry.data.outlet.id, published: entry.data.published.toISOString().slice(0, 10), evidence: [{ paragraph: 1, start: 0, end: 10 }], citations: [] };
    }),
  );
  return {
    sources,
    sourcesById: byId,
    outletNames: new Map([
      ['harbour-gazette', 'Harbour Gazette'],
      ['tarn-post', 'Tarn Post'],
    ]),
    origins,
    paragraphs: (entry) => entry.paragraphs,
    record: async () => undefined,
    wording: async () => copyWording([], undefined),
  };
}

const sources = [
  source('gazette-1', 'harbour-gazette', '2025-03-02', ['The gates close at dusk, the authority said.']),
  source('post-1', 'tarn-post', '2025-03-03', ['Ships wait outside.', 'The gates close at dusk.']),
  source('post-2', 'tarn-post', '2025-03-04', ['Nothing about the gates.']),
];

describe('questionPage', () => {
  it('lists the answers oldest first, then the sources that do not answer, with evidence placed in its paragraph', async () => {
    const answers = [answer('post-1', ['The gates close at dusk.']), answer('gazette-1', ['gates close at dusk'])];
    const page = await questionPage({ id: 'gates', data: { answers, noAnswerIn: [] } }, inputs(sources, answers));
    expect(page.answers.map((entry) => [entry.source.id, entry.outlet, entry.answer?.source ?? entry.none])).toEqual([
      ['gazette-1', 'Harbour Gazette', 'gazette-1'],
      ['post-1', 'Tarn Post', 'post-1'],
      ['post-2', 'Tarn Post', 'not-read'],
    ]);
    // Once an editor has read post-2 for the question and found nothing, it is "not reported".
    const read = await questionPage({ id: 'gates', data: { answers, noAnswerIn: ['post-2'] } }, inputs(sources, answers));
    expect(read.answers.map((entry) => entry.none)).toEqual([undefined, undefined, 'not-reported']);
    expect(read.notReported).toBe(1);
    expect(page.answers[1]?.evidence).toEqual([expect.objectContaining({ text: 'The gates close at dusk.', paragraph: 2, doubtful: 0 })]);
    expect(page.answers[0]?.origin?.first).toBe('First in the dossier to report this');
    expect(page.answers[2]?.origin).toBeUndefined();
    expect(page.answering).toBe(2);
    expect(page.listAll).toBe(true);
    expect(page.links.source('gazette-1').text).toMatch(/^Harbour Gazette, .*2025$/);
    expect(page.searchIndexAttributes['data-pf-meta-answered']).toBe('Harbour Gazette, Tarn Post');
  });

  it('past the limit, leaves out the sources that do not answer (the page counts them)', async () => {
    const many = Array.from({ length: LIST_LIMITS.questionAllSources + 1 }, (_, at) => source(`post-${100 + at}`, 'tarn-post', '2025-03-05', ['Nothing.']));
    const answers = [answer('gazette-1', ['gates close at dusk'])];
    // Two of the others read and found silent; a slug no source has is not counted.
    const page = await questionPage({ id: 'gates', data: { answers, noAnswerIn: ['post-100', 'post-101', 'gone'] } }, inputs([sources[0] as TestSource, ...many], answers));
    expect(page.listAll).toBe(false);
    expect(page.answers.map((entry) => entry.source.id)).toEqual(['gazette-1']);
    expect([page.answering, page.notReported]).toEqual([1, 2]);
  });

  it('splits the answers into pages of questionAnswers, oldest first, each answer on one page', async () => {
    const count = LIST_LIMITS.questionAnswers + 3;
    const many = Array.from({ length: count }, (_, at) => source(`post-${100 + at}`, at % 2 === 0 ? 'tarn-post' : 'harbour-gazette', `2025-03-${String(at + 1).padStart(2, '0')}`, ['The gates close at dusk.']));
    const answers = many.map((entry) => answer(entry.id, ['The gates close at dusk.']));
    const question = { id: 'gates', data: { answers, noAnswerIn: [] } };
    const given = inputs(many, answers);
    expect(questionPageCount(question, many)).toBe(2);
    const first = await questionPage(question, given);
    const second = await questionPage(question, given, 2);
    expect(first.answers).toHaveLength(LIST_LIMITS.questionAnswers);
    expect([...first.answers, ...second.answers].map((entry) => entry.source.id)).toEqual(many.map((entry) => entry.id));
    expect([second.number, second.pageCount, second.first, second.last, second.total]).toEqual([2, 2, LIST_LIMITS.questionAnswers + 1, count, count]);
    expect(first.pagination?.next?.path).toBe('questions/gates/page/2/');
    expect(second.pagination?.previous?.path).toBe(questionPagePath('gates', 1));
    // Every answering outlet once, on every page, whichever answers the page shows.
    expect(second.searchIndexAttributes['data-pf-meta-answered']).toBe('Tarn Post, Harbour Gazette');
    await expect(questionPage(question, given, 3)).rejects.toThrow(/content\/questions\/gates\.md: its answers take 2 page\(s\), not 3/);
  });

  it('refuses evidence that is not in the source, naming the question file', async () => {
    const answers = [answer('gazette-1', ['the gates open at dawn'])];
    await expect(questionPage({ id: 'gates', data: { answers, noAnswerIn: [] } }, inputs(sources, answers))).rejects.toThrow(/content\/questions\/gates\.md: evidence "the gates open at dawn"/);
  });
});
