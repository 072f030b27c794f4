/**
 * The fast scan for patterns that open with the word-start look-behind must find exactly what
 * `matchAll` finds: checked on the lexicons' own patterns and on invented ones, over texts
 * fast-check makes from letters (astral ones too), digits, spaces and punctuation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexiconsInUse } from '../../../../scripts/clean/lexicons-in-use.ts';
import { matchesOf } from '../../../../scripts/clean/word-start-matches.ts';

const plain = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => [match.index, match[0], ...match.slice(1)]);
const fast = (pattern: RegExp, text: string) => matchesOf(pattern, text).map((match) => [match.index, match[0], ...match.slice(1)]);

const PATTERNS: RegExp[] = [
  /(?<![\p{L}\p{N}])(?:ab|abc d|b c|c)(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(\p{Ll}{3,})(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])𝐀b?(?![\p{L}\p{N}])/gu,
  // The look-behind governs only the first alternative: run as it is.
  /(?<![\p{L}\p{N}])ab|c/gu,
];

/** Texts made of the pieces these patterns match and the characters around a word's edges. */
const texts = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'A', 'B', 'ab', 'abc', ' ', '  ', '-', '.', '1', 'x', 'é', '𝐀', '\n', 'aB', 'abcDef', 'Cd'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('matchesOf', () => {
  it('finds what matchAll finds, for invented patterns and every lexicon pattern in use', () => {
    const { spinner, machineTranslation } = lexiconsInUse();
    const patterns = [...PATTERNS, spinner.pattern, machineTranslation.pattern];
    fc.assert(
      fc.property(texts, (text) => {
        for (const pattern of patterns) expect(fast(pattern, text), `${pattern.source.slice(0, 60)} on ${JSON.stringify(text)}`).toEqual(plain(pattern, text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds a match the look-behind allows right after one it refuses', () => {
    const pattern = /(?<![\p{L}\p{N}])(?:cab|ab c)(?![\p{L}\p{N}])/gu;
    // "cab" inside "xcab" is refused; "ab c" does not start a word either; "cab" after the space does.
    expect(fast(pattern, 'xcab c cab')).toEqual(plain(pattern, 'xcab c cab'));
    expect(fast(pattern, 'xcab c cab').map(([index]) => index)).toEqual([7]);
  });

  it('reads an astral letter before a match as a letter', () => {
    const pattern = /(?<![\p{L}\p{N}])b(?![\p{L}\p{N}])/gu;
    expect(fast(pattern, '𝐀b b')).toEqual([[4, 'b']]);
    expect(fast(pattern, '𝐀b b')).toEqual(plain(pattern, '𝐀b b'));
  });
});
