/**
 * A source's changes in pages: every row on exactly one page, in the groups' order, a group
 * that runs across pages continued under its heading, the passages left as received after the
 * last row, and the page each change's mark must link to.
 */
import { describe, expect, it } from 'vitest';
import { changePageOf, changePages, changesPageCount, changesPagePath } from '../../../../src/route-data/change-pages.ts';
import type { CleaningRecord } from '../../../../src/schemas/cleaning-record.ts';

type Change = CleaningRecord['changes'][number];

function change(ruleId: string, paragraph: number, before = 'officers', after = 'officials'): Change {
  return { ruleId, kind: 'wording', location: 'body', paragraph, rawParagraph: paragraph, span: [0, after.length], before, after, confidence: 'probable', meaning: [], reason: 'A swap.', inQuotation: false } as unknown as Change;
}

// Recorded in cleaning order: a debris line, five spinner swaps, a passage left as received,
// an editor's correction. The pages list them by group (editors first, then the spinner, …).
const record = {
  changes: [
    change('debris/share-prompt', 1, 'Share', ''),
    ...Array.from({ length: 5 }, (_, at) => change('spinner/officers', at + 1)),
    change('editorial/uncertain', 3, 'a whole lot', 'a whole lot'),
    change('editorial/probable-correction', 2, 'place', 'position'),
  ],
};

describe('changePages', () => {
  const pages = changePages('a-source', record, 3);

  it('puts every row on exactly one page, at most the limit a page, in the groups’ order', () => {
    expect(pages.map((page) => page.groups.flatMap((group) => group.rows.map((row) => row.index)))).toEqual([[7, 1, 2], [3, 4, 5], [0]]);
    expect(pages.map((page) => [page.number, page.pageCount, page.first, page.last, page.total])).toEqual([
      [1, 3, 1, 3, 7],
      [2, 3, 4, 6, 7],
      [3, 3, 7, 7, 7],
    ]);
    expect(changesPageCount(record, 3)).toBe(3);
  });

  it('continues a group that runs across pages under its own heading, with its whole count', () => {
    expect(pages.map((page) => page.groups.map((group) => [group.pass, group.total, group.continued]))).toEqual([
      [['editorial', 1, false], ['spinner', 5, false]],
      [['spinner', 5, true]],
      [['debris', 1, false]],
    ]);
  });

  it('lists the passages left as received on the last page only, and links the pages', () => {
    expect(pages.map((page) => page.uncertain.map((row) => row.index))).toEqual([[], [], [6]]);
    expect(pages[0]?.pagination?.next?.path).toBe('sources/a-source/changes/page/2/');
    expect(pages[2]?.pagination?.previous?.path).toBe('sources/a-source/changes/page/2/');
    expect(changesPagePath('a-source', 1)).toBe('sources/a-source/changes/');
  });

  it('says which page holds each change, as the marks in the text link to it', () => {
    expect([...changePageOf(record, 3)].sort((a, b) => a[0] - b[0])).toEqual([[0, 3], [1, 1], [2, 1], [3, 2], [4, 2], [5, 2], [6, 3], [7, 1]]);
    // One page, no navigation, when the rows fit.
    const single = changePages('a-source', record, 40);
    expect(single).toHaveLength(1);
    expect(single[0]?.pagination).toBeUndefined();
    expect(single[0]?.uncertain.map((row) => row.index)).toEqual([6]);
  });
});
