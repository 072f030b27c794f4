/**
 * Direct quotations in a paragraph, and the paragraph's sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../../../../../src/language/en/index.ts';

const { findQuotations, splitSentences } = english;

/** [quoted words, open] for every quotation, in order. */
function quoted(text: string): Array<[string, boolean]> {
  return findQuotations(text).map((quotation) => [text.slice(quotation.inner.start, quotation.inner.end), quotation.open]);
}

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

describe('findQuotations', () => {
  it('finds curly quotations, with the marks in the outer span only', () => {
    const text = 'He called it “a mistake” on Friday.';
    expect(findQuotations(text)).toEqual([{ outer: { start: 13, end: 24 }, inner: { start: 14, end: 23 }, open: false }]);
    expect(text.slice(13, 24)).toBe('“a mistake”');
  });

  it('finds straight quotations', () => {
    expect(quoted('"We are ready," she said, calling it "a new start".')).toEqual([
      ['We are ready,', false],
      ['a new start', false],
    ]);
  });

  it('finds guillemets', () => {
    expect(quoted('Il a dit «non» deux fois.')).toEqual([['non', false]]);
  });

  it('closes a quotation with the kind of mark that opened it', () => {
    expect(quoted('“He told me "no" twice,” she said.')).toEqual([['He told me "no" twice,', false]]);
    expect(quoted('"A “curly” inside"')).toEqual([['A “curly” inside', false]]);
  });

  it('leaves a quotation without a closing mark open to the end of the paragraph', () => {
    const text = 'Smith said: “We will fight this in the courts.';
    expect(findQuotations(text)).toEqual([{ outer: { start: 12, end: text.length }, inner: { start: 13, end: text.length }, open: true }]);
    expect(quoted('“One” and “two')).toEqual([
      ['One', false],
      ['two', true],
    ]);
    expect(quoted('He said "never')).toEqual([['never', true]]);
  });

  it('ignores empty quotations', () => {
    expect(quoted('“” and "" and “ ” and "   "')).toEqual([]);
    expect(quoted('It ends with “')).toEqual([]);
  });

  it('does not take apostrophes or single quotes for quotation marks', () => {
    expect(quoted('It’s Trump’s ‘deal’ and Smith\'s \'plan\', isn\'t it? The ’90s are gone.')).toEqual([]);
    expect(quoted('“It’s the ‘reset’ we wanted,” he said.')).toEqual([['It’s the ‘reset’ we wanted,', false]]);
  });

  it('finds nothing in a paragraph without quotation marks', () => {
    expect(findQuotations('')).toEqual([]);
    expect(findQuotations('Officials declined to comment.')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits at a full stop, question mark or exclamation mark followed by a capital', () => {
    expect(sentences('The talks ended. Nobody spoke! Why? Because 2025 was long.')).toEqual([
      'The talks ended.',
      'Nobody spoke!',
      'Why?',
      'Because 2025 was long.',
    ]);
  });

  it('does not split before a lower-case word or inside a number', () => {
    expect(sentences('It cost 3.5 million. the rest followed. It grew by 2.5%.')).toEqual([
      'It cost 3.5 million. the rest followed.',
      'It grew by 2.5%.',
    ]);
  });

  it('does not split after "U.S.", initials or titles such as "Mr."', () => {
    expect(sentences('The U.S. Army said it would act. Mr. Smith and Dr. Jones agreed with J. Roe. It did.')).toEqual([
      'The U.S. Army said it would act.',
      'Mr. Smith and Dr. Jones agreed with J. Roe.',
      'It did.',
    ]);
  });

  it('does not split inside a quotation', () => {
    expect(sentences('“We will stop. We will not start again,” she said. Then she left.')).toEqual([
      '“We will stop. We will not start again,” she said.',
      'Then she left.',
    ]);
    expect(sentences('"It was a long day. We are tired," said Smith.')).toEqual(['"It was a long day. We are tired," said Smith.']);
  });

  it('splits after a quotation that closes a sentence', () => {
    expect(sentences('He said: “Stop.” Then he left.')).toEqual(['He said: “Stop.”', 'Then he left.']);
    expect(sentences('He said: “Stop. Now.” Then he left.')).toEqual(['He said: “Stop. Now.”', 'Then he left.']);
  });

  it('splits before a sentence that opens with a quotation', () => {
    expect(sentences('Smith said so. “We are ready.” He left.')).toEqual(['Smith said so.', '“We are ready.”', 'He left.']);
  });

  it('does not split inside a quotation left open to the end of the paragraph', () => {
    expect(sentences('Smith said: “We will fight. We will win.')).toEqual(['Smith said: “We will fight. We will win.']);
  });

  it('covers the paragraph: spans in order, not overlapping, leaving out only white space', () => {
    const pieces = ['Mr.', 'U.S.', 'Smith', 'said', 'it', 'was', 'over.', 'Why?', 'Yes!', '“Stop.”', '“Go', 'now.”', '"Wait.', 'stay."', '3.5', 'the', 'end.'];
    const paragraph = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '  ')), { minLength: 1, maxLength: 25 })
      .map((parts) => parts.map(([piece, space]) => piece + space).join('').trim());
    fc.assert(
      fc.property(fc.oneof(paragraph, fc.string({ maxLength: 60 })), (text) => {
        const spans = splitSentences(text);
        let covered = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(covered);
          expect(span.end).toBeGreaterThan(span.start);
          expect(text.slice(covered, span.start).trim()).toBe('');
          covered = span.end;
        }
        expect(text.slice(covered).trim()).toBe('');
      }),
      { numRuns: 1000 },
    );
  });
});
