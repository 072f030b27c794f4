/** The build report's lists: speakers kept as written, grouped by name; why reporting words disagreed. */
import { describe, expect, it } from 'vitest';
import { disagreementText, speakersAsWritten } from '../../../../src/attribution/report-lists.ts';
import type { AttributedQuotation } from '../../../../src/attribution/types.ts';

const quotation = (paragraph: number, text: string, extra: Partial<AttributedQuotation>): AttributedQuotation => ({ paragraph, text, start: 0, end: text.length, basis: 'cue-after', via: [], ...extra });

describe('speakersAsWritten', () => {
  it('groups the quotations of each name as written, in the order first quoted, and leaves actors out', () => {
    const listed = speakersAsWritten([
      { slug: 'a', quotations: [quotation(1, 'One', { speakerAsWritten: 'Jane Kowalski' }), quotation(2, 'Two', { speaker: 'john-smith' })] },
      { slug: 'b', quotations: [quotation(3, 'Three', { speakerAsWritten: 'Rep. Dana Whitfield' }), quotation(4, 'Four', { speakerAsWritten: 'Jane Kowalski' })] },
    ]);
    expect(listed).toEqual([
      { name: 'Jane Kowalski', quotations: [{ slug: 'a', paragraph: 1, text: 'One' }, { slug: 'b', paragraph: 4, text: 'Four' }] },
      { name: 'Rep. Dana Whitfield', quotations: [{ slug: 'b', paragraph: 3, text: 'Three' }] },
    ]);
  });
});

describe('disagreementText', () => {
  it('names each speaker the reporting words pointed to, by display name, with the strategy that found it', () => {
    const text = disagreementText(
      quotation(1, 'emergency', { basis: 'unattributed', disagreement: [{ strategy: 'cue-after', speaker: 'john-smith' }, { strategy: 'cue-before', speaker: '“Jane Kowalski” (as written)' }] }),
      (id) => (id === 'john-smith' ? 'John Smith' : undefined),
    );
    expect(text).toBe('the reporting words point to more than one speaker: John Smith (cue-after); “Jane Kowalski” (as written) (cue-before)');
  });

  it('says nothing when the strategies agreed', () => {
    expect(disagreementText(quotation(1, 'x', { speaker: 'john-smith' }), () => undefined)).toBeUndefined();
  });
});
