/**
 * Finding evidence in a source's paragraphs, and saying how close a wrong copy came.
 */
import { describe, expect, it } from 'vitest';
import { locateEvidence } from '../../../../src/questions/locate-evidence.ts';
import { placeEvidence } from '../../../../src/questions/question-evidence.ts';

const paragraphs = ['The order was delivered before the Friday meeting.', 'The reasoning has not been “publicly acknowledged” – yet.'];

describe('locateEvidence', () => {
  it('finds exact words with their paragraph and offsets', () => {
    expect(locateEvidence(paragraphs, 'delivered before the Friday')).toEqual({ found: true, location: { paragraph: 1, start: 14, end: 41 } });
  });

  it('treats runs of white space as one space', () => {
    expect(locateEvidence(paragraphs, 'delivered \n before   the Friday')).toMatchObject({ found: true, location: { paragraph: 1 } });
  });

  it('does not accept straight quotes or hyphens for curly quotes and dashes, but says that is the difference', () => {
    const result = locateEvidence(paragraphs, 'has not been "publicly acknowledged" - yet');
    expect(result.found).toBe(false);
    if (!result.found) expect(result.hint).toBe('¶2 has it with different quotation marks, apostrophes or dashes; copy it exactly: "has not been “publicly acknowledged” – yet".');
  });

  it('shows where a wrong copy departs from the closest paragraph', () => {
    const result = locateEvidence(paragraphs, 'The order was sent before the Friday meeting');
    expect(result.found).toBe(false);
    if (!result.found) expect(result.hint).toBe('¶1 matches up to "The order was ", then reads "delivered before the Friday me" where the evidence has "sent before the Friday meeting".');
  });

  it('says so when nothing is close', () => {
    const result = locateEvidence(paragraphs, 'Completely unrelated words here');
    expect(result).toEqual({ found: false, hint: 'no paragraph of the source contains it, or anything close; copy the words from the source page.' });
  });
});

describe('placeEvidence', () => {
  it('places every evidence quotation, and fails naming the question, the source and the text', () => {
    expect(placeEvidence('q.md', 'src', paragraphs, ['publicly acknowledged'])).toEqual([{ text: 'publicly acknowledged', paragraph: 2, start: 28, end: 49 }]);
    expect(() => placeEvidence('content/questions/q.md', 'src', paragraphs, ['not there at all, really'])).toThrow(
      /^content\/questions\/q\.md: evidence "not there at all, really" is not in content\/sources\/src\.md: /,
    );
    expect(() => placeEvidence('q.md', 'gone', undefined, ['anything'])).toThrow('q.md: no source "gone" in content/sources/.');
  });
});
