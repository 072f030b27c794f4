/**
 * A word printed twice in a row is kept once, except the words English does double
 * ("had had", "that that") and doubled capitalised names ("Walla Walla").
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';
import { repeatedWordSpans } from '../../../../../scripts/clean/passes/remove-repeated-words.ts';

const repeats = (text: string) => cleanArticle(text).changes.filter((change) => change.ruleId === 'repeats/repeated-word');

describe('repeatedWordSpans', () => {
  it('spans the space and the second copy', () => {
    const text = 'the CISA CISA not to';
    expect(repeatedWordSpans(text)).toEqual([[8, 13]]);
    expect(text.slice(8, 13)).toBe(' CISA');
  });

  it('finds a repeat in any case and script, and none across punctuation or inside a hyphenated word', () => {
    expect(repeatedWordSpans('Über über die Lage')).toEqual([[4, 9]]);
    expect(repeatedWordSpans('the agency said SAID it would')).toEqual([[15, 20]]);
    // Only white space between the two: across punctuation, a line break or a hyphen is none.
    expect(repeatedWordSpans('said, said it')).toEqual([]);
    expect(repeatedWordSpans('well-well known')).toEqual([]);
  });

  it('finds nothing in a text without repeats', () => {
    expect(repeatedWordSpans('The agency said it would not comment.')).toEqual([]);
  });
});

describe('remove-repeated-words', () => {
  it('removes a doubled acronym', () => {
    const cleaned = cleanArticle('Officials reportedly ordered the CISA CISA not to mention Russian threats.');
    expect(cleaned.paragraphs).toEqual(['Officials reportedly ordered the CISA not to mention Russian threats.']);
    expect(repeats('Officials reportedly ordered the CISA CISA not to mention Russian threats.')).toMatchObject([
      { before: ' CISA', after: '', inQuotation: false },
    ]);
  });

  it('removes a doubled lower-case word', () => {
    expect(cleanArticle('The talks ended without a a deal.').paragraphs).toEqual(['The talks ended without a deal.']);
  });

  it('removes a doubled word that starts a sentence, whatever its case', () => {
    expect(cleanArticle('The the talks ended.').paragraphs).toEqual(['The talks ended.']);
  });

  it('keeps "had had" and "that that"', () => {
    const text = 'The minister had had enough. He said that that was the end of it.';
    expect(repeats(text)).toEqual([]);
    expect(cleanArticle(text).paragraphs).toEqual([text]);
  });

  it('keeps doubled capitalised names', () => {
    const text = 'The mayor of Walla Walla met a delegation from Baden Baden and fans of Duran Duran.';
    expect(repeats(text)).toEqual([]);
  });

  it('keeps words repeated across punctuation', () => {
    const text = 'It was very, very close. They said no. No one was hurt.';
    expect(repeats(text)).toEqual([]);
  });

  it('marks a removal inside a quotation as in the quotation', () => {
    expect(repeats('“Talks with the the Kremlin are over,” he said.')).toMatchObject([{ before: ' the', inQuotation: true }]);
  });

  it('removes a repeat made by splitting a fused word ("theThe")', () => {
    expect(cleanArticle('He read out theThe statement.').paragraphs).toEqual(['He read out the statement.']);
  });
});
