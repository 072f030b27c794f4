/** One typing slip: a letter left out, added, changed, or two neighbours swapped. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../../../src/language/edit-distance.ts';

describe('withinOneEdit', () => {
  it('accepts one slip of each kind', () => {
    expect(withinOneEdit('ukraine', 'ukriane')).toBe(true); // swap
    expect(withinOneEdit('russia', 'rusia')).toBe(true); // left out
    expect(withinOneEdit('niger', 'nigera')).toBe(true); // added
    expect(withinOneEdit('niger', 'nigel')).toBe(true); // changed
    expect(withinOneEdit('oman', 'oman')).toBe(true);
  });

  it('refuses two slips', () => {
    expect(withinOneEdit('ukraine', 'ukrian')).toBe(false);
    expect(withinOneEdit('chile', 'chloe')).toBe(false);
    expect(withinOneEdit('peru', 'perus!')).toBe(false);
    expect(withinOneEdit('abcd', 'badc')).toBe(false);
  });

  it('is symmetric, and agrees with deleting, inserting or changing one letter', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (word, at, letter) => {
        const index = at % word.length;
        const deleted = word.slice(0, index) + word.slice(index + 1);
        const inserted = word.slice(0, index) + letter + word.slice(index);
        const changed = word.slice(0, index) + letter + word.slice(index + 1);
        for (const other of [deleted, inserted, changed]) {
          expect(withinOneEdit(word, other)).toBe(true);
          expect(withinOneEdit(other, word)).toBe(true);
        }
      }),
    );
  });
});
