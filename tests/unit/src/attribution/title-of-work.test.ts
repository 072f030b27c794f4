/** The shape of a quoted title: a few words capitalised as a title, no sentence inside. */
import { describe, expect, it } from 'vitest';
import { shapedLikeTitle } from '../../../../src/attribution/strategies/title-of-work.ts';

describe('shapedLikeTitle', () => {
  it.each(['This Week.', 'Sunday Harbour', 'A Harbour for All', 'This Week in Orvik.', 'The Evening Round', 'Salt and Iron,', 'Nightline 24'])('“%s” is shaped like a title', (words) => {
    expect(shapedLikeTitle(words)).toBe(true);
  });

  it.each([
    'We will not be blackmailed',
    'a critical strategic mistake',
    'Stop. Now.',
    'and Then',
    'The Quay Will Reopen When The Engineers Say It Is Safe',
    'Never again, we said',
  ])('“%s” is not', (words) => {
    expect(shapedLikeTitle(words)).toBe(false);
  });
});
