/**
 * What reads as a headline: short, and not ending like a sentence.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeHeadline } from '../../../../../scripts/clean/passes/extract-headline.ts';

describe('looksLikeHeadline', () => {
  it('accepts a short line without closing punctuation', () => {
    expect(looksLikeHeadline('Hegseth orders pause in offensive US cyber operations')).toBe(true);
    expect(looksLikeHeadline('Is the ceasefire holding?')).toBe(true);
  });

  it('refuses sentences and quotations', () => {
    for (const end of ['.', ',', ';', ':', '!', '"', '”']) {
      expect(looksLikeHeadline(`Talks resume${end}`), end).toBe(false);
    }
  });

  it('refuses empty text', () => {
    expect(looksLikeHeadline('')).toBe(false);
    expect(looksLikeHeadline('   ')).toBe(false);
  });

  it('accepts up to 30 words and 250 characters, no more', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    expect(looksLikeHeadline(words(30))).toBe(true);
    expect(looksLikeHeadline(words(31))).toBe(false);
    expect(looksLikeHeadline('x'.repeat(250))).toBe(true);
    expect(looksLikeHeadline('x'.repeat(251))).toBe(false);
  });

  it('ignores surrounding whitespace', () => {
    expect(looksLikeHeadline('  Talks resume  ')).toBe(true);
    expect(looksLikeHeadline('Talks resume.  ')).toBe(false);
  });
});
