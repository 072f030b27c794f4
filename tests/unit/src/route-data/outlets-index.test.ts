/**
 * The outlets index's lists past their limits: its cards and its citation table stop at a
 * count and at a number of characters, whichever comes first, keeping the best first.
 */
import { describe, expect, it } from 'vitest';
import { LIST_LIMITS } from '../../../../src/lib/list-limits.ts';
import { citationTableRows, outletCards } from '../../../../src/route-data/outlets-index.ts';

const outlet = (n: number, description: string) => ({ id: `outlet-${n}`, weight: n, data: { name: `Outlet ${n}`, description } });

describe('outletCards', () => {
  it('with short descriptions, stops at the count: the outlets publishing and cited most, in their order', () => {
    const outlets = Array.from({ length: LIST_LIMITS.outletsIndex + 5 }, (_, n) => outlet(n, 'A daily.'));
    const cards = outletCards(outlets, (entry) => entry.weight);
    expect(cards.shown).toEqual(outlets.slice(5));
    expect(cards.hidden).toBe(5);
  });

  it('with long descriptions, stops at the characters, however few outlets there are', () => {
    // Each card holds a third of the characters and a bit: two fit, the third would not.
    const long = 'x'.repeat(Math.floor(LIST_LIMITS.outletsIndexCharacters / 3) + 1);
    const outlets = [outlet(1, long), outlet(3, long), outlet(2, long), outlet(0, long)];
    const cards = outletCards(outlets, (entry) => entry.weight);
    expect(cards.shown.map((entry) => entry.id)).toEqual(['outlet-3', 'outlet-2']);
    expect(cards.hidden).toBe(2);
  });
});

describe('citationTableRows', () => {
  const source = (slug: string, cited: number, text: string) => ({ slug, cited, text });

  it('with short rows, stops at the count', () => {
    const sources = Array.from({ length: LIST_LIMITS.citationTableSources + 2 }, (_, n) => source(`s${n}`, n, 'row'));
    const rows = citationTableRows(sources, (entry) => entry.cited, (entry) => entry.text);
    expect(rows.shown).toEqual(sources.slice(2));
  });

  it('with long rows, stops at the characters, keeping the sources citing most', () => {
    // Each row a third of the characters and a bit: two fit, the third would not.
    const long = 'x'.repeat(Math.floor(LIST_LIMITS.citationTableCharacters / 3) + 1);
    const sources = [source('a', 1, long), source('b', 5, long), source('c', 4, long), source('d', 3, long)];
    expect(citationTableRows(sources, (entry) => entry.cited, (entry) => entry.text)).toEqual({ shown: [sources[1], sources[2]], hidden: 2 });
  });
});
