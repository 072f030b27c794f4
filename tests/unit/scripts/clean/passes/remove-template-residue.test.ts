/**
 * Spintax a spinner left in the text: braces around plain words are removed, the first
 * choice kept; braces around anything else are left alone.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';

const spintax = (text: string) => cleanArticle(text).changes.filter((change) => change.ruleId.startsWith('template/spintax'));

describe('remove-template-residue', () => {
  it('removes the braces around a single choice, keeping the words', () => {
    const cleaned = cleanArticle('Mike Waltz denied {that a} policy change had been discussed.');
    expect(cleaned.paragraphs).toEqual(['Mike Waltz denied that a policy change had been discussed.']);
    expect(spintax('Mike Waltz denied {that a} policy change had been discussed.')).toMatchObject([{ before: '{that a}', after: 'that a' }]);
  });

  it('keeps the first of several choices, as a probable restoration only (the article may have had another)', () => {
    const cleaned = cleanArticle('The {war|conflict|fighting} in Ukraine continues.');
    expect(cleaned.paragraphs).toEqual(['The war in Ukraine continues.']);
    expect(cleaned.changes).toMatchObject([{ ruleId: 'template/spintax-choice', after: 'war', confidence: 'probable' }]);
  });

  it('removes braces around a single choice as a certain, typographic change', () => {
    expect(spintax('Waltz denied {that a} change.')).toMatchObject([{ ruleId: 'template/spintax', confidence: 'certain', meaning: [] }]);
  });

  it('keeps words with apostrophes and hyphens', () => {
    expect(cleanArticle('It was {Russia’s full-scale|the} invasion.').paragraphs).toEqual(['It was Russia’s full-scale invasion.']);
  });

  it('leaves braces around code-like content alone', () => {
    for (const text of ['The setting was {x: 1} in the file.', 'The function returned {} on error.', 'The log read {status=500}.', 'It printed {1, 2, 3}.']) {
      expect(spintax(text), text).toEqual([]);
      expect(cleanArticle(text).paragraphs, text).toEqual([text]);
    }
  });

  it('marks a removal inside a quotation as in the quotation', () => {
    expect(spintax('He said: “There could be {all|every} kinds of options.”')).toMatchObject([{ after: 'all', inQuotation: true }]);
  });
});
