/**
 * The last match of a pattern before an offset, from one scan of the text, is the one a
 * scan of the text up to that offset finds: outlet citations and attribution ask this for
 * every name and quotation of a paragraph.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrefixMatches, type PrefixMatch } from '../../../../src/lib/prefix-matches.ts';

/** What the code did before: scan the prefix, keep the last match. */
function rescan(pattern: RegExp, text: string, end: number): PrefixMatch | undefined {
  let found: PrefixMatch | undefined;
  for (const match of text.slice(0, end).matchAll(pattern)) found = { index: match.index, end: match.index + match[0].length, value: match[0] };
  return found;
}

/** Cue-like patterns, with alternatives that share starts, so matches can cross an offset. */
const PATTERNS = [/\baccording to\b/giu, /\b(?:reported|published)\s+(?:in|by)\b/giu, /\b(?:told|tells)\b/giu, /[;:]|,\s*(?:but|and)\b|\bbut\b/giu];
const WORDS = ['according', 'to', 'reported', 'published', 'in', 'by', 'told', 'tells', 'but', 'and', ',', ';', ':', 'The', 'Record', 'In', 'By'];

describe('PrefixMatches', () => {
  it('finds the last match before each offset between words, as a rescan does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), fc.constantFrom(...PATTERNS), (words, pattern) => {
        const text = words.join(' ');
        const matches = new PrefixMatches(pattern, text);
        // Callers ask at the start of a word or punctuation mark, never inside a word.
        for (let end = 0; end <= text.length; end += 1) {
          if (end > 0 && end < text.length && /\w/.test(text.charAt(end - 1)) && /\w/.test(text.charAt(end))) continue;
          expect(matches.lastBefore(end)).toEqual(rescan(pattern, text, end));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('scans again from a match that runs past the offset', () => {
    // "reported In" matches in the whole text, but the text before "In" ends with "reported ".
    const text = 'citing per reported In Depth';
    const matches = new PrefixMatches(/\b(?:reported\s+in|per)\b/giu, text);
    expect(matches.lastBefore(text.indexOf('In'))).toEqual({ index: text.indexOf('per'), end: text.indexOf('per') + 3, value: 'per' });
  });

  it('refuses a pattern that is not global', () => {
    expect(() => new PrefixMatches(/told/u, 'told')).toThrow(TypeError);
  });
});
