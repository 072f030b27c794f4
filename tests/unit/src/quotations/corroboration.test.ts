/**
 * Corroboration of a damaged copy's quotations by clean sources (invented names): the same
 * words corroborate, nearly the same words restore, anything else stays unverified.
 */
import { describe, expect, it } from 'vitest';
import { corroborateQuotation, indexCleanQuotations } from '../../../../src/quotations/corroboration.ts';
import { bestWindow, commonWords, wordingKey, wordingWords } from '../../../../src/quotations/wording.ts';

const CLEAN = [
  {
    slug: 'daily-ledger-minister-resigns',
    paragraphs: [
      'Minister Alma Brook resigned on Tuesday.',
      'Opposition leader Teo Vance called the decision “a critical strategic mistake that the country will pay for”.',
      '“We are not going to bring them to the table if we keep insulting them,” Brook told reporters.',
    ],
  },
  {
    slug: 'north-wire-brook-quits',
    paragraphs: ['Vance said it was “a critical strategic mistake”.', 'The ministry “does not comment on rumours”, a spokesperson said.'],
  },
];
const index = indexCleanQuotations(CLEAN);

describe('wording', () => {
  it('compares words only: case, marks, apostrophes and punctuation aside', () => {
    expect(wordingKey('“Didn’t we — say, NO?”')).toBe(wordingKey('"didn\'t we say no"'));
    expect(wordingWords('a “b” c')).toEqual([
      { key: 'a', start: 0, end: 1 },
      { key: 'b', start: 3, end: 4 },
      { key: 'c', start: 6, end: 7 },
    ]);
  });

  it('counts the longest common subsequence of words', () => {
    expect(commonWords(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBe(3);
    expect(commonWords([], ['a'])).toBe(0);
  });

  it('finds the window of a longer text most like the quotation', () => {
    const text = 'he called it a critical strategic mistake that hurts';
    const match = bestWindow(wordingWords('a vital strategic mistake'), wordingWords(text));
    expect(match && text.slice(match.start, match.end)).toBe('a critical strategic mistake');
    expect(match?.similarity).toBe(0.75);
    expect(match?.exact).toBe(false);
  });
});

describe('corroborateQuotation', () => {
  it('corroborates the same words, inside a longer quotation too, by every clean source that has them', () => {
    expect(corroborateQuotation(index, 'a critical strategic mistake')).toEqual({
      kind: 'corroborated',
      evidence: [
        { source: 'daily-ledger-minister-resigns', paragraph: 2, text: 'a critical strategic mistake' },
        { source: 'north-wire-brook-quits', paragraph: 1, text: 'a critical strategic mistake' },
      ],
    });
  });

  it('restores nearly the same words from the clean source, with its paragraph as evidence', () => {
    expect(corroborateQuotation(index, 'a vital strategic mistake')).toEqual({
      kind: 'restore',
      similarity: 0.75,
      evidence: { source: 'daily-ledger-minister-resigns', paragraph: 2, text: 'a critical strategic mistake' },
    });
    const spun = corroborateQuotation(index, 'We are not going to deliver them to the desk if we keep insulting them,');
    expect(spun).toMatchObject({ kind: 'restore', evidence: { source: 'daily-ledger-minister-resigns', paragraph: 3, text: 'We are not going to bring them to the table if we keep insulting them' } });
  });

  it('leaves other words unverified, and never restores a phrase of fewer than three words', () => {
    expect(corroborateQuotation(index, 'an entirely different remark about taxes')).toEqual({ kind: 'unverified' });
    expect(corroborateQuotation(index, 'strategic blunder')).toEqual({ kind: 'unverified' });
  });

  it('does not let a source corroborate itself', () => {
    expect(corroborateQuotation(index, 'does not comment on rumours', 'north-wire-brook-quits')).toEqual({ kind: 'unverified' });
    expect(corroborateQuotation(index, 'does not comment on rumours')).toMatchObject({ kind: 'corroborated' });
  });
});
