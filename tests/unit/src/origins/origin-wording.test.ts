/**
 * What the question page says of each answer's origin (issue 17, items 2 and 4).
 */
import { describe, expect, it } from 'vitest';
import { questionOrigins, type OriginAnswerInput } from '../../../../src/origins/claim-origins.ts';
import { answerOriginView, answersPerDate, type OriginLinks } from '../../../../src/origins/origin-wording.ts';

const links: OriginLinks = {
  outletName: (id) => ({ 'velmora-ledger': 'The Velmora Ledger', 'harbour-courier': 'Harbour Courier', 'tarn-post': 'Tarn Post' })[id] ?? id,
  outletHref: (id) => `/o/${id}/`,
  source: (slug) => ({ text: `source ${slug}`, href: `/s/${slug}/` }),
};

const answer = (source: string, outlet: string, published: string, credited?: string): OriginAnswerInput => ({
  source,
  outlet,
  published,
  evidence: [{ paragraph: 1, start: 0, end: 10 }],
  citations: credited ? [{ paragraph: 1, start: 0, end: 20, outlet: credited, role: 'report', cue: 'according to' }] : [],
});

describe('answerOriginView', () => {
  const origins = questionOrigins([
    answer('ledger-1', 'velmora-ledger', '2025-03-01'),
    answer('courier-1', 'harbour-courier', '2025-03-02', 'velmora-ledger'),
    answer('post-1', 'tarn-post', '2025-03-03', 'harbour-courier'),
  ]);
  const perDate = answersPerDate(origins);
  const [ledger, courier, post] = origins.answers.map((entry) => answerOriginView(entry, perDate.get(entry.published) ?? 1, links));

  it('marks the first to report, and its own reporting', () => {
    expect(ledger?.first).toBe('First in the dossier to report this');
    expect(ledger?.basis).toEqual({ lead: 'Its own reporting: the evidence credits no other outlet.', credits: [] });
  });

  it('names whom a repeating answer credits, with that outlet’s own answer in the dossier', () => {
    expect(courier?.first).toBeUndefined();
    expect(courier?.basis.credits).toEqual([
      { outlet: { text: 'The Velmora Ledger', href: '/o/velmora-ledger/' }, role: 'report', cue: 'according to', theirs: [{ text: 'source ledger-1', href: '/s/ledger-1/' }] },
    ]);
    expect(courier?.through).toEqual([]);
  });

  it('names the origin a chain of credits reaches that the answer does not name itself', () => {
    expect(post?.basis.credits.map((credit) => credit.outlet.text)).toEqual(['Harbour Courier']);
    expect(post?.through).toEqual([{ text: 'The Velmora Ledger', href: '/o/velmora-ledger/' }]);
  });

  it('says "among the first" when several sources share the earliest day', () => {
    const sameDay = questionOrigins([answer('a', 'velmora-ledger', '2025-03-01'), answer('b', 'tarn-post', '2025-03-01')]);
    const counts = answersPerDate(sameDay);
    expect(sameDay.answers.map((entry) => answerOriginView(entry, counts.get(entry.published) ?? 1, links).first)).toEqual([
      'Among the first in the dossier to report this (2 sources of the same day)',
      'Among the first in the dossier to report this (2 sources of the same day)',
    ]);
  });
});
