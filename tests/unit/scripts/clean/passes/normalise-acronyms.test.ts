/**
 * An acronym the article writes in capitals is written in capitals throughout; the
 * document is its own evidence, and a shouted line is not evidence.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../../scripts/clean/pipeline.ts';

/** Title-cased acronyms are a translation tool's habit: the pass runs on damaged text only. */
const cleanMachineTranslated = (text: string) => cleanArticle(text, undefined, { declaredDamage: ['machine-translated'] });

const acronymChanges = (text: string) => cleanMachineTranslated(text).changes.filter((change) => change.ruleId === 'typography/acronym-case');

describe('normalise-acronyms', () => {
  it('capitalises "Cisa" when the article also writes "CISA" in a mixed-case paragraph', () => {
    const cleaned = cleanMachineTranslated('The agency, CISA, was told to stop.\n\nCisa officials were informed orally.');
    expect(cleaned.paragraphs).toEqual(['The agency, CISA, was told to stop.', 'CISA officials were informed orally.']);
    expect(acronymChanges('The agency, CISA, was told to stop.\n\nCisa officials were informed orally.')).toMatchObject([{ before: 'Cisa', after: 'CISA' }]);
  });

  it('works within one paragraph, and inside quotations', () => {
    const [change] = acronymChanges('CISA said: “Cisa remains committed to its work.”');
    expect(change).toMatchObject({ before: 'Cisa', after: 'CISA', inQuotation: true });
  });

  it('leaves "Cisa" alone when the article never writes "CISA"', () => {
    expect(acronymChanges('Cisa officials were informed orally. Nato allies were not.')).toEqual([]);
  });

  it('does not take the words of an all-capitals headline as acronyms', () => {
    const cleaned = cleanMachineTranslated('THE WAR GOES ON\n\nThe war entered its fourth year on Monday, officials said.');
    expect(cleaned.headline).toBe('THE WAR GOES ON');
    expect(cleaned.paragraphs).toEqual(['The war entered its fourth year on Monday, officials said.']);
    expect(cleaned.changes).toEqual([]);
  });

  it('does not take an all-capitals headline as evidence for an acronym in the body', () => {
    expect(acronymChanges('CISA WARNS OF NEW THREATS\n\nCisa said the threats were growing.')).toEqual([]);
  });

  it('only considers words of three to six letters', () => {
    // "Interpol" has eight letters: "INTERPOL" is not taken as an acronym to copy.
    expect(acronymChanges('INTERPOL issued a notice. Interpol said so on Monday.')).toEqual([]);
    expect(cleanMachineTranslated('NATO met on Monday. Nato allies agreed.').paragraphs).toEqual(['NATO met on Monday. NATO allies agreed.']);
  });
});

describe('undamaged text', () => {
  it('is left alone: "Sage" and "SAGE" may be two different things', () => {
    const text = 'The SAGE group of scientists met on Monday. Sage, the accounting firm, was not involved.';
    expect(cleanArticle(text).paragraphs).toEqual([text]);
  });
});

