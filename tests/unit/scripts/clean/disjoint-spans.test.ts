/**
 * The span sets the cleaner's passes choose edits with: the same answers as comparing a span
 * with every span taken, which is what they replaced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisjointSpans, overlapsAnyOf } from '../../../../scripts/clean/disjoint-spans.ts';

const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 12 })).map(([start, length]): [number, number] => [start, start + length]);
const overlap = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && a[1] > b[0];

describe('DisjointSpans', () => {
  it('takes a span only when it overlaps none taken, as a scan of all of them would', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (candidates) => {
        const taken = new DisjointSpans();
        const scanned: Array<[number, number]> = [];
        for (const candidate of candidates) {
          const expected = scanned.some((other) => overlap(candidate, other));
          expect(taken.overlaps(...candidate)).toBe(expected);
          if (!expected) {
            taken.add(...candidate);
            scanned.push(candidate);
          }
        }
      }),
    );
  });

  it('finds an overlap on either side and none for spans that only touch', () => {
    const taken = new DisjointSpans();
    taken.add(10, 20);
    taken.add(30, 40);
    expect([taken.overlaps(15, 35), taken.overlaps(5, 11), taken.overlaps(39, 50)]).toEqual([true, true, true]);
    expect([taken.overlaps(20, 30), taken.overlaps(0, 10), taken.overlaps(40, 41)]).toEqual([false, false, false]);
  });
});

describe('overlapsAnyOf', () => {
  it('answers as a scan of every span would, spans overlapping one another included', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (spans, query) => {
        expect(overlapsAnyOf(spans)(...query)).toBe(spans.some((other) => overlap(query, other)));
      }),
    );
  });
});
