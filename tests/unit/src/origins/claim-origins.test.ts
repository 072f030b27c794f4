/**
 * Independent origins (issue 17): repetition is not confirmation. Invented outlets and
 * sources; each case is one way a claim travels between newsrooms.
 */
import { describe, expect, it } from 'vitest';
import { originCount, questionOrigins, type OriginAnswerInput, type SentenceCitation } from '../../../../src/origins/claim-origins.ts';

/** An answer whose evidence is ¶1, characters 0–40, with the given citations of ¶1. */
function answer(source: string, outlet: string, published: string, citations: Partial<SentenceCitation>[] = []): OriginAnswerInput {
  return {
    source,
    outlet,
    published,
    evidence: [{ paragraph: 1, start: 0, end: 40 }],
    citations: citations.map((citation) => ({ paragraph: 1, start: 0, end: 60, outlet: 'x', role: 'report', ...citation })),
  };
}

describe('questionOrigins', () => {
  it('counts a source with its own reporting as its own origin, and sources crediting it toward it', () => {
    const result = questionOrigins([
      answer('ledger-1', 'velmora-ledger', '2025-03-02'),
      answer('courier-1', 'harbour-courier', '2025-03-03', [{ outlet: 'velmora-ledger', cue: 'according to' }]),
      answer('post-1', 'tarn-post', '2025-03-04', [{ outlet: 'velmora-ledger', cue: 'reported by' }]),
    ]);
    expect(result.sources).toBe(3);
    expect(result.origins).toEqual([{ outlet: 'velmora-ledger', sources: ['ledger-1', 'courier-1', 'post-1'], firstPublished: '2025-03-02' }]);
    expect(originCount(result)).toBe('3 sources, 1 independent original report');
    expect(result.answers.map((entry) => [entry.source, entry.ownReporting, entry.first, entry.firstFor])).toEqual([
      ['ledger-1', true, true, ['velmora-ledger']],
      ['courier-1', false, false, []],
      ['post-1', false, false, []],
    ]);
    expect(result.answers[1]?.credits).toEqual([{ outlet: 'velmora-ledger', role: 'report', cue: 'according to', sources: ['ledger-1'] }]);
  });

  it('credits an outlet the dossier has no source of as the origin itself', () => {
    const result = questionOrigins([
      answer('courier-1', 'harbour-courier', '2025-03-03', [{ outlet: 'the-wire' }]),
      answer('post-1', 'tarn-post', '2025-03-03'),
    ]);
    expect(result.origins.map((group) => group.outlet)).toEqual(['tarn-post', 'the-wire']);
    expect(originCount(result)).toBe('2 sources, 2 independent original reports');
    // Two sources of the same day are both first: dates are days.
    expect(result.answers.map((entry) => entry.first)).toEqual([true, true]);
  });

  it('follows a chain of credits to the report it started from', () => {
    const result = questionOrigins([
      answer('wire-1', 'the-wire', '2025-03-01'),
      answer('courier-1', 'harbour-courier', '2025-03-02', [{ outlet: 'the-wire' }]),
      answer('post-1', 'tarn-post', '2025-03-03', [{ outlet: 'harbour-courier' }]),
    ]);
    expect(result.answers.map((entry) => entry.origins)).toEqual([['the-wire'], ['the-wire'], ['the-wire']]);
    expect(result.answers[2]?.credits.map((credit) => credit.sources)).toEqual([['courier-1']]);
  });

  it('counts a confirmation as reporting of its own, and ignores mentions, statement venues and citations outside the evidence', () => {
    const result = questionOrigins([
      answer('courier-1', 'harbour-courier', '2025-03-02', [
        { outlet: 'the-wire', role: 'report' },
        { outlet: 'tarn-post', role: 'confirmation', cue: 'confirmed by' },
        { outlet: 'daily-lamp', role: 'statement-venue' },
        { outlet: 'evening-star', role: 'mention' },
        { outlet: 'far-away', role: 'report', paragraph: 2 },
        { outlet: 'later-sentence', role: 'report', start: 41, end: 90 },
      ]),
    ]);
    expect(result.answers[0]?.origins).toEqual(['tarn-post', 'the-wire']);
    expect(result.answers[0]?.ownReporting).toBe(false);
  });

  it('ends a cycle of credits instead of looping', () => {
    const result = questionOrigins([
      answer('a-1', 'outlet-a', '2025-03-01', [{ outlet: 'outlet-b' }]),
      answer('b-1', 'outlet-b', '2025-03-02', [{ outlet: 'outlet-a' }]),
    ]);
    expect(result.answers.map((entry) => entry.origins)).toEqual([['outlet-a'], ['outlet-b']]);
  });

  it('lists answers oldest first, then by slug, whatever order the question file gives', () => {
    const result = questionOrigins([answer('z', 'o1', '2025-03-01'), answer('b', 'o2', '2025-03-05'), answer('a', 'o3', '2025-03-05')]);
    expect(result.answers.map((entry) => entry.source)).toEqual(['z', 'a', 'b']);
  });

  it('stays fast on a long chain with many sources per outlet (no exponential walk)', () => {
    const answers: OriginAnswerInput[] = [];
    for (let level = 0; level < 8; level += 1) {
      for (let index = 0; index < 30; index += 1) {
        answers.push(answer(`s-${level}-${index}`, `outlet-${level}`, `2025-03-${String(level + 1).padStart(2, '0')}`, level === 0 ? [] : [{ outlet: `outlet-${level - 1}` }]));
      }
    }
    const result = questionOrigins(answers);
    expect(result.origins).toEqual([expect.objectContaining({ outlet: 'outlet-0' })]);
    expect(result.origins[0]?.sources).toHaveLength(240);
  });
});
