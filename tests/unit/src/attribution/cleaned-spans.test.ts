/**
 * A paragraph tidied once answers for any span exactly what tidying that span on its own
 * gives (`clean`): attribution relies on it to quote the words before each quotation without
 * reading them again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CleanedSpans, clean } from '../../../../src/attribution/cleaned-spans.ts';

const BLANK = '\u2063';
/** Characters that tidying treats specially, with letters and a character outside the BMP. */
const PIECES = ['a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '.', ',', ';', ':', '–', '—', '-', '…', BLANK, BLANK, '𝒜'];

describe('CleanedSpans', () => {
  it('gives clean(text.slice(start, end)) for every span', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          expect(new CleanedSpans(text, BLANK).text(start, end)).toBe(clean(text.slice(start, end), BLANK));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('tidies as attribution quotes a cue: blanks dropped, spaces collapsed, ends trimmed', () => {
    const text = ` — Jane  Doe,${BLANK.repeat(5)}  the minister, said: `;
    const spans = new CleanedSpans(text, BLANK);
    expect(spans.text(0, text.length)).toBe('Jane Doe, the minister, said');
    // " — " is all trimmed: an empty span, from = to.
    expect(spans.text(0, 3)).toBe('');
    const { from, to } = spans.bounds(0, 3);
    expect(from).toBe(to);
  });
});
