import { describe, expect, it } from 'vitest';
import { firstAcross, firstOf, groupBy, topInOrder, topInOrderWithin } from '../../../../src/lib/list-limits.ts';

describe('topInOrder', () => {
  it('keeps every item, in order, when the list fits', () => {
    expect(topInOrder(['a', 'b', 'c'], 3, () => 0)).toEqual({ shown: ['a', 'b', 'c'], hidden: 0 });
  });

  it('keeps the highest-scoring items in their original order and counts the rest', () => {
    const items = [{ id: 'a', n: 1 }, { id: 'b', n: 5 }, { id: 'c', n: 3 }, { id: 'd', n: 4 }];
    const capped = topInOrder(items, 2, (item) => item.n);
    expect(capped.shown.map((item) => item.id)).toEqual(['b', 'd']);
    expect(capped.hidden).toBe(2);
  });

  it('breaks ties by position, so the result is stable', () => {
    expect(topInOrder(['a', 'b', 'c', 'd'], 2, () => 1).shown).toEqual(['a', 'b']);
  });

  it('shows nothing for a limit of zero', () => {
    expect(topInOrder([1, 2], 0, (n) => n)).toEqual({ shown: [], hidden: 2 });
  });
});

describe('topInOrderWithin', () => {
  const outlets = [
    { id: 'a', n: 1, text: 'x'.repeat(10) },
    { id: 'b', n: 5, text: 'x'.repeat(40) },
    { id: 'c', n: 3, text: 'x'.repeat(30) },
    { id: 'd', n: 4, text: 'x'.repeat(20) },
  ];
  const ids = (capped: { shown: { id: string }[] }) => capped.shown.map((item) => item.id);

  it('is topInOrder while the text fits', () => {
    expect(topInOrderWithin(outlets, 4, (item) => item.n, (item) => item.text, 100)).toEqual(topInOrder(outlets, 4, (item) => item.n));
    expect(topInOrderWithin(outlets, 2, (item) => item.n, (item) => item.text, 100)).toEqual(topInOrder(outlets, 2, (item) => item.n));
  });

  it('stops taking, best first, once the next item would pass the characters, and keeps the original order', () => {
    // b (40) + d (20) = 60 fit in 70; c (30) would make 90.
    const capped = topInOrderWithin(outlets, 4, (item) => item.n, (item) => item.text, 70);
    expect(ids(capped)).toEqual(['b', 'd']);
    expect(capped.hidden).toBe(2);
  });

  it('never skips a long item for a shorter, lower one after it', () => {
    // b (40) fits in 50; d (20) would make 60, so a (10), which would fit, is not taken either.
    expect(ids(topInOrderWithin(outlets, 4, (item) => item.n, (item) => item.text, 50))).toEqual(['b']);
  });

  it('always keeps the best item, however long its text', () => {
    expect(topInOrderWithin(outlets, 4, (item) => item.n, (item) => item.text, 5)).toEqual({ shown: [outlets[1]], hidden: 3 });
  });

  it('shows nothing for a limit of zero', () => {
    expect(topInOrderWithin(outlets, 0, (item) => item.n, (item) => item.text, 100)).toEqual({ shown: [], hidden: 4 });
  });
});

describe('firstOf', () => {
  it('takes the first items and counts the rest', () => {
    expect(firstOf([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], hidden: 1 });
    expect(firstOf([1], 3)).toEqual({ shown: [1], hidden: 0 });
  });
});

describe('groupBy', () => {
  it('groups in one pass, keys in order of first appearance', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0]);
    expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
  });
});

describe('firstAcross', () => {
  const groups = [
    { speaker: 'Ida Varn', quotations: ['a', 'b', 'c'] },
    { speaker: 'Tomas Brel', quotations: [] },
    { speaker: 'Lea Sund', quotations: ['d', 'e'] },
    { speaker: 'Oren Pike', quotations: ['f'] },
  ];

  it('takes items group by group until the limit is spent, dropping emptied groups, and counts the rest', () => {
    const capped = firstAcross(groups, 4, (group) => group.quotations);
    expect(capped.shown.map(({ group, items }) => [group.speaker, items])).toEqual([
      ['Ida Varn', ['a', 'b', 'c']],
      ['Lea Sund', ['d']],
    ]);
    expect(capped.hidden).toBe(2);
  });

  it('keeps everything when the items fit, and nothing with a limit of 0', () => {
    expect(firstAcross(groups, 6, (group) => group.quotations)).toEqual({ shown: [0, 2, 3].map((at) => ({ group: groups[at], items: groups[at]?.quotations })), hidden: 0 });
    expect(firstAcross(groups, 0, (group) => group.quotations)).toEqual({ shown: [], hidden: 6 });
  });
});
