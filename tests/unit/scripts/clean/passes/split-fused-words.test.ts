/**
 * Words fused where a link or line break was removed ("assessmentThe") are separated;
 * camel-case names are not.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';

const fused = (text: string) => cleanArticle(text).changes.filter((change) => change.ruleId === 'typography/fused-words');

describe('split-fused-words', () => {
  it('separates a word fused with a capitalised function word, which continues the sentence in lower case', () => {
    const cleaned = cleanArticle('In its annual threat assessmentThe US warned of Russian hackersAnd it named them.');
    expect(cleaned.paragraphs).toEqual(['In its annual threat assessment the US warned of Russian hackers and it named them.']);
    expect(fused('In its annual threat assessmentThe US warned of Russian hackersAnd it named them.').map((change) => [change.before, change.after])).toEqual([
      ['assessmentThe', 'assessment the'],
      ['hackersAnd', 'hackers and'],
    ]);
  });

  it('keeps the capital of a fused name', () => {
    expect(cleanArticle('New sanctions were announced against hackers in Russia after talks with officialsWashington had called.').paragraphs).toEqual([
      'New sanctions were announced against hackers in Russia after talks with officials Washington had called.',
    ]);
  });

  it('leaves camel-case brand and personal names alone', () => {
    const text = 'Tricia McLaughlin told TechCrunch that the iPhone, eBay, YouTube, macOS, iOS, PlayStation, LinkedIn and PayPal were affected, as was Neil deGrasse Tyson’s account.';
    const cleaned = cleanArticle(text);
    expect(cleaned.changes).toEqual([]);
    expect(cleaned.paragraphs).toEqual([text]);
  });

  it('leaves acronyms after a word alone (no lower-case letter after the capital)', () => {
    expect(fused('The agency said theCISA update was late.')).toEqual([]);
  });

  it('does not split short lower-case runs (two letters or fewer)', () => {
    expect(fused('The McDonald family and the deGrasse estate.')).toEqual([]);
  });

  it('marks a split inside a quotation as in the quotation', () => {
    const [change] = fused('He said: “The assessmentThe agency made was wrong.”');
    expect(change).toMatchObject({ before: 'assessmentThe', after: 'assessment the', inQuotation: true });
  });
});
