/** Which Open Graph card a page gets, from its path below the base. */
import { describe, expect, it } from 'vitest';
import { cardKindOf } from '../../../../src/cards/social-card.ts';

describe('cardKindOf', () => {
  it('gives a source its card, and every page of the sources index the index card', () => {
    expect(cardKindOf('sources/harbour-gazette-reports/')).toBe('source');
    expect(cardKindOf('sources/')).toBe('page');
    expect(cardKindOf('sources/page/2/')).toBe('page');
  });
});
